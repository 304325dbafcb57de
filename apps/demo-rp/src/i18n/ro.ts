import type { Messages } from './en';

/**
 * Romanian catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const ro: Messages = {
  meta: {
    language: 'Limbă',
    dateLocale: 'ro-RO',
  },
  layout: {
    appName: 'TRACES NT (demo)',
    tagline: 'Controlul și certificarea comerțului — demonstrație',
    skipToContent: 'Salt la conținutul principal',
    navLabel: 'Sesiune și limbă',
    signedInAs: 'Conectat ca {name}',
    signOut: 'Deconectați-vă',
    footer:
      'Aplicație demonstrativă Sésame. Nu este TRACES NT: arată doar ce primește o aplicație atunci când vă conectați.',
  },
  home: {
    title: 'Bun venit în TRACES NT (demo)',
    intro:
      'Această aplicație se bazează pe Sésame pentru a vă conecta, așa cum TRACES NT se bazează pe EU Login. Alegeți cum întreabă aplicația Sésame cine sunteți: rezultatul este aceeași persoană, cu același nivel.',
    casTitle: 'CAS (EU Login)',
    casBody:
      'Protocolul EU Login: aplicația deschide o tranzacție de conectare care solicită nivelul {level}, apoi verifică tichetul returnat de Sésame.',
    casButton: 'Conectați-vă cu CAS (EU Login)',
    casPostLink: 'Sau cu tichetul trimis aplicației printr-un formular, nu în adresă (CAS method=POST)',
    oidcTitle: 'OpenID Connect',
    oidcBody: 'Protocolul standard: cod de autorizare cu PKCE, apoi un ID Token semnat de Sésame.',
    oidcButton: 'Conectați-vă cu OpenID Connect',
    signedIn: 'Sunteți conectat.',
    seeIdentity: 'Vedeți ce a primit aplicația',
    signedOut: 'V-ați deconectat de la TRACES NT (demo) și de la Sésame.',
  },
  identity: {
    title: 'Identitatea dumneavoastră',
    intro: 'Iată ce a primit TRACES NT (demo) de la Sésame.',
    viaCas: 'Conectat cu CAS (EU Login)',
    viaOidc: 'Conectat cu OpenID Connect',
    uid: 'Identificator de utilizator',
    name: 'Nume',
    email: 'Adresă de e-mail',
    organisation: 'Organizație',
    level: 'Nivel de autentificare',
    strengths: 'Metode',
    factors: 'Factori de autentificare',
    protocol: 'Protocol',
    sso: 'Autentificare unică (sso)',
    isFromNewLogin: 'Conectare nouă (isFromNewLogin)',
    authTime: 'Autentificat la Sésame',
    signedInAt: 'Conectat la această aplicație',
    received:
      'Tot ce s-a primit ({count, plural, one {# atribut sau claim} few {# atribute sau claims} other {# de atribute sau claims}})',
    receivedName: 'Nume',
    receivedValue: 'Valoare',
    none: 'niciunul',
    unknown: 'nespecificat',
    yes: 'da',
    no: 'nu',
    home: 'Înapoi la pagina principală',
  },
  editions: {
    traces: {
      appName: 'TRACES NT (demo)',
      tagline: 'Controlul și certificarea comerțului — demonstrație',
      footer:
        'Aplicație demonstrativă Sésame. Nu este TRACES NT: arată doar ce primește o aplicație atunci când vă conectați.',
      homeTitle: 'Bun venit în TRACES NT (demo)',
      homeIntro:
        'Această aplicație se bazează pe Sésame pentru a vă conecta, așa cum TRACES NT se bazează pe EU Login. La fel ca TRACES NT, necesită aplicația Sésame (nivelul MEDIUM): parola singură nu este suficientă pentru a intra. Alegeți cum întreabă aplicația Sésame cine sunteți: rezultatul este aceeași persoană, cu același nivel.',
      signedOut: 'V-ați deconectat de la TRACES NT (demo) și de la Sésame.',
      identityIntro: 'Iată ce a primit TRACES NT (demo) de la Sésame.',
      offer:
        'TRACES NT (demo) necesită aplicația Sésame (nivelul MEDIUM): parola singură nu este suficientă pentru a intra.',
    },
    bulletin: {
      appName: 'Bulletin sanitaire (demo)',
      tagline: 'Știri despre sănătatea animalelor — demonstrație',
      footer:
        'Aplicație demonstrativă Sésame: informații publice accesibile doar cu parola (nivelul BASIC), alături de TRACES NT (demo), care necesită aplicația Sésame.',
      homeTitle: 'Bun venit în Bulletin sanitaire (demo)',
      homeIntro:
        'Buletinele de sănătate animală ale serviciului dumneavoastră. Informații publice: parola este suficientă (nivelul BASIC). Alegeți cum întreabă aplicația Sésame cine sunteți.',
      signedOut: 'V-ați deconectat de la Bulletin sanitaire (demo) și de la Sésame.',
      identityIntro:
        'Buletinul din această săptămână vă este deschis: parola a fost suficientă (nivelul BASIC). Iată ce a primit Bulletin sanitaire (demo) de la Sésame.',
      offer: 'Bulletin sanitaire (demo) se deschide doar cu parola (nivelul BASIC).',
    },
    otherTitle: 'Cealaltă aplicație demonstrativă',
    otherLink: 'Deschideți {app}',
  },
  protocols: {
    cas: 'CAS 3.0, extensii EU Login',
    oidc: 'OpenID Connect 1.0',
  },
  levels: {
    BASIC: 'de bază (parolă)',
    MEDIUM: 'mediu (doi factori)',
    HIGH: 'ridicat (hardware certificat)',
  },
  strengths: {
    PASSWORD: 'Parolă',
    PASSWORD_SMS: 'Telefon mobil + SMS',
    PASSWORD_TOTP: 'Aplicație de autentificare (TOTP)',
    PASSWORD_MOBILE_APP: 'Aplicația Sésame cu cod PIN',
    PASSWORD_SOFTWARE_TOKEN: 'Aplicația Sésame cu cod QR',
    MOBILE_APP: 'Pe mobil',
    PASSWORD_WEBAUTHN: 'Cheie de securitate sau platformă de încredere',
    PASSWORD_RECOVERY_CODE: 'Cod de recuperare',
    EIDAS: 'eID',
    PASSWORD_TOKEN: 'Token hardware',
    PASSWORD_TOKEN_CRAM: 'Token hardware de tip provocare-răspuns',
    CLIENT_CERT: 'Certificat de client',
  },
  factors: {
    moniker: 'Parola contului {value}',
    mobileDevice: 'Telefon cu aplicația: {value}',
    mobilePhoneNumber: 'Număr de telefon mobil {value}',
    webauthnDevice: 'Cheie de securitate: {value}',
    storkId: 'eID {value}',
    tokenId: 'Token hardware {value}',
    tokenCramId: 'Token de tip provocare-răspuns {value}',
    other: '{kind}: {value}',
  },
  amr: {
    pwd: 'Parolă (pwd)',
    otp: 'Cod de unică folosință (otp)',
    mfa: 'Mai mulți factori (mfa)',
    hwk: 'Cheie legată de hardware (hwk)',
    swk: 'Cheie legată de software (swk)',
    pin: 'PIN (pin)',
    user: 'Prezența utilizatorului (user)',
    sms: 'SMS (sms)',
    face: 'Recunoaștere facială (face)',
    fpt: 'Amprentă digitală (fpt)',
    pop: 'Dovadă de posesie (pop)',
    sc: 'Card inteligent (sc)',
    other: '{value}',
  },
  errors: {
    title: 'Conectare eșuată',
    CAS_REFUSED: 'Sésame a refuzat tichetul de conectare ({code}). Conectați-vă din nou.',
    LEVEL_TOO_LOW:
      'V-ați conectat cu nivelul de autentificare {level}; această aplicație necesită cel puțin {required}. Configurați în Sésame o metodă de verificare mai puternică, apoi conectați-vă din nou.',
    STRENGTH_NOT_ACCEPTED:
      'Această aplicație nu acceptă metoda de verificare pe care ați folosit-o. Conectați-vă cu o altă metodă.',
    OIDC_REFUSED: 'Sésame nu v-a conectat ({code}).',
    OIDC_FAILED: 'Răspunsul Sésame nu a putut fi verificat, așa că nu sunteți conectat. Conectați-vă din nou.',
    SIGN_IN_EXPIRED: 'Această conectare a expirat sau a fost începută în alt browser. Conectați-vă din nou.',
    SESAME_UNREACHABLE: 'Sésame nu poate fi contactat în acest moment. Încercați din nou peste câteva minute.',
    BAD_REQUEST: 'Cererea nu a putut fi înțeleasă. Reveniți la pagina principală și încercați din nou.',
    FORBIDDEN: 'Această cerere nu provine de la această aplicație. Nu s-a modificat nimic.',
    NOT_FOUND: 'Această pagină nu există.',
    INTERNAL: 'A apărut o problemă la noi. Încercați din nou peste câteva minute.',
    backHome: 'Înapoi la pagina principală',
  },
};
