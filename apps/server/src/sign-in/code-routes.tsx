import { isSesameError, type SesameError } from '@sesame/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { COOKIES } from '../http/cookies';
import { blockEnd, formErrors, STATUS } from '../http/error-map';
import { parseForm } from '../http/parse-form';
import { sendPage, viewContext } from '../http/render-page';
import { format } from '../i18n/format-message';
import type { FormErrors } from '../views/view-context';
import type { SignInRoutesContext } from './context';
import { finishSignIn } from './finish-sign-in';
import { type CodeChallenge, codeMethodErrors, type CodeMethodPage } from './method-pages';
import { redirectFor } from './redirects';
import { signInMeta } from './sign-in-meta';

/**
 * A code page's answer (ADR 0026 §2.10): plain optional strings, the method's parseAnswer checks
 * them (app-qr, totp, recovery-code read `code`; webauthn the browser's JSON in `credential`).
 */
const codeForm = z.object({ code: z.string().optional(), credential: z.string().optional() });

/**
 * The browser's side of a method whose answer the user types (design §4 step 3, §5 "QR code";
 * issue #5): the challenge of this browser's sign-in and the field for the code the app shows.
 * The engine settles the answer; this maps its verdicts to today's statuses: wrong 401, blocked
 * 403, malformed 400, expired 410, another domain error STATUS[code].
 */
export function codeRoutes(app: FastifyInstance, ctx: SignInRoutesContext, code: CodeMethodPage) {
  const { engine } = ctx;

  /** The page of `challenge` (as it was when the answer came); 410 with its reason once it has expired. */
  async function codePage(
    request: FastifyRequest,
    reply: FastifyReply,
    challenge: CodeChallenge,
    options: { errors?: FormErrors; status?: number } = {},
  ) {
    const notice = challenge ? undefined : code.messages(request.messages).expired;
    const page = await code.page(viewContext(request, reply), challenge, { notice, errors: options.errors });
    return sendPage(reply, page, challenge ? (options.status ?? 200) : 410);
  }

  /** A settle's error in words: NO_ACTIVE_DEVICE in this method's own (its factor went away). */
  function codeErrors(request: FastifyRequest, error: SesameError): FormErrors {
    return codeMethodErrors(request.messages, code, formErrors(request.messages, error, ctx.messageOptions));
  }

  app.get(code.paths.page, async (request, reply) => {
    const shown = await code.challenge(engine, request.cookies[COOKIES.login], signInMeta(request));
    if (!shown.ok) return redirectFor(reply, shown.error, 'challenge');
    return codePage(request, reply, shown.state);
  });

  app.post(code.paths.page, async (request, reply) => {
    const handle = request.cookies[COOKIES.login];
    const meta = signInMeta(request);
    // The challenge the answer is for: what the page shows again when the answer does not open a session.
    const shown = await code.challenge(engine, handle, meta);
    if (!shown.ok) return redirectFor(reply, shown.error, 'challenge');
    const challenge = shown.state;
    let step;
    try {
      step = await engine.settle(handle, code.method, parseForm(request, codeForm), meta);
    } catch (error) {
      // A malformed code (the method's parseAnswer): 400 on the field, the challenge stays.
      // Anything else — a store that does not answer among them — ends nothing and goes on up.
      if (!isSesameError(error, 'INVALID_INPUT')) throw error;
      const errors = formErrors(request.messages, error, ctx.messageOptions);
      return codePage(request, reply, challenge, { errors, status: 400 });
    }
    if (!step.ok) return redirectFor(reply, step.error, 'challenge');
    const { next, settled, account } = step.state;
    switch (settled.verdict) {
      case 'verified':
        if (next.step === 'authenticated') return finishSignIn(ctx, request, reply, step.handle, next, account);
        // The password changed since it was checked (design §10): asked again.
        return reply.redirect('/login/password', 303);
      case 'pending':
      case 'expired':
        return codePage(request, reply, null);
      case 'refused': {
        // A refused answer may come with a new challenge (a security key's: its challenge is
        // single use, docs/adr/0029 §2): the page shows the challenge as it is now.
        const now = await code.challenge(engine, step.handle, meta);
        const current = now.ok && now.state !== null ? now.state : challenge;
        if (settled.error) {
          const errors = codeErrors(request, settled.error);
          return codePage(request, reply, current, { errors, status: 400 });
        }
        const errors = { fields: { code: code.messages(request.messages).wrongCode } };
        return codePage(request, reply, current, { errors, status: 401 });
      }
      case 'ended': {
        // No challenge for this sign-in any more, no active device, or this wrong code blocked
        // the last one: this method ends, the user is told why.
        if (settled.error) {
          const errors = codeErrors(request, settled.error);
          return codePage(request, reply, challenge, { errors, status: STATUS[settled.error.code] });
        }
        const m = request.messages;
        const message = format(code.messages(m).blocked, { time: blockEnd(m, settled.blockedUntil) });
        return codePage(request, reply, challenge, { errors: { fields: { code: message } }, status: 403 });
      }
    }
  });

  /** "New QR code": another challenge, while the password step is recent enough (else the password again). */
  app.post(code.paths.renew, async (request, reply) => {
    const step = await engine.renew(request.cookies[COOKIES.login], code.method, signInMeta(request));
    if (!step.ok) return redirectFor(reply, step.error, 'challenge');
    return reply.redirect(step.state.step === 'challenge' ? code.paths.page : '/login/password', 303);
  });
}
