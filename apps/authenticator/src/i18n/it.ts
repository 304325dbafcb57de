import type { Messages } from './en';

/**
 * Italian catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const it: Messages = {
  meta: {
    language: 'Lingua',
    lang: 'it',
  },
  app: {
    name: 'Sésame',
  },
  welcome: {
    title: 'Benvenuto nell’app Sésame',
    intro:
      'L’app Sésame conferma gli accessi effettuati dal Suo computer. Per iniziare, inizializzi l’app, poi aggiunga il Suo account scansionando il codice QR visualizzato sul portale.',
    initialize: 'Inizializza',
    initializing: 'Inizializzazione in corso…',
    ready: 'L’app è inizializzata.',
    permissionsIntro:
      'L’app ha bisogno della fotocamera per scansionare il codice QR e delle notifiche per avvisarLa quando un accesso attende la Sua conferma.',
    continue: 'Continua',
    askingPermissions: 'Richiesta delle autorizzazioni…',
    cameraRefused:
      'La fotocamera non è autorizzata. Autorizzi la fotocamera per questa app nelle impostazioni del browser, poi prema di nuovo Continua.',
    notificationsRefused:
      'Le notifiche non sono autorizzate. L’app non La avviserà delle richieste di accesso: la apra ogni volta che accede per vederle.',
    notificationsUnavailable:
      'Questo browser non può mostrare notifiche. Apra l’app ogni volta che accede per vedere le richieste.',
  },
  scan: {
    title: 'Scansioni il codice QR',
    intro:
      'Sul computer, acceda al portale, poi vada su «Il mio account» → Aggiungi un dispositivo mobile. Punti la fotocamera sul codice QR visualizzato.',
    starting: 'Avvio della fotocamera…',
    scanning: 'Ricerca di un codice QR…',
    cameraRefused: 'La fotocamera non è autorizzata. La autorizzi nelle impostazioni del browser, poi riprovi.',
    cameraUnavailable: 'Su questo dispositivo non è possibile usare alcuna fotocamera.',
    retry: 'Riprova',
    notEnrolment:
      'Questo non è un codice QR Sésame per aggiungere un dispositivo. Scansioni il codice QR della pagina «Aggiungi un dispositivo mobile».',
    signInQr:
      'Questo codice QR serve per accedere, non per aggiungere un dispositivo. Scansioni il codice QR della pagina «Aggiungi un dispositivo mobile».',
    expired:
      'Questo codice QR è scaduto. Aggiunga di nuovo il dispositivo sul portale per ottenere un nuovo codice QR.',
    otherServer: 'Questo codice QR è di un altro server Sésame ({server}). Apra l’app di quel server.',
    cancel: 'Annulla',
  },
  pin: {
    title: 'Inserisca il Suo codice PIN',
    connected:
      'È collegato all’account di {account}. Per completare la registrazione del dispositivo, inserisca il Suo PIN di 4 cifre.',
    label: 'Codice PIN di 4 cifre',
    hint: 'Il codice PIN che ha scelto sul portale per questo dispositivo.',
    padLabel: 'Tastierino',
    erase: 'Cancella',
    checkedAtLastDigit: 'L’app verifica il codice non appena digita la 4ª cifra.',
    incomplete: 'Inserisca le 4 cifre del Suo codice PIN.',
  },
  enrol: {
    registering: 'Registrazione del dispositivo in corso…',
    acceptTitle: 'Accetti il Suo dispositivo',
    almostRegistered: 'Il Suo dispositivo {name} è quasi registrato: lo accetti per terminare.',
    acceptIntro: 'Accettandolo, conferma che questo telefono confermerà gli accessi dell’account di {account}.',
    accept: 'Accetta',
    accepting: 'Accettazione del dispositivo in corso…',
    acceptExpired: 'Il tempo per accettare il dispositivo è scaduto. Aggiunga di nuovo il dispositivo sul portale.',
    registered: 'Il Suo dispositivo {name} è registrato.',
    pinRejected: 'Questo non è il codice PIN scelto sul portale. Riprovi.',
    pinRejectedTries:
      'Questo non è il codice PIN scelto sul portale. Riprovi ({count, plural, one {resta # tentativo} many {restano # tentativi} other {restano # tentativi}}).',
    pinCancelled:
      'Questo non è il codice PIN scelto sul portale e non restano più tentativi: la registrazione è annullata. Aggiunga di nuovo il dispositivo sul portale.',
    alreadyHere: 'Questo account è già registrato in questa app.',
    oneAccount:
      'Questa app è già registrata per un altro account. Un dispositivo, un account: lo elimini prima dall’altro account, oppure scansioni questo codice QR con un altro telefono: resta valido fino alla scadenza.',
    qrSpent:
      'Questo codice QR è scaduto o è già stato usato. Aggiunga di nuovo il dispositivo sul portale per ottenerne uno nuovo.',
    pinExpired: 'Il tempo per inserire il codice PIN è scaduto. Aggiunga di nuovo il dispositivo sul portale.',
    network: 'Il server non è raggiungibile. Verifichi la connessione e riprovi.',
    failed:
      'La registrazione non è riuscita. Aggiunga di nuovo il dispositivo sul portale e scansioni il nuovo codice QR.',
    scanAgain: 'Scansiona un codice QR',
  },
  home: {
    title: 'Sésame',
    account: 'Account',
    device: 'Dispositivo',
    enrolledAt: 'Registrato il',
    chooseAccount: 'Account visualizzato',
    check: 'Verifica le richieste',
    checking: 'Verifica in corso…',
    none: 'Nessuna richiesta di accesso in attesa.',
    addAccount: 'Aggiungi un account',
    offline: 'Il server non è raggiungibile. Le richieste compariranno quando la connessione sarà ristabilita.',
    blocked:
      'Questo dispositivo è bloccato per un certo tempo dopo troppe risposte errate. Riprovi più tardi: una risposta corretta pone fine al blocco.',
    unknownDevice:
      'Questo dispositivo non è più registrato sul server. Lo aggiunga di nuovo da «Il mio account» sul portale.',
    notEnrolled: 'Ancora nessun account.',
    scanQr: 'Scansiona un codice QR',
    offlineQr: 'Senza rete, acceda con «App Sésame con codice QR»: tocchi «Scansiona un codice QR».',
    notificationsOff:
      'Le notifiche sono disattivate: una richiesta di accesso compare qui solo mentre questa app è aperta. Per attivarle, autorizzi le notifiche per questa app (nelle impostazioni del browser per questo sito), poi riapra l’app: le attiverà non appena il telefono potrà raggiungere il suo servizio di notifiche.',
  },
  pending: {
    title: 'Richiesta di accesso',
    intro: 'Qualcuno sta accedendo con il Suo account. Verifichi che sia Lei.',
    forAccount: 'Account',
    relyingApp: 'Applicazione',
    browser: 'Browser',
    ip: 'Indirizzo IP',
    place: 'Luogo',
    time: 'Ora',
    validity: 'Valida per',
    remaining: '{minutes} min {seconds} s',
    expiredNow: 'scaduta',
    others:
      '{count, plural, one {# altra richiesta in attesa.} many {# altre richieste in attesa.} other {# altre richieste in attesa.}}',
    pickNumber: 'Scelga il numero visualizzato nel Suo browser',
    pinIntro: 'Inserisca il Suo codice PIN di 4 cifre per confermare l’accesso.',
    picked: 'Numero scelto: {number}',
    changeNumber: 'Cambia il numero',
    deny: 'Rifiuta',
    notMe: 'Non sono stato io',
    reportQuestion:
      'Segnalare questa richiesta? Viene rifiutata e il gruppo di sicurezza viene allertato. Qualcuno potrebbe conoscere la Sua password.',
    reportConfirm: 'Sì, segnala',
    cancel: 'Annulla',
    sending: 'Invio della risposta in corso…',
    approved: 'Accesso approvato.',
    denied: 'Accesso rifiutato.',
    reported:
      'La richiesta è stata rifiutata e segnalata. Qualcuno conosce la Sua password: la cambi subito sul portale (Il mio account).',
    wrong:
      'PIN o numero errato. Dopo 5 risposte errate consecutive il dispositivo viene bloccato per un certo tempo, ogni volta più a lungo.',
    tryAgain: 'Riprova',
    blocked:
      'Questo dispositivo è bloccato per un certo tempo dopo troppe risposte errate. Riprovi più tardi: una risposta corretta pone fine al blocco.',
    gone: 'Questa richiesta non è più in attesa: ha già ricevuto risposta, è stata ritirata o è scaduta.',
    expired: 'Questa richiesta è scaduta. Acceda di nuovo dal Suo computer.',
    network: 'Il server non è raggiungibile. Verifichi la connessione e riprovi.',
    failed: 'Non è stato possibile inviare la risposta. Riprovi.',
    none: 'Nessuna richiesta di accesso in attesa.',
    back: 'Indietro',
    onMobileIntro:
      'Ha avviato questo accesso su questo telefono. Verifichi la richiesta, poi inserisca il Suo codice PIN di 4 cifre.',
    onMobileApproved: 'Accesso confermato. Torni al Suo browser: l’accesso prosegue automaticamente.',
  },
  code: {
    scanTitle: 'Scansiona un codice QR',
    scanIntro:
      'Sul computer, scelga «App Sésame con codice QR» al momento dell’accesso, poi punti la fotocamera sul codice QR visualizzato. Funziona senza rete.',
    checking: 'Verifica del codice QR…',
    askTitle: 'Richiesta di accesso',
    asks: '{app} chiede di accedere come {account}.',
    pinIntro:
      'Se sta accedendo dal Suo computer, inserisca il Suo codice PIN di 4 cifre per ottenere il codice da digitare lì.',
    computing: 'Calcolo del codice…',
    codeTitle: 'Il Suo codice di accesso',
    typeIt: 'Sul computer, digiti questo codice nel campo «Codice visualizzato dall’app», poi «Accedi».',
    validFor: 'Valido per {time}',
    remaining: '{minutes} min {seconds} s',
    expired: 'Scaduto: scansioni un nuovo codice QR.',
    wrongPinNote: 'Un PIN errato dà un codice errato: il computer indicherà allora che il codice non è corretto.',
    done: 'Fatto',
    scanAgain: 'Scansiona un nuovo codice QR',
    cancel: 'Annulla',
    forged: 'Questo codice QR non è stato generato dal Suo server Sésame. Non digiti alcun codice ottenuto da esso.',
    challengeExpired: 'Questo codice QR è scaduto. Sul computer, visualizzi un nuovo codice QR, poi lo scansioni.',
    notYetValid: 'Questo codice QR non è ancora valido. Verifichi la data e l’ora di questo telefono.',
    notEnrolled: 'Questo codice QR è per l’account {account}, che non è registrato in questa app.',
    enrolmentQr:
      'Questo codice QR serve per aggiungere un dispositivo, non per accedere. Per aggiungere un account, torni indietro e tocchi «Aggiungi un account».',
    notSignInQr:
      'Questo non è un codice QR di accesso Sésame. Scansioni il codice QR visualizzato sulla pagina di accesso del Suo computer.',
    failed: 'Non è stato possibile calcolare il codice. Scansioni di nuovo il codice QR.',
  },
  refusal: {
    checking: 'Verifica del codice QR…',
    otherTitle: 'Questo telefono è già usato da un’altra persona',
    otherAccount:
      'Questo telefono conferma già gli accessi dell’account {account}. Un telefono serve una sola persona: questo codice QR è rifiutato e la pagina del portale sul computer lo indica.',
    otherAccountNext:
      'Aggiunga il dispositivo con un altro telefono: sul computer, scelga «Aggiungi un dispositivo mobile con un altro telefono» e scansioni il nuovo codice QR con quel telefono. Se invece questo telefono deve servire a Lei, il titolare di {account} deve prima eliminarlo in «Gestisci i miei dispositivi mobili».',
    sameTitle: 'Questo telefono è già registrato',
    sameAccount:
      'Questo telefono è già registrato per il Suo account {account}: non c’è nulla da aggiungere. Il codice QR sul computer non può più essere usato.',
    sameAccountNext:
      'Per aggiungere un altro telefono, aggiunga di nuovo un dispositivo mobile sul computer e scansioni il nuovo codice QR con quel telefono.',
    scanAnother: 'Scansiona un altro codice QR',
    done: 'Indietro',
  },
};
