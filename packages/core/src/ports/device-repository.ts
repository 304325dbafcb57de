/**
 * The Sésame app installations enrolled on accounts (design §5). The device secret is stored
 * encrypted at rest (AES-256-GCM under a key ring with key ids, so keys rotate); the server
 * keeps the device's public key to verify its signatures.
 */
export type DeviceStatus = 'pending' | 'active' | 'blocked';

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
  /** Wrong answers in a row (PIN-code and QR-code modes together); 5 block the device. */
  failedAnswers: number;
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

export interface DeviceRepository {
  create(device: DeviceRecord): Promise<void>;
  findById(id: string): Promise<DeviceRecord | null>;
  /** Oldest first. */
  listByUser(userId: string): Promise<DeviceRecord[]>;
  listByInstallation(installationId: string): Promise<DeviceRecord[]>;
  /** False when no such device. */
  update(id: string, patch: DevicePatch): Promise<boolean>;
  /**
   * Atomically counts one more wrong answer and blocks the device when the count reaches
   * `blockAfter`; returns the new count and status (null when no such device).
   */
  recordFailedAnswer(id: string, blockAfter: number): Promise<{ failedAnswers: number; status: DeviceStatus } | null>;
  /** A right answer: the count of wrong answers in a row starts again. */
  resetFailedAnswers(id: string): Promise<void>;
  /** True when a device was deleted. */
  delete(id: string): Promise<boolean>;
  /** Returns how many were deleted. */
  deleteAllOfUser(userId: string): Promise<number>;
  /** Deletes the 'pending' devices created before `before` (never confirmed); returns how many. */
  deletePendingBefore(before: Date): Promise<number>;
}
