/**
 * The Sésame app's service worker (Service Workers; Push API; Notifications API), built by Vite
 * as a classic script at /app/sw.js (build/pwa-shell.ts fills in the precache list). It imports
 * nothing from the app, so it stays a single file, and handles no secret: a push carries only a
 * handle (protocol device/push-challenge.ts PushNotice or ActivationNotice; reference/security.md
 * §5), and the app fetches the request itself over its signed channel, or holds the activation
 * request already.
 */

import type { Locale } from '@sesame/protocol';

// The DOM lib has no service-worker types; these are the few this file uses (Service Workers §4).
interface SwExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface SwFetchEvent extends SwExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response> | Response): void;
}
interface SwPushEvent extends SwExtendableEvent {
  readonly data: { json(): unknown } | null;
}
interface SwNotificationEvent extends SwExtendableEvent {
  readonly notification: Notification;
}
interface SwWindowClient {
  readonly url: string;
  focus(): Promise<SwWindowClient>;
  navigate(url: string): Promise<SwWindowClient | null>;
  postMessage(message: unknown): void;
}
interface SwGlobalScope {
  readonly registration: ServiceWorkerRegistration;
  readonly clients: {
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly SwWindowClient[]>;
    openWindow(url: string): Promise<SwWindowClient | null>;
    claim(): Promise<void>;
  };
  readonly location: Location;
  readonly navigator: Navigator;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: SwExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: SwFetchEvent) => void): void;
  addEventListener(type: 'push', listener: (event: SwPushEvent) => void): void;
  addEventListener(type: 'notificationclick', listener: (event: SwNotificationEvent) => void): void;
}

const sw = self as unknown as SwGlobalScope;

/** Replaced at build time by `{"version": "<hash>", "files": [...]}` (build/pwa-shell.ts). */
const PRECACHE: { version: string; files: string[] } = JSON.parse('__SESAME_PRECACHE_MANIFEST__');
const SCOPE = new URL('./', sw.location.href).pathname; // "/app/"
const CACHE = `sesame-app-${PRECACHE.version}`;
const SHELL = `${SCOPE}index.html`;
const PENDING_URL = `${SCOPE}#/pending`;
/** Annex step 10: the activation notice opens the app on its "Accept" screen. */
const ACCEPT_URL = `${SCOPE}#/accept`;

/**
 * The notifications' words, in the phone's language: no secret, no context (design §5). Here and
 * not in the catalogues, because this script imports nothing at run time (see the top); a
 * language the app speaks but missing here fails the type-check. `accept` is annex step 10:
 * « Cliquez dessus pour valider l'acceptation de votre téléphone ».
 */
const NOTICES: Record<Locale, { readonly signIn: string; readonly confirm: string; readonly accept: string }> = {
  fr: {
    signIn: 'Demande de connexion',
    confirm: 'Ouvrez Sésame pour confirmer.',
    accept: 'Touchez pour accepter votre appareil.',
  },
  en: { signIn: 'Sign-in request', confirm: 'Open Sésame to confirm.', accept: 'Tap to accept your device.' },
  bg: {
    signIn: 'Заявка за вход',
    confirm: 'Отворете Sésame, за да потвърдите.',
    accept: 'Докоснете, за да приемете устройството си.',
  },
  cs: {
    signIn: 'Žádost o přihlášení',
    confirm: 'Otevřete Sésame a potvrďte.',
    accept: 'Klepnutím přijmete své zařízení.',
  },
  da: {
    signIn: 'Anmodning om login',
    confirm: 'Åbn Sésame for at bekræfte.',
    accept: 'Tryk for at godkende din enhed.',
  },
  de: {
    signIn: 'Anmeldeanfrage',
    confirm: 'Öffnen Sie Sésame, um zu bestätigen.',
    accept: 'Tippen Sie, um Ihr Gerät anzunehmen.',
  },
  et: {
    signIn: 'Sisselogimise taotlus',
    confirm: 'Kinnitamiseks avage Sésame.',
    accept: 'Puudutage, et oma seade vastu võtta.',
  },
  el: {
    signIn: 'Αίτημα σύνδεσης',
    confirm: 'Ανοίξτε το Sésame για επιβεβαίωση.',
    accept: 'Πατήστε για να αποδεχτείτε τη συσκευή σας.',
  },
  es: {
    signIn: 'Solicitud de inicio de sesión',
    confirm: 'Abra Sésame para confirmar.',
    accept: 'Toque para aceptar su dispositivo.',
  },
  ga: {
    signIn: 'Iarratas síniú isteach',
    confirm: 'Oscail Sésame chun é a dhearbhú.',
    accept: 'Tapáil chun do ghléas a ghlacadh.',
  },
  hr: {
    signIn: 'Zahtjev za prijavu',
    confirm: 'Otvorite Sésame za potvrdu.',
    accept: 'Dodirnite za prihvaćanje svojeg uređaja.',
  },
  it: {
    signIn: 'Richiesta di accesso',
    confirm: 'Apra Sésame per confermare.',
    accept: 'Tocchi per accettare il dispositivo.',
  },
  lv: {
    signIn: 'Pieteikšanās pieprasījums',
    confirm: 'Atveriet Sésame, lai apstiprinātu.',
    accept: 'Pieskarieties, lai pieņemtu savu ierīci.',
  },
  lt: {
    signIn: 'Prisijungimo užklausa',
    confirm: 'Atidarykite Sésame, kad patvirtintumėte.',
    accept: 'Palieskite, kad priimtumėte savo įrenginį.',
  },
  hu: {
    signIn: 'Bejelentkezési kérelem',
    confirm: 'A megerősítéshez nyissa meg a Sésame alkalmazást.',
    accept: 'Koppintson az eszköze elfogadásához.',
  },
  mt: {
    signIn: 'Talba għad-dħul',
    confirm: 'Iftaħ Sésame biex tikkonferma.',
    accept: 'Agħfas biex taċċetta l-apparat tiegħek.',
  },
  nl: {
    signIn: 'Aanmeldverzoek',
    confirm: 'Open Sésame om te bevestigen.',
    accept: 'Tik om uw apparaat te accepteren.',
  },
  pl: {
    signIn: 'Prośba o logowanie',
    confirm: 'Otwórz Sésame, aby potwierdzić.',
    accept: 'Dotknij, aby zaakceptować swoje urządzenie.',
  },
  pt: {
    signIn: 'Pedido de início de sessão',
    confirm: 'Abra o Sésame para confirmar.',
    accept: 'Toque para aceitar o seu dispositivo.',
  },
  ro: {
    signIn: 'Cerere de autentificare',
    confirm: 'Deschideți Sésame pentru a confirma.',
    accept: 'Atingeți pentru a accepta dispozitivul dumneavoastră.',
  },
  sk: {
    signIn: 'Žiadosť o prihlásenie',
    confirm: 'Otvorte Sésame a potvrďte.',
    accept: 'Ťuknutím prijmete svoje zariadenie.',
  },
  sl: {
    signIn: 'Zahteva za prijavo',
    confirm: 'Odprite Sésame za potrditev.',
    accept: 'Tapnite, da sprejmete svojo napravo.',
  },
  fi: {
    signIn: 'Kirjautumispyyntö',
    confirm: 'Vahvista avaamalla Sésame.',
    accept: 'Hyväksy laitteesi napauttamalla.',
  },
  sv: {
    signIn: 'Inloggningsbegäran',
    confirm: 'Öppna Sésame för att bekräfta.',
    accept: 'Tryck för att godkänna din enhet.',
  },
};

/** The phone's language when the app speaks it (docs/adr/0045: the app follows the phone), else English. */
function phoneLanguage(): Locale {
  const lang = sw.navigator.language.toLowerCase().split('-')[0] ?? '';
  return Object.hasOwn(NOTICES, lang) ? (lang as Locale) : 'en';
}

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(PRECACHE.files.map((file) => `${SCOPE}${file}`));
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('sesame-app-') && name !== CACHE) await caches.delete(name);
      }
      await sw.clients.claim();
    })(),
  );
});

/**
 * The shell only: pages of /app/ from the network when it answers (a new build shows at once),
 * else the cached shell; built assets (hashed names) from the cache. The device API and the rest
 * of the site are never touched.
 */
sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== sw.location.origin || !url.pathname.startsWith(SCOPE)) return;
  if (url.pathname === `${SCOPE}sw.js`) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      (async () => {
        try {
          return await fetch(request);
        } catch {
          return (await caches.match(SHELL, { cacheName: CACHE })) ?? Response.error();
        }
      })(),
    );
    return;
  }
  event.respondWith(
    (async () => (await caches.match(request, { cacheName: CACHE, ignoreSearch: true })) ?? fetch(request))(),
  );
});

type Notice =
  { type: 'push-notice'; deviceId: string; challengeId: string } | { type: 'activation-notice'; deviceId: string };

function pushNotice(event: SwPushEvent): Notice | null {
  try {
    const data = event.data?.json() as { type?: unknown; deviceId?: unknown; challengeId?: unknown } | undefined;
    if (typeof data?.deviceId !== 'string') return null;
    if (data.type === 'activation-notice') return { type: 'activation-notice', deviceId: data.deviceId };
    if (data.type !== 'push-notice' || typeof data.challengeId !== 'string') return null;
    return { type: 'push-notice', deviceId: data.deviceId, challengeId: data.challengeId };
  } catch {
    return null;
  }
}

/**
 * A push notice: a notification the user taps, and a word to every open window of the app so
 * that it fetches the request at once. Push API §11: with `userVisibleOnly`, every push shows a
 * notification, even one we cannot read. An activation notice (annex step 10) shows "tap to
 * accept your device", and the tap opens the accept screen.
 */
sw.addEventListener('push', (event) => {
  const notice = pushNotice(event);
  const lang = phoneLanguage();
  if (notice?.type === 'activation-notice') {
    event.waitUntil(
      sw.registration.showNotification('Sésame', {
        body: NOTICES[lang].accept,
        lang,
        tag: `sesame-activation-${notice.deviceId}`,
        icon: `${SCOPE}icons/icon-192.png`,
        data: { url: ACCEPT_URL },
      }),
    );
    return;
  }
  event.waitUntil(
    (async () => {
      const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
      for (const client of windows) client.postMessage({ type: 'push-notice' });
      await sw.registration.showNotification(NOTICES[lang].signIn, {
        body: NOTICES[lang].confirm,
        lang,
        // One notification per request; a repeated notice replaces it.
        tag: notice ? `sesame-${notice.challengeId}` : 'sesame-request',
        icon: `${SCOPE}icons/icon-192.png`,
        data: { url: PENDING_URL },
      });
    })(),
  );
});

/** The screen a notification opens: its own (#/accept for an activation), else the requests. */
function targetOf(notification: Notification): string {
  const url = (notification.data as { url?: unknown } | null)?.url;
  return url === ACCEPT_URL ? ACCEPT_URL : PENDING_URL;
}

/** Tapping the notification: the open app comes to the front on its screen, else it opens there. */
sw.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = targetOf(event.notification);
  event.waitUntil(
    (async () => {
      const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const app = windows.find((client) => new URL(client.url).pathname.startsWith(SCOPE));
      if (app) {
        await app.focus();
        if (target === PENDING_URL) app.postMessage({ type: 'push-notice' });
        await app.navigate(target).catch(() => null);
        return;
      }
      await sw.clients.openWindow(target);
    })(),
  );
});
