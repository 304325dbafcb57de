import type { Messages } from './en';

/**
 * Spanish catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const es: Messages = {
  meta: {
    language: 'Idioma',
  },
  layout: {
    skipToContent: 'Ir al contenido principal',
    tagline: 'Inicio de sesión seguro',
    footer: 'Sésame — proveedor de identidad de código abierto',
    signedInAs: 'Sesión iniciada como {name}',
    myAccount: 'Mi cuenta',
    signOut: 'Cerrar sesión',
    errorSummaryTitle: 'Hay un problema',
    errorTitle: 'Error: {title}',
    navLabel: 'Cuenta e idioma',
  },
  fields: {
    email: 'Dirección de correo electrónico',
    emailConfirm: 'Confirme la dirección de correo electrónico',
    firstName: 'Nombre',
    lastName: 'Apellidos',
    emailLocale: 'Idioma de los correos electrónicos',
    emailLocaleHint:
      'El idioma de los correos electrónicos que le envía Sésame y de sus páginas una vez que haya iniciado sesión.',
    privacyAccepted: 'He leído y acepto la declaración de privacidad',
    password: 'Contraseña',
    passwordConfirm: 'Confirme la contraseña',
    currentPassword: 'Contraseña actual',
    newPassword: 'Nueva contraseña',
    newPasswordConfirm: 'Confirme la nueva contraseña',
    newEmail: 'Nueva dirección de correo electrónico',
    showPassword: 'Mostrar la contraseña',
    hidePassword: 'Ocultar la contraseña',
    showButton: 'Mostrar',
    hideButton: 'Ocultar',
    passwordHint:
      'Al menos {min, plural, one {# carácter} many {# caracteres} other {# caracteres}}. Se admiten espacios y cualquier carácter: una frase que recuerde es una buena contraseña. Las contraseñas demasiado comunes se rechazan.',
  },
  reasons: {
    required: 'Rellene el campo {field}.',
    too_long: 'El campo {field} es demasiado largo.',
    malformed: 'El campo {field} no es válido. Compruébelo y vuelva a intentarlo.',
    mismatch: 'El campo {field} no coincide.',
    too_short:
      'La contraseña debe tener al menos {min, plural, one {# carácter} many {# caracteres} other {# caracteres}}.',
    common:
      'Esta contraseña es demasiado común: cualquiera podría adivinarla. Elija otra, por ejemplo una frase corta.',
    contextual:
      'Esta contraseña contiene su nombre, su dirección de correo electrónico o el nombre del servicio. Elija otra.',
    not_accepted: 'Debe aceptar la declaración de privacidad para crear una cuenta.',
    unknown: 'Elija el valor del campo {field} entre los propuestos.',
    taken: 'Este valor del campo {field} ya se utiliza. Elija otro.',
    too_deep:
      'El árbol de organizaciones sería demasiado profundo en ese punto. Elija una organización superior más arriba.',
    cycle:
      'Una organización no puede trasladarse bajo sí misma ni bajo una de sus propias organizaciones. Elija otra organización superior.',
  },
  fieldNames: {
    organisationId: 'organización',
    externalId: 'identificador externo',
    confirmEmail: 'dirección de correo electrónico de la cuenta',
    file: 'archivo',
    code: 'código',
    name: 'nombre del dispositivo',
    method: 'método de verificación',
    pin: 'código PIN',
    pinConfirm: 'confirmación del código PIN',
    email: 'dirección de correo electrónico',
    emailConfirm: 'confirmación de la dirección de correo electrónico',
    firstName: 'nombre',
    lastName: 'apellidos',
    emailLocale: 'idioma de los correos electrónicos',
    privacyAccepted: 'declaración de privacidad',
    password: 'contraseña',
    passwordConfirm: 'confirmación de la contraseña',
    currentPassword: 'contraseña actual',
    newPassword: 'nueva contraseña',
    newPasswordConfirm: 'confirmación de la nueva contraseña',
    newEmail: 'nueva dirección de correo electrónico',
    phone: 'número de teléfono móvil',
  },
  errors: {
    INVALID_CREDENTIALS:
      'La dirección de correo electrónico o la contraseña no son correctas. Compruébelas y vuelva a intentarlo.',
    ACCOUNT_LOCKED:
      'Demasiados intentos fallidos: esta cuenta está bloqueada durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}. Espere o restablezca su contraseña con «¿Ha olvidado su contraseña?».',
    TOO_MANY_REQUESTS:
      'Demasiados intentos desde su red. Espere {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} y vuelva a intentarlo.',
    LINK_INVALID:
      'Este enlace ya no es válido: ha caducado o ya se ha utilizado. Vuelva a empezar para recibir un nuevo enlace.',
    EMAIL_UNAVAILABLE: 'Esta dirección de correo electrónico no se puede utilizar. Elija otra.',
    EXTERNAL_ID_UNAVAILABLE:
      'Este identificador externo ya pertenece a otra cuenta. Compruébelo y vuelva a intentarlo.',
    ACCOUNT_DEACTIVATED:
      'Su organización ha desactivado esta cuenta. Pida a su gestor local o a su servicio de asistencia que la reactive.',
    CSRF_INVALID:
      'Su formulario ha caducado o no se ha enviado desde este sitio. No se ha modificado nada. Vuelva a cargar la página e inténtelo de nuevo.',
    SIGN_IN_REQUIRED: 'Inicie sesión para ver esta página.',
    STORE_UNAVAILABLE:
      'El servicio no está disponible temporalmente. No se ha modificado nada. Vuelva a intentarlo dentro de un minuto.',
    NOT_FOUND: 'Esta página no existe.',
    BAD_REQUEST:
      'No se ha podido entender la solicitud. No se ha modificado nada. Vuelva atrás, cargue de nuevo la página e inténtelo otra vez.',
    INTERNAL:
      'Se ha producido un error por nuestra parte. No se ha modificado nada. Vuelva a intentarlo dentro de unos minutos.',
    DEVICE_MESSAGE_INVALID:
      'La aplicación Sésame ha enviado una solicitud que no se ha podido verificar. Actualice la aplicación y vuelva a intentarlo.',
    ENROLMENT_INVALID:
      'Este código QR ya no es válido: ha caducado o ya se ha utilizado. Vuelva a añadir el dispositivo desde «Gestionar mis dispositivos móviles».',
    DEVICE_ALREADY_ENROLLED:
      'Este teléfono ya está registrado para otra cuenta. Retírelo primero de esa cuenta: un teléfono, una cuenta.',
    DEVICE_UNAUTHENTICATED:
      'Este dispositivo no se reconoce. Vuelva a registrarlo desde «Gestionar mis dispositivos móviles».',
    DEVICE_BLOCKED:
      'Este dispositivo está bloqueado tras demasiadas respuestas incorrectas, hasta {time}. Vuelva a intentarlo entonces: una respuesta correcta pone fin al bloqueo. Si no ha sido usted, cambie su contraseña.',
    SECOND_FACTOR_REQUIRED:
      'Para añadir o eliminar un dispositivo móvil se necesita una confirmación con la aplicación Sésame. Inicie sesión con la aplicación, o elija «Ya no tengo mi teléfono».',
    DEVICE_CHALLENGE_INVALID: 'Esta solicitud ya ha sido respondida o cancelada. No se ha modificado nada.',
    DEVICE_CHALLENGE_EXPIRED: 'Esta solicitud ha caducado. Vuelva a empezar desde la página de inicio de sesión.',
    PUSH_LIMIT_REACHED:
      'Se han enviado demasiadas solicitudes a su teléfono. Espere {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} y vuelva a intentarlo. Si no las ha solicitado usted, cambie su contraseña.',
    NO_ACTIVE_DEVICE:
      'No hay ningún dispositivo móvil activo registrado para esta cuenta. Elija otro método de verificación.',
    DEVICE_SECRET_UNREADABLE:
      'Se ha producido un error por nuestra parte. No se ha modificado nada. Vuelva a intentarlo dentro de unos minutos.',
    SMS_UNAVAILABLE:
      'No se ha podido enviar el mensaje de texto: el servicio de SMS no responde. Vuelva a intentarlo dentro de unos minutos, o elija otro método de verificación.',
    SMS_RETIRED:
      'El inicio de sesión por SMS ya no se acepta aquí. Utilice la aplicación Sésame: añádala en «Gestionar mis dispositivos móviles» tras iniciar sesión de otro modo.',
    SMS_COUNTRY_NOT_ACCEPTED:
      'Sésame no envía SMS a este número. Países aceptados: {countries}. Utilice en su lugar la aplicación Sésame («Gestionar mis dispositivos móviles») o una llave de seguridad.',
    SMS_LIMIT_REACHED:
      'Sésame no puede enviar más SMS por el momento: no se ha enviado nada. Utilice en su lugar la aplicación Sésame o una llave de seguridad, o vuelva a intentarlo más tarde.',
    FORBIDDEN:
      'No está autorizado a hacer esto: queda fuera de las organizaciones y funciones que se le han asignado. No se ha modificado nada.',
    EID_UNAVAILABLE:
      'Su proveedor de eID no responde. Vuelva a intentarlo dentro de unos minutos, o inicie sesión con su dirección de correo electrónico y su contraseña.',
    EID_REFUSED:
      'No se ha podido comprobar la respuesta de su eID, o la solicitud ha caducado. No se ha modificado nada. Vuelva a empezar desde esta página.',
    EID_NOT_LINKED:
      'Esta eID no está vinculada a una cuenta Sésame. Inicie sesión con su dirección de correo electrónico y su contraseña y, a continuación, vincúlela en «Mi cuenta», «Gestionar mis eID».',
    EID_LEVEL_UNKNOWN:
      'Su proveedor de eID no ha indicado un nivel de seguridad que este Sésame acepte: la eID no se puede utilizar. Inicie sesión con su dirección de correo electrónico y su contraseña.',
    EID_ALREADY_LINKED: 'Esta eID ya está vinculada a una cuenta Sésame. Desvincúlela primero de esa cuenta.',
    EID_EMAIL_UNVERIFIED:
      'Su eID no ha proporcionado una dirección de correo electrónico verificada: no se puede crear ni encontrar ninguna cuenta Sésame a partir de ella. Inicie sesión con su dirección de correo electrónico y su contraseña (o cree una cuenta) y, a continuación, vincule su eID en «Mi cuenta», «Gestionar mis eID».',
    EID_OTHER_ACCOUNT:
      'Ha iniciado sesión en una cuenta distinta de la correspondiente a la dirección de correo electrónico de su eID. Cierre la sesión y, a continuación, vuelva a iniciar sesión con su eID.',
    EID_NOT_THIS_ACCOUNT:
      'Esta eID no es la vinculada a su cuenta Sésame, por lo que no puede confirmar este inicio de sesión. Utilice la eID que vinculó u otra forma de esta página.',
    confirmRequired: {
      emailConfirm: 'Confirme su dirección de correo electrónico.',
      passwordConfirm: 'Confirme su contraseña.',
      newPasswordConfirm: 'Confirme su nueva contraseña.',
    },
    currentPasswordWrong: 'Su contraseña actual no es correcta.',
    accountLockedUntilReset:
      'Demasiados intentos fallidos seguidos: esta cuenta está bloqueada hasta que se restablezca su contraseña. Restablézcala con «¿Ha olvidado su contraseña?» (se envía un enlace por correo electrónico), o pida a su gestor local o a su servicio de asistencia que la desbloquee. En un navegador en el que haya iniciado sesión con su contraseña en los últimos 90 días, todavía puede iniciar sesión.',
    sameEmail: 'Esta ya es su dirección de correo electrónico.',
    pageTitle: 'Error',
    backHome: 'Volver a la página de inicio de sesión',
  },
  signIn: {
    title: 'Iniciar sesión',
    intro: 'Inicie sesión con su cuenta Sésame.',
    next: 'Siguiente',
    signInButton: 'Iniciar sesión',
    passwordTitle: 'Introduzca su contraseña',
    signingInAs: 'Iniciando sesión como {email}',
    notYou: 'Utilizar otra dirección de correo electrónico',
    forgot: '¿Ha olvidado su contraseña?',
    noAccount: '¿Todavía no tiene cuenta?',
    createAccount: 'Crear una cuenta',
    methodLabel: 'Elija su método de verificación',
    methodPassword: 'Contraseña',
    methodAppPin: 'Aplicación Sésame con código PIN',
    methodAppQr: 'Aplicación Sésame con código QR',
    methodTotp: 'Código de una aplicación de autenticación',
    methodRecoveryCode: 'Un código de recuperación',
    methodWebauthn: 'Llave de seguridad o plataforma de confianza',
    methodSms: 'Teléfono móvil + SMS',
    passkeyIntro: 'O bien, sin teclear su dirección de correo electrónico:',
    passkeyButton: 'Iniciar sesión con una clave de acceso',
    passkeyRefused:
      'Esta clave de acceso no se ha aceptado: no está registrada, o la solicitud ha caducado. Vuelva a intentarlo, o teclee su dirección de correo electrónico.',
    methodHint:
      'Las aplicaciones que exigen dos factores necesitan uno de estos después de su contraseña: elija el que tenga.',
    methodOnMobile: 'En el móvil',
    onMobileIntro:
      '¿Está en el teléfono que tiene su aplicación Sésame? Confirme en la aplicación en lugar de teclear su contraseña.',
    signedOut: 'Ha cerrado la sesión.',
    eidIntro: 'O con su identidad electrónica nacional, si la ha vinculado a su cuenta:',
    eidButton: 'Iniciar sesión con {provider}',
  },
  secondFactor: {
    title: 'Confirme que es usted con su segundo factor',
    body: 'Añadir o eliminar un dispositivo móvil cambia la forma en que está protegida su cuenta. Su cuenta tiene, o ha tenido, una aplicación Sésame: confirme primero con ella. Un dispositivo bloqueado vuelve a funcionar cuando termina su bloqueo.',
    emailBody:
      'Su dirección de correo electrónico le permite recuperar su cuenta si pierde su teléfono. Su cuenta tiene, o ha tenido, una aplicación Sésame: confirme con ella antes de cambiar la dirección.',
    confirm: 'Confirmar con mi segundo factor',
    lost: '¿Ha perdido su teléfono? Elimine todos sus dispositivos (PÁNICO): se confirma por correo electrónico.',
    lostWithCodes:
      '¿Ha perdido su llave de seguridad o su aplicación de autenticación? Al confirmar, después de su contraseña elija «Ya no tengo ninguno de ellos: utilizar un código de recuperación».',
    lostHelpdesk:
      '¿Ha perdido su llave de seguridad o su aplicación de autenticación? Su servicio de asistencia puede retirarla tras comprobar su identidad; después, usted añade una nueva.',
    noneTitle: 'Primero se necesita un segundo factor',
    noneBody:
      'Esta página exige un inicio de sesión con un segundo factor, y su cuenta todavía no tiene ninguno. Añada uno en Mi cuenta —una aplicación de autenticación, una llave de seguridad o la aplicación Sésame— y vuelva aquí.',
    goToAccount: 'Añadir un segundo factor en Mi cuenta',
    lostAllTitle: 'Su cuenta ya no tiene ningún segundo factor',
    lostAllBody:
      'Sus dispositivos móviles y demás segundos factores se han retirado, por su servicio de asistencia tras la pérdida de su teléfono o al eliminarse todos sus dispositivos (PÁNICO): ya no queda nada con lo que confirmar. Si los ha retirado su servicio de asistencia, abra en este navegador el enlace del correo electrónico que le ha enviado: podrá añadir enseguida un nuevo dispositivo móvil. De lo contrario, elija «Ya no tengo mi teléfono»: le enviaremos un enlace, y podrá añadir un nuevo dispositivo {hours, plural, one {# hora} many {# horas} other {# horas}} después de abrirlo.',
    backToAccount: 'Volver a Mi cuenta',
  },
  signInQr: {
    title: 'Escanee el código QR con la aplicación Sésame',
    alt: 'Código QR que debe escanear con la aplicación Sésame para iniciar sesión',
    stepsTitle: 'En la aplicación Sésame (funciona sin red)',
    steps: [
      'Abra la aplicación Sésame en su dispositivo móvil y pulse «Escanear un código QR».',
      'Escanee este código QR. La aplicación muestra qué aplicación lo solicita.',
      'Introduzca su código PIN de 4 cifras: la aplicación muestra un código de 8 cifras.',
      'Teclee ese código a continuación y pulse «Iniciar sesión».',
    ],
    expires: 'Este código QR es válido hasta las {time}.',
    codeLabel: 'Código mostrado por la aplicación',
    codeHint: '8 cifras.',
    newCode: 'Mostrar un nuevo código QR',
    wrongCode:
      'Este código no es correcto. Compruébelo en la aplicación y vuelva a teclearlo. Un PIN incorrecto en la aplicación da un código incorrecto: tras 5 respuestas incorrectas seguidas, el dispositivo se bloquea durante un tiempo, cada vez más largo.',
    expired: 'Este código QR ha caducado. Muestre uno nuevo.',
  },
  signInApp: {
    title: 'Confirme en la aplicación Sésame',
    intro: 'Se ha enviado una solicitud de inicio de sesión a su dispositivo móvil: {devices}.',
    numberLabel: 'Número que debe elegir en la aplicación',
    steps: [
      'Abra la aplicación Sésame en su dispositivo móvil. Si la solicitud no aparece, pulse «Buscar solicitudes».',
      'Compruebe la aplicación, el navegador y la hora de la solicitud.',
      'Elija el número que aparece en esta página e introduzca su código PIN de 4 cifras.',
    ],
    expires: 'La solicitud es válida hasta las {time}.',
    waiting: 'Esperando su confirmación en la aplicación…',
    continue: 'He confirmado en la aplicación',
    resend: 'Enviar una nueva solicitud',
    signInAgain: 'Volver a iniciar sesión',
    otherMethod: 'Elegir otro método de verificación',
    notYet: 'La solicitud todavía no se ha confirmado en la aplicación. Confírmela y continúe.',
    approved: 'Confirmado en la aplicación. Iniciando su sesión…',
    denied:
      'La solicitud se ha rechazado en la aplicación. No ha iniciado sesión. Vuelva a iniciar sesión si se trata de un error.',
    reported:
      'Ha notificado que no hizo esta solicitud. No ha iniciado sesión. Si otra persona conoce su contraseña, cámbiela ahora con «¿Ha olvidado su contraseña?».',
    failed:
      'PIN o número incorrecto en la aplicación. No ha iniciado sesión. Vuelva a iniciar sesión para enviar una nueva solicitud: tras 5 respuestas incorrectas seguidas, el dispositivo se bloquea durante un tiempo, cada vez más largo.',
    cancelled:
      'La solicitud se ha cancelado: el dispositivo se ha eliminado o bloqueado. Elija otro método de verificación.',
    expired: 'La solicitud ha caducado. Envíe una nueva solicitud.',
  },
  signInMobile: {
    title: 'Confirme en este teléfono',
    openApp: 'Abrir la aplicación Sésame',
    steps: [
      'Pulse «Abrir la aplicación Sésame»: se abre en la solicitud.',
      'Compruebe la aplicación y la hora de la solicitud e introduzca su código PIN de 4 cifras.',
      'Vuelva a esta página: el inicio de sesión continúa automáticamente.',
    ],
    expires: 'La solicitud es válida hasta las {time}.',
    waiting: 'Esperando su confirmación en la aplicación…',
    continue: 'He confirmado en la aplicación',
    resend: 'Enviar una nueva solicitud',
    usePassword: 'Iniciar sesión con su contraseña en su lugar',
    signInAgain: 'Volver a iniciar sesión',
    notYet: 'La solicitud todavía no se ha confirmado en la aplicación. Confírmela y continúe.',
    denied:
      'La solicitud se ha rechazado en la aplicación. No ha iniciado sesión. Vuelva a iniciar sesión si se trata de un error.',
    reported:
      'Ha notificado que no hizo esta solicitud. No ha iniciado sesión. Alguien ha intentado iniciar sesión con su dirección de correo electrónico; no se ha utilizado su contraseña.',
    failed:
      'PIN incorrecto en la aplicación. No ha iniciado sesión. Vuelva a iniciar sesión para enviar una nueva solicitud: tras 5 respuestas incorrectas seguidas, el dispositivo se bloquea durante un tiempo, cada vez más largo.',
    cancelled:
      'La solicitud se ha cancelado: el dispositivo se ha eliminado o bloqueado. Inicie sesión con su contraseña.',
    expired: 'La solicitud ha caducado. Envíe una nueva solicitud.',
  },
  register: {
    title: 'Crear una cuenta',
    intro: 'Rellene el formulario. Le enviaremos un correo electrónico con un enlace para elegir su contraseña.',
    privacyLink: 'Leer la declaración de privacidad',
    submit: 'Crear una cuenta',
    sentTitle: 'Consulte su buzón de correo',
    sent: 'Se ha enviado un correo electrónico a {email}. Abra el enlace que contiene en un plazo de {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} para elegir su contraseña. Si no lo recibe, consulte su carpeta de correo no deseado.',
  },
  setPassword: {
    title: 'Elija su contraseña',
    intro: 'Bienvenido/a, {firstName}. Elija la contraseña de su cuenta {email}.',
    submit: 'Guardar e iniciar sesión',
    done: 'Su cuenta está lista. Ha iniciado sesión.',
  },
  forgot: {
    title: '¿Ha olvidado su contraseña?',
    intro:
      'Introduzca la dirección de correo electrónico de su cuenta. Le enviaremos un enlace para elegir una nueva contraseña.',
    submit: 'Enviarme un enlace',
    sentTitle: 'Consulte su buzón de correo',
    sent: 'Si existe una cuenta para {email}, se le ha enviado un correo electrónico con un enlace. El enlace es válido durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}.',
  },
  reset: {
    title: 'Elija una nueva contraseña',
    intro: 'Elija una nueva contraseña para {email}.',
    submit: 'Guardar la nueva contraseña',
    done: 'Su contraseña se ha cambiado. Inicie sesión con su nueva contraseña.',
  },
  account: {
    title: 'Mi cuenta',
    details: 'Mis datos',
    userId: 'Identificador único',
    name: 'Nombre',
    email: 'Dirección de correo electrónico',
    languageHint:
      'El idioma de las páginas de Sésame una vez que haya iniciado sesión y de los correos electrónicos que le envía. Para cambiarlo, elija otro en el menú de idiomas de la parte superior de la página.',
    organisation: 'Organización',
    security: 'Seguridad',
    changePassword: 'Cambiar la contraseña',
    changeEmail: 'Cambiar la dirección de correo electrónico',
    recentEvents: 'Eventos de seguridad recientes',
    eventWhen: 'Cuándo',
    eventWhat: 'Qué',
    eventFrom: 'Desde',
    noEvents: 'Todavía no hay ningún evento.',
    welcome: 'Bienvenido/a, {firstName}.',
  },
  events: {
    'account.created': 'Cuenta creada',
    'sign_in.succeeded': 'Inicio de sesión',
    'sign_in.failed': 'Inicio de sesión fallido',
    'account.locked': 'Cuenta bloqueada',
    sign_out: 'Cierre de sesión',
    'password.changed': 'Contraseña cambiada',
    'password.reset': 'Contraseña restablecida por correo electrónico',
    'email.change_requested': 'Cambio de dirección de correo electrónico solicitado',
    'email.changed': 'Dirección de correo electrónico cambiada',
    'device.enrolled': 'Dispositivo móvil añadido',
    'device.renamed': 'Dispositivo móvil renombrado',
    'device.deleted': 'Dispositivo móvil eliminado',
    'device.blocked': 'Dispositivo móvil bloqueado tras respuestas incorrectas',
    'account.recovery_started': 'Recuperación de la cuenta iniciada (teléfono perdido)',
    'account.recovery_cancelled': 'Recuperación de la cuenta cancelada',
    'account.recovery_completed': 'Cuenta recuperada: nuevo dispositivo móvil añadido',
    'account.recovery_expedited':
      'Periodo de espera de la recuperación terminado por el servicio de asistencia tras comprobar la identidad',
    'credential.enrolled': 'Autenticador añadido',
    'credential.renamed': 'Autenticador renombrado',
    'credential.deleted': 'Autenticador eliminado',
    'account.options_changed': 'Opciones de la cuenta modificadas',
    'account.language_changed': 'Idioma de la cuenta modificado',
    'account.new_browser_mailed': 'Inicio de sesión desde un nuevo navegador: correo electrónico enviado',
    'account.unlocked': 'Cuenta desbloqueada por el servicio de asistencia o un gestor',
    'account.password_reset_sent':
      'Enlace de restablecimiento de contraseña enviado por el servicio de asistencia o un gestor',
    'account.second_factor_reset': 'Segundos factores retirados por el servicio de asistencia o un gestor',
    'campaign.reminder_sent': 'Recordatorio de configurar un segundo factor enviado por un gestor',
    'campaign.snoozed': 'Configuración del segundo factor aplazada («Más tarde»)',
    'campaign.excluded': 'Excluido/a de la campaña de segundo factor por un gestor',
    'campaign.included': 'Incluido/a de nuevo en la campaña de segundo factor por un gestor',
    'campaign.configured': 'Campaña de segundo factor configurada por un gestor',
    'account.invited': 'Cuenta creada por un gestor (invitación)',
    'account.updated': 'Datos de la cuenta modificados por un gestor o una importación',
    'account.deactivated': 'Cuenta desactivada por un gestor',
    'account.reactivated': 'Cuenta reactivada por un gestor',
    'account.deleted': 'Cuenta borrada por un gestor',
    'account.exported': 'Cuentas exportadas (CSV)',
    'dashboard.exported': 'Panel de migración exportado (CSV)',
    'account.moved': 'Cuenta trasladada a otra organización',
    'role.granted': 'Función administrativa asignada',
    'role.revoked': 'Función administrativa retirada',
    'organisation.created': 'Organización creada',
    'organisation.renamed': 'Organización renombrada',
    'organisation.moved': 'Organización trasladada',
    'audit.exported': 'Auditoría exportada',
    'audit.purged': 'Entradas de auditoría antiguas eliminadas (conservación)',
    'admin.refused': 'Acción administrativa denegada',
  },
  changePassword: {
    title: 'Cambiar la contraseña',
    submit: 'Cambiar la contraseña',
    cancel: 'Cancelar',
    done: 'Su contraseña se ha cambiado. Se han cerrado sus demás sesiones.',
  },
  changeEmail: {
    title: 'Cambiar la dirección de correo electrónico',
    intro: 'Enviaremos un enlace a la nueva dirección. Su dirección cambiará cuando lo abra.',
    submit: 'Enviar el enlace de confirmación',
    cancel: 'Cancelar',
    sent: 'Se ha enviado un enlace de confirmación a {email}. Ábralo en un plazo de {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}.',
    done: 'Su dirección de correo electrónico es ahora {email}.',
  },
  blocking: {
    until: 'Bloqueado hasta {time}',
    later: 'dentro de unos minutos',
    timeLocale: 'es-ES',
  },
  recovery: {
    link: 'Ya no tengo mi teléfono',
    requestTitle: 'Ya no tengo mi teléfono',
    requestIntro:
      'Si ha perdido todos los dispositivos móviles de su cuenta, puede añadir uno nuevo tras un periodo de espera de {hours, plural, one {# hora} many {# horas} other {# horas}}. Le enviamos un enlace a su dirección de correo electrónico; el periodo de espera empieza cuando lo abre. Le informamos por correo electrónico en cada paso, para que pueda detenerlo si no es usted.',
    requestSubmit: 'Enviarme el enlace',
    sentTitle: 'Consulte su correo electrónico',
    sent: 'Se ha enviado un enlace a {email}. Ábralo en un plazo de {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} para iniciar el periodo de espera.',
    confirmTitle: 'Iniciar la recuperación de su cuenta',
    confirmIntro:
      'Cuando confirme, empezará un periodo de espera de {hours, plural, one {# hora} many {# horas} other {# horas}}. Después, inicie sesión con su contraseña en este navegador y añada un nuevo dispositivo móvil. Le enviamos ahora un correo electrónico, con un enlace para cancelar.',
    confirmSubmit: 'Iniciar el periodo de espera',
    startedTitle: 'El periodo de espera ha empezado',
    started:
      'A partir del {time}, inicie sesión con su contraseña en este navegador y añada un nuevo dispositivo móvil desde «Gestionar mis dispositivos móviles». Después, inicie sesión con el nuevo dispositivo.',
    cancelTitle: 'Cancelar la recuperación de su cuenta',
    cancelIntro:
      'Alguien ha iniciado la recuperación de su cuenta. Si no ha sido usted, cancélela: no se podrá añadir ningún dispositivo nuevo por esta vía. A continuación, cambie su contraseña: alguien la conoce.',
    cancelSubmit: 'Cancelar la recuperación',
    cancelledTitle: 'La recuperación se ha cancelado',
    cancelled:
      'Ya no se puede añadir ningún dispositivo nuevo por esta vía. Si no la inició usted, cambie ahora su contraseña.',
    pending:
      'Hay una recuperación de su cuenta en curso: a partir del {time}, podrá añadir un nuevo dispositivo móvil.',
    ready:
      'El periodo de espera de la recuperación de su cuenta ha terminado: en el navegador en el que confirmó el enlace, ya puede añadir un nuevo dispositivo móvil.',
    changePassword: 'Cambiar mi contraseña',
    confirmIntroChecked:
      'Su servicio de asistencia ha retirado los segundos factores de su cuenta y ha comprobado que es usted: no hay periodo de espera. Cuando confirme, podrá añadir enseguida un nuevo dispositivo móvil en este navegador, con la sesión iniciada con su contraseña. Le enviamos ahora un correo electrónico, con un enlace para cancelar.',
    confirmSubmitChecked: 'Confirmar',
    readyTitle: 'Puede añadir su nuevo dispositivo móvil',
    readyNow:
      'En este navegador, con la sesión iniciada con su contraseña, añada ahora su nuevo dispositivo móvil. Después, inicie sesión con él.',
  },
  devices: {
    title: 'Gestionar mis dispositivos móviles',
    intro:
      'La aplicación Sésame de su teléfono o tableta confirma sus inicios de sesión. Añada un dispositivo, cámbiele el nombre o elimínelo si lo pierde o cambia de teléfono.',
    none: 'Todavía no tiene ningún dispositivo móvil.',
    name: 'Nombre',
    added: 'Fecha de alta',
    lastUsed: 'Último uso',
    status: 'Estado',
    actions: 'Acciones',
    never: 'Nunca',
    statuses: {
      pending: 'Pendiente de confirmación del PIN',
      active: 'Activo',
      blocked: 'Bloqueado',
    },
    add: 'Añadir un dispositivo móvil',
    rename: 'Cambiar el nombre',
    renameOf: 'Cambiar el nombre de {name}',
    delete: 'Eliminar',
    deleteOf: 'Eliminar {name}',
    panic: 'Eliminar todos mis dispositivos y eID (PÁNICO)',
    panicHint:
      '¿Teléfono perdido o robado? Elimine todos sus dispositivos y desvincule sus eID a la vez: ninguno de ellos podrá volver a confirmar ni abrir un inicio de sesión.',
    back: 'Volver a mis dispositivos móviles',
    addedNotice: 'Su dispositivo móvil se ha añadido. Ya puede confirmar sus inicios de sesión.',
    renamedNotice: 'El dispositivo se llama ahora «{name}».',
    deletedNotice: 'El dispositivo se ha eliminado.',
    panicNotice: 'Todos sus dispositivos móviles se han eliminado y sus eID se han desvinculado.',
    form: {
      title: 'Añadir un dispositivo móvil',
      intro:
        'Introduzca un nombre para identificar su dispositivo móvil y el código PIN que desea utilizar para este dispositivo.',
      name: 'Nombre del dispositivo',
      nameHint: 'Sin espacios, por ejemplo Pixel-de-Maria.',
      pin: 'Código PIN de 4 cifras',
      pinHint: 'Deberá introducir este código PIN en su dispositivo móvil para utilizar la aplicación Sésame.',
      pinConfirm: 'Confirme su código PIN',
      submit: 'Enviar',
      cancel: 'Cancelar',
    },
    qr: {
      title: 'Escanee el código QR con la aplicación Sésame',
      alt: 'Código QR que debe escanear con la aplicación Sésame para añadir el dispositivo {name}',
      stepsTitle: 'En la aplicación Sésame',
      steps: [
        'Abra la aplicación Sésame en su dispositivo móvil y elija añadir una cuenta. Autorice a la aplicación a utilizar la cámara.',
        'Escanee este código QR con la aplicación.',
        'La aplicación le pide el código PIN de 4 cifras que acaba de elegir: introdúzcalo.',
        'Acepte el dispositivo en la aplicación: pulse «Aceptar» (o la notificación que envía la aplicación).',
        'Listo: esta página avanza automáticamente y usted recibe un correo electrónico de confirmación.',
      ],
      expires:
        'Este código QR es válido durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}, hasta las {time}. Después, vuelva a añadir el dispositivo.',
      waiting: 'Esperando su dispositivo móvil…',
      finished: 'He terminado en la aplicación',
      cancel: 'Cancelar',
    },
    renameTitle: 'Cambiar el nombre de un dispositivo móvil',
    renameSubmit: 'Cambiar el nombre',
    deleteTitle: 'Eliminar un dispositivo móvil',
    deleteQuestion:
      '¿Eliminar el dispositivo móvil «{name}»? Ya no confirmará sus inicios de sesión. Para volver a utilizarlo, tendrá que añadirlo de nuevo.',
    deleteConfirm: 'Sí, eliminar este dispositivo',
    panicTitle: 'Eliminar todos mis dispositivos',
    panicQuestion:
      '{count, plural, =0 {En este momento no tiene ningún dispositivo móvil: no hay nada que eliminar.} one {¿Eliminar su dispositivo móvil? Ya no confirmará sus inicios de sesión. Hágalo si se ha perdido o se lo han robado; después, vuelva a añadirlo.} many {¿Eliminar sus # dispositivos móviles? Ninguno de ellos volverá a confirmar sus inicios de sesión. Hágalo si ha perdido un dispositivo o se lo han robado; después, vuelva a añadir sus dispositivos.} other {¿Eliminar sus # dispositivos móviles? Ninguno de ellos volverá a confirmar sus inicios de sesión. Hágalo si ha perdido un dispositivo o se lo han robado; después, vuelva a añadir sus dispositivos.}}',
    panicConfirm: 'Sí, eliminar todos mis dispositivos',
    panicSend: 'Enviarme el enlace de confirmación',
    panicSentTitle: 'Consulte su buzón de correo',
    panicSent:
      'Se ha enviado un enlace de confirmación a {email}. Ábralo en un plazo de {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}: sus dispositivos se eliminan cuando confirme allí.',
    panicLinkQuestion:
      '¿Desea eliminar ahora todos los dispositivos móviles de esta cuenta y desvincular sus eID? Ninguno de ellos volverá a confirmar ni abrir un inicio de sesión.',
    cancel: 'Cancelar',
    fieldReasons: {
      name: {
        required: 'Introduzca un nombre de dispositivo.',
        malformed:
          'El nombre del dispositivo no debe contener espacios: escríbalo en una sola palabra, por ejemplo Pixel-de-Maria.',
        too_long: 'El nombre del dispositivo es demasiado largo: utilice 40 caracteres como máximo.',
      },
      pin: {
        required: 'Introduzca un código PIN de 4 cifras.',
        malformed: 'El código PIN solo debe contener cifras.',
        too_short: 'El código PIN debe tener exactamente 4 cifras.',
        too_long: 'El código PIN debe tener exactamente 4 cifras.',
        common: 'Este código PIN es demasiado fácil de adivinar (como 1234 o 0000). Elija otro.',
      },
      pinConfirm: {
        required: 'Confirme su código PIN.',
        mismatch: 'Los dos códigos PIN son diferentes. Teclee dos veces el mismo código PIN.',
      },
      phone: {
        required: 'Introduzca su número de teléfono móvil.',
        malformed:
          'Escriba el número empezando por «+» y el prefijo del país, sin puntos, paréntesis ni guiones, por ejemplo +34 612 34 56 78.',
        not_accepted: 'Este número no se puede añadir. Compruébelo o utilice otro número.',
      },
    },
  },
  outbox: {
    title: 'Bandeja de salida (desarrollo)',
    intro: 'Los correos no se envían: SMTP no está configurado. Aquí están, del más reciente al más antiguo.',
    empty: 'Todavía no hay ningún correo.',
    to: 'Para',
    subject: 'Asunto',
    date: 'Fecha',
    filterLabel: 'Filtrar los correos',
    filterTo: 'Destinatario (dirección exacta)',
    filterSubmit: 'Mostrar sus correos',
    filterClear: 'Mostrar todos los correos',
    emptyFor: 'No hay ningún correo para {to}.',
    json: 'La misma lista en JSON',
  },
  privacy: {
    title: 'Declaración de privacidad',
    body: [
      'Sésame solo conserva lo que necesita para iniciar su sesión: su nombre, su dirección de correo electrónico, el idioma de su cuenta (el de los correos y, una vez que usted lo haya elegido, el de las páginas, con la fecha de esa elección), un hash de su contraseña (nunca la contraseña en sí), los dispositivos móviles que ha añadido y un registro de los eventos de seguridad (inicios de sesión, cambios) con su fecha, su dirección de red y su navegador.',
      'Estos datos solo sirven para autenticarle ante las aplicaciones que decida utilizar y para proteger su cuenta. No se venden ni se utilizan con fines publicitarios.',
    ],
    retentionTitle: 'Cuánto tiempo los conservamos',
    retentionAccount:
      'Su cuenta (nombre, dirección de correo electrónico, idioma, hash de la contraseña, dispositivos móviles): en la base de datos, mientras exista la cuenta. Para que se elimine su cuenta, póngase en contacto con su servicio de asistencia.',
    retentionSignIns:
      'Los eventos de inicio de sesión (inicios de sesión, intentos fallidos, cierres de sesión, con fecha, dirección de red y navegador): en la base de datos, {days, plural, one {# día} many {# días} other {# días}}, y después se eliminan.',
    retentionAudit:
      'Los demás eventos de seguridad (creación de la cuenta, cambios de contraseña, de dirección de correo electrónico, de idioma y de dispositivos, bloqueos, recuperaciones): en la base de datos, {days, plural, one {# día} many {# días} other {# días}}, y después se eliminan.',
    retentionRegistrations:
      'Un registro sin terminar (su nombre y su dirección de correo electrónico hasta que elija una contraseña): solo en la memoria temporal del servidor, nunca en la base de datos; se olvida {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} después del envío del correo si no se utiliza su enlace.',
    retentionPendingCredentials:
      'Una aplicación de autenticación cuya adición inició pero nunca confirmó con su primer código (su clave secreta, cifrada): en la base de datos, {hours, plural, one {# hora} many {# horas} other {# horas}}, y después se elimina; puede volver a empezar en cualquier momento.',
    retentionOutbox:
      'Esta instalación no envía correos electrónicos: los conserva en una bandeja de salida de prueba, en la base de datos, {days, plural, one {# día} many {# días} other {# días}}, y después los elimina.',
    retentionPurge:
      'La eliminación es automática: el servidor lo comprueba cada hora. Puede consultar sus eventos recientes en «Mi cuenta».',
    back: 'Volver',
  },
  levels: {
    BASIC: 'básico (contraseña)',
    MEDIUM: 'medio (dos factores)',
    HIGH: 'alto (hardware certificado)',
  },
  stepUp: {
    title: 'Se necesita una verificación adicional',
    setUp: 'Ir a Mi cuenta',
    back: 'Volver a {app} sin iniciar sesión',
    backOidc: 'No puedo continuar: volver a {app} sin iniciar sesión',
  },
  levelGap: {
    asksFactors: '{app} exige el nivel de autenticación {level}: su contraseña y, después, {factors}.',
    asksFactorsOrEid:
      '{app} exige el nivel de autenticación {level}: su contraseña y, después, {factors}; o solo su eID ({provider}).',
    factorApp: 'la aplicación Sésame',
    factorKey: 'una llave de seguridad',
    factorTotp: 'una aplicación de autenticación',
    asksLevel: '{app} exige el nivel de autenticación {level}.',
    confirmBody: 'Confirme con la aplicación Sésame de su teléfono: no tendrá que volver a teclear su contraseña.',
    confirm: 'Confirmar con la aplicación Sésame',
    codeBody:
      'Confirme con un código de su aplicación de autenticación: teclee el código que muestra, sin volver a teclear su contraseña.',
    confirmCode: 'Confirmar con mi aplicación de autenticación',
    keyBody:
      'Confirme con su llave de seguridad o plataforma de confianza: utilice su llave, sin volver a teclear su contraseña.',
    confirmKey: 'Confirmar con mi llave de seguridad',
    smsBody:
      'Confirme con un código enviado por SMS a su teléfono: teclee el código que reciba, sin volver a teclear su contraseña.',
    confirmSms: 'Confirmar por SMS',
    setUpBody:
      'Su cuenta todavía no tiene la aplicación Sésame. Configúrela ahora: se tarda unos 2 minutos, con su teléfono. Después, confirmará con ella este inicio de sesión y volverá a {app} con la sesión iniciada.',
    setUp: 'Configurar ahora la aplicación Sésame',
    noPhone: '¿No tiene smartphone o prefiere no utilizar el suyo? {app} también acepta:',
    addKey:
      'Una llave de seguridad o plataforma de confianza (Windows Hello, Touch ID, el bloqueo de pantalla de un teléfono Android)',
    addTotp: 'Una aplicación de autenticación (un código de 6 cifras que cambia cada 30 segundos)',
    afterOther: 'Una vez añadida, su página ofrece «Continuar a {app}»: con ella confirma este inicio de sesión.',
    continueBody: '{app} espera su inicio de sesión: confírmelo ahora con lo que acaba de añadir.',
    continueTo: 'Continuar a {app}',
    lostBody:
      'Su cuenta tenía un dispositivo móvil que ya no se puede utilizar (bloqueado o eliminado). Por su seguridad, no se puede añadir un nuevo dispositivo solo con la contraseña. Si ya no tiene su teléfono, inicie la recuperación de su cuenta: tras un periodo de espera, podrá añadir un nuevo dispositivo.',
    notOfferedBody:
      'Este nivel exige un método que este Sésame todavía no le ofrece, como una identidad electrónica (eID). La aplicación Sésame no alcanza este nivel.',
    highKeyBody:
      'Este nivel exige una llave de seguridad certificada: una llave física cuyo modelo certifica la FIDO Alliance, utilizada con su PIN o su huella dactilar. La aplicación Sésame da el nivel MEDIUM y no alcanza este nivel. Registre una llave de este tipo en Mi cuenta y vuelva a iniciar sesión en {app} con ella.',
    registerKey: 'Registrar una llave de seguridad',
    // The level page's step-up by eID (docs/adr/0053 §2).
    eidBody: 'Su eID da este nivel: inicie sesión con ella y volverá a {app} con la sesión iniciada.',
    eidButton: 'Iniciar sesión con su eID ({provider})',
    support:
      '¿Necesita ayuda? Póngase en contacto con su servicio de asistencia o con su gestor local, e indíqueles en qué aplicación intentaba iniciar sesión:',
  },
  unknownService: {
    title: 'Aplicación desconocida',
    body: 'La aplicación que le ha enviado aquí no está registrada en Sésame, por lo que no se puede iniciar su sesión en ella. Compruebe la dirección, o póngase en contacto con el servicio de asistencia de la aplicación.',
  },
  cas: {
    requestTitle: 'Solicitud de inicio de sesión no válida',
    badRequest:
      'La aplicación ha enviado una solicitud de inicio de sesión incompleta o ambigua, por lo que no se ha iniciado su sesión en ella. Vuelva a la aplicación e inténtelo de nuevo; si vuelve a ocurrir, póngase en contacto con su servicio de asistencia.',
    loginRequestInvalid:
      'Esta solicitud de inicio de sesión ha caducado o ya se ha utilizado. Vuelva a la aplicación e inicie sesión de nuevo.',
    invalidStrength:
      'La aplicación ha solicitado un método de verificación que Sésame no conoce, por lo que no se ha iniciado su sesión en ella. Póngase en contacto con el servicio de asistencia de la aplicación.',
    invalidLevel:
      'La aplicación ha solicitado un nivel de autenticación que Sésame no conoce, por lo que no se ha iniciado su sesión en ella. Póngase en contacto con el servicio de asistencia de la aplicación.',
    invalidMethod:
      'La aplicación ha solicitado que se le responda de una forma que Sésame no admite (solo se admiten GET y POST), por lo que no se ha iniciado su sesión en ella. Póngase en contacto con el servicio de asistencia de la aplicación.',
    postTitle: 'Volviendo a {app}',
    postBody: 'Ha iniciado sesión. Su navegador le está llevando de vuelta a {app}; si no ocurre nada, pulse el botón.',
    postButton: 'Continuar a {app}',
    signedOutTitle: 'Ha cerrado la sesión',
    signedOut:
      'Ha cerrado la sesión de Sésame. Se ha pedido a las aplicaciones que abrió con Sésame que cierren sus sesiones; cierre su navegador para mayor seguridad.',
    signInAgain: 'Volver a iniciar sesión',
  },
  oidc: {
    errorTitle: 'Inicio de sesión en la aplicación interrumpido',
    invalidRequest:
      'La aplicación ha enviado una solicitud de inicio de sesión que Sésame no puede aceptar, por lo que no se ha iniciado su sesión en ella. Vuelva a la aplicación e inténtelo de nuevo; si vuelve a ocurrir, póngase en contacto con su servicio de asistencia.',
    invalidRedirect:
      'La aplicación ha pedido a Sésame que le envíe a una dirección que no ha registrado. Por su seguridad, Sésame se ha detenido aquí y no le ha enviado a ninguna parte. Póngase en contacto con el servicio de asistencia de la aplicación.',
    unknownClient:
      'La aplicación que le ha enviado aquí no está registrada en Sésame, por lo que no se puede iniciar su sesión en ella. Compruebe la dirección, o póngase en contacto con el servicio de asistencia de la aplicación.',
    expired:
      'Esta solicitud de inicio de sesión ha caducado o ya se ha utilizado. Vuelva a la aplicación e inicie sesión de nuevo.',
    technicalDetail: 'Detalle técnico para el servicio de asistencia: {detail}',
    logoutTitle: 'Cerrar sesión',
    logoutQuestion:
      '¿Desea cerrar la sesión de Sésame? También se cerrará su sesión en las aplicaciones que abrió con Sésame.',
    logoutQuestionFrom:
      '{app} solicita cerrar su sesión. ¿Desea cerrar la sesión de Sésame? También se cerrará su sesión en las aplicaciones que abrió con Sésame.',
    logoutConfirm: 'Sí, cerrar mi sesión',
    logoutCancel: 'No, mantener la sesión iniciada',
    signedOutTitle: 'Ha cerrado la sesión',
    signedOut: 'Ha cerrado la sesión de Sésame y de las aplicaciones que abrió con Sésame.',
    signedOutOf: 'Ha cerrado la sesión de {app}. Su sesión de Sésame sigue abierta.',
    signInAgain: 'Volver a iniciar sesión',
  },
  portalPath: {
    finishedPending:
      'Su dispositivo móvil todavía no se ha añadido: la aplicación Sésame espera su código PIN o que pulse «Aceptar». Termine allí; el dispositivo aparecerá entonces aquí como Activo.',
    finishedNone:
      'No se ha añadido ningún dispositivo móvil: la aplicación Sésame no ha escaneado el código QR. Para añadir su teléfono, elija «Añadir un dispositivo móvil» y escanee el nuevo código QR.',
  },
  mail: {
    greeting: 'Hola, {firstName}:',
    signature: 'El equipo de Sésame',
    automatic: 'Este es un mensaje automático: le rogamos que no responda.',
    notYou: 'Si no lo ha solicitado usted, ignore este correo electrónico: no cambiará nada.',
    registrationLink: {
      subject: 'Sésame: confirme su dirección de correo electrónico',
      body: 'Para terminar de crear su cuenta Sésame, abra este enlace y elija su contraseña. El enlace es válido durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} y solo puede utilizarse una vez.',
      action: 'Elegir mi contraseña',
    },
    registrationExisting: {
      subject: 'Sésame: ya tiene una cuenta',
      body: 'Alguien, probablemente usted, ha intentado crear una cuenta Sésame con esta dirección de correo electrónico. Ya tiene una cuenta: inicie sesión, o utilice «¿Ha olvidado su contraseña?» si no la recuerda.',
      action: 'Iniciar sesión',
    },
    passwordReset: {
      subject: 'Sésame: elija una nueva contraseña',
      body: 'Para elegir una nueva contraseña, abra este enlace. Es válido durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} y solo puede utilizarse una vez.',
      action: 'Elegir una nueva contraseña',
    },
    invitation: {
      subject: 'Sésame: su cuenta está lista, elija su contraseña',
      body: '{organisation} ha creado para usted una cuenta Sésame con esta dirección de correo electrónico. Para utilizarla, elija su contraseña con este enlace. Es válido durante {ttlDays, plural, one {# día} many {# días} other {# días}} y solo puede utilizarse una vez. Si ha caducado, pida una nueva invitación a su gestor local.',
      action: 'Elegir mi contraseña',
    },
    passwordChanged: {
      subject: 'Sésame: su contraseña se ha cambiado',
      body: 'La contraseña de su cuenta Sésame acaba de cambiarse. Si no ha sido usted, restablezca su contraseña inmediatamente y póngase en contacto con su servicio de asistencia.',
      action: 'Restablecer mi contraseña',
    },
    emailChangeLink: {
      subject: 'Sésame: confirme su nueva dirección de correo electrónico',
      body: 'Para utilizar esta dirección en su cuenta Sésame, abra este enlace. Es válido durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} y solo puede utilizarse una vez.',
      action: 'Confirmar esta dirección',
    },
    emailChangeNotice: {
      subject: 'Sésame: su dirección de correo electrónico se ha cambiado',
      body: 'La dirección de correo electrónico de su cuenta Sésame es ahora {newEmail}. Si no ha sido usted, póngase en contacto inmediatamente con su servicio de asistencia.',
      action: 'Iniciar sesión',
    },
    devicesPanicLink: {
      subject: 'Sésame: confirme la eliminación de todos sus dispositivos móviles',
      body: 'Ha solicitado eliminar todos los dispositivos móviles de su cuenta Sésame (teléfono perdido o robado). Para confirmarlo, abra este enlace: es válido durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} y solo puede utilizarse una vez. Después, vuelva a añadir sus dispositivos.',
      action: 'Eliminar todos mis dispositivos',
    },
    deviceEnrolled: {
      subject: 'Sésame: se ha añadido un dispositivo móvil a su cuenta',
      body: 'Se ha añadido el dispositivo móvil «{deviceName}» a su cuenta Sésame: ya puede confirmar sus inicios de sesión. Si no ha sido usted, elimínelo desde Mi cuenta y cambie su contraseña inmediatamente.',
      action: 'Gestionar mi cuenta',
    },
    deviceBlocked: {
      subject: 'Sésame: su dispositivo móvil «{deviceName}» está bloqueado',
      body: 'Se han dado demasiadas respuestas incorrectas para su dispositivo móvil «{deviceName}», desde la dirección {ip} ({browser}). Está bloqueado hasta el {time}; después volverá a funcionar. Si no ha sido usted, alguien conoce su contraseña: elija una nueva con este enlace (válido durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}, una sola vez). Todas las sesiones se cerrarán entonces.',
      action: 'No he sido yo: elegir una nueva contraseña',
    },
    secondFactorBlocked: {
      subject:
        '{method, select, totp {Sésame: los códigos de su aplicación de autenticación se rechazan durante un tiempo} sms {Sésame: los códigos por SMS se rechazan durante un tiempo} other {Sésame: sus códigos de recuperación se rechazan durante un tiempo}}',
      body: 'Su contraseña se tecleó correctamente, pero después se dieron demasiados {method, select, totp {códigos incorrectos de su aplicación de autenticación} sms {códigos incorrectos enviados por SMS} other {códigos de recuperación incorrectos}}, desde la dirección {ip} ({browser}). Esta forma de confirmar su inicio de sesión se rechaza hasta el {time}; después volverá a funcionar. Si no ha sido usted, alguien conoce su contraseña: elija una nueva con este enlace (válido durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}, una sola vez). Todas las sesiones se cerrarán entonces.',
      action: 'No he sido yo: elegir una nueva contraseña',
    },
    deviceDeleted: {
      subject: 'Sésame: se ha eliminado un dispositivo móvil de su cuenta',
      body: 'Se ha eliminado el dispositivo móvil «{deviceName}» de su cuenta Sésame, desde la dirección {ip} ({browser}). Ya no puede confirmar sus inicios de sesión. Si no ha sido usted, cambie su contraseña inmediatamente y póngase en contacto con su servicio de asistencia.',
      action: 'Gestionar mis dispositivos móviles',
    },
    recoveryLink: {
      subject: 'Sésame: recupere su cuenta',
      body: 'Ha indicado que ya no tiene su teléfono. Para iniciar la recuperación de su cuenta, abra este enlace: es válido durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} y solo puede utilizarse una vez. A continuación habrá un periodo de espera antes de que pueda añadir un nuevo dispositivo móvil.',
      action: 'Iniciar la recuperación',
    },
    recoveryStarted: {
      subject: 'Sésame: se ha iniciado una recuperación de su cuenta',
      body: 'Se ha iniciado una recuperación de su cuenta Sésame desde la dirección {ip} ({browser}). A partir del {time}, se podrá añadir un nuevo dispositivo móvil solo con su contraseña. Si no ha sido usted, cancélela con este enlace y, a continuación, cambie su contraseña.',
      action: 'No he sido yo: cancelar la recuperación',
    },
    recoveryExpedited: {
      subject: 'Sésame: ya puede añadir un nuevo dispositivo móvil',
      body: 'Su servicio de asistencia ha comprobado su identidad y ha puesto fin al periodo de espera de la recuperación de su cuenta: a partir de ahora, se puede añadir un nuevo dispositivo móvil con su contraseña, en el navegador en el que confirmó la recuperación. Si no lo ha solicitado a su servicio de asistencia, cancele la recuperación con este enlace y, a continuación, cambie su contraseña.',
      action: 'No he sido yo: cancelar la recuperación',
    },
    recoveryCancelled: {
      subject: 'Sésame: la recuperación de su cuenta se ha cancelado',
      body: 'La recuperación de su cuenta Sésame se ha cancelado: ya no se puede añadir ningún dispositivo móvil nuevo por esta vía.',
      action: 'Iniciar sesión',
    },
    roleChanged: {
      subject:
        '{change, select, granted {Sésame: tiene una nueva función administrativa} other {Sésame: se le ha retirado una función administrativa}}',
      body: '{change, select, granted {Ahora es} other {Ya no es}} {role, select, administrator {administrador/a} local_manager {gestor/a local} helpdesk {agente del servicio de asistencia} other {auditor/a}} de {organisation} en Sésame. Lo ha hecho un administrador o un gestor, y ha quedado registrado. Si no lo esperaba, póngase en contacto con su servicio de asistencia.',
      action: 'Abrir la administración',
    },
    secondFactorReset: {
      subject: 'Sésame: se han retirado los segundos factores de su cuenta',
      body: 'Su servicio de asistencia ha retirado todos los segundos factores de su cuenta Sésame (dispositivos móviles, aplicaciones de autenticación, llaves de seguridad, códigos de recuperación, números de teléfono), como usted solicitó por haberlos perdido: nadie puede volver a utilizarlos. Su servicio de asistencia ha comprobado que es usted, por lo que no hay periodo de espera: para añadir un nuevo dispositivo móvil, abra el enlace siguiente en el navegador de su ordenador, confirme y añada el dispositivo, con la sesión iniciada con su contraseña. El enlace solo puede utilizarse una vez, en un plazo de {ttlHours, plural, one {# hora} many {# horas} other {# horas}}. Si no lo ha solicitado usted, póngase en contacto inmediatamente con su servicio de asistencia y cambie su contraseña.',
      action: 'Añadir un nuevo dispositivo móvil',
    },
    recoveryCompleted: {
      subject: 'Sésame: su cuenta se ha recuperado',
      body: 'Se ha añadido «{deviceName}» mediante la recuperación de su cuenta: un dispositivo móvil, una aplicación de autenticación, una llave de seguridad o un número de teléfono. A partir de ahora, inicie sesión con él. Si no ha sido usted, póngase en contacto inmediatamente con su servicio de asistencia.',
      action: 'Gestionar mis dispositivos móviles',
    },
    authenticatorAppChanged: {
      subject:
        '{change, select, added {Sésame: se ha añadido una aplicación de autenticación a su cuenta} other {Sésame: se ha eliminado una aplicación de autenticación de su cuenta}}',
      body: '{change, select, added {Se ha añadido la aplicación de autenticación «{name}» a su cuenta Sésame, desde la dirección {ip} ({browser}). Sus códigos ya pueden confirmar sus inicios de sesión.} other {Se ha eliminado la aplicación de autenticación «{name}» de su cuenta Sésame, desde la dirección {ip} ({browser}). Sus códigos ya no confirman sus inicios de sesión.}} Si no ha sido usted, cambie su contraseña inmediatamente y póngase en contacto con su servicio de asistencia.',
      action: 'Gestionar mis aplicaciones de autenticación',
    },
    securityKeyChanged: {
      subject:
        '{change, select, added {Sésame: se ha añadido una llave de seguridad a su cuenta} other {Sésame: se ha eliminado una llave de seguridad de su cuenta}}',
      body: '{change, select, added {Se ha añadido la llave de seguridad o plataforma de confianza «{name}» a su cuenta Sésame, desde la dirección {ip} ({browser}). Ya puede confirmar sus inicios de sesión.} other {Se ha eliminado la llave de seguridad o plataforma de confianza «{name}» de su cuenta Sésame, desde la dirección {ip} ({browser}). Ya no confirma sus inicios de sesión.}} Si no ha sido usted, cambie su contraseña inmediatamente y póngase en contacto con su servicio de asistencia.',
      action: 'Gestionar mis llaves de seguridad y plataformas de confianza',
    },
    eidChanged: {
      subject:
        '{change, select, added {Sésame: se ha vinculado una eID a su cuenta} other {Sésame: se ha desvinculado una eID de su cuenta}}',
      body: '{change, select, added {Su eID {name} se ha vinculado a su cuenta Sésame, desde la dirección {ip} ({browser}). Ya puede iniciar su sesión sin su contraseña.} other {Su eID {name} se ha desvinculado de su cuenta Sésame, desde la dirección {ip} ({browser}). Ya no inicia su sesión.}} Si no ha sido usted, cambie su contraseña inmediatamente y póngase en contacto con su servicio de asistencia.',
      action: 'Gestionar mis eID',
    },
    phoneNumberChanged: {
      subject:
        '{change, select, added {Sésame: se ha añadido un número de teléfono móvil a su cuenta} other {Sésame: se ha eliminado un número de teléfono móvil de su cuenta}}',
      body: '{change, select, added {Se ha añadido el número de teléfono móvil {name} a su cuenta Sésame, desde la dirección {ip} ({browser}). Los códigos que se le envíen por SMS ya pueden confirmar sus inicios de sesión.} other {Se ha eliminado el número de teléfono móvil {name} de su cuenta Sésame, desde la dirección {ip} ({browser}). Los códigos que se le envíen ya no confirman sus inicios de sesión.}} Si no ha sido usted, cambie su contraseña inmediatamente y póngase en contacto con su servicio de asistencia.',
      action: 'Gestionar mis números de teléfono móvil',
    },
    enrolmentReminder: {
      subject: 'Sésame: configure un segundo factor antes de que se suprima el SMS',
      body: '{category, select, sms {Todavía confirma sus inicios de sesión en Sésame con códigos enviados por SMS.} other {Inicia sesión en Sésame solo con su contraseña.}} La instrucción DGAL/SDEIGIR/2025-91 pide a todos los agentes que confirmen su inicio de sesión con un segundo factor propio, y los códigos por SMS se están retirando{date, select, none {.} other {: dejarán de funcionar el {date}.}} Instale la aplicación Sésame en su teléfono y, a continuación, inicie sesión y añada el teléfono a su cuenta (enlaces siguientes); también sirve una llave de seguridad o una aplicación de autenticación. Este recordatorio se lo ha enviado su gestor local.',
      action: 'Iniciar sesión',
    },
    newBrowserSignIn: {
      subject: 'Sésame: un inicio de sesión desde un nuevo navegador',
      body: 'El {time}, alguien inició sesión en su cuenta Sésame desde un navegador que no se había utilizado antes con ella: {browser}, desde la dirección {ip}. Si fue usted, no tiene que hacer nada. Si no fue usted, alguien conoce su contraseña: elija una nueva ahora con el enlace siguiente y póngase en contacto con su servicio de asistencia.',
      action: 'Elegir una nueva contraseña',
    },
    securityKeyCloned: {
      subject: 'Sésame: es posible que su llave de seguridad «{name}» se haya copiado',
      body: 'El {time}, desde la dirección {ip} ({browser}), alguien inició sesión con su contraseña y una llave de seguridad que respondía como «{name}», pero su contador había retrocedido: esto ocurre cuando una llave ha sido copiada. El inicio de sesión se ha rechazado. Si no fue usted, elija ahora una nueva contraseña, elimine esta llave en Mi cuenta y póngase en contacto con su servicio de asistencia.',
      action: 'Gestionar mis llaves de seguridad y plataformas de confianza',
    },
    authenticatorCodeReplayed: {
      subject: 'Sésame: un código de su aplicación de autenticación se ha utilizado dos veces',
      body: 'El {time}, desde la dirección {ip} ({browser}), alguien inició sesión con su contraseña y tecleó un código de su aplicación de autenticación que ya se había utilizado. Se ha rechazado. Si no fue usted, alguien conoce su contraseña: elija una nueva ahora.',
      action: 'Elegir una nueva contraseña',
    },
    recoveryCodeUsed: {
      subject: 'Sésame: se ha utilizado un código de recuperación para iniciar sesión',
      body: 'Se ha utilizado un código de recuperación de su cuenta Sésame para iniciar sesión el {time}, desde la dirección {ip} ({browser}). {remaining, plural, =0 {No le queda ningún código de recuperación: genere otros nuevos en Mi cuenta.} one {Le queda # código de recuperación.} many {Le quedan # códigos de recuperación.} other {Le quedan # códigos de recuperación.}} Si no fue usted, alguien conoce su contraseña y uno de sus códigos: elija una nueva contraseña con este enlace (válido durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}, una sola vez) y, a continuación, genere nuevos códigos de recuperación.',
      action: 'No he sido yo: elegir una nueva contraseña',
    },
    recoveryCodesGenerated: {
      subject: 'Sésame: nuevos códigos de recuperación para su cuenta',
      body: '{count, plural, one {Se ha generado # nuevo código de recuperación} many {Se han generado # nuevos códigos de recuperación} other {Se han generado # nuevos códigos de recuperación}} para su cuenta Sésame, desde la dirección {ip} ({browser}). {replaced, plural, =0 {} one {El # código que todavía tenía ya no funciona.} many {Los # códigos que todavía tenía ya no funcionan.} other {Los # códigos que todavía tenía ya no funcionan.}} Si no ha sido usted, cambie su contraseña inmediatamente y póngase en contacto con su servicio de asistencia.',
      action: 'Mi cuenta',
    },
    accountLocked: {
      subject:
        'Sésame: su cuenta está bloqueada durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}',
      body: 'Se han introducido demasiadas contraseñas incorrectas para su cuenta. Está bloqueada durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}. Si no ha sido usted, cambie su contraseña después de iniciar sesión.',
      action: 'Restablecer mi contraseña',
    },
    accountLockedUntilReset: {
      subject: 'Sésame: su cuenta está bloqueada hasta que restablezca su contraseña',
      body: 'Se han introducido demasiadas contraseñas erróneas seguidas para su cuenta. Para protegerla, permanece bloqueada hasta que se restablezca su contraseña: elija una nueva contraseña con el botón de abajo, o pida a su gestor local o a su servicio de asistencia que la desbloquee. Si no ha sido usted, alguien intenta adivinar su contraseña: elija una que no utilice en ningún otro sitio. En un navegador en el que haya iniciado sesión con su contraseña en los últimos 90 días, todavía puede iniciar sesión.',
      action: 'Restablecer mi contraseña',
    },
  },
  deviceEnrolment: {
    quoted: '«{name}»',
    notificationsOff: 'Notificaciones desactivadas',
    notificationsOffNotice:
      'Las notificaciones están desactivadas en {names}: una solicitud de inicio de sesión solo aparece allí mientras la aplicación Sésame está abierta. Para activarlas: abra la aplicación Sésame en ese dispositivo y autorice las notificaciones (en la configuración del navegador para este sitio si no se lo pide). La aplicación las activará entonces automáticamente, en cuanto pueda acceder al servicio de notificaciones del teléfono.',
    cancelledNotice: 'El dispositivo no se ha añadido: su código QR ya no se puede utilizar.',
  },
  getApp: {
    title: 'Obtener la aplicación Sésame',
    intro:
      'La aplicación Sésame es una aplicación web: se instala desde su dirección, no desde una tienda de aplicaciones. Abra esta dirección en su teléfono:',
    scan: 'O escanee este código con la cámara de su teléfono para abrirla:',
    qrAlt: 'Código QR de la dirección de la aplicación Sésame: {url}',
    openOnPhone: 'Abrir la aplicación Sésame',
    mobileIntro: 'Está en un teléfono: abra aquí la aplicación Sésame y añádala a su pantalla de inicio.',
    installTitle: 'Añádala a su pantalla de inicio',
    android: 'Android (Chrome): abra el menú ⋮ y elija «Añadir a pantalla de inicio» o «Instalar aplicación».',
    ios: 'iPhone o iPad (Safari): pulse Compartir y, a continuación, «Añadir a pantalla de inicio».',
    compact: 'La aplicación Sésame:',
    helpLink: 'Cómo obtener la aplicación Sésame',
    helpTitle: 'Paso 1: instale la aplicación Sésame',
    helpIntro:
      'Para iniciar sesión con su teléfono, el primer paso es instalar en él la aplicación Sésame. Se tarda menos de un minuto y no se necesita ninguna tienda de aplicaciones.',
    helpNext:
      'A continuación, añada su teléfono a su cuenta: inicie sesión en un ordenador y abra «Gestionar mis dispositivos móviles».',
    manageDevices: 'Gestionar mis dispositivos móviles',
    mailApp:
      'La aplicación Sésame se instala en un teléfono desde su dirección (ábrala allí y añádala a la pantalla de inicio):',
    mailDevices:
      'Para añadir un teléfono a su cuenta, abra «Añadir un dispositivo móvil» (en «Gestionar mis dispositivos móviles»):',
  },
  organisation: {
    footerLabel: 'Ayuda e información legal',
    help: 'Ayuda',
    contact: 'Contacto y asistencia',
    legal: 'Aviso legal',
    privacy: 'Privacidad',
    poweredBy: 'Funciona con Sésame, proveedor de identidad de código abierto',
    contactTitle: 'Contacto y asistencia',
    contactIntro:
      'Para cualquier pregunta sobre su cuenta, el inicio de sesión o la aplicación Sésame, le atiende el servicio de asistencia de {name}:',
    email: 'Correo electrónico',
    phone: 'Teléfono',
    web: 'Página web',
    hours: 'Horario de atención',
    contactNone:
      'Este servicio no ha publicado un contacto de asistencia. Pregunte a su gestor local: la persona que le pidió que utilizara {name} (su jefe de servicio o su corresponsal informático).',
    contactHelp:
      'La ayuda explica cada paso, desde la instalación de la aplicación Sésame en su teléfono hasta el inicio de sesión diario.',
    readHelp: 'Leer la ayuda, paso a paso',
    legalTitle: 'Aviso legal',
    legalNone: 'El operador de este servicio no ha publicado un aviso legal.',
    legalExternal: 'El aviso legal de {name} está en su propio sitio:',
    software:
      'Este servicio utiliza Sésame, software de código abierto publicado con la Licencia Pública de la Unión Europea, versión 1.2 (EUPL-1.2).',
    licence: 'Leer la licencia EUPL-1.2',
    askSupport: '¿Alguna pregunta? Contacto y asistencia',
    privacyOperatorTitle: 'Del operador de este servicio',
    privacyExternal: 'La declaración de privacidad completa de {name}:',
    mailSignature: 'El equipo de {name}',
    mailSupport: 'Asistencia de {name}:',
    mailNoSupport: '¿Alguna pregunta? Pregunte a su gestor local, o lea la ayuda:',
    mailHelp: 'Ayuda:',
  },
  help: {
    title: 'Ayuda: iniciar sesión con la aplicación Sésame',
    intro:
      'Estos 14 pasos le guían desde la instalación de la aplicación Sésame en su teléfono hasta el inicio de sesión diario. Los botones tienen los nombres que indican los pasos. Necesita un ordenador y un teléfono.',
    tocLabel: 'Los pasos',
    stepTitle: 'Paso {n}: {title}',
    parts: {
      app: 'En su teléfono: instale la aplicación Sésame',
      device: 'En su ordenador y después en su teléfono: añada su teléfono a su cuenta',
      signIn: 'Cada día: inicie sesión en una aplicación',
    },
    steps: [
      {
        title: 'Obtener la aplicación Sésame',
        text: 'La aplicación Sésame es una aplicación web: se abre desde su dirección, sin tienda de aplicaciones. La página «Cómo obtener la aplicación Sésame» indica su dirección como enlace y como código QR que puede escanear con la cámara de su teléfono.',
        link: 'Cómo obtener la aplicación Sésame',
      },
      {
        title: 'Instalarla en la pantalla de inicio',
        text: 'En Android (Chrome): abra el menú ⋮ y elija «Añadir a pantalla de inicio» o «Instalar aplicación». En un iPhone o un iPad (Safari): pulse Compartir y, a continuación, «Añadir a pantalla de inicio».',
      },
      {
        title: 'Abrir la aplicación',
        text: 'Abra la aplicación Sésame desde su icono en la pantalla de inicio. La primera pantalla le da la bienvenida.',
      },
      {
        title: 'Inicializar y Continuar',
        text: 'Pulse «Inicializar» y, a continuación, «Continuar». Autorice a la aplicación a utilizar la cámara (para escanear un código QR) y a enviar notificaciones (para pedirle que confirme sus inicios de sesión). La aplicación espera entonces un código QR: su ordenador lo mostrará en el paso 8.',
      },
      {
        title: 'Iniciar sesión en su ordenador',
        text: 'En su ordenador, abra la página de inicio de sesión del portal, introduzca su dirección de correo electrónico, haga clic en «Siguiente» e introduzca su contraseña.',
        link: 'Abrir la página de inicio de sesión',
      },
      {
        title: '«Mi cuenta» y «Gestionar mis dispositivos móviles»',
        text: 'Haga clic en «Mi cuenta» y, a continuación, en «Añadir un dispositivo móvil» (también está en «Gestionar mis dispositivos móviles»).',
        link: 'Añadir un dispositivo móvil',
      },
      {
        title: 'Nombre del dispositivo, PIN, Enviar',
        text: 'Dé un nombre a su teléfono, sin espacios, o deje el nombre vacío: se utilizará el modelo de su teléfono (por ejemplo Pixel-8). Elija un PIN de 4 cifras, tecléelo de nuevo en «Confirme su PIN» y haga clic en «Enviar». Tecleará este PIN en la aplicación cada vez que inicie sesión.',
      },
      {
        title: 'Escanear el código QR',
        text: 'Su ordenador muestra un código QR. Coja su teléfono y escanéelo con la aplicación Sésame.',
      },
      {
        title: 'Introducir su PIN en la aplicación',
        text: 'La aplicación le pide el PIN de 4 cifras elegido en el paso 7: tecléelo en el teclado. Se comprueba en cuanto se teclea la cuarta cifra.',
      },
      {
        title: 'Aceptar',
        text: 'La aplicación le pide que acepte este teléfono para su cuenta: pulse «Aceptar». La página de su ordenador avanza automáticamente y usted recibe un correo electrónico de confirmación.',
      },
      {
        title: 'Abrir la aplicación, dirección de correo electrónico, Siguiente',
        text: 'En su ordenador, abra la aplicación que utiliza (por ejemplo TRACES NT): le envía a la página de inicio de sesión. Introduzca su dirección de correo electrónico y haga clic en «Siguiente». Si el navegador recuerda su dirección, pasará directamente al paso 12.',
      },
      {
        title: 'Contraseña y método de verificación',
        text: 'Introduzca su contraseña y elija el método de verificación «Aplicación Sésame con código PIN» (o «Aplicación Sésame con código QR» cuando el teléfono no tenga red) y haga clic en «Iniciar sesión».',
      },
      {
        title: 'Confirmar en la aplicación',
        text: 'Abra la aplicación Sésame: muestra la solicitud con el nombre de la aplicación, el lugar y la hora. Compruébelos, elija el número que muestra su ordenador e introduzca su PIN. Con el método del código QR, escanee el código que muestra su ordenador y teclee el código que le da la aplicación.',
      },
      {
        title: 'Ha iniciado sesión',
        text: 'Está en la aplicación. Cada vez que inicie sesión, la aplicación Sésame lo confirma: pasos 11 a 13, en unos segundos.',
        link: 'Ir a Mi cuenta',
      },
    ],
    alt: {
      'help-app':
        'La página «Paso 1: instale la aplicación Sésame»: la dirección de la aplicación como enlace y un código QR que se escanea con la cámara del teléfono.',
      'app-welcome':
        'La aplicación Sésame en un teléfono, primera pantalla: «Bienvenido a la aplicación Sésame» y el botón «Inicializar».',
      'sign-in':
        'La página de inicio de sesión en un ordenador: el campo «Dirección de correo electrónico» y el botón «Siguiente».',
      account: 'La página «Mi cuenta» en un ordenador, con el acceso a «Gestionar mis dispositivos móviles».',
      'annex-07-add-device':
        'El formulario «Añadir un dispositivo móvil»: nombre del dispositivo, PIN de 4 cifras, confirmación del PIN y los botones «Enviar» y «Cancelar».',
      'annex-08-qr': 'El ordenador muestra el código QR que se escanea con la aplicación Sésame y espera al teléfono.',
      'annex-08-scan': 'La aplicación Sésame en el teléfono, con la cámara apuntando al código QR del ordenador.',
      'annex-09-pin': 'La aplicación Sésame pide el PIN de 4 cifras, con un teclado.',
      'annex-10-accept': 'La aplicación Sésame pide aceptar el teléfono para la cuenta, con el botón «Aceptar».',
      'annex-10-device-added':
        'En el ordenador, «Gestionar mis dispositivos móviles» muestra el nuevo teléfono como activo.',
      'annex-12-method':
        'La página de la contraseña: el campo de la contraseña, la elección del método de verificación y el botón «Iniciar sesión».',
      'annex-13-request':
        'La aplicación Sésame muestra la solicitud de inicio de sesión: la aplicación, el lugar, la hora y los números entre los que elegir.',
      'annex-13-number':
        'El ordenador espera la respuesta de la aplicación y muestra el número que debe elegirse en la aplicación.',
      'annex-14-signed-in':
        'La aplicación «TRACES NT (demo)», con la sesión iniciada: el nombre, el nivel de autenticación y los factores utilizados.',
    },
    backToSteps: 'Volver a la lista de pasos',
    stuck: '¿Bloqueado en un paso? Contacto y asistencia',
    nextTitle: 'Empezar ahora',
    startSignedIn: 'Ir a Mi cuenta',
    startSignIn: 'Iniciar sesión',
  },
  authenticatorApps: {
    title: 'Gestionar mis aplicaciones de autenticación',
    intro:
      'Una aplicación de autenticación (por ejemplo FreeOTP, Aegis, Google Authenticator o Microsoft Authenticator) muestra un código de 6 cifras que cambia cada 30 segundos. Tecléelo después de su contraseña para iniciar sesión.',
    none: 'No hay ninguna aplicación de autenticación registrada para su cuenta.',
    add: 'Añadir una aplicación de autenticación',
    name: 'Nombre',
    added: 'Añadida',
    lastUsed: 'Último uso',
    never: 'Nunca',
    actions: 'Acciones',
    rename: 'Cambiar el nombre',
    delete: 'Eliminar',
    cancel: 'Cancelar',
    addTitle: 'Añadir una aplicación de autenticación',
    nameHint: 'Para reconocerla en la lista, por ejemplo «Aegis en mi teléfono».',
    continue: 'Continuar',
    scanTitle: 'Escanee este código QR con su aplicación de autenticación',
    qrAlt: 'Código QR que debe escanear con su aplicación de autenticación',
    secretIntro:
      '¿No puede escanearlo? Teclee esta clave en la aplicación (basada en el tiempo, 6 cifras, cada 30 segundos):',
    secretLabel: 'Clave',
    confirmTitle: 'Introduzca el código de 6 cifras',
    codeLabel: 'Código mostrado por la aplicación',
    codeHint: '6 cifras.',
    confirm: 'Confirmar',
    wrongCode:
      'Este código no es correcto. Compruebe que su teléfono tiene la hora correcta y teclee el código que muestra ahora la aplicación.',
    addedNotice: 'Se ha añadido la aplicación de autenticación «{name}».',
    renamedNotice: 'La aplicación de autenticación se llama ahora «{name}».',
    deletedNotice: 'La aplicación de autenticación se ha eliminado.',
    renameTitle: 'Cambiar el nombre de la aplicación de autenticación',
    renameSubmit: 'Cambiar el nombre',
    deleteTitle: 'Eliminar la aplicación de autenticación',
    deleteBody: '¿Eliminar «{name}»? Sus códigos ya no le permitirán iniciar sesión.',
    deleteSubmit: 'Eliminar',
    secondFactorBody:
      'Añadir o eliminar una aplicación de autenticación cambia la forma en que está protegida su cuenta. Su cuenta tiene, o ha tenido, un segundo factor: confirme primero con él.',
    back: 'Volver a Mi cuenta',
  },
  recoveryCodes: {
    title: 'Códigos de recuperación',
    intro:
      'Si pierde todos sus dispositivos, un código de recuperación le permite iniciar sesión una vez con su contraseña, para configurar uno nuevo. Cada código funciona una sola vez. Guárdelos en papel, o en un lugar seguro, lejos de su teléfono.',
    remaining:
      '{count, plural, =0 {No le queda ningún código de recuperación.} one {Le queda # código de recuperación.} many {Le quedan # códigos de recuperación.} other {Le quedan # códigos de recuperación.}}',
    none: 'Todavía no tiene códigos de recuperación.',
    noFactor:
      'Los códigos de recuperación se ofrecen cuando su cuenta tiene un segundo factor: añada primero un dispositivo móvil o una aplicación de autenticación.',
    generate: 'Generar mis códigos de recuperación',
    regenerate: 'Generar nuevos códigos de recuperación',
    regenerateHint: 'Los nuevos códigos sustituyen a los antiguos: los antiguos dejan de funcionar.',
    shownTitle: 'Sus códigos de recuperación',
    shownOnce: 'Estos códigos solo se muestran esta vez. Imprímalos, cópielos o descárguelos ahora.',
    listLabel: 'Sus diez códigos de recuperación',
    print: 'Imprimir',
    copy: 'Copiar',
    download: 'Descargar (.txt)',
    saved: 'Los he guardado',
    fileIntro: 'Códigos de recuperación de Sésame. Cada código funciona una sola vez.',
    offer: 'Conserve una forma de volver a su cuenta si pierde sus dispositivos: genere sus códigos de recuperación.',
    offerLink: 'Generar mis códigos de recuperación',
    secondFactorBody:
      'Generar códigos de recuperación da una nueva forma de acceder a su cuenta. Confirme primero con su segundo factor.',
  },
  eids: {
    title: 'Gestionar mis eID',
    intro:
      'Una eID es su identidad electrónica nacional (por ejemplo FranceConnect). Una vez vinculada, le permite iniciar sesión desde la primera pantalla, sin su contraseña, con el nivel de seguridad que proporciona.',
    none: 'No hay ninguna eID vinculada a su cuenta.',
    name: 'eID',
    added: 'Vinculada',
    lastUsed: 'Último uso',
    never: 'Nunca',
    actions: 'Acciones',
    unlink: 'Desvincular',
    unlinkLabel: 'Desvincular {provider}',
    link: 'Vincular mi eID',
    linkWith: 'Vincular mi eID con {provider}',
    linkIntro: 'Se le enviará a su proveedor de eID y después volverá aquí.',
    back: 'Volver a Mi cuenta',
    linkedNotice: 'Su eID {provider} está vinculada: ya puede iniciar sesión con ella.',
    unlinkedNotice: 'La eID está desvinculada: ya no le permite iniciar sesión.',
    secondFactorBody:
      'Vincular o desvincular una eID cambia la forma en que se puede iniciar sesión en su cuenta: confirme primero quién es con uno de sus segundos factores.',
    signInAgain:
      'Su sesión ha cambiado mientras estaba en su proveedor de eID. Vuelva a iniciar sesión y, a continuación, vincule su eID.',
  },
  eidNewcomer: {
    title: 'Cree su cuenta Sésame a partir de su eID',
    intro:
      'Su eID {provider} no está vinculada a ninguna cuenta Sésame. Sésame puede crear su cuenta a partir de los datos que ha indicado su eID:',
    firstName: 'Nombre',
    lastName: 'Apellidos',
    email: 'Dirección de correo electrónico',
    noPassword:
      'Su cuenta no tendrá contraseña: iniciará sesión con su eID. Para añadir una contraseña más adelante, utilice «¿Ha olvidado su contraseña?» en la primera pantalla.',
    create: 'Crear mi cuenta',
    cancel: 'Cancelar',
    existsTitle: 'Ya existe una cuenta con esta dirección de correo electrónico',
    existsBody:
      'Existe una cuenta con la dirección de correo electrónico {email}: inicie sesión en ella para vincular su eID. A partir de entonces, su eID le permitirá iniciar sesión en esa cuenta.',
    existsAction: 'Iniciar sesión para vincular mi eID',
    confirmTitle: 'Vincule su eID a su cuenta',
    confirmBody:
      '¿Desea vincular la eID {provider} a la cuenta {email}? A partir de entonces, le permitirá iniciar sesión en esta cuenta desde la primera pantalla.',
    confirmAction: 'Vincular mi eID',
    expired: 'Esta solicitud ha caducado o se inició en otro navegador. Vuelva a iniciar sesión con su eID.',
    createdNotice: 'Su cuenta Sésame se ha creado a partir de su eID {provider}.',
  },
  securityKeys: {
    title: 'Gestionar mis llaves de seguridad y plataformas de confianza',
    intro:
      'Una llave de seguridad (USB o NFC, por ejemplo una YubiKey) o una plataforma de confianza (Windows Hello, Touch ID, el bloqueo de pantalla de un teléfono Android) confirma su inicio de sesión después de su contraseña con un toque, un PIN o una huella dactilar. No hay nada que teclear.',
    none: 'No hay ninguna llave de seguridad ni plataforma de confianza registrada para su cuenta.',
    add: 'Añadir una llave de seguridad o plataforma de confianza',
    name: 'Nombre',
    kind: 'Tipo',
    added: 'Añadida',
    lastUsed: 'Último uso',
    never: 'Nunca',
    actions: 'Acciones',
    rename: 'Cambiar el nombre',
    delete: 'Eliminar',
    cancel: 'Cancelar',
    kindKey: 'Llave de seguridad',
    kindPlatform: 'Plataforma de confianza',
    kindSynced: 'Clave de acceso (sincronizada)',
    addTitle: 'Añadir una llave de seguridad o plataforma de confianza',
    nameHint: 'Para reconocerla en la lista, por ejemplo «YubiKey de mi llavero» o «Windows Hello de mi portátil».',
    continue: 'Continuar',
    passkey: 'Convertirla en clave de acceso: iniciar sesión con ella sin teclear mi dirección de correo electrónico',
    passkeyHint:
      'La llave conserva entonces su cuenta, protegida por su PIN, su huella dactilar o su rostro, que le pedirá cada vez. No todas las llaves lo permiten.',
    promptTitle: 'Registre su llave de seguridad o plataforma de confianza',
    promptIntro:
      'Seleccione el botón siguiente: su navegador le pedirá que inserte y toque su llave, o que confirme con el PIN, el rostro o la huella dactilar de este ordenador o teléfono.',
    promptButton: 'Registrar «{name}»',
    expired: 'Esta solicitud ha caducado. Vuelva a empezar.',
    refused: 'No se ha podido registrar esta llave: la respuesta del navegador no era válida. Vuelva a intentarlo.',
    notAccepted: 'Su organización no permite este modelo de llave de seguridad. Utilice otra llave.',
    already: 'Esta llave de seguridad ya está registrada.',
    addedNotice: 'Se ha añadido la llave de seguridad o plataforma de confianza «{name}».',
    renamedNotice: 'La llave de seguridad o plataforma de confianza se llama ahora «{name}».',
    deletedNotice: 'La llave de seguridad o plataforma de confianza se ha eliminado.',
    renameTitle: 'Cambiar el nombre de la llave de seguridad o plataforma de confianza',
    renameSubmit: 'Cambiar el nombre',
    deleteTitle: 'Eliminar la llave de seguridad o plataforma de confianza',
    deleteBody: '¿Eliminar «{name}»? Ya no le permitirá iniciar sesión.',
    deleteSubmit: 'Eliminar',
    secondFactorBody:
      'Añadir o eliminar una llave de seguridad cambia la forma en que está protegida su cuenta. Su cuenta tiene, o ha tenido, un segundo factor: confirme primero con él.',
    back: 'Volver a Mi cuenta',
  },
  signInCode: {
    totpTitle: 'Introduzca el código de su aplicación de autenticación',
    totpIntro: 'Abra su aplicación de autenticación y teclee el código de 6 cifras que muestra para esta cuenta.',
    totpLabel: 'Código mostrado por la aplicación',
    totpHint: '6 cifras.',
    totpWrong: 'Este código no es correcto o ya se ha utilizado. Espere al siguiente código y tecléelo.',
    recoveryTitle: 'Introduzca un código de recuperación',
    recoveryIntro:
      'Teclee uno de los códigos de recuperación que guardó. Quedará agotado; después de iniciar sesión, configure un nuevo segundo factor.',
    recoveryLabel: 'Código de recuperación',
    recoveryHint: 'Por ejemplo ABCD-EFGH-JKLM-NPQR-STUV. Los guiones y los espacios no importan.',
    recoveryWrong: 'Este código no es correcto o ya se ha utilizado. Compruébelo y vuelva a teclearlo.',
    expires: 'Esta página acepta un código hasta las {time}.',
    expired: 'Esta página ha caducado. Vuelva a empezar para teclear un código.',
    restart: 'Volver a empezar',
    totpNone:
      'No hay ninguna aplicación de autenticación registrada para esta cuenta. Elija otro método de verificación, o añada una en «Gestionar mis aplicaciones de autenticación» tras iniciar sesión.',
    recoveryNone: 'A esta cuenta no le queda ningún código de recuperación. Elija otro método de verificación.',
    blocked:
      'Demasiados códigos incorrectos. Vuelva a intentarlo más tarde (fin del bloqueo: {time}). Si no ha sido usted, cambie su contraseña.',
    webauthnTitle: 'Confirme con su llave de seguridad o plataforma de confianza',
    webauthnIntro:
      'Seleccione el botón siguiente: su navegador le pedirá que inserte y toque su llave de seguridad, o que confirme con el PIN, el rostro o la huella dactilar de este ordenador o teléfono.',
    webauthnButton: 'Utilizar mi llave de seguridad o plataforma de confianza',
    webauthnExpires: 'Esta página espera su llave hasta las {time}.',
    webauthnExpired: 'Esta página ha caducado. Vuelva a empezar para utilizar su llave.',
    webauthnWrong:
      'Esta llave no se ha aceptado. Utilice una llave de seguridad o plataforma de confianza registrada en su cuenta y vuelva a intentarlo.',
    webauthnNone:
      'No hay ninguna llave de seguridad ni plataforma de confianza registrada para esta cuenta. Elija otro método de verificación, o añada una en «Gestionar mis llaves de seguridad y plataformas de confianza» tras iniciar sesión.',
    webauthnFailed:
      'Su navegador no ha recibido respuesta de ninguna llave (cancelación, tiempo agotado o ninguna llave registrada aquí). Vuelva a intentarlo, o elija otro método de verificación.',
    webauthnUnsupported:
      'Este navegador no puede utilizar llaves de seguridad (JavaScript o WebAuthn está desactivado). Utilice otro navegador o elija otro método de verificación.',
  },
  setUpFactor: {
    title: 'Configure un nuevo segundo factor',
    why: 'Ha iniciado sesión con un código de recuperación: ahora está agotado. {count, plural, =0 {No le queda ningún código de recuperación.} one {Le queda # código de recuperación.} many {Le quedan # códigos de recuperación.} other {Le quedan # códigos de recuperación.}}',
    next: 'Configure una nueva forma de confirmar que es usted y, a continuación, elimine los dispositivos que ha perdido.',
    addDevice: 'Añadir un dispositivo móvil (aplicación Sésame)',
    addTotp: 'Añadir una aplicación de autenticación',
    devices: 'Gestionar mis dispositivos móviles',
    recoveryCodes: 'Códigos de recuperación',
    later: 'Más tarde: ir a Mi cuenta',
  },
  proposedName: {
    nameHint: 'Sin espacios. Déjelo vacío para utilizar el modelo de su teléfono, por ejemplo Pixel-8.',
    qrAlt: 'Código QR que debe escanear con la aplicación Sésame para añadir su teléfono',
  },
  enrolmentRefused: {
    title: 'Este teléfono no se puede añadir',
    otherAccount:
      'El teléfono que ha escaneado el código QR ya confirma los inicios de sesión de la cuenta de otra persona. Un teléfono sirve a una sola persona: el dispositivo no se ha añadido y el código QR ya no se puede utilizar.',
    sameAccount:
      'El teléfono que ha escaneado el código QR ya está registrado para su cuenta: no hay nada que añadir. El código QR ya no se puede utilizar.',
    nextTitle: '¿Y ahora qué?',
    otherAccountNext:
      'Vuelva a añadir el dispositivo y escanee el nuevo código QR con otro teléfono; o, si este teléfono es suyo, retire primero de él la otra cuenta: su titular debe eliminar el teléfono en «Gestionar mis dispositivos móviles».',
    sameAccountNext:
      'Su teléfono figura en la lista de sus dispositivos móviles. Para añadir otro teléfono, vuelva a añadir un dispositivo.',
    addAgain: 'Añadir un dispositivo móvil con otro teléfono',
    backToDevices: 'Volver a «Gestionar mis dispositivos móviles»',
  },
  accountOptions: {
    title: 'Configurar mi cuenta',
    link: 'Configurar mi cuenta',
    intro: 'Estas opciones se aplican a todos los inicios de sesión en su cuenta, en cualquier navegador.',
    signInTitle: 'Inicio de sesión',
    always: 'Exigir siempre un segundo factor',
    alwaysHint:
      'La contraseña sola ya no le permite iniciar sesión, ni siquiera en las aplicaciones que la aceptan: cada inicio de sesión le pide también su aplicación Sésame, su aplicación de autenticación o su llave de seguridad.',
    alwaysWarning:
      'Si pierde todos sus segundos factores (y sus códigos de recuperación), ya no podrá iniciar sesión por sí mismo: solo el servicio de asistencia podrá devolverle el acceso.',
    alwaysNeedsFactor:
      'Añada primero un segundo factor (una aplicación Sésame o una aplicación de autenticación): solo con la contraseña, su cuenta quedaría bloqueada.',
    addFactor: 'Añadir un dispositivo móvil',
    addAuthenticatorApp: 'Añadir una aplicación de autenticación',
    preferred: 'Método de verificación preferido',
    preferredHint:
      'Después de su contraseña, el inicio de sesión se abre con este método cuando la aplicación lo acepta.',
    preferredNone: 'Sin preferencia (el último método que utilicé)',
    preferredNotHeld: 'Elija uno de los métodos que tiene su cuenta.',
    appsTitle: 'Aplicaciones',
    warn: 'Avisarme cada vez que una aplicación solicite mi identidad',
    warnHint:
      'Antes de que una aplicación reciba su identidad —después de iniciar sesión, o cuando ya ha iniciado sesión—, una página la nombra y le pide que continúe o cancele.',
    mailsTitle: 'Notificaciones por correo electrónico',
    newBrowser: 'Enviarme un correo electrónico cuando se inicie sesión en mi cuenta desde un nuevo navegador',
    newBrowserHint:
      'Un navegador es nuevo cuando no se ha iniciado sesión en su cuenta con él durante el último año (o desde que se borraron sus cookies). El correo electrónico indica cuándo, desde dónde y con qué navegador.',
    mailsAlways:
      'Para su protección, Sésame siempre le envía un correo electrónico cuando se añade o retira un dispositivo móvil, una aplicación de autenticación, una llave de seguridad, un número de teléfono móvil o códigos de recuperación, cuando se utiliza un código de recuperación y cuando cambia su contraseña o su dirección de correo electrónico. Estos correos no se pueden desactivar.',
    save: 'Guardar mis opciones',
    back: 'Volver a Mi cuenta',
    saved: 'Sus opciones se han guardado.',
    unchanged: 'No ha cambiado nada.',
    secondFactorBody:
      'Las opciones de su cuenta determinan cómo está protegida. Su cuenta tiene un segundo factor: confirme primero con él.',
  },
  signInChoose: {
    title: 'Elija cómo confirmar que es usted',
    intro: 'Su contraseña es correcta. Confirme con uno de los métodos de su cuenta:',
    submit: 'Continuar',
    lostAccess: 'Ya no tengo ninguno de ellos: utilizar un código de recuperación',
    none: 'Su cuenta no tiene ningún método de verificación que esta aplicación acepte.',
    typePassword: 'Volver a iniciar sesión con otro método',
  },
  appConsent: {
    title: 'Una aplicación solicita su identidad',
    body: '«{app}» solicita saber quién es usted. Continúe para iniciar sesión en ella.',
    why: 'Ve esta página porque pidió que se le avisara cada vez que una aplicación solicitara su identidad. Si no lo esperaba, cancele.',
    continue: 'Continuar a la aplicación',
    cancel: 'Cancelar',
    options: 'Cambiar esta opción en «Configurar mi cuenta»',
    gone: 'Esta solicitud ya se ha respondido o ha caducado. Vuelva a la aplicación e inténtelo de nuevo.',
  },
  phoneNumbers: {
    title: 'Gestionar mis números de teléfono móvil',
    intro:
      'Un código enviado por SMS a uno de estos números puede confirmar su inicio de sesión después de su contraseña.',
    sunset:
      'El inicio de sesión por SMS dejará de funcionar el {date}. La aplicación Sésame es más segura: añádala ahora.',
    addDevice: 'Añadir un dispositivo móvil (aplicación Sésame)',
    none: 'No hay ningún número de teléfono móvil registrado para su cuenta.',
    number: 'Número',
    added: 'Añadido',
    lastUsed: 'Último uso',
    never: 'Nunca',
    actions: 'Acciones',
    delete: 'Eliminar',
    add: 'Añadir un número',
    addTitle: 'Añadir un número de teléfono móvil',
    phoneLabel: 'Número de teléfono móvil',
    phoneHint:
      'Empiece por «+» y el prefijo del país, sin puntos, paréntesis ni guiones, por ejemplo +34 612 34 56 78.',
    send: 'Enviar el código',
    confirmTitle: 'Introduzca el código enviado por SMS',
    confirmIntro: 'Hemos enviado un código de nueve caracteres al {phone}. Tecléelo antes de las {time}.',
    codeLabel: 'Código recibido por SMS',
    codeHint: 'Por ejemplo K7P-M2X-9QR. Los guiones, los espacios y las mayúsculas no importan.',
    finalise: 'Finalizar',
    wrongCode: 'Este código no es correcto. Compruebe el SMS y vuelva a teclear el código.',
    over: 'Esta confirmación ha terminado (caducada, o demasiados códigos incorrectos). Vuelva a añadir el número para obtener un nuevo código.',
    addedNotice: 'Se ha añadido el número {name}.',
    deletedNotice: 'El número se ha eliminado.',
    deleteTitle: 'Eliminar el número de teléfono móvil',
    deleteBody: '¿Eliminar el número {name}? Los códigos que se le envíen ya no le permitirán iniciar sesión.',
    deleteSubmit: 'Eliminar',
    cancel: 'Cancelar',
    secondFactorBody:
      'Añadir o eliminar un número de teléfono cambia la forma en que está protegida su cuenta. Su cuenta tiene, o ha tenido, un segundo factor: confirme primero con él.',
    back: 'Volver a Mi cuenta',
    enrolText: 'Sésame: su código para añadir este número es {code}. No lo comunique nunca a nadie.',
  },
  signInSms: {
    title: 'Introduzca el código enviado por SMS',
    intro: 'Hemos enviado un código de verificación de inicio de sesión de nueve caracteres al {phone}.',
    label: 'Código recibido por SMS',
    hint: 'Por ejemplo K7P-M2X-9QR. Los guiones, los espacios y las mayúsculas no importan.',
    resend: 'Enviar un nuevo código',
    wrongCode: 'Este código no es correcto o ya se ha utilizado. Compruebe el último SMS y teclee su código.',
    none: 'No hay ningún número de teléfono móvil registrado para esta cuenta. Elija otro método de verificación.',
    text: 'Sésame: su código de verificación de inicio de sesión es {code}. No lo comunique nunca a nadie, ni siquiera a nosotros.',
    sunsetTitle: 'El inicio de sesión por SMS dejará de funcionar pronto',
    sunsetBody:
      'A partir del {date}, ya no se aceptará el SMS para iniciar sesión. Instale ahora la aplicación Sésame: es más segura (sin duplicado fraudulento de la SIM, sin interceptación) y funciona sin red.',
    sunsetInstall: 'Instalar ahora la aplicación Sésame',
    sunsetLater: 'Más tarde',
    sunsetLaterHint: 'Se le recordará en su próximo inicio de sesión por SMS.',
  },
  admin: {
    title: 'Administración',
    link: 'Administración',
    secondFactorBody:
      'La administración exige un inicio de sesión con un segundo factor. Confirme que es usted con el suyo y volverá aquí.',
    searchTitle: 'Buscar una cuenta',
    searchLabel: 'Nombre, dirección de correo electrónico o identificador',
    searchStarts:
      'El principio de un nombre, un apellido o una dirección de correo electrónico, o un identificador completo.',
    searchHint: 'Déjelo vacío para ver la lista de las cuentas de sus organizaciones.',
    within: 'Organización',
    allMine: 'Todas mis organizaciones',
    submit: 'Buscar',
    scopeIntro: 'Puede ver las cuentas de: {organisations}.',
    results: 'Cuentas encontradas',
    none: 'Ninguna cuenta coincide en sus organizaciones.',
    limited: 'Solo se muestran las {limit} primeras cuentas: afine la búsqueda.',
    colName: 'Nombre',
    colEmail: 'Dirección de correo electrónico',
    colOrganisation: 'Organización',
    colId: 'Identificador',
    accountTitle: 'Cuenta de {name}',
    back: 'Volver a la búsqueda',
    identity: 'Identidad',
    organisation: 'Organización',
    roles: 'Funciones administrativas',
    noRoles: 'Ninguna.',
    roleOver: '{role}, {organisation}',
    roleNames: {
      administrator: 'Administrador/a',
      local_manager: 'Gestor/a local',
      helpdesk: 'Servicio de asistencia',
      auditor: 'Auditor/a',
    },
    methods: 'Métodos de inicio de sesión y dispositivos',
    noMethods: 'Solo contraseña: ningún segundo factor.',
    colMethod: 'Método',
    colStatus: 'Estado',
    colAdded: 'Añadido',
    colLastUsed: 'Último uso',
    never: 'Nunca',
    kinds: {
      device: 'Aplicación Sésame',
      totp: 'Aplicación de autenticación',
      webauthn: 'Llave de seguridad o clave de acceso',
      'recovery-code': 'Código de recuperación',
      sms: 'Teléfono móvil (SMS)',
    },
    statuses: {
      active: 'Activo',
      pending: 'No confirmado',
      blocked: 'Bloqueado',
      used: 'Utilizado',
    },
    signIns: 'Últimos inicios de sesión',
    noSignIns: 'No se ha registrado ningún inicio de sesión.',
    colWhen: 'Cuándo',
    colWhat: 'Qué',
    colFrom: 'Desde',
    lock: 'Bloqueo',
    lockedEverywhere:
      'Bloqueada tras demasiadas contraseñas incorrectas: por ahora nadie puede iniciar sesión en esta cuenta.',
    failures:
      '{count, plural, =0 {Ninguna contraseña incorrecta} one {# contraseña incorrecta} many {# contraseñas incorrectas} other {# contraseñas incorrectas}} seguidas desde el último inicio de sesión, restablecimiento de la contraseña o desbloqueo.',
    notLocked:
      'No está bloqueada en todas partes. Un bloqueo desde una sola red (el titular que se equivoca al teclear en la oficina) no se muestra aquí: desbloquear también lo levanta.',
    lockedFromNetwork:
      'Bloqueada el {time} tras demasiadas contraseñas incorrectas desde una misma red (el titular que se equivoca al teclear, o alguien que intenta adivinarla): por ahora se rechazan los inicios de sesión desde allí.',
    unlock: 'Desbloquear la cuenta',
    unlockHint:
      'El titular puede volver a iniciar sesión inmediatamente, desde cualquier lugar. Queda registrado en la auditoría.',
    unlocked: 'La cuenta está desbloqueada: su titular puede volver a iniciar sesión.',
    factorTitle: 'Segundo factor perdido',
    factorIntro:
      'Cuando el titular ha perdido todos sus segundos factores (teléfono perdido o robado, sin código de recuperación): retírelos todos, para que nadie pueda utilizarlos. Todas las sesiones de la cuenta se cierran. Se informa al titular por correo electrónico de cómo añadir un nuevo dispositivo móvil («Ya no tengo mi teléfono»).',
    reason: 'Motivo',
    reasonHint:
      'Obligatorio, queda registrado en la auditoría: cómo lo solicitó el titular y cómo comprobó usted que era él (por ejemplo: «teléfono perdido, llamó al servicio de asistencia, identidad comprobada por el gestor»).',
    resetFactor: 'Retirar todos los segundos factores',
    reasonRequired: 'Indique el motivo: es obligatorio.',
    reasonTooLong: 'El motivo es demasiado largo: {max} caracteres como máximo.',
    factorReset:
      'Se han retirado todos los segundos factores de la cuenta ({devices} dispositivos móviles, {credentials} otros factores). Se ha informado al titular por correo electrónico.',
    recoveryTitle: 'Recuperación de la cuenta',
    recoveryWaiting:
      'El titular inició «Ya no tengo mi teléfono» el {started}, con su contraseña y el enlace que se le envió por correo electrónico. Se podrá añadir un nuevo dispositivo móvil a partir del {ready}.',
    recoveryIntro:
      'Si ha comprobado que se trata realmente del titular —una llamada a un número que ya conocía, un documento de identidad, en persona—, puede poner fin ahora al periodo de espera. Solo el navegador en el que el titular confirmó la recuperación podrá entonces añadir un dispositivo; usted no añade ninguno. Se informa al titular por correo electrónico, con un enlace para cancelar.',
    recoveryReason: 'Cómo ha comprobado la identidad del titular',
    recoveryReasonHint:
      'Obligatorio, queda registrado en la auditoría (por ejemplo: «devolución de la llamada al número de la oficina, documento de identidad visto»).',
    recoveryExpedite: 'Poner fin ahora al periodo de espera',
    recoveryExpedited:
      'El periodo de espera ha terminado: el titular ya puede añadir un nuevo dispositivo móvil. Se le ha informado por correo electrónico.',
    recoveryNothing: 'Ya no hay ninguna recuperación en espera en esta cuenta: no se ha modificado nada.',
    passwordTitle: 'Contraseña',
    sendReset: 'Enviar un enlace de restablecimiento de contraseña',
    sendResetHint:
      'El titular recibe por correo electrónico un enlace para elegir una nueva contraseña, válido durante {minutes} minutos. Usted nunca ve ni establece la contraseña. Queda registrado en la auditoría.',
    resetSent: 'Se ha enviado un enlace de restablecimiento de contraseña a {email}.',
  },
  levelGapOpening: {
    passwordAlone: 'Ha iniciado sesión solo con su contraseña.',
    otherFactor: 'Ha iniciado sesión con «{method}», que {app} no acepta.',
  },
  dashboard: {
    title: 'Panel de migración',
    heading: 'Panel de migración: {organisation}',
    link: 'Panel de migración',
    intro:
      'Cómo inician sesión los agentes de {organisation} y de las organizaciones que dependen de ella, y qué queda por hacer antes de que se suprima el SMS.',
    organisations: 'Paneles de las organizaciones que gestiona:',
    total: 'Agentes',
    app: 'Aplicación Sésame',
    key: 'Llave de seguridad o plataforma',
    totp: 'Aplicación de autenticación',
    sms: 'Solo SMS',
    password: 'Solo contraseña',
    equipped: 'Equipados',
    smsHoldouts: 'Rezagados con SMS',
    phonesToBuy: 'Teléfonos que comprar',
    phonesHint:
      'Agentes que no tienen ni la aplicación Sésame ni otro segundo factor aceptado (una llave de seguridad, una aplicación de autenticación): un teléfono por agente.',
    percent: '{percent} %',
    noAgents: 'ningún agente',
    sunset:
      '{days, plural, =0 {El SMS se suprimió el {date}.} one {Queda # día antes de que se suprima el SMS el {date}.} many {Quedan # días antes de que se suprima el SMS el {date}.} other {Quedan # días antes de que se suprima el SMS el {date}.}}',
    noSunset: 'No se ha fijado ninguna fecha para el fin del SMS.',
    byMethodTitle: 'Agentes por método de inicio de sesión',
    colMethod: 'Método',
    colAgents: 'Agentes',
    childrenTitle: 'Organizaciones dependientes',
    colOrganisation: 'Organización',
    noChildren: 'Ninguna organización depende de esta.',
    chartTitle: 'Evolución en el tiempo',
    chartSummary:
      'Agentes equipados y rezagados cada día durante los últimos 90 días, del {first} al {last}; las mismas cifras figuran en la tabla siguiente.',
    chartEmpty: 'El gráfico empieza con las cifras de hoy: se añade un punto cada día.',
    chartTable: 'Evolución por día',
    colDay: 'Día',
    holdouts: 'Rezagados',
    csv: 'Descargar las cifras (CSV)',
    csvHeader:
      'Identificador de la organización,Organización,Agentes,Aplicación Sésame,Llave de seguridad o plataforma,Aplicación de autenticación,Solo SMS,Solo contraseña,Teléfonos que comprar,Equipados %',
    remindersTitle: 'Recordatorios',
    remindersBody:
      'Enviar a cada rezagado de {organisation} y de las organizaciones dependientes (solo SMS o solo contraseña) un correo electrónico que indica su situación y cómo registrarse. Se omite a los agentes a los que se haya enviado un recordatorio {days, plural, one {el último día} many {en los últimos # días} other {en los últimos # días}}.',
    remindersSend: 'Enviar un recordatorio a los rezagados',
    remindersDone:
      '{sent, plural, =0 {Ningún recordatorio enviado} one {# recordatorio enviado} many {# recordatorios enviados} other {# recordatorios enviados}}, {skipped, plural, =0 {ninguno omitido} one {# omitido (recordatorio reciente o ya equipado)} many {# omitidos (recordatorio reciente o ya equipados)} other {# omitidos (recordatorio reciente o ya equipados)}}{failed, plural, =0 {.} one {, # no enviado (el servidor de correo no ha respondido): vuelva a pulsar más tarde.} many {, # no enviados (el servidor de correo no ha respondido): vuelva a pulsar más tarde.} other {, # no enviados (el servidor de correo no ha respondido): vuelva a pulsar más tarde.}}',
    campaignTitle: 'Campaña de registro',
    campaignIntro:
      'Después de iniciar sesión, un agente de {organisation} o de las organizaciones dependientes sin un segundo factor aceptado ve una página que le explica por qué y que inicia el registro. «Más tarde» se permite un número determinado de veces y de días; después, el registro es obligatorio.',
    campaignFrom:
      '{from, select, none {Esta es la configuración de la instalación: no se ha guardado ninguna para esta organización ni por encima de ella.} other {Guardada para {from}.}}',
    campaignEnabled: 'Mostrar la campaña a los agentes sin segundo factor',
    campaignSnoozes: '«Más tarde» permitido (veces)',
    campaignSnoozeDays: 'Días permitidos tras el primer «Más tarde»',
    campaignDeadline: 'Fecha límite (opcional)',
    campaignDeadlineHint:
      'A partir de este día, el registro es obligatorio. Si se deja vacío, la página muestra la fecha de fin del SMS.',
    campaignSave: 'Guardar la campaña',
    campaignSaved:
      'La campaña se ha guardado: se aplica a esta organización y a las que dependen de ella que no tengan una propia.',
    campaignInvalid: 'Un número entero de 0 a {max}.',
    campaignDateInvalid: 'Una fecha como 2027-03-01.',
    agentLink: 'Campaña de segundo factor',
    agentTitle: 'Campaña de segundo factor: {name}',
    agentStatus: 'Inicia sesión con: {method}.',
    agentSnoozes:
      '{count, plural, =0 {Nunca ha elegido «Más tarde».} one {Ha elegido «Más tarde» una vez.} many {Ha elegido «Más tarde» # veces.} other {Ha elegido «Más tarde» # veces.}}',
    agentExcluded: 'Excluido/a de la campaña el {date}: {reason}',
    agentRemind: 'Enviar un recordatorio',
    agentReminded:
      '{sent, plural, =0 {No se ha enviado ningún recordatorio: a este agente se le ha enviado uno recientemente o ya está equipado.} one {Se ha enviado un recordatorio.} many {Se han enviado # recordatorios.} other {Se han enviado # recordatorios.}}',
    exclude: 'Excluir de la campaña',
    excludeReason: 'Motivo (obligatorio)',
    excludeHint: 'Por ejemplo: no se permiten teléfonos en el centro. Queda registrado en la auditoría.',
    excluded: 'El agente queda excluido de la campaña.',
    include: 'Volver a incluir en la campaña',
    included: 'El agente vuelve a estar incluido en la campaña.',
    back: 'Volver a la cuenta',
  },
  campaign: {
    title: 'Configure un segundo factor',
    requiredTitle: 'Configure un segundo factor para continuar',
    why: 'La instrucción DGAL/SDEIGIR/2025-91 pide a todos los agentes que confirmen su inicio de sesión con un segundo factor propio. Los códigos enviados por SMS se están retirando: pueden interceptarse o desviarse a otra tarjeta SIM. La aplicación Sésame de su teléfono los sustituye; también sirve una llave de seguridad o una aplicación de autenticación.',
    deadline: 'Fecha límite: {date}.',
    body: 'Se tarda unos minutos: instale la aplicación en su teléfono y, a continuación, añada el teléfono a su cuenta.',
    requiredBody:
      'La fecha límite ha pasado o ha aplazado tantas veces como se permite: configure ahora un segundo factor para acceder a sus aplicaciones.',
    setUpApp: 'Configurar ahora la aplicación Sésame',
    otherWays: 'O bien:',
    securityKey: 'una llave de seguridad',
    authenticatorApp: 'una aplicación de autenticación',
    later: 'Más tarde',
    laterLeft:
      '{count, plural, one {Puede aplazarlo una vez más.} many {Puede aplazarlo # veces más.} other {Puede aplazarlo # veces más.}}',
    requiredHint: 'Hasta entonces, sus aplicaciones permanecen cerradas. Cerrar la sesión no le hace perder nada.',
    signOut: 'Cerrar sesión',
  },
  lifecycle: {
    status: 'Estado',
    active: 'Activa',
    invitationPending: 'Invitado/a: el titular todavía no ha elegido una contraseña',
    invitationExpired:
      'Invitación caducada: el titular nunca eligió una contraseña y el enlace ya no funciona; envíela de nuevo',
    deactivatedSince: 'Desactivada desde el {time}: el titular no puede iniciar sesión',
    externalId: 'Identificador externo',
    noExternalId: 'Ninguno',
    invite: 'Invitar a un agente',
    inviteTitle: 'Invitar a un agente',
    inviteIntro:
      'El agente recibe un correo electrónico con un enlace para elegir una contraseña, válido durante {days, plural, one {# día} many {# días} other {# días}}. Hasta entonces, la cuenta no se puede utilizar. Queda registrado en la auditoría.',
    organisation: 'Organización',
    organisationHint: 'Las organizaciones que gestiona.',
    externalIdHint:
      'Opcional: el identificador que su sistema de recursos humanos asigna al agente (letras, cifras y . _ @ : - / +).',
    emailLocale: 'Idioma de la cuenta',
    emailLocaleHint:
      'El idioma de los correos enviados al agente y, una vez que lo elija él mismo, de las páginas de Sésame.',
    sendInvitation: 'Crear la cuenta y enviar la invitación',
    invited: 'La cuenta se ha creado y se ha enviado una invitación a {email}.',
    resendTitle: 'Invitación',
    resendHint:
      'El titular todavía no ha elegido una contraseña. Vuelva a enviar la invitación si se ha perdido o ha caducado.',
    resend: 'Volver a enviar la invitación',
    resent: 'La invitación se ha vuelto a enviar a {email}.',
    activationTitle: 'Desactivación',
    deactivateHint:
      'El titular ya no puede iniciar sesión; sus sesiones terminan y las aplicaciones en las que había iniciado sesión dejan de aceptarle. No se borra nada: puede reactivar la cuenta. Queda registrado en la auditoría.',
    deactivate: 'Desactivar la cuenta',
    deactivated: 'La cuenta está desactivada: su titular ya no puede iniciar sesión.',
    reactivateHint: 'El titular puede volver a iniciar sesión con la contraseña y los segundos factores que tenía.',
    reactivate: 'Reactivar la cuenta',
    reactivated: 'La cuenta está reactivada: su titular puede volver a iniciar sesión.',
    moveTitle: 'Organización',
    moveHint: 'Trasladar la cuenta a otra organización que gestione. Su inicio de sesión no cambia.',
    moveTo: 'Nueva organización',
    move: 'Trasladar la cuenta',
    moved: 'La cuenta pertenece ahora a {organisation}.',
    deleteTitle: 'Borrar la cuenta',
    deleteIntro:
      'El borrado no se puede deshacer. Para impedir el inicio de sesión durante un tiempo, desactive la cuenta.',
    deleteLink: 'Borrar esta cuenta…',
    deletePageTitle: 'Borrar la cuenta de {name}',
    deleteErased: 'Lo que se borra, inmediatamente y para siempre:',
    deleteErasedItems: [
      'el nombre y los apellidos, la dirección de correo electrónico, la contraseña y el identificador externo;',
      'todos los dispositivos móviles, aplicaciones de autenticación, llaves de seguridad, números de teléfono y códigos de recuperación;',
      'las opciones, las funciones, el lugar en la organización; todas las sesiones terminan.',
    ],
    deleteKept: 'Lo que se conserva, únicamente para la auditoría, hasta que termine su periodo de conservación:',
    deleteKeptItems: [
      'las líneas de auditoría de esta cuenta (qué se hizo, cuándo, desde qué dirección de red), con el mero identificador {id}, que ya no remite a ningún nombre ni dirección.',
    ],
    confirmEmail: 'Para confirmar, teclee la dirección de correo electrónico de la cuenta',
    confirmEmailHint: 'La dirección es {email}.',
    confirmMismatch: 'La dirección tecleada no es la de la cuenta: no se ha borrado nada.',
    erase: 'Borrar la cuenta para siempre',
    cancel: 'Conservar la cuenta',
    erased: 'La cuenta {id} se ha borrado. Solo quedan sus líneas de auditoría, con este identificador.',
    importTitle: 'Importar agentes desde un archivo CSV',
    importLink: 'Importar agentes (CSV)',
    exportLink: 'Exportar las cuentas (CSV)',
    importIntro:
      'Primero, una simulación: no se escribe nada hasta que usted confirme. Importar de nuevo el mismo archivo no cambia nada. Cada nuevo agente recibe una invitación por correo electrónico.',
    file: 'Archivo CSV',
    fileHint:
      'UTF-8 (con o sin BOM), separado por «;» o «,», un agente por línea tras una línea de encabezado. Columnas: email, first_name, last_name, organisation_id, external_id, language (código de dos letras: fr, en, de…). Consulte la guía de los administradores.',
    defaultOrganisation: 'Organización de las líneas sin organisation_id',
    dryRun: 'Comprobar el archivo (simulación)',
    fileRequired: 'Elija un archivo CSV.',
    fileTooLarge: 'El archivo es demasiado grande: {max} MB como máximo. Divídalo.',
    fileUnreadable:
      'No se ha podido leer el archivo como CSV cerca de la línea {line}. Compruebe que es una exportación CSV y vuelva a intentarlo.',
    headerMissing: 'A la línea de encabezado le falta la columna {column}. Las columnas son: {columns}.',
    tooManyLines: 'El archivo tiene más de {max} líneas. Divídalo.',
    emptyFile: 'El archivo no tiene ninguna línea de agente bajo su encabezado.',
    planTitle: 'Simulación: lo que hará la importación',
    planSummary:
      '{create, plural, =0 {Ninguna cuenta que crear} one {# cuenta que crear} many {# cuentas que crear} other {# cuentas que crear}}, {update, plural, =0 {ninguna que actualizar} one {# que actualizar} many {# que actualizar} other {# que actualizar}}, {unchanged, plural, =0 {ninguna sin cambios} one {# sin cambios} many {# sin cambios} other {# sin cambios}}, {error, plural, =0 {ninguna línea rechazada} one {# línea rechazada} many {# líneas rechazadas} other {# líneas rechazadas}}.',
    colLine: 'Línea',
    colAction: 'Qué ocurrirá',
    colDetail: 'Detalle',
    actions: {
      create: 'Creada e invitada',
      update: 'Actualizada',
      unchanged: 'Sin cambios',
      error: 'Rechazada',
    },
    changedFields: 'Cambios: {fields}',
    movedTo: 'se traslada a {organisation}',
    planTruncated: 'Solo se muestran las {shown} primeras líneas; los totales anteriores cubren todo el archivo.',
    confirm: 'Confirmar la importación',
    confirmHint:
      'Las líneas rechazadas se dejan fuera. El archivo se vuelve a comprobar cuando usted confirma; esta simulación puede confirmarse durante {minutes} minutos.',
    nothingToDo: 'No hay nada que importar: corrija el archivo y vuelva a comprobarlo.',
    another: 'Comprobar otro archivo',
    progressTitle: 'Importación en curso',
    doneTitle: 'Importación terminada',
    failedTitle: 'Importación interrumpida',
    failedBody:
      'La importación se ha interrumpido: el servicio no estaba disponible. Las líneas escritas hasta ahora se mantienen; vuelva a importar el mismo archivo para terminar (las líneas ya procesadas no cambian).',
    progress: '{processed} de {total} líneas procesadas.',
    progressCounts:
      '{created} creadas, {updated} actualizadas, {unchanged} sin cambios, {errors} rechazadas; {mailed} invitaciones enviadas.',
    mailFailed:
      'No se {count, plural, one {ha podido enviar # invitación} many {han podido enviar # invitaciones} other {han podido enviar # invitaciones}}: vuelva a enviarlas desde la página de cada cuenta.',
    refreshHint: 'Esta página se actualiza cada pocos segundos. Puede salir de ella: la importación continúa.',
    refresh: 'Actualizar',
    jobUnknown: 'Esta importación es desconocida o demasiado antigua, o la inició otra persona.',
    refusedLines: 'Líneas rechazadas',
    backToConsole: 'Volver a la administración',
    lineReasons: {
      required: 'falta el campo {field}',
      too_long: 'el campo {field} es demasiado largo',
      malformed: 'el campo {field} no es válido',
      out_of_scope: 'la organización no existe o no es una de las que usted gestiona',
      taken: 'el campo {field} pertenece a una cuenta de fuera de sus organizaciones',
      duplicate: 'el campo {field} ya figura en una línea anterior',
      conflict: 'el identificador externo y la dirección de correo electrónico corresponden a dos cuentas diferentes',
      failed: 'no se ha podido escribir la línea; vuelva a importar el archivo',
    },
  },
  adminGovernance: {
    nav: 'Secciones de la administración',
    navSearch: 'Cuentas',
    navOrganisations: 'Organizaciones',
    navAudit: 'Auditoría',
    rolesTitle: 'Asignar o retirar una función',
    rolesIntro:
      'Solo se ofrecen las funciones y organizaciones que usted puede asignar. Se informa al titular por correo electrónico y el cambio queda registrado en la auditoría.',
    role: 'Función',
    scope: 'Sobre la organización (y todo lo que depende de ella)',
    grant: 'Asignar esta función',
    revoke: 'Retirar',
    revokeLabel: 'Retirar: {role}, {organisation}',
    noGrantable: 'No puede asignar ninguna función a esta cuenta.',
    granted: 'La función se ha asignado; se ha informado al titular por correo electrónico.',
    revoked: 'La función se ha retirado; se ha informado al titular por correo electrónico.',
    accountAudit: 'Ver la auditoría de esta cuenta',
    organisationsTitle: 'Organizaciones',
    organisationsIntro:
      'Las organizaciones que puede ver, cada una con su tipo. Trasladar una organización traslada todo lo que depende de ella; solo puede cambiar el nombre o trasladar las organizaciones que dependen de la suya.',
    colKind: 'Tipo',
    colName: 'Nombre',
    colId: 'Identificador',
    colActions: 'Acciones',
    rootKind: 'Toda la instalación',
    createTitle: 'Crear una organización',
    parent: 'Dentro de',
    newId: 'Identificador',
    newIdHint: 'Letras minúsculas, cifras y guiones, por ejemplo ddpp-35. No se puede cambiar después.',
    newName: 'Nombre',
    kind: 'Tipo',
    create: 'Crear',
    created: 'Se ha creado la organización «{name}».',
    renameTitle: 'Cambiar el nombre de «{name}»',
    rename: 'Cambiar el nombre',
    renamed: 'Se ha cambiado el nombre de la organización.',
    moveTitle: 'Trasladar «{name}»',
    moveTo: 'Nueva organización superior',
    move: 'Trasladar',
    moved: 'La organización y todo lo que depende de ella se han trasladado.',
    nameRequired: 'Introduzca el nombre de la organización.',
    nameTooLong: 'El nombre es demasiado largo: {max} caracteres como máximo.',
    idMalformed:
      'El identificador debe estar formado por letras minúsculas, cifras y guiones interiores, por ejemplo ddpp-35.',
    idTaken: 'Este identificador ya se utiliza. Elija otro.',
    kindUnknown: 'Elija un tipo entre los propuestos.',
    tooDeep: 'El árbol sería demasiado profundo en ese punto. Elija una organización superior más arriba.',
    cycle:
      'Una organización no puede situarse dentro de sí misma ni de una de sus propias organizaciones. Elija otra organización superior.',
    auditTitle: 'Auditoría',
    auditIntro: 'Eventos de seguridad y administrativos relativos a las cuentas de: {organisations}. Solo lectura.',
    filters: 'Filtros',
    filterActor: 'Realizado por (dirección de correo electrónico o identificador)',
    filterAccount: 'Cuenta afectada (dirección de correo electrónico o identificador)',
    filterType: 'Evento',
    filterOutcome: 'Resultado',
    filterFrom: 'Desde (día incluido)',
    filterTo: 'Hasta (día incluido)',
    filterWithin: 'Organización',
    any: 'Cualquiera',
    allMine: 'Todas mis organizaciones',
    outcomes: {
      success: 'Realizado',
      failure: 'Fallido o denegado',
    },
    search: 'Buscar',
    reset: 'Borrar los filtros',
    toBeforeFrom: 'La fecha final debe ser igual o posterior a la fecha inicial.',
    dateMalformed: 'Introduzca una fecha en formato año-mes-día, por ejemplo 2026-12-07.',
    results: 'Eventos',
    none: 'Ningún evento coincide con estos filtros.',
    colWhen: 'Cuándo',
    colWhat: 'Qué',
    colOutcome: 'Resultado',
    colActor: 'Realizado por',
    colAccount: 'Cuenta',
    colFrom: 'Desde',
    colDetails: 'Detalles',
    self: 'la propia cuenta',
    system: 'Sésame',
    next: 'Eventos más antiguos',
    first: 'Eventos más recientes',
    exportTitle: 'Exportar',
    exportIntro:
      'Todos los eventos que coinciden con los filtros, del más reciente al más antiguo. La exportación queda registrada en la auditoría.',
    exportCsv: 'Exportar en CSV',
    exportJsonl: 'Exportar en líneas JSON',
  },
};
