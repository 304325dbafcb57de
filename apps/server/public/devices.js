// Progressive enhancement of the enrolment QR page: without it, "I have finished in the app"
// does the same. Waits for the server's "device-enrolled" event, then shows the device list.
document.addEventListener('DOMContentLoaded', () => {
  const waiting = document.querySelector('[data-enrolment-events]');
  if (!waiting || typeof EventSource === 'undefined') return;
  const source = new EventSource(waiting.getAttribute('data-enrolment-events'));
  source.addEventListener('device-enrolled', () => {
    source.close();
    window.location.assign(waiting.getAttribute('data-enrolled-url'));
  });
});
