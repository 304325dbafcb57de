import type { LoginTransaction } from '@sesame/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { COOKIES } from '../http/cookies';
import { viewContext } from '../http/render-page';
import { SignInPasswordPage } from '../views/sign-in/sign-in-password-page';
import { onMobileIsEnough, preselectedMethod, SIGN_IN_METHODS, sufficientMethods } from './sign-in-methods';

/**
 * The password step's page (design §4 step 2), from the password form and from "On mobile"
 * (whose errors — a lock, the push limit — are shown there too).
 */
export function passwordStepPage(
  request: FastifyRequest,
  reply: FastifyReply,
  current: LoginTransaction & { email: string },
  chosen?: string,
  errors?: Parameters<typeof SignInPasswordPage>[0]['errors'],
) {
  return (
    <SignInPasswordPage
      ctx={viewContext(request, reply)}
      email={current.email}
      methods={[...SIGN_IN_METHODS]}
      selected={
        current.reauthenticate && chosen === undefined
          ? 'PASSWORD_MOBILE_APP'
          : preselectedMethod(current.target, chosen ?? request.cookies[COOKIES.method])
      }
      passwordIsEnough={!current.reauthenticate && sufficientMethods(current.target).includes('PASSWORD')}
      onMobile={onMobileIsEnough(current.target)}
      errors={errors}
    />
  );
}
