import { loadConfig, rotateKeyRingFile } from '@sesame/server';

/**
 * Rotates the OpenID Connect key ring (docs/adr/0005-openid-connect.md): the key published since
 * the last rotation starts signing, the one that signed stays published for verification. Give
 * the file to every node, then restart them.
 */
const path = loadConfig().oidc.keysFile;
const ring = rotateKeyRingFile(path, new Date());
console.log(`rotated ${path}: now signing with ${ring.active.keys.map((key) => `${key.alg} ${key.kid}`).join(', ')}`);
