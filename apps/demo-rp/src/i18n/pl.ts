import type { Messages } from './en';

/**
 * Polish catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const pl: Messages = {
  meta: {
    language: 'Język',
    dateLocale: 'pl-PL',
  },
  layout: {
    appName: 'TRACES NT (demo)',
    tagline: 'Kontrola i certyfikacja handlu — demonstracja',
    skipToContent: 'Przejdź do treści głównej',
    navLabel: 'Sesja i język',
    signedInAs: 'Zalogowano jako {name}',
    signOut: 'Wyloguj się',
    footer:
      'Aplikacja demonstracyjna Sésame. To nie jest TRACES NT: pokazuje jedynie, co aplikacja otrzymuje przy logowaniu.',
  },
  home: {
    title: 'Witamy w TRACES NT (demo)',
    intro:
      'Ta aplikacja powierza logowanie systemowi Sésame, tak jak TRACES NT powierza je EU Login. Proszę wybrać, w jaki sposób aplikacja pyta Sésame o tożsamość użytkownika: wynik to ta sama osoba, z tym samym poziomem.',
    casTitle: 'CAS (EU Login)',
    casBody:
      'Protokół EU Login: aplikacja otwiera transakcję logowania z żądaniem poziomu {level}, a następnie sprawdza bilet zwrócony przez Sésame.',
    casButton: 'Zaloguj się przez CAS (EU Login)',
    casPostLink: 'Lub z biletem wysłanym do aplikacji formularzem zamiast w adresie (CAS method=POST)',
    oidcTitle: 'OpenID Connect',
    oidcBody: 'Protokół standardowy: kod autoryzacji z PKCE, a następnie ID Token podpisany przez Sésame.',
    oidcButton: 'Zaloguj się przez OpenID Connect',
    signedIn: 'Zalogowano.',
    seeIdentity: 'Zobacz, co otrzymała aplikacja',
    signedOut: 'Wylogowano z TRACES NT (demo) i z Sésame.',
  },
  identity: {
    title: 'Tożsamość',
    intro: 'Oto co TRACES NT (demo) otrzymała od Sésame.',
    viaCas: 'Zalogowano przez CAS (EU Login)',
    viaOidc: 'Zalogowano przez OpenID Connect',
    uid: 'Identyfikator użytkownika',
    name: 'Imię i nazwisko',
    email: 'Adres e-mail',
    organisation: 'Organizacja',
    level: 'Poziom uwierzytelnienia',
    strengths: 'Metody uwierzytelniania',
    factors: 'Składniki uwierzytelniania',
    protocol: 'Protokół',
    sso: 'Jednokrotne logowanie (sso)',
    isFromNewLogin: 'Nowe logowanie (isFromNewLogin)',
    authTime: 'Uwierzytelniono w Sésame',
    signedInAt: 'Zalogowano do tej aplikacji',
    received:
      'Wszystkie otrzymane dane ({count, plural, one {# atrybut lub oświadczenie} few {# atrybuty lub oświadczenia} many {# atrybutów lub oświadczeń} other {# atrybutu lub oświadczenia}})',
    receivedName: 'Nazwa',
    receivedValue: 'Wartość',
    none: 'brak',
    unknown: 'nie podano',
    yes: 'tak',
    no: 'nie',
    home: 'Powrót do strony głównej',
  },
  editions: {
    traces: {
      appName: 'TRACES NT (demo)',
      tagline: 'Kontrola i certyfikacja handlu — demonstracja',
      footer:
        'Aplikacja demonstracyjna Sésame. To nie jest TRACES NT: pokazuje jedynie, co aplikacja otrzymuje przy logowaniu.',
      homeTitle: 'Witamy w TRACES NT (demo)',
      homeIntro:
        'Ta aplikacja powierza logowanie systemowi Sésame, tak jak TRACES NT powierza je EU Login. Podobnie jak TRACES NT wymaga aplikacji Sésame (poziom MEDIUM): samo hasło nie wystarcza. Proszę wybrać, w jaki sposób aplikacja pyta Sésame o tożsamość użytkownika: wynik to ta sama osoba, z tym samym poziomem.',
      signedOut: 'Wylogowano z TRACES NT (demo) i z Sésame.',
      identityIntro: 'Oto co TRACES NT (demo) otrzymała od Sésame.',
      offer: 'TRACES NT (demo) wymaga aplikacji Sésame (poziom MEDIUM): samo hasło nie wystarcza.',
    },
    bulletin: {
      appName: 'Bulletin sanitaire (demo)',
      tagline: 'Wiadomości o zdrowiu zwierząt — demonstracja',
      footer:
        'Aplikacja demonstracyjna Sésame: informacje publiczne dostępne po podaniu samego hasła (poziom BASIC), obok TRACES NT (demo), która wymaga aplikacji Sésame.',
      homeTitle: 'Witamy w Bulletin sanitaire (demo)',
      homeIntro:
        'Biuletyny o zdrowiu zwierząt Pana/Pani służby. Informacje publiczne: wystarczy samo hasło (poziom BASIC). Proszę wybrać, w jaki sposób aplikacja pyta Sésame o tożsamość użytkownika.',
      signedOut: 'Wylogowano z Bulletin sanitaire (demo) i z Sésame.',
      identityIntro:
        'Biuletyn z tego tygodnia jest dostępny: wystarczyło hasło (poziom BASIC). Oto co Bulletin sanitaire (demo) otrzymał od Sésame.',
      offer: 'Bulletin sanitaire (demo) otwiera się po podaniu samego hasła (poziom BASIC).',
    },
    otherTitle: 'Druga aplikacja demonstracyjna',
    otherLink: 'Otwórz {app}',
  },
  protocols: {
    cas: 'CAS 3.0, rozszerzenia EU Login',
    oidc: 'OpenID Connect 1.0',
  },
  levels: {
    BASIC: 'podstawowy (hasło)',
    MEDIUM: 'średni (dwa składniki)',
    HIGH: 'wysoki (certyfikowany sprzęt)',
  },
  strengths: {
    PASSWORD: 'Hasło',
    PASSWORD_SMS: 'Telefon komórkowy + SMS',
    PASSWORD_TOTP: 'Aplikacja uwierzytelniająca (TOTP)',
    PASSWORD_MOBILE_APP: 'Aplikacja Sésame z kodem PIN',
    PASSWORD_SOFTWARE_TOKEN: 'Aplikacja Sésame z kodem QR',
    MOBILE_APP: 'Na urządzeniu mobilnym',
    PASSWORD_WEBAUTHN: 'Klucz bezpieczeństwa lub zaufana platforma',
    PASSWORD_RECOVERY_CODE: 'Kod odzyskiwania',
    EIDAS: 'eID',
    PASSWORD_TOKEN: 'Token sprzętowy',
    PASSWORD_TOKEN_CRAM: 'Token sprzętowy typu wyzwanie-odpowiedź',
    CLIENT_CERT: 'Certyfikat klienta',
  },
  factors: {
    moniker: 'Hasło do konta {value}',
    mobileDevice: 'Telefon z aplikacją: {value}',
    mobilePhoneNumber: 'Numer telefonu komórkowego {value}',
    webauthnDevice: 'Klucz bezpieczeństwa: {value}',
    storkId: 'eID {value}',
    tokenId: 'Token sprzętowy {value}',
    tokenCramId: 'Token typu wyzwanie-odpowiedź {value}',
    other: '{kind}: {value}',
  },
  amr: {
    pwd: 'Hasło (pwd)',
    otp: 'Kod jednorazowy (otp)',
    mfa: 'Kilka składników (mfa)',
    hwk: 'Klucz sprzętowy (hwk)',
    swk: 'Klucz programowy (swk)',
    pin: 'PIN (pin)',
    user: 'Obecność użytkownika (user)',
    sms: 'SMS (sms)',
    face: 'Rozpoznawanie twarzy (face)',
    fpt: 'Odcisk palca (fpt)',
    pop: 'Dowód posiadania (pop)',
    sc: 'Karta inteligentna (sc)',
    other: '{value}',
  },
  errors: {
    title: 'Logowanie nie powiodło się',
    CAS_REFUSED: 'Sésame odrzucił bilet logowania ({code}). Proszę zalogować się ponownie.',
    LEVEL_TOO_LOW:
      'Logowanie nastąpiło z poziomem uwierzytelnienia {level}; ta aplikacja wymaga co najmniej poziomu {required}. Proszę skonfigurować silniejszą metodę weryfikacji w Sésame i zalogować się ponownie.',
    STRENGTH_NOT_ACCEPTED: 'Ta aplikacja nie akceptuje użytej metody weryfikacji. Proszę zalogować się inną metodą.',
    OIDC_REFUSED: 'Sésame nie zalogował użytkownika ({code}).',
    OIDC_FAILED:
      'Nie udało się zweryfikować odpowiedzi Sésame, dlatego logowanie nie nastąpiło. Proszę zalogować się ponownie.',
    SIGN_IN_EXPIRED: 'To logowanie wygasło lub zostało rozpoczęte w innej przeglądarce. Proszę zalogować się ponownie.',
    SESAME_UNREACHABLE: 'Sésame jest obecnie niedostępny. Proszę spróbować ponownie za kilka minut.',
    BAD_REQUEST: 'Nie udało się zrozumieć żądania. Proszę wrócić do strony głównej i spróbować ponownie.',
    FORBIDDEN: 'To żądanie nie pochodzi z tej aplikacji. Niczego nie zmieniono.',
    NOT_FOUND: 'Ta strona nie istnieje.',
    INTERNAL: 'Wystąpił błąd po naszej stronie. Proszę spróbować ponownie za kilka minut.',
    backHome: 'Powrót do strony głównej',
  },
};
