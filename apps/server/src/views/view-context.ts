import type { Locale } from '@sesame/protocol';
import type { Branding } from '../branding/branding';
import type { Messages } from '../i18n/en';

/** What every page needs besides its own data: built once per request by the page plugin. */
export interface ViewContext {
  m: Messages;
  locale: Locale;
  /** CSP nonce of this response (script-src 'nonce-…' 'strict-dynamic'). */
  nonce: string;
  /** The CSRF token to put in every form. */
  csrf: string;
  /** Current path, for the language switch. */
  path: string;
  user?: { id: string; firstName: string; lastName: string } | undefined;
  /** The organisation: name, logo, colour, footer links (docs/adr/0020). */
  brand: Branding;
}

/** A problem to show on a form: per field and, for the summary, in order. */
export interface FormErrors {
  fields: Record<string, string>;
  general?: string | undefined;
}
