import type { FastifyInstance } from 'fastify';
import { sendPage, viewContext } from '../http/render-page';
import { ContactPage } from '../views/pages/contact-page';
import { HelpPage } from '../views/pages/help-page';
import { LegalPage } from '../views/pages/legal-page';

/**
 * Help, contact and legal notice (issue 11, point 5; docs/adr/0020): open to all, signed in or
 * not — the registration mail and every page's footer link here before any sign-in. They read
 * the configuration only, never a user's data.
 */
export function helpPageRoutes(app: FastifyInstance) {
  app.get('/help', async (request, reply) => sendPage(reply, <HelpPage ctx={viewContext(request, reply)} />));
  app.get('/contact', async (request, reply) => sendPage(reply, <ContactPage ctx={viewContext(request, reply)} />));
  app.get('/legal', async (request, reply) => sendPage(reply, <LegalPage ctx={viewContext(request, reply)} />));
}
