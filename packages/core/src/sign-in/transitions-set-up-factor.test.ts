import { describe, expect, it } from 'vitest';
import type { SignInEvent } from './events';
import { challengeStep, METHOD_INFOS, T0 } from './testing/sign-in-fixtures';
import { transition } from './transitions';

const NOW = T0 + 60_000;
const accepted = (extra: Partial<Extract<SignInEvent, { type: 'AnswerAccepted' }>> = {}): SignInEvent => ({
  type: 'AnswerAccepted',
  userId: 'u1',
  mobileDevices: [],
  credentialsChangedAt: T0 - 1,
  strengths: ['PASSWORD', 'PASSWORD_RECOVERY_CODE'],
  ...extra,
});

describe('AnswerAccepted carries setUpFactor (docs/adr/0028: after a recovery code, set up a new factor)', () => {
  it('the answer of a way back: the authenticated result says setUpFactor', () => {
    const result = transition(challengeStep(), accepted({ setUpFactor: true }), NOW, { methods: METHOD_INFOS });
    expect(result).toMatchObject({ ok: true, state: { step: 'authenticated', setUpFactor: true } });
  });

  it('any other answer: no setUpFactor key at all', () => {
    const result = transition(challengeStep(), accepted(), NOW, { methods: METHOD_INFOS });
    expect(result.ok && 'setUpFactor' in result.state).toBe(false);
  });
});
