// Recovery codes shown once (docs/adr/0028): "Print" and "Copy" are revealed only with JavaScript;
// without it the list and "Download (.txt)" remain.
for (const button of document.querySelectorAll('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
for (const button of document.querySelectorAll('[data-copy]')) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    void navigator.clipboard.writeText(button.getAttribute('data-copy') ?? '');
  });
}
