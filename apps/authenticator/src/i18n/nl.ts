import type { Messages } from './en';

/**
 * Dutch catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const nl: Messages = {
  meta: {
    language: 'Taal',
    lang: 'nl',
  },
  app: {
    name: 'Sésame',
  },
  welcome: {
    title: 'Welkom in de Sésame-app',
    intro:
      'De Sésame-app bevestigt uw aanmeldingen op uw computer. Initialiseer eerst de app en voeg daarna uw account toe door de QR-code te scannen die op het portaal wordt getoond.',
    initialize: 'Initialiseren',
    initializing: 'Bezig met initialiseren…',
    ready: 'De app is geïnitialiseerd.',
    permissionsIntro:
      'De app heeft uw camera nodig om de QR-code te scannen, en meldingen om u te laten weten wanneer een aanmelding op uw bevestiging wacht.',
    continue: 'Doorgaan',
    askingPermissions: 'Toestemmingen worden gevraagd…',
    cameraRefused:
      'De camera is niet toegestaan. Sta de camera voor deze app toe in de instellingen van uw browser en tik daarna opnieuw op Doorgaan.',
    notificationsRefused:
      'Meldingen zijn niet toegestaan. De app zal u niet op de hoogte brengen van aanmeldingsverzoeken: open de app telkens wanneer u zich aanmeldt om ze te zien.',
    notificationsUnavailable:
      'Deze browser kan geen meldingen tonen. Open de app telkens wanneer u zich aanmeldt om de verzoeken te zien.',
  },
  scan: {
    title: 'Scan de QR-code',
    intro:
      'Meld u op uw computer aan bij het portaal en kies daarna Mijn account → Een mobiel apparaat toevoegen. Richt de camera op de getoonde QR-code.',
    starting: 'De camera wordt gestart…',
    scanning: 'Zoeken naar een QR-code…',
    cameraRefused:
      'De camera is niet toegestaan. Sta hem toe in de instellingen van uw browser en probeer het opnieuw.',
    cameraUnavailable: 'Op dit apparaat kan geen camera worden gebruikt.',
    retry: 'Opnieuw proberen',
    notEnrolment:
      'Dit is geen Sésame-QR-code om een apparaat toe te voegen. Scan de QR-code van de pagina “Een mobiel apparaat toevoegen”.',
    signInQr:
      'Deze QR-code is bedoeld om u aan te melden, niet om een apparaat toe te voegen. Scan de QR-code van de pagina “Een mobiel apparaat toevoegen”.',
    expired: 'Deze QR-code is verlopen. Voeg het apparaat opnieuw toe op het portaal om een nieuwe QR-code te krijgen.',
    otherServer: 'Deze QR-code hoort bij een andere Sésame-server ({server}). Open de app van die server.',
    cancel: 'Annuleren',
  },
  pin: {
    title: 'Voer uw pincode in',
    connected:
      'U bent verbonden met het account van {account}. Voer uw viercijferige pincode in om de registratie van uw apparaat te voltooien.',
    label: 'Viercijferige pincode',
    hint: 'De pincode die u op het portaal voor dit apparaat hebt gekozen.',
    padLabel: 'Toetsenblok',
    erase: 'Wissen',
    checkedAtLastDigit: 'De app controleert de code zodra u het 4e cijfer typt.',
    incomplete: 'Voer de 4 cijfers van uw pincode in.',
  },
  enrol: {
    registering: 'Uw apparaat wordt geregistreerd…',
    acceptTitle: 'Uw apparaat accepteren',
    almostRegistered: 'Uw apparaat {name} is bijna geregistreerd: accepteer het om af te ronden.',
    acceptIntro:
      'Door het te accepteren bevestigt u dat deze telefoon de aanmeldingen van het account van {account} bevestigt.',
    accept: 'Accepteren',
    accepting: 'Uw apparaat wordt geaccepteerd…',
    acceptExpired: 'De tijd om het apparaat te accepteren is verstreken. Voeg het apparaat opnieuw toe op het portaal.',
    registered: 'Uw apparaat {name} is geregistreerd.',
    pinRejected: 'Dit is niet de pincode die op het portaal is gekozen. Probeer het opnieuw.',
    pinRejectedTries:
      'Dit is niet de pincode die op het portaal is gekozen. Probeer het opnieuw ({count, plural, one {nog # poging} other {nog # pogingen}}).',
    pinCancelled:
      'Dit is niet de pincode die op het portaal is gekozen en er zijn geen pogingen meer over: de registratie is geannuleerd. Voeg het apparaat opnieuw toe op het portaal.',
    alreadyHere: 'Dit account is al in deze app geregistreerd.',
    oneAccount:
      'Deze app is al geregistreerd voor een ander account. Eén apparaat, één account: verwijder het eerst uit het andere account, of scan deze QR-code met een andere telefoon; hij blijft geldig tot hij verloopt.',
    qrSpent:
      'Deze QR-code is verlopen of al gebruikt. Voeg het apparaat opnieuw toe op het portaal om een nieuwe te krijgen.',
    pinExpired: 'De tijd om de pincode in te voeren is verstreken. Voeg het apparaat opnieuw toe op het portaal.',
    network: 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
    failed: 'De registratie is mislukt. Voeg het apparaat opnieuw toe op het portaal en scan de nieuwe QR-code.',
    scanAgain: 'Een QR-code scannen',
  },
  home: {
    title: 'Sésame',
    account: 'Account',
    device: 'Apparaat',
    enrolledAt: 'Geregistreerd op',
    chooseAccount: 'Getoond account',
    check: 'Zoeken naar verzoeken',
    checking: 'Bezig met controleren…',
    none: 'Er wacht geen aanmeldingsverzoek.',
    addAccount: 'Een account toevoegen',
    offline: 'De server is niet bereikbaar. Verzoeken verschijnen zodra de verbinding terug is.',
    blocked:
      'Dit apparaat is na te veel verkeerde antwoorden tijdelijk geblokkeerd. Probeer het later opnieuw: een juist antwoord beëindigt de blokkering.',
    unknownDevice:
      'Dit apparaat is niet meer geregistreerd op de server. Voeg het opnieuw toe via Mijn account op het portaal.',
    notEnrolled: 'Nog geen account.',
    scanQr: 'Een QR-code scannen',
    offlineQr: 'Zonder netwerk meldt u zich aan met “Sésame-app met QR-code”: tik op “Een QR-code scannen”.',
    notificationsOff:
      'Meldingen zijn uitgeschakeld: een aanmeldingsverzoek verschijnt hier alleen zolang deze app open is. Om ze in te schakelen, staat u meldingen voor deze app toe (in de instellingen van uw browser voor deze website) en opent u de app daarna opnieuw: de app schakelt ze in zodra de telefoon zijn meldingsdienst kan bereiken.',
  },
  pending: {
    title: 'Aanmeldingsverzoek',
    intro: 'Iemand meldt zich aan met uw account. Controleer of u het bent.',
    forAccount: 'Account',
    relyingApp: 'Applicatie',
    browser: 'Browser',
    ip: 'IP-adres',
    place: 'Plaats',
    time: 'Tijd',
    validity: 'Geldig gedurende',
    remaining: '{minutes} min {seconds} s',
    expiredNow: 'verlopen',
    others: '{count, plural, one {Nog # verzoek wacht.} other {Nog # verzoeken wachten.}}',
    pickNumber: 'Kies het getal dat in uw browser wordt getoond',
    pinIntro: 'Voer uw viercijferige pincode in om de aanmelding te bevestigen.',
    picked: 'Gekozen getal: {number}',
    changeNumber: 'Ander getal kiezen',
    deny: 'Weigeren',
    notMe: 'Dit was ik niet',
    reportQuestion:
      'Dit verzoek melden? Het wordt geweigerd en het beveiligingsteam wordt gewaarschuwd. Mogelijk kent iemand uw wachtwoord.',
    reportConfirm: 'Ja, melden',
    cancel: 'Annuleren',
    sending: 'Uw antwoord wordt verzonden…',
    approved: 'Aanmelding goedgekeurd.',
    denied: 'Aanmelding geweigerd.',
    reported:
      'Het verzoek is geweigerd en gemeld. Iemand kent uw wachtwoord: wijzig het nu op het portaal (Mijn account).',
    wrong:
      'Verkeerde pincode of verkeerd getal. Na 5 verkeerde antwoorden op rij wordt het apparaat tijdelijk geblokkeerd, elke keer langer.',
    tryAgain: 'Opnieuw proberen',
    blocked:
      'Dit apparaat is na te veel verkeerde antwoorden tijdelijk geblokkeerd. Probeer het later opnieuw: een juist antwoord beëindigt de blokkering.',
    gone: 'Dit verzoek wacht niet meer: het is beantwoord, ingetrokken of verlopen.',
    expired: 'Dit verzoek is verlopen. Meld u opnieuw aan op uw computer.',
    network: 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
    failed: 'Het antwoord kon niet worden verzonden. Probeer het opnieuw.',
    none: 'Er wacht geen aanmeldingsverzoek.',
    back: 'Terug',
    onMobileIntro:
      'U bent deze aanmelding op deze telefoon begonnen. Controleer het verzoek en voer daarna uw viercijferige pincode in.',
    onMobileApproved: 'Aanmelding bevestigd. Ga terug naar uw browser: de aanmelding gaat vanzelf verder.',
  },
  code: {
    scanTitle: 'Een QR-code scannen',
    scanIntro:
      'Kies op uw computer bij het aanmelden “Sésame-app met QR-code” en richt daarna de camera op de getoonde QR-code. Dit werkt zonder netwerk.',
    checking: 'De QR-code wordt gecontroleerd…',
    askTitle: 'Aanmeldingsverzoek',
    asks: '{app} vraagt om u aan te melden als {account}.',
    pinIntro:
      'Als u zich op uw computer aanmeldt, voer dan uw viercijferige pincode in om de code te krijgen die u daar moet typen.',
    computing: 'De code wordt berekend…',
    codeTitle: 'Uw aanmeldcode',
    typeIt: 'Typ deze code op uw computer in het veld “Code getoond door de app” en klik daarna op “Aanmelden”.',
    validFor: 'Geldig gedurende {time}',
    remaining: '{minutes} min {seconds} s',
    expired: 'Verlopen – scan een nieuwe QR-code.',
    wrongPinNote: 'Een verkeerde pincode geeft een verkeerde code: uw computer meldt dan dat de code niet juist is.',
    done: 'Klaar',
    scanAgain: 'Een nieuwe QR-code scannen',
    cancel: 'Annuleren',
    forged: 'Deze QR-code is niet gemaakt door uw Sésame-server. Typ geen enkele code die ervan afkomstig is.',
    challengeExpired: 'Deze QR-code is verlopen. Laat op uw computer een nieuwe QR-code tonen en scan die.',
    notYetValid: 'Deze QR-code is nog niet geldig. Controleer de datum en tijd van deze telefoon.',
    notEnrolled: 'Deze QR-code is bestemd voor het account {account}, dat niet in deze app is geregistreerd.',
    enrolmentQr:
      'Deze QR-code is bedoeld om een apparaat toe te voegen, niet om u aan te melden. Om een account toe te voegen, gaat u terug en tikt u op “Een account toevoegen”.',
    notSignInQr:
      'Dit is geen Sésame-QR-code om u aan te melden. Scan de QR-code die op de aanmeldingspagina van uw computer wordt getoond.',
    failed: 'De code kon niet worden berekend. Scan de QR-code opnieuw.',
  },
  refusal: {
    checking: 'De QR-code wordt gecontroleerd…',
    otherTitle: 'Deze telefoon wordt al door iemand anders gebruikt',
    otherAccount:
      'Deze telefoon bevestigt al de aanmeldingen van het account {account}. Eén telefoon dient één persoon: deze QR-code wordt geweigerd, en de portaalpagina op de computer meldt dit.',
    otherAccountNext:
      'Voeg het apparaat toe met een andere telefoon: kies op de computer “Een mobiel apparaat toevoegen met een andere telefoon” en scan de nieuwe QR-code met die telefoon. Als deze telefoon in plaats daarvan voor u moet dienen, verwijdert de eigenaar van {account} hem eerst via “Mijn mobiele apparaten beheren”.',
    sameTitle: 'Deze telefoon is al geregistreerd',
    sameAccount:
      'Deze telefoon is al geregistreerd voor uw account {account}: er is niets toe te voegen. De QR-code op de computer kan niet meer worden gebruikt.',
    sameAccountNext:
      'Om een andere telefoon toe te voegen, voegt u op de computer opnieuw een mobiel apparaat toe en scant u de nieuwe QR-code met die telefoon.',
    scanAnother: 'Een andere QR-code scannen',
    done: 'Terug',
  },
};
