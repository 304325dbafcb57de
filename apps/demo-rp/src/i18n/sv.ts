import type { Messages } from './en';

/**
 * Swedish catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const sv: Messages = {
  meta: {
    language: 'Språk',
    dateLocale: 'sv-SE',
  },
  layout: {
    appName: 'TRACES NT (demo)',
    tagline: 'Handelskontroll och certifiering – demonstration',
    skipToContent: 'Hoppa till huvudinnehållet',
    navLabel: 'Session och språk',
    signedInAs: 'Inloggad som {name}',
    signOut: 'Logga ut',
    footer:
      'Demonstrationsapplikation för Sésame. Det här är inte TRACES NT: den visar bara vad en applikation tar emot när du loggar in.',
  },
  home: {
    title: 'Välkommen till TRACES NT (demo)',
    intro:
      'Den här applikationen litar på Sésame för att logga in dig, på samma sätt som TRACES NT litar på EU Login. Välj hur applikationen frågar Sésame vem du är: resultatet är samma person, med samma nivå.',
    casTitle: 'CAS (EU Login)',
    casBody:
      'EU Logins protokoll: applikationen öppnar en inloggningstransaktion som begär nivån {level} och kontrollerar sedan biljetten som Sésame skickar tillbaka.',
    casButton: 'Logga in med CAS (EU Login)',
    casPostLink:
      'Eller med biljetten skickad till applikationen via ett formulär i stället för i adressen (CAS method=POST)',
    oidcTitle: 'OpenID Connect',
    oidcBody: 'Standardprotokollet: auktoriseringskod med PKCE, därefter en ID-token signerad av Sésame.',
    oidcButton: 'Logga in med OpenID Connect',
    signedIn: 'Du är inloggad.',
    seeIdentity: 'Se vad applikationen tog emot',
    signedOut: 'Du är utloggad från TRACES NT (demo) och från Sésame.',
  },
  identity: {
    title: 'Din identitet',
    intro: 'Det här tog TRACES NT (demo) emot från Sésame.',
    viaCas: 'Inloggad med CAS (EU Login)',
    viaOidc: 'Inloggad med OpenID Connect',
    uid: 'Användar-id',
    name: 'Namn',
    email: 'E-postadress',
    organisation: 'Organisation',
    level: 'Autentiseringsnivå',
    strengths: 'Styrkor',
    factors: 'Autentiseringsfaktorer',
    protocol: 'Protokoll',
    sso: 'Enkel inloggning (sso)',
    isFromNewLogin: 'Ny inloggning (isFromNewLogin)',
    authTime: 'Autentiserad hos Sésame',
    signedInAt: 'Inloggad i den här applikationen',
    received: 'Allt som togs emot ({count, plural, one {# attribut eller anspråk} other {# attribut eller anspråk}})',
    receivedName: 'Namn',
    receivedValue: 'Värde',
    none: 'inga',
    unknown: 'inte angivet',
    yes: 'ja',
    no: 'nej',
    home: 'Tillbaka till startsidan',
  },
  editions: {
    traces: {
      appName: 'TRACES NT (demo)',
      tagline: 'Handelskontroll och certifiering – demonstration',
      footer:
        'Demonstrationsapplikation för Sésame. Det här är inte TRACES NT: den visar bara vad en applikation tar emot när du loggar in.',
      homeTitle: 'Välkommen till TRACES NT (demo)',
      homeIntro:
        'Den här applikationen litar på Sésame för att logga in dig, på samma sätt som TRACES NT litar på EU Login. Precis som TRACES NT kräver den Sésame-appen (nivå MEDIUM): det räcker inte med bara ett lösenord. Välj hur applikationen frågar Sésame vem du är: resultatet är samma person, med samma nivå.',
      signedOut: 'Du är utloggad från TRACES NT (demo) och från Sésame.',
      identityIntro: 'Det här tog TRACES NT (demo) emot från Sésame.',
      offer: 'TRACES NT (demo) kräver Sésame-appen (nivå MEDIUM): det räcker inte med bara ett lösenord.',
    },
    bulletin: {
      appName: 'Bulletin sanitaire (demo)',
      tagline: 'Nyheter om djurhälsa – demonstration',
      footer:
        'Demonstrationsapplikation för Sésame: offentlig information som öppnas med bara ett lösenord (nivå BASIC), vid sidan av TRACES NT (demo), som kräver Sésame-appen.',
      homeTitle: 'Välkommen till Bulletin sanitaire (demo)',
      homeIntro:
        'Din enhets djurhälsobulletiner. Offentlig information: ditt lösenord räcker (nivå BASIC). Välj hur applikationen frågar Sésame vem du är.',
      signedOut: 'Du är utloggad från Bulletin sanitaire (demo) och från Sésame.',
      identityIntro:
        'Veckans bulletin är öppen för dig: ditt lösenord räckte (nivå BASIC). Det här tog Bulletin sanitaire (demo) emot från Sésame.',
      offer: 'Bulletin sanitaire (demo) öppnas med bara ett lösenord (nivå BASIC).',
    },
    otherTitle: 'Den andra demoapplikationen',
    otherLink: 'Öppna {app}',
  },
  protocols: {
    cas: 'CAS 3.0, EU Login-tillägg',
    oidc: 'OpenID Connect 1.0',
  },
  levels: {
    BASIC: 'grundläggande (lösenord)',
    MEDIUM: 'medel (två faktorer)',
    HIGH: 'hög (certifierad maskinvara)',
  },
  strengths: {
    PASSWORD: 'Lösenord',
    PASSWORD_SMS: 'Mobiltelefon + sms',
    PASSWORD_TOTP: 'Autentiseringsapp (TOTP)',
    PASSWORD_MOBILE_APP: 'Sésame-appen med PIN-kod',
    PASSWORD_SOFTWARE_TOKEN: 'Sésame-appen med QR-kod',
    MOBILE_APP: 'På mobilen',
    PASSWORD_WEBAUTHN: 'Säkerhetsnyckel eller betrodd plattform',
    PASSWORD_RECOVERY_CODE: 'Återställningskod',
    EIDAS: 'eID',
    PASSWORD_TOKEN: 'Maskinvarutoken',
    PASSWORD_TOKEN_CRAM: 'Maskinvarutoken med challenge-response',
    CLIENT_CERT: 'Klientcertifikat',
  },
  factors: {
    moniker: 'Lösenord för kontot {value}',
    mobileDevice: 'Telefon med appen: {value}',
    mobilePhoneNumber: 'Mobilnummer {value}',
    webauthnDevice: 'Säkerhetsnyckel: {value}',
    storkId: 'eID {value}',
    tokenId: 'Maskinvarutoken {value}',
    tokenCramId: 'Challenge-response-token {value}',
    other: '{kind}: {value}',
  },
  amr: {
    pwd: 'Lösenord (pwd)',
    otp: 'Engångskod (otp)',
    mfa: 'Flera faktorer (mfa)',
    hwk: 'Maskinvarubunden nyckel (hwk)',
    swk: 'Programvarubunden nyckel (swk)',
    pin: 'PIN-kod (pin)',
    user: 'Användarnärvaro (user)',
    sms: 'Sms (sms)',
    face: 'Ansiktsigenkänning (face)',
    fpt: 'Fingeravtryck (fpt)',
    pop: 'Innehavsbevis (pop)',
    sc: 'Smartkort (sc)',
    other: '{value}',
  },
  errors: {
    title: 'Inloggningen misslyckades',
    CAS_REFUSED: 'Sésame avvisade inloggningsbiljetten ({code}). Logga in igen.',
    LEVEL_TOO_LOW:
      'Du loggade in med autentiseringsnivån {level}; den här applikationen kräver minst {required}. Ställ in en starkare verifieringsmetod i Sésame och logga sedan in igen.',
    STRENGTH_NOT_ACCEPTED: 'Den här applikationen godtar inte den verifieringsmetod du använde. Logga in med en annan.',
    OIDC_REFUSED: 'Sésame loggade inte in dig ({code}).',
    OIDC_FAILED: 'Svaret från Sésame kunde inte kontrolleras, så du är inte inloggad. Logga in igen.',
    SIGN_IN_EXPIRED: 'Den här inloggningen har gått ut eller påbörjades i en annan webbläsare. Logga in igen.',
    SESAME_UNREACHABLE: 'Sésame går inte att nå just nu. Försök igen om några minuter.',
    BAD_REQUEST: 'Begäran kunde inte förstås. Gå tillbaka till startsidan och försök igen.',
    FORBIDDEN: 'Den här begäran kom inte från den här applikationen. Ingenting har ändrats.',
    NOT_FOUND: 'Den här sidan finns inte.',
    INTERNAL: 'Något gick fel hos oss. Försök igen om några minuter.',
    backHome: 'Tillbaka till startsidan',
  },
};
