import type { Messages } from './en';

/**
 * Latvian catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const lv: Messages = {
  meta: {
    language: 'Valoda',
    dateLocale: 'lv-LV',
  },
  layout: {
    appName: 'TRACES NT (demonstrācija)',
    tagline: 'Tirdzniecības kontrole un sertifikācija – demonstrācija',
    skipToContent: 'Pāriet uz galveno saturu',
    navLabel: 'Sesija un valoda',
    signedInAs: 'Pierakstījies kā {name}',
    signOut: 'Izrakstīties',
    footer:
      'Sésame demonstrācijas lietojumprogramma. Tā nav TRACES NT: tā tikai parāda, ko lietojumprogramma saņem, kad jūs pierakstāties.',
  },
  home: {
    title: 'Laipni lūdzam TRACES NT (demonstrācija)',
    intro:
      'Šī lietojumprogramma uztic jūsu pierakstīšanos Sésame, tāpat kā TRACES NT uztic to EU Login. Izvēlieties, kā lietojumprogramma jautā Sésame, kas jūs esat: rezultāts ir tā pati persona ar to pašu līmeni.',
    casTitle: 'CAS (EU Login)',
    casBody:
      'EU Login protokols: lietojumprogramma atver pierakstīšanās transakciju, pieprasot līmeni {level}, un pēc tam pārbauda Sésame atdoto biļeti.',
    casButton: 'Pierakstīties ar CAS (EU Login)',
    casPostLink: 'Vai ar biļeti, ko lietojumprogrammai nosūta veidlapa, nevis adresē (CAS method=POST)',
    oidcTitle: 'OpenID Connect',
    oidcBody: 'Standarta protokols: autorizācijas kods ar PKCE, pēc tam Sésame parakstīts ID Token.',
    oidcButton: 'Pierakstīties ar OpenID Connect',
    signedIn: 'Jūs esat pierakstījies.',
    seeIdentity: 'Skatīt, ko saņēma lietojumprogramma',
    signedOut: 'Jūs esat izrakstījies no TRACES NT (demonstrācija) un no Sésame.',
  },
  identity: {
    title: 'Jūsu identitāte',
    intro: 'Lūk, ko TRACES NT (demonstrācija) saņēma no Sésame.',
    viaCas: 'Pierakstījies ar CAS (EU Login)',
    viaOidc: 'Pierakstījies ar OpenID Connect',
    uid: 'Lietotāja identifikators',
    name: 'Vārds',
    email: 'E-pasta adrese',
    organisation: 'Organizācija',
    level: 'Autentifikācijas līmenis',
    strengths: 'Metodes',
    factors: 'Autentifikācijas faktori',
    protocol: 'Protokols',
    sso: 'Vienotā pierakstīšanās (sso)',
    isFromNewLogin: 'Jauna pierakstīšanās (isFromNewLogin)',
    authTime: 'Autentificēts Sésame',
    signedInAt: 'Pierakstījies šajā lietojumprogrammā',
    received:
      'Viss saņemtais ({count, plural, zero {# atribūti vai apgalvojumi} one {# atribūts vai apgalvojums} other {# atribūti vai apgalvojumi}})',
    receivedName: 'Nosaukums',
    receivedValue: 'Vērtība',
    none: 'nav',
    unknown: 'nav norādīts',
    yes: 'jā',
    no: 'nē',
    home: 'Atpakaļ uz sākumlapu',
  },
  editions: {
    traces: {
      appName: 'TRACES NT (demonstrācija)',
      tagline: 'Tirdzniecības kontrole un sertifikācija – demonstrācija',
      footer:
        'Sésame demonstrācijas lietojumprogramma. Tā nav TRACES NT: tā tikai parāda, ko lietojumprogramma saņem, kad jūs pierakstāties.',
      homeTitle: 'Laipni lūdzam TRACES NT (demonstrācija)',
      homeIntro:
        'Šī lietojumprogramma uztic jūsu pierakstīšanos Sésame, tāpat kā TRACES NT uztic to EU Login. Tāpat kā TRACES NT, tai ir vajadzīga lietotne Sésame (līmenis MEDIUM): ar paroli vien nepietiek. Izvēlieties, kā lietojumprogramma jautā Sésame, kas jūs esat: rezultāts ir tā pati persona ar to pašu līmeni.',
      signedOut: 'Jūs esat izrakstījies no TRACES NT (demonstrācija) un no Sésame.',
      identityIntro: 'Lūk, ko TRACES NT (demonstrācija) saņēma no Sésame.',
      offer: 'TRACES NT (demonstrācija) ir vajadzīga lietotne Sésame (līmenis MEDIUM): ar paroli vien nepietiek.',
    },
    bulletin: {
      appName: 'Bulletin sanitaire (demonstrācija)',
      tagline: 'Dzīvnieku veselības ziņas – demonstrācija',
      footer:
        'Sésame demonstrācijas lietojumprogramma: publiska informācija, kurai pietiek ar paroli (līmenis BASIC), līdzās TRACES NT (demonstrācija), kam ir vajadzīga lietotne Sésame.',
      homeTitle: 'Laipni lūdzam Bulletin sanitaire (demonstrācija)',
      homeIntro:
        'Jūsu dienesta dzīvnieku veselības biļeteni. Publiska informācija: pietiek tikai ar jūsu paroli (līmenis BASIC). Izvēlieties, kā lietojumprogramma jautā Sésame, kas jūs esat.',
      signedOut: 'Jūs esat izrakstījies no Bulletin sanitaire (demonstrācija) un no Sésame.',
      identityIntro:
        'Šīs nedēļas biļetens jums ir pieejams: pietika ar jūsu paroli (līmenis BASIC). Lūk, ko Bulletin sanitaire (demonstrācija) saņēma no Sésame.',
      offer: 'Bulletin sanitaire (demonstrācija) atveras tikai ar paroli (līmenis BASIC).',
    },
    otherTitle: 'Otra demonstrācijas lietojumprogramma',
    otherLink: 'Atvērt {app}',
  },
  protocols: {
    cas: 'CAS 3.0, EU Login paplašinājumi',
    oidc: 'OpenID Connect 1.0',
  },
  levels: {
    BASIC: 'pamata (parole)',
    MEDIUM: 'vidējs (divi faktori)',
    HIGH: 'augsts (sertificēta aparatūra)',
  },
  strengths: {
    PASSWORD: 'Parole',
    PASSWORD_SMS: 'Mobilais tālrunis + SMS',
    PASSWORD_TOTP: 'Autentifikācijas lietotne (TOTP)',
    PASSWORD_MOBILE_APP: 'Lietotne Sésame ar PIN kodu',
    PASSWORD_SOFTWARE_TOKEN: 'Lietotne Sésame ar QR kodu',
    MOBILE_APP: 'Mobilajā ierīcē',
    PASSWORD_WEBAUTHN: 'Drošības atslēga vai uzticama platforma',
    PASSWORD_RECOVERY_CODE: 'Atkopšanas kods',
    EIDAS: 'eID',
    PASSWORD_TOKEN: 'Aparatūras marķieris',
    PASSWORD_TOKEN_CRAM: 'Izaicinājuma–atbildes aparatūras marķieris',
    CLIENT_CERT: 'Klienta sertifikāts',
  },
  factors: {
    moniker: 'Konta {value} parole',
    mobileDevice: 'Tālrunis ar lietotni: {value}',
    mobilePhoneNumber: 'Mobilā tālruņa numurs {value}',
    webauthnDevice: 'Drošības atslēga: {value}',
    storkId: 'eID {value}',
    tokenId: 'Aparatūras marķieris {value}',
    tokenCramId: 'Izaicinājuma–atbildes marķieris {value}',
    other: '{kind}: {value}',
  },
  amr: {
    pwd: 'Parole (pwd)',
    otp: 'Vienreizējs kods (otp)',
    mfa: 'Vairāki faktori (mfa)',
    hwk: 'Ar aparatūru saistīta atslēga (hwk)',
    swk: 'Ar programmatūru saistīta atslēga (swk)',
    pin: 'PIN (pin)',
    user: 'Lietotāja klātbūtne (user)',
    sms: 'SMS (sms)',
    face: 'Sejas atpazīšana (face)',
    fpt: 'Pirksta nospiedums (fpt)',
    pop: 'Valdījuma pierādījums (pop)',
    sc: 'Viedkarte (sc)',
    other: '{value}',
  },
  errors: {
    title: 'Pierakstīšanās neizdevās',
    CAS_REFUSED: 'Sésame noraidīja pierakstīšanās biļeti ({code}). Pierakstieties vēlreiz.',
    LEVEL_TOO_LOW:
      'Jūs pierakstījāties ar autentifikācijas līmeni {level}; šai lietojumprogrammai vajadzīgs vismaz {required}. Iestatiet Sésame spēcīgāku verifikācijas metodi un pēc tam pierakstieties vēlreiz.',
    STRENGTH_NOT_ACCEPTED:
      'Šī lietojumprogramma nepieņem jūsu izmantoto verifikācijas metodi. Pierakstieties ar citu metodi.',
    OIDC_REFUSED: 'Sésame jūs nepierakstīja ({code}).',
    OIDC_FAILED: 'Sésame atbildi neizdevās pārbaudīt, tāpēc jūs neesat pierakstījies. Pierakstieties vēlreiz.',
    SIGN_IN_EXPIRED: 'Šīs pierakstīšanās derīgums ir beidzies, vai tā tika sākta citā pārlūkā. Pierakstieties vēlreiz.',
    SESAME_UNREACHABLE: 'Sésame pašlaik nav sasniedzams. Mēģiniet vēlreiz pēc dažām minūtēm.',
    BAD_REQUEST: 'Pieprasījumu neizdevās saprast. Atgriezieties sākumlapā un mēģiniet vēlreiz.',
    FORBIDDEN: 'Šis pieprasījums nenāca no šīs lietojumprogrammas. Nekas netika mainīts.',
    NOT_FOUND: 'Šī lapa nepastāv.',
    INTERNAL: 'Mūsu pusē radās kļūda. Mēģiniet vēlreiz pēc dažām minūtēm.',
    backHome: 'Atpakaļ uz sākumlapu',
  },
};
