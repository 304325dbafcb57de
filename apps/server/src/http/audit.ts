import type { AuditEventType } from '@sesame/core';
import type { FastifyRequest } from 'fastify';
import type { Services } from '../services';

export function audit(
  services: Services,
  request: FastifyRequest,
  type: AuditEventType,
  userId: string | null,
  details: Record<string, string | number | boolean> = {},
) {
  return services.durable.audit.append({
    type,
    userId,
    ip: request.meta.ip,
    userAgent: request.meta.userAgent,
    at: services.clock.now(),
    details,
  });
}
