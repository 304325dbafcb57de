import type { Messages } from './en';

/**
 * Slovenian catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const sl: Messages = {
  meta: {
    language: 'Jezik',
    dateLocale: 'sl-SI',
  },
  layout: {
    appName: 'TRACES NT (demo)',
    tagline: 'Nadzor in certificiranje trgovine – predstavitev',
    skipToContent: 'Preskoči na glavno vsebino',
    navLabel: 'Seja in jezik',
    signedInAs: 'Prijavljeni kot {name}',
    signOut: 'Odjava',
    footer:
      'Predstavitvena aplikacija sistema Sésame. To ni TRACES NT: le prikazuje, kaj aplikacija prejme, ko se prijavite.',
  },
  home: {
    title: 'Dobrodošli v TRACES NT (demo)',
    intro:
      'Ta aplikacija vašo prijavo zaupa sistemu Sésame, tako kot TRACES NT zaupa EU Login. Izberite, kako aplikacija vpraša Sésame, kdo ste: rezultat je ista oseba z isto ravnjo.',
    casTitle: 'CAS (EU Login)',
    casBody:
      'Protokol EU Login: aplikacija odpre transakcijo prijave z zahtevo za raven {level}, nato preveri vstopnico, ki jo vrne Sésame.',
    casButton: 'Prijava prek CAS (EU Login)',
    casPostLink: 'Ali z vstopnico, poslano aplikaciji z obrazcem namesto v naslovu (CAS method=POST)',
    oidcTitle: 'OpenID Connect',
    oidcBody: 'Standardni protokol: avtorizacijska koda s PKCE, nato ID Token, ki ga podpiše Sésame.',
    oidcButton: 'Prijava prek OpenID Connect',
    signedIn: 'Prijavljeni ste.',
    seeIdentity: 'Poglejte, kaj je aplikacija prejela',
    signedOut: 'Odjavljeni ste iz TRACES NT (demo) in iz Sésame.',
  },
  identity: {
    title: 'Vaša identiteta',
    intro: 'To je TRACES NT (demo) prejela od Sésame.',
    viaCas: 'Prijava prek CAS (EU Login)',
    viaOidc: 'Prijava prek OpenID Connect',
    uid: 'Identifikator uporabnika',
    name: 'Ime',
    email: 'E-poštni naslov',
    organisation: 'Organizacija',
    level: 'Raven preverjanja pristnosti',
    strengths: 'Načini preverjanja',
    factors: 'Dejavniki preverjanja pristnosti',
    protocol: 'Protokol',
    sso: 'Enotna prijava (sso)',
    isFromNewLogin: 'Nova prijava (isFromNewLogin)',
    authTime: 'Preverjeno v Sésame',
    signedInAt: 'Prijavljeni v to aplikacijo',
    received:
      'Vse prejeto ({count, plural, one {# atribut ali trditev} two {# atributa ali trditvi} few {# atributi ali trditve} other {# atributov ali trditev}})',
    receivedName: 'Ime',
    receivedValue: 'Vrednost',
    none: 'nič',
    unknown: 'ni navedeno',
    yes: 'da',
    no: 'ne',
    home: 'Nazaj na domačo stran',
  },
  editions: {
    traces: {
      appName: 'TRACES NT (demo)',
      tagline: 'Nadzor in certificiranje trgovine – predstavitev',
      footer:
        'Predstavitvena aplikacija sistema Sésame. To ni TRACES NT: le prikazuje, kaj aplikacija prejme, ko se prijavite.',
      homeTitle: 'Dobrodošli v TRACES NT (demo)',
      homeIntro:
        'Ta aplikacija vašo prijavo zaupa sistemu Sésame, tako kot TRACES NT zaupa EU Login. Tako kot TRACES NT zahteva aplikacijo Sésame (raven MEDIUM): samo geslo ne zadošča. Izberite, kako aplikacija vpraša Sésame, kdo ste: rezultat je ista oseba z isto ravnjo.',
      signedOut: 'Odjavljeni ste iz TRACES NT (demo) in iz Sésame.',
      identityIntro: 'To je TRACES NT (demo) prejela od Sésame.',
      offer: 'TRACES NT (demo) zahteva aplikacijo Sésame (raven MEDIUM): samo geslo ne zadošča.',
    },
    bulletin: {
      appName: 'Bulletin sanitaire (demo)',
      tagline: 'Novice o zdravju živali – predstavitev',
      footer:
        'Predstavitvena aplikacija sistema Sésame: javne informacije, ki jih odpre že samo geslo (raven BASIC), poleg TRACES NT (demo), ki zahteva aplikacijo Sésame.',
      homeTitle: 'Dobrodošli v Bulletin sanitaire (demo)',
      homeIntro:
        'Bilteni o zdravju živali vaše službe. Javne informacije: zadošča že vaše geslo (raven BASIC). Izberite, kako aplikacija vpraša Sésame, kdo ste.',
      signedOut: 'Odjavljeni ste iz Bulletin sanitaire (demo) in iz Sésame.',
      identityIntro:
        'Bilten tega tedna vam je na voljo: zadoščalo je vaše geslo (raven BASIC). To je Bulletin sanitaire (demo) prejel od Sésame.',
      offer: 'Bulletin sanitaire (demo) se odpre že s samim geslom (raven BASIC).',
    },
    otherTitle: 'Druga predstavitvena aplikacija',
    otherLink: 'Odpri {app}',
  },
  protocols: {
    cas: 'CAS 3.0, razširitve EU Login',
    oidc: 'OpenID Connect 1.0',
  },
  levels: {
    BASIC: 'osnovna (geslo)',
    MEDIUM: 'srednja (dva dejavnika)',
    HIGH: 'visoka (certificirana strojna oprema)',
  },
  strengths: {
    PASSWORD: 'Geslo',
    PASSWORD_SMS: 'Mobilni telefon + SMS',
    PASSWORD_TOTP: 'Aplikacija za preverjanje pristnosti (TOTP)',
    PASSWORD_MOBILE_APP: 'Aplikacija Sésame s kodo PIN',
    PASSWORD_SOFTWARE_TOKEN: 'Aplikacija Sésame s kodo QR',
    MOBILE_APP: 'Na mobilni napravi',
    PASSWORD_WEBAUTHN: 'Varnostni ključ ali zaupanja vredna platforma',
    PASSWORD_RECOVERY_CODE: 'Obnovitvena koda',
    EIDAS: 'eID',
    PASSWORD_TOKEN: 'Strojni žeton',
    PASSWORD_TOKEN_CRAM: 'Strojni žeton tipa izziv–odziv',
    CLIENT_CERT: 'Odjemalsko potrdilo',
  },
  factors: {
    moniker: 'Geslo računa {value}',
    mobileDevice: 'Telefon z aplikacijo: {value}',
    mobilePhoneNumber: 'Številka mobilnega telefona {value}',
    webauthnDevice: 'Varnostni ključ: {value}',
    storkId: 'eID {value}',
    tokenId: 'Strojni žeton {value}',
    tokenCramId: 'Žeton tipa izziv–odziv {value}',
    other: '{kind}: {value}',
  },
  amr: {
    pwd: 'Geslo (pwd)',
    otp: 'Enkratna koda (otp)',
    mfa: 'Več dejavnikov (mfa)',
    hwk: 'Strojni ključ (hwk)',
    swk: 'Programski ključ (swk)',
    pin: 'PIN (pin)',
    user: 'Prisotnost uporabnika (user)',
    sms: 'SMS (sms)',
    face: 'Prepoznavanje obraza (face)',
    fpt: 'Prstni odtis (fpt)',
    pop: 'Dokaz posedovanja (pop)',
    sc: 'Pametna kartica (sc)',
    other: '{value}',
  },
  errors: {
    title: 'Prijava ni uspela',
    CAS_REFUSED: 'Sésame je zavrnil vstopnico za prijavo ({code}). Znova se prijavite.',
    LEVEL_TOO_LOW:
      'Prijavili ste se z ravnjo preverjanja pristnosti {level}; ta aplikacija zahteva vsaj {required}. V Sésame nastavite močnejši način preverjanja, nato se znova prijavite.',
    STRENGTH_NOT_ACCEPTED: 'Ta aplikacija ne sprejema uporabljenega načina preverjanja. Prijavite se z drugim.',
    OIDC_REFUSED: 'Sésame vas ni prijavil ({code}).',
    OIDC_FAILED: 'Odgovora Sésame ni bilo mogoče preveriti, zato niste prijavljeni. Znova se prijavite.',
    SIGN_IN_EXPIRED: 'Ta prijava je potekla ali je bila začeta v drugem brskalniku. Znova se prijavite.',
    SESAME_UNREACHABLE: 'Sésame trenutno ni dosegljiv. Poskusite znova čez nekaj minut.',
    BAD_REQUEST: 'Zahteve ni bilo mogoče razumeti. Vrnite se na domačo stran in poskusite znova.',
    FORBIDDEN: 'Ta zahteva ne prihaja iz te aplikacije. Nič ni bilo spremenjeno.',
    NOT_FOUND: 'Ta stran ne obstaja.',
    INTERNAL: 'Na naši strani je prišlo do napake. Poskusite znova čez nekaj minut.',
    backHome: 'Nazaj na domačo stran',
  },
};
