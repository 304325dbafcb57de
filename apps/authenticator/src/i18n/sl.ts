import type { Messages } from './en';

/**
 * Slovenian catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const sl: Messages = {
  meta: {
    language: 'Jezik',
    lang: 'sl',
  },
  app: {
    name: 'Sésame',
  },
  welcome: {
    title: 'Dobrodošli v aplikaciji Sésame',
    intro:
      'Aplikacija Sésame potrjuje vaše prijave v računalniku. Za začetek aplikacijo inicializirajte, nato dodajte svoj račun tako, da optično preberete kodo QR, prikazano na portalu.',
    initialize: 'Inicializiraj',
    initializing: 'Inicializacija …',
    ready: 'Aplikacija je inicializirana.',
    permissionsIntro:
      'Aplikacija potrebuje kamero za optično branje kode QR in obvestila, da vas opozori, ko prijava čaka na vašo potrditev.',
    continue: 'Nadaljuj',
    askingPermissions: 'Zahteva za dovoljenja …',
    cameraRefused:
      'Kamera ni dovoljena. V nastavitvah brskalnika dovolite kamero za to aplikacijo, nato znova pritisnite Nadaljuj.',
    notificationsRefused:
      'Obvestila niso dovoljena. Aplikacija vas ne bo obveščala o zahtevah za prijavo: odprite jo ob vsaki prijavi, da jih vidite.',
    notificationsUnavailable:
      'Ta brskalnik ne more prikazovati obvestil. Odprite aplikacijo ob vsaki prijavi, da vidite zahteve.',
  },
  scan: {
    title: 'Optično preberite kodo QR',
    intro:
      'V računalniku se prijavite na portal, nato izberite Moj račun → Dodaj mobilno napravo. Kamero usmerite v prikazano kodo QR.',
    starting: 'Zagon kamere …',
    scanning: 'Iskanje kode QR …',
    cameraRefused: 'Kamera ni dovoljena. Dovolite jo v nastavitvah brskalnika in poskusite znova.',
    cameraUnavailable: 'V tej napravi ni mogoče uporabiti nobene kamere.',
    retry: 'Poskusi znova',
    notEnrolment:
      'To ni koda QR Sésame za dodajanje naprave. Optično preberite kodo QR na strani „Dodaj mobilno napravo“.',
    signInQr:
      'Ta koda QR je namenjena prijavi, ne dodajanju naprave. Optično preberite kodo QR na strani „Dodaj mobilno napravo“.',
    expired: 'Ta koda QR je potekla. Napravo znova dodajte na portalu, da dobite novo kodo QR.',
    otherServer: 'Ta koda QR pripada drugemu strežniku Sésame ({server}). Odprite aplikacijo tega strežnika.',
    cancel: 'Prekliči',
  },
  pin: {
    title: 'Vnesite kodo PIN',
    connected:
      'Povezani ste z računom {account}. Za dokončanje registracije naprave vnesite svojo štirimestno kodo PIN.',
    label: 'Štirimestna koda PIN',
    hint: 'Koda PIN, ki ste jo za to napravo izbrali na portalu.',
    padLabel: 'Tipkovnica',
    erase: 'Izbriši',
    checkedAtLastDigit: 'Aplikacija preveri kodo takoj, ko vnesete 4. števko.',
    incomplete: 'Vnesite 4 števke kode PIN.',
  },
  enrol: {
    registering: 'Registracija naprave …',
    acceptTitle: 'Sprejmite napravo',
    almostRegistered: 'Vaša naprava {name} je skoraj registrirana: za dokončanje jo sprejmite.',
    acceptIntro: 'S sprejetjem potrdite, da bo ta telefon potrjeval prijave v račun {account}.',
    accept: 'Sprejmi',
    accepting: 'Sprejemanje naprave …',
    acceptExpired: 'Čas za sprejetje naprave je potekel. Napravo znova dodajte na portalu.',
    registered: 'Vaša naprava {name} je registrirana.',
    pinRejected: 'To ni koda PIN, izbrana na portalu. Poskusite znova.',
    pinRejectedTries:
      'To ni koda PIN, izbrana na portalu. Poskusite znova ({count, plural, one {še # poskus} two {še # poskusa} few {še # poskusi} other {še # poskusov}}).',
    pinCancelled:
      'To ni koda PIN, izbrana na portalu, in poskusov ni več: registracija je preklicana. Napravo znova dodajte na portalu.',
    alreadyHere: 'Ta račun je v tej aplikaciji že registriran.',
    oneAccount:
      'Ta aplikacija je že registrirana za drug račun. Ena naprava, en račun: najprej jo odstranite iz drugega računa ali to kodo QR optično preberite z drugim telefonom – veljavna ostane, dokler ne poteče.',
    qrSpent: 'Ta koda QR je potekla ali je bila že uporabljena. Napravo znova dodajte na portalu, da dobite novo.',
    pinExpired: 'Čas za vnos kode PIN je potekel. Napravo znova dodajte na portalu.',
    network: 'Strežnik ni dosegljiv. Preverite povezavo in poskusite znova.',
    failed: 'Registracija ni uspela. Napravo znova dodajte na portalu in optično preberite novo kodo QR.',
    scanAgain: 'Optično preberi kodo QR',
  },
  home: {
    title: 'Sésame',
    account: 'Račun',
    device: 'Naprava',
    enrolledAt: 'Registrirano dne',
    chooseAccount: 'Prikazani račun',
    check: 'Preveri zahteve',
    checking: 'Preverjanje …',
    none: 'Nobena zahteva za prijavo ne čaka.',
    addAccount: 'Dodaj račun',
    offline: 'Strežnik ni dosegljiv. Zahteve bodo prikazane, ko bo povezava znova vzpostavljena.',
    blocked:
      'Ta naprava je po preveč napačnih odgovorih začasno blokirana. Poskusite pozneje: pravilen odgovor konča blokado.',
    unknownDevice: 'Ta naprava ni več registrirana na strežniku. Znova jo dodajte v razdelku Moj račun na portalu.',
    notEnrolled: 'Še ni računa.',
    scanQr: 'Optično preberi kodo QR',
    offlineQr: 'Brez omrežja se prijavite z „Aplikacija Sésame s kodo QR“: tapnite „Optično preberi kodo QR“.',
    notificationsOff:
      'Obvestila so izklopljena: zahteva za prijavo se tukaj prikaže le, ko je aplikacija odprta. Če jih želite vklopiti, dovolite obvestila za to aplikacijo (v nastavitvah brskalnika za to spletno mesto) in znova odprite aplikacijo: vklopila jih bo, takoj ko bo telefon dosegel svojo storitev obveščanja.',
  },
  pending: {
    title: 'Zahteva za prijavo',
    intro: 'Nekdo se prijavlja v vaš račun. Preverite, ali ste to vi.',
    forAccount: 'Račun',
    relyingApp: 'Aplikacija',
    browser: 'Brskalnik',
    ip: 'Naslov IP',
    place: 'Kraj',
    time: 'Čas',
    validity: 'Veljavnost',
    remaining: '{minutes} min {seconds} s',
    expiredNow: 'potekla',
    others:
      '{count, plural, one {Čaka še # zahteva.} two {Čakata še # zahtevi.} few {Čakajo še # zahteve.} other {Čaka še # zahtev.}}',
    pickNumber: 'Izberite število, prikazano v brskalniku',
    pinIntro: 'Za potrditev prijave vnesite svojo štirimestno kodo PIN.',
    picked: 'Izbrano število: {number}',
    changeNumber: 'Spremeni število',
    deny: 'Zavrni',
    notMe: 'To nisem bil(a) jaz',
    reportQuestion:
      'Želite prijaviti to zahtevo? Zavrnjena bo, varnostna ekipa pa bo opozorjena. Nekdo morda pozna vaše geslo.',
    reportConfirm: 'Da, prijavi',
    cancel: 'Prekliči',
    sending: 'Pošiljanje odgovora …',
    approved: 'Prijava odobrena.',
    denied: 'Prijava zavrnjena.',
    reported:
      'Zahteva je zavrnjena in prijavljena. Nekdo pozna vaše geslo: takoj ga spremenite na portalu (Moj račun).',
    wrong:
      'Napačna koda PIN ali napačno število. Po 5 zaporednih napačnih odgovorih se naprava za nekaj časa blokira, vsakič za dlje.',
    tryAgain: 'Poskusi znova',
    blocked:
      'Ta naprava je po preveč napačnih odgovorih začasno blokirana. Poskusite pozneje: pravilen odgovor konča blokado.',
    gone: 'Ta zahteva ne čaka več: nanjo je bilo odgovorjeno, umaknjena je bila ali je potekla.',
    expired: 'Ta zahteva je potekla. V računalniku se znova prijavite.',
    network: 'Strežnik ni dosegljiv. Preverite povezavo in poskusite znova.',
    failed: 'Odgovora ni bilo mogoče poslati. Poskusite znova.',
    none: 'Nobena zahteva za prijavo ne čaka.',
    back: 'Nazaj',
    onMobileIntro: 'To prijavo ste začeli v tem telefonu. Preverite zahtevo, nato vnesite svojo štirimestno kodo PIN.',
    onMobileApproved: 'Prijava potrjena. Vrnite se v brskalnik: prijava se bo nadaljevala samodejno.',
  },
  code: {
    scanTitle: 'Optično preberite kodo QR',
    scanIntro:
      'Pri prijavi v računalniku izberite „Aplikacija Sésame s kodo QR“, nato kamero usmerite v prikazano kodo QR. To deluje brez omrežja.',
    checking: 'Preverjanje kode QR …',
    askTitle: 'Zahteva za prijavo',
    asks: '{app} zahteva prijavo kot {account}.',
    pinIntro: 'Če se prijavljate v računalniku, vnesite svojo štirimestno kodo PIN, da dobite kodo, ki jo vnesete tam.',
    computing: 'Izračun kode …',
    codeTitle: 'Vaša koda za prijavo',
    typeIt: 'V računalniku vnesite to kodo v polje „Koda, ki jo prikaže aplikacija“, nato kliknite „Prijava“.',
    validFor: 'Velja {time}',
    remaining: '{minutes} min {seconds} s',
    expired: 'Potekla – optično preberite novo kodo QR.',
    wrongPinNote: 'Napačna koda PIN da napačno kodo: računalnik nato sporoči, da koda ni pravilna.',
    done: 'Končano',
    scanAgain: 'Optično preberi novo kodo QR',
    cancel: 'Prekliči',
    forged: 'Te kode QR ni ustvaril vaš strežnik Sésame. Ne vnašajte nobene kode iz nje.',
    challengeExpired: 'Ta koda QR je potekla. V računalniku prikažite novo kodo QR in jo optično preberite.',
    notYetValid: 'Ta koda QR še ni veljavna. Preverite datum in uro v tem telefonu.',
    notEnrolled: 'Ta koda QR je za račun {account}, ki v tej aplikaciji ni registriran.',
    enrolmentQr:
      'Ta koda QR je namenjena dodajanju naprave, ne prijavi. Če želite dodati račun, se vrnite in tapnite „Dodaj račun“.',
    notSignInQr:
      'To ni koda QR Sésame za prijavo. Optično preberite kodo QR, prikazano na strani za prijavo v računalniku.',
    failed: 'Kode ni bilo mogoče izračunati. Znova optično preberite kodo QR.',
  },
  refusal: {
    checking: 'Preverjanje kode QR …',
    otherTitle: 'Ta telefon že služi nekomu drugemu',
    otherAccount:
      'Ta telefon že potrjuje prijave v račun {account}. En telefon služi eni osebi: ta koda QR je zavrnjena, kar sporoča tudi stran portala v računalniku.',
    otherAccountNext:
      'Napravo dodajte z drugim telefonom: v računalniku izberite „Dodaj mobilno napravo z drugim telefonom“ in z njim optično preberite novo kodo QR. Če naj ta telefon služi vam, ga mora lastnik računa {account} najprej izbrisati v razdelku „Upravljanje mojih mobilnih naprav“.',
    sameTitle: 'Ta telefon je že registriran',
    sameAccount:
      'Ta telefon je že registriran za vaš račun {account}: ničesar ni treba dodati. Kode QR v računalniku ni več mogoče uporabiti.',
    sameAccountNext:
      'Če želite dodati drug telefon, v računalniku znova dodajte mobilno napravo in z njim optično preberite novo kodo QR.',
    scanAnother: 'Optično preberi drugo kodo QR',
    done: 'Nazaj',
  },
};
