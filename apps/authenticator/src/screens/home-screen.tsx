import { intlTag } from '@sesame/protocol';
import type { EnrolledAccount } from '@sesame/authenticator-core';
import type { Locale } from '@sesame/protocol';
import { useEffect, useState } from 'preact/hooks';
import type { PollProblem } from '../answer-errors';
import { Heading, SCREEN_TITLE_ID } from '../components/heading';
import { LiveMessages } from '../components/live-messages';
import type { Messages } from '../i18n/en';

function problemText(m: Messages, problem: PollProblem | undefined): string | undefined {
  if (problem === 'offline') return m.home.offline;
  if (problem === 'blocked') return m.home.blocked;
  if (problem === 'unknown-device') return m.home.unknownDevice;
  return undefined;
}

/** How long the status region stays empty on arrival before the confirmation fills it. */
const CONFIRMATION_DELAY_MS = 100;

/**
 * The enrolled account(s): user id and device name. With "one account per device" off (design
 * §5) the app holds several and a switcher picks the one shown; requests of all are fetched.
 * The app comes back here by itself after a device is accepted or a request answered, and
 * `confirmation` says how it went (issue 11, docs/adr/0016).
 */
export function HomeScreen(props: {
  m: Messages;
  locale: Locale;
  accounts: readonly EnrolledAccount[];
  problem: PollProblem | undefined;
  /** The server cannot wake the app (no Web Push subscription): say so, and how to fix it. */
  notificationsOff: boolean;
  check: () => Promise<number>;
  onAddAccount: () => void;
  /** "Sésame app with QR code": the sign-in page's QR, offline (design §5). */
  onScanQr: () => void;
  /** What was just done elsewhere: "Your device … is registered.", "Sign-in approved.", … */
  confirmation?: string | undefined;
}) {
  const { m } = props;
  const [shown, setShown] = useState(0);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | undefined>();
  const account = props.accounts[Math.min(shown, props.accounts.length - 1)];
  // WCAG 4.1.3 status messages: a live region announces a change, not what it held when it
  // appeared, so the confirmation comes into the (empty) region just after the screen.
  useEffect(() => {
    if (props.confirmation === undefined) return;
    const timer = setTimeout(() => setStatus(props.confirmation), CONFIRMATION_DELAY_MS);
    return () => clearTimeout(timer);
  }, [props.confirmation]);
  const date = new Intl.DateTimeFormat(intlTag(props.locale), { dateStyle: 'long' });

  const check = async () => {
    setBusy(true);
    setStatus(m.home.checking);
    try {
      const count = await props.check();
      setStatus(count === 0 ? m.home.none : undefined);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="screen" aria-labelledby={SCREEN_TITLE_ID}>
      <Heading text={m.home.title} />
      {/* First under the title: what was just done (a confirmation) or what is wrong. */}
      <LiveMessages status={status} error={problemText(m, props.problem)} />
      {props.accounts.length > 1 && (
        <p class="field">
          <label for="account-switch">{m.home.chooseAccount}</label>
          <select
            id="account-switch"
            value={String(shown)}
            onChange={(event) => setShown(Number(event.currentTarget.value))}
          >
            {props.accounts.map((a, i) => (
              <option key={a.deviceId} value={String(i)}>
                {a.account} — {a.deviceName}
              </option>
            ))}
          </select>
        </p>
      )}
      {account === undefined ? (
        <p>{m.home.notEnrolled}</p>
      ) : (
        <dl class="details" data-testid="account">
          <dt>{m.home.account}</dt>
          <dd>{account.account}</dd>
          <dt>{m.home.device}</dt>
          <dd>{account.deviceName}</dd>
          <dt>{m.home.enrolledAt}</dt>
          <dd>{date.format(new Date(account.enrolledAt * 1000))}</dd>
        </dl>
      )}
      <button type="button" class="button button--primary" onClick={() => void check()} disabled={busy}>
        {m.home.check}
      </button>
      <button type="button" class="button button--secondary" onClick={props.onScanQr}>
        {m.home.scanQr}
      </button>
      <button type="button" class="button button--secondary" onClick={props.onAddAccount}>
        {m.home.addAccount}
      </button>
      {props.problem === 'offline' && <p class="notice">{m.home.offlineQr}</p>}
      {props.notificationsOff && (
        <p class="notice" data-testid="notifications-off">
          {m.home.notificationsOff}
        </p>
      )}
    </section>
  );
}
