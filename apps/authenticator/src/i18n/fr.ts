import type { Messages } from './en';

/** Catalogue français : typé contre `en.ts`, aucune clé ne peut manquer. */
export const fr: Messages = {
  meta: { language: 'Langue', lang: 'fr' },
  app: { name: 'Sésame' },
  welcome: {
    title: 'Bienvenue dans l’application Sésame',
    intro:
      'L’application Sésame confirme vos connexions sur votre ordinateur. Pour commencer, initialisez l’application, puis ajoutez votre compte en scannant le code QR affiché sur le portail.',
    initialize: 'Initialiser',
    initializing: 'Initialisation…',
    ready: 'L’application est initialisée.',
    permissionsIntro:
      'L’application a besoin de l’appareil photo pour scanner le code QR, et des notifications pour vous prévenir quand une connexion attend votre confirmation.',
    continue: 'Continuer',
    askingPermissions: 'Demande des autorisations…',
    cameraRefused:
      'L’appareil photo n’est pas autorisé. Autorisez-le pour cette application dans les réglages du navigateur, puis appuyez à nouveau sur Continuer.',
    notificationsRefused:
      'Les notifications ne sont pas autorisées. L’application ne vous préviendra pas des demandes de connexion : ouvrez-la à chaque connexion pour les voir.',
    notificationsUnavailable:
      'Ce navigateur ne peut pas afficher de notifications. Ouvrez l’application à chaque connexion pour voir les demandes.',
  },
  scan: {
    title: 'Scannez le code QR',
    intro:
      'Sur votre ordinateur, connectez-vous au portail, puis Mon compte → Ajouter un appareil mobile. Pointez l’appareil photo vers le code QR affiché.',
    starting: 'Démarrage de l’appareil photo…',
    scanning: 'Recherche d’un code QR…',
    cameraRefused: 'L’appareil photo n’est pas autorisé. Autorisez-le dans les réglages du navigateur, puis réessayez.',
    cameraUnavailable: 'Aucun appareil photo n’est utilisable sur cet appareil.',
    retry: 'Réessayer',
    notEnrolment:
      'Ce n’est pas un code QR Sésame d’ajout d’appareil. Scannez le code QR de la page « Ajouter un appareil mobile ».',
    signInQr:
      'Ce code QR sert à se connecter, pas à ajouter un appareil. Scannez le code QR de la page « Ajouter un appareil mobile ».',
    expired: 'Ce code QR a expiré. Ajoutez à nouveau l’appareil sur le portail pour obtenir un nouveau code QR.',
    otherServer: 'Ce code QR est destiné à un autre serveur Sésame ({server}). Ouvrez l’application de ce serveur.',
    cancel: 'Annuler',
  },
  pin: {
    title: 'Indiquez votre code PIN',
    connected:
      'L’app est reliée au compte de {account}. Pour terminer l’enregistrement de votre appareil, saisissez votre code PIN à 4 chiffres.',
    label: 'Code PIN à 4 chiffres',
    hint: 'Le code PIN choisi sur le portail pour cet appareil.',
    padLabel: 'Clavier',
    erase: 'Effacer',
    checkedAtLastDigit: 'L’application vérifie le code dès que vous tapez le 4ᵉ chiffre.',
    incomplete: 'Saisissez les 4 chiffres de votre code PIN.',
  },
  enrol: {
    registering: 'Enregistrement de votre appareil…',
    acceptTitle: 'Acceptez votre appareil',
    almostRegistered: 'Votre appareil {name} est presque enregistré : acceptez-le pour terminer.',
    acceptIntro: 'En l’acceptant, vous confirmez que ce téléphone validera les connexions du compte de {account}.',
    accept: 'Accepter',
    accepting: 'Acceptation de votre appareil…',
    acceptExpired: 'Le délai pour accepter l’appareil est dépassé. Ajoutez à nouveau l’appareil sur le portail.',
    registered: 'Votre appareil {name} est enregistré.',
    pinRejected: 'Ce n’est pas le code PIN choisi sur le portail. Réessayez.',
    pinRejectedTries:
      'Ce n’est pas le code PIN choisi sur le portail. Réessayez ({count, plural, one {# essai restant} many {# d’essais restants} other {# essais restants}}).',
    pinCancelled:
      'Ce n’est pas le code PIN choisi sur le portail, et il ne reste aucun essai : l’enregistrement est annulé. Ajoutez à nouveau l’appareil sur le portail.',
    alreadyHere: 'Ce compte est déjà enregistré dans cette application.',
    oneAccount:
      'Cette application est déjà enregistrée pour un autre compte. Un appareil, un compte : supprimez-la d’abord de l’autre compte, ou scannez ce code QR avec un autre téléphone : il reste valable jusqu’à son expiration.',
    qrSpent:
      'Ce code QR a expiré ou a déjà servi. Ajoutez à nouveau l’appareil sur le portail pour obtenir un nouveau code.',
    pinExpired: 'Le délai pour saisir le code PIN est dépassé. Ajoutez à nouveau l’appareil sur le portail.',
    network: 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
    failed: 'L’enregistrement a échoué. Ajoutez à nouveau l’appareil sur le portail et scannez le nouveau code QR.',
    scanAgain: 'Scanner un code QR',
  },
  home: {
    title: 'Sésame',
    account: 'Compte',
    device: 'Appareil',
    enrolledAt: 'Enregistré le',
    chooseAccount: 'Compte affiché',
    check: 'Vérifier les demandes',
    checking: 'Vérification…',
    none: 'Aucune demande de connexion en attente.',
    addAccount: 'Ajouter un compte',
    offline: 'Le serveur est injoignable. Les demandes s’afficheront au retour de la connexion.',
    blocked:
      'Cet appareil est bloqué un moment après trop de réponses erronées. Réessayez plus tard : une bonne réponse met fin au blocage.',
    unknownDevice:
      'Cet appareil n’est plus enregistré sur le serveur. Ajoutez-le à nouveau depuis Mon compte sur le portail.',
    notEnrolled: 'Aucun compte pour l’instant.',
    scanQr: 'Scanner un code QR',
    offlineQr: 'Sans réseau, connectez-vous avec « App Sésame avec code QR » : touchez « Scanner un code QR ».',
    notificationsOff:
      'Les notifications sont désactivées : une demande de connexion ne s’affiche ici que lorsque l’app est ouverte. Pour les activer, autorisez les notifications pour cette app (dans les réglages de votre navigateur pour ce site), puis rouvrez l’app : elle les active dès que le téléphone peut joindre son service de notifications.',
  },
  pending: {
    title: 'Demande de connexion',
    intro: 'Quelqu’un se connecte avec votre compte. Vérifiez qu’il s’agit bien de vous.',
    forAccount: 'Compte',
    relyingApp: 'Application',
    browser: 'Navigateur',
    ip: 'Adresse IP',
    place: 'Lieu',
    time: 'Heure',
    validity: 'Valable encore',
    remaining: '{minutes} min {seconds} s',
    expiredNow: 'expirée',
    others:
      '{count, plural, one {# autre demande en attente.} many {# d’autres demandes en attente.} other {# autres demandes en attente.}}',
    pickNumber: 'Choisissez le nombre affiché dans votre navigateur',
    pinIntro: 'Saisissez votre code PIN à 4 chiffres pour confirmer la connexion.',
    picked: 'Nombre choisi : {number}',
    changeNumber: 'Changer de nombre',
    deny: 'Refuser',
    notMe: 'Ce n’était pas moi',
    reportQuestion:
      'Signaler cette demande ? Elle est refusée et l’équipe de sécurité est alertée. Quelqu’un connaît peut-être votre mot de passe.',
    reportConfirm: 'Oui, la signaler',
    cancel: 'Annuler',
    sending: 'Envoi de votre réponse…',
    approved: 'Connexion approuvée.',
    denied: 'Connexion refusée.',
    reported:
      'La demande est refusée et signalée. Quelqu’un connaît votre mot de passe : changez-le dès maintenant sur le portail (Mon compte).',
    wrong:
      'Code PIN ou nombre erroné. Après 5 mauvaises réponses de suite, l’appareil est bloqué un moment, plus longtemps à chaque fois.',
    tryAgain: 'Réessayer',
    blocked:
      'Cet appareil est bloqué un moment après trop de réponses erronées. Réessayez plus tard : une bonne réponse met fin au blocage.',
    gone: 'Cette demande n’est plus en attente : elle a reçu une réponse, a été retirée ou a expiré.',
    expired: 'Cette demande a expiré. Connectez-vous à nouveau sur votre ordinateur.',
    network: 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
    failed: 'La réponse n’a pas pu être envoyée. Réessayez.',
    none: 'Aucune demande de connexion en attente.',
    back: 'Retour',
    onMobileIntro:
      'Vous avez commencé cette connexion sur ce téléphone. Vérifiez la demande, puis saisissez votre code PIN à 4 chiffres.',
    onMobileApproved: 'Connexion confirmée. Revenez à votre navigateur : la connexion continue d’elle-même.',
  },
  code: {
    scanTitle: 'Scanner un code QR',
    scanIntro:
      'Sur votre ordinateur, choisissez « App Sésame avec code QR » à la connexion, puis visez avec l’appareil photo le code QR affiché. Cela fonctionne sans réseau.',
    checking: 'Vérification du code QR…',
    askTitle: 'Demande de connexion',
    asks: '{app} demande une connexion au compte {account}.',
    pinIntro:
      'Si c’est vous qui vous connectez sur votre ordinateur, saisissez votre code PIN à 4 chiffres pour obtenir le code à y taper.',
    computing: 'Calcul du code…',
    codeTitle: 'Votre code de connexion',
    typeIt: 'Sur votre ordinateur, tapez ce code dans le champ « Code affiché par l’app », puis « Se connecter ».',
    validFor: 'Valable encore {time}',
    remaining: '{minutes} min {seconds} s',
    expired: 'Expiré — scannez un nouveau code QR.',
    wrongPinNote:
      'Un code PIN erroné donne un code erroné : votre ordinateur indique alors que le code n’est pas le bon.',
    done: 'Terminé',
    scanAgain: 'Scanner un nouveau code QR',
    cancel: 'Annuler',
    forged: 'Ce code QR n’a pas été créé par votre serveur Sésame. Ne tapez aucun code qui en vient.',
    challengeExpired: 'Ce code QR a expiré. Sur votre ordinateur, affichez un nouveau code QR, puis scannez-le.',
    notYetValid: 'Ce code QR n’est pas encore valable. Vérifiez la date et l’heure de ce téléphone.',
    notEnrolled: 'Ce code QR est pour le compte {account}, qui n’est pas enregistré dans cette application.',
    enrolmentQr:
      'Ce code QR sert à ajouter un appareil, pas à se connecter. Pour ajouter un compte, revenez en arrière et touchez « Ajouter un compte ».',
    notSignInQr:
      'Ce n’est pas un code QR de connexion Sésame. Scannez le code QR affiché sur la page de connexion de votre ordinateur.',
    failed: 'Le code n’a pas pu être calculé. Scannez de nouveau le code QR.',
  },
  /** Issue 11, point 2 : le code QR refusé dès le scan, avant tout code PIN (un téléphone, une personne). */
  refusal: {
    checking: 'Vérification du code QR…',
    otherTitle: 'Ce téléphone sert déjà à quelqu’un d’autre',
    otherAccount:
      'Ce téléphone confirme déjà les connexions du compte {account}. Un téléphone ne sert qu’à une seule personne : ce code QR est refusé, et la page du portail sur l’ordinateur l’indique.',
    otherAccountNext:
      'Ajoutez l’appareil avec un autre téléphone : sur l’ordinateur, choisissez « Ajouter un appareil mobile avec un autre téléphone » et scannez le nouveau code QR avec cet autre téléphone. Si ce téléphone doit plutôt vous servir, le titulaire de {account} le supprime d’abord dans « Gérer mes appareils mobiles ».',
    sameTitle: 'Ce téléphone est déjà enregistré',
    sameAccount:
      'Ce téléphone est déjà enregistré pour votre compte {account} : il n’y a rien à ajouter. Le code QR affiché sur l’ordinateur ne peut plus servir.',
    sameAccountNext:
      'Pour ajouter un autre téléphone, ajoutez de nouveau un appareil mobile sur l’ordinateur et scannez le nouveau code QR avec cet autre téléphone.',
    scanAnother: 'Scanner un autre code QR',
    done: 'Retour',
  },
};
