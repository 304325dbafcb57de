import { z } from 'zod';
import { oidcClaimsByScope } from './attribute-release';
import { relyingAppSchema, type RelyingApp, type RelyingAppInput } from './relying-app';

const compiled = new Map<string, RegExp>();

/** Whether `service` matches a registered pattern (exact, `prefix*`, or `^regex$`). */
export function serviceMatches(pattern: string, service: string): boolean {
  if (pattern.startsWith('^') && pattern.endsWith('$')) {
    let regex = compiled.get(pattern);
    if (!regex) compiled.set(pattern, (regex = new RegExp(pattern)));
    return regex.test(service);
  }
  if (pattern.endsWith('*')) return service.startsWith(pattern.slice(0, -1));
  return service === pattern;
}

/** One line per problem, naming the application and the field: `relying app "traces": name: …`. */
function describeIssues(entries: readonly RelyingAppInput[], issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const [index, ...field] = issue.path;
      const entry = typeof index === 'number' ? (entries[index] as { id?: unknown } | undefined) : undefined;
      const which = typeof entry?.id === 'string' ? `"${entry.id}"` : `#${Number(index) + 1}`;
      return `relying app ${which}: ${field.join('.') || '(entry)'}: ${issue.message}`;
    })
    .join('\n');
}

/**
 * The registered relying applications. Built from configuration at start; an invalid entry
 * stops the server with a message naming it.
 */
export class ServiceRegistry {
  private constructor(readonly apps: readonly RelyingApp[]) {}

  static from(entries: readonly RelyingAppInput[]): ServiceRegistry {
    const parsed = z.array(relyingAppSchema).safeParse(entries);
    if (!parsed.success) throw new Error(describeIssues(entries, parsed.error.issues));
    const apps = parsed.data;
    const ids = new Set<string>();
    const clients = new Set<string>();
    for (const app of apps) {
      if (ids.has(app.id)) throw new Error(`relying app id "${app.id}" is registered twice`);
      ids.add(app.id);
      if (app.oidc) {
        if (clients.has(app.oidc.clientId)) throw new Error(`OIDC client "${app.oidc.clientId}" is registered twice`);
        clients.add(app.oidc.clientId);
      }
    }
    // One scope per claim name across applications (docs/adr/0043); throws naming the application.
    oidcClaimsByScope(apps);
    return new ServiceRegistry(apps);
  }

  byId(id: string): RelyingApp | undefined {
    return this.apps.find((app) => app.id === id);
  }

  /** The CAS application whose patterns match `service`; the first registered wins. */
  byCasService(service: string): RelyingApp | undefined {
    if (!URL.canParse(service)) return undefined;
    return this.apps.find((app) => app.cas?.services.some((pattern) => serviceMatches(pattern, service)));
  }

  byClientId(clientId: string): RelyingApp | undefined {
    return this.apps.find((app) => app.oidc?.clientId === clientId);
  }
}
