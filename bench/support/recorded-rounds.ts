import type { LoadClient } from './load';

/** What a step of a round is. */
export type StepKind = 'GET /login' | 'POST /login' | 'POST /login/password' | 'GET /cas/login' | 'CAS validation';

/** One HTTP request of the load, as it was answered (status 0: no answer, the connection failed). */
export interface StepRecord {
  kind: StepKind;
  start: number;
  end: number;
  status: number;
  ok: boolean;
}

/** One whole round: a password sign-in, then a CAS ticket for `service` and its validation. */
export interface RoundRecord {
  start: number;
  end: number;
  ok: boolean;
}

/**
 * A steady load of `clients` closed-loop clients, each repeating one round — GET /login, the
 * e-mail, the password (the durable store: the account and its hash; the ephemeral store: the
 * session), GET /cas/login (a service ticket in the ephemeral store) and its p3/serviceValidate —
 * and recording every answer with `performance.now()` stamps. A round stops at its first
 * unexpected answer; the client then waits `retryMs`, as a person pressing again would.
 */
export class RecordedRounds {
  readonly steps: StepRecord[] = [];
  readonly rounds: RoundRecord[] = [];
  private running = false;
  private loops: Array<Promise<void>> = [];

  constructor(
    private readonly client: LoadClient,
    private readonly base: string,
    private readonly account: { email: string; password: string },
    private readonly service: string,
    private readonly retryMs: number,
  ) {}

  start(clients: number): void {
    this.running = true;
    this.loops = Array.from({ length: clients }, () => this.loop());
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  /** One round, recorded; resolves true when every step answered as expected. */
  async round(): Promise<boolean> {
    const start = performance.now();
    const ok = await this.signInAndValidate();
    this.rounds.push({ start, end: performance.now(), ok });
    return ok;
  }

  private async loop(): Promise<void> {
    while (this.running) {
      if (!(await this.round())) await new Promise((resolve) => setTimeout(resolve, this.retryMs));
    }
  }

  private async signInAndValidate(): Promise<boolean> {
    const cookies = new Map<string, string>();
    const headers = { accept: 'text/html', 'accept-language': 'fr' };
    const page = await this.step('GET /login', `${this.base}/login`, { cookies, headers }, (r) => r.status === 200);
    if (!page) return false;
    const _csrf = cookies.get('__Host-sesame-csrf') ?? '';
    const email = await this.step(
      'POST /login',
      `${this.base}/login`,
      { cookies, headers, form: { email: this.account.email, _csrf } },
      (r) => r.status === 303,
    );
    if (!email) return false;
    const password = await this.step(
      'POST /login/password',
      `${this.base}/login/password`,
      { cookies, headers, form: { password: this.account.password, _csrf } },
      (r) => r.status === 303 && r.location === '/account',
    );
    if (!password) return false;
    const login = await this.step(
      'GET /cas/login',
      `${this.base}/cas/login?service=${encodeURIComponent(this.service)}`,
      { cookies, headers },
      (r) => r.location !== undefined && /[?&]ticket=ST-/.test(r.location),
    );
    if (!login?.location) return false;
    const ticket = new URL(login.location).searchParams.get('ticket') ?? '';
    const validation = await this.step(
      'CAS validation',
      `${this.base}/cas/p3/serviceValidate?${new URLSearchParams({ ticket, service: this.service, format: 'JSON' })}`,
      {},
      (r) => r.status === 200 && r.body.includes('authenticationSuccess'),
    );
    return validation !== undefined;
  }

  /** Sends one request and records it; returns the answer when `expected` holds. */
  private async step(
    kind: StepKind,
    url: string,
    options: Parameters<LoadClient['request']>[1],
    expected: (answer: { status: number; location: string | undefined; body: string }) => boolean,
  ): Promise<{ status: number; location: string | undefined; body: string } | undefined> {
    const start = performance.now();
    const answer = await this.client.request(url, options).catch(() => undefined);
    const ok = answer !== undefined && expected(answer);
    this.steps.push({ kind, start, end: performance.now(), status: answer?.status ?? 0, ok });
    return ok ? answer : undefined;
  }
}
