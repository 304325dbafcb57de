// Security keys and trusted platforms (docs/adr/0029 §6): the browser's prompt, from the options
// the server put on the page, through @simplewebauthn/browser (global SimpleWebAuthnBrowser); its
// answer is posted as `credential` and the server checks everything. `data-webauthn` says which
// ceremony: `register` (navigator.credentials.create) or `authenticate` (navigator.credentials.get).
document.addEventListener('DOMContentLoaded', () => {
  const holder = document.querySelector('[data-webauthn]');
  if (!holder) return;
  const form = holder.closest('form');
  const field = form.querySelector('input[name="credential"]');
  const button = form.querySelector('[data-webauthn-start]');
  const status = document.querySelector('[data-webauthn-status]');
  const lib = window.SimpleWebAuthnBrowser;
  const say = (text) => {
    status.textContent = text;
    status.hidden = false;
  };
  if (!lib || !lib.browserSupportsWebAuthn()) {
    say(holder.getAttribute('data-webauthn-unsupported'));
    button.disabled = true;
    return;
  }
  const optionsJSON = JSON.parse(holder.getAttribute('data-webauthn-options'));
  const register = holder.getAttribute('data-webauthn') === 'register';
  form.addEventListener('submit', (event) => {
    if (field.value !== '') return;
    event.preventDefault();
    button.disabled = true;
    status.hidden = true;
    const ceremony = register ? lib.startRegistration({ optionsJSON }) : lib.startAuthentication({ optionsJSON });
    ceremony.then(
      (answer) => {
        field.value = JSON.stringify(answer);
        form.submit();
      },
      () => {
        say(holder.getAttribute('data-webauthn-failed'));
        button.disabled = false;
      },
    );
  });
});
