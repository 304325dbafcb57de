/** The service worker at /app/sw.js, scoped to the app (the server sends Service-Worker-Allowed: /app/). */
export const SERVICE_WORKER_URL = '/app/sw.js';
export const SERVICE_WORKER_SCOPE = '/app/';

/**
 * Registers the service worker that precaches the shell (the app opens offline) and receives
 * Web Push. A failure (no support, a private window) leaves the app working online, with polling.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register(SERVICE_WORKER_URL, { scope: SERVICE_WORKER_SCOPE, updateViaCache: 'none' })
    .catch((error: unknown) => console.warn('service worker not registered', error));
}
