import {
  confirmSmsEnrolment,
  deleteCredential,
  isSesameError,
  listCredentials,
  pendingSmsEnrolment,
  SesameError,
  startSmsEnrolment,
  type UserRecord,
} from '@sesame/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { CredentialRoutesContext } from '../credentials/context';
import { COOKIES } from '../http/cookies';
import { formErrors, STATUS } from '../http/error-map';
import { parseForm, parseQuery } from '../http/parse-form';
import type { Authenticated } from '../http/request-context';
import { sendPage, viewContext } from '../http/render-page';
import { requireSignIn } from '../http/require-sign-in';
import { catalogues } from '../i18n/catalogues';
import { format } from '../i18n/format-message';
import { signInForm } from '../sign-in/sign-in-form';
import {
  AddPhoneNumberPage,
  ConfirmPhoneNumberPage,
  DeletePhoneNumberPage,
  PhoneNumbersPage,
} from '../views/pages/phone-numbers-page';
import { SecondFactorRequiredPage } from '../views/pages/second-factor-required-page';

/** The pages' query and forms (ADR 0026 §2.10): plain optional strings; the number and the code are checked in core. */
const listQuery = z.object({ added: z.string().optional(), deleted: z.string().optional() });
const phoneForm = z.object({ phone: z.string().optional() });
const confirmForm = z.object({ enrolment: z.string().optional(), code: z.string().optional() });

const LIST = '/account/phone-numbers';

/**
 * "My account → Manage my mobile phone numbers" (issue 13 point 4; reference/eulogin-facts.md
 * §1.2; docs/adr/0030): list, add (the number → the texted code → "Finalise"), delete. Every page
 * needs a session; adding and deleting need what core mayChangeAuthenticators says (SEC-27), else
 * the re-authentication page. Not registered when the deployment texts nothing (`sms.provider=none`).
 */
export function phoneNumberRoutes(app: FastifyInstance, ctx: CredentialRoutesContext) {
  const sms = ctx.sms;
  if (sms === null) return;
  const signedIn = (request: FastifyRequest, reply: FastifyReply) => requireSignIn(request, reply, ctx.publicUrl);
  const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;
  const currentUser = async (auth: Authenticated): Promise<UserRecord> =>
    (await ctx.users.findById(auth.user.id)) ?? auth.user;

  /** SEC-27: as "Manage my authenticator apps" — a second factor first on an account that has or had one. */
  const secondFactorPresented = async (
    auth: Authenticated,
    request: FastifyRequest,
    reply: FastifyReply,
    returnTo: string,
  ): Promise<boolean> => {
    const allowed = await ctx.mayChangeAuthenticators(
      await currentUser(auth),
      auth.record.strengths,
      request.cookies[COOKIES.recovery],
    );
    if (allowed) return true;
    const body = request.messages.phoneNumbers.secondFactorBody;
    await sendPage(
      reply,
      <SecondFactorRequiredPage ctx={viewContext(request, reply)} returnTo={returnTo} body={body} />,
      403,
    );
    return false;
  };

  /** Someone else's number, or a missing one: the same 404 (core's ownership rule). */
  const ownNumber = async (userId: string, id: string) => {
    const found = (await listCredentials(ctx.credentials, userId, 'sms')).find((c) => c.id === id);
    if (!found) throw new SesameError('NOT_FOUND');
    return found;
  };

  app.get(LIST, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const p = request.messages.phoneNumbers;
    const query = parseQuery(request, listQuery);
    const numbers = await listCredentials(ctx.credentials, auth.user.id, 'sms');
    // Notices name only what the store says: a crafted link cannot put its own words here.
    const added = query.added ? numbers.find((c) => c.id === query.added) : undefined;
    const notice = added ? format(p.addedNotice, { phone: added.name }) : query.deleted ? p.deletedNotice : undefined;
    return sendPage(
      reply,
      <PhoneNumbersPage ctx={viewContext(request, reply)} numbers={numbers} sunset={sms.sunset} notice={notice} />,
    );
  });

  app.get(`${LIST}/new`, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    if (!(await secondFactorPresented(auth, request, reply, `${LIST}/new`))) return reply;
    return sendPage(reply, <AddPhoneNumberPage ctx={viewContext(request, reply)} sunset={sms.sunset} />);
  });

  /** The number → a code texted to it; the confirmation page (nothing stored durably until "Finalise"). */
  app.post(`${LIST}/new`, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    if (!(await secondFactorPresented(auth, request, reply, `${LIST}/new`))) return reply;
    const f = parseForm(request, phoneForm);
    // The text in the language of the one who adds the number (it is read now, on this phone).
    const words = catalogues[request.locale].phoneNumbers.enrolText;
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
        <AddPhoneNumberPage ctx={viewContext(request, reply)} sunset={sms.sunset} phone={f.phone} errors={errors} />
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
        return overPage(request, reply, p.over);
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
      return reply.redirect(`${LIST}?added=${encodeURIComponent(confirmed.id)}`, 303);
    } catch (error) {
      if (!isSesameError(error)) throw error;
      if (error.code === 'NOT_FOUND') return overPage(request, reply, p.over);
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
          <AddPhoneNumberPage ctx={viewContext(request, reply)} sunset={sms.sunset} errors={errors} />,
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
  const overPage = (request: FastifyRequest, reply: FastifyReply, message: string) =>
    sendPage(
      reply,
      <AddPhoneNumberPage
        ctx={viewContext(request, reply)}
        sunset={sms.sunset}
        errors={{ fields: {}, general: message }}
      />,
      410,
    );

  app.get(`${LIST}/:id/delete`, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const found = await ownNumber(auth.user.id, idOf(request));
    if (!(await secondFactorPresented(auth, request, reply, `${LIST}/${found.id}/delete`))) return reply;
    return sendPage(
      reply,
      <DeletePhoneNumberPage ctx={viewContext(request, reply)} id={found.id} phone={found.name} />,
    );
  });

  app.post(`${LIST}/:id/delete`, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const found = await ownNumber(auth.user.id, idOf(request));
    if (!(await secondFactorPresented(auth, request, reply, `${LIST}/${found.id}/delete`))) return reply;
    await deleteCredential(
      ctx.credentials,
      auth.user.id,
      'sms',
      found.id,
      request.meta,
      ctx.clock.now(),
      auth.record.strengths,
      request.cookies[COOKIES.recovery],
    );
    return reply.redirect(`${LIST}?deleted=1`, 303);
  });
}
