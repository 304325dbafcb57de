import type { StoredOutboxMail } from '@sesame/core';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/** Development only: the mails that the outbox kept instead of sending. */
export function OutboxPage(props: { ctx: ViewContext; mails: StoredOutboxMail[] }) {
  const { m } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={m.outbox.title}>
      <h1>{m.outbox.title}</h1>
      <p>{m.outbox.intro}</p>
      {props.mails.length === 0 && <p>{m.outbox.empty}</p>}
      {props.mails.map((mail) => (
        <article class="mail" key={mail.id} data-testid="outbox-mail">
          <h2>{mail.subject}</h2>
          <p class="mail__meta">
            {m.outbox.to}: <span data-testid="outbox-to">{mail.to}</span> · {m.outbox.date}:{' '}
            {mail.createdAt.toISOString()}
          </p>
          <pre class="mail__body">{linkify(mail.text)}</pre>
        </article>
      ))}
    </Layout>
  );
}

function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) => (i % 2 === 1 ? <a href={part}>{part}</a> : part));
}
