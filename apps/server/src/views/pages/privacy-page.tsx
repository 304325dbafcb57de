import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

export function PrivacyPage(props: { ctx: ViewContext }) {
  const { m } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={m.privacy.title}>
      <h1>{m.privacy.title}</h1>
      {m.privacy.body.map((paragraph) => (
        <p>{paragraph}</p>
      ))}
      <p>
        <a href="/register">{m.privacy.back}</a>
      </p>
    </Layout>
  );
}
