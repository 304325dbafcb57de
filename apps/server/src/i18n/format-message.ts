/**
 * The one message format (ICU subset, packages/protocol/src/i18n/message-format.ts): `{name}`,
 * plural and select. Pass the locale where the template has a plural: `format(m.x, { minutes }, locale)`.
 */
export { formatMessage as format } from '@sesame/protocol';
