import type { Messages } from './en';

/**
 * Spanish catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const es: Messages = {
  meta: {
    language: 'Idioma',
    dateLocale: 'es-ES',
  },
  layout: {
    appName: 'TRACES NT (demo)',
    tagline: 'Control y certificación del comercio — demostración',
    skipToContent: 'Ir al contenido principal',
    navLabel: 'Sesión e idioma',
    signedInAs: 'Sesión iniciada como {name}',
    signOut: 'Cerrar sesión',
    footer:
      'Aplicación de demostración de Sésame. No es TRACES NT: solo muestra lo que recibe una aplicación cuando usted inicia sesión.',
  },
  home: {
    title: 'Bienvenido a TRACES NT (demo)',
    intro:
      'Esta aplicación confía en Sésame para iniciar su sesión, como TRACES NT confía en EU Login. Elija cómo pregunta la aplicación a Sésame quién es usted: el resultado es la misma persona, con el mismo nivel.',
    casTitle: 'CAS (EU Login)',
    casBody:
      'El protocolo de EU Login: la aplicación abre una transacción de inicio de sesión que solicita el nivel {level} y luego comprueba el ticket que devuelve Sésame.',
    casButton: 'Iniciar sesión con CAS (EU Login)',
    casPostLink:
      'O con el ticket enviado a la aplicación mediante un formulario en lugar de en la dirección (CAS method=POST)',
    oidcTitle: 'OpenID Connect',
    oidcBody:
      'El protocolo estándar: código de autorización con PKCE y, a continuación, un ID Token firmado por Sésame.',
    oidcButton: 'Iniciar sesión con OpenID Connect',
    signedIn: 'Ha iniciado sesión.',
    seeIdentity: 'Ver lo que ha recibido la aplicación',
    signedOut: 'Ha cerrado la sesión de TRACES NT (demo) y de Sésame.',
  },
  identity: {
    title: 'Su identidad',
    intro: 'Esto es lo que TRACES NT (demo) ha recibido de Sésame.',
    viaCas: 'Sesión iniciada con CAS (EU Login)',
    viaOidc: 'Sesión iniciada con OpenID Connect',
    uid: 'Identificador de usuario',
    name: 'Nombre',
    email: 'Dirección de correo electrónico',
    organisation: 'Organización',
    level: 'Nivel de autenticación',
    strengths: 'Métodos',
    factors: 'Factores de autenticación',
    protocol: 'Protocolo',
    sso: 'Inicio de sesión único (sso)',
    isFromNewLogin: 'Nuevo inicio de sesión (isFromNewLogin)',
    authTime: 'Autenticado en Sésame',
    signedInAt: 'Sesión iniciada en esta aplicación',
    received:
      'Todo lo recibido ({count, plural, one {# atributo o claim} many {# atributos o claims} other {# atributos o claims}})',
    receivedName: 'Nombre',
    receivedValue: 'Valor',
    none: 'ninguno',
    unknown: 'no indicado',
    yes: 'sí',
    no: 'no',
    home: 'Volver a la página de inicio',
  },
  editions: {
    traces: {
      appName: 'TRACES NT (demo)',
      tagline: 'Control y certificación del comercio — demostración',
      footer:
        'Aplicación de demostración de Sésame. No es TRACES NT: solo muestra lo que recibe una aplicación cuando usted inicia sesión.',
      homeTitle: 'Bienvenido a TRACES NT (demo)',
      homeIntro:
        'Esta aplicación confía en Sésame para iniciar su sesión, como TRACES NT confía en EU Login. Al igual que TRACES NT, exige la aplicación Sésame (nivel MEDIUM): una contraseña sola no basta para entrar. Elija cómo pregunta la aplicación a Sésame quién es usted: el resultado es la misma persona, con el mismo nivel.',
      signedOut: 'Ha cerrado la sesión de TRACES NT (demo) y de Sésame.',
      identityIntro: 'Esto es lo que TRACES NT (demo) ha recibido de Sésame.',
      offer: 'TRACES NT (demo) exige la aplicación Sésame (nivel MEDIUM): una contraseña sola no basta para entrar.',
    },
    bulletin: {
      appName: 'Bulletin sanitaire (demo)',
      tagline: 'Noticias de sanidad animal — demostración',
      footer:
        'Aplicación de demostración de Sésame: información pública a la que se accede solo con una contraseña (nivel BASIC), junto a TRACES NT (demo), que exige la aplicación Sésame.',
      homeTitle: 'Bienvenido a Bulletin sanitaire (demo)',
      homeIntro:
        'Los boletines de sanidad animal de su servicio. Información pública: basta con su contraseña (nivel BASIC). Elija cómo pregunta la aplicación a Sésame quién es usted.',
      signedOut: 'Ha cerrado la sesión de Bulletin sanitaire (demo) y de Sésame.',
      identityIntro:
        'El boletín de esta semana está a su disposición: ha bastado con su contraseña (nivel BASIC). Esto es lo que Bulletin sanitaire (demo) ha recibido de Sésame.',
      offer: 'Bulletin sanitaire (demo) se abre solo con una contraseña (nivel BASIC).',
    },
    otherTitle: 'La otra aplicación de demostración',
    otherLink: 'Abrir {app}',
  },
  protocols: {
    cas: 'CAS 3.0, extensiones de EU Login',
    oidc: 'OpenID Connect 1.0',
  },
  levels: {
    BASIC: 'básico (contraseña)',
    MEDIUM: 'medio (dos factores)',
    HIGH: 'alto (hardware certificado)',
  },
  strengths: {
    PASSWORD: 'Contraseña',
    PASSWORD_SMS: 'Teléfono móvil + SMS',
    PASSWORD_TOTP: 'Aplicación de autenticación (TOTP)',
    PASSWORD_MOBILE_APP: 'Aplicación Sésame con código PIN',
    PASSWORD_SOFTWARE_TOKEN: 'Aplicación Sésame con código QR',
    MOBILE_APP: 'En el móvil',
    PASSWORD_WEBAUTHN: 'Llave de seguridad o plataforma de confianza',
    PASSWORD_RECOVERY_CODE: 'Código de recuperación',
    EIDAS: 'eID',
    PASSWORD_TOKEN: 'Token físico',
    PASSWORD_TOKEN_CRAM: 'Token físico de desafío-respuesta',
    CLIENT_CERT: 'Certificado de cliente',
  },
  factors: {
    moniker: 'Contraseña de la cuenta {value}',
    mobileDevice: 'Teléfono con la aplicación: {value}',
    mobilePhoneNumber: 'Número de teléfono móvil {value}',
    webauthnDevice: 'Llave de seguridad: {value}',
    storkId: 'eID {value}',
    tokenId: 'Token físico {value}',
    tokenCramId: 'Token de desafío-respuesta {value}',
    other: '{kind}: {value}',
  },
  amr: {
    pwd: 'Contraseña (pwd)',
    otp: 'Código de un solo uso (otp)',
    mfa: 'Varios factores (mfa)',
    hwk: 'Clave vinculada a hardware (hwk)',
    swk: 'Clave vinculada a software (swk)',
    pin: 'PIN (pin)',
    user: 'Presencia del usuario (user)',
    sms: 'SMS (sms)',
    face: 'Reconocimiento facial (face)',
    fpt: 'Huella dactilar (fpt)',
    pop: 'Prueba de posesión (pop)',
    sc: 'Tarjeta inteligente (sc)',
    other: '{value}',
  },
  errors: {
    title: 'Error al iniciar sesión',
    CAS_REFUSED: 'Sésame ha rechazado el ticket de inicio de sesión ({code}). Vuelva a iniciar sesión.',
    LEVEL_TOO_LOW:
      'Ha iniciado sesión con el nivel de autenticación {level}; esta aplicación exige como mínimo {required}. Configure un método de verificación más robusto en Sésame y vuelva a iniciar sesión.',
    STRENGTH_NOT_ACCEPTED:
      'Esta aplicación no acepta el método de verificación que ha utilizado. Inicie sesión con otro.',
    OIDC_REFUSED: 'Sésame no ha iniciado su sesión ({code}).',
    OIDC_FAILED:
      'No se ha podido comprobar la respuesta de Sésame, por lo que no ha iniciado sesión. Vuelva a iniciar sesión.',
    SIGN_IN_EXPIRED: 'Este inicio de sesión ha caducado o se inició en otro navegador. Vuelva a iniciar sesión.',
    SESAME_UNREACHABLE: 'No se puede contactar con Sésame en este momento. Vuelva a intentarlo dentro de unos minutos.',
    BAD_REQUEST: 'No se ha podido entender la solicitud. Vuelva a la página de inicio e inténtelo de nuevo.',
    FORBIDDEN: 'Esta solicitud no procede de esta aplicación. No se ha modificado nada.',
    NOT_FOUND: 'Esta página no existe.',
    INTERNAL: 'Se ha producido un error por nuestra parte. Vuelva a intentarlo dentro de unos minutos.',
    backHome: 'Volver a la página de inicio',
  },
};
