import type { Messages } from './en';

/**
 * Italian catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const it: Messages = {
  meta: {
    language: 'Lingua',
  },
  layout: {
    skipToContent: 'Vai al contenuto principale',
    tagline: 'Accesso sicuro',
    footer: 'Sésame — fornitore di identità open source',
    signedInAs: 'Accesso effettuato come {name}',
    myAccount: 'Il mio account',
    signOut: 'Esci',
    errorSummaryTitle: 'Si è verificato un problema',
    errorTitle: 'Errore: {title}',
    navLabel: 'Account e lingua',
  },
  fields: {
    email: 'Indirizzo e-mail',
    emailConfirm: 'Conferma l’indirizzo e-mail',
    firstName: 'Nome',
    lastName: 'Cognome',
    emailLocale: 'Lingua delle e-mail',
    emailLocaleHint: 'La lingua delle e-mail che Sésame Le invia e delle sue pagine dopo l’accesso.',
    privacyAccepted: 'Ho letto e accetto l’informativa sulla privacy',
    password: 'Password',
    passwordConfirm: 'Conferma la password',
    currentPassword: 'Password attuale',
    newPassword: 'Nuova password',
    newPasswordConfirm: 'Conferma la nuova password',
    newEmail: 'Nuovo indirizzo e-mail',
    showPassword: 'Mostra la password',
    hidePassword: 'Nascondi la password',
    showButton: 'Mostra',
    hideButton: 'Nascondi',
    passwordHint:
      'Almeno {min, plural, one {# carattere} many {# caratteri} other {# caratteri}}. Spazi e qualsiasi carattere sono ammessi: una frase che ricorda è una buona password. Le password troppo comuni vengono rifiutate.',
  },
  reasons: {
    required: 'Compili il campo {field}.',
    too_long: 'Il campo {field} è troppo lungo.',
    malformed: 'Il campo {field} non è valido. Lo verifichi e riprovi.',
    mismatch: 'Il campo {field} non corrisponde.',
    too_short:
      'La password deve contenere almeno {min, plural, one {# carattere} many {# caratteri} other {# caratteri}}.',
    common:
      'Questa password è troppo comune: chiunque potrebbe indovinarla. Ne scelga un’altra, ad esempio una breve frase.',
    contextual:
      'Questa password contiene il Suo nome, il Suo indirizzo e-mail o il nome del servizio. Ne scelga un’altra.',
    not_accepted: 'Per creare un account deve accettare l’informativa sulla privacy.',
    unknown: 'Scelga il valore del campo {field} tra quelli proposti.',
    taken: 'Questo valore del campo {field} è già in uso. Ne scelga un altro.',
    too_deep:
      'In quel punto l’albero delle organizzazioni sarebbe troppo profondo. Scelga un’organizzazione superiore più in alto.',
    cycle:
      'Un’organizzazione non può essere spostata sotto sé stessa o sotto una delle proprie organizzazioni. Scelga un’altra organizzazione superiore.',
  },
  fieldNames: {
    organisationId: 'organizzazione',
    externalId: 'identificativo esterno',
    confirmEmail: 'indirizzo e-mail dell’account',
    file: 'file',
    code: 'codice',
    name: 'nome del dispositivo',
    method: 'metodo di verifica',
    pin: 'codice PIN',
    pinConfirm: 'conferma del codice PIN',
    email: 'indirizzo e-mail',
    emailConfirm: 'conferma dell’indirizzo e-mail',
    firstName: 'nome',
    lastName: 'cognome',
    emailLocale: 'lingua delle e-mail',
    privacyAccepted: 'informativa sulla privacy',
    password: 'password',
    passwordConfirm: 'conferma della password',
    currentPassword: 'password attuale',
    newPassword: 'nuova password',
    newPasswordConfirm: 'conferma della nuova password',
    newEmail: 'nuovo indirizzo e-mail',
    phone: 'numero di cellulare',
  },
  errors: {
    INVALID_CREDENTIALS: 'L’indirizzo e-mail o la password sono errati. Li verifichi e riprovi.',
    ACCOUNT_LOCKED:
      'Troppi tentativi non riusciti: questo account è bloccato per {minutes, plural, one {# minuto} many {# minuti} other {# minuti}}. Attenda, oppure reimposti la password con «Password dimenticata?».',
    TOO_MANY_REQUESTS:
      'Troppi tentativi dalla Sua rete. Attenda {minutes, plural, one {# minuto} many {# minuti} other {# minuti}}, poi riprovi.',
    LINK_INVALID: 'Questo link non è più valido: è scaduto o è già stato usato. Ricominci per ricevere un nuovo link.',
    EMAIL_UNAVAILABLE: 'Questo indirizzo e-mail non può essere usato. Ne scelga un altro.',
    EXTERNAL_ID_UNAVAILABLE: 'Questo identificativo esterno appartiene già a un altro account. Lo verifichi e riprovi.',
    ACCOUNT_DEACTIVATED:
      'Questo account è stato disattivato dalla sua organizzazione. Chieda al Suo responsabile locale o al Suo servizio di assistenza di riattivarlo.',
    CSRF_INVALID:
      'Il modulo è scaduto o non è stato inviato da questo sito. Non è stato modificato nulla. Ricarichi la pagina e riprovi.',
    SIGN_IN_REQUIRED: 'Acceda per vedere questa pagina.',
    STORE_UNAVAILABLE:
      'Il servizio è temporaneamente non disponibile. Non è stato modificato nulla. Riprovi tra un minuto.',
    NOT_FOUND: 'Questa pagina non esiste.',
    BAD_REQUEST:
      'Non è stato possibile comprendere la richiesta. Non è stato modificato nulla. Torni indietro, ricarichi la pagina e riprovi.',
    INTERNAL: 'Si è verificato un problema da parte nostra. Non è stato modificato nulla. Riprovi tra qualche minuto.',
    DEVICE_MESSAGE_INVALID:
      'L’app Sésame ha inviato una richiesta che non è stato possibile verificare. Aggiorni l’app e riprovi.',
    ENROLMENT_INVALID:
      'Questo codice QR non è più valido: è scaduto o è già stato usato. Aggiunga di nuovo il dispositivo da «Gestisci i miei dispositivi mobili».',
    DEVICE_ALREADY_ENROLLED:
      'Questo telefono è già registrato per un altro account. Lo rimuova prima da quell’account: un telefono, un account.',
    DEVICE_UNAUTHENTICATED:
      'Questo dispositivo non è riconosciuto. Lo registri di nuovo da «Gestisci i miei dispositivi mobili».',
    DEVICE_BLOCKED:
      'Questo dispositivo è bloccato dopo troppe risposte errate (fine del blocco: {time}). Riprovi dopo: una risposta corretta pone fine al blocco. Se non è stato Lei, cambi la password.',
    SECOND_FACTOR_REQUIRED:
      'Per aggiungere o eliminare un dispositivo mobile serve una conferma con l’app Sésame. Acceda con l’app, oppure scelga «Non ho più il mio telefono».',
    DEVICE_CHALLENGE_INVALID:
      'Questa richiesta ha già ricevuto risposta o è stata annullata. Non è stato modificato nulla.',
    DEVICE_CHALLENGE_EXPIRED: 'Questa richiesta è scaduta. Ricominci dalla pagina di accesso.',
    PUSH_LIMIT_REACHED:
      'Sono state inviate troppe richieste al Suo telefono. Attenda {minutes, plural, one {# minuto} many {# minuti} other {# minuti}}, poi riprovi. Se non le ha richieste Lei, cambi la password.',
    NO_ACTIVE_DEVICE:
      'Per questo account non è registrato alcun dispositivo mobile attivo. Scelga un altro metodo di verifica.',
    DEVICE_SECRET_UNREADABLE:
      'Si è verificato un problema da parte nostra. Non è stato modificato nulla. Riprovi tra qualche minuto.',
    SMS_UNAVAILABLE:
      'Non è stato possibile inviare l’SMS: il servizio SMS non risponde. Riprovi tra qualche minuto, oppure scelga un altro metodo di verifica.',
    SMS_RETIRED:
      'L’accesso tramite SMS non è più accettato qui. Usi l’app Sésame: la aggiunga in «Gestisci i miei dispositivi mobili» dopo aver effettuato l’accesso in un altro modo.',
    SMS_COUNTRY_NOT_ACCEPTED:
      'Sésame non invia SMS a questo numero. Paesi accettati: {countries}. Usi invece l’app Sésame («Gestisci i miei dispositivi mobili») o una chiave di sicurezza.',
    SMS_LIMIT_REACHED:
      'Sésame non può inviare altri SMS per il momento: non è stato inviato nulla. Usi invece l’app Sésame o una chiave di sicurezza, oppure riprovi più tardi.',
    FORBIDDEN:
      'Non è autorizzato a eseguire questa operazione: esula dalle organizzazioni e dai ruoli che Le sono stati assegnati. Non è stato modificato nulla.',
    EID_UNAVAILABLE:
      'Il Suo fornitore di eID non risponde. Riprovi tra qualche minuto, oppure acceda con il Suo indirizzo e-mail e la Sua password.',
    EID_REFUSED:
      'Non è stato possibile verificare la risposta della Sua eID, oppure la richiesta è scaduta. Non è stato modificato nulla. Ricominci da questa pagina.',
    EID_NOT_LINKED:
      'Questa eID non è collegata a un account Sésame. Acceda con il Suo indirizzo e-mail e la Sua password, poi la colleghi in «Il mio account», «Gestisci le mie eID».',
    EID_LEVEL_UNKNOWN:
      'Il Suo fornitore di eID non ha indicato un livello di garanzia accettato da questo Sésame: l’eID non può essere usata. Acceda con il Suo indirizzo e-mail e la Sua password.',
    EID_ALREADY_LINKED: 'Questa eID è già collegata a un account Sésame. La scolleghi prima da quell’account.',
    EID_EMAIL_UNVERIFIED:
      'La Sua eID non ha fornito un indirizzo e-mail verificato: non è possibile né creare né trovare un account Sésame a partire da essa. Acceda con il Suo indirizzo e-mail e la Sua password (o crei un account), poi colleghi la Sua eID in «Il mio account», «Gestisci le mie eID».',
    EID_OTHER_ACCOUNT:
      'Ha effettuato l’accesso a un account diverso da quello dell’indirizzo e-mail della Sua eID. Esca, poi acceda di nuovo con la Sua eID.',
    EID_NOT_THIS_ACCOUNT:
      'Questa eID non è quella collegata al Suo account Sésame, quindi non può confermare questo accesso. Usi la eID che ha collegato, oppure un altro modo indicato in questa pagina.',
    confirmRequired: {
      emailConfirm: 'Confermi il Suo indirizzo e-mail.',
      passwordConfirm: 'Confermi la Sua password.',
      newPasswordConfirm: 'Confermi la Sua nuova password.',
    },
    currentPasswordWrong: 'La password attuale è errata.',
    accountLockedUntilReset:
      'Troppi tentativi non riusciti di seguito: questo account è bloccato finché la sua password non viene reimpostata. La reimposti con «Password dimenticata?» (un link viene inviato per e-mail), oppure chieda al Suo responsabile locale o al Suo servizio di assistenza di sbloccarlo. Su un browser in cui ha effettuato l’accesso con la Sua password negli ultimi 90 giorni può ancora accedere.',
    sameEmail: 'Questo è già il Suo indirizzo e-mail.',
    pageTitle: 'Errore',
    backHome: 'Torna alla pagina di accesso',
  },
  signIn: {
    title: 'Accedi',
    intro: 'Acceda con il Suo account Sésame.',
    next: 'Avanti',
    signInButton: 'Accedi',
    passwordTitle: 'Inserisca la password',
    signingInAs: 'Accesso come {email}',
    notYou: 'Usa un altro indirizzo e-mail',
    forgot: 'Password dimenticata?',
    noAccount: 'Non ha ancora un account?',
    createAccount: 'Crea un account',
    methodLabel: 'Scelga il metodo di verifica',
    methodPassword: 'Password',
    methodAppPin: 'App Sésame con codice PIN',
    methodAppQr: 'App Sésame con codice QR',
    methodTotp: 'Codice di un’app di autenticazione',
    methodRecoveryCode: 'Un codice di recupero',
    methodWebauthn: 'Chiave di sicurezza o piattaforma affidabile',
    methodSms: 'Telefono cellulare + SMS',
    passkeyIntro: 'Oppure, senza digitare il Suo indirizzo e-mail:',
    passkeyButton: 'Accedi con una passkey',
    passkeyRefused:
      'Questa passkey non è stata accettata: non è registrata, oppure la richiesta è scaduta. Riprovi, oppure digiti il Suo indirizzo e-mail.',
    methodHint:
      'Le applicazioni che richiedono due fattori ne chiedono uno di questi dopo la password: scelga quello di cui dispone.',
    methodOnMobile: 'Su dispositivo mobile',
    onMobileIntro:
      'È sul telefono su cui è installata la Sua app Sésame? Confermi nell’app invece di digitare la password.',
    signedOut: 'È uscito.',
    eidIntro: 'Oppure con la Sua identità elettronica nazionale, se l’ha collegata al Suo account:',
    eidButton: 'Accedi con {provider}',
  },
  secondFactor: {
    title: 'Confermi la Sua identità con il secondo fattore',
    body: 'Aggiungere o eliminare un dispositivo mobile cambia il modo in cui il Suo account è protetto. Il Suo account ha, o ha avuto, un’app Sésame: confermi prima con essa. Un dispositivo bloccato funziona di nuovo quando il blocco termina.',
    emailBody:
      'Il Suo indirizzo e-mail Le permette di recuperare l’account se perde il telefono. Il Suo account ha, o ha avuto, un’app Sésame: confermi con essa prima di cambiare l’indirizzo.',
    confirm: 'Conferma con il mio secondo fattore',
    lost: 'Ha perso il telefono? Elimini tutti i Suoi dispositivi (PANICO): la conferma avviene via e-mail.',
    lostWithCodes:
      'Ha perso la chiave di sicurezza o l’app di autenticazione? Al momento della conferma, dopo la password scelga «Non ho più nessuno di questi: usa un codice di recupero».',
    lostHelpdesk:
      'Ha perso la chiave di sicurezza o l’app di autenticazione? Il Suo servizio di assistenza può rimuoverla dopo aver verificato la Sua identità; poi ne aggiunge una nuova.',
    noneTitle: 'Serve prima un secondo fattore',
    noneBody:
      'Questa pagina richiede un accesso con un secondo fattore e il Suo account non ne ha ancora uno. Ne aggiunga uno in «Il mio account» — un’app di autenticazione, una chiave di sicurezza o l’app Sésame — poi torni qui.',
    goToAccount: 'Aggiungi un secondo fattore in «Il mio account»',
    lostAllTitle: 'Il Suo account non ha più alcun secondo fattore',
    lostAllBody:
      'I suoi dispositivi mobili e gli altri secondi fattori sono stati rimossi, dal Suo servizio di assistenza dopo la perdita del telefono oppure con l’eliminazione di tutti i Suoi dispositivi (PANICO): non resta nulla con cui confermare. Se li ha rimossi il servizio di assistenza, apra in questo browser il link dell’e-mail che Le ha inviato: potrà subito aggiungere un nuovo dispositivo mobile. Altrimenti, scelga «Non ho più il mio telefono»: Le inviamo un link e potrà aggiungere un nuovo dispositivo {hours, plural, one {# ora} many {# ore} other {# ore}} dopo averlo aperto.',
    backToAccount: 'Torna al mio account',
  },
  signInQr: {
    title: 'Scansioni il codice QR con l’app Sésame',
    alt: 'Codice QR da scansionare con l’app Sésame per accedere',
    stepsTitle: 'Nell’app Sésame (funziona senza rete)',
    steps: [
      'Apra l’app Sésame sul Suo dispositivo mobile e tocchi «Scansiona un codice QR».',
      'Scansioni questo codice QR. L’app mostra quale applicazione lo richiede.',
      'Inserisca il Suo codice PIN di 4 cifre: l’app mostra un codice di 8 cifre.',
      'Digiti quel codice qui sotto, poi «Accedi».',
    ],
    expires: 'Questo codice QR è valido fino alle {time}.',
    codeLabel: 'Codice visualizzato dall’app',
    codeHint: '8 cifre.',
    newCode: 'Mostra un nuovo codice QR',
    wrongCode:
      'Questo codice non è corretto. Lo verifichi nell’app e lo digiti di nuovo. Un PIN errato nell’app dà un codice errato: dopo 5 risposte errate consecutive il dispositivo viene bloccato per un certo tempo, ogni volta più a lungo.',
    expired: 'Questo codice QR è scaduto. Ne visualizzi uno nuovo.',
  },
  signInApp: {
    title: 'Confermi nell’app Sésame',
    intro: 'È stata inviata una richiesta di accesso al Suo dispositivo mobile: {devices}.',
    numberLabel: 'Numero da scegliere nell’app',
    steps: [
      'Apra l’app Sésame sul Suo dispositivo mobile. Se la richiesta non compare, tocchi «Verifica le richieste».',
      'Verifichi l’applicazione, il browser e l’ora della richiesta.',
      'Scelga il numero visualizzato in questa pagina, poi inserisca il Suo codice PIN di 4 cifre.',
    ],
    expires: 'La richiesta è valida fino alle {time}.',
    waiting: 'In attesa della Sua conferma nell’app…',
    continue: 'Ho confermato nell’app',
    resend: 'Invia una nuova richiesta',
    signInAgain: 'Accedi di nuovo',
    otherMethod: 'Scegli un altro metodo di verifica',
    notYet: 'La richiesta non è ancora stata confermata nell’app. La confermi, poi prosegua.',
    approved: 'Confermato nell’app. Accesso in corso…',
    denied:
      'La richiesta è stata rifiutata nell’app. L’accesso non è avvenuto. Acceda di nuovo se si è trattato di un errore.',
    reported:
      'Ha segnalato di non aver fatto questa richiesta. L’accesso non è avvenuto. Se qualcun altro conosce la Sua password, la cambi subito con «Password dimenticata?».',
    failed:
      'PIN o numero errato nell’app. L’accesso non è avvenuto. Acceda di nuovo per inviare una nuova richiesta: dopo 5 risposte errate consecutive il dispositivo viene bloccato per un certo tempo, ogni volta più a lungo.',
    cancelled:
      'La richiesta è stata annullata: il dispositivo è stato eliminato o bloccato. Scelga un altro metodo di verifica.',
    expired: 'La richiesta è scaduta. Invii una nuova richiesta.',
  },
  signInMobile: {
    title: 'Confermi su questo telefono',
    openApp: 'Apri l’app Sésame',
    steps: [
      'Tocchi «Apri l’app Sésame»: si apre sulla richiesta.',
      'Verifichi l’applicazione e l’ora della richiesta, poi inserisca il Suo codice PIN di 4 cifre.',
      'Torni a questa pagina: l’accesso prosegue automaticamente.',
    ],
    expires: 'La richiesta è valida fino alle {time}.',
    waiting: 'In attesa della Sua conferma nell’app…',
    continue: 'Ho confermato nell’app',
    resend: 'Invia una nuova richiesta',
    usePassword: 'Accedi invece con la password',
    signInAgain: 'Accedi di nuovo',
    notYet: 'La richiesta non è ancora stata confermata nell’app. La confermi, poi prosegua.',
    denied:
      'La richiesta è stata rifiutata nell’app. L’accesso non è avvenuto. Acceda di nuovo se si è trattato di un errore.',
    reported:
      'Ha segnalato di non aver fatto questa richiesta. L’accesso non è avvenuto. Qualcuno ha avviato un accesso con il Suo indirizzo e-mail; la Sua password non è stata usata.',
    failed:
      'PIN errato nell’app. L’accesso non è avvenuto. Acceda di nuovo per inviare una nuova richiesta: dopo 5 risposte errate consecutive il dispositivo viene bloccato per un certo tempo, ogni volta più a lungo.',
    cancelled: 'La richiesta è stata annullata: il dispositivo è stato eliminato o bloccato. Acceda con la password.',
    expired: 'La richiesta è scaduta. Invii una nuova richiesta.',
  },
  register: {
    title: 'Crea un account',
    intro: 'Compili il modulo. Le invieremo un’e-mail con un link per scegliere la password.',
    privacyLink: 'Leggi l’informativa sulla privacy',
    submit: 'Crea un account',
    sentTitle: 'Controlli la Sua casella di posta',
    sent: 'Un’e-mail è stata inviata a {email}. Apra il link che contiene entro {minutes, plural, one {# minuto} many {# minuti} other {# minuti}} per scegliere la password. Se non arriva, controlli la cartella della posta indesiderata.',
  },
  setPassword: {
    title: 'Scelga la Sua password',
    intro: 'Benvenuto/a, {firstName}. Scelga la password del Suo account {email}.',
    submit: 'Salva e accedi',
    done: 'Il Suo account è pronto. Ha effettuato l’accesso.',
  },
  forgot: {
    title: 'Password dimenticata?',
    intro: 'Inserisca l’indirizzo e-mail del Suo account. Le invieremo un link per scegliere una nuova password.',
    submit: 'Inviami un link',
    sentTitle: 'Controlli la Sua casella di posta',
    sent: 'Se esiste un account per {email}, è stata inviata un’e-mail con un link. Il link è valido per {minutes, plural, one {# minuto} many {# minuti} other {# minuti}}.',
  },
  reset: {
    title: 'Scelga una nuova password',
    intro: 'Scelga una nuova password per {email}.',
    submit: 'Salva la nuova password',
    done: 'La password è stata cambiata. Acceda con la nuova password.',
  },
  account: {
    title: 'Il mio account',
    details: 'I miei dati',
    userId: 'Identificativo unico',
    name: 'Nome',
    email: 'Indirizzo e-mail',
    languageHint:
      'La lingua delle pagine di Sésame dopo l’accesso e delle e-mail che Le invia. Per cambiarla, ne scelga un’altra nel menu delle lingue in alto nella pagina.',
    organisation: 'Organizzazione',
    security: 'Sicurezza',
    changePassword: 'Cambia la password',
    changeEmail: 'Cambia l’indirizzo e-mail',
    recentEvents: 'Eventi di sicurezza recenti',
    eventWhen: 'Quando',
    eventWhat: 'Che cosa',
    eventFrom: 'Da',
    noEvents: 'Ancora nessun evento.',
    welcome: 'Benvenuto/a, {firstName}.',
  },
  events: {
    'account.created': 'Account creato',
    'sign_in.succeeded': 'Accesso effettuato',
    'sign_in.failed': 'Accesso non riuscito',
    'account.locked': 'Account bloccato',
    sign_out: 'Uscita',
    'password.changed': 'Password cambiata',
    'password.reset': 'Password reimpostata via e-mail',
    'email.change_requested': 'Cambio di indirizzo e-mail richiesto',
    'email.changed': 'Indirizzo e-mail cambiato',
    'device.enrolled': 'Dispositivo mobile aggiunto',
    'device.renamed': 'Dispositivo mobile rinominato',
    'device.deleted': 'Dispositivo mobile eliminato',
    'device.blocked': 'Dispositivo mobile bloccato dopo risposte errate',
    'account.recovery_started': 'Recupero dell’account avviato (telefono perso)',
    'account.recovery_cancelled': 'Recupero dell’account annullato',
    'account.recovery_completed': 'Account recuperato: nuovo dispositivo mobile aggiunto',
    'account.recovery_expedited':
      'Periodo di attesa del recupero concluso dal servizio di assistenza dopo una verifica dell’identità',
    'credential.enrolled': 'Autenticatore aggiunto',
    'credential.renamed': 'Autenticatore rinominato',
    'credential.deleted': 'Autenticatore eliminato',
    'account.options_changed': 'Opzioni dell’account modificate',
    'account.language_changed': 'Lingua dell’account modificata',
    'account.new_browser_mailed': 'Accesso da un nuovo browser: e-mail inviata',
    'account.unlocked': 'Account sbloccato dal servizio di assistenza o da un responsabile',
    'account.password_reset_sent':
      'Link di reimpostazione della password inviato dal servizio di assistenza o da un responsabile',
    'account.second_factor_reset': 'Secondi fattori rimossi dal servizio di assistenza o da un responsabile',
    'campaign.reminder_sent': 'Promemoria per configurare un secondo fattore inviato da un responsabile',
    'campaign.snoozed': 'Configurazione del secondo fattore rimandata («Più tardi»)',
    'campaign.excluded': 'Escluso/a dalla campagna per il secondo fattore da un responsabile',
    'campaign.included': 'Incluso/a di nuovo nella campagna per il secondo fattore da un responsabile',
    'campaign.configured': 'Campagna per il secondo fattore impostata da un responsabile',
    'account.invited': 'Account creato da un responsabile (invito)',
    'account.updated': 'Dati dell’account modificati da un responsabile o da un’importazione',
    'account.deactivated': 'Account disattivato da un responsabile',
    'account.reactivated': 'Account riattivato da un responsabile',
    'account.deleted': 'Account cancellato da un responsabile',
    'account.exported': 'Account esportati (CSV)',
    'dashboard.exported': 'Cruscotto della migrazione esportato (CSV)',
    'account.moved': 'Account spostato in un’altra organizzazione',
    'role.granted': 'Ruolo amministrativo assegnato',
    'role.revoked': 'Ruolo amministrativo revocato',
    'organisation.created': 'Organizzazione creata',
    'organisation.renamed': 'Organizzazione rinominata',
    'organisation.moved': 'Organizzazione spostata',
    'audit.exported': 'Audit esportato',
    'audit.purged': 'Vecchie voci di audit eliminate (conservazione)',
    'admin.refused': 'Azione amministrativa rifiutata',
  },
  changePassword: {
    title: 'Cambia la password',
    submit: 'Cambia la password',
    cancel: 'Annulla',
    done: 'La password è stata cambiata. Le altre sessioni sono state chiuse.',
  },
  changeEmail: {
    title: 'Cambia l’indirizzo e-mail',
    intro: 'Invieremo un link al nuovo indirizzo. Il Suo indirizzo cambierà quando lo aprirà.',
    submit: 'Invia il link di conferma',
    cancel: 'Annulla',
    sent: 'Un link di conferma è stato inviato a {email}. Lo apra entro {minutes, plural, one {# minuto} many {# minuti} other {# minuti}}.',
    done: 'Il Suo indirizzo e-mail è ora {email}.',
  },
  blocking: {
    until: 'Bloccato (fine del blocco: {time})',
    later: 'tra qualche minuto',
    timeLocale: 'it-IT',
  },
  recovery: {
    link: 'Non ho più il mio telefono',
    requestTitle: 'Non ho più il mio telefono',
    requestIntro:
      'Se ha perso tutti i dispositivi mobili del Suo account, può aggiungerne uno nuovo dopo un periodo di attesa di {hours, plural, one {# ora} many {# ore} other {# ore}}. Inviamo un link al Suo indirizzo e-mail; il periodo di attesa inizia quando lo apre. La informiamo via e-mail a ogni passaggio, così può fermare la procedura se non è Lei.',
    requestSubmit: 'Inviami il link',
    sentTitle: 'Controlli la Sua e-mail',
    sent: 'Un link è stato inviato a {email}. Lo apra entro {minutes, plural, one {# minuto} many {# minuti} other {# minuti}} per avviare il periodo di attesa.',
    confirmTitle: 'Avvii il recupero del Suo account',
    confirmIntro:
      'Quando conferma, inizia un periodo di attesa di {hours, plural, one {# ora} many {# ore} other {# ore}}. Al termine, acceda con la password in questo browser e aggiunga un nuovo dispositivo mobile. Le inviamo subito un’e-mail, con un link per annullare.',
    confirmSubmit: 'Avvia il periodo di attesa',
    startedTitle: 'Il periodo di attesa è iniziato',
    started:
      'Dal {time}, acceda con la password in questo browser e aggiunga un nuovo dispositivo mobile da «Gestisci i miei dispositivi mobili». Poi acceda con il nuovo dispositivo.',
    cancelTitle: 'Annulli il recupero del Suo account',
    cancelIntro:
      'Qualcuno ha avviato il recupero del Suo account. Se non è stato Lei, lo annulli: in questo modo non potrà essere aggiunto alcun nuovo dispositivo. Poi cambi la password: qualcuno la conosce.',
    cancelSubmit: 'Annulla il recupero',
    cancelledTitle: 'Il recupero è annullato',
    cancelled:
      'Attraverso di esso non può più essere aggiunto alcun nuovo dispositivo. Se non l’ha avviato Lei, cambi subito la password.',
    pending: 'È in corso un recupero del Suo account: dal {time} potrà aggiungere un nuovo dispositivo mobile.',
    ready:
      'Il periodo di attesa del recupero del Suo account è terminato: nel browser in cui ha confermato il link, può ora aggiungere un nuovo dispositivo mobile.',
    changePassword: 'Cambia la mia password',
    confirmIntroChecked:
      'Il Suo servizio di assistenza ha rimosso i secondi fattori del Suo account e ha verificato che è Lei: non c’è alcun periodo di attesa. Quando conferma, può aggiungere subito un nuovo dispositivo mobile in questo browser, dopo aver effettuato l’accesso con la password. Le inviamo subito un’e-mail, con un link per annullare.',
    confirmSubmitChecked: 'Conferma',
    readyTitle: 'Può aggiungere il Suo nuovo dispositivo mobile',
    readyNow:
      'In questo browser, dopo aver effettuato l’accesso con la password, aggiunga ora il Suo nuovo dispositivo mobile. Poi acceda con esso.',
  },
  devices: {
    title: 'Gestisci i miei dispositivi mobili',
    intro:
      'L’app Sésame sul Suo telefono o tablet conferma i Suoi accessi. Aggiunga un dispositivo, lo rinomini o lo elimini se lo perde o cambia telefono.',
    none: 'Non ha ancora alcun dispositivo mobile.',
    name: 'Nome',
    added: 'Data di aggiunta',
    lastUsed: 'Ultimo utilizzo',
    status: 'Stato',
    actions: 'Azioni',
    never: 'Mai',
    statuses: {
      pending: 'In attesa di conferma del PIN',
      active: 'Attivo',
      blocked: 'Bloccato',
    },
    add: 'Aggiungi un dispositivo mobile',
    rename: 'Rinomina',
    renameOf: 'Rinomina {name}',
    delete: 'Elimina',
    deleteOf: 'Elimina {name}',
    panic: 'Elimina tutti i miei dispositivi e le mie eID (PANICO)',
    panicHint:
      'Telefono perso o rubato? Elimini tutti i Suoi dispositivi e scolleghi le Sue eID in una volta: nessuno di essi potrà più confermare né aprire un accesso.',
    back: 'Torna ai miei dispositivi mobili',
    addedNotice: 'Il Suo dispositivo mobile è stato aggiunto. Ora può confermare i Suoi accessi.',
    renamedNotice: 'Il dispositivo è stato rinominato «{name}».',
    deletedNotice: 'Il dispositivo è stato eliminato.',
    panicNotice: 'Tutti i Suoi dispositivi mobili sono stati eliminati e le Sue eID scollegate.',
    form: {
      title: 'Aggiungi un dispositivo mobile',
      intro:
        'Inserisca un nome per identificare il Suo dispositivo mobile e il codice PIN che desidera usare per questo dispositivo.',
      name: 'Nome del dispositivo',
      nameHint: 'Senza spazi, ad esempio Pixel-di-Maria.',
      pin: 'Codice PIN di 4 cifre',
      pinHint: 'Dovrà inserire questo codice PIN sul Suo dispositivo mobile per usare l’app Sésame.',
      pinConfirm: 'Confermi il Suo codice PIN',
      submit: 'Invia',
      cancel: 'Annulla',
    },
    qr: {
      title: 'Scansioni il codice QR con l’app Sésame',
      alt: 'Codice QR da scansionare con l’app Sésame per aggiungere il dispositivo {name}',
      stepsTitle: 'Nell’app Sésame',
      steps: [
        'Apra l’app Sésame sul Suo dispositivo mobile e scelga di aggiungere un account. Autorizzi l’app a usare la fotocamera.',
        'Scansioni questo codice QR con l’app.',
        'L’app chiede il codice PIN di 4 cifre che ha appena scelto: lo inserisca.',
        'Accetti il dispositivo nell’app: tocchi «Accetta» (o la notifica inviata dall’app).',
        'Fatto: questa pagina prosegue automaticamente e Lei riceve un’e-mail di conferma.',
      ],
      expires:
        'Questo codice QR è valido per {minutes, plural, one {# minuto} many {# minuti} other {# minuti}}, fino alle {time}. Dopo, aggiunga di nuovo il dispositivo.',
      waiting: 'In attesa del Suo dispositivo mobile…',
      finished: 'Ho terminato nell’app',
      cancel: 'Annulla',
    },
    renameTitle: 'Rinomina un dispositivo mobile',
    renameSubmit: 'Rinomina',
    deleteTitle: 'Elimina un dispositivo mobile',
    deleteQuestion:
      'Eliminare il dispositivo mobile «{name}»? Non confermerà più i Suoi accessi. Per usarlo di nuovo, dovrà aggiungerlo di nuovo.',
    deleteConfirm: 'Sì, elimina questo dispositivo',
    panicTitle: 'Elimina tutti i miei dispositivi',
    panicQuestion:
      '{count, plural, =0 {Al momento non ha alcun dispositivo mobile: non c’è nulla da eliminare.} one {Eliminare il Suo dispositivo mobile? Non confermerà più i Suoi accessi. Lo faccia se è stato perso o rubato; poi lo aggiunga di nuovo.} many {Eliminare tutti i Suoi # dispositivi mobili? Nessuno di essi confermerà più i Suoi accessi. Lo faccia se un dispositivo è stato perso o rubato; poi aggiunga di nuovo i Suoi dispositivi.} other {Eliminare tutti i Suoi # dispositivi mobili? Nessuno di essi confermerà più i Suoi accessi. Lo faccia se un dispositivo è stato perso o rubato; poi aggiunga di nuovo i Suoi dispositivi.}}',
    panicConfirm: 'Sì, elimina tutti i miei dispositivi',
    panicSend: 'Inviami il link di conferma',
    panicSentTitle: 'Controlli la Sua casella di posta',
    panicSent:
      'Un link di conferma è stato inviato a {email}. Lo apra entro {minutes, plural, one {# minuto} many {# minuti} other {# minuti}}: i Suoi dispositivi vengono eliminati quando conferma lì.',
    panicLinkQuestion:
      'Eliminare ora tutti i dispositivi mobili di questo account e scollegarne le eID? Nessuno di essi confermerà né aprirà più un accesso.',
    cancel: 'Annulla',
    fieldReasons: {
      name: {
        required: 'Inserisca un nome per il dispositivo.',
        malformed:
          'Il nome del dispositivo non deve contenere spazi: lo scriva in una sola parola, ad esempio Pixel-di-Maria.',
        too_long: 'Il nome del dispositivo è troppo lungo: usi al massimo 40 caratteri.',
      },
      pin: {
        required: 'Inserisca un codice PIN di 4 cifre.',
        malformed: 'Il codice PIN deve contenere solo cifre.',
        too_short: 'Il codice PIN deve avere esattamente 4 cifre.',
        too_long: 'Il codice PIN deve avere esattamente 4 cifre.',
        common: 'Questo codice PIN è troppo facile da indovinare (come 1234 o 0000). Ne scelga un altro.',
      },
      pinConfirm: {
        required: 'Confermi il Suo codice PIN.',
        mismatch: 'I due codici PIN sono diversi. Digiti due volte lo stesso codice PIN.',
      },
      phone: {
        required: 'Inserisca il Suo numero di cellulare.',
        malformed:
          'Scriva il numero iniziando con «+» e il prefisso internazionale, senza punti, parentesi o trattini, ad esempio +39 312 345 6789.',
        not_accepted: 'Questo numero non può essere aggiunto. Lo verifichi, oppure usi un altro numero.',
      },
    },
  },
  outbox: {
    title: 'Posta in uscita (sviluppo)',
    intro: 'Le e-mail non vengono inviate: SMTP non è configurato. Eccole, dalla più recente.',
    empty: 'Ancora nessuna e-mail.',
    to: 'A',
    subject: 'Oggetto',
    date: 'Data',
    filterLabel: 'Filtra le e-mail',
    filterTo: 'Destinatario (indirizzo esatto)',
    filterSubmit: 'Mostra le sue e-mail',
    filterClear: 'Mostra tutte le e-mail',
    emptyFor: 'Nessuna e-mail per {to}.',
    json: 'Lo stesso elenco in JSON',
  },
  privacy: {
    title: 'Informativa sulla privacy',
    body: [
      'Sésame conserva solo ciò che serve per farLa accedere: il Suo nome, il Suo indirizzo e-mail, la lingua del Suo account (quella delle e-mail e, una volta che l’ha scelta Lei, delle pagine, con la data di tale scelta), un hash della Sua password (mai la password stessa), i dispositivi mobili che ha aggiunto e un registro degli eventi di sicurezza (accessi, modifiche) con data, indirizzo di rete e browser.',
      'Questi dati servono solo ad autenticarLa presso le applicazioni che sceglie di usare e a proteggere il Suo account. Non vengono venduti né usati a fini pubblicitari.',
    ],
    retentionTitle: 'Per quanto tempo li conserviamo',
    retentionAccount:
      'Il Suo account (nome, indirizzo e-mail, lingua, hash della password, dispositivi mobili): nella banca dati, finché l’account esiste. Per far eliminare il Suo account, contatti il Suo servizio di assistenza.',
    retentionSignIns:
      'Gli eventi di accesso (accessi, tentativi non riusciti, uscite, con data, indirizzo di rete e browser): nella banca dati, per {days, plural, one {# giorno} many {# giorni} other {# giorni}}, poi vengono eliminati.',
    retentionAudit:
      'Gli altri eventi di sicurezza (creazione dell’account, modifiche di password, indirizzo e-mail, lingua e dispositivi, blocchi, recuperi): nella banca dati, per {days, plural, one {# giorno} many {# giorni} other {# giorni}}, poi vengono eliminati.',
    retentionRegistrations:
      'Una registrazione non completata (il Suo nome e il Suo indirizzo e-mail finché non sceglie una password): solo nella memoria temporanea del server, mai nella banca dati; viene dimenticata {minutes, plural, one {# minuto} many {# minuti} other {# minuti}} dopo l’invio dell’e-mail se il link non viene usato.',
    retentionPendingCredentials:
      'Un’app di autenticazione di cui ha iniziato l’aggiunta senza mai confermarla con il primo codice (la sua chiave segreta, cifrata): nella banca dati per {hours, plural, one {# ora} many {# ore} other {# ore}}, poi eliminata; può ricominciare in qualsiasi momento.',
    retentionOutbox:
      'Questa installazione non invia e-mail: le conserva in una casella di posta in uscita di prova, nella banca dati, per {days, plural, one {# giorno} many {# giorni} other {# giorni}}, poi le elimina.',
    retentionPurge:
      'L’eliminazione è automatica: il server controlla ogni ora. Può vedere i Suoi eventi recenti in «Il mio account».',
    back: 'Indietro',
  },
  levels: {
    BASIC: 'base (password)',
    MEDIUM: 'medio (due fattori)',
    HIGH: 'alto (hardware certificato)',
  },
  stepUp: {
    title: 'È necessaria un’ulteriore verifica',
    setUp: 'Vai al mio account',
    back: 'Torna a {app} senza accedere',
    backOidc: 'Non posso proseguire: torna a {app} senza accedere',
  },
  levelGap: {
    asksFactors: '{app} richiede il livello di autenticazione {level}: la Sua password, poi {factors}.',
    asksFactorsOrEid:
      '{app} richiede il livello di autenticazione {level}: la Sua password, poi {factors}; oppure la Sua eID ({provider}) da sola.',
    factorApp: 'l’app Sésame',
    factorKey: 'una chiave di sicurezza',
    factorTotp: 'un’app di autenticazione',
    asksLevel: '{app} richiede il livello di autenticazione {level}.',
    confirmBody: 'Confermi con l’app Sésame sul Suo telefono: non dovrà digitare di nuovo la password.',
    confirm: 'Conferma con l’app Sésame',
    codeBody:
      'Confermi con un codice della Sua app di autenticazione: digiti il codice che mostra, senza digitare di nuovo la password.',
    confirmCode: 'Conferma con la mia app di autenticazione',
    keyBody:
      'Confermi con la Sua chiave di sicurezza o piattaforma affidabile: usi la Sua chiave, senza digitare di nuovo la password.',
    confirmKey: 'Conferma con la mia chiave di sicurezza',
    smsBody:
      'Confermi con un codice inviato via SMS al suo telefono: digiti il codice che riceve, senza digitare di nuovo la password.',
    confirmSms: 'Conferma via SMS',
    setUpBody:
      'Il Suo account non ha ancora l’app Sésame. La configuri ora: ci vogliono circa 2 minuti, con il Suo telefono. Poi confermerà con essa questo accesso e tornerà a {app}, con l’accesso effettuato.',
    setUp: 'Configura ora l’app Sésame',
    noPhone: 'Non ha uno smartphone o preferisce non usare il Suo? {app} accetta anche:',
    addKey:
      'Una chiave di sicurezza o piattaforma affidabile (Windows Hello, Touch ID, il blocco schermo di un telefono Android)',
    addTotp: 'Un’app di autenticazione (un codice di 6 cifre che cambia ogni 30 secondi)',
    afterOther: 'Una volta aggiunta, la sua pagina propone «Continua verso {app}»: con essa conferma questo accesso.',
    continueBody: '{app} attende il Suo accesso: lo confermi ora con ciò che ha appena aggiunto.',
    continueTo: 'Continua verso {app}',
    lostBody:
      'Il Suo account aveva un dispositivo mobile che non può più essere usato (bloccato o eliminato). Per la Sua sicurezza, non è possibile aggiungere un nuovo dispositivo con la sola password. Se non ha più il telefono, avvii il recupero del Suo account: dopo un periodo di attesa, potrà aggiungere un nuovo dispositivo.',
    notOfferedBody:
      'Questo livello richiede un metodo che questo Sésame non Le offre ancora, come un’identità elettronica (eID). L’app Sésame non raggiunge questo livello.',
    highKeyBody:
      'Questo livello richiede una chiave di sicurezza certificata: una chiave hardware il cui modello è certificato dalla FIDO Alliance, usata con il suo PIN o con l’impronta digitale. L’app Sésame dà il livello MEDIUM e non raggiunge questo livello. Registri una chiave di questo tipo in «Il mio account», poi acceda di nuovo a {app} con essa.',
    registerKey: 'Registra una chiave di sicurezza',
    // The level page's step-up by eID (docs/adr/0053 §2).
    eidBody: 'La Sua eID dà questo livello: acceda con essa e tornerà a {app}, con l’accesso effettuato.',
    eidButton: 'Accedi con la Sua eID ({provider})',
    support:
      'Ha bisogno di aiuto? Contatti il Suo servizio di assistenza o il Suo responsabile locale, indicando a quale applicazione stava accedendo:',
  },
  unknownService: {
    title: 'Applicazione sconosciuta',
    body: 'L’applicazione che L’ha indirizzata qui non è registrata presso Sésame, quindi non è possibile farLa accedere. Verifichi l’indirizzo, oppure contatti il servizio di assistenza dell’applicazione.',
  },
  cas: {
    requestTitle: 'Richiesta di accesso non valida',
    badRequest:
      'L’applicazione ha inviato una richiesta di accesso incompleta o ambigua, quindi l’accesso all’applicazione non è avvenuto. Torni all’applicazione e riprovi; se il problema si ripete, contatti il suo servizio di assistenza.',
    loginRequestInvalid:
      'Questa richiesta di accesso è scaduta o è già stata usata. Torni all’applicazione e acceda di nuovo.',
    invalidStrength:
      'L’applicazione ha richiesto un metodo di verifica che Sésame non conosce, quindi l’accesso all’applicazione non è avvenuto. Contatti il servizio di assistenza dell’applicazione.',
    invalidLevel:
      'L’applicazione ha richiesto un livello di autenticazione che Sésame non conosce, quindi l’accesso all’applicazione non è avvenuto. Contatti il servizio di assistenza dell’applicazione.',
    invalidMethod:
      'L’applicazione ha chiesto di ricevere la risposta in un modo che Sésame non supporta (sono supportati solo GET e POST), quindi l’accesso all’applicazione non è avvenuto. Contatti il servizio di assistenza dell’applicazione.',
    postTitle: 'Ritorno a {app}',
    postBody: 'Ha effettuato l’accesso. Il browser La sta riportando a {app}; se non succede nulla, prema il pulsante.',
    postButton: 'Continua verso {app}',
    signedOutTitle: 'È uscito',
    signedOut:
      'È uscito da Sésame. Le applicazioni che ha aperto con Sésame sono state invitate a chiudere le Sue sessioni; per sicurezza, chiuda il browser.',
    signInAgain: 'Accedi di nuovo',
  },
  oidc: {
    errorTitle: 'Accesso all’applicazione interrotto',
    invalidRequest:
      'L’applicazione ha inviato una richiesta di accesso che Sésame non può accettare, quindi l’accesso all’applicazione non è avvenuto. Torni all’applicazione e riprovi; se il problema si ripete, contatti il suo servizio di assistenza.',
    invalidRedirect:
      'L’applicazione ha chiesto a Sésame di rimandarLa a un indirizzo che non ha registrato. Per la Sua sicurezza, Sésame si è fermato qui e non L’ha indirizzata altrove. Contatti il servizio di assistenza dell’applicazione.',
    unknownClient:
      'L’applicazione che L’ha indirizzata qui non è registrata presso Sésame, quindi non è possibile farLa accedere. Verifichi l’indirizzo, oppure contatti il servizio di assistenza dell’applicazione.',
    expired: 'Questa richiesta di accesso è scaduta o è già stata usata. Torni all’applicazione e acceda di nuovo.',
    technicalDetail: 'Dettaglio tecnico per il servizio di assistenza: {detail}',
    logoutTitle: 'Esci',
    logoutQuestion: 'Vuole uscire da Sésame? Uscirà anche dalle applicazioni che ha aperto con Sésame.',
    logoutQuestionFrom:
      '{app} chiede di farLa uscire. Vuole uscire da Sésame? Uscirà anche dalle applicazioni che ha aperto con Sésame.',
    logoutConfirm: 'Sì, esci',
    logoutCancel: 'No, resta connesso',
    signedOutTitle: 'È uscito',
    signedOut: 'È uscito da Sésame e dalle applicazioni che ha aperto con Sésame.',
    signedOutOf: 'È uscito da {app}. È ancora connesso a Sésame.',
    signInAgain: 'Accedi di nuovo',
  },
  portalPath: {
    finishedPending:
      'Il Suo dispositivo mobile non è ancora aggiunto: l’app Sésame attende il Suo codice PIN o «Accetta». Termini lì; il dispositivo comparirà poi qui come Attivo.',
    finishedNone:
      'Non è stato aggiunto alcun dispositivo mobile: l’app Sésame non ha scansionato il codice QR. Per aggiungere il telefono, scelga «Aggiungi un dispositivo mobile» e scansioni il nuovo codice QR.',
  },
  mail: {
    greeting: 'Gentile {firstName},',
    signature: 'Il team Sésame',
    automatic: 'Questo è un messaggio automatico: La preghiamo di non rispondere.',
    notYou: 'Se non ha fatto questa richiesta, ignori questa e-mail: non cambierà nulla.',
    registrationLink: {
      subject: 'Sésame: confermi il Suo indirizzo e-mail',
      body: 'Per completare la creazione del Suo account Sésame, apra questo link e scelga la password. Il link è valido per {minutes, plural, one {# minuto} many {# minuti} other {# minuti}} e può essere usato una sola volta.',
      action: 'Scegli la mia password',
    },
    registrationExisting: {
      subject: 'Sésame: ha già un account',
      body: 'Qualcuno, probabilmente Lei, ha tentato di creare un account Sésame con questo indirizzo e-mail. Lei ha già un account: acceda, oppure usi «Password dimenticata?» se non la ricorda.',
      action: 'Accedi',
    },
    passwordReset: {
      subject: 'Sésame: scelga una nuova password',
      body: 'Per scegliere una nuova password, apra questo link. È valido per {minutes, plural, one {# minuto} many {# minuti} other {# minuti}} e può essere usato una sola volta.',
      action: 'Scegli una nuova password',
    },
    invitation: {
      subject: 'Sésame: il Suo account è pronto, scelga la password',
      body: '{organisation} ha creato per Lei un account Sésame con questo indirizzo e-mail. Per usarlo, scelga la password con questo link. È valido per {ttlDays, plural, one {# giorno} many {# giorni} other {# giorni}} e può essere usato una sola volta. Se è scaduto, chieda un nuovo invito al Suo responsabile locale.',
      action: 'Scegli la mia password',
    },
    passwordChanged: {
      subject: 'Sésame: la Sua password è stata cambiata',
      body: 'La password del Suo account Sésame è stata appena cambiata. Se non è stato Lei, reimposti subito la password e contatti il Suo servizio di assistenza.',
      action: 'Reimposta la mia password',
    },
    emailChangeLink: {
      subject: 'Sésame: confermi il Suo nuovo indirizzo e-mail',
      body: 'Per usare questo indirizzo per il Suo account Sésame, apra questo link. È valido per {minutes, plural, one {# minuto} many {# minuti} other {# minuti}} e può essere usato una sola volta.',
      action: 'Conferma questo indirizzo',
    },
    emailChangeNotice: {
      subject: 'Sésame: il Suo indirizzo e-mail è stato cambiato',
      body: 'L’indirizzo e-mail del Suo account Sésame è ora {newEmail}. Se non è stato Lei, contatti subito il Suo servizio di assistenza.',
      action: 'Accedi',
    },
    devicesPanicLink: {
      subject: 'Sésame: confermi l’eliminazione di tutti i Suoi dispositivi mobili',
      body: 'Ha chiesto di eliminare tutti i dispositivi mobili del Suo account Sésame (telefono perso o rubato). Per confermare, apra questo link: è valido per {minutes, plural, one {# minuto} many {# minuti} other {# minuti}} e può essere usato una sola volta. Poi aggiunga di nuovo i Suoi dispositivi.',
      action: 'Elimina tutti i miei dispositivi',
    },
    deviceEnrolled: {
      subject: 'Sésame: è stato aggiunto un dispositivo mobile al Suo account',
      body: 'Il dispositivo mobile «{deviceName}» è stato aggiunto al Suo account Sésame: ora può confermare i Suoi accessi. Se non è stato Lei, lo elimini da «Il mio account» e cambi subito la password.',
      action: 'Gestisci il mio account',
    },
    deviceBlocked: {
      subject: 'Sésame: il Suo dispositivo mobile «{deviceName}» è bloccato',
      body: 'Sono state date troppe risposte errate per il Suo dispositivo mobile «{deviceName}», dall’indirizzo {ip} ({browser}). È bloccato fino al {time}; poi funzionerà di nuovo. Se non è stato Lei, qualcuno conosce la Sua password: ne scelga una nuova con questo link (valido per {minutes, plural, one {# minuto} many {# minuti} other {# minuti}}, una sola volta). Tutte le sessioni verranno quindi chiuse.',
      action: 'Non sono stato io: scegli una nuova password',
    },
    secondFactorBlocked: {
      subject:
        '{method, select, totp {Sésame: i codici della Sua app di autenticazione sono rifiutati per un certo tempo} sms {Sésame: i codici via SMS sono rifiutati per un certo tempo} other {Sésame: i Suoi codici di recupero sono rifiutati per un certo tempo}}',
      body: 'La Sua password è stata digitata correttamente, poi sono stati dati troppi {method, select, totp {codici errati della Sua app di autenticazione} sms {codici errati inviati via SMS} other {codici di recupero errati}}, dall’indirizzo {ip} ({browser}). Questo modo di confermare l’accesso è rifiutato fino al {time}; poi funzionerà di nuovo. Se non è stato Lei, qualcuno conosce la Sua password: ne scelga una nuova con questo link (valido per {minutes, plural, one {# minuto} many {# minuti} other {# minuti}}, una sola volta). Tutte le sessioni verranno quindi chiuse.',
      action: 'Non sono stato io: scegli una nuova password',
    },
    deviceDeleted: {
      subject: 'Sésame: è stato eliminato un dispositivo mobile dal Suo account',
      body: 'Il dispositivo mobile «{deviceName}» è stato eliminato dal Suo account Sésame, dall’indirizzo {ip} ({browser}). Non può più confermare i Suoi accessi. Se non è stato Lei, cambi subito la password e contatti il Suo servizio di assistenza.',
      action: 'Gestisci i miei dispositivi mobili',
    },
    recoveryLink: {
      subject: 'Sésame: recuperi il Suo account',
      body: 'Ha indicato di non avere più il telefono. Per avviare il recupero del Suo account, apra questo link: è valido per {minutes, plural, one {# minuto} many {# minuti} other {# minuti}} e può essere usato una sola volta. Seguirà un periodo di attesa prima che possa aggiungere un nuovo dispositivo mobile.',
      action: 'Avvia il recupero',
    },
    recoveryStarted: {
      subject: 'Sésame: è stato avviato un recupero del Suo account',
      body: 'È stato avviato un recupero del Suo account Sésame dall’indirizzo {ip} ({browser}). Dal {time}, sarà possibile aggiungere un nuovo dispositivo mobile con la sola password. Se non è stato Lei, lo annulli con questo link, poi cambi la password.',
      action: 'Non sono stato io: annulla il recupero',
    },
    recoveryExpedited: {
      subject: 'Sésame: può ora aggiungere un nuovo dispositivo mobile',
      body: 'Il Suo servizio di assistenza ha verificato la Sua identità e ha concluso il periodo di attesa del recupero del Suo account: da ora, è possibile aggiungere un nuovo dispositivo mobile con la password, nel browser in cui ha confermato il recupero. Se non ha fatto questa richiesta al servizio di assistenza, annulli il recupero con questo link, poi cambi la password.',
      action: 'Non sono stato io: annulla il recupero',
    },
    recoveryCancelled: {
      subject: 'Sésame: il recupero del Suo account è annullato',
      body: 'Il recupero del Suo account Sésame è stato annullato: attraverso di esso non può più essere aggiunto alcun nuovo dispositivo mobile.',
      action: 'Accedi',
    },
    roleChanged: {
      subject:
        '{change, select, granted {Sésame: ha un nuovo ruolo amministrativo} other {Sésame: Le è stato revocato un ruolo amministrativo}}',
      body: '{change, select, granted {Ora è} other {Non è più}} {role, select, administrator {amministratore/amministratrice} local_manager {responsabile locale} helpdesk {operatore/operatrice del servizio di assistenza} other {auditor}} di {organisation} in Sésame. L’operazione è stata eseguita da un amministratore o da un responsabile ed è stata registrata. Se non se lo aspettava, contatti il Suo servizio di assistenza.',
      action: 'Apri l’amministrazione',
    },
    secondFactorReset: {
      subject: 'Sésame: i secondi fattori del Suo account sono stati rimossi',
      body: 'Il Suo servizio di assistenza ha rimosso tutti i secondi fattori del Suo account Sésame (dispositivi mobili, app di autenticazione, chiavi di sicurezza, codici di recupero, numeri di telefono), come da Lei richiesto perché li ha persi: nessuno può più usarli. Il servizio di assistenza ha verificato che è Lei, quindi non c’è alcun periodo di attesa: per aggiungere un nuovo dispositivo mobile, apra il link qui sotto nel browser del Suo computer, confermi, poi aggiunga il dispositivo, dopo aver effettuato l’accesso con la password. Il link può essere usato una sola volta, entro {ttlHours, plural, one {# ora} many {# ore} other {# ore}}. Se non ha fatto questa richiesta, contatti subito il Suo servizio di assistenza e cambi la password.',
      action: 'Aggiungi un nuovo dispositivo mobile',
    },
    recoveryCompleted: {
      subject: 'Sésame: il Suo account è stato recuperato',
      body: '«{deviceName}» è stato aggiunto tramite il recupero del Suo account: un dispositivo mobile, un’app di autenticazione, una chiave di sicurezza o un numero di telefono. D’ora in poi acceda con esso. Se non è stato Lei, contatti subito il Suo servizio di assistenza.',
      action: 'Gestisci i miei dispositivi mobili',
    },
    authenticatorAppChanged: {
      subject:
        '{change, select, added {Sésame: è stata aggiunta un’app di autenticazione al Suo account} other {Sésame: è stata eliminata un’app di autenticazione dal Suo account}}',
      body: '{change, select, added {L’app di autenticazione «{name}» è stata aggiunta al Suo account Sésame, dall’indirizzo {ip} ({browser}). I suoi codici possono ora confermare i Suoi accessi.} other {L’app di autenticazione «{name}» è stata eliminata dal Suo account Sésame, dall’indirizzo {ip} ({browser}). I suoi codici non confermano più i Suoi accessi.}} Se non è stato Lei, cambi subito la password e contatti il Suo servizio di assistenza.',
      action: 'Gestisci le mie app di autenticazione',
    },
    securityKeyChanged: {
      subject:
        '{change, select, added {Sésame: è stata aggiunta una chiave di sicurezza al Suo account} other {Sésame: è stata eliminata una chiave di sicurezza dal Suo account}}',
      body: '{change, select, added {La chiave di sicurezza o piattaforma affidabile «{name}» è stata aggiunta al Suo account Sésame, dall’indirizzo {ip} ({browser}). Ora può confermare i Suoi accessi.} other {La chiave di sicurezza o piattaforma affidabile «{name}» è stata eliminata dal Suo account Sésame, dall’indirizzo {ip} ({browser}). Non conferma più i Suoi accessi.}} Se non è stato Lei, cambi subito la password e contatti il Suo servizio di assistenza.',
      action: 'Gestisci le mie chiavi di sicurezza e piattaforme affidabili',
    },
    eidChanged: {
      subject:
        '{change, select, added {Sésame: è stata collegata un’eID al Suo account} other {Sésame: è stata scollegata un’eID dal Suo account}}',
      body: '{change, select, added {La Sua eID {name} è stata collegata al Suo account Sésame, dall’indirizzo {ip} ({browser}). Ora può farLa accedere senza password.} other {La Sua eID {name} è stata scollegata dal Suo account Sésame, dall’indirizzo {ip} ({browser}). Non La fa più accedere.}} Se non è stato Lei, cambi subito la password e contatti il Suo servizio di assistenza.',
      action: 'Gestisci le mie eID',
    },
    phoneNumberChanged: {
      subject:
        '{change, select, added {Sésame: è stato aggiunto un numero di cellulare al Suo account} other {Sésame: è stato eliminato un numero di cellulare dal Suo account}}',
      body: '{change, select, added {Il numero di cellulare {name} è stato aggiunto al Suo account Sésame, dall’indirizzo {ip} ({browser}). I codici inviati a questo numero via SMS possono ora confermare i Suoi accessi.} other {Il numero di cellulare {name} è stato eliminato dal Suo account Sésame, dall’indirizzo {ip} ({browser}). I codici inviati a questo numero non confermano più i Suoi accessi.}} Se non è stato Lei, cambi subito la password e contatti il Suo servizio di assistenza.',
      action: 'Gestisci i miei numeri di cellulare',
    },
    enrolmentReminder: {
      subject: 'Sésame: configuri un secondo fattore prima della fine degli SMS',
      body: '{category, select, sms {Conferma ancora i Suoi accessi a Sésame con codici inviati via SMS.} other {Accede a Sésame con la sola password.}} L’istruzione DGAL/SDEIGIR/2025-91 chiede a ogni agente di confermare l’accesso con un secondo fattore personale, e i codici via SMS sono in via di dismissione{date, select, none {.} other {: cesseranno il {date}.}} Installi l’app Sésame sul Suo telefono, poi acceda e aggiunga il telefono al Suo account (link qui sotto); vanno bene anche una chiave di sicurezza o un’app di autenticazione. Questo promemoria Le è stato inviato dal Suo responsabile locale.',
      action: 'Accedi',
    },
    newBrowserSignIn: {
      subject: 'Sésame: un accesso da un nuovo browser',
      body: 'Il {time}, qualcuno ha effettuato l’accesso al Suo account Sésame da un browser mai usato prima con esso: {browser}, dall’indirizzo {ip}. Se è stato Lei, non deve fare nulla. Se non è stato Lei, qualcuno conosce la Sua password: ne scelga subito una nuova con il link qui sotto e contatti il Suo servizio di assistenza.',
      action: 'Scegli una nuova password',
    },
    securityKeyCloned: {
      subject: 'Sésame: la Sua chiave di sicurezza «{name}» potrebbe essere stata copiata',
      body: 'Il {time}, dall’indirizzo {ip} ({browser}), qualcuno ha effettuato l’accesso con la Sua password e una chiave di sicurezza che rispondeva come «{name}», ma il suo contatore era tornato indietro: ciò accade quando una chiave è stata copiata. L’accesso è stato rifiutato. Se non è stato Lei, scelga subito una nuova password, elimini questa chiave in «Il mio account» e contatti il Suo servizio di assistenza.',
      action: 'Gestisci le mie chiavi di sicurezza e piattaforme affidabili',
    },
    authenticatorCodeReplayed: {
      subject: 'Sésame: un codice della Sua app di autenticazione è stato usato due volte',
      body: 'Il {time}, dall’indirizzo {ip} ({browser}), qualcuno ha effettuato l’accesso con la Sua password e ha digitato un codice della Sua app di autenticazione già usato. È stato rifiutato. Se non è stato Lei, qualcuno conosce la Sua password: ne scelga subito una nuova.',
      action: 'Scegli una nuova password',
    },
    recoveryCodeUsed: {
      subject: 'Sésame: è stato usato un codice di recupero per accedere',
      body: 'Un codice di recupero del Suo account Sésame è stato usato per accedere il {time}, dall’indirizzo {ip} ({browser}). {remaining, plural, =0 {Non Le resta alcun codice di recupero: ne generi di nuovi in «Il mio account».} one {Le resta # codice di recupero.} many {Le restano # codici di recupero.} other {Le restano # codici di recupero.}} Se non è stato Lei, qualcuno conosce la Sua password e uno dei Suoi codici: scelga una nuova password con questo link (valido per {minutes, plural, one {# minuto} many {# minuti} other {# minuti}}, una sola volta), poi generi nuovi codici di recupero.',
      action: 'Non sono stato io: scegli una nuova password',
    },
    recoveryCodesGenerated: {
      subject: 'Sésame: nuovi codici di recupero per il Suo account',
      body: '{count, plural, one {È stato generato # nuovo codice di recupero} many {Sono stati generati # nuovi codici di recupero} other {Sono stati generati # nuovi codici di recupero}} per il Suo account Sésame, dall’indirizzo {ip} ({browser}). {replaced, plural, =0 {} one {Il # codice che aveva ancora non funziona più.} many {I # codici che aveva ancora non funzionano più.} other {I # codici che aveva ancora non funzionano più.}} Se non è stato Lei, cambi subito la password e contatti il Suo servizio di assistenza.',
      action: 'Il mio account',
    },
    accountLocked: {
      subject:
        'Sésame: il Suo account è bloccato per {minutes, plural, one {# minuto} many {# minuti} other {# minuti}}',
      body: 'Sono state inserite troppe password errate per il Suo account. È bloccato per {minutes, plural, one {# minuto} many {# minuti} other {# minuti}}. Se non è stato Lei, cambi la password dopo aver effettuato l’accesso.',
      action: 'Reimposta la mia password',
    },
    accountLockedUntilReset: {
      subject: 'Sésame: il Suo account è bloccato finché non reimposta la password',
      body: 'Per il Suo account sono state inserite troppe password errate di seguito. Per proteggerlo, resta bloccato finché la sua password non viene reimpostata: scelga una nuova password con il pulsante qui sotto, oppure chieda al Suo responsabile locale o al Suo servizio di assistenza di sbloccarlo. Se non è stato Lei, qualcuno sta cercando di indovinare la Sua password: ne scelga una che non usa altrove. Su un browser in cui ha effettuato l’accesso con la Sua password negli ultimi 90 giorni può ancora accedere.',
      action: 'Reimposta la mia password',
    },
  },
  deviceEnrolment: {
    quoted: '«{name}»',
    notificationsOff: 'Notifiche disattivate',
    notificationsOffNotice:
      'Le notifiche sono disattivate su {names}: una richiesta di accesso compare lì solo mentre l’app Sésame è aperta. Per attivarle: apra l’app Sésame su quel dispositivo e autorizzi le notifiche (nelle impostazioni del browser per questo sito, se non viene chiesto). L’app le attiverà poi automaticamente, non appena potrà raggiungere il servizio di notifiche del telefono.',
    cancelledNotice: 'Il dispositivo non è stato aggiunto: il suo codice QR non può più essere usato.',
  },
  getApp: {
    title: 'Ottenga l’app Sésame',
    intro:
      'L’app Sésame è un’app web: si installa dal suo indirizzo, non da uno store di applicazioni. Apra questo indirizzo sul Suo telefono:',
    scan: 'Oppure scansioni questo codice con la fotocamera del telefono per aprirla:',
    qrAlt: 'Codice QR dell’indirizzo dell’app Sésame: {url}',
    openOnPhone: 'Apri l’app Sésame',
    mobileIntro: 'È su un telefono: apra qui l’app Sésame, poi la aggiunga alla schermata Home.',
    installTitle: 'La aggiunga alla schermata Home',
    android: 'Android (Chrome): apra il menu ⋮, poi «Aggiungi a schermata Home» o «Installa app».',
    ios: 'iPhone o iPad (Safari): tocchi Condividi, poi «Aggiungi alla schermata Home».',
    compact: 'L’app Sésame:',
    helpLink: 'Come ottenere l’app Sésame',
    helpTitle: 'Passaggio 1: installi l’app Sésame',
    helpIntro:
      'Per accedere con il telefono, il primo passaggio è installarvi l’app Sésame. Ci vuole meno di un minuto e non serve alcuno store di applicazioni.',
    helpNext:
      'Poi aggiunga il telefono al Suo account: acceda da un computer e apra «Gestisci i miei dispositivi mobili».',
    manageDevices: 'Gestisci i miei dispositivi mobili',
    mailApp:
      'L’app Sésame si installa su un telefono dal suo indirizzo (la apra lì, poi la aggiunga alla schermata Home):',
    mailDevices:
      'Per aggiungere un telefono al Suo account, apra «Aggiungi un dispositivo mobile» (in «Gestisci i miei dispositivi mobili»):',
  },
  organisation: {
    footerLabel: 'Aiuto e informazioni legali',
    help: 'Aiuto',
    contact: 'Contatti e assistenza',
    legal: 'Note legali',
    privacy: 'Privacy',
    poweredBy: 'Basato su Sésame, fornitore di identità open source',
    contactTitle: 'Contatti e assistenza',
    contactIntro:
      'Per una domanda sul Suo account, sull’accesso o sull’app Sésame, risponde il servizio di assistenza di {name}:',
    email: 'E-mail',
    phone: 'Telefono',
    web: 'Pagina web',
    hours: 'Orari di apertura',
    contactNone:
      'Questo servizio non ha pubblicato un contatto di assistenza. Si rivolga al Suo responsabile locale: la persona che Le ha chiesto di usare {name} (il Suo capo servizio o il Suo referente informatico).',
    contactHelp:
      'L’aiuto spiega ogni passaggio, dall’installazione dell’app Sésame sul telefono all’accesso quotidiano.',
    readHelp: 'Leggi l’aiuto, passo dopo passo',
    legalTitle: 'Note legali',
    legalNone: 'Il gestore di questo servizio non ha pubblicato note legali.',
    legalExternal: 'Le note legali di {name} si trovano sul suo sito:',
    software:
      'Questo servizio utilizza Sésame, software open source pubblicato con la Licenza Pubblica dell’Unione europea, versione 1.2 (EUPL-1.2).',
    licence: 'Leggi la licenza EUPL-1.2',
    askSupport: 'Una domanda? Contatti e assistenza',
    privacyOperatorTitle: 'Dal gestore di questo servizio',
    privacyExternal: 'L’informativa sulla privacy completa di {name}:',
    mailSignature: 'Il team {name}',
    mailSupport: 'Assistenza di {name}:',
    mailNoSupport: 'Una domanda? Si rivolga al Suo responsabile locale, oppure legga l’aiuto:',
    mailHelp: 'Aiuto:',
  },
  help: {
    title: 'Aiuto: accedere con l’app Sésame',
    intro:
      'Questi 14 passaggi La accompagnano dall’installazione dell’app Sésame sul telefono all’accesso quotidiano. I pulsanti hanno i nomi indicati nei passaggi. Le servono un computer e un telefono.',
    tocLabel: 'I passaggi',
    stepTitle: 'Passaggio {n}: {title}',
    parts: {
      app: 'Sul telefono: installi l’app Sésame',
      device: 'Sul computer, poi sul telefono: aggiunga il telefono al Suo account',
      signIn: 'Ogni giorno: acceda a un’applicazione',
    },
    steps: [
      {
        title: 'Ottenere l’app Sésame',
        text: 'L’app Sésame è un’app web: si apre dal suo indirizzo, senza store di applicazioni. La pagina «Come ottenere l’app Sésame» ne indica l’indirizzo come link e come codice QR da scansionare con la fotocamera del telefono.',
        link: 'Come ottenere l’app Sésame',
      },
      {
        title: 'Installarla nella schermata Home',
        text: 'Su Android (Chrome): apra il menu ⋮, poi «Aggiungi a schermata Home» o «Installa app». Su iPhone o iPad (Safari): tocchi Condividi, poi «Aggiungi alla schermata Home».',
      },
      {
        title: 'Aprire l’app',
        text: 'Apra l’app Sésame dalla sua icona nella schermata Home. La prima schermata Le dà il benvenuto.',
      },
      {
        title: 'Inizializza, poi Continua',
        text: 'Tocchi «Inizializza», poi «Continua». Autorizzi l’app a usare la fotocamera (per scansionare un codice QR) e a inviare notifiche (per chiederLe di confermare i Suoi accessi). L’app attende poi un codice QR: il computer lo mostrerà al passaggio 8.',
      },
      {
        title: 'Accedere dal computer',
        text: 'Sul computer, apra la pagina di accesso del portale, inserisca il Suo indirizzo e-mail, clicchi su «Avanti», poi inserisca la password.',
        link: 'Apri la pagina di accesso',
      },
      {
        title: '«Il mio account», poi «Gestisci i miei dispositivi mobili»',
        text: 'Clicchi su «Il mio account», poi su «Aggiungi un dispositivo mobile» (si trova anche in «Gestisci i miei dispositivi mobili»).',
        link: 'Aggiungi un dispositivo mobile',
      },
      {
        title: 'Nome del dispositivo, PIN, Invia',
        text: 'Dia un nome al telefono, senza spazi, oppure lasci vuoto il nome: verrà usato il modello del telefono (ad esempio Pixel-8). Scelga un PIN di 4 cifre, lo digiti di nuovo in «Confermi il Suo PIN», poi clicchi su «Invia». Digiterà questo PIN nell’app a ogni accesso.',
      },
      {
        title: 'Scansionare il codice QR',
        text: 'Il computer mostra un codice QR. Prenda il telefono e lo scansioni con l’app Sésame.',
      },
      {
        title: 'Inserire il PIN nell’app',
        text: 'L’app chiede il PIN di 4 cifre scelto al passaggio 7: lo digiti sul tastierino. Viene verificato non appena si digita la quarta cifra.',
      },
      {
        title: 'Accettare',
        text: 'L’app Le chiede di accettare questo telefono per il Suo account: tocchi «Accetta». La pagina del computer prosegue automaticamente e Lei riceve un’e-mail di conferma.',
      },
      {
        title: 'Aprire l’applicazione, indirizzo e-mail, Avanti',
        text: 'Sul computer, apra l’applicazione che usa (ad esempio TRACES NT): La indirizza alla pagina di accesso. Inserisca il Suo indirizzo e-mail, poi clicchi su «Avanti». Se il browser ricorda il Suo indirizzo, passa direttamente al passaggio 12.',
      },
      {
        title: 'Password e metodo di verifica',
        text: 'Inserisca la password e scelga il metodo di verifica «App Sésame con codice PIN» (o «App Sésame con codice QR» quando il telefono non ha rete), poi clicchi su «Accedi».',
      },
      {
        title: 'Confermare nell’app',
        text: 'Apra l’app Sésame: mostra la richiesta con il nome dell’applicazione, il luogo e l’ora. Li verifichi, scelga il numero mostrato dal computer e inserisca il PIN. Con il metodo del codice QR, scansioni il codice mostrato dal computer e digiti il codice fornito dall’app.',
      },
      {
        title: 'Accesso effettuato',
        text: 'È nell’applicazione. A ogni accesso, l’app Sésame lo conferma: passaggi da 11 a 13, in pochi secondi.',
        link: 'Vai al mio account',
      },
    ],
    alt: {
      'help-app':
        'La pagina «Passaggio 1: installi l’app Sésame»: l’indirizzo dell’app come link e un codice QR da scansionare con la fotocamera del telefono.',
      'app-welcome':
        'L’app Sésame su un telefono, prima schermata: «Benvenuto nell’app Sésame» e il pulsante «Inizializza».',
      'sign-in': 'La pagina di accesso su un computer: il campo «Indirizzo e-mail» e il pulsante «Avanti».',
      account: 'La pagina «Il mio account» su un computer, con il percorso verso «Gestisci i miei dispositivi mobili».',
      'annex-07-add-device':
        'Il modulo «Aggiungi un dispositivo mobile»: nome del dispositivo, PIN di 4 cifre, conferma del PIN e i pulsanti «Invia» e «Annulla».',
      'annex-08-qr': 'Il computer mostra il codice QR da scansionare con l’app Sésame e attende il telefono.',
      'annex-08-scan': 'L’app Sésame sul telefono, con la fotocamera puntata sul codice QR del computer.',
      'annex-09-pin': 'L’app Sésame chiede il PIN di 4 cifre, con un tastierino.',
      'annex-10-accept': 'L’app Sésame chiede di accettare il telefono per l’account, con il pulsante «Accetta».',
      'annex-10-device-added':
        'Sul computer, «Gestisci i miei dispositivi mobili» elenca il nuovo telefono come attivo.',
      'annex-12-method':
        'La pagina della password: il campo della password, la scelta del metodo di verifica e il pulsante «Accedi».',
      'annex-13-request':
        'L’app Sésame mostra la richiesta di accesso: l’applicazione, il luogo, l’ora e i numeri tra cui scegliere.',
      'annex-13-number': 'Il computer attende la risposta dell’app e mostra il numero da scegliere nell’app.',
      'annex-14-signed-in':
        'L’applicazione «TRACES NT (demo)», con l’accesso effettuato: il nome, il livello di autenticazione e i fattori usati.',
    },
    backToSteps: 'Torna all’elenco dei passaggi',
    stuck: 'Bloccato a un passaggio? Contatti e assistenza',
    nextTitle: 'Inizi ora',
    startSignedIn: 'Vai al mio account',
    startSignIn: 'Accedi',
  },
  authenticatorApps: {
    title: 'Gestisci le mie app di autenticazione',
    intro:
      'Un’app di autenticazione (ad esempio FreeOTP, Aegis, Google Authenticator o Microsoft Authenticator) mostra un codice di 6 cifre che cambia ogni 30 secondi. Lo digiti dopo la password per accedere.',
    none: 'Nessuna app di autenticazione è registrata per il Suo account.',
    add: 'Aggiungi un’app di autenticazione',
    name: 'Nome',
    added: 'Aggiunta il',
    lastUsed: 'Ultimo utilizzo',
    never: 'Mai',
    actions: 'Azioni',
    rename: 'Rinomina',
    delete: 'Elimina',
    cancel: 'Annulla',
    addTitle: 'Aggiungi un’app di autenticazione',
    nameHint: 'Per riconoscerla nell’elenco, ad esempio «Aegis sul mio telefono».',
    continue: 'Continua',
    scanTitle: 'Scansioni questo codice QR con la Sua app di autenticazione',
    qrAlt: 'Codice QR da scansionare con la Sua app di autenticazione',
    secretIntro:
      'Non riesce a scansionarlo? Digiti questa chiave nell’app (basata sul tempo, 6 cifre, ogni 30 secondi):',
    secretLabel: 'Chiave',
    confirmTitle: 'Inserisca il codice di 6 cifre',
    codeLabel: 'Codice visualizzato dall’app',
    codeHint: '6 cifre.',
    confirm: 'Conferma',
    wrongCode:
      'Questo codice non è corretto. Verifichi che l’ora del telefono sia esatta e digiti il codice che l’app mostra ora.',
    addedNotice: 'L’app di autenticazione «{name}» è stata aggiunta.',
    renamedNotice: 'L’app di autenticazione ora si chiama «{name}».',
    deletedNotice: 'L’app di autenticazione è stata eliminata.',
    renameTitle: 'Rinomina l’app di autenticazione',
    renameSubmit: 'Rinomina',
    deleteTitle: 'Elimina l’app di autenticazione',
    deleteBody: 'Eliminare «{name}»? I suoi codici non Le permetteranno più di accedere.',
    deleteSubmit: 'Elimina',
    secondFactorBody:
      'Aggiungere o eliminare un’app di autenticazione cambia il modo in cui il Suo account è protetto. Il Suo account ha, o ha avuto, un secondo fattore: confermi prima con esso.',
    back: 'Torna al mio account',
  },
  recoveryCodes: {
    title: 'Codici di recupero',
    intro:
      'Se perde tutti i dispositivi, un codice di recupero Le permette di accedere una volta con la password, per configurarne uno nuovo. Ogni codice funziona una sola volta. Li conservi su carta, o in un luogo sicuro, lontano dal telefono.',
    remaining:
      '{count, plural, =0 {Non Le resta alcun codice di recupero.} one {Le resta # codice di recupero.} many {Le restano # codici di recupero.} other {Le restano # codici di recupero.}}',
    none: 'Non ha ancora codici di recupero.',
    noFactor:
      'I codici di recupero sono offerti quando il Suo account ha un secondo fattore: aggiunga prima un dispositivo mobile o un’app di autenticazione.',
    generate: 'Genera i miei codici di recupero',
    regenerate: 'Genera nuovi codici di recupero',
    regenerateHint: 'I nuovi codici sostituiscono i vecchi: i vecchi smettono di funzionare.',
    shownTitle: 'I Suoi codici di recupero',
    shownOnce: 'Questi codici vengono mostrati solo questa volta. Li stampi, li copi o li scarichi ora.',
    listLabel: 'I Suoi dieci codici di recupero',
    print: 'Stampa',
    copy: 'Copia',
    download: 'Scarica (.txt)',
    saved: 'Li ho salvati',
    fileIntro: 'Codici di recupero Sésame. Ogni codice funziona una sola volta.',
    offer:
      'Conservi un modo per rientrare nel Suo account se perde i Suoi dispositivi: generi i Suoi codici di recupero.',
    offerLink: 'Genera i miei codici di recupero',
    secondFactorBody:
      'Generare codici di recupero crea un nuovo modo di accedere al Suo account. Confermi prima con il Suo secondo fattore.',
  },
  eids: {
    title: 'Gestisci le mie eID',
    intro:
      'Un’eID è la Sua identità elettronica nazionale (ad esempio FranceConnect). Una volta collegata, Le permette di accedere dalla prima schermata, senza password, al livello di garanzia che fornisce.',
    none: 'Nessuna eID è collegata al Suo account.',
    name: 'eID',
    added: 'Collegata il',
    lastUsed: 'Ultimo utilizzo',
    never: 'Mai',
    actions: 'Azioni',
    unlink: 'Scollega',
    unlinkLabel: 'Scollega {provider}',
    link: 'Collega la mia eID',
    linkWith: 'Collega la mia eID con {provider}',
    linkIntro: 'Verrà indirizzato al Suo fornitore di eID, poi tornerà qui.',
    back: 'Torna al mio account',
    linkedNotice: 'La Sua eID {provider} è collegata: ora può accedere con essa.',
    unlinkedNotice: 'L’eID è scollegata: non Le permette più di accedere.',
    secondFactorBody:
      'Collegare o scollegare un’eID cambia il modo in cui si può accedere al Suo account: confermi prima la Sua identità con uno dei Suoi secondi fattori.',
    signInAgain:
      'La Sua sessione è cambiata mentre era presso il Suo fornitore di eID. Acceda di nuovo, poi colleghi la Sua eID.',
  },
  eidNewcomer: {
    title: 'Crei il Suo account Sésame a partire dalla Sua eID',
    intro:
      'La Sua eID {provider} non è collegata ad alcun account Sésame. Sésame può creare il Suo account a partire dai dati forniti dalla Sua eID:',
    firstName: 'Nome',
    lastName: 'Cognome',
    email: 'Indirizzo e-mail',
    noPassword:
      'Il Suo account non avrà una password: accede con la Sua eID. Per aggiungere una password in seguito, utilizzi «Password dimenticata?» nella prima schermata.',
    create: 'Crea il mio account',
    cancel: 'Annulla',
    existsTitle: 'Esiste già un account con questo indirizzo e-mail',
    existsBody:
      'Esiste un account con l’indirizzo e-mail {email}: vi acceda per collegarvi la Sua eID. La Sua eID Le permetterà poi di accedere a tale account.',
    existsAction: 'Accedi per collegare la mia eID',
    confirmTitle: 'Colleghi la Sua eID al Suo account',
    confirmBody:
      'Collegare l’eID {provider} all’account {email}? Le permetterà poi di accedere a questo account direttamente dalla prima schermata.',
    confirmAction: 'Collega la mia eID',
    expired: 'Questa richiesta è scaduta o è stata avviata in un altro browser. Acceda di nuovo con la Sua eID.',
    createdNotice: 'Il Suo account Sésame è stato creato a partire dalla Sua eID {provider}.',
  },
  securityKeys: {
    title: 'Gestisci le mie chiavi di sicurezza e piattaforme affidabili',
    intro:
      'Una chiave di sicurezza (USB o NFC, ad esempio una YubiKey) o una piattaforma affidabile (Windows Hello, Touch ID, il blocco schermo di un telefono Android) conferma l’accesso dopo la password con un tocco, un PIN o un’impronta digitale. Niente da digitare.',
    none: 'Nessuna chiave di sicurezza o piattaforma affidabile è registrata per il Suo account.',
    add: 'Aggiungi una chiave di sicurezza o piattaforma affidabile',
    name: 'Nome',
    kind: 'Tipo',
    added: 'Aggiunta il',
    lastUsed: 'Ultimo utilizzo',
    never: 'Mai',
    actions: 'Azioni',
    rename: 'Rinomina',
    delete: 'Elimina',
    cancel: 'Annulla',
    kindKey: 'Chiave di sicurezza',
    kindPlatform: 'Piattaforma affidabile',
    kindSynced: 'Passkey (sincronizzata)',
    addTitle: 'Aggiungi una chiave di sicurezza o piattaforma affidabile',
    nameHint:
      'Per riconoscerla nell’elenco, ad esempio «YubiKey del mio portachiavi» o «Windows Hello del mio portatile».',
    continue: 'Continua',
    passkey: 'Rendila una passkey: accedere con essa senza digitare il mio indirizzo e-mail',
    passkeyHint:
      'La chiave conserva allora il Suo account, protetto dal suo PIN, dall’impronta digitale o dal volto, che chiederà ogni volta. Non tutte le chiavi lo consentono.',
    promptTitle: 'Registri la Sua chiave di sicurezza o piattaforma affidabile',
    promptIntro:
      'Selezioni il pulsante qui sotto: il browser Le chiede di inserire e toccare la chiave, oppure di confermare con il PIN, il volto o l’impronta digitale di questo computer o telefono.',
    promptButton: 'Registra «{name}»',
    expired: 'Questa richiesta è scaduta. Ricominci.',
    refused: 'Non è stato possibile registrare questa chiave: la risposta del browser non era valida. Riprovi.',
    notAccepted:
      'Questo modello di chiave di sicurezza non è consentito dalla Sua organizzazione. Usi un’altra chiave.',
    already: 'Questa chiave di sicurezza è già registrata.',
    addedNotice: 'La chiave di sicurezza o piattaforma affidabile «{name}» è stata aggiunta.',
    renamedNotice: 'La chiave di sicurezza o piattaforma affidabile ora si chiama «{name}».',
    deletedNotice: 'La chiave di sicurezza o piattaforma affidabile è stata eliminata.',
    renameTitle: 'Rinomina la chiave di sicurezza o piattaforma affidabile',
    renameSubmit: 'Rinomina',
    deleteTitle: 'Elimina la chiave di sicurezza o piattaforma affidabile',
    deleteBody: 'Eliminare «{name}»? Non Le permetterà più di accedere.',
    deleteSubmit: 'Elimina',
    secondFactorBody:
      'Aggiungere o eliminare una chiave di sicurezza cambia il modo in cui il Suo account è protetto. Il Suo account ha, o ha avuto, un secondo fattore: confermi prima con esso.',
    back: 'Torna al mio account',
  },
  signInCode: {
    totpTitle: 'Inserisca il codice della Sua app di autenticazione',
    totpIntro: 'Apra la Sua app di autenticazione e digiti il codice di 6 cifre che mostra per questo account.',
    totpLabel: 'Codice visualizzato dall’app',
    totpHint: '6 cifre.',
    totpWrong: 'Questo codice non è corretto, oppure è già stato usato. Attenda il codice successivo e lo digiti.',
    recoveryTitle: 'Inserisca un codice di recupero',
    recoveryIntro:
      'Digiti uno dei codici di recupero che ha salvato. Verrà poi consumato; dopo l’accesso, configuri un nuovo secondo fattore.',
    recoveryLabel: 'Codice di recupero',
    recoveryHint: 'Ad esempio ABCD-EFGH-JKLM-NPQR-STUV. Trattini e spazi non contano.',
    recoveryWrong: 'Questo codice non è corretto, oppure è già stato usato. Lo verifichi e lo digiti di nuovo.',
    expires: 'Questa pagina accetta un codice fino alle {time}.',
    expired: 'Questa pagina è scaduta. Ricominci per digitare un codice.',
    restart: 'Ricomincia',
    totpNone:
      'Nessuna app di autenticazione è registrata per questo account. Scelga un altro metodo di verifica, oppure ne aggiunga una in «Gestisci le mie app di autenticazione» dopo aver effettuato l’accesso.',
    recoveryNone: 'A questo account non resta alcun codice di recupero. Scelga un altro metodo di verifica.',
    blocked:
      'Troppi codici errati. Riprovi più tardi (fine del blocco: {time}). Se non è stato Lei, cambi la password.',
    webauthnTitle: 'Confermi con la Sua chiave di sicurezza o piattaforma affidabile',
    webauthnIntro:
      'Selezioni il pulsante qui sotto: il browser Le chiede di inserire e toccare la chiave di sicurezza, oppure di confermare con il PIN, il volto o l’impronta digitale di questo computer o telefono.',
    webauthnButton: 'Usa la mia chiave di sicurezza o piattaforma affidabile',
    webauthnExpires: 'Questa pagina attende la Sua chiave fino alle {time}.',
    webauthnExpired: 'Questa pagina è scaduta. Ricominci per usare la Sua chiave.',
    webauthnWrong:
      'Questa chiave non è stata accettata. Usi una chiave di sicurezza o piattaforma affidabile registrata per il Suo account, poi riprovi.',
    webauthnNone:
      'Nessuna chiave di sicurezza o piattaforma affidabile è registrata per questo account. Scelga un altro metodo di verifica, oppure ne aggiunga una in «Gestisci le mie chiavi di sicurezza e piattaforme affidabili» dopo aver effettuato l’accesso.',
    webauthnFailed:
      'Il browser non ha ricevuto risposta da alcuna chiave (annullamento, tempo scaduto o nessuna chiave registrata qui). Riprovi, oppure scelga un altro metodo di verifica.',
    webauthnUnsupported:
      'Questo browser non può usare chiavi di sicurezza (JavaScript o WebAuthn è disattivato). Usi un altro browser o scelga un altro metodo di verifica.',
  },
  setUpFactor: {
    title: 'Configuri un nuovo secondo fattore',
    why: 'Ha effettuato l’accesso con un codice di recupero: ora è consumato. {count, plural, =0 {Non Le resta alcun codice di recupero.} one {Le resta # codice di recupero.} many {Le restano # codici di recupero.} other {Le restano # codici di recupero.}}',
    next: 'Configuri un nuovo modo per confermare la Sua identità, poi elimini i dispositivi che ha perso.',
    addDevice: 'Aggiungi un dispositivo mobile (app Sésame)',
    addTotp: 'Aggiungi un’app di autenticazione',
    devices: 'Gestisci i miei dispositivi mobili',
    recoveryCodes: 'Codici di recupero',
    later: 'Più tardi: vai al mio account',
  },
  proposedName: {
    nameHint: 'Senza spazi. Lasci vuoto per usare il modello del telefono, ad esempio Pixel-8.',
    qrAlt: 'Codice QR da scansionare con l’app Sésame per aggiungere il Suo telefono',
  },
  enrolmentRefused: {
    title: 'Questo telefono non può essere aggiunto',
    otherAccount:
      'Il telefono che ha scansionato il codice QR conferma già gli accessi dell’account di un’altra persona. Un telefono serve una sola persona: il dispositivo non è stato aggiunto e il codice QR non può più essere usato.',
    sameAccount:
      'Il telefono che ha scansionato il codice QR è già registrato per il Suo account: non c’è nulla da aggiungere. Il codice QR non può più essere usato.',
    nextTitle: 'E adesso?',
    otherAccountNext:
      'Aggiunga di nuovo il dispositivo e scansioni il nuovo codice QR con un altro telefono; oppure, se questo telefono è Suo, rimuova prima da esso l’altro account: il titolare deve eliminare il telefono in «Gestisci i miei dispositivi mobili».',
    sameAccountNext:
      'Il Suo telefono è nell’elenco dei Suoi dispositivi mobili. Per aggiungere un altro telefono, aggiunga di nuovo un dispositivo.',
    addAgain: 'Aggiungi un dispositivo mobile con un altro telefono',
    backToDevices: 'Torna a «Gestisci i miei dispositivi mobili»',
  },
  accountOptions: {
    title: 'Configura il mio account',
    link: 'Configura il mio account',
    intro: 'Queste opzioni valgono per ogni accesso al Suo account, da qualsiasi browser.',
    signInTitle: 'Accesso',
    always: 'Richiedi sempre un secondo fattore',
    alwaysHint:
      'La sola password non basta più per accedere, nemmeno alle applicazioni che la accettano: ogni accesso richiede anche la Sua app Sésame, la Sua app di autenticazione o la Sua chiave di sicurezza.',
    alwaysWarning:
      'Se perde tutti i secondi fattori (e i codici di recupero), non potrà più accedere da solo: solo il servizio di assistenza potrà ridarLe l’accesso.',
    alwaysNeedsFactor:
      'Aggiunga prima un secondo fattore (un’app Sésame o un’app di autenticazione): con la sola password il Suo account resterebbe bloccato.',
    addFactor: 'Aggiungi un dispositivo mobile',
    addAuthenticatorApp: 'Aggiungi un’app di autenticazione',
    preferred: 'Metodo di verifica preferito',
    preferredHint: 'Dopo la password, l’accesso si apre su questo metodo quando l’applicazione lo accetta.',
    preferredNone: 'Nessuna preferenza (l’ultimo metodo che ho usato)',
    preferredNotHeld: 'Scelga uno dei metodi di cui dispone il Suo account.',
    appsTitle: 'Applicazioni',
    warn: 'Avvisami ogni volta che un’applicazione chiede la mia identità',
    warnHint:
      'Prima che un’applicazione riceva la Sua identità — dopo l’accesso, o quando ha già effettuato l’accesso — una pagina la indica e Le chiede di continuare o annullare.',
    mailsTitle: 'Notifiche via e-mail',
    newBrowser: 'Inviami un’e-mail quando si accede al mio account da un nuovo browser',
    newBrowserHint:
      'Un browser è nuovo quando il Suo account non vi ha effettuato l’accesso nell’ultimo anno (o da quando ne sono stati cancellati i cookie). L’e-mail indica quando, da dove e con quale browser.',
    mailsAlways:
      'Per la Sua protezione, Sésame Le invia sempre un’e-mail quando vengono aggiunti o rimossi un dispositivo mobile, un’app di autenticazione, una chiave di sicurezza, un numero di cellulare o codici di recupero, quando viene usato un codice di recupero e quando cambiano la password o l’indirizzo e-mail. Queste e-mail non possono essere disattivate.',
    save: 'Salva le mie opzioni',
    back: 'Torna al mio account',
    saved: 'Le Sue opzioni sono state salvate.',
    unchanged: 'Non è cambiato nulla.',
    secondFactorBody:
      'Le opzioni del Suo account determinano come è protetto. Il Suo account ha un secondo fattore: confermi prima con esso.',
  },
  signInChoose: {
    title: 'Scelga come confermare la Sua identità',
    intro: 'La password è corretta. Confermi con uno dei metodi del Suo account:',
    submit: 'Continua',
    lostAccess: 'Non ho più nessuno di questi: usa un codice di recupero',
    none: 'Il Suo account non ha alcun metodo di verifica accettato da questa applicazione.',
    typePassword: 'Accedi di nuovo con un altro metodo',
  },
  appConsent: {
    title: 'Un’applicazione chiede la Sua identità',
    body: '«{app}» chiede di sapere chi è Lei. Continui per accedervi.',
    why: 'Vede questa pagina perché ha chiesto di essere avvisato ogni volta che un’applicazione chiede la Sua identità. Se non se lo aspettava, annulli.',
    continue: 'Continua verso l’applicazione',
    cancel: 'Annulla',
    options: 'Modifica questa opzione in «Configura il mio account»',
    gone: 'Questa richiesta ha già ricevuto risposta o è scaduta. Torni all’applicazione e riprovi.',
  },
  phoneNumbers: {
    title: 'Gestisci i miei numeri di cellulare',
    intro: 'Un codice inviato via SMS a uno di questi numeri può confermare l’accesso dopo la password.',
    sunset: 'L’accesso tramite SMS cesserà il {date}. L’app Sésame è più sicura: la aggiunga ora.',
    addDevice: 'Aggiungi un dispositivo mobile (app Sésame)',
    none: 'Nessun numero di cellulare è registrato per il Suo account.',
    number: 'Numero',
    added: 'Aggiunto il',
    lastUsed: 'Ultimo utilizzo',
    never: 'Mai',
    actions: 'Azioni',
    delete: 'Elimina',
    add: 'Aggiungi un numero',
    addTitle: 'Aggiungi un numero di cellulare',
    phoneLabel: 'Numero di cellulare',
    phoneHint:
      'Inizi con «+» e il prefisso internazionale, senza punti, parentesi o trattini, ad esempio +39 312 345 6789.',
    send: 'Invia il codice',
    confirmTitle: 'Inserisca il codice ricevuto via SMS',
    confirmIntro: 'Abbiamo inviato un codice di nove caratteri al {phone}. Lo digiti entro le {time}.',
    codeLabel: 'Codice ricevuto via SMS',
    codeHint: 'Ad esempio K7P-M2X-9QR. Trattini, spazi e maiuscole non contano.',
    finalise: 'Completa',
    wrongCode: 'Questo codice non è corretto. Controlli l’SMS e digiti di nuovo il codice.',
    over: 'Questa conferma è terminata (scaduta, o troppi codici errati). Aggiunga di nuovo il numero per ricevere un nuovo codice.',
    addedNotice: 'Il numero {name} è stato aggiunto.',
    deletedNotice: 'Il numero è stato eliminato.',
    deleteTitle: 'Elimina il numero di cellulare',
    deleteBody: 'Eliminare il numero {name}? I codici inviati a questo numero non Le permetteranno più di accedere.',
    deleteSubmit: 'Elimina',
    cancel: 'Annulla',
    secondFactorBody:
      'Aggiungere o eliminare un numero di telefono cambia il modo in cui il Suo account è protetto. Il Suo account ha, o ha avuto, un secondo fattore: confermi prima con esso.',
    back: 'Torna al mio account',
    enrolText: 'Sésame: il Suo codice per aggiungere questo numero è {code}. Non lo comunichi mai a nessuno.',
  },
  signInSms: {
    title: 'Inserisca il codice ricevuto via SMS',
    intro: 'Abbiamo inviato un codice di verifica per l’accesso di nove caratteri al {phone}.',
    label: 'Codice ricevuto via SMS',
    hint: 'Ad esempio K7P-M2X-9QR. Trattini, spazi e maiuscole non contano.',
    resend: 'Invia un nuovo codice',
    wrongCode: 'Questo codice non è corretto, oppure è già stato usato. Controlli l’ultimo SMS e ne digiti il codice.',
    none: 'Nessun numero di cellulare è registrato per questo account. Scelga un altro metodo di verifica.',
    text: 'Sésame: il Suo codice di verifica per l’accesso è {code}. Non lo comunichi mai a nessuno, nemmeno a noi.',
    sunsetTitle: 'L’accesso tramite SMS cesserà a breve',
    sunsetBody:
      'Dal {date}, gli SMS non saranno più accettati per accedere. Installi ora l’app Sésame: è più sicura (nessuno scambio fraudolento di SIM, nessuna intercettazione) e funziona senza rete.',
    sunsetInstall: 'Installa ora l’app Sésame',
    sunsetLater: 'Più tardi',
    sunsetLaterHint: 'Glielo ricorderemo al prossimo accesso tramite SMS.',
  },
  admin: {
    title: 'Amministrazione',
    link: 'Amministrazione',
    secondFactorBody:
      'L’amministrazione richiede un accesso con un secondo fattore. Confermi la Sua identità con il Suo e tornerà qui.',
    searchTitle: 'Trova un account',
    searchLabel: 'Nome, indirizzo e-mail o identificativo',
    searchStarts: 'L’inizio di un nome, di un cognome o di un indirizzo e-mail, oppure un identificativo completo.',
    searchHint: 'Lasci vuoto per elencare gli account delle Sue organizzazioni.',
    within: 'Organizzazione',
    allMine: 'Tutte le mie organizzazioni',
    submit: 'Cerca',
    scopeIntro: 'Può vedere gli account di: {organisations}.',
    results: 'Account trovati',
    none: 'Nessun account corrisponde nelle Sue organizzazioni.',
    limited: 'Vengono mostrati solo i primi {limit} account: restringa la ricerca.',
    colName: 'Nome',
    colEmail: 'Indirizzo e-mail',
    colOrganisation: 'Organizzazione',
    colId: 'Identificativo',
    accountTitle: 'Account di {name}',
    back: 'Torna alla ricerca',
    identity: 'Identità',
    organisation: 'Organizzazione',
    roles: 'Ruoli amministrativi',
    noRoles: 'Nessuno.',
    roleOver: '{role}, {organisation}',
    roleNames: {
      administrator: 'Amministratore',
      local_manager: 'Responsabile locale',
      helpdesk: 'Servizio di assistenza',
      auditor: 'Auditor',
    },
    methods: 'Metodi di accesso e dispositivi',
    noMethods: 'Solo password: nessun secondo fattore.',
    colMethod: 'Metodo',
    colStatus: 'Stato',
    colAdded: 'Aggiunto il',
    colLastUsed: 'Ultimo utilizzo',
    never: 'Mai',
    kinds: {
      device: 'App Sésame',
      totp: 'App di autenticazione',
      webauthn: 'Chiave di sicurezza o passkey',
      'recovery-code': 'Codice di recupero',
      sms: 'Telefono cellulare (SMS)',
    },
    statuses: {
      active: 'Attivo',
      pending: 'Non confermato',
      blocked: 'Bloccato',
      used: 'Usato',
    },
    signIns: 'Ultimi accessi',
    noSignIns: 'Nessun accesso registrato.',
    colWhen: 'Quando',
    colWhat: 'Che cosa',
    colFrom: 'Da',
    lock: 'Blocco',
    lockedEverywhere: 'Bloccato dopo troppe password errate: per ora nessuno può accedere a questo account.',
    failures:
      '{count, plural, =0 {Nessuna password errata} one {# password errata} many {# password errate} other {# password errate}} di seguito dall’ultimo accesso, reimpostazione della password o sblocco.',
    notLocked:
      'Non bloccato ovunque. Un blocco da una sola rete (il titolare che sbaglia a digitare in ufficio) non è mostrato qui: lo sblocco rimuove anche quello.',
    lockedFromNetwork:
      'Bloccato il {time} dopo troppe password errate da una stessa rete (il titolare che sbaglia a digitare, o qualcuno che tenta di indovinare): per ora gli accessi da lì sono rifiutati.',
    unlock: 'Sblocca l’account',
    unlockHint:
      'Il titolare può accedere di nuovo subito, da qualsiasi luogo. L’operazione viene registrata nell’audit.',
    unlocked: 'L’account è sbloccato: il titolare può accedere di nuovo.',
    factorTitle: 'Secondo fattore perso',
    factorIntro:
      'Quando il titolare ha perso tutti i secondi fattori (telefono perso o rubato, nessun codice di recupero): li rimuova tutti, in modo che nessuno possa usarli. Tutte le sessioni dell’account vengono chiuse. Il titolare viene informato via e-mail su come aggiungere un nuovo dispositivo mobile («Non ho più il mio telefono»).',
    reason: 'Motivo',
    reasonHint:
      'Obbligatorio, registrato nell’audit: come ha fatto richiesta il titolare e come ha verificato che fosse lui (ad esempio: «telefono perso, ha chiamato il servizio di assistenza, identità verificata dal responsabile»).',
    resetFactor: 'Rimuovi tutti i secondi fattori',
    reasonRequired: 'Indichi il motivo: è obbligatorio.',
    reasonTooLong: 'Il motivo è troppo lungo: al massimo {max} caratteri.',
    factorReset:
      'Tutti i secondi fattori dell’account sono stati rimossi ({devices} dispositivi mobili, {credentials} altri fattori). Il titolare è stato informato via e-mail.',
    recoveryTitle: 'Recupero dell’account',
    recoveryWaiting:
      'Il titolare ha avviato «Non ho più il mio telefono» il {started}, con la sua password e il link ricevuto via e-mail. Un nuovo dispositivo mobile potrà essere aggiunto dal {ready}.',
    recoveryIntro:
      'Se ha verificato che si tratta davvero del titolare — una richiamata a un numero che già conosceva, un documento d’identità, di persona — può concludere ora il periodo di attesa. Solo il browser in cui il titolare ha confermato il recupero potrà allora aggiungere un dispositivo; Lei non ne aggiunge alcuno. Il titolare viene informato via e-mail, con un link per annullare.',
    recoveryReason: 'Come ha verificato l’identità del titolare',
    recoveryReasonHint:
      'Obbligatorio, registrato nell’audit (ad esempio: «richiamato al numero dell’ufficio, carta d’identità vista»).',
    recoveryExpedite: 'Concludi ora il periodo di attesa',
    recoveryExpedited:
      'Il periodo di attesa è concluso: il titolare può ora aggiungere un nuovo dispositivo mobile. È stato informato via e-mail.',
    recoveryNothing: 'Su questo account non c’è più alcun recupero in attesa: non è stato modificato nulla.',
    passwordTitle: 'Password',
    sendReset: 'Invia un link di reimpostazione della password',
    sendResetHint:
      'Il titolare riceve via e-mail un link per scegliere una nuova password, valido {minutes} minuti. Lei non vede né imposta mai la password. L’operazione viene registrata nell’audit.',
    resetSent: 'Un link di reimpostazione della password è stato inviato a {email}.',
  },
  levelGapOpening: {
    passwordAlone: 'Ha effettuato l’accesso con la sola password.',
    otherFactor: 'Ha effettuato l’accesso con «{method}», che {app} non accetta.',
  },
  dashboard: {
    title: 'Cruscotto della migrazione',
    heading: 'Cruscotto della migrazione: {organisation}',
    link: 'Cruscotto della migrazione',
    intro:
      'Come accedono gli agenti di {organisation} e delle organizzazioni sottostanti, e cosa resta da fare prima della fine degli SMS.',
    organisations: 'Cruscotti delle organizzazioni che gestisce:',
    total: 'Agenti',
    app: 'App Sésame',
    key: 'Chiave di sicurezza o piattaforma',
    totp: 'App di autenticazione',
    sms: 'Solo SMS',
    password: 'Solo password',
    equipped: 'Dotati',
    smsHoldouts: 'Ritardatari SMS',
    phonesToBuy: 'Telefoni da acquistare',
    phonesHint:
      'Agenti che non hanno né l’app Sésame né un altro secondo fattore accettato (una chiave di sicurezza, un’app di autenticazione): un telefono per agente.',
    percent: '{percent} %',
    noAgents: 'nessun agente',
    sunset:
      '{days, plural, =0 {Gli SMS sono cessati il {date}.} one {Manca # giorno alla fine degli SMS il {date}.} many {Mancano # giorni alla fine degli SMS il {date}.} other {Mancano # giorni alla fine degli SMS il {date}.}}',
    noSunset: 'Non è fissata alcuna data per la fine degli SMS.',
    byMethodTitle: 'Agenti per metodo di accesso',
    colMethod: 'Metodo',
    colAgents: 'Agenti',
    childrenTitle: 'Organizzazioni sottostanti',
    colOrganisation: 'Organizzazione',
    noChildren: 'Nessuna organizzazione sotto questa.',
    chartTitle: 'Andamento nel tempo',
    chartSummary:
      'Agenti dotati e ritardatari per ogni giorno degli ultimi 90 giorni, dal {first} al {last}; le stesse cifre sono nella tabella che segue.',
    chartEmpty: 'Il grafico inizia con le cifre di oggi: si aggiunge un punto al giorno.',
    chartTable: 'Andamento per giorno',
    colDay: 'Giorno',
    holdouts: 'Ritardatari',
    csv: 'Scarica le cifre (CSV)',
    csvHeader:
      'Identificativo organizzazione,Organizzazione,Agenti,App Sésame,Chiave di sicurezza o piattaforma,App di autenticazione,Solo SMS,Solo password,Telefoni da acquistare,Dotati %',
    remindersTitle: 'Promemoria',
    remindersBody:
      'Inviare a ogni ritardatario di {organisation} e delle organizzazioni sottostanti (solo SMS o solo password) un’e-mail sulla sua situazione e su come registrarsi. Un agente che ha ricevuto un promemoria {days, plural, one {nell’ultimo giorno} many {negli ultimi # giorni} other {negli ultimi # giorni}} viene saltato.',
    remindersSend: 'Invia un promemoria ai ritardatari',
    remindersDone:
      '{sent, plural, =0 {Nessun promemoria inviato} one {# promemoria inviato} many {# promemoria inviati} other {# promemoria inviati}}, {skipped, plural, =0 {nessuno saltato} one {# saltato (promemoria recente o già dotato)} many {# saltati (promemoria recente o già dotati)} other {# saltati (promemoria recente o già dotati)}}{failed, plural, =0 {.} one {, # non inviato (il server di posta non ha risposto): riprovi più tardi.} many {, # non inviati (il server di posta non ha risposto): riprovi più tardi.} other {, # non inviati (il server di posta non ha risposto): riprovi più tardi.}}',
    campaignTitle: 'Campagna di registrazione',
    campaignIntro:
      'Dopo l’accesso, un agente di {organisation} o delle organizzazioni sottostanti senza un secondo fattore accettato vede una pagina che ne spiega il motivo e avvia la registrazione. «Più tardi» è consentito per un certo numero di volte e di giorni, poi la registrazione diventa obbligatoria.',
    campaignFrom:
      '{from, select, none {Queste sono le impostazioni dell’installazione: non ne è stata salvata alcuna per questa organizzazione o al di sopra di essa.} other {Salvata per {from}.}}',
    campaignEnabled: 'Mostra la campagna agli agenti senza secondo fattore',
    campaignSnoozes: '«Più tardi» consentito (volte)',
    campaignSnoozeDays: 'Giorni consentiti dopo il primo «Più tardi»',
    campaignDeadline: 'Scadenza (facoltativa)',
    campaignDeadlineHint:
      'Da questo giorno la registrazione è obbligatoria. Se il campo è vuoto, la pagina mostra la data di fine degli SMS.',
    campaignSave: 'Salva la campagna',
    campaignSaved:
      'La campagna è salvata: si applica a questa organizzazione e a quelle sottostanti che non ne hanno una propria.',
    campaignInvalid: 'Un numero intero da 0 a {max}.',
    campaignDateInvalid: 'Una data come 2027-03-01.',
    agentLink: 'Campagna per il secondo fattore',
    agentTitle: 'Campagna per il secondo fattore: {name}',
    agentStatus: 'Accede con: {method}.',
    agentSnoozes:
      '{count, plural, =0 {Non ha mai scelto «Più tardi».} one {Ha scelto «Più tardi» una volta.} many {Ha scelto «Più tardi» # volte.} other {Ha scelto «Più tardi» # volte.}}',
    agentExcluded: 'Escluso/a dalla campagna il {date}: {reason}',
    agentRemind: 'Invia un promemoria',
    agentReminded:
      '{sent, plural, =0 {Nessun promemoria inviato: questo agente ne ha ricevuto uno di recente o è già dotato.} one {È stato inviato un promemoria.} many {Sono stati inviati # promemoria.} other {Sono stati inviati # promemoria.}}',
    exclude: 'Escludi dalla campagna',
    excludeReason: 'Motivo (obbligatorio)',
    excludeHint: 'Ad esempio: telefoni non consentiti nel sito. Registrato nell’audit.',
    excluded: 'L’agente è escluso dalla campagna.',
    include: 'Includi di nuovo nella campagna',
    included: 'L’agente è di nuovo incluso nella campagna.',
    back: 'Torna all’account',
  },
  campaign: {
    title: 'Configuri un secondo fattore',
    requiredTitle: 'Configuri un secondo fattore per continuare',
    why: 'L’istruzione DGAL/SDEIGIR/2025-91 chiede a ogni agente di confermare l’accesso con un secondo fattore personale. I codici inviati via SMS sono in via di dismissione: possono essere intercettati o dirottati verso un’altra scheda SIM. L’app Sésame sul Suo telefono li sostituisce; vanno bene anche una chiave di sicurezza o un’app di autenticazione.',
    deadline: 'Scadenza: {date}.',
    body: 'Ci vogliono pochi minuti: installi l’app sul telefono, poi aggiunga il telefono al Suo account.',
    requiredBody:
      'La scadenza è passata oppure ha rimandato tutte le volte consentite: configuri ora un secondo fattore per raggiungere le Sue applicazioni.',
    setUpApp: 'Configura ora l’app Sésame',
    otherWays: 'Oppure:',
    securityKey: 'una chiave di sicurezza',
    authenticatorApp: 'un’app di autenticazione',
    later: 'Più tardi',
    laterLeft:
      '{count, plural, one {Può rimandare ancora una volta.} many {Può rimandare ancora # volte.} other {Può rimandare ancora # volte.}}',
    requiredHint: 'Fino ad allora le Sue applicazioni restano chiuse. Uscire non comporta alcuna perdita.',
    signOut: 'Esci',
  },
  lifecycle: {
    status: 'Stato',
    active: 'Attivo',
    invitationPending: 'Invitato: il titolare non ha ancora scelto una password',
    invitationExpired:
      'Invito scaduto: il titolare non ha mai scelto una password e il link non funziona più; lo invii di nuovo',
    deactivatedSince: 'Disattivato dal {time}: il titolare non può accedere',
    externalId: 'Identificativo esterno',
    noExternalId: 'Nessuno',
    invite: 'Invita un agente',
    inviteTitle: 'Invita un agente',
    inviteIntro:
      'L’agente riceve un’e-mail con un link per scegliere una password, valido {days, plural, one {# giorno} many {# giorni} other {# giorni}}. Fino ad allora l’account non può essere usato. L’operazione viene registrata nell’audit.',
    organisation: 'Organizzazione',
    organisationHint: 'Le organizzazioni che gestisce.',
    externalIdHint:
      'Facoltativo: l’identificativo che il Suo sistema di gestione del personale assegna all’agente (lettere, cifre e . _ @ : - / +).',
    emailLocale: 'Lingua dell’account',
    emailLocaleHint:
      'La lingua delle e-mail inviate all’agente e, una volta che l’ha scelta lui stesso, delle pagine di Sésame.',
    sendInvitation: 'Crea l’account e invia l’invito',
    invited: 'L’account è stato creato ed è stato inviato un invito a {email}.',
    resendTitle: 'Invito',
    resendHint: 'Il titolare non ha ancora scelto una password. Invii di nuovo l’invito se è andato perso o è scaduto.',
    resend: 'Invia di nuovo l’invito',
    resent: 'L’invito è stato inviato di nuovo a {email}.',
    activationTitle: 'Disattivazione',
    deactivateHint:
      'Il titolare non può più accedere; le sue sessioni terminano e le applicazioni a cui aveva effettuato l’accesso non lo accettano più. Nulla viene cancellato: può riattivare l’account. L’operazione viene registrata nell’audit.',
    deactivate: 'Disattiva l’account',
    deactivated: 'L’account è disattivato: il titolare non può più accedere.',
    reactivateHint: 'Il titolare può accedere di nuovo con la password e i secondi fattori che aveva.',
    reactivate: 'Riattiva l’account',
    reactivated: 'L’account è riattivato: il titolare può accedere di nuovo.',
    moveTitle: 'Organizzazione',
    moveHint: 'Sposti l’account in un’altra organizzazione che gestisce. Il suo accesso non cambia.',
    moveTo: 'Nuova organizzazione',
    move: 'Sposta l’account',
    moved: 'L’account appartiene ora a {organisation}.',
    deleteTitle: 'Cancella l’account',
    deleteIntro:
      'La cancellazione non può essere annullata. Per impedire l’accesso per un certo tempo, disattivi invece l’account.',
    deleteLink: 'Cancella questo account…',
    deletePageTitle: 'Cancella l’account di {name}',
    deleteErased: 'Ciò che viene cancellato, subito e definitivamente:',
    deleteErasedItems: [
      'il nome e il cognome, l’indirizzo e-mail, la password e l’identificativo esterno;',
      'ogni dispositivo mobile, app di autenticazione, chiave di sicurezza, numero di telefono e codice di recupero;',
      'le opzioni, i ruoli, la posizione nell’organizzazione; ogni sessione termina.',
    ],
    deleteKept: 'Ciò che viene conservato, solo per l’audit, fino alla fine del periodo di conservazione:',
    deleteKeptItems: [
      'le righe di audit di questo account (che cosa è stato fatto, quando, da quale indirizzo di rete), sotto il solo identificativo {id}, che non rimanda più ad alcun nome né indirizzo.',
    ],
    confirmEmail: 'Per confermare, digiti l’indirizzo e-mail dell’account',
    confirmEmailHint: 'L’indirizzo è {email}.',
    confirmMismatch: 'L’indirizzo digitato non è quello dell’account: non è stato cancellato nulla.',
    erase: 'Cancella definitivamente l’account',
    cancel: 'Mantieni l’account',
    erased: 'L’account {id} è stato cancellato. Restano solo le sue righe di audit, sotto questo identificativo.',
    importTitle: 'Importa agenti da un file CSV',
    importLink: 'Importa agenti (CSV)',
    exportLink: 'Esporta gli account (CSV)',
    importIntro:
      'Prima una simulazione: nulla viene scritto finché non conferma. Importare di nuovo lo stesso file non cambia nulla. Ogni nuovo agente riceve un invito via e-mail.',
    file: 'File CSV',
    fileHint:
      'UTF-8 (con o senza BOM), separato da «;» o «,», un agente per riga dopo una riga di intestazione. Colonne: email, first_name, last_name, organisation_id, external_id, language (codice di due lettere: fr, en, de…). Consulti la guida per gli amministratori.',
    defaultOrganisation: 'Organizzazione delle righe senza organisation_id',
    dryRun: 'Verifica il file (simulazione)',
    fileRequired: 'Scelga un file CSV.',
    fileTooLarge: 'Il file è troppo grande: al massimo {max} MB. Lo divida.',
    fileUnreadable:
      'Non è stato possibile leggere il file come CSV vicino alla riga {line}. Verifichi che sia un’esportazione CSV, poi riprovi.',
    headerMissing: 'Nella riga di intestazione manca la colonna {column}. Le colonne sono: {columns}.',
    tooManyLines: 'Il file ha più di {max} righe. Lo divida.',
    emptyFile: 'Il file non ha alcuna riga di agente sotto l’intestazione.',
    planTitle: 'Simulazione: ciò che farà l’importazione',
    planSummary:
      '{create, plural, =0 {Nessun account da creare} one {# account da creare} many {# account da creare} other {# account da creare}}, {update, plural, =0 {nessuno da aggiornare} one {# da aggiornare} many {# da aggiornare} other {# da aggiornare}}, {unchanged, plural, =0 {nessuno invariato} one {# invariato} many {# invariati} other {# invariati}}, {error, plural, =0 {nessuna riga rifiutata} one {# riga rifiutata} many {# righe rifiutate} other {# righe rifiutate}}.',
    colLine: 'Riga',
    colAction: 'Che cosa accadrà',
    colDetail: 'Dettaglio',
    actions: {
      create: 'Creato e invitato',
      update: 'Aggiornato',
      unchanged: 'Invariato',
      error: 'Rifiutata',
    },
    changedFields: 'Modifiche: {fields}',
    movedTo: 'passa a {organisation}',
    planTruncated: 'Sono elencate solo le prime {shown} righe; i conteggi sopra riguardano l’intero file.',
    confirm: 'Conferma l’importazione',
    confirmHint:
      'Le righe rifiutate vengono escluse. Il file viene verificato di nuovo quando conferma; questa simulazione può essere confermata per {minutes} minuti.',
    nothingToDo: 'Niente da importare: corregga il file, poi lo verifichi di nuovo.',
    another: 'Verifica un altro file',
    progressTitle: 'Importazione in corso',
    doneTitle: 'Importazione terminata',
    failedTitle: 'Importazione interrotta',
    failedBody:
      'L’importazione si è interrotta: il servizio non era disponibile. Le righe scritte finora restano; importi di nuovo lo stesso file per terminare (le righe già elaborate restano invariate).',
    progress: '{processed} righe elaborate su {total}.',
    progressCounts:
      '{created} creati, {updated} aggiornati, {unchanged} invariati, {errors} rifiutati; {mailed} inviti inviati.',
    mailFailed:
      'Non è stato possibile inviare {count, plural, one {# invito} many {# inviti} other {# inviti}}: li invii di nuovo dalla pagina di ciascun account.',
    refreshHint: 'Questa pagina si aggiorna ogni pochi secondi. Può lasciarla: l’importazione prosegue.',
    refresh: 'Aggiorna',
    jobUnknown: 'Questa importazione è sconosciuta o troppo vecchia, oppure è stata avviata da un’altra persona.',
    refusedLines: 'Righe rifiutate',
    backToConsole: 'Torna all’amministrazione',
    lineReasons: {
      required: 'manca il campo {field}',
      too_long: 'il campo {field} è troppo lungo',
      malformed: 'il campo {field} non è valido',
      out_of_scope: 'l’organizzazione non esiste o non è tra quelle che gestisce',
      taken: 'il campo {field} appartiene a un account esterno alle Sue organizzazioni',
      duplicate: 'il campo {field} è già presente in una riga precedente',
      conflict: 'l’identificativo esterno e l’indirizzo e-mail appartengono a due account diversi',
      failed: 'non è stato possibile scrivere la riga; importi di nuovo il file',
    },
  },
  adminGovernance: {
    nav: 'Sezioni dell’amministrazione',
    navSearch: 'Account',
    navOrganisations: 'Organizzazioni',
    navAudit: 'Audit',
    rolesTitle: 'Assegna o revoca un ruolo',
    rolesIntro:
      'Sono proposti solo i ruoli e le organizzazioni che può assegnare. Il titolare viene informato via e-mail e la modifica viene registrata nell’audit.',
    role: 'Ruolo',
    scope: 'Sull’organizzazione (e su tutto ciò che le è sottostante)',
    grant: 'Assegna questo ruolo',
    revoke: 'Revoca',
    revokeLabel: 'Revoca: {role}, {organisation}',
    noGrantable: 'Non può assegnare alcun ruolo a questo account.',
    granted: 'Il ruolo è stato assegnato; il titolare è stato informato via e-mail.',
    revoked: 'Il ruolo è stato revocato; il titolare è stato informato via e-mail.',
    accountAudit: 'Vedi l’audit di questo account',
    organisationsTitle: 'Organizzazioni',
    organisationsIntro:
      'Le organizzazioni che può vedere, ciascuna con il suo tipo. Spostare un’organizzazione sposta tutto ciò che le è sottostante; può rinominare o spostare solo le organizzazioni sottostanti alla Sua.',
    colKind: 'Tipo',
    colName: 'Nome',
    colId: 'Identificativo',
    colActions: 'Azioni',
    rootKind: 'Intera installazione',
    createTitle: 'Crea un’organizzazione',
    parent: 'All’interno di',
    newId: 'Identificativo',
    newIdHint: 'Lettere minuscole, cifre e trattini, ad esempio ddpp-35. Non potrà essere modificato in seguito.',
    newName: 'Nome',
    kind: 'Tipo',
    create: 'Crea',
    created: 'L’organizzazione «{name}» è stata creata.',
    renameTitle: 'Rinomina «{name}»',
    rename: 'Rinomina',
    renamed: 'L’organizzazione è stata rinominata.',
    moveTitle: 'Sposta «{name}»',
    moveTo: 'Nuova organizzazione superiore',
    move: 'Sposta',
    moved: 'L’organizzazione e tutto ciò che le è sottostante sono stati spostati.',
    nameRequired: 'Inserisca il nome dell’organizzazione.',
    nameTooLong: 'Il nome è troppo lungo: al massimo {max} caratteri.',
    idMalformed: 'L’identificativo deve contenere lettere minuscole, cifre e trattini interni, ad esempio ddpp-35.',
    idTaken: 'Questo identificativo è già in uso. Ne scelga un altro.',
    kindUnknown: 'Scelga un tipo tra quelli proposti.',
    tooDeep: 'In quel punto l’albero sarebbe troppo profondo. Scelga un’organizzazione superiore più in alto.',
    cycle:
      'Un’organizzazione non può essere collocata all’interno di sé stessa o di una delle proprie organizzazioni. Scelga un’altra organizzazione superiore.',
    auditTitle: 'Audit',
    auditIntro: 'Eventi di sicurezza e amministrativi relativi agli account di: {organisations}. Sola lettura.',
    filters: 'Filtri',
    filterActor: 'Eseguito da (indirizzo e-mail o identificativo)',
    filterAccount: 'Account interessato (indirizzo e-mail o identificativo)',
    filterType: 'Evento',
    filterOutcome: 'Esito',
    filterFrom: 'Dal (giorno incluso)',
    filterTo: 'Al (giorno incluso)',
    filterWithin: 'Organizzazione',
    any: 'Qualsiasi',
    allMine: 'Tutte le mie organizzazioni',
    outcomes: {
      success: 'Eseguito',
      failure: 'Non riuscito o rifiutato',
    },
    search: 'Cerca',
    reset: 'Cancella i filtri',
    toBeforeFrom: 'La data di fine deve essere uguale o successiva alla data di inizio.',
    dateMalformed: 'Inserisca una data nel formato anno-mese-giorno, ad esempio 2026-12-07.',
    results: 'Eventi',
    none: 'Nessun evento corrisponde a questi filtri.',
    colWhen: 'Quando',
    colWhat: 'Che cosa',
    colOutcome: 'Esito',
    colActor: 'Eseguito da',
    colAccount: 'Account',
    colFrom: 'Da',
    colDetails: 'Dettagli',
    self: 'l’account stesso',
    system: 'Sésame',
    next: 'Eventi meno recenti',
    first: 'Eventi più recenti',
    exportTitle: 'Esporta',
    exportIntro:
      'Tutti gli eventi che corrispondono ai filtri, dal più recente. L’esportazione viene registrata nell’audit.',
    exportCsv: 'Esporta in CSV',
    exportJsonl: 'Esporta in righe JSON',
  },
};
