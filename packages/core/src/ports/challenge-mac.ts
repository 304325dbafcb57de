/**
 * A server-held MAC key for challenges that are stateless until used (docs/adr/0029 §8): the
 * first screen's passkey challenge is issued without writing anything, and proven ours when it
 * comes back. Keys have ids so they rotate: `sign` uses the current one, `verify` any known one.
 * The server's is derived from the device key file's vault keys (devices/device-keys.ts).
 */
export interface ChallengeMac {
  /** The key `sign` uses (a node reads its keys at start; a rotation takes effect on restart). */
  readonly currentKeyId: string;
  /** The MAC of `data` under the current key. */
  sign(data: Uint8Array): Uint8Array;
  /** True when `mac` is `data`'s under key `keyId` (compared in constant time); false for an unknown key. */
  verify(keyId: string, data: Uint8Array, mac: Uint8Array): boolean;
}
