import type { Messages } from './en';

/**
 * Czech catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const cs: Messages = {
  meta: {
    language: 'Jazyk',
    dateLocale: 'cs-CZ',
  },
  layout: {
    appName: 'TRACES NT (demo)',
    tagline: 'Kontrola a certifikace obchodu – ukázka',
    skipToContent: 'Přejít na hlavní obsah',
    navLabel: 'Relace a jazyk',
    signedInAs: 'Přihlášen(a) jako {name}',
    signOut: 'Odhlásit se',
    footer:
      'Ukázková aplikace systému Sésame. Nejde o TRACES NT: pouze ukazuje, co aplikace obdrží, když se přihlásíte.',
  },
  home: {
    title: 'Vítejte v TRACES NT (demo)',
    intro:
      'Tato aplikace svěřuje vaše přihlášení systému Sésame, tak jako TRACES NT svěřuje přihlášení EU Login. Zvolte, jak se aplikace Sésame zeptá, kdo jste: výsledkem je stejná osoba se stejnou úrovní.',
    casTitle: 'CAS (EU Login)',
    casBody:
      'Protokol EU Login: aplikace zahájí přihlašovací transakci s požadavkem na úroveň {level} a poté ověří tiket, který Sésame vrátí.',
    casButton: 'Přihlásit se přes CAS (EU Login)',
    casPostLink: 'Nebo s tiketem odeslaným aplikaci formulářem, a ne v adrese (CAS method=POST)',
    oidcTitle: 'OpenID Connect',
    oidcBody: 'Standardní protokol: autorizační kód s PKCE, poté ID Token podepsaný systémem Sésame.',
    oidcButton: 'Přihlásit se přes OpenID Connect',
    signedIn: 'Jste přihlášeni.',
    seeIdentity: 'Zobrazit, co aplikace obdržela',
    signedOut: 'Jste odhlášeni z TRACES NT (demo) i ze Sésame.',
  },
  identity: {
    title: 'Vaše identita',
    intro: 'Toto TRACES NT (demo) obdržela od Sésame.',
    viaCas: 'Přihlášení přes CAS (EU Login)',
    viaOidc: 'Přihlášení přes OpenID Connect',
    uid: 'Identifikátor uživatele',
    name: 'Jméno',
    email: 'E-mailová adresa',
    organisation: 'Organizace',
    level: 'Úroveň ověření',
    strengths: 'Metody ověření',
    factors: 'Faktory ověření',
    protocol: 'Protokol',
    sso: 'Jednotné přihlášení (sso)',
    isFromNewLogin: 'Nové přihlášení (isFromNewLogin)',
    authTime: 'Ověřeno v Sésame',
    signedInAt: 'Přihlášeno do této aplikace',
    received:
      'Vše přijaté ({count, plural, one {# atribut nebo deklarace} few {# atributy nebo deklarace} many {# atributu nebo deklarace} other {# atributů nebo deklarací}})',
    receivedName: 'Název',
    receivedValue: 'Hodnota',
    none: 'žádné',
    unknown: 'neuvedeno',
    yes: 'ano',
    no: 'ne',
    home: 'Zpět na domovskou stránku',
  },
  editions: {
    traces: {
      appName: 'TRACES NT (demo)',
      tagline: 'Kontrola a certifikace obchodu – ukázka',
      footer:
        'Ukázková aplikace systému Sésame. Nejde o TRACES NT: pouze ukazuje, co aplikace obdrží, když se přihlásíte.',
      homeTitle: 'Vítejte v TRACES NT (demo)',
      homeIntro:
        'Tato aplikace svěřuje vaše přihlášení systému Sésame, tak jako TRACES NT svěřuje přihlášení EU Login. Stejně jako TRACES NT vyžaduje aplikaci Sésame (úroveň MEDIUM): samotné heslo nestačí. Zvolte, jak se aplikace Sésame zeptá, kdo jste: výsledkem je stejná osoba se stejnou úrovní.',
      signedOut: 'Jste odhlášeni z TRACES NT (demo) i ze Sésame.',
      identityIntro: 'Toto TRACES NT (demo) obdržela od Sésame.',
      offer: 'TRACES NT (demo) vyžaduje aplikaci Sésame (úroveň MEDIUM): samotné heslo nestačí.',
    },
    bulletin: {
      appName: 'Bulletin sanitaire (demo)',
      tagline: 'Zprávy o zdraví zvířat – ukázka',
      footer:
        'Ukázková aplikace systému Sésame: veřejné informace, které otevře samotné heslo (úroveň BASIC), vedle TRACES NT (demo), která vyžaduje aplikaci Sésame.',
      homeTitle: 'Vítejte v Bulletin sanitaire (demo)',
      homeIntro:
        'Zpravodaje o zdraví zvířat vašeho útvaru. Veřejné informace: stačí vaše heslo (úroveň BASIC). Zvolte, jak se aplikace Sésame zeptá, kdo jste.',
      signedOut: 'Jste odhlášeni z Bulletin sanitaire (demo) i ze Sésame.',
      identityIntro:
        'Zpravodaj tohoto týdne je vám přístupný: stačilo vaše heslo (úroveň BASIC). Toto Bulletin sanitaire (demo) obdržel od Sésame.',
      offer: 'Bulletin sanitaire (demo) se otevře samotným heslem (úroveň BASIC).',
    },
    otherTitle: 'Druhá ukázková aplikace',
    otherLink: 'Otevřít {app}',
  },
  protocols: {
    cas: 'CAS 3.0, rozšíření EU Login',
    oidc: 'OpenID Connect 1.0',
  },
  levels: {
    BASIC: 'základní (heslo)',
    MEDIUM: 'střední (dva faktory)',
    HIGH: 'vysoká (certifikovaný hardware)',
  },
  strengths: {
    PASSWORD: 'Heslo',
    PASSWORD_SMS: 'Mobilní telefon + SMS',
    PASSWORD_TOTP: 'Ověřovací aplikace (TOTP)',
    PASSWORD_MOBILE_APP: 'Aplikace Sésame s kódem PIN',
    PASSWORD_SOFTWARE_TOKEN: 'Aplikace Sésame s kódem QR',
    MOBILE_APP: 'Na mobilu',
    PASSWORD_WEBAUTHN: 'Bezpečnostní klíč nebo důvěryhodná platforma',
    PASSWORD_RECOVERY_CODE: 'Kód pro obnovení',
    EIDAS: 'eID',
    PASSWORD_TOKEN: 'Hardwarový token',
    PASSWORD_TOKEN_CRAM: 'Hardwarový token typu výzva–odpověď',
    CLIENT_CERT: 'Klientský certifikát',
  },
  factors: {
    moniker: 'Heslo k účtu {value}',
    mobileDevice: 'Telefon s aplikací: {value}',
    mobilePhoneNumber: 'Číslo mobilního telefonu {value}',
    webauthnDevice: 'Bezpečnostní klíč: {value}',
    storkId: 'eID {value}',
    tokenId: 'Hardwarový token {value}',
    tokenCramId: 'Token typu výzva–odpověď {value}',
    other: '{kind}: {value}',
  },
  amr: {
    pwd: 'Heslo (pwd)',
    otp: 'Jednorázový kód (otp)',
    mfa: 'Více faktorů (mfa)',
    hwk: 'Hardwarový klíč (hwk)',
    swk: 'Softwarový klíč (swk)',
    pin: 'PIN (pin)',
    user: 'Přítomnost uživatele (user)',
    sms: 'SMS (sms)',
    face: 'Rozpoznání obličeje (face)',
    fpt: 'Otisk prstu (fpt)',
    pop: 'Prokázání držení (pop)',
    sc: 'Čipová karta (sc)',
    other: '{value}',
  },
  errors: {
    title: 'Přihlášení se nezdařilo',
    CAS_REFUSED: 'Sésame odmítl přihlašovací tiket ({code}). Přihlaste se znovu.',
    LEVEL_TOO_LOW:
      'Přihlásili jste se s úrovní ověření {level}; tato aplikace vyžaduje alespoň {required}. Nastavte si v Sésame silnější metodu ověření a přihlaste se znovu.',
    STRENGTH_NOT_ACCEPTED: 'Tato aplikace nepřijímá použitou metodu ověření. Přihlaste se jinou.',
    OIDC_REFUSED: 'Sésame vás nepřihlásil ({code}).',
    OIDC_FAILED: 'Odpověď Sésame se nepodařilo ověřit, proto nejste přihlášeni. Přihlaste se znovu.',
    SIGN_IN_EXPIRED: 'Toto přihlášení vypršelo nebo bylo zahájeno v jiném prohlížeči. Přihlaste se znovu.',
    SESAME_UNREACHABLE: 'Sésame je momentálně nedostupný. Zkuste to znovu za několik minut.',
    BAD_REQUEST: 'Požadavku nebylo možné porozumět. Vraťte se na domovskou stránku a zkuste to znovu.',
    FORBIDDEN: 'Tento požadavek nepochází z této aplikace. Nic nebylo změněno.',
    NOT_FOUND: 'Tato stránka neexistuje.',
    INTERNAL: 'Na naší straně došlo k chybě. Zkuste to znovu za několik minut.',
    backHome: 'Zpět na domovskou stránku',
  },
};
