import type { Messages } from './en';

/**
 * Slovak catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const sk: Messages = {
  meta: {
    language: 'Jazyk',
    dateLocale: 'sk-SK',
  },
  layout: {
    appName: 'TRACES NT (demo)',
    tagline: 'Kontrola a certifikácia obchodu – ukážka',
    skipToContent: 'Prejsť na hlavný obsah',
    navLabel: 'Relácia a jazyk',
    signedInAs: 'Prihlásený(-á) ako {name}',
    signOut: 'Odhlásiť sa',
    footer:
      'Ukážková aplikácia systému Sésame. Nie je to TRACES NT: iba ukazuje, čo aplikácia dostane, keď sa prihlásite.',
  },
  home: {
    title: 'Vitajte v TRACES NT (demo)',
    intro:
      'Táto aplikácia zveruje vaše prihlásenie systému Sésame, tak ako TRACES NT zveruje prihlásenie EU Login. Zvoľte, ako sa aplikácia Sésame opýta, kto ste: výsledkom je tá istá osoba s tou istou úrovňou.',
    casTitle: 'CAS (EU Login)',
    casBody:
      'Protokol EU Login: aplikácia otvorí prihlasovaciu transakciu s požiadavkou na úroveň {level} a potom overí tiket, ktorý Sésame vráti.',
    casButton: 'Prihlásiť sa cez CAS (EU Login)',
    casPostLink: 'Alebo s tiketom odoslaným aplikácii formulárom, a nie v adrese (CAS method=POST)',
    oidcTitle: 'OpenID Connect',
    oidcBody: 'Štandardný protokol: autorizačný kód s PKCE, potom ID Token podpísaný systémom Sésame.',
    oidcButton: 'Prihlásiť sa cez OpenID Connect',
    signedIn: 'Ste prihlásení.',
    seeIdentity: 'Zobraziť, čo aplikácia dostala',
    signedOut: 'Ste odhlásení z TRACES NT (demo) aj zo Sésame.',
  },
  identity: {
    title: 'Vaša identita',
    intro: 'Toto TRACES NT (demo) dostala od Sésame.',
    viaCas: 'Prihlásenie cez CAS (EU Login)',
    viaOidc: 'Prihlásenie cez OpenID Connect',
    uid: 'Identifikátor používateľa',
    name: 'Meno',
    email: 'E-mailová adresa',
    organisation: 'Organizácia',
    level: 'Úroveň overenia',
    strengths: 'Metódy overenia',
    factors: 'Faktory overenia',
    protocol: 'Protokol',
    sso: 'Jednotné prihlásenie (sso)',
    isFromNewLogin: 'Nové prihlásenie (isFromNewLogin)',
    authTime: 'Overené v Sésame',
    signedInAt: 'Prihlásené do tejto aplikácie',
    received:
      'Všetko prijaté ({count, plural, one {# atribút alebo tvrdenie} few {# atribúty alebo tvrdenia} many {# atribútu alebo tvrdenia} other {# atribútov alebo tvrdení}})',
    receivedName: 'Názov',
    receivedValue: 'Hodnota',
    none: 'žiadne',
    unknown: 'neuvedené',
    yes: 'áno',
    no: 'nie',
    home: 'Späť na domovskú stránku',
  },
  editions: {
    traces: {
      appName: 'TRACES NT (demo)',
      tagline: 'Kontrola a certifikácia obchodu – ukážka',
      footer:
        'Ukážková aplikácia systému Sésame. Nie je to TRACES NT: iba ukazuje, čo aplikácia dostane, keď sa prihlásite.',
      homeTitle: 'Vitajte v TRACES NT (demo)',
      homeIntro:
        'Táto aplikácia zveruje vaše prihlásenie systému Sésame, tak ako TRACES NT zveruje prihlásenie EU Login. Rovnako ako TRACES NT vyžaduje aplikáciu Sésame (úroveň MEDIUM): samotné heslo nestačí. Zvoľte, ako sa aplikácia Sésame opýta, kto ste: výsledkom je tá istá osoba s tou istou úrovňou.',
      signedOut: 'Ste odhlásení z TRACES NT (demo) aj zo Sésame.',
      identityIntro: 'Toto TRACES NT (demo) dostala od Sésame.',
      offer: 'TRACES NT (demo) vyžaduje aplikáciu Sésame (úroveň MEDIUM): samotné heslo nestačí.',
    },
    bulletin: {
      appName: 'Bulletin sanitaire (demo)',
      tagline: 'Správy o zdraví zvierat – ukážka',
      footer:
        'Ukážková aplikácia systému Sésame: verejné informácie, ktoré otvorí samotné heslo (úroveň BASIC), vedľa TRACES NT (demo), ktorá vyžaduje aplikáciu Sésame.',
      homeTitle: 'Vitajte v Bulletin sanitaire (demo)',
      homeIntro:
        'Spravodaje o zdraví zvierat vášho útvaru. Verejné informácie: stačí vaše heslo (úroveň BASIC). Zvoľte, ako sa aplikácia Sésame opýta, kto ste.',
      signedOut: 'Ste odhlásení z Bulletin sanitaire (demo) aj zo Sésame.',
      identityIntro:
        'Spravodaj tohto týždňa je vám prístupný: stačilo vaše heslo (úroveň BASIC). Toto Bulletin sanitaire (demo) dostal od Sésame.',
      offer: 'Bulletin sanitaire (demo) sa otvorí samotným heslom (úroveň BASIC).',
    },
    otherTitle: 'Druhá ukážková aplikácia',
    otherLink: 'Otvoriť {app}',
  },
  protocols: {
    cas: 'CAS 3.0, rozšírenia EU Login',
    oidc: 'OpenID Connect 1.0',
  },
  levels: {
    BASIC: 'základná (heslo)',
    MEDIUM: 'stredná (dva faktory)',
    HIGH: 'vysoká (certifikovaný hardvér)',
  },
  strengths: {
    PASSWORD: 'Heslo',
    PASSWORD_SMS: 'Mobilný telefón + SMS',
    PASSWORD_TOTP: 'Overovacia aplikácia (TOTP)',
    PASSWORD_MOBILE_APP: 'Aplikácia Sésame s kódom PIN',
    PASSWORD_SOFTWARE_TOKEN: 'Aplikácia Sésame s kódom QR',
    MOBILE_APP: 'Na mobile',
    PASSWORD_WEBAUTHN: 'Bezpečnostný kľúč alebo dôveryhodná platforma',
    PASSWORD_RECOVERY_CODE: 'Kód na obnovenie',
    EIDAS: 'eID',
    PASSWORD_TOKEN: 'Hardvérový token',
    PASSWORD_TOKEN_CRAM: 'Hardvérový token typu výzva – odpoveď',
    CLIENT_CERT: 'Klientsky certifikát',
  },
  factors: {
    moniker: 'Heslo k účtu {value}',
    mobileDevice: 'Telefón s aplikáciou: {value}',
    mobilePhoneNumber: 'Číslo mobilného telefónu {value}',
    webauthnDevice: 'Bezpečnostný kľúč: {value}',
    storkId: 'eID {value}',
    tokenId: 'Hardvérový token {value}',
    tokenCramId: 'Token typu výzva – odpoveď {value}',
    other: '{kind}: {value}',
  },
  amr: {
    pwd: 'Heslo (pwd)',
    otp: 'Jednorazový kód (otp)',
    mfa: 'Viac faktorov (mfa)',
    hwk: 'Hardvérový kľúč (hwk)',
    swk: 'Softvérový kľúč (swk)',
    pin: 'PIN (pin)',
    user: 'Prítomnosť používateľa (user)',
    sms: 'SMS (sms)',
    face: 'Rozpoznanie tváre (face)',
    fpt: 'Odtlačok prsta (fpt)',
    pop: 'Preukázanie držby (pop)',
    sc: 'Čipová karta (sc)',
    other: '{value}',
  },
  errors: {
    title: 'Prihlásenie zlyhalo',
    CAS_REFUSED: 'Sésame odmietol prihlasovací tiket ({code}). Prihláste sa znova.',
    LEVEL_TOO_LOW:
      'Prihlásili ste sa s úrovňou overenia {level}; táto aplikácia vyžaduje aspoň {required}. Nastavte si v Sésame silnejšiu metódu overenia a prihláste sa znova.',
    STRENGTH_NOT_ACCEPTED: 'Táto aplikácia neprijíma použitú metódu overenia. Prihláste sa inou.',
    OIDC_REFUSED: 'Sésame vás neprihlásil ({code}).',
    OIDC_FAILED: 'Odpoveď Sésame sa nepodarilo overiť, preto nie ste prihlásení. Prihláste sa znova.',
    SIGN_IN_EXPIRED: 'Toto prihlásenie uplynulo alebo bolo začaté v inom prehliadači. Prihláste sa znova.',
    SESAME_UNREACHABLE: 'Sésame je momentálne nedostupný. Skúste to znova o niekoľko minút.',
    BAD_REQUEST: 'Požiadavke nebolo možné porozumieť. Vráťte sa na domovskú stránku a skúste to znova.',
    FORBIDDEN: 'Táto požiadavka nepochádza z tejto aplikácie. Nič sa nezmenilo.',
    NOT_FOUND: 'Táto stránka neexistuje.',
    INTERNAL: 'Na našej strane sa vyskytla chyba. Skúste to znova o niekoľko minút.',
    backHome: 'Späť na domovskú stránku',
  },
};
