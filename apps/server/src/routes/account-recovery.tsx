import {
  cancelAccountRecovery,
  cancelAccountRecoveryInSession,
  confirmAccountRecovery,
  inspectAccountRecoveryLink,
  requestAccountRecovery,
} from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import { baseCookie, COOKIES } from '../http/cookies';
import { handleForm } from '../http/forms';
import { requireSignIn } from '../http/require-sign-in';
import { clearLinkToken, linkToken, stashLinkToken } from '../http/link-token';
import { sendPage, viewContext } from '../http/render-page';
import { format } from '../i18n/format-message';
import type { AccountRoutesContext } from '../compose/app-context';
import { AccountRecoveryPage } from '../views/pages/account-recovery-page';
import { MessagePage } from '../views/pages/message-page';
import { linkError } from './registration';
import { dateTimeFormat } from '../i18n/date-time-format';

/**
 * "I no longer have my phone" (issue 10; core devices/account-recovery.ts has the rules): the
 * request from a signed-in session, the mailed link that starts the waiting period, and the
 * mailed link (or a session with a second factor) that cancels it.
 */
export function accountRecoveryRoutes(app: FastifyInstance, services: AccountRoutesContext) {
  const hours = () => services.devices.policy.recoveryWaitingHours;

  app.get('/account/recovery', async (request, reply) => {
    if (!requireSignIn(request, reply, services.config.publicUrl)) return reply;
    return sendPage(reply, <AccountRecoveryPage ctx={viewContext(request, reply)} mode="request" hours={hours()} />);
  });

  // Step 1: the same answer whatever the account's devices (nothing to learn from it).
  app.post('/account/recovery', async (request, reply) => {
    const auth = request.auth;
    if (!auth) return reply.redirect('/login', 303);
    return handleForm(
      services,
      request,
      reply,
      async () => {
        await requestAccountRecovery(
          services.devices,
          services.accounts,
          auth.user,
          request.meta,
          services.clock.now(),
        );
        const r = request.messages.recovery;
        return sendPage(
          reply,
          <MessagePage
            ctx={viewContext(request, reply)}
            title={r.sentTitle}
            message={format(
              r.sent,
              { email: auth.user.email, minutes: services.devices.policy.linkTtlMinutes },
              request.locale,
            )}
            link={{ href: '/account/devices', label: request.messages.devices.back }}
          />,
        );
      },
      (errors) => (
        <AccountRecoveryPage ctx={viewContext(request, reply)} mode="request" hours={hours()} errors={errors} />
      ),
    );
  });

  // Step 2, from the mail: opening the link shows a button (link scanners start nothing).
  app.get('/account/recovery/confirm', async (request, reply) => {
    if (stashLinkToken(request, reply, 'recovery')) return reply;
    let link;
    try {
      link = await inspectAccountRecoveryLink(services.devices, linkToken(request, 'recovery'));
    } catch (error) {
      return linkError(services, request, reply, error);
    }
    return sendPage(
      reply,
      <AccountRecoveryPage ctx={viewContext(request, reply)} mode="confirm" hours={hours()} checked={link.checked} />,
    );
  });

  app.post('/account/recovery/confirm', async (request, reply) => {
    let started;
    try {
      started = await confirmAccountRecovery(
        services.devices,
        linkToken(request, 'recovery'),
        request.meta,
        services.clock.now(),
      );
    } catch (error) {
      return linkError(services, request, reply, error);
    }
    clearLinkToken(reply);
    // The grant is this browser's (core recoveryConfirmedHere), not the password's alone.
    reply.setCookie(COOKIES.recovery, started.browserToken, {
      ...baseCookie,
      maxAge: Math.floor(started.browserTtlMs / 1000),
    });
    const r = request.messages.recovery;
    // No waiting period (a helpdesk reset's checked link, docs/adr/0040): the next step at once —
    // "Add a mobile device", through the sign-in when this browser has no session (ADR 0018).
    if (started.readyAt.getTime() <= services.clock.now().getTime()) {
      return sendPage(
        reply,
        <MessagePage
          ctx={viewContext(request, reply)}
          kind="success"
          title={r.readyTitle}
          message={r.readyNow}
          link={{ href: '/account/devices/new', label: request.messages.devices.add }}
        />,
      );
    }
    const when = dateTimeFormat(request.messages.blocking.timeLocale, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    return sendPage(
      reply,
      <MessagePage
        ctx={viewContext(request, reply)}
        kind="success"
        title={r.startedTitle}
        message={format(r.started, { time: when.format(started.readyAt) })}
        link={
          request.auth
            ? { href: '/account/devices', label: request.messages.devices.title }
            : { href: '/login', label: request.messages.signIn.title }
        }
      />,
    );
  });

  // "This was not me", from the mail announcing the waiting period.
  app.get('/account/recovery/cancel', async (request, reply) => {
    if (stashLinkToken(request, reply, 'recovery-cancel')) return reply;
    return sendPage(reply, <AccountRecoveryPage ctx={viewContext(request, reply)} mode="cancel" hours={hours()} />);
  });

  app.post('/account/recovery/cancel', async (request, reply) => {
    const token = linkToken(request, 'recovery-cancel');
    try {
      if (token === undefined && request.auth) {
        // No link: the owner's own session, which must have presented a second factor.
        await cancelAccountRecoveryInSession(
          services.devices,
          request.auth.user.id,
          request.auth.record.strengths,
          request.meta,
          services.clock.now(),
        );
      } else {
        await cancelAccountRecovery(services.devices, token, request.meta, services.clock.now());
      }
    } catch (error) {
      return linkError(services, request, reply, error);
    }
    clearLinkToken(reply);
    const r = request.messages.recovery;
    return sendPage(
      reply,
      <MessagePage
        ctx={viewContext(request, reply)}
        kind="success"
        title={r.cancelledTitle}
        message={r.cancelled}
        link={{ href: '/password/forgot', label: r.changePassword }}
      />,
    );
  });
}
