import type { SessionRecord, UserRecord, RequestMeta } from '@sesame/core';
import type { Locale } from '@sesame/protocol';
import type { Branding } from '../branding/branding';
import type { Messages } from '../i18n/en';

export interface Authenticated {
  sessionId: string;
  record: SessionRecord;
  user: UserRecord;
}

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    messages: Messages;
    csrfToken: string;
    auth: Authenticated | null;
    meta: RequestMeta;
    /** The organisation (services.branding), on every request, in or out of the portal. */
    branding: Branding;
  }
  interface FastifyReply {
    cspNonce: { script: string; style: string };
  }
}

/**
 * Which kind of client a route answers, so the root error handler renders its failures the way
 * that client reads them (ADR 0026 §2.7). Set per registrar (http/error-handler.ts `tagSurface`).
 */
export type Surface = 'portal' | 'cas-api' | 'device-api' | 'admin-api' | 'scim' | 'ops';

declare module 'fastify' {
  interface FastifyContextConfig {
    surface?: Surface;
  }
}
