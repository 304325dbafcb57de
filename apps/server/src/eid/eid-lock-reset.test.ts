import { afterEach, expect, it } from 'vitest';
import { linkEidInStore, portalPath, startEidWorld, type TestEidProvider } from '../../test/eid-provider-kit';
import type { TestPortal } from '../../test/test-portal';

/**
 * An eID sign-in proves the account (docs/adr/0047, 0053): like the right password, it starts the
 * account's consecutive password failures again and lifts the lock everywhere, the lock until
 * reset included (docs/adr/0065). Every request comes through the local proxy (127.0.0.1).
 */

const EMAIL = 'marie.dupont@ddpp35.example.fr';
const PASSWORD = 'le chat dort sur le radiateur';
const WRONG = 'le chien dort sur le radiateur';

let idp: TestEidProvider | undefined;
let portal: TestPortal | undefined;

afterEach(async () => {
  await portal?.close();
  await idp?.close();
});

let address = 0;
async function attempt(p: TestPortal, password: string) {
  const browser = p.browser('en');
  const headers = { 'x-forwarded-for': `198.51.100.${++address}` };
  await browser.get('/login', headers);
  await browser.post('/login', { email: EMAIL }, { headers });
  return browser.post('/login/password', { password }, { headers });
}

it('an eID sign-in at the cap starts the password count again: the right password then signs in anywhere', async () => {
  ({ idp, portal } = await startEidWorld({
    config: {
      trustProxy: '127.0.0.1',
      'signIn.lockAfterFailures': 5,
      'signIn.accountLockAfterFailures': 10,
      'signIn.maxConsecutiveFailures': 10,
    },
  }));
  const user = await portal.createUser({ email: EMAIL, password: PASSWORD, emailLocale: 'en' });
  await linkEidInStore(portal, idp, user.id, 'fc-sub-0001');
  for (let i = 0; i < 10; i++) await attempt(portal, WRONG);
  expect((await attempt(portal, PASSWORD)).status).toBe(429);

  const via = portal.browser('en');
  await via.get('/login');
  idp.next = { subject: 'fc-sub-0001', acr: 'eidas2' };
  const toProvider = await via.post('/login/eid', { provider: 'testeid' });
  const back = await via.get(portalPath(portal, await idp.signIn(toProvider.location!)));
  expect(back.status).toBe(303);
  expect(via.session).toBeDefined();

  expect((await attempt(portal, PASSWORD)).status).toBe(303);
});
