import { Actions } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/**
 * The new recovery codes, shown this once (docs/adr/0028: never stored in clear, never shown
 * again): print, copy (recovery-codes.js, hidden without JavaScript), download as a .txt file (a
 * `data:` link: the codes never travel again), then "I have saved them".
 */
export function RecoveryCodesShownPage(props: { ctx: ViewContext; codes: readonly string[] }) {
  const r = props.ctx.m.recoveryCodes;
  const file = [r.fileIntro, '', ...props.codes, ''].join('\n');
  return (
    <Layout ctx={props.ctx} title={r.shownTitle}>
      <h1>{r.shownTitle}</h1>
      <p class="notice notice--info" role="status">
        {r.shownOnce}
      </p>
      <ol class="recovery-codes" aria-label={r.listLabel} data-testid="recovery-codes">
        {props.codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <Actions>
        <button type="button" class="button button--secondary" data-print hidden>
          {r.print}
        </button>
        <button type="button" class="button button--secondary" data-copy={props.codes.join('\n')} hidden>
          {r.copy}
        </button>
        <a
          class="button button--secondary"
          download="sesame-recovery-codes.txt"
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(file)}`}
        >
          {r.download}
        </a>
      </Actions>
      <Actions>
        <a href="/account/recovery-codes" class="button" data-testid="codes-saved">
          {r.saved}
        </a>
      </Actions>
      <script src="/static/recovery-codes.js" nonce={props.ctx.nonce} defer />
    </Layout>
  );
}
