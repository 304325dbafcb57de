// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  const lang = document.documentElement.lang;
  const labels = lang === 'fr' ? ['Afficher', 'Masquer', 'le mot de passe'] : ['Show', 'Hide', 'password'];
  // NIST SP 800-63B: offer to show the password while typing it.
  for (const input of document.querySelectorAll('input[data-password-toggle]')) {
    // Moving a focused field into its wrapper blurs it: on a slow network this file runs after the
    // user started typing in the autofocused field, and the rest of the password went nowhere.
    // The focus and the caret are put back where they were.
    const focused = document.activeElement === input;
    const [start, end] = [input.selectionStart, input.selectionEnd];
    const wrap = document.createElement('div');
    wrap.className = 'password-wrap';
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    if (focused) {
      input.focus();
      input.setSelectionRange(start, end);
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'password-toggle';
    button.setAttribute('aria-controls', input.id);
    button.setAttribute('aria-pressed', 'false');
    button.textContent = labels[0];
    button.setAttribute('aria-label', `${labels[0]} ${labels[2]}`);
    button.addEventListener('click', () => {
      const shown = input.type === 'text';
      input.type = shown ? 'password' : 'text';
      button.textContent = shown ? labels[0] : labels[1];
      button.setAttribute('aria-pressed', String(!shown));
      button.setAttribute('aria-label', `${shown ? labels[0] : labels[1]} ${labels[2]}`);
    });
    wrap.appendChild(button);
  }
  // Move focus to the error summary so screen readers announce it (GOV.UK pattern).
  const summary = document.querySelector('[data-autofocus]');
  if (summary) summary.focus();
});
