import type { LoadClient } from './load';

/**
 * One full password sign-in as a browser does it (page, e-mail step, password step); returns
 * the cookie jar holding the new SSO session.
 */
export async function signIn(
  client: LoadClient,
  base: string,
  email: string,
  password: string,
): Promise<Map<string, string>> {
  const cookies = new Map<string, string>();
  await client.request(`${base}/login`, { cookies });
  const _csrf = cookies.get('__Host-sesame-csrf')!;
  await client.request(`${base}/login`, { cookies, form: { email, _csrf } });
  const done = await client.request(`${base}/login/password`, { cookies, form: { password, _csrf } });
  if (done.status !== 303 || done.location !== '/account') {
    throw new Error(`sign-in failed: ${done.status} ${done.location}`);
  }
  return cookies;
}
