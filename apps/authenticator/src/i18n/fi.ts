import type { Messages } from './en';

/**
 * Finnish catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const fi: Messages = {
  meta: {
    language: 'Kieli',
    lang: 'fi',
  },
  app: {
    name: 'Sésame',
  },
  welcome: {
    title: 'Tervetuloa Sésame-sovellukseen',
    intro:
      'Sésame-sovellus vahvistaa tietokoneella tekemäsi kirjautumiset. Aloita alustamalla sovellus ja lisää sitten tilisi skannaamalla portaalissa näkyvä QR-koodi.',
    initialize: 'Alusta',
    initializing: 'Alustetaan…',
    ready: 'Sovellus on alustettu.',
    permissionsIntro:
      'Sovellus tarvitsee kameran QR-koodin skannaamiseen ja ilmoitukset, jotta se voi kertoa, kun kirjautuminen odottaa vahvistustasi.',
    continue: 'Jatka',
    askingPermissions: 'Pyydetään lupia…',
    cameraRefused:
      'Kameran käyttöä ei ole sallittu. Salli kamera tälle sovellukselle selaimen asetuksissa ja paina sitten uudelleen Jatka.',
    notificationsRefused:
      'Ilmoituksia ei ole sallittu. Sovellus ei kerro kirjautumispyynnöistä: avaa se aina kirjautuessasi nähdäksesi ne.',
    notificationsUnavailable:
      'Tämä selain ei voi näyttää ilmoituksia. Avaa sovellus aina kirjautuessasi nähdäksesi pyynnöt.',
  },
  scan: {
    title: 'Skannaa QR-koodi',
    intro:
      'Kirjaudu tietokoneella portaaliin ja valitse Oma tili → Lisää mobiililaite. Osoita kameralla näkyvää QR-koodia.',
    starting: 'Käynnistetään kameraa…',
    scanning: 'Etsitään QR-koodia…',
    cameraRefused: 'Kameran käyttöä ei ole sallittu. Salli se selaimen asetuksissa ja yritä uudelleen.',
    cameraUnavailable: 'Tällä laitteella ei voi käyttää kameraa.',
    retry: 'Yritä uudelleen',
    notEnrolment:
      'Tämä ei ole laitteen lisäämiseen tarkoitettu Sésame-QR-koodi. Skannaa ”Lisää mobiililaite” -sivun QR-koodi.',
    signInQr:
      'Tämä QR-koodi on tarkoitettu kirjautumiseen, ei laitteen lisäämiseen. Skannaa ”Lisää mobiililaite” -sivun QR-koodi.',
    expired: 'Tämä QR-koodi on vanhentunut. Lisää laite uudelleen portaalissa saadaksesi uuden QR-koodin.',
    otherServer: 'Tämä QR-koodi kuuluu toiselle Sésame-palvelimelle ({server}). Avaa kyseisen palvelimen sovellus.',
    cancel: 'Peruuta',
  },
  pin: {
    title: 'Anna PIN-koodi',
    connected:
      'Olet yhteydessä tiliin {account}. Viimeistele laitteen rekisteröinti antamalla 4-numeroinen PIN-koodisi.',
    label: '4-numeroinen PIN-koodi',
    hint: 'PIN-koodi, jonka valitsit portaalissa tälle laitteelle.',
    padLabel: 'Näppäimistö',
    erase: 'Poista',
    checkedAtLastDigit: 'Sovellus tarkistaa koodin heti, kun olet syöttänyt 4. numeron.',
    incomplete: 'Anna PIN-koodin kaikki 4 numeroa.',
  },
  enrol: {
    registering: 'Laitetta rekisteröidään…',
    acceptTitle: 'Hyväksy laite',
    almostRegistered: 'Laitteesi {name} on melkein rekisteröity: hyväksy se viimeistelläksesi.',
    acceptIntro: 'Hyväksymällä vahvistat, että tämä puhelin vahvistaa tilin {account} kirjautumiset.',
    accept: 'Hyväksy',
    accepting: 'Laitetta hyväksytään…',
    acceptExpired: 'Laitteen hyväksymisaika on päättynyt. Lisää laite uudelleen portaalissa.',
    registered: 'Laitteesi {name} on rekisteröity.',
    pinRejected: 'Tämä ei ole portaalissa valittu PIN-koodi. Yritä uudelleen.',
    pinRejectedTries:
      'Tämä ei ole portaalissa valittu PIN-koodi. Yritä uudelleen ({count, plural, one {# yritys jäljellä} other {# yritystä jäljellä}}).',
    pinCancelled:
      'Tämä ei ole portaalissa valittu PIN-koodi, eikä yrityksiä ole jäljellä: rekisteröinti on peruttu. Lisää laite uudelleen portaalissa.',
    alreadyHere: 'Tämä tili on jo rekisteröity tähän sovellukseen.',
    oneAccount:
      'Tämä sovellus on jo rekisteröity toiselle tilille. Yksi laite, yksi tili: poista se ensin toiselta tililtä tai skannaa tämä QR-koodi toisella puhelimella – koodi on voimassa vanhenemiseensa asti.',
    qrSpent: 'Tämä QR-koodi on vanhentunut tai jo käytetty. Lisää laite uudelleen portaalissa saadaksesi uuden.',
    pinExpired: 'PIN-koodin syöttöaika on päättynyt. Lisää laite uudelleen portaalissa.',
    network: 'Palvelimeen ei saada yhteyttä. Tarkista yhteys ja yritä uudelleen.',
    failed: 'Rekisteröinti epäonnistui. Lisää laite uudelleen portaalissa ja skannaa uusi QR-koodi.',
    scanAgain: 'Skannaa QR-koodi',
  },
  home: {
    title: 'Sésame',
    account: 'Tili',
    device: 'Laite',
    enrolledAt: 'Rekisteröity',
    chooseAccount: 'Näytettävä tili',
    check: 'Tarkista pyynnöt',
    checking: 'Tarkistetaan…',
    none: 'Yksikään kirjautumispyyntö ei odota.',
    addAccount: 'Lisää tili',
    offline: 'Palvelimeen ei saada yhteyttä. Pyynnöt näkyvät, kun yhteys palaa.',
    blocked:
      'Tämä laite on estetty joksikin aikaa liian monen väärän vastauksen jälkeen. Yritä myöhemmin uudelleen: oikea vastaus poistaa eston.',
    unknownDevice: 'Tämä laite ei ole enää rekisteröity palvelimelle. Lisää se uudelleen portaalin Oma tili -sivulta.',
    notEnrolled: 'Ei vielä tiliä.',
    scanQr: 'Skannaa QR-koodi',
    offlineQr: 'Ilman verkkoyhteyttä kirjaudu menetelmällä ”Sésame-sovellus QR-koodilla”: napauta ”Skannaa QR-koodi”.',
    notificationsOff:
      'Ilmoitukset ovat pois päältä: kirjautumispyyntö näkyy täällä vain, kun sovellus on auki. Ota ne käyttöön sallimalla ilmoitukset tälle sovellukselle (selaimen tämän sivuston asetuksissa) ja avaa sovellus uudelleen: se ottaa ne käyttöön heti, kun puhelin tavoittaa ilmoituspalvelunsa.',
  },
  pending: {
    title: 'Kirjautumispyyntö',
    intro: 'Joku kirjautuu tililläsi. Tarkista, että se olet sinä.',
    forAccount: 'Tili',
    relyingApp: 'Sovellus',
    browser: 'Selain',
    ip: 'IP-osoite',
    place: 'Paikka',
    time: 'Aika',
    validity: 'Voimassa',
    remaining: '{minutes} min {seconds} s',
    expiredNow: 'vanhentunut',
    others: '{count, plural, one {# muu pyyntö odottaa.} other {# muuta pyyntöä odottaa.}}',
    pickNumber: 'Valitse selaimessa näkyvä numero',
    pinIntro: 'Vahvista kirjautuminen antamalla 4-numeroinen PIN-koodisi.',
    picked: 'Valittu numero: {number}',
    changeNumber: 'Vaihda numero',
    deny: 'Hylkää',
    notMe: 'Tämä en ollut minä',
    reportQuestion:
      'Ilmoitetaanko tästä pyynnöstä? Pyyntö hylätään ja tietoturvatiimi hälytetään. Joku saattaa tietää salasanasi.',
    reportConfirm: 'Kyllä, ilmoita',
    cancel: 'Peruuta',
    sending: 'Vastausta lähetetään…',
    approved: 'Kirjautuminen hyväksytty.',
    denied: 'Kirjautuminen hylätty.',
    reported:
      'Pyyntö on hylätty ja siitä on ilmoitettu. Joku tietää salasanasi: vaihda se heti portaalissa (Oma tili).',
    wrong:
      'Väärä PIN-koodi tai väärä numero. Viiden peräkkäisen väärän vastauksen jälkeen laite estetään joksikin aikaa, joka kerta pidemmäksi ajaksi.',
    tryAgain: 'Yritä uudelleen',
    blocked:
      'Tämä laite on estetty joksikin aikaa liian monen väärän vastauksen jälkeen. Yritä myöhemmin uudelleen: oikea vastaus poistaa eston.',
    gone: 'Tämä pyyntö ei enää odota: siihen on vastattu, se on peruttu tai se on vanhentunut.',
    expired: 'Tämä pyyntö on vanhentunut. Kirjaudu uudelleen tietokoneella.',
    network: 'Palvelimeen ei saada yhteyttä. Tarkista yhteys ja yritä uudelleen.',
    failed: 'Vastausta ei voitu lähettää. Yritä uudelleen.',
    none: 'Yksikään kirjautumispyyntö ei odota.',
    back: 'Takaisin',
    onMobileIntro:
      'Aloitit tämän kirjautumisen tällä puhelimella. Tarkista pyyntö ja anna sitten 4-numeroinen PIN-koodisi.',
    onMobileApproved: 'Kirjautuminen vahvistettu. Palaa selaimeen: kirjautuminen jatkuu itsestään.',
  },
  code: {
    scanTitle: 'Skannaa QR-koodi',
    scanIntro:
      'Valitse tietokoneella kirjautuessasi ”Sésame-sovellus QR-koodilla” ja osoita kameralla näkyvää QR-koodia. Tämä toimii ilman verkkoyhteyttä.',
    checking: 'QR-koodia tarkistetaan…',
    askTitle: 'Kirjautumispyyntö',
    asks: '{app} pyytää kirjautumista tilillä {account}.',
    pinIntro:
      'Jos olet kirjautumassa tietokoneella, anna 4-numeroinen PIN-koodisi saadaksesi sinne syötettävän koodin.',
    computing: 'Koodia lasketaan…',
    codeTitle: 'Kirjautumiskoodisi',
    typeIt: 'Syötä tämä koodi tietokoneella kenttään ”Sovelluksen näyttämä koodi” ja valitse ”Kirjaudu”.',
    validFor: 'Voimassa {time}',
    remaining: '{minutes} min {seconds} s',
    expired: 'Vanhentunut – skannaa uusi QR-koodi.',
    wrongPinNote: 'Väärä PIN-koodi tuottaa väärän koodin: tietokone ilmoittaa silloin, ettei koodi ole oikea.',
    done: 'Valmis',
    scanAgain: 'Skannaa uusi QR-koodi',
    cancel: 'Peruuta',
    forged: 'Tätä QR-koodia ei ole luonut Sésame-palvelimesi. Älä syötä siitä saatua koodia.',
    challengeExpired: 'Tämä QR-koodi on vanhentunut. Näytä tietokoneella uusi QR-koodi ja skannaa se.',
    notYetValid: 'Tämä QR-koodi ei ole vielä voimassa. Tarkista puhelimen päivämäärä ja kellonaika.',
    notEnrolled: 'Tämä QR-koodi on tarkoitettu tilille {account}, jota ei ole rekisteröity tähän sovellukseen.',
    enrolmentQr:
      'Tämä QR-koodi on tarkoitettu laitteen lisäämiseen, ei kirjautumiseen. Lisää tili palaamalla takaisin ja napauttamalla ”Lisää tili”.',
    notSignInQr: 'Tämä ei ole Sésamen kirjautumis-QR-koodi. Skannaa tietokoneen kirjautumissivulla näkyvä QR-koodi.',
    failed: 'Koodia ei voitu laskea. Skannaa QR-koodi uudelleen.',
  },
  refusal: {
    checking: 'QR-koodia tarkistetaan…',
    otherTitle: 'Tämä puhelin palvelee jo toista henkilöä',
    otherAccount:
      'Tämä puhelin vahvistaa jo tilin {account} kirjautumiset. Yksi puhelin palvelee yhtä henkilöä: tämä QR-koodi hylätään, ja tietokoneen portaalisivu kertoo sen.',
    otherAccountNext:
      'Lisää laite toisella puhelimella: valitse tietokoneella ”Lisää mobiililaite toisella puhelimella” ja skannaa uusi QR-koodi sillä puhelimella. Jos tämän puhelimen on sen sijaan palveltava sinua, tilin {account} omistaja poistaa sen ensin kohdassa ”Hallinnoi mobiililaitteitani”.',
    sameTitle: 'Tämä puhelin on jo rekisteröity',
    sameAccount:
      'Tämä puhelin on jo rekisteröity tilillesi {account}: lisättävää ei ole. Tietokoneen QR-koodia ei voi enää käyttää.',
    sameAccountNext:
      'Lisää toinen puhelin lisäämällä tietokoneella uudelleen mobiililaite ja skannaamalla uusi QR-koodi sillä puhelimella.',
    scanAnother: 'Skannaa toinen QR-koodi',
    done: 'Takaisin',
  },
};
