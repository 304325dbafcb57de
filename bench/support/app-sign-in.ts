import type { BenchDevice, NoticeStream } from './bench-device';
import { EventStreamReader } from './event-stream-reader';
import type { LoadClient } from './load';

const CSRF = '__Host-sesame-csrf';

/** An enrolled bench app with its event stream open, as the Sésame app keeps it while open. */
export interface OpenApp {
  device: BenchDevice;
  events: NoticeStream;
}

const cookieHeader = (cookies: Map<string, string>) => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');

/**
 * One "Sésame app with PIN code" sign-in, every request a person and the app make: the browser
 * opens /login, sends the e-mail, the password with the app method (303 /login/app), reads the
 * number and listens for the verdict; the app hears the notice with the request (or fetches its
 * requests), approves
 * with the number and the PIN; the browser continues (303 /account). Returns the cookie jar.
 * `step`, if given, is called after each step with its name (bench/sign-in-steps.bench.ts reads
 * the server's CPU there).
 */
export async function appSignIn(
  client: LoadClient,
  portal: string,
  account: { email: string; password: string },
  app: OpenApp,
  pin: string,
  step: (name: string) => void = () => {},
): Promise<Map<string, string>> {
  const cookies = new Map<string, string>();
  await client.request(`${portal}/login`, { cookies });
  step('GET /login');
  const _csrf = cookies.get(CSRF)!;
  await client.request(`${portal}/login`, { cookies, form: { email: account.email, _csrf } });
  step('POST /login (e-mail)');
  const posted = await client.request(`${portal}/login/password`, {
    cookies,
    form: { password: account.password, method: 'PASSWORD_MOBILE_APP', _csrf },
  });
  if (posted.status !== 303 || posted.location !== '/login/app') {
    throw new Error(`password step: ${posted.status} ${posted.location ?? posted.body.slice(0, 200)}`);
  }
  step('POST /login/password (+ push challenge)');
  const page = await client.request(`${portal}/login/app`, { cookies });
  step('GET /login/app (wait page)');
  const shown = Number(/data-testid="number-match">(\d+)</.exec(page.body)?.[1]);
  if (!Number.isInteger(shown)) throw new Error(`no number on /login/app (${page.status})`);
  const verdicts = new EventStreamReader(`${portal}/login/app/events`, { cookie: cookieHeader(cookies) });
  try {
    await verdicts.opened;
    const notice = await app.events.next('push-notice');
    step('GET /login/app/events opened, app notified');
    const { challengeId } = JSON.parse(notice.data) as { challengeId: string };
    // The stream carried the request (issue 12); else the app fetches it, as an app of before.
    const carried = app.device.authenticator.remembered();
    const waiting = carried.some((c) => c.challengeId === challengeId)
      ? carried
      : await app.device.authenticator.pending();
    if (!waiting.some((c) => c.challengeId === challengeId)) throw new Error('the notice names no pending request');
    step(carried === waiting ? 'app: the request carried by its stream' : 'app: GET /device/v1/challenges');
    const answered = await app.device.authenticator.approve(challengeId, shown, pin);
    if (!answered.accepted) throw new Error('the server did not accept the approval');
    const heard = await verdicts.next('verdict');
    const { verdict } = JSON.parse(heard.data) as { verdict: string };
    if (verdict !== 'approved') throw new Error(`verdict ${verdict}`);
    step('app: POST …/answer, browser hears the verdict');
  } finally {
    verdicts.close();
  }
  const done = await client.request(`${portal}/login/app`, { cookies, form: { _csrf } });
  if (done.status !== 303 || done.location !== '/account') throw new Error(`continue: ${done.status}`);
  step('POST /login/app (session opened)');
  return cookies;
}
