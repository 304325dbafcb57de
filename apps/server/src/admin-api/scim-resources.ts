import { createHash } from 'node:crypto';
import type { Organisation, UserRecord } from '@sesame/core';
import { SCHEMA, SCIM_PREFIX } from './scim-schemas';

/**
 * Sésame's accounts and organisations as SCIM resources (RFC 7643 §4.1 User, §4.2 Group): the
 * account id is the User id, its e-mail address the userName and only e-mail, its organisation
 * its one Group (an organisation is a Group whose members are the accounts placed in it).
 */

export interface UserView {
  readonly user: Pick<UserRecord, 'id' | 'email' | 'firstName' | 'lastName'> &
    Partial<Pick<UserRecord, 'emailLocale' | 'createdAt' | 'externalId'>>;
  readonly organisation: Pick<Organisation, 'id' | 'name'> | null;
  readonly active: boolean;
}

export function scimUser(base: string, view: UserView): Record<string, unknown> {
  const { user, organisation } = view;
  const body = {
    schemas: [SCHEMA.user],
    id: user.id,
    ...(user.externalId ? { externalId: user.externalId } : {}),
    userName: user.email,
    name: { givenName: user.firstName, familyName: user.lastName, formatted: `${user.firstName} ${user.lastName}` },
    displayName: `${user.firstName} ${user.lastName}`,
    emails: [{ value: user.email, type: 'work', primary: true }],
    active: view.active,
    ...(user.emailLocale ? { preferredLanguage: user.emailLocale } : {}),
    groups: organisation
      ? [
          {
            value: organisation.id,
            display: organisation.name,
            $ref: `${base}${SCIM_PREFIX}/Groups/${organisation.id}`,
          },
        ]
      : [],
  };
  return {
    ...body,
    meta: {
      resourceType: 'User',
      ...(user.createdAt ? { created: user.createdAt.toISOString() } : {}),
      location: `${base}${SCIM_PREFIX}/Users/${user.id}`,
      version: versionOf(body),
    },
  };
}

export function scimGroup(
  base: string,
  organisation: Organisation,
  members: readonly { id: string; firstName: string; lastName: string }[],
): Record<string, unknown> {
  const body = {
    schemas: [SCHEMA.group],
    id: organisation.id,
    displayName: organisation.name,
    members: members.map((m) => ({
      value: m.id,
      display: `${m.firstName} ${m.lastName}`,
      $ref: `${base}${SCIM_PREFIX}/Users/${m.id}`,
    })),
  };
  return {
    ...body,
    meta: {
      resourceType: 'Group',
      location: `${base}${SCIM_PREFIX}/Groups/${organisation.id}`,
      version: versionOf(body),
    },
  };
}

/**
 * A weak ETag of the resource's content (RFC 7644 §3.14, RFC 7232): it changes whenever anything
 * a client can read changes, and needs no stored counter.
 */
export function versionOf(body: object): string {
  return `W/"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 22)}"`;
}

/** RFC 7644 §3.14: If-Match with the current version (or `*`) passes; anything else is 412. */
export function ifMatchPasses(header: string | undefined, version: string): boolean {
  if (header === undefined) return true;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(version));
}

export const SERVICE_PROVIDER_CONFIG = (base: string) => ({
  schemas: [SCHEMA.serviceProviderConfig],
  documentationUri: `${base}/api/admin/v1/openapi.json`,
  patch: { supported: true },
  bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
  filter: { supported: true, maxResults: 100 },
  changePassword: { supported: false },
  sort: { supported: false },
  etag: { supported: true },
  authenticationSchemes: [
    {
      type: 'oauthbearertoken',
      name: 'OAuth Bearer Token',
      description: 'An access token of the client-credentials grant with the sesame:scim scope (RFC 6750).',
      specUri: 'https://www.rfc-editor.org/rfc/rfc6750',
      primary: true,
    },
  ],
  meta: { resourceType: 'ServiceProviderConfig', location: `${base}${SCIM_PREFIX}/ServiceProviderConfig` },
});

const attribute = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  type: 'string',
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  ...extra,
});

export const SCHEMAS = (base: string) => [
  {
    schemas: [SCHEMA.schema],
    id: SCHEMA.user,
    name: 'User',
    description: 'A Sésame account',
    attributes: [
      attribute('userName', { required: true, uniqueness: 'server', description: 'The e-mail address.' }),
      attribute('externalId', { caseExact: true, uniqueness: 'server', description: 'The HR system’s identifier.' }),
      attribute('name', {
        type: 'complex',
        subAttributes: [
          attribute('givenName'),
          attribute('familyName'),
          attribute('formatted', { mutability: 'readOnly' }),
        ],
      }),
      attribute('displayName', { mutability: 'readOnly' }),
      attribute('emails', {
        type: 'complex',
        multiValued: true,
        mutability: 'readOnly',
        description: 'The userName, as the only e-mail.',
        subAttributes: [attribute('value'), attribute('type'), attribute('primary', { type: 'boolean' })],
      }),
      attribute('active', { type: 'boolean' }),
      attribute('preferredLanguage', {
        // Read on creation only (a replace or a patch leaves it): afterwards the owner's (docs/adr/0062).
        description:
          'The account’s language, a two-letter code (fr, en, de…): its mails’, and its pages’ once its owner chose it. Set at creation; then its owner’s to change.',
      }),
      attribute('groups', {
        type: 'complex',
        multiValued: true,
        mutability: 'readOnly',
        subAttributes: [attribute('value'), attribute('display'), attribute('$ref', { type: 'reference' })],
      }),
    ],
    meta: { resourceType: 'Schema', location: `${base}${SCIM_PREFIX}/Schemas/${SCHEMA.user}` },
  },
  {
    schemas: [SCHEMA.schema],
    id: SCHEMA.group,
    name: 'Group',
    description: 'A Sésame organisation (read-only)',
    attributes: [
      attribute('displayName', { mutability: 'readOnly' }),
      attribute('members', {
        type: 'complex',
        multiValued: true,
        mutability: 'readOnly',
        subAttributes: [attribute('value'), attribute('display'), attribute('$ref', { type: 'reference' })],
      }),
    ],
    meta: { resourceType: 'Schema', location: `${base}${SCIM_PREFIX}/Schemas/${SCHEMA.group}` },
  },
  {
    schemas: [SCHEMA.schema],
    id: SCHEMA.enterprise,
    name: 'EnterpriseUser',
    description: 'On create: organization = the id of the organisation to place the account in.',
    attributes: [attribute('organization', { mutability: 'writeOnly', returned: 'never' })],
    meta: { resourceType: 'Schema', location: `${base}${SCIM_PREFIX}/Schemas/${SCHEMA.enterprise}` },
  },
];

export const RESOURCE_TYPES = (base: string) => [
  {
    schemas: [SCHEMA.resourceType],
    id: 'User',
    name: 'User',
    endpoint: '/Users',
    schema: SCHEMA.user,
    schemaExtensions: [{ schema: SCHEMA.enterprise, required: false }],
    meta: { resourceType: 'ResourceType', location: `${base}${SCIM_PREFIX}/ResourceTypes/User` },
  },
  {
    schemas: [SCHEMA.resourceType],
    id: 'Group',
    name: 'Group',
    endpoint: '/Groups',
    schema: SCHEMA.group,
    meta: { resourceType: 'ResourceType', location: `${base}${SCIM_PREFIX}/ResourceTypes/Group` },
  },
];

export function listResponse(resources: readonly unknown[], total: number, startIndex: number) {
  return {
    schemas: [SCHEMA.list],
    totalResults: total,
    startIndex,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}
