import type { ViewContext } from './view-context';

/** Where the server serves @simplewebauthn/browser's bundle (http/register-shell.ts). */
export const SIMPLEWEBAUTHN_BROWSER_PATH = '/static/vendor/simplewebauthn-browser.js';

/**
 * The browser side of a WebAuthn ceremony (docs/adr/0029 §6): @simplewebauthn/browser 14 (its UMD
 * bundle, the global SimpleWebAuthnBrowser), then webauthn.js, which reads the options off the
 * page's `[data-webauthn]` element. Both carry the page's nonce (strict CSP, design §10).
 */
export function WebAuthnScripts(props: { ctx: ViewContext }) {
  return (
    <>
      <script src={SIMPLEWEBAUTHN_BROWSER_PATH} nonce={props.ctx.nonce} defer />
      <script src="/static/webauthn.js" nonce={props.ctx.nonce} defer />
    </>
  );
}
