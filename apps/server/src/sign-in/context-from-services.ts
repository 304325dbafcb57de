import {
  createSignInEngine,
  createSignInMethods,
  isUsableDevice,
  levelGap,
  mayChangeAuthenticators,
  recoveryConfirmedHere,
  SignInStateStore,
} from '@sesame/core';
import { fitRelyingAppName } from '@sesame/protocol';
import { notifyParticipants } from '../login/end-session';
import { notifyDevices } from '../push/notify-devices';
import type { Services } from '../services';
import type { FindLevelGap, SignInAudit, SignInRoutesContext, SignInSessions } from './context';
import { type SignInEntry, signInEntry } from './sign-in-entry';

const built = new WeakMap<Services, SignInRoutesContext>();

/**
 * TEMPORARY (issue 12): the sign-in's context from today's `Services`, so that the app works on
 * this branch. The composition root (compose/) replaces it at the merge, building the same fields
 * from its parts. Built once per `Services`; the protocols' continuations are read from the object
 * the CAS and OIDC plugins fill.
 */
export function signInContextFromServices(services: Services): SignInRoutesContext {
  const known = built.get(services);
  if (known) return known;
  const { clock, durable } = services;

  const methods = createSignInMethods({
    accounts: services.accounts,
    devices: services.devices,
    notifier: { notify: (created) => notifyDevices(services, created) },
    offlineSigner: services.offlineChallengeSigner,
  });

  const engine = createSignInEngine({
    store: new SignInStateStore(services.ephemeral),
    methods,
    users: durable.users,
    // The name the app shows as "who asks" (design §5); the methods cut it to what a challenge carries.
    appName: (target) =>
      fitRelyingAppName((target ? services.registry.byId(target.appId)?.name : undefined) ?? 'Sésame'),
    audit: (event) =>
      durable.audit.append({
        type: event.type,
        userId: event.userId,
        ip: event.meta.ip,
        userAgent: event.meta.userAgent,
        at: clock.now(),
        details: { ...event.details },
      }),
    clock,
    onPasswordChecked: (result) => services.metrics.signIns.inc({ result }),
  });

  const sessions: SignInSessions = {
    async start(previousId, userId, strengths, mobileDevices, log) {
      const rotated = await services.sessions.rotate(previousId, userId, [...strengths], clock.now(), [
        ...mobileDevices,
      ]);
      // Another user signed in on this browser: the applications of the previous session are told.
      if (rotated.ended) await notifyParticipants(services, rotated.ended.participants, rotated.ended.userId, log);
      return rotated.session;
    },
    async end(id, userId, log) {
      const participants = await services.sessions.destroy(id);
      if (userId) await notifyParticipants(services, participants, userId, log);
    },
  };

  const findLevelGap: FindLevelGap = async (user, sessionStrengths, requirement, recoveryCookie) => {
    const now = clock.now();
    const devices = await durable.devices.listByUser(user.id);
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
  };

  const audit: SignInAudit = (type, userId, meta, details = {}) =>
    durable.audit.append({
      type,
      userId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      at: clock.now(),
      details: { ...details },
    });

  const ctx: SignInRoutesContext = Object.freeze({
    engine,
    methods,
    continuations: services.protocols.continuations,
    sessions: Object.freeze(sessions),
    registry: services.registry,
    users: durable.users,
    levelGap: findLevelGap,
    audit,
    clock,
    publicUrl: services.config.publicUrl,
    messageOptions: Object.freeze({ passwordMinLength: services.config.password.minLength }),
  });
  built.set(services, ctx);
  return ctx;
}

/** TEMPORARY (issue 12): what CAS and OIDC call to start or resume a sign-in, from today's `Services`. */
export function signInEntryFromServices(services: Services): SignInEntry {
  return signInEntry(signInContextFromServices(services));
}
