/**
 * Checks of the isomorphic protocol package that run inside Chromium (bundled by
 * e2e/protocol-in-chromium.test.ts): the RFC 6287 vectors, ES256 canonical signatures and the
 * signed offline QR, computed by the browser's Web Crypto, exactly as the phone app will.
 */
import {
  computeOcra,
  encodeOfflineChallengeQr,
  exportEs256PublicJwk,
  generateEs256KeyPair,
  generateOcraQuestion,
  ocraTimestamp,
  SESAME_OFFLINE_OCRA_SUITE,
  SESAME_OFFLINE_OCRA_WINDOW,
  signOfflineChallenge,
  verifyOcra,
  verifyOfflineChallengeQr,
  type ServerSigningKey,
} from '@sesame/protocol';
import { KEY20, PIN_SHA1, RFC6287_VECTORS } from '../../packages/protocol/src/ocra/rfc6287-appendix-c.vectors';

export interface CheckResult {
  name: string;
  ok: boolean;
  detail?: string;
}

function hex(text: string): Uint8Array {
  return new Uint8Array(text.match(/../g)!.map((b) => parseInt(b, 16)));
}

export async function runProtocolChecks(): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const v of RFC6287_VECTORS) {
    const got = await computeOcra(v.suite, hex(v.key), {
      question: v.question,
      ...(v.counter === undefined ? {} : { counter: v.counter }),
      ...(v.password ? { passwordHash: hex(PIN_SHA1) } : {}),
      ...(v.timestamp === undefined ? {} : { timestamp: v.timestamp }),
    });
    results.push({ name: `RFC 6287 ${v.section} ${v.suite} ${v.question}`, ok: got === v.response, detail: got });
  }

  const server = await generateEs256KeyPair();
  const keys: ServerSigningKey[] = [
    { ...(await exportEs256PublicJwk(server.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' },
  ];
  const issuedAt = Math.floor(Date.now() / 1000);
  const text = encodeOfflineChallengeQr(
    await signOfflineChallenge(server.privateKey, {
      type: 'offline-challenge',
      kid: 'k1',
      account: 'n0025vuz',
      relyingApp: 'TRACES NT (démo)',
      question: generateOcraQuestion(SESAME_OFFLINE_OCRA_SUITE),
      issuedAt,
      expiresAt: issuedAt + 300,
    }),
  );
  const now = new Date((issuedAt + 30) * 1000);
  const challenge = await verifyOfflineChallengeQr(text, { keys, now });
  const secret = hex(KEY20 + KEY20.slice(0, 24));
  const code = await computeOcra(SESAME_OFFLINE_OCRA_SUITE, secret, {
    question: challenge.question,
    timestamp: ocraTimestamp(SESAME_OFFLINE_OCRA_SUITE, now),
  });
  const verdict = await verifyOcra(SESAME_OFFLINE_OCRA_SUITE, secret, { question: challenge.question }, code, {
    now,
    ...SESAME_OFFLINE_OCRA_WINDOW,
  });
  results.push({
    name: 'offline QR: signed, verified, 8-digit code accepted',
    ok: /^\d{8}$/.test(code) && verdict.valid,
  });

  // One changed character anywhere in the signed part must be refused.
  const i = Math.floor(text.length / 2);
  const tampered = text.slice(0, i) + (text[i] === 'A' ? 'B' : 'A') + text.slice(i + 1);
  const refused = await verifyOfflineChallengeQr(tampered, { keys, now }).then(
    () => false,
    () => true,
  );
  results.push({ name: 'offline QR: a tampered payload is refused', ok: refused });
  return results;
}
