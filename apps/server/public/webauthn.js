// Security keys, trusted platforms and passkeys (docs/adr/0029 §5–6): the browser's prompt, from
// the options the server put on the page, through @simplewebauthn/browser (global
// SimpleWebAuthnBrowser); its answer is posted as `credential` and the server checks everything.
// `data-webauthn` says which ceremony: `register` (navigator.credentials.create), `authenticate`
// (navigator.credentials.get with the account's keys) or `passkey` (get with no allow list, from
// the button and from the address field's autofill — conditional mediation).
document.addEventListener('DOMContentLoaded', () => {
  const holder = document.querySelector('[data-webauthn]');
  if (!holder) return;
  const form = holder.closest('form');
  const field = form.querySelector('input[name="credential"]');
  const button = form.querySelector('[data-webauthn-start]');
  const status = document.querySelector('[data-webauthn-status]');
  const lib = window.SimpleWebAuthnBrowser;
  const mode = holder.getAttribute('data-webauthn');
  const say = (text) => {
    status.textContent = text;
    status.hidden = false;
  };
  if (!lib || !lib.browserSupportsWebAuthn()) {
    // The first screen does without passkeys; a key page says why it cannot go on.
    if (mode === 'passkey') return;
    say(holder.getAttribute('data-webauthn-unsupported'));
    button.disabled = true;
    return;
  }
  const optionsJSON = JSON.parse(holder.getAttribute('data-webauthn-options'));
  const send = (answer) => {
    field.value = JSON.stringify(answer);
    form.submit();
  };
  if (mode === 'passkey') {
    document.querySelector('[data-passkey]').hidden = false;
    lib.browserSupportsWebAuthnAutofill().then((autofill) => {
      if (!autofill) return;
      // Cancelled by the button's ceremony (the library aborts the pending one) or by leaving.
      lib.startAuthentication({ optionsJSON, useBrowserAutofill: true }).then(send, () => undefined);
    });
  }
  form.addEventListener('submit', (event) => {
    if (field.value !== '') return;
    event.preventDefault();
    button.disabled = true;
    status.hidden = true;
    const ceremony =
      mode === 'register' ? lib.startRegistration({ optionsJSON }) : lib.startAuthentication({ optionsJSON });
    ceremony.then(send, () => {
      say(holder.getAttribute('data-webauthn-failed'));
      button.disabled = false;
    });
  });
});
