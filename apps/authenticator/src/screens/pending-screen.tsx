import { intlTag } from '@sesame/protocol';
import type { AnswerVerdict } from '@sesame/authenticator-core';
import type { Locale, PushChallenge } from '@sesame/protocol';
import { useEffect, useRef, useState } from 'preact/hooks';
import { answerFailure } from '../answer-errors';
import { Heading, SCREEN_TITLE_ID } from '../components/heading';
import { LiveMessages } from '../components/live-messages';
import { PinPad } from '../components/pin-pad';
import { format } from '../i18n/catalogues';
import type { Messages } from '../i18n/en';
import { type PendingFocus, routeAfterAnswer } from '../router';

type Step =
  | { readonly kind: 'review' }
  | {
      readonly kind: 'pin';
      readonly challenge: PushChallenge;
      readonly picked: number;
      /** Opened by the portal's "On mobile" link on this phone: the number came with it. */
      readonly linked?: boolean;
    }
  | { readonly kind: 'confirm-report'; readonly challenge: PushChallenge }
  /** A refused answer or a failure, said as an alert; accepted answers leave this screen or go back to the list. */
  | { readonly kind: 'result'; readonly message: string; readonly retry?: PushChallenge };

/** The confirmation of an accepted answer: a key of `m.pending`, so that it follows the language. */
export type AnswerConfirmation = 'approved' | 'denied' | 'reported' | 'onMobileApproved';

export interface PendingActions {
  approve(challengeId: string, picked: number, pin: string): Promise<AnswerVerdict>;
  deny(challengeId: string): Promise<AnswerVerdict>;
  report(challengeId: string): Promise<AnswerVerdict>;
}

function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function Context(props: { m: Messages; locale: Locale; challenge: PushChallenge; showAccount: boolean; now: Date }) {
  const { m, challenge } = props;
  const time = new Intl.DateTimeFormat(intlTag(props.locale), { timeStyle: 'medium' });
  const left = Math.max(0, challenge.expiresAt - Math.floor(props.now.getTime() / 1000));
  const remaining =
    left === 0
      ? m.pending.expiredNow
      : format(m.pending.remaining, { minutes: Math.floor(left / 60), seconds: left % 60 });
  return (
    <dl class="details" data-testid="request">
      {props.showAccount && (
        <>
          <dt>{m.pending.forAccount}</dt>
          <dd>{challenge.account}</dd>
        </>
      )}
      <dt>{m.pending.relyingApp}</dt>
      <dd>{challenge.relyingApp}</dd>
      <dt>{m.pending.browser}</dt>
      <dd>{challenge.browser}</dd>
      <dt>{m.pending.ip}</dt>
      <dd>{challenge.ip}</dd>
      {challenge.place !== undefined && (
        <>
          <dt>{m.pending.place}</dt>
          <dd>{challenge.place}</dd>
        </>
      )}
      <dt>{m.pending.time}</dt>
      <dd>{time.format(new Date(challenge.issuedAt * 1000))}</dd>
      <dt>{m.pending.validity}</dt>
      <dd>{remaining}</dd>
    </dl>
  );
}

/**
 * "PIN code" (design §5): the request's context (who asks, from which browser and IP, when, how
 * long it stays valid), number matching (the user picks the number the browser shows: a push
 * approved blindly fails), then the PIN. "Deny" and "This wasn't me" are answers too; the
 * latter alerts the security team, and the user is told to change the password. Opened by the
 * portal's "On mobile" link (`focus`), it goes straight to the PIN for that request, with its
 * context above the keypad.
 *
 * An accepted answer (approved, denied, reported) takes the app back to Home, which confirms it
 * (`onDone`), or, while other requests wait, back to the list with the confirmation in its status
 * (issue 11, docs/adr/0016). A refused answer (wrong number or PIN) or a failure stays here as an
 * alert, with "Try again" while the request still waits and "Back".
 */
export function PendingScreen(props: {
  m: Messages;
  locale: Locale;
  challenges: readonly PushChallenge[];
  severalAccounts: boolean;
  actions: PendingActions;
  onAnswered: () => void;
  /** Answered, nothing else waiting: Home, which says `confirmation`. */
  onDone: (confirmation: AnswerConfirmation) => void;
  onBack: () => void;
  /** The request the portal's "On mobile" link names (router.ts), once it is among the pending ones. */
  focus?: PendingFocus | null;
}) {
  const { m, focus } = props;
  const now = useNow();
  const [step, setStep] = useState<Step>({ kind: 'review' });
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | undefined>();
  // Answered here: hidden at once, before the next poll drops them from `challenges`.
  const [answered, setAnswered] = useState<ReadonlySet<string>>(() => new Set());
  const waiting = props.challenges.filter((c) => !answered.has(c.challengeId));

  // "On mobile" (docs/adr/0007): straight to the PIN for the linked request, once per link — the
  // user started the sign-in on this phone, so the link's number stands for number matching.
  const focused = useRef<string | null>(null);
  useEffect(() => {
    if (!focus || step.kind !== 'review') return;
    const key = `${focus.number}@${focus.expiresAt}`;
    if (focused.current === key) return;
    const linked = waiting.find((c) => c.expiresAt === focus.expiresAt && c.candidates.includes(focus.number));
    if (!linked) return;
    focused.current = key;
    setStep({ kind: 'pin', challenge: linked, picked: focus.number, linked: true });
  }, [focus?.number, focus?.expiresAt, props.challenges, step.kind]);

  const send = async (
    challengeId: string,
    run: () => Promise<AnswerVerdict>,
    accepted: AnswerConfirmation,
    retry?: PushChallenge,
  ) => {
    setBusy(true);
    setStatus(m.pending.sending);
    let said: string | undefined;
    try {
      const verdict = await run();
      if (verdict.accepted) {
        const done = new Set(answered).add(challengeId);
        setAnswered(done);
        if (routeAfterAnswer(props.challenges, done) === 'home') {
          props.onDone(accepted);
          return;
        }
        said = m.pending[accepted];
        setStep({ kind: 'review' });
      } else {
        // A wrong PIN only shows as a wrong answer (design §5): the server counts and blocks.
        setStep({ kind: 'result', message: m.pending.wrong, ...(retry ? { retry } : {}) });
      }
    } catch (error) {
      setStep({ kind: 'result', message: answerFailure(m, error) });
    } finally {
      setStatus(said);
      setBusy(false);
      props.onAnswered();
    }
  };

  /** "Deny" and "This wasn't me", under a request whether its number was picked here or came with the link. */
  const denyOrReport = (challenge: PushChallenge) => (
    <div class="actions">
      <button
        type="button"
        class="button button--secondary"
        disabled={busy}
        onClick={() => void send(challenge.challengeId, () => props.actions.deny(challenge.challengeId), 'denied')}
      >
        {m.pending.deny}
      </button>
      <button
        type="button"
        class="button button--danger"
        disabled={busy}
        onClick={() => setStep({ kind: 'confirm-report', challenge })}
      >
        {m.pending.notMe}
      </button>
    </div>
  );

  if (step.kind === 'result') {
    return (
      <section class="screen" aria-labelledby={SCREEN_TITLE_ID}>
        <Heading text={m.pending.title} step={step.kind} />
        {step.retry && waiting.some((c) => c.challengeId === step.retry?.challengeId) && (
          <button type="button" class="button button--primary" onClick={() => setStep({ kind: 'review' })}>
            {m.pending.tryAgain}
          </button>
        )}
        <button type="button" class="button button--secondary" onClick={props.onBack}>
          {m.pending.back}
        </button>
        <LiveMessages error={step.message} />
      </section>
    );
  }

  if (step.kind === 'pin' && step.linked) {
    const { challenge, picked } = step;
    return (
      <section class="screen" aria-labelledby={SCREEN_TITLE_ID}>
        <Heading text={m.pending.title} step={`linked:${challenge.challengeId}`} />
        <p>{m.pending.onMobileIntro}</p>
        <Context m={m} locale={props.locale} challenge={challenge} showAccount={props.severalAccounts} now={now} />
        <PinPad
          m={m}
          busy={busy}
          onSubmit={(pin) =>
            void send(
              challenge.challengeId,
              () => props.actions.approve(challenge.challengeId, picked, pin),
              'onMobileApproved',
            )
          }
        />
        {denyOrReport(challenge)}
        <LiveMessages status={status} />
      </section>
    );
  }

  if (step.kind === 'pin') {
    const { challenge, picked } = step;
    return (
      <section class="screen" aria-labelledby={SCREEN_TITLE_ID}>
        <Heading text={m.pending.title} step={step.kind} />
        <p class="picked">{format(m.pending.picked, { number: picked })}</p>
        <p>{m.pending.pinIntro}</p>
        <PinPad
          m={m}
          busy={busy}
          onSubmit={(pin) =>
            void send(
              challenge.challengeId,
              () => props.actions.approve(challenge.challengeId, picked, pin),
              'approved',
              challenge,
            )
          }
        />
        <button type="button" class="button button--secondary" onClick={() => setStep({ kind: 'review' })}>
          {m.pending.changeNumber}
        </button>
        <LiveMessages status={status} />
      </section>
    );
  }

  if (step.kind === 'confirm-report') {
    const { challenge } = step;
    return (
      <section class="screen" aria-labelledby={SCREEN_TITLE_ID}>
        <Heading text={m.pending.notMe} />
        <p>{m.pending.reportQuestion}</p>
        <button
          type="button"
          class="button button--danger"
          disabled={busy}
          onClick={() =>
            void send(challenge.challengeId, () => props.actions.report(challenge.challengeId), 'reported')
          }
        >
          {m.pending.reportConfirm}
        </button>
        <button type="button" class="button button--secondary" onClick={() => setStep({ kind: 'review' })}>
          {m.pending.cancel}
        </button>
        <LiveMessages status={status} />
      </section>
    );
  }

  const [challenge, ...others] = waiting;
  if (challenge === undefined) {
    return (
      <section class="screen" aria-labelledby={SCREEN_TITLE_ID}>
        <Heading text={m.pending.title} step="none" />
        <p>{m.pending.none}</p>
        <button type="button" class="button button--secondary" onClick={props.onBack}>
          {m.pending.back}
        </button>
        <LiveMessages status={status} />
      </section>
    );
  }
  return (
    <section class="screen" aria-labelledby={SCREEN_TITLE_ID}>
      <Heading text={m.pending.title} step={`review:${challenge.challengeId}`} />
      <p>{m.pending.intro}</p>
      <Context m={m} locale={props.locale} challenge={challenge} showAccount={props.severalAccounts} now={now} />
      {others.length > 0 && <p>{format(m.pending.others, { count: others.length }, props.locale)}</p>}
      <h2 id="pick-number">{m.pending.pickNumber}</h2>
      <div class="numbers" role="group" aria-labelledby="pick-number">
        {challenge.candidates.map((n) => (
          <button
            type="button"
            class="number"
            key={n}
            disabled={busy}
            onClick={() => setStep({ kind: 'pin', challenge, picked: n })}
          >
            {n}
          </button>
        ))}
      </div>
      {denyOrReport(challenge)}
      <LiveMessages status={status} />
    </section>
  );
}
