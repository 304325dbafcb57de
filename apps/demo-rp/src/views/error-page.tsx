import type { PageContext } from '../http/page-context';
import { Layout } from './layout';

export function ErrorPage(props: { ctx: PageContext; message: string }) {
  const { m } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={m.errors.title}>
      <h1>{m.errors.title}</h1>
      <div class="notice notice--error" role="alert">
        {props.message}
      </div>
      <p>
        <a href="/">{m.errors.backHome}</a>
      </p>
    </Layout>
  );
}
