import type { Messages } from './en';

/**
 * German catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const de: Messages = {
  meta: {
    language: 'Sprache',
    dateLocale: 'de-DE',
  },
  layout: {
    appName: 'TRACES NT (Demo)',
    tagline: 'Handelskontrolle und Zertifizierung – Demonstration',
    skipToContent: 'Zum Hauptinhalt springen',
    navLabel: 'Sitzung und Sprache',
    signedInAs: 'Angemeldet als {name}',
    signOut: 'Abmelden',
    footer:
      'Demonstrationsanwendung von Sésame. Dies ist nicht TRACES NT: Sie zeigt nur, was eine Anwendung bei Ihrer Anmeldung erhält.',
  },
  home: {
    title: 'Willkommen bei TRACES NT (Demo)',
    intro:
      'Diese Anwendung vertraut Sésame bei Ihrer Anmeldung, so wie TRACES NT EU Login vertraut. Wählen Sie, wie die Anwendung Sésame fragt, wer Sie sind: Das Ergebnis ist dieselbe Person mit demselben Niveau.',
    casTitle: 'CAS (EU Login)',
    casBody:
      'Das Protokoll von EU Login: Die Anwendung eröffnet eine Anmeldetransaktion mit dem Niveau {level} und prüft dann das Ticket, das Sésame zurückgibt.',
    casButton: 'Mit CAS (EU Login) anmelden',
    casPostLink: 'Oder mit dem Ticket per Formular an die Anwendung statt in der Adresse (CAS method=POST)',
    oidcTitle: 'OpenID Connect',
    oidcBody: 'Das Standardprotokoll: Autorisierungscode mit PKCE, dann ein von Sésame signiertes ID Token.',
    oidcButton: 'Mit OpenID Connect anmelden',
    signedIn: 'Sie sind angemeldet.',
    seeIdentity: 'Ansehen, was die Anwendung erhalten hat',
    signedOut: 'Sie sind von TRACES NT (Demo) und von Sésame abgemeldet.',
  },
  identity: {
    title: 'Ihre Identität',
    intro: 'Dies hat TRACES NT (Demo) von Sésame erhalten.',
    viaCas: 'Angemeldet mit CAS (EU Login)',
    viaOidc: 'Angemeldet mit OpenID Connect',
    uid: 'Benutzerkennung',
    name: 'Name',
    email: 'E-Mail-Adresse',
    organisation: 'Organisation',
    level: 'Authentifizierungsniveau',
    strengths: 'Stärken',
    factors: 'Authentifizierungsfaktoren',
    protocol: 'Protokoll',
    sso: 'Single Sign-on (sso)',
    isFromNewLogin: 'Neue Anmeldung (isFromNewLogin)',
    authTime: 'Bei Sésame authentifiziert',
    signedInAt: 'Bei dieser Anwendung angemeldet',
    received: 'Alles Erhaltene ({count, plural, one {# Attribut oder Claim} other {# Attribute oder Claims}})',
    receivedName: 'Name',
    receivedValue: 'Wert',
    none: 'keine',
    unknown: 'nicht angegeben',
    yes: 'ja',
    no: 'nein',
    home: 'Zurück zur Startseite',
  },
  editions: {
    traces: {
      appName: 'TRACES NT (Demo)',
      tagline: 'Handelskontrolle und Zertifizierung – Demonstration',
      footer:
        'Demonstrationsanwendung von Sésame. Dies ist nicht TRACES NT: Sie zeigt nur, was eine Anwendung bei Ihrer Anmeldung erhält.',
      homeTitle: 'Willkommen bei TRACES NT (Demo)',
      homeIntro:
        'Diese Anwendung vertraut Sésame bei Ihrer Anmeldung, so wie TRACES NT EU Login vertraut. Wie TRACES NT verlangt sie die Sésame-App (Niveau MEDIUM): Ein Passwort allein reicht nicht. Wählen Sie, wie die Anwendung Sésame fragt, wer Sie sind: Das Ergebnis ist dieselbe Person mit demselben Niveau.',
      signedOut: 'Sie sind von TRACES NT (Demo) und von Sésame abgemeldet.',
      identityIntro: 'Dies hat TRACES NT (Demo) von Sésame erhalten.',
      offer: 'TRACES NT (Demo) verlangt die Sésame-App (Niveau MEDIUM): Ein Passwort allein reicht nicht.',
    },
    bulletin: {
      appName: 'Bulletin sanitaire (Demo)',
      tagline: 'Nachrichten zur Tiergesundheit – Demonstration',
      footer:
        'Demonstrationsanwendung von Sésame: öffentliche Informationen, die ein Passwort allein öffnet (Niveau BASIC), neben TRACES NT (Demo), das die Sésame-App verlangt.',
      homeTitle: 'Willkommen bei Bulletin sanitaire (Demo)',
      homeIntro:
        'Die Tiergesundheitsbulletins Ihrer Dienststelle. Öffentliche Informationen: Ihr Passwort allein genügt (Niveau BASIC). Wählen Sie, wie die Anwendung Sésame fragt, wer Sie sind.',
      signedOut: 'Sie sind von Bulletin sanitaire (Demo) und von Sésame abgemeldet.',
      identityIntro:
        'Das Bulletin dieser Woche steht Ihnen offen: Ihr Passwort hat genügt (Niveau BASIC). Dies hat Bulletin sanitaire (Demo) von Sésame erhalten.',
      offer: 'Bulletin sanitaire (Demo) öffnet sich mit einem Passwort allein (Niveau BASIC).',
    },
    otherTitle: 'Die andere Demo-Anwendung',
    otherLink: '{app} öffnen',
  },
  protocols: {
    cas: 'CAS 3.0, EU-Login-Erweiterungen',
    oidc: 'OpenID Connect 1.0',
  },
  levels: {
    BASIC: 'einfach (Passwort)',
    MEDIUM: 'mittel (zwei Faktoren)',
    HIGH: 'hoch (zertifizierte Hardware)',
  },
  strengths: {
    PASSWORD: 'Passwort',
    PASSWORD_SMS: 'Mobiltelefon + SMS',
    PASSWORD_TOTP: 'Authenticator-App (TOTP)',
    PASSWORD_MOBILE_APP: 'Sésame-App mit PIN-Code',
    PASSWORD_SOFTWARE_TOKEN: 'Sésame-App mit QR-Code',
    MOBILE_APP: 'Auf dem Mobilgerät',
    PASSWORD_WEBAUTHN: 'Sicherheitsschlüssel oder vertrauenswürdige Plattform',
    PASSWORD_RECOVERY_CODE: 'Wiederherstellungscode',
    EIDAS: 'eID',
    PASSWORD_TOKEN: 'Hardware-Token',
    PASSWORD_TOKEN_CRAM: 'Challenge-Response-Hardware-Token',
    CLIENT_CERT: 'Client-Zertifikat',
  },
  factors: {
    moniker: 'Passwort des Kontos {value}',
    mobileDevice: 'Telefon mit der App: {value}',
    mobilePhoneNumber: 'Mobiltelefonnummer {value}',
    webauthnDevice: 'Sicherheitsschlüssel: {value}',
    storkId: 'eID {value}',
    tokenId: 'Hardware-Token {value}',
    tokenCramId: 'Challenge-Response-Token {value}',
    other: '{kind}: {value}',
  },
  amr: {
    pwd: 'Passwort (pwd)',
    otp: 'Einmalcode (otp)',
    mfa: 'Mehrere Faktoren (mfa)',
    hwk: 'Hardwaregebundener Schlüssel (hwk)',
    swk: 'Softwaregebundener Schlüssel (swk)',
    pin: 'PIN (pin)',
    user: 'Anwesenheit des Nutzers (user)',
    sms: 'SMS (sms)',
    face: 'Gesichtserkennung (face)',
    fpt: 'Fingerabdruck (fpt)',
    pop: 'Besitznachweis (pop)',
    sc: 'Chipkarte (sc)',
    other: '{value}',
  },
  errors: {
    title: 'Anmeldung fehlgeschlagen',
    CAS_REFUSED: 'Sésame hat das Anmeldeticket abgelehnt ({code}). Melden Sie sich erneut an.',
    LEVEL_TOO_LOW:
      'Sie haben sich mit dem Authentifizierungsniveau {level} angemeldet; diese Anwendung verlangt mindestens {required}. Richten Sie in Sésame eine stärkere Verifizierungsmethode ein und melden Sie sich dann erneut an.',
    STRENGTH_NOT_ACCEPTED:
      'Diese Anwendung akzeptiert die von Ihnen verwendete Verifizierungsmethode nicht. Melden Sie sich mit einer anderen an.',
    OIDC_REFUSED: 'Sésame hat Sie nicht angemeldet ({code}).',
    OIDC_FAILED:
      'Die Antwort von Sésame konnte nicht geprüft werden, daher sind Sie nicht angemeldet. Melden Sie sich erneut an.',
    SIGN_IN_EXPIRED:
      'Diese Anmeldung ist abgelaufen oder wurde in einem anderen Browser begonnen. Melden Sie sich erneut an.',
    SESAME_UNREACHABLE: 'Sésame ist derzeit nicht erreichbar. Versuchen Sie es in einigen Minuten erneut.',
    BAD_REQUEST:
      'Die Anfrage konnte nicht verstanden werden. Kehren Sie zur Startseite zurück und versuchen Sie es erneut.',
    FORBIDDEN: 'Diese Anfrage stammt nicht von dieser Anwendung. Es wurde nichts geändert.',
    NOT_FOUND: 'Diese Seite existiert nicht.',
    INTERNAL: 'Bei uns ist ein Fehler aufgetreten. Versuchen Sie es in einigen Minuten erneut.',
    backHome: 'Zurück zur Startseite',
  },
};
