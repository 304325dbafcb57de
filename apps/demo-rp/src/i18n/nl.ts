import type { Messages } from './en';

/**
 * Dutch catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const nl: Messages = {
  meta: {
    language: 'Taal',
    dateLocale: 'nl-NL',
  },
  layout: {
    appName: 'TRACES NT (demo)',
    tagline: 'Handelscontrole en certificering – demonstratie',
    skipToContent: 'Naar de hoofdinhoud',
    navLabel: 'Sessie en taal',
    signedInAs: 'Aangemeld als {name}',
    signOut: 'Afmelden',
    footer:
      'Demonstratieapplicatie van Sésame. Dit is niet TRACES NT: ze toont alleen wat een applicatie ontvangt wanneer u zich aanmeldt.',
  },
  home: {
    title: 'Welkom bij TRACES NT (demo)',
    intro:
      'Deze applicatie vertrouwt op Sésame om u aan te melden, zoals TRACES NT op EU Login vertrouwt. Kies hoe de applicatie aan Sésame vraagt wie u bent: het resultaat is dezelfde persoon, met hetzelfde niveau.',
    casTitle: 'CAS (EU Login)',
    casBody:
      'Het protocol van EU Login: de applicatie opent een aanmeldingstransactie met het niveau {level} en controleert daarna het ticket dat Sésame teruggeeft.',
    casButton: 'Aanmelden met CAS (EU Login)',
    casPostLink: 'Of met het ticket via een formulier naar de applicatie in plaats van in het adres (CAS method=POST)',
    oidcTitle: 'OpenID Connect',
    oidcBody: 'Het standaardprotocol: autorisatiecode met PKCE, daarna een ID Token ondertekend door Sésame.',
    oidcButton: 'Aanmelden met OpenID Connect',
    signedIn: 'U bent aangemeld.',
    seeIdentity: 'Bekijken wat de applicatie heeft ontvangen',
    signedOut: 'U bent afgemeld bij TRACES NT (demo) en bij Sésame.',
  },
  identity: {
    title: 'Uw identiteit',
    intro: 'Dit heeft TRACES NT (demo) van Sésame ontvangen.',
    viaCas: 'Aangemeld met CAS (EU Login)',
    viaOidc: 'Aangemeld met OpenID Connect',
    uid: 'Gebruikers-id',
    name: 'Naam',
    email: 'E-mailadres',
    organisation: 'Organisatie',
    level: 'Authenticatieniveau',
    strengths: 'Sterktes',
    factors: 'Authenticatiefactoren',
    protocol: 'Protocol',
    sso: 'Eenmalige aanmelding (sso)',
    isFromNewLogin: 'Nieuwe aanmelding (isFromNewLogin)',
    authTime: 'Geauthenticeerd bij Sésame',
    signedInAt: 'Aangemeld bij deze applicatie',
    received: 'Alles wat is ontvangen ({count, plural, one {# attribuut of claim} other {# attributen of claims}})',
    receivedName: 'Naam',
    receivedValue: 'Waarde',
    none: 'geen',
    unknown: 'niet vermeld',
    yes: 'ja',
    no: 'nee',
    home: 'Terug naar de startpagina',
  },
  editions: {
    traces: {
      appName: 'TRACES NT (demo)',
      tagline: 'Handelscontrole en certificering – demonstratie',
      footer:
        'Demonstratieapplicatie van Sésame. Dit is niet TRACES NT: ze toont alleen wat een applicatie ontvangt wanneer u zich aanmeldt.',
      homeTitle: 'Welkom bij TRACES NT (demo)',
      homeIntro:
        'Deze applicatie vertrouwt op Sésame om u aan te melden, zoals TRACES NT op EU Login vertrouwt. Net als TRACES NT vereist ze de Sésame-app (niveau MEDIUM): met alleen een wachtwoord komt u er niet in. Kies hoe de applicatie aan Sésame vraagt wie u bent: het resultaat is dezelfde persoon, met hetzelfde niveau.',
      signedOut: 'U bent afgemeld bij TRACES NT (demo) en bij Sésame.',
      identityIntro: 'Dit heeft TRACES NT (demo) van Sésame ontvangen.',
      offer: 'TRACES NT (demo) vereist de Sésame-app (niveau MEDIUM): met alleen een wachtwoord komt u er niet in.',
    },
    bulletin: {
      appName: 'Bulletin sanitaire (demo)',
      tagline: 'Nieuws over diergezondheid – demonstratie',
      footer:
        'Demonstratieapplicatie van Sésame: openbare informatie die met alleen een wachtwoord opengaat (niveau BASIC), naast TRACES NT (demo), dat de Sésame-app vereist.',
      homeTitle: 'Welkom bij Bulletin sanitaire (demo)',
      homeIntro:
        'De diergezondheidsbulletins van uw dienst. Openbare informatie: uw wachtwoord alleen is voldoende (niveau BASIC). Kies hoe de applicatie aan Sésame vraagt wie u bent.',
      signedOut: 'U bent afgemeld bij Bulletin sanitaire (demo) en bij Sésame.',
      identityIntro:
        'Het bulletin van deze week staat voor u open: uw wachtwoord was voldoende (niveau BASIC). Dit heeft Bulletin sanitaire (demo) van Sésame ontvangen.',
      offer: 'Bulletin sanitaire (demo) gaat open met alleen een wachtwoord (niveau BASIC).',
    },
    otherTitle: 'De andere demoapplicatie',
    otherLink: '{app} openen',
  },
  protocols: {
    cas: 'CAS 3.0, EU Login-extensies',
    oidc: 'OpenID Connect 1.0',
  },
  levels: {
    BASIC: 'basis (wachtwoord)',
    MEDIUM: 'gemiddeld (twee factoren)',
    HIGH: 'hoog (gecertificeerde hardware)',
  },
  strengths: {
    PASSWORD: 'Wachtwoord',
    PASSWORD_SMS: 'Mobiele telefoon + sms',
    PASSWORD_TOTP: 'Authenticator-app (TOTP)',
    PASSWORD_MOBILE_APP: 'Sésame-app met pincode',
    PASSWORD_SOFTWARE_TOKEN: 'Sésame-app met QR-code',
    MOBILE_APP: 'Op mobiel',
    PASSWORD_WEBAUTHN: 'Beveiligingssleutel of vertrouwd platform',
    PASSWORD_RECOVERY_CODE: 'Herstelcode',
    EIDAS: 'eID',
    PASSWORD_TOKEN: 'Hardwaretoken',
    PASSWORD_TOKEN_CRAM: 'Challenge-response-hardwaretoken',
    CLIENT_CERT: 'Clientcertificaat',
  },
  factors: {
    moniker: 'Wachtwoord van het account {value}',
    mobileDevice: 'Telefoon met de app: {value}',
    mobilePhoneNumber: 'Mobiel telefoonnummer {value}',
    webauthnDevice: 'Beveiligingssleutel: {value}',
    storkId: 'eID {value}',
    tokenId: 'Hardwaretoken {value}',
    tokenCramId: 'Challenge-responsetoken {value}',
    other: '{kind}: {value}',
  },
  amr: {
    pwd: 'Wachtwoord (pwd)',
    otp: 'Eenmalige code (otp)',
    mfa: 'Meerdere factoren (mfa)',
    hwk: 'Hardwaregebonden sleutel (hwk)',
    swk: 'Softwaregebonden sleutel (swk)',
    pin: 'Pincode (pin)',
    user: 'Aanwezigheid van de gebruiker (user)',
    sms: 'Sms (sms)',
    face: 'Gezichtsherkenning (face)',
    fpt: 'Vingerafdruk (fpt)',
    pop: 'Bewijs van bezit (pop)',
    sc: 'Chipkaart (sc)',
    other: '{value}',
  },
  errors: {
    title: 'Aanmelding mislukt',
    CAS_REFUSED: 'Sésame heeft het aanmeldingsticket geweigerd ({code}). Meld u opnieuw aan.',
    LEVEL_TOO_LOW:
      'U hebt zich aangemeld met het authenticatieniveau {level}; deze applicatie vereist minstens {required}. Stel in Sésame een sterkere verificatiemethode in en meld u daarna opnieuw aan.',
    STRENGTH_NOT_ACCEPTED:
      'Deze applicatie aanvaardt de verificatiemethode die u hebt gebruikt niet. Meld u aan met een andere.',
    OIDC_REFUSED: 'Sésame heeft u niet aangemeld ({code}).',
    OIDC_FAILED:
      'Het antwoord van Sésame kon niet worden gecontroleerd, dus u bent niet aangemeld. Meld u opnieuw aan.',
    SIGN_IN_EXPIRED: 'Deze aanmelding is verlopen of is in een andere browser begonnen. Meld u opnieuw aan.',
    SESAME_UNREACHABLE: 'Sésame is op dit moment niet bereikbaar. Probeer het over enkele minuten opnieuw.',
    BAD_REQUEST: 'Het verzoek kon niet worden begrepen. Ga terug naar de startpagina en probeer het opnieuw.',
    FORBIDDEN: 'Dit verzoek kwam niet van deze applicatie. Er is niets gewijzigd.',
    NOT_FOUND: 'Deze pagina bestaat niet.',
    INTERNAL: 'Er is aan onze kant iets misgegaan. Probeer het over enkele minuten opnieuw.',
    backHome: 'Terug naar de startpagina',
  },
};
