import type { Messages } from './en';

/**
 * Czech catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const cs: Messages = {
  meta: {
    language: 'Jazyk',
    lang: 'cs',
  },
  app: {
    name: 'Sésame',
  },
  welcome: {
    title: 'Vítejte v aplikaci Sésame',
    intro:
      'Aplikace Sésame potvrzuje vaše přihlášení na počítači. Na začátku aplikaci inicializujte a poté přidejte svůj účet naskenováním kódu QR zobrazeného na portálu.',
    initialize: 'Inicializovat',
    initializing: 'Inicializace…',
    ready: 'Aplikace je inicializována.',
    permissionsIntro:
      'Aplikace potřebuje fotoaparát ke skenování kódu QR a oznámení, aby vás upozornila, když přihlášení čeká na vaše potvrzení.',
    continue: 'Pokračovat',
    askingPermissions: 'Žádost o oprávnění…',
    cameraRefused:
      'Fotoaparát není povolen. Povolte fotoaparát pro tuto aplikaci v nastavení prohlížeče a poté znovu stiskněte Pokračovat.',
    notificationsRefused:
      'Oznámení nejsou povolena. Aplikace vás nebude upozorňovat na žádosti o přihlášení: otevřete ji při každém přihlášení, abyste je viděli.',
    notificationsUnavailable:
      'Tento prohlížeč nemůže zobrazovat oznámení. Otevřete aplikaci při každém přihlášení, abyste viděli žádosti.',
  },
  scan: {
    title: 'Naskenujte kód QR',
    intro:
      'Na počítači se přihlaste na portál a poté zvolte Můj účet → Přidat mobilní zařízení. Namiřte fotoaparát na zobrazený kód QR.',
    starting: 'Spouštění fotoaparátu…',
    scanning: 'Hledání kódu QR…',
    cameraRefused: 'Fotoaparát není povolen. Povolte jej v nastavení prohlížeče a zkuste to znovu.',
    cameraUnavailable: 'Na tomto zařízení nelze použít žádný fotoaparát.',
    retry: 'Zkusit znovu',
    notEnrolment:
      'Toto není kód QR Sésame pro přidání zařízení. Naskenujte kód QR ze stránky „Přidat mobilní zařízení“.',
    signInQr:
      'Tento kód QR slouží k přihlášení, nikoli k přidání zařízení. Naskenujte kód QR ze stránky „Přidat mobilní zařízení“.',
    expired: 'Platnost tohoto kódu QR vypršela. Přidejte zařízení na portálu znovu, abyste získali nový kód QR.',
    otherServer: 'Tento kód QR patří jinému serveru Sésame ({server}). Otevřete aplikaci tohoto serveru.',
    cancel: 'Zrušit',
  },
  pin: {
    title: 'Zadejte kód PIN',
    connected: 'Jste připojeni k účtu {account}. Pro dokončení registrace zařízení zadejte svůj čtyřmístný kód PIN.',
    label: 'Čtyřmístný kód PIN',
    hint: 'Kód PIN, který jste pro toto zařízení zvolili na portálu.',
    padLabel: 'Klávesnice',
    erase: 'Smazat',
    checkedAtLastDigit: 'Aplikace kód ověří, jakmile zadáte 4. číslici.',
    incomplete: 'Zadejte 4 číslice kódu PIN.',
  },
  enrol: {
    registering: 'Registrace zařízení…',
    acceptTitle: 'Přijměte zařízení',
    almostRegistered: 'Vaše zařízení {name} je téměř zaregistrováno: pro dokončení je přijměte.',
    acceptIntro: 'Přijetím potvrzujete, že tento telefon bude potvrzovat přihlášení k účtu {account}.',
    accept: 'Přijmout',
    accepting: 'Přijímání zařízení…',
    acceptExpired: 'Čas na přijetí zařízení vypršel. Přidejte zařízení na portálu znovu.',
    registered: 'Vaše zařízení {name} je zaregistrováno.',
    pinRejected: 'Toto není kód PIN zvolený na portálu. Zkuste to znovu.',
    pinRejectedTries:
      'Toto není kód PIN zvolený na portálu. Zkuste to znovu ({count, plural, one {zbývá # pokus} few {zbývají # pokusy} many {zbývá # pokusu} other {zbývá # pokusů}}).',
    pinCancelled:
      'Toto není kód PIN zvolený na portálu a nezbývají žádné pokusy: registrace je zrušena. Přidejte zařízení na portálu znovu.',
    alreadyHere: 'Tento účet je v této aplikaci již zaregistrován.',
    oneAccount:
      'Tato aplikace je již zaregistrována pro jiný účet. Jedno zařízení, jeden účet: nejprve ji odstraňte z druhého účtu, nebo naskenujte tento kód QR jiným telefonem – zůstává platný až do vypršení.',
    qrSpent:
      'Platnost tohoto kódu QR vypršela nebo již byl použit. Přidejte zařízení na portálu znovu, abyste získali nový.',
    pinExpired: 'Čas na zadání kódu PIN vypršel. Přidejte zařízení na portálu znovu.',
    network: 'Server je nedostupný. Zkontrolujte připojení a zkuste to znovu.',
    failed: 'Registrace se nezdařila. Přidejte zařízení na portálu znovu a naskenujte nový kód QR.',
    scanAgain: 'Naskenovat kód QR',
  },
  home: {
    title: 'Sésame',
    account: 'Účet',
    device: 'Zařízení',
    enrolledAt: 'Registrováno dne',
    chooseAccount: 'Zobrazený účet',
    check: 'Zkontrolovat žádosti',
    checking: 'Kontrola…',
    none: 'Nečeká žádná žádost o přihlášení.',
    addAccount: 'Přidat účet',
    offline: 'Server je nedostupný. Žádosti se zobrazí po obnovení připojení.',
    blocked:
      'Toto zařízení je po příliš mnoha chybných odpovědích dočasně zablokováno. Zkuste to později: správná odpověď blokování ukončí.',
    unknownDevice: 'Toto zařízení již není na serveru zaregistrováno. Přidejte je znovu v sekci Můj účet na portálu.',
    notEnrolled: 'Zatím žádný účet.',
    scanQr: 'Naskenovat kód QR',
    offlineQr: 'Bez sítě se přihlaste pomocí „Aplikace Sésame s kódem QR“: klepněte na „Naskenovat kód QR“.',
    notificationsOff:
      'Oznámení jsou vypnuta: žádost o přihlášení se zde zobrazí, jen když je aplikace otevřená. Chcete-li je zapnout, povolte oznámení pro tuto aplikaci (v nastavení prohlížeče pro tento web) a aplikaci znovu otevřete: zapne je, jakmile se telefon spojí se svou službou oznámení.',
  },
  pending: {
    title: 'Žádost o přihlášení',
    intro: 'Někdo se přihlašuje k vašemu účtu. Ověřte, že jste to vy.',
    forAccount: 'Účet',
    relyingApp: 'Aplikace',
    browser: 'Prohlížeč',
    ip: 'Adresa IP',
    place: 'Místo',
    time: 'Čas',
    validity: 'Platnost',
    remaining: '{minutes} min {seconds} s',
    expiredNow: 'vypršela',
    others:
      '{count, plural, one {Čeká ještě # žádost.} few {Čekají ještě # žádosti.} many {Čeká ještě # žádosti.} other {Čeká ještě # žádostí.}}',
    pickNumber: 'Vyberte číslo zobrazené v prohlížeči',
    pinIntro: 'Pro potvrzení přihlášení zadejte svůj čtyřmístný kód PIN.',
    picked: 'Vybrané číslo: {number}',
    changeNumber: 'Změnit číslo',
    deny: 'Odmítnout',
    notMe: 'To jsem nebyl(a) já',
    reportQuestion:
      'Nahlásit tuto žádost? Bude odmítnuta a bezpečnostní tým bude upozorněn. Někdo možná zná vaše heslo.',
    reportConfirm: 'Ano, nahlásit',
    cancel: 'Zrušit',
    sending: 'Odesílání odpovědi…',
    approved: 'Přihlášení schváleno.',
    denied: 'Přihlášení odmítnuto.',
    reported: 'Žádost je odmítnuta a nahlášena. Někdo zná vaše heslo: ihned je změňte na portálu (Můj účet).',
    wrong:
      'Chybný PIN nebo chybné číslo. Po 5 chybných odpovědích za sebou se zařízení na čas zablokuje, pokaždé na delší dobu.',
    tryAgain: 'Zkusit znovu',
    blocked:
      'Toto zařízení je po příliš mnoha chybných odpovědích dočasně zablokováno. Zkuste to později: správná odpověď blokování ukončí.',
    gone: 'Tato žádost již nečeká: byla zodpovězena, stažena nebo vypršela.',
    expired: 'Platnost této žádosti vypršela. Přihlaste se na počítači znovu.',
    network: 'Server je nedostupný. Zkontrolujte připojení a zkuste to znovu.',
    failed: 'Odpověď se nepodařilo odeslat. Zkuste to znovu.',
    none: 'Nečeká žádná žádost o přihlášení.',
    back: 'Zpět',
    onMobileIntro:
      'Toto přihlášení jste zahájili na tomto telefonu. Zkontrolujte žádost a zadejte svůj čtyřmístný kód PIN.',
    onMobileApproved: 'Přihlášení potvrzeno. Vraťte se do prohlížeče: přihlášení bude pokračovat samo.',
  },
  code: {
    scanTitle: 'Naskenujte kód QR',
    scanIntro:
      'Při přihlašování na počítači zvolte „Aplikace Sésame s kódem QR“ a namiřte fotoaparát na zobrazený kód QR. Funguje to i bez sítě.',
    checking: 'Kontrola kódu QR…',
    askTitle: 'Žádost o přihlášení',
    asks: '{app} žádá o přihlášení jako {account}.',
    pinIntro: 'Pokud se přihlašujete na počítači, zadejte svůj čtyřmístný kód PIN a získáte kód, který tam zadáte.',
    computing: 'Výpočet kódu…',
    codeTitle: 'Váš přihlašovací kód',
    typeIt: 'Na počítači zadejte tento kód do pole „Kód zobrazený aplikací“ a poté klikněte na „Přihlásit se“.',
    validFor: 'Platí {time}',
    remaining: '{minutes} min {seconds} s',
    expired: 'Vypršel – naskenujte nový kód QR.',
    wrongPinNote: 'Chybný PIN dá chybný kód: počítač pak oznámí, že kód není správný.',
    done: 'Hotovo',
    scanAgain: 'Naskenovat nový kód QR',
    cancel: 'Zrušit',
    forged: 'Tento kód QR nevytvořil váš server Sésame. Nezadávejte z něj žádný kód.',
    challengeExpired: 'Platnost tohoto kódu QR vypršela. Na počítači zobrazte nový kód QR a naskenujte jej.',
    notYetValid: 'Tento kód QR ještě není platný. Zkontrolujte datum a čas v tomto telefonu.',
    notEnrolled: 'Tento kód QR patří účtu {account}, který v této aplikaci není zaregistrován.',
    enrolmentQr:
      'Tento kód QR slouží k přidání zařízení, nikoli k přihlášení. Chcete-li přidat účet, vraťte se a klepněte na „Přidat účet“.',
    notSignInQr:
      'Toto není přihlašovací kód QR Sésame. Naskenujte kód QR zobrazený na přihlašovací stránce na počítači.',
    failed: 'Kód se nepodařilo vypočítat. Naskenujte kód QR znovu.',
  },
  refusal: {
    checking: 'Kontrola kódu QR…',
    otherTitle: 'Tento telefon již slouží někomu jinému',
    otherAccount:
      'Tento telefon již potvrzuje přihlášení k účtu {account}. Jeden telefon slouží jedné osobě: tento kód QR je odmítnut a stránka portálu na počítači to oznamuje.',
    otherAccountNext:
      'Přidejte zařízení jiným telefonem: na počítači zvolte „Přidat mobilní zařízení jiným telefonem“ a naskenujte nový kód QR tímto telefonem. Pokud má tento telefon sloužit vám, vlastník účtu {account} jej nejprve odstraní v sekci „Spravovat moje mobilní zařízení“.',
    sameTitle: 'Tento telefon je již zaregistrován',
    sameAccount:
      'Tento telefon je již zaregistrován pro váš účet {account}: není co přidávat. Kód QR na počítači již nelze použít.',
    sameAccountNext:
      'Chcete-li přidat jiný telefon, přidejte na počítači znovu mobilní zařízení a naskenujte nový kód QR tímto telefonem.',
    scanAnother: 'Naskenovat jiný kód QR',
    done: 'Zpět',
  },
};
