import type { Messages } from './en';

/**
 * Lithuanian catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const lt: Messages = {
  meta: {
    language: 'Kalba',
    lang: 'lt',
  },
  app: {
    name: 'Sésame',
  },
  welcome: {
    title: 'Sveiki atvykę į programėlę Sésame',
    intro:
      'Programėlė Sésame patvirtina jūsų prisijungimus kompiuteryje. Norėdami pradėti, inicijuokite programėlę, tada pridėkite savo paskyrą nuskaitydami portale rodomą QR kodą.',
    initialize: 'Inicijuoti',
    initializing: 'Inicijuojama…',
    ready: 'Programėlė inicijuota.',
    permissionsIntro:
      'Programėlei reikia kameros QR kodui nuskaityti ir pranešimų, kad ji galėtų jus informuoti, kai prisijungimas laukia jūsų patvirtinimo.',
    continue: 'Tęsti',
    askingPermissions: 'Prašoma leidimų…',
    cameraRefused:
      'Kamera neleidžiama. Naršyklės nustatymuose leiskite šiai programėlei naudoti kamerą, tada dar kartą paspauskite „Tęsti“.',
    notificationsRefused:
      'Pranešimai neleidžiami. Programėlė jūsų neinformuos apie prisijungimo užklausas: atidarykite ją kiekvieną kartą, kai jungiatės, kad jas matytumėte.',
    notificationsUnavailable:
      'Ši naršyklė negali rodyti pranešimų. Atidarykite programėlę kiekvieną kartą, kai jungiatės, kad matytumėte užklausas.',
  },
  scan: {
    title: 'Nuskaitykite QR kodą',
    intro:
      'Kompiuteryje prisijunkite prie portalo, tada Mano paskyra → Pridėti mobilųjį įrenginį. Nukreipkite kamerą į rodomą QR kodą.',
    starting: 'Įjungiama kamera…',
    scanning: 'Ieškoma QR kodo…',
    cameraRefused: 'Kamera neleidžiama. Leiskite ją naršyklės nustatymuose ir bandykite dar kartą.',
    cameraUnavailable: 'Šiame įrenginyje negalima naudoti jokios kameros.',
    retry: 'Bandyti dar kartą',
    notEnrolment:
      'Tai nėra Sésame QR kodas įrenginiui pridėti. Nuskaitykite puslapio „Pridėti mobilųjį įrenginį“ QR kodą.',
    signInQr:
      'Šis QR kodas skirtas prisijungti, o ne įrenginiui pridėti. Nuskaitykite puslapio „Pridėti mobilųjį įrenginį“ QR kodą.',
    expired: 'Šio QR kodo galiojimas baigėsi. Portale dar kartą pridėkite įrenginį, kad gautumėte naują QR kodą.',
    otherServer: 'Šis QR kodas skirtas kitam Sésame serveriui ({server}). Atidarykite to serverio programėlę.',
    cancel: 'Atšaukti',
  },
  pin: {
    title: 'Įveskite savo PIN kodą',
    connected:
      'Esate prisijungę prie paskyros {account}. Kad užbaigtumėte įrenginio registraciją, įveskite savo 4 skaitmenų PIN kodą.',
    label: '4 skaitmenų PIN kodas',
    hint: 'PIN kodas, kurį portale pasirinkote šiam įrenginiui.',
    padLabel: 'Klaviatūra',
    erase: 'Trinti',
    checkedAtLastDigit: 'Programėlė patikrina kodą, kai tik įvedate 4-ą skaitmenį.',
    incomplete: 'Įveskite 4 savo PIN kodo skaitmenis.',
  },
  enrol: {
    registering: 'Registruojamas jūsų įrenginys…',
    acceptTitle: 'Patvirtinkite savo įrenginį',
    almostRegistered: 'Jūsų įrenginys {name} beveik užregistruotas: patvirtinkite jį, kad užbaigtumėte.',
    acceptIntro: 'Patvirtindami sutinkate, kad šis telefonas tvirtins paskyros {account} prisijungimus.',
    accept: 'Patvirtinti',
    accepting: 'Tvirtinamas jūsų įrenginys…',
    acceptExpired: 'Laikas įrenginiui patvirtinti baigėsi. Portale dar kartą pridėkite įrenginį.',
    registered: 'Jūsų įrenginys {name} užregistruotas.',
    pinRejected: 'Tai ne portale pasirinktas PIN kodas. Bandykite dar kartą.',
    pinRejectedTries:
      'Tai ne portale pasirinktas PIN kodas. Bandykite dar kartą ({count, plural, one {liko # bandymas} few {liko # bandymai} many {liko # bandymo} other {liko # bandymų}}).',
    pinCancelled:
      'Tai ne portale pasirinktas PIN kodas ir bandymų nebeliko: registracija atšaukta. Portale dar kartą pridėkite įrenginį.',
    alreadyHere: 'Ši paskyra jau užregistruota šioje programėlėje.',
    oneAccount:
      'Ši programėlė jau užregistruota kitai paskyrai. Vienas įrenginys – viena paskyra: pirmiausia pašalinkite jį iš kitos paskyros arba nuskaitykite šį QR kodą kitu telefonu: jis galioja, kol nesibaigia jo galiojimas.',
    qrSpent:
      'Šio QR kodo galiojimas baigėsi arba jis jau panaudotas. Portale dar kartą pridėkite įrenginį, kad gautumėte naują.',
    pinExpired: 'Laikas PIN kodui įvesti baigėsi. Portale dar kartą pridėkite įrenginį.',
    network: 'Nepavyksta pasiekti serverio. Patikrinkite ryšį ir bandykite dar kartą.',
    failed: 'Registracija nepavyko. Portale dar kartą pridėkite įrenginį ir nuskaitykite naują QR kodą.',
    scanAgain: 'Nuskaityti QR kodą',
  },
  home: {
    title: 'Sésame',
    account: 'Paskyra',
    device: 'Įrenginys',
    enrolledAt: 'Užregistruotas',
    chooseAccount: 'Rodoma paskyra',
    check: 'Tikrinti užklausas',
    checking: 'Tikrinama…',
    none: 'Nėra laukiančių prisijungimo užklausų.',
    addAccount: 'Pridėti paskyrą',
    offline: 'Nepavyksta pasiekti serverio. Užklausos bus parodytos, kai ryšys atsikurs.',
    blocked:
      'Šis įrenginys laikinai užblokuotas po per daug neteisingų atsakymų. Bandykite vėliau: teisingas atsakymas panaikina blokavimą.',
    unknownDevice: 'Šis įrenginys nebėra užregistruotas serveryje. Dar kartą jį pridėkite portale per „Mano paskyra“.',
    notEnrolled: 'Paskyros dar nėra.',
    scanQr: 'Nuskaityti QR kodą',
    offlineQr:
      'Neturėdami ryšio prisijunkite naudodami „Programėlė Sésame su QR kodu“: palieskite „Nuskaityti QR kodą“.',
    notificationsOff:
      'Pranešimai išjungti: prisijungimo užklausa čia rodoma tik tada, kai ši programėlė atidaryta. Norėdami juos įjungti, leiskite šios programėlės pranešimus (naršyklės nustatymuose šiai svetainei), tada vėl atidarykite programėlę: ji juos įjungs, kai tik telefonas galės pasiekti savo pranešimų paslaugą.',
  },
  pending: {
    title: 'Prisijungimo užklausa',
    intro: 'Kažkas jungiasi jūsų paskyra. Patikrinkite, ar tai jūs.',
    forAccount: 'Paskyra',
    relyingApp: 'Taikomoji programa',
    browser: 'Naršyklė',
    ip: 'IP adresas',
    place: 'Vieta',
    time: 'Laikas',
    validity: 'Galioja',
    remaining: '{minutes} min. {seconds} s',
    expiredNow: 'nebegalioja',
    others:
      '{count, plural, one {Laukia dar # užklausa.} few {Laukia dar # užklausos.} many {Laukia dar # užklausos.} other {Laukia dar # užklausų.}}',
    pickNumber: 'Pasirinkite naršyklėje rodomą skaičių',
    pinIntro: 'Įveskite savo 4 skaitmenų PIN kodą, kad patvirtintumėte prisijungimą.',
    picked: 'Pasirinktas skaičius: {number}',
    changeNumber: 'Keisti skaičių',
    deny: 'Atmesti',
    notMe: 'Tai buvau ne aš',
    reportQuestion:
      'Pranešti apie šią užklausą? Ji atmetama ir apie tai informuojama saugumo komanda. Gali būti, kad kažkas žino jūsų slaptažodį.',
    reportConfirm: 'Taip, pranešti',
    cancel: 'Atšaukti',
    sending: 'Siunčiamas jūsų atsakymas…',
    approved: 'Prisijungimas patvirtintas.',
    denied: 'Prisijungimas atmestas.',
    reported:
      'Užklausa atmesta ir apie ją pranešta. Kažkas žino jūsų slaptažodį: nedelsdami jį pakeiskite portale („Mano paskyra“).',
    wrong:
      'Neteisingas PIN kodas arba neteisingas skaičius. Po 5 neteisingų atsakymų iš eilės įrenginys laikinai užblokuojamas, kaskart ilgesniam laikui.',
    tryAgain: 'Bandyti dar kartą',
    blocked:
      'Šis įrenginys laikinai užblokuotas po per daug neteisingų atsakymų. Bandykite vėliau: teisingas atsakymas panaikina blokavimą.',
    gone: 'Ši užklausa nebelaukia: į ją atsakyta, ji atšaukta arba nebegalioja.',
    expired: 'Šios užklausos galiojimas baigėsi. Dar kartą prisijunkite kompiuteryje.',
    network: 'Nepavyksta pasiekti serverio. Patikrinkite ryšį ir bandykite dar kartą.',
    failed: 'Atsakymo išsiųsti nepavyko. Bandykite dar kartą.',
    none: 'Nėra laukiančių prisijungimo užklausų.',
    back: 'Atgal',
    onMobileIntro:
      'Šį prisijungimą pradėjote šiame telefone. Patikrinkite užklausą, tada įveskite savo 4 skaitmenų PIN kodą.',
    onMobileApproved: 'Prisijungimas patvirtintas. Grįžkite į naršyklę: prisijungimas tęsiamas automatiškai.',
  },
  code: {
    scanTitle: 'Nuskaityti QR kodą',
    scanIntro:
      'Kompiuteryje jungdamiesi pasirinkite „Programėlė Sésame su QR kodu“, tada nukreipkite kamerą į rodomą QR kodą. Tai veikia ir be ryšio.',
    checking: 'Tikrinamas QR kodas…',
    askTitle: 'Prisijungimo užklausa',
    asks: '{app} prašo prisijungti kaip {account}.',
    pinIntro: 'Jei jungiatės kompiuteryje, įveskite savo 4 skaitmenų PIN kodą, kad gautumėte kodą, kurį ten įvesite.',
    computing: 'Skaičiuojamas kodas…',
    codeTitle: 'Jūsų prisijungimo kodas',
    typeIt: 'Kompiuteryje įveskite šį kodą laukelyje „Programėlės rodomas kodas“, tada spauskite „Prisijungti“.',
    validFor: 'Galioja {time}',
    remaining: '{minutes} min. {seconds} s',
    expired: 'Nebegalioja – nuskaitykite naują QR kodą.',
    wrongPinNote: 'Neteisingas PIN kodas duoda neteisingą kodą: tada kompiuteris praneš, kad kodas neteisingas.',
    done: 'Baigta',
    scanAgain: 'Nuskaityti naują QR kodą',
    cancel: 'Atšaukti',
    forged: 'Šio QR kodo nesukūrė jūsų Sésame serveris. Neįveskite jokio iš jo gauto kodo.',
    challengeExpired: 'Šio QR kodo galiojimas baigėsi. Kompiuteryje parodykite naują QR kodą ir jį nuskaitykite.',
    notYetValid: 'Šis QR kodas dar negalioja. Patikrinkite šio telefono datą ir laiką.',
    notEnrolled: 'Šis QR kodas skirtas paskyrai {account}, kuri neužregistruota šioje programėlėje.',
    enrolmentQr:
      'Šis QR kodas skirtas įrenginiui pridėti, o ne prisijungti. Norėdami pridėti paskyrą, grįžkite ir palieskite „Pridėti paskyrą“.',
    notSignInQr:
      'Tai nėra Sésame prisijungimo QR kodas. Nuskaitykite QR kodą, rodomą jūsų kompiuterio prisijungimo puslapyje.',
    failed: 'Kodo apskaičiuoti nepavyko. Dar kartą nuskaitykite QR kodą.',
  },
  refusal: {
    checking: 'Tikrinamas QR kodas…',
    otherTitle: 'Šiuo telefonu jau naudojasi kitas asmuo',
    otherAccount:
      'Šis telefonas jau tvirtina paskyros {account} prisijungimus. Vienas telefonas – vienas asmuo: šis QR kodas atmestas, o portalo puslapis kompiuteryje apie tai praneša.',
    otherAccountNext:
      'Pridėkite įrenginį kitu telefonu: kompiuteryje pasirinkite „Pridėti mobilųjį įrenginį kitu telefonu“ ir tuo telefonu nuskaitykite naują QR kodą. Jei šis telefonas turi tarnauti jums, paskyros {account} savininkas pirmiausia turi jį pašalinti skiltyje „Tvarkyti mano mobiliuosius įrenginius“.',
    sameTitle: 'Šis telefonas jau užregistruotas',
    sameAccount:
      'Šis telefonas jau užregistruotas jūsų paskyrai {account}: nėra ko pridėti. Kompiuteryje rodomo QR kodo nebegalima naudoti.',
    sameAccountNext:
      'Norėdami pridėti kitą telefoną, kompiuteryje dar kartą pridėkite mobilųjį įrenginį ir tuo telefonu nuskaitykite naują QR kodą.',
    scanAnother: 'Nuskaityti kitą QR kodą',
    done: 'Atgal',
  },
};
