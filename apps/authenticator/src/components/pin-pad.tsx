import { PIN_LENGTH } from '../pin';
import { useRef, useState } from 'preact/hooks';
import type { Messages } from '../i18n/en';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/**
 * The 4-digit PIN (design §5): a real input (typed, pasted or filled by a test) and big on-screen
 * keys for thumbs. The PIN is never shown, never stored, and cleared after each submission;
 * `autocomplete=off` keeps it out of the browser's form memory.
 *
 * The 4th digit submits the PIN by itself (issue 11: no "OK" tap). WCAG 3.2.2 On Input: a change
 * of context on input is allowed when the user is told beforehand, so the hint under the label
 * says it, and the screen's status says what happens next (registering, sending, computing).
 * Enter on a physical keyboard still submits, and says what is missing when the PIN is short.
 */
export function PinPad(props: { m: Messages; busy: boolean; onSubmit: (pin: string) => void }) {
  const { m } = props;
  const [pin, setPin] = useState('');
  const [hint, setHint] = useState<string | undefined>();
  // The digits typed so far, read by the next key at once (two quick taps come before a render).
  const current = useRef('');

  const enter = (next: string) => {
    current.current = next;
    setPin(next);
    if (next.length !== PIN_LENGTH || props.busy) return;
    setHint(undefined);
    current.current = '';
    setPin('');
    props.onSubmit(next);
  };
  const type = (digit: string) => {
    if (current.current.length < PIN_LENGTH) enter(current.current + digit);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    if (props.busy) return;
    if (current.current.length !== PIN_LENGTH) setHint(m.pin.incomplete);
    else enter(current.current);
  };
  return (
    <form class="pin-pad" onSubmit={submit} noValidate>
      <label for="pin">{m.pin.label}</label>
      <p id="pin-hint" class="hint">
        {hint ?? `${m.pin.hint} ${m.pin.checkedAtLastDigit}`}
      </p>
      <input
        id="pin"
        name="pin"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={PIN_LENGTH}
        pattern="[0-9]{4}"
        aria-describedby="pin-hint"
        aria-invalid={hint ? 'true' : undefined}
        readOnly={props.busy}
        value={pin}
        onInput={(event) => enter(event.currentTarget.value.replace(/[^0-9]/g, '').slice(0, PIN_LENGTH))}
      />
      <div class="keys" role="group" aria-label={m.pin.padLabel}>
        {DIGITS.map((digit) => (
          <button type="button" class="key" key={digit} onClick={() => type(digit)} disabled={props.busy}>
            {digit}
          </button>
        ))}
        <button type="button" class="key key--zero" onClick={() => type('0')} disabled={props.busy}>
          0
        </button>
        <button
          type="button"
          class="key key--action"
          onClick={() => enter(current.current.slice(0, -1))}
          disabled={props.busy}
        >
          {m.pin.erase}
        </button>
      </div>
    </form>
  );
}
