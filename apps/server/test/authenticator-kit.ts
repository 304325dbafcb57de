import { Authenticator, createFetchDeviceApi, MemoryStore } from '@sesame/authenticator-core';
import type { UserRecord } from '@sesame/core';
import { createTestPortal, type TestPortal } from './test-portal';

/**
 * The real thing for the device API's HTTP tests: the server listening on 127.0.0.1, one user,
 * and authenticator-core's Authenticator (the app's brain, as the PWA and the CLI run it)
 * talking to it with fetch. The caller closes the portal afterwards.
 */
export async function startListeningAppKit(): Promise<{ portal: TestPortal; user: UserRecord; app: Authenticator }> {
  const portal = await createTestPortal({ listen: true });
  try {
    const user = await portal.createUser({
      email: 'marie.dupont@example.org',
      password: 'correct horse battery staple',
    });
    // The same clock as the server: request proofs and challenge lifetimes agree.
    const app = new Authenticator({
      store: new MemoryStore(),
      clock: portal.clock,
      deviceApi: (url) => createFetchDeviceApi(url),
    });
    await app.initialise();
    return { portal, user, app };
  } catch (error) {
    // Nothing left behind when the kit itself fails.
    await portal.close();
    throw error;
  }
}
