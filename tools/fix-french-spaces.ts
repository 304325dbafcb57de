import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withFrenchSpaces } from './typography';

/**
 * Puts the non-breaking spaces of French typography into the French catalogues' strings, where
 * tools/catalogue-typography.test.ts wants them (a new string typed with ordinary spaces):
 * `node --import tsx tools/fix-french-spaces.ts`. Only single-quoted string literals change.
 */
const CATALOGUES = ['apps/server/src/i18n/fr.ts', 'apps/authenticator/src/i18n/fr.ts', 'apps/demo-rp/src/i18n/fr.ts'];
const STRING = /'(?:[^'\\\n]|\\.)*'/g;

for (const relative of CATALOGUES) {
  const path = fileURLToPath(new URL(`../${relative}`, import.meta.url));
  const before = readFileSync(path, 'utf8');
  const after = before.replace(STRING, (literal) => withFrenchSpaces(literal));
  if (after !== before) {
    writeFileSync(path, after);
    console.log(`${relative}: French spaces put in`);
  }
}
