import { isUsableDevice } from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import { PASSWORD_STEP_VALID_MS, sendPushRequest } from '../login/push-sign-in';
import { pendingPush, pushWaitRoutes } from '../login/push-wait';
import type { Services } from '../services';
import { SignInAppPage } from '../views/pages/sign-in-app-page';

/**
 * "Sésame app with PIN code", the browser's side (design §4 step 3, §5 "PIN code"): the page
 * that shows the number and waits, its event stream, and the continuation that opens the
 * session on the app's approval — taken once, for this browser's transaction only.
 */
export function signInAppRoutes(app: FastifyInstance, services: Services) {
  async function deviceNames(userId: string): Promise<string[]> {
    const devices = await services.durable.devices.listByUser(userId);
    return devices.filter((d) => isUsableDevice(d, services.clock.now())).map((d) => d.name);
  }

  pushWaitRoutes(app, services, {
    method: 'PASSWORD_MOBILE_APP',
    strengths: ['PASSWORD', 'PASSWORD_MOBILE_APP'],
    paths: { page: '/login/app', events: '/login/app/events', continue: '/login/app' },
    streamName: 'sign-in verdict events',
    messages: (m) => m.signInApp,
    page: async (ctx, { secondFactor: factor }, state) => (
      <SignInAppPage
        ctx={ctx}
        shown={factor.shown ?? 0}
        deviceNames={await deviceNames(factor.userId)}
        expiresAt={new Date(factor.expiresAt)}
        {...state}
      />
    ),
  });

  /** "Send a new request": another push, while the password step is recent enough. */
  app.post('/login/app/resend', async (request, reply) => {
    const found = await pendingPush(services, request, 'PASSWORD_MOBILE_APP');
    if (!found) return reply.redirect('/login/password', 303);
    const { handle, current } = found;
    const factor = current.secondFactor;
    if (services.clock.now().getTime() - factor.passwordAt > PASSWORD_STEP_VALID_MS) {
      await services.loginTransactions.save(handle, { ...current, secondFactor: undefined });
      return reply.redirect('/login/password', 303);
    }
    await sendPushRequest(services, request, handle, current, factor.userId, factor.passwordAt);
    return reply.redirect('/login/app', 303);
  });
}
