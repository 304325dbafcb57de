import type { Messages } from './en';

/**
 * Danish catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const da: Messages = {
  meta: {
    language: 'Sprog',
    lang: 'da',
  },
  app: {
    name: 'Sésame',
  },
  welcome: {
    title: 'Velkommen til Sésame-appen',
    intro:
      'Sésame-appen bekræfter dine login på din computer. Start med at initialisere appen, og tilføj derefter din konto ved at scanne den QR-kode, der vises på portalen.',
    initialize: 'Initialiser',
    initializing: 'Initialiserer…',
    ready: 'Appen er initialiseret.',
    permissionsIntro:
      'Appen skal bruge dit kamera til at scanne QR-koden og notifikationer til at give dig besked, når et login venter på din bekræftelse.',
    continue: 'Fortsæt',
    askingPermissions: 'Beder om tilladelser…',
    cameraRefused:
      'Kameraet er ikke tilladt. Tillad kameraet for denne app i din browsers indstillinger, og tryk derefter på Fortsæt igen.',
    notificationsRefused:
      'Notifikationer er ikke tilladt. Appen vil ikke give dig besked om loginanmodninger: åbn den, hver gang du logger på, for at se dem.',
    notificationsUnavailable:
      'Denne browser kan ikke vise notifikationer. Åbn appen, hver gang du logger på, for at se anmodningerne.',
  },
  scan: {
    title: 'Scan QR-koden',
    intro:
      'Log på portalen på din computer, og vælg derefter Min konto → Tilføj en mobilenhed. Ret kameraet mod den viste QR-kode.',
    starting: 'Starter kameraet…',
    scanning: 'Leder efter en QR-kode…',
    cameraRefused: 'Kameraet er ikke tilladt. Tillad det i din browsers indstillinger, og prøv derefter igen.',
    cameraUnavailable: 'Der kan ikke bruges noget kamera på denne enhed.',
    retry: 'Prøv igen',
    notEnrolment:
      'Dette er ikke en Sésame-QR-kode til at tilføje en enhed. Scan QR-koden på siden »Tilføj en mobilenhed«.',
    signInQr:
      'Denne QR-kode bruges til at logge på, ikke til at tilføje en enhed. Scan QR-koden på siden »Tilføj en mobilenhed«.',
    expired: 'Denne QR-kode er udløbet. Tilføj enheden igen på portalen for at få en ny QR-kode.',
    otherServer: 'Denne QR-kode hører til en anden Sésame-server ({server}). Åbn appen for den server.',
    cancel: 'Annuller',
  },
  pin: {
    title: 'Indtast din pinkode',
    connected:
      'Du er forbundet til kontoen tilhørende {account}. Indtast din firecifrede pinkode for at fuldføre registreringen af din enhed.',
    label: 'Firecifret pinkode',
    hint: 'Den pinkode, du valgte på portalen til denne enhed.',
    padLabel: 'Tastatur',
    erase: 'Slet',
    checkedAtLastDigit: 'Appen kontrollerer koden, så snart du indtaster det 4. ciffer.',
    incomplete: 'Indtast de 4 cifre i din pinkode.',
  },
  enrol: {
    registering: 'Registrerer din enhed…',
    acceptTitle: 'Accepter din enhed',
    almostRegistered: 'Din enhed {name} er næsten registreret: accepter den for at afslutte.',
    acceptIntro:
      'Ved at acceptere bekræfter du, at denne telefon skal bekræfte login for kontoen tilhørende {account}.',
    accept: 'Accepter',
    accepting: 'Accepterer din enhed…',
    acceptExpired: 'Tiden til at acceptere enheden er udløbet. Tilføj enheden igen på portalen.',
    registered: 'Din enhed {name} er registreret.',
    pinRejected: 'Dette er ikke den pinkode, der blev valgt på portalen. Prøv igen.',
    pinRejectedTries:
      'Dette er ikke den pinkode, der blev valgt på portalen. Prøv igen ({count, plural, one {# forsøg tilbage} other {# forsøg tilbage}}).',
    pinCancelled:
      'Dette er ikke den pinkode, der blev valgt på portalen, og der er ikke flere forsøg tilbage: registreringen er annulleret. Tilføj enheden igen på portalen.',
    alreadyHere: 'Denne konto er allerede registreret i denne app.',
    oneAccount:
      'Denne app er allerede registreret til en anden konto. Én enhed, én konto: slet den først fra den anden konto, eller scan denne QR-kode med en anden telefon; den er gyldig, indtil den udløber.',
    qrSpent: 'Denne QR-kode er udløbet eller allerede brugt. Tilføj enheden igen på portalen for at få en ny.',
    pinExpired: 'Tiden til at indtaste pinkoden er udløbet. Tilføj enheden igen på portalen.',
    network: 'Serveren kan ikke nås. Kontrollér din forbindelse, og prøv igen.',
    failed: 'Registreringen mislykkedes. Tilføj enheden igen på portalen, og scan den nye QR-kode.',
    scanAgain: 'Scan en QR-kode',
  },
  home: {
    title: 'Sésame',
    account: 'Konto',
    device: 'Enhed',
    enrolledAt: 'Registreret den',
    chooseAccount: 'Vist konto',
    check: 'Søg efter anmodninger',
    checking: 'Kontrollerer…',
    none: 'Ingen loginanmodning venter.',
    addAccount: 'Tilføj en konto',
    offline: 'Serveren kan ikke nås. Anmodninger vises, når forbindelsen er tilbage.',
    blocked:
      'Denne enhed er midlertidigt spærret efter for mange forkerte svar. Prøv igen senere: et rigtigt svar ophæver spærringen.',
    unknownDevice: 'Denne enhed er ikke længere registreret på serveren. Tilføj den igen fra Min konto på portalen.',
    notEnrolled: 'Ingen konto endnu.',
    scanQr: 'Scan en QR-kode',
    offlineQr: 'Uden netværk logger du på med »Sésame-appen med QR-kode«: tryk på »Scan en QR-kode«.',
    notificationsOff:
      'Notifikationer er slået fra: en loginanmodning vises kun her, mens denne app er åben. Slå dem til ved at tillade notifikationer for denne app (i din browsers indstillinger for dette websted), og åbn derefter appen igen: den slår dem til, så snart telefonen kan nå sin notifikationstjeneste.',
  },
  pending: {
    title: 'Loginanmodning',
    intro: 'Nogen logger på med din konto. Kontrollér, at det er dig.',
    forAccount: 'Konto',
    relyingApp: 'Applikation',
    browser: 'Browser',
    ip: 'IP-adresse',
    place: 'Sted',
    time: 'Tidspunkt',
    validity: 'Gyldig i',
    remaining: '{minutes} min. {seconds} sek.',
    expiredNow: 'udløbet',
    others: '{count, plural, one {# anmodning mere venter.} other {# anmodninger mere venter.}}',
    pickNumber: 'Vælg det tal, der vises i din browser',
    pinIntro: 'Indtast din firecifrede pinkode for at bekræfte login.',
    picked: 'Valgt tal: {number}',
    changeNumber: 'Skift tal',
    deny: 'Afvis',
    notMe: 'Det var ikke mig',
    reportQuestion:
      'Vil du anmelde denne anmodning? Den afvises, og sikkerhedsteamet bliver advaret. Nogen kender måske din adgangskode.',
    reportConfirm: 'Ja, anmeld den',
    cancel: 'Annuller',
    sending: 'Sender dit svar…',
    approved: 'Login godkendt.',
    denied: 'Login afvist.',
    reported: 'Anmodningen er afvist og anmeldt. Nogen kender din adgangskode: skift den nu på portalen (Min konto).',
    wrong:
      'Forkert pinkode eller forkert tal. Efter 5 forkerte svar i træk spærres enheden midlertidigt, længere hver gang.',
    tryAgain: 'Prøv igen',
    blocked:
      'Denne enhed er midlertidigt spærret efter for mange forkerte svar. Prøv igen senere: et rigtigt svar ophæver spærringen.',
    gone: 'Denne anmodning venter ikke længere: den er besvaret, trukket tilbage eller udløbet.',
    expired: 'Denne anmodning er udløbet. Log på igen på din computer.',
    network: 'Serveren kan ikke nås. Kontrollér din forbindelse, og prøv igen.',
    failed: 'Svaret kunne ikke sendes. Prøv igen.',
    none: 'Ingen loginanmodning venter.',
    back: 'Tilbage',
    onMobileIntro:
      'Du startede dette login på denne telefon. Kontrollér anmodningen, og indtast derefter din firecifrede pinkode.',
    onMobileApproved: 'Login bekræftet. Gå tilbage til din browser: login fortsætter af sig selv.',
  },
  code: {
    scanTitle: 'Scan en QR-kode',
    scanIntro:
      'Vælg »Sésame-appen med QR-kode«, når du logger på din computer, og ret derefter kameraet mod den viste QR-kode. Det virker uden netværk.',
    checking: 'Kontrollerer QR-koden…',
    askTitle: 'Loginanmodning',
    asks: '{app} anmoder om at logge på som {account}.',
    pinIntro:
      'Hvis du er ved at logge på din computer, skal du indtaste din firecifrede pinkode for at få den kode, du skal skrive der.',
    computing: 'Beregner koden…',
    codeTitle: 'Din loginkode',
    typeIt: 'Skriv denne kode på din computer i feltet »Kode vist af appen«, og klik derefter på »Log på«.',
    validFor: 'Gyldig i {time}',
    remaining: '{minutes} min. {seconds} sek.',
    expired: 'Udløbet – scan en ny QR-kode.',
    wrongPinNote: 'En forkert pinkode giver en forkert kode: din computer siger så, at koden ikke er rigtig.',
    done: 'Færdig',
    scanAgain: 'Scan en ny QR-kode',
    cancel: 'Annuller',
    forged: 'Denne QR-kode er ikke lavet af din Sésame-server. Skriv ikke nogen kode fra den.',
    challengeExpired: 'Denne QR-kode er udløbet. Vis en ny QR-kode på din computer, og scan den.',
    notYetValid: 'Denne QR-kode er ikke gyldig endnu. Kontrollér dato og klokkeslæt på denne telefon.',
    notEnrolled: 'Denne QR-kode er til kontoen {account}, som ikke er registreret i denne app.',
    enrolmentQr:
      'Denne QR-kode bruges til at tilføje en enhed, ikke til at logge på. For at tilføje en konto skal du gå tilbage og trykke på »Tilføj en konto«.',
    notSignInQr:
      'Dette er ikke en Sésame-QR-kode til login. Scan den QR-kode, der vises på loginsiden på din computer.',
    failed: 'Koden kunne ikke beregnes. Scan QR-koden igen.',
  },
  refusal: {
    checking: 'Kontrollerer QR-koden…',
    otherTitle: 'Denne telefon bruges allerede af en anden',
    otherAccount:
      'Denne telefon bekræfter allerede login for kontoen {account}. Én telefon tjener én person: denne QR-kode afvises, og portalsiden på computeren viser det.',
    otherAccountNext:
      'Tilføj enheden med en anden telefon: vælg »Tilføj en mobilenhed med en anden telefon« på computeren, og scan den nye QR-kode med den telefon. Hvis denne telefon i stedet skal bruges af dig, skal ejeren af {account} først slette den under »Administrer mine mobilenheder«.',
    sameTitle: 'Denne telefon er allerede registreret',
    sameAccount:
      'Denne telefon er allerede registreret til din konto {account}: der er intet at tilføje. QR-koden på computeren kan ikke længere bruges.',
    sameAccountNext:
      'For at tilføje en anden telefon skal du tilføje en mobilenhed igen på computeren og scanne den nye QR-kode med den telefon.',
    scanAnother: 'Scan en anden QR-kode',
    done: 'Tilbage',
  },
};
