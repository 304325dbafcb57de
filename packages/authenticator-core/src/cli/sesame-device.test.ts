/**
 * The CLI end to end over HTTP: an in-process HTTP server plays the device API of
 * api/http-contract.ts with the FakeDeviceServer (the protocol package's server-side helpers).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { isProtocolError } from '@sesame/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDeviceServer } from '../../testing';
import { DEVICE_API_PATHS, parseDeviceAuthorization } from '../api/http-contract';
import { isAuthenticatorError } from '../errors';
import type { DeviceApi } from '../ports/device-api';
import { runSesameDevice } from './run';

const ANSWER_PATH = /^\/device\/v1\/challenges\/([A-Za-z0-9_-]+)\/answer$/;

async function route(api: DeviceApi, request: IncomingMessage): Promise<{ status: number; body?: unknown }> {
  let text = '';
  for await (const chunk of request) text += chunk;
  const body = text === '' ? undefined : (JSON.parse(text) as never);
  const path = new URL(request.url!, 'http://x').pathname;
  const answer = ANSWER_PATH.exec(path);
  if (request.method === 'POST' && path === DEVICE_API_PATHS.registrations) {
    return { status: 201, body: await api.register(body!) };
  }
  if (request.method === 'POST' && path === DEVICE_API_PATHS.pinConfirmations) {
    return { status: 200, body: await api.confirmPin(body!) };
  }
  if (request.method === 'POST' && path === DEVICE_API_PATHS.activations) {
    return { status: 200, body: await api.activate(body!) };
  }
  if (request.method === 'GET' && path === DEVICE_API_PATHS.challenges) {
    const proof = parseDeviceAuthorization(request.headers.authorization);
    return proof ? { status: 200, body: { challenges: await api.challenges(proof) } } : { status: 401 };
  }
  if (request.method === 'POST' && answer) {
    if ((body as { challengeId?: unknown } | undefined)?.challengeId !== answer[1]) return { status: 400 };
    return { status: 200, body: await api.answer(body!) };
  }
  return { status: 404 };
}

async function handle(api: DeviceApi, request: IncomingMessage, response: ServerResponse): Promise<void> {
  let result: { status: number; body?: unknown };
  try {
    result = await route(api, request);
  } catch (error) {
    if (isAuthenticatorError(error, 'ERR_SERVER')) result = { status: error.details.status! };
    else if (isProtocolError(error) || error instanceof SyntaxError) result = { status: 400 };
    else result = { status: 500 };
  }
  response.writeHead(result.status, { 'content-type': 'application/json' });
  response.end(result.body === undefined ? '' : JSON.stringify(result.body));
}

let http: Server;
let fake: FakeDeviceServer;
let dir: string;

beforeAll(async () => {
  http = createServer((request, response) => void handle(fake.api, request, response));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  fake = await FakeDeviceServer.create(`http://127.0.0.1:${(http.address() as AddressInfo).port}`);
  dir = await mkdtemp(join(tmpdir(), 'sesame-device-'));
});

afterAll(async () => {
  await new Promise((resolve) => http.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await runSesameDevice(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr, json: () => JSON.parse(stdout) as Record<string, unknown> };
}

describe('sesame-device', () => {
  const state = () => join(dir, 'state.json');

  it('enrol: a wrong PIN is refused (exit 1); a new QR with the right PIN enrols and accepts the device', async () => {
    const wrong = await cli('enrol', '--qr', fake.enrolmentQr('n0025vuz', '1234'), '--pin', '4321', '--state', state());
    expect(wrong).toMatchObject({ status: 1, stdout: '', stderr: 'sesame-device: ERR_PIN_REJECTED\n' });
    const qr = fake.enrolmentQr('n0025vuz', '1234');
    const ok = await cli('enrol', '--server', fake.origin, '--qr', qr, '--pin', '1234', '--state', state());
    expect(ok.status).toBe(0);
    expect(ok.json()).toMatchObject({
      account: 'n0025vuz',
      deviceName: 'Pixel-de-Marie',
      server: fake.origin,
      status: 'active',
    });
    expect(fake.isActive(ok.json().deviceId as string)).toBe(true);
  });

  it('keeps its state in a 0600 file: the device key as PKCS#8 beside the sealed secret, no PIN verifier', async () => {
    expect((await stat(state())).mode & 0o777).toBe(0o600);
    const text = await readFile(state(), 'utf8');
    const [account] = JSON.parse(text).accounts;
    expect(Object.keys(account.secret).sort()).toEqual(['ciphertext', 'iterations', 'salt']);
    expect(account.deviceKey).toEqual({ $pkcs8: expect.any(String) });
    const pinHash = Buffer.from(await crypto.subtle.digest('SHA-256', Buffer.from('1234')));
    expect(text).not.toContain(pinHash.toString('hex'));
    expect(text).not.toContain(pinHash.toString('base64url'));
  });

  it('pending, approve with a wrong PIN (accepted: false, exit 0), then with the right one', async () => {
    const deviceId = JSON.parse(await readFile(state(), 'utf8')).accounts[0].deviceId as string;
    const { challenge, shown } = fake.pushChallenge(deviceId);
    const pending = await cli('pending', '--state', state());
    expect(pending.json()).toEqual({ challenges: [challenge] });
    const id = challenge.challengeId;
    const wrong = await cli('approve', id, '--number', String(shown), '--pin', '4321', '--state', state());
    expect(wrong).toMatchObject({ status: 0, stdout: '{"accepted":false}\n' });
    const right = await cli('approve', id, '--number', String(shown), '--pin', '1234', '--state', state());
    expect(right).toMatchObject({ status: 0, stdout: '{"accepted":true}\n' });
    expect(fake.answers.map((a) => a.outcome)).toEqual(['wrong_ocra', 'approved']);
  });

  it('deny and report', async () => {
    const deviceId = JSON.parse(await readFile(state(), 'utf8')).accounts[0].deviceId as string;
    for (const command of ['deny', 'report']) {
      const { challenge } = fake.pushChallenge(deviceId);
      expect(await cli(command, challenge.challengeId, '--state', state())).toMatchObject({
        status: 0,
        stdout: '{"accepted":true}\n',
      });
    }
    expect(fake.answers.slice(-2).map((a) => a.outcome)).toEqual(['denied', 'reported']);
  });

  it('code: the offline code the server accepts', async () => {
    const qr = await fake.offlineChallengeQr('n0025vuz');
    const result = await cli('code', '--qr', qr, '--pin', '1234', '--state', state());
    expect(result.json()).toMatchObject({ code: expect.stringMatching(/^[0-9]{8}$/), account: 'n0025vuz' });
    expect(await fake.checkOfflineCode(qr, result.json().code as string)).toBe(true);
  });

  it('usage errors exit 2; typed errors exit 1 with their code', async () => {
    expect((await cli()).status).toBe(2);
    expect((await cli('approve', '--state', state())).status).toBe(2);
    expect((await cli('fly')).stderr).toContain('unknown command fly');
    expect((await cli('pending', 'extra')).status).toBe(2);
    expect((await cli('deny', 'a', 'b')).status).toBe(2);
    expect((await cli('deny')).stderr).toContain('deny takes a challenge id');
    // A base64url id may begin with "-": it is still an id, not an option.
    expect(await cli('deny', '-AAAAAAAAAAAAAAAAAAAAA', '--state', state())).toMatchObject({
      status: 1,
      stderr: 'sesame-device: ERR_CHALLENGE_UNKNOWN\n',
    });
    expect((await cli('pending', '--state', join(dir, 'none.json'))).stderr).toBe('sesame-device: ERR_NOT_ENROLLED\n');
  });

  it('runs as a program: node --import tsx …/sesame-device.ts', async () => {
    const entry = fileURLToPath(new URL('./sesame-device.ts', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [
      '--import',
      'tsx',
      entry,
      'pending',
      '--state',
      state(),
    ]);
    expect(JSON.parse(stdout)).toEqual({ challenges: [] });
  });
});
