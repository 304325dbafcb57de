import type { SesameConfig } from '../config/config-schema';
import { ConfigError } from '../config/load-config';
import { vapidKeyFilePath } from '../push/vapid-keys';
import { deviceKeysSpec } from './device-keys-spec';
import { rotateKeyFile } from './key-file';
import { oidcKeyRingSpec } from './oidc-key-ring-spec';
import { vapidKeysSpec } from './vapid-keys-spec';

export const ROTATE_KEYS_USAGE = 'usage: npm run keys:rotate -- devices|oidc';

type KeyFilesConfig = Pick<SesameConfig, 'devices' | 'oidc' | 'webPush'>;

/**
 * `npm run keys:rotate -- devices|oidc` (tools/rotate-keys.ts): rotates one key file in place and
 * says what now signs or seals. Every node must then get the same file and restart
 * (docs/adr/0005-openid-connect.md for the OIDC ring). `vapid` is refused with its reason
 * (keys/vapid-keys-spec.ts). Bad usage and unreadable files are ConfigErrors (exit 2).
 */
export function rotateKeysCommand(args: readonly string[], config: KeyFilesConfig, now: Date): string {
  const [which, ...rest] = args;
  if (rest.length > 0) throw new ConfigError(ROTATE_KEYS_USAGE);
  switch (which) {
    case 'devices': {
      const path = config.devices.keysFile;
      const { vault, signing } = rotateKeyFile(deviceKeysSpec, path, now);
      return (
        `rotated ${path}: vault key ${vault.currentKeyId} now seals, ${Object.keys(vault.keys).length} keys open; ` +
        `offline signer ${signing.kid} kept`
      );
    }
    case 'oidc': {
      const path = config.oidc.keysFile;
      const ring = rotateKeyFile(oidcKeyRingSpec, path, now);
      return `rotated ${path}: now signing with ${ring.active.keys.map((key) => `${key.alg} ${key.kid}`).join(', ')}`;
    }
    case 'vapid':
      // Throws before reading the file: a VAPID file has no rotation.
      rotateKeyFile(vapidKeysSpec, vapidKeyFilePath(config), now);
      throw new ConfigError(ROTATE_KEYS_USAGE);
    default:
      throw new ConfigError(ROTATE_KEYS_USAGE);
  }
}
