import { isLocale, languageOf } from '@sesame/protocol';
import type { StoredAuditEvent } from '@sesame/core';
import type { Messages } from '../i18n/en';

/**
 * What an audit event says, in words for people (My account, the console's audit): its label
 * and, for a change of the account's language (docs/adr/0062), from which to which, each named in
 * its own language as the chooser names it.
 */
export function AuditEventWhat(props: { m: Messages; event: Pick<StoredAuditEvent, 'type' | 'details'> }) {
  const { m, event } = props;
  const label = m.events[event.type];
  const { from, to } = event.details;
  if (event.type !== 'account.language_changed' || !isLocale(from) || !isLocale(to)) return <>{label}</>;
  return (
    <>
      {label} (<span lang={from}>{languageOf(from).endonym}</span> → <span lang={to}>{languageOf(to).endonym}</span>)
    </>
  );
}
