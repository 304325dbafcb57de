import type { AccountGrant, GrantOption, Organisation } from '@sesame/core';
import { format } from '../../i18n/format-message';
import { Actions, Form } from '../components';
import type { ViewContext } from '../view-context';

/**
 * An account's roles in the console (issue 14 point 1, docs/adr/0038): take back each grant the
 * actor may take back, give a role over an organisation — only the (role, scope) pairs that
 * authorise() allows are offered (core grantOptions); the server checks again on submit.
 */
export function AdminRolesSection(props: {
  ctx: ViewContext;
  userId: string;
  grants: readonly AccountGrant[];
  options: readonly GrantOption[];
  /** Names of the organisations the grants are over. */
  names: ReadonlyMap<string, string>;
}) {
  const { m, locale } = props.ctx;
  const g = m.adminGovernance;
  const roleNames = m.admin.roleNames;
  const base = `/admin/accounts/${encodeURIComponent(props.userId)}/roles`;
  const revocable = props.grants.filter((grant) =>
    props.options.some((o) => o.role === grant.role && o.scopes.some((s) => s.id === grant.scopeId)),
  );
  const scopes = new Map<string, Organisation>();
  for (const option of props.options) for (const scope of option.scopes) scopes.set(scope.id, scope);
  if (props.options.length === 0) {
    return (
      <section aria-labelledby="roles-change">
        <h2 id="roles-change">{g.rolesTitle}</h2>
        <p>{g.noGrantable}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="roles-change" data-testid="admin-roles">
      <h2 id="roles-change">{g.rolesTitle}</h2>
      <p>{g.rolesIntro}</p>
      {revocable.length > 0 && (
        <ul class="plain-list">
          {revocable.map((grant) => {
            const label = format(
              g.revokeLabel,
              { role: roleNames[grant.role], organisation: props.names.get(grant.scopeId) ?? grant.scopeId },
              locale,
            );
            return (
              <li key={`${grant.role}-${grant.scopeId}`}>
                <Form ctx={props.ctx} action={`${base}/revoke`}>
                  <input type="hidden" name="role" value={grant.role} />
                  <input type="hidden" name="scope" value={grant.scopeId} />
                  <button type="submit" class="button button--secondary">
                    {label}
                  </button>
                </Form>
              </li>
            );
          })}
        </ul>
      )}
      <Form ctx={props.ctx} action={base}>
        <div class="field">
          <label for="grant-role">{g.role}</label>
          <select id="grant-role" name="role">
            {props.options.map((o) => (
              <option key={o.role} value={o.role}>
                {roleNames[o.role]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="grant-scope">{g.scope}</label>
          <select id="grant-scope" name="scope">
            {[...scopes.values()].map((o) => (
              <option key={o.id} value={o.id}>
                {'\u00a0\u00a0'.repeat(o.path.length - 1)}
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <Actions>
          <button type="submit" class="button">
            {g.grant}
          </button>
        </Actions>
      </Form>
    </section>
  );
}

/** The console's sections, on each of its pages: accounts, organisations, audit (the ones the person may use). */
export function AdminNav(props: {
  ctx: ViewContext;
  current: 'search' | 'organisations' | 'audit';
  show: { search: boolean; audit: boolean };
}) {
  const g = props.ctx.m.adminGovernance;
  const links = [
    ...(props.show.search ? [{ key: 'search', href: '/admin', label: g.navSearch }] : []),
    { key: 'organisations', href: '/admin/organisations', label: g.navOrganisations },
    ...(props.show.audit ? [{ key: 'audit', href: '/admin/audit', label: g.navAudit }] : []),
  ];
  return (
    <nav aria-label={g.nav} class="admin-nav">
      <ul class="inline-list">
        {links.map((link) => (
          <li key={link.key}>
            <a href={link.href} aria-current={link.key === props.current ? 'page' : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
