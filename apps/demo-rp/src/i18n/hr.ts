import type { Messages } from './en';

/**
 * Croatian catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const hr: Messages = {
  meta: {
    language: 'Jezik',
    dateLocale: 'hr-HR',
  },
  layout: {
    appName: 'TRACES NT (demo)',
    tagline: 'Kontrola trgovine i certificiranje – demonstracija',
    skipToContent: 'Prijeđi na glavni sadržaj',
    navLabel: 'Sesija i jezik',
    signedInAs: 'Prijavljeni ste kao {name}',
    signOut: 'Odjava',
    footer:
      'Demonstracijska aplikacija sustava Sésame. To nije TRACES NT: samo pokazuje što aplikacija prima kada se prijavite.',
  },
  home: {
    title: 'Dobro došli u TRACES NT (demo)',
    intro:
      'Ova se aplikacija oslanja na Sésame za Vašu prijavu, kao što se TRACES NT oslanja na EU Login. Odaberite način na koji aplikacija pita Sésame tko ste: rezultat je ista osoba, s istom razinom.',
    casTitle: 'CAS (EU Login)',
    casBody:
      'Protokol sustava EU Login: aplikacija otvara transakciju prijave tražeći razinu {level}, a zatim provjerava kartu (ticket) koju Sésame vraća.',
    casButton: 'Prijava putem CAS-a (EU Login)',
    casPostLink: 'Ili s kartom (ticket) poslanom aplikaciji obrascem umjesto u adresi (CAS method=POST)',
    oidcTitle: 'OpenID Connect',
    oidcBody: 'Standardni protokol: autorizacijski kod s PKCE-om, a zatim ID Token koji potpisuje Sésame.',
    oidcButton: 'Prijava putem OpenID Connecta',
    signedIn: 'Prijavljeni ste.',
    seeIdentity: 'Pogledajte što je aplikacija primila',
    signedOut: 'Odjavljeni ste iz TRACES NT (demo) i iz sustava Sésame.',
  },
  identity: {
    title: 'Vaš identitet',
    intro: 'Ovo je TRACES NT (demo) primio od sustava Sésame.',
    viaCas: 'Prijava putem CAS-a (EU Login)',
    viaOidc: 'Prijava putem OpenID Connecta',
    uid: 'Identifikator korisnika',
    name: 'Ime',
    email: 'Adresa e-pošte',
    organisation: 'Organizacija',
    level: 'Razina autentifikacije',
    strengths: 'Jačine',
    factors: 'Čimbenici autentifikacije',
    protocol: 'Protokol',
    sso: 'Jedinstvena prijava (sso)',
    isFromNewLogin: 'Nova prijava (isFromNewLogin)',
    authTime: 'Autentificiran u sustavu Sésame',
    signedInAt: 'Prijavljen u ovu aplikaciju',
    received:
      'Sve primljeno ({count, plural, one {# atribut ili tvrdnja} few {# atributa ili tvrdnje} other {# atributa ili tvrdnji}})',
    receivedName: 'Naziv',
    receivedValue: 'Vrijednost',
    none: 'nema',
    unknown: 'nije navedeno',
    yes: 'da',
    no: 'ne',
    home: 'Natrag na početnu stranicu',
  },
  editions: {
    traces: {
      appName: 'TRACES NT (demo)',
      tagline: 'Kontrola trgovine i certificiranje – demonstracija',
      footer:
        'Demonstracijska aplikacija sustava Sésame. To nije TRACES NT: samo pokazuje što aplikacija prima kada se prijavite.',
      homeTitle: 'Dobro došli u TRACES NT (demo)',
      homeIntro:
        'Ova se aplikacija oslanja na Sésame za Vašu prijavu, kao što se TRACES NT oslanja na EU Login. Kao i TRACES NT, zahtijeva aplikaciju Sésame (razina MEDIUM): sama lozinka nije dovoljna za pristup. Odaberite način na koji aplikacija pita Sésame tko ste: rezultat je ista osoba, s istom razinom.',
      signedOut: 'Odjavljeni ste iz TRACES NT (demo) i iz sustava Sésame.',
      identityIntro: 'Ovo je TRACES NT (demo) primio od sustava Sésame.',
      offer: 'TRACES NT (demo) zahtijeva aplikaciju Sésame (razina MEDIUM): sama lozinka nije dovoljna za pristup.',
    },
    bulletin: {
      appName: 'Bulletin sanitaire (demo)',
      tagline: 'Vijesti o zdravlju životinja – demonstracija',
      footer:
        'Demonstracijska aplikacija sustava Sésame: javne informacije koje otvara sama lozinka (razina BASIC), uz TRACES NT (demo), koji zahtijeva aplikaciju Sésame.',
      homeTitle: 'Dobro došli u Bulletin sanitaire (demo)',
      homeIntro:
        'Bilteni o zdravlju životinja Vaše službe. Javne informacije: dovoljna je samo Vaša lozinka (razina BASIC). Odaberite način na koji aplikacija pita Sésame tko ste.',
      signedOut: 'Odjavljeni ste iz Bulletin sanitaire (demo) i iz sustava Sésame.',
      identityIntro:
        'Bilten ovog tjedna dostupan Vam je: bila je dovoljna Vaša lozinka (razina BASIC). Ovo je Bulletin sanitaire (demo) primio od sustava Sésame.',
      offer: 'Bulletin sanitaire (demo) otvara se samo lozinkom (razina BASIC).',
    },
    otherTitle: 'Druga demonstracijska aplikacija',
    otherLink: 'Otvori {app}',
  },
  protocols: {
    cas: 'CAS 3.0, proširenja EU Logina',
    oidc: 'OpenID Connect 1.0',
  },
  levels: {
    BASIC: 'osnovna (lozinka)',
    MEDIUM: 'srednja (dva čimbenika)',
    HIGH: 'visoka (certificirani hardver)',
  },
  strengths: {
    PASSWORD: 'Lozinka',
    PASSWORD_SMS: 'Mobilni telefon + SMS',
    PASSWORD_TOTP: 'Aplikacija za autentifikaciju (TOTP)',
    PASSWORD_MOBILE_APP: 'Aplikacija Sésame s PIN kodom',
    PASSWORD_SOFTWARE_TOKEN: 'Aplikacija Sésame s QR kodom',
    MOBILE_APP: 'Na mobilnom uređaju',
    PASSWORD_WEBAUTHN: 'Sigurnosni ključ ili pouzdana platforma',
    PASSWORD_RECOVERY_CODE: 'Kod za oporavak',
    EIDAS: 'eID',
    PASSWORD_TOKEN: 'Hardverski token',
    PASSWORD_TOKEN_CRAM: 'Hardverski token izazov-odgovor',
    CLIENT_CERT: 'Certifikat klijenta',
  },
  factors: {
    moniker: 'Lozinka računa {value}',
    mobileDevice: 'Telefon s aplikacijom: {value}',
    mobilePhoneNumber: 'Broj mobilnog telefona {value}',
    webauthnDevice: 'Sigurnosni ključ: {value}',
    storkId: 'eID {value}',
    tokenId: 'Hardverski token {value}',
    tokenCramId: 'Token izazov-odgovor {value}',
    other: '{kind}: {value}',
  },
  amr: {
    pwd: 'Lozinka (pwd)',
    otp: 'Jednokratni kod (otp)',
    mfa: 'Više čimbenika (mfa)',
    hwk: 'Ključ vezan uz hardver (hwk)',
    swk: 'Ključ vezan uz softver (swk)',
    pin: 'PIN (pin)',
    user: 'Prisutnost korisnika (user)',
    sms: 'SMS (sms)',
    face: 'Prepoznavanje lica (face)',
    fpt: 'Otisak prsta (fpt)',
    pop: 'Dokaz posjedovanja (pop)',
    sc: 'Pametna kartica (sc)',
    other: '{value}',
  },
  errors: {
    title: 'Prijava nije uspjela',
    CAS_REFUSED: 'Sésame je odbio kartu za prijavu ({code}). Ponovno se prijavite.',
    LEVEL_TOO_LOW:
      'Prijavili ste se s razinom autentifikacije {level}; ova aplikacija zahtijeva najmanje {required}. Postavite jaču metodu provjere u sustavu Sésame, a zatim se ponovno prijavite.',
    STRENGTH_NOT_ACCEPTED:
      'Ova aplikacija ne prihvaća metodu provjere koju ste upotrijebili. Prijavite se drugom metodom.',
    OIDC_REFUSED: 'Sésame Vas nije prijavio ({code}).',
    OIDC_FAILED: 'Odgovor sustava Sésame nije bilo moguće provjeriti pa niste prijavljeni. Ponovno se prijavite.',
    SIGN_IN_EXPIRED: 'Ova je prijava istekla ili je započeta u drugom pregledniku. Ponovno se prijavite.',
    SESAME_UNREACHABLE: 'Sésame trenutačno nije dostupan. Pokušajte ponovno za nekoliko minuta.',
    BAD_REQUEST: 'Zahtjev nije bilo moguće razumjeti. Vratite se na početnu stranicu i pokušajte ponovno.',
    FORBIDDEN: 'Ovaj zahtjev nije došao iz ove aplikacije. Ništa nije promijenjeno.',
    NOT_FOUND: 'Ova stranica ne postoji.',
    INTERNAL: 'Došlo je do pogreške na našoj strani. Pokušajte ponovno za nekoliko minuta.',
    backHome: 'Natrag na početnu stranicu',
  },
};
