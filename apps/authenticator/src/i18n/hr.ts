import type { Messages } from './en';

/**
 * Croatian catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const hr: Messages = {
  meta: {
    language: 'Jezik',
    lang: 'hr',
  },
  app: {
    name: 'Sésame',
  },
  welcome: {
    title: 'Dobro došli u aplikaciju Sésame',
    intro:
      'Aplikacija Sésame potvrđuje Vaše prijave na računalu. Za početak inicijalizirajte aplikaciju, a zatim dodajte svoj račun skeniranjem QR koda prikazanog na portalu.',
    initialize: 'Inicijaliziraj',
    initializing: 'Inicijalizacija…',
    ready: 'Aplikacija je inicijalizirana.',
    permissionsIntro:
      'Aplikaciji je potrebna kamera za skeniranje QR koda i obavijesti kako bi Vas upozorila kada prijava čeka Vašu potvrdu.',
    continue: 'Nastavi',
    askingPermissions: 'Traženje dopuštenja…',
    cameraRefused:
      'Kamera nije dopuštena. Dopustite kameru za ovu aplikaciju u postavkama preglednika, a zatim ponovno pritisnite Nastavi.',
    notificationsRefused:
      'Obavijesti nisu dopuštene. Aplikacija Vas neće obavještavati o zahtjevima za prijavu: otvorite je svaki put kada se prijavljujete kako biste ih vidjeli.',
    notificationsUnavailable:
      'Ovaj preglednik ne može prikazivati obavijesti. Otvorite aplikaciju svaki put kada se prijavljujete kako biste vidjeli zahtjeve.',
  },
  scan: {
    title: 'Skenirajte QR kod',
    intro:
      'Na računalu se prijavite na portal, zatim Moj račun → Dodaj mobilni uređaj. Usmjerite kameru prema prikazanom QR kodu.',
    starting: 'Pokretanje kamere…',
    scanning: 'Traženje QR koda…',
    cameraRefused: 'Kamera nije dopuštena. Dopustite je u postavkama preglednika, a zatim pokušajte ponovno.',
    cameraUnavailable: 'Na ovom uređaju nije moguće upotrijebiti kameru.',
    retry: 'Pokušaj ponovno',
    notEnrolment:
      'Ovo nije QR kod aplikacije Sésame za dodavanje uređaja. Skenirajte QR kod sa stranice „Dodaj mobilni uređaj“.',
    signInQr:
      'Ovaj QR kod služi za prijavu, a ne za dodavanje uređaja. Skenirajte QR kod sa stranice „Dodaj mobilni uređaj“.',
    expired: 'Ovaj QR kod je istekao. Ponovno dodajte uređaj na portalu kako biste dobili novi QR kod.',
    otherServer:
      'Ovaj QR kod namijenjen je drugom poslužitelju Sésame ({server}). Otvorite aplikaciju tog poslužitelja.',
    cancel: 'Odustani',
  },
  pin: {
    title: 'Unesite svoj PIN kod',
    connected:
      'Povezani ste s računom {account}. Za dovršetak registracije uređaja unesite svoj četveroznamenkasti PIN.',
    label: 'Četveroznamenkasti PIN kod',
    hint: 'PIN kod koji ste odabrali na portalu za ovaj uređaj.',
    padLabel: 'Tipkovnica',
    erase: 'Obriši',
    checkedAtLastDigit: 'Aplikacija provjerava kod čim upišete 4. znamenku.',
    incomplete: 'Unesite 4 znamenke svojeg PIN koda.',
  },
  enrol: {
    registering: 'Registracija uređaja…',
    acceptTitle: 'Prihvatite svoj uređaj',
    almostRegistered: 'Vaš uređaj {name} gotovo je registriran: prihvatite ga za dovršetak.',
    acceptIntro: 'Prihvaćanjem potvrđujete da će ovaj telefon potvrđivati prijave računa {account}.',
    accept: 'Prihvati',
    accepting: 'Prihvaćanje uređaja…',
    acceptExpired: 'Vrijeme za prihvaćanje uređaja je isteklo. Ponovno dodajte uređaj na portalu.',
    registered: 'Vaš uređaj {name} je registriran.',
    pinRejected: 'Ovo nije PIN kod odabran na portalu. Pokušajte ponovno.',
    pinRejectedTries:
      'Ovo nije PIN kod odabran na portalu. Pokušajte ponovno ({count, plural, one {preostao je # pokušaj} few {preostala su # pokušaja} other {preostalo je # pokušaja}}).',
    pinCancelled:
      'Ovo nije PIN kod odabran na portalu i nema više pokušaja: registracija je otkazana. Ponovno dodajte uređaj na portalu.',
    alreadyHere: 'Ovaj je račun već registriran u ovoj aplikaciji.',
    oneAccount:
      'Ova je aplikacija već registrirana za drugi račun. Jedan uređaj, jedan račun: najprije ga izbrišite iz drugog računa ili skenirajte ovaj QR kod drugim telefonom: vrijedi sve dok ne istekne.',
    qrSpent:
      'Ovaj QR kod je istekao ili je već upotrijebljen. Ponovno dodajte uređaj na portalu kako biste dobili novi.',
    pinExpired: 'Vrijeme za unos PIN koda je isteklo. Ponovno dodajte uređaj na portalu.',
    network: 'Poslužitelj nije dostupan. Provjerite vezu i pokušajte ponovno.',
    failed: 'Registracija nije uspjela. Ponovno dodajte uređaj na portalu i skenirajte novi QR kod.',
    scanAgain: 'Skeniraj QR kod',
  },
  home: {
    title: 'Sésame',
    account: 'Račun',
    device: 'Uređaj',
    enrolledAt: 'Registriran',
    chooseAccount: 'Prikazani račun',
    check: 'Provjeri zahtjeve',
    checking: 'Provjera…',
    none: 'Nijedan zahtjev za prijavu ne čeka.',
    addAccount: 'Dodaj račun',
    offline: 'Poslužitelj nije dostupan. Zahtjevi će se prikazati kada se veza uspostavi.',
    blocked:
      'Ovaj je uređaj privremeno blokiran nakon previše pogrešnih odgovora. Pokušajte ponovno kasnije: točan odgovor ukida blokadu.',
    unknownDevice: 'Ovaj uređaj više nije registriran na poslužitelju. Ponovno ga dodajte putem Moj račun na portalu.',
    notEnrolled: 'Još nema računa.',
    scanQr: 'Skeniraj QR kod',
    offlineQr: 'Bez mreže prijavite se s „Aplikacija Sésame s QR kodom“: dodirnite „Skeniraj QR kod“.',
    notificationsOff:
      'Obavijesti su isključene: zahtjev za prijavu ovdje se prikazuje samo dok je ova aplikacija otvorena. Da biste ih uključili, dopustite obavijesti za ovu aplikaciju (u postavkama preglednika za ovu stranicu), a zatim ponovno otvorite aplikaciju: ona ih uključuje čim telefon može pristupiti svojoj usluzi obavijesti.',
  },
  pending: {
    title: 'Zahtjev za prijavu',
    intro: 'Netko se prijavljuje Vašim računom. Provjerite jeste li to Vi.',
    forAccount: 'Račun',
    relyingApp: 'Aplikacija',
    browser: 'Preglednik',
    ip: 'IP adresa',
    place: 'Mjesto',
    time: 'Vrijeme',
    validity: 'Vrijedi još',
    remaining: '{minutes} min {seconds} s',
    expiredNow: 'isteklo',
    others: '{count, plural, one {Čeka još # zahtjev.} few {Čekaju još # zahtjeva.} other {Čeka još # zahtjeva.}}',
    pickNumber: 'Odaberite broj prikazan u pregledniku',
    pinIntro: 'Unesite svoj četveroznamenkasti PIN kod kako biste potvrdili prijavu.',
    picked: 'Odabrani broj: {number}',
    changeNumber: 'Promijeni broj',
    deny: 'Odbij',
    notMe: 'To nisam bio/bila ja',
    reportQuestion:
      'Prijaviti ovaj zahtjev? Bit će odbijen, a sigurnosni tim bit će upozoren. Netko možda zna Vašu lozinku.',
    reportConfirm: 'Da, prijavi',
    cancel: 'Odustani',
    sending: 'Slanje odgovora…',
    approved: 'Prijava je odobrena.',
    denied: 'Prijava je odbijena.',
    reported: 'Zahtjev je odbijen i prijavljen. Netko zna Vašu lozinku: odmah je promijenite na portalu (Moj račun).',
    wrong:
      'Pogrešan PIN ili pogrešan broj. Nakon 5 uzastopnih pogrešnih odgovora uređaj se privremeno blokira, svaki put dulje.',
    tryAgain: 'Pokušaj ponovno',
    blocked:
      'Ovaj je uređaj privremeno blokiran nakon previše pogrešnih odgovora. Pokušajte ponovno kasnije: točan odgovor ukida blokadu.',
    gone: 'Ovaj zahtjev više ne čeka: odgovoreno je na njega, povučen je ili je istekao.',
    expired: 'Ovaj je zahtjev istekao. Ponovno se prijavite na računalu.',
    network: 'Poslužitelj nije dostupan. Provjerite vezu i pokušajte ponovno.',
    failed: 'Odgovor nije moguće poslati. Pokušajte ponovno.',
    none: 'Nijedan zahtjev za prijavu ne čeka.',
    back: 'Natrag',
    onMobileIntro:
      'Ovu ste prijavu započeli na ovom telefonu. Provjerite zahtjev, a zatim unesite svoj četveroznamenkasti PIN kod.',
    onMobileApproved: 'Prijava je potvrđena. Vratite se u preglednik: prijava se nastavlja sama.',
  },
  code: {
    scanTitle: 'Skeniraj QR kod',
    scanIntro:
      'Na računalu pri prijavi odaberite „Aplikacija Sésame s QR kodom“, a zatim usmjerite kameru prema prikazanom QR kodu. To funkcionira bez mreže.',
    checking: 'Provjera QR koda…',
    askTitle: 'Zahtjev za prijavu',
    asks: '{app} traži prijavu kao {account}.',
    pinIntro:
      'Ako se prijavljujete na računalu, unesite svoj četveroznamenkasti PIN kod kako biste dobili kod koji ćete ondje upisati.',
    computing: 'Izračunavanje koda…',
    codeTitle: 'Vaš kod za prijavu',
    typeIt: 'Na računalu upišite ovaj kod u polje „Kod prikazan u aplikaciji“, a zatim „Prijava“.',
    validFor: 'Vrijedi {time}',
    remaining: '{minutes} min {seconds} s',
    expired: 'Isteklo – skenirajte novi QR kod.',
    wrongPinNote: 'Pogrešan PIN daje pogrešan kod: računalo će tada javiti da kod nije točan.',
    done: 'Gotovo',
    scanAgain: 'Skeniraj novi QR kod',
    cancel: 'Odustani',
    forged: 'Ovaj QR kod nije izradio Vaš poslužitelj Sésame. Ne upisujte nijedan kod dobiven iz njega.',
    challengeExpired: 'Ovaj QR kod je istekao. Na računalu prikažite novi QR kod, a zatim ga skenirajte.',
    notYetValid: 'Ovaj QR kod još ne vrijedi. Provjerite datum i vrijeme na ovom telefonu.',
    notEnrolled: 'Ovaj QR kod namijenjen je računu {account}, koji nije registriran u ovoj aplikaciji.',
    enrolmentQr:
      'Ovaj QR kod služi za dodavanje uređaja, a ne za prijavu. Da biste dodali račun, vratite se i dodirnite „Dodaj račun“.',
    notSignInQr:
      'Ovo nije QR kod aplikacije Sésame za prijavu. Skenirajte QR kod prikazan na stranici za prijavu na računalu.',
    failed: 'Kod nije moguće izračunati. Ponovno skenirajte QR kod.',
  },
  refusal: {
    checking: 'Provjera QR koda…',
    otherTitle: 'Ovaj telefon već služi nekom drugom',
    otherAccount:
      'Ovaj telefon već potvrđuje prijave računa {account}. Jedan telefon služi jednoj osobi: ovaj QR kod je odbijen, a to navodi i stranica portala na računalu.',
    otherAccountNext:
      'Dodajte uređaj drugim telefonom: na računalu odaberite „Dodaj mobilni uređaj drugim telefonom“ i tim telefonom skenirajte novi QR kod. Ako ovaj telefon ipak treba služiti Vama, vlasnik računa {account} najprije ga mora izbrisati u „Upravljanje mojim mobilnim uređajima“.',
    sameTitle: 'Ovaj je telefon već registriran',
    sameAccount:
      'Ovaj je telefon već registriran za Vaš račun {account}: nema se što dodati. QR kod na računalu više se ne može upotrijebiti.',
    sameAccountNext:
      'Da biste dodali drugi telefon, ponovno dodajte mobilni uređaj na računalu i tim telefonom skenirajte novi QR kod.',
    scanAnother: 'Skeniraj drugi QR kod',
    done: 'Natrag',
  },
};
