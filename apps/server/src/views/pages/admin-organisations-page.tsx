import type { OrganisationNode } from '@sesame/core';
import { format } from '../../i18n/format-message';
import { Actions, Form, Notice } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';
import { AdminNav } from './admin-roles-section';

/**
 * The organisation tree in the console (issue 14 point 1, docs/adr/0038): each organisation with
 * its kind's label, indented under its parent; a child created, an organisation renamed or moved
 * where authorise() allows it (core organisationTree says where), nowhere else.
 */
export function AdminOrganisationsPage(props: {
  ctx: ViewContext;
  nodes: readonly OrganisationNode[];
  /** Kind id → its label in the page's language. */
  kinds: ReadonlyMap<string, string>;
  nav: { search: boolean; audit: boolean };
  notice?: string | undefined;
  errors?: FormErrors | undefined;
  /** The form the errors belong to, with what was typed. */
  form?: { action: 'create' | 'rename' | 'move'; id?: string; values: Record<string, string> } | undefined;
}) {
  const { m, locale } = props.ctx;
  const g = m.adminGovernance;
  const err = props.errors?.fields ?? {};
  const kindOf = (kind: string) => (kind === 'root' ? g.rootKind : (props.kinds.get(kind) ?? kind));
  const indent = (depth: number) => '\u00a0\u00a0\u00a0'.repeat(Math.max(0, depth - 1));
  const parents = props.nodes.filter((n) => n.may.create);
  const typed = (field: string) => props.form?.values[field] ?? '';
  const fieldClass = (field: string) => `field${err[field] ? ' field--error' : ''}`;
  const errorOf = (field: string, id: string) =>
    err[field] ? (
      <p class="field__error" id={`${id}-error`}>
        {err[field]}
      </p>
    ) : null;
  return (
    <Layout ctx={props.ctx} title={`${g.organisationsTitle} — ${m.admin.title}`} errors={props.errors}>
      <AdminNav ctx={props.ctx} current="organisations" show={props.nav} />
      <h1>{g.organisationsTitle}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <p>{g.organisationsIntro}</p>
      <table class="table" data-testid="admin-organisations" aria-label={g.organisationsTitle}>
        <thead>
          <tr>
            <th scope="col">{g.colName}</th>
            <th scope="col">{g.colKind}</th>
            <th scope="col">{g.colId}</th>
          </tr>
        </thead>
        <tbody>
          {props.nodes.map(({ organisation: o }) => (
            <tr key={o.id} data-organisation={o.id}>
              <th scope="row">
                {indent(o.path.length)}
                {o.name}
              </th>
              <td>{kindOf(o.kind)}</td>
              <td>
                <code>{o.id}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {parents.length > 0 && (
        <section aria-labelledby="create">
          <h2 id="create">{g.createTitle}</h2>
          <Form ctx={props.ctx} action="/admin/organisations">
            <div class={fieldClass('parent')}>
              <label for="create-parent">{g.parent}</label>
              {errorOf('parent', 'create-parent')}
              <select id="create-parent" name="parent">
                {parents.map(({ organisation: o }) => (
                  <option key={o.id} value={o.id} selected={typed('parent') === o.id}>
                    {indent(o.path.length)}
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
            <div class={fieldClass('name')}>
              <label for="create-name">{g.newName}</label>
              {errorOf('name', 'create-name')}
              <input
                id="create-name"
                name="name"
                maxLength={120}
                value={typed('name')}
                aria-invalid={err.name ? 'true' : undefined}
                aria-describedby={err.name ? 'create-name-error' : undefined}
              />
            </div>
            <div class={fieldClass('id')}>
              <label for="create-id">{g.newId}</label>
              <p class="field__hint" id="create-id-hint">
                {g.newIdHint}
              </p>
              {errorOf('id', 'create-id')}
              <input
                id="create-id"
                name="id"
                maxLength={64}
                value={typed('id')}
                autocomplete="off"
                spellcheck={false}
                aria-invalid={err.id ? 'true' : undefined}
                aria-describedby={err.id ? 'create-id-hint create-id-error' : 'create-id-hint'}
              />
            </div>
            <div class={fieldClass('kind')}>
              <label for="create-kind">{g.kind}</label>
              {errorOf('kind', 'create-kind')}
              <select id="create-kind" name="kind">
                {[...props.kinds].map(([id, label]) => (
                  <option key={id} value={id} selected={typed('kind') === id}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <Actions>
              <button type="submit" class="button">
                {g.create}
              </button>
            </Actions>
          </Form>
        </section>
      )}
      {props.nodes
        .filter((n) => n.may.rename || n.may.move)
        .map(({ organisation: o, may }) => {
          const mine = props.form?.id === o.id;
          const targets = parents.filter(
            (p) => !p.organisation.path.includes(o.id) && p.organisation.id !== o.parentId,
          );
          return (
            <section key={o.id} aria-labelledby={`org-${o.id}`} data-testid={`admin-organisation-${o.id}`}>
              <h2 id={`org-${o.id}`}>
                {o.name} <small>({kindOf(o.kind)})</small>
              </h2>
              {may.rename && (
                <Form ctx={props.ctx} action={`/admin/organisations/${encodeURIComponent(o.id)}/rename`}>
                  <div class={`field${mine && err.name ? ' field--error' : ''}`}>
                    <label for={`rename-${o.id}`}>{format(g.renameTitle, { name: o.name }, locale)}</label>
                    {mine && errorOf('name', `rename-${o.id}`)}
                    <input id={`rename-${o.id}`} name="name" maxLength={120} value={mine ? typed('name') : o.name} />
                  </div>
                  <Actions>
                    <button type="submit" class="button button--secondary">
                      {g.rename}
                    </button>
                  </Actions>
                </Form>
              )}
              {may.move && targets.length > 0 && (
                <Form ctx={props.ctx} action={`/admin/organisations/${encodeURIComponent(o.id)}/move`}>
                  <div class={`field${mine && err.parent ? ' field--error' : ''}`}>
                    <label for={`move-${o.id}`}>{format(g.moveTitle, { name: o.name }, locale)}</label>
                    {mine && errorOf('parent', `move-${o.id}`)}
                    <select id={`move-${o.id}`} name="parent">
                      {targets.map(({ organisation: p }) => (
                        <option key={p.id} value={p.id}>
                          {indent(p.path.length)}
                          {p.name}
                        </option>
                      ))}
                    </select>
                  </div>
                  <Actions>
                    <button type="submit" class="button button--secondary">
                      {g.move}
                    </button>
                  </Actions>
                </Form>
              )}
            </section>
          );
        })}
    </Layout>
  );
}
