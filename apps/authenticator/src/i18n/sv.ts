import type { Messages } from './en';

/**
 * Swedish catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const sv: Messages = {
  meta: {
    language: 'Språk',
    lang: 'sv',
  },
  app: {
    name: 'Sésame',
  },
  welcome: {
    title: 'Välkommen till Sésame-appen',
    intro:
      'Sésame-appen bekräftar dina inloggningar på datorn. Börja med att initiera appen och lägg sedan till ditt konto genom att skanna QR-koden som visas på portalen.',
    initialize: 'Initiera',
    initializing: 'Initierar…',
    ready: 'Appen är initierad.',
    permissionsIntro:
      'Appen behöver kameran för att skanna QR-koden och aviseringar för att meddela dig när en inloggning väntar på din bekräftelse.',
    continue: 'Fortsätt',
    askingPermissions: 'Begär behörigheter…',
    cameraRefused:
      'Kameran är inte tillåten. Tillåt kameran för den här appen i webbläsarens inställningar och tryck sedan på Fortsätt igen.',
    notificationsRefused:
      'Aviseringar är inte tillåtna. Appen kommer inte att meddela dig om inloggningsbegäranden: öppna den varje gång du loggar in för att se dem.',
    notificationsUnavailable:
      'Den här webbläsaren kan inte visa aviseringar. Öppna appen varje gång du loggar in för att se begärandena.',
  },
  scan: {
    title: 'Skanna QR-koden',
    intro:
      'Logga in på portalen på datorn och välj sedan Mitt konto → Lägg till en mobil enhet. Rikta kameran mot QR-koden som visas.',
    starting: 'Startar kameran…',
    scanning: 'Letar efter en QR-kod…',
    cameraRefused: 'Kameran är inte tillåten. Tillåt den i webbläsarens inställningar och försök sedan igen.',
    cameraUnavailable: 'Ingen kamera kan användas på den här enheten.',
    retry: 'Försök igen',
    notEnrolment:
      'Det här är inte en Sésame-QR-kod för att lägga till en enhet. Skanna QR-koden på sidan ”Lägg till en mobil enhet”.',
    signInQr:
      'Den här QR-koden används för att logga in, inte för att lägga till en enhet. Skanna QR-koden på sidan ”Lägg till en mobil enhet”.',
    expired: 'Den här QR-koden har gått ut. Lägg till enheten igen på portalen för att få en ny QR-kod.',
    otherServer: 'Den här QR-koden hör till en annan Sésame-server ({server}). Öppna appen för den servern.',
    cancel: 'Avbryt',
  },
  pin: {
    title: 'Ange din PIN-kod',
    connected:
      'Du är ansluten till kontot för {account}. Ange din fyrsiffriga PIN-kod för att slutföra registreringen av din enhet.',
    label: 'Fyrsiffrig PIN-kod',
    hint: 'PIN-koden som du valde på portalen för den här enheten.',
    padLabel: 'Knappsats',
    erase: 'Radera',
    checkedAtLastDigit: 'Appen kontrollerar koden så snart du skriver den fjärde siffran.',
    incomplete: 'Ange de fyra siffrorna i din PIN-kod.',
  },
  enrol: {
    registering: 'Registrerar din enhet…',
    acceptTitle: 'Godkänn din enhet',
    almostRegistered: 'Din enhet {name} är nästan registrerad: godkänn den för att slutföra.',
    acceptIntro:
      'Genom att godkänna bekräftar du att den här telefonen ska bekräfta inloggningarna för kontot för {account}.',
    accept: 'Godkänn',
    accepting: 'Godkänner din enhet…',
    acceptExpired: 'Tiden för att godkänna enheten har gått ut. Lägg till enheten igen på portalen.',
    registered: 'Din enhet {name} är registrerad.',
    pinRejected: 'Det här är inte PIN-koden som valdes på portalen. Försök igen.',
    pinRejectedTries:
      'Det här är inte PIN-koden som valdes på portalen. Försök igen ({count, plural, one {# försök kvar} other {# försök kvar}}).',
    pinCancelled:
      'Det här är inte PIN-koden som valdes på portalen, och det finns inga försök kvar: registreringen avbryts. Lägg till enheten igen på portalen.',
    alreadyHere: 'Det här kontot är redan registrerat i den här appen.',
    oneAccount:
      'Den här appen är redan registrerad för ett annat konto. En enhet, ett konto: ta först bort den från det andra kontot, eller skanna den här QR-koden med en annan telefon; den är giltig tills den går ut.',
    qrSpent:
      'Den här QR-koden har gått ut eller har redan använts. Lägg till enheten igen på portalen för att få en ny.',
    pinExpired: 'Tiden för att ange PIN-koden har gått ut. Lägg till enheten igen på portalen.',
    network: 'Servern går inte att nå. Kontrollera din anslutning och försök igen.',
    failed: 'Registreringen misslyckades. Lägg till enheten igen på portalen och skanna den nya QR-koden.',
    scanAgain: 'Skanna en QR-kod',
  },
  home: {
    title: 'Sésame',
    account: 'Konto',
    device: 'Enhet',
    enrolledAt: 'Registrerad den',
    chooseAccount: 'Visat konto',
    check: 'Sök efter begäranden',
    checking: 'Kontrollerar…',
    none: 'Ingen inloggningsbegäran väntar.',
    addAccount: 'Lägg till ett konto',
    offline: 'Servern går inte att nå. Begäranden visas när anslutningen är tillbaka.',
    blocked:
      'Den här enheten är tillfälligt spärrad efter för många felaktiga svar. Försök igen senare: ett korrekt svar häver spärren.',
    unknownDevice:
      'Den här enheten är inte längre registrerad på servern. Lägg till den igen under Mitt konto på portalen.',
    notEnrolled: 'Inget konto ännu.',
    scanQr: 'Skanna en QR-kod',
    offlineQr: 'Utan nätverk loggar du in med ”Sésame-appen med QR-kod”: tryck på ”Skanna en QR-kod”.',
    notificationsOff:
      'Aviseringar är avstängda: en inloggningsbegäran visas här bara medan appen är öppen. Slå på dem genom att tillåta aviseringar för appen (i webbläsarens inställningar för den här webbplatsen) och öppna sedan appen igen: den slår på dem så snart telefonen kan nå sin aviseringstjänst.',
  },
  pending: {
    title: 'Inloggningsbegäran',
    intro: 'Någon loggar in med ditt konto. Kontrollera att det är du.',
    forAccount: 'Konto',
    relyingApp: 'Applikation',
    browser: 'Webbläsare',
    ip: 'IP-adress',
    place: 'Plats',
    time: 'Tid',
    validity: 'Giltig i',
    remaining: '{minutes} min {seconds} s',
    expiredNow: 'har gått ut',
    others: '{count, plural, one {# begäran till väntar.} other {# begäranden till väntar.}}',
    pickNumber: 'Välj numret som visas i din webbläsare',
    pinIntro: 'Ange din fyrsiffriga PIN-kod för att bekräfta inloggningen.',
    picked: 'Valt nummer: {number}',
    changeNumber: 'Byt nummer',
    deny: 'Neka',
    notMe: 'Det var inte jag',
    reportQuestion:
      'Vill du rapportera den här begäran? Den nekas och säkerhetsteamet varnas. Någon kanske känner till ditt lösenord.',
    reportConfirm: 'Ja, rapportera den',
    cancel: 'Avbryt',
    sending: 'Skickar ditt svar…',
    approved: 'Inloggningen godkändes.',
    denied: 'Inloggningen nekades.',
    reported:
      'Begäran har nekats och rapporterats. Någon känner till ditt lösenord: byt det nu på portalen (Mitt konto).',
    wrong:
      'Fel PIN-kod eller fel nummer. Efter 5 felaktiga svar i rad spärras enheten tillfälligt, längre för varje gång.',
    tryAgain: 'Försök igen',
    blocked:
      'Den här enheten är tillfälligt spärrad efter för många felaktiga svar. Försök igen senare: ett korrekt svar häver spärren.',
    gone: 'Den här begäran väntar inte längre: den har besvarats, dragits tillbaka eller gått ut.',
    expired: 'Den här begäran har gått ut. Logga in igen på datorn.',
    network: 'Servern går inte att nå. Kontrollera din anslutning och försök igen.',
    failed: 'Svaret kunde inte skickas. Försök igen.',
    none: 'Ingen inloggningsbegäran väntar.',
    back: 'Tillbaka',
    onMobileIntro:
      'Du påbörjade den här inloggningen på den här telefonen. Kontrollera begäran och ange sedan din fyrsiffriga PIN-kod.',
    onMobileApproved: 'Inloggningen är bekräftad. Gå tillbaka till webbläsaren: inloggningen fortsätter av sig själv.',
  },
  code: {
    scanTitle: 'Skanna en QR-kod',
    scanIntro:
      'Välj ”Sésame-appen med QR-kod” när du loggar in på datorn och rikta sedan kameran mot QR-koden som visas. Det fungerar utan nätverk.',
    checking: 'Kontrollerar QR-koden…',
    askTitle: 'Inloggningsbegäran',
    asks: '{app} begär att logga in som {account}.',
    pinIntro:
      'Om du håller på att logga in på datorn anger du din fyrsiffriga PIN-kod för att få koden som du ska skriva där.',
    computing: 'Beräknar koden…',
    codeTitle: 'Din inloggningskod',
    typeIt: 'Skriv den här koden på datorn i fältet ”Kod som visas av appen” och klicka sedan på ”Logga in”.',
    validFor: 'Giltig i {time}',
    remaining: '{minutes} min {seconds} s',
    expired: 'Har gått ut – skanna en ny QR-kod.',
    wrongPinNote: 'En felaktig PIN-kod ger en felaktig kod: datorn meddelar då att koden inte stämmer.',
    done: 'Klar',
    scanAgain: 'Skanna en ny QR-kod',
    cancel: 'Avbryt',
    forged: 'Den här QR-koden har inte skapats av din Sésame-server. Skriv inte någon kod från den.',
    challengeExpired: 'Den här QR-koden har gått ut. Visa en ny QR-kod på datorn och skanna den.',
    notYetValid: 'Den här QR-koden är inte giltig ännu. Kontrollera telefonens datum och tid.',
    notEnrolled: 'Den här QR-koden gäller kontot {account}, som inte är registrerat i den här appen.',
    enrolmentQr:
      'Den här QR-koden används för att lägga till en enhet, inte för att logga in. Om du vill lägga till ett konto går du tillbaka och trycker på ”Lägg till ett konto”.',
    notSignInQr:
      'Det här är inte en Sésame-QR-kod för inloggning. Skanna QR-koden som visas på inloggningssidan på datorn.',
    failed: 'Koden kunde inte beräknas. Skanna QR-koden igen.',
  },
  refusal: {
    checking: 'Kontrollerar QR-koden…',
    otherTitle: 'Den här telefonen används redan av någon annan',
    otherAccount:
      'Den här telefonen bekräftar redan inloggningarna för kontot {account}. En telefon tjänar en person: den här QR-koden avvisas, och portalsidan på datorn visar det.',
    otherAccountNext:
      'Lägg till enheten med en annan telefon: välj ”Lägg till en mobil enhet med en annan telefon” på datorn och skanna den nya QR-koden med den telefonen. Om den här telefonen i stället ska användas av dig tar ägaren till {account} först bort den under ”Hantera mina mobila enheter”.',
    sameTitle: 'Den här telefonen är redan registrerad',
    sameAccount:
      'Den här telefonen är redan registrerad för ditt konto {account}: det finns inget att lägga till. QR-koden på datorn kan inte längre användas.',
    sameAccountNext:
      'Om du vill lägga till en annan telefon lägger du till en mobil enhet igen på datorn och skannar den nya QR-koden med den telefonen.',
    scanAnother: 'Skanna en annan QR-kod',
    done: 'Tillbaka',
  },
};
