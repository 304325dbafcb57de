import type { Messages } from './en';

/**
 * Estonian catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const et: Messages = {
  meta: {
    language: 'Keel',
    lang: 'et',
  },
  app: {
    name: 'Sésame',
  },
  welcome: {
    title: 'Tere tulemast Sésame rakendusse',
    intro:
      'Sésame rakendus kinnitab teie arvutis tehtud sisselogimised. Alustuseks lähtestage rakendus ja lisage seejärel oma konto, skannides portaalis kuvatud QR-koodi.',
    initialize: 'Lähtesta',
    initializing: 'Lähtestamine…',
    ready: 'Rakendus on lähtestatud.',
    permissionsIntro:
      'Rakendus vajab QR-koodi skannimiseks kaamerat ja teavitusi, et anda teile teada, kui sisselogimine ootab teie kinnitust.',
    continue: 'Jätka',
    askingPermissions: 'Lubade küsimine…',
    cameraRefused:
      'Kaamera kasutamine pole lubatud. Lubage selle rakenduse jaoks kaamera brauseri seadetes ja vajutage seejärel uuesti „Jätka“.',
    notificationsRefused:
      'Teavitused pole lubatud. Rakendus ei anna sisselogimistaotlustest teada: avage see iga kord sisse logides, et neid näha.',
    notificationsUnavailable:
      'See brauser ei saa teavitusi kuvada. Avage rakendus iga kord sisse logides, et taotlusi näha.',
  },
  scan: {
    title: 'Skannige QR-kood',
    intro: 'Logige arvutis portaali sisse ja valige Minu konto → Lisa mobiilseade. Suunake kaamera kuvatud QR-koodile.',
    starting: 'Kaamera käivitamine…',
    scanning: 'QR-koodi otsimine…',
    cameraRefused: 'Kaamera kasutamine pole lubatud. Lubage see brauseri seadetes ja proovige uuesti.',
    cameraUnavailable: 'Selles seadmes ei saa kaamerat kasutada.',
    retry: 'Proovi uuesti',
    notEnrolment: 'See ei ole seadme lisamiseks mõeldud Sésame QR-kood. Skannige lehe „Lisa mobiilseade“ QR-kood.',
    signInQr:
      'See QR-kood on mõeldud sisselogimiseks, mitte seadme lisamiseks. Skannige lehe „Lisa mobiilseade“ QR-kood.',
    expired: 'See QR-kood on aegunud. Lisage seade portaalis uuesti, et saada uus QR-kood.',
    otherServer: 'See QR-kood kuulub teisele Sésame serverile ({server}). Avage selle serveri rakendus.',
    cancel: 'Tühista',
  },
  pin: {
    title: 'Sisestage oma PIN-kood',
    connected:
      'Olete ühendatud kontoga {account}. Seadme registreerimise lõpetamiseks sisestage oma neljakohaline PIN-kood.',
    label: 'Neljakohaline PIN-kood',
    hint: 'PIN-kood, mille valisite portaalis selle seadme jaoks.',
    padLabel: 'Klahvistik',
    erase: 'Kustuta',
    checkedAtLastDigit: 'Rakendus kontrollib koodi kohe, kui sisestate 4. numbri.',
    incomplete: 'Sisestage oma PIN-koodi 4 numbrit.',
  },
  enrol: {
    registering: 'Seadme registreerimine…',
    acceptTitle: 'Kinnitage oma seade',
    almostRegistered: 'Teie seade {name} on peaaegu registreeritud: lõpetamiseks kinnitage see.',
    acceptIntro: 'Kinnitamisega nõustute, et see telefon kinnitab konto {account} sisselogimised.',
    accept: 'Kinnita',
    accepting: 'Seadme kinnitamine…',
    acceptExpired: 'Seadme kinnitamise aeg on läbi. Lisage seade portaalis uuesti.',
    registered: 'Teie seade {name} on registreeritud.',
    pinRejected: 'See ei ole portaalis valitud PIN-kood. Proovige uuesti.',
    pinRejectedTries:
      'See ei ole portaalis valitud PIN-kood. Proovige uuesti ({count, plural, one {jäänud on # katse} other {jäänud on # katset}}).',
    pinCancelled:
      'See ei ole portaalis valitud PIN-kood ja katseid pole enam jäänud: registreerimine on tühistatud. Lisage seade portaalis uuesti.',
    alreadyHere: 'See konto on selles rakenduses juba registreeritud.',
    oneAccount:
      'See rakendus on juba registreeritud teise konto jaoks. Üks seade, üks konto: kustutage see esmalt teisest kontost või skannige see QR-kood teise telefoniga – kood kehtib kuni aegumiseni.',
    qrSpent: 'See QR-kood on aegunud või juba kasutatud. Lisage seade portaalis uuesti, et saada uus.',
    pinExpired: 'PIN-koodi sisestamise aeg on läbi. Lisage seade portaalis uuesti.',
    network: 'Serveriga ei saa ühendust. Kontrollige ühendust ja proovige uuesti.',
    failed: 'Registreerimine ebaõnnestus. Lisage seade portaalis uuesti ja skannige uus QR-kood.',
    scanAgain: 'Skanni QR-kood',
  },
  home: {
    title: 'Sésame',
    account: 'Konto',
    device: 'Seade',
    enrolledAt: 'Registreeritud',
    chooseAccount: 'Kuvatav konto',
    check: 'Kontrolli taotlusi',
    checking: 'Kontrollimine…',
    none: 'Ükski sisselogimistaotlus ei oota.',
    addAccount: 'Lisa konto',
    offline: 'Serveriga ei saa ühendust. Taotlused kuvatakse, kui ühendus taastub.',
    blocked:
      'See seade on liiga paljude valede vastuste tõttu mõneks ajaks blokeeritud. Proovige hiljem uuesti: õige vastus lõpetab blokeeringu.',
    unknownDevice: 'See seade ei ole enam serveris registreeritud. Lisage see portaalis uuesti jaotises Minu konto.',
    notEnrolled: 'Kontot veel pole.',
    scanQr: 'Skanni QR-kood',
    offlineQr: 'Ilma võrguta logige sisse meetodiga „Sésame rakendus QR-koodiga“: puudutage „Skanni QR-kood“.',
    notificationsOff:
      'Teavitused on välja lülitatud: sisselogimistaotlus kuvatakse siin ainult siis, kui rakendus on avatud. Nende sisselülitamiseks lubage selle rakenduse teavitused (brauseri selle saidi seadetes) ja avage rakendus uuesti: see lülitab need sisse kohe, kui telefon jõuab oma teavitusteenuseni.',
  },
  pending: {
    title: 'Sisselogimistaotlus',
    intro: 'Keegi logib teie kontoga sisse. Kontrollige, et see olete teie.',
    forAccount: 'Konto',
    relyingApp: 'Rakendus',
    browser: 'Brauser',
    ip: 'IP-aadress',
    place: 'Asukoht',
    time: 'Aeg',
    validity: 'Kehtib veel',
    remaining: '{minutes} min {seconds} s',
    expiredNow: 'aegunud',
    others: '{count, plural, one {Ootel on veel # taotlus.} other {Ootel on veel # taotlust.}}',
    pickNumber: 'Valige brauseris kuvatud number',
    pinIntro: 'Sisselogimise kinnitamiseks sisestage oma neljakohaline PIN-kood.',
    picked: 'Valitud number: {number}',
    changeNumber: 'Muuda numbrit',
    deny: 'Keeldu',
    notMe: 'See ei olnud mina',
    reportQuestion:
      'Kas teatada sellest taotlusest? Taotlus lükatakse tagasi ja turvameeskonda teavitatakse. Keegi võib teada teie parooli.',
    reportConfirm: 'Jah, teata',
    cancel: 'Tühista',
    sending: 'Vastuse saatmine…',
    approved: 'Sisselogimine kinnitatud.',
    denied: 'Sisselogimine tagasi lükatud.',
    reported:
      'Taotlus on tagasi lükatud ja sellest on teatatud. Keegi teab teie parooli: muutke see kohe portaalis (Minu konto).',
    wrong:
      'Vale PIN-kood või vale number. Pärast 5 järjestikust valet vastust blokeeritakse seade mõneks ajaks, iga kord kauemaks.',
    tryAgain: 'Proovi uuesti',
    blocked:
      'See seade on liiga paljude valede vastuste tõttu mõneks ajaks blokeeritud. Proovige hiljem uuesti: õige vastus lõpetab blokeeringu.',
    gone: 'See taotlus ei oota enam: sellele on vastatud, see on tagasi võetud või aegunud.',
    expired: 'See taotlus on aegunud. Logige arvutis uuesti sisse.',
    network: 'Serveriga ei saa ühendust. Kontrollige ühendust ja proovige uuesti.',
    failed: 'Vastust ei õnnestunud saata. Proovige uuesti.',
    none: 'Ükski sisselogimistaotlus ei oota.',
    back: 'Tagasi',
    onMobileIntro:
      'Alustasite seda sisselogimist selles telefonis. Kontrollige taotlust ja sisestage seejärel oma neljakohaline PIN-kood.',
    onMobileApproved: 'Sisselogimine kinnitatud. Minge tagasi brauserisse: sisselogimine jätkub iseenesest.',
  },
  code: {
    scanTitle: 'Skanni QR-kood',
    scanIntro:
      'Valige arvutis sisse logides „Sésame rakendus QR-koodiga“ ja suunake kaamera kuvatud QR-koodile. See toimib ka ilma võrguta.',
    checking: 'QR-koodi kontrollimine…',
    askTitle: 'Sisselogimistaotlus',
    asks: '{app} soovib sisse logida kontoga {account}.',
    pinIntro: 'Kui logite arvutis sisse, sisestage oma neljakohaline PIN-kood, et saada seal sisestatav kood.',
    computing: 'Koodi arvutamine…',
    codeTitle: 'Teie sisselogimiskood',
    typeIt: 'Sisestage see kood arvutis välja „Rakenduse kuvatud kood“ ja valige „Logi sisse“.',
    validFor: 'Kehtib veel {time}',
    remaining: '{minutes} min {seconds} s',
    expired: 'Aegunud – skannige uus QR-kood.',
    wrongPinNote: 'Vale PIN-kood annab vale koodi: arvuti teatab siis, et kood ei ole õige.',
    done: 'Valmis',
    scanAgain: 'Skanni uus QR-kood',
    cancel: 'Tühista',
    forged: 'Seda QR-koodi ei loonud teie Sésame server. Ärge sisestage selle põhjal ühtegi koodi.',
    challengeExpired: 'See QR-kood on aegunud. Kuvage arvutis uus QR-kood ja skannige see.',
    notYetValid: 'See QR-kood ei kehti veel. Kontrollige selle telefoni kuupäeva ja kellaaega.',
    notEnrolled: 'See QR-kood on mõeldud kontole {account}, mis ei ole selles rakenduses registreeritud.',
    enrolmentQr:
      'See QR-kood on mõeldud seadme lisamiseks, mitte sisselogimiseks. Konto lisamiseks minge tagasi ja puudutage „Lisa konto“.',
    notSignInQr: 'See ei ole Sésame sisselogimise QR-kood. Skannige arvuti sisselogimislehel kuvatud QR-kood.',
    failed: 'Koodi ei õnnestunud arvutada. Skannige QR-kood uuesti.',
  },
  refusal: {
    checking: 'QR-koodi kontrollimine…',
    otherTitle: 'See telefon teenindab juba kedagi teist',
    otherAccount:
      'See telefon kinnitab juba konto {account} sisselogimisi. Üks telefon teenindab üht inimest: see QR-kood lükatakse tagasi ja arvutis olev portaalileht teatab sellest.',
    otherAccountNext:
      'Lisage seade teise telefoniga: valige arvutis „Lisa mobiilseade teise telefoniga“ ja skannige uus QR-kood selle telefoniga. Kui see telefon peab hoopis teid teenindama, kustutab konto {account} omanik selle esmalt jaotises „Halda minu mobiilseadmeid“.',
    sameTitle: 'See telefon on juba registreeritud',
    sameAccount:
      'See telefon on juba registreeritud teie kontole {account}: midagi pole lisada. Arvutis olevat QR-koodi ei saa enam kasutada.',
    sameAccountNext:
      'Teise telefoni lisamiseks lisage arvutis uuesti mobiilseade ja skannige uus QR-kood selle telefoniga.',
    scanAnother: 'Skanni teine QR-kood',
    done: 'Tagasi',
  },
};
