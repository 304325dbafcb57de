import { PIN_LENGTH } from '../pin';
import { useState } from 'preact/hooks';
import type { Messages } from '../i18n/en';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/**
 * The 4-digit PIN (design §5): a real input (typed, pasted or filled by a test) and big on-screen
 * keys for thumbs. The PIN is never shown, never stored, and cleared after each submission;
 * `autocomplete=off` keeps it out of the browser's form memory.
 */
export function PinPad(props: { m: Messages; busy: boolean; onSubmit: (pin: string) => void }) {
  const { m } = props;
  const [pin, setPin] = useState('');
  const [hint, setHint] = useState<string | undefined>();
  const type = (digit: string) => setPin((current) => (current.length < PIN_LENGTH ? current + digit : current));
  const submit = (event: Event) => {
    event.preventDefault();
    if (props.busy) return;
    if (pin.length !== PIN_LENGTH) {
      setHint(m.pin.incomplete);
      return;
    }
    setHint(undefined);
    setPin('');
    props.onSubmit(pin);
  };
  return (
    <form class="pin-pad" onSubmit={submit} noValidate>
      <label for="pin">{m.pin.label}</label>
      <p id="pin-hint" class="hint">
        {hint ?? m.pin.hint}
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
        value={pin}
        onInput={(event) => setPin(event.currentTarget.value.replace(/[^0-9]/g, '').slice(0, PIN_LENGTH))}
      />
      <div class="keys" role="group" aria-label={m.pin.padLabel}>
        {DIGITS.map((digit) => (
          <button type="button" class="key" key={digit} onClick={() => type(digit)} disabled={props.busy}>
            {digit}
          </button>
        ))}
        <button
          type="button"
          class="key key--action"
          onClick={() => setPin((current) => current.slice(0, -1))}
          disabled={props.busy}
        >
          {m.pin.erase}
        </button>
        <button type="button" class="key" onClick={() => type('0')} disabled={props.busy}>
          0
        </button>
        <button type="submit" class="key key--ok" disabled={props.busy}>
          {m.pin.ok}
        </button>
      </div>
    </form>
  );
}
