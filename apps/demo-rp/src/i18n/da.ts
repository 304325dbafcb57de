import type { Messages } from './en';

/**
 * Danish catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const da: Messages = {
  meta: {
    language: 'Sprog',
    dateLocale: 'da-DK',
  },
  layout: {
    appName: 'TRACES NT (demo)',
    tagline: 'Handelskontrol og certificering – demonstration',
    skipToContent: 'Gå til hovedindholdet',
    navLabel: 'Session og sprog',
    signedInAs: 'Logget på som {name}',
    signOut: 'Log af',
    footer:
      'Demonstrationsapplikation til Sésame. Det er ikke TRACES NT: den viser kun, hvad en applikation modtager, når du logger på.',
  },
  home: {
    title: 'Velkommen til TRACES NT (demo)',
    intro:
      'Denne applikation stoler på, at Sésame logger dig på, ligesom TRACES NT stoler på EU Login. Vælg, hvordan applikationen spørger Sésame, hvem du er: resultatet er den samme person med det samme niveau.',
    casTitle: 'CAS (EU Login)',
    casBody:
      'EU Logins protokol: applikationen åbner en logintransaktion, der beder om niveauet {level}, og kontrollerer derefter den billet, Sésame sender tilbage.',
    casButton: 'Log på med CAS (EU Login)',
    casPostLink:
      'Eller med billetten sendt til applikationen via en formular i stedet for i adressen (CAS method=POST)',
    oidcTitle: 'OpenID Connect',
    oidcBody: 'Standardprotokollen: autorisationskode med PKCE og derefter et ID-token signeret af Sésame.',
    oidcButton: 'Log på med OpenID Connect',
    signedIn: 'Du er logget på.',
    seeIdentity: 'Se, hvad applikationen modtog',
    signedOut: 'Du er logget af TRACES NT (demo) og af Sésame.',
  },
  identity: {
    title: 'Din identitet',
    intro: 'Dette modtog TRACES NT (demo) fra Sésame.',
    viaCas: 'Logget på med CAS (EU Login)',
    viaOidc: 'Logget på med OpenID Connect',
    uid: 'Bruger-id',
    name: 'Navn',
    email: 'E-mailadresse',
    organisation: 'Organisation',
    level: 'Autentifikationsniveau',
    strengths: 'Styrker',
    factors: 'Autentifikationsfaktorer',
    protocol: 'Protokol',
    sso: 'Single sign-on (sso)',
    isFromNewLogin: 'Nyt login (isFromNewLogin)',
    authTime: 'Autentificeret hos Sésame',
    signedInAt: 'Logget på denne applikation',
    received: 'Alt modtaget ({count, plural, one {# attribut eller claim} other {# attributter eller claims}})',
    receivedName: 'Navn',
    receivedValue: 'Værdi',
    none: 'ingen',
    unknown: 'ikke oplyst',
    yes: 'ja',
    no: 'nej',
    home: 'Tilbage til forsiden',
  },
  editions: {
    traces: {
      appName: 'TRACES NT (demo)',
      tagline: 'Handelskontrol og certificering – demonstration',
      footer:
        'Demonstrationsapplikation til Sésame. Det er ikke TRACES NT: den viser kun, hvad en applikation modtager, når du logger på.',
      homeTitle: 'Velkommen til TRACES NT (demo)',
      homeIntro:
        'Denne applikation stoler på, at Sésame logger dig på, ligesom TRACES NT stoler på EU Login. Ligesom TRACES NT kræver den Sésame-appen (niveau MEDIUM): en adgangskode alene er ikke nok. Vælg, hvordan applikationen spørger Sésame, hvem du er: resultatet er den samme person med det samme niveau.',
      signedOut: 'Du er logget af TRACES NT (demo) og af Sésame.',
      identityIntro: 'Dette modtog TRACES NT (demo) fra Sésame.',
      offer: 'TRACES NT (demo) kræver Sésame-appen (niveau MEDIUM): en adgangskode alene er ikke nok.',
    },
    bulletin: {
      appName: 'Bulletin sanitaire (demo)',
      tagline: 'Nyheder om dyresundhed – demonstration',
      footer:
        'Demonstrationsapplikation til Sésame: offentlig information, der åbnes med en adgangskode alene (niveau BASIC), ved siden af TRACES NT (demo), som kræver Sésame-appen.',
      homeTitle: 'Velkommen til Bulletin sanitaire (demo)',
      homeIntro:
        'Din tjenestes dyresundhedsbulletiner. Offentlig information: din adgangskode alene er nok (niveau BASIC). Vælg, hvordan applikationen spørger Sésame, hvem du er.',
      signedOut: 'Du er logget af Bulletin sanitaire (demo) og af Sésame.',
      identityIntro:
        'Denne uges bulletin er åben for dig: din adgangskode var nok (niveau BASIC). Dette modtog Bulletin sanitaire (demo) fra Sésame.',
      offer: 'Bulletin sanitaire (demo) åbnes med en adgangskode alene (niveau BASIC).',
    },
    otherTitle: 'Den anden demoapplikation',
    otherLink: 'Åbn {app}',
  },
  protocols: {
    cas: 'CAS 3.0, EU Login-udvidelser',
    oidc: 'OpenID Connect 1.0',
  },
  levels: {
    BASIC: 'grundlæggende (adgangskode)',
    MEDIUM: 'middel (to faktorer)',
    HIGH: 'høj (certificeret hardware)',
  },
  strengths: {
    PASSWORD: 'Adgangskode',
    PASSWORD_SMS: 'Mobiltelefon + sms',
    PASSWORD_TOTP: 'Godkendelsesapp (TOTP)',
    PASSWORD_MOBILE_APP: 'Sésame-appen med pinkode',
    PASSWORD_SOFTWARE_TOKEN: 'Sésame-appen med QR-kode',
    MOBILE_APP: 'På mobilen',
    PASSWORD_WEBAUTHN: 'Sikkerhedsnøgle eller betroet platform',
    PASSWORD_RECOVERY_CODE: 'Gendannelseskode',
    EIDAS: 'eID',
    PASSWORD_TOKEN: 'Hardwaretoken',
    PASSWORD_TOKEN_CRAM: 'Hardwaretoken med challenge-response',
    CLIENT_CERT: 'Klientcertifikat',
  },
  factors: {
    moniker: 'Adgangskode til kontoen {value}',
    mobileDevice: 'Telefon med appen: {value}',
    mobilePhoneNumber: 'Mobilnummer {value}',
    webauthnDevice: 'Sikkerhedsnøgle: {value}',
    storkId: 'eID {value}',
    tokenId: 'Hardwaretoken {value}',
    tokenCramId: 'Challenge-response-token {value}',
    other: '{kind}: {value}',
  },
  amr: {
    pwd: 'Adgangskode (pwd)',
    otp: 'Engangskode (otp)',
    mfa: 'Flere faktorer (mfa)',
    hwk: 'Hardwarebundet nøgle (hwk)',
    swk: 'Softwarebundet nøgle (swk)',
    pin: 'Pinkode (pin)',
    user: 'Brugerens tilstedeværelse (user)',
    sms: 'Sms (sms)',
    face: 'Ansigtsgenkendelse (face)',
    fpt: 'Fingeraftryk (fpt)',
    pop: 'Bevis for besiddelse (pop)',
    sc: 'Chipkort (sc)',
    other: '{value}',
  },
  errors: {
    title: 'Login mislykkedes',
    CAS_REFUSED: 'Sésame afviste loginbilletten ({code}). Log på igen.',
    LEVEL_TOO_LOW:
      'Du loggede på med autentifikationsniveauet {level}; denne applikation kræver mindst {required}. Opsæt en stærkere verifikationsmetode i Sésame, og log derefter på igen.',
    STRENGTH_NOT_ACCEPTED: 'Denne applikation accepterer ikke den verifikationsmetode, du brugte. Log på med en anden.',
    OIDC_REFUSED: 'Sésame loggede dig ikke på ({code}).',
    OIDC_FAILED: 'Svaret fra Sésame kunne ikke kontrolleres, så du er ikke logget på. Log på igen.',
    SIGN_IN_EXPIRED: 'Dette login er udløbet eller blev startet i en anden browser. Log på igen.',
    SESAME_UNREACHABLE: 'Sésame kan ikke nås lige nu. Prøv igen om nogle minutter.',
    BAD_REQUEST: 'Anmodningen kunne ikke forstås. Gå tilbage til forsiden, og prøv igen.',
    FORBIDDEN: 'Denne anmodning kom ikke fra denne applikation. Intet er ændret.',
    NOT_FOUND: 'Denne side findes ikke.',
    INTERNAL: 'Noget gik galt hos os. Prøv igen om nogle minutter.',
    backHome: 'Tilbage til forsiden',
  },
};
