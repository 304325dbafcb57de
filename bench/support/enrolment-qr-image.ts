import { qrTextInPage } from '@sesame/server/testing';

/**
 * The text of the enrolment QR on the portal's "Add a device" page, read from its image (the
 * page carries no other copy of the text, and a bench must not reach into the server process).
 */
export function enrolmentQrText(html: string): string {
  return qrTextInPage(html, 'enrolment-qr');
}
