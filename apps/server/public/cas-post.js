// CAS method=POST (docs/adr/0044): send the ticket to the application as soon as the page is
// here. Without this file the person presses the form's button.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector('form[data-cas-post]');
  if (form) form.submit();
});
