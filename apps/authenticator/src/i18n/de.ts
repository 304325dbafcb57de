import type { Messages } from './en';

/**
 * German catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const de: Messages = {
  meta: {
    language: 'Sprache',
    lang: 'de',
  },
  app: {
    name: 'Sésame',
  },
  welcome: {
    title: 'Willkommen in der Sésame-App',
    intro:
      'Die Sésame-App bestätigt Ihre Anmeldungen an Ihrem Computer. Initialisieren Sie zuerst die App und fügen Sie dann Ihr Konto hinzu, indem Sie den im Portal angezeigten QR-Code scannen.',
    initialize: 'Initialisieren',
    initializing: 'Wird initialisiert…',
    ready: 'Die App ist initialisiert.',
    permissionsIntro:
      'Die App benötigt Ihre Kamera, um den QR-Code zu scannen, und Benachrichtigungen, um Ihnen mitzuteilen, wenn eine Anmeldung auf Ihre Bestätigung wartet.',
    continue: 'Weiter',
    askingPermissions: 'Berechtigungen werden angefragt…',
    cameraRefused:
      'Die Kamera ist nicht erlaubt. Erlauben Sie die Kamera für diese App in den Einstellungen Ihres Browsers und tippen Sie dann erneut auf Weiter.',
    notificationsRefused:
      'Benachrichtigungen sind nicht erlaubt. Die App informiert Sie nicht über Anmeldeanfragen: Öffnen Sie sie bei jeder Anmeldung, um die Anfragen zu sehen.',
    notificationsUnavailable:
      'Dieser Browser kann keine Benachrichtigungen anzeigen. Öffnen Sie die App bei jeder Anmeldung, um die Anfragen zu sehen.',
  },
  scan: {
    title: 'QR-Code scannen',
    intro:
      'Melden Sie sich an Ihrem Computer im Portal an und wählen Sie dann Mein Konto → Mobilgerät hinzufügen. Richten Sie die Kamera auf den angezeigten QR-Code.',
    starting: 'Kamera wird gestartet…',
    scanning: 'QR-Code wird gesucht…',
    cameraRefused:
      'Die Kamera ist nicht erlaubt. Erlauben Sie sie in den Einstellungen Ihres Browsers und versuchen Sie es erneut.',
    cameraUnavailable: 'Auf diesem Gerät kann keine Kamera verwendet werden.',
    retry: 'Erneut versuchen',
    notEnrolment:
      'Dies ist kein Sésame-QR-Code zum Hinzufügen eines Geräts. Scannen Sie den QR-Code der Seite „Mobilgerät hinzufügen“.',
    signInQr:
      'Dieser QR-Code dient der Anmeldung, nicht dem Hinzufügen eines Geräts. Scannen Sie den QR-Code der Seite „Mobilgerät hinzufügen“.',
    expired:
      'Dieser QR-Code ist abgelaufen. Fügen Sie das Gerät im Portal erneut hinzu, um einen neuen QR-Code zu erhalten.',
    otherServer: 'Dieser QR-Code gehört zu einem anderen Sésame-Server ({server}). Öffnen Sie die App dieses Servers.',
    cancel: 'Abbrechen',
  },
  pin: {
    title: 'Geben Sie Ihren PIN-Code ein',
    connected:
      'Sie sind mit dem Konto von {account} verbunden. Geben Sie Ihre 4-stellige PIN ein, um die Registrierung Ihres Geräts abzuschließen.',
    label: '4-stelliger PIN-Code',
    hint: 'Der PIN-Code, den Sie im Portal für dieses Gerät gewählt haben.',
    padLabel: 'Tastenfeld',
    erase: 'Löschen',
    checkedAtLastDigit: 'Die App prüft den Code, sobald Sie die 4. Ziffer eingeben.',
    incomplete: 'Geben Sie die 4 Ziffern Ihres PIN-Codes ein.',
  },
  enrol: {
    registering: 'Ihr Gerät wird registriert…',
    acceptTitle: 'Gerät akzeptieren',
    almostRegistered: 'Ihr Gerät {name} ist fast registriert: Akzeptieren Sie es, um den Vorgang abzuschließen.',
    acceptIntro:
      'Mit dem Akzeptieren bestätigen Sie, dass dieses Telefon die Anmeldungen des Kontos von {account} bestätigt.',
    accept: 'Akzeptieren',
    accepting: 'Ihr Gerät wird akzeptiert…',
    acceptExpired: 'Die Zeit zum Akzeptieren des Geräts ist abgelaufen. Fügen Sie das Gerät im Portal erneut hinzu.',
    registered: 'Ihr Gerät {name} ist registriert.',
    pinRejected: 'Dies ist nicht der im Portal gewählte PIN-Code. Versuchen Sie es erneut.',
    pinRejectedTries:
      'Dies ist nicht der im Portal gewählte PIN-Code. Versuchen Sie es erneut ({count, plural, one {noch # Versuch} other {noch # Versuche}}).',
    pinCancelled:
      'Dies ist nicht der im Portal gewählte PIN-Code, und es sind keine Versuche mehr übrig: Die Registrierung wird abgebrochen. Fügen Sie das Gerät im Portal erneut hinzu.',
    alreadyHere: 'Dieses Konto ist in dieser App bereits registriert.',
    oneAccount:
      'Diese App ist bereits für ein anderes Konto registriert. Ein Gerät, ein Konto: Löschen Sie es zuerst aus dem anderen Konto oder scannen Sie diesen QR-Code mit einem anderen Telefon – er bleibt gültig, bis er abläuft.',
    qrSpent:
      'Dieser QR-Code ist abgelaufen oder wurde bereits verwendet. Fügen Sie das Gerät im Portal erneut hinzu, um einen neuen zu erhalten.',
    pinExpired: 'Die Zeit zur Eingabe des PIN-Codes ist abgelaufen. Fügen Sie das Gerät im Portal erneut hinzu.',
    network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    failed:
      'Die Registrierung ist fehlgeschlagen. Fügen Sie das Gerät im Portal erneut hinzu und scannen Sie den neuen QR-Code.',
    scanAgain: 'QR-Code scannen',
  },
  home: {
    title: 'Sésame',
    account: 'Konto',
    device: 'Gerät',
    enrolledAt: 'Registriert am',
    chooseAccount: 'Angezeigtes Konto',
    check: 'Nach Anfragen suchen',
    checking: 'Wird geprüft…',
    none: 'Keine Anmeldeanfrage wartet.',
    addAccount: 'Konto hinzufügen',
    offline: 'Der Server ist nicht erreichbar. Anfragen werden angezeigt, sobald die Verbindung wiederhergestellt ist.',
    blocked:
      'Dieses Gerät ist nach zu vielen falschen Antworten vorübergehend gesperrt. Versuchen Sie es später erneut: Eine richtige Antwort beendet die Sperre.',
    unknownDevice:
      'Dieses Gerät ist auf dem Server nicht mehr registriert. Fügen Sie es im Portal unter Mein Konto erneut hinzu.',
    notEnrolled: 'Noch kein Konto.',
    scanQr: 'QR-Code scannen',
    offlineQr: 'Ohne Netz melden Sie sich mit „Sésame-App mit QR-Code“ an: Tippen Sie auf „QR-Code scannen“.',
    notificationsOff:
      'Benachrichtigungen sind ausgeschaltet: Eine Anmeldeanfrage erscheint hier nur, solange diese App geöffnet ist. Um sie einzuschalten, erlauben Sie Benachrichtigungen für diese App (in den Einstellungen Ihres Browsers für diese Website) und öffnen Sie die App dann erneut: Sie schaltet sie ein, sobald das Telefon seinen Benachrichtigungsdienst erreichen kann.',
  },
  pending: {
    title: 'Anmeldeanfrage',
    intro: 'Jemand meldet sich mit Ihrem Konto an. Prüfen Sie, ob Sie es sind.',
    forAccount: 'Konto',
    relyingApp: 'Anwendung',
    browser: 'Browser',
    ip: 'IP-Adresse',
    place: 'Ort',
    time: 'Uhrzeit',
    validity: 'Gültig für',
    remaining: '{minutes} Min. {seconds} Sek.',
    expiredNow: 'abgelaufen',
    others: '{count, plural, one {# weitere Anfrage wartet.} other {# weitere Anfragen warten.}}',
    pickNumber: 'Wählen Sie die Zahl, die in Ihrem Browser angezeigt wird',
    pinIntro: 'Geben Sie Ihren 4-stelligen PIN-Code ein, um die Anmeldung zu bestätigen.',
    picked: 'Gewählte Zahl: {number}',
    changeNumber: 'Zahl ändern',
    deny: 'Ablehnen',
    notMe: 'Das war ich nicht',
    reportQuestion:
      'Diese Anfrage melden? Sie wird abgelehnt und das Sicherheitsteam wird benachrichtigt. Möglicherweise kennt jemand Ihr Passwort.',
    reportConfirm: 'Ja, melden',
    cancel: 'Abbrechen',
    sending: 'Ihre Antwort wird gesendet…',
    approved: 'Anmeldung genehmigt.',
    denied: 'Anmeldung abgelehnt.',
    reported:
      'Die Anfrage wurde abgelehnt und gemeldet. Jemand kennt Ihr Passwort: Ändern Sie es jetzt im Portal (Mein Konto).',
    wrong:
      'Falsche PIN oder falsche Zahl. Nach 5 falschen Antworten in Folge wird das Gerät vorübergehend gesperrt, jedes Mal länger.',
    tryAgain: 'Erneut versuchen',
    blocked:
      'Dieses Gerät ist nach zu vielen falschen Antworten vorübergehend gesperrt. Versuchen Sie es später erneut: Eine richtige Antwort beendet die Sperre.',
    gone: 'Diese Anfrage wartet nicht mehr: Sie wurde beantwortet, zurückgezogen oder ist abgelaufen.',
    expired: 'Diese Anfrage ist abgelaufen. Melden Sie sich an Ihrem Computer erneut an.',
    network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    failed: 'Die Antwort konnte nicht gesendet werden. Versuchen Sie es erneut.',
    none: 'Keine Anmeldeanfrage wartet.',
    back: 'Zurück',
    onMobileIntro:
      'Sie haben diese Anmeldung auf diesem Telefon begonnen. Prüfen Sie die Anfrage und geben Sie dann Ihren 4-stelligen PIN-Code ein.',
    onMobileApproved:
      'Anmeldung bestätigt. Kehren Sie zu Ihrem Browser zurück: Die Anmeldung wird automatisch fortgesetzt.',
  },
  code: {
    scanTitle: 'QR-Code scannen',
    scanIntro:
      'Wählen Sie bei der Anmeldung an Ihrem Computer „Sésame-App mit QR-Code“ und richten Sie dann die Kamera auf den angezeigten QR-Code. Dies funktioniert ohne Netz.',
    checking: 'QR-Code wird geprüft…',
    askTitle: 'Anmeldeanfrage',
    asks: '{app} möchte Sie als {account} anmelden.',
    pinIntro:
      'Wenn Sie sich gerade an Ihrem Computer anmelden, geben Sie Ihren 4-stelligen PIN-Code ein, um den Code zu erhalten, den Sie dort eingeben.',
    computing: 'Code wird berechnet…',
    codeTitle: 'Ihr Anmeldecode',
    typeIt:
      'Geben Sie diesen Code an Ihrem Computer in das Feld „Von der App angezeigter Code“ ein und klicken Sie dann auf „Anmelden“.',
    validFor: 'Gültig für {time}',
    remaining: '{minutes} Min. {seconds} Sek.',
    expired: 'Abgelaufen – scannen Sie einen neuen QR-Code.',
    wrongPinNote: 'Eine falsche PIN ergibt einen falschen Code: Ihr Computer meldet dann, dass der Code nicht stimmt.',
    done: 'Fertig',
    scanAgain: 'Neuen QR-Code scannen',
    cancel: 'Abbrechen',
    forged: 'Dieser QR-Code stammt nicht von Ihrem Sésame-Server. Geben Sie keinen daraus erzeugten Code ein.',
    challengeExpired:
      'Dieser QR-Code ist abgelaufen. Lassen Sie an Ihrem Computer einen neuen QR-Code anzeigen und scannen Sie ihn.',
    notYetValid: 'Dieser QR-Code ist noch nicht gültig. Prüfen Sie Datum und Uhrzeit dieses Telefons.',
    notEnrolled: 'Dieser QR-Code gehört zum Konto {account}, das in dieser App nicht registriert ist.',
    enrolmentQr:
      'Dieser QR-Code dient dem Hinzufügen eines Geräts, nicht der Anmeldung. Um ein Konto hinzuzufügen, gehen Sie zurück und tippen Sie auf „Konto hinzufügen“.',
    notSignInQr:
      'Dies ist kein Sésame-Anmelde-QR-Code. Scannen Sie den QR-Code, der auf der Anmeldeseite Ihres Computers angezeigt wird.',
    failed: 'Der Code konnte nicht berechnet werden. Scannen Sie den QR-Code erneut.',
  },
  refusal: {
    checking: 'QR-Code wird geprüft…',
    otherTitle: 'Dieses Telefon wird bereits von einer anderen Person verwendet',
    otherAccount:
      'Dieses Telefon bestätigt bereits die Anmeldungen des Kontos {account}. Ein Telefon dient einer Person: Dieser QR-Code wird abgelehnt, und die Portalseite auf dem Computer zeigt dies an.',
    otherAccountNext:
      'Fügen Sie das Gerät mit einem anderen Telefon hinzu: Wählen Sie am Computer „Mobilgerät mit einem anderen Telefon hinzufügen“ und scannen Sie den neuen QR-Code mit diesem Telefon. Soll stattdessen dieses Telefon für Sie verwendet werden, löscht der Inhaber von {account} es zuerst unter „Meine Mobilgeräte verwalten“.',
    sameTitle: 'Dieses Telefon ist bereits registriert',
    sameAccount:
      'Dieses Telefon ist bereits für Ihr Konto {account} registriert: Es gibt nichts hinzuzufügen. Der QR-Code auf dem Computer kann nicht mehr verwendet werden.',
    sameAccountNext:
      'Um ein weiteres Telefon hinzuzufügen, fügen Sie am Computer erneut ein Mobilgerät hinzu und scannen Sie den neuen QR-Code mit diesem Telefon.',
    scanAnother: 'Anderen QR-Code scannen',
    done: 'Zurück',
  },
};
