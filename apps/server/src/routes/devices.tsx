import {
  cancelEnrolment,
  confirmDevicesPanic,
  deleteDevice,
  deviceEnrolledChannel,
  enrolmentOutcome,
  listDevices,
  mayChangeAuthenticators,
  nothingToConfirmWith,
  recoveryConfirmedHere,
  renameDevice,
  requestDevicesPanic,
  SesameError,
  shouldOfferRecoveryCodes,
  startEnrolment,
  lostFactorWays,
} from '@sesame/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { PassThrough } from 'node:stream';
import { appOffer } from '../http/app-offer';
import type { Authenticated } from '../http/request-context';
import { COOKIES } from '../http/cookies';
import { handleForm } from '../http/forms';
import { parseForm, parseQuery } from '../http/parse-form';
import { qrImage } from '../http/qr-image';
import { requireSignIn } from '../http/require-sign-in';
import { clearLinkToken, linkToken, stashLinkToken } from '../http/link-token';
import { sendPage, viewContext } from '../http/render-page';
import { format } from '../i18n/format-message';
import type { DevicePagesContext } from '../compose/app-context';
import { linkError } from './registration';
import { AddDevicePage } from '../views/pages/add-device-page';
import { DeleteAllDevicesPage } from '../views/pages/delete-all-devices-page';
import { DeleteDevicePage } from '../views/pages/delete-device-page';
import { DeviceQrPage } from '../views/pages/device-qr-page';
import { EnrolmentRefusedPage } from '../views/pages/enrolment-refused-page';
import { DevicesPage } from '../views/pages/devices-page';
import { MessagePage } from '../views/pages/message-page';
import { RenameDevicePage } from '../views/pages/rename-device-page';
import { SecondFactorRequiredPage } from '../views/pages/second-factor-required-page';

/**
 * The device pages' queries and forms (ADR 0026 §2.10): plain optional strings, as the routes read
 * them; names, PINs and tokens are checked in core or by the route (the token's shape).
 */
const devicesQuery = z.object({
  added: z.string().optional(),
  renamed: z.string().optional(),
  deleted: z.string().optional(),
  panic: z.string().optional(),
  cancelled: z.string().optional(),
  finished: z.string().optional(),
});
const refusedQuery = z.object({ reason: z.string().optional() });
const addDeviceForm = z.object({
  name: z.string().optional(),
  pin: z.string().optional(),
  pinConfirm: z.string().optional(),
});
const enrolmentForm = z.object({ token: z.string().optional() });
const renameForm = z.object({ name: z.string().optional() });

/** The SSE event name of a deviceEnrolledChannel message: its type, one of the two the page knows. */
function enrolmentEventName(message: string): 'device-enrolled' | 'enrolment-refused' {
  try {
    return (JSON.parse(message) as { type?: unknown }).type === 'enrolment-refused'
      ? 'enrolment-refused'
      : 'device-enrolled';
  } catch {
    return 'device-enrolled';
  }
}

/** Comment lines that keep the event stream open through proxies with idle timeouts. */
export const ENROLMENT_EVENTS_HEARTBEAT_MS = 15_000;

/**
 * "My account → Manage my mobile devices" (design §5 "Enrolment"; the instruction's annex,
 * steps 6–10): list, add (form → QR → live wait), rename, delete, delete all. Every page needs a
 * signed-in session; the device rules (name, PIN, ownership) are core's.
 */
export function deviceRoutes(app: FastifyInstance, services: DevicePagesContext) {
  // Without a session: the sign-in, then back to the page asked (http/require-sign-in.ts).
  const signedIn = (request: FastifyRequest, reply: FastifyReply) =>
    requireSignIn(request, reply, services.config.publicUrl);
  const deviceId = (request: FastifyRequest) => (request.params as { id: string }).id;
  /**
   * Adding or deleting a device: core's mayChangeAuthenticators decides (issue 10; NIST SP
   * 800-63B rev 4 §4.1.2.1) — on an account that has or had a second factor, blocked devices
   * included, this session must have presented one, or the account's recovery must be ready.
   * Otherwise the "confirm with the app" page (403), with the way out: "I no longer have my
   * phone". Core's startEnrolment and deleteDevice check it again. True when the request may go on.
   */
  const secondFactorPresented = async (
    auth: Authenticated,
    request: FastifyRequest,
    reply: FastifyReply,
    returnTo: string,
  ): Promise<boolean> => {
    const user = (await services.durable.users.findById(auth.user.id)) ?? auth.user;
    const devices = await services.durable.devices.listByUser(auth.user.id);
    const now = services.clock.now();
    const here = await recoveryConfirmedHere(services.devices, user, request.cookies[COOKIES.recovery]);
    const input = { user, devices, sessionStrengths: auth.record.strengths, recoveryConfirmedHere: here, now };
    if (mayChangeAuthenticators(input).allowed) return true;
    // Nothing left to confirm with (a helpdesk reset, PANIC): the way back, not a dead end (docs/adr/0040).
    const lostAll = (await nothingToConfirmWith(services.devices, auth.user.id))
      ? { hours: services.devices.policy.recoveryWaitingHours }
      : undefined;
    await sendPage(
      reply,
      <SecondFactorRequiredPage
        ctx={viewContext(request, reply)}
        returnTo={returnTo}
        lostAll={lostAll}
        ways={await lostFactorWays(services.devices.durable, auth.user.id)}
      />,
      403,
    );
    return false;
  };
  /** Someone else's device, or a missing one: the same 404. */
  const ownDevice = async (userId: string, id: string) => {
    const device = (await listDevices(services.devices, userId, services.clock.now())).find((d) => d.id === id);
    if (!device) throw new SesameError('NOT_FOUND');
    return device;
  };

  app.get('/account/devices', async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const d = request.messages.devices;
    const query = parseQuery(request, devicesQuery);
    const devices = await listDevices(services.devices, auth.user.id, services.clock.now());
    // Notices name only what the store says: a crafted link cannot put its own words here.
    const renamed = query.renamed ? devices.find((device) => device.id === query.renamed) : undefined;
    const notice = query.added
      ? d.addedNotice
      : renamed
        ? format(d.renamedNotice, { name: renamed.name })
        : query.deleted
          ? d.deletedNotice
          : query.panic
            ? d.panicNotice
            : query.cancelled
              ? request.messages.deviceEnrolment.cancelledNotice
              : query.finished === 'pending'
                ? request.messages.portalPath.finishedPending
                : query.finished === 'none'
                  ? request.messages.portalPath.finishedNone
                  : undefined;
    const user = (await services.durable.users.findById(auth.user.id)) ?? auth.user;
    return sendPage(
      reply,
      <DevicesPage
        ctx={viewContext(request, reply)}
        devices={devices}
        notice={notice}
        recovery={user.recovery}
        now={services.clock.now()}
        pushEnabled={services.push.publicKey !== null}
        offerRecoveryCodes={await shouldOfferRecoveryCodes(services.devices, auth.user.id)}
      />,
    );
  });

  app.get('/account/devices/new', async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    if (!(await secondFactorPresented(auth, request, reply, '/account/devices/new'))) return reply;
    const app = await appOffer(services.config.publicUrl, request.headers['user-agent']);
    return sendPage(reply, <AddDevicePage ctx={viewContext(request, reply)} app={app} />);
  });

  app.post('/account/devices/new', async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    if (!(await secondFactorPresented(auth, request, reply, '/account/devices/new'))) return reply;
    const f = parseForm(request, addDeviceForm);
    const app = await appOffer(services.config.publicUrl, request.headers['user-agent']);
    return handleForm(
      services,
      request,
      reply,
      async () => {
        const started = await startEnrolment(
          services.devices,
          auth.user,
          f,
          services.clock.now(),
          auth.record.strengths,
          request.cookies[COOKIES.recovery],
        );
        return sendPage(
          reply,
          <DeviceQrPage
            ctx={viewContext(request, reply)}
            deviceName={started.deviceName}
            qrImage={await qrImage(started.qrText)}
            expiresAt={started.expiresAt}
            minutes={services.devices.policy.enrolmentTtlMinutes}
            token={started.token}
            enrolmentId={started.enrolmentId}
            // A kept sign-in (docs/adr/0019): back to the application that asked, via its step-up.
            enrolledUrl={await services.afterEnrolmentPath(request)}
          />,
        );
      },
      // The PIN is never sent back into the page.
      (errors) => <AddDevicePage ctx={viewContext(request, reply)} name={f.name} errors={errors} app={app} />,
    );
  });

  /**
   * The QR page's "Cancel" (issue 10, finding 7): ends the enrolment of the posted token — the
   * QR can no longer register a device, and a device already registered but not yet accepted is
   * deleted (core cancelEnrolment). Only the user's own enrolment; CSRF-checked like every form.
   */
  app.post('/account/devices/enrolment/cancel', async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const token = parseForm(request, enrolmentForm).token ?? '';
    // The QR's token is 16–32 bytes in base64url: anything else names no enrolment.
    const outcome = /^[A-Za-z0-9_-]{22,43}$/.test(token)
      ? await cancelEnrolment(services.devices, auth.user.id, token)
      : 'unknown';
    if (outcome === 'active') return reply.redirect('/account/devices?added=1', 303);
    return reply.redirect(outcome === 'cancelled' ? '/account/devices?cancelled=1' : '/account/devices', 303);
  });

  /**
   * The QR page's "I have finished" (issue 11, point 2): a button that changes nothing, then the
   * list says how far the enrolment of the posted token got (core enrolmentOutcome) — added,
   * still waiting for the app, or no device at all. Only the user's own enrolment counts.
   */
  app.post('/account/devices/enrolment/finish', async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const token = parseForm(request, enrolmentForm).token ?? '';
    const outcome = /^[A-Za-z0-9_-]{22,43}$/.test(token)
      ? await enrolmentOutcome(services.devices, auth.user.id, token)
      : 'none';
    // Added, with a sign-in kept for its step-up (docs/adr/0019): back to the application that asked.
    return reply.redirect(
      outcome === 'active' ? await services.afterEnrolmentPath(request) : `/account/devices?finished=${outcome}`,
      303,
    );
  });

  /**
   * Issue 11, point 2: where the QR page goes when the phone refused its QR at the scan (one
   * phone, one person). The reason picks one of two fixed texts: a crafted link shows nothing else.
   */
  app.get('/account/devices/enrolment/refused', async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const { reason } = parseQuery(request, refusedQuery);
    return sendPage(
      reply,
      <EnrolmentRefusedPage
        ctx={viewContext(request, reply)}
        reason={reason === 'same-account' ? 'same-account' : 'other-account'}
      />,
    );
  });

  // An open event stream would hold the server's shutdown until the browser leaves: end them.
  const openStreams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const close of openStreams) close();
  });

  /**
   * Server-sent events for the QR page, named after the message's type: "device-enrolled" when
   * the device became active (core activateDevice), "enrolment-refused" when the phone refused
   * the QR at the scan (core refuseEnrolment; issue 11). Only the user's own channel.
   */
  app.get('/account/devices/enrolment-events', async (request, reply) => {
    const auth = request.auth;
    if (!auth) throw new SesameError('SIGN_IN_REQUIRED');
    const stream = new PassThrough();
    const unsubscribe = await services.ephemeral.subscribe(deviceEnrolledChannel(auth.user.id), (message) => {
      stream.write(`event: ${enrolmentEventName(message)}\ndata: ${message.replace(/\n/g, '')}\n\n`);
    });
    const heartbeat = setInterval(() => stream.write(': heartbeat\n\n'), ENROLMENT_EVENTS_HEARTBEAT_MS);
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      openStreams.delete(close);
      clearInterval(heartbeat);
      stream.end();
      unsubscribe().catch((error: unknown) => request.log.warn({ err: error }, 'enrolment events: unsubscribe'));
    };
    // The response closes when the client goes away (or the server shuts down).
    reply.raw.once('close', close);
    openStreams.add(close);
    stream.write(': connected\n\n');
    return reply
      .header('content-type', 'text/event-stream; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('x-accel-buffering', 'no')
      .send(stream);
  });

  app.get('/account/devices/:id/rename', async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const device = await ownDevice(auth.user.id, deviceId(request));
    return sendPage(reply, <RenameDevicePage ctx={viewContext(request, reply)} device={device} name={device.name} />);
  });

  app.post('/account/devices/:id/rename', async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const id = deviceId(request);
    const f = parseForm(request, renameForm);
    return handleForm(
      services,
      request,
      reply,
      async () => {
        const renamed = await renameDevice(
          services.devices,
          auth.user.id,
          id,
          f.name,
          request.meta,
          services.clock.now(),
        );
        return reply.redirect(`/account/devices?renamed=${encodeURIComponent(renamed.id)}`, 303);
      },
      (errors) => <RenameDevicePage ctx={viewContext(request, reply)} device={{ id }} name={f.name} errors={errors} />,
    );
  });

  app.get('/account/devices/:id/delete', async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const device = await ownDevice(auth.user.id, deviceId(request));
    if (!(await secondFactorPresented(auth, request, reply, `/account/devices/${device.id}/delete`))) return reply;
    return sendPage(reply, <DeleteDevicePage ctx={viewContext(request, reply)} device={device} />);
  });

  app.post('/account/devices/:id/delete', async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const device = await ownDevice(auth.user.id, deviceId(request));
    if (!(await secondFactorPresented(auth, request, reply, `/account/devices/${device.id}/delete`))) return reply;
    await deleteDevice(
      services.devices,
      auth.user.id,
      device.id,
      request.meta,
      services.clock.now(),
      auth.record.strengths,
      request.cookies[COOKIES.recovery],
    );
    return reply.redirect('/account/devices?deleted=1', 303);
  });

  app.get('/account/devices/panic', async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const devices = await listDevices(services.devices, auth.user.id, services.clock.now());
    return sendPage(
      reply,
      <DeleteAllDevicesPage ctx={viewContext(request, reply)} mode="request" count={devices.length} />,
    );
  });

  // Step 1: a single-use link to the account's address (requestDevicesPanic explains why).
  app.post('/account/devices/panic', async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const minutes = services.config.linkTtlMinutes;
    await requestDevicesPanic(services.devices, services.accounts, auth.user, request.meta, minutes);
    const d = request.messages.devices;
    return sendPage(
      reply,
      <MessagePage
        ctx={viewContext(request, reply)}
        title={d.panicSentTitle}
        message={format(d.panicSent, { email: auth.user.email, minutes }, request.locale)}
        link={{ href: '/account/devices', label: d.title }}
      />,
    );
  });

  // Step 2, from the mail: opening the link shows a button (link scanners delete nothing).
  app.get('/account/devices/panic/confirm', async (request, reply) => {
    if (stashLinkToken(request, reply, 'panic')) return reply;
    return sendPage(reply, <DeleteAllDevicesPage ctx={viewContext(request, reply)} mode="confirm" />);
  });

  app.post('/account/devices/panic/confirm', async (request, reply) => {
    try {
      await confirmDevicesPanic(services.devices, linkToken(request, 'panic'), request.meta, services.clock.now());
    } catch (error) {
      return linkError(services, request, reply, error);
    }
    clearLinkToken(reply);
    if (request.auth) return reply.redirect('/account/devices?panic=1', 303);
    const d = request.messages.devices;
    return sendPage(
      reply,
      <MessagePage
        ctx={viewContext(request, reply)}
        kind="success"
        title={d.panicTitle}
        message={d.panicNotice}
        link={{ href: '/login', label: request.messages.signIn.title }}
      />,
    );
  });
}
