import type { Authenticator, EnrolledAccount, KeyValueStore } from '@sesame/authenticator-core';
import type { Locale, PushSubscriptionJson } from '@sesame/protocol';
import { useEffect, useRef, useState } from 'preact/hooks';
import { catalogues } from './i18n/catalogues';
import { usePendingRequests } from './pending-requests';
import { webPushSubscription } from './push/web-push';
import { navigate, type Route, useHashRoute } from './router';
import { HomeScreen } from './screens/home-screen';
import { PendingScreen } from './screens/pending-screen';
import { ScanScreen } from './screens/scan-screen';
import { WelcomeScreen } from './screens/welcome-screen';
import { APP_KEYS } from './app-state';

export interface AppProps {
  readonly authenticator: Authenticator;
  readonly store: KeyValueStore;
  readonly initial: {
    readonly welcomed: boolean;
    readonly accounts: readonly EnrolledAccount[];
    readonly locale: Locale;
  };
}

/** Where the app belongs when the address names no screen, or one it cannot show yet. */
function resolveRoute(asked: Route | null, welcomed: boolean, enrolled: boolean): Route {
  if (!welcomed && !enrolled) return 'welcome';
  if (!enrolled) return asked === 'welcome' ? 'welcome' : 'scan';
  return asked ?? 'home';
}

/** The Sésame app: one screen per hash route, over the Authenticator (authenticator-core). */
export function App(props: AppProps) {
  const { authenticator, store } = props;
  const [locale, setLocale] = useState<Locale>(props.initial.locale);
  const [welcomed, setWelcomed] = useState(props.initial.welcomed);
  const [accounts, setAccounts] = useState<readonly EnrolledAccount[]>(props.initial.accounts);
  const asked = useHashRoute();
  const route = resolveRoute(asked, welcomed, accounts.length > 0);
  const m = catalogues[locale];
  const pending = usePendingRequests(
    accounts.length > 0,
    () => authenticator.pending(),
    (onNotice, signal) => authenticator.listen(onNotice, signal),
  );

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  useEffect(() => {
    if (asked !== route) navigate(route);
  }, [asked, route]);

  // A new request brings the app to it (the push or the poll that found it), once per request.
  const seen = useRef(new Set<string>());
  useEffect(() => {
    const fresh = pending.challenges.filter((c) => !seen.current.has(c.challengeId));
    fresh.forEach((c) => seen.current.add(c.challengeId));
    if (fresh.length > 0 && route === 'home') navigate('pending');
  }, [pending.challenges, route]);

  const push = useRef<{ qrText: string; subscription: Promise<PushSubscriptionJson | undefined> } | null>(null);

  const switchLocale = () => {
    const next: Locale = locale === 'fr' ? 'en' : 'fr';
    setLocale(next);
    void store.set(APP_KEYS.locale, next);
  };

  const screen = () => {
    switch (route) {
      case 'welcome':
        return (
          <WelcomeScreen
            m={m}
            initialise={async () => {
              await authenticator.initialise();
            }}
            onDone={() => {
              void store.set(APP_KEYS.welcomed, true);
              setWelcomed(true);
              navigate('scan');
            }}
          />
        );
      case 'scan':
        return (
          <ScanScreen
            m={m}
            enrol={async (qrText, pin) => {
              // Once per QR: a PIN retry only repeats the confirmation (the registration is sent).
              if (push.current?.qrText !== qrText) {
                push.current = { qrText, subscription: webPushSubscription(location.origin) };
              }
              const pushSubscription = await push.current.subscription;
              return authenticator.enrol(qrText, pin, pushSubscription ? { pushSubscription } : {});
            }}
            onRegistered={() => {
              void authenticator.accounts().then((list) => {
                setAccounts(list);
                navigate('home');
              });
            }}
            onCancel={accounts.length > 0 ? () => navigate('home') : undefined}
          />
        );
      case 'pending':
        return (
          <PendingScreen
            m={m}
            locale={locale}
            challenges={pending.challenges}
            severalAccounts={accounts.length > 1}
            actions={authenticator}
            onAnswered={() => void pending.refresh()}
            onBack={() => navigate('home')}
          />
        );
      case 'home':
        return (
          <HomeScreen
            m={m}
            locale={locale}
            accounts={accounts}
            problem={pending.problem}
            check={async () => {
              const count = await pending.refresh();
              if (count > 0) navigate('pending');
              return count;
            }}
            onAddAccount={() => navigate('scan')}
          />
        );
    }
  };

  return (
    <>
      <header class="bar">
        <span class="brand">{m.app.name}</span>
        <button
          type="button"
          class="lang"
          lang={m.meta.switchLang}
          aria-label={m.meta.switchLabel}
          onClick={switchLocale}
        >
          {m.meta.switchTo}
        </button>
      </header>
      <main class="main">{screen()}</main>
    </>
  );
}
