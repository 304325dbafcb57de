import type { Strength } from '@sesame/protocol';
import type { MobileDeviceFactor } from '../sessions/sso-session';
import type { ChallengeMethodId, MethodData, MethodId } from './state';
import type { LoginTarget } from './target';

/** Why a pending challenge ended and the sign-in went back to the password step. */
export type EndReason =
  'denied' | 'reported' | 'failed' | 'cancelled' | 'blocked' | 'gone' | 'credentials-changed' | 'too-old';

/** What may happen to a sign-in (docs/adr/0026 §2.3). */
export type SignInEvent =
  | { readonly type: 'AddressGiven'; readonly email: string }
  | { readonly type: 'AddressCleared' }
  | {
      readonly type: 'ReturnRequested';
      readonly returnTo: string;
      readonly email?: string;
      /** The page opens only with a second factor (docs/adr/0050 §1). */
      readonly secondFactor?: true;
    }
  | { readonly type: 'ReauthRequested'; readonly email: string; readonly returnTo: string }
  | { readonly type: 'AppRequested'; readonly target: LoginTarget; readonly knownEmail?: string }
  | { readonly type: 'PasswordAccepted'; readonly userId: string; readonly chosen: MethodId; readonly at: number }
  /** The password was right and neither the preferred nor the last used method fits: the account's chooser (docs/adr/0034 §3). */
  | {
      readonly type: 'ChooserOpened';
      readonly userId: string;
      readonly presented: readonly Strength[];
      readonly at: number;
      readonly lastUsed?: string | null;
    }
  | {
      readonly type: 'ChallengeStarted';
      readonly method: ChallengeMethodId;
      readonly userId: string | null;
      readonly presented: readonly Strength[];
      readonly at: number;
      readonly expiresAt: number;
      readonly data: MethodData;
      /** The account's last used method read at the password step (null: none); absent: not read. */
      readonly lastUsed?: string | null;
    }
  | { readonly type: 'ChallengeRenewed'; readonly expiresAt: number; readonly data: MethodData; readonly at: number }
  | {
      readonly type: 'AnswerAccepted';
      readonly userId: string;
      readonly mobileDevices: readonly MobileDeviceFactor[];
      readonly credentialsChangedAt: number;
      /** What the method proves (its `strengths`): what the session gets. */
      readonly strengths: readonly Strength[];
      /** The method's `afterwards` was 'set-up-factor' (docs/adr/0028). */
      readonly setUpFactor?: true;
    }
  /** "Sign in with a passkey" verified (docs/adr/0029 §5): the account the passkey named. */
  | {
      readonly type: 'PasskeyAccepted';
      readonly userId: string;
      readonly strengths: readonly Strength[];
      /** The passkey, told to applications (EU Login's webAuthnDevice; docs/adr/0032 §4). */
      readonly devices?: readonly MobileDeviceFactor[];
    }
  /**
   * "Sign in with eID" verified (docs/adr/0042): the account that linked the eID, at the level
   * its acr was mapped to (EIDAS, EIDAS_BASIC or EIDAS_HIGH).
   */
  | { readonly type: 'EidAccepted'; readonly userId: string; readonly strengths: readonly Strength[] }
  | { readonly type: 'AnswerRefused'; readonly data?: MethodData }
  | { readonly type: 'ChallengeEnded'; readonly reason: EndReason }
  | { readonly type: 'Kept'; readonly userId: string; readonly email: string; readonly target: LoginTarget };
