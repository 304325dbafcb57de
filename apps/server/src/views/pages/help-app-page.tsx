import type { AppOffer } from '../../http/app-offer';
import { GetApp } from '../get-app';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/** /help/app: the annex's step 1, "install the app", for an agent with nobody to ask (issue 11, point 1). */
export function HelpAppPage(props: { ctx: ViewContext; offer: AppOffer }) {
  const g = props.ctx.m.getApp;
  return (
    <Layout ctx={props.ctx} title={g.helpTitle}>
      <h1>{g.helpTitle}</h1>
      <p>{g.helpIntro}</p>
      <GetApp ctx={props.ctx} offer={props.offer} />
      <h2>{g.manageDevices}</h2>
      <p>{g.helpNext}</p>
      <p>
        <a href="/account/devices/new" data-testid="manage-devices">
          {g.manageDevices}
        </a>
      </p>
      {/* Step 1 of the 14 (issue 11, point 5): the whole guide, with its screenshots. */}
      <p>
        <a href="/help">{props.ctx.m.organisation.readHelp}</a>
      </p>
    </Layout>
  );
}
