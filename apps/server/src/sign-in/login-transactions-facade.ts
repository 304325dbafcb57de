import { type EphemeralStore, type LoginTransaction, type SignInState, SignInStateStore } from '@sesame/core';

const WIRE_NAMES = {
  'app-push': 'PASSWORD_MOBILE_APP',
  'app-qr': 'PASSWORD_SOFTWARE_TOKEN',
  'on-mobile': 'MOBILE_APP',
} as const;

/** The engine's state in v1's flat shape (docs/adr/0026 §1.1): the inverse of core's `fromV1`. */
export function flattenSignInState(state: SignInState): LoginTransaction {
  const { ctx } = state;
  const flat: LoginTransaction = {
    ...(state.step !== 'identify' ? { email: state.email } : {}),
    ...(ctx.returnTo !== undefined ? { returnTo: ctx.returnTo } : {}),
    ...(ctx.target ? { target: ctx.target } : {}),
    ...(ctx.purpose === 'reauthenticate' ? { reauthenticate: true } : {}),
  };
  if (state.step === 'kept') return { ...flat, stepUp: { userId: state.userId } };
  if (state.step !== 'challenge') return flat;
  // Methods newer than v1 (TOTP…) have no v1 shape: the flat view stops at the address.
  if (!(state.method in WIRE_NAMES)) return flat;
  const shown = state.data.shown;
  return {
    ...flat,
    secondFactor: {
      userId: state.userId ?? 'none:',
      method: WIRE_NAMES[state.method as keyof typeof WIRE_NAMES],
      passwordAt: state.since,
      ...(typeof shown === 'number' ? { shown } : {}),
      expiresAt: state.expiresAt,
    },
  };
}

/** What tests and tools still read of a browser's sign-in: `load`, in v1's shape. */
export interface LoginTransactionsView {
  load(handle: string | undefined): Promise<LoginTransaction | null>;
}

/**
 * TEMPORARY (issue 12): `Services.loginTransactions` kept readable over the engine's v2 records
 * (routes/open-redirect.test.ts reads `returnTo`), until the composition root's test façade.
 * Read-only: only the engine writes a sign-in.
 */
export function loginTransactionsFacade(store: EphemeralStore): LoginTransactionsView {
  const states = new SignInStateStore(store);
  return {
    async load(handle) {
      const state = await states.load(handle);
      return state === null ? null : flattenSignInState(state);
    },
  };
}
