import { LEVELS, RELYING_APP_NAME_MAX_BYTES, relyingAppNameProblem, WIRE_STRENGTHS } from '@sesame/protocol';
import { z } from 'zod';
import { ROOT_ORGANISATION_ID } from '../organisations/organisation';
import { checkGrantScope, ROLES } from '../organisations/roles';
import {
  ATTRIBUTE_NAME_PATTERN,
  CAS_ATTRIBUTE_PROFILES,
  PERSON_ATTRIBUTES,
  RELEASABLE_ATTRIBUTES,
  RESERVED_CAS_ATTRIBUTE_NAMES,
  RESERVED_OIDC_CLAIM_NAMES,
} from './attribute-release';

/**
 * A registered relying application (design §7): how it connects (CAS service URL patterns, an
 * OpenID Connect client, or both), the authentication it requires, and what it may know of the
 * user. Unknown services and clients are refused, never redirected to.
 */

/** The longest application name the configuration accepts, in characters (UTF-16 code units). */
export const RELYING_APP_NAME_MAX_LENGTH = 100;

const servicePattern = z
  .string()
  .min(1)
  // A prefix must end its host with a `/`: `https://app.example.org*` would also match
  // `https://app.example.org.evil.example/` and hand tickets to that host.
  .refine((p) => !p.endsWith('*') || /^https?:\/\/[^/?#@]+\//.test(p), {
    message: 'a prefix pattern must include the "/" after the host, e.g. https://app.example.org/*',
  })
  .describe(
    'A CAS service URL: exact (`https://app.example.org/cas/callback`), a prefix ending with `*`, or a regular expression between `^` and `$`.',
  );

/** The scopes of the admin REST API and of SCIM (issue 14 point 6, docs/adr/0037). */
export const ADMIN_API_SCOPES = ['sesame:admin:read', 'sesame:admin:write', 'sesame:scim'] as const;
export type AdminApiScope = (typeof ADMIN_API_SCOPES)[number];

const adminApiSchema = z.object({
  /** The scopes the client may ask for; a token carries those it asked. */
  scopes: z.array(z.enum(ADMIN_API_SCOPES)).min(1),
  /** The client's role grants, as a person's (docs/adr/0033): an administrator's scope is `root`. */
  roles: z
    .array(
      z.object({
        role: z.enum(ROLES),
        organisation: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/),
      }),
    )
    .min(1)
    .refine((roles) => roles.every((r) => checkGrantScope(r.role, r.organisation, ROOT_ORGANISATION_ID)), {
      message: 'an administrator’s organisation is always "root"',
    }),
});

/**
 * Source attribute → the name, or names, it is released under (docs/adr/0043); `[]` withholds it
 * from this protocol. A name a document already uses for something else is refused.
 */
function attributeNamesSchema(sources: readonly [string, ...string[]], reserved: ReadonlySet<string>, what: string) {
  const name = z
    .string()
    .regex(ATTRIBUTE_NAME_PATTERN, {
      message: `${what} name: a letter or "_", then letters, digits, ".", "-" or "_" (at most 64)`,
    })
    .refine((n) => !reserved.has(n), { message: `${what} name already used by Sésame in the answer` });
  return z
    .partialRecord(
      z.enum(sources),
      // One name or a list: a lone string is read as a list of one.
      z.preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(name)),
    )
    .refine(
      (names) => {
        const all = Object.values(names).flat();
        return new Set(all).size === all.length;
      },
      { message: `two attributes released under the same ${what} name` },
    );
}

export const relyingAppSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/),
  // Shown on the portal in full; the app's challenges carry it cut to the protocol's limit
  // (fitRelyingAppName), so only a name no challenge could ever carry is refused (ADR 0011).
  name: z
    .string()
    .min(1)
    .max(RELYING_APP_NAME_MAX_LENGTH)
    .refine((name) => relyingAppNameProblem(name) === null, {
      message: `the name is shown by the Sésame app as it is, cut to ${RELYING_APP_NAME_MAX_BYTES} bytes: no control or bidirectional-override character, no space at either end`,
    }),
  policy: z
    .object({
      minimumLevel: z.enum(LEVELS).default('BASIC'),
      /** When set, only these strengths satisfy the application (EU Login `acceptStrengths`). */
      acceptedStrengths: z.array(z.enum(WIRE_STRENGTHS as [string, ...string[]])).optional(),
      /**
       * The application no longer takes SMS (issue 13 point 4; TRACES NT from 1 April 2025): never
       * offered for it, and a session that holds only PASSWORD_SMS is asked for another factor.
       */
      refuseSms: z.boolean().default(false),
    })
    .default({ minimumLevel: 'BASIC', refuseSms: false }),
  attributes: z.array(z.enum(RELEASABLE_ATTRIBUTES)).default(['email', 'firstName', 'lastName']),
  cas: z
    .object({
      services: z.array(servicePattern).min(1),
      /** `cas`: standard CAS 3.0 `<cas:attributes>`; `eulogin`: EU Login's response shape and extensions. */
      flavour: z.enum(['cas', 'eulogin']).default('cas'),
      /** CAS 3.0 §2.3.3 single logout: POST a logoutRequest to the service when the SSO session ends. */
      singleLogout: z.boolean().default(true),
      /** Proxy callback URLs (pgtUrl) this application may use; https only (CAS 3.0 §2.5.4). */
      proxyCallbacks: z.array(servicePattern).default([]),
      /**
       * The names of the released attributes in `<cas:attributes>` (docs/adr/0043): `sesame`
       * (email, firstName, lastName, organisation, locale, employeeType, uid), `ldap` (mail,
       * givenName, sn, cn and displayName, o, preferredLanguage, employeeType, uid) or `eulogin`
       * (as `sesame`, the organisation as `domain`). Absent: `eulogin` for the EU Login flavour, else `sesame`.
       */
      attributeProfile: z.enum(CAS_ATTRIBUTE_PROFILES).optional(),
      /** Per attribute, the name(s) replacing the profile's, e.g. `{ "email": "mail", "fullName": ["cn", "displayName"] }`. */
      attributeNames: attributeNamesSchema(
        // How the person signed in is in EU Login's own elements, not in <cas:attributes> (docs/adr/0048).
        PERSON_ATTRIBUTES as unknown as [string, ...string[]],
        RESERVED_CAS_ATTRIBUTE_NAMES,
        'CAS attribute',
      ).optional(),
      /**
       * `<cas:attributes>` also in the CAS 2.0 answers of /serviceValidate and /proxyValidate, as
       * several CAS servers offer for clients that never call /p3 (CAS 3.0 §2.5 answers them without).
       */
      serviceValidateAttributes: z.boolean().default(false),
    })
    .optional(),
  oidc: z
    .object({
      clientId: z.string().min(1),
      /** Absent for a public client (PKCE S256 required). */
      clientSecret: z.string().min(32).optional(),
      redirectUris: z.array(z.string().url()).default([]),
      postLogoutRedirectUris: z.array(z.string().url()).default([]),
      backchannelLogoutUri: z.string().url().optional(),
      /**
       * Per attribute, the claim name(s) replacing OIDC Core §5.1's (docs/adr/0043), e.g.
       * `{ "organisation": "org", "uid": "preferred_username" }`; an e-mail claim is in the
       * `email` scope, the others in `profile`.
       */
      claimNames: attributeNamesSchema(RELEASABLE_ATTRIBUTES, RESERVED_OIDC_CLAIM_NAMES, 'claim').optional(),
      grantTypes: z
        .array(z.enum(['authorization_code', 'refresh_token', 'client_credentials']))
        .default(['authorization_code', 'refresh_token']),
      /**
       * The admin REST API and SCIM for this client (issue 14 point 6, docs/adr/0037): it asks a
       * token with the client-credentials grant for some of these scopes, and acts "like a
       * person" holding these role grants — authorise() decides for it as for anyone.
       */
      adminApi: adminApiSchema.optional(),
    })
    .refine(
      (oidc) =>
        oidc.adminApi === undefined ||
        (oidc.clientSecret !== undefined && oidc.grantTypes.includes('client_credentials')),
      {
        message:
          'adminApi needs a confidential client (clientSecret) with the client_credentials grant (RFC 6749 §4.4)',
      },
    )
    .optional(),
});

export type RelyingApp = z.infer<typeof relyingAppSchema>;
export type RelyingAppInput = z.input<typeof relyingAppSchema>;
