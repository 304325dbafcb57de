import { useState } from 'preact/hooks';
import { closeCamera, openCamera } from '../camera/camera';
import { Heading, SCREEN_TITLE_ID } from '../components/heading';
import { LiveMessages } from '../components/live-messages';
import type { Messages } from '../i18n/en';

type Step = 'start' | 'permissions';

/** What the scanner says after the first run: a key of `m.welcome`, so that it follows the language. */
export type FirstRunNotice = 'notificationsRefused' | 'notificationsUnavailable';

/** Asks for notifications; "unavailable" where the browser has no Notification API. */
async function askNotifications(): Promise<NotificationPermission | 'unavailable'> {
  if (typeof Notification === 'undefined') return 'unavailable';
  if (Notification.permission !== 'default') return Notification.permission;
  try {
    return await Notification.requestPermission();
  } catch {
    return 'denied';
  }
}

/**
 * Annex step 4 (design §5, enrolment step 1): "Initialize", then "Continue", which asks for the
 * camera, then for notifications, and opens the scanner — no other first-run screen or tap
 * (issue 11, docs/adr/0016). Refused or missing notifications are no obstacle: `onDone` carries
 * the notice the scanner shows (open the app to see the requests; polling is the last-resort
 * channel).
 */
export function WelcomeScreen(props: {
  m: Messages;
  initialise: () => Promise<void>;
  onDone: (notice?: FirstRunNotice) => void;
}) {
  const { m } = props;
  const [step, setStep] = useState<Step>('start');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();

  const initialise = async () => {
    setBusy(true);
    setStatus(m.welcome.initializing);
    try {
      await props.initialise();
      setStatus(m.welcome.ready);
      setStep('permissions');
    } finally {
      setBusy(false);
    }
  };

  const askPermissions = async () => {
    setBusy(true);
    setError(undefined);
    setStatus(m.welcome.askingPermissions);
    try {
      try {
        closeCamera(await openCamera());
      } catch {
        setStatus(undefined);
        setError(m.welcome.cameraRefused);
        return;
      }
      const notifications = await askNotifications();
      setStatus(undefined);
      props.onDone(
        notifications === 'granted'
          ? undefined
          : notifications === 'unavailable'
            ? 'notificationsUnavailable'
            : 'notificationsRefused',
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="screen" aria-labelledby={SCREEN_TITLE_ID}>
      <Heading text={m.welcome.title} />
      <p>{m.welcome.intro}</p>
      {step === 'start' && (
        <button type="button" class="button button--primary" onClick={() => void initialise()} disabled={busy}>
          {m.welcome.initialize}
        </button>
      )}
      {step === 'permissions' && (
        <>
          <p>{m.welcome.permissionsIntro}</p>
          <button type="button" class="button button--primary" onClick={() => void askPermissions()} disabled={busy}>
            {m.welcome.continue}
          </button>
        </>
      )}
      <LiveMessages status={status} error={error} />
    </section>
  );
}
