import type { StoredOutboxMail } from '@sesame/core';
import { format } from '../../i18n/format-message';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/** Development only: the mails that the outbox kept instead of sending, optionally those of one recipient. */
export function OutboxPage(props: { ctx: ViewContext; mails: StoredOutboxMail[]; to?: string }) {
  const { m } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={m.outbox.title}>
      <h1>{m.outbox.title}</h1>
      <p>{m.outbox.intro}</p>
      <form
        method="get"
        action="/dev/outbox"
        class="form outbox-filter"
        role="search"
        aria-label={m.outbox.filterLabel}
      >
        <div class="field">
          <label for="outbox-to">{m.outbox.filterTo}</label>
          <input id="outbox-to" name="to" type="email" value={props.to ?? ''} autoComplete="off" spellcheck={false} />
        </div>
        <div class="actions">
          <button type="submit" class="button">
            {m.outbox.filterSubmit}
          </button>
          {props.to && <a href="/dev/outbox">{m.outbox.filterClear}</a>}
        </div>
      </form>
      <p>
        <a href={props.to ? `/dev/outbox?format=json&to=${encodeURIComponent(props.to)}` : '/dev/outbox?format=json'}>
          {m.outbox.json}
        </a>
      </p>
      {props.mails.length === 0 && <p>{props.to ? format(m.outbox.emptyFor, { to: props.to }) : m.outbox.empty}</p>}
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
