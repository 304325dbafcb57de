/**
 * The Sésame app installations enrolled on accounts (design §5). The device secret is stored
 * encrypted at rest (AES-256-GCM under a key ring with key ids, so keys rotate); the server
 * keeps the device's public key to verify its signatures.
 */
export type DeviceStatus = 'pending' | 'active' | 'blocked';
/**
 * What the store keeps: 'pending' until the app accepts it, then 'active'. A block is temporary
 * (`blockedUntil`, issue 10): 'blocked' is the *effective* status computed by core's
 * deviceStatusAt(device, now); a stored 'blocked' (before migration 0003) is read as a block.
 */

export interface DeviceRecord {
  /** Random, URL-safe; also the id the app presents. */
  id: string;
  userId: string;
  /** Chosen on the portal; no spaces (the instruction's annex, step 7). */
  name: string;
  /** The app installation: "one account per device" is checked against it. */
  installationId: string;
  /** The device's ES256 public key, as a JSON Web Key (JSON text). */
  publicKeyJwk: string;
  /** The 256-bit device secret, AES-256-GCM encrypted: `keyId`, then base64url iv‖ciphertext‖tag. */
  secretKeyId: string;
  secretCiphertext: string;
  /** The Web Push subscription (JSON text), when the app gave one. */
  pushSubscription: string | null;
  status: DeviceStatus;
  /**
   * Answers reserved since the last right one (PIN-code and QR-code modes together): counted
   * before the check, refunded when the answer was right; `blockAfter` of them block the device.
   */
  failedAnswers: number;
  /** Until when a block lasts (null: not blocked); the device refuses answers before then. */
  blockedUntil: Date | null;
  /** Blocks since the last right answer: each one lasts longer (devices/device-blocking.ts). */
  blocks: number;
  createdAt: Date;
  activatedAt: Date | null;
  lastUsedAt: Date | null;
}

export type DevicePatch = Partial<
  Pick<
    DeviceRecord,
    'name' | 'status' | 'pushSubscription' | 'activatedAt' | 'lastUsedAt' | 'secretKeyId' | 'secretCiphertext'
  >
>;

export interface AnswerReservation {
  /** The count including this reservation: `blockAfter` means a wrong answer blocks. */
  failedAnswers: number;
  /** Blocks since the last right answer, before this reservation. */
  blocks: number;
}

export interface DeviceRepository {
  create(device: DeviceRecord): Promise<void>;
  findById(id: string): Promise<DeviceRecord | null>;
  /** Oldest first. */
  listByUser(userId: string): Promise<DeviceRecord[]>;
  listByInstallation(installationId: string): Promise<DeviceRecord[]>;
  /** False when no such device. */
  update(id: string, patch: DevicePatch): Promise<boolean>;
  /**
   * Reserves one answer BEFORE it is checked (issue 10: "counters are reserved before the
   * check"), in one conditional write: the count goes up by one only when the device is active,
   * not blocked at `now` and has fewer than `blockAfter` answers reserved. Returns the new count
   * (the reservation's number) and the blocks so far; null when refused — the answer must then
   * not be checked at all.
   */
  reserveAnswer(id: string, blockAfter: number, now: Date): Promise<AnswerReservation | null>;
  /** Gives one reservation back (the answer was right on another device): count − 1, never < 0. */
  refundAnswer(id: string): Promise<void>;
  /**
   * The block, by the holder of reservation number `blockAfter` whose answer was wrong: blocked
   * until `until`, one more block, and the count left at `blockAfter − 1` so that exactly one
   * more answer can be reserved once the block is over.
   */
  blockDevice(id: string, until: Date, blockAfter: number): Promise<void>;
  /**
   * A right answer at `usedAt`: count, blocks and block all start again, and the device's last
   * use is `usedAt` — one write (issue 12 point 5: it was two statements per sign-in).
   */
  recordRightAnswer(id: string, usedAt: Date): Promise<void>;
  /** True when a device was deleted. */
  delete(id: string): Promise<boolean>;
  /** Returns how many were deleted. */
  deleteAllOfUser(userId: string): Promise<number>;
  /** Deletes the 'pending' devices created before `before` (never confirmed); returns how many. */
  deletePendingBefore(before: Date): Promise<number>;
}
