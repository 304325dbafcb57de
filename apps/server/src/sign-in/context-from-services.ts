import { isUsableDevice, mayChangeAuthenticators, recoveryConfirmedHere } from '@sesame/core';
import { notifyParticipants } from '../login/end-session';
import { notifyDevices } from '../push/notify-devices';
import type { Services } from '../services';
import type { PendingMethodDeps, SignInRoutesContext, SignInSessions } from './context';
import { levelGap } from './level-gap';
import { type SignInEntry, signInEntry } from './sign-in-entry';

const built = new WeakMap<Services, SignInRoutesContext>();

/**
 * TEMPORARY (issue 12): the sign-in's context from today's `Services`, so that the app works on
 * this branch. The composition root (compose/) replaces it at the merge. Built once per
 * `Services`; the protocols' continuations are read from the object the plugins fill.
 */
export function signInContextFromServices(services: Services): SignInRoutesContext {
  const known = built.get(services);
  if (known) return known;
  const methods: PendingMethodDeps = {
    transactions: services.loginTransactions,
    accounts: services.accounts,
    devices: services.devices,
    offlineSigner: services.offlineChallengeSigner,
    notify: (created) => notifyDevices(services, created),
  };
  const sessions: SignInSessions = {
    async start(previousId, userId, strengths, mobileDevices, log) {
      const { session, ended } = await services.sessions.rotate(
        previousId,
        userId,
        [...strengths],
        services.clock.now(),
        [...mobileDevices],
      );
      // Another user signed in on this browser: the applications of the previous session are told.
      if (ended) await notifyParticipants(services, ended.participants, ended.userId, log);
      return session;
    },
    async end(id, userId, log) {
      const participants = await services.sessions.destroy(id);
      if (userId) await notifyParticipants(services, participants, userId, log);
    },
  };
  const ctx: SignInRoutesContext = {
    methods: Object.freeze(methods),
    continuations: services.protocols.continuations,
    sessions: Object.freeze(sessions),
    registry: services.registry,
    async levelGap(user, sessionStrengths, requirement, recoveryCookie) {
      const now = services.clock.now();
      const devices = await services.durable.devices.listByUser(user.id);
      const here = await recoveryConfirmedHere(services.devices, user, recoveryCookie);
      const verdict = mayChangeAuthenticators({
        user,
        devices,
        sessionStrengths: [...sessionStrengths],
        recoveryConfirmedHere: here,
        now,
      });
      return levelGap({
        requirement,
        hasUsableDevice: devices.some((d) => isUsableDevice(d, now)),
        mayAddDevice: verdict.allowed,
      });
    },
    audit: (type, userId, meta, details = {}) =>
      services.durable.audit.append({
        type,
        userId,
        ip: meta.ip,
        userAgent: meta.userAgent,
        at: services.clock.now(),
        details: { ...details },
      }),
    clock: services.clock,
    signInCounter: services.metrics.signIns,
    publicUrl: services.config.publicUrl,
    messageOptions: Object.freeze({ passwordMinLength: services.config.password.minLength }),
  };
  built.set(services, Object.freeze(ctx));
  return ctx;
}

/** TEMPORARY (issue 12): what CAS and OIDC call to start or resume a sign-in, from today's `Services`. */
export function signInEntryFromServices(services: Services): SignInEntry {
  return signInEntry(signInContextFromServices(services));
}
