import { type MethodWireName, planPasswordStep, type SignInContext } from '@sesame/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { COOKIES } from '../http/cookies';
import { viewContext } from '../http/render-page';
import { SignInPasswordPage } from '../views/sign-in/sign-in-password-page';
import type { SignInRoutesContext } from './context';

type ChooserWireName = Exclude<MethodWireName, 'MOBILE_APP' | 'EIDAS'>;

function inChooser(wireName: MethodWireName | undefined): wireName is ChooserWireName {
  return wireName !== undefined && wireName !== 'MOBILE_APP' && wireName !== 'EIDAS';
}

/**
 * The password step's page (design §4 step 2), from the password form and from "On mobile"
 * (whose errors — a lock, the push limit — are shown there too). What it lists, pre-selects and
 * says is core's policy (planPasswordStep); this maps it to the page's wire names.
 */
export function passwordStepPage(
  ctx: Pick<SignInRoutesContext, 'methods' | 'clock'>,
  request: FastifyRequest,
  reply: FastifyReply,
  step: { readonly ctx: SignInContext; readonly email: string },
  chosen?: string,
  errors?: Parameters<typeof SignInPasswordPage>[0]['errors'],
  /** `chosen` was asked for by a link (the level page), not re-shown after an error: a choice, not a guess. */
  asked = false,
) {
  const lastUsed = request.cookies[COOKIES.method];
  const plan = planPasswordStep({
    ...(step.ctx.target ? { target: step.ctx.target } : {}),
    purpose: step.ctx.purpose,
    ...(step.ctx.secondFactor ? { secondFactor: true } : {}),
    methods: ctx.methods.list,
    // A retiring method (SMS) is judged at this time (its sunset; docs/adr/0030).
    now: ctx.clock.now(),
    ...(lastUsed !== undefined ? { lastUsed } : {}),
    ...(chosen !== undefined ? { chosen } : {}),
  });
  const wireName = (id: string) => ctx.methods.list.find((m) => m.id === id)?.wireName;
  const methods = plan.chooser.map(wireName).filter(inChooser);
  const selected = wireName(plan.preselected);
  return (
    <SignInPasswordPage
      ctx={viewContext(request, reply)}
      email={step.email}
      methods={methods}
      selected={inChooser(selected) ? selected : 'PASSWORD'}
      asked={asked && chosen !== undefined && selected === chosen}
      passwordIsEnough={plan.passwordIsEnough}
      onMobile={plan.insteadOfPassword.includes('on-mobile')}
      errors={errors}
    />
  );
}
