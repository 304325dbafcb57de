import { isSesameError, type ChallengeMethodId, type MethodId } from '@sesame/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { COOKIES } from '../http/cookies';
import { errorMessage, STATUS } from '../http/error-map';
import { parseForm } from '../http/parse-form';
import { sendPage, viewContext } from '../http/render-page';
import { SignInChoosePage } from '../views/sign-in/sign-in-choose-page';
import type { FormErrors } from '../views/view-context';
import type { SignInRoutesContext } from './context';
import { methodPage } from './method-pages';
import { redirectFor } from './redirects';
import { signInMeta } from './sign-in-meta';

const chooseForm = z.object({ method: z.string().max(64).optional() });

/**
 * The account's chooser after the password (issue 13 point 6; docs/adr/0031): `/login/choose`
 * lists what core's planAccountChooser says for this sign-in — only once its password was right
 * (else back to the password page: nothing here may tell a stranger which factors an account
 * has) — and switches to the chosen method without the password again. The method pages' "Choose
 * another verification method" link comes here.
 */
export function chooseRoutes(app: FastifyInstance, ctx: SignInRoutesContext) {
  const { engine } = ctx;

  const show = async (request: FastifyRequest, reply: FastifyReply, errors?: FormErrors, status = 200) => {
    const found = await engine.accountChooser(request.cookies[COOKIES.login]);
    if (!found) return reply.redirect('/login/password', 303);
    const wire = (id: MethodId) => ctx.methods.byId(id)?.wireName;
    const methods = found.plan.methods.map(wire).filter((w) => w !== undefined);
    const lostAccess = found.plan.lostAccess ? wire(found.plan.lostAccess) : undefined;
    return sendPage(
      reply,
      <SignInChoosePage ctx={viewContext(request, reply)} methods={methods} lostAccess={lostAccess} errors={errors} />,
      status,
    );
  };

  app.get('/login/choose', (request, reply) => show(request, reply));

  app.post('/login/choose', async (request, reply) => {
    const { method } = parseForm(request, chooseForm);
    const chosen = ctx.methods.byWireName(method ?? '');
    if (!chosen || chosen.position !== 'after-password') return show(request, reply);
    try {
      const step = await engine.switchMethod(
        request.cookies[COOKIES.login],
        chosen.id as ChallengeMethodId,
        signInMeta(request),
      );
      if (!step.ok) return redirectFor(reply, step.error, 'challenge');
      if (step.state.step !== 'challenge') return reply.redirect('/login/password', 303);
      return reply.redirect(methodPage(step.state.method).paths.page, 303);
    } catch (error) {
      // A method that cannot start now (the push limit, a blocked device): said on the chooser.
      if (!isSesameError(error) || error.code === 'STORE_UNAVAILABLE') throw error;
      const general = errorMessage(request.messages, error, ctx.messageOptions);
      return show(request, reply, { fields: {}, general }, STATUS[error.code]);
    }
  });
}
