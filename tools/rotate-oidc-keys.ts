import { runRotateKeys } from './rotate-keys';

/**
 * `npm run oidc:rotate-keys`, kept as an alias of `npm run keys:rotate -- oidc` (ADR 0026 §2.10):
 * the key published since the last rotation starts signing, the one that signed stays published
 * for verification (docs/adr/0005-openid-connect.md). Give the file to every node, then restart them.
 */
runRotateKeys(['oidc']);
