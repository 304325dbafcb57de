import type { BenchDevice } from './bench-device';
import { enrolmentQrText } from './enrolment-qr-image';
import type { LoadClient } from './load';
import { signIn } from './sign-in-flow';

/**
 * Enrols `device` for an account as a person does (annex steps 2–4): sign in with the password
 * on the portal at `portal`, "Add a device" with a name and the PIN twice, scan the QR, type
 * the PIN in the app. `deviceServer` is the base URL the app talks to (EnrolOptions.server),
 * when it is not the QR's origin: another node behind the same public URL.
 */
export async function enrolThroughPortal(
  client: LoadClient,
  portal: string,
  account: { email: string; password: string },
  device: BenchDevice,
  options: { pin: string; name: string; deviceServer?: string },
): Promise<void> {
  const cookies = await signIn(client, portal, account.email, account.password);
  const page = await client.request(`${portal}/account/devices/new`, {
    cookies,
    form: {
      name: options.name,
      pin: options.pin,
      pinConfirm: options.pin,
      _csrf: cookies.get('__Host-sesame-csrf')!,
    },
  });
  if (page.status !== 200)
    throw new Error(
      `add a device: HTTP ${page.status} ${page.body
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .slice(0, 600)}`,
    );
  await device.authenticator.enrol(
    enrolmentQrText(page.body),
    options.pin,
    options.deviceServer ? { server: options.deviceServer } : {},
  );
}
