import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../i18n/catalogues';
import { AuditEventWhat } from './audit-event';

const render = (locale: 'fr' | 'en', event: Parameters<typeof AuditEventWhat>[0]['event']) =>
  renderToString(<AuditEventWhat m={catalogues[locale]} event={event} />);

describe('an audit event in words (My account, the console’s audit; docs/adr/0062)', () => {
  it('a change of the account’s language names both languages, each in itself, after the reader’s label', () => {
    const event = { type: 'account.language_changed', details: { from: 'de', to: 'it', source: 'chooser' } } as const;
    expect(render('fr', event)).toBe(
      'Langue du compte modifiée (<span lang="de">Deutsch</span> → <span lang="it">italiano</span>)',
    );
    expect(render('en', event)).toBe(
      'Account language changed (<span lang="de">Deutsch</span> → <span lang="it">italiano</span>)',
    );
  });

  it('other events, and a line whose languages are not ours, show the label alone', () => {
    expect(render('en', { type: 'password.changed', details: {} })).toBe('Password changed');
    expect(render('en', { type: 'account.language_changed', details: { from: '<b>', to: 'it' } })).toBe(
      'Account language changed',
    );
  });
});
