import type { Messages } from './en';

/**
 * Finnish catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const fi: Messages = {
  meta: {
    language: 'Kieli',
    dateLocale: 'fi-FI',
  },
  layout: {
    appName: 'TRACES NT (demo)',
    tagline: 'Kaupan valvonta ja sertifiointi – esittely',
    skipToContent: 'Siirry pääsisältöön',
    navLabel: 'Istunto ja kieli',
    signedInAs: 'Kirjautunut: {name}',
    signOut: 'Kirjaudu ulos',
    footer:
      'Sésamen esittelysovellus. Tämä ei ole TRACES NT: se näyttää vain, mitä sovellus saa, kun kirjaudut sisään.',
  },
  home: {
    title: 'Tervetuloa TRACES NT (demo) -sovellukseen',
    intro:
      'Tämä sovellus luottaa kirjautumisessa Sésameen, kuten TRACES NT luottaa EU Loginiin. Valitse, miten sovellus kysyy Sésamelta, kuka olet: tuloksena on sama henkilö samalla tasolla.',
    casTitle: 'CAS (EU Login)',
    casBody:
      'EU Loginin protokolla: sovellus avaa kirjautumistapahtuman, joka pyytää tasoa {level}, ja tarkistaa sitten Sésamen palauttaman lipun.',
    casButton: 'Kirjaudu CAS-protokollalla (EU Login)',
    casPostLink: 'Tai niin, että lippu lähetetään sovellukselle lomakkeella eikä osoitteessa (CAS method=POST)',
    oidcTitle: 'OpenID Connect',
    oidcBody: 'Standardiprotokolla: valtuutuskoodi ja PKCE, sitten Sésamen allekirjoittama ID Token -tunniste.',
    oidcButton: 'Kirjaudu OpenID Connectilla',
    signedIn: 'Olet kirjautunut sisään.',
    seeIdentity: 'Katso, mitä sovellus sai',
    signedOut: 'Olet kirjautunut ulos TRACES NT (demo) -sovelluksesta ja Sésamesta.',
  },
  identity: {
    title: 'Henkilöllisyytesi',
    intro: 'Tämän TRACES NT (demo) sai Sésamelta.',
    viaCas: 'Kirjautunut CAS-protokollalla (EU Login)',
    viaOidc: 'Kirjautunut OpenID Connectilla',
    uid: 'Käyttäjätunnus',
    name: 'Nimi',
    email: 'Sähköpostiosoite',
    organisation: 'Organisaatio',
    level: 'Tunnistautumistaso',
    strengths: 'Vahvuudet',
    factors: 'Tunnistautumistekijät',
    protocol: 'Protokolla',
    sso: 'Kertakirjautuminen (sso)',
    isFromNewLogin: 'Uusi kirjautuminen (isFromNewLogin)',
    authTime: 'Tunnistautunut Sésamessa',
    signedInAt: 'Kirjautunut tähän sovellukseen',
    received:
      'Kaikki vastaanotettu ({count, plural, one {# attribuutti tai väite} other {# attribuuttia tai väitettä}})',
    receivedName: 'Nimi',
    receivedValue: 'Arvo',
    none: 'ei mitään',
    unknown: 'ei ilmoitettu',
    yes: 'kyllä',
    no: 'ei',
    home: 'Takaisin etusivulle',
  },
  editions: {
    traces: {
      appName: 'TRACES NT (demo)',
      tagline: 'Kaupan valvonta ja sertifiointi – esittely',
      footer:
        'Sésamen esittelysovellus. Tämä ei ole TRACES NT: se näyttää vain, mitä sovellus saa, kun kirjaudut sisään.',
      homeTitle: 'Tervetuloa TRACES NT (demo) -sovellukseen',
      homeIntro:
        'Tämä sovellus luottaa kirjautumisessa Sésameen, kuten TRACES NT luottaa EU Loginiin. TRACES NT:n tavoin se edellyttää Sésame-sovellusta (taso MEDIUM): pelkällä salasanalla ei pääse sisään. Valitse, miten sovellus kysyy Sésamelta, kuka olet: tuloksena on sama henkilö samalla tasolla.',
      signedOut: 'Olet kirjautunut ulos TRACES NT (demo) -sovelluksesta ja Sésamesta.',
      identityIntro: 'Tämän TRACES NT (demo) sai Sésamelta.',
      offer: 'TRACES NT (demo) edellyttää Sésame-sovellusta (taso MEDIUM): pelkällä salasanalla ei pääse sisään.',
    },
    bulletin: {
      appName: 'Bulletin sanitaire (demo)',
      tagline: 'Eläinterveysuutiset – esittely',
      footer:
        'Sésamen esittelysovellus: julkista tietoa, jonka pelkkä salasana avaa (taso BASIC), Sésame-sovellusta edellyttävän TRACES NT (demo) -sovelluksen rinnalla.',
      homeTitle: 'Tervetuloa Bulletin sanitaire (demo) -sovellukseen',
      homeIntro:
        'Yksikkösi eläinterveystiedotteet. Julkista tietoa: pelkkä salasana riittää (taso BASIC). Valitse, miten sovellus kysyy Sésamelta, kuka olet.',
      signedOut: 'Olet kirjautunut ulos Bulletin sanitaire (demo) -sovelluksesta ja Sésamesta.',
      identityIntro:
        'Tämän viikon tiedote on avoinna sinulle: salasanasi riitti (taso BASIC). Tämän Bulletin sanitaire (demo) sai Sésamelta.',
      offer: 'Bulletin sanitaire (demo) avautuu pelkällä salasanalla (taso BASIC).',
    },
    otherTitle: 'Toinen esittelysovellus',
    otherLink: 'Avaa {app}',
  },
  protocols: {
    cas: 'CAS 3.0, EU Login -laajennukset',
    oidc: 'OpenID Connect 1.0',
  },
  levels: {
    BASIC: 'perustaso (salasana)',
    MEDIUM: 'keskitaso (kaksi tekijää)',
    HIGH: 'korkea taso (sertifioitu laitteisto)',
  },
  strengths: {
    PASSWORD: 'Salasana',
    PASSWORD_SMS: 'Matkapuhelin + tekstiviesti',
    PASSWORD_TOTP: 'Todennussovellus (TOTP)',
    PASSWORD_MOBILE_APP: 'Sésame-sovellus PIN-koodilla',
    PASSWORD_SOFTWARE_TOKEN: 'Sésame-sovellus QR-koodilla',
    MOBILE_APP: 'Mobiililla',
    PASSWORD_WEBAUTHN: 'Suojausavain tai luotettu alusta',
    PASSWORD_RECOVERY_CODE: 'Palautuskoodi',
    EIDAS: 'eID',
    PASSWORD_TOKEN: 'Laitteistotunniste',
    PASSWORD_TOKEN_CRAM: 'Haaste–vastaus-laitteistotunniste',
    CLIENT_CERT: 'Asiakasvarmenne',
  },
  factors: {
    moniker: 'Tilin {value} salasana',
    mobileDevice: 'Puhelin, jossa on sovellus: {value}',
    mobilePhoneNumber: 'Matkapuhelinnumero {value}',
    webauthnDevice: 'Suojausavain: {value}',
    storkId: 'eID {value}',
    tokenId: 'Laitteistotunniste {value}',
    tokenCramId: 'Haaste–vastaus-tunniste {value}',
    other: '{kind}: {value}',
  },
  amr: {
    pwd: 'Salasana (pwd)',
    otp: 'Kertakäyttökoodi (otp)',
    mfa: 'Useita tekijöitä (mfa)',
    hwk: 'Laitteistoon sidottu avain (hwk)',
    swk: 'Ohjelmistoon sidottu avain (swk)',
    pin: 'PIN (pin)',
    user: 'Käyttäjän läsnäolo (user)',
    sms: 'Tekstiviesti (sms)',
    face: 'Kasvojentunnistus (face)',
    fpt: 'Sormenjälki (fpt)',
    pop: 'Hallussapidon todiste (pop)',
    sc: 'Älykortti (sc)',
    other: '{value}',
  },
  errors: {
    title: 'Kirjautuminen epäonnistui',
    CAS_REFUSED: 'Sésame hylkäsi kirjautumislipun ({code}). Kirjaudu uudelleen.',
    LEVEL_TOO_LOW:
      'Kirjauduit tunnistautumistasolla {level}; tämä sovellus edellyttää vähintään tasoa {required}. Ota Sésamessa käyttöön vahvempi vahvistusmenetelmä ja kirjaudu sitten uudelleen.',
    STRENGTH_NOT_ACCEPTED: 'Tämä sovellus ei hyväksy käyttämääsi vahvistusmenetelmää. Kirjaudu toisella menetelmällä.',
    OIDC_REFUSED: 'Sésame ei kirjannut sinua sisään ({code}).',
    OIDC_FAILED: 'Sésamen vastausta ei voitu tarkistaa, joten et ole kirjautunut sisään. Kirjaudu uudelleen.',
    SIGN_IN_EXPIRED: 'Tämä kirjautuminen on vanhentunut tai se aloitettiin toisessa selaimessa. Kirjaudu uudelleen.',
    SESAME_UNREACHABLE: 'Sésameen ei juuri nyt saada yhteyttä. Yritä uudelleen muutaman minuutin kuluttua.',
    BAD_REQUEST: 'Pyyntöä ei ymmärretty. Palaa etusivulle ja yritä uudelleen.',
    FORBIDDEN: 'Tämä pyyntö ei tullut tästä sovelluksesta. Mitään ei muutettu.',
    NOT_FOUND: 'Tätä sivua ei ole olemassa.',
    INTERNAL: 'Meidän päässämme tapahtui virhe. Yritä uudelleen muutaman minuutin kuluttua.',
    backHome: 'Takaisin etusivulle',
  },
};
