import type { Messages } from './en';

/**
 * Spanish catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const es: Messages = {
  meta: {
    language: 'Idioma',
    lang: 'es',
  },
  app: {
    name: 'Sésame',
  },
  welcome: {
    title: 'Bienvenido a la aplicación Sésame',
    intro:
      'La aplicación Sésame confirma sus inicios de sesión en su ordenador. Para empezar, inicialice la aplicación y, a continuación, añada su cuenta escaneando el código QR que aparece en el portal.',
    initialize: 'Inicializar',
    initializing: 'Inicializando…',
    ready: 'La aplicación está inicializada.',
    permissionsIntro:
      'La aplicación necesita la cámara para escanear el código QR, y las notificaciones para avisarle cuando un inicio de sesión espera su confirmación.',
    continue: 'Continuar',
    askingPermissions: 'Solicitando los permisos…',
    cameraRefused:
      'La cámara no está autorizada. Autorice la cámara para esta aplicación en la configuración de su navegador y pulse de nuevo Continuar.',
    notificationsRefused:
      'Las notificaciones no están autorizadas. La aplicación no le avisará de las solicitudes de inicio de sesión: ábrala cada vez que inicie sesión para verlas.',
    notificationsUnavailable:
      'Este navegador no puede mostrar notificaciones. Abra la aplicación cada vez que inicie sesión para ver las solicitudes.',
  },
  scan: {
    title: 'Escanee el código QR',
    intro:
      'En su ordenador, inicie sesión en el portal y vaya a Mi cuenta → Añadir un dispositivo móvil. Apunte la cámara al código QR que aparece.',
    starting: 'Iniciando la cámara…',
    scanning: 'Buscando un código QR…',
    cameraRefused:
      'La cámara no está autorizada. Autorícela en la configuración de su navegador y vuelva a intentarlo.',
    cameraUnavailable: 'No se puede utilizar ninguna cámara en este dispositivo.',
    retry: 'Volver a intentarlo',
    notEnrolment:
      'Este no es un código QR de Sésame para añadir un dispositivo. Escanee el código QR de la página «Añadir un dispositivo móvil».',
    signInQr:
      'Este código QR sirve para iniciar sesión, no para añadir un dispositivo. Escanee el código QR de la página «Añadir un dispositivo móvil».',
    expired: 'Este código QR ha caducado. Vuelva a añadir el dispositivo en el portal para obtener un nuevo código QR.',
    otherServer: 'Este código QR corresponde a otro servidor Sésame ({server}). Abra la aplicación de ese servidor.',
    cancel: 'Cancelar',
  },
  pin: {
    title: 'Introduzca su código PIN',
    connected:
      'Está conectado a la cuenta de {account}. Para completar el registro de su dispositivo, introduzca su PIN de 4 cifras.',
    label: 'Código PIN de 4 cifras',
    hint: 'El código PIN que eligió en el portal para este dispositivo.',
    padLabel: 'Teclado',
    erase: 'Borrar',
    checkedAtLastDigit: 'La aplicación comprueba el código en cuanto teclea la 4.ª cifra.',
    incomplete: 'Introduzca las 4 cifras de su código PIN.',
  },
  enrol: {
    registering: 'Registrando su dispositivo…',
    acceptTitle: 'Acepte su dispositivo',
    almostRegistered: 'Su dispositivo {name} está casi registrado: acéptelo para terminar.',
    acceptIntro: 'Al aceptarlo, confirma que este teléfono confirmará los inicios de sesión de la cuenta de {account}.',
    accept: 'Aceptar',
    accepting: 'Aceptando su dispositivo…',
    acceptExpired: 'Se ha agotado el tiempo para aceptar el dispositivo. Vuelva a añadir el dispositivo en el portal.',
    registered: 'Su dispositivo {name} está registrado.',
    pinRejected: 'Este no es el código PIN elegido en el portal. Vuelva a intentarlo.',
    pinRejectedTries:
      'Este no es el código PIN elegido en el portal. Vuelva a intentarlo ({count, plural, one {queda # intento} many {quedan # intentos} other {quedan # intentos}}).',
    pinCancelled:
      'Este no es el código PIN elegido en el portal y no quedan más intentos: el registro se ha cancelado. Vuelva a añadir el dispositivo en el portal.',
    alreadyHere: 'Esta cuenta ya está registrada en esta aplicación.',
    oneAccount:
      'Esta aplicación ya está registrada para otra cuenta. Un dispositivo, una cuenta: elimínelo primero de la otra cuenta, o escanee este código QR con otro teléfono: sigue siendo válido hasta que caduque.',
    qrSpent:
      'Este código QR ha caducado o ya se ha utilizado. Vuelva a añadir el dispositivo en el portal para obtener uno nuevo.',
    pinExpired: 'Se ha agotado el tiempo para introducir el código PIN. Vuelva a añadir el dispositivo en el portal.',
    network: 'No se puede contactar con el servidor. Compruebe su conexión y vuelva a intentarlo.',
    failed: 'El registro ha fallado. Vuelva a añadir el dispositivo en el portal y escanee el nuevo código QR.',
    scanAgain: 'Escanear un código QR',
  },
  home: {
    title: 'Sésame',
    account: 'Cuenta',
    device: 'Dispositivo',
    enrolledAt: 'Registrado el',
    chooseAccount: 'Cuenta mostrada',
    check: 'Buscar solicitudes',
    checking: 'Comprobando…',
    none: 'No hay ninguna solicitud de inicio de sesión pendiente.',
    addAccount: 'Añadir una cuenta',
    offline: 'No se puede contactar con el servidor. Las solicitudes aparecerán cuando se restablezca la conexión.',
    blocked:
      'Este dispositivo está bloqueado durante un tiempo tras demasiadas respuestas incorrectas. Vuelva a intentarlo más tarde: una respuesta correcta pone fin al bloqueo.',
    unknownDevice:
      'Este dispositivo ya no está registrado en el servidor. Vuelva a añadirlo desde Mi cuenta en el portal.',
    notEnrolled: 'Todavía no hay ninguna cuenta.',
    scanQr: 'Escanear un código QR',
    offlineQr: 'Sin red, inicie sesión con «Aplicación Sésame con código QR»: pulse «Escanear un código QR».',
    notificationsOff:
      'Las notificaciones están desactivadas: una solicitud de inicio de sesión solo aparece aquí mientras esta aplicación está abierta. Para activarlas, autorice las notificaciones para esta aplicación (en la configuración de su navegador para este sitio) y vuelva a abrir la aplicación: las activará en cuanto el teléfono pueda acceder a su servicio de notificaciones.',
  },
  pending: {
    title: 'Solicitud de inicio de sesión',
    intro: 'Alguien está iniciando sesión con su cuenta. Compruebe que es usted.',
    forAccount: 'Cuenta',
    relyingApp: 'Aplicación',
    browser: 'Navegador',
    ip: 'Dirección IP',
    place: 'Lugar',
    time: 'Hora',
    validity: 'Válida durante',
    remaining: '{minutes} min {seconds} s',
    expiredNow: 'caducada',
    others:
      '{count, plural, one {# solicitud más en espera.} many {# solicitudes más en espera.} other {# solicitudes más en espera.}}',
    pickNumber: 'Elija el número que aparece en su navegador',
    pinIntro: 'Introduzca su código PIN de 4 cifras para confirmar el inicio de sesión.',
    picked: 'Número elegido: {number}',
    changeNumber: 'Cambiar el número',
    deny: 'Rechazar',
    notMe: 'No he sido yo',
    reportQuestion:
      '¿Notificar esta solicitud? Se rechaza y se alerta al equipo de seguridad. Es posible que alguien conozca su contraseña.',
    reportConfirm: 'Sí, notificarla',
    cancel: 'Cancelar',
    sending: 'Enviando su respuesta…',
    approved: 'Inicio de sesión aprobado.',
    denied: 'Inicio de sesión rechazado.',
    reported:
      'La solicitud se ha rechazado y notificado. Alguien conoce su contraseña: cámbiela ahora en el portal (Mi cuenta).',
    wrong:
      'PIN o número incorrecto. Tras 5 respuestas incorrectas seguidas, el dispositivo se bloquea durante un tiempo, cada vez más largo.',
    tryAgain: 'Volver a intentarlo',
    blocked:
      'Este dispositivo está bloqueado durante un tiempo tras demasiadas respuestas incorrectas. Vuelva a intentarlo más tarde: una respuesta correcta pone fin al bloqueo.',
    gone: 'Esta solicitud ya no está pendiente: ha sido respondida, retirada o ha caducado.',
    expired: 'Esta solicitud ha caducado. Vuelva a iniciar sesión en su ordenador.',
    network: 'No se puede contactar con el servidor. Compruebe su conexión y vuelva a intentarlo.',
    failed: 'No se ha podido enviar la respuesta. Vuelva a intentarlo.',
    none: 'No hay ninguna solicitud de inicio de sesión pendiente.',
    back: 'Volver',
    onMobileIntro:
      'Ha empezado a iniciar sesión en este teléfono. Compruebe la solicitud e introduzca su código PIN de 4 cifras.',
    onMobileApproved:
      'Inicio de sesión confirmado. Vuelva a su navegador: el inicio de sesión continúa automáticamente.',
  },
  code: {
    scanTitle: 'Escanear un código QR',
    scanIntro:
      'En su ordenador, elija «Aplicación Sésame con código QR» al iniciar sesión y apunte la cámara al código QR que aparece. Funciona sin red.',
    checking: 'Comprobando el código QR…',
    askTitle: 'Solicitud de inicio de sesión',
    asks: '{app} solicita iniciar sesión como {account}.',
    pinIntro:
      'Si está iniciando sesión en su ordenador, introduzca su código PIN de 4 cifras para obtener el código que debe teclear allí.',
    computing: 'Calculando el código…',
    codeTitle: 'Su código de inicio de sesión',
    typeIt:
      'En su ordenador, teclee este código en el campo «Código mostrado por la aplicación» y pulse «Iniciar sesión».',
    validFor: 'Válido durante {time}',
    remaining: '{minutes} min {seconds} s',
    expired: 'Caducado: escanee un nuevo código QR.',
    wrongPinNote:
      'Un PIN incorrecto da un código incorrecto: su ordenador le indicará entonces que el código no es correcto.',
    done: 'Hecho',
    scanAgain: 'Escanear un nuevo código QR',
    cancel: 'Cancelar',
    forged: 'Este código QR no ha sido generado por su servidor Sésame. No teclee ningún código obtenido con él.',
    challengeExpired: 'Este código QR ha caducado. En su ordenador, muestre un nuevo código QR y escanéelo.',
    notYetValid: 'Este código QR todavía no es válido. Compruebe la fecha y la hora de este teléfono.',
    notEnrolled: 'Este código QR corresponde a la cuenta {account}, que no está registrada en esta aplicación.',
    enrolmentQr:
      'Este código QR sirve para añadir un dispositivo, no para iniciar sesión. Para añadir una cuenta, vuelva atrás y pulse «Añadir una cuenta».',
    notSignInQr:
      'Este no es un código QR de inicio de sesión de Sésame. Escanee el código QR que aparece en la página de inicio de sesión de su ordenador.',
    failed: 'No se ha podido calcular el código. Vuelva a escanear el código QR.',
  },
  refusal: {
    checking: 'Comprobando el código QR…',
    otherTitle: 'Este teléfono ya lo utiliza otra persona',
    otherAccount:
      'Este teléfono ya confirma los inicios de sesión de la cuenta {account}. Un teléfono sirve a una sola persona: este código QR se rechaza, y la página del portal en el ordenador lo indica.',
    otherAccountNext:
      'Añada el dispositivo con otro teléfono: en el ordenador, elija «Añadir un dispositivo móvil con otro teléfono» y escanee el nuevo código QR con ese teléfono. Si este teléfono debe servirle a usted, el titular de {account} debe eliminarlo primero en «Gestionar mis dispositivos móviles».',
    sameTitle: 'Este teléfono ya está registrado',
    sameAccount:
      'Este teléfono ya está registrado para su cuenta {account}: no hay nada que añadir. El código QR del ordenador ya no se puede utilizar.',
    sameAccountNext:
      'Para añadir otro teléfono, vuelva a añadir un dispositivo móvil en el ordenador y escanee el nuevo código QR con ese teléfono.',
    scanAnother: 'Escanear otro código QR',
    done: 'Volver',
  },
};
