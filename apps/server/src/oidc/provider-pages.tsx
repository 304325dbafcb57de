import type { Locale } from '@sesame/protocol';
import type { IncomingMessage } from 'node:http';
import { errors, type KoaContextWithOIDC } from 'oidc-provider';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { type Branding, DEFAULT_BRANDING } from '../branding/branding';
import { catalogues } from '../i18n/catalogues';
import { format } from '../i18n/format-message';
import { MessagePage } from '../views/pages/message-page';
import { OidcLogoutPage } from '../views/pages/oidc-logout-page';
import type { ViewContext } from '../views/view-context';

/**
 * The pages oidc-provider renders itself (errors, RP-initiated logout), in our layout and the
 * user's language instead of its defaults. They are produced inside the provider, outside the
 * portal scope, so the Fastify route that hands a request to the provider first notes the
 * language and the CSP nonce of the response here (helmet already put that nonce in the header).
 */
export interface ProviderPageContext {
  /** The page's language, worked out only when a page is rendered (it may read the session). */
  locale: () => Promise<Locale>;
  nonce: string;
  brand: Branding;
}

const pageContexts = new WeakMap<IncomingMessage, ProviderPageContext>();

export function setProviderPageContext(request: IncomingMessage, context: ProviderPageContext): void {
  pageContexts.set(request, context);
}

async function viewContextOf(ctx: KoaContextWithOIDC): Promise<ViewContext> {
  const page = pageContexts.get(ctx.req);
  const locale = page ? await page.locale() : 'fr';
  return {
    m: catalogues[locale],
    locale,
    nonce: page?.nonce ?? '',
    // No portal form in these pages (the header's sign-out form shows only with a user).
    csrf: '',
    // The language switch leads to the sign-in page: provider URLs hold one-time state.
    path: '/login',
    brand: page?.brand ?? DEFAULT_BRANDING,
  };
}

function send(ctx: KoaContextWithOIDC, page: VNode): void {
  ctx.type = 'html';
  ctx.set('cache-control', 'no-store');
  ctx.body = `<!doctype html>${renderToString(page)}`;
}

/**
 * Errors the provider must not send back to the application: unknown client, unregistered
 * redirect_uri (never redirected to, RFC 9700 §4.1.3), expired interaction… The status is the
 * provider's; the wire error stays visible for the helpdesk.
 */
export async function renderError(
  ctx: KoaContextWithOIDC,
  out: { error: string; error_description?: string | undefined },
  error: Error,
): Promise<void> {
  const view = await viewContextOf(ctx);
  const { m } = view;
  const message =
    out.error === 'temporarily_unavailable'
      ? m.errors.STORE_UNAVAILABLE
      : error instanceof errors.SessionNotFound
        ? m.oidc.expired
        : out.error === 'invalid_redirect_uri'
          ? m.oidc.invalidRedirect
          : out.error === 'invalid_client'
            ? m.oidc.unknownClient
            : m.oidc.invalidRequest;
  const detail = out.error_description ? `${out.error} (${out.error_description})` : out.error;
  send(
    ctx,
    <MessagePage
      ctx={view}
      title={m.oidc.errorTitle}
      kind="error"
      message={`${message} ${format(m.oidc.technicalDetail, { detail })}`}
      link={{ href: '/login', label: m.errors.backHome }}
    />,
  );
}

/** `features.rpInitiatedLogout.logoutSource`: the question, with the provider's form target and token. */
export async function logoutSource(ctx: KoaContextWithOIDC, form: string): Promise<void> {
  const action = /\saction="([^"]+)"/.exec(form)?.[1];
  const xsrf = /\sname="xsrf" value="([^"]+)"/.exec(form)?.[1];
  if (!action || !xsrf) throw new Error('unexpected oidc-provider logout form');
  const client = ctx.oidc.client;
  send(ctx, <OidcLogoutPage ctx={await viewContextOf(ctx)} action={action} xsrf={xsrf} appName={client?.clientName} />);
}

/** `features.rpInitiatedLogout.postLogoutSuccessSource`: when the application gave no post_logout_redirect_uri. */
export async function postLogoutSuccessSource(ctx: KoaContextWithOIDC): Promise<void> {
  const view = await viewContextOf(ctx);
  const { m } = view;
  // oidc-provider names the client only when the user chose to leave that application alone.
  const client = ctx.oidc.client;
  send(
    ctx,
    <MessagePage
      ctx={view}
      title={m.oidc.signedOutTitle}
      kind="success"
      message={client ? format(m.oidc.signedOutOf, { app: client.clientName ?? client.clientId }) : m.oidc.signedOut}
      link={{ href: '/login', label: m.oidc.signInAgain }}
    />,
  );
}
