import { pathToFileURL } from 'node:url';
import { ConfigError, loadConfig, rotateKeysCommand } from '@sesame/server';

/**
 * `npm run keys:rotate -- devices|oidc` (ADR 0026 §2.10): rotates one of the server's key files
 * in place (apps/server/src/keys/). Give the file to every node, then restart them. A wrong
 * argument or an unreadable file exits 2, like a configuration error at start.
 */
export function runRotateKeys(args: readonly string[]): void {
  try {
    console.log(rotateKeysCommand(args, loadConfig(), new Date()));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exitCode = 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runRotateKeys(process.argv.slice(2));
