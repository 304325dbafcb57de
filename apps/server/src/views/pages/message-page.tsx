import { Notice } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/** A page that only says something: "check your mailbox", an error, a confirmation. */
export function MessagePage(props: {
  ctx: ViewContext;
  title: string;
  message: string;
  kind?: 'success' | 'info' | 'error';
  link?: { href: string; label: string };
}) {
  return (
    <Layout ctx={props.ctx} title={props.title}>
      <h1>{props.title}</h1>
      {props.kind === 'error' ? (
        <div class="notice notice--error" role="alert">
          {props.message}
        </div>
      ) : (
        <Notice kind={props.kind ?? 'info'}>{props.message}</Notice>
      )}
      {props.link && (
        <p>
          <a href={props.link.href}>{props.link.label}</a>
        </p>
      )}
    </Layout>
  );
}
