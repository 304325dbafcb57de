import http from 'node:http';
import https from 'node:https';

/**
 * The load generator shared by the benchmarks: keep-alive node:http clients, light enough to
 * take little of the CPU that the server under test competes for.
 */
export class LoadClient {
  private readonly agent: http.Agent;
  private readonly httpsAgent: https.Agent;

  /** `tls.ca`: the certificate an https:// server is trusted with (a test proxy's own). */
  constructor(concurrency: number, tls: { ca?: string } = {}) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: concurrency * 2 });
    this.httpsAgent = new https.Agent({ keepAlive: true, maxSockets: concurrency * 2, ...tls });
  }

  request(
    url: string,
    options: {
      method?: string;
      cookies?: Map<string, string>;
      form?: Record<string, string>;
      headers?: Record<string, string>;
    } = {},
  ): Promise<{ status: number; location: string | undefined; body: string }> {
    return new Promise((resolve, reject) => {
      const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
      const cookies = options.cookies;
      const secure = url.startsWith('https:');
      const req = (secure ? https : http).request(
        url,
        {
          method: options.method ?? (body ? 'POST' : 'GET'),
          agent: secure ? this.httpsAgent : this.agent,
          headers: {
            ...(cookies ? { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
            ...(body
              ? {
                  'content-type': 'application/x-www-form-urlencoded',
                  'content-length': String(Buffer.byteLength(body)),
                }
              : {}),
            ...options.headers,
          },
        },
        (res) => {
          if (cookies) {
            for (const line of res.headers['set-cookie'] ?? []) {
              const [pair] = line.split(';');
              const [name, value] = pair!.split('=');
              cookies.set(name!, value ?? '');
            }
          }
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              location: res.headers.location,
              body: Buffer.concat(chunks).toString(),
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close() {
    this.agent.destroy();
    this.httpsAgent.destroy();
  }
}

/** Runs `once` in `workers` parallel loops for `ms`; returns how many completed. */
export async function forDuration(
  ms: number,
  workers: number,
  once: (worker: number) => Promise<void>,
): Promise<number> {
  const end = Date.now() + ms;
  let done = 0;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (Date.now() < end) {
        await once(worker);
        done++;
      }
    }),
  );
  return done;
}
