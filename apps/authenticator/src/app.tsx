import type { Authenticator, EnrolledAccount, KeyValueStore } from '@sesame/authenticator-core';
import { isLocale, spokenLanguages, type Locale, type PushSubscriptionJson } from '@sesame/protocol';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { catalogues, format } from './i18n/catalogues';
import type { Messages } from './i18n/en';
import { usePendingRequests } from './pending-requests';
import { webPushSubscription } from './push/web-push';
import { navigate, parsePendingFocus, resolveRoute, useHashRoute } from './router';
import { AcceptScreen } from './screens/accept-screen';
import { HomeScreen } from './screens/home-screen';
import { OfflineCodeScreen } from './screens/offline-code-screen';
import { PendingScreen } from './screens/pending-screen';
import { ScanScreen } from './screens/scan-screen';
import { phoneModel } from './phone-model';
import { type FirstRunNotice, WelcomeScreen } from './screens/welcome-screen';
import { APP_KEYS } from './app-state';
import { syncEnrolledMarker } from './enrolled-marker';
import { verifyOfflineQr } from './offline-qr';

export interface AppProps {
  readonly authenticator: Authenticator;
  readonly store: KeyValueStore;
  readonly initial: {
    readonly welcomed: boolean;
    readonly accounts: readonly EnrolledAccount[];
    readonly locale: Locale;
  };
}

/** The Sésame app: one screen per hash route, over the Authenticator (authenticator-core). */
export function App(props: AppProps) {
  const { authenticator, store } = props;
  const [locale, setLocale] = useState<Locale>(props.initial.locale);
  const [welcomed, setWelcomed] = useState(props.initial.welcomed);
  const [all, setAll] = useState<readonly EnrolledAccount[]>(props.initial.accounts);
  // The account on the accept screen, held while "Accept" runs so that a failure is said there,
  // even once the account is forgotten.
  const [accepting, setAccepting] = useState<EnrolledAccount | null>(null);
  const accounts = all.filter((a) => a.status === 'active');
  const awaiting = all.find((a) => a.status === 'awaiting-acceptance');
  const shownOnAccept = accepting ?? awaiting;
  const asked = useHashRoute();
  const route = resolveRoute(asked, welcomed, accounts.length > 0, awaiting !== undefined, accepting !== null);
  const m = catalogues[locale];
  const pending = usePendingRequests(
    accounts.length > 0,
    () => authenticator.pending(),
    (onNotice, signal) => authenticator.listen(onNotice, signal),
  );

  // Before the paint, so that the page never shows words in one language under another `lang`
  // (WCAG 2.1 SC 3.1.1; a screen reader would read them with the wrong voice).
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // "On mobile": the portal's password page offers it while an account is active here.
  useEffect(() => {
    syncEnrolledMarker(accounts.length > 0, localStorage);
  }, [accounts.length]);

  useEffect(() => {
    if (asked !== route) navigate(route);
  }, [asked, route]);

  // Issue 10, finding 6: a device enrolled without Web Push (push service out of reach) gets it
  // at the next opening of the app, or once an account is added; the home screen says while not.
  const activeCount = accounts.length;
  useEffect(() => {
    if (activeCount === 0) return;
    let current = true;
    void authenticator
      .syncPushSubscriptions((server) => webPushSubscription(server))
      .then((list) => {
        if (current) setAll(list);
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [authenticator, activeCount]);

  // A new request brings the app to it (the push or the poll that found it), once per request.
  const seen = useRef(new Set<string>());
  useEffect(() => {
    const fresh = pending.challenges.filter((c) => !seen.current.has(c.challengeId));
    fresh.forEach((c) => seen.current.add(c.challengeId));
    // From Home, where "Accept" leads by itself, and from the accept screen, which it is leaving:
    // a sign-in started just after adding the device goes straight to its request.
    if (fresh.length > 0 && (route === 'home' || route === 'accept')) navigate('pending');
  }, [pending.challenges, route]);

  // Issue 11 (docs/adr/0016): the app goes back to Home by itself after "Accept" and after an
  // answer, and Home says what was done; forgotten when the app leaves Home.
  // Kept as words to pick from the catalogue, so that the FR/EN switch translates it too.
  const [confirmation, setConfirmation] = useState<((m: Messages) => string) | undefined>();
  useEffect(() => {
    if (route !== 'home') setConfirmation(undefined);
  }, [route]);
  const homeSaying = (words: (m: Messages) => string) => {
    // A function given to a state setter is called by it: wrapped, it is stored.
    setConfirmation(() => words);
    navigate('home');
  };
  // Said on the scanner from the first run: notifications refused or missing (no extra tap).
  const [scanNotice, setScanNotice] = useState<FirstRunNotice | undefined>();

  const push = useRef<{ qrText: string; subscription: Promise<PushSubscriptionJson | undefined> } | null>(null);
  // A sign-in QR read by the enrolment scanner, handed over to the code screen, which reads it
  // once; forgotten when the app leaves that screen.
  const [signInQr, setSignInQr] = useState<string | undefined>();
  useEffect(() => {
    if (route !== 'code') setSignInQr(undefined);
  }, [route]);

  // The app follows the phone (main.tsx) until its user picks a language here (docs/adr/0045 §4).
  const chooseLocale = (next: string) => {
    if (!isLocale(next)) return;
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
            onDone={(notice) => {
              void store.set(APP_KEYS.welcomed, true);
              setScanNotice(notice);
              setWelcomed(true);
              navigate('scan');
            }}
          />
        );
      case 'scan':
        return (
          <ScanScreen
            m={m}
            check={(qrText) => authenticator.checkEnrolment(qrText)}
            enrol={async (qrText, pin) => {
              // Once per QR: a PIN retry only repeats the confirmation (the registration is sent).
              if (push.current?.qrText !== qrText) {
                push.current = { qrText, subscription: webPushSubscription(location.origin) };
              }
              const pushSubscription = await push.current.subscription;
              // Annex step 10 is the user's: the app asks to accept the device, it does not do it itself.
              // Issue 11: an unnamed device is named by the server from the phone's model.
              const deviceModel = await phoneModel();
              return authenticator.enrol(qrText, pin, {
                autoAccept: false,
                ...(deviceModel ? { deviceModel } : {}),
                ...(pushSubscription ? { pushSubscription } : {}),
              });
            }}
            onAwaiting={() => {
              void authenticator.accounts().then((list) => {
                setAll(list);
                navigate('accept');
              });
            }}
            onCancel={accounts.length > 0 ? () => navigate('home') : undefined}
            onSignInQr={
              accounts.length > 0
                ? (qrText) => {
                    setSignInQr(qrText);
                    navigate('code');
                  }
                : undefined
            }
            notice={accounts.length > 0 || scanNotice === undefined ? undefined : m.welcome[scanNotice]}
          />
        );
      case 'accept':
        if (shownOnAccept === undefined) return null;
        return (
          <AcceptScreen
            key={shownOnAccept.deviceId}
            m={m}
            account={shownOnAccept}
            accept={async () => {
              // Held while it runs: a refusal is said here even once the account is forgotten.
              setAccepting(shownOnAccept);
              try {
                return await authenticator.accept(shownOnAccept.deviceId);
              } finally {
                setAll(await authenticator.accounts());
              }
            }}
            onAccepted={() => {
              setAccepting(null);
              const name = shownOnAccept.deviceName;
              homeSaying((m) => format(m.enrol.registered, { name }));
            }}
            onGone={() => {
              setAccepting(null);
              navigate('scan');
            }}
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
            onDone={(answer) => homeSaying((m) => m.pending[answer])}
            onBack={() => navigate('home')}
            focus={parsePendingFocus(location.hash)}
          />
        );
      case 'home':
        return (
          <HomeScreen
            m={m}
            locale={locale}
            accounts={accounts}
            problem={pending.problem}
            notificationsOff={accounts.some((a) => !a.notifications)}
            check={async () => {
              const count = await pending.refresh();
              if (count > 0) navigate('pending');
              return count;
            }}
            onAddAccount={() => navigate('scan')}
            onScanQr={() => navigate('code')}
            confirmation={confirmation?.(m)}
          />
        );
      case 'code':
        return (
          <OfflineCodeScreen
            m={m}
            scanned={signInQr}
            verify={(qrText) => verifyOfflineQr(authenticator, qrText, new Date())}
            compute={(qrText, pin) => authenticator.offlineCode(qrText, pin)}
            onDone={() => {
              setSignInQr(undefined);
              navigate('home');
            }}
          />
        );
    }
  };

  return (
    <>
      <header class="bar">
        <span class="brand">{m.app.name}</span>
        <label class="lang">
          <span class="visually-hidden">{m.meta.language}</span>
          <select value={locale} onChange={(event) => chooseLocale(event.currentTarget.value)}>
            {spokenLanguages().map((language) => (
              <option key={language.code} value={language.code} lang={language.code}>
                {language.endonym}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main class="main">{screen()}</main>
    </>
  );
}
