import type { Messages } from './en';

/**
 * Lithuanian catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const lt: Messages = {
  meta: {
    language: 'Kalba',
    dateLocale: 'lt-LT',
  },
  layout: {
    appName: 'TRACES NT (demonstracinė versija)',
    tagline: 'Prekybos kontrolė ir sertifikavimas – demonstracija',
    skipToContent: 'Pereiti prie pagrindinio turinio',
    navLabel: 'Seansas ir kalba',
    signedInAs: 'Prisijungta kaip {name}',
    signOut: 'Atsijungti',
    footer:
      'Sésame demonstracinė taikomoji programa. Tai nėra TRACES NT: ji tik parodo, ką taikomoji programa gauna, kai prisijungiate.',
  },
  home: {
    title: 'Sveiki atvykę į TRACES NT (demonstracinė versija)',
    intro:
      'Ši taikomoji programa pasitiki Sésame jūsų prisijungimu, kaip TRACES NT pasitiki EU Login. Pasirinkite, kaip taikomoji programa klausia Sésame, kas jūs esate: rezultatas – tas pats asmuo, to paties lygio.',
    casTitle: 'CAS (EU Login)',
    casBody:
      'EU Login protokolas: taikomoji programa atidaro prisijungimo operaciją prašydama {level} lygio, tada patikrina Sésame grąžintą bilietą.',
    casButton: 'Prisijungti per CAS (EU Login)',
    casPostLink: 'Arba bilietą taikomajai programai perduodant forma, o ne adrese (CAS method=POST)',
    oidcTitle: 'OpenID Connect',
    oidcBody: 'Standartinis protokolas: autorizacijos kodas su PKCE, tada Sésame pasirašytas ID Token.',
    oidcButton: 'Prisijungti per OpenID Connect',
    signedIn: 'Esate prisijungę.',
    seeIdentity: 'Žiūrėti, ką gavo taikomoji programa',
    signedOut: 'Atsijungėte nuo TRACES NT (demonstracinė versija) ir nuo Sésame.',
  },
  identity: {
    title: 'Jūsų tapatybė',
    intro: 'Štai ką TRACES NT (demonstracinė versija) gavo iš Sésame.',
    viaCas: 'Prisijungta per CAS (EU Login)',
    viaOidc: 'Prisijungta per OpenID Connect',
    uid: 'Naudotojo identifikatorius',
    name: 'Vardas ir pavardė',
    email: 'E. pašto adresas',
    organisation: 'Organizacija',
    level: 'Autentifikavimo lygis',
    strengths: 'Būdai',
    factors: 'Autentifikavimo veiksniai',
    protocol: 'Protokolas',
    sso: 'Bendroji prisijungimo sistema (sso)',
    isFromNewLogin: 'Naujas prisijungimas (isFromNewLogin)',
    authTime: 'Autentifikuota Sésame',
    signedInAt: 'Prisijungta prie šios taikomosios programos',
    received:
      'Viskas, kas gauta ({count, plural, one {# atributas arba teiginys} few {# atributai arba teiginiai} many {# atributo arba teiginio} other {# atributų arba teiginių}})',
    receivedName: 'Pavadinimas',
    receivedValue: 'Reikšmė',
    none: 'nėra',
    unknown: 'nenurodyta',
    yes: 'taip',
    no: 'ne',
    home: 'Grįžti į pradžios puslapį',
  },
  editions: {
    traces: {
      appName: 'TRACES NT (demonstracinė versija)',
      tagline: 'Prekybos kontrolė ir sertifikavimas – demonstracija',
      footer:
        'Sésame demonstracinė taikomoji programa. Tai nėra TRACES NT: ji tik parodo, ką taikomoji programa gauna, kai prisijungiate.',
      homeTitle: 'Sveiki atvykę į TRACES NT (demonstracinė versija)',
      homeIntro:
        'Ši taikomoji programa pasitiki Sésame jūsų prisijungimu, kaip TRACES NT pasitiki EU Login. Kaip ir TRACES NT, jai reikia programėlės Sésame (lygis MEDIUM): vien slaptažodžio neužtenka. Pasirinkite, kaip taikomoji programa klausia Sésame, kas jūs esate: rezultatas – tas pats asmuo, to paties lygio.',
      signedOut: 'Atsijungėte nuo TRACES NT (demonstracinė versija) ir nuo Sésame.',
      identityIntro: 'Štai ką TRACES NT (demonstracinė versija) gavo iš Sésame.',
      offer: 'TRACES NT (demonstracinė versija) reikia programėlės Sésame (lygis MEDIUM): vien slaptažodžio neužtenka.',
    },
    bulletin: {
      appName: 'Bulletin sanitaire (demonstracinė versija)',
      tagline: 'Gyvūnų sveikatos naujienos – demonstracija',
      footer:
        'Sésame demonstracinė taikomoji programa: vieša informacija, kuriai atverti pakanka slaptažodžio (lygis BASIC), šalia TRACES NT (demonstracinė versija), kuriai reikia programėlės Sésame.',
      homeTitle: 'Sveiki atvykę į Bulletin sanitaire (demonstracinė versija)',
      homeIntro:
        'Jūsų tarnybos gyvūnų sveikatos biuleteniai. Vieša informacija: pakanka vien jūsų slaptažodžio (lygis BASIC). Pasirinkite, kaip taikomoji programa klausia Sésame, kas jūs esate.',
      signedOut: 'Atsijungėte nuo Bulletin sanitaire (demonstracinė versija) ir nuo Sésame.',
      identityIntro:
        'Šios savaitės biuletenis jums prieinamas: pakako jūsų slaptažodžio (lygis BASIC). Štai ką Bulletin sanitaire (demonstracinė versija) gavo iš Sésame.',
      offer: 'Bulletin sanitaire (demonstracinė versija) atveriama vien slaptažodžiu (lygis BASIC).',
    },
    otherTitle: 'Kita demonstracinė taikomoji programa',
    otherLink: 'Atidaryti {app}',
  },
  protocols: {
    cas: 'CAS 3.0, EU Login plėtiniai',
    oidc: 'OpenID Connect 1.0',
  },
  levels: {
    BASIC: 'pagrindinis (slaptažodis)',
    MEDIUM: 'vidutinis (du veiksniai)',
    HIGH: 'aukštas (sertifikuota įranga)',
  },
  strengths: {
    PASSWORD: 'Slaptažodis',
    PASSWORD_SMS: 'Mobilusis telefonas + SMS',
    PASSWORD_TOTP: 'Autentifikavimo programėlė (TOTP)',
    PASSWORD_MOBILE_APP: 'Programėlė Sésame su PIN kodu',
    PASSWORD_SOFTWARE_TOKEN: 'Programėlė Sésame su QR kodu',
    MOBILE_APP: 'Mobiliajame įrenginyje',
    PASSWORD_WEBAUTHN: 'Saugumo raktas arba patikima platforma',
    PASSWORD_RECOVERY_CODE: 'Atkūrimo kodas',
    EIDAS: 'eID',
    PASSWORD_TOKEN: 'Aparatinis žetonas',
    PASSWORD_TOKEN_CRAM: 'Aparatinis iššūkio ir atsakymo žetonas',
    CLIENT_CERT: 'Kliento sertifikatas',
  },
  factors: {
    moniker: 'Paskyros {value} slaptažodis',
    mobileDevice: 'Telefonas su programėle: {value}',
    mobilePhoneNumber: 'Mobiliojo telefono numeris {value}',
    webauthnDevice: 'Saugumo raktas: {value}',
    storkId: 'eID {value}',
    tokenId: 'Aparatinis žetonas {value}',
    tokenCramId: 'Iššūkio ir atsakymo žetonas {value}',
    other: '{kind}: {value}',
  },
  amr: {
    pwd: 'Slaptažodis (pwd)',
    otp: 'Vienkartinis kodas (otp)',
    mfa: 'Keli veiksniai (mfa)',
    hwk: 'Su aparatine įranga susietas raktas (hwk)',
    swk: 'Su programine įranga susietas raktas (swk)',
    pin: 'PIN (pin)',
    user: 'Naudotojo buvimas (user)',
    sms: 'SMS (sms)',
    face: 'Veido atpažinimas (face)',
    fpt: 'Piršto atspaudas (fpt)',
    pop: 'Turėjimo įrodymas (pop)',
    sc: 'Lustinė kortelė (sc)',
    other: '{value}',
  },
  errors: {
    title: 'Prisijungti nepavyko',
    CAS_REFUSED: 'Sésame atmetė prisijungimo bilietą ({code}). Prisijunkite dar kartą.',
    LEVEL_TOO_LOW:
      'Prisijungėte naudodami autentifikavimo lygį {level}; šiai taikomajai programai reikia bent {required}. Sésame nustatykite stipresnį tikrinimo būdą, tada prisijunkite dar kartą.',
    STRENGTH_NOT_ACCEPTED: 'Ši taikomoji programa nepriima jūsų naudoto tikrinimo būdo. Prisijunkite kitu būdu.',
    OIDC_REFUSED: 'Sésame jūsų neprijungė ({code}).',
    OIDC_FAILED: 'Sésame atsakymo patikrinti nepavyko, todėl nesate prisijungę. Prisijunkite dar kartą.',
    SIGN_IN_EXPIRED: 'Šio prisijungimo galiojimas baigėsi arba jis pradėtas kitoje naršyklėje. Prisijunkite dar kartą.',
    SESAME_UNREACHABLE: 'Šiuo metu nepavyksta pasiekti Sésame. Bandykite dar kartą po kelių minučių.',
    BAD_REQUEST: 'Užklausos nepavyko suprasti. Grįžkite į pradžios puslapį ir bandykite dar kartą.',
    FORBIDDEN: 'Ši užklausa atėjo ne iš šios taikomosios programos. Niekas nepakeista.',
    NOT_FOUND: 'Šio puslapio nėra.',
    INTERNAL: 'Mūsų pusėje įvyko klaida. Bandykite dar kartą po kelių minučių.',
    backHome: 'Grįžti į pradžios puslapį',
  },
};
