import type { Messages } from './en';

/**
 * Hungarian catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const hu: Messages = {
  meta: {
    language: 'Nyelv',
    dateLocale: 'hu-HU',
  },
  layout: {
    appName: 'TRACES NT (demó)',
    tagline: 'Kereskedelemellenőrzés és tanúsítás – bemutató',
    skipToContent: 'Ugrás a fő tartalomra',
    navLabel: 'Munkamenet és nyelv',
    signedInAs: 'Bejelentkezve mint {name}',
    signOut: 'Kijelentkezés',
    footer:
      'A Sésame bemutató alkalmazása. Ez nem a TRACES NT: csak azt mutatja be, mit kap egy alkalmazás, amikor Ön bejelentkezik.',
  },
  home: {
    title: 'Üdvözöljük a TRACES NT (demó) alkalmazásban',
    intro:
      'Ez az alkalmazás a Sésame-ra bízza az Ön bejelentkeztetését, ahogyan a TRACES NT az EU Loginra. Válassza ki, hogyan kérdezze meg az alkalmazás a Sésame-tól, hogy Ön kicsoda: az eredmény ugyanaz a személy, ugyanazzal a szinttel.',
    casTitle: 'CAS (EU Login)',
    casBody:
      'Az EU Login protokollja: az alkalmazás bejelentkezési tranzakciót nyit, amely {level} szintet kér, majd ellenőrzi a Sésame által visszaadott jegyet.',
    casButton: 'Bejelentkezés CAS-szal (EU Login)',
    casPostLink: 'Vagy úgy, hogy a jegyet űrlap küldi el az alkalmazásnak, nem a cím tartalmazza (CAS method=POST)',
    oidcTitle: 'OpenID Connect',
    oidcBody:
      'A szabványos protokoll: engedélyezési kód PKCE-vel, majd a Sésame által aláírt azonosító token (ID Token).',
    oidcButton: 'Bejelentkezés OpenID Connecttel',
    signedIn: 'Ön be van jelentkezve.',
    seeIdentity: 'Mit kapott az alkalmazás?',
    signedOut: 'Ön kijelentkezett a TRACES NT (demó) alkalmazásból és a Sésame-ból.',
  },
  identity: {
    title: 'Az Ön személyazonossága',
    intro: 'Ezt kapta a TRACES NT (demó) a Sésame-tól.',
    viaCas: 'Bejelentkezve CAS-szal (EU Login)',
    viaOidc: 'Bejelentkezve OpenID Connecttel',
    uid: 'Felhasználói azonosító',
    name: 'Név',
    email: 'E-mail-cím',
    organisation: 'Szervezet',
    level: 'Hitelesítési szint',
    strengths: 'Erősségek',
    factors: 'Hitelesítési tényezők',
    protocol: 'Protokoll',
    sso: 'Egyszeri bejelentkezés (sso)',
    isFromNewLogin: 'Új bejelentkezés (isFromNewLogin)',
    authTime: 'Hitelesítés a Sésame-nál',
    signedInAt: 'Bejelentkezés ebbe az alkalmazásba',
    received: 'Minden kapott adat ({count, plural, one {# attribútum vagy jogcím} other {# attribútum vagy jogcím}})',
    receivedName: 'Név',
    receivedValue: 'Érték',
    none: 'nincs',
    unknown: 'nincs megadva',
    yes: 'igen',
    no: 'nem',
    home: 'Vissza a kezdőlapra',
  },
  editions: {
    traces: {
      appName: 'TRACES NT (demó)',
      tagline: 'Kereskedelemellenőrzés és tanúsítás – bemutató',
      footer:
        'A Sésame bemutató alkalmazása. Ez nem a TRACES NT: csak azt mutatja be, mit kap egy alkalmazás, amikor Ön bejelentkezik.',
      homeTitle: 'Üdvözöljük a TRACES NT (demó) alkalmazásban',
      homeIntro:
        'Ez az alkalmazás a Sésame-ra bízza az Ön bejelentkeztetését, ahogyan a TRACES NT az EU Loginra. A TRACES NT-hez hasonlóan a Sésame alkalmazást követeli meg (MEDIUM szint): jelszóval önmagában nem lehet belépni. Válassza ki, hogyan kérdezze meg az alkalmazás a Sésame-tól, hogy Ön kicsoda: az eredmény ugyanaz a személy, ugyanazzal a szinttel.',
      signedOut: 'Ön kijelentkezett a TRACES NT (demó) alkalmazásból és a Sésame-ból.',
      identityIntro: 'Ezt kapta a TRACES NT (demó) a Sésame-tól.',
      offer:
        'A TRACES NT (demó) a Sésame alkalmazást követeli meg (MEDIUM szint): jelszóval önmagában nem lehet belépni.',
    },
    bulletin: {
      appName: 'Bulletin sanitaire (demó)',
      tagline: 'Állategészségügyi hírek – bemutató',
      footer:
        'A Sésame bemutató alkalmazása: nyilvános információ, amelyhez elegendő egy jelszó (BASIC szint), a Sésame alkalmazást megkövetelő TRACES NT (demó) mellett.',
      homeTitle: 'Üdvözöljük a Bulletin sanitaire (demó) alkalmazásban',
      homeIntro:
        'Szolgálata állategészségügyi közlönyei. Nyilvános információ: elegendő a jelszava (BASIC szint). Válassza ki, hogyan kérdezze meg az alkalmazás a Sésame-tól, hogy Ön kicsoda.',
      signedOut: 'Ön kijelentkezett a Bulletin sanitaire (demó) alkalmazásból és a Sésame-ból.',
      identityIntro:
        'Az e heti közlöny elérhető az Ön számára: elegendő volt a jelszava (BASIC szint). Ezt kapta a Bulletin sanitaire (demó) a Sésame-tól.',
      offer: 'A Bulletin sanitaire (demó) egy jelszóval is megnyílik (BASIC szint).',
    },
    otherTitle: 'A másik bemutató alkalmazás',
    otherLink: 'Megnyitás: {app}',
  },
  protocols: {
    cas: 'CAS 3.0, EU Login-bővítmények',
    oidc: 'OpenID Connect 1.0',
  },
  levels: {
    BASIC: 'alap (jelszó)',
    MEDIUM: 'közepes (két tényező)',
    HIGH: 'magas (tanúsított hardver)',
  },
  strengths: {
    PASSWORD: 'Jelszó',
    PASSWORD_SMS: 'Mobiltelefon + SMS',
    PASSWORD_TOTP: 'Hitelesítő alkalmazás (TOTP)',
    PASSWORD_MOBILE_APP: 'Sésame alkalmazás PIN-kóddal',
    PASSWORD_SOFTWARE_TOKEN: 'Sésame alkalmazás QR-kóddal',
    MOBILE_APP: 'Mobilon',
    PASSWORD_WEBAUTHN: 'Biztonsági kulcs vagy megbízható platform',
    PASSWORD_RECOVERY_CODE: 'Helyreállító kód',
    EIDAS: 'eID',
    PASSWORD_TOKEN: 'Hardveres token',
    PASSWORD_TOKEN_CRAM: 'Kihívás–válasz alapú hardveres token',
    CLIENT_CERT: 'Ügyféltanúsítvány',
  },
  factors: {
    moniker: 'A(z) {value} fiók jelszava',
    mobileDevice: 'Telefon az alkalmazással: {value}',
    mobilePhoneNumber: 'Mobiltelefonszám: {value}',
    webauthnDevice: 'Biztonsági kulcs: {value}',
    storkId: 'eID {value}',
    tokenId: 'Hardveres token: {value}',
    tokenCramId: 'Kihívás–válasz alapú token: {value}',
    other: '{kind}: {value}',
  },
  amr: {
    pwd: 'Jelszó (pwd)',
    otp: 'Egyszer használatos kód (otp)',
    mfa: 'Több tényező (mfa)',
    hwk: 'Hardverhez kötött kulcs (hwk)',
    swk: 'Szoftverhez kötött kulcs (swk)',
    pin: 'PIN (pin)',
    user: 'Felhasználó jelenléte (user)',
    sms: 'SMS (sms)',
    face: 'Arcfelismerés (face)',
    fpt: 'Ujjlenyomat (fpt)',
    pop: 'Birtoklás igazolása (pop)',
    sc: 'Intelligens kártya (sc)',
    other: '{value}',
  },
  errors: {
    title: 'A bejelentkezés sikertelen',
    CAS_REFUSED: 'A Sésame elutasította a bejelentkezési jegyet ({code}). Jelentkezzen be újra.',
    LEVEL_TOO_LOW:
      'Ön {level} hitelesítési szinttel jelentkezett be; ez az alkalmazás legalább {required} szintet követel meg. Állítson be erősebb ellenőrzési módszert a Sésame-ban, majd jelentkezzen be újra.',
    STRENGTH_NOT_ACCEPTED:
      'Ez az alkalmazás nem fogadja el az Ön által használt ellenőrzési módszert. Jelentkezzen be egy másikkal.',
    OIDC_REFUSED: 'A Sésame nem jelentkeztette be Önt ({code}).',
    OIDC_FAILED: 'A Sésame válaszát nem sikerült ellenőrizni, ezért Ön nincs bejelentkezve. Jelentkezzen be újra.',
    SIGN_IN_EXPIRED: 'Ez a bejelentkezés lejárt, vagy egy másik böngészőben indult. Jelentkezzen be újra.',
    SESAME_UNREACHABLE: 'A Sésame jelenleg nem érhető el. Próbálja újra néhány perc múlva.',
    BAD_REQUEST: 'A kérelem nem volt értelmezhető. Térjen vissza a kezdőlapra, és próbálja újra.',
    FORBIDDEN: 'Ez a kérelem nem ebből az alkalmazásból érkezett. Semmi sem változott.',
    NOT_FOUND: 'Ez az oldal nem létezik.',
    INTERNAL: 'Hiba történt a mi oldalunkon. Próbálja újra néhány perc múlva.',
    backHome: 'Vissza a kezdőlapra',
  },
};
