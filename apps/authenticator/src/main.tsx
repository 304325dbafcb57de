import { Authenticator, createFetchDeviceApi, IdbStore } from '@sesame/authenticator-core';
import type { Locale } from '@sesame/protocol';
import { isLocale } from '@sesame/protocol';
import { render } from 'preact';
import { App } from './app';
import { APP_KEYS } from './app-state';
import { browserLocale } from './i18n/catalogues';
import { registerServiceWorker } from './service-worker-registration';
import './styles.css';

async function start(): Promise<void> {
  const store = await IdbStore.open();
  // Ask the browser not to evict the device key and sealed secret under storage pressure (Storage §4.4).
  void navigator.storage?.persist?.().catch(() => false);
  const authenticator = new Authenticator({ store, deviceApi: (server) => createFetchDeviceApi(server) });
  const [welcomed, accounts, chosen] = await Promise.all([
    store.get<boolean>(APP_KEYS.welcomed),
    authenticator.accounts(),
    store.get<string>(APP_KEYS.locale),
  ]);
  const locale: Locale = isLocale(chosen) ? chosen : browserLocale(navigator.languages ?? [navigator.language]);
  const root = document.getElementById('app');
  if (!root) throw new Error('#app is missing from index.html');
  root.textContent = '';
  render(
    <App authenticator={authenticator} store={store} initial={{ welcomed: welcomed === true, accounts, locale }} />,
    root,
  );
  registerServiceWorker();
}

void start();
