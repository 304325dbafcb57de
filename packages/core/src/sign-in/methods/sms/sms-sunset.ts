import type { OrganisationRepository } from '../../../ports/organisation-repository';

/**
 * SMS's sunset dates as the deployment sets them (issue 13 point 4: "a sunset date from
 * configuration, per organisation if set"; docs/adr/0034 §1): the global date, and dates set on
 * organisations of the tree (docs/adr/0033) by id.
 */
export interface SmsSunsets {
  /** `sms.sunset`: the date of every account whose organisation and ancestors set none; null: no date. */
  readonly global: Date | null;
  /** `sms.sunsetByOrganisation`: an organisation's date applies to it and to every organisation below it. */
  readonly byOrganisation: ReadonlyMap<string, Date>;
}

export const NO_SMS_SUNSET: SmsSunsets = { global: null, byOrganisation: new Map() };

/**
 * The one rule (docs/adr/0034 §1): the sunset of an account whose organisation's ancestry is
 * `path` (root first, the organisation last, core Organisation.path). The nearest organisation
 * that sets a date wins — the organisation itself, else its parent, and so on up to the root —
 * else the global date. A date set lower in the tree may be earlier or later than one above it: a
 * department may stop SMS before its ministry, or keep it a little longer.
 */
export function smsSunsetFor(sunsets: SmsSunsets, path: readonly string[]): Date | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const date = sunsets.byOrganisation.get(path[i]!);
    if (date !== undefined) return date;
  }
  return sunsets.global;
}

/**
 * The last instant any account may still sign in by SMS (docs/adr/0034 §2): what the password
 * page's chooser judges SMS by, before the account is known — it may not tell a stranger which
 * organisation an address belongs to. Null (no end) while some account falls back on a global
 * date that is not set; a root date hides the global one from everybody.
 */
export function latestSmsSunset(sunsets: SmsSunsets): Date | null {
  const dates = [...sunsets.byOrganisation.values()];
  if (!sunsets.byOrganisation.has('root')) {
    if (sunsets.global === null) return null;
    dates.push(sunsets.global);
  }
  if (dates.length === 0) return null;
  return new Date(Math.max(...dates.map((date) => date.getTime())));
}

/**
 * The sunset of the account `userId` (smsSunsetFor over its organisation's ancestry). No query
 * when no organisation sets a date; an account that does not exist (any more) gets the global date.
 */
export async function accountSmsSunset(
  organisations: Pick<OrganisationRepository, 'accountOrganisation'>,
  sunsets: SmsSunsets,
  userId: string,
): Promise<Date | null> {
  if (sunsets.byOrganisation.size === 0) return sunsets.global;
  const organisation = await organisations.accountOrganisation(userId);
  return smsSunsetFor(sunsets, organisation?.path ?? []);
}
