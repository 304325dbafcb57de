import type { Messages } from './en';

/**
 * German catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const de: Messages = {
  meta: {
    language: 'Sprache',
  },
  layout: {
    skipToContent: 'Zum Hauptinhalt springen',
    tagline: 'Sichere Anmeldung',
    footer: 'Sésame – Open-Source-Identitätsanbieter',
    signedInAs: 'Angemeldet als {name}',
    myAccount: 'Mein Konto',
    signOut: 'Abmelden',
    errorSummaryTitle: 'Es ist ein Problem aufgetreten',
    errorTitle: 'Fehler: {title}',
    navLabel: 'Konto und Sprache',
  },
  fields: {
    email: 'E-Mail-Adresse',
    emailConfirm: 'E-Mail-Adresse bestätigen',
    firstName: 'Vorname',
    lastName: 'Nachname',
    emailLocale: 'Sprache der E-Mails',
    emailLocaleHint:
      'Die Sprache der E-Mails, die Sésame Ihnen sendet, und der Seiten von Sésame, sobald Sie angemeldet sind.',
    privacyAccepted: 'Ich habe die Datenschutzerklärung gelesen und akzeptiere sie',
    password: 'Passwort',
    passwordConfirm: 'Passwort bestätigen',
    currentPassword: 'Aktuelles Passwort',
    newPassword: 'Neues Passwort',
    newPasswordConfirm: 'Neues Passwort bestätigen',
    newEmail: 'Neue E-Mail-Adresse',
    showPassword: 'Passwort anzeigen',
    hidePassword: 'Passwort verbergen',
    showButton: 'Anzeigen',
    hideButton: 'Verbergen',
    passwordHint:
      'Mindestens {min, plural, one {# Zeichen} other {# Zeichen}}. Leerzeichen und beliebige Zeichen sind willkommen: Ein Satz, den Sie sich merken können, ist ein gutes Passwort. Häufig verwendete Passwörter werden abgelehnt.',
  },
  reasons: {
    required: 'Geben Sie Folgendes ein: {field}.',
    too_long: 'Die Angabe „{field}“ ist zu lang.',
    malformed: 'Die Angabe „{field}“ ist ungültig. Prüfen Sie sie und versuchen Sie es erneut.',
    mismatch: 'Die Angabe „{field}“ stimmt nicht überein.',
    too_short: 'Das Passwort muss mindestens {min, plural, one {# Zeichen} other {# Zeichen}} lang sein.',
    common:
      'Dieses Passwort ist zu häufig: Jeder könnte es erraten. Wählen Sie ein anderes, zum Beispiel einen kurzen Satz.',
    contextual:
      'Dieses Passwort enthält Ihren Namen, Ihre E-Mail-Adresse oder den Namen des Dienstes. Wählen Sie ein anderes.',
    not_accepted: 'Sie müssen die Datenschutzerklärung akzeptieren, um ein Konto zu erstellen.',
    unknown: 'Wählen Sie für „{field}“ einen der angebotenen Werte.',
    taken: 'Die Angabe „{field}“ wird bereits verwendet. Wählen Sie eine andere.',
    too_deep: 'Die Organisationsstruktur wäre dort zu tief. Wählen Sie eine höher gelegene übergeordnete Organisation.',
    cycle:
      'Eine Organisation kann nicht unter sich selbst oder eine ihrer eigenen Organisationen verschoben werden. Wählen Sie eine andere übergeordnete Organisation.',
  },
  fieldNames: {
    organisationId: 'Organisation',
    externalId: 'externe Kennung',
    confirmEmail: 'E-Mail-Adresse des Kontos',
    file: 'Datei',
    code: 'Code',
    name: 'Gerätename',
    method: 'Verifizierungsmethode',
    pin: 'PIN-Code',
    pinConfirm: 'Bestätigung des PIN-Codes',
    email: 'E-Mail-Adresse',
    emailConfirm: 'Bestätigung der E-Mail-Adresse',
    firstName: 'Vorname',
    lastName: 'Nachname',
    emailLocale: 'Sprache der E-Mails',
    privacyAccepted: 'Datenschutzerklärung',
    password: 'Passwort',
    passwordConfirm: 'Bestätigung des Passworts',
    currentPassword: 'aktuelles Passwort',
    newPassword: 'neues Passwort',
    newPasswordConfirm: 'Bestätigung des neuen Passworts',
    newEmail: 'neue E-Mail-Adresse',
    phone: 'Mobiltelefonnummer',
  },
  errors: {
    INVALID_CREDENTIALS:
      'Die E-Mail-Adresse oder das Passwort ist falsch. Prüfen Sie Ihre Angaben und versuchen Sie es erneut.',
    ACCOUNT_LOCKED:
      'Zu viele fehlgeschlagene Versuche: Dieses Konto ist für {minutes, plural, one {# Minute} other {# Minuten}} gesperrt. Warten Sie oder setzen Sie Ihr Passwort mit „Passwort vergessen?“ zurück.',
    TOO_MANY_REQUESTS:
      'Zu viele Versuche aus Ihrem Netzwerk. Warten Sie {minutes, plural, one {# Minute} other {# Minuten}} und versuchen Sie es dann erneut.',
    LINK_INVALID:
      'Dieser Link ist nicht mehr gültig: Er ist abgelaufen oder wurde bereits verwendet. Beginnen Sie erneut, um einen neuen Link zu erhalten.',
    EMAIL_UNAVAILABLE: 'Diese E-Mail-Adresse kann nicht verwendet werden. Wählen Sie eine andere.',
    EXTERNAL_ID_UNAVAILABLE:
      'Diese externe Kennung gehört bereits zu einem anderen Konto. Prüfen Sie sie und versuchen Sie es erneut.',
    ACCOUNT_DEACTIVATED:
      'Dieses Konto wurde von seiner Organisation deaktiviert. Bitten Sie Ihren lokalen Manager oder Ihren Helpdesk, es wieder zu aktivieren.',
    CSRF_INVALID:
      'Ihr Formular ist abgelaufen oder wurde nicht von dieser Website gesendet. Es wurde nichts geändert. Laden Sie die Seite neu und versuchen Sie es erneut.',
    SIGN_IN_REQUIRED: 'Melden Sie sich an, um diese Seite zu sehen.',
    STORE_UNAVAILABLE:
      'Der Dienst ist vorübergehend nicht verfügbar. Es wurde nichts geändert. Versuchen Sie es in einer Minute erneut.',
    NOT_FOUND: 'Diese Seite existiert nicht.',
    BAD_REQUEST:
      'Die Anfrage konnte nicht verstanden werden. Es wurde nichts geändert. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.',
    INTERNAL:
      'Bei uns ist ein Fehler aufgetreten. Es wurde nichts geändert. Versuchen Sie es in einigen Minuten erneut.',
    DEVICE_MESSAGE_INVALID:
      'Die Sésame-App hat eine Anfrage gesendet, die nicht überprüft werden konnte. Aktualisieren Sie die App und versuchen Sie es erneut.',
    ENROLMENT_INVALID:
      'Dieser QR-Code ist nicht mehr gültig: Er ist abgelaufen oder wurde bereits verwendet. Fügen Sie das Gerät über „Meine Mobilgeräte verwalten“ erneut hinzu.',
    DEVICE_ALREADY_ENROLLED:
      'Dieses Telefon ist bereits für ein anderes Konto registriert. Entfernen Sie es zuerst aus diesem Konto: ein Telefon, ein Konto.',
    DEVICE_UNAUTHENTICATED:
      'Dieses Gerät wird nicht erkannt. Registrieren Sie es über „Meine Mobilgeräte verwalten“ erneut.',
    DEVICE_BLOCKED:
      'Dieses Gerät ist nach zu vielen falschen Antworten bis {time} gesperrt. Versuchen Sie es danach erneut: Eine richtige Antwort beendet die Sperre. Wenn Sie es nicht waren, ändern Sie Ihr Passwort.',
    SECOND_FACTOR_REQUIRED:
      'Das Hinzufügen oder Löschen eines Mobilgeräts erfordert eine Bestätigung mit der Sésame-App. Melden Sie sich mit der App an oder wählen Sie „Ich habe mein Telefon nicht mehr“.',
    DEVICE_CHALLENGE_INVALID: 'Diese Anfrage wurde bereits beantwortet oder abgebrochen. Es wurde nichts geändert.',
    DEVICE_CHALLENGE_EXPIRED: 'Diese Anfrage ist abgelaufen. Beginnen Sie erneut auf der Anmeldeseite.',
    PUSH_LIMIT_REACHED:
      'Es wurden zu viele Anfragen an Ihr Telefon gesendet. Warten Sie {minutes, plural, one {# Minute} other {# Minuten}} und versuchen Sie es dann erneut. Wenn Sie diese nicht angefordert haben, ändern Sie Ihr Passwort.',
    NO_ACTIVE_DEVICE:
      'Für dieses Konto ist kein aktives Mobilgerät registriert. Wählen Sie eine andere Verifizierungsmethode.',
    DEVICE_SECRET_UNREADABLE:
      'Bei uns ist ein Fehler aufgetreten. Es wurde nichts geändert. Versuchen Sie es in einigen Minuten erneut.',
    SMS_UNAVAILABLE:
      'Die Textnachricht konnte nicht gesendet werden: Der SMS-Dienst antwortet nicht. Versuchen Sie es in einigen Minuten erneut oder wählen Sie eine andere Verifizierungsmethode.',
    SMS_RETIRED:
      'Die Anmeldung per SMS wird hier nicht mehr akzeptiert. Verwenden Sie die Sésame-App: Fügen Sie sie unter „Meine Mobilgeräte verwalten“ hinzu, nachdem Sie sich auf andere Weise angemeldet haben.',
    SMS_COUNTRY_NOT_ACCEPTED:
      'Sésame sendet keine SMS an diese Nummer. Akzeptierte Länder: {countries}. Verwenden Sie stattdessen die Sésame-App („Meine Mobilgeräte verwalten“) oder einen Sicherheitsschlüssel.',
    SMS_LIMIT_REACHED:
      'Sésame kann derzeit keine weiteren SMS senden: Es wurde nichts gesendet. Verwenden Sie stattdessen die Sésame-App oder einen Sicherheitsschlüssel, oder versuchen Sie es später erneut.',
    FORBIDDEN:
      'Sie sind dazu nicht berechtigt: Es liegt außerhalb der Organisationen und Rollen, die Ihnen zugewiesen wurden. Es wurde nichts geändert.',
    EID_UNAVAILABLE:
      'Ihr eID-Anbieter antwortet nicht. Versuchen Sie es in einigen Minuten erneut oder melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an.',
    EID_REFUSED:
      'Die Antwort Ihrer eID konnte nicht geprüft werden, oder die Anfrage ist abgelaufen. Es wurde nichts geändert. Beginnen Sie auf dieser Seite erneut.',
    EID_NOT_LINKED:
      'Diese eID ist mit keinem Sésame-Konto verknüpft. Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an und verknüpfen Sie sie dann unter „Mein Konto“, „Meine eIDs verwalten“.',
    EID_LEVEL_UNKNOWN:
      'Ihr eID-Anbieter hat kein Vertrauensniveau angegeben, das diese Sésame-Instanz akzeptiert: Die eID kann nicht verwendet werden. Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an.',
    EID_ALREADY_LINKED:
      'Diese eID ist bereits mit einem Sésame-Konto verknüpft. Heben Sie die Verknüpfung dort zuerst auf.',
    EID_EMAIL_UNVERIFIED:
      'Ihre eID hat keine bestätigte E-Mail-Adresse übermittelt: Mit ihr kann weder ein Sésame-Konto angelegt noch gefunden werden. Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an (oder legen Sie ein Konto an) und verknüpfen Sie dann Ihre eID unter „Mein Konto“, „Meine eIDs verwalten“.',
    EID_OTHER_ACCOUNT:
      'Sie sind bei einem anderen Konto angemeldet als dem der E-Mail-Adresse Ihrer eID. Melden Sie sich ab und dann erneut mit Ihrer eID an.',
    EID_NOT_THIS_ACCOUNT:
      'Diese eID ist nicht die mit Ihrem Sésame-Konto verknüpfte und kann diese Anmeldung daher nicht bestätigen. Verwenden Sie die eID, die Sie verknüpft haben, oder einen anderen Weg auf dieser Seite.',
    confirmRequired: {
      emailConfirm: 'Bestätigen Sie Ihre E-Mail-Adresse.',
      passwordConfirm: 'Bestätigen Sie Ihr Passwort.',
      newPasswordConfirm: 'Bestätigen Sie Ihr neues Passwort.',
    },
    currentPasswordWrong: 'Ihr aktuelles Passwort ist falsch.',
    accountLockedUntilReset:
      'Zu viele fehlgeschlagene Versuche in Folge: Dieses Konto ist gesperrt, bis sein Passwort zurückgesetzt wird. Setzen Sie es mit „Passwort vergessen?“ zurück (ein Link wird per E-Mail gesendet), oder bitten Sie Ihren lokalen Manager oder Ihren Helpdesk, es zu entsperren. In einem Browser, in dem Sie sich in den letzten 90 Tagen mit Ihrem Passwort angemeldet haben, können Sie sich weiterhin anmelden.',
    sameEmail: 'Dies ist bereits Ihre E-Mail-Adresse.',
    pageTitle: 'Fehler',
    backHome: 'Zurück zur Anmeldeseite',
  },
  signIn: {
    title: 'Anmelden',
    intro: 'Melden Sie sich mit Ihrem Sésame-Konto an.',
    next: 'Weiter',
    signInButton: 'Anmelden',
    passwordTitle: 'Geben Sie Ihr Passwort ein',
    signingInAs: 'Anmeldung als {email}',
    notYou: 'Andere E-Mail-Adresse verwenden',
    forgot: 'Passwort vergessen?',
    noAccount: 'Noch kein Konto?',
    createAccount: 'Konto erstellen',
    methodLabel: 'Wählen Sie Ihre Verifizierungsmethode',
    methodPassword: 'Passwort',
    methodAppPin: 'Sésame-App mit PIN-Code',
    methodAppQr: 'Sésame-App mit QR-Code',
    methodTotp: 'Code aus einer Authenticator-App',
    methodRecoveryCode: 'Ein Wiederherstellungscode',
    methodWebauthn: 'Sicherheitsschlüssel oder vertrauenswürdige Plattform',
    methodSms: 'Mobiltelefon + SMS',
    passkeyIntro: 'Oder ohne Eingabe Ihrer E-Mail-Adresse:',
    passkeyButton: 'Mit einem Passkey anmelden',
    passkeyRefused:
      'Dieser Passkey wurde nicht akzeptiert: Er ist nicht registriert, oder die Anfrage ist abgelaufen. Versuchen Sie es erneut oder geben Sie Ihre E-Mail-Adresse ein.',
    methodHint:
      'Anwendungen, die zwei Faktoren verlangen, benötigen nach Ihrem Passwort eine dieser Methoden: Wählen Sie die, über die Sie verfügen.',
    methodOnMobile: 'Auf dem Mobilgerät',
    onMobileIntro:
      'Sind Sie auf dem Telefon mit Ihrer Sésame-App? Bestätigen Sie in der App, statt Ihr Passwort einzugeben.',
    signedOut: 'Sie sind abgemeldet.',
    eidIntro: 'Oder mit Ihrer nationalen elektronischen Identität, wenn Sie sie mit Ihrem Konto verknüpft haben:',
    eidButton: 'Mit {provider} anmelden',
  },
  secondFactor: {
    title: 'Bestätigen Sie mit Ihrem zweiten Faktor, dass Sie es sind',
    body: 'Das Hinzufügen oder Löschen eines Mobilgeräts ändert den Schutz Ihres Kontos. Ihr Konto hat oder hatte eine Sésame-App: Bestätigen Sie zuerst damit. Ein gesperrtes Gerät funktioniert wieder, wenn seine Sperre abgelaufen ist.',
    emailBody:
      'Über Ihre E-Mail-Adresse erhalten Sie Ihr Konto zurück, wenn Sie Ihr Telefon verlieren. Ihr Konto hat oder hatte eine Sésame-App: Bestätigen Sie damit, bevor Sie die Adresse ändern.',
    confirm: 'Mit meinem zweiten Faktor bestätigen',
    lost: 'Telefon verloren? Löschen Sie alle Ihre Geräte (PANIK): Dies wird per E-Mail bestätigt.',
    lostWithCodes:
      'Sicherheitsschlüssel oder Authenticator-App verloren? Wählen Sie beim Bestätigen nach Ihrem Passwort „Ich habe keine davon mehr: Wiederherstellungscode verwenden“.',
    lostHelpdesk:
      'Sicherheitsschlüssel oder Authenticator-App verloren? Ihr Helpdesk kann den verlorenen Faktor entfernen, nachdem er Ihre Identität überprüft hat; danach fügen Sie einen neuen hinzu.',
    noneTitle: 'Zuerst ist ein zweiter Faktor erforderlich',
    noneBody:
      'Diese Seite erfordert eine Anmeldung mit einem zweiten Faktor, und Ihr Konto hat noch keinen. Fügen Sie unter Mein Konto einen hinzu – eine Authenticator-App, einen Sicherheitsschlüssel oder die Sésame-App – und kehren Sie dann hierher zurück.',
    goToAccount: 'Zweiten Faktor unter Mein Konto hinzufügen',
    lostAllTitle: 'Ihr Konto hat keinen zweiten Faktor mehr',
    lostAllBody:
      'Seine Mobilgeräte und anderen zweiten Faktoren wurden entfernt – von Ihrem Helpdesk, nachdem Sie Ihr Telefon verloren hatten, oder als alle Ihre Geräte gelöscht wurden (PANIK): Es ist nichts mehr vorhanden, womit Sie bestätigen könnten. Wenn Ihr Helpdesk sie entfernt hat, öffnen Sie den Link aus der E-Mail, die er Ihnen gesendet hat, in diesem Browser: Sie können dann sofort ein neues Mobilgerät hinzufügen. Andernfalls wählen Sie „Ich habe mein Telefon nicht mehr“: Wir senden Ihnen einen Link, und Sie können {hours, plural, one {# Stunde} other {# Stunden}} nach dem Öffnen ein neues Gerät hinzufügen.',
    backToAccount: 'Zurück zu Mein Konto',
  },
  signInQr: {
    title: 'Scannen Sie den QR-Code mit der Sésame-App',
    alt: 'QR-Code zum Scannen mit der Sésame-App, um sich anzumelden',
    stepsTitle: 'In der Sésame-App (funktioniert ohne Netz)',
    steps: [
      'Öffnen Sie die Sésame-App auf Ihrem Mobilgerät und tippen Sie auf „QR-Code scannen“.',
      'Scannen Sie diesen QR-Code. Die App zeigt an, welche Anwendung anfragt.',
      'Geben Sie Ihren 4-stelligen PIN-Code ein: Die App zeigt einen 8-stelligen Code an.',
      'Geben Sie diesen Code unten ein und klicken Sie dann auf „Anmelden“.',
    ],
    expires: 'Dieser QR-Code ist gültig bis {time}.',
    codeLabel: 'Von der App angezeigter Code',
    codeHint: '8 Ziffern.',
    newCode: 'Neuen QR-Code anzeigen',
    wrongCode:
      'Dieser Code ist nicht richtig. Prüfen Sie ihn in der App und geben Sie ihn erneut ein. Eine falsche PIN in der App ergibt einen falschen Code: Nach 5 falschen Antworten in Folge wird das Gerät vorübergehend gesperrt, jedes Mal länger.',
    expired: 'Dieser QR-Code ist abgelaufen. Lassen Sie einen neuen anzeigen.',
  },
  signInApp: {
    title: 'In der Sésame-App bestätigen',
    intro: 'Eine Anmeldeanfrage wurde an Ihr Mobilgerät gesendet: {devices}.',
    numberLabel: 'In der App zu wählende Zahl',
    steps: [
      'Öffnen Sie die Sésame-App auf Ihrem Mobilgerät. Wenn die Anfrage nicht erscheint, tippen Sie auf „Nach Anfragen suchen“.',
      'Prüfen Sie die Anwendung, den Browser und die Uhrzeit der Anfrage.',
      'Wählen Sie die auf dieser Seite angezeigte Zahl und geben Sie dann Ihren 4-stelligen PIN-Code ein.',
    ],
    expires: 'Die Anfrage ist gültig bis {time}.',
    waiting: 'Warten auf Ihre Bestätigung in der App…',
    continue: 'Ich habe in der App bestätigt',
    resend: 'Neue Anfrage senden',
    signInAgain: 'Erneut anmelden',
    otherMethod: 'Andere Verifizierungsmethode wählen',
    notYet: 'Die Anfrage wurde in der App noch nicht bestätigt. Bestätigen Sie sie und fahren Sie dann fort.',
    approved: 'In der App bestätigt. Sie werden angemeldet…',
    denied:
      'Die Anfrage wurde in der App abgelehnt. Sie sind nicht angemeldet. Melden Sie sich erneut an, falls es ein Versehen war.',
    reported:
      'Sie haben gemeldet, dass Sie diese Anfrage nicht gestellt haben. Sie sind nicht angemeldet. Wenn jemand anderes Ihr Passwort kennt, ändern Sie es jetzt mit „Passwort vergessen?“.',
    failed:
      'Falsche PIN oder falsche Zahl in der App. Sie sind nicht angemeldet. Melden Sie sich erneut an, um eine neue Anfrage zu senden: Nach 5 falschen Antworten in Folge wird das Gerät vorübergehend gesperrt, jedes Mal länger.',
    cancelled:
      'Die Anfrage wurde abgebrochen: Das Gerät wurde gelöscht oder gesperrt. Wählen Sie eine andere Verifizierungsmethode.',
    expired: 'Die Anfrage ist abgelaufen. Senden Sie eine neue Anfrage.',
  },
  signInMobile: {
    title: 'Auf diesem Telefon bestätigen',
    openApp: 'Sésame-App öffnen',
    steps: [
      'Tippen Sie auf „Sésame-App öffnen“: Sie öffnet sich direkt bei der Anfrage.',
      'Prüfen Sie die Anwendung und die Uhrzeit der Anfrage und geben Sie dann Ihren 4-stelligen PIN-Code ein.',
      'Kehren Sie zu dieser Seite zurück: Die Anmeldung wird automatisch fortgesetzt.',
    ],
    expires: 'Die Anfrage ist gültig bis {time}.',
    waiting: 'Warten auf Ihre Bestätigung in der App…',
    continue: 'Ich habe in der App bestätigt',
    resend: 'Neue Anfrage senden',
    usePassword: 'Stattdessen mit Ihrem Passwort anmelden',
    signInAgain: 'Erneut anmelden',
    notYet: 'Die Anfrage wurde in der App noch nicht bestätigt. Bestätigen Sie sie und fahren Sie dann fort.',
    denied:
      'Die Anfrage wurde in der App abgelehnt. Sie sind nicht angemeldet. Melden Sie sich erneut an, falls es ein Versehen war.',
    reported:
      'Sie haben gemeldet, dass Sie diese Anfrage nicht gestellt haben. Sie sind nicht angemeldet. Jemand hat eine Anmeldung mit Ihrer E-Mail-Adresse begonnen; Ihr Passwort wurde nicht verwendet.',
    failed:
      'Falsche PIN in der App. Sie sind nicht angemeldet. Melden Sie sich erneut an, um eine neue Anfrage zu senden: Nach 5 falschen Antworten in Folge wird das Gerät vorübergehend gesperrt, jedes Mal länger.',
    cancelled:
      'Die Anfrage wurde abgebrochen: Das Gerät wurde gelöscht oder gesperrt. Melden Sie sich mit Ihrem Passwort an.',
    expired: 'Die Anfrage ist abgelaufen. Senden Sie eine neue Anfrage.',
  },
  register: {
    title: 'Konto erstellen',
    intro: 'Füllen Sie das Formular aus. Wir senden Ihnen eine E-Mail mit einem Link, um Ihr Passwort zu wählen.',
    privacyLink: 'Datenschutzerklärung lesen',
    submit: 'Konto erstellen',
    sentTitle: 'Prüfen Sie Ihr Postfach',
    sent: 'Eine E-Mail an {email} ist unterwegs. Öffnen Sie den darin enthaltenen Link innerhalb von {minutes, plural, one {# Minute} other {# Minuten}}, um Ihr Passwort zu wählen. Wenn sie nicht ankommt, prüfen Sie Ihren Spam-Ordner.',
  },
  setPassword: {
    title: 'Wählen Sie Ihr Passwort',
    intro: 'Willkommen, {firstName}. Wählen Sie das Passwort für Ihr Konto {email}.',
    submit: 'Speichern und anmelden',
    done: 'Ihr Konto ist bereit. Sie sind angemeldet.',
  },
  forgot: {
    title: 'Passwort vergessen?',
    intro:
      'Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen einen Link, um ein neues Passwort zu wählen.',
    submit: 'Link senden',
    sentTitle: 'Prüfen Sie Ihr Postfach',
    sent: 'Wenn für {email} ein Konto existiert, ist eine E-Mail mit einem Link unterwegs. Der Link ist {minutes, plural, one {# Minute} other {# Minuten}} gültig.',
  },
  reset: {
    title: 'Wählen Sie ein neues Passwort',
    intro: 'Wählen Sie ein neues Passwort für {email}.',
    submit: 'Neues Passwort speichern',
    done: 'Ihr Passwort wurde geändert. Melden Sie sich mit Ihrem neuen Passwort an.',
  },
  account: {
    title: 'Mein Konto',
    details: 'Meine Angaben',
    userId: 'Eindeutige Kennung',
    name: 'Name',
    email: 'E-Mail-Adresse',
    languageHint:
      'Die Sprache der Seiten von Sésame, sobald Sie angemeldet sind, und der E-Mails, die Sésame Ihnen sendet. Um sie zu ändern, wählen Sie im Sprachmenü oben auf der Seite eine andere.',
    organisation: 'Organisation',
    security: 'Sicherheit',
    changePassword: 'Passwort ändern',
    changeEmail: 'E-Mail-Adresse ändern',
    recentEvents: 'Letzte Sicherheitsereignisse',
    eventWhen: 'Wann',
    eventWhat: 'Was',
    eventFrom: 'Von',
    noEvents: 'Noch kein Ereignis.',
    welcome: 'Willkommen, {firstName}.',
  },
  events: {
    'account.created': 'Konto erstellt',
    'sign_in.succeeded': 'Angemeldet',
    'sign_in.failed': 'Fehlgeschlagene Anmeldung',
    'account.locked': 'Konto gesperrt',
    sign_out: 'Abgemeldet',
    'password.changed': 'Passwort geändert',
    'password.reset': 'Passwort per E-Mail zurückgesetzt',
    'email.change_requested': 'Änderung der E-Mail-Adresse angefordert',
    'email.changed': 'E-Mail-Adresse geändert',
    'device.enrolled': 'Mobilgerät hinzugefügt',
    'device.renamed': 'Mobilgerät umbenannt',
    'device.deleted': 'Mobilgerät gelöscht',
    'device.blocked': 'Mobilgerät nach falschen Antworten gesperrt',
    'account.recovery_started': 'Kontowiederherstellung gestartet (Telefon verloren)',
    'account.recovery_cancelled': 'Kontowiederherstellung abgebrochen',
    'account.recovery_completed': 'Konto wiederhergestellt: neues Mobilgerät hinzugefügt',
    'account.recovery_expedited': 'Wartezeit der Wiederherstellung vom Helpdesk nach einer Identitätsprüfung beendet',
    'credential.enrolled': 'Authentifikator hinzugefügt',
    'credential.renamed': 'Authentifikator umbenannt',
    'credential.deleted': 'Authentifikator gelöscht',
    'account.options_changed': 'Kontooptionen geändert',
    'account.language_changed': 'Sprache des Kontos geändert',
    'account.new_browser_mailed': 'Anmeldung über einen neuen Browser: E-Mail gesendet',
    'account.unlocked': 'Konto vom Helpdesk oder einem Manager entsperrt',
    'account.password_reset_sent': 'Link zum Zurücksetzen des Passworts vom Helpdesk oder einem Manager gesendet',
    'account.second_factor_reset': 'Zweite Faktoren vom Helpdesk oder einem Manager entfernt',
    'campaign.reminder_sent': 'Erinnerung zur Einrichtung eines zweiten Faktors von einem Manager gesendet',
    'campaign.snoozed': 'Einrichtung des zweiten Faktors verschoben („Später“)',
    'campaign.excluded': 'Von einem Manager von der Kampagne für den zweiten Faktor ausgenommen',
    'campaign.included': 'Von einem Manager wieder in die Kampagne für den zweiten Faktor aufgenommen',
    'campaign.configured': 'Kampagne für den zweiten Faktor von einem Manager festgelegt',
    'account.invited': 'Konto von einem Manager erstellt (Einladung)',
    'account.updated': 'Kontoangaben von einem Manager oder einem Import geändert',
    'account.deactivated': 'Konto von einem Manager deaktiviert',
    'account.reactivated': 'Konto von einem Manager reaktiviert',
    'account.deleted': 'Konto von einem Manager gelöscht',
    'account.exported': 'Konten exportiert (CSV)',
    'dashboard.exported': 'Migrations-Dashboard exportiert (CSV)',
    'account.moved': 'Konto in eine andere Organisation verschoben',
    'role.granted': 'Administrative Rolle erteilt',
    'role.revoked': 'Administrative Rolle entzogen',
    'organisation.created': 'Organisation erstellt',
    'organisation.renamed': 'Organisation umbenannt',
    'organisation.moved': 'Organisation verschoben',
    'audit.exported': 'Audit exportiert',
    'audit.purged': 'Alte Audit-Einträge gelöscht (Aufbewahrung)',
    'admin.refused': 'Administrative Aktion abgelehnt',
  },
  changePassword: {
    title: 'Passwort ändern',
    submit: 'Passwort ändern',
    cancel: 'Abbrechen',
    done: 'Ihr Passwort wurde geändert. Ihre anderen Sitzungen wurden abgemeldet.',
  },
  changeEmail: {
    title: 'E-Mail-Adresse ändern',
    intro: 'Wir senden einen Link an die neue Adresse. Ihre Adresse ändert sich, wenn Sie ihn öffnen.',
    submit: 'Bestätigungslink senden',
    cancel: 'Abbrechen',
    sent: 'Ein Bestätigungslink an {email} ist unterwegs. Öffnen Sie ihn innerhalb von {minutes, plural, one {# Minute} other {# Minuten}}.',
    done: 'Ihre E-Mail-Adresse lautet jetzt {email}.',
  },
  blocking: {
    until: 'Gesperrt bis {time}',
    later: 'in einigen Minuten',
    timeLocale: 'de-DE',
  },
  recovery: {
    link: 'Ich habe mein Telefon nicht mehr',
    requestTitle: 'Ich habe mein Telefon nicht mehr',
    requestIntro:
      'Wenn Sie alle Mobilgeräte Ihres Kontos verloren haben, können Sie nach einer Wartezeit von {hours, plural, one {# Stunde} other {# Stunden}} ein neues hinzufügen. Wir senden einen Link an Ihre E-Mail-Adresse; die Wartezeit beginnt, wenn Sie ihn öffnen. Wir informieren Sie bei jedem Schritt per E-Mail, damit Sie den Vorgang stoppen können, falls Sie es nicht sind.',
    requestSubmit: 'Link senden',
    sentTitle: 'Prüfen Sie Ihre E-Mails',
    sent: 'Ein Link an {email} ist unterwegs. Öffnen Sie ihn innerhalb von {minutes, plural, one {# Minute} other {# Minuten}}, um die Wartezeit zu starten.',
    confirmTitle: 'Wiederherstellung Ihres Kontos starten',
    confirmIntro:
      'Wenn Sie bestätigen, beginnt eine Wartezeit von {hours, plural, one {# Stunde} other {# Stunden}}. Melden Sie sich danach in diesem Browser mit Ihrem Passwort an und fügen Sie ein neues Mobilgerät hinzu. Wir senden Ihnen jetzt eine E-Mail mit einem Link zum Abbrechen.',
    confirmSubmit: 'Wartezeit starten',
    startedTitle: 'Die Wartezeit hat begonnen',
    started:
      'Melden Sie sich ab {time} in diesem Browser mit Ihrem Passwort an und fügen Sie unter „Meine Mobilgeräte verwalten“ ein neues Mobilgerät hinzu. Melden Sie sich dann mit dem neuen Gerät an.',
    cancelTitle: 'Wiederherstellung Ihres Kontos abbrechen',
    cancelIntro:
      'Jemand hat die Wiederherstellung Ihres Kontos gestartet. Wenn Sie es nicht waren, brechen Sie sie ab: Auf diesem Weg kann dann kein neues Gerät hinzugefügt werden. Ändern Sie anschließend Ihr Passwort: Jemand kennt es.',
    cancelSubmit: 'Wiederherstellung abbrechen',
    cancelledTitle: 'Die Wiederherstellung ist abgebrochen',
    cancelled:
      'Über sie kann kein neues Gerät hinzugefügt werden. Wenn Sie sie nicht gestartet haben, ändern Sie jetzt Ihr Passwort.',
    pending: 'Eine Wiederherstellung Ihres Kontos läuft: Ab {time} können Sie ein neues Mobilgerät hinzufügen.',
    ready:
      'Die Wartezeit Ihrer Kontowiederherstellung ist vorbei: In dem Browser, in dem Sie den Link bestätigt haben, können Sie jetzt ein neues Mobilgerät hinzufügen.',
    changePassword: 'Mein Passwort ändern',
    confirmIntroChecked:
      'Ihr Helpdesk hat die zweiten Faktoren Ihres Kontos entfernt und geprüft, dass Sie es sind: Es gibt keine Wartezeit. Wenn Sie bestätigen, können Sie in diesem Browser, mit Ihrem Passwort angemeldet, sofort ein neues Mobilgerät hinzufügen. Wir senden Ihnen jetzt eine E-Mail mit einem Link zum Abbrechen.',
    confirmSubmitChecked: 'Bestätigen',
    readyTitle: 'Sie können Ihr neues Mobilgerät hinzufügen',
    readyNow:
      'Fügen Sie jetzt in diesem Browser, mit Ihrem Passwort angemeldet, Ihr neues Mobilgerät hinzu. Melden Sie sich dann damit an.',
  },
  devices: {
    title: 'Meine Mobilgeräte verwalten',
    intro:
      'Die Sésame-App auf Ihrem Telefon oder Tablet bestätigt Ihre Anmeldungen. Fügen Sie ein Gerät hinzu, benennen Sie es um oder löschen Sie es, wenn Sie es verlieren oder das Telefon wechseln.',
    none: 'Sie haben noch kein Mobilgerät.',
    name: 'Name',
    added: 'Hinzugefügt am',
    lastUsed: 'Letzte Nutzung',
    status: 'Status',
    actions: 'Aktionen',
    never: 'Nie',
    statuses: {
      pending: 'Wartet auf PIN-Bestätigung',
      active: 'Aktiv',
      blocked: 'Gesperrt',
    },
    add: 'Mobilgerät hinzufügen',
    rename: 'Umbenennen',
    renameOf: '{name} umbenennen',
    delete: 'Löschen',
    deleteOf: '{name} löschen',
    panic: 'Alle meine Geräte und eIDs löschen (NOTFALL)',
    panicHint:
      'Telefon verloren oder gestohlen? Löschen Sie alle Ihre Geräte und heben Sie die Verknüpfung aller Ihrer eIDs auf einmal auf: Keines davon kann dann noch eine Anmeldung bestätigen oder eröffnen.',
    back: 'Zurück zu meinen Mobilgeräten',
    addedNotice: 'Ihr Mobilgerät wurde hinzugefügt. Es kann jetzt Ihre Anmeldungen bestätigen.',
    renamedNotice: 'Das Gerät heißt jetzt „{name}“.',
    deletedNotice: 'Das Gerät wurde gelöscht.',
    panicNotice: 'Alle Ihre Mobilgeräte sind gelöscht und die Verknüpfungen Ihrer eIDs aufgehoben.',
    form: {
      title: 'Mobilgerät hinzufügen',
      intro:
        'Geben Sie einen Namen zur Identifizierung Ihres Mobilgeräts und den PIN-Code ein, den Sie für dieses Gerät verwenden möchten.',
      name: 'Gerätename',
      nameHint: 'Ohne Leerzeichen, zum Beispiel Pixel-von-Maria.',
      pin: '4-stelliger PIN-Code',
      pinHint: 'Sie müssen diesen PIN-Code auf Ihrem Mobilgerät eingeben, um die Sésame-App zu verwenden.',
      pinConfirm: 'PIN-Code bestätigen',
      submit: 'Absenden',
      cancel: 'Abbrechen',
    },
    qr: {
      title: 'Scannen Sie den QR-Code mit der Sésame-App',
      alt: 'QR-Code zum Scannen mit der Sésame-App, um das Gerät {name} hinzuzufügen',
      stepsTitle: 'In der Sésame-App',
      steps: [
        'Öffnen Sie die Sésame-App auf Ihrem Mobilgerät und wählen Sie, ein Konto hinzuzufügen. Erlauben Sie der App, die Kamera zu verwenden.',
        'Scannen Sie diesen QR-Code mit der App.',
        'Die App fragt nach dem 4-stelligen PIN-Code, den Sie gerade gewählt haben: Geben Sie ihn ein.',
        'Akzeptieren Sie das Gerät in der App: Tippen Sie auf „Akzeptieren“ (oder auf die Benachrichtigung der App).',
        'Fertig: Diese Seite geht automatisch weiter, und Sie erhalten eine Bestätigungs-E-Mail.',
      ],
      expires:
        'Dieser QR-Code ist {minutes, plural, one {# Minute} other {# Minuten}} gültig, bis {time}. Fügen Sie das Gerät danach erneut hinzu.',
      waiting: 'Warten auf Ihr Mobilgerät…',
      finished: 'Ich bin in der App fertig',
      cancel: 'Abbrechen',
    },
    renameTitle: 'Mobilgerät umbenennen',
    renameSubmit: 'Umbenennen',
    deleteTitle: 'Mobilgerät löschen',
    deleteQuestion:
      'Das Mobilgerät „{name}“ löschen? Es bestätigt Ihre Anmeldungen dann nicht mehr. Um es wieder zu verwenden, müssen Sie es erneut hinzufügen.',
    deleteConfirm: 'Ja, dieses Gerät löschen',
    panicTitle: 'Alle meine Geräte löschen',
    panicQuestion:
      '{count, plural, =0 {Sie haben derzeit kein Mobilgerät: Es gibt nichts zu löschen.} one {Ihr Mobilgerät löschen? Es bestätigt Ihre Anmeldungen dann nicht mehr. Tun Sie dies, wenn es verloren oder gestohlen wurde; fügen Sie es anschließend erneut hinzu.} other {Alle Ihre # Mobilgeräte löschen? Keines davon bestätigt Ihre Anmeldungen dann noch. Tun Sie dies, wenn ein Gerät verloren oder gestohlen wurde; fügen Sie Ihre Geräte anschließend erneut hinzu.}}',
    panicConfirm: 'Ja, alle meine Geräte löschen',
    panicSend: 'Bestätigungslink senden',
    panicSentTitle: 'Prüfen Sie Ihr Postfach',
    panicSent:
      'Ein Bestätigungslink an {email} ist unterwegs. Öffnen Sie ihn innerhalb von {minutes, plural, one {# Minute} other {# Minuten}}: Ihre Geräte werden gelöscht, wenn Sie dort bestätigen.',
    panicLinkQuestion:
      'Jetzt alle Mobilgeräte dieses Kontos löschen und die Verknüpfung seiner eIDs aufheben? Keines davon wird dann noch eine Anmeldung bestätigen oder eröffnen.',
    cancel: 'Abbrechen',
    fieldReasons: {
      name: {
        required: 'Geben Sie einen Gerätenamen ein.',
        malformed:
          'Der Gerätename darf keine Leerzeichen enthalten: Schreiben Sie ihn in einem Wort, zum Beispiel Pixel-von-Maria.',
        too_long: 'Der Gerätename ist zu lang: Verwenden Sie höchstens 40 Zeichen.',
      },
      pin: {
        required: 'Geben Sie einen 4-stelligen PIN-Code ein.',
        malformed: 'Der PIN-Code darf nur Ziffern enthalten.',
        too_short: 'Der PIN-Code muss genau 4 Ziffern haben.',
        too_long: 'Der PIN-Code muss genau 4 Ziffern haben.',
        common: 'Dieser PIN-Code ist zu leicht zu erraten (wie 1234 oder 0000). Wählen Sie einen anderen.',
      },
      pinConfirm: {
        required: 'Bestätigen Sie Ihren PIN-Code.',
        mismatch: 'Die beiden PIN-Codes sind verschieden. Geben Sie zweimal denselben PIN-Code ein.',
      },
      phone: {
        required: 'Geben Sie Ihre Mobiltelefonnummer ein.',
        malformed:
          'Schreiben Sie die Nummer beginnend mit „+“ und der Ländervorwahl, ohne Punkte, Klammern oder Bindestriche, zum Beispiel +33 6 12 34 56 78.',
        not_accepted:
          'Diese Nummer kann nicht hinzugefügt werden. Prüfen Sie sie oder verwenden Sie eine andere Nummer.',
      },
    },
  },
  outbox: {
    title: 'Postausgang (Entwicklung)',
    intro: 'E-Mails werden nicht gesendet: SMTP ist nicht konfiguriert. Hier sind sie, die neuesten zuerst.',
    empty: 'Noch keine E-Mail.',
    to: 'An',
    subject: 'Betreff',
    date: 'Datum',
    filterLabel: 'E-Mails filtern',
    filterTo: 'Empfänger (genaue Adresse)',
    filterSubmit: 'Ihre E-Mails anzeigen',
    filterClear: 'Alle E-Mails anzeigen',
    emptyFor: 'Keine E-Mail an {to}.',
    json: 'Dieselbe Liste als JSON',
  },
  privacy: {
    title: 'Datenschutzerklärung',
    body: [
      'Sésame speichert nur, was es für Ihre Anmeldung benötigt: Ihren Namen, Ihre E-Mail-Adresse, die Sprache Ihres Kontos (die der E-Mails und, sobald Sie sie selbst gewählt haben, der Seiten, mit dem Zeitpunkt dieser Wahl), einen Hash Ihres Passworts (nie das Passwort selbst), die von Ihnen hinzugefügten Mobilgeräte und ein Protokoll der Sicherheitsereignisse (Anmeldungen, Änderungen) mit Datum, Netzwerkadresse und Browser.',
      'Diese Daten dienen nur dazu, Sie bei den Anwendungen zu authentifizieren, die Sie nutzen möchten, und Ihr Konto zu schützen. Sie werden weder verkauft noch für Werbung verwendet.',
    ],
    retentionTitle: 'Wie lange wir sie aufbewahren',
    retentionAccount:
      'Ihr Konto (Name, E-Mail-Adresse, Sprache, Passwort-Hash, Mobilgeräte): in der Datenbank, solange das Konto besteht. Um Ihr Konto löschen zu lassen, wenden Sie sich an Ihren Helpdesk.',
    retentionSignIns:
      'Anmeldeereignisse (Anmeldungen, fehlgeschlagene Versuche, Abmeldungen, mit Datum, Netzwerkadresse und Browser): in der Datenbank, {days, plural, one {# Tag} other {# Tage}}, danach gelöscht.',
    retentionAudit:
      'Andere Sicherheitsereignisse (Kontoerstellung, Änderungen von Passwort, E-Mail-Adresse, Sprache und Geräten, Sperren, Wiederherstellungen): in der Datenbank, {days, plural, one {# Tag} other {# Tage}}, danach gelöscht.',
    retentionRegistrations:
      'Eine nicht abgeschlossene Registrierung (Ihr Name und Ihre E-Mail-Adresse, bis Sie ein Passwort wählen): nur im kurzlebigen Speicher des Servers, nie in der Datenbank; sie wird {minutes, plural, one {# Minute} other {# Minuten}} nach dem Versand der E-Mail vergessen, wenn ihr Link nicht verwendet wird.',
    retentionPendingCredentials:
      'Eine Authenticator-App, deren Hinzufügen Sie begonnen, aber nie mit ihrem ersten Code bestätigt haben (ihr geheimer Schlüssel, verschlüsselt): in der Datenbank {hours, plural, one {# Stunde} other {# Stunden}} lang, danach gelöscht; Sie können jederzeit neu beginnen.',
    retentionOutbox:
      'Diese Installation sendet keine E-Mails: Sie bewahrt sie in einem Test-Postausgang in der Datenbank {days, plural, one {# Tag} other {# Tage}} auf und löscht sie dann.',
    retentionPurge:
      'Die Löschung erfolgt automatisch: Der Server prüft jede Stunde. Ihre letzten Ereignisse sehen Sie unter „Mein Konto“.',
    back: 'Zurück',
  },
  levels: {
    BASIC: 'einfach (Passwort)',
    MEDIUM: 'mittel (zwei Faktoren)',
    HIGH: 'hoch (zertifizierte Hardware)',
  },
  stepUp: {
    title: 'Weitere Überprüfung erforderlich',
    setUp: 'Zu Mein Konto',
    back: 'Ohne Anmeldung zurück zu {app}',
    backOidc: 'Ich komme nicht weiter: ohne Anmeldung zurück zu {app}',
  },
  levelGap: {
    asksFactors: '{app} verlangt das Authentifizierungsniveau {level}: Ihr Passwort, dann {factors}.',
    asksFactorsOrEid:
      '{app} verlangt das Authentifizierungsniveau {level}: Ihr Passwort, dann {factors}; oder allein Ihre eID ({provider}).',
    factorApp: 'die Sésame-App',
    factorKey: 'einen Sicherheitsschlüssel',
    factorTotp: 'eine Authenticator-App',
    asksLevel: '{app} verlangt das Authentifizierungsniveau {level}.',
    confirmBody: 'Bestätigen Sie mit der Sésame-App auf Ihrem Telefon: Sie müssen Ihr Passwort nicht erneut eingeben.',
    confirm: 'Mit der Sésame-App bestätigen',
    codeBody:
      'Bestätigen Sie mit einem Code aus Ihrer Authenticator-App: Geben Sie den angezeigten Code ein, Ihr Passwort geben Sie nicht erneut ein.',
    confirmCode: 'Mit meiner Authenticator-App bestätigen',
    keyBody:
      'Bestätigen Sie mit Ihrem Sicherheitsschlüssel oder Ihrer vertrauenswürdigen Plattform: Verwenden Sie Ihren Schlüssel, Ihr Passwort geben Sie nicht erneut ein.',
    confirmKey: 'Mit meinem Sicherheitsschlüssel bestätigen',
    smsBody:
      'Bestätigen Sie mit einem per SMS an Ihr Telefon gesendeten Code: Geben Sie den erhaltenen Code ein, Ihr Passwort geben Sie nicht erneut ein.',
    confirmSms: 'Per SMS bestätigen',
    setUpBody:
      'Ihr Konto hat noch keine Sésame-App. Richten Sie sie jetzt ein: Es dauert etwa 2 Minuten, mit Ihrem Telefon. Danach bestätigen Sie diese Anmeldung damit und werden angemeldet zu {app} zurückgeleitet.',
    setUp: 'Sésame-App jetzt einrichten',
    noPhone: 'Kein Smartphone, oder möchten Sie Ihres lieber nicht verwenden? {app} akzeptiert auch:',
    addKey:
      'Einen Sicherheitsschlüssel oder eine vertrauenswürdige Plattform (Windows Hello, Touch ID, die Bildschirmsperre eines Android-Telefons)',
    addTotp: 'Eine Authenticator-App (ein 6-stelliger Code, der sich alle 30 Sekunden ändert)',
    afterOther:
      'Nach dem Hinzufügen bietet die zugehörige Seite „Weiter zu {app}“ an: Damit bestätigen Sie diese Anmeldung mit dem neuen Faktor.',
    continueBody:
      '{app} wartet auf Ihre Anmeldung: Bestätigen Sie sie jetzt mit dem, was Sie gerade hinzugefügt haben.',
    continueTo: 'Weiter zu {app}',
    lostBody:
      'Ihr Konto hatte ein Mobilgerät, das nicht mehr verwendet werden kann (gesperrt oder gelöscht). Zu Ihrer Sicherheit kann ein neues Gerät nicht allein mit dem Passwort hinzugefügt werden. Wenn Sie Ihr Telefon nicht mehr haben, starten Sie die Wiederherstellung Ihres Kontos: Nach einer Wartezeit können Sie ein neues Gerät hinzufügen.',
    notOfferedBody:
      'Dieses Niveau erfordert eine Methode, die diese Sésame-Instanz Ihnen noch nicht anbietet, etwa eine elektronische Identität (eID). Die Sésame-App erreicht es nicht.',
    highKeyBody:
      'Dieses Niveau erfordert einen zertifizierten Sicherheitsschlüssel: einen Hardwareschlüssel, dessen Modell von der FIDO Alliance zertifiziert ist, verwendet mit seiner PIN oder seinem Fingerabdruck. Die Sésame-App bietet das Niveau MEDIUM und erreicht dieses nicht. Registrieren Sie einen solchen Schlüssel unter Mein Konto und melden Sie sich dann damit erneut bei {app} an.',
    registerKey: 'Sicherheitsschlüssel registrieren',
    // The level page's step-up by eID (docs/adr/0053 §2).
    eidBody:
      'Ihre eID erreicht dieses Niveau: Melden Sie sich damit an, und Sie werden angemeldet zu {app} zurückgeleitet.',
    eidButton: 'Mit Ihrer eID anmelden ({provider})',
    support:
      'Brauchen Sie Hilfe? Wenden Sie sich an Ihren Support oder Ihren lokalen Manager und nennen Sie die Anwendung, bei der Sie sich anmelden wollten:',
  },
  unknownService: {
    title: 'Unbekannte Anwendung',
    body: 'Die Anwendung, die Sie hierher geschickt hat, ist bei Sésame nicht registriert, daher können Sie nicht bei ihr angemeldet werden. Prüfen Sie die Adresse oder wenden Sie sich an den Helpdesk der Anwendung.',
  },
  cas: {
    requestTitle: 'Ungültige Anmeldeanfrage',
    badRequest:
      'Die Anwendung hat eine unvollständige oder mehrdeutige Anmeldeanfrage gesendet, daher wurden Sie nicht bei ihr angemeldet. Kehren Sie zur Anwendung zurück und versuchen Sie es erneut; wenn es wieder vorkommt, wenden Sie sich an ihren Helpdesk.',
    loginRequestInvalid:
      'Diese Anmeldeanfrage ist abgelaufen oder wurde bereits verwendet. Kehren Sie zur Anwendung zurück und melden Sie sich erneut an.',
    invalidStrength:
      'Die Anwendung hat eine Verifizierungsmethode angefordert, die Sésame nicht kennt, daher wurden Sie nicht bei ihr angemeldet. Wenden Sie sich an den Helpdesk der Anwendung.',
    invalidLevel:
      'Die Anwendung hat ein Authentifizierungsniveau angefordert, das Sésame nicht kennt, daher wurden Sie nicht bei ihr angemeldet. Wenden Sie sich an den Helpdesk der Anwendung.',
    invalidMethod:
      'Die Anwendung hat eine Antwortart angefordert, die Sésame nicht unterstützt (nur GET und POST werden unterstützt), daher wurden Sie nicht bei ihr angemeldet. Wenden Sie sich an den Helpdesk der Anwendung.',
    postTitle: 'Zurück zu {app}',
    postBody:
      'Sie sind angemeldet. Ihr Browser bringt Sie zurück zu {app}; wenn nichts passiert, klicken Sie auf die Schaltfläche.',
    postButton: 'Weiter zu {app}',
    signedOutTitle: 'Sie sind abgemeldet',
    signedOut:
      'Sie sind von Sésame abgemeldet. Die Anwendungen, die Sie damit geöffnet haben, wurden aufgefordert, Ihre Sitzungen zu beenden; schließen Sie Ihren Browser, um sicherzugehen.',
    signInAgain: 'Erneut anmelden',
  },
  oidc: {
    errorTitle: 'Anmeldung bei der Anwendung abgebrochen',
    invalidRequest:
      'Die Anwendung hat eine Anmeldeanfrage gesendet, die Sésame nicht akzeptieren kann, daher wurden Sie nicht bei ihr angemeldet. Kehren Sie zur Anwendung zurück und versuchen Sie es erneut; wenn es wieder vorkommt, wenden Sie sich an ihren Helpdesk.',
    invalidRedirect:
      'Die Anwendung hat Sésame gebeten, Sie an eine Adresse zurückzuschicken, die sie nicht registriert hat. Zu Ihrer Sicherheit hat Sésame hier angehalten und Sie nirgendwohin geschickt. Wenden Sie sich an den Helpdesk der Anwendung.',
    unknownClient:
      'Die Anwendung, die Sie hierher geschickt hat, ist bei Sésame nicht registriert, daher können Sie nicht bei ihr angemeldet werden. Prüfen Sie die Adresse oder wenden Sie sich an den Helpdesk der Anwendung.',
    expired:
      'Diese Anmeldeanfrage ist abgelaufen oder wurde bereits verwendet. Kehren Sie zur Anwendung zurück und melden Sie sich erneut an.',
    technicalDetail: 'Technisches Detail für den Helpdesk: {detail}',
    logoutTitle: 'Abmelden',
    logoutQuestion:
      'Möchten Sie sich von Sésame abmelden? Sie werden auch von den Anwendungen abgemeldet, die Sie damit geöffnet haben.',
    logoutQuestionFrom:
      '{app} möchte Sie abmelden. Möchten Sie sich von Sésame abmelden? Sie werden auch von den Anwendungen abgemeldet, die Sie damit geöffnet haben.',
    logoutConfirm: 'Ja, abmelden',
    logoutCancel: 'Nein, angemeldet bleiben',
    signedOutTitle: 'Sie sind abgemeldet',
    signedOut: 'Sie sind von Sésame und von den Anwendungen abgemeldet, die Sie damit geöffnet haben.',
    signedOutOf: 'Sie sind von {app} abgemeldet. Bei Sésame sind Sie weiterhin angemeldet.',
    signInAgain: 'Erneut anmelden',
  },
  portalPath: {
    finishedPending:
      'Ihr Mobilgerät ist noch nicht hinzugefügt: Die Sésame-App wartet auf Ihren PIN-Code oder auf „Akzeptieren“. Schließen Sie den Vorgang dort ab; das Gerät wird dann hier als Aktiv angezeigt.',
    finishedNone:
      'Es wurde kein Mobilgerät hinzugefügt: Die Sésame-App hat den QR-Code nicht gescannt. Um Ihr Telefon hinzuzufügen, wählen Sie „Mobilgerät hinzufügen“ und scannen Sie den neuen QR-Code.',
  },
  mail: {
    greeting: 'Guten Tag {firstName},',
    signature: 'Ihr Sésame-Team',
    automatic: 'Dies ist eine automatische Nachricht: Bitte antworten Sie nicht darauf.',
    notYou: 'Wenn Sie dies nicht angefordert haben, ignorieren Sie diese E-Mail: Es ändert sich nichts.',
    registrationLink: {
      subject: 'Sésame: Bestätigen Sie Ihre E-Mail-Adresse',
      body: 'Um die Erstellung Ihres Sésame-Kontos abzuschließen, öffnen Sie diesen Link und wählen Sie Ihr Passwort. Der Link ist {minutes, plural, one {# Minute} other {# Minuten}} gültig und kann einmal verwendet werden.',
      action: 'Mein Passwort wählen',
    },
    registrationExisting: {
      subject: 'Sésame: Sie haben bereits ein Konto',
      body: 'Jemand, wahrscheinlich Sie, hat versucht, mit dieser E-Mail-Adresse ein Sésame-Konto zu erstellen. Sie haben bereits ein Konto: Melden Sie sich an oder verwenden Sie „Passwort vergessen?“, wenn Sie sich nicht daran erinnern.',
      action: 'Anmelden',
    },
    passwordReset: {
      subject: 'Sésame: Wählen Sie ein neues Passwort',
      body: 'Um ein neues Passwort zu wählen, öffnen Sie diesen Link. Er ist {minutes, plural, one {# Minute} other {# Minuten}} gültig und kann einmal verwendet werden.',
      action: 'Neues Passwort wählen',
    },
    invitation: {
      subject: 'Sésame: Ihr Konto ist bereit, wählen Sie Ihr Passwort',
      body: '{organisation} hat für Sie mit dieser E-Mail-Adresse ein Sésame-Konto erstellt. Um es zu verwenden, wählen Sie Ihr Passwort über diesen Link. Er ist {ttlDays, plural, one {# Tag} other {# Tage}} gültig und kann einmal verwendet werden. Ist er abgelaufen, bitten Sie Ihren lokalen Manager um eine neue Einladung.',
      action: 'Mein Passwort wählen',
    },
    passwordChanged: {
      subject: 'Sésame: Ihr Passwort wurde geändert',
      body: 'Das Passwort Ihres Sésame-Kontos wurde soeben geändert. Wenn Sie es nicht waren, setzen Sie Ihr Passwort sofort zurück und wenden Sie sich an Ihren Helpdesk.',
      action: 'Mein Passwort zurücksetzen',
    },
    emailChangeLink: {
      subject: 'Sésame: Bestätigen Sie Ihre neue E-Mail-Adresse',
      body: 'Um diese Adresse für Ihr Sésame-Konto zu verwenden, öffnen Sie diesen Link. Er ist {minutes, plural, one {# Minute} other {# Minuten}} gültig und kann einmal verwendet werden.',
      action: 'Diese Adresse bestätigen',
    },
    emailChangeNotice: {
      subject: 'Sésame: Ihre E-Mail-Adresse wurde geändert',
      body: 'Die E-Mail-Adresse Ihres Sésame-Kontos lautet jetzt {newEmail}. Wenn Sie es nicht waren, wenden Sie sich sofort an Ihren Helpdesk.',
      action: 'Anmelden',
    },
    devicesPanicLink: {
      subject: 'Sésame: Bestätigen Sie das Löschen aller Ihrer Mobilgeräte',
      body: 'Sie haben beantragt, alle Mobilgeräte Ihres Sésame-Kontos zu löschen (Telefon verloren oder gestohlen). Öffnen Sie zur Bestätigung diesen Link: Er ist {minutes, plural, one {# Minute} other {# Minuten}} gültig und kann einmal verwendet werden. Fügen Sie Ihre Geräte anschließend erneut hinzu.',
      action: 'Alle meine Geräte löschen',
    },
    deviceEnrolled: {
      subject: 'Sésame: Ein Mobilgerät wurde Ihrem Konto hinzugefügt',
      body: 'Das Mobilgerät „{deviceName}“ wurde Ihrem Sésame-Konto hinzugefügt: Es kann jetzt Ihre Anmeldungen bestätigen. Wenn Sie es nicht waren, löschen Sie es unter Mein Konto und ändern Sie sofort Ihr Passwort.',
      action: 'Mein Konto verwalten',
    },
    deviceBlocked: {
      subject: 'Sésame: Ihr Mobilgerät „{deviceName}“ ist gesperrt',
      body: 'Für Ihr Mobilgerät „{deviceName}“ wurden zu viele falsche Antworten gegeben, von der Adresse {ip} ({browser}). Es ist bis {time} gesperrt; danach funktioniert es wieder. Wenn Sie es nicht waren, kennt jemand Ihr Passwort: Wählen Sie über diesen Link ein neues (gültig {minutes, plural, one {# Minute} other {# Minuten}}, einmal). Alle Sitzungen werden dann abgemeldet.',
      action: 'Das war ich nicht: neues Passwort wählen',
    },
    secondFactorBlocked: {
      subject:
        '{method, select, totp {Sésame: Codes aus Ihrer Authenticator-App werden vorübergehend abgelehnt} sms {Sésame: Codes per SMS werden vorübergehend abgelehnt} other {Sésame: Ihre Wiederherstellungscodes werden vorübergehend abgelehnt}}',
      body: 'Ihr Passwort wurde richtig eingegeben, danach wurden zu viele falsche {method, select, totp {Codes aus Ihrer Authenticator-App} sms {per SMS gesendete Codes} other {Wiederherstellungscodes}} eingegeben, von der Adresse {ip} ({browser}). Diese Art, Ihre Anmeldung zu bestätigen, wird bis {time} abgelehnt; danach funktioniert sie wieder. Wenn Sie es nicht waren, kennt jemand Ihr Passwort: Wählen Sie über diesen Link ein neues (gültig {minutes, plural, one {# Minute} other {# Minuten}}, einmal). Alle Sitzungen werden dann abgemeldet.',
      action: 'Das war ich nicht: neues Passwort wählen',
    },
    deviceDeleted: {
      subject: 'Sésame: Ein Mobilgerät wurde aus Ihrem Konto gelöscht',
      body: 'Das Mobilgerät „{deviceName}“ wurde aus Ihrem Sésame-Konto gelöscht, von der Adresse {ip} ({browser}). Es kann Ihre Anmeldungen nicht mehr bestätigen. Wenn Sie es nicht waren, ändern Sie sofort Ihr Passwort und wenden Sie sich an Ihren Helpdesk.',
      action: 'Meine Mobilgeräte verwalten',
    },
    recoveryLink: {
      subject: 'Sésame: Stellen Sie Ihr Konto wieder her',
      body: 'Sie haben angegeben, dass Sie Ihr Telefon nicht mehr haben. Um die Wiederherstellung Ihres Kontos zu starten, öffnen Sie diesen Link: Er ist {minutes, plural, one {# Minute} other {# Minuten}} gültig und kann einmal verwendet werden. Danach folgt eine Wartezeit, bevor Sie ein neues Mobilgerät hinzufügen können.',
      action: 'Wiederherstellung starten',
    },
    recoveryStarted: {
      subject: 'Sésame: Eine Wiederherstellung Ihres Kontos wurde gestartet',
      body: 'Eine Wiederherstellung Ihres Sésame-Kontos wurde von der Adresse {ip} ({browser}) gestartet. Ab {time} kann allein mit Ihrem Passwort ein neues Mobilgerät hinzugefügt werden. Wenn Sie es nicht waren, brechen Sie sie über diesen Link ab und ändern Sie dann Ihr Passwort.',
      action: 'Das war ich nicht: Wiederherstellung abbrechen',
    },
    recoveryExpedited: {
      subject: 'Sésame: Sie können jetzt ein neues Mobilgerät hinzufügen',
      body: 'Ihr Helpdesk hat Ihre Identität geprüft und die Wartezeit der Wiederherstellung Ihres Kontos beendet: Ab sofort kann mit Ihrem Passwort ein neues Mobilgerät hinzugefügt werden, in dem Browser, in dem Sie die Wiederherstellung bestätigt haben. Wenn Sie Ihren Helpdesk nicht darum gebeten haben, brechen Sie die Wiederherstellung über diesen Link ab und ändern Sie dann Ihr Passwort.',
      action: 'Das war ich nicht: Wiederherstellung abbrechen',
    },
    recoveryCancelled: {
      subject: 'Sésame: Die Wiederherstellung Ihres Kontos wurde abgebrochen',
      body: 'Die Wiederherstellung Ihres Sésame-Kontos wurde abgebrochen: Über sie kann kein neues Mobilgerät hinzugefügt werden.',
      action: 'Anmelden',
    },
    roleChanged: {
      subject:
        '{change, select, granted {Sésame: Sie haben eine neue administrative Rolle} other {Sésame: Eine administrative Rolle wurde Ihnen entzogen}}',
      body: '{change, select, granted {Sie sind jetzt} other {Sie sind nicht mehr}} {role, select, administrator {Administrator} local_manager {lokaler Manager} helpdesk {Helpdesk-Mitarbeiter} other {Auditor}} von {organisation} in Sésame. Dies wurde von einem Administrator oder einem Manager vorgenommen und protokolliert. Wenn Sie dies nicht erwarten, wenden Sie sich an Ihren Helpdesk.',
      action: 'Administration öffnen',
    },
    secondFactorReset: {
      subject: 'Sésame: Die zweiten Faktoren Ihres Kontos wurden entfernt',
      body: 'Ihr Helpdesk hat alle zweiten Faktoren Ihres Sésame-Kontos entfernt (Mobilgeräte, Authenticator-Apps, Sicherheitsschlüssel, Wiederherstellungscodes, Telefonnummern), wie von Ihnen wegen ihres Verlusts beantragt: Niemand kann sie mehr verwenden. Ihr Helpdesk hat geprüft, dass Sie es sind, daher gibt es keine Wartezeit: Um ein neues Mobilgerät hinzuzufügen, öffnen Sie den untenstehenden Link im Browser Ihres Computers, bestätigen Sie und fügen Sie dann das Gerät hinzu, mit Ihrem Passwort angemeldet. Der Link kann einmal verwendet werden, innerhalb von {ttlHours, plural, one {# Stunde} other {# Stunden}}. Wenn Sie dies nicht beantragt haben, wenden Sie sich sofort an Ihren Helpdesk und ändern Sie Ihr Passwort.',
      action: 'Neues Mobilgerät hinzufügen',
    },
    recoveryCompleted: {
      subject: 'Sésame: Ihr Konto ist wiederhergestellt',
      body: '„{deviceName}“ wurde über die Wiederherstellung Ihres Kontos hinzugefügt: ein Mobilgerät, eine Authenticator-App, ein Sicherheitsschlüssel oder eine Telefonnummer. Melden Sie sich ab jetzt damit an. Wenn Sie es nicht waren, wenden Sie sich sofort an Ihren Helpdesk.',
      action: 'Meine Mobilgeräte verwalten',
    },
    authenticatorAppChanged: {
      subject:
        '{change, select, added {Sésame: Eine Authenticator-App wurde Ihrem Konto hinzugefügt} other {Sésame: Eine Authenticator-App wurde aus Ihrem Konto gelöscht}}',
      body: '{change, select, added {Die Authenticator-App „{name}“ wurde Ihrem Sésame-Konto hinzugefügt, von der Adresse {ip} ({browser}). Ihre Codes können jetzt Ihre Anmeldungen bestätigen.} other {Die Authenticator-App „{name}“ wurde aus Ihrem Sésame-Konto gelöscht, von der Adresse {ip} ({browser}). Ihre Codes bestätigen Ihre Anmeldungen nicht mehr.}} Wenn Sie es nicht waren, ändern Sie sofort Ihr Passwort und wenden Sie sich an Ihren Helpdesk.',
      action: 'Meine Authenticator-Apps verwalten',
    },
    securityKeyChanged: {
      subject:
        '{change, select, added {Sésame: Ein Sicherheitsschlüssel wurde Ihrem Konto hinzugefügt} other {Sésame: Ein Sicherheitsschlüssel wurde aus Ihrem Konto gelöscht}}',
      body: '{change, select, added {Der Sicherheitsschlüssel oder die vertrauenswürdige Plattform „{name}“ wurde Ihrem Sésame-Konto hinzugefügt, von der Adresse {ip} ({browser}). Er kann jetzt Ihre Anmeldungen bestätigen.} other {Der Sicherheitsschlüssel oder die vertrauenswürdige Plattform „{name}“ wurde aus Ihrem Sésame-Konto gelöscht, von der Adresse {ip} ({browser}). Er bestätigt Ihre Anmeldungen nicht mehr.}} Wenn Sie es nicht waren, ändern Sie sofort Ihr Passwort und wenden Sie sich an Ihren Helpdesk.',
      action: 'Meine Sicherheitsschlüssel und vertrauenswürdigen Plattformen verwalten',
    },
    eidChanged: {
      subject:
        '{change, select, added {Sésame: Eine eID wurde mit Ihrem Konto verknüpft} other {Sésame: Die Verknüpfung einer eID mit Ihrem Konto wurde aufgehoben}}',
      body: '{change, select, added {Ihre eID {name} wurde mit Ihrem Sésame-Konto verknüpft, von der Adresse {ip} ({browser}). Sie kann Sie jetzt ohne Ihr Passwort anmelden.} other {Die Verknüpfung Ihrer eID {name} mit Ihrem Sésame-Konto wurde aufgehoben, von der Adresse {ip} ({browser}). Sie meldet Sie nicht mehr an.}} Wenn Sie es nicht waren, ändern Sie sofort Ihr Passwort und wenden Sie sich an Ihren Helpdesk.',
      action: 'Meine eIDs verwalten',
    },
    phoneNumberChanged: {
      subject:
        '{change, select, added {Sésame: Eine Mobiltelefonnummer wurde Ihrem Konto hinzugefügt} other {Sésame: Eine Mobiltelefonnummer wurde aus Ihrem Konto gelöscht}}',
      body: '{change, select, added {Die Mobiltelefonnummer {name} wurde Ihrem Sésame-Konto hinzugefügt, von der Adresse {ip} ({browser}). Per SMS an sie gesendete Codes können jetzt Ihre Anmeldungen bestätigen.} other {Die Mobiltelefonnummer {name} wurde aus Ihrem Sésame-Konto gelöscht, von der Adresse {ip} ({browser}). An sie gesendete Codes bestätigen Ihre Anmeldungen nicht mehr.}} Wenn Sie es nicht waren, ändern Sie sofort Ihr Passwort und wenden Sie sich an Ihren Helpdesk.',
      action: 'Meine Mobiltelefonnummern verwalten',
    },
    enrolmentReminder: {
      subject: 'Sésame: Richten Sie einen zweiten Faktor ein, bevor SMS eingestellt wird',
      body: '{category, select, sms {Sie bestätigen Ihre Sésame-Anmeldungen noch mit per SMS gesendeten Codes.} other {Sie melden sich bei Sésame allein mit Ihrem Passwort an.}} Die Anweisung DGAL/SDEIGIR/2025-91 verlangt von allen Bediensteten, ihre Anmeldung mit einem eigenen zweiten Faktor zu bestätigen, und SMS-Codes werden abgeschafft{date, select, none {.} other {: Sie enden am {date}.}} Installieren Sie die Sésame-App auf Ihrem Telefon, melden Sie sich dann an und fügen Sie das Telefon Ihrem Konto hinzu (Links unten); ein Sicherheitsschlüssel oder eine Authenticator-App ist ebenfalls möglich. Diese Erinnerung wurde von Ihrem lokalen Manager gesendet.',
      action: 'Anmelden',
    },
    newBrowserSignIn: {
      subject: 'Sésame: Eine Anmeldung über einen neuen Browser',
      body: 'Am {time} hat sich jemand bei Ihrem Sésame-Konto über einen Browser angemeldet, der bisher nicht dafür verwendet wurde: {browser}, von der Adresse {ip}. Wenn Sie es waren, ist nichts zu tun. Wenn Sie es nicht waren, kennt jemand Ihr Passwort: Wählen Sie jetzt über den untenstehenden Link ein neues und wenden Sie sich an Ihren Helpdesk.',
      action: 'Neues Passwort wählen',
    },
    securityKeyCloned: {
      subject: 'Sésame: Ihr Sicherheitsschlüssel „{name}“ wurde möglicherweise kopiert',
      body: 'Am {time} hat sich jemand von der Adresse {ip} ({browser}) mit Ihrem Passwort und einem Sicherheitsschlüssel angemeldet, der als „{name}“ antwortete, dessen Zähler jedoch zurückging: Dies geschieht, wenn ein Schlüssel kopiert wurde. Die Anmeldung wurde abgelehnt. Wenn Sie es nicht waren, wählen Sie jetzt ein neues Passwort, löschen Sie diesen Schlüssel unter Mein Konto und wenden Sie sich an Ihren Helpdesk.',
      action: 'Meine Sicherheitsschlüssel und vertrauenswürdigen Plattformen verwalten',
    },
    authenticatorCodeReplayed: {
      subject: 'Sésame: Ein Code Ihrer Authenticator-App wurde zweimal verwendet',
      body: 'Am {time} hat sich jemand von der Adresse {ip} ({browser}) mit Ihrem Passwort angemeldet und einen bereits verwendeten Code Ihrer Authenticator-App eingegeben. Er wurde abgelehnt. Wenn Sie es nicht waren, kennt jemand Ihr Passwort: Wählen Sie jetzt ein neues.',
      action: 'Neues Passwort wählen',
    },
    recoveryCodeUsed: {
      subject: 'Sésame: Ein Wiederherstellungscode wurde zur Anmeldung verwendet',
      body: 'Ein Wiederherstellungscode Ihres Sésame-Kontos wurde am {time} zur Anmeldung verwendet, von der Adresse {ip} ({browser}). {remaining, plural, =0 {Sie haben keinen Wiederherstellungscode mehr: Erstellen Sie unter Mein Konto neue.} one {Sie haben noch # Wiederherstellungscode.} other {Sie haben noch # Wiederherstellungscodes.}} Wenn Sie es nicht waren, kennt jemand Ihr Passwort und einen Ihrer Codes: Wählen Sie über diesen Link ein neues Passwort (gültig {minutes, plural, one {# Minute} other {# Minuten}}, einmal) und erstellen Sie dann neue Wiederherstellungscodes.',
      action: 'Das war ich nicht: neues Passwort wählen',
    },
    recoveryCodesGenerated: {
      subject: 'Sésame: Neue Wiederherstellungscodes für Ihr Konto',
      body: '{count, plural, one {# neuer Wiederherstellungscode wurde} other {# neue Wiederherstellungscodes wurden}} für Ihr Sésame-Konto erstellt, von der Adresse {ip} ({browser}). {replaced, plural, =0 {} one {Der # Code, den Sie noch hatten, funktioniert nicht mehr.} other {Die # Codes, die Sie noch hatten, funktionieren nicht mehr.}} Wenn Sie es nicht waren, ändern Sie sofort Ihr Passwort und wenden Sie sich an Ihren Helpdesk.',
      action: 'Mein Konto',
    },
    accountLocked: {
      subject: 'Sésame: Ihr Konto ist für {minutes, plural, one {# Minute} other {# Minuten}} gesperrt',
      body: 'Für Ihr Konto wurden zu viele falsche Passwörter eingegeben. Es ist für {minutes, plural, one {# Minute} other {# Minuten}} gesperrt. Wenn Sie es nicht waren, ändern Sie Ihr Passwort, nachdem Sie sich angemeldet haben.',
      action: 'Mein Passwort zurücksetzen',
    },
    accountLockedUntilReset: {
      subject: 'Sésame: Ihr Konto ist gesperrt, bis Sie Ihr Passwort zurücksetzen',
      body: 'Für Ihr Konto wurden zu viele falsche Passwörter in Folge eingegeben. Zu seinem Schutz bleibt es gesperrt, bis sein Passwort zurückgesetzt wird: Wählen Sie mit der Schaltfläche unten ein neues Passwort, oder bitten Sie Ihren lokalen Manager oder Ihren Helpdesk, es zu entsperren. Wenn Sie es nicht waren, versucht jemand, Ihr Passwort zu erraten: Wählen Sie eines, das Sie nirgendwo sonst verwenden. In einem Browser, in dem Sie sich in den letzten 90 Tagen mit Ihrem Passwort angemeldet haben, können Sie sich weiterhin anmelden.',
      action: 'Mein Passwort zurücksetzen',
    },
  },
  deviceEnrolment: {
    quoted: '„{name}“',
    notificationsOff: 'Benachrichtigungen aus',
    notificationsOffNotice:
      'Benachrichtigungen sind auf {names} ausgeschaltet: Eine Anmeldeanfrage erscheint dort nur, solange die Sésame-App geöffnet ist. Zum Einschalten: Öffnen Sie die Sésame-App auf diesem Gerät und erlauben Sie Benachrichtigungen (in den Einstellungen des Browsers für diese Website, falls sie nicht danach fragt). Die App schaltet sie dann automatisch ein, sobald sie den Benachrichtigungsdienst des Telefons erreichen kann.',
    cancelledNotice: 'Das Gerät wurde nicht hinzugefügt: Sein QR-Code kann nicht mehr verwendet werden.',
  },
  getApp: {
    title: 'Sésame-App herunterladen',
    intro:
      'Die Sésame-App ist eine Web-App: Sie wird über ihre Adresse installiert, nicht über einen App-Store. Öffnen Sie diese Adresse auf Ihrem Telefon:',
    scan: 'Oder scannen Sie diesen Code mit der Kamera Ihres Telefons, um sie zu öffnen:',
    qrAlt: 'QR-Code der Adresse der Sésame-App: {url}',
    openOnPhone: 'Sésame-App öffnen',
    mobileIntro:
      'Sie sind auf einem Telefon: Öffnen Sie hier die Sésame-App und fügen Sie sie dann Ihrem Startbildschirm hinzu.',
    installTitle: 'Zum Startbildschirm hinzufügen',
    android:
      'Android (Chrome): Öffnen Sie das Menü ⋮ und dann „Zum Startbildschirm hinzufügen“ oder „App installieren“.',
    ios: 'iPhone oder iPad (Safari): Tippen Sie auf Teilen und dann auf „Zum Home-Bildschirm“.',
    compact: 'Die Sésame-App:',
    helpLink: 'So erhalten Sie die Sésame-App',
    helpTitle: 'Schritt 1: Sésame-App installieren',
    helpIntro:
      'Um sich mit Ihrem Telefon anzumelden, installieren Sie zuerst die Sésame-App darauf. Es dauert weniger als eine Minute und erfordert keinen App-Store.',
    helpNext:
      'Fügen Sie dann Ihr Telefon Ihrem Konto hinzu: Melden Sie sich an einem Computer an und öffnen Sie „Meine Mobilgeräte verwalten“.',
    manageDevices: 'Meine Mobilgeräte verwalten',
    mailApp:
      'Die Sésame-App wird auf einem Telefon über ihre Adresse installiert (öffnen Sie sie dort und fügen Sie sie dann dem Startbildschirm hinzu):',
    mailDevices:
      'Um Ihrem Konto ein Telefon hinzuzufügen, öffnen Sie „Mobilgerät hinzufügen“ (unter „Meine Mobilgeräte verwalten“):',
  },
  organisation: {
    footerLabel: 'Hilfe und rechtliche Hinweise',
    help: 'Hilfe',
    contact: 'Kontakt und Support',
    legal: 'Impressum',
    privacy: 'Datenschutz',
    poweredBy: 'Betrieben mit Sésame, Open-Source-Identitätsanbieter',
    contactTitle: 'Kontakt und Support',
    contactIntro: 'Bei Fragen zu Ihrem Konto, zur Anmeldung oder zur Sésame-App hilft Ihnen der Support von {name}:',
    email: 'E-Mail',
    phone: 'Telefon',
    web: 'Webseite',
    hours: 'Öffnungszeiten',
    contactNone:
      'Dieser Dienst hat keinen Support-Kontakt veröffentlicht. Fragen Sie Ihren lokalen Manager: die Person, die Sie gebeten hat, {name} zu verwenden (Ihre Dienststellenleitung oder Ihre IT-Ansprechperson).',
    contactHelp:
      'Die Hilfe erklärt jeden Schritt, von der Installation der Sésame-App auf Ihrem Telefon bis zur täglichen Anmeldung.',
    readHelp: 'Hilfe Schritt für Schritt lesen',
    legalTitle: 'Impressum',
    legalNone: 'Der Betreiber dieses Dienstes hat kein Impressum veröffentlicht.',
    legalExternal: 'Das Impressum von {name} befindet sich auf dessen eigener Website:',
    software:
      'Dieser Dienst verwendet Sésame, eine Open-Source-Software, die unter der Open-Source-Lizenz für die Europäische Union, Version 1.2 (EUPL-1.2), veröffentlicht ist.',
    licence: 'EUPL-1.2-Lizenz lesen',
    askSupport: 'Eine Frage? Kontakt und Support',
    privacyOperatorTitle: 'Vom Betreiber dieses Dienstes',
    privacyExternal: 'Die vollständige Datenschutzerklärung von {name}:',
    mailSignature: 'Ihr Team von {name}',
    mailSupport: 'Support von {name}:',
    mailNoSupport: 'Eine Frage? Wenden Sie sich an Ihren lokalen Manager oder lesen Sie die Hilfe:',
    mailHelp: 'Hilfe:',
  },
  help: {
    title: 'Hilfe: Mit der Sésame-App anmelden',
    intro:
      'Diese 14 Schritte führen Sie von der Installation der Sésame-App auf Ihrem Telefon bis zu Ihrer täglichen Anmeldung. Die Schaltflächen tragen die Namen, die die Schritte ihnen geben. Sie benötigen einen Computer und ein Telefon.',
    tocLabel: 'Die Schritte',
    stepTitle: 'Schritt {n}: {title}',
    parts: {
      app: 'Auf Ihrem Telefon: Sésame-App installieren',
      device: 'Auf Ihrem Computer, dann auf Ihrem Telefon: Telefon Ihrem Konto hinzufügen',
      signIn: 'Jeden Tag: bei einer Anwendung anmelden',
    },
    steps: [
      {
        title: 'Sésame-App herunterladen',
        text: 'Die Sésame-App ist eine Web-App: Sie öffnen sie über ihre Adresse, ohne App-Store. Die Seite „So erhalten Sie die Sésame-App“ zeigt ihre Adresse als Link und als QR-Code, den Sie mit der Kamera Ihres Telefons scannen.',
        link: 'So erhalten Sie die Sésame-App',
      },
      {
        title: 'Auf dem Startbildschirm installieren',
        text: 'Unter Android (Chrome): Öffnen Sie das Menü ⋮ und dann „Zum Startbildschirm hinzufügen“ oder „App installieren“. Auf einem iPhone oder iPad (Safari): Tippen Sie auf Teilen und dann auf „Zum Home-Bildschirm“.',
      },
      {
        title: 'App öffnen',
        text: 'Öffnen Sie die Sésame-App über ihr Symbol auf Ihrem Startbildschirm. Der erste Bildschirm heißt Sie willkommen.',
      },
      {
        title: 'Initialisieren, dann Weiter',
        text: 'Tippen Sie auf „Initialisieren“ und dann auf „Weiter“. Erlauben Sie der App, die Kamera zu verwenden (um einen QR-Code zu scannen) und Benachrichtigungen zu senden (um Sie zur Bestätigung Ihrer Anmeldungen aufzufordern). Die App wartet dann auf einen QR-Code: Ihr Computer zeigt ihn in Schritt 8 an.',
      },
      {
        title: 'Am Computer anmelden',
        text: 'Öffnen Sie an Ihrem Computer die Anmeldeseite des Portals, geben Sie Ihre E-Mail-Adresse ein, klicken Sie auf „Weiter“ und geben Sie dann Ihr Passwort ein.',
        link: 'Anmeldeseite öffnen',
      },
      {
        title: 'Mein Konto, dann Meine Mobilgeräte verwalten',
        text: 'Klicken Sie auf „Mein Konto“ und dann auf „Mobilgerät hinzufügen“ (auch unter „Meine Mobilgeräte verwalten“).',
        link: 'Mobilgerät hinzufügen',
      },
      {
        title: 'Gerätename, PIN, Absenden',
        text: 'Benennen Sie Ihr Telefon ohne Leerzeichen, oder lassen Sie den Namen leer: Dann wird das Modell Ihres Telefons verwendet (zum Beispiel Pixel-8). Wählen Sie eine 4-stellige PIN, geben Sie sie unter „PIN-Code bestätigen“ erneut ein und klicken Sie dann auf „Absenden“. Diese PIN geben Sie bei jeder Anmeldung in der App ein.',
      },
      {
        title: 'QR-Code scannen',
        text: 'Ihr Computer zeigt einen QR-Code an. Nehmen Sie Ihr Telefon und scannen Sie ihn mit der Sésame-App.',
      },
      {
        title: 'PIN in der App eingeben',
        text: 'Die App fragt nach der in Schritt 7 gewählten 4-stelligen PIN: Geben Sie sie über das Tastenfeld ein. Sie wird geprüft, sobald die vierte Ziffer eingegeben ist.',
      },
      {
        title: 'Akzeptieren',
        text: 'Die App bittet Sie, dieses Telefon für Ihr Konto zu akzeptieren: Tippen Sie auf „Akzeptieren“. Die Seite auf Ihrem Computer geht automatisch weiter, und Sie erhalten eine Bestätigungs-E-Mail.',
      },
      {
        title: 'Anwendung öffnen, E-Mail-Adresse, Weiter',
        text: 'Öffnen Sie an Ihrem Computer die Anwendung, die Sie nutzen (zum Beispiel TRACES NT): Sie leitet Sie zur Anmeldeseite weiter. Geben Sie Ihre E-Mail-Adresse ein und klicken Sie auf „Weiter“. Wenn der Browser sich Ihre Adresse merkt, gelangen Sie direkt zu Schritt 12.',
      },
      {
        title: 'Passwort und Verifizierungsmethode',
        text: 'Geben Sie Ihr Passwort ein und wählen Sie die Verifizierungsmethode „Sésame-App mit PIN-Code“ (oder „Sésame-App mit QR-Code“, wenn das Telefon kein Netz hat) und klicken Sie dann auf „Anmelden“.',
      },
      {
        title: 'In der App bestätigen',
        text: 'Öffnen Sie die Sésame-App: Sie zeigt die Anfrage mit dem Namen der Anwendung, dem Ort und der Uhrzeit. Prüfen Sie diese Angaben, wählen Sie die Zahl, die Ihr Computer anzeigt, und geben Sie Ihre PIN ein. Bei der QR-Code-Methode scannen Sie den Code, den Ihr Computer anzeigt, und geben den Code ein, den die App liefert.',
      },
      {
        title: 'Sie sind angemeldet',
        text: 'Sie sind in der Anwendung. Bei jeder Anmeldung bestätigt die Sésame-App diese: Schritte 11 bis 13, in wenigen Sekunden.',
        link: 'Zu Mein Konto',
      },
    ],
    alt: {
      'help-app':
        'Die Seite „Schritt 1: Sésame-App installieren“: die Adresse der App als Link und ein QR-Code zum Scannen mit der Kamera des Telefons.',
      'app-welcome':
        'Die Sésame-App auf einem Telefon, erster Bildschirm: „Willkommen in der Sésame-App“ und die Schaltfläche „Initialisieren“.',
      'sign-in': 'Die Anmeldeseite auf einem Computer: das Feld „E-Mail-Adresse“ und die Schaltfläche „Weiter“.',
      account: 'Die Seite „Mein Konto“ auf einem Computer, mit dem Weg zu „Meine Mobilgeräte verwalten“.',
      'annex-07-add-device':
        'Das Formular „Mobilgerät hinzufügen“: Gerätename, 4-stellige PIN, PIN-Bestätigung sowie die Schaltflächen „Absenden“ und „Abbrechen“.',
      'annex-08-qr': 'Der Computer zeigt den mit der Sésame-App zu scannenden QR-Code und wartet auf das Telefon.',
      'annex-08-scan': 'Die Sésame-App auf dem Telefon, die Kamera auf den QR-Code des Computers gerichtet.',
      'annex-09-pin': 'Die Sésame-App fragt mit einem Tastenfeld nach der 4-stelligen PIN.',
      'annex-10-accept':
        'Die Sésame-App bittet darum, das Telefon für das Konto zu akzeptieren, mit der Schaltfläche „Akzeptieren“.',
      'annex-10-device-added': 'Auf dem Computer führt „Meine Mobilgeräte verwalten“ das neue Telefon als aktiv auf.',
      'annex-12-method':
        'Die Passwortseite: das Passwortfeld, die Auswahl der Verifizierungsmethode und die Schaltfläche „Anmelden“.',
      'annex-13-request':
        'Die Sésame-App zeigt die Anmeldeanfrage: die Anwendung, den Ort, die Uhrzeit und die Zahlen zur Auswahl.',
      'annex-13-number': 'Der Computer wartet auf die Antwort der App und zeigt die in der App zu wählende Zahl.',
      'annex-14-signed-in':
        'Die Anwendung „TRACES NT (Demo)“, angemeldet: der Name, das Authentifizierungsniveau und die verwendeten Faktoren.',
    },
    backToSteps: 'Zurück zur Liste der Schritte',
    stuck: 'Kommen Sie bei einem Schritt nicht weiter? Kontakt und Support',
    nextTitle: 'Jetzt starten',
    startSignedIn: 'Zu Mein Konto',
    startSignIn: 'Anmelden',
  },
  authenticatorApps: {
    title: 'Meine Authenticator-Apps verwalten',
    intro:
      'Eine Authenticator-App (zum Beispiel FreeOTP, Aegis, Google Authenticator oder Microsoft Authenticator) zeigt einen 6-stelligen Code an, der sich alle 30 Sekunden ändert. Geben Sie ihn nach Ihrem Passwort ein, um sich anzumelden.',
    none: 'Für Ihr Konto ist keine Authenticator-App registriert.',
    add: 'Authenticator-App hinzufügen',
    name: 'Name',
    added: 'Hinzugefügt',
    lastUsed: 'Zuletzt verwendet',
    never: 'Nie',
    actions: 'Aktionen',
    rename: 'Umbenennen',
    delete: 'Löschen',
    cancel: 'Abbrechen',
    addTitle: 'Authenticator-App hinzufügen',
    nameHint: 'Um sie in der Liste wiederzuerkennen, zum Beispiel „Aegis auf meinem Telefon“.',
    continue: 'Weiter',
    scanTitle: 'Scannen Sie diesen QR-Code mit Ihrer Authenticator-App',
    qrAlt: 'QR-Code zum Scannen mit Ihrer Authenticator-App',
    secretIntro:
      'Scannen nicht möglich? Geben Sie diesen Schlüssel in der App ein (zeitbasiert, 6 Ziffern, alle 30 Sekunden):',
    secretLabel: 'Schlüssel',
    confirmTitle: 'Geben Sie den 6-stelligen Code ein',
    codeLabel: 'Von der App angezeigter Code',
    codeHint: '6 Ziffern.',
    confirm: 'Bestätigen',
    wrongCode:
      'Dieser Code ist nicht richtig. Prüfen Sie, ob die Uhrzeit Ihres Telefons stimmt, und geben Sie den Code ein, den die App jetzt anzeigt.',
    addedNotice: 'Die Authenticator-App „{name}“ wurde hinzugefügt.',
    renamedNotice: 'Die Authenticator-App heißt jetzt „{name}“.',
    deletedNotice: 'Die Authenticator-App wurde gelöscht.',
    renameTitle: 'Authenticator-App umbenennen',
    renameSubmit: 'Umbenennen',
    deleteTitle: 'Authenticator-App löschen',
    deleteBody: '„{name}“ löschen? Ihre Codes melden Sie dann nicht mehr an.',
    deleteSubmit: 'Löschen',
    secondFactorBody:
      'Das Hinzufügen oder Löschen einer Authenticator-App ändert den Schutz Ihres Kontos. Ihr Konto hat oder hatte einen zweiten Faktor: Bestätigen Sie zuerst damit.',
    back: 'Zurück zu Mein Konto',
  },
  recoveryCodes: {
    title: 'Wiederherstellungscodes',
    intro:
      'Wenn Sie alle Geräte verlieren, können Sie sich mit einem Wiederherstellungscode einmal mit Ihrem Passwort anmelden, um ein neues einzurichten. Jeder Code funktioniert einmal. Bewahren Sie sie auf Papier oder an einem sicheren Ort auf, getrennt von Ihrem Telefon.',
    remaining:
      '{count, plural, =0 {Sie haben keinen Wiederherstellungscode mehr.} one {Sie haben noch # Wiederherstellungscode.} other {Sie haben noch # Wiederherstellungscodes.}}',
    none: 'Sie haben noch keine Wiederherstellungscodes.',
    noFactor:
      'Wiederherstellungscodes werden angeboten, sobald Ihr Konto einen zweiten Faktor hat: Fügen Sie zuerst ein Mobilgerät oder eine Authenticator-App hinzu.',
    generate: 'Meine Wiederherstellungscodes erstellen',
    regenerate: 'Neue Wiederherstellungscodes erstellen',
    regenerateHint: 'Neue Codes ersetzen die alten: Die alten funktionieren dann nicht mehr.',
    shownTitle: 'Ihre Wiederherstellungscodes',
    shownOnce: 'Diese Codes werden nur dieses eine Mal angezeigt. Drucken, kopieren oder laden Sie sie jetzt herunter.',
    listLabel: 'Ihre zehn Wiederherstellungscodes',
    print: 'Drucken',
    copy: 'Kopieren',
    download: 'Herunterladen (.txt)',
    saved: 'Ich habe sie gespeichert',
    fileIntro: 'Sésame-Wiederherstellungscodes. Jeder Code funktioniert einmal.',
    offer:
      'Sichern Sie sich einen Weg zurück in Ihr Konto, falls Sie Ihre Geräte verlieren: Erstellen Sie Ihre Wiederherstellungscodes.',
    offerLink: 'Meine Wiederherstellungscodes erstellen',
    secondFactorBody:
      'Das Erstellen von Wiederherstellungscodes eröffnet einen neuen Zugang zu Ihrem Konto. Bestätigen Sie zuerst mit Ihrem zweiten Faktor.',
  },
  eids: {
    title: 'Meine eIDs verwalten',
    intro:
      'Eine eID ist Ihre nationale elektronische Identität (zum Beispiel FranceConnect). Einmal verknüpft, meldet sie Sie ab dem ersten Bildschirm an, ohne Ihr Passwort, auf dem Vertrauensniveau, das sie bietet.',
    none: 'Mit Ihrem Konto ist keine eID verknüpft.',
    name: 'eID',
    added: 'Verknüpft',
    lastUsed: 'Zuletzt verwendet',
    never: 'Nie',
    actions: 'Aktionen',
    unlink: 'Verknüpfung aufheben',
    unlinkLabel: 'Verknüpfung mit {provider} aufheben',
    link: 'Meine eID verknüpfen',
    linkWith: 'Meine eID mit {provider} verknüpfen',
    linkIntro: 'Sie werden zu Ihrem eID-Anbieter und dann hierher zurück geleitet.',
    back: 'Zurück zu Mein Konto',
    linkedNotice: 'Ihre eID {provider} ist verknüpft: Sie können sich jetzt damit anmelden.',
    unlinkedNotice: 'Die Verknüpfung der eID ist aufgehoben: Sie meldet Sie nicht mehr an.',
    secondFactorBody:
      'Das Verknüpfen oder Aufheben der Verknüpfung einer eID ändert, wie man sich bei Ihrem Konto anmelden kann: Bestätigen Sie zuerst mit einem Ihrer zweiten Faktoren, wer Sie sind.',
    signInAgain:
      'Ihre Sitzung hat sich geändert, während Sie bei Ihrem eID-Anbieter waren. Melden Sie sich erneut an und verknüpfen Sie dann Ihre eID.',
  },
  eidNewcomer: {
    title: 'Legen Sie Ihr Sésame-Konto mit Ihrer eID an',
    intro:
      'Ihre eID {provider} ist mit keinem Sésame-Konto verknüpft. Sésame kann Ihr Konto aus den Angaben Ihrer eID anlegen:',
    firstName: 'Vorname',
    lastName: 'Nachname',
    email: 'E-Mail-Adresse',
    noPassword:
      'Ihr Konto wird kein Passwort haben: Sie melden sich mit Ihrer eID an. Um später ein Passwort hinzuzufügen, verwenden Sie „Passwort vergessen?“ auf dem ersten Bildschirm.',
    create: 'Mein Konto anlegen',
    cancel: 'Abbrechen',
    existsTitle: 'Es gibt bereits ein Konto mit dieser E-Mail-Adresse',
    existsBody:
      'Es gibt ein Konto mit der E-Mail-Adresse {email}: Melden Sie sich dort an, um Ihre eID damit zu verknüpfen. Ihre eID meldet Sie danach bei diesem Konto an.',
    existsAction: 'Anmelden, um meine eID zu verknüpfen',
    confirmTitle: 'Verknüpfen Sie Ihre eID mit Ihrem Konto',
    confirmBody:
      'Die eID {provider} mit dem Konto {email} verknüpfen? Sie meldet Sie danach direkt vom ersten Bildschirm aus bei diesem Konto an.',
    confirmAction: 'Meine eID verknüpfen',
    expired:
      'Diese Anfrage ist abgelaufen oder wurde in einem anderen Browser gestartet. Melden Sie sich erneut mit Ihrer eID an.',
    createdNotice: 'Ihr Sésame-Konto wurde mit Ihrer eID {provider} angelegt.',
  },
  securityKeys: {
    title: 'Meine Sicherheitsschlüssel und vertrauenswürdigen Plattformen verwalten',
    intro:
      'Ein Sicherheitsschlüssel (USB oder NFC, zum Beispiel ein YubiKey) oder eine vertrauenswürdige Plattform (Windows Hello, Touch ID, die Bildschirmsperre eines Android-Telefons) bestätigt Ihre Anmeldung nach Ihrem Passwort mit einer Berührung, einer PIN oder einem Fingerabdruck. Sie müssen nichts eingeben.',
    none: 'Für Ihr Konto ist kein Sicherheitsschlüssel und keine vertrauenswürdige Plattform registriert.',
    add: 'Sicherheitsschlüssel oder vertrauenswürdige Plattform hinzufügen',
    name: 'Name',
    kind: 'Art',
    added: 'Hinzugefügt',
    lastUsed: 'Zuletzt verwendet',
    never: 'Nie',
    actions: 'Aktionen',
    rename: 'Umbenennen',
    delete: 'Löschen',
    cancel: 'Abbrechen',
    kindKey: 'Sicherheitsschlüssel',
    kindPlatform: 'Vertrauenswürdige Plattform',
    kindSynced: 'Passkey (synchronisiert)',
    addTitle: 'Sicherheitsschlüssel oder vertrauenswürdige Plattform hinzufügen',
    nameHint:
      'Um ihn in der Liste wiederzuerkennen, zum Beispiel „YubiKey am Schlüsselbund“ oder „Windows Hello auf meinem Laptop“.',
    continue: 'Weiter',
    passkey: 'Als Passkey verwenden: damit anmelden, ohne meine E-Mail-Adresse einzugeben',
    passkeyHint:
      'Der Schlüssel speichert dann Ihr Konto, geschützt durch seine PIN, Ihren Fingerabdruck oder Ihr Gesicht, die er jedes Mal abfragt. Nicht jeder Schlüssel kann das.',
    promptTitle: 'Registrieren Sie Ihren Sicherheitsschlüssel oder Ihre vertrauenswürdige Plattform',
    promptIntro:
      'Wählen Sie die Schaltfläche unten: Ihr Browser fordert Sie auf, Ihren Schlüssel einzustecken und zu berühren oder mit der PIN, dem Gesicht oder dem Fingerabdruck dieses Computers oder Telefons zu bestätigen.',
    promptButton: '„{name}“ registrieren',
    expired: 'Diese Anfrage ist abgelaufen. Beginnen Sie erneut.',
    refused:
      'Dieser Schlüssel konnte nicht registriert werden: Die Antwort des Browsers war ungültig. Versuchen Sie es erneut.',
    notAccepted:
      'Dieses Sicherheitsschlüsselmodell ist von Ihrer Organisation nicht zugelassen. Verwenden Sie einen anderen Schlüssel.',
    already: 'Dieser Sicherheitsschlüssel ist bereits registriert.',
    addedNotice: 'Der Sicherheitsschlüssel oder die vertrauenswürdige Plattform „{name}“ wurde hinzugefügt.',
    renamedNotice: 'Der Sicherheitsschlüssel oder die vertrauenswürdige Plattform heißt jetzt „{name}“.',
    deletedNotice: 'Der Sicherheitsschlüssel oder die vertrauenswürdige Plattform wurde gelöscht.',
    renameTitle: 'Sicherheitsschlüssel oder vertrauenswürdige Plattform umbenennen',
    renameSubmit: 'Umbenennen',
    deleteTitle: 'Sicherheitsschlüssel oder vertrauenswürdige Plattform löschen',
    deleteBody: '„{name}“ löschen? Damit können Sie sich dann nicht mehr anmelden.',
    deleteSubmit: 'Löschen',
    secondFactorBody:
      'Das Hinzufügen oder Löschen eines Sicherheitsschlüssels ändert den Schutz Ihres Kontos. Ihr Konto hat oder hatte einen zweiten Faktor: Bestätigen Sie zuerst damit.',
    back: 'Zurück zu Mein Konto',
  },
  signInCode: {
    totpTitle: 'Geben Sie den Code Ihrer Authenticator-App ein',
    totpIntro:
      'Öffnen Sie Ihre Authenticator-App und geben Sie den 6-stelligen Code ein, den sie für dieses Konto anzeigt.',
    totpLabel: 'Von der App angezeigter Code',
    totpHint: '6 Ziffern.',
    totpWrong:
      'Dieser Code ist nicht richtig oder wurde bereits verwendet. Warten Sie auf den nächsten Code und geben Sie ihn ein.',
    recoveryTitle: 'Geben Sie einen Wiederherstellungscode ein',
    recoveryIntro:
      'Geben Sie einen der Wiederherstellungscodes ein, die Sie gespeichert haben. Er ist danach verbraucht; richten Sie nach der Anmeldung einen neuen zweiten Faktor ein.',
    recoveryLabel: 'Wiederherstellungscode',
    recoveryHint: 'Zum Beispiel ABCD-EFGH-JKLM-NPQR-STUV. Bindestriche und Leerzeichen spielen keine Rolle.',
    recoveryWrong:
      'Dieser Code ist nicht richtig oder wurde bereits verwendet. Prüfen Sie ihn und geben Sie ihn erneut ein.',
    expires: 'Diese Seite nimmt bis {time} einen Code an.',
    expired: 'Diese Seite ist abgelaufen. Beginnen Sie erneut, um einen Code einzugeben.',
    restart: 'Erneut beginnen',
    totpNone:
      'Für dieses Konto ist keine Authenticator-App registriert. Wählen Sie eine andere Verifizierungsmethode oder fügen Sie nach der Anmeldung unter „Meine Authenticator-Apps verwalten“ eine hinzu.',
    recoveryNone: 'Dieses Konto hat keinen Wiederherstellungscode mehr. Wählen Sie eine andere Verifizierungsmethode.',
    blocked:
      'Zu viele falsche Codes. Versuchen Sie es nach {time} erneut. Wenn Sie es nicht waren, ändern Sie Ihr Passwort.',
    webauthnTitle: 'Mit Ihrem Sicherheitsschlüssel oder Ihrer vertrauenswürdigen Plattform bestätigen',
    webauthnIntro:
      'Wählen Sie die Schaltfläche unten: Ihr Browser fordert Sie auf, Ihren Sicherheitsschlüssel einzustecken und zu berühren oder mit der PIN, dem Gesicht oder dem Fingerabdruck dieses Computers oder Telefons zu bestätigen.',
    webauthnButton: 'Meinen Sicherheitsschlüssel oder meine vertrauenswürdige Plattform verwenden',
    webauthnExpires: 'Diese Seite wartet bis {time} auf Ihren Schlüssel.',
    webauthnExpired: 'Diese Seite ist abgelaufen. Beginnen Sie erneut, um Ihren Schlüssel zu verwenden.',
    webauthnWrong:
      'Dieser Schlüssel wurde nicht akzeptiert. Verwenden Sie einen für Ihr Konto registrierten Sicherheitsschlüssel oder eine registrierte vertrauenswürdige Plattform und versuchen Sie es erneut.',
    webauthnNone:
      'Für dieses Konto ist kein Sicherheitsschlüssel und keine vertrauenswürdige Plattform registriert. Wählen Sie eine andere Verifizierungsmethode oder fügen Sie nach der Anmeldung unter „Meine Sicherheitsschlüssel und vertrauenswürdigen Plattformen verwalten“ eine hinzu.',
    webauthnFailed:
      'Ihr Browser hat keine Antwort von einem Schlüssel erhalten (abgebrochen, Zeitüberschreitung oder hier kein Schlüssel registriert). Versuchen Sie es erneut oder wählen Sie eine andere Verifizierungsmethode.',
    webauthnUnsupported:
      'Dieser Browser kann keine Sicherheitsschlüssel verwenden (JavaScript oder WebAuthn ist deaktiviert). Verwenden Sie einen anderen Browser oder wählen Sie eine andere Verifizierungsmethode.',
  },
  setUpFactor: {
    title: 'Neuen zweiten Faktor einrichten',
    why: 'Sie haben sich mit einem Wiederherstellungscode angemeldet: Er ist jetzt verbraucht. {count, plural, =0 {Sie haben keinen Wiederherstellungscode mehr.} one {Sie haben noch # Wiederherstellungscode.} other {Sie haben noch # Wiederherstellungscodes.}}',
    next: 'Richten Sie eine neue Möglichkeit ein, Ihre Identität zu bestätigen, und löschen Sie dann die verlorenen Geräte.',
    addDevice: 'Mobilgerät hinzufügen (Sésame-App)',
    addTotp: 'Authenticator-App hinzufügen',
    devices: 'Meine Mobilgeräte verwalten',
    recoveryCodes: 'Wiederherstellungscodes',
    later: 'Später: zu Mein Konto',
  },
  proposedName: {
    nameHint: 'Ohne Leerzeichen. Leer lassen, um das Modell Ihres Telefons zu verwenden, zum Beispiel Pixel-8.',
    qrAlt: 'QR-Code zum Scannen mit der Sésame-App, um Ihr Telefon hinzuzufügen',
  },
  enrolmentRefused: {
    title: 'Dieses Telefon kann nicht hinzugefügt werden',
    otherAccount:
      'Das Telefon, das den QR-Code gescannt hat, bestätigt bereits die Anmeldungen des Kontos einer anderen Person. Ein Telefon dient einer Person: Das Gerät wurde nicht hinzugefügt, und der QR-Code kann nicht mehr verwendet werden.',
    sameAccount:
      'Das Telefon, das den QR-Code gescannt hat, ist bereits für Ihr Konto registriert: Es gibt nichts hinzuzufügen. Der QR-Code kann nicht mehr verwendet werden.',
    nextTitle: 'Wie geht es weiter?',
    otherAccountNext:
      'Fügen Sie das Gerät erneut hinzu und scannen Sie den neuen QR-Code mit einem anderen Telefon – oder, wenn dieses Telefon Ihnen gehört, entfernen Sie zuerst das andere Konto davon: Dessen Inhaber löscht das Telefon unter „Meine Mobilgeräte verwalten“.',
    sameAccountNext:
      'Ihr Telefon steht in der Liste Ihrer Mobilgeräte. Um ein weiteres Telefon hinzuzufügen, fügen Sie erneut ein Gerät hinzu.',
    addAgain: 'Mobilgerät mit einem anderen Telefon hinzufügen',
    backToDevices: 'Zurück zu Meine Mobilgeräte verwalten',
  },
  accountOptions: {
    title: 'Mein Konto konfigurieren',
    link: 'Mein Konto konfigurieren',
    intro: 'Diese Optionen gelten für jede Anmeldung bei Ihrem Konto, in jedem Browser.',
    signInTitle: 'Anmeldung',
    always: 'Immer einen zweiten Faktor verlangen',
    alwaysHint:
      'Das Passwort allein meldet Sie nicht mehr an, auch nicht bei Anwendungen, die es akzeptieren: Jede Anmeldung verlangt zusätzlich Ihre Sésame-App, Authenticator-App oder Ihren Sicherheitsschlüssel.',
    alwaysWarning:
      'Wenn Sie alle zweiten Faktoren (und Ihre Wiederherstellungscodes) verlieren, können Sie sich nicht mehr selbst anmelden: Nur der Helpdesk kann Ihnen wieder Zugang geben.',
    alwaysNeedsFactor:
      'Fügen Sie zuerst einen zweiten Faktor hinzu (eine Sésame-App oder eine Authenticator-App): Mit dem Passwort allein wäre Ihr Konto gesperrt.',
    addFactor: 'Mobilgerät hinzufügen',
    addAuthenticatorApp: 'Authenticator-App hinzufügen',
    preferred: 'Bevorzugte Verifizierungsmethode',
    preferredHint:
      'Nach Ihrem Passwort öffnet sich die Anmeldung mit dieser Methode, wenn die Anwendung sie akzeptiert.',
    preferredNone: 'Keine Präferenz (die zuletzt verwendete Methode)',
    preferredNotHeld: 'Wählen Sie eine der Methoden Ihres Kontos.',
    appsTitle: 'Anwendungen',
    warn: 'Mich jedes Mal warnen, wenn eine Anwendung nach meiner Identität fragt',
    warnHint:
      'Bevor eine Anwendung Ihre Identität erhält – nach Ihrer Anmeldung oder wenn Sie bereits angemeldet sind –, nennt eine Seite die Anwendung und fragt, ob Sie fortfahren oder abbrechen möchten.',
    mailsTitle: 'E-Mail-Benachrichtigungen',
    newBrowser: 'Mir eine E-Mail senden, wenn mein Konto über einen neuen Browser angemeldet wird',
    newBrowserHint:
      'Ein Browser ist neu, wenn sich Ihr Konto im letzten Jahr nicht damit angemeldet hat (oder seit seine Cookies gelöscht wurden). Die E-Mail nennt Zeitpunkt, Ort und Browser.',
    mailsAlways:
      'Zu Ihrem Schutz sendet Sésame Ihnen immer eine E-Mail, wenn ein Mobilgerät, eine Authenticator-App, ein Sicherheitsschlüssel, eine Mobiltelefonnummer oder Wiederherstellungscodes hinzugefügt oder entfernt werden, wenn ein Wiederherstellungscode verwendet wird und wenn sich Ihr Passwort oder Ihre E-Mail-Adresse ändert. Diese E-Mails können nicht abgeschaltet werden.',
    save: 'Meine Optionen speichern',
    back: 'Zurück zu Mein Konto',
    saved: 'Ihre Optionen wurden gespeichert.',
    unchanged: 'Es wurde nichts geändert.',
    secondFactorBody:
      'Ihre Kontooptionen bestimmen, wie Ihr Konto geschützt ist. Ihr Konto hat einen zweiten Faktor: Bestätigen Sie zuerst damit.',
  },
  signInChoose: {
    title: 'Wählen Sie, wie Sie Ihre Identität bestätigen',
    intro: 'Ihr Passwort ist richtig. Bestätigen Sie mit einer der Methoden Ihres Kontos:',
    submit: 'Weiter',
    lostAccess: 'Ich habe keine davon mehr: Wiederherstellungscode verwenden',
    none: 'Ihr Konto hat keine Verifizierungsmethode, die diese Anwendung akzeptiert.',
    typePassword: 'Mit einer anderen Methode erneut anmelden',
  },
  appConsent: {
    title: 'Eine Anwendung fragt nach Ihrer Identität',
    body: '„{app}“ möchte wissen, wer Sie sind. Fahren Sie fort, um sich dort anzumelden.',
    why: 'Sie sehen diese Seite, weil Sie gewarnt werden möchten, wenn eine Anwendung nach Ihrer Identität fragt. Wenn Sie dies nicht erwartet haben, brechen Sie ab.',
    continue: 'Weiter zur Anwendung',
    cancel: 'Abbrechen',
    options: 'Diese Option unter Mein Konto konfigurieren ändern',
    gone: 'Diese Anfrage wurde bereits beantwortet oder ist abgelaufen. Kehren Sie zur Anwendung zurück und versuchen Sie es erneut.',
  },
  phoneNumbers: {
    title: 'Meine Mobiltelefonnummern verwalten',
    intro: 'Ein per SMS an eine dieser Nummern gesendeter Code kann Ihre Anmeldung nach Ihrem Passwort bestätigen.',
    sunset: 'Die Anmeldung per SMS endet am {date}. Die Sésame-App ist sicherer: Fügen Sie sie jetzt hinzu.',
    addDevice: 'Mobilgerät hinzufügen (Sésame-App)',
    none: 'Für Ihr Konto ist keine Mobiltelefonnummer registriert.',
    number: 'Nummer',
    added: 'Hinzugefügt',
    lastUsed: 'Zuletzt verwendet',
    never: 'Nie',
    actions: 'Aktionen',
    delete: 'Löschen',
    add: 'Nummer hinzufügen',
    addTitle: 'Mobiltelefonnummer hinzufügen',
    phoneLabel: 'Mobiltelefonnummer',
    phoneHint:
      'Beginnen Sie mit „+“ und der Ländervorwahl, ohne Punkte, Klammern oder Bindestriche, zum Beispiel +33 6 12 34 56 78.',
    send: 'Code senden',
    confirmTitle: 'Geben Sie den per SMS gesendeten Code ein',
    confirmIntro: 'Wir haben einen neunstelligen Code an {phone} gesendet. Geben Sie ihn vor {time} ein.',
    codeLabel: 'Per SMS erhaltener Code',
    codeHint:
      'Zum Beispiel K7P-M2X-9QR. Bindestriche, Leerzeichen sowie Groß- und Kleinschreibung spielen keine Rolle.',
    finalise: 'Abschließen',
    wrongCode: 'Dieser Code ist nicht richtig. Prüfen Sie die SMS und geben Sie den Code erneut ein.',
    over: 'Diese Bestätigung ist beendet (abgelaufen oder zu viele falsche Codes). Fügen Sie die Nummer erneut hinzu, um einen neuen Code zu erhalten.',
    addedNotice: 'Die Nummer {name} wurde hinzugefügt.',
    deletedNotice: 'Die Nummer wurde gelöscht.',
    deleteTitle: 'Mobiltelefonnummer löschen',
    deleteBody: '{name} löschen? An diese Nummer gesendete Codes melden Sie dann nicht mehr an.',
    deleteSubmit: 'Löschen',
    cancel: 'Abbrechen',
    secondFactorBody:
      'Das Hinzufügen oder Löschen einer Telefonnummer ändert den Schutz Ihres Kontos. Ihr Konto hat oder hatte einen zweiten Faktor: Bestätigen Sie zuerst damit.',
    back: 'Zurück zu Mein Konto',
    enrolText: 'Sésame: Ihr Code zum Hinzufügen dieser Nummer lautet {code}. Geben Sie ihn niemals weiter.',
  },
  signInSms: {
    title: 'Geben Sie den per SMS gesendeten Code ein',
    intro: 'Wir haben einen neunstelligen Anmelde-Challenge-Code an {phone} gesendet.',
    label: 'Per SMS erhaltener Code',
    hint: 'Zum Beispiel K7P-M2X-9QR. Bindestriche, Leerzeichen sowie Groß- und Kleinschreibung spielen keine Rolle.',
    resend: 'Neuen Code senden',
    wrongCode:
      'Dieser Code ist nicht richtig oder wurde bereits verwendet. Prüfen Sie die letzte SMS und geben Sie deren Code ein.',
    none: 'Für dieses Konto ist keine Mobiltelefonnummer registriert. Wählen Sie eine andere Verifizierungsmethode.',
    text: 'Sésame: Ihr Anmelde-Challenge-Code lautet {code}. Geben Sie ihn niemals weiter, auch nicht an uns.',
    sunsetTitle: 'Die Anmeldung per SMS endet bald',
    sunsetBody:
      'Ab dem {date} wird SMS für die Anmeldung nicht mehr akzeptiert. Installieren Sie jetzt die Sésame-App: Sie ist sicherer (kein SIM-Swapping, kein Abfangen) und funktioniert ohne Netz.',
    sunsetInstall: 'Sésame-App jetzt installieren',
    sunsetLater: 'Später',
    sunsetLaterHint: 'Sie werden bei Ihrer nächsten Anmeldung per SMS daran erinnert.',
  },
  admin: {
    title: 'Administration',
    link: 'Administration',
    secondFactorBody:
      'Die Administration erfordert eine Anmeldung mit einem zweiten Faktor. Bestätigen Sie mit Ihrem, dass Sie es sind, und Sie kehren hierher zurück.',
    searchTitle: 'Konto suchen',
    searchLabel: 'Name, E-Mail-Adresse oder Kennung',
    searchStarts: 'Der Anfang eines Vornamens, Nachnamens oder einer E-Mail-Adresse oder eine vollständige Kennung.',
    searchHint: 'Leer lassen, um die Konten Ihrer Organisationen aufzulisten.',
    within: 'Organisation',
    allMine: 'Alle meine Organisationen',
    submit: 'Suchen',
    scopeIntro: 'Sie können die Konten folgender Organisationen sehen: {organisations}.',
    results: 'Gefundene Konten',
    none: 'Kein Konto in Ihren Organisationen entspricht der Suche.',
    limited: 'Nur die ersten {limit} Konten werden angezeigt: Schränken Sie die Suche ein.',
    colName: 'Name',
    colEmail: 'E-Mail-Adresse',
    colOrganisation: 'Organisation',
    colId: 'Kennung',
    accountTitle: 'Konto von {name}',
    back: 'Zurück zur Suche',
    identity: 'Identität',
    organisation: 'Organisation',
    roles: 'Administrative Rollen',
    noRoles: 'Keine.',
    roleOver: '{role}, {organisation}',
    roleNames: {
      administrator: 'Administrator',
      local_manager: 'Lokaler Manager',
      helpdesk: 'Helpdesk',
      auditor: 'Auditor',
    },
    methods: 'Anmeldemethoden und Geräte',
    noMethods: 'Nur Passwort: kein zweiter Faktor.',
    colMethod: 'Methode',
    colStatus: 'Status',
    colAdded: 'Hinzugefügt',
    colLastUsed: 'Zuletzt verwendet',
    never: 'Nie',
    kinds: {
      device: 'Sésame-App',
      totp: 'Authenticator-App',
      webauthn: 'Sicherheitsschlüssel oder Passkey',
      'recovery-code': 'Wiederherstellungscode',
      sms: 'Mobiltelefon (SMS)',
    },
    statuses: {
      active: 'Aktiv',
      pending: 'Nicht bestätigt',
      blocked: 'Gesperrt',
      used: 'Verwendet',
    },
    signIns: 'Letzte Anmeldungen',
    noSignIns: 'Keine Anmeldung protokolliert.',
    colWhen: 'Wann',
    colWhat: 'Was',
    colFrom: 'Von',
    lock: 'Sperre',
    lockedEverywhere:
      'Nach zu vielen falschen Passwörtern gesperrt: Derzeit kann sich niemand bei diesem Konto anmelden.',
    failures:
      '{count, plural, =0 {Kein falsches Passwort} one {# falsches Passwort} other {# falsche Passwörter}} in Folge seit der letzten Anmeldung, Passwortzurücksetzung oder Entsperrung.',
    notLocked:
      'Nicht überall gesperrt. Eine Sperre aus einem einzelnen Netzwerk (der Inhaber vertippt sich im Büro) wird hier nicht angezeigt: Das Entsperren hebt auch sie auf.',
    lockedFromNetwork:
      'Um {time} nach zu vielen falschen Passwörtern aus einem Netzwerk gesperrt (der Inhaber hat sich vertippt oder jemand rät): Anmeldungen von dort werden derzeit abgelehnt.',
    unlock: 'Konto entsperren',
    unlockHint: 'Der Inhaber kann sich sofort wieder anmelden, von überall. Dies wird im Audit protokolliert.',
    unlocked: 'Das Konto ist entsperrt: Sein Inhaber kann sich wieder anmelden.',
    factorTitle: 'Verlorener zweiter Faktor',
    factorIntro:
      'Wenn der Inhaber alle zweiten Faktoren verloren hat (Telefon verloren oder gestohlen, kein Wiederherstellungscode): Entfernen Sie sie alle, damit niemand sie verwenden kann. Alle Sitzungen des Kontos werden beendet. Der Inhaber wird per E-Mail informiert, wie er ein neues Mobilgerät hinzufügt („Ich habe mein Telefon nicht mehr“).',
    reason: 'Grund',
    reasonHint:
      'Pflichtangabe, im Audit protokolliert: wie der Inhaber die Anfrage gestellt hat und wie Sie geprüft haben, dass er es war (zum Beispiel: „Telefon verloren, Helpdesk angerufen, Identität vom Manager geprüft“).',
    resetFactor: 'Alle zweiten Faktoren entfernen',
    reasonRequired: 'Geben Sie den Grund an: Er ist erforderlich.',
    reasonTooLong: 'Der Grund ist zu lang: höchstens {max} Zeichen.',
    factorReset:
      'Alle zweiten Faktoren des Kontos wurden entfernt ({devices} Mobilgeräte, {credentials} andere Faktoren). Der Inhaber wurde per E-Mail informiert.',
    recoveryTitle: 'Kontowiederherstellung',
    recoveryWaiting:
      'Der Inhaber hat am {started} „Ich habe mein Telefon nicht mehr“ gestartet, mit seinem Passwort und dem ihm gesendeten Link. Ein neues Mobilgerät kann ab {ready} hinzugefügt werden.',
    recoveryIntro:
      'Wenn Sie geprüft haben, dass es wirklich der Inhaber ist – ein Rückruf an eine Ihnen bereits bekannte Nummer, ein Ausweisdokument, persönlich –, können Sie die Wartezeit jetzt beenden. Nur der Browser, in dem der Inhaber die Wiederherstellung bestätigt hat, kann dann ein Gerät hinzufügen; Sie selbst fügen keines hinzu. Der Inhaber wird per E-Mail informiert, mit einem Link zum Abbrechen.',
    recoveryReason: 'Wie Sie die Identität des Inhabers geprüft haben',
    recoveryReasonHint:
      'Pflichtangabe, im Audit protokolliert (zum Beispiel: „unter der Büronummer zurückgerufen, Personalausweis gesehen“).',
    recoveryExpedite: 'Wartezeit jetzt beenden',
    recoveryExpedited:
      'Die Wartezeit ist beendet: Der Inhaber kann jetzt ein neues Mobilgerät hinzufügen. Er wurde per E-Mail informiert.',
    recoveryNothing: 'Für dieses Konto wartet keine Wiederherstellung mehr: Es wurde nichts geändert.',
    passwordTitle: 'Passwort',
    sendReset: 'Link zum Zurücksetzen des Passworts senden',
    sendResetHint:
      'Der Inhaber erhält per E-Mail einen Link, um ein neues Passwort zu wählen, gültig {minutes} Minuten. Sie sehen das Passwort nie und legen es nie fest. Dies wird im Audit protokolliert.',
    resetSent: 'Ein Link zum Zurücksetzen des Passworts wurde an {email} gesendet.',
  },
  levelGapOpening: {
    passwordAlone: 'Sie haben sich allein mit Ihrem Passwort angemeldet.',
    otherFactor: 'Sie haben sich mit „{method}“ angemeldet, was {app} nicht akzeptiert.',
  },
  dashboard: {
    title: 'Migrations-Dashboard',
    heading: 'Migrations-Dashboard: {organisation}',
    link: 'Migrations-Dashboard',
    intro:
      'Wie sich die Bediensteten von {organisation} und der untergeordneten Organisationen anmelden und was vor dem Ende von SMS noch zu tun ist.',
    organisations: 'Dashboards der von Ihnen verwalteten Organisationen:',
    total: 'Bedienstete',
    app: 'Sésame-App',
    key: 'Sicherheitsschlüssel oder Plattform',
    totp: 'Authenticator-App',
    sms: 'Nur SMS',
    password: 'Nur Passwort',
    equipped: 'Ausgestattet',
    smsHoldouts: 'Noch bei SMS',
    phonesToBuy: 'Zu beschaffende Telefone',
    phonesHint:
      'Bedienstete ohne Sésame-App und ohne einen anderen akzeptierten zweiten Faktor (Sicherheitsschlüssel, Authenticator-App): ein Telefon pro Bediensteten.',
    percent: '{percent} %',
    noAgents: 'keine Bediensteten',
    sunset:
      '{days, plural, =0 {SMS wurde am {date} eingestellt.} one {Noch # Tag bis zum Ende von SMS am {date}.} other {Noch # Tage bis zum Ende von SMS am {date}.}}',
    noSunset: 'Für das Ende von SMS ist kein Datum festgelegt.',
    byMethodTitle: 'Bedienstete nach Anmeldemethode',
    colMethod: 'Methode',
    colAgents: 'Bedienstete',
    childrenTitle: 'Untergeordnete Organisationen',
    colOrganisation: 'Organisation',
    noChildren: 'Keine Organisation unterhalb dieser.',
    chartTitle: 'Fortschritt im Zeitverlauf',
    chartSummary:
      'Ausgestattete Bedienstete und Nachzügler pro Tag in den letzten 90 Tagen, {first} bis {last}; dieselben Zahlen stehen in der folgenden Tabelle.',
    chartEmpty: 'Das Diagramm beginnt mit den heutigen Zahlen: Jeden Tag kommt ein Punkt hinzu.',
    chartTable: 'Fortschritt pro Tag',
    colDay: 'Tag',
    holdouts: 'Nachzügler',
    csv: 'Zahlen herunterladen (CSV)',
    csvHeader:
      'Organisationskennung,Organisation,Bedienstete,Sésame-App,Sicherheitsschlüssel oder Plattform,Authenticator-App,Nur SMS,Nur Passwort,Zu beschaffende Telefone,Ausgestattet %',
    remindersTitle: 'Erinnerungen',
    remindersBody:
      'Allen Nachzüglern von {organisation} und darunter (nur SMS oder nur Passwort) per E-Mail mitteilen, wo sie stehen und wie sie sich registrieren. Wer in {days, plural, one {den letzten # Tag} other {den letzten # Tagen}} erinnert wurde, wird übersprungen.',
    remindersSend: 'Nachzügler erinnern',
    remindersDone:
      '{sent, plural, =0 {Keine Erinnerung gesendet} one {# Erinnerung gesendet} other {# Erinnerungen gesendet}}, {skipped, plural, =0 {keine übersprungen} one {# übersprungen (kürzlich erinnert oder ausgestattet)} other {# übersprungen (kürzlich erinnert oder ausgestattet)}}{failed, plural, =0 {.} one {, # nicht gesendet (der Mailserver hat nicht geantwortet): Versuchen Sie es später erneut.} other {, # nicht gesendet (der Mailserver hat nicht geantwortet): Versuchen Sie es später erneut.}}',
    campaignTitle: 'Registrierungskampagne',
    campaignIntro:
      'Nach der Anmeldung sieht ein Bediensteter von {organisation} und darunter ohne akzeptierten zweiten Faktor eine Seite, die den Grund erklärt und die Registrierung startet. „Später“ ist eine bestimmte Anzahl von Malen und Tagen erlaubt, danach ist die Registrierung verpflichtend.',
    campaignFrom:
      '{from, select, none {Dies sind die Einstellungen der Installation: Für diese Organisation oder darüber wurde keine gespeichert.} other {Gespeichert für {from}.}}',
    campaignEnabled: 'Die Kampagne den Bediensteten ohne zweiten Faktor anzeigen',
    campaignSnoozes: '„Später“ erlaubt (Anzahl)',
    campaignSnoozeDays: 'Erlaubte Tage nach dem ersten „Später“',
    campaignDeadline: 'Frist (optional)',
    campaignDeadlineHint:
      'Ab diesem Tag ist die Registrierung verpflichtend. Leer gelassen, zeigt die Seite das Ende von SMS an.',
    campaignSave: 'Kampagne speichern',
    campaignSaved:
      'Die Kampagne ist gespeichert: Sie gilt für diese Organisation und für die untergeordneten, die keine eigene haben.',
    campaignInvalid: 'Eine ganze Zahl von 0 bis {max}.',
    campaignDateInvalid: 'Ein Datum wie 2027-03-01.',
    agentLink: 'Kampagne für den zweiten Faktor',
    agentTitle: 'Kampagne für den zweiten Faktor: {name}',
    agentStatus: 'Meldet sich an mit: {method}.',
    agentSnoozes:
      '{count, plural, =0 {Hat nie „Später“ gewählt.} one {Hat einmal „Später“ gewählt.} other {Hat # Mal „Später“ gewählt.}}',
    agentExcluded: 'Am {date} von der Kampagne ausgenommen: {reason}',
    agentRemind: 'Erinnerung senden',
    agentReminded:
      '{sent, plural, =0 {Keine Erinnerung gesendet: Dieser Bedienstete wurde kürzlich erinnert oder ist ausgestattet.} one {Eine Erinnerung wurde gesendet.} other {# Erinnerungen wurden gesendet.}}',
    exclude: 'Von der Kampagne ausnehmen',
    excludeReason: 'Grund (Pflichtangabe)',
    excludeHint: 'Zum Beispiel: kein Telefon am Standort erlaubt. Wird im Audit gespeichert.',
    excluded: 'Der Bedienstete ist von der Kampagne ausgenommen.',
    include: 'Wieder in die Kampagne aufnehmen',
    included: 'Der Bedienstete ist wieder in die Kampagne aufgenommen.',
    back: 'Zurück zum Konto',
  },
  campaign: {
    title: 'Zweiten Faktor einrichten',
    requiredTitle: 'Richten Sie einen zweiten Faktor ein, um fortzufahren',
    why: 'Die Anweisung DGAL/SDEIGIR/2025-91 verlangt von allen Bediensteten, ihre Anmeldung mit einem eigenen zweiten Faktor zu bestätigen. Per SMS gesendete Codes werden abgeschafft: Sie können abgefangen oder auf eine andere SIM-Karte umgeleitet werden. Die Sésame-App auf Ihrem Telefon ersetzt sie; ein Sicherheitsschlüssel oder eine Authenticator-App ist ebenfalls möglich.',
    deadline: 'Frist: {date}.',
    body: 'Es dauert wenige Minuten: Installieren Sie die App auf Ihrem Telefon und fügen Sie das Telefon dann Ihrem Konto hinzu.',
    requiredBody:
      'Die Frist ist abgelaufen oder Sie haben so oft wie erlaubt verschoben: Richten Sie jetzt einen zweiten Faktor ein, um Ihre Anwendungen zu erreichen.',
    setUpApp: 'Sésame-App jetzt einrichten',
    otherWays: 'Oder:',
    securityKey: 'einen Sicherheitsschlüssel',
    authenticatorApp: 'eine Authenticator-App',
    later: 'Später',
    laterLeft: '{count, plural, one {Sie können noch einmal verschieben.} other {Sie können noch # Mal verschieben.}}',
    requiredHint: 'Ihre Anwendungen bleiben bis dahin gesperrt. Durch das Abmelden geht nichts verloren.',
    signOut: 'Abmelden',
  },
  lifecycle: {
    status: 'Zustand',
    active: 'Aktiv',
    invitationPending: 'Eingeladen: Der Inhaber hat noch kein Passwort gewählt',
    invitationExpired:
      'Einladung abgelaufen: Der Inhaber hat nie ein Passwort gewählt, und der Link funktioniert nicht mehr; senden Sie sie erneut',
    deactivatedSince: 'Deaktiviert seit {time}: Der Inhaber kann sich nicht anmelden',
    externalId: 'Externe Kennung',
    noExternalId: 'Keine',
    invite: 'Bediensteten einladen',
    inviteTitle: 'Bediensteten einladen',
    inviteIntro:
      'Der Bedienstete erhält eine E-Mail mit einem Link, um ein Passwort zu wählen, gültig {days, plural, one {# Tag} other {# Tage}}. Bis dahin kann das Konto nicht verwendet werden. Dies wird im Audit protokolliert.',
    organisation: 'Organisation',
    organisationHint: 'Die von Ihnen verwalteten Organisationen.',
    externalIdHint:
      'Optional: die Kennung, die Ihr Personalverwaltungssystem dem Bediensteten gibt (Buchstaben, Ziffern und . _ @ : - / +).',
    emailLocale: 'Sprache des Kontos',
    emailLocaleHint:
      'Die Sprache der E-Mails an den Bediensteten und, sobald er sie selbst gewählt hat, der Seiten von Sésame.',
    sendInvitation: 'Konto erstellen und Einladung senden',
    invited: 'Das Konto ist erstellt und eine Einladung wurde an {email} gesendet.',
    resendTitle: 'Einladung',
    resendHint:
      'Der Inhaber hat noch kein Passwort gewählt. Senden Sie die Einladung erneut, wenn sie verloren gegangen oder abgelaufen ist.',
    resend: 'Einladung erneut senden',
    resent: 'Die Einladung wurde erneut an {email} gesendet.',
    activationTitle: 'Deaktivierung',
    deactivateHint:
      'Der Inhaber kann sich nicht mehr anmelden; seine Sitzungen enden, und die Anwendungen, bei denen er angemeldet war, akzeptieren ihn nicht mehr. Nichts wird gelöscht: Sie können das Konto reaktivieren. Dies wird im Audit protokolliert.',
    deactivate: 'Konto deaktivieren',
    deactivated: 'Das Konto ist deaktiviert: Sein Inhaber kann sich nicht mehr anmelden.',
    reactivateHint: 'Der Inhaber kann sich wieder mit dem Passwort und den zweiten Faktoren anmelden, die er hatte.',
    reactivate: 'Konto reaktivieren',
    reactivated: 'Das Konto ist reaktiviert: Sein Inhaber kann sich wieder anmelden.',
    moveTitle: 'Organisation',
    moveHint:
      'Verschieben Sie das Konto in eine andere von Ihnen verwaltete Organisation. Seine Anmeldung ändert sich nicht.',
    moveTo: 'Neue Organisation',
    move: 'Konto verschieben',
    moved: 'Das Konto gehört jetzt zu {organisation}.',
    deleteTitle: 'Konto löschen',
    deleteIntro:
      'Das Löschen kann nicht rückgängig gemacht werden. Um eine Anmeldung vorübergehend zu verhindern, deaktivieren Sie das Konto stattdessen.',
    deleteLink: 'Dieses Konto löschen…',
    deletePageTitle: 'Konto von {name} löschen',
    deleteErased: 'Was sofort und endgültig gelöscht wird:',
    deleteErasedItems: [
      'die Namen, die E-Mail-Adresse, das Passwort und die externe Kennung;',
      'alle Mobilgeräte, Authenticator-Apps, Sicherheitsschlüssel, Telefonnummern und Wiederherstellungscodes;',
      'die Optionen, die Rollen, die Stellung in der Organisation; alle Sitzungen werden beendet.',
    ],
    deleteKept: 'Was nur für das Audit aufbewahrt wird, bis seine Aufbewahrungsfrist endet:',
    deleteKeptItems: [
      'die Audit-Zeilen dieses Kontos (was wann von welcher Netzwerkadresse aus getan wurde), unter der bloßen Kennung {id}, die zu keinem Namen und keiner Adresse mehr führt.',
    ],
    confirmEmail: 'Geben Sie zur Bestätigung die E-Mail-Adresse des Kontos ein',
    confirmEmailHint: 'Die Adresse lautet {email}.',
    confirmMismatch: 'Die eingegebene Adresse ist nicht die des Kontos: Es wurde nichts gelöscht.',
    erase: 'Konto endgültig löschen',
    cancel: 'Konto behalten',
    erased: 'Das Konto {id} ist gelöscht. Nur seine Audit-Zeilen bleiben unter dieser Kennung erhalten.',
    importTitle: 'Bedienstete aus einer CSV-Datei importieren',
    importLink: 'Bedienstete importieren (CSV)',
    exportLink: 'Konten exportieren (CSV)',
    importIntro:
      'Zuerst ein Probelauf: Nichts wird geschrieben, bis Sie bestätigen. Ein erneuter Import derselben Datei ändert nichts. Jeder neue Bedienstete erhält eine Einladung per E-Mail.',
    file: 'CSV-Datei',
    fileHint:
      'UTF-8 (mit oder ohne BOM), getrennt durch „;“ oder „,“, ein Bediensteter pro Zeile nach einer Kopfzeile. Spalten: email, first_name, last_name, organisation_id, external_id, language (Code aus zwei Buchstaben: fr, en, de…). Siehe das Handbuch für Administratoren.',
    defaultOrganisation: 'Organisation der Zeilen ohne organisation_id',
    dryRun: 'Datei prüfen (Probelauf)',
    fileRequired: 'Wählen Sie eine CSV-Datei.',
    fileTooLarge: 'Die Datei ist zu groß: höchstens {max} MB. Teilen Sie sie auf.',
    fileUnreadable:
      'Die Datei konnte in der Nähe von Zeile {line} nicht als CSV gelesen werden. Prüfen Sie, ob es ein CSV-Export ist, und versuchen Sie es erneut.',
    headerMissing: 'In der Kopfzeile fehlt die Spalte {column}. Die Spalten sind: {columns}.',
    tooManyLines: 'Die Datei hat mehr als {max} Zeilen. Teilen Sie sie auf.',
    emptyFile: 'Die Datei enthält unter ihrer Kopfzeile keine Bedienstetenzeile.',
    planTitle: 'Probelauf: was der Import tun wird',
    planSummary:
      '{create, plural, =0 {Kein Konto zu erstellen} one {# Konto zu erstellen} other {# Konten zu erstellen}}, {update, plural, =0 {keines zu aktualisieren} one {# zu aktualisieren} other {# zu aktualisieren}}, {unchanged, plural, =0 {keines unverändert} one {# unverändert} other {# unverändert}}, {error, plural, =0 {keine Zeile abgelehnt} one {# Zeile abgelehnt} other {# Zeilen abgelehnt}}.',
    colLine: 'Zeile',
    colAction: 'Was geschehen wird',
    colDetail: 'Detail',
    actions: {
      create: 'Erstellt und eingeladen',
      update: 'Aktualisiert',
      unchanged: 'Unverändert',
      error: 'Abgelehnt',
    },
    changedFields: 'Änderungen: {fields}',
    movedTo: 'wechselt zu {organisation}',
    planTruncated: 'Nur die ersten {shown} Zeilen sind aufgeführt; die Zahlen oben betreffen die gesamte Datei.',
    confirm: 'Import bestätigen',
    confirmHint:
      'Die abgelehnten Zeilen werden ausgelassen. Die Datei wird bei der Bestätigung erneut geprüft; dieser Probelauf kann {minutes} Minuten lang bestätigt werden.',
    nothingToDo: 'Nichts zu importieren: Korrigieren Sie die Datei und prüfen Sie sie erneut.',
    another: 'Andere Datei prüfen',
    progressTitle: 'Import läuft',
    doneTitle: 'Import abgeschlossen',
    failedTitle: 'Import abgebrochen',
    failedBody:
      'Der Import wurde abgebrochen: Der Dienst war nicht verfügbar. Die bisher geschriebenen Zeilen bleiben erhalten; importieren Sie dieselbe Datei erneut, um den Vorgang abzuschließen (bereits verarbeitete Zeilen bleiben unverändert).',
    progress: '{processed} von {total} Zeilen verarbeitet.',
    progressCounts:
      '{created} erstellt, {updated} aktualisiert, {unchanged} unverändert, {errors} abgelehnt; {mailed} Einladungen gesendet.',
    mailFailed:
      '{count, plural, one {# Einladung konnte} other {# Einladungen konnten}} nicht gesendet werden: Senden Sie sie von der Seite des jeweiligen Kontos erneut.',
    refreshHint: 'Diese Seite wird alle paar Sekunden aktualisiert. Sie können sie verlassen: Der Import läuft weiter.',
    refresh: 'Aktualisieren',
    jobUnknown: 'Dieser Import ist unbekannt oder zu alt oder wurde von einer anderen Person gestartet.',
    refusedLines: 'Abgelehnte Zeilen',
    backToConsole: 'Zurück zur Administration',
    lineReasons: {
      required: 'Angabe fehlt: {field}',
      too_long: 'Angabe zu lang: {field}',
      malformed: 'Angabe ungültig: {field}',
      out_of_scope: 'die Organisation existiert nicht oder wird nicht von Ihnen verwaltet',
      taken: 'Angabe „{field}“ gehört zu einem Konto außerhalb Ihrer Organisationen',
      duplicate: 'Angabe „{field}“ steht bereits in einer früheren Zeile',
      conflict: 'die externe Kennung und die E-Mail-Adresse gehören zu zwei verschiedenen Konten',
      failed: 'die Zeile konnte nicht geschrieben werden; importieren Sie die Datei erneut',
    },
  },
  adminGovernance: {
    nav: 'Bereiche der Administration',
    navSearch: 'Konten',
    navOrganisations: 'Organisationen',
    navAudit: 'Audit',
    rolesTitle: 'Rolle erteilen oder entziehen',
    rolesIntro:
      'Es werden nur die Rollen und Organisationen angeboten, die Sie vergeben dürfen. Der Inhaber wird per E-Mail informiert, und die Änderung wird im Audit protokolliert.',
    role: 'Rolle',
    scope: 'Für die Organisation (und alles darunter)',
    grant: 'Diese Rolle erteilen',
    revoke: 'Entziehen',
    revokeLabel: 'Entziehen: {role}, {organisation}',
    noGrantable: 'Sie können diesem Konto keine Rolle erteilen.',
    granted: 'Die Rolle wurde erteilt; der Inhaber wurde per E-Mail informiert.',
    revoked: 'Die Rolle wurde entzogen; der Inhaber wurde per E-Mail informiert.',
    accountAudit: 'Audit dieses Kontos ansehen',
    organisationsTitle: 'Organisationen',
    organisationsIntro:
      'Die Organisationen, die Sie sehen können, jeweils mit ihrer Art. Das Verschieben einer Organisation verschiebt alles darunter; Sie können nur die Organisationen unterhalb Ihrer eigenen umbenennen oder verschieben.',
    colKind: 'Art',
    colName: 'Name',
    colId: 'Kennung',
    colActions: 'Aktionen',
    rootKind: 'Gesamte Installation',
    createTitle: 'Organisation erstellen',
    parent: 'Innerhalb von',
    newId: 'Kennung',
    newIdHint: 'Kleinbuchstaben, Ziffern und Bindestriche, z. B. ddpp-35. Sie kann später nicht geändert werden.',
    newName: 'Name',
    kind: 'Art',
    create: 'Erstellen',
    created: 'Die Organisation „{name}“ wurde erstellt.',
    renameTitle: '„{name}“ umbenennen',
    rename: 'Umbenennen',
    renamed: 'Die Organisation wurde umbenannt.',
    moveTitle: '„{name}“ verschieben',
    moveTo: 'Neue übergeordnete Organisation',
    move: 'Verschieben',
    moved: 'Die Organisation und alles darunter wurden verschoben.',
    nameRequired: 'Geben Sie den Namen der Organisation ein.',
    nameTooLong: 'Der Name ist zu lang: höchstens {max} Zeichen.',
    idMalformed: 'Die Kennung muss aus Kleinbuchstaben, Ziffern und inneren Bindestrichen bestehen, z. B. ddpp-35.',
    idTaken: 'Diese Kennung wird bereits verwendet. Wählen Sie eine andere.',
    kindUnknown: 'Wählen Sie eine der angebotenen Arten.',
    tooDeep: 'Die Struktur wäre dort zu tief. Wählen Sie eine höher gelegene übergeordnete Organisation.',
    cycle:
      'Eine Organisation kann nicht in sich selbst oder in eine ihrer eigenen Organisationen verschoben werden. Wählen Sie eine andere übergeordnete Organisation.',
    auditTitle: 'Audit',
    auditIntro: 'Sicherheits- und Verwaltungsereignisse zu den Konten von: {organisations}. Nur lesbar.',
    filters: 'Filter',
    filterActor: 'Ausgeführt von (E-Mail-Adresse oder Kennung)',
    filterAccount: 'Betroffenes Konto (E-Mail-Adresse oder Kennung)',
    filterType: 'Ereignis',
    filterOutcome: 'Ergebnis',
    filterFrom: 'Von (Tag eingeschlossen)',
    filterTo: 'Bis (Tag eingeschlossen)',
    filterWithin: 'Organisation',
    any: 'Alle',
    allMine: 'Alle meine Organisationen',
    outcomes: {
      success: 'Erledigt',
      failure: 'Fehlgeschlagen oder abgelehnt',
    },
    search: 'Suchen',
    reset: 'Filter zurücksetzen',
    toBeforeFrom: 'Das Enddatum muss gleich oder nach dem Startdatum liegen.',
    dateMalformed: 'Geben Sie ein Datum als Jahr-Monat-Tag ein, z. B. 2026-12-07.',
    results: 'Ereignisse',
    none: 'Kein Ereignis entspricht diesen Filtern.',
    colWhen: 'Wann',
    colWhat: 'Was',
    colOutcome: 'Ergebnis',
    colActor: 'Ausgeführt von',
    colAccount: 'Konto',
    colFrom: 'Von',
    colDetails: 'Details',
    self: 'das Konto selbst',
    system: 'Sésame',
    next: 'Ältere Ereignisse',
    first: 'Neueste Ereignisse',
    exportTitle: 'Export',
    exportIntro:
      'Alle Ereignisse, die den Filtern entsprechen, die neuesten zuerst. Der Export wird im Audit protokolliert.',
    exportCsv: 'Als CSV exportieren',
    exportJsonl: 'Als JSON Lines exportieren',
  },
};
