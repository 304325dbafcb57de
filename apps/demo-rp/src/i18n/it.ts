import type { Messages } from './en';

/**
 * Italian catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const it: Messages = {
  meta: {
    language: 'Lingua',
    dateLocale: 'it-IT',
  },
  layout: {
    appName: 'TRACES NT (demo)',
    tagline: 'Controllo e certificazione degli scambi — dimostrazione',
    skipToContent: 'Vai al contenuto principale',
    navLabel: 'Sessione e lingua',
    signedInAs: 'Accesso effettuato come {name}',
    signOut: 'Esci',
    footer:
      'Applicazione dimostrativa di Sésame. Non è TRACES NT: mostra soltanto ciò che un’applicazione riceve quando Lei accede.',
  },
  home: {
    title: 'Benvenuto in TRACES NT (demo)',
    intro:
      'Questa applicazione si affida a Sésame per farLa accedere, come TRACES NT si affida a EU Login. Scelga come l’applicazione chiede a Sésame chi è Lei: il risultato è la stessa persona, con lo stesso livello.',
    casTitle: 'CAS (EU Login)',
    casBody:
      'Il protocollo di EU Login: l’applicazione apre una transazione di accesso che richiede il livello {level}, poi verifica il ticket restituito da Sésame.',
    casButton: 'Accedi con CAS (EU Login)',
    casPostLink:
      'Oppure con il ticket inviato all’applicazione tramite modulo anziché nell’indirizzo (CAS method=POST)',
    oidcTitle: 'OpenID Connect',
    oidcBody: 'Il protocollo standard: codice di autorizzazione con PKCE, poi un ID Token firmato da Sésame.',
    oidcButton: 'Accedi con OpenID Connect',
    signedIn: 'Ha effettuato l’accesso.',
    seeIdentity: 'Vedi ciò che l’applicazione ha ricevuto',
    signedOut: 'È uscito da TRACES NT (demo) e da Sésame.',
  },
  identity: {
    title: 'La Sua identità',
    intro: 'Ecco ciò che TRACES NT (demo) ha ricevuto da Sésame.',
    viaCas: 'Accesso effettuato con CAS (EU Login)',
    viaOidc: 'Accesso effettuato con OpenID Connect',
    uid: 'Identificativo utente',
    name: 'Nome',
    email: 'Indirizzo e-mail',
    organisation: 'Organizzazione',
    level: 'Livello di autenticazione',
    strengths: 'Metodi',
    factors: 'Fattori di autenticazione',
    protocol: 'Protocollo',
    sso: 'Accesso unico (sso)',
    isFromNewLogin: 'Nuovo accesso (isFromNewLogin)',
    authTime: 'Autenticato presso Sésame',
    signedInAt: 'Accesso a questa applicazione',
    received:
      'Tutto ciò che è stato ricevuto ({count, plural, one {# attributo o claim} many {# attributi o claim} other {# attributi o claim}})',
    receivedName: 'Nome',
    receivedValue: 'Valore',
    none: 'nessuno',
    unknown: 'non indicato',
    yes: 'sì',
    no: 'no',
    home: 'Torna alla pagina iniziale',
  },
  editions: {
    traces: {
      appName: 'TRACES NT (demo)',
      tagline: 'Controllo e certificazione degli scambi — dimostrazione',
      footer:
        'Applicazione dimostrativa di Sésame. Non è TRACES NT: mostra soltanto ciò che un’applicazione riceve quando Lei accede.',
      homeTitle: 'Benvenuto in TRACES NT (demo)',
      homeIntro:
        'Questa applicazione si affida a Sésame per farLa accedere, come TRACES NT si affida a EU Login. Come TRACES NT, richiede l’app Sésame (livello MEDIUM): la sola password non basta per entrare. Scelga come l’applicazione chiede a Sésame chi è Lei: il risultato è la stessa persona, con lo stesso livello.',
      signedOut: 'È uscito da TRACES NT (demo) e da Sésame.',
      identityIntro: 'Ecco ciò che TRACES NT (demo) ha ricevuto da Sésame.',
      offer: 'TRACES NT (demo) richiede l’app Sésame (livello MEDIUM): la sola password non basta per entrare.',
    },
    bulletin: {
      appName: 'Bulletin sanitaire (demo)',
      tagline: 'Notizie di sanità animale — dimostrazione',
      footer:
        'Applicazione dimostrativa di Sésame: informazioni pubbliche a cui si accede con la sola password (livello BASIC), accanto a TRACES NT (demo), che richiede l’app Sésame.',
      homeTitle: 'Benvenuto in Bulletin sanitaire (demo)',
      homeIntro:
        'I bollettini di sanità animale del Suo servizio. Informazioni pubbliche: basta la Sua password (livello BASIC). Scelga come l’applicazione chiede a Sésame chi è Lei.',
      signedOut: 'È uscito da Bulletin sanitaire (demo) e da Sésame.',
      identityIntro:
        'Il bollettino di questa settimana è a Sua disposizione: è bastata la Sua password (livello BASIC). Ecco ciò che Bulletin sanitaire (demo) ha ricevuto da Sésame.',
      offer: 'Bulletin sanitaire (demo) si apre con la sola password (livello BASIC).',
    },
    otherTitle: 'L’altra applicazione dimostrativa',
    otherLink: 'Apri {app}',
  },
  protocols: {
    cas: 'CAS 3.0, estensioni EU Login',
    oidc: 'OpenID Connect 1.0',
  },
  levels: {
    BASIC: 'base (password)',
    MEDIUM: 'medio (due fattori)',
    HIGH: 'alto (hardware certificato)',
  },
  strengths: {
    PASSWORD: 'Password',
    PASSWORD_SMS: 'Telefono cellulare + SMS',
    PASSWORD_TOTP: 'App di autenticazione (TOTP)',
    PASSWORD_MOBILE_APP: 'App Sésame con codice PIN',
    PASSWORD_SOFTWARE_TOKEN: 'App Sésame con codice QR',
    MOBILE_APP: 'Su dispositivo mobile',
    PASSWORD_WEBAUTHN: 'Chiave di sicurezza o piattaforma affidabile',
    PASSWORD_RECOVERY_CODE: 'Codice di recupero',
    EIDAS: 'eID',
    PASSWORD_TOKEN: 'Token hardware',
    PASSWORD_TOKEN_CRAM: 'Token hardware a sfida-risposta',
    CLIENT_CERT: 'Certificato client',
  },
  factors: {
    moniker: 'Password dell’account {value}',
    mobileDevice: 'Telefono con l’app: {value}',
    mobilePhoneNumber: 'Numero di cellulare {value}',
    webauthnDevice: 'Chiave di sicurezza: {value}',
    storkId: 'eID {value}',
    tokenId: 'Token hardware {value}',
    tokenCramId: 'Token a sfida-risposta {value}',
    other: '{kind}: {value}',
  },
  amr: {
    pwd: 'Password (pwd)',
    otp: 'Codice monouso (otp)',
    mfa: 'Più fattori (mfa)',
    hwk: 'Chiave legata all’hardware (hwk)',
    swk: 'Chiave legata al software (swk)',
    pin: 'PIN (pin)',
    user: 'Presenza dell’utente (user)',
    sms: 'SMS (sms)',
    face: 'Riconoscimento facciale (face)',
    fpt: 'Impronta digitale (fpt)',
    pop: 'Prova di possesso (pop)',
    sc: 'Smart card (sc)',
    other: '{value}',
  },
  errors: {
    title: 'Accesso non riuscito',
    CAS_REFUSED: 'Sésame ha rifiutato il ticket di accesso ({code}). Acceda di nuovo.',
    LEVEL_TOO_LOW:
      'Ha effettuato l’accesso con il livello di autenticazione {level}; questa applicazione richiede almeno {required}. Configuri in Sésame un metodo di verifica più forte, poi acceda di nuovo.',
    STRENGTH_NOT_ACCEPTED:
      'Questa applicazione non accetta il metodo di verifica che ha usato. Acceda con un altro metodo.',
    OIDC_REFUSED: 'Sésame non ha consentito l’accesso ({code}).',
    OIDC_FAILED:
      'Non è stato possibile verificare la risposta di Sésame, quindi l’accesso non è avvenuto. Acceda di nuovo.',
    SIGN_IN_EXPIRED: 'Questo accesso è scaduto o è stato avviato in un altro browser. Acceda di nuovo.',
    SESAME_UNREACHABLE: 'Sésame non è raggiungibile in questo momento. Riprovi tra qualche minuto.',
    BAD_REQUEST: 'Non è stato possibile comprendere la richiesta. Torni alla pagina iniziale e riprovi.',
    FORBIDDEN: 'Questa richiesta non proviene da questa applicazione. Non è stato modificato nulla.',
    NOT_FOUND: 'Questa pagina non esiste.',
    INTERNAL: 'Si è verificato un problema da parte nostra. Riprovi tra qualche minuto.',
    backHome: 'Torna alla pagina iniziale',
  },
};
