import type { RequestMeta } from '../accounts/account-deps';
import { scopesFor } from '../admin/admin-actor';

import { assertAuthorised, refused, type Actor } from '../organisations/authorise';
import type { Organisation } from '../organisations/organisation';
import type { OrganisationCounts, SnapshotPoint } from '../ports';
import { daysBefore, daysLeft, figuresOf, rolledUp, utcDay, type Figures } from './figures';
import type { MigrationDeps } from './migration-deps';

/** The chart's span: the last 90 days of snapshots. */
export const CHART_DAYS = 90;

export interface MigrationDashboard {
  readonly organisation: Organisation;
  /** Root … organisation (names for the breadcrumb). */
  readonly ancestry: readonly Organisation[];
  /** The whole subtree's figures. */
  readonly figures: Figures;
  /** Each direct child with its subtree's figures, by name. */
  readonly children: readonly { readonly organisation: Organisation; readonly figures: Figures }[];
  readonly sunset: Date | null;
  readonly daysLeft: number | null;
  /** The snapshots of the last CHART_DAYS days, today's replaced by the live figures; oldest first. */
  readonly series: readonly SnapshotPoint[];
}

/**
 * The migration dashboard of an organisation, rolled up its subtree (issue 14 point 3): without
 * `organisationId`, the actor's first scope. Authorised (`dashboard.view`) before anything is
 * read; an organisation out of scope and one that does not exist get the same FORBIDDEN.
 */
export async function migrationDashboard(
  deps: MigrationDeps,
  actor: Actor,
  organisationId?: string,
  /** False when the page answers a refused form (400): a refusal writes nothing. */
  takeSnapshot = true,
): Promise<MigrationDashboard> {
  const id = organisationId ?? scopesFor(actor, 'dashboard.view')[0];
  const organisation = id === undefined ? null : await deps.durable.organisations.get(id);
  if (!organisation) throw refused('out_of_scope', 'dashboard.view', id);
  assertAuthorised(actor, 'dashboard.view', { kind: 'organisation', path: organisation.path });
  const now = deps.clock.now();
  const [own, children, ancestry] = await Promise.all([
    deps.durable.migration.countsBySubtree(organisation.id),
    deps.durable.organisations.children(organisation.id),
    Promise.all(organisation.path.map((a) => deps.durable.organisations.get(a))),
  ]);
  // On demand (the job writes it too): a day without its snapshot gets one now.
  const today = utcDay(now);
  if (takeSnapshot && !(await deps.durable.migration.hasSnapshot(today))) await recordMigrationSnapshot(deps);
  const figures = figuresOf(rolledUp(own, organisation.id));
  const past = await deps.durable.migration.snapshotSeries(organisation.id, utcDay(daysBefore(now, CHART_DAYS - 1)));
  const series = [...past.filter((p) => p.day !== today), { day: today, counts: figures.byMethod }];
  const sunset = deps.smsSunsetFor(organisation);
  return {
    organisation,
    ancestry: ancestry.filter((o): o is Organisation => o !== null),
    figures,
    children: children.map((child) => ({ organisation: child, figures: figuresOf(rolledUp(own, child.id)) })),
    sunset,
    daysLeft: daysLeft(sunset, now),
    series,
  };
}

/**
 * The dashboard for its CSV download: authorised as the page (`dashboard.view`), then audited
 * (`dashboard.exported`: who, under which role, which organisation; docs/adr/0041 §2) — a file
 * leaves the console, the page does not.
 */
export async function exportDashboard(
  deps: MigrationDeps,
  actor: Actor,
  organisationId: string | undefined,
  meta: Pick<RequestMeta, 'ip' | 'userAgent'>,
): Promise<MigrationDashboard> {
  const dashboard = await migrationDashboard(deps, actor, organisationId);
  const allowedBy = assertAuthorised(actor, 'dashboard.view', {
    kind: 'organisation',
    path: dashboard.organisation.path,
  });
  await deps.durable.audit.append({
    type: 'dashboard.exported',
    userId: null,
    ip: meta.ip,
    userAgent: meta.userAgent,
    at: deps.clock.now(),
    details: { actor: actor.accountId, role: allowedBy.role, organisation: dashboard.organisation.id, format: 'csv' },
  });
  return dashboard;
}

/**
 * Today's snapshot of every organisation's own counts (the chart's data): written by the
 * server's daily job and on demand by the dashboard. Rewriting a day is harmless.
 */
export async function recordMigrationSnapshot(deps: Pick<MigrationDeps, 'durable' | 'clock'>): Promise<number> {
  const counts: OrganisationCounts[] = await deps.durable.migration.countsBySubtree('root');
  await deps.durable.migration.recordSnapshot(utcDay(deps.clock.now()), counts);
  return counts.length;
}

/** The dashboard as CSV lines (issue 14 point 3, "CSV export"): the organisation, then each child. */
export function dashboardCsv(dashboard: MigrationDashboard, header: readonly string[]): string {
  const row = (o: Organisation, f: Figures) => [
    o.id,
    o.name,
    f.total,
    f.byMethod.app,
    f.byMethod.key,
    f.byMethod.totp,
    f.byMethod.sms,
    f.byMethod.password,
    f.phonesToBuy,
    Math.round(f.progress * 1000) / 10,
  ];
  const lines = [
    header,
    row(dashboard.organisation, dashboard.figures),
    ...dashboard.children.map((c) => row(c.organisation, c.figures)),
  ];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * RFC 4180 quoting, and a leading `=`, `+`, `-`, `@`, tab or carriage return neutralised with a
 * quote (OWASP "CSV injection"): an organisation's name is typed by people and opened in a
 * spreadsheet.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
