// `@sesame/authenticator/texts`: the app's texts, for e2e and the catalogue checks in tools/
// (ADR 0026 §2.8). The app itself is built by Vite from index.html → main.tsx; nothing else of it is
// public. (This file is the texts entry because the boundaries rule admits only an app's
// src/index.ts.)
export { catalogues } from './i18n/catalogues';
export { en, type Messages } from './i18n/en';
export { fr } from './i18n/fr';
