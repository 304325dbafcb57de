import type { Messages } from './en';

/**
 * Slovak catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const sk: Messages = {
  meta: {
    language: 'Jazyk',
    lang: 'sk',
  },
  app: {
    name: 'Sésame',
  },
  welcome: {
    title: 'Vitajte v aplikácii Sésame',
    intro:
      'Aplikácia Sésame potvrdzuje vaše prihlásenia na počítači. Na začiatok aplikáciu inicializujte a potom pridajte svoj účet naskenovaním kódu QR zobrazeného na portáli.',
    initialize: 'Inicializovať',
    initializing: 'Inicializácia…',
    ready: 'Aplikácia je inicializovaná.',
    permissionsIntro:
      'Aplikácia potrebuje fotoaparát na skenovanie kódu QR a upozornenia, aby vám oznámila, keď prihlásenie čaká na vaše potvrdenie.',
    continue: 'Pokračovať',
    askingPermissions: 'Žiadosť o povolenia…',
    cameraRefused:
      'Fotoaparát nie je povolený. Povoľte fotoaparát pre túto aplikáciu v nastaveniach prehliadača a potom znova stlačte Pokračovať.',
    notificationsRefused:
      'Upozornenia nie sú povolené. Aplikácia vás nebude upozorňovať na žiadosti o prihlásenie: otvorte ju pri každom prihlásení, aby ste ich videli.',
    notificationsUnavailable:
      'Tento prehliadač nemôže zobrazovať upozornenia. Otvorte aplikáciu pri každom prihlásení, aby ste videli žiadosti.',
  },
  scan: {
    title: 'Naskenujte kód QR',
    intro:
      'Na počítači sa prihláste na portál a potom zvoľte Môj účet → Pridať mobilné zariadenie. Namierte fotoaparát na zobrazený kód QR.',
    starting: 'Spúšťanie fotoaparátu…',
    scanning: 'Hľadanie kódu QR…',
    cameraRefused: 'Fotoaparát nie je povolený. Povoľte ho v nastaveniach prehliadača a skúste to znova.',
    cameraUnavailable: 'Na tomto zariadení nie je možné použiť žiadny fotoaparát.',
    retry: 'Skúsiť znova',
    notEnrolment:
      'Toto nie je kód QR Sésame na pridanie zariadenia. Naskenujte kód QR zo stránky „Pridať mobilné zariadenie“.',
    signInQr:
      'Tento kód QR slúži na prihlásenie, nie na pridanie zariadenia. Naskenujte kód QR zo stránky „Pridať mobilné zariadenie“.',
    expired: 'Platnosť tohto kódu QR uplynula. Pridajte zariadenie na portáli znova, aby ste získali nový kód QR.',
    otherServer: 'Tento kód QR patrí inému serveru Sésame ({server}). Otvorte aplikáciu tohto servera.',
    cancel: 'Zrušiť',
  },
  pin: {
    title: 'Zadajte kód PIN',
    connected:
      'Ste pripojení k účtu {account}. Na dokončenie registrácie zariadenia zadajte svoj štvormiestny kód PIN.',
    label: 'Štvormiestny kód PIN',
    hint: 'Kód PIN, ktorý ste pre toto zariadenie zvolili na portáli.',
    padLabel: 'Klávesnica',
    erase: 'Vymazať',
    checkedAtLastDigit: 'Aplikácia kód overí, hneď ako zadáte 4. číslicu.',
    incomplete: 'Zadajte 4 číslice kódu PIN.',
  },
  enrol: {
    registering: 'Registrácia zariadenia…',
    acceptTitle: 'Prijmite zariadenie',
    almostRegistered: 'Vaše zariadenie {name} je takmer zaregistrované: na dokončenie ho prijmite.',
    acceptIntro: 'Prijatím potvrdzujete, že tento telefón bude potvrdzovať prihlásenia do účtu {account}.',
    accept: 'Prijať',
    accepting: 'Prijímanie zariadenia…',
    acceptExpired: 'Čas na prijatie zariadenia uplynul. Pridajte zariadenie na portáli znova.',
    registered: 'Vaše zariadenie {name} je zaregistrované.',
    pinRejected: 'Toto nie je kód PIN zvolený na portáli. Skúste to znova.',
    pinRejectedTries:
      'Toto nie je kód PIN zvolený na portáli. Skúste to znova ({count, plural, one {zostáva # pokus} few {zostávajú # pokusy} many {zostáva # pokusu} other {zostáva # pokusov}}).',
    pinCancelled:
      'Toto nie je kód PIN zvolený na portáli a nezostávajú žiadne pokusy: registrácia je zrušená. Pridajte zariadenie na portáli znova.',
    alreadyHere: 'Tento účet je v tejto aplikácii už zaregistrovaný.',
    oneAccount:
      'Táto aplikácia je už zaregistrovaná pre iný účet. Jedno zariadenie, jeden účet: najprv ju odstráňte z druhého účtu, alebo naskenujte tento kód QR iným telefónom – zostáva platný, kým neuplynie.',
    qrSpent:
      'Platnosť tohto kódu QR uplynula alebo už bol použitý. Pridajte zariadenie na portáli znova, aby ste získali nový.',
    pinExpired: 'Čas na zadanie kódu PIN uplynul. Pridajte zariadenie na portáli znova.',
    network: 'Server je nedostupný. Skontrolujte pripojenie a skúste to znova.',
    failed: 'Registrácia zlyhala. Pridajte zariadenie na portáli znova a naskenujte nový kód QR.',
    scanAgain: 'Naskenovať kód QR',
  },
  home: {
    title: 'Sésame',
    account: 'Účet',
    device: 'Zariadenie',
    enrolledAt: 'Zaregistrované dňa',
    chooseAccount: 'Zobrazený účet',
    check: 'Skontrolovať žiadosti',
    checking: 'Kontrola…',
    none: 'Nečaká žiadna žiadosť o prihlásenie.',
    addAccount: 'Pridať účet',
    offline: 'Server je nedostupný. Žiadosti sa zobrazia po obnovení pripojenia.',
    blocked:
      'Toto zariadenie je po príliš veľa nesprávnych odpovediach dočasne zablokované. Skúste to neskôr: správna odpoveď blokovanie ukončí.',
    unknownDevice:
      'Toto zariadenie už nie je na serveri zaregistrované. Pridajte ho znova v časti Môj účet na portáli.',
    notEnrolled: 'Zatiaľ žiadny účet.',
    scanQr: 'Naskenovať kód QR',
    offlineQr: 'Bez siete sa prihláste pomocou „Aplikácia Sésame s kódom QR“: ťuknite na „Naskenovať kód QR“.',
    notificationsOff:
      'Upozornenia sú vypnuté: žiadosť o prihlásenie sa tu zobrazí, len keď je aplikácia otvorená. Ak ich chcete zapnúť, povoľte upozornenia pre túto aplikáciu (v nastaveniach prehliadača pre túto stránku) a aplikáciu znova otvorte: zapne ich, hneď ako sa telefón spojí so svojou službou upozornení.',
  },
  pending: {
    title: 'Žiadosť o prihlásenie',
    intro: 'Niekto sa prihlasuje do vášho účtu. Overte, že ste to vy.',
    forAccount: 'Účet',
    relyingApp: 'Aplikácia',
    browser: 'Prehliadač',
    ip: 'Adresa IP',
    place: 'Miesto',
    time: 'Čas',
    validity: 'Platnosť',
    remaining: '{minutes} min {seconds} s',
    expiredNow: 'uplynula',
    others:
      '{count, plural, one {Čaká ešte # žiadosť.} few {Čakajú ešte # žiadosti.} many {Čaká ešte # žiadosti.} other {Čaká ešte # žiadostí.}}',
    pickNumber: 'Vyberte číslo zobrazené v prehliadači',
    pinIntro: 'Na potvrdenie prihlásenia zadajte svoj štvormiestny kód PIN.',
    picked: 'Vybrané číslo: {number}',
    changeNumber: 'Zmeniť číslo',
    deny: 'Odmietnuť',
    notMe: 'Toto som nebol(a) ja',
    reportQuestion:
      'Nahlásiť túto žiadosť? Bude odmietnutá a bezpečnostný tím bude upozornený. Niekto možno pozná vaše heslo.',
    reportConfirm: 'Áno, nahlásiť',
    cancel: 'Zrušiť',
    sending: 'Odosielanie odpovede…',
    approved: 'Prihlásenie schválené.',
    denied: 'Prihlásenie odmietnuté.',
    reported: 'Žiadosť je odmietnutá a nahlásená. Niekto pozná vaše heslo: hneď ho zmeňte na portáli (Môj účet).',
    wrong:
      'Nesprávny PIN alebo nesprávne číslo. Po 5 nesprávnych odpovediach za sebou sa zariadenie na istý čas zablokuje, zakaždým na dlhšie.',
    tryAgain: 'Skúsiť znova',
    blocked:
      'Toto zariadenie je po príliš veľa nesprávnych odpovediach dočasne zablokované. Skúste to neskôr: správna odpoveď blokovanie ukončí.',
    gone: 'Táto žiadosť už nečaká: bola zodpovedaná, stiahnutá alebo uplynula.',
    expired: 'Platnosť tejto žiadosti uplynula. Prihláste sa na počítači znova.',
    network: 'Server je nedostupný. Skontrolujte pripojenie a skúste to znova.',
    failed: 'Odpoveď sa nepodarilo odoslať. Skúste to znova.',
    none: 'Nečaká žiadna žiadosť o prihlásenie.',
    back: 'Späť',
    onMobileIntro:
      'Toto prihlásenie ste začali na tomto telefóne. Skontrolujte žiadosť a zadajte svoj štvormiestny kód PIN.',
    onMobileApproved: 'Prihlásenie potvrdené. Vráťte sa do prehliadača: prihlásenie bude pokračovať samo.',
  },
  code: {
    scanTitle: 'Naskenujte kód QR',
    scanIntro:
      'Pri prihlasovaní na počítači zvoľte „Aplikácia Sésame s kódom QR“ a namierte fotoaparát na zobrazený kód QR. Funguje to aj bez siete.',
    checking: 'Kontrola kódu QR…',
    askTitle: 'Žiadosť o prihlásenie',
    asks: '{app} žiada o prihlásenie ako {account}.',
    pinIntro: 'Ak sa prihlasujete na počítači, zadajte svoj štvormiestny kód PIN a získate kód, ktorý tam zadáte.',
    computing: 'Výpočet kódu…',
    codeTitle: 'Váš prihlasovací kód',
    typeIt: 'Na počítači zadajte tento kód do poľa „Kód zobrazený aplikáciou“ a potom kliknite na „Prihlásiť sa“.',
    validFor: 'Platí {time}',
    remaining: '{minutes} min {seconds} s',
    expired: 'Uplynul – naskenujte nový kód QR.',
    wrongPinNote: 'Nesprávny PIN dá nesprávny kód: počítač potom oznámi, že kód nie je správny.',
    done: 'Hotovo',
    scanAgain: 'Naskenovať nový kód QR',
    cancel: 'Zrušiť',
    forged: 'Tento kód QR nevytvoril váš server Sésame. Nezadávajte z neho žiadny kód.',
    challengeExpired: 'Platnosť tohto kódu QR uplynula. Na počítači zobrazte nový kód QR a naskenujte ho.',
    notYetValid: 'Tento kód QR ešte nie je platný. Skontrolujte dátum a čas v tomto telefóne.',
    notEnrolled: 'Tento kód QR patrí účtu {account}, ktorý v tejto aplikácii nie je zaregistrovaný.',
    enrolmentQr:
      'Tento kód QR slúži na pridanie zariadenia, nie na prihlásenie. Ak chcete pridať účet, vráťte sa a ťuknite na „Pridať účet“.',
    notSignInQr:
      'Toto nie je prihlasovací kód QR Sésame. Naskenujte kód QR zobrazený na prihlasovacej stránke na počítači.',
    failed: 'Kód sa nepodarilo vypočítať. Naskenujte kód QR znova.',
  },
  refusal: {
    checking: 'Kontrola kódu QR…',
    otherTitle: 'Tento telefón už slúži niekomu inému',
    otherAccount:
      'Tento telefón už potvrdzuje prihlásenia do účtu {account}. Jeden telefón slúži jednej osobe: tento kód QR je odmietnutý a stránka portálu na počítači to oznamuje.',
    otherAccountNext:
      'Pridajte zariadenie iným telefónom: na počítači zvoľte „Pridať mobilné zariadenie iným telefónom“ a naskenujte nový kód QR týmto telefónom. Ak má tento telefón slúžiť vám, vlastník účtu {account} ho najprv odstráni v časti „Spravovať moje mobilné zariadenia“.',
    sameTitle: 'Tento telefón je už zaregistrovaný',
    sameAccount:
      'Tento telefón je už zaregistrovaný pre váš účet {account}: nie je čo pridať. Kód QR na počítači už nemožno použiť.',
    sameAccountNext:
      'Ak chcete pridať iný telefón, pridajte na počítači znova mobilné zariadenie a naskenujte nový kód QR týmto telefónom.',
    scanAnother: 'Naskenovať iný kód QR',
    done: 'Späť',
  },
};
