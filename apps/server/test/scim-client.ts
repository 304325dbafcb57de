import SCIMMY from 'scimmy';

/**
 * A SCIM 2.0 client for the tests (docs/adr/0037): HTTP over fetch to the listening server, with
 * SCIMMY (a maintained RFC 7643/7644 implementation) building the PatchOp messages and checking
 * every User the server returns against the RFC 7643 User schema, and every list against the
 * ListResponse message. npm has no maintained SCIM *client* (see the ADR), so the transport is
 * fetch and the protocol's rules are SCIMMY's, not ours.
 */
export class ScimClient {
  constructor(
    private readonly base: string,
    private readonly token: string,
  ) {}

  async request(method: string, path: string, body?: object, headers: Record<string, string> = {}) {
    const response = await fetch(`${this.base}/scim/v2${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        accept: 'application/scim+json',
        ...(body ? { 'content-type': 'application/scim+json' } : {}),
        ...headers,
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: (text ? JSON.parse(text) : null) as Record<string, unknown> | null,
    };
  }

  /** The User, checked against RFC 7643's User schema by SCIMMY (throws when it does not conform). */
  static checkUser(resource: unknown): Record<string, unknown> {
    SCIMMY.Schemas.User.definition.coerce(structuredClone(resource) as Record<string, unknown>, 'out');
    return resource as Record<string, unknown>;
  }

  async create(user: object) {
    const answer = await this.request('POST', '/Users', { schemas: [SCIMMY.Schemas.User.definition.id], ...user });
    return { ...answer, user: answer.status === 201 ? ScimClient.checkUser(answer.body) : null };
  }

  async get(id: string) {
    const answer = await this.request('GET', `/Users/${id}`);
    return { ...answer, user: answer.status === 200 ? ScimClient.checkUser(answer.body) : null };
  }

  /** A filtered list; the filter is parsed by SCIMMY first (a filter it refuses is the test's bug). */
  async list(filter?: string, paging: { startIndex?: number; count?: number } = {}) {
    if (filter) new SCIMMY.Types.Filter(filter);
    const query = new URLSearchParams({
      ...(filter ? { filter } : {}),
      ...(paging.startIndex ? { startIndex: String(paging.startIndex) } : {}),
      ...(paging.count !== undefined ? { count: String(paging.count) } : {}),
    });
    const answer = await this.request('GET', `/Users?${query}`);
    if (answer.status !== 200) return { ...answer, list: null };
    const list = new SCIMMY.Messages.ListResponse(answer.body as never);
    for (const resource of list.Resources) ScimClient.checkUser(resource);
    return { ...answer, list: answer.body as { totalResults: number; Resources: Record<string, unknown>[] } };
  }

  async patch(id: string, operations: { op: string; path?: string; value?: unknown }[], ifMatch?: string) {
    const message = new SCIMMY.Messages.PatchOp({
      schemas: [SCIMMY.Messages.PatchOp.id],
      Operations: operations,
    } as never);
    const answer = await this.request('PATCH', `/Users/${id}`, JSON.parse(JSON.stringify(message)) as object, {
      ...(ifMatch ? { 'if-match': ifMatch } : {}),
    });
    return { ...answer, user: answer.status === 200 ? ScimClient.checkUser(answer.body) : null };
  }

  async delete(id: string, ifMatch?: string) {
    return this.request('DELETE', `/Users/${id}`, undefined, ifMatch ? { 'if-match': ifMatch } : {});
  }
}
