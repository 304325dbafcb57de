import type { Messages } from './en';

/** Catalogue français : typé contre `en.ts`, aucune clé ne peut manquer. */
export const fr: Messages = {
  meta: { language: 'Langue' },
  layout: {
    skipToContent: 'Aller au contenu principal',
    tagline: 'Connexion sécurisée',
    footer: 'Sésame — fournisseur d’identité libre',
    signedInAs: 'Session : {name}',
    myAccount: 'Mon compte',
    signOut: 'Se déconnecter',
    errorSummaryTitle: 'Il y a un problème',
    errorTitle: 'Erreur : {title}',
    navLabel: 'Compte et langue',
  },
  fields: {
    email: 'Adresse électronique',
    emailConfirm: 'Confirmez l’adresse électronique',
    firstName: 'Prénom',
    lastName: 'Nom',
    emailLocale: 'Langue des courriels',
    emailLocaleHint: 'La langue des courriels que Sésame vous envoie, et de ses pages une fois que vous êtes connecté.',
    privacyAccepted: 'J’ai lu et j’accepte la déclaration de confidentialité',
    password: 'Mot de passe',
    passwordConfirm: 'Confirmez le mot de passe',
    currentPassword: 'Mot de passe actuel',
    newPassword: 'Nouveau mot de passe',
    newPasswordConfirm: 'Confirmez le nouveau mot de passe',
    newEmail: 'Nouvelle adresse électronique',
    showPassword: 'Afficher le mot de passe',
    hidePassword: 'Masquer le mot de passe',
    showButton: 'Afficher',
    hideButton: 'Masquer',
    passwordHint:
      'Au moins {min, plural, one {# caractère} many {# de caractères} other {# caractères}}. Espaces et tous caractères sont acceptés : une phrase dont vous vous souvenez est un bon mot de passe. Les mots de passe courants sont refusés.',
  },
  reasons: {
    required: 'Saisissez votre {field}.',
    too_long: 'Le champ « {field} » est trop long.',
    malformed: 'Le champ « {field} » n’est pas valide. Vérifiez-le et réessayez.',
    mismatch: 'Le champ « {field} » ne correspond pas.',
    too_short:
      'Le mot de passe doit comporter au moins {min, plural, one {# caractère} many {# de caractères} other {# caractères}}.',
    common:
      'Ce mot de passe est trop courant : n’importe qui pourrait le deviner. Choisissez-en un autre, par exemple une courte phrase.',
    contextual:
      'Ce mot de passe contient votre nom, votre adresse électronique ou le nom du service. Choisissez-en un autre.',
    not_accepted: 'Vous devez accepter la déclaration de confidentialité pour créer un compte.',
    unknown: 'Choisissez le champ « {field} » parmi les valeurs proposées.',
    taken: 'Ce champ « {field} » est déjà utilisé. Choisissez-en un autre.',
    too_deep: 'L’arborescence des organisations serait trop profonde à cet endroit. Choisissez un parent plus haut.',
    cycle:
      'Une organisation ne peut pas être déplacée sous elle-même ni sous l’une de ses propres organisations. Choisissez un autre parent.',
  },
  fieldNames: {
    organisationId: 'organisation',
    externalId: 'identifiant externe',
    confirmEmail: 'adresse électronique du compte',
    file: 'fichier',
    code: 'code',
    name: 'nom de l’appareil',
    method: 'méthode de vérification',
    pin: 'code PIN',
    pinConfirm: 'confirmation du code PIN',
    email: 'adresse électronique',
    emailConfirm: 'confirmation de l’adresse électronique',
    firstName: 'prénom',
    lastName: 'nom',
    emailLocale: 'langue des courriels',
    privacyAccepted: 'déclaration de confidentialité',
    password: 'mot de passe',
    passwordConfirm: 'confirmation du mot de passe',
    currentPassword: 'mot de passe actuel',
    newPassword: 'nouveau mot de passe',
    newPasswordConfirm: 'confirmation du nouveau mot de passe',
    newEmail: 'nouvelle adresse électronique',
    phone: 'numéro de téléphone mobile',
  },
  errors: {
    INVALID_CREDENTIALS: 'L’adresse électronique ou le mot de passe est incorrect. Vérifiez-les et réessayez.',
    ACCOUNT_LOCKED:
      'Trop de tentatives infructueuses : ce compte est verrouillé pendant {minutes, plural, one {# minute} many {# de minutes} other {# minutes}}. Patientez, ou réinitialisez votre mot de passe avec « Mot de passe oublié ? ».',
    TOO_MANY_REQUESTS:
      'Trop de tentatives depuis votre réseau. Patientez {minutes, plural, one {# minute} many {# de minutes} other {# minutes}}, puis réessayez.',
    LINK_INVALID:
      'Ce lien n’est plus valide : il a expiré ou a déjà été utilisé. Recommencez pour recevoir un nouveau lien.',
    EMAIL_UNAVAILABLE: 'Cette adresse électronique ne peut pas être utilisée. Choisissez-en une autre.',
    EXTERNAL_ID_UNAVAILABLE: 'Cet identifiant externe appartient déjà à un autre compte. Vérifiez-le et réessayez.',
    ACCOUNT_DEACTIVATED:
      'Ce compte a été désactivé par son organisation. Demandez à votre gestionnaire local ou à votre assistance de le réactiver.',
    CSRF_INVALID:
      'Votre formulaire a expiré ou n’a pas été envoyé depuis ce site. Rien n’a été modifié. Rechargez la page et réessayez.',
    SIGN_IN_REQUIRED: 'Connectez-vous pour voir cette page.',
    STORE_UNAVAILABLE: 'Le service est momentanément indisponible. Rien n’a été modifié. Réessayez dans une minute.',
    NOT_FOUND: 'Cette page n’existe pas.',
    BAD_REQUEST:
      'La requête n’a pas pu être comprise. Rien n’a été modifié. Revenez en arrière, rechargez la page et réessayez.',
    INTERNAL: 'Une erreur s’est produite de notre côté. Rien n’a été modifié. Réessayez dans quelques minutes.',
    DEVICE_MESSAGE_INVALID:
      'L’application Sésame a envoyé une requête impossible à vérifier. Mettez l’application à jour puis réessayez.',
    ENROLMENT_INVALID:
      'Ce code QR n’est plus valable : il a expiré ou a déjà été utilisé. Ajoutez de nouveau l’appareil depuis « Gérer mes appareils mobiles ».',
    DEVICE_ALREADY_ENROLLED:
      'Ce téléphone est déjà enregistré pour un autre compte. Retirez-le d’abord de ce compte : un téléphone, un compte.',
    DEVICE_UNAUTHENTICATED:
      'Cet appareil n’est pas reconnu. Enregistrez-le de nouveau depuis « Gérer mes appareils mobiles ».',
    DEVICE_BLOCKED:
      'Cet appareil est bloqué après trop de réponses erronées, jusqu’à {time}. Réessayez ensuite : une bonne réponse met fin au blocage. Si ce n’est pas vous, changez votre mot de passe.',
    SECOND_FACTOR_REQUIRED:
      'Ajouter ou supprimer un appareil mobile demande une confirmation avec l’app Sésame. Connectez-vous avec l’app, ou choisissez « Je n’ai plus mon téléphone ».',
    DEVICE_CHALLENGE_INVALID: 'Cette demande a déjà reçu une réponse ou a été annulée. Rien n’a été modifié.',
    DEVICE_CHALLENGE_EXPIRED: 'Cette demande a expiré. Recommencez depuis la page de connexion.',
    PUSH_LIMIT_REACHED:
      'Trop de demandes ont été envoyées à votre téléphone. Attendez {minutes, plural, one {# minute} many {# de minutes} other {# minutes}} puis réessayez. Si vous ne les avez pas faites, changez votre mot de passe.',
    NO_ACTIVE_DEVICE:
      'Aucun appareil mobile actif n’est enregistré pour ce compte. Choisissez une autre méthode de vérification.',
    DEVICE_SECRET_UNREADABLE:
      'Une erreur s’est produite de notre côté. Rien n’a été modifié. Réessayez dans quelques minutes.',
    SMS_UNAVAILABLE:
      'Le SMS n’a pas pu être envoyé : le service SMS ne répond pas. Réessayez dans quelques minutes, ou choisissez une autre méthode de vérification.',
    SMS_RETIRED:
      'La connexion par SMS n’est plus acceptée ici. Utilisez l’application Sésame : ajoutez-la dans « Gérer mes appareils mobiles » après vous être connecté autrement.',
    SMS_COUNTRY_NOT_ACCEPTED:
      'Sésame n’envoie pas de SMS à ce numéro. Pays acceptés : {countries}. Utilisez plutôt l’application Sésame (« Gérer mes appareils mobiles ») ou une clé de sécurité.',
    SMS_LIMIT_REACHED:
      'Sésame ne peut plus envoyer de SMS pour le moment : rien n’a été envoyé. Utilisez plutôt l’application Sésame ou une clé de sécurité, ou réessayez plus tard.',
    EID_UNAVAILABLE:
      'Votre fournisseur d’identité électronique ne répond pas. Réessayez dans quelques minutes, ou connectez-vous avec votre adresse électronique et votre mot de passe.',
    EID_REFUSED:
      'La réponse de votre identité électronique n’a pas pu être vérifiée, ou la demande a expiré. Rien n’a été modifié. Recommencez depuis cette page.',
    EID_NOT_LINKED:
      'Cette identité électronique n’est liée à aucun compte Sésame. Connectez-vous avec votre adresse électronique et votre mot de passe, puis liez-la dans « Mon compte », « Gérer mes eID ».',
    EID_LEVEL_UNKNOWN:
      'Votre fournisseur d’identité électronique n’a pas indiqué un niveau de garantie que ce Sésame accepte : l’eID ne peut pas être utilisée. Connectez-vous avec votre adresse électronique et votre mot de passe.',
    EID_ALREADY_LINKED: 'Cette identité électronique est déjà liée à un compte Sésame. Déliez-la d’abord de ce compte.',
    EID_EMAIL_UNVERIFIED:
      'Votre identité électronique n’a pas donné d’adresse électronique vérifiée : aucun compte Sésame ne peut être créé à partir d’elle ni retrouvé par elle. Connectez-vous avec votre adresse électronique et votre mot de passe (ou créez un compte), puis liez-la dans « Mon compte », « Gérer mes eID ».',
    EID_OTHER_ACCOUNT:
      'Vous êtes connecté à un autre compte que celui de l’adresse électronique de votre identité électronique. Déconnectez-vous, puis connectez-vous de nouveau avec votre eID.',
    EID_NOT_THIS_ACCOUNT:
      'Cette identité électronique n’est pas celle liée à votre compte Sésame : elle ne peut donc pas confirmer cette connexion. Utilisez l’eID que vous avez liée, ou un autre moyen proposé sur cette page.',
    FORBIDDEN:
      'Vous n’êtes pas autorisé à faire ceci : c’est en dehors des organisations et des rôles qui vous ont été confiés. Rien n’a été modifié.',
    confirmRequired: {
      emailConfirm: 'Confirmez votre adresse électronique.',
      passwordConfirm: 'Confirmez votre mot de passe.',
      newPasswordConfirm: 'Confirmez votre nouveau mot de passe.',
    },
    currentPasswordWrong: 'Votre mot de passe actuel est incorrect.',
    accountLockedUntilReset:
      'Trop de tentatives infructueuses à la suite : ce compte est verrouillé jusqu’à la réinitialisation de son mot de passe. Réinitialisez-le avec « Mot de passe oublié ? » (un lien est envoyé par courriel), ou demandez à votre gestionnaire local ou à votre assistance de le déverrouiller. Vous pouvez encore vous connecter depuis un navigateur où vous avez ouvert une session avec votre mot de passe ces 90 derniers jours.',
    sameEmail: 'C’est déjà votre adresse électronique.',
    pageTitle: 'Erreur',
    backHome: 'Retour à la page de connexion',
  },
  signIn: {
    title: 'Se connecter',
    intro: 'Connectez-vous avec votre compte Sésame.',
    next: 'Suivant',
    signInButton: 'Se connecter',
    passwordTitle: 'Saisissez votre mot de passe',
    signingInAs: 'Connexion en tant que {email}',
    notYou: 'Utiliser une autre adresse électronique',
    forgot: 'Mot de passe oublié ?',
    noAccount: 'Pas encore de compte ?',
    createAccount: 'Créer un compte',
    methodLabel: 'Choisissez votre méthode de vérification',
    methodPassword: 'Mot de passe',
    methodAppPin: 'App Sésame avec code PIN',
    methodAppQr: 'App Sésame avec code QR',
    methodTotp: 'Code d’une application d’authentification',
    methodRecoveryCode: 'Un code de récupération',
    methodWebauthn: 'Clé de sécurité ou plateforme de confiance',
    methodSms: 'Téléphone mobile + SMS',
    passkeyIntro: 'Ou, sans saisir votre adresse électronique :',
    passkeyButton: 'Se connecter avec une clé d’accès',
    passkeyRefused:
      'Cette clé d’accès n’a pas été acceptée : elle n’est pas enregistrée, ou la demande a expiré. Réessayez, ou saisissez votre adresse électronique.',
    methodHint:
      'Les applications qui demandent deux facteurs en exigent un après le mot de passe : choisissez celui dont vous disposez.',
    methodOnMobile: 'Sur mobile',
    onMobileIntro:
      'Vous êtes sur le téléphone qui porte votre app Sésame ? Confirmez dans l’app au lieu de saisir votre mot de passe.',
    signedOut: 'Votre session est fermée.',
    eidIntro: 'Ou avec votre identité électronique nationale, si vous l’avez liée à votre compte :',
    eidButton: 'Se connecter avec {provider}',
  },
  secondFactor: {
    title: 'Confirmez que c’est bien vous avec votre second facteur',
    body: 'Ajouter ou supprimer un appareil mobile change la protection de votre compte. Votre compte a, ou a eu, une app Sésame : confirmez d’abord avec elle. Un appareil bloqué fonctionne de nouveau à la fin de son blocage.',
    emailBody:
      'Votre adresse électronique vous permet de récupérer votre compte si vous perdez votre téléphone. Votre compte a, ou a eu, une app Sésame : confirmez avec elle avant de changer d’adresse.',
    confirm: 'Confirmer avec mon second facteur',
    lost: 'Téléphone perdu ? Supprimez tous vos appareils (PANIQUE) : c’est confirmé par courriel.',
    // Un compte sans téléphone (docs/adr/0050 §4) : ses codes de récupération, sinon l’assistance.
    lostWithCodes:
      'Clé de sécurité ou application d’authentification perdue ? Lors de la confirmation, après votre mot de passe, choisissez « Je n’ai plus aucune de ces méthodes : utiliser un code de récupération ».',
    lostHelpdesk:
      'Clé de sécurité ou application d’authentification perdue ? Votre assistance peut la retirer après avoir vérifié votre identité ; vous en ajoutez ensuite une nouvelle.',
    noneTitle: 'Un second facteur est d’abord nécessaire',
    noneBody:
      'Cette page demande une connexion avec un second facteur, et votre compte n’en a encore aucun. Ajoutez-en un dans Mon compte — une application d’authentification, une clé de sécurité ou l’app Sésame —, puis revenez ici.',
    goToAccount: 'Ajouter un second facteur dans Mon compte',
    lostAllTitle: 'Votre compte n’a plus de second facteur',
    lostAllBody:
      'Ses appareils mobiles et ses autres seconds facteurs ont été supprimés, par votre assistance après la perte de votre téléphone ou quand tous vos appareils ont été supprimés (PANIQUE) : il ne reste rien pour confirmer. Si votre assistance les a supprimés, ouvrez dans ce navigateur le lien du courriel qu’elle vous a envoyé : vous pourrez alors ajouter tout de suite un nouvel appareil mobile. Sinon, choisissez « Je n’ai plus mon téléphone » : nous vous envoyons un lien, et vous pourrez ajouter un nouvel appareil {hours, plural, one {# heure} many {# d’heures} other {# heures}} après l’avoir ouvert.',
    backToAccount: 'Revenir à Mon compte',
  },
  signInQr: {
    title: 'Scannez le code QR avec l’app Sésame',
    alt: 'Code QR à scanner avec l’app Sésame pour vous connecter',
    stepsTitle: 'Dans l’app Sésame (elle fonctionne sans réseau)',
    steps: [
      'Ouvrez l’app Sésame sur votre appareil mobile et touchez « Scanner un code QR ».',
      'Scannez ce code QR. L’app affiche l’application qui demande la connexion.',
      'Saisissez votre code PIN à 4 chiffres : l’app affiche un code à 8 chiffres.',
      'Tapez ce code ci-dessous, puis « Se connecter ».',
    ],
    expires: 'Ce code QR est valable jusqu’à {time}.',
    codeLabel: 'Code affiché par l’app',
    codeHint: '8 chiffres.',
    newCode: 'Afficher un nouveau code QR',
    wrongCode:
      'Ce code n’est pas le bon. Vérifiez-le dans l’app et saisissez-le de nouveau. Un code PIN erroné dans l’app donne un code erroné : après 5 réponses erronées d’affilée, l’appareil est bloqué un moment, plus longtemps à chaque fois.',
    expired: 'Ce code QR a expiré. Affichez-en un nouveau.',
  },
  signInApp: {
    title: 'Confirmez dans l’app Sésame',
    intro: 'Une demande de connexion a été envoyée à votre appareil mobile : {devices}.',
    numberLabel: 'Nombre à choisir dans l’app',
    steps: [
      'Ouvrez l’app Sésame sur votre appareil mobile. Si la demande n’apparaît pas, touchez « Vérifier les demandes ».',
      'Vérifiez l’application, le navigateur et l’heure de la demande.',
      'Choisissez le nombre affiché sur cette page, puis saisissez votre code PIN à 4 chiffres.',
    ],
    expires: 'La demande est valable jusqu’à {time}.',
    waiting: 'En attente de votre confirmation dans l’app…',
    continue: 'J’ai confirmé dans l’app',
    resend: 'Envoyer une nouvelle demande',
    signInAgain: 'Se reconnecter',
    otherMethod: 'Choisir une autre méthode de vérification',
    notYet: 'La demande n’a pas encore été confirmée dans l’app. Confirmez-la, puis continuez.',
    approved: 'Confirmé dans l’app. Connexion en cours…',
    denied:
      'La demande a été refusée dans l’app. La connexion n’est pas faite. Reconnectez-vous s’il s’agit d’une erreur.',
    reported:
      'Vous avez signalé ne pas être à l’origine de cette demande. La connexion n’est pas faite. Si quelqu’un d’autre connaît votre mot de passe, changez-le tout de suite avec « Mot de passe oublié ? ».',
    failed:
      'Code PIN ou nombre erroné dans l’app. La connexion n’est pas faite. Reconnectez-vous pour envoyer une nouvelle demande : après 5 réponses erronées d’affilée, l’appareil est bloqué un moment, plus longtemps à chaque fois.',
    cancelled:
      'La demande a été annulée : l’appareil a été supprimé ou bloqué. Choisissez une autre méthode de vérification.',
    expired: 'La demande a expiré. Envoyez une nouvelle demande.',
  },
  signInMobile: {
    title: 'Confirmez sur ce téléphone',
    openApp: 'Ouvrir l’app Sésame',
    steps: [
      'Touchez « Ouvrir l’app Sésame » : elle s’ouvre sur la demande.',
      'Vérifiez l’application et l’heure de la demande, puis saisissez votre code PIN à 4 chiffres.',
      'Revenez sur cette page : la connexion continue d’elle-même.',
    ],
    expires: 'La demande est valable jusqu’à {time}.',
    waiting: 'En attente de votre confirmation dans l’app…',
    continue: 'J’ai confirmé dans l’app',
    resend: 'Envoyer une nouvelle demande',
    usePassword: 'Me connecter plutôt avec mon mot de passe',
    signInAgain: 'Se reconnecter',
    notYet: 'La demande n’a pas encore été confirmée dans l’app. Confirmez-la, puis continuez.',
    denied:
      'La demande a été refusée dans l’app. La connexion n’est pas faite. Reconnectez-vous s’il s’agit d’une erreur.',
    reported:
      'Vous avez signalé ne pas être à l’origine de cette demande. La connexion n’est pas faite. Quelqu’un a commencé une connexion avec votre adresse électronique ; votre mot de passe n’a pas servi.',
    failed:
      'Code PIN erroné dans l’app. La connexion n’est pas faite. Reconnectez-vous pour envoyer une nouvelle demande : après 5 réponses erronées d’affilée, l’appareil est bloqué un moment, plus longtemps à chaque fois.',
    cancelled:
      'La demande a été annulée : l’appareil a été supprimé ou bloqué. Connectez-vous avec votre mot de passe.',
    expired: 'La demande a expiré. Envoyez une nouvelle demande.',
  },
  register: {
    title: 'Créer un compte',
    intro:
      'Remplissez le formulaire. Nous vous enverrons un courriel contenant un lien pour choisir votre mot de passe.',
    privacyLink: 'Lire la déclaration de confidentialité',
    submit: 'Créer un compte',
    sentTitle: 'Consultez votre messagerie',
    sent: 'Un courriel est en route vers {email}. Ouvrez le lien qu’il contient dans {minutes, plural, one {la minute} many {les # de minutes} other {les # minutes}} pour choisir votre mot de passe. S’il n’arrive pas, regardez dans vos indésirables.',
  },
  setPassword: {
    title: 'Choisissez votre mot de passe',
    intro: 'Bienvenue {firstName}. Choisissez le mot de passe de votre compte {email}.',
    submit: 'Enregistrer et se connecter',
    done: 'Votre compte est prêt et votre session est ouverte.',
  },
  forgot: {
    title: 'Mot de passe oublié ?',
    intro:
      'Saisissez l’adresse électronique de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.',
    submit: 'M’envoyer un lien',
    sentTitle: 'Consultez votre messagerie',
    sent: 'Si un compte existe pour {email}, un courriel contenant un lien est en route. Le lien est valable {minutes, plural, one {# minute} many {# de minutes} other {# minutes}}.',
  },
  reset: {
    title: 'Choisissez un nouveau mot de passe',
    intro: 'Choisissez un nouveau mot de passe pour {email}.',
    submit: 'Enregistrer le nouveau mot de passe',
    done: 'Votre mot de passe a été modifié. Connectez-vous avec votre nouveau mot de passe.',
  },
  account: {
    title: 'Mon compte',
    details: 'Mes informations',
    userId: 'Identifiant unique',
    name: 'Nom',
    email: 'Adresse électronique',
    languageHint:
      'La langue des pages de Sésame une fois que vous êtes connecté, et des courriels qu’il vous envoie. Pour en changer, choisissez-en une autre dans le menu des langues en haut de la page.',
    organisation: 'Organisation',
    security: 'Sécurité',
    changePassword: 'Modifier le mot de passe',
    changeEmail: 'Modifier l’adresse électronique',
    recentEvents: 'Événements de sécurité récents',
    eventWhen: 'Date',
    eventWhat: 'Événement',
    eventFrom: 'Provenance',
    noEvents: 'Aucun événement pour l’instant.',
    welcome: 'Bienvenue, {firstName}.',
  },
  events: {
    'account.created': 'Compte créé',
    'sign_in.succeeded': 'Connexion',
    'sign_in.failed': 'Échec de connexion',
    'account.locked': 'Compte verrouillé',
    sign_out: 'Déconnexion',
    'password.changed': 'Mot de passe modifié',
    'password.reset': 'Mot de passe réinitialisé par courriel',
    'email.change_requested': 'Changement d’adresse demandé',
    'email.changed': 'Adresse électronique modifiée',
    'device.enrolled': 'Appareil mobile ajouté',
    'device.renamed': 'Appareil mobile renommé',
    'device.deleted': 'Appareil mobile supprimé',
    'device.blocked': 'Appareil mobile bloqué après des réponses erronées',
    'account.recovery_started': 'Récupération du compte commencée (téléphone perdu)',
    'account.recovery_cancelled': 'Récupération du compte annulée',
    'account.recovery_completed': 'Compte récupéré : nouvel appareil mobile ajouté',
    'account.recovery_expedited':
      'Délai d’attente de la récupération levé par l’assistance après vérification d’identité',
    'credential.enrolled': 'Authentificateur ajouté',
    'credential.renamed': 'Authentificateur renommé',
    'credential.deleted': 'Authentificateur supprimé',
    'account.options_changed': 'Options du compte modifiées',
    'account.language_changed': 'Langue du compte modifiée',
    'account.new_browser_mailed': 'Connexion depuis un nouveau navigateur : e-mail envoyé',
    'account.unlocked': 'Compte déverrouillé par l’assistance ou un gestionnaire',
    'account.password_reset_sent':
      'Lien de réinitialisation du mot de passe envoyé par l’assistance ou un gestionnaire',
    'account.second_factor_reset': 'Seconds facteurs supprimés par l’assistance ou un gestionnaire',
    'campaign.reminder_sent': 'Relance pour ajouter un second facteur envoyée par un gestionnaire',
    'campaign.snoozed': 'Ajout du second facteur reporté (« Plus tard »)',
    'campaign.excluded': 'Exclu de la campagne du second facteur par un gestionnaire',
    'campaign.included': 'Inclus de nouveau dans la campagne du second facteur par un gestionnaire',
    'campaign.configured': 'Campagne du second facteur réglée par un gestionnaire',
    'account.invited': 'Compte créé par un gestionnaire (invitation)',
    'account.updated': 'Données du compte modifiées par un gestionnaire ou un import',
    'account.deactivated': 'Compte désactivé par un gestionnaire',
    'account.reactivated': 'Compte réactivé par un gestionnaire',
    'account.deleted': 'Compte effacé par un gestionnaire',
    'account.exported': 'Comptes exportés (CSV)',
    'dashboard.exported': 'Tableau de bord de la migration exporté (CSV)',
    'account.moved': 'Compte déplacé dans une autre organisation',
    'role.granted': 'Rôle d’administration attribué',
    'role.revoked': 'Rôle d’administration retiré',
    'organisation.created': 'Organisation créée',
    'organisation.renamed': 'Organisation renommée',
    'organisation.moved': 'Organisation déplacée',
    'audit.exported': 'Journal d’audit exporté',
    'audit.purged': 'Anciennes entrées du journal supprimées (durée de conservation)',
    'admin.refused': 'Action d’administration refusée',
  },
  changePassword: {
    title: 'Modifier le mot de passe',
    submit: 'Modifier le mot de passe',
    cancel: 'Annuler',
    done: 'Votre mot de passe a été modifié. Vos autres sessions ont été fermées.',
  },
  changeEmail: {
    title: 'Modifier l’adresse électronique',
    intro: 'Nous enverrons un lien à la nouvelle adresse. Votre adresse change lorsque vous l’ouvrez.',
    submit: 'Envoyer le lien de confirmation',
    cancel: 'Annuler',
    sent: 'Un lien de confirmation est en route vers {email}. Ouvrez-le dans {minutes, plural, one {la minute} many {les # de minutes} other {les # minutes}}.',
    done: 'Votre adresse électronique est désormais {email}.',
  },
  /** Issue 10 : blocages temporaires des appareils. */
  blocking: {
    until: 'Bloqué jusqu’à {time}',
    later: 'dans quelques minutes',
    timeLocale: 'fr-FR',
  },
  /** Issue 10 : « Je n’ai plus mon téléphone » (récupération du compte). */
  recovery: {
    link: 'Je n’ai plus mon téléphone',
    requestTitle: 'Je n’ai plus mon téléphone',
    requestIntro:
      'Si vous avez perdu tous les appareils mobiles de votre compte, vous pouvez en ajouter un nouveau après un délai d’attente de {hours, plural, one {# heure} many {# d’heures} other {# heures}}. Nous envoyons un lien à votre adresse électronique ; le délai commence quand vous l’ouvrez. Nous vous prévenons par courriel à chaque étape, pour que vous puissiez l’arrêter si ce n’est pas vous.',
    requestSubmit: 'M’envoyer le lien',
    sentTitle: 'Consultez vos courriels',
    sent: 'Un lien a été envoyé à {email}. Ouvrez-le dans {minutes, plural, one {la minute} many {les # de minutes} other {les # minutes}} pour commencer le délai d’attente.',
    confirmTitle: 'Commencer la récupération de votre compte',
    confirmIntro:
      'Quand vous confirmez, un délai d’attente de {hours, plural, one {# heure} many {# d’heures} other {# heures}} commence. Ensuite, connectez-vous avec votre mot de passe dans ce navigateur et ajoutez un nouvel appareil mobile. Nous vous envoyons tout de suite un courriel, avec un lien pour annuler.',
    confirmSubmit: 'Commencer le délai d’attente',
    startedTitle: 'Le délai d’attente a commencé',
    started:
      'À partir de {time}, connectez-vous avec votre mot de passe dans ce navigateur et ajoutez un nouvel appareil mobile depuis « Gérer mes appareils mobiles ». Connectez-vous ensuite avec ce nouvel appareil.',
    cancelTitle: 'Annuler la récupération de votre compte',
    cancelIntro:
      'Quelqu’un a commencé la récupération de votre compte. Si ce n’est pas vous, annulez-la : aucun nouvel appareil ne pourra être ajouté ainsi. Changez ensuite votre mot de passe : quelqu’un le connaît.',
    cancelSubmit: 'Annuler la récupération',
    cancelledTitle: 'La récupération est annulée',
    cancelled:
      'Aucun nouvel appareil ne peut plus être ajouté par elle. Si vous ne l’avez pas commencée, changez votre mot de passe maintenant.',
    pending:
      'Une récupération de votre compte est en cours : à partir de {time}, vous pourrez ajouter un nouvel appareil mobile.',
    ready:
      'Le délai d’attente de la récupération de votre compte est passé : dans le navigateur où vous avez confirmé le lien, vous pouvez ajouter un nouvel appareil mobile maintenant.',
    changePassword: 'Changer mon mot de passe',
    confirmIntroChecked:
      'Votre assistance a supprimé les seconds facteurs de votre compte et a vérifié que c’est bien vous : il n’y a pas de délai d’attente. Quand vous confirmez, vous pouvez ajouter tout de suite un nouvel appareil mobile dans ce navigateur, connecté avec votre mot de passe. Nous vous envoyons tout de suite un courriel, avec un lien pour annuler.',
    confirmSubmitChecked: 'Confirmer',
    readyTitle: 'Vous pouvez ajouter votre nouvel appareil mobile',
    readyNow:
      'Dans ce navigateur, connecté avec votre mot de passe, ajoutez maintenant votre nouvel appareil mobile. Connectez-vous ensuite avec lui.',
  },
  devices: {
    title: 'Gérer mes appareils mobiles',
    intro:
      'L’app Sésame sur votre téléphone ou votre tablette confirme vos connexions. Ajoutez un appareil, renommez-le, ou supprimez-le si vous le perdez ou changez de téléphone.',
    none: 'Vous n’avez encore aucun appareil mobile.',
    name: 'Nom',
    added: 'Date d’ajout',
    lastUsed: 'Dernière utilisation',
    status: 'État',
    actions: 'Actions',
    never: 'Jamais',
    statuses: { pending: 'En attente de la confirmation du code PIN', active: 'Actif', blocked: 'Bloqué' },
    add: 'Ajouter un appareil mobile',
    rename: 'Renommer',
    renameOf: 'Renommer {name}',
    delete: 'Supprimer',
    deleteOf: 'Supprimer {name}',
    panic: 'Supprimer tous mes appareils et mes eID (PANIQUE)',
    panicHint:
      'Téléphone perdu ou volé ? Supprimez tous vos appareils et déliez vos eID d’un coup : aucun ne pourra plus confirmer ni ouvrir une connexion.',
    back: 'Retour à mes appareils mobiles',
    addedNotice: 'Votre appareil mobile est ajouté. Il peut désormais confirmer vos connexions.',
    renamedNotice: 'L’appareil s’appelle désormais « {name} ».',
    deletedNotice: 'L’appareil est supprimé.',
    panicNotice: 'Tous vos appareils mobiles sont supprimés, et vos eID déliées.',
    form: {
      title: 'Ajouter un appareil mobile',
      intro:
        'Saisissez un nom pour authentifier votre appareil mobile et le code PIN que vous souhaitez utiliser pour cet appareil.',
      name: 'Nom de l’appareil',
      nameHint: 'Sans espace, par exemple Pixel-de-Marie.',
      pin: 'Code PIN à 4 chiffres',
      pinHint: 'Vous devez saisir ce code PIN sur votre appareil mobile pour pouvoir utiliser l’app Sésame.',
      pinConfirm: 'Confirmez votre code PIN',
      submit: 'Soumettre',
      cancel: 'Annuler',
    },
    qr: {
      title: 'Scannez le code QR avec l’app Sésame',
      alt: 'Code QR à scanner avec l’app Sésame pour ajouter l’appareil {name}',
      stepsTitle: 'Dans l’app Sésame',
      steps: [
        'Ouvrez l’app Sésame sur votre appareil mobile et choisissez d’ajouter un compte. Autorisez l’app à accéder à l’appareil photo.',
        'Scannez ce code QR avec l’app.',
        'L’app vous demande le code PIN à 4 chiffres que vous venez de choisir : saisissez-le.',
        'Acceptez l’appareil dans l’app : touchez « Accepter » (ou la notification que l’app vous envoie).',
        'C’est terminé : cette page passe d’elle-même à la suite, et vous recevez un courriel de confirmation.',
      ],
      expires:
        'Ce code QR est valable {minutes, plural, one {# minute} many {# de minutes} other {# minutes}}, jusqu’à {time}. Passé ce délai, ajoutez de nouveau l’appareil.',
      waiting: 'En attente de votre appareil mobile…',
      finished: 'J’ai terminé dans l’app',
      cancel: 'Annuler',
    },
    renameTitle: 'Renommer un appareil mobile',
    renameSubmit: 'Renommer',
    deleteTitle: 'Supprimer un appareil mobile',
    deleteQuestion:
      'Supprimer l’appareil mobile « {name} » ? Il ne confirmera plus vos connexions. Pour l’utiliser de nouveau, il faudra l’ajouter de nouveau.',
    deleteConfirm: 'Oui, supprimer cet appareil',
    panicTitle: 'Supprimer tous mes appareils',
    panicQuestion:
      '{count, plural, =0 {Vous n’avez aucun appareil mobile en ce moment : il n’y a rien à supprimer.} one {Supprimer votre appareil mobile ? Il ne confirmera plus vos connexions. Faites-le s’il est perdu ou volé, puis ajoutez-le de nouveau.} many {Supprimer vos # d’appareils mobiles ? Aucun ne confirmera plus vos connexions. Faites-le si un appareil est perdu ou volé, puis ajoutez de nouveau vos appareils.} other {Supprimer vos # appareils mobiles ? Aucun ne confirmera plus vos connexions. Faites-le si un appareil est perdu ou volé, puis ajoutez de nouveau vos appareils.}}',
    panicConfirm: 'Oui, supprimer tous mes appareils',
    panicSend: 'M’envoyer le lien de confirmation',
    panicSentTitle: 'Consultez votre messagerie',
    panicSent:
      'Un lien de confirmation est en route vers {email}. Ouvrez-le dans {minutes, plural, one {la minute} many {les # de minutes} other {les # minutes}} : vos appareils sont supprimés lorsque vous confirmez.',
    panicLinkQuestion:
      'Supprimer maintenant tous les appareils mobiles de ce compte et délier ses eID ? Aucun ne pourra plus confirmer ni ouvrir de connexion.',
    cancel: 'Annuler',
    fieldReasons: {
      name: {
        required: 'Saisissez un nom d’appareil.',
        malformed:
          'Le nom de l’appareil ne doit pas contenir d’espace : écrivez-le en un mot, par exemple Pixel-de-Marie.',
        too_long: 'Le nom de l’appareil est trop long : 40 caractères au plus.',
      },
      pin: {
        required: 'Saisissez un code PIN à 4 chiffres.',
        malformed: 'Le code PIN ne doit contenir que des chiffres.',
        too_short: 'Le code PIN doit comporter exactement 4 chiffres.',
        too_long: 'Le code PIN doit comporter exactement 4 chiffres.',
        common: 'Ce code PIN est trop facile à deviner (comme 1234 ou 0000). Choisissez-en un autre.',
      },
      pinConfirm: {
        required: 'Confirmez votre code PIN.',
        mismatch: 'Les deux codes PIN sont différents. Saisissez deux fois le même code PIN.',
      },
      phone: {
        required: 'Saisissez votre numéro de téléphone mobile.',
        malformed:
          'Écrivez le numéro en commençant par « + » et l’indicatif du pays, sans points, parenthèses ni tirets, par exemple +33 6 12 34 56 78.',
        not_accepted: 'Ce numéro ne peut pas être ajouté. Vérifiez-le, ou utilisez un autre numéro.',
      },
    },
  },
  outbox: {
    title: 'Boîte d’envoi (développement)',
    intro: 'Les courriels ne sont pas envoyés : SMTP n’est pas configuré. Les voici, du plus récent au plus ancien.',
    empty: 'Aucun courriel pour l’instant.',
    to: 'Destinataire',
    subject: 'Objet',
    date: 'Date',
    // Issue 11, point 7: filter by recipient, JSON.
    filterLabel: 'Filtrer les courriels',
    filterTo: 'Destinataire (adresse exacte)',
    filterSubmit: 'Afficher ses courriels',
    filterClear: 'Afficher tous les courriels',
    emptyFor: 'Aucun courriel pour {to}.',
    json: 'La même liste en JSON',
  },
  privacy: {
    title: 'Déclaration de confidentialité',
    body: [
      'Sésame ne conserve que ce qui est nécessaire pour vous connecter : vos nom et prénom, votre adresse électronique, la langue de votre compte (celle des courriels, et des pages une fois que vous l’avez choisie vous-même, avec la date de ce choix), une empreinte de votre mot de passe (jamais le mot de passe lui-même), les appareils mobiles que vous avez ajoutés et un journal des événements de sécurité (connexions, modifications) avec leur date, leur adresse réseau et leur navigateur.',
      'Ces données servent uniquement à vous authentifier auprès des applications que vous choisissez d’utiliser et à protéger votre compte. Elles ne sont ni vendues ni utilisées à des fins publicitaires.',
    ],
    retentionTitle: 'Durées de conservation',
    retentionAccount:
      'Votre compte (nom, adresse électronique, langue, empreinte du mot de passe, appareils mobiles) : dans la base de données, tant que le compte existe. Pour faire supprimer votre compte, contactez votre assistance.',
    retentionSignIns:
      'Les événements de connexion (connexions, tentatives échouées, déconnexions, avec leur date, leur adresse réseau et leur navigateur) : dans la base de données, {days, plural, one {# jour} many {# de jours} other {# jours}}, puis supprimés.',
    retentionAudit:
      'Les autres événements de sécurité (création du compte, changements de mot de passe, d’adresse électronique, de langue et d’appareils, blocages, récupérations) : dans la base de données, {days, plural, one {# jour} many {# de jours} other {# jours}}, puis supprimés.',
    retentionRegistrations:
      'Une inscription inachevée (vos nom et adresse électronique tant que vous n’avez pas choisi de mot de passe) : uniquement dans la mémoire à courte durée du serveur, jamais dans la base de données ; elle est oubliée {minutes, plural, one {# minute} many {# de minutes} other {# minutes}} après l’envoi du courriel si son lien n’est pas utilisé.',
    retentionPendingCredentials:
      'Une application d’authentification dont vous avez commencé l’ajout sans le confirmer par son premier code (sa clé secrète, chiffrée) : dans la base de données, {hours, plural, one {# heure} many {# d’heures} other {# heures}}, puis supprimée ; vous pouvez recommencer à tout moment.',
    retentionOutbox:
      'Cette installation n’envoie aucun courriel : elle les garde dans une boîte d’envoi de test, dans la base de données, {days, plural, one {# jour} many {# de jours} other {# jours}}, puis les supprime.',
    retentionPurge:
      'La suppression est automatique : le serveur vérifie toutes les heures. Vous pouvez consulter vos événements récents dans « Mon compte ».',
    back: 'Retour',
  },
  levels: { BASIC: 'basique (mot de passe)', MEDIUM: 'moyen (deux facteurs)', HIGH: 'élevé (matériel certifié)' },
  stepUp: {
    title: 'Vérification supplémentaire nécessaire',
    setUp: 'Aller à Mon compte',
    back: 'Revenir à {app} sans se connecter',
    // OpenID Connect : l’application reçoit unmet_authentication_requirements (docs/adr/0043 §3).
    backOidc: 'Je ne peux pas aller plus loin : retour à {app} sans connexion',
  },
  // Issue 11 point 3 (docs/adr/0019) : ce qu’une application demande, et l’étape pour y arriver.
  levelGap: {
    // Ce que l’application accepte après le mot de passe (docs/adr/0050 §2) : {factors} est une liste
    // de factorApp, factorKey et factorTotp, reliés par le « ou » de la langue.
    asksFactors: '{app} demande le niveau d’authentification {level} : votre mot de passe, puis {factors}.',
    asksFactorsOrEid:
      '{app} demande le niveau d’authentification {level} : votre mot de passe, puis {factors} ; ou votre eID ({provider}) seule.',
    factorApp: 'l’app Sésame',
    factorKey: 'une clé de sécurité',
    factorTotp: 'une application d’authentification',
    asksLevel: '{app} demande le niveau d’authentification {level}.',
    confirmBody: 'Confirmez avec l’app Sésame sur votre téléphone : vous ne retaperez pas votre mot de passe.',
    confirm: 'Confirmer avec l’app Sésame',
    codeBody:
      'Confirmez-la avec un code de votre application d’authentification : saisissez le code qu’elle affiche, sans saisir de nouveau votre mot de passe.',
    confirmCode: 'Confirmer avec mon application d’authentification',
    keyBody:
      'Confirmez-la avec votre clé de sécurité ou plateforme de confiance : utilisez votre clé, sans saisir de nouveau votre mot de passe.',
    confirmKey: 'Confirmer avec ma clé de sécurité',
    smsBody:
      'Confirmez-la avec un code reçu par SMS sur votre téléphone : saisissez le code reçu, sans saisir de nouveau votre mot de passe.',
    confirmSms: 'Confirmer par SMS',
    setUpBody:
      'Votre compte n’a pas encore l’app Sésame. Configurez-la maintenant : cela prend environ 2 minutes, avec votre téléphone. Vous confirmez ensuite cette connexion avec elle et vous revenez sur {app}, la connexion faite.',
    setUp: 'Configurer l’app Sésame maintenant',
    noPhone: 'Pas de smartphone, ou vous préférez ne pas utiliser le vôtre ? {app} accepte aussi :',
    addKey:
      'une clé de sécurité ou une plateforme de confiance (Windows Hello, Touch ID, le verrouillage d’écran d’un téléphone Android)',
    addTotp: 'une application d’authentification (un code à 6 chiffres qui change toutes les 30 secondes)',
    afterOther:
      'Une fois ajoutée, sa page propose « Continuer vers {app} » : vous confirmez cette connexion avec elle.',
    // Après l’ajout d’un facteur depuis cette page (docs/adr/0050 §3) : la connexion continue avec lui.
    continueBody: '{app} attend votre connexion : confirmez-la maintenant avec ce que vous venez d’ajouter.',
    continueTo: 'Continuer vers {app}',
    lostBody:
      'Votre compte avait un appareil mobile qui ne peut plus servir (bloqué ou supprimé). Pour votre sécurité, un nouvel appareil ne peut pas être ajouté avec le mot de passe seul. Si vous n’avez plus votre téléphone, lancez la récupération de votre compte : après un délai d’attente, vous pourrez ajouter un nouvel appareil.',
    notOfferedBody:
      'Ce niveau demande une méthode que ce Sésame ne vous propose pas encore, comme une identité électronique (eID). L’app Sésame ne l’atteint pas.',
    // Issue 15 point 2 (docs/adr/0043 §3) : HIGH nomme la méthode qui le donne, jamais l’app.
    highKeyBody:
      'Ce niveau demande une clé de sécurité certifiée : une clé matérielle dont l’Alliance FIDO certifie le modèle, utilisée avec son code PIN ou votre empreinte. L’app Sésame donne le niveau MEDIUM et ne l’atteint pas. Enregistrez une telle clé dans Mon compte, puis reconnectez-vous à {app} avec elle.',
    registerKey: 'Enregistrer une clé de sécurité',
    // L’élévation de niveau par eID, sur la page de niveau (docs/adr/0053 §2).
    eidBody: 'Votre eID donne ce niveau : connectez-vous avec elle et vous revenez sur {app}, la connexion faite.',
    eidButton: 'Se connecter avec votre eID ({provider})',
    support:
      'Besoin d’aide ? Contactez votre assistance ou votre gestionnaire local, en indiquant l’application à laquelle vous vous connectiez :',
  },
  unknownService: {
    title: 'Application inconnue',
    body: 'L’application d’où vous venez n’est pas enregistrée auprès de Sésame : la connexion à cette application est donc impossible. Vérifiez l’adresse ou contactez l’assistance de l’application.',
  },
  cas: {
    requestTitle: 'Demande de connexion non valide',
    badRequest:
      'L’application a envoyé une demande de connexion incomplète ou ambiguë : la connexion à l’application n’est donc pas faite. Retournez à l’application et réessayez ; si cela se reproduit, contactez son assistance.',
    loginRequestInvalid:
      'Cette demande de connexion a expiré ou a déjà été utilisée. Retournez à l’application et connectez-vous de nouveau.',
    invalidStrength:
      'L’application a demandé une méthode de vérification que Sésame ne connaît pas : la connexion à l’application n’est donc pas faite. Contactez l’assistance de l’application.',
    invalidLevel:
      'L’application a demandé un niveau d’authentification que Sésame ne connaît pas : la connexion à l’application n’est donc pas faite. Contactez l’assistance de l’application.',
    invalidMethod:
      'L’application a demandé une réponse sous une forme que Sésame ne prend pas en charge (seules GET et POST le sont) : la connexion à l’application n’est donc pas faite. Contactez l’assistance de l’application.',
    postTitle: 'Retour vers {app}',
    postBody:
      'La connexion est faite. Votre navigateur vous ramène vers {app} ; si rien ne se passe, appuyez sur le bouton.',
    postButton: 'Continuer vers {app}',
    signedOutTitle: 'Session fermée',
    signedOut:
      'Votre session Sésame est fermée. Les applications que vous avez ouvertes avec Sésame ont été averties de fermer vos sessions ; fermez votre navigateur pour plus de sûreté.',
    signInAgain: 'Se connecter de nouveau',
  },
  oidc: {
    errorTitle: 'La connexion à l’application s’est arrêtée',
    invalidRequest:
      'L’application a envoyé une demande de connexion que Sésame ne peut pas accepter : la connexion à l’application n’est donc pas faite. Revenez à l’application et réessayez ; si cela se reproduit, contactez son assistance.',
    invalidRedirect:
      'L’application a demandé à Sésame de vous renvoyer vers une adresse qu’elle n’a pas enregistrée. Pour votre sécurité, Sésame s’est arrêté ici, sans vous renvoyer nulle part. Contactez l’assistance de l’application.',
    unknownClient:
      'L’application d’où vous venez n’est pas enregistrée auprès de Sésame : la connexion à cette application est donc impossible. Vérifiez l’adresse ou contactez l’assistance de l’application.',
    expired:
      'Cette demande de connexion a expiré ou a déjà servi. Revenez à l’application et connectez-vous de nouveau.',
    technicalDetail: 'Détail technique pour l’assistance : {detail}',
    logoutTitle: 'Déconnexion',
    logoutQuestion:
      'Voulez-vous vous déconnecter de Sésame ? Vos sessions dans les applications que vous avez ouvertes avec lui seront aussi fermées.',
    logoutQuestionFrom:
      '{app} demande à vous déconnecter. Voulez-vous vous déconnecter de Sésame ? Vos sessions dans les applications que vous avez ouvertes avec lui seront aussi fermées.',
    logoutConfirm: 'Oui, me déconnecter',
    logoutCancel: 'Non, garder ma session',
    signedOutTitle: 'Session fermée',
    signedOut: 'Vos sessions sur Sésame et dans les applications que vous avez ouvertes avec lui sont fermées.',
    signedOutOf: 'Votre session sur {app} est fermée. Votre session Sésame reste ouverte.',
    signInAgain: 'Se reconnecter',
  },
  /** Issue 11, point 2 : du mail au formulaire de l’appareil (ADR 0018). */
  portalPath: {
    finishedPending:
      'Votre appareil mobile n’est pas encore ajouté : l’app Sésame attend votre code PIN ou « Accepter ». Terminez dans l’app ; l’appareil apparaît ensuite ici comme Actif.',
    finishedNone:
      'Aucun appareil mobile n’a été ajouté : l’app Sésame n’a pas scanné le code QR. Pour ajouter votre téléphone, choisissez « Ajouter un appareil mobile » et scannez le nouveau code QR.',
  },
  mail: {
    greeting: 'Bonjour {firstName},',
    signature: 'L’équipe Sésame',
    automatic: 'Ceci est un message automatique : merci de ne pas y répondre.',
    notYou: 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce courriel : rien ne changera.',
    registrationLink: {
      subject: 'Sésame : confirmez votre adresse électronique',
      body: 'Pour terminer la création de votre compte Sésame, ouvrez ce lien et choisissez votre mot de passe. Le lien est valable {minutes, plural, one {# minute} many {# de minutes} other {# minutes}} et ne peut servir qu’une fois.',
      action: 'Choisir mon mot de passe',
    },
    registrationExisting: {
      subject: 'Sésame : vous avez déjà un compte',
      body: 'Quelqu’un, sans doute vous, a tenté de créer un compte Sésame avec cette adresse électronique. Vous avez déjà un compte : connectez-vous, ou utilisez « Mot de passe oublié ? » si vous ne vous en souvenez plus.',
      action: 'Se connecter',
    },
    passwordReset: {
      subject: 'Sésame : choisissez un nouveau mot de passe',
      body: 'Pour choisir un nouveau mot de passe, ouvrez ce lien. Il est valable {minutes, plural, one {# minute} many {# de minutes} other {# minutes}} et ne peut servir qu’une fois.',
      action: 'Choisir un nouveau mot de passe',
    },
    invitation: {
      subject: 'Sésame : votre compte est prêt, choisissez votre mot de passe',
      body: '{organisation} a créé pour vous un compte Sésame avec cette adresse électronique. Pour l’utiliser, choisissez votre mot de passe avec ce lien. Il est valable {ttlDays, plural, one {# jour} many {# de jours} other {# jours}} et ne peut servir qu’une fois. S’il a expiré, demandez une nouvelle invitation à votre gestionnaire local.',
      action: 'Choisir mon mot de passe',
    },
    passwordChanged: {
      subject: 'Sésame : votre mot de passe a été modifié',
      body: 'Le mot de passe de votre compte Sésame vient d’être modifié. Si ce n’est pas vous, réinitialisez immédiatement votre mot de passe et contactez votre assistance.',
      action: 'Réinitialiser mon mot de passe',
    },
    emailChangeLink: {
      subject: 'Sésame : confirmez votre nouvelle adresse électronique',
      body: 'Pour utiliser cette adresse avec votre compte Sésame, ouvrez ce lien. Il est valable {minutes, plural, one {# minute} many {# de minutes} other {# minutes}} et ne peut servir qu’une fois.',
      action: 'Confirmer cette adresse',
    },
    emailChangeNotice: {
      subject: 'Sésame : votre adresse électronique a été modifiée',
      body: 'L’adresse électronique de votre compte Sésame est désormais {newEmail}. Si ce n’est pas vous, contactez immédiatement votre assistance.',
      action: 'Se connecter',
    },
    devicesPanicLink: {
      subject: 'Sésame : confirmez la suppression de tous vos appareils mobiles',
      body: 'Vous avez demandé la suppression de tous les appareils mobiles de votre compte Sésame (téléphone perdu ou volé). Pour confirmer, ouvrez ce lien : il est valable {minutes, plural, one {# minute} many {# de minutes} other {# minutes}} et ne peut servir qu’une fois. Ajoutez ensuite à nouveau vos appareils.',
      action: 'Supprimer tous mes appareils',
    },
    deviceEnrolled: {
      subject: 'Sésame : un appareil mobile a été ajouté à votre compte',
      body: 'L’appareil mobile « {deviceName} » a été ajouté à votre compte Sésame : il peut désormais confirmer vos connexions. Si ce n’est pas vous, supprimez-le depuis Mon compte et modifiez immédiatement votre mot de passe.',
      action: 'Gérer mon compte',
    },
    deviceBlocked: {
      subject: 'Sésame : votre appareil mobile « {deviceName} » est bloqué',
      body: 'Trop de réponses erronées ont été données pour votre appareil mobile « {deviceName} », depuis l’adresse {ip} ({browser}). Il est bloqué jusqu’à {time} ; il fonctionnera de nouveau ensuite. Si ce n’est pas vous, quelqu’un connaît votre mot de passe : choisissez-en un nouveau avec ce lien (valable {minutes, plural, one {# minute} many {# de minutes} other {# minutes}}, une seule fois). Toutes les sessions seront alors fermées.',
      action: 'Ce n’est pas moi : choisir un nouveau mot de passe',
    },
    secondFactorBlocked: {
      subject:
        '{method, select, totp {Sésame : les codes de votre application d’authentification sont refusés pour un temps} sms {Sésame : les codes par SMS sont refusés pour un temps} other {Sésame : vos codes de récupération sont refusés pour un temps}}',
      body: 'Votre mot de passe a été saisi correctement, puis trop de {method, select, totp {codes erronés de votre application d’authentification} sms {codes erronés reçus par SMS} other {codes de récupération erronés}} ont été donnés, depuis l’adresse {ip} ({browser}). Cette façon de confirmer votre connexion est refusée jusqu’à {time} ; elle fonctionnera de nouveau ensuite. Si ce n’est pas vous, quelqu’un connaît votre mot de passe : choisissez-en un nouveau avec ce lien (valable {minutes, plural, one {# minute} many {# de minutes} other {# minutes}}, une seule fois). Toutes les sessions seront alors fermées.',
      action: 'Ce n’est pas moi : choisir un nouveau mot de passe',
    },
    deviceDeleted: {
      subject: 'Sésame : un appareil mobile a été supprimé de votre compte',
      body: 'L’appareil mobile « {deviceName} » a été supprimé de votre compte Sésame, depuis l’adresse {ip} ({browser}). Il ne peut plus confirmer vos connexions. Si ce n’est pas vous, changez votre mot de passe tout de suite et contactez votre assistance.',
      action: 'Gérer mes appareils mobiles',
    },
    recoveryLink: {
      subject: 'Sésame : récupérer votre compte',
      body: 'Vous avez indiqué ne plus avoir votre téléphone. Pour commencer la récupération de votre compte, ouvrez ce lien : il est valable {minutes, plural, one {# minute} many {# de minutes} other {# minutes}} et ne sert qu’une fois. Un délai d’attente suit avant de pouvoir ajouter un nouvel appareil mobile.',
      action: 'Commencer la récupération',
    },
    recoveryStarted: {
      subject: 'Sésame : une récupération de votre compte a commencé',
      body: 'Une récupération de votre compte Sésame a été commencée depuis l’adresse {ip} ({browser}). À partir de {time}, un nouvel appareil mobile pourra être ajouté avec votre seul mot de passe. Si ce n’est pas vous, annulez-la avec ce lien, puis changez votre mot de passe.',
      action: 'Ce n’est pas moi : annuler la récupération',
    },
    recoveryExpedited: {
      subject: 'Sésame : vous pouvez ajouter un nouvel appareil mobile dès maintenant',
      body: 'Votre assistance a vérifié votre identité et levé le délai d’attente de la récupération de votre compte : dès maintenant, un nouvel appareil mobile peut être ajouté avec votre mot de passe, dans le navigateur où vous avez confirmé la récupération. Si vous n’avez rien demandé à votre assistance, annulez la récupération avec ce lien, puis changez votre mot de passe.',
      action: 'Ce n’est pas moi : annuler la récupération',
    },
    recoveryCancelled: {
      subject: 'Sésame : la récupération de votre compte est annulée',
      body: 'La récupération de votre compte Sésame a été annulée : aucun nouvel appareil mobile ne peut être ajouté par elle.',
      action: 'Se connecter',
    },
    roleChanged: {
      subject:
        '{change, select, granted {Sésame : vous avez un nouveau rôle d’administration} other {Sésame : un rôle d’administration vous a été retiré}}',
      body: '{change, select, granted {Vous êtes désormais} other {Vous n’êtes plus}} {role, select, administrator {administrateur ou administratrice} local_manager {gestionnaire local} helpdesk {agent d’assistance} other {auditeur ou auditrice}} de {organisation} dans Sésame. C’est un administrateur ou un gestionnaire qui l’a fait, et c’est enregistré. Si vous ne vous y attendiez pas, contactez votre assistance.',
      action: 'Ouvrir l’administration',
    },
    secondFactorReset: {
      subject: 'Sésame : les seconds facteurs de votre compte ont été supprimés',
      body: 'Votre assistance a supprimé tous les seconds facteurs de votre compte Sésame (appareils mobiles, applications d’authentification, clés de sécurité, codes de récupération, numéros de téléphone), à votre demande parce que vous les avez perdus : personne ne peut plus s’en servir. Votre assistance a vérifié que c’est bien vous, il n’y a donc pas de délai d’attente : pour ajouter un nouvel appareil mobile, ouvrez le lien ci-dessous dans le navigateur de votre ordinateur, confirmez, puis ajoutez l’appareil, connecté avec votre mot de passe. Le lien peut servir une fois, dans les {ttlHours, plural, one {# heure} many {# d’heures} other {# heures}}. Si vous ne l’avez pas demandé, contactez tout de suite votre assistance et changez votre mot de passe.',
      action: 'Ajouter un nouvel appareil mobile',
    },
    recoveryCompleted: {
      subject: 'Sésame : votre compte est récupéré',
      body: '« {deviceName} » a été ajouté par la récupération de votre compte : un appareil mobile, une application d’authentification, une clé de sécurité ou un numéro de téléphone. Connectez-vous désormais avec lui. Si ce n’est pas vous, contactez votre assistance tout de suite.',
      action: 'Gérer mes appareils mobiles',
    },
    authenticatorAppChanged: {
      subject:
        '{change, select, added {Sésame : une application d’authentification a été ajoutée à votre compte} other {Sésame : une application d’authentification a été supprimée de votre compte}}',
      body: '{change, select, added {L’application d’authentification « {name} » a été ajoutée à votre compte Sésame, depuis l’adresse {ip} ({browser}). Ses codes peuvent désormais confirmer vos connexions.} other {L’application d’authentification « {name} » a été supprimée de votre compte Sésame, depuis l’adresse {ip} ({browser}). Ses codes ne confirment plus vos connexions.}} Si ce n’est pas vous, changez votre mot de passe tout de suite et contactez votre assistance.',
      action: 'Gérer mes applications d’authentification',
    },
    securityKeyChanged: {
      subject:
        '{change, select, added {Sésame : une clé de sécurité a été ajoutée à votre compte} other {Sésame : une clé de sécurité a été supprimée de votre compte}}',
      body: '{change, select, added {La clé de sécurité ou plateforme de confiance « {name} » a été ajoutée à votre compte Sésame, depuis l’adresse {ip} ({browser}). Elle peut désormais confirmer vos connexions.} other {La clé de sécurité ou plateforme de confiance « {name} » a été supprimée de votre compte Sésame, depuis l’adresse {ip} ({browser}). Elle ne confirme plus vos connexions.}} Si ce n’est pas vous, changez votre mot de passe immédiatement et contactez votre support.',
      action: 'Gérer mes clés de sécurité et plateformes de confiance',
    },
    eidChanged: {
      subject:
        '{change, select, added {Sésame : une eID a été liée à votre compte} other {Sésame : une eID a été déliée de votre compte}}',
      body: '{change, select, added {Votre eID {name} a été liée à votre compte Sésame, depuis l’adresse {ip} ({browser}). Elle peut désormais vous connecter sans votre mot de passe.} other {Votre eID {name} a été déliée de votre compte Sésame, depuis l’adresse {ip} ({browser}). Elle ne vous connecte plus.}} Si ce n’était pas vous, changez votre mot de passe immédiatement et contactez votre assistance.',
      action: 'Gérer mes eID',
    },
    phoneNumberChanged: {
      subject:
        '{change, select, added {Sésame : un numéro de téléphone mobile a été ajouté à votre compte} other {Sésame : un numéro de téléphone mobile a été supprimé de votre compte}}',
      body: '{change, select, added {Le numéro de téléphone mobile {name} a été ajouté à votre compte Sésame, depuis l’adresse {ip} ({browser}). Les codes qui y sont envoyés par SMS peuvent désormais confirmer vos connexions.} other {Le numéro de téléphone mobile {name} a été supprimé de votre compte Sésame, depuis l’adresse {ip} ({browser}). Les codes qui y sont envoyés ne confirment plus vos connexions.}} Si ce n’est pas vous, changez votre mot de passe immédiatement et contactez votre support.',
      action: 'Gérer mes numéros de téléphone mobile',
    },
    enrolmentReminder: {
      subject: 'Sésame : ajoutez un second facteur avant la fin des SMS',
      body: '{category, select, sms {Vous confirmez encore vos connexions à Sésame avec des codes envoyés par SMS.} other {Vous vous connectez à Sésame avec votre seul mot de passe.}} L’instruction DGAL/SDEIGIR/2025-91 demande à chaque agent de confirmer sa connexion avec un second facteur à lui, et les codes par SMS sont retirés{date, select, none {.} other { : ils prennent fin le {date}.}} Installez l’application Sésame sur votre téléphone, puis connectez-vous et ajoutez le téléphone à votre compte (liens ci-dessous) ; une clé de sécurité ou une application d’authentification conviennent aussi. Cette relance vous est envoyée par votre gestionnaire local.',
      action: 'Se connecter',
    },
    newBrowserSignIn: {
      subject: 'Sésame : une connexion depuis un nouveau navigateur',
      body: 'Le {time}, quelqu’un s’est connecté à votre compte Sésame depuis un navigateur qui ne l’avait pas encore été : {browser}, depuis l’adresse {ip}. Si c’était vous, vous n’avez rien à faire. Si ce n’était pas vous, quelqu’un connaît votre mot de passe : choisissez-en un nouveau maintenant avec le lien ci-dessous et contactez votre support.',
      action: 'Choisir un nouveau mot de passe',
    },
    securityKeyCloned: {
      subject: 'Sésame : votre clé de sécurité « {name} » a peut-être été copiée',
      body: 'Le {time}, depuis l’adresse {ip} ({browser}), quelqu’un s’est connecté avec votre mot de passe et une clé de sécurité se présentant comme « {name} », mais son compteur est revenu en arrière : cela arrive quand une clé a été copiée. La connexion a été refusée. Si ce n’est pas vous, choisissez un nouveau mot de passe maintenant, supprimez cette clé dans Mon compte et contactez votre support.',
      action: 'Gérer mes clés de sécurité et plateformes de confiance',
    },
    authenticatorCodeReplayed: {
      subject: 'Sésame : un code de votre application d’authentification a servi deux fois',
      body: 'Le {time}, depuis l’adresse {ip} ({browser}), quelqu’un s’est connecté avec votre mot de passe et a saisi un code de votre application d’authentification déjà utilisé. Il a été refusé. Si ce n’est pas vous, quelqu’un connaît votre mot de passe : choisissez-en un nouveau maintenant.',
      action: 'Choisir un nouveau mot de passe',
    },
    recoveryCodeUsed: {
      subject: 'Sésame : un code de récupération a servi à vous connecter',
      body: 'Un code de récupération de votre compte Sésame a servi à vous connecter le {time}, depuis l’adresse {ip} ({browser}). {remaining, plural, =0 {Il ne vous reste aucun code de récupération : créez-en de nouveaux dans Mon compte.} one {Il vous reste # code de récupération.} many {Il vous reste # de codes de récupération.} other {Il vous reste # codes de récupération.}} Si ce n’est pas vous, quelqu’un connaît votre mot de passe et l’un de vos codes : choisissez un nouveau mot de passe avec ce lien (valable {minutes, plural, one {# minute} many {# de minutes} other {# minutes}}, une seule fois), puis créez de nouveaux codes de récupération.',
      action: 'Ce n’est pas moi : choisir un nouveau mot de passe',
    },
    recoveryCodesGenerated: {
      subject: 'Sésame : de nouveaux codes de récupération pour votre compte',
      body: '{count, plural, one {# nouveau code de récupération a été créé} many {# de nouveaux codes de récupération ont été créés} other {# nouveaux codes de récupération ont été créés}} pour votre compte Sésame, depuis l’adresse {ip} ({browser}). {replaced, plural, =0 {} one {Le code qui vous restait ne fonctionne plus.} many {Les # de codes qui vous restaient ne fonctionnent plus.} other {Les # codes qui vous restaient ne fonctionnent plus.}} Si ce n’est pas vous, changez votre mot de passe tout de suite et contactez votre assistance.',
      action: 'Mon compte',
    },
    accountLocked: {
      subject:
        'Sésame : votre compte est verrouillé pendant {minutes, plural, one {# minute} many {# de minutes} other {# minutes}}',
      body: 'Trop de mots de passe erronés ont été saisis pour votre compte. Il est verrouillé pendant {minutes, plural, one {# minute} many {# de minutes} other {# minutes}}. Si ce n’est pas vous, modifiez votre mot de passe une fois la connexion faite.',
      action: 'Réinitialiser mon mot de passe',
    },
    accountLockedUntilReset: {
      subject: 'Sésame : votre compte est verrouillé jusqu’à la réinitialisation de votre mot de passe',
      body: 'Trop de mots de passe erronés ont été saisis à la suite pour votre compte. Pour le protéger, il reste verrouillé jusqu’à la réinitialisation de son mot de passe : choisissez un nouveau mot de passe avec le bouton ci-dessous, ou demandez à votre gestionnaire local ou à votre assistance de le déverrouiller. Si ce n’est pas vous, quelqu’un essaie de deviner votre mot de passe : choisissez-en un que vous n’utilisez nulle part ailleurs. Vous pouvez encore vous connecter depuis un navigateur où vous avez ouvert une session avec votre mot de passe ces 90 derniers jours.',
      action: 'Réinitialiser mon mot de passe',
    },
  },
  deviceEnrolment: {
    quoted: '« {name} »',
    notificationsOff: 'Notifications désactivées',
    notificationsOffNotice:
      'Les notifications sont désactivées sur {names} : une demande de connexion ne s’y affiche que lorsque l’app Sésame est ouverte. Pour les activer : ouvrez l’app Sésame sur cet appareil et autorisez les notifications (dans les réglages du navigateur pour ce site s’il ne le demande pas). L’app les active ensuite d’elle-même, dès qu’elle peut joindre le service de notifications du téléphone.',
    cancelledNotice: 'L’appareil n’a pas été ajouté : son code QR ne peut plus servir.',
  },
  getApp: {
    title: 'Obtenir l’app Sésame',
    intro:
      'L’app Sésame est une application web : elle s’installe depuis son adresse, pas depuis un magasin d’applications. Ouvrez cette adresse sur votre téléphone :',
    scan: 'Ou scannez ce code avec l’appareil photo de votre téléphone pour l’ouvrir :',
    qrAlt: 'Code QR de l’adresse de l’app Sésame : {url}',
    openOnPhone: 'Ouvrir l’app Sésame',
    mobileIntro: 'Vous êtes sur un téléphone : ouvrez ici l’app Sésame, puis ajoutez-la à votre écran d’accueil.',
    installTitle: 'L’ajouter à votre écran d’accueil',
    android:
      'Android (Chrome) : ouvrez le menu ⋮, puis « Ajouter à l’écran d’accueil » ou « Installer l’application ».',
    ios: 'iPhone ou iPad (Safari) : touchez Partager, puis « Sur l’écran d’accueil ».',
    compact: 'L’app Sésame :',
    helpLink: 'Comment obtenir l’app Sésame',
    helpTitle: 'Étape 1 : installer l’app Sésame',
    helpIntro:
      'Pour vous connecter avec votre téléphone, la première étape est d’y installer l’app Sésame. Cela prend moins d’une minute, sans magasin d’applications.',
    helpNext:
      'Ajoutez ensuite votre téléphone à votre compte : connectez-vous sur un ordinateur et ouvrez « Gérer mes appareils mobiles ».',
    manageDevices: 'Gérer mes appareils mobiles',
    mailApp:
      'L’app Sésame s’installe sur un téléphone depuis son adresse (ouvrez-la sur le téléphone, puis ajoutez-la à l’écran d’accueil) :',
    mailDevices:
      'Pour ajouter un téléphone à votre compte, ouvrez « Ajouter un appareil mobile » (dans « Gérer mes appareils mobiles ») :',
  },
  /** Issue 11, point 5 (ADR 0020) : pied de page de l’organisation, pages contact et mentions légales, pied des courriels. */
  organisation: {
    footerLabel: 'Aide et informations légales',
    help: 'Aide',
    contact: 'Contact et assistance',
    legal: 'Mentions légales',
    privacy: 'Confidentialité',
    poweredBy: 'Fonctionne avec Sésame, fournisseur d’identité libre',
    contactTitle: 'Contact et assistance',
    contactIntro:
      'Pour une question sur votre compte, la connexion ou l’app Sésame, l’assistance de {name} vous répond :',
    email: 'Courriel',
    phone: 'Téléphone',
    web: 'Page web',
    hours: 'Horaires',
    contactNone:
      'Ce service n’a pas publié de contact d’assistance. Adressez-vous à votre responsable local : la personne qui vous a demandé d’utiliser {name} (votre chef de service ou votre correspondant informatique).',
    contactHelp:
      'L’aide explique chaque étape, de l’installation de l’app Sésame sur votre téléphone à la connexion de chaque jour.',
    readHelp: 'Lire l’aide, étape par étape',
    legalTitle: 'Mentions légales',
    legalNone: 'L’exploitant de ce service n’a pas publié de mentions légales.',
    legalExternal: 'Les mentions légales de {name} sont sur son propre site :',
    software:
      'Ce service fonctionne avec Sésame, logiciel libre publié sous la licence publique de l’Union européenne, version 1.2 (EUPL-1.2).',
    licence: 'Lire la licence EUPL-1.2',
    askSupport: 'Une question ? Contact et assistance',
    privacyOperatorTitle: 'De la part de l’exploitant de ce service',
    privacyExternal: 'La déclaration de confidentialité complète de {name} :',
    mailSignature: 'L’équipe {name}',
    mailSupport: 'Assistance de {name} :',
    mailNoSupport: 'Une question ? Adressez-vous à votre responsable local, ou lisez l’aide :',
    mailHelp: 'Aide :',
  },
  /** Issue 11, point 5 : /help, les 14 étapes de l’annexe en guide, pour l’agent qui n’a personne à qui demander. */
  help: {
    title: 'Aide : se connecter avec l’app Sésame',
    intro:
      'Ces 14 étapes vous mènent de l’installation de l’app Sésame sur votre téléphone à la connexion de chaque jour. Les boutons portent les noms que leur donnent les étapes. Il vous faut un ordinateur et un téléphone.',
    tocLabel: 'Les étapes',
    stepTitle: 'Étape {n} : {title}',
    parts: {
      app: 'Sur votre téléphone : installer l’app Sésame',
      device: 'Sur votre ordinateur, puis votre téléphone : ajouter votre téléphone à votre compte',
      signIn: 'Chaque jour : se connecter à une application',
    },
    steps: [
      {
        title: 'Obtenir l’app Sésame',
        text: 'L’app Sésame est une application web : elle s’ouvre depuis son adresse, sans magasin d’applications. La page « Comment obtenir l’app Sésame » donne son adresse en lien et en code QR à scanner avec l’appareil photo du téléphone.',
        link: 'Comment obtenir l’app Sésame',
      },
      {
        title: 'L’installer sur l’écran d’accueil',
        text: 'Sur Android (Chrome) : ouvrez le menu ⋮, puis « Ajouter à l’écran d’accueil » ou « Installer l’application ». Sur iPhone ou iPad (Safari) : touchez Partager, puis « Sur l’écran d’accueil ».',
      },
      {
        title: 'Ouvrir l’app',
        text: 'Ouvrez l’app Sésame depuis son icône sur l’écran d’accueil. Son premier écran vous souhaite la bienvenue.',
      },
      {
        title: 'Initialiser, puis Continuer',
        text: 'Touchez « Initialiser », puis « Continuer ». Autorisez l’app à utiliser l’appareil photo (pour scanner un code QR) et à envoyer des notifications (pour vous demander de confirmer vos connexions). L’app attend alors un code QR : votre ordinateur l’affiche à l’étape 8.',
      },
      {
        title: 'Se connecter sur l’ordinateur',
        text: 'Sur votre ordinateur, ouvrez la page de connexion du portail, saisissez votre adresse électronique, cliquez sur « Suivant », puis saisissez votre mot de passe.',
        link: 'Ouvrir la page de connexion',
      },
      {
        title: 'Mon compte, puis Gérer mes appareils mobiles',
        text: 'Cliquez sur « Mon compte », puis sur « Ajouter un appareil mobile » (aussi dans « Gérer mes appareils mobiles »).',
        link: 'Ajouter un appareil mobile',
      },
      {
        title: 'Nom de l’appareil, code PIN, Soumettre',
        text: 'Nommez votre téléphone, sans espace, ou laissez le nom vide : le modèle de votre téléphone est utilisé (par exemple Pixel-8). Choisissez un code PIN à 4 chiffres, saisissez-le de nouveau dans « Confirmez votre code PIN », puis cliquez sur « Soumettre ». Vous saisirez ce code PIN dans l’app à chaque connexion.',
      },
      {
        title: 'Scanner le code QR',
        text: 'Votre ordinateur affiche un code QR. Prenez votre téléphone et scannez-le avec l’app Sésame.',
      },
      {
        title: 'Saisir le code PIN dans l’app',
        text: 'L’app demande le code PIN à 4 chiffres choisi à l’étape 7 : saisissez-le sur le clavier. Il est vérifié dès le quatrième chiffre.',
      },
      {
        title: 'Accepter',
        text: 'L’app vous demande d’accepter ce téléphone pour votre compte : touchez « Accepter ». La page de votre ordinateur passe d’elle-même à la suite, et vous recevez un courriel de confirmation.',
      },
      {
        title: 'Ouvrir l’application, adresse électronique, Suivant',
        text: 'Sur votre ordinateur, ouvrez l’application que vous utilisez (par exemple TRACES NT) : elle vous envoie à la page de connexion. Saisissez votre adresse électronique, puis cliquez sur « Suivant ». Si le navigateur se souvient de votre adresse, vous passez directement à l’étape 12.',
      },
      {
        title: 'Mot de passe et méthode de vérification',
        text: 'Saisissez votre mot de passe et choisissez la méthode de vérification « App Sésame avec code PIN » (ou « App Sésame avec code QR » quand le téléphone n’a pas de réseau), puis cliquez sur « Se connecter ».',
      },
      {
        title: 'Confirmer dans l’app',
        text: 'Ouvrez l’app Sésame : elle affiche la demande avec le nom de l’application, le lieu et l’heure. Vérifiez-les, choisissez le nombre que montre votre ordinateur et saisissez votre code PIN. Avec la méthode du code QR, scannez le code que montre votre ordinateur et saisissez le code que donne l’app.',
      },
      {
        title: 'La connexion est faite',
        text: 'Vous êtes dans l’application. À chaque connexion, l’app Sésame la confirme : étapes 11 à 13, en quelques secondes.',
        link: 'Aller à Mon compte',
      },
    ],
    alt: {
      'help-app':
        'La page « Étape 1 : installer l’app Sésame » : l’adresse de l’app en lien, et un code QR à scanner avec l’appareil photo du téléphone.',
      'app-welcome':
        'L’app Sésame sur un téléphone, premier écran : « Bienvenue dans l’application Sésame » et le bouton « Initialiser ».',
      'sign-in': 'La page de connexion sur un ordinateur : le champ « Adresse électronique » et le bouton « Suivant ».',
      account: 'La page « Mon compte » sur un ordinateur, avec l’accès à « Gérer mes appareils mobiles ».',
      'annex-07-add-device':
        'Le formulaire « Ajouter un appareil mobile » : nom de l’appareil, code PIN à 4 chiffres, confirmation du code PIN, et les boutons « Soumettre » et « Annuler ».',
      'annex-08-qr': 'L’ordinateur affiche le code QR à scanner avec l’app Sésame et attend le téléphone.',
      'annex-08-scan': 'L’app Sésame sur le téléphone, l’appareil photo pointé vers le code QR de l’ordinateur.',
      'annex-09-pin': 'L’app Sésame demande le code PIN à 4 chiffres, avec un clavier.',
      'annex-10-accept': 'L’app Sésame demande d’accepter le téléphone pour le compte, avec le bouton « Accepter ».',
      'annex-10-device-added': 'Sur l’ordinateur, « Gérer mes appareils mobiles » montre le nouveau téléphone, actif.',
      'annex-12-method':
        'La page du mot de passe : le champ du mot de passe, le choix de la méthode de vérification et le bouton « Se connecter ».',
      'annex-13-request':
        'L’app Sésame affiche la demande de connexion : l’application, le lieu, l’heure et les nombres parmi lesquels choisir.',
      'annex-13-number': 'L’ordinateur attend la réponse de l’app et montre le nombre à choisir dans l’app.',
      'annex-14-signed-in':
        'L’application « TRACES NT (démo) », connectée : le nom, le niveau d’authentification et les facteurs utilisés.',
    },
    backToSteps: 'Retour à la liste des étapes',
    stuck: 'Une étape vous bloque ? Contact et assistance',
    nextTitle: 'Commencer maintenant',
    startSignedIn: 'Aller à Mon compte',
    startSignIn: 'Se connecter',
  },
  authenticatorApps: {
    title: 'Gérer mes applications d’authentification',
    intro:
      'Une application d’authentification (par exemple FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator) affiche un code à 6 chiffres qui change toutes les 30 secondes. Saisissez-le après votre mot de passe pour vous connecter.',
    none: 'Aucune application d’authentification n’est enregistrée pour votre compte.',
    add: 'Ajouter une application d’authentification',
    name: 'Nom',
    added: 'Ajoutée le',
    lastUsed: 'Dernière utilisation',
    never: 'Jamais',
    actions: 'Actions',
    rename: 'Renommer',
    delete: 'Supprimer',
    cancel: 'Annuler',
    addTitle: 'Ajouter une application d’authentification',
    nameHint: 'Pour la reconnaître dans la liste, par exemple « Aegis sur mon téléphone ».',
    continue: 'Continuer',
    scanTitle: 'Scannez ce code QR avec votre application d’authentification',
    qrAlt: 'Code QR à scanner avec votre application d’authentification',
    secretIntro:
      'Impossible de scanner ? Saisissez cette clé dans l’application (basée sur l’heure, 6 chiffres, toutes les 30 secondes) :',
    secretLabel: 'Clé',
    confirmTitle: 'Saisissez le code à 6 chiffres',
    codeLabel: 'Code affiché par l’application',
    codeHint: '6 chiffres.',
    confirm: 'Confirmer',
    wrongCode:
      'Ce code n’est pas le bon. Vérifiez que votre téléphone est à l’heure et saisissez le code que l’application affiche maintenant.',
    addedNotice: 'L’application d’authentification « {name} » a été ajoutée.',
    renamedNotice: 'L’application d’authentification s’appelle désormais « {name} ».',
    deletedNotice: 'L’application d’authentification a été supprimée.',
    renameTitle: 'Renommer l’application d’authentification',
    renameSubmit: 'Renommer',
    deleteTitle: 'Supprimer l’application d’authentification',
    deleteBody: 'Supprimer « {name} » ? Ses codes ne permettront plus de vous connecter.',
    deleteSubmit: 'Supprimer',
    secondFactorBody:
      'Ajouter ou supprimer une application d’authentification modifie la protection de votre compte. Votre compte a, ou a eu, un second facteur : confirmez d’abord avec lui.',
    back: 'Retour à Mon compte',
  },
  recoveryCodes: {
    title: 'Codes de récupération',
    intro:
      'Si vous perdez tous vos appareils, un code de récupération vous permet de vous connecter une fois avec votre mot de passe, pour en configurer un nouveau. Chaque code ne sert qu’une fois. Gardez-les sur papier, ou en lieu sûr, loin de votre téléphone.',
    remaining:
      '{count, plural, =0 {Il ne vous reste aucun code de récupération.} one {Il vous reste # code de récupération.} many {Il vous reste # de codes de récupération.} other {Il vous reste # codes de récupération.}}',
    none: 'Vous n’avez pas encore de codes de récupération.',
    noFactor:
      'Les codes de récupération sont proposés dès que votre compte a un second facteur : ajoutez d’abord un appareil mobile ou une application d’authentification.',
    generate: 'Créer mes codes de récupération',
    regenerate: 'Créer de nouveaux codes de récupération',
    regenerateHint: 'Les nouveaux codes remplacent les anciens : les anciens ne fonctionnent plus.',
    shownTitle: 'Vos codes de récupération',
    shownOnce: 'Ces codes ne sont affichés que cette fois. Imprimez-les, copiez-les ou téléchargez-les maintenant.',
    listLabel: 'Vos dix codes de récupération',
    print: 'Imprimer',
    copy: 'Copier',
    download: 'Télécharger (.txt)',
    saved: 'Je les ai conservés',
    fileIntro: 'Codes de récupération Sésame. Chaque code ne sert qu’une fois.',
    offer:
      'Gardez un moyen de revenir dans votre compte si vous perdez vos appareils : créez vos codes de récupération.',
    offerLink: 'Créer mes codes de récupération',
    secondFactorBody:
      'Créer des codes de récupération ouvre un nouvel accès à votre compte. Confirmez d’abord avec votre second facteur.',
  },
  /** Issue 13 point 1 : clés de sécurité et plateformes de confiance (WebAuthn ; docs/adr/0029). */
  eids: {
    title: 'Gérer mes eID',
    intro:
      'Une eID est votre identité électronique nationale (par exemple FranceConnect). Une fois liée, elle vous connecte dès le premier écran, sans votre mot de passe, au niveau de garantie qu’elle apporte.',
    none: 'Aucune eID n’est liée à votre compte.',
    name: 'eID',
    added: 'Liée le',
    lastUsed: 'Dernière utilisation',
    never: 'Jamais',
    actions: 'Actions',
    unlink: 'Délier',
    unlinkLabel: 'Délier {provider}',
    link: 'Lier mon eID',
    linkWith: 'Lier mon eID avec {provider}',
    linkIntro: 'Vous serez envoyé chez votre fournisseur d’identité électronique, puis ramené ici.',
    back: 'Retour à Mon compte',
    linkedNotice: 'Votre eID {provider} est liée : vous pouvez désormais vous connecter avec elle.',
    unlinkedNotice: 'L’eID est déliée : elle ne vous connecte plus.',
    secondFactorBody:
      'Lier ou délier une eID change la façon dont on peut se connecter à votre compte : confirmez d’abord votre identité avec l’un de vos seconds facteurs.',
    signInAgain:
      'Votre session a changé pendant que vous étiez chez votre fournisseur d’identité électronique. Reconnectez-vous, puis liez votre eID.',
  },
  eidNewcomer: {
    title: 'Créez votre compte Sésame à partir de votre eID',
    intro:
      'Votre eID {provider} n’est liée à aucun compte Sésame. Sésame peut créer votre compte à partir de ce que votre eID a indiqué :',
    firstName: 'Prénom',
    lastName: 'Nom',
    email: 'Adresse électronique',
    noPassword:
      'Votre compte n’aura pas de mot de passe : vous vous connectez avec votre eID. Pour ajouter un mot de passe plus tard, utilisez « Mot de passe oublié ? » sur le premier écran.',
    create: 'Créer mon compte',
    cancel: 'Annuler',
    existsTitle: 'Un compte existe avec cette adresse électronique',
    existsBody:
      'Un compte existe avec l’adresse électronique {email} : connectez-vous à ce compte pour y lier votre eID. Votre eID vous connectera ensuite à ce compte.',
    existsAction: 'Me connecter pour lier mon eID',
    confirmTitle: 'Liez votre eID à votre compte',
    confirmBody:
      'Lier l’eID {provider} au compte {email} ? Elle vous connectera ensuite à ce compte dès le premier écran.',
    confirmAction: 'Lier mon eID',
    expired:
      'Cette demande a expiré, ou a été commencée dans un autre navigateur. Connectez-vous de nouveau avec votre eID.',
    createdNotice: 'Votre compte Sésame a été créé à partir de votre eID {provider}.',
  },

  securityKeys: {
    title: 'Gérer mes clés de sécurité et plateformes de confiance',
    intro:
      'Une clé de sécurité (USB ou NFC, par exemple une YubiKey) ou une plateforme de confiance (Windows Hello, Touch ID, le verrouillage d’écran d’un téléphone Android) confirme votre connexion après votre mot de passe d’un toucher, d’un code PIN ou d’une empreinte. Rien à saisir.',
    none: 'Aucune clé de sécurité ni plateforme de confiance n’est enregistrée pour votre compte.',
    add: 'Ajouter une clé de sécurité ou plateforme de confiance',
    name: 'Nom',
    kind: 'Type',
    added: 'Ajoutée le',
    lastUsed: 'Dernière utilisation',
    never: 'Jamais',
    actions: 'Actions',
    rename: 'Renommer',
    delete: 'Supprimer',
    cancel: 'Annuler',
    kindKey: 'Clé de sécurité',
    kindPlatform: 'Plateforme de confiance',
    kindSynced: 'Clé d’accès (synchronisée)',
    addTitle: 'Ajouter une clé de sécurité ou plateforme de confiance',
    nameHint:
      'Pour la reconnaître dans la liste, par exemple « YubiKey de mon trousseau » ou « Windows Hello de mon portable ».',
    continue: 'Continuer',
    passkey: 'En faire une clé d’accès : me connecter avec elle sans saisir mon adresse électronique',
    passkeyHint:
      'La clé garde alors votre compte, protégé par son code PIN, votre empreinte ou votre visage, qu’elle demandera à chaque fois. Toutes les clés ne le peuvent pas.',
    promptTitle: 'Enregistrez votre clé de sécurité ou plateforme de confiance',
    promptIntro:
      'Sélectionnez le bouton ci-dessous : votre navigateur vous demande d’insérer et de toucher votre clé, ou de confirmer avec le code PIN, le visage ou l’empreinte de cet ordinateur ou de ce téléphone.',
    promptButton: 'Enregistrer « {name} »',
    expired: 'Cette demande a expiré. Recommencez.',
    refused: 'Cette clé n’a pas pu être enregistrée : la réponse du navigateur n’était pas valide. Réessayez.',
    notAccepted: 'Ce modèle de clé de sécurité n’est pas autorisé par votre organisation. Utilisez une autre clé.',
    already: 'Cette clé de sécurité est déjà enregistrée.',
    addedNotice: 'La clé de sécurité ou plateforme de confiance « {name} » a été ajoutée.',
    renamedNotice: 'La clé de sécurité ou plateforme de confiance s’appelle désormais « {name} ».',
    deletedNotice: 'La clé de sécurité ou plateforme de confiance a été supprimée.',
    renameTitle: 'Renommer la clé de sécurité ou plateforme de confiance',
    renameSubmit: 'Renommer',
    deleteTitle: 'Supprimer la clé de sécurité ou plateforme de confiance',
    deleteBody: 'Supprimer « {name} » ? Elle ne permettra plus de vous connecter.',
    deleteSubmit: 'Supprimer',
    secondFactorBody:
      'Ajouter ou supprimer une clé de sécurité change la protection de votre compte. Votre compte a, ou a eu, un second facteur : confirmez d’abord avec lui.',
    back: 'Retour à Mon compte',
  },
  signInCode: {
    totpTitle: 'Saisissez le code de votre application d’authentification',
    totpIntro: 'Ouvrez votre application d’authentification et saisissez le code à 6 chiffres affiché pour ce compte.',
    totpLabel: 'Code affiché par l’application',
    totpHint: '6 chiffres.',
    totpWrong: 'Ce code n’est pas le bon, ou il a déjà servi. Attendez le code suivant et saisissez-le.',
    recoveryTitle: 'Saisissez un code de récupération',
    recoveryIntro:
      'Saisissez l’un des codes de récupération que vous avez conservés. Il sera alors utilisé ; après la connexion, configurez un nouveau second facteur.',
    recoveryLabel: 'Code de récupération',
    recoveryHint: 'Par exemple ABCD-EFGH-JKLM-NPQR-STUV. Les tirets et les espaces ne comptent pas.',
    recoveryWrong: 'Ce code n’est pas le bon, ou il a déjà servi. Vérifiez-le et saisissez-le à nouveau.',
    expires: 'Cette page accepte un code jusqu’à {time}.',
    expired: 'Cette page a expiré. Recommencez pour saisir un code.',
    restart: 'Recommencer',
    totpNone:
      'Aucune application d’authentification n’est enregistrée pour ce compte. Choisissez une autre méthode de vérification, ou ajoutez-en une dans « Gérer mes applications d’authentification » une fois connecté.',
    recoveryNone: 'Ce compte n’a plus de code de récupération. Choisissez une autre méthode de vérification.',
    blocked: 'Trop de codes erronés. Réessayez après {time}. Si ce n’était pas vous, changez votre mot de passe.',
    webauthnTitle: 'Confirmez avec votre clé de sécurité ou plateforme de confiance',
    webauthnIntro:
      'Sélectionnez le bouton ci-dessous : votre navigateur vous demande d’insérer et de toucher votre clé de sécurité, ou de confirmer avec le code PIN, le visage ou l’empreinte de cet ordinateur ou de ce téléphone.',
    webauthnButton: 'Utiliser ma clé de sécurité ou plateforme de confiance',
    webauthnExpires: 'Cette page attend votre clé jusqu’à {time}.',
    webauthnExpired: 'Cette page a expiré. Recommencez pour utiliser votre clé.',
    webauthnWrong:
      'Cette clé n’a pas été acceptée. Utilisez une clé de sécurité ou une plateforme de confiance enregistrée pour votre compte, puis réessayez.',
    webauthnNone:
      'Aucune clé de sécurité ni plateforme de confiance n’est enregistrée pour ce compte. Choisissez une autre méthode de vérification, ou ajoutez-en une dans « Gérer mes clés de sécurité et plateformes de confiance » une fois connecté.',
    webauthnFailed:
      'Votre navigateur n’a reçu aucune réponse d’une clé (annulation, délai dépassé ou aucune clé enregistrée ici). Réessayez, ou choisissez une autre méthode de vérification.',
    webauthnUnsupported:
      'Ce navigateur ne peut pas utiliser de clé de sécurité (JavaScript ou WebAuthn désactivé). Utilisez un autre navigateur ou choisissez une autre méthode de vérification.',
  },
  setUpFactor: {
    title: 'Configurez un nouveau second facteur',
    why: 'Un code de récupération a servi à cette connexion : il ne peut plus resservir. {count, plural, =0 {Il ne vous reste aucun code de récupération.} one {Il vous reste # code de récupération.} many {Il vous reste # de codes de récupération.} other {Il vous reste # codes de récupération.}}',
    next: 'Configurez un nouveau moyen de confirmer votre identité, puis supprimez les appareils perdus.',
    addDevice: 'Ajouter un appareil mobile (application Sésame)',
    addTotp: 'Ajouter une application d’authentification',
    devices: 'Gérer mes appareils mobiles',
    recoveryCodes: 'Codes de récupération',
    later: 'Plus tard : aller à Mon compte',
  },
  /** Issue 11, point 2 : le nom de l’appareil proposé d’après le téléphone s’il est laissé vide. */
  proposedName: {
    nameHint: 'Sans espace. Laissez vide pour utiliser le modèle de votre téléphone, par exemple Pixel-8.',
    qrAlt: 'Code QR à scanner avec l’app Sésame pour ajouter votre téléphone',
  },
  /** Issue 11, point 2 : le téléphone a refusé le code QR dès le scan (un téléphone, une personne). */
  enrolmentRefused: {
    title: 'Ce téléphone ne peut pas être ajouté',
    otherAccount:
      'Le téléphone qui a scanné le code QR confirme déjà les connexions du compte d’une autre personne. Un téléphone ne sert qu’à une seule personne : l’appareil n’a pas été ajouté et le code QR ne peut plus servir.',
    sameAccount:
      'Le téléphone qui a scanné le code QR est déjà enregistré pour votre compte : il n’y a rien à ajouter. Le code QR ne peut plus servir.',
    nextTitle: 'Que faire ?',
    otherAccountNext:
      'Ajoutez de nouveau l’appareil et scannez le nouveau code QR avec un autre téléphone — ou, si ce téléphone est le vôtre, retirez-en d’abord l’autre compte : son titulaire supprime le téléphone dans « Gérer mes appareils mobiles ».',
    sameAccountNext:
      'Votre téléphone figure dans la liste de vos appareils mobiles. Pour ajouter un autre téléphone, ajoutez de nouveau un appareil.',
    addAgain: 'Ajouter un appareil mobile avec un autre téléphone',
    backToDevices: 'Retour à Gérer mes appareils mobiles',
  },
  /** Issue 13 point 5 : « Configurer mon compte » (docs/adr/0031). */
  accountOptions: {
    title: 'Configurer mon compte',
    link: 'Configurer mon compte',
    intro: 'Ces options valent pour chaque connexion à votre compte, dans tout navigateur.',
    signInTitle: 'Connexion',
    always: 'Toujours exiger un second facteur',
    alwaysHint:
      'Le mot de passe seul ne suffit plus pour vous connecter, même aux applications qui l’acceptent : chaque connexion demande aussi votre application Sésame, votre application d’authentification ou votre clé de sécurité.',
    alwaysWarning:
      'Si vous perdez tous vos seconds facteurs (et vos codes de récupération), vous ne pourrez plus vous connecter par vous-même : seul le support pourra vous rendre l’accès.',
    alwaysNeedsFactor:
      'Ajoutez d’abord un second facteur (une application Sésame ou une application d’authentification) : avec le mot de passe seul, votre compte serait bloqué.',
    addFactor: 'Ajouter un appareil mobile',
    addAuthenticatorApp: 'Ajouter une application d’authentification',
    preferred: 'Méthode de vérification préférée',
    preferredHint: 'Après votre mot de passe, la connexion s’ouvre sur cette méthode quand l’application l’accepte.',
    preferredNone: 'Pas de préférence (la dernière méthode utilisée)',
    preferredNotHeld: 'Choisissez l’une des méthodes de votre compte.',
    appsTitle: 'Applications',
    warn: 'M’avertir chaque fois qu’une application demande mon identité',
    warnHint:
      'Avant qu’une application reçoive votre identité — après votre connexion, ou quand vous êtes déjà connecté — une page la nomme et vous demande de continuer ou d’annuler.',
    mailsTitle: 'Notifications par courriel',
    newBrowser: 'M’écrire quand mon compte se connecte depuis un nouveau navigateur',
    newBrowserHint:
      'Un navigateur est nouveau quand votre compte ne s’y est pas connecté depuis un an (ou depuis que ses cookies ont été effacés). Le courriel indique quand, d’où et avec quel navigateur.',
    mailsAlways:
      'Pour votre protection, Sésame vous écrit toujours quand un appareil mobile, une application d’authentification, une clé de sécurité, un numéro de téléphone mobile ou des codes de récupération sont ajoutés ou supprimés, quand un code de récupération est utilisé, et quand votre mot de passe ou votre adresse électronique change. Ces courriels ne peuvent pas être désactivés.',
    save: 'Enregistrer mes options',
    back: 'Retour à Mon compte',
    saved: 'Vos options ont été enregistrées.',
    unchanged: 'Rien n’a changé.',
    secondFactorBody:
      'Les options de votre compte décident de sa protection. Votre compte a un second facteur : confirmez d’abord avec lui.',
  },
  /** Issue 13 point 6 : le choix du compte après le mot de passe (docs/adr/0031). */
  signInChoose: {
    title: 'Choisissez comment confirmer que c’est vous',
    intro: 'Votre mot de passe est correct. Confirmez avec l’une des méthodes de votre compte :',
    submit: 'Continuer',
    lostAccess: 'Je n’ai plus aucune de ces méthodes : utiliser un code de récupération',
    none: 'Votre compte n’a aucune méthode de vérification que cette application accepte.',
    typePassword: 'Me reconnecter avec une autre méthode',
  },
  /** Issue 13 point 5b : la page intermédiaire avant qu’une application reçoive l’identité (docs/adr/0031). */
  appConsent: {
    title: 'Une application demande votre identité',
    body: '« {app} » demande à savoir qui vous êtes. Continuez pour vous y connecter.',
    why: 'Vous voyez cette page parce que vous avez demandé à être averti chaque fois qu’une application demande votre identité. Si vous ne vous y attendiez pas, annulez.',
    continue: 'Continuer vers l’application',
    cancel: 'Annuler',
    options: 'Modifier cette option dans Configurer mon compte',
    gone: 'Cette demande a déjà reçu une réponse ou a expiré. Retournez à l’application et recommencez.',
  },
  /** Issue 13 point 4 : « Gérer mes numéros de téléphone mobile » (SMS, en voie de retrait ; docs/adr/0030). */
  phoneNumbers: {
    title: 'Gérer mes numéros de téléphone mobile',
    intro: 'Un code envoyé par SMS à l’un de ces numéros peut confirmer votre connexion après votre mot de passe.',
    sunset: 'La connexion par SMS s’arrête le {date}. L’application Sésame est plus sûre : ajoutez-la dès maintenant.',
    addDevice: 'Ajouter un appareil mobile (application Sésame)',
    none: 'Aucun numéro de téléphone mobile n’est enregistré pour votre compte.',
    number: 'Numéro',
    added: 'Ajouté',
    lastUsed: 'Dernière utilisation',
    never: 'Jamais',
    actions: 'Actions',
    delete: 'Supprimer',
    add: 'Ajouter un numéro',
    addTitle: 'Ajouter un numéro de téléphone mobile',
    phoneLabel: 'Numéro de téléphone mobile',
    phoneHint:
      'Commencez par « + » et l’indicatif du pays, sans points, parenthèses ni tirets, par exemple +33 6 12 34 56 78.',
    send: 'Envoyer le code',
    confirmTitle: 'Saisissez le code reçu par SMS',
    confirmIntro: 'Nous avons envoyé un code de neuf caractères au {phone}. Saisissez-le avant {time}.',
    codeLabel: 'Code reçu par SMS',
    codeHint: 'Par exemple K7P-M2X-9QR. Les tirets, les espaces et la casse ne comptent pas.',
    finalise: 'Finaliser',
    wrongCode: 'Ce code n’est pas le bon. Vérifiez le SMS et saisissez de nouveau le code.',
    over: 'Cette confirmation est terminée (expirée, ou trop de codes erronés). Ajoutez de nouveau le numéro pour recevoir un nouveau code.',
    addedNotice: 'Le numéro {name} a été ajouté.',
    deletedNotice: 'Le numéro a été supprimé.',
    deleteTitle: 'Supprimer le numéro de téléphone mobile',
    deleteBody: 'Supprimer le {name} ? Les codes qui y sont envoyés ne vous connecteront plus.',
    deleteSubmit: 'Supprimer',
    cancel: 'Annuler',
    secondFactorBody:
      'Ajouter ou supprimer un numéro de téléphone modifie la protection de votre compte. Votre compte a, ou a eu, un second facteur : confirmez d’abord avec lui.',
    back: 'Retour à Mon compte',
    enrolText: 'Sésame : votre code pour ajouter ce numéro est {code}. Ne le communiquez à personne.',
  },
  /** La page de connexion « Téléphone mobile + SMS » et la page de fin du SMS qui la suit (issue 13 point 4). */
  signInSms: {
    title: 'Saisissez le code reçu par SMS',
    intro: 'Nous avons envoyé un code de vérification de neuf caractères au {phone}.',
    label: 'Code reçu par SMS',
    hint: 'Par exemple K7P-M2X-9QR. Les tirets, les espaces et la casse ne comptent pas.',
    resend: 'Envoyer un nouveau code',
    wrongCode: 'Ce code n’est pas le bon, ou il a déjà été utilisé. Vérifiez le dernier SMS et saisissez son code.',
    none: 'Aucun numéro de téléphone mobile n’est enregistré pour ce compte. Choisissez une autre méthode de vérification.',
    text: 'Sésame : votre code de vérification est {code}. Ne le communiquez à personne, pas même à nous.',
    sunsetTitle: 'La connexion par SMS s’arrête bientôt',
    sunsetBody:
      'À partir du {date}, le SMS ne sera plus accepté pour vous connecter. Installez dès maintenant l’application Sésame : elle est plus sûre (ni échange de carte SIM, ni interception) et fonctionne sans réseau.',
    sunsetInstall: 'Installer l’application Sésame maintenant',
    sunsetLater: 'Plus tard',
    sunsetLaterHint: 'Un rappel s’affichera à votre prochaine connexion par SMS.',
  },
  admin: {
    title: 'Administration',
    link: 'Administration',
    secondFactorBody:
      'L’administration demande une connexion avec un second facteur. Confirmez que c’est vous avec le vôtre, puis vous reviendrez ici.',
    searchTitle: 'Trouver un compte',
    searchLabel: 'Nom, adresse électronique ou identifiant',
    searchStarts: 'Le début d’un prénom, d’un nom ou d’une adresse électronique, ou un identifiant entier.',
    searchHint: 'Laissez vide pour lister les comptes de vos organisations.',
    within: 'Organisation',
    allMine: 'Toutes mes organisations',
    submit: 'Rechercher',
    scopeIntro: 'Vous voyez les comptes de : {organisations}.',
    results: 'Comptes trouvés',
    none: 'Aucun compte ne correspond dans vos organisations.',
    limited: 'Seuls les {limit} premiers comptes sont affichés : précisez la recherche.',
    colName: 'Nom',
    colEmail: 'Adresse électronique',
    colOrganisation: 'Organisation',
    colId: 'Identifiant',
    accountTitle: 'Compte : {name}',
    back: 'Retour à la recherche',
    identity: 'Identité',
    organisation: 'Organisation',
    roles: 'Rôles d’administration',
    noRoles: 'Aucun.',
    roleOver: '{role}, {organisation}',
    roleNames: {
      administrator: 'Administrateur',
      local_manager: 'Gestionnaire local',
      helpdesk: 'Assistance',
      auditor: 'Auditeur',
    },
    methods: 'Méthodes de connexion et appareils',
    noMethods: 'Mot de passe seul : aucun second facteur.',
    colMethod: 'Méthode',
    colStatus: 'État',
    colAdded: 'Ajouté',
    colLastUsed: 'Dernière utilisation',
    never: 'Jamais',
    kinds: {
      device: 'Application Sésame',
      totp: 'Application d’authentification',
      webauthn: 'Clé de sécurité ou clé d’accès',
      'recovery-code': 'Code de récupération',
      sms: 'Téléphone portable (SMS)',
    },
    statuses: { active: 'Actif', pending: 'Non confirmé', blocked: 'Bloqué', used: 'Utilisé' },
    signIns: 'Dernières connexions',
    noSignIns: 'Aucune connexion enregistrée.',
    colWhen: 'Quand',
    colWhat: 'Quoi',
    colFrom: 'Depuis',
    lock: 'Verrouillage',
    lockedEverywhere:
      'Verrouillé après trop de mots de passe erronés : personne ne peut se connecter à ce compte pour le moment.',
    failures:
      '{count, plural, =0 {Aucun mot de passe erroné} one {# mot de passe erroné} many {# de mots de passe erronés} other {# mots de passe erronés}} à la suite depuis la dernière connexion, réinitialisation du mot de passe ou levée du verrouillage.',
    notLocked:
      'Pas verrouillé partout. Un verrouillage depuis un seul réseau (le titulaire qui se trompe au bureau) n’apparaît pas ici : le déverrouillage le lève aussi.',
    lockedFromNetwork:
      'Verrouillé à {time} après trop de mots de passe erronés depuis un même réseau (le titulaire qui se trompe, ou quelqu’un qui essaie de deviner) : les connexions depuis ce réseau sont refusées pour le moment.',
    unlock: 'Déverrouiller le compte',
    unlockHint: 'Le titulaire peut se reconnecter aussitôt, de partout. L’action est inscrite dans le journal d’audit.',
    unlocked: 'Le compte est déverrouillé : son titulaire peut se reconnecter.',
    factorTitle: 'Second facteur perdu',
    factorIntro:
      'Quand le titulaire a perdu tous ses seconds facteurs (téléphone perdu ou volé, aucun code de récupération) : supprimez-les tous, pour que personne ne puisse s’en servir. Toutes les sessions du compte prennent fin. Le titulaire est informé par courriel de la façon d’ajouter un nouvel appareil mobile (« Je n’ai plus mon téléphone »).',
    reason: 'Motif',
    reasonHint:
      'Obligatoire, inscrit dans le journal d’audit : comment le titulaire l’a demandé et comment vous avez vérifié que c’était lui (par exemple : « téléphone perdu, appel à l’assistance, identité vérifiée par le responsable »).',
    resetFactor: 'Supprimer tous les seconds facteurs',
    reasonRequired: 'Indiquez pourquoi : le motif est obligatoire.',
    reasonTooLong: 'Le motif est trop long : {max} caractères au plus.',
    factorReset:
      'Tous les seconds facteurs du compte sont supprimés ({devices} appareils mobiles, {credentials} autres facteurs). Le titulaire en a été informé par courriel.',
    recoveryTitle: 'Récupération du compte',
    recoveryWaiting:
      'Le titulaire a commencé « Je n’ai plus mon téléphone » le {started}, avec son mot de passe et le lien reçu par courriel. Un nouvel appareil mobile pourra être ajouté à partir du {ready}.',
    recoveryIntro:
      'Si vous avez vérifié qu’il s’agit bien du titulaire — rappel à un numéro que vous connaissiez déjà, pièce d’identité, en personne —, vous pouvez lever le délai d’attente dès maintenant. Seul le navigateur où le titulaire a confirmé la récupération pourra alors ajouter un appareil ; vous n’en ajoutez aucun. Le titulaire est prévenu par courriel, avec un lien pour annuler.',
    recoveryReason: 'Comment vous avez vérifié l’identité du titulaire',
    recoveryReasonHint:
      'Obligatoire, inscrit dans l’audit (par exemple : « rappelé au numéro du bureau, carte d’identité vue »).',
    recoveryExpedite: 'Lever le délai d’attente maintenant',
    recoveryExpedited:
      'Le délai d’attente est levé : le titulaire peut ajouter un nouvel appareil mobile dès maintenant. Il a été prévenu par courriel.',
    recoveryNothing: 'Aucune récupération n’est plus en attente sur ce compte : rien n’a été modifié.',
    passwordTitle: 'Mot de passe',
    sendReset: 'Envoyer un lien de réinitialisation du mot de passe',
    sendResetHint:
      'Le titulaire reçoit par courriel un lien pour choisir un nouveau mot de passe, valable {minutes} minutes. Vous ne voyez ni ne choisissez jamais le mot de passe. L’action est inscrite dans le journal d’audit.',
    resetSent: 'Un lien de réinitialisation du mot de passe a été envoyé à {email}.',
  },
  /**
   * La première phrase de la page de niveau (docs/adr/0034 §5) : avec quoi la session s’est ouverte —
   * le seul mot de passe, ou un second facteur que l’application n’accepte pas — avant l’étape suivante.
   */
  levelGapOpening: {
    passwordAlone: 'Votre connexion s’est faite avec le seul mot de passe.',
    otherFactor: 'Votre connexion s’est faite avec « {method} », que {app} n’accepte pas.',
  },
  dashboard: {
    title: 'Tableau de bord de la migration',
    heading: 'Tableau de bord de la migration : {organisation}',
    link: 'Tableau de bord de la migration',
    intro:
      'Comment se connectent les agents de {organisation} et des organisations en dessous, et ce qui reste à faire avant la fin des SMS.',
    organisations: 'Tableaux de bord des organisations que vous gérez :',
    total: 'Agents',
    app: 'Application Sésame',
    key: 'Clé de sécurité ou plateforme',
    totp: 'Application d’authentification',
    sms: 'SMS seulement',
    password: 'Mot de passe seulement',
    equipped: 'Équipés',
    smsHoldouts: 'Agents encore au SMS',
    phonesToBuy: 'Téléphones à acheter',
    phonesHint:
      'Agents qui n’ont ni l’application Sésame ni un autre second facteur accepté (clé de sécurité, application d’authentification) : un téléphone par agent.',
    percent: '{percent} %',
    noAgents: 'aucun agent',
    sunset:
      '{days, plural, =0 {Les SMS ont pris fin le {date}.} one {# jour avant la fin des SMS le {date}.} many {# de jours avant la fin des SMS le {date}.} other {# jours avant la fin des SMS le {date}.}}',
    noSunset: 'Aucune date de fin des SMS n’est fixée.',
    byMethodTitle: 'Agents par méthode de connexion',
    colMethod: 'Méthode',
    colAgents: 'Agents',
    childrenTitle: 'Organisations en dessous',
    colOrganisation: 'Organisation',
    noChildren: 'Aucune organisation en dessous de celle-ci.',
    chartTitle: 'Progression',
    chartSummary:
      'Agents équipés et agents restants chaque jour sur les 90 derniers jours, du {first} au {last} ; les mêmes chiffres sont dans le tableau qui suit.',
    chartEmpty: 'Le graphique commence avec les chiffres d’aujourd’hui : un point s’ajoute chaque jour.',
    chartTable: 'Progression par jour',
    colDay: 'Jour',
    holdouts: 'Restants',
    csv: 'Télécharger les chiffres (CSV)',
    csvHeader:
      'Identifiant,Organisation,Agents,Application Sésame,Clé de sécurité ou plateforme,Application d’authentification,SMS seulement,Mot de passe seulement,Téléphones à acheter,Équipés %',
    remindersTitle: 'Relances',
    remindersBody:
      'Écrire à chaque agent restant de {organisation} et en dessous (SMS seulement ou mot de passe seulement) où il en est et comment s’équiper. Un agent relancé depuis moins de {days, plural, one {# jour} many {# de jours} other {# jours}} est sauté.',
    remindersSend: 'Relancer les agents restants',
    remindersDone:
      '{sent, plural, =0 {Aucune relance envoyée} one {# relance envoyée} many {# de relances envoyées} other {# relances envoyées}}, {skipped, plural, =0 {aucun agent sauté} one {# agent sauté (relancé récemment ou équipé)} many {# d’agents sautés (relancés récemment ou équipés)} other {# agents sautés (relancés récemment ou équipés)}}{failed, plural, =0 {.} one {, # non envoyée (le serveur de messagerie n’a pas répondu) : réessayez plus tard.} many {, # de relances non envoyées (le serveur de messagerie n’a pas répondu) : réessayez plus tard.} other {, # non envoyées (le serveur de messagerie n’a pas répondu) : réessayez plus tard.}}',
    campaignTitle: 'Campagne d’enrôlement',
    campaignIntro:
      'Après sa connexion, un agent de {organisation} et en dessous sans second facteur accepté voit une page qui explique pourquoi et lance l’enrôlement. « Plus tard » est permis un nombre de fois et de jours, puis l’enrôlement devient obligatoire.',
    campaignFrom:
      '{from, select, none {Ce sont les réglages du déploiement : aucun n’a été enregistré pour cette organisation ni au-dessus.} other {Enregistrés pour {from}.}}',
    campaignEnabled: 'Montrer la campagne aux agents sans second facteur',
    campaignSnoozes: '« Plus tard » permis (nombre de fois)',
    campaignSnoozeDays: 'Jours permis après le premier « Plus tard »',
    campaignDeadline: 'Date limite (facultative)',
    campaignDeadlineHint:
      'À partir de ce jour, l’enrôlement est obligatoire. Sans date, la page indique la fin des SMS.',
    campaignSave: 'Enregistrer la campagne',
    campaignSaved:
      'La campagne est enregistrée : elle s’applique à cette organisation et à celles en dessous qui n’ont pas la leur.',
    campaignInvalid: 'Un nombre entier de 0 à {max}.',
    campaignDateInvalid: 'Une date comme 2027-03-01.',
    agentLink: 'Campagne du second facteur',
    agentTitle: 'Campagne du second facteur : {name}',
    agentStatus: 'Se connecte avec : {method}.',
    agentSnoozes:
      '{count, plural, =0 {N’a jamais choisi « Plus tard ».} one {A choisi « Plus tard » une fois.} many {A choisi « Plus tard » # de fois.} other {A choisi « Plus tard » # fois.}}',
    agentExcluded: 'Exclu de la campagne le {date} : {reason}',
    agentRemind: 'Envoyer une relance',
    agentReminded:
      '{sent, plural, =0 {Aucune relance envoyée : cet agent a été relancé récemment ou il est équipé.} one {Une relance a été envoyée.} many {# de relances ont été envoyées.} other {# relances ont été envoyées.}}',
    exclude: 'Exclure de la campagne',
    excludeReason: 'Motif (obligatoire)',
    excludeHint: 'Par exemple : téléphone interdit sur le site. Enregistré dans le journal d’audit.',
    excluded: 'L’agent est exclu de la campagne.',
    include: 'Inclure de nouveau dans la campagne',
    included: 'L’agent est de nouveau inclus dans la campagne.',
    back: 'Retour au compte',
  },
  campaign: {
    title: 'Ajoutez un second facteur',
    requiredTitle: 'Ajoutez un second facteur pour continuer',
    why: 'L’instruction DGAL/SDEIGIR/2025-91 demande à chaque agent de confirmer sa connexion avec un second facteur à lui. Les codes envoyés par SMS sont retirés : ils peuvent être interceptés ou détournés vers une autre carte SIM. L’application Sésame sur votre téléphone les remplace ; une clé de sécurité ou une application d’authentification conviennent aussi.',
    deadline: 'Date limite : {date}.',
    body: 'Cela prend quelques minutes : installez l’application sur votre téléphone, puis ajoutez le téléphone à votre compte.',
    requiredBody:
      'La date limite est passée ou vous avez reporté autant de fois que permis : ajoutez un second facteur maintenant pour accéder à vos applications.',
    setUpApp: 'Installer l’application Sésame maintenant',
    otherWays: 'Ou :',
    securityKey: 'une clé de sécurité',
    authenticatorApp: 'une application d’authentification',
    later: 'Plus tard',
    laterLeft:
      '{count, plural, one {Vous pouvez encore reporter une fois.} many {Vous pouvez encore reporter # de fois.} other {Vous pouvez encore reporter # fois.}}',
    requiredHint: 'Vos applications restent fermées d’ici là. Vous déconnecter ne fait rien perdre.',
    signOut: 'Se déconnecter',
  },
  lifecycle: {
    status: 'État',
    active: 'Actif',
    invitationPending: 'Invité : le titulaire n’a pas encore choisi de mot de passe',
    invitationExpired:
      'Invitation expirée : le titulaire n’a jamais choisi de mot de passe et le lien ne fonctionne plus ; envoyez-la de nouveau',
    deactivatedSince: 'Désactivé depuis le {time} : le titulaire ne peut pas se connecter',
    externalId: 'Identifiant externe',
    noExternalId: 'Aucun',
    invite: 'Inviter un agent',
    inviteTitle: 'Inviter un agent',
    inviteIntro:
      'L’agent reçoit un courriel avec un lien pour choisir son mot de passe, valable {days, plural, one {# jour} many {# de jours} other {# jours}}. D’ici là, le compte est inutilisable. Cette action est enregistrée dans le journal d’audit.',
    organisation: 'Organisation',
    organisationHint: 'Les organisations que vous gérez.',
    externalIdHint:
      'Facultatif : l’identifiant que votre système RH donne à l’agent (lettres, chiffres et . _ @ : - / +).',
    emailLocale: 'Langue du compte',
    emailLocaleHint:
      'La langue des courriels envoyés à l’agent, et des pages de Sésame une fois qu’il l’a choisie lui-même.',
    sendInvitation: 'Créer le compte et envoyer l’invitation',
    invited: 'Le compte est créé et une invitation a été envoyée à {email}.',
    resendTitle: 'Invitation',
    resendHint:
      'Le titulaire n’a pas encore choisi de mot de passe. Renvoyez l’invitation si elle a été perdue ou a expiré.',
    resend: 'Renvoyer l’invitation',
    resent: 'L’invitation a été renvoyée à {email}.',
    activationTitle: 'Désactivation',
    deactivateHint:
      'Le titulaire ne peut plus se connecter ; ses sessions prennent fin et les applications où il était connecté ne l’acceptent plus. Rien n’est effacé : vous pourrez réactiver le compte. Cette action est enregistrée dans le journal d’audit.',
    deactivate: 'Désactiver le compte',
    deactivated: 'Le compte est désactivé : son titulaire ne peut plus se connecter.',
    reactivateHint:
      'Le titulaire pourra se connecter de nouveau avec le mot de passe et les seconds facteurs qu’il avait.',
    reactivate: 'Réactiver le compte',
    reactivated: 'Le compte est réactivé : son titulaire peut se connecter de nouveau.',
    moveTitle: 'Organisation',
    moveHint: 'Déplacer le compte dans une autre organisation que vous gérez. Sa connexion ne change pas.',
    moveTo: 'Nouvelle organisation',
    move: 'Déplacer le compte',
    moved: 'Le compte appartient désormais à {organisation}.',
    deleteTitle: 'Effacer le compte',
    deleteIntro: 'L’effacement est définitif. Pour suspendre une connexion un temps, désactivez plutôt le compte.',
    deleteLink: 'Effacer ce compte…',
    deletePageTitle: 'Effacer le compte : {name}',
    deleteErased: 'Ce qui est effacé, aussitôt et définitivement :',
    deleteErasedItems: [
      'les nom et prénom, l’adresse électronique, le mot de passe et l’identifiant externe ;',
      'chaque appareil mobile, application d’authentification, clé de sécurité, numéro de téléphone et code de secours ;',
      'les options, les rôles, la place dans l’organisation ; toutes les sessions prennent fin.',
    ],
    deleteKept: 'Ce qui est conservé, pour l’audit seulement, jusqu’à la fin de sa durée de conservation :',
    deleteKeptItems: [
      'les lignes du journal d’audit de ce compte (ce qui a été fait, quand, depuis quelle adresse réseau), sous le seul identifiant {id}, qui ne mène plus à aucun nom ni aucune adresse.',
    ],
    confirmEmail: 'Pour confirmer, saisissez l’adresse électronique du compte',
    confirmEmailHint: 'L’adresse est {email}.',
    confirmMismatch: 'L’adresse saisie n’est pas celle du compte : rien n’a été effacé.',
    erase: 'Effacer définitivement le compte',
    cancel: 'Garder le compte',
    erased: 'Le compte {id} est effacé. Seules ses lignes d’audit restent, sous cet identifiant.',
    importTitle: 'Importer des agents depuis un fichier CSV',
    importLink: 'Importer des agents (CSV)',
    exportLink: 'Exporter les comptes (CSV)',
    importIntro:
      'D’abord une simulation : rien n’est écrit avant votre confirmation. Importer de nouveau le même fichier ne change rien. Chaque nouvel agent reçoit une invitation par courriel.',
    file: 'Fichier CSV',
    fileHint:
      'UTF-8 (avec ou sans BOM), séparé par « ; » ou « , », un agent par ligne après une ligne d’en-tête. Colonnes : email, first_name, last_name, organisation_id, external_id, language (code de deux lettres : fr, en, de…). Voir le guide des administrateurs.',
    defaultOrganisation: 'Organisation des lignes sans organisation_id',
    dryRun: 'Vérifier le fichier (simulation)',
    fileRequired: 'Choisissez un fichier CSV.',
    fileTooLarge: 'Le fichier est trop volumineux : {max} Mo au plus. Découpez-le.',
    fileUnreadable:
      'Le fichier n’a pas pu être lu comme un CSV vers la ligne {line}. Vérifiez qu’il s’agit d’un export CSV, puis réessayez.',
    headerMissing: 'La ligne d’en-tête n’a pas la colonne {column}. Les colonnes sont : {columns}.',
    tooManyLines: 'Le fichier a plus de {max} lignes. Découpez-le.',
    emptyFile: 'Le fichier n’a aucune ligne d’agent sous son en-tête.',
    planTitle: 'Simulation : ce que fera l’import',
    planSummary:
      '{create, plural, =0 {Aucun compte à créer} one {# compte à créer} many {# de comptes à créer} other {# comptes à créer}}, {update, plural, =0 {aucun à modifier} one {# à modifier} many {# à modifier} other {# à modifier}}, {unchanged, plural, =0 {aucun inchangé} one {# inchangé} many {# inchangés} other {# inchangés}}, {error, plural, =0 {aucune ligne refusée} one {# ligne refusée} many {# de lignes refusées} other {# lignes refusées}}.',
    colLine: 'Ligne',
    colAction: 'Ce qui se passera',
    colDetail: 'Détail',
    actions: { create: 'Créé et invité', update: 'Modifié', unchanged: 'Inchangé', error: 'Refusée' },
    changedFields: 'Modifications : {fields}',
    movedTo: 'déplacé dans {organisation}',
    planTruncated: 'Seules les {shown} premières lignes sont listées ; les totaux ci-dessus couvrent tout le fichier.',
    confirm: 'Confirmer l’import',
    confirmHint:
      'Les lignes refusées sont écartées. Le fichier est vérifié de nouveau à la confirmation ; cette simulation peut être confirmée pendant {minutes} minutes.',
    nothingToDo: 'Rien à importer : corrigez le fichier, puis vérifiez-le de nouveau.',
    another: 'Vérifier un autre fichier',
    progressTitle: 'Import en cours',
    doneTitle: 'Import terminé',
    failedTitle: 'Import interrompu',
    failedBody:
      'L’import s’est interrompu : le service était indisponible. Les lignes déjà écrites restent ; importez de nouveau le même fichier pour terminer (les lignes déjà traitées seront inchangées).',
    progress: '{processed} lignes traitées sur {total}.',
    progressCounts:
      '{created} créés, {updated} modifiés, {unchanged} inchangés, {errors} refusés ; {mailed} invitations envoyées.',
    mailFailed:
      '{count, plural, one {# invitation n’a pas pu être envoyée} many {# d’invitations n’ont pas pu être envoyées} other {# invitations n’ont pas pu être envoyées}} : renvoyez-les depuis la page de chaque compte.',
    refreshHint: 'Cette page se rafraîchit toutes les quelques secondes. Vous pouvez la quitter : l’import continue.',
    refresh: 'Rafraîchir',
    jobUnknown: 'Cet import est inconnu ou trop ancien, ou a été lancé par quelqu’un d’autre.',
    refusedLines: 'Lignes refusées',
    backToConsole: 'Retour à l’administration',
    lineReasons: {
      required: 'le champ « {field} » manque',
      too_long: 'le champ « {field} » est trop long',
      malformed: 'le champ « {field} » n’est pas valide',
      out_of_scope: 'l’organisation n’existe pas ou n’est pas de celles que vous gérez',
      taken: 'le champ « {field} » est celui d’un compte hors de vos organisations',
      duplicate: 'le champ « {field} » figure déjà sur une ligne précédente',
      conflict: 'l’identifiant externe et l’adresse électronique sont ceux de deux comptes différents',
      failed: 'la ligne n’a pas pu être écrite ; importez de nouveau le fichier',
    },
  },
  /** Rôles, organisations et audit dans la console (ticket 14 points 1 et 5, docs/adr/0038). */
  adminGovernance: {
    nav: 'Rubriques de l’administration',
    navSearch: 'Comptes',
    navOrganisations: 'Organisations',
    navAudit: 'Audit',
    rolesTitle: 'Attribuer ou retirer un rôle',
    rolesIntro:
      'Seuls les rôles et organisations que vous pouvez attribuer sont proposés. Le titulaire est prévenu par courriel, et le changement est inscrit dans le journal d’audit.',
    role: 'Rôle',
    scope: 'Sur l’organisation (et tout ce qui en dépend)',
    grant: 'Attribuer ce rôle',
    revoke: 'Retirer',
    revokeLabel: 'Retirer : {role}, {organisation}',
    noGrantable: 'Vous ne pouvez attribuer aucun rôle à ce compte.',
    granted: 'Le rôle a été attribué ; le titulaire a été prévenu par courriel.',
    revoked: 'Le rôle a été retiré ; le titulaire a été prévenu par courriel.',
    accountAudit: 'Voir le journal d’audit de ce compte',
    organisationsTitle: 'Organisations',
    organisationsIntro:
      'Les organisations que vous pouvez voir, chacune avec son type. Déplacer une organisation déplace tout ce qui en dépend ; vous ne pouvez renommer ou déplacer que les organisations situées sous la vôtre.',
    colKind: 'Type',
    colName: 'Nom',
    colId: 'Identifiant',
    colActions: 'Actions',
    rootKind: 'Tout le déploiement',
    createTitle: 'Créer une organisation',
    parent: 'Dans',
    newId: 'Identifiant',
    newIdHint: 'Lettres minuscules, chiffres et tirets, par exemple ddpp-35. Il ne pourra plus être changé.',
    newName: 'Nom',
    kind: 'Type',
    create: 'Créer',
    created: 'L’organisation « {name} » a été créée.',
    renameTitle: 'Renommer « {name} »',
    rename: 'Renommer',
    renamed: 'L’organisation a été renommée.',
    moveTitle: 'Déplacer « {name} »',
    moveTo: 'Nouveau parent',
    move: 'Déplacer',
    moved: 'L’organisation et tout ce qui en dépend ont été déplacés.',
    nameRequired: 'Saisissez le nom de l’organisation.',
    nameTooLong: 'Le nom est trop long : {max} caractères au plus.',
    idMalformed:
      'L’identifiant doit être fait de lettres minuscules, de chiffres et de tirets intérieurs, par exemple ddpp-35.',
    idTaken: 'Cet identifiant est déjà utilisé. Choisissez-en un autre.',
    kindUnknown: 'Choisissez un type parmi ceux proposés.',
    tooDeep: 'L’arborescence serait trop profonde à cet endroit. Choisissez un parent plus haut.',
    cycle:
      'Une organisation ne peut pas aller sous elle-même ni sous l’une de ses propres organisations. Choisissez un autre parent.',
    auditTitle: 'Audit',
    auditIntro:
      'Les événements de sécurité et d’administration concernant les comptes de : {organisations}. Lecture seule.',
    filters: 'Filtres',
    filterActor: 'Fait par (adresse électronique ou identifiant)',
    filterAccount: 'Compte concerné (adresse électronique ou identifiant)',
    filterType: 'Événement',
    filterOutcome: 'Résultat',
    filterFrom: 'Du (jour inclus)',
    filterTo: 'Au (jour inclus)',
    filterWithin: 'Organisation',
    any: 'Tous',
    allMine: 'Toutes mes organisations',
    outcomes: { success: 'Effectué', failure: 'Échoué ou refusé' },
    search: 'Rechercher',
    reset: 'Effacer les filtres',
    toBeforeFrom: 'La date de fin doit être égale ou postérieure à la date de début.',
    dateMalformed: 'Saisissez une date sous la forme année-mois-jour, par exemple 2026-12-07.',
    results: 'Événements',
    none: 'Aucun événement ne correspond à ces filtres.',
    colWhen: 'Quand',
    colWhat: 'Quoi',
    colOutcome: 'Résultat',
    colActor: 'Fait par',
    colAccount: 'Compte',
    colFrom: 'Depuis',
    colDetails: 'Détails',
    self: 'le titulaire lui-même',
    system: 'Sésame',
    next: 'Événements plus anciens',
    first: 'Événements les plus récents',
    exportTitle: 'Exporter',
    exportIntro:
      'Tous les événements correspondant aux filtres, du plus récent au plus ancien. L’export est inscrit dans le journal d’audit.',
    exportCsv: 'Exporter en CSV',
    exportJsonl: 'Exporter en lignes JSON',
  },
};
