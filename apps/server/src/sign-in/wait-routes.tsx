import {
  isUsableDevice,
  loginTransactionChannel,
  type LoginTransaction,
  type PendingSecondFactor,
  type PushVerdict,
  readPushVerdict,
  takePushVerdict,
} from '@sesame/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { COOKIES } from '../http/cookies';
import { eventStreams } from '../http/event-stream';
import { sendPage, viewContext } from '../http/render-page';
import { PushEndedPage } from '../views/sign-in/push-wait-page';
import type { SignInRoutesContext } from './context';
import { finishSignIn } from './finish-sign-in';
import type { PendingView, WaitMethodPage } from './method-pages';
import { sendMobileRequest } from './mobile-sign-in';
import { passwordStepPage } from './password-step-page';
import { PASSWORD_STEP_VALID_MS, sendPushRequest } from './push-sign-in';
import { challengeRedirect, passwordRedirect } from './redirects';
import { signInForm } from './sign-in-form';
import { onMobileIsEnough } from './sign-in-methods';

const VERDICT_EVENTS_HEARTBEAT_MS = 25_000;

type Pending = LoginTransaction & { secondFactor: PendingSecondFactor };

/** This browser's transaction, when it waits for the app's verdict on a push of `wireName`. */
async function pendingPush(
  ctx: SignInRoutesContext,
  request: FastifyRequest,
  wireName: WaitMethodPage['wireName'],
): Promise<{ handle: string; current: Pending } | null> {
  const handle = request.cookies[COOKIES.login];
  const current = await ctx.methods.transactions.load(handle);
  if (!handle || current?.secondFactor?.method !== wireName) return null;
  return { handle, current: current as Pending };
}

function pendingView(factor: PendingSecondFactor): PendingView {
  return { userId: factor.userId, shown: factor.shown ?? 0, expiresAt: factor.expiresAt };
}

/**
 * The browser's side of a method the app answers by itself (design §4 step 3, §5 "PIN code" and
 * "On mobile"): the page that waits, its event stream, the continuation that opens the session on
 * the app's approval — taken once, for this browser's transaction only — and a new request.
 */
export function waitRoutes(app: FastifyInstance, ctx: SignInRoutesContext, wait: WaitMethodPage) {
  const ltx = ctx.methods.transactions;
  const streams = eventStreams(app, { heartbeatMs: VERDICT_EVENTS_HEARTBEAT_MS, name: wait.streamName });
  const pending = (request: FastifyRequest) => pendingPush(ctx, request, wait.wireName);

  async function waitPage(request: FastifyRequest, reply: FastifyReply, current: Pending, notice?: string) {
    const expired = ctx.clock.now().getTime() >= current.secondFactor.expiresAt;
    const state = { notice: expired ? wait.messages(request.messages).expired : notice, expired };
    const page = await wait.page(ctx, viewContext(request, reply), pendingView(current.secondFactor), state);
    return sendPage(reply, page, expired ? 410 : 200);
  }

  app.get(wait.paths.page, async (request, reply) => {
    const found = await pending(request);
    if (!found) return challengeRedirect(reply);
    return waitPage(request, reply, found.current);
  });

  /**
   * The verdict of this browser's request, as soon as the app answers, and at once when it has
   * already answered (a tab that was suspended while the user was in the app opens a new stream
   * when it comes back). Only that something happened: the continuation decides. Keyed by the
   * transaction handle's digest (device-channels.ts).
   */
  app.get(wait.paths.events, async (request, reply) => {
    const found = await pending(request);
    if (!found) return reply.code(404).send();
    const { handle } = found;
    return streams.reply(request, reply, {
      async subscribe(emit) {
        const unsubscribe = await ctx.methods.devices.ephemeral.subscribe(
          loginTransactionChannel(handle),
          (message) => {
            const verdict = (JSON.parse(message) as { verdict?: PushVerdict }).verdict;
            if (verdict) emit('verdict', JSON.stringify({ verdict }));
          },
        );
        const already = await readPushVerdict(ctx.methods.devices, handle);
        if (already) emit('verdict', JSON.stringify({ verdict: already.verdict }));
        return unsubscribe;
      },
      stillValid: async () => (await ltx.load(handle))?.secondFactor !== undefined,
    });
  });

  app.post(wait.paths.continue, async (request, reply) => {
    const found = await pending(request);
    if (!found) return challengeRedirect(reply);
    const { handle, current } = found;
    const factor = current.secondFactor;
    const t = wait.messages(request.messages);
    const verdict = await takePushVerdict(ctx.methods.devices, handle);
    if (verdict === null) return waitPage(request, reply, current, t.notYet);

    if (verdict.verdict === 'approved') {
      const { durable } = ctx.methods.devices;
      const [user, device] = await Promise.all([
        durable.users.findById(factor.userId),
        durable.devices.findById(verdict.deviceId),
      ]);
      // The approval must come from an active device of the account the request was made for,
      // whose credentials have not changed since the password was checked or the request made
      // (design §10: a reset ends what was started before it).
      const valid =
        user !== null &&
        device !== null &&
        device.userId === user.id &&
        isUsableDevice(device, ctx.clock.now()) &&
        user.credentialsChangedAt.getTime() <= factor.passwordAt;
      if (valid) {
        return finishSignIn(ctx, request, reply, {
          user,
          method: wait.wireName,
          strengths: [...wait.strengths],
          mobileDevices: [{ id: device.id, name: device.name }],
          transaction: current,
          handle,
        });
      }
    }

    // Anything else ends this second factor: the user starts again from the password page.
    await ltx.save(handle, { ...current, secondFactor: undefined });
    await ctx.audit('sign_in.failed', factor.userId, request.meta, {
      method: wait.wireName,
      reason: `push_${verdict.verdict}`,
    });
    const message =
      verdict.verdict === 'approved' || verdict.verdict === 'cancelled'
        ? t.cancelled
        : verdict.verdict === 'denied'
          ? t.denied
          : verdict.verdict === 'reported'
            ? t.reported
            : t.failed;
    return sendPage(
      reply,
      <PushEndedPage ctx={viewContext(request, reply)} title={t.title} message={message} signInAgain={t.signInAgain} />,
      403,
    );
  });

  if (wait.position === 'after-password') {
    /** "Send a new request": another push, while the password step is recent enough. */
    app.post(wait.paths.resend, async (request, reply) => {
      const found = await pending(request);
      if (!found) return challengeRedirect(reply);
      const { handle, current } = found;
      const factor = current.secondFactor;
      if (ctx.clock.now().getTime() - factor.passwordAt > PASSWORD_STEP_VALID_MS) {
        await ltx.save(handle, { ...current, secondFactor: undefined });
        return challengeRedirect(reply);
      }
      await sendPushRequest(ctx, request, handle, current, factor.userId, factor.passwordAt);
      return reply.redirect(wait.paths.page, 303);
    });
  } else {
    /**
     * "On mobile" on the password page, and "Send a new request" on the waiting page: a request
     * to the app, no password. Errors (a lock, too many requests) come back on the password page.
     */
    app.post(wait.paths.resend, async (request, reply) => {
      const handle = request.cookies[COOKIES.login];
      const current = await ltx.load(handle);
      if (!handle || !current?.email) return passwordRedirect(reply);
      const email = current.email;
      // Not offered when the application asks for more than MOBILE_APP (its acceptStrengths).
      if (!onMobileIsEnough(current.target)) return challengeRedirect(reply);
      return signInForm(
        ctx.messageOptions,
        request,
        reply,
        async () => {
          await sendMobileRequest(ctx, request, handle, { ...current, email, secondFactor: undefined });
          return reply.redirect(wait.paths.page, 303);
        },
        (errors) => passwordStepPage(request, reply, { ...current, email }, undefined, errors),
      );
    });
  }
}
