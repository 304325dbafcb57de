import { isIP } from 'node:net';
import { z } from 'zod';
import { EU_EEA_CALLING_CODES } from '@sesame/core';
import { EU_LANGUAGES, LOCALES, type EuLanguage } from '@sesame/protocol';
import { contrastRatio, HEX_COLOUR, MIN_TEXT_CONTRAST } from '../branding/colour-contrast';

/** A boolean that environment variables can spell `true`/`false`/`1`/`0`. */
const booleanish = z.union([
  z.boolean(),
  z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1'),
]);

/** An IPv4 or IPv6 address, optionally a CIDR range, or one of proxy-addr's named ranges. */
function isProxyAddress(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address = '', bits, extra] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

/**
 * Trusted reverse proxies (docs/adr/0010): `false`, `true`, a hop count, or a comma-separated
 * list of addresses/CIDRs (a JSON array in the SESAME_CONFIG file). `0` and `false` trust none.
 */
const trustedProxies = z
  .union([z.boolean(), z.number().int().min(0), z.array(z.string()), z.string()])
  .transform((value, ctx): boolean | number | string[] => {
    if (typeof value === 'boolean') return value;
    if (typeof value === 'number') return value === 0 ? false : value;
    const text = Array.isArray(value) ? value.join(',') : value.trim();
    if (text === 'true') return true;
    if (text === 'false' || text === '') return false;
    if (/^\d+$/.test(text)) return Number(text) === 0 ? false : Number(text);
    const entries = text.split(',').map((entry) => entry.trim());
    const wrong = entries.filter((entry) => !isProxyAddress(entry));
    if (wrong.length > 0) {
      ctx.addIssue({ code: 'custom', message: `not an IP address or CIDR range: ${wrong.join(', ')}` });
      return z.NEVER;
    }
    return entries;
  });

/**
 * One value per language (docs/adr/0045 §2): French and English required, any other EU language
 * optional (a language not given falls back to English), no other key.
 */
function perLanguage<T extends z.ZodType>(value: T) {
  const others = Object.fromEntries(
    EU_LANGUAGES.filter(({ code }) => code !== 'fr' && code !== 'en').map(({ code }) => [code, value.optional()]),
  ) as Record<Exclude<EuLanguage, 'fr' | 'en'>, z.ZodOptional<T>>;
  return z.strictObject({ fr: value, en: value, ...others });
}

/** A text people read, the same in every language or given per language (docs/adr/0020, 0045). */
const localisedText = z.union([z.string().trim().min(1), perLanguage(z.string().trim().min(1))]);

/** A file path given once, or one per language (a legal notice written in each). */
const localisedFile = z.union([z.string().min(1), perLanguage(z.string().min(1))]);

/** A web page people are sent to: http(s) only, so no `javascript:` or `data:` link reaches a page. */
const webPageUrl = z.url({ protocol: /^https?$/, error: 'an http:// or https:// address' });

/**
 * The organisation's primary colour: the header's background under white text, the buttons,
 * the links. WCAG 2.2 SC 1.4.3: refused below 4.5:1 against white, with the ratio in the error.
 */
const primaryColour = z
  .string()
  .regex(HEX_COLOUR, { error: 'a colour written #rrggbb or #rgb, e.g. #0b4f8a', abort: true })
  .refine((colour) => contrastRatio(colour, '#ffffff') >= MIN_TEXT_CONTRAST, {
    error: (issue) =>
      `contrast with white text is ${contrastRatio(issue.input as string, '#ffffff').toFixed(2)}:1, below the ${MIN_TEXT_CONTRAST}:1 of WCAG 2.2 SC 1.4.3: choose a darker colour`,
  });

/** An international phone number as people write it: digits, spaces, dots, dashes, brackets, a leading +. */
const phoneNumber = z
  .string()
  .trim()
  .regex(/^\+?[0-9(][0-9 ().-]{3,28}[0-9]$/, 'a phone number such as +33 1 23 45 67 89');

/**
 * Who runs this installation, as people see it (issue 11, point 5; docs/adr/0020): its name,
 * logo, colour, support contact, legal notice and privacy page. Every key is optional: unset, the
 * portal looks and reads as Sésame's own.
 */
const organisationSchema = z
  .object({
    name: localisedText
      .default('Sésame')
      .describe(
        'Name shown in the header, the page titles and the mails: one text, or `{ "fr": …, "en": … }` in the SESAME_CONFIG file. Every text given per language here may also name any other EU language (`"de": …`); a language not named uses the English text.',
      ),
    logoFile: z
      .string()
      .optional()
      .describe(
        'SVG or PNG logo (at most 100 KiB) shown in the header before the name, read at start and served under a content-hashed, immutable address. Unset: the « S » mark.',
      ),
    primaryColour: primaryColour
      .optional()
      .describe(
        'Primary colour (`#rrggbb`) of the header, buttons and links; refused at start below 4.5:1 contrast with white text (WCAG 2.2 SC 1.4.3). Unset: Sésame blue `#0b4f8a`.',
      ),
    support: z
      .object({
        email: z.email().optional().describe('Support e-mail address, on /contact and in every mail.'),
        phone: phoneNumber.optional().describe('Support phone number, on /contact and in every mail.'),
        url: webPageUrl.optional().describe('Support web page (http or https), on /contact and in every mail.'),
        hours: localisedText
          .optional()
          .describe('Opening hours of the support, one text or `{ "fr": …, "en": … }`, on /contact.'),
      })
      .default({}),
    legalNotice: z
      .object({
        text: localisedText
          .optional()
          .describe(
            'Legal notice shown on /legal, one text or `{ "fr": …, "en": … }`; blank lines separate paragraphs. Set at most one of text, file and url; none: /legal says that the operator has published none, and gives the software licence (EUPL-1.2).',
          ),
        file: localisedFile
          .optional()
          .describe(
            'Plain-text file (or `{ "fr": …, "en": … }`) holding the legal notice, read at start; at most 64 KiB.',
          ),
        url: webPageUrl.optional().describe('External legal notice page: the footer links to it.'),
      })
      .refine((legal) => [legal.text, legal.file, legal.url].filter((value) => value !== undefined).length <= 1, {
        error: 'set one of text, file and url, not several',
      })
      .default({}),
    privacy: z
      .object({
        url: webPageUrl
          .optional()
          .describe(
            "The operator's own privacy statement: the footer links to it, and the generated /privacy page (the retention periods) links to it.",
          ),
        text: localisedText
          .optional()
          .describe(
            'Operator text added to the generated /privacy page (controller, data protection officer…), one text or `{ "fr": …, "en": … }`.',
          ),
      })
      .default({}),
  })
  .default({ name: 'Sésame', support: {}, legalNotice: {}, privacy: {} });

/** A sunset: a day (UTC midnight) or an instant with its offset. */
const sunsetDate = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/,
    'a date (2026-07-01) or an ISO 8601 instant with its offset',
  );

/** An organisation's or a kind's id (core organisations/organisation.ts): lower case, digits, inner hyphens. */
const organisationIdSchema = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, 'lower-case letters, digits and inner hyphens, e.g. ddpp-35');

/**
 * E.164 country calling codes (docs/adr/0059): a JSON array in the SESAME_CONFIG file, or a
 * comma-separated list in the environment; "+" and spaces are dropped. 1 to 3 digits, never 0 first.
 */
const callingCodes = z
  .union([z.array(z.string()), z.string()])
  .transform((value) =>
    (Array.isArray(value) ? value : value.split(','))
      .map((code) => code.replace(/[\s+]/g, ''))
      .filter((code) => code !== ''),
  )
  .pipe(z.array(z.string().regex(/^[1-9]\d{0,2}$/, 'a country calling code: 1 to 3 digits, e.g. 33')).min(1));

/**
 * SMS, on its way out (issue 13 point 4; docs/adr/0030): which gateway texts the codes, and the
 * date after which SMS is refused — the global one and, per organisation of the tree, its own
 * (docs/adr/0034 §1: the nearest organisation that sets one wins).
 */
const smsSchema = z
  .object({
    provider: z
      .enum(['none', 'outbox', 'http'])
      .default('none')
      .describe(
        'Who texts the codes: `none` (no SMS: no phone-number page, no SMS in the chooser), `outbox` (development: each text is shown on /dev/outbox beside the mails, nothing leaves the machine), `http` (a gateway, `sms.http.*`).',
      ),
    sunset: sunsetDate
      .optional()
      .describe(
        'From this date (UTC midnight) or instant on, SMS is refused at the chooser and at the start, with the way to the Sésame app; before it, every SMS sign-in is followed by a page saying when SMS stops. Unset: no date. An account whose organisation (or an organisation above it) has a date in `sms.sunsetByOrganisation` goes by that date instead.',
      ),
    sunsetByOrganisation: z
      .record(organisationIdSchema, sunsetDate)
      .default({})
      .describe(
        'Sunset dates per organisation of the tree (SESAME_CONFIG file), e.g. `{ "dgal": "2026-10-01", "ddpp-35": "2027-03-01" }`: an account goes by the date of its organisation, else of the nearest organisation above it that has one, else by `sms.sunset`. A date may be earlier or later than the one above it. An id not (yet) in the tree applies to nobody.',
      ),
    allowedCountryCodes: callingCodes
      .default([...EU_EEA_CALLING_CODES])
      .describe(
        'Toll fraud (docs/adr/0059): the E.164 country calling codes texted, e.g. `["33","32"]` (or `33,32` in the environment). A number under any other code is refused before anything is sent, with the list of accepted countries and the other ways to sign in. Default: the EU and EEA member states and the EU outermost regions with a code of their own (Réunion and Mayotte 262, Guadeloupe and Saint-Martin 590, French Guiana 594, Martinique 596). `1` would open every North American and Caribbean number, premium-rate ones included.',
      ),
    maxPerHour: z.coerce
      .number()
      .int()
      .min(1)
      .max(1_000_000)
      .default(500)
      .describe(
        'Toll fraud (docs/adr/0059): the most texts the whole deployment sends in an hour (every node, every account; confirmation and sign-in codes), reserved before sending. Confirmation codes may take at most half of it. When it is reached SMS is refused (429) with the way to the other methods, `sesame_sms_refused_total{limit="deployment"}` grows and the log says `sms.ceiling` once per hour: alert on it. Size it at a few times the busiest hour of SMS sign-ins.',
      ),
    maxPerNumberPerDay: z.coerce
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(10)
      .describe(
        'Toll fraud (docs/adr/0059): the most texts to one number in a day, whatever the account; confirmation codes and sign-in codes are counted apart (so that strangers typing a number cannot use up the sign-in texts of its owner).',
      ),
    http: z
      .object({
        url: z.string().url().describe('The gateway address (https in production).'),
        method: z.enum(['POST', 'PUT']).default('POST').describe('HTTP method of each message.'),
        authorization: z
          .string()
          .optional()
          .describe('The `Authorization` header sent as it is, e.g. `Bearer …` or `Basic …`; never logged.'),
        encoding: z
          .enum(['json', 'form'])
          .default('json')
          .describe('The body: a JSON object or an application/x-www-form-urlencoded form.'),
        body: z
          .record(z.string(), z.string())
          .default({ to: '{to}', text: '{text}' })
          .describe(
            "The body's fields; in each value `{to}` becomes the E.164 number and `{text}` the message (substituted as values, never spliced into JSON).",
          ),
        timeoutMs: z.coerce.number().int().min(100).max(60_000).default(5000).describe('How long one try may take.'),
        retries: z.coerce
          .number()
          .int()
          .min(0)
          .max(5)
          .default(2)
          .describe('Tries after the first on a network error, a timeout or a 5xx — never after a 4xx.'),
        retryDelayMs: z.coerce
          .number()
          .int()
          .min(0)
          .max(10_000)
          .default(500)
          .describe('The wait before the first retry, doubled before each next one.'),
      })
      .optional(),
  })
  .refine((sms) => sms.provider !== 'http' || sms.http !== undefined, {
    message: 'sms.provider=http needs sms.http.url',
    path: ['http', 'url'],
  })
  .default({
    provider: 'none',
    sunsetByOrganisation: {},
    allowedCountryCodes: [...EU_EEA_CALLING_CODES],
    maxPerHour: 500,
    maxPerNumberPerDay: 10,
  });

/**
 * eID by federation (issue 15 point 1; docs/adr/0042): upstream OpenID Connect identity providers
 * (a national eID such as FranceConnect, an eIDAS node behind OIDC), each with its client
 * registration and its **level mapping** — SEC-42: an acr the mapping does not name gives no level
 * and is refused, never a default one.
 */
const eidProviderSchema = z.object({
  id: organisationIdSchema.describe(
    'Its id in Sésame: in the callback address (`/login/eid/callback/<id>`) and the links.',
  ),
  label: localisedText.describe('Its name on the buttons, one text or `{ "fr": …, "en": … }`, e.g. `FranceConnect`.'),
  issuer: z
    .url({ protocol: /^https?$/ })
    .describe(
      'Its OpenID Connect issuer identifier; its discovery document (`/.well-known/openid-configuration`) is read from it, and every ID token must name it in `iss`. https only unless `allowHttp`.',
    ),
  clientId: z.string().min(1).describe('The client id Sésame was registered with at the provider.'),
  clientSecret: z
    .string()
    .min(1)
    .optional()
    .describe('The client secret (client_secret_basic); keep it secret. Unset: a public client (PKCE only).'),
  clientSecretFile: z
    .string()
    .optional()
    .describe('File holding the client secret (a mounted secret), read at start, instead of `clientSecret`.'),
  scopes: z
    .array(z.string().regex(/^[\x21\x23-\x5b\x5d-\x7e]+$/, 'a scope token (RFC 6749 §3.3)'))
    .default(['openid'])
    .refine((scopes) => scopes.includes('openid'), 'must include openid')
    .describe(
      'The scopes asked for; `openid` is required. Add `email` and `profile` where accounts are made from the eID (`createAccounts`): `given_name`, `family_name`, `email` and `email_verified` are read from the ID token and UserInfo.',
    ),
  acrValues: z
    .string()
    .optional()
    .describe(
      '`acr_values` sent with every request (space-separated, e.g. `eidas2`): the level asked of the provider. Unset: none sent.',
    ),
  levels: z
    .record(z.string().min(1), z.enum(['BASIC', 'MEDIUM', 'HIGH']))
    .refine((levels) => Object.keys(levels).length > 0, 'map at least one acr value to a level')
    .describe(
      'The level mapping: each `acr` value the provider may answer to a Sésame level, e.g. `{ "eidas1": "BASIC", "eidas2": "MEDIUM", "eidas3": "HIGH" }` or `{ "http://eidas.europa.eu/LoA/substantial": "MEDIUM", "http://eidas.europa.eu/LoA/high": "HIGH" }`. An answer whose acr is absent or not listed is refused (SEC-42).',
    ),
  allowHttp: booleanish
    .default(false)
    .describe('Accept an `http://` issuer (tests and development only; warned at start). Never in production.'),
  createAccounts: booleanish
    .optional()
    .describe(
      'An eID of this provider that no account has linked makes an account (“Create your Sésame account from your eID”), or — its e-mail verified and an account’s — is reconciled with that account after the account’s own proof (docs/adr/0047). Unset: `eid.createAccounts`.',
    ),
  organisation: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe(
      'The organisation of the accounts made from this provider’s eIDs (EU Login’s `domain`). Unset: none, as registration gives.',
    ),
});

const eidSchema = z
  .object({
    providers: z
      .array(eidProviderSchema)
      .default([])
      .refine(
        (providers) => new Set(providers.map((p) => p.id)).size === providers.length,
        'two providers have the same id',
      )
      .describe(
        'The eID providers (SESAME_CONFIG file), each `{ "id", "label", "issuer", "clientId", "clientSecret", "scopes", "acrValues", "levels" }`. Empty: no eID — no button on the first screen, no "Manage my eIDs". Register `<publicUrl>/login/eid/callback/<id>` as the redirect URI at the provider.',
      ),
    createAccounts: booleanish
      .default(false)
      .describe(
        'The default of every provider’s `createAccounts`: an eID that no account has linked makes an account, with EU Login’s reconciliation when its verified e-mail is an existing account’s (docs/adr/0047). False: such an eID is refused with the way to link it.',
      ),
  })
  .default({ providers: [], createAccounts: false });

/** The kinds of issue 14 point 1 when the configuration names none. */
export const DEFAULT_ORGANISATION_KINDS = [
  { id: 'ministry', label: { fr: 'Ministère', en: 'Ministry' } },
  { id: 'regional-service', label: { fr: 'Service régional', en: 'Regional service' } },
  { id: 'departmental-service', label: { fr: 'Service départemental', en: 'Departmental service' } },
  { id: 'operator', label: { fr: 'Opérateur', en: 'Operator' } },
  { id: 'private-veterinarian', label: { fr: 'Vétérinaire libéral', en: 'Private veterinarian' } },
] as const;

/**
 * The organisation tree (issue 14 point 1; docs/adr/0033): its kinds, and organisations created at
 * start when missing. The store is the truth afterwards: an organisation already there is never
 * moved nor renamed from here (the console does that), only reported when it differs.
 */
const organisationTreeSchema = z
  .object({
    kinds: z
      .array(
        z.object({
          id: organisationIdSchema.describe('The kind’s id, e.g. `departmental-service`.'),
          label: localisedText.describe('Its name, one text or `{ "fr": …, "en": … }`.'),
        }),
      )
      .default([])
      .describe(
        'The kinds of organisation, each `{ "id": …, "label": { "fr": …, "en": … } }` (SESAME_CONFIG file). Empty: ministry, regional-service, departmental-service, operator, private-veterinarian.',
      ),
    organisations: z
      .array(
        z.object({
          id: organisationIdSchema,
          parent: organisationIdSchema.default('root'),
          kind: organisationIdSchema,
          name: z.string().trim().min(1).max(200),
        }),
      )
      .default([])
      .describe(
        'Organisations created at start when missing, each `{ "id": "ddpp-35", "parent": "draaf-bretagne", "kind": "departmental-service", "name": "DDPP d’Ille-et-Vilaine" }`, a parent before its children; `parent` defaults to `root`.',
      ),
  })
  .superRefine((tree, ctx) => {
    const kinds = new Set((tree.kinds.length > 0 ? tree.kinds : DEFAULT_ORGANISATION_KINDS).map((k) => k.id));
    const seen = new Set(['root']);
    tree.organisations.forEach((organisation, index) => {
      const at = (field: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: ['organisations', index, field], message });
      if (seen.has(organisation.id)) at('id', `"${organisation.id}" is listed twice (or is the root)`);
      if (!seen.has(organisation.parent)) at('parent', `"${organisation.parent}" is not listed before it`);
      if (!kinds.has(organisation.kind)) at('kind', `"${organisation.kind}" is not one of the kinds`);
      seen.add(organisation.id);
    });
  })
  .default({ kinds: [], organisations: [] });

const dayOrInstant = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/,
    'a date (2026-07-01) or an ISO 8601 instant with its offset',
  );

/**
 * The registration campaign's default (issue 14 point 4; docs/adr/0036): where no organisation of
 * an agent's ancestry set its own from the console (/admin/dashboard), this one applies.
 */
const registrationCampaignSchema = z
  .object({
    enabled: booleanish
      .default(false)
      .describe(
        'After sign-in, an agent without an accepted second factor (the Sésame app, a security key, an authenticator app: not SMS) sees a page that says why and starts the enrolment. Organisations may set their own from the console.',
      ),
    snoozes: z.coerce
      .number()
      .int()
      .min(0)
      .max(20)
      .default(3)
      .describe('How many times the agent may choose “Later” before the enrolment is required (0: required at once).'),
    snoozeDays: z.coerce
      .number()
      .int()
      .min(0)
      .max(365)
      .default(14)
      .describe('Days after the first “Later” from which the enrolment is required, whatever the snoozes left.'),
    deadline: dayOrInstant
      .optional()
      .describe(
        'From this date (UTC midnight) or instant on the enrolment is required; the page shows it. Unset: the SMS sunset is shown, and only the snoozes decide.',
      ),
  })
  .default({ enabled: false, snoozes: 3, snoozeDays: 14 });

/** The migration dashboard (issue 14 point 3; docs/adr/0036). */
const dashboardSchema = z
  .object({
    reminderEveryDays: z.coerce
      .number()
      .int()
      .min(1)
      .max(365)
      .default(7)
      .describe('A holdout gets at most one reminder mail per this many days, whoever presses the button.'),
    snapshotIntervalMinutes: z.coerce
      .number()
      .int()
      .min(0)
      .max(1440)
      .default(60)
      .describe(
        'How often each node checks that today’s snapshot of the dashboard’s figures (the chart’s data) exists, and takes it when not. 0: only when a dashboard is opened.',
      ),
  })
  .default({ reminderEveryDays: 7, snapshotIntervalMinutes: 60 });

/**
 * The one typed configuration of the server. Every key has a documented default; the
 * operator's reference (docs/operators/config.md) is generated from this schema by
 * `npm run docs:config`, and a test fails when the two differ. Environment variables are named
 * in `env` (see load-config.ts); a JSON file named by SESAME_CONFIG may set any key.
 */
export const configSchema = z.object({
  publicUrl: z
    .string()
    .url()
    .default('http://localhost:8080')
    .describe('Public base URL of the portal, used in e-mail links.'),
  host: z.string().default('127.0.0.1').describe('Interface to listen on.'),
  port: z.coerce.number().int().min(0).max(65535).default(8080).describe('Port to listen on.'),
  trustProxy: trustedProxies
    .default(false)
    .describe(
      'Which reverse proxies may set X-Forwarded-For/-Proto/-Host, so that the client address (sign-in limits, audit) is the one they saw: `false` (none, the default: X-Forwarded-* is ignored), a comma-separated list of proxy addresses or CIDR ranges (`10.0.0.5, 192.168.1.0/24`; also `loopback`, `linklocal`, `uniquelocal`) — the safe choice behind a proxy —, a hop count (`1`: only when nothing but the proxy can reach the server), or `true` (trust every X-Forwarded-For entry: spoofable, avoid).',
    ),
  tls: z
    .object({
      certFile: z
        .string()
        .optional()
        .describe(
          'PEM certificate (chain) to serve HTTPS with, with keyFile; unset means plain HTTP (behind a TLS proxy).',
        ),
      keyFile: z.string().optional().describe('PEM private key of certFile; keep it secret (mode 0600).'),
      selfSigned: booleanish
        .default(false)
        .describe(
          'No longer supported: the server does not generate certificates, and refuses to start when this is on. For trying the app on a phone of the local network, `npm run dev -- --phone` generates a certificate and serves HTTPS with it (docs/operators/running.md).',
        ),
    })
    .default({ selfSigned: false }),
  databaseUrl: z
    .string()
    .default('sqlite:data/sesame.db')
    .describe('Durable store: `sqlite:<file>` (embedded default) or `postgres://…`.'),
  redisUrl: z
    .string()
    .optional()
    .describe('Ephemeral store: `redis://…` for several nodes; unset means in memory (one node, dev).'),
  ephemeral: z
    .object({
      memoryMaxEntries: z.coerce
        .number()
        .int()
        .min(1_000)
        .max(10_000_000)
        .default(100_000)
        .describe(
          'Without Redis: the most entries (sessions, sign-ins in progress, tickets, counters) the in-memory store holds. At the cap it drops the oldest sessions, sign-ins and tokens first (those people sign in again), never a counter or a lock; with nothing of that kind left it refuses (503). Counted by `sesame_ephemeral_evictions_total`, warned once in the log (docs/adr/0021).',
        ),
    })
    .default({ memoryMaxEntries: 100_000 }),
  storeStartupTimeoutSeconds: z.coerce
    .number()
    .int()
    .min(0)
    .max(3600)
    .default(30)
    .describe(
      'At start, how long to keep retrying (with back-off) a database or Redis that does not answer before exiting with code 3 and one line naming it.',
    ),
  logLevel: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('pino log level.'),
  defaultLocale: z.enum(LOCALES).default('fr').describe('Language when the browser asks for none we have.'),
  mail: z
    .object({
      from: z.string().default('Sésame <no-reply@sesame.localhost>').describe('Sender of every mail.'),
      smtpUrl: z
        .string()
        .optional()
        .describe('SMTP server, e.g. `smtp://user:pass@host:587`; unset means the outbox (dev only).'),
      outboxDir: z.string().default('data/outbox').describe('Where the outbox also writes each mail as an .eml file.'),
    })
    .default({ from: 'Sésame <no-reply@sesame.localhost>', outboxDir: 'data/outbox' }),
  devPages: booleanish.default(false).describe('Serve development pages such as /dev/outbox. Never in production.'),
  demoAccounts: booleanish
    .default(false)
    .describe('Create the demo accounts at start when missing. Never in production.'),
  password: z
    .object({
      minLength: z.coerce
        .number()
        .int()
        .min(8)
        .default(12)
        .describe('Minimum length in Unicode code points (NIST SP 800-63B: ≥ 8, 15 for single-factor use).'),
      maxLength: z.coerce.number().int().min(64).max(1024).default(128).describe('Maximum length (NIST: at least 64).'),
      argon2: z
        .object({
          memoryKiB: z.coerce
            .number()
            .int()
            .min(8192)
            .default(19456)
            .describe('argon2id memory in KiB (OWASP: 19 MiB with t=2).'),
          iterations: z.coerce.number().int().min(1).default(2).describe('argon2id time cost.'),
          parallelism: z.coerce.number().int().min(1).default(1).describe('argon2id lanes.'),
        })
        .default({ memoryKiB: 19456, iterations: 2, parallelism: 1 }),
    })
    .default({ minLength: 12, maxLength: 128, argon2: { memoryKiB: 19456, iterations: 2, parallelism: 1 } }),
  signIn: z
    .object({
      lockAfterFailures: z.coerce
        .number()
        .int()
        .min(1)
        .max(100)
        .default(5)
        .describe(
          'Failures on one account from one network (IPv4 address, IPv6 /64) within lockMinutes that lock the account from that network for lockMinutes (NIST: at most 100). Other networks are not affected: no limit refuses a whole office behind one address.',
        ),
      accountLockAfterFailures: z.coerce
        .number()
        .int()
        .min(1)
        .max(100)
        .default(20)
        .describe(
          'Consecutive failures on one account from all networks together (since its last successful sign-in, password reset or unlock, however far apart) that lock it for everyone and mail its owner; each further accountLockAfterFailures lock it again, for twice as long (guessing spread over many addresses, docs/adr/0063). At least lockAfterFailures.',
        ),
      lockMinutes: z.coerce
        .number()
        .int()
        .min(1)
        .default(15)
        .describe(
          'How long a lock from one network lasts, and the window its failures are counted in; also the first lock of an account everywhere (EU Login: 15 minutes).',
        ),
      lockMaxMinutes: z.coerce
        .number()
        .int()
        .min(1)
        .default(240)
        .describe(
          'The longest lock of an account everywhere: each lock lasts twice the one before, up to this (NIST SP 800-63B: an increasing wait). Below lockMinutes, lockMinutes is used.',
        ),
      maxConsecutiveFailures: z.coerce
        .number()
        .int()
        .min(1)
        .max(100)
        .default(100)
        .describe(
          'Consecutive failures on one account after which it stays locked until its password is reset by e-mail or the helpdesk unlocks it (NIST SP 800-63B §3.2.2: at most 100). At least accountLockAfterFailures.',
        ),
      failureMemoryDays: z.coerce
        .number()
        .int()
        .min(1)
        .max(3650)
        .default(30)
        .describe(
          'Days an account’s consecutive failures are remembered after the last attempt on it (refused attempts included), so that a lock’s end does not reset them. Addresses without an account: lockMinutes.',
        ),
    })
    .refine((signIn) => signIn.accountLockAfterFailures >= signIn.lockAfterFailures, {
      message: 'accountLockAfterFailures must be at least lockAfterFailures',
      path: ['accountLockAfterFailures'],
    })
    .refine((signIn) => signIn.maxConsecutiveFailures >= signIn.accountLockAfterFailures, {
      message: 'maxConsecutiveFailures must be at least accountLockAfterFailures',
      path: ['maxConsecutiveFailures'],
    })
    .default({
      lockAfterFailures: 5,
      accountLockAfterFailures: 20,
      lockMinutes: 15,
      lockMaxMinutes: 240,
      maxConsecutiveFailures: 100,
      failureMemoryDays: 30,
    }),
  mailRequests: z
    .object({
      perAddress: z.coerce
        .number()
        .int()
        .min(1)
        .default(5)
        .describe('Registration and forgotten-password requests per e-mail address per window.'),
      perIp: z.coerce.number().int().min(1).default(30).describe('The same requests per IP address per window.'),
      windowMinutes: z.coerce.number().int().min(1).default(15).describe('The window of these two limits.'),
    })
    .default({ perAddress: 5, perIp: 30, windowMinutes: 15 }),
  session: z
    .object({
      idleMinutes: z.coerce
        .number()
        .int()
        .min(1)
        .default(30)
        .describe('Inactivity that ends a session (NIST SP 800-63B AAL2).'),
      absoluteHours: z.coerce
        .number()
        .int()
        .min(1)
        .max(24)
        .default(12)
        .describe('Longest life of a session, activity or not.'),
    })
    .default({ idleMinutes: 30, absoluteHours: 12 }),
  relyingAppsFile: z
    .string()
    .optional()
    .describe(
      'JSON file listing the relying applications (CAS services, OIDC clients, policies); see docs/integrators.md.',
    ),
  relyingApps: z
    .array(z.unknown())
    .default([])
    .describe('Relying applications given inline (in the SESAME_CONFIG file); added to those of relyingAppsFile.'),
  oidc: z
    .object({
      keysFile: z
        .string()
        .default('data/oidc-keys.json')
        .describe(
          'OpenID Connect key ring (token signing keys and cookie keys), created at first start when missing. Every node must read the same file; keep it secret and backed up.',
        ),
    })
    .default({ keysFile: 'data/oidc-keys.json' }),
  devices: z
    .object({
      keysFile: z
        .string()
        .default('data/device-keys.json')
        .describe(
          'Authenticator app keys: the key ring that encrypts device secrets at rest and the key that signs offline QR challenges, created at first start when missing. Every node must read the same file; keep it secret and backed up.',
        ),
      oneAccountPerDevice: booleanish
        .default(true)
        .describe('One phone, one user: a device enrolled for an account cannot be enrolled for another.'),
      blockMinutes: z.coerce
        .number()
        .int()
        .min(1)
        .max(1440)
        .default(15)
        .describe(
          'How long a device is blocked after 5 wrong answers in a row. When the block is over, one more wrong answer blocks it again, 4 times longer each time (up to blockMaxMinutes); a right answer starts again from zero.',
        ),
      blockMaxMinutes: z.coerce
        .number()
        .int()
        .min(1)
        .max(10080)
        .default(1440)
        .describe('The longest a device block lasts.'),
    })
    .default({ keysFile: 'data/device-keys.json', oneAccountPerDevice: true, blockMinutes: 15, blockMaxMinutes: 1440 }),
  recovery: z
    .object({
      waitingHours: z.coerce
        .number()
        .int()
        .min(1)
        .max(720)
        .default(24)
        .describe(
          '"I no longer have my phone": the waiting period between the confirmation of the mailed link and the moment the password alone may add a new device. The owner is mailed at the start and may cancel.',
        ),
    })
    .default({ waitingHours: 24 }),
  webauthn: z
    .object({
      attestation: z
        .enum(['any', 'aaguid-allow-list', 'fido-certified'])
        .default('any')
        .describe(
          'Which security keys may be added (docs/adr/0029 §3): `any` every key (MEDIUM); `aaguid-allow-list` only attested keys of the models in `webauthn.aaguids`; `fido-certified` every key, a FIDO-certified model (from `webauthn.mdsBlobFile`) with user verification giving HIGH, a compromised model refused.',
        ),
      aaguids: z
        .array(z.string().regex(/^[0-9a-fA-F-]{32,36}$/))
        .default([])
        .describe('The AAGUIDs (models) accepted with `webauthn.attestation` = `aaguid-allow-list`.'),
      mdsBlobFile: z
        .string()
        .optional()
        .describe(
          'A FIDO Metadata Service (MDS3) BLOB file (the JWT from mds3.fidoalliance.org), needed by `fido-certified`, optional with `aaguid-allow-list`. Read at start; no network. A BLOB whose signature does not lead to `webauthn.mdsRootFile` stops the server.',
        ),
      mdsRootFile: z
        .string()
        .optional()
        .describe("The MDS3 BLOB's trust anchor (PEM); unset means GlobalSign Root CA - R3, shipped with Sésame."),
      userVerification: z
        .enum(['preferred', 'required'])
        .default('preferred')
        .describe(
          'Whether a security key must verify its user (PIN, fingerprint) at every sign-in (SEC-25). A key without it never reaches HIGH.',
        ),
    })
    .default({ attestation: 'any', aaguids: [], userVerification: 'preferred' }),
  webPush: z
    .object({
      enabled: booleanish
        .default(true)
        .describe(
          'Wake the authenticator app by Web Push (RFC 8030/8291/8292). Off, the app still gets sign-in requests through its event stream and polling, but only while it is open.',
        ),
      vapidKeysFile: z
        .string()
        .optional()
        .describe(
          'VAPID key pair (P-256) that signs Web Push requests, created at first start when missing; unset means `vapid-keys.json` next to devices.keysFile (`data/vapid-keys.json`). Apps subscribe with its public key: every node must read the same file, and a new key silences every subscribed app until it subscribes again.',
        ),
      vapidPublicKey: z
        .string()
        .optional()
        .describe('VAPID public key (base64url, uncompressed P-256 point) given here instead of vapidKeysFile.'),
      vapidPrivateKey: z
        .string()
        .optional()
        .describe('VAPID private key (base64url, 32 bytes), with vapidPublicKey; keep it secret.'),
      subject: z
        .string()
        .optional()
        .describe(
          'Contact the push services may write to (RFC 8292 §2.1), a `mailto:` or `https:` URL; unset means `mailto:security@<host of publicUrl>`.',
        ),
    })
    .default({ enabled: true }),
  metrics: z
    .object({
      token: z
        .string()
        .min(32)
        .optional()
        .describe(
          'Bearer token that Prometheus sends to read `/metrics` on the main port (`Authorization: Bearer …`), at least 32 characters (e.g. `openssl rand -hex 32`); keep it secret. Unset (and no tokenFile): `/metrics` answers 404 on the main port.',
        ),
      tokenFile: z
        .string()
        .optional()
        .describe('File holding the metrics token (a mounted secret), read at start, instead of `metrics.token`.'),
      listen: z
        .string()
        .regex(/^(\[[0-9A-Fa-f:.]+\]|[^\s:[\]/]+):(\d{1,5})$/, 'host:port, e.g. 127.0.0.1:9464')
        .refine((value) => Number(value.slice(value.lastIndexOf(':') + 1)) <= 65535, 'port at most 65535')
        .optional()
        .describe(
          'Also serve `/metrics`, without token, on this address of its own (`host:port`, e.g. `127.0.0.1:9464`), which only the monitoring network can reach. Unset: no such listener.',
        ),
    })
    .default({}),
  linkTtlMinutes: z.coerce
    .number()
    .int()
    .min(5)
    .max(1440)
    .default(90)
    .describe('Life of e-mail links (registration, reset, e-mail change).'),
  retention: z
    .object({
      signInEventsDays: z.coerce
        .number()
        .int()
        .min(1)
        .max(3650)
        .default(365)
        .describe(
          'Days the audit log keeps sign-in events (`sign_in.succeeded`, `sign_in.failed`, `sign_out`) before the hourly purge deletes them; the CNIL recommends six months to one year for connection logs. The privacy page states it.',
        ),
      auditDays: z.coerce
        .number()
        .int()
        .min(1)
        .max(3650)
        .default(730)
        .describe(
          'Days the audit log keeps every other security event (account created, password, e-mail and device changes, locks, recoveries) before the purge deletes them (docs/adr/0014). The privacy page states it.',
        ),
      mailOutboxDays: z.coerce
        .number()
        .int()
        .min(1)
        .max(3650)
        .default(7)
        .describe(
          'Days the development outbox (no `mail.smtpUrl`) keeps its mails in the database before the purge deletes them; the `.eml` files of `mail.outboxDir` are not purged. Mails sent by SMTP are not stored.',
        ),
      pendingCredentialHours: z.coerce
        .number()
        .int()
        .min(1)
        .max(720)
        .default(24)
        .describe(
          'Hours an authenticator-app enrolment never confirmed (its first code never typed) keeps its sealed seed in the database before the purge deletes it; after that the user starts again (docs/adr/0051).',
        ),
      purgeIntervalMinutes: z.coerce
        .number()
        .int()
        .min(0)
        .max(1440)
        .default(60)
        .describe(
          'How often each node tries the purge (the first try a minute after start; one node at a time runs it). 0 turns the purge off: only where another job applies the same periods.',
        ),
    })
    .default({
      signInEventsDays: 365,
      auditDays: 730,
      mailOutboxDays: 7,
      pendingCredentialHours: 24,
      purgeIntervalMinutes: 60,
    }),
  organisation: organisationSchema,
  organisationTree: organisationTreeSchema,
  sms: smsSchema,
  registrationCampaign: registrationCampaignSchema,
  dashboard: dashboardSchema,
  eid: eidSchema,
});

export type SesameConfig = z.infer<typeof configSchema>;
