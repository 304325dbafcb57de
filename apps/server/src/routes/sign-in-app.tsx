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
import { sendPage, viewContext } from '../http/render-page';
import { finishSignIn } from '../login/finish-sign-in';
import { PASSWORD_STEP_VALID_MS, sendPushRequest } from '../login/push-sign-in';
import type { Services } from '../services';
import { SignInAppEndedPage, SignInAppPage } from '../views/pages/sign-in-app-page';

const VERDICT_EVENTS_HEARTBEAT_MS = 25_000;

type Pending = LoginTransaction & { secondFactor: PendingSecondFactor };

/**
 * "Sésame app with PIN code", the browser's side (design §4 step 3, §5 "PIN code"): the page
 * that shows the number and waits, its event stream, and the continuation that opens the
 * session on the app's approval — taken once, for this browser's transaction only.
 */
export function signInAppRoutes(app: FastifyInstance, services: Services) {
  const ltx = services.loginTransactions;
  const streams = eventStreams(app, { heartbeatMs: VERDICT_EVENTS_HEARTBEAT_MS, name: 'sign-in verdict events' });

  async function pending(request: FastifyRequest): Promise<{ handle: string; current: Pending } | null> {
    const handle = request.cookies[COOKIES.login];
    const current = await ltx.load(handle);
    if (!handle || current?.secondFactor?.method !== 'PASSWORD_MOBILE_APP') return null;
    return { handle, current: current as Pending };
  }

  async function deviceNames(userId: string): Promise<string[]> {
    const devices = await services.durable.devices.listByUser(userId);
    return devices.filter((d) => d.status === 'active').map((d) => d.name);
  }

  async function waitPage(request: FastifyRequest, reply: FastifyReply, current: Pending, notice?: string) {
    const factor = current.secondFactor;
    const expired = services.clock.now().getTime() >= factor.expiresAt;
    return sendPage(
      reply,
      <SignInAppPage
        ctx={viewContext(request, reply)}
        shown={factor.shown ?? 0}
        deviceNames={await deviceNames(factor.userId)}
        expiresAt={new Date(factor.expiresAt)}
        notice={expired ? request.messages.signInApp.expired : notice}
        expired={expired}
      />,
      expired ? 410 : 200,
    );
  }

  app.get('/login/app', async (request, reply) => {
    const found = await pending(request);
    if (!found) return reply.redirect('/login/password', 303);
    return waitPage(request, reply, found.current);
  });

  /**
   * The verdict of this browser's request, as soon as the app answers (and at once when it has
   * already answered). Only that something happened: the page then asks POST /login/app, which
   * decides. Keyed by the transaction handle's digest (device-channels.ts).
   */
  app.get('/login/app/events', async (request, reply) => {
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

  app.post('/login/app', async (request, reply) => {
    const found = await pending(request);
    if (!found) return reply.redirect('/login/password', 303);
    const { handle, current } = found;
    const factor = current.secondFactor;
    const a = request.messages.signInApp;
    const verdict = await takePushVerdict(services.devices, handle);
    if (verdict === null) return waitPage(request, reply, current, a.notYet);

    if (verdict.verdict === 'approved') {
      const [user, device] = await Promise.all([
        services.durable.users.findById(factor.userId),
        services.durable.devices.findById(verdict.deviceId),
      ]);
      // The approval must come from an active device of the account whose password was given,
      // and the password must not have changed since it was checked (design §10).
      const valid =
        user !== null &&
        device !== null &&
        device.userId === user.id &&
        device.status === 'active' &&
        user.credentialsChangedAt.getTime() <= factor.passwordAt;
      if (valid) {
        return finishSignIn(services, request, reply, {
          user,
          method: 'PASSWORD_MOBILE_APP',
          strengths: ['PASSWORD', 'PASSWORD_MOBILE_APP'],
          mobileDevices: [{ id: device.id, name: device.name }],
          transaction: current,
          handle,
        });
      }
    }

    // Anything else ends this second factor: the password is asked again.
    await ltx.save(handle, { ...current, secondFactor: undefined });
    await audit(services, request, 'sign_in.failed', factor.userId, {
      method: 'PASSWORD_MOBILE_APP',
      reason: `push_${verdict.verdict}`,
    });
    const message =
      verdict.verdict === 'approved' || verdict.verdict === 'cancelled'
        ? a.cancelled
        : verdict.verdict === 'denied'
          ? a.denied
          : verdict.verdict === 'reported'
            ? a.reported
            : a.failed;
    return sendPage(reply, <SignInAppEndedPage ctx={viewContext(request, reply)} message={message} />, 403);
  });

  /** "Send a new request": another push, while the password step is recent enough. */
  app.post('/login/app/resend', async (request, reply) => {
    const found = await pending(request);
    if (!found) return reply.redirect('/login/password', 303);
    const { handle, current } = found;
    const factor = current.secondFactor;
    if (services.clock.now().getTime() - factor.passwordAt > PASSWORD_STEP_VALID_MS) {
      await ltx.save(handle, { ...current, secondFactor: undefined });
      return reply.redirect('/login/password', 303);
    }
    await sendPushRequest(services, request, handle, current, factor.userId, factor.passwordAt);
    return reply.redirect('/login/app', 303);
  });
}
