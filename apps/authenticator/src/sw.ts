/**
 * The Sésame app's service worker (Service Workers; Push API; Notifications API), built by Vite
 * as a classic script at /app/sw.js (build/pwa-shell.ts fills in the precache list). It imports
 * nothing from the app, so it stays a single file, and handles no secret: a push carries only a
 * handle (protocol device/push-challenge.ts PushNotice or ActivationNotice; reference/security.md
 * §5), and the app fetches the request itself over its signed channel, or holds the activation
 * request already.
 */

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

/** The notification's words, in the phone's language: no secret, no context (design §5). */
const NOTICE = {
  fr: { title: 'Demande de connexion', body: 'Ouvrez Sésame pour confirmer.' },
  en: { title: 'Sign-in request', body: 'Open Sésame to confirm.' },
} as const;

/** Annex step 10: « Cliquez dessus pour valider l'acceptation de votre téléphone ». */
const ACTIVATION_NOTICE = {
  fr: { title: 'Sésame', body: 'Touchez pour accepter votre appareil.' },
  en: { title: 'Sésame', body: 'Tap to accept your device.' },
} as const;

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
  const lang = sw.navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  if (notice?.type === 'activation-notice') {
    event.waitUntil(
      sw.registration.showNotification(ACTIVATION_NOTICE[lang].title, {
        body: ACTIVATION_NOTICE[lang].body,
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
      await sw.registration.showNotification(NOTICE[lang].title, {
        body: NOTICE[lang].body,
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
