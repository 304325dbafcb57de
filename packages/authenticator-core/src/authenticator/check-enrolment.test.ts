import { describe, expect, it } from 'vitest';
import type { DeviceApi } from '../ports/device-api';
import { ACCOUNT, enrolled, expectAuthenticatorError, PIN, setup } from '../test-fixtures';

describe('checkEnrolment (issue 11: one phone, one person, refused at the scan)', () => {
  it('a phone with no account goes on to the PIN, and tells the server nothing', async () => {
    const { server, device } = await setup();
    const qrText = server.enrolmentQr(ACCOUNT, PIN);
    const check = await device.checkEnrolment(qrText);
    expect(check).toMatchObject({ allowed: true, qr: { account: ACCOUNT } });
    expect(server.refusals).toEqual([]);
    await expect(device.enrol(qrText, PIN)).resolves.toMatchObject({ account: ACCOUNT });
  });

  it('a phone serving another person refuses before the PIN; the server ends that enrolment', async () => {
    const { server, device } = await enrolled();
    const qrText = server.enrolmentQr('x0099abc', '5739');
    const check = await device.checkEnrolment(qrText);
    expect(check).toMatchObject({ allowed: false, reason: 'other-account', heldAccount: ACCOUNT });
    expect(server.refusals).toEqual([
      { type: 'enrolment-refusal', enrolmentToken: check.qr.token, reason: 'other-account' },
    ]);
    // The QR is spent: no phone registers with it any more.
    const other = await setup();
    await expectAuthenticatorError(other.device.enrol(qrText, '5739', { server: server.origin }), 'ERR_SERVER');
    expect((await device.accounts()).map((a) => a.account)).toEqual([ACCOUNT]);
  });

  it('a phone already serving the same account refuses with its own reason', async () => {
    const { server, device } = await enrolled();
    const check = await device.checkEnrolment(server.enrolmentQr(ACCOUNT, PIN));
    expect(check).toMatchObject({ allowed: false, reason: 'same-account', heldAccount: ACCOUNT });
    expect(server.refusals.map((r) => r.reason)).toEqual(['same-account']);
  });

  it('goes on when the server allows several accounts per phone (refused: false)', async () => {
    const severalAccounts = (api: DeviceApi): DeviceApi => ({
      ...api,
      refuseEnrolment: async () => ({ type: 'enrolment-refusal-result', refused: false }),
    });
    const { server, device } = await enrolled(severalAccounts);
    const qrText = server.enrolmentQr('x0099abc', '5739');
    expect(await device.checkEnrolment(qrText)).toMatchObject({ allowed: true });
    await expect(device.enrol(qrText, '5739')).resolves.toMatchObject({ account: 'x0099abc' });
  });

  it('a repeat is refused the same; an expired QR is ERR_SERVER 404 at the check, before any PIN', async () => {
    const { server, device, clock } = await enrolled();
    const qrText = server.enrolmentQr('x0099abc', '5739');
    await device.checkEnrolment(qrText);
    expect(await device.checkEnrolment(qrText)).toMatchObject({ allowed: false });
    const late = server.enrolmentQr('y0077def', '5739');
    clock.advance(3600);
    await expect(device.checkEnrolment(late)).rejects.toMatchObject({ code: 'ERR_SERVER', details: { status: 404 } });
  });
});
