import { intlTag } from '@sesame/protocol';
import { format } from '../../i18n/format-message';
import { Actions, Form } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';
import { dateTimeFormat } from '../../i18n/date-time-format';

/**
 * The enrolment QR (annex steps 8–10): what to do in the app — scan, PIN, then accept the device
 * (annex step 10: the device is active only once accepted) — until when, and a live wait.
 * `devices.js` follows the enrolment events and moves on; without JavaScript "I have finished" does. When
 * the phone refuses this QR at the scan (issue 11: one phone, one person), it goes at once to the
 * page that says why.
 * "Cancel" posts the enrolment token: the QR can no longer serve, and a device the app already
 * registered is deleted.
 */
export function DeviceQrPage(props: {
  ctx: ViewContext;
  /** '' when left empty: the phone's model will name the device (issue 11). */
  deviceName: string;
  /** The QR as a `data:image/svg+xml` URL (the CSP allows `img-src data:`, no inline markup). */
  qrImage: string;
  expiresAt: Date;
  minutes: number;
  /** The enrolment token (also inside the QR), for "Cancel": it ends this enrolment. */
  token: string;
  /** Names this enrolment in the events (core enrolmentId): a refusal of this QR ends the wait. */
  enrolmentId: string;
  /** Where to go once the device is accepted: the device list, or a kept sign-in's step-up. */
  enrolledUrl: string;
}) {
  const { m, locale } = props.ctx;
  const q = m.devices.qr;
  const time = dateTimeFormat(intlTag(locale), { timeStyle: 'short' });
  return (
    <Layout ctx={props.ctx} title={q.title}>
      <h1>{q.title}</h1>
      <p class="qr">
        <img
          src={props.qrImage}
          alt={props.deviceName === '' ? m.proposedName.qrAlt : format(q.alt, { name: props.deviceName })}
          width={256}
          height={256}
          data-testid="enrolment-qr"
        />
      </p>
      <h2>{q.stepsTitle}</h2>
      <ol>
        {q.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p>{format(q.expires, { minutes: props.minutes, time: time.format(props.expiresAt) }, locale)}</p>
      <p
        role="status"
        data-enrolment-events="/account/devices/enrolment-events"
        data-enrolment-id={props.enrolmentId}
        data-refused-url="/account/devices/enrolment/refused"
        data-enrolled-url={props.enrolledUrl}
      >
        {q.waiting}
      </p>
      {/* "Cancel" really cancels (issue 10, finding 7): the QR is spent, a pending device deleted.
          "I have finished" is a button too (issue 11, point 2): it posts the same token and the
          list says whether the device was added, is still waiting for the app, or was not. */}
      <Form ctx={props.ctx} action="/account/devices/enrolment/cancel">
        <input type="hidden" name="token" value={props.token} />
        <Actions>
          <button type="submit" class="button" formaction="/account/devices/enrolment/finish">
            {q.finished}
          </button>
          <button type="submit" class="button button--secondary">
            {q.cancel}
          </button>
        </Actions>
      </Form>
      <script src="/static/devices.js" nonce={props.ctx.nonce} defer />
    </Layout>
  );
}
