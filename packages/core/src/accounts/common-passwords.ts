import { readFileSync } from 'node:fs';

let cached: ReadonlySet<string> | undefined;

/**
 * The blocklist shipped with Sésame: the common and breached passwords of zxcvbn-ts'
 * language-common list (MIT, see data/common-passwords.LICENSE.txt) of 8 characters or more,
 * plus common French choices, lower-cased after NFKC. Loaded once.
 */
export function commonPasswords(): ReadonlySet<string> {
  cached ??= new Set(
    readFileSync(new URL('./data/common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.length > 0),
  );
  return cached;
}
