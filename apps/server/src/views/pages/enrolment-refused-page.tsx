import { Actions } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/**
 * Issue 11, point 2: the phone that scanned the QR refused it before the PIN — it already serves
 * another person (`other-account`; the instruction: one phone, one person) or this account
 * (`same-account`). The QR page's script comes here at once; the page says why and what next.
 */
export function EnrolmentRefusedPage(props: { ctx: ViewContext; reason: 'other-account' | 'same-account' }) {
  const r = props.ctx.m.enrolmentRefused;
  const other = props.reason === 'other-account';
  return (
    <Layout ctx={props.ctx} title={r.title}>
      <h1>{r.title}</h1>
      <div class="notice notice--error" role="alert" data-testid="enrolment-refused">
        {other ? r.otherAccount : r.sameAccount}
      </div>
      <h2>{r.nextTitle}</h2>
      <p>{other ? r.otherAccountNext : r.sameAccountNext}</p>
      <Actions>
        <a href="/account/devices/new" class="button button--primary">
          {r.addAgain}
        </a>
        <a href="/account/devices" class="button">
          {r.backToDevices}
        </a>
      </Actions>
    </Layout>
  );
}
