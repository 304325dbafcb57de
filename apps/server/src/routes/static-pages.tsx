import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { appOffer } from '../http/app-offer';
import { parseQuery } from '../http/parse-form';
import { sendPage, viewContext } from '../http/render-page';
import { mailsTo, OUTBOX_WINDOW, outboxMailJson, wantsJson } from '../mail/outbox-query';
import type { StaticPagesContext } from '../compose/app-context';
import { HelpAppPage } from '../views/pages/help-app-page';
import { OutboxPage } from '../views/pages/outbox-page';
import { PrivacyPage, type PrivacyFacts } from '../views/pages/privacy-page';

/** The dev outbox's query (ADR 0026 §2.10): an address to filter on, a format (wantsJson). */
const outboxQuery = z.object({ to: z.string().optional(), format: z.string().optional() });

export function staticPageRoutes(app: FastifyInstance, services: StaticPagesContext) {
  app.get('/', async (request, reply) => reply.redirect(request.auth ? '/account' : '/login', 303));
  const { retention, linkTtlMinutes, mail } = services.config;
  // The periods stated are the ones the retention purge applies (retention/retention-purge.ts).
  const facts: PrivacyFacts = {
    signInEventsDays: retention.signInEventsDays,
    auditDays: retention.auditDays,
    registrationMinutes: linkTtlMinutes,
    pendingCredentialHours: retention.pendingCredentialHours,
    mailOutboxDays: mail.smtpUrl ? undefined : retention.mailOutboxDays,
  };
  app.get('/privacy', async (request, reply) =>
    sendPage(reply, <PrivacyPage ctx={viewContext(request, reply)} facts={facts} />),
  );
  // The annex's step 1, open to all: the registration mail links here before any sign-in.
  app.get('/help/app', async (request, reply) => {
    const offer = await appOffer(services.config.publicUrl, request.headers['user-agent']);
    return sendPage(reply, <HelpAppPage ctx={viewContext(request, reply)} offer={offer} />);
  });
  if (services.config.devPages) {
    // Development only (devPages): every mail, newest first, as a page or as JSON for scripts.
    app.get('/dev/outbox', async (request, reply) => {
      const query = parseQuery(request, outboxQuery);
      const to = query.to?.trim() ?? '';
      const mails = mailsTo(await services.durable.outbox.list(OUTBOX_WINDOW), to);
      if (wantsJson(query.format, request.headers.accept)) {
        return reply.header('cache-control', 'no-store').header('vary', 'accept').send(mails.map(outboxMailJson));
      }
      reply.header('vary', 'accept');
      return sendPage(reply, <OutboxPage ctx={viewContext(request, reply)} mails={mails} to={to} />);
    });
  }
}
