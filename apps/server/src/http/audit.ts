import type { AuditEventType } from '@sesame/core';
import type { FastifyRequest } from 'fastify';
import type { AuditDeps } from '../compose/app-context';

export function audit(
  services: AuditDeps,
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
