import { APP_PREFIX } from '../routes/authenticator-app';
import { qrImage } from './qr-image';

/** How a page offers the Sésame app (issue 11, point 1): its address, as a QR, and where it is opened. */
export interface AppOffer {
  /** The absolute address of the PWA, `${publicUrl}/app/`. */
  url: string;
  /** That address as a QR image (`data:` URL), for the phone's own camera. */
  qrImage: string;
  /** The page is opened on a phone: offer the app directly rather than a QR to scan. */
  mobile: boolean;
}

/** The app's address on this portal: the PWA served under /app/ (routes/authenticator-app.ts). */
export function appUrl(publicUrl: string): string {
  return new URL(APP_PREFIX, publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`).href;
}

// Phones and tablets announce themselves so: Android, iPhone, iPad (older iPadOS), or the
// generic "Mobile" token that mobile browsers add (MDN, "Browser detection using the user agent").
const MOBILE_USER_AGENT = /Android|iPhone|iPad|iPod|Mobile/i;

export function isMobileUserAgent(userAgent: string | undefined): boolean {
  return userAgent !== undefined && MOBILE_USER_AGENT.test(userAgent);
}

export async function appOffer(publicUrl: string, userAgent: string | undefined): Promise<AppOffer> {
  const url = appUrl(publicUrl);
  return { url, qrImage: await qrImage(url), mobile: isMobileUserAgent(userAgent) };
}
