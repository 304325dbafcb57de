import {
  currentOfflineChallenge,
  isSesameError,
  type LoginTransaction,
  type PendingSecondFactor,
  verifyOfflineCode,
} from '@sesame/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { COOKIES } from '../http/cookies';
import { blockEnd, formErrors, STATUS } from '../http/error-map';
import { formFields } from '../http/forms';
import { qrImage } from '../http/qr-image';
import { sendPage, viewContext } from '../http/render-page';
import { format } from '../i18n/format-message';
import type { FormErrors } from '../views/view-context';
import type { SignInRoutesContext } from './context';
import { finishSignIn } from './finish-sign-in';
import type { CodeMethodPage } from './method-pages';
import { sendOfflineChallenge } from './offline-sign-in';
import { PASSWORD_STEP_VALID_MS } from './push-sign-in';
import { challengeRedirect } from './redirects';

type Pending = LoginTransaction & { secondFactor: PendingSecondFactor };

/**
 * The browser's side of a method whose answer the user types (design §4 step 3, §5 "QR code";
 * issue #5): the challenge of this browser's transaction and the field for the code the app
 * shows. A right code opens the session with the method's strengths, once.
 */
export function codeRoutes(app: FastifyInstance, ctx: SignInRoutesContext, code: CodeMethodPage) {
  const ltx = ctx.methods.transactions;

  async function pending(request: FastifyRequest): Promise<{ handle: string; current: Pending } | null> {
    const handle = request.cookies[COOKIES.login];
    const current = await ltx.load(handle);
    if (!handle || current?.secondFactor?.method !== code.wireName) return null;
    return { handle, current: current as Pending };
  }

  async function codePage(
    request: FastifyRequest,
    reply: FastifyReply,
    handle: string,
    options: { errors?: FormErrors; status?: number } = {},
  ) {
    const challenge = await currentOfflineChallenge(ctx.methods.devices, handle, ctx.clock.now());
    const shown = challenge ? { qrImage: await qrImage(challenge.qrText), expiresAt: challenge.expiresAt } : null;
    const state = {
      ...(challenge ? {} : { notice: request.messages.signInQr.expired }),
      ...(options.errors ? { errors: options.errors } : {}),
    };
    return sendPage(
      reply,
      code.page(viewContext(request, reply), shown, state),
      challenge ? (options.status ?? 200) : 410,
    );
  }

  app.get(code.paths.page, async (request, reply) => {
    const found = await pending(request);
    if (!found) return challengeRedirect(reply);
    return codePage(request, reply, found.handle);
  });

  app.post(code.paths.page, async (request, reply) => {
    const found = await pending(request);
    if (!found) return challengeRedirect(reply);
    const { handle, current } = found;
    const factor = current.secondFactor;
    const { code: typed } = formFields(request);
    let result;
    try {
      result = await verifyOfflineCode(
        ctx.methods.devices,
        handle,
        factor.userId,
        typed,
        ctx.clock.now(),
        request.meta,
      );
    } catch (error) {
      // A store that does not answer ends nothing: 503, and the user may try the same code again.
      if (!isSesameError(error) || error.code === 'STORE_UNAVAILABLE') throw error;
      if (error.code === 'DEVICE_CHALLENGE_EXPIRED') return codePage(request, reply, handle);
      const errors = formErrors(request.messages, error, ctx.messageOptions);
      if (error.code === 'INVALID_INPUT') return codePage(request, reply, handle, { errors, status: 400 });
      // No challenge for this transaction any more, no active device: this second factor ends.
      await ltx.save(handle, { ...current, secondFactor: undefined });
      return codePage(request, reply, handle, { errors, status: STATUS[error.code] });
    }
    if (!result.valid) {
      await ctx.audit('sign_in.failed', factor.userId, request.meta, {
        method: code.wireName,
        reason: 'wrong_code',
      });
      const q = request.messages.signInQr;
      const message = result.blocked
        ? format(request.messages.errors.DEVICE_BLOCKED, { time: blockEnd(request.messages, result.blockedUntil) })
        : q.wrongCode;
      if (result.blocked) await ltx.save(handle, { ...current, secondFactor: undefined });
      return codePage(request, reply, handle, {
        errors: { fields: { code: message } },
        status: result.blocked ? 403 : 401,
      });
    }
    const user = await ctx.methods.devices.durable.users.findById(factor.userId);
    // The password must not have changed since it was checked (design §10).
    if (!user || user.credentialsChangedAt.getTime() > factor.passwordAt) {
      await ltx.save(handle, { ...current, secondFactor: undefined });
      return challengeRedirect(reply);
    }
    return finishSignIn(ctx, request, reply, {
      user,
      method: code.wireName,
      strengths: [...code.strengths],
      mobileDevices: [{ id: result.device.id, name: result.device.name }],
      transaction: current,
      handle,
    });
  });

  /** "New QR code": another challenge, while the password step is recent enough. */
  app.post(code.paths.renew, async (request, reply) => {
    const found = await pending(request);
    if (!found) return challengeRedirect(reply);
    const { handle, current } = found;
    const factor = current.secondFactor;
    if (ctx.clock.now().getTime() - factor.passwordAt > PASSWORD_STEP_VALID_MS) {
      await ltx.save(handle, { ...current, secondFactor: undefined });
      return challengeRedirect(reply);
    }
    await sendOfflineChallenge(ctx, handle, current, factor.userId, factor.passwordAt);
    return reply.redirect(code.paths.page, 303);
  });
}
