import type { AppOffer } from '../http/app-offer';
import { format } from '../i18n/format-message';
import type { ViewContext } from './view-context';

/**
 * "Get the Sésame app" (issue 11, point 1; the annex's step 1, "install the app"): the app's
 * address as a link and as a QR code for the phone's own camera, and how to add it to the home
 * screen. On a phone, the app is offered directly: a QR to scan would be on the very screen that
 * should scan it. `headingLevel` lets a page nest it under its own headings.
 */
export function GetApp(props: { ctx: ViewContext; offer: AppOffer; headingLevel?: 2 | 3 }) {
  const g = props.ctx.m.getApp;
  const { offer } = props;
  const H = props.headingLevel === 3 ? 'h3' : 'h2';
  const Sub = props.headingLevel === 3 ? 'h4' : 'h3';
  return (
    <section class="get-app" aria-labelledby="get-app-title" data-testid="get-app">
      <H id="get-app-title">{g.title}</H>
      {offer.mobile ? (
        <>
          <p>{g.mobileIntro}</p>
          <p>
            <a href={offer.url} class="button" data-testid="open-app">
              {g.openOnPhone}
            </a>
          </p>
        </>
      ) : (
        <>
          <p>{g.intro}</p>
          <p>
            <a href={offer.url} data-testid="app-url">
              {offer.url}
            </a>
          </p>
          <p>{g.scan}</p>
          <p class="qr">
            <img
              src={offer.qrImage}
              alt={format(g.qrAlt, { url: offer.url })}
              width={192}
              height={192}
              data-testid="app-qr"
            />
          </p>
        </>
      )}
      <Sub>{g.installTitle}</Sub>
      <ul>
        <li>{g.android}</li>
        <li>{g.ios}</li>
      </ul>
    </section>
  );
}

/** Once a device is registered the app is known: a one-line reminder of its address and help. */
export function GetAppCompact(props: { ctx: ViewContext; offer: AppOffer }) {
  const g = props.ctx.m.getApp;
  const { offer } = props;
  return (
    <p class="get-app get-app--compact" data-testid="get-app">
      {offer.mobile ? (
        <a href={offer.url} data-testid="open-app">
          {g.openOnPhone}
        </a>
      ) : (
        <>
          {g.compact}{' '}
          <a href={offer.url} data-testid="app-url">
            {offer.url}
          </a>
        </>
      )}{' '}
      — <a href="/help/app">{g.helpLink}</a>
    </p>
  );
}
