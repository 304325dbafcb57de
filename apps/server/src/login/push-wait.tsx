import {
  isUsableDevice,
  loginTransactionChannel,
  type LoginTransaction,
  type PendingSecondFactor,
  type PushVerdict,
  readPushVerdict,
  takePushVerdict,
} from '@sesame/core';
import type { Strength } from '@sesame/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { audit } from '../http/audit';
import { COOKIES } from '../http/cookies';
import { eventStreams } from '../http/event-stream';
import { sendPage, viewContext } from '../http/render-page';
import type { Messages } from '../i18n/en';
import type { Services } from '../services';
import { PushEndedPage } from '../views/pages/push-wait-page';
import type { ViewContext } from '../views/view-context';
import { finishSignIn } from './finish-sign-in';

const VERDICT_EVENTS_HEARTBEAT_MS = 25_000;

export type PendingPush = LoginTransaction & { secondFactor: PendingSecondFactor };

/** What the wait says, from the method's own part of the catalogue. */
interface PushWaitMessages {
  title: string;
  signInAgain: string;
  expired: string;
  notYet: string;
  cancelled: string;
  denied: string;
  reported: string;
  failed: string;
}

/** One push method's wait: its second factor, its routes and its own page. */
export interface PushWait {
  method: 'PASSWORD_MOBILE_APP' | 'MOBILE_APP';
  /** What an approval proves, in the session and for the applications. */
  strengths: Strength[];
  paths: { page: string; events: string; continue: string };
  /** The event streams' name in the logs. */
  streamName: string;
  messages: (m: Messages) => PushWaitMessages;
  page: (
    ctx: ViewContext,
    current: PendingPush,
    state: { notice?: string; expired: boolean },
  ) => VNode | Promise<VNode>;
}

/** This browser's transaction, when it waits for the app's verdict on a push of `method`. */
export async function pendingPush(
  services: Services,
  request: FastifyRequest,
  method: PushWait['method'],
): Promise<{ handle: string; current: PendingPush } | null> {
  const handle = request.cookies[COOKIES.login];
  const current = await services.loginTransactions.load(handle);
  if (!handle || current?.secondFactor?.method !== method) return null;
  return { handle, current: current as PendingPush };
}

/**
 * The browser's side of a push (design §4 step 3, §5 "PIN code" and "On mobile"): the page that
 * waits, its event stream, and the continuation that opens the session on the app's approval —
 * taken once, for this browser's transaction only. Starting and resending stay with the method.
 */
export function pushWaitRoutes(app: FastifyInstance, services: Services, wait: PushWait) {
  const ltx = services.loginTransactions;
  const streams = eventStreams(app, { heartbeatMs: VERDICT_EVENTS_HEARTBEAT_MS, name: wait.streamName });
  const pending = (request: FastifyRequest) => pendingPush(services, request, wait.method);

  async function waitPage(request: FastifyRequest, reply: FastifyReply, current: PendingPush, notice?: string) {
    const expired = services.clock.now().getTime() >= current.secondFactor.expiresAt;
    const state = { notice: expired ? wait.messages(request.messages).expired : notice, expired };
    return sendPage(reply, await wait.page(viewContext(request, reply), current, state), expired ? 410 : 200);
  }

  app.get(wait.paths.page, async (request, reply) => {
    const found = await pending(request);
    if (!found) return reply.redirect('/login/password', 303);
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

  app.post(wait.paths.continue, async (request, reply) => {
    const found = await pending(request);
    if (!found) return reply.redirect('/login/password', 303);
    const { handle, current } = found;
    const factor = current.secondFactor;
    const t = wait.messages(request.messages);
    const verdict = await takePushVerdict(services.devices, handle);
    if (verdict === null) return waitPage(request, reply, current, t.notYet);

    if (verdict.verdict === 'approved') {
      const [user, device] = await Promise.all([
        services.durable.users.findById(factor.userId),
        services.durable.devices.findById(verdict.deviceId),
      ]);
      // The approval must come from an active device of the account the request was made for,
      // whose credentials have not changed since the password was checked or the request made
      // (design §10: a reset ends what was started before it).
      const valid =
        user !== null &&
        device !== null &&
        device.userId === user.id &&
        isUsableDevice(device, services.clock.now()) &&
        user.credentialsChangedAt.getTime() <= factor.passwordAt;
      if (valid) {
        return finishSignIn(services, request, reply, {
          user,
          method: wait.method,
          strengths: wait.strengths,
          mobileDevices: [{ id: device.id, name: device.name }],
          transaction: current,
          handle,
        });
      }
    }

    // Anything else ends this second factor: the user starts again from the password page.
    await ltx.save(handle, { ...current, secondFactor: undefined });
    await audit(services, request, 'sign_in.failed', factor.userId, {
      method: wait.method,
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
}
