// "On mobile" (docs/adr/0007), progressive enhancement of two pages:
// - the password page reveals "On mobile" only where this browser's Sésame app has an active
//   account: the app (same origin, /app/) sets the marker below; nothing secret is in it;
// - the waiting page continues as soon as the app has answered (the server's "verdict" event),
//   and looks again when the tab comes back to the front: phones suspend background tabs and
//   their event streams while the user is in the app. The server decides what the answer means.
// Without JavaScript nothing is revealed, and "I have confirmed in the app" continues.
const ENROLLED_MARKER = 'sesame-app-enrolled';

function appEnrolled() {
  try {
    return window.localStorage.getItem(ENROLLED_MARKER) === '1';
  } catch {
    return false; // storage refused (privacy settings): behave as on a computer
  }
}

function revealOnMobile() {
  const offer = document.querySelector('[data-on-mobile]');
  if (offer && appEnrolled()) offer.hidden = false;
}

function followVerdict() {
  const waiting = document.querySelector('[data-verdict-events]');
  const button = document.querySelector('[data-continue]');
  if (!waiting || !button || typeof EventSource === 'undefined') return;
  const url = waiting.getAttribute('data-verdict-events');
  let source = null;
  let done = false;
  const listen = () => {
    if (done) return;
    if (source) source.close();
    // A new stream is told at once of a verdict given meanwhile (routes/sign-in-mobile.tsx).
    source = new EventSource(url);
    source.addEventListener('verdict', () => {
      done = true;
      source.close();
      button.form.submit();
    });
  };
  listen();
  const again = () => {
    if (document.visibilityState === 'visible') listen();
  };
  document.addEventListener('visibilitychange', again);
  window.addEventListener('focus', again);
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) listen();
  });
}

document.addEventListener('DOMContentLoaded', () => {
  revealOnMobile();
  followVerdict();
});
