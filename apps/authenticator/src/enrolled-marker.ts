/**
 * "On mobile" (docs/adr/0007): the portal's password page, served from this origin, offers
 * "On mobile" only in a browser whose Sésame app holds an active account. It cannot read the
 * app's IndexedDB state cheaply, so the app leaves it this marker in localStorage — the same
 * origin, read by apps/server/public/sign-in-mobile.js. Nothing secret: it says only that an
 * account is active here, which the portal's page shows to the person holding the phone.
 */
export const ENROLLED_MARKER = 'sesame-app-enrolled';

/** Sets the marker while an account is active, removes it when none is left. */
export function syncEnrolledMarker(enrolled: boolean, storage: Pick<Storage, 'setItem' | 'removeItem'>): void {
  try {
    if (enrolled) storage.setItem(ENROLLED_MARKER, '1');
    else storage.removeItem(ENROLLED_MARKER);
  } catch {
    // Storage refused (privacy settings, quota): the portal then behaves as on a computer.
  }
}
