import {
  currentOfflineChallenge,
  isSesameError,
  type LoginTransaction,
  type PendingSecondFactor,
  verifyOfflineCode,
} from '@sesame/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../http/audit';
import { COOKIES } from '../http/cookies';
import { blockEnd, formErrors, STATUS } from '../http/error-map';
import { formFields } from '../http/forms';
import { format } from '../i18n/format-message';
import { qrImage } from '../http/qr-image';
import { sendPage, viewContext } from '../http/render-page';
import { finishSignIn } from '../login/finish-sign-in';
import { sendOfflineChallenge } from '../login/offline-sign-in';
import { PASSWORD_STEP_VALID_MS } from '../login/push-sign-in';
import type { Services } from '../services';
import type { FormErrors } from '../views/view-context';
import { SignInQrPage } from '../views/pages/sign-in-qr-page';

type Pending = LoginTransaction & { secondFactor: PendingSecondFactor };

/**
 * "Sésame app with QR code", the browser's side (design §4 step 3, §5 "QR code"; issue #5): the
 * QR code of this browser's challenge and the field for the code the app shows. A right code
 * opens the session with PASSWORD_SOFTWARE_TOKEN (level MEDIUM), once.
 */
export function signInQrRoutes(app: FastifyInstance, services: Services) {
  const ltx = services.loginTransactions;

  async function pending(request: FastifyRequest): Promise<{ handle: string; current: Pending } | null> {
    const handle = request.cookies[COOKIES.login];
    const current = await ltx.load(handle);
    if (!handle || current?.secondFactor?.method !== 'PASSWORD_SOFTWARE_TOKEN') return null;
    return { handle, current: current as Pending };
  }

  async function qrPage(
    request: FastifyRequest,
    reply: FastifyReply,
    handle: string,
    options: { errors?: FormErrors; status?: number } = {},
  ) {
    const challenge = await currentOfflineChallenge(services.devices, handle, services.clock.now());
    return sendPage(
      reply,
      <SignInQrPage
        ctx={viewContext(request, reply)}
        qrImage={challenge ? await qrImage(challenge.qrText) : undefined}
        expiresAt={challenge?.expiresAt}
        notice={challenge ? undefined : request.messages.signInQr.expired}
        errors={options.errors}
      />,
      challenge ? (options.status ?? 200) : 410,
    );
  }

  app.get('/login/qr', async (request, reply) => {
    const found = await pending(request);
    if (!found) return reply.redirect('/login/password', 303);
    return qrPage(request, reply, found.handle);
  });

  app.post('/login/qr', async (request, reply) => {
    const found = await pending(request);
    if (!found) return reply.redirect('/login/password', 303);
    const { handle, current } = found;
    const factor = current.secondFactor;
    const { code } = formFields(request);
    let result;
    try {
      result = await verifyOfflineCode(
        services.devices,
        handle,
        factor.userId,
        code,
        services.clock.now(),
        request.meta,
      );
    } catch (error) {
      // A store that does not answer ends nothing: 503, and the user may try the same code again.
      if (!isSesameError(error) || error.code === 'STORE_UNAVAILABLE') throw error;
      if (error.code === 'DEVICE_CHALLENGE_EXPIRED') return qrPage(request, reply, handle);
      const errors = formErrors(request.messages, error, { passwordMinLength: services.config.password.minLength });
      if (error.code === 'INVALID_INPUT') return qrPage(request, reply, handle, { errors, status: 400 });
      // No challenge for this transaction any more, no active device: this second factor ends.
      await ltx.save(handle, { ...current, secondFactor: undefined });
      return qrPage(request, reply, handle, { errors, status: STATUS[error.code] });
    }
    if (!result.valid) {
      await audit(services, request, 'sign_in.failed', factor.userId, {
        method: 'PASSWORD_SOFTWARE_TOKEN',
        reason: 'wrong_code',
      });
      const q = request.messages.signInQr;
      const message = result.blocked
        ? format(request.messages.errors.DEVICE_BLOCKED, { time: blockEnd(request.messages, result.blockedUntil) })
        : q.wrongCode;
      if (result.blocked) await ltx.save(handle, { ...current, secondFactor: undefined });
      return qrPage(request, reply, handle, {
        errors: { fields: { code: message } },
        status: result.blocked ? 403 : 401,
      });
    }
    const user = await services.durable.users.findById(factor.userId);
    // The password must not have changed since it was checked (design §10).
    if (!user || user.credentialsChangedAt.getTime() > factor.passwordAt) {
      await ltx.save(handle, { ...current, secondFactor: undefined });
      return reply.redirect('/login/password', 303);
    }
    return finishSignIn(services, request, reply, {
      user,
      method: 'PASSWORD_SOFTWARE_TOKEN',
      strengths: ['PASSWORD', 'PASSWORD_SOFTWARE_TOKEN'],
      mobileDevices: [{ id: result.device.id, name: result.device.name }],
      transaction: current,
      handle,
    });
  });

  /** "New QR code": another challenge, while the password step is recent enough. */
  app.post('/login/qr/new', async (request, reply) => {
    const found = await pending(request);
    if (!found) return reply.redirect('/login/password', 303);
    const { handle, current } = found;
    const factor = current.secondFactor;
    if (services.clock.now().getTime() - factor.passwordAt > PASSWORD_STEP_VALID_MS) {
      await ltx.save(handle, { ...current, secondFactor: undefined });
      return reply.redirect('/login/password', 303);
    }
    await sendOfflineChallenge(services, handle, current, factor.userId, factor.passwordAt);
    return reply.redirect('/login/qr', 303);
  });
}
