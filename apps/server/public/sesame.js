// Progressive enhancement only: every page works without this file.
// Its texts come from its own <script> tag, in the page's language (views/layout.tsx); read now,
// while it runs: document.currentScript is null in callbacks.
const sesameTexts = (document.currentScript && document.currentScript.dataset) || {};
document.addEventListener('DOMContentLoaded', () => {
  const texts = sesameTexts;
  const show = [texts.show || 'Show', texts.showPassword || 'Show password'];
  const hide = [texts.hide || 'Hide', texts.hidePassword || 'Hide password'];
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
    button.textContent = show[0];
    button.setAttribute('aria-label', show[1]);
    button.addEventListener('click', () => {
      const shown = input.type === 'text';
      input.type = shown ? 'password' : 'text';
      const [text, label] = shown ? show : hide;
      button.textContent = text;
      button.setAttribute('aria-pressed', String(!shown));
      button.setAttribute('aria-label', label);
    });
    wrap.appendChild(button);
  }
  // Move focus to the error summary so screen readers announce it (GOV.UK pattern).
  const summary = document.querySelector('[data-autofocus]');
  if (summary) summary.focus();
});
