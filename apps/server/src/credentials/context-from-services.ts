import { mayChangeAuthenticators, recoveryConfirmedHere } from '@sesame/core';
import type { Services } from '../services';
import type { CredentialRoutesContext, MayChangeAuthenticators } from './context';

const built = new WeakMap<Services, CredentialRoutesContext>();

/**
 * TEMPORARY (issue 13): the credential pages' context from today's `Services`, so that the app
 * works on this branch. The composition root (compose/) replaces it, building the same fields from
 * its parts. Built once per `Services`.
 */
export function credentialContextFromServices(services: Services): CredentialRoutesContext {
  const known = built.get(services);
  if (known) return known;
  const { clock, durable } = services;

  const mayChange: MayChangeAuthenticators = async (user, sessionStrengths, recoveryCookie) => {
    const devices = await durable.devices.listByUser(user.id);
    const here = await recoveryConfirmedHere(services.devices, user, recoveryCookie);
    return mayChangeAuthenticators({
      user,
      devices,
      sessionStrengths: [...sessionStrengths],
      recoveryConfirmedHere: here,
      now: clock.now(),
    }).allowed;
  };

  const ctx: CredentialRoutesContext = Object.freeze({
    totp: services.devices,
    recoveryCodes: { ...services.devices, hasher: services.hasher },
    credentials: services.devices,
    users: durable.users,
    mayChangeAuthenticators: mayChange,
    mailer: services.mailer,
    issuer: services.branding.name[services.config.defaultLocale],
    clock,
    publicUrl: services.config.publicUrl,
    messageOptions: Object.freeze({ passwordMinLength: services.config.password.minLength }),
  });
  built.set(services, ctx);
  return ctx;
}
