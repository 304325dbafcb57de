import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { COOKIES } from '../http/cookies';
import { eventStreams } from '../http/event-stream';
import { sendPage, viewContext } from '../http/render-page';
import { PushEndedPage } from '../views/sign-in/push-wait-page';
import type { SignInRoutesContext } from './context';
import { finishSignIn } from './finish-sign-in';
import type { WaitMethodPage, WaitMessages } from './method-pages';
import { passwordStepPage } from './password-step-page';
import { redirectFor } from './redirects';
import { signInForm } from './sign-in-form';
import { signInMeta } from './sign-in-meta';

const VERDICT_EVENTS_HEARTBEAT_MS = 25_000;

/** What the page says when the app's verdict ended the challenge (an approval refused here reads as "cancelled"). */
function endedMessage(t: WaitMessages, reason: string): string {
  if (reason === 'denied') return t.denied;
  if (reason === 'reported') return t.reported;
  if (reason === 'failed') return t.failed;
  return t.cancelled;
}

/**
 * The browser's side of a method the app answers by itself (design §4 step 3, §5 "PIN code" and
 * "On mobile"): the page that waits, its event stream, the continuation that opens the session on
 * the app's approval — taken once, for this browser's sign-in only — and a new request. The
 * engine decides every step; this maps its answers to today's pages, statuses and redirects.
 */
export function waitRoutes(app: FastifyInstance, ctx: SignInRoutesContext, wait: WaitMethodPage) {
  const { engine } = ctx;
  const streams = eventStreams(app, { heartbeatMs: VERDICT_EVENTS_HEARTBEAT_MS, name: wait.streamName });

  /** The waiting page (410 once the challenge has expired), or back to the step the browser is at. */
  async function waitPage(request: FastifyRequest, reply: FastifyReply, notice?: string) {
    const t = wait.messages(request.messages);
    const view = viewContext(request, reply);
    const shown = await wait.show(engine, request.cookies[COOKIES.login], signInMeta(request), view, (expired) =>
      expired ? t.expired : notice,
    );
    if (!shown.ok) return redirectFor(reply, shown.error, 'challenge');
    return sendPage(reply, shown.state.page, shown.state.expired ? 410 : 200);
  }

  app.get(wait.paths.page, async (request, reply) => waitPage(request, reply));

  /**
   * The verdict of this browser's request, as soon as the app answers, and at once when it has
   * already answered (a tab that was suspended while the user was in the app opens a new stream
   * when it comes back). Only that something happened: the continuation decides.
   */
  app.get(wait.paths.events, async (request, reply) => {
    const handle = request.cookies[COOKIES.login];
    const current = await engine.load(handle);
    const live = ctx.methods.byId(wait.method)?.live;
    if (!handle || !live || current?.step !== 'challenge' || current.method !== wait.method) {
      return reply.code(404).send();
    }
    return streams.reply(request, reply, {
      subscribe: (emit) => live.watch(handle, (verdict) => emit('verdict', JSON.stringify({ verdict }))),
      stillValid: async () => (await engine.load(handle))?.step === 'challenge',
    });
  });

  app.post(wait.paths.continue, async (request, reply) => {
    const handle = request.cookies[COOKIES.login];
    const step = await engine.settle(handle, wait.method, {}, signInMeta(request));
    if (!step.ok) return redirectFor(reply, step.error, 'challenge');
    const { next, settled, account } = step.state;
    const t = wait.messages(request.messages);
    if (settled.verdict === 'pending' || settled.verdict === 'expired') return waitPage(request, reply, t.notYet);
    if (next.step === 'authenticated') return finishSignIn(ctx, request, reply, step.handle, next, account);
    // Anything else ends this challenge (the engine wrote the `sign_in.failed` entry): the user
    // starts again from the password page.
    const reason = settled.verdict === 'ended' ? settled.reason : 'cancelled';
    return sendPage(
      reply,
      <PushEndedPage
        ctx={viewContext(request, reply)}
        title={t.title}
        message={endedMessage(t, reason)}
        signInAgain={t.signInAgain}
      />,
      403,
    );
  });

  if (wait.start === 'after-password') {
    /** "Send a new request": another push, while the password step is recent enough (else the password again). */
    app.post(wait.paths.resend, async (request, reply) => {
      const step = await engine.renew(request.cookies[COOKIES.login], wait.method, signInMeta(request));
      if (!step.ok) return redirectFor(reply, step.error, 'challenge');
      return reply.redirect(step.state.step === 'challenge' ? wait.paths.page : '/login/password', 303);
    });
  } else {
    /**
     * A method instead of the password ("On mobile") on the password page, and "Send a new
     * request" on its waiting page: a request to the app, no password. Not offered below what the
     * application asks (its acceptStrengths). Errors (a lock, too many requests) come back on the
     * password page.
     */
    app.post(wait.paths.resend, async (request, reply) => {
      const handle = request.cookies[COOKIES.login];
      const current = await engine.load(handle);
      if (!current || current.step === 'identify') return reply.redirect('/login', 303);
      const email = current.email;
      return signInForm(
        ctx.messageOptions,
        request,
        reply,
        async () => {
          const step = await engine.startInstead(handle, wait.method, signInMeta(request));
          if (!step.ok) return redirectFor(reply, step.error, 'password');
          return reply.redirect(wait.paths.page, 303);
        },
        (errors) => passwordStepPage(ctx, request, reply, { ctx: current.ctx, email }, undefined, errors),
      );
    });
  }
}
