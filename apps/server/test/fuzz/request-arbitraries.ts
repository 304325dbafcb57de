import fc from 'fast-check';
import { COOKIES } from '../../src/http/cookies';

/**
 * Generated HTTP requests for the fuzz suite: hostile values for every part a client controls —
 * path parameters, query strings, bodies (form, JSON, neither), cookies and headers. The values
 * mix what real attack lists send (open-redirect payloads, CRLF, encoded slashes, huge values,
 * type confusion) with plausible ones, so requests reach past the first validation too.
 */

/** A route as the app registered it, e.g. `GET /account/devices/:id/rename`. */
export interface FuzzRoute {
  method: string;
  url: string;
}

/**
 * Who sends the request: nobody, a password-only session, a browser half-way through a sign-in
 * (the e-mail step done), a signed-in browser asked to sign in again (`/login?reauth=1`) with
 * the generated `returnTo` to come back to, or the owner of an enrolled phone: a password-only
 * session of that account and the phone's signature on the request (device API).
 */
export type Identity = 'anonymous' | 'signed-in' | 'mid-sign-in' | 'reauthenticating' | 'with-device';

/** What the suite knows of the fixtures, to make some values valid-looking. */
export interface FuzzContext {
  publicOrigin: string;
  email: string;
  password: string;
  userId: string;
  /** The enrolled phone of the `with-device` account. */
  deviceId: string;
}

export interface GeneratedRequest {
  identity: Identity;
  /** The `return_to` of the re-authentication (identity `reauthenticating` only). */
  returnTo: string;
  /** Send the jar's CSRF token as `_csrf` (form bodies only). */
  withCsrf: boolean;
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Cookies added to (or replacing) the identity's. `null`: a raw Cookie header instead. */
  cookies: Record<string, string> | null;
  rawCookie: string | null;
  body: GeneratedBody;
}

export type GeneratedBody =
  | { kind: 'none' }
  | { kind: 'form'; fields: Array<[string, string]> }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; contentType: string | null; text: string };

/** Parameter and field names the routes read, plus a few they do not. */
const KNOWN_NAMES = [
  'service',
  'ticket',
  'return_to',
  'lang',
  'token',
  'renew',
  'gateway',
  'method',
  'format',
  'pgtUrl',
  'targetService',
  'pgt',
  'url',
  'email',
  'password',
  'currentPassword',
  'newPassword',
  'newPasswordConfirm',
  'passwordConfirm',
  'newEmail',
  'emailConfirm',
  'firstName',
  'lastName',
  'emailLocale',
  'privacyAccepted',
  'name',
  'pin',
  'pinConfirm',
  'code',
  'answer',
  'reason',
  'cancel',
  'id',
  'reauth',
  'client_id',
  'redirect_uri',
  'response_type',
  'scope',
  'state',
  'nonce',
  'code_challenge',
  'code_challenge_method',
  'prompt',
  'max_age',
  'acr_values',
  'id_token_hint',
  'post_logout_redirect_uri',
  'grant_type',
  'client_secret',
  'refresh_token',
  'code_verifier',
  'logout',
  'xsrf',
  '_csrf',
  '__proto__',
  'constructor',
  'toString',
  '',
];

/** Values attack lists send; a few plausible ones so some requests pass the first check. */
const NASTY_VALUES = [
  '',
  ' ',
  '/',
  '//evil.example/',
  '/%09/evil.example/',
  '/\\evil.example',
  '\\\\evil.example',
  '/\t/evil.example',
  '/\r\nSet-Cookie: x=1',
  '\n',
  'https://evil.example/',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '%2F%2Fevil.example',
  '/%2e%2e/%2e%2e/etc/passwd',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR 1=1 --",
  '${7*7}{{7*7}}',
  '\u0000',
  '\u202e\u200b\ufeff',
  '𝕊é𝕤𝕒𝕞𝕖 🐢',
  'null',
  'undefined',
  'true',
  '-1',
  '0',
  '1e309',
  'NaN',
  '[object Object]',
  'https://std.example.org/app',
  'https://traces.example.eu/cas',
  'https://web.example.org/oidc/callback',
  'web-app',
  'spa',
  'openid email',
  'code',
  'S256',
  'ST-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'PGT-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'en',
  'fr',
  'de',
  'PASSWORD',
  'MEDIUM',
  '123456',
  'correct horse battery staple',
];

const unicodeText = fc.string({ unit: 'binary', maxLength: 40 });
const controlText = fc.string({
  unit: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  maxLength: 6,
});
/** Long values: past column limits, past `id.length > 100` guards, past header limits. */
const longText = fc
  .tuple(fc.constantFrom('a', '/', '%', '€', '𝕊', '\n', 'x'), fc.integer({ min: 101, max: 20_000 }))
  .map(([unit, times]) => unit.repeat(times));

/** Open-redirect payloads (the usual lists: tabs, CR/LF, backslashes, `//`, encoded slashes, schemes). */
const REDIRECT_PAYLOADS = [
  '/account',
  '//evil.example',
  '/%09/evil.example/',
  '/\t/evil.example/',
  '/\\evil.example',
  '/\r\n/evil.example',
  '/\nLocation: https://evil.example',
  '/%0d%0aSet-Cookie:x=1',
  '/%2F%2Fevil.example',
  '/%5Cevil.example',
  '/.//evil.example',
  '/ /evil.example',
  'https:evil.example',
  'https://evil.example',
  '\\/evil.example',
  '/\u3002evil.example',
  '/\u0000',
  '/é?x=\u202e',
];

export function redirectArbitrary(context: FuzzContext): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...REDIRECT_PAYLOADS),
    // A path whose rest is anything at all.
    textArbitrary(context).map((text) => `/${text}`),
    textArbitrary(context),
  );
}

export function textArbitrary(context: FuzzContext): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...NASTY_VALUES) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        context.email,
        context.password,
        context.userId,
        context.deviceId,
        context.publicOrigin,
      ),
    },
    { weight: 3, arbitrary: unicodeText },
    { weight: 1, arbitrary: controlText },
    { weight: 1, arbitrary: longText },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY_VALUES).map((value) => `${context.publicOrigin}${value}`) },
  );
}

const nameArbitrary = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KNOWN_NAMES) },
  { weight: 1, arbitrary: unicodeText },
  // PHP/qs-style arrays and nesting: `a[]=1&a[b]=2`.
  { weight: 1, arbitrary: fc.constantFrom(...KNOWN_NAMES).map((name) => `${name}[]`) },
  { weight: 1, arbitrary: fc.constantFrom(...KNOWN_NAMES).map((name) => `${name}[x][y]`) },
);

/** encodeURIComponent, lone surrogates (which it refuses) replaced first. */
const encode = (text: string) => encodeURIComponent(text.replace(/[\ud800-\udfff]/gu, '\ufffd'));

/** Encodes a query or form component one of several ways, including broken %-escapes. */
function encodings(text: string): fc.Arbitrary<string> {
  return fc.constantFrom(
    encode(text),
    encode(text).replace(/%2F/g, '/'),
    // Raw, except what would end the component or break the HTTP request line.
    text
      .replace(/[^\x21-\x7e]/gu, (char) => encode(char))
      .replace(/[&#=]/g, (char) => `%${char.charCodeAt(0).toString(16)}`),
    `${encode(text)}%`,
    `%zz${encode(text)}%E0%A4`,
    `%25${encode(text)}%00`,
  );
}

function pairArbitrary(context: FuzzContext) {
  return fc.tuple(nameArbitrary, textArbitrary(context));
}

function queryArbitrary(context: FuzzContext): fc.Arbitrary<string> {
  const encodedPair = pairArbitrary(context).chain(([name, value]) =>
    fc.tuple(encodings(name), encodings(value)).map(([n, v]) => (value === '' && name === '' ? '' : `${n}=${v}`)),
  );
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant('') },
    {
      weight: 6,
      arbitrary: fc
        // Repeated keys come from drawing the same known name twice.
        .array(encodedPair, { maxLength: 8 })
        .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.join('&')}`)),
    },
    { weight: 1, arbitrary: fc.constantFrom('?', '?&&&', '?=', '?a', '?a=1&a=2&a=3', '?%', '?#frag', '??x=1') },
  );
}

/** Path segments for parameters and wildcards: encoded junk, traversal, huge, plausible ids. */
function segmentArbitrary(context: FuzzContext): fc.Arbitrary<string> {
  return fc.oneof(
    textArbitrary(context).chain((text) => encodings(text)),
    fc.constantFrom('%2e%2e', '..', '%2F', '%00', '%', context.deviceId, context.userId, 'a'.repeat(300)),
  );
}

/** The endpoints oidc-provider serves under its mount; the fuzzer also makes up others. */
const OIDC_PATHS = [
  '',
  '/',
  '/.well-known/openid-configuration',
  '/auth',
  '/token',
  '/jwks',
  '/me',
  '/session/end',
  '/session/end/confirm',
  '/session/end/success',
  '/token/introspection',
  '/token/revocation',
  '/reg',
  '/request',
  '/device/auth',
  '/backchannel',
];

function pathArbitrary(route: FuzzRoute, context: FuzzContext): fc.Arbitrary<string> {
  // Fastify's syntax: `:name` parameters and a trailing `*` wildcard.
  const parts = route.url.split(/(:[A-Za-z0-9_]+|\*$)/).filter((part) => part !== '');
  const pieces = parts.map((part) => {
    if (part.startsWith(':')) return segmentArbitrary(context);
    if (part !== '*') return fc.constant(part);
    if (route.url === '/oidc/*')
      return fc
        .tuple(fc.constantFrom(...OIDC_PATHS), fc.option(segmentArbitrary(context), { nil: undefined }))
        .map(([path, extra]) => `${path.replace(/^\//, '')}${extra === undefined ? '' : `/${extra}`}`);
    return fc.array(segmentArbitrary(context), { maxLength: 3 }).map((segments) => segments.join('/'));
  });
  return fc.tuple(...pieces).map((values) => values.join(''));
}

function jsonArbitrary(context: FuzzContext): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(
    textArbitrary(context),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant([]),
    fc.constant({}),
  );
  const known = fc.dictionary(
    fc.constantFrom(...KNOWN_NAMES, 'publicKey', 'deviceId', 'signature', 'challengeId'),
    fc.oneof(leaf, fc.jsonValue({ maxDepth: 3 })),
    {
      maxKeys: 6,
    },
  );
  return fc.oneof(
    known,
    fc.jsonValue({ maxDepth: 4 }),
    // Deep nesting, past what a recursive walker handles gracefully.
    fc.integer({ min: 50, max: 2000 }).map((depth) => {
      let value: unknown = 'leaf';
      for (let i = 0; i < depth; i++) value = { a: value };
      return value;
    }),
  );
}

function bodyArbitrary(context: FuzzContext): fc.Arbitrary<GeneratedBody> {
  const contentTypes = fc.constantFrom(
    null,
    'application/x-www-form-urlencoded',
    'application/json',
    'application/json; charset=utf-16',
    'text/plain',
    'multipart/form-data; boundary=x',
    'application/xml',
    'application/x-www-form-urlencoded; charset=latin1',
    '*/*',
    'garbage',
    '',
  );
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant<GeneratedBody>({ kind: 'none' }) },
    {
      weight: 5,
      arbitrary: fc
        .array(pairArbitrary(context), { maxLength: 10 })
        .map((fields): GeneratedBody => ({ kind: 'form', fields })),
    },
    { weight: 2, arbitrary: jsonArbitrary(context).map((value): GeneratedBody => ({ kind: 'json', value })) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          contentTypes,
          fc.oneof(
            fc.constantFrom('{', '{"a":', '[1,2', 'null', '"x"', '{"__proto__":{"polluted":1}}', '%%%', 'a=%zz&b'),
            unicodeText,
            // Past the 64 KiB body limit.
            fc.constant('x'.repeat(70 * 1024)),
          ),
        )
        .map(([contentType, text]): GeneratedBody => ({ kind: 'raw', contentType, text })),
    },
  );
}

/** Header values a client can put on the wire (visible ASCII and spaces; obs-text too). */
const headerValue = fc.string({
  unit: fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)) },
    { weight: 1, arbitrary: fc.integer({ min: 0x80, max: 0xff }).map((code) => String.fromCharCode(code)) },
  ),
  maxLength: 60,
});

function headersArbitrary(context: FuzzContext): fc.Arbitrary<Record<string, string>> {
  const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 });
  return fc
    .record({
      origin: optional(
        fc.oneof(fc.constantFrom(context.publicOrigin, 'null', 'https://evil.example', ''), headerValue),
      ),
      host: optional(
        fc.oneof(fc.constantFrom('evil.example', 'localhost:0', '[::1]', 'a'.repeat(300), ''), headerValue),
      ),
      'accept-language': optional(
        fc.oneof(
          fc.constantFrom('en', 'fr-FR,fr;q=0.9', '*', 'xx;q=abc', ';;;,,q=', 'en;q=1e999', 'zh-Hant-TW'),
          headerValue,
        ),
      ),
      'x-forwarded-for': optional(
        fc.oneof(fc.constantFrom('203.0.113.7', '::1, 10.0.0.1', 'unknown', '999.999.1.1', ', ,'), headerValue),
      ),
      'x-forwarded-proto': optional(fc.constantFrom('https', 'http', 'gopher', '')),
      'x-forwarded-host': optional(fc.oneof(fc.constantFrom('evil.example'), headerValue)),
      accept: optional(fc.constantFrom('text/event-stream', 'application/json', 'text/html', '*/*', 'application/xml')),
      authorization: optional(
        fc.oneof(
          fc.constantFrom('SesameDevice a.b.c', 'SesameDevice ...', 'Basic d2ViLWFwcDp4', 'Bearer x', 'SesameDevice '),
          headerValue,
        ),
      ),
      'user-agent': optional(headerValue),
    })
    .map((record) => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(record)) if (value !== undefined) headers[name] = value;
      return headers;
    });
}

/** Cookies a browser (or an attacker's script) could send. */
function cookiesArbitrary(context: FuzzContext) {
  // Every cookie the portal sets (from its one list, so that a new one is fuzzed too), the OIDC
  // engine's, and a stranger.
  const names = fc.constantFrom(...Object.values(COOKIES), '_session', '_interaction', 'sesame');
  const values = fc.oneof(
    // Valid-looking but unknown: a 43-character base64url token.
    fc.string({ unit: fc.constantFrom(...'ABCDEFabcdef0123456789_-'), minLength: 43, maxLength: 43 }),
    textArbitrary(context),
  );
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant({ cookies: {} as Record<string, string>, raw: null as string | null }) },
    { weight: 3, arbitrary: fc.dictionary(names, values, { maxKeys: 3 }).map((cookies) => ({ cookies, raw: null })) },
    {
      weight: 1,
      arbitrary: fc
        .oneof(
          fc.constantFrom(
            '=',
            ';;;',
            '__Host-sesame-session',
            '__Host-sesame-session=; =x',
            'a="unterminated',
            '%zz=%zz',
          ),
          headerValue,
        )
        .map((raw) => ({ cookies: {}, raw })),
    },
  );
}

export function requestArbitrary(route: FuzzRoute, context: FuzzContext): fc.Arbitrary<GeneratedRequest> {
  const hasBody = route.method !== 'GET' && route.method !== 'HEAD';
  const hostile = fc.record({
    withCsrf: fc.boolean(),
    headers: headersArbitrary(context),
    cookies: cookiesArbitrary(context),
    body: hasBody ? bodyArbitrary(context) : fc.constant<GeneratedBody>({ kind: 'none' }),
  });
  // Half the requests are what a browser would send (the form with its CSRF token, the right
  // Origin or none, no stray cookies) with hostile values inside: they get past the CSRF check
  // and reach the routes' own validation.
  const plausible = fc.record({
    withCsrf: fc.constant(true),
    headers: fc.tuple(fc.boolean(), fc.constantFrom('en', 'fr', 'xx;q=abc')).map(([origin, language]) => ({
      'accept-language': language,
      ...(origin ? { origin: context.publicOrigin } : {}),
    })),
    cookies: fc.constant({ cookies: {} as Record<string, string>, raw: null as string | null }),
    body: hasBody
      ? fc
          .tuple(
            fc.array(pairArbitrary(context), { maxLength: 10 }),
            // The right e-mail and password now and then, so the paths after them are reached.
            fc.subarray([
              ['email', context.email],
              ['password', context.password],
              ['currentPassword', context.password],
            ] as Array<[string, string]>),
          )
          .map(([fields, credentials]): GeneratedBody => ({ kind: 'form', fields: [...credentials, ...fields] }))
      : fc.constant<GeneratedBody>({ kind: 'none' }),
  });
  return fc
    .record({
      identity: fc.constantFrom<Identity>('anonymous', 'signed-in', 'mid-sign-in', 'reauthenticating', 'with-device'),
      returnTo: redirectArbitrary(context),
      path: pathArbitrary(route, context),
      query: queryArbitrary(context),
      envelope: fc.oneof(hostile, plausible),
    })
    .map(({ identity, returnTo, path, query, envelope }) => ({
      identity,
      returnTo,
      withCsrf: envelope.withCsrf,
      method: route.method,
      url: `${path}${query}`,
      headers: envelope.headers,
      cookies: envelope.cookies.raw === null ? envelope.cookies.cookies : null,
      rawCookie: envelope.cookies.raw,
      body: envelope.body,
    }));
}
