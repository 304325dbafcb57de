import type { SessionRecord, UserRecord, RequestMeta } from '@sesame/core';
import type { Locale } from '@sesame/protocol';
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
  }
  interface FastifyReply {
    cspNonce: { script: string; style: string };
  }
}
