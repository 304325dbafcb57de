import type { EnrolledAccount } from '@sesame/authenticator-core';
import { useState } from 'preact/hooks';
import { Heading, SCREEN_TITLE_ID } from '../components/heading';
import { LiveMessages } from '../components/live-messages';
import { acceptanceFailure } from '../enrolment-errors';
import { format } from '../i18n/catalogues';
import type { Messages } from '../i18n/en';

/**
 * Annex step 10 on the phone (design §5, enrolment step 5): « Cliquez dessus pour valider
 * l'acceptation de votre téléphone ». The PIN was right; the device becomes active only when the
 * user taps "Accept" here — reached after the PIN, from the notification (#/accept), or on
 * start while an account awaits. Accepted, `onAccepted` takes the app to Home, which says so
 * (issue 11: no "Continue" tap, docs/adr/0016); a failure stays here, said, with what to do.
 */
export function AcceptScreen(props: {
  m: Messages;
  account: EnrolledAccount;
  accept: () => Promise<EnrolledAccount>;
  onAccepted: () => void;
  /** The server no longer awaits the acceptance: back to the scanner for a new QR. */
  onGone: () => void;
}) {
  const { m, account } = props;
  const [busy, setBusy] = useState(false);
  const [gone, setGone] = useState(false);
  const [status, setStatus] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();

  const accept = async () => {
    setBusy(true);
    setError(undefined);
    setStatus(m.enrol.accepting);
    try {
      await props.accept();
      setStatus(undefined);
      props.onAccepted();
    } catch (failure) {
      setStatus(undefined);
      const { message, retryAccept } = acceptanceFailure(m, failure);
      setError(message);
      if (!retryAccept) setGone(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="screen" aria-labelledby={SCREEN_TITLE_ID}>
      <Heading text={m.enrol.acceptTitle} />
      <p class="notice" data-testid="almost-registered">
        {format(m.enrol.almostRegistered, { name: account.deviceName })}
      </p>
      <p>{format(m.enrol.acceptIntro, { account: account.account })}</p>
      {gone ? (
        <button type="button" class="button button--primary" onClick={props.onGone}>
          {m.enrol.scanAgain}
        </button>
      ) : (
        <button type="button" class="button button--primary" onClick={() => void accept()} disabled={busy}>
          {m.enrol.accept}
        </button>
      )}
      <LiveMessages status={status} error={error} />
    </section>
  );
}
