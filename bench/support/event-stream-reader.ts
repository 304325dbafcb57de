import http from 'node:http';
import https from 'node:https';

/** One server-sent event, stamped with `performance.now()` when its blank line was read. */
export interface StampedEvent {
  event: string;
  data: string;
  at: number;
}

/**
 * A server-sent event stream (WHATWG HTML §9.2), as the Sésame app reads GET /device/v1/events
 * (with fetch: EventSource cannot send its Authorization header) and as the sign-in page's
 * EventSource reads GET /login/app/events. Read with node:http rather than fetch: Node 20's
 * fetch leaves the connection open after an abort, and the server's graceful stop then waits
 * for its keep-alive timeout (72 s). `opened` resolves on the server's first
 * comment (`: connected`, written once its subscription is in place: event-stream.ts), so an
 * event published after it cannot be missed. Events are kept until taken with `next`.
 */
export class EventStreamReader {
  readonly opened: Promise<void>;
  /** The response's headers (once it started). */
  headers: http.IncomingHttpHeaders = {};
  readonly #events: StampedEvent[] = [];
  readonly #waiters = new Set<() => void>();
  #ended: Error | null = null;
  #request: http.ClientRequest | undefined;
  #closed = false;

  /** `tls.ca`: the certificate an https:// server is trusted with (a test proxy's own). */
  constructor(url: string, headers: Record<string, string> = {}, tls: { ca?: string } = {}) {
    this.opened = this.#read(url, headers, tls);
    // A stream that fails before it opens rejects `opened`; later failures reject `next`.
    this.opened.catch(() => {});
  }

  /** The first unread `event` (matching `matches`), waiting up to `timeoutMs` for it. */
  next(event: string, matches: (data: string) => boolean = () => true, timeoutMs = 30_000): Promise<StampedEvent> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const index = this.#events.findIndex((e) => e.event === event && matches(e.data));
        if (index >= 0) {
          done();
          resolve(this.#events.splice(index, 1)[0]!);
        } else if (this.#ended) {
          done();
          reject(this.#ended);
        }
      };
      const done = () => {
        clearTimeout(timer);
        this.#waiters.delete(check);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no "${event}" event within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiters.add(check);
      check();
    });
  }

  close(): void {
    this.#closed = true;
    this.#request?.destroy();
  }

  #read(url: string, headers: Record<string, string>, tls: { ca?: string }): Promise<void> {
    return new Promise((resolve, reject) => {
      const fail = (error: Error) => {
        this.#ended = this.#closed ? new Error('stream closed') : error;
        for (const wake of this.#waiters) wake();
        reject(this.#ended);
      };
      // A fresh connection of its own (no agent), ended by close(): the server then sees the
      // client go at once, as when a browser leaves the page or the app goes to sleep.
      const options = { headers: { accept: 'text/event-stream', ...headers }, agent: false as const };
      const onResponse = (res: http.IncomingMessage) => {
        this.headers = res.headers;
        if (res.statusCode !== 200) {
          res.resume();
          fail(new Error(`${url}: HTTP ${res.statusCode}`));
          return;
        }
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (chunk: string) => {
          const at = performance.now();
          buffer += chunk.replace(/\r\n?/g, '\n');
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            this.#dispatch(block, at, resolve);
          }
        });
        res.on('close', () => fail(new Error(`${url}: the server ended the stream`)));
      };
      this.#request = url.startsWith('https:')
        ? https.get(url, { ...options, ...tls }, onResponse)
        : http.get(url, options, onResponse);
      this.#request.on('error', fail);
    });
  }

  /** HTML §9.2.6: `field: value` lines; a line starting with ":" is a comment. */
  #dispatch(block: string, at: number, opened: () => void): void {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) {
        opened();
        continue;
      }
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length === 0) return;
    this.#events.push({ event, data: data.join('\n'), at });
    for (const wake of this.#waiters) wake();
  }
}
