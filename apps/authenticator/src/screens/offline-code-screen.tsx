import { isAuthenticatorError, type OfflineCode } from '@sesame/authenticator-core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type CameraState, QrCamera } from '../camera/qr-camera';
import { Heading, SCREEN_TITLE_ID } from '../components/heading';
import { LiveMessages } from '../components/live-messages';
import { PinPad } from '../components/pin-pad';
import { format } from '../i18n/catalogues';
import type { Messages } from '../i18n/en';
import {
  classifyQr,
  groupCode,
  offlineCodeFailure,
  remainingText,
  spokenCode,
  type VerifiedRequest,
} from '../offline-qr';

type Step =
  | { readonly kind: 'camera' }
  | { readonly kind: 'checking'; readonly qrText: string }
  | { readonly kind: 'pin'; readonly qrText: string; readonly request: VerifiedRequest }
  | { readonly kind: 'code'; readonly result: OfflineCode };

function secondsUntil(until: number): number {
  return Math.max(0, Math.ceil(until - Date.now() / 1000));
}

/** Seconds left until `until` (seconds since the epoch), following the phone's clock every second. */
function useSecondsLeft(until: number): number {
  const [seconds, setSeconds] = useState(() => secondsUntil(until));
  useEffect(() => {
    setSeconds(secondsUntil(until));
    const timer = setInterval(() => setSeconds(secondsUntil(until)), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return seconds;
}

/**
 * The 8-digit code, large, in two groups of four; a screen reader reads it digit by digit. The
 * validity counts down (not announced every second: only the expiry is, as an alert).
 */
function CodeView(props: { m: Messages; result: OfflineCode; onDone: () => void; onScanAgain: () => void }) {
  const { m, result } = props;
  const seconds = useSecondsLeft(result.validUntil);
  const expired = seconds <= 0;
  return (
    <section class="screen" aria-labelledby={SCREEN_TITLE_ID}>
      <Heading text={m.code.codeTitle} />
      <p data-testid="offline-request">{format(m.code.asks, { app: result.relyingApp, account: result.account })}</p>
      {expired ? null : (
        <>
          <p>{m.code.typeIt}</p>
          <p class="offline-code">
            <span role="img" aria-label={spokenCode(result.code)} data-testid="offline-code">
              {groupCode(result.code)}
            </span>
          </p>
          <p class="validity" data-testid="offline-code-validity">
            {format(m.code.validFor, { time: remainingText(m, seconds) })}
          </p>
          <p class="hint">{m.code.wrongPinNote}</p>
        </>
      )}
      {expired && (
        <button type="button" class="button button--primary" onClick={props.onScanAgain}>
          {m.code.scanAgain}
        </button>
      )}
      <button
        type="button"
        class={expired ? 'button button--secondary' : 'button button--primary'}
        onClick={props.onDone}
      >
        {m.code.done}
      </button>
      <LiveMessages error={expired ? m.code.expired : undefined} />
    </section>
  );
}

/**
 * "Sésame app with QR code" (design §5), offline from end to end: scan the QR code of the sign-in
 * page, check that the account's server signed it, say which application asks for which
 * account, take the PIN, show the 8-digit OCRA code (ADR 0006) with its remaining validity.
 * Nothing is fetched and nothing is kept: the code lives on this screen only (ADR 0006, known
 * limit: no history of questions or codes).
 */
export function OfflineCodeScreen(props: {
  m: Messages;
  /** Checks the server's signature, the account and the expiry; what to show of the request. */
  verify: (qrText: string) => Promise<VerifiedRequest>;
  /** The code for this PIN (a wrong PIN gives a wrong code, silently: only the server can tell). */
  compute: (qrText: string, pin: string) => Promise<OfflineCode>;
  /** A sign-in QR the enrolment scanner already read, handed over. */
  scanned?: string | undefined;
  onDone: () => void;
}) {
  const { m } = props;
  const [step, setStep] = useState<Step>(() =>
    props.scanned ? { kind: 'checking', qrText: props.scanned } : { kind: 'camera' },
  );
  const [camera, setCamera] = useState<CameraState>('starting');
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  // A QR refused after its check stays refused while the camera still sees it (its message stays).
  const refused = useRef<string | null>(null);
  const verify = useRef(props.verify);
  verify.current = props.verify;

  const refuse = (qrText: string, failure: unknown) => {
    refused.current = qrText;
    setError(offlineCodeFailure(m, failure, qrText));
    setStep({ kind: 'camera' });
  };

  const checking = step.kind === 'checking' ? step.qrText : null;
  useEffect(() => {
    if (checking === null) return;
    let current = true;
    verify.current(checking).then(
      (request) => {
        if (current) setStep({ kind: 'pin', qrText: checking, request });
      },
      (failure: unknown) => {
        if (current) refuse(checking, failure);
      },
    );
    return () => {
      current = false;
    };
  }, [checking]); // once per scanned QR

  const onText = (text: string): boolean => {
    if (text === refused.current) return false;
    const qr = classifyQr(text);
    if (qr.kind === 'enrolment') {
      setError(m.code.enrolmentQr);
      return false;
    }
    if (qr.kind === 'other') {
      setError(offlineCodeFailure(m, qr.error, text));
      return false;
    }
    setError(undefined);
    setStep({ kind: 'checking', qrText: text });
    return true;
  };

  const submitPin = async (pin: string) => {
    if (step.kind !== 'pin') return;
    setBusy(true);
    setError(undefined);
    try {
      setStep({ kind: 'code', result: await props.compute(step.qrText, pin) });
    } catch (failure) {
      if (isAuthenticatorError(failure, 'ERR_PIN_INVALID')) setError(m.pin.incomplete);
      else refuse(step.qrText, failure);
    } finally {
      setBusy(false);
    }
  };

  const scanAgain = () => {
    setError(undefined);
    setStep({ kind: 'camera' });
  };

  if (step.kind === 'code') {
    return <CodeView m={m} result={step.result} onDone={props.onDone} onScanAgain={scanAgain} />;
  }

  if (step.kind === 'pin') {
    return (
      <section class="screen" aria-labelledby={SCREEN_TITLE_ID}>
        <Heading text={m.code.askTitle} />
        <p class="request" data-testid="offline-request">
          {format(m.code.asks, { app: step.request.relyingApp, account: step.request.account })}
        </p>
        <p>{m.code.pinIntro}</p>
        <PinPad m={m} busy={busy} onSubmit={(pin) => void submitPin(pin)} />
        <button type="button" class="button button--secondary" onClick={props.onDone} disabled={busy}>
          {m.code.cancel}
        </button>
        <LiveMessages status={busy ? m.code.computing : undefined} error={error} />
      </section>
    );
  }

  const cameraStatus =
    step.kind === 'checking'
      ? m.code.checking
      : camera === 'starting'
        ? m.scan.starting
        : camera === 'scanning'
          ? m.scan.scanning
          : undefined;
  const cameraError =
    camera === 'refused' ? m.scan.cameraRefused : camera === 'unavailable' ? m.scan.cameraUnavailable : undefined;
  return (
    <section class="screen" aria-labelledby={SCREEN_TITLE_ID}>
      <Heading text={m.code.scanTitle} />
      <p>{m.code.scanIntro}</p>
      <div class="viewfinder">
        {step.kind === 'camera' && <QrCamera attempt={attempt} onState={setCamera} onText={onText} />}
      </div>
      {step.kind === 'camera' && (camera === 'refused' || camera === 'unavailable') && (
        <button type="button" class="button button--primary" onClick={() => setAttempt((n) => n + 1)}>
          {m.scan.retry}
        </button>
      )}
      <button type="button" class="button button--secondary" onClick={props.onDone}>
        {m.code.cancel}
      </button>
      <LiveMessages status={cameraStatus} error={error ?? (step.kind === 'camera' ? cameraError : undefined)} />
    </section>
  );
}
