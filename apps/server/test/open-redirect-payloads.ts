/**
 * Open-redirect payloads for the tests of src/http/safe-redirect.ts (issue #10 finding 3). A selection
 * adapted from PayloadsAllTheThings, "Open Redirect/Intruder/Open-Redirect-payloads.txt"
 * (https://github.com/swisskyrepo/PayloadsAllTheThings, commit 404afd1d719b59c2a7600b83b5ed4583f8c822e9,
 * MIT licence): the attacker's host is `evil.example`, the trusted one the portal's test host, plus
 * the cases of the issue (tab, CR/LF, very long values, unicode look-alikes).
 *
 * Each payload is written as it appears in an address (percent-encoded where the list has it);
 * the server receives it decoded once. `stays` is the page a payload received *literally* may
 * still name: a harmless path of the portal (e.g. "/javascript:alert(1)" is a 404 here, not a
 * script); absent, it must end on the portal's own page.
 */
export const TRUSTED_HOST = 'sesame.example.fr';

export interface RedirectPayload {
  payload: string;
  stays?: string;
}

const T = TRUSTED_HOST;

export const OPEN_REDIRECT_PAYLOADS: readonly RedirectPayload[] = [
  // Scheme-relative and absolute addresses, with the trusted host as userinfo.
  { payload: '//evil.example/%2f..' },
  { payload: `//${T}@evil.example/%2f..` },
  { payload: '///evil.example/%2f..' },
  { payload: `///${T}@evil.example/%2f..` },
  { payload: '////evil.example/%2f..' },
  { payload: 'https://evil.example/%2f..' },
  { payload: `https://${T}@evil.example/%2f..` },
  { payload: '/https://evil.example/%2f..' },
  { payload: `/https://${T}@evil.example/%2f..` },
  { payload: '//evil.example/%2f%2e%2e' },
  { payload: '////evil.example/%2f%2e%2e' },
  { payload: '//evil.example/' },
  { payload: '///evil.example/' },
  { payload: 'https://evil.example/' },
  { payload: '//evil.example//' },
  { payload: '//https://evil.example//' },
  { payload: '//evil.example/%2e%2e%2f' },
  { payload: 'https:///evil.example/%2e%2e' },
  { payload: '//https:///evil.example/%2e%2e' },
  { payload: `//${T}@https:///evil.example/%2e%2e` },
  { payload: '/https:///evil.example/%2f%2e%2e' },
  // Tab and backslash, raw and encoded.
  { payload: '/%09/evil.example' },
  { payload: `/%09/${T}@evil.example` },
  { payload: '//%09/evil.example' },
  { payload: '///%09/evil.example' },
  { payload: 'https://%09/evil.example' },
  { payload: '/%5cevil.example' },
  { payload: `/%5c${T}@evil.example` },
  { payload: '//%5cevil.example' },
  { payload: 'https://%5cevil.example' },
  { payload: '/https://%5cevil.example' },
  { payload: '\\/\\/evil.example/' },
  { payload: '/\\/evil.example/' },
  { payload: '/\\evil.example' },
  { payload: '//evil.example\\@' + T },
  { payload: `https://:@evil.example\\@${T}` },
  // Schemes.
  { payload: 'javascript:alert(1);' },
  { payload: 'javascript:alert(1)' },
  { payload: '//javascript:alert(1);' },
  { payload: '/javascript:alert(1);', stays: '/javascript:alert(1);' },
  { payload: '/javascript:alert(1)', stays: '/javascript:alert(1)' },
  { payload: '/%5cjavascript:alert(1);' },
  { payload: '//%5cjavascript:alert(1)' },
  { payload: '/%09/javascript:alert(1);' },
  { payload: 'java%0d%0ascript%0d%0a:alert(0)' },
  { payload: `javascript://${T}?%a0alert%281%29` },
  { payload: 'data:text/html,<script>alert(1)</script>' },
  { payload: '<>javascript:alert(1);' },
  { payload: '<>//evil.example' },
  { payload: '";alert(0);//' },
  { payload: 'ja\\nva\\tscript\\r:alert(1)' },
  { payload: '\\x6A\\x61\\x76\\x61\\x73\\x63\\x72\\x69\\x70\\x74\\x3aalert(1)' },
  // Look-alikes, odd hosts and encodings.
  { payload: 'https:evil.example' },
  { payload: '//evil%E3%80%82example' },
  { payload: '//evil%00.example' },
  { payload: `https://${T}/https://evil.example/` },
  { payload: 'http://0xd8.0x3a.0xd6.0xce' },
  { payload: `http://${T}@3627734734` },
  { payload: 'http://[::ffff:216.58.214.206]' },
  { payload: `http:${T}@0xd83ad6ce` },
  { payload: '〱evil.example' },
  { payload: '/〱evil.example' },
  { payload: '/ゝevil.example' },
  { payload: '/ｰevil.example' },
  { payload: '%68%74%74%70%3a%2f%2f%65%76%69%6c%2e%65%78%61%6d%70%6c%65' },
  { payload: 'http://%65%76%69%6c%2e%65%78%61%6d%70%6c%65' },
  { payload: `http://evil.example:80#@${T}/` },
  { payload: `http://evil.example:80?@${T}/` },
  // The issue's own cases and their neighbours.
  { payload: '/%0a/evil.example' },
  { payload: '/account%0d%0aSet-Cookie:%20x=1' },
  { payload: '/account%0aLocation:%20https://evil.example' },
  { payload: '/%2f%2fevil.example' },
  { payload: '/%5c%5cevil.example' },
  { payload: '/.//evil.example' },
  { payload: '/account/..//evil.example' },
  { payload: '/@evil.example', stays: '/@evil.example' },
  { payload: '/%40evil.example', stays: '/%40evil.example' },
  { payload: `/${'a'.repeat(5000)}` },
  { payload: '/%' },
  { payload: '/%e9' },
  { payload: ' /account' },
  { payload: '/account ' },
];
