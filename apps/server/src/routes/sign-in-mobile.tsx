import {
  loginTransactionChannel,
  type LoginTransaction,
  type PendingSecondFactor,
  type PushVerdict,
  readPushVerdict,
  takePushVerdict,
} from '@sesame/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../http/audit';
import { COOKIES } from '../http/cookies';
import { eventStreams } from '../http/event-stream';
import { handleForm } from '../http/forms';
import { sendPage, viewContext } from '../http/render-page';
import { finishSignIn } from '../login/finish-sign-in';
import { appLink, sendMobileRequest } from '../login/mobile-sign-in';
import { passwordStepPage } from '../login/password-step-page';
import { ON_MOBILE, onMobileIsEnough } from '../login/sign-in-methods';
import type { Services } from '../services';
import { SignInMobileEndedPage, SignInMobilePage } from '../views/pages/sign-in-mobile-page';

const VERDICT_EVENTS_HEARTBEAT_MS = 25_000;

type Pending = LoginTransaction & { secondFactor: PendingSecondFactor };

/**
 * "On mobile" (design §3 MOBILE_APP, §5 "On mobile"; issue #5 point 4; docs/adr/0007): from the
 * password page, without the password, a request to the app on this very phone; the page with
 * the link that opens the app on it; the verdict's event stream; the continuation that opens a
 * MOBILE_APP session on the app's approval — taken once, for this browser's transaction only.
 */
export function signInMobileRoutes(app: FastifyInstance, services: Services) {
  const ltx = services.loginTransactions;
  const streams = eventStreams(app, { heartbeatMs: VERDICT_EVENTS_HEARTBEAT_MS, name: 'on-mobile verdict events' });

  async function pending(request: FastifyRequest): Promise<{ handle: string; current: Pending } | null> {
    const handle = request.cookies[COOKIES.login];
    const current = await ltx.load(handle);
    if (!handle || current?.secondFactor?.method !== ON_MOBILE) return null;
    return { handle, current: current as Pending };
  }

  function waitPage(request: FastifyRequest, reply: FastifyReply, current: Pending, notice?: string) {
    const factor = current.secondFactor;
    const expired = services.clock.now().getTime() >= factor.expiresAt;
    return sendPage(
      reply,
      <SignInMobilePage
        ctx={viewContext(request, reply)}
        appLink={appLink(factor.shown ?? 0, factor.expiresAt)}
        expiresAt={new Date(factor.expiresAt)}
        notice={expired ? request.messages.signInMobile.expired : notice}
        expired={expired}
      />,
      expired ? 410 : 200,
    );
  }

  /**
   * "On mobile" on the password page, and "Send a new request" on the waiting page: a request to
   * the app, no password. Errors (a lock, too many requests) come back on the password page.
   */
  app.post('/login/mobile', async (request, reply) => {
    const handle = request.cookies[COOKIES.login];
    const current = await ltx.load(handle);
    if (!handle || !current?.email) return reply.redirect('/login', 303);
    const email = current.email;
    // Not offered when the application asks for more than MOBILE_APP (its acceptStrengths).
    if (!onMobileIsEnough(current.target)) return reply.redirect('/login/password', 303);
    return handleForm(
      services,
      request,
      reply,
      async () => {
        await sendMobileRequest(services, request, handle, { ...current, email, secondFactor: undefined });
        return reply.redirect('/login/mobile', 303);
      },
      (errors) => passwordStepPage(request, reply, { ...current, email }, undefined, errors),
    );
  });

  app.get('/login/mobile', async (request, reply) => {
    const found = await pending(request);
    if (!found) return reply.redirect('/login/password', 303);
    return waitPage(request, reply, found.current);
  });

  /**
   * The verdict of this browser's request, as soon as the app answers, and at once when it has
   * already answered (a tab that was suspended while the user was in the app opens a new stream
   * when it comes back). Only that something happened: POST /login/mobile/continue decides.
   */
  app.get('/login/mobile/events', async (request, reply) => {
    const found = await pending(request);
    if (!found) return reply.code(404).send();
    const { handle } = found;
    return streams.reply(request, reply, {
      async subscribe(emit) {
        const unsubscribe = await services.ephemeral.subscribe(loginTransactionChannel(handle), (message) => {
          const verdict = (JSON.parse(message) as { verdict?: PushVerdict }).verdict;
          if (verdict) emit('verdict', JSON.stringify({ verdict }));
        });
        const already = await readPushVerdict(services.devices, handle);
        if (already) emit('verdict', JSON.stringify({ verdict: already.verdict }));
        return unsubscribe;
      },
      stillValid: async () => (await ltx.load(handle))?.secondFactor !== undefined,
    });
  });

  app.post('/login/mobile/continue', async (request, reply) => {
    const found = await pending(request);
    if (!found) return reply.redirect('/login/password', 303);
    const { handle, current } = found;
    const factor = current.secondFactor;
    const t = request.messages.signInMobile;
    const verdict = await takePushVerdict(services.devices, handle);
    if (verdict === null) return waitPage(request, reply, current, t.notYet);

    if (verdict.verdict === 'approved') {
      const [user, device] = await Promise.all([
        services.durable.users.findById(factor.userId),
        services.durable.devices.findById(verdict.deviceId),
      ]);
      // The approval must come from an active device of the account the request was made for,
      // whose credentials have not changed since (a reset ends what was started before it).
      const valid =
        user !== null &&
        device !== null &&
        device.userId === user.id &&
        device.status === 'active' &&
        user.credentialsChangedAt.getTime() <= factor.passwordAt;
      if (valid) {
        // Two factors without the password: the device key (something you have) and the PIN
        // that unlocks its secret (something you know) — EU Login's MOBILE_APP, level MEDIUM.
        return finishSignIn(services, request, reply, {
          user,
          method: ON_MOBILE,
          strengths: [ON_MOBILE],
          mobileDevices: [{ id: device.id, name: device.name }],
          transaction: current,
          handle,
        });
      }
    }

    // Anything else ends the request: the user starts again from the password page.
    await ltx.save(handle, { ...current, secondFactor: undefined });
    await audit(services, request, 'sign_in.failed', factor.userId, {
      method: ON_MOBILE,
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
    return sendPage(reply, <SignInMobileEndedPage ctx={viewContext(request, reply)} message={message} />, 403);
  });
}
