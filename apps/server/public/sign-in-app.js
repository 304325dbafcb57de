// Progressive enhancement of the "Sésame app with PIN code" page: when the app has answered
// (the server's "verdict" event), continue at once; the server decides what the answer means.
// Without JavaScript, "I have confirmed in the app" does the same.
document.addEventListener('DOMContentLoaded', () => {
  const waiting = document.querySelector('[data-verdict-events]');
  const button = document.querySelector('[data-continue]');
  if (!waiting || !button || typeof EventSource === 'undefined') return;
  const source = new EventSource(waiting.getAttribute('data-verdict-events'));
  source.addEventListener('verdict', () => {
    source.close();
    button.form.submit();
  });
});
