import type { EnrolledAccount, EnrolmentCheck } from '@sesame/authenticator-core';
import { decodeEnrolmentQr, type EnrolmentPayload, isProtocolError } from '@sesame/protocol';
import { useRef, useState } from 'preact/hooks';
import { type CameraState, QrCamera } from '../camera/qr-camera';
import { Heading, SCREEN_TITLE_ID } from '../components/heading';
import { LiveMessages } from '../components/live-messages';
import { PinPad } from '../components/pin-pad';
import { enrolmentFailure } from '../enrolment-errors';
import { classifyQr } from '../offline-qr';
import { format } from '../i18n/catalogues';
import type { Messages } from '../i18n/en';

type Step =
  | { readonly kind: 'camera' }
  | { readonly kind: 'pin'; readonly qrText: string; readonly qr: EnrolmentPayload }
  /** Issue 11: the QR was refused before the PIN (one phone, one person); the server was told. */
  | { readonly kind: 'refused'; readonly check: Extract<EnrolmentCheck, { allowed: false }> };

/** Why a scanned text is not a QR to enrol with here, or null when it is one. */
function refusal(m: Messages, qr: EnrolmentPayload | Error, now: Date, origin: string): string | null {
  if (qr instanceof Error) return isProtocolError(qr, 'ERR_QR_KIND_UNEXPECTED') ? m.scan.signInQr : m.scan.notEnrolment;
  if (qr.expiresAt * 1000 <= now.getTime()) return m.scan.expired;
  // The app's CSP (connect-src 'self') reaches only the server that serves it.
  if (new URL(qr.server).origin !== origin) return format(m.scan.otherServer, { server: qr.server });
  return null;
}

function decode(text: string): EnrolmentPayload | Error {
  try {
    return decodeEnrolmentQr(text);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * Annex steps 8–9 on the phone (design §5, enrolment steps 3–4): scan the portal's QR, check it
 * may be taken here (issue 11: a phone that already serves an account refuses it, before any
 * PIN, says why and what next), show whose account it is, ask the PIN chosen on the portal, register. A wrong PIN asks again with the same
 * QR (the core keeps the registration pending; the token is single-use) while tries are left.
 * A right PIN leaves the account awaiting acceptance: `onAwaiting` leads to the accept screen
 * (annex step 10).
 */
export function ScanScreen(props: {
  m: Messages;
  /**
   * Issue 11: before the PIN, is this QR one this phone may take? A phone that already serves an
   * account refuses it, and the server ends that enrolment (authenticator-core checkEnrolment).
   */
  check: (qrText: string) => Promise<EnrolmentCheck>;
  enrol: (qrText: string, pin: string) => Promise<EnrolledAccount>;
  onAwaiting: (account: EnrolledAccount) => void;
  onCancel?: (() => void) | undefined;
  /** With an account enrolled: a sign-in QR ("Sésame app with QR code") is passed on, not refused. */
  onSignInQr?: ((qrText: string) => void) | undefined;
  /** Said beside the camera, from the first run: notifications refused or missing (docs/adr/0016). */
  notice?: string | undefined;
}) {
  const { m } = props;
  const [step, setStep] = useState<Step>({ kind: 'camera' });
  const [camera, setCamera] = useState<CameraState>('starting');
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  // A QR whose enrolment failed for good stays refused: its token is spent (single use).
  const spent = useRef<string | null>(null);

  const onText = (text: string): boolean => {
    if (text === spent.current) return false;
    const qr = decode(text);
    if (
      props.onSignInQr &&
      isProtocolError(qr, 'ERR_QR_KIND_UNEXPECTED') &&
      classifyQr(text).kind === 'offline-challenge'
    ) {
      props.onSignInQr(text);
      return true;
    }
    const refused = refusal(m, qr, new Date(), location.origin);
    if (refused !== null || qr instanceof Error) {
      setError(refused ?? m.scan.notEnrolment);
      return false;
    }
    setError(undefined);
    if (busy) return true;
    void checkQr(text);
    return true;
  };

  /** One phone, one person (issue 11): refused here, before any PIN, and the server told. */
  const checkQr = async (text: string) => {
    setBusy(true);
    setStatus(m.refusal.checking);
    try {
      const check = await props.check(text);
      setStatus(undefined);
      spent.current = check.allowed ? spent.current : text;
      setStep(check.allowed ? { kind: 'pin', qrText: text, qr: check.qr } : { kind: 'refused', check });
    } catch (failure) {
      setStatus(undefined);
      const { message, retryPin } = enrolmentFailure(m, failure);
      // A network failure may pass: the same QR is tried again when the camera sees it.
      if (!retryPin) spent.current = text;
      setError(message);
      setStep({ kind: 'camera' });
      // The camera stopped on this QR: it looks again.
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const submitPin = async (pin: string) => {
    if (step.kind !== 'pin') return;
    setBusy(true);
    setError(undefined);
    setStatus(m.enrol.registering);
    try {
      const account = await props.enrol(step.qrText, pin);
      setStatus(undefined);
      props.onAwaiting(account);
    } catch (failure) {
      setStatus(undefined);
      const { message, retryPin } = enrolmentFailure(m, failure);
      setError(message);
      if (!retryPin) {
        spent.current = step.qrText;
        setStep({ kind: 'camera' });
      }
    } finally {
      setBusy(false);
    }
  };

  if (step.kind === 'refused') {
    const { check } = step;
    const other = check.reason === 'other-account';
    return (
      <section class="screen" aria-labelledby={SCREEN_TITLE_ID}>
        <Heading text={other ? m.refusal.otherTitle : m.refusal.sameTitle} />
        <p role="alert" data-testid="enrolment-refusal">
          {format(other ? m.refusal.otherAccount : m.refusal.sameAccount, { account: check.heldAccount })}
        </p>
        <p>{format(other ? m.refusal.otherAccountNext : m.refusal.sameAccountNext, { account: check.heldAccount })}</p>
        <button type="button" class="button button--primary" onClick={() => setStep({ kind: 'camera' })}>
          {m.refusal.scanAnother}
        </button>
        {props.onCancel && (
          <button type="button" class="button button--secondary" onClick={props.onCancel}>
            {m.refusal.done}
          </button>
        )}
      </section>
    );
  }

  if (step.kind === 'pin') {
    return (
      <section class="screen" aria-labelledby={SCREEN_TITLE_ID}>
        <Heading text={m.pin.title} />
        <p>{format(m.pin.connected, { account: step.qr.account })}</p>
        <PinPad m={m} busy={busy} onSubmit={(pin) => void submitPin(pin)} />
        <LiveMessages status={status} error={error} />
      </section>
    );
  }

  const cameraStatus = camera === 'starting' ? m.scan.starting : camera === 'scanning' ? m.scan.scanning : undefined;
  const cameraError =
    camera === 'refused' ? m.scan.cameraRefused : camera === 'unavailable' ? m.scan.cameraUnavailable : undefined;
  return (
    <section class="screen" aria-labelledby={SCREEN_TITLE_ID}>
      <Heading text={m.scan.title} />
      <p>{m.scan.intro}</p>
      {props.notice && (
        <p class="notice" data-testid="scan-notice">
          {props.notice}
        </p>
      )}
      <div class="viewfinder">
        <QrCamera attempt={attempt} onState={setCamera} onText={onText} />
      </div>
      {(camera === 'refused' || camera === 'unavailable') && (
        <button type="button" class="button button--primary" onClick={() => setAttempt((n) => n + 1)}>
          {m.scan.retry}
        </button>
      )}
      {props.onCancel && (
        <button type="button" class="button button--secondary" onClick={props.onCancel}>
          {m.scan.cancel}
        </button>
      )}
      <LiveMessages status={status ?? cameraStatus} error={error ?? cameraError} />
    </section>
  );
}
