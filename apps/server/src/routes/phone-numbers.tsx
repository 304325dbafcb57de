import {
  confirmSmsEnrolment,
  isSesameError,
  listCredentials,
  pendingSmsEnrolment,
  startSmsEnrolment,
} from '@sesame/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { CredentialRoutesContext } from '../credentials/context';
import { COOKIES } from '../http/cookies';
import { formErrors, STATUS } from '../http/error-map';
import { parseForm } from '../http/parse-form';
import { sendPage, viewContext } from '../http/render-page';
import { catalogues } from '../i18n/catalogues';
import { format } from '../i18n/format-message';
import { signInForm } from '../sign-in/sign-in-form';
import { AddPhoneNumberPage, ConfirmPhoneNumberPage, PhoneNumbersPage } from '../views/pages/phone-numbers-page';
import { credentialPages, deleteRoutes, type CredentialPagesSpec } from './credential-pages';

/** The pages' forms (ADR 0026 §2.10): plain optional strings; the number and the code are checked in core. */
const phoneForm = z.object({ phone: z.string().optional() });
const confirmForm = z.object({ enrolment: z.string().optional(), code: z.string().optional() });

const LIST = '/account/phone-numbers';

/** What these pages share with the other kinds' (credential-pages.tsx); a number has no rename. */
const SPEC: CredentialPagesSpec = {
  kind: 'sms',
  list: LIST,
  messages: (m) => m.phoneNumbers,
  mail: 'phone-number-changed',
};

/**
 * "My account → Manage my mobile phone numbers" (issue 13 point 4; reference/eulogin-facts.md
 * §1.2; docs/adr/0030): list, add (the number → the texted code → "Finalise"), delete. Every page
 * needs a session; adding and deleting need what core mayChangeAuthenticators says (SEC-27), else
 * the re-authentication page; the owner is mailed of both (SEC-27). Not registered when the
 * deployment texts nothing (`sms.provider=none`).
 */
export function phoneNumberRoutes(app: FastifyInstance, ctx: CredentialRoutesContext) {
  const sms = ctx.sms;
  if (sms === null) return;
  const pages = credentialPages(ctx, SPEC);
  const { signedIn, secondFactorPresented, tellOwner } = pages;

  app.get(LIST, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const numbers = await listCredentials(ctx.credentials, auth.user.id, 'sms');
    return sendPage(
      reply,
      <PhoneNumbersPage
        ctx={viewContext(request, reply)}
        numbers={numbers}
        sunset={await sms.sunsetOf(auth.user.id)}
        notice={pages.notice(request, numbers)}
      />,
    );
  });

  app.get(`${LIST}/new`, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    if (!(await secondFactorPresented(auth, request, reply, `${LIST}/new`))) return reply;
    const sunset = await sms.sunsetOf(auth.user.id);
    return sendPage(reply, <AddPhoneNumberPage ctx={viewContext(request, reply)} sunset={sunset} />);
  });

  /** The number → a code texted to it; the confirmation page (nothing stored durably until "Finalise"). */
  app.post(`${LIST}/new`, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    if (!(await secondFactorPresented(auth, request, reply, `${LIST}/new`))) return reply;
    const f = parseForm(request, phoneForm);
    // The text in the language of the one who adds the number (it is read now, on this phone).
    const words = catalogues[request.locale].phoneNumbers.enrolText;
    // The account's own sunset (docs/adr/0034 §1), said again beside any error.
    const sunset = await sms.sunsetOf(auth.user.id);
    return signInForm(
      ctx.messageOptions,
      request,
      reply,
      async () => {
        const started = await startSmsEnrolment(
          sms,
          auth.user,
          f.phone,
          (code) => format(words, { code }),
          auth.record.strengths,
          ctx.clock.now(),
          request.cookies[COOKIES.recovery],
        );
        return sendPage(
          reply,
          <ConfirmPhoneNumberPage
            ctx={viewContext(request, reply)}
            enrolmentId={started.enrolmentId}
            phone={started.phone}
            expiresAt={started.expiresAt}
          />,
        );
      },
      (errors) => (
        <AddPhoneNumberPage ctx={viewContext(request, reply)} sunset={sunset} phone={f.phone} errors={errors} />
      ),
    );
  });

  /**
   * "Finalise": the texted code (5 tries per enrolment, each counted before the check; single use).
   * A wrong code shows the same page with the error; an enrolment that is over says so, with the
   * way to start again.
   */
  app.post(`${LIST}/confirm`, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const f = parseForm(request, confirmForm);
    const enrolmentId = f.enrolment ?? '';
    const p = request.messages.phoneNumbers;
    const again = async (errors: ReturnType<typeof formErrors>, status: number) => {
      try {
        const pending = await pendingSmsEnrolment(sms, auth.user.id, enrolmentId, ctx.clock.now());
        return sendPage(
          reply,
          <ConfirmPhoneNumberPage
            ctx={viewContext(request, reply)}
            enrolmentId={enrolmentId}
            phone={pending.phone}
            expiresAt={pending.expiresAt}
            errors={errors}
          />,
          status,
        );
      } catch (error) {
        if (!isSesameError(error, 'NOT_FOUND')) throw error;
        return overPage(request, reply, auth.user.id, p.over);
      }
    };
    try {
      const confirmed = await confirmSmsEnrolment(
        sms,
        auth.user.id,
        enrolmentId,
        f.code,
        auth.record.strengths,
        request.meta,
        ctx.clock.now(),
        request.cookies[COOKIES.recovery],
      );
      await tellOwner(request, auth.user.id, confirmed.name, 'added');
      return reply.redirect(`${LIST}?added=${encodeURIComponent(confirmed.id)}`, 303);
    } catch (error) {
      if (!isSesameError(error)) throw error;
      if (error.code === 'NOT_FOUND') return overPage(request, reply, auth.user.id, p.over);
      if (error.code === 'SECOND_FACTOR_REQUIRED') {
        await secondFactorPresented(auth, request, reply, `${LIST}/new`);
        return reply;
      }
      if (error.code !== 'INVALID_INPUT' && error.code !== 'TOO_MANY_REQUESTS') throw error;
      if (error.details.retryAfterSeconds) reply.header('retry-after', String(error.details.retryAfterSeconds));
      const wrong =
        error.code === 'INVALID_INPUT' && error.details.reason === 'mismatch' && error.details.field === 'code';
      if (error.code === 'INVALID_INPUT' && error.details.field === 'phone') {
        // Another account confirmed the number meanwhile: back to the number, with the reason.
        const errors = formErrors(request.messages, error, ctx.messageOptions);
        return sendPage(
          reply,
          <AddPhoneNumberPage
            ctx={viewContext(request, reply)}
            sunset={await sms.sunsetOf(auth.user.id)}
            errors={errors}
          />,
          400,
        );
      }
      const errors = wrong
        ? { fields: { code: p.wrongCode } }
        : formErrors(request.messages, error, ctx.messageOptions);
      return again(errors, wrong ? 401 : STATUS[error.code]);
    }
  });

  /** The enrolment is over (expired, used, too many wrong codes): the add page, saying so (410). */
  const overPage = async (request: FastifyRequest, reply: FastifyReply, userId: string, message: string) =>
    sendPage(
      reply,
      <AddPhoneNumberPage
        ctx={viewContext(request, reply)}
        sunset={await sms.sunsetOf(userId)}
        errors={{ fields: {}, general: message }}
      />,
      410,
    );

  deleteRoutes(app, ctx, SPEC, pages);
}
