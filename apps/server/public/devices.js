// Progressive enhancement of the enrolment QR page: without it, "I have finished in the app"
// does the same. Waits for the server's "device-enrolled" event, then shows the device list; on
// "enrolment-refused" for this page's enrolment (issue 11: the phone refused the QR at the scan,
// one phone, one person) it stops waiting at once and shows why.
document.addEventListener('DOMContentLoaded', () => {
  const waiting = document.querySelector('[data-enrolment-events]');
  if (!waiting || typeof EventSource === 'undefined') return;
  const source = new EventSource(waiting.getAttribute('data-enrolment-events'));
  source.addEventListener('device-enrolled', () => {
    source.close();
    window.location.assign(waiting.getAttribute('data-enrolled-url'));
  });
  source.addEventListener('enrolment-refused', (event) => {
    let refusal;
    try {
      refusal = JSON.parse(event.data);
    } catch {
      return;
    }
    // Another QR page of the same account (another tab) is not this one.
    if (refusal.enrolmentId !== waiting.getAttribute('data-enrolment-id')) return;
    source.close();
    const reason = refusal.reason === 'same-account' ? 'same-account' : 'other-account';
    window.location.assign(`${waiting.getAttribute('data-refused-url')}?reason=${reason}`);
  });
});
