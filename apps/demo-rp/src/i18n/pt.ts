import type { Messages } from './en';

/**
 * Portuguese catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const pt: Messages = {
  meta: {
    language: 'Idioma',
    dateLocale: 'pt-PT',
  },
  layout: {
    appName: 'TRACES NT (demo)',
    tagline: 'Controlo e certificação do comércio — demonstração',
    skipToContent: 'Saltar para o conteúdo principal',
    navLabel: 'Sessão e língua',
    signedInAs: 'Sessão iniciada como {name}',
    signOut: 'Terminar sessão',
    footer:
      'Aplicação de demonstração do Sésame. Não é o TRACES NT: mostra apenas o que uma aplicação recebe quando inicia sessão.',
  },
  home: {
    title: 'Bem-vindo ao TRACES NT (demo)',
    intro:
      'Esta aplicação confia no Sésame para iniciar a sua sessão, tal como o TRACES NT confia no EU Login. Escolha como a aplicação pergunta ao Sésame quem é: o resultado é a mesma pessoa, com o mesmo nível.',
    casTitle: 'CAS (EU Login)',
    casBody:
      'O protocolo do EU Login: a aplicação abre uma transação de início de sessão que pede o nível {level} e, em seguida, verifica o bilhete devolvido pelo Sésame.',
    casButton: 'Iniciar sessão com CAS (EU Login)',
    casPostLink: 'Ou com o bilhete enviado à aplicação por formulário em vez de no endereço (CAS method=POST)',
    oidcTitle: 'OpenID Connect',
    oidcBody:
      'O protocolo normalizado: código de autorização com PKCE e, em seguida, um ID Token assinado pelo Sésame.',
    oidcButton: 'Iniciar sessão com OpenID Connect',
    signedIn: 'Tem sessão iniciada.',
    seeIdentity: 'Ver o que a aplicação recebeu',
    signedOut: 'Terminou a sessão do TRACES NT (demo) e do Sésame.',
  },
  identity: {
    title: 'A sua identidade',
    intro: 'Eis o que o TRACES NT (demo) recebeu do Sésame.',
    viaCas: 'Sessão iniciada com CAS (EU Login)',
    viaOidc: 'Sessão iniciada com OpenID Connect',
    uid: 'Identificador do utilizador',
    name: 'Nome',
    email: 'Endereço de correio eletrónico',
    organisation: 'Organização',
    level: 'Nível de autenticação',
    strengths: 'Métodos',
    factors: 'Fatores de autenticação',
    protocol: 'Protocolo',
    sso: 'Autenticação única (sso)',
    isFromNewLogin: 'Novo início de sessão (isFromNewLogin)',
    authTime: 'Autenticado no Sésame',
    signedInAt: 'Sessão iniciada nesta aplicação',
    received:
      'Tudo o que foi recebido ({count, plural, one {# atributo ou claim} many {# atributos ou claims} other {# atributos ou claims}})',
    receivedName: 'Nome',
    receivedValue: 'Valor',
    none: 'nenhum',
    unknown: 'não indicado',
    yes: 'sim',
    no: 'não',
    home: 'Voltar à página inicial',
  },
  editions: {
    traces: {
      appName: 'TRACES NT (demo)',
      tagline: 'Controlo e certificação do comércio — demonstração',
      footer:
        'Aplicação de demonstração do Sésame. Não é o TRACES NT: mostra apenas o que uma aplicação recebe quando inicia sessão.',
      homeTitle: 'Bem-vindo ao TRACES NT (demo)',
      homeIntro:
        'Esta aplicação confia no Sésame para iniciar a sua sessão, tal como o TRACES NT confia no EU Login. Tal como o TRACES NT, exige a aplicação Sésame (nível MEDIUM): uma palavra-passe por si só não dá acesso. Escolha como a aplicação pergunta ao Sésame quem é: o resultado é a mesma pessoa, com o mesmo nível.',
      signedOut: 'Terminou a sessão do TRACES NT (demo) e do Sésame.',
      identityIntro: 'Eis o que o TRACES NT (demo) recebeu do Sésame.',
      offer: 'O TRACES NT (demo) exige a aplicação Sésame (nível MEDIUM): uma palavra-passe por si só não dá acesso.',
    },
    bulletin: {
      appName: 'Bulletin sanitaire (demo)',
      tagline: 'Notícias de saúde animal — demonstração',
      footer:
        'Aplicação de demonstração do Sésame: informação pública acessível apenas com a palavra-passe (nível BASIC), ao lado do TRACES NT (demo), que exige a aplicação Sésame.',
      homeTitle: 'Bem-vindo ao Bulletin sanitaire (demo)',
      homeIntro:
        'Os boletins de saúde animal do seu serviço. Informação pública: basta a sua palavra-passe (nível BASIC). Escolha como a aplicação pergunta ao Sésame quem é.',
      signedOut: 'Terminou a sessão do Bulletin sanitaire (demo) e do Sésame.',
      identityIntro:
        'O boletim desta semana está à sua disposição: a sua palavra-passe foi suficiente (nível BASIC). Eis o que o Bulletin sanitaire (demo) recebeu do Sésame.',
      offer: 'O Bulletin sanitaire (demo) abre apenas com a palavra-passe (nível BASIC).',
    },
    otherTitle: 'A outra aplicação de demonstração',
    otherLink: 'Abrir {app}',
  },
  protocols: {
    cas: 'CAS 3.0, extensões do EU Login',
    oidc: 'OpenID Connect 1.0',
  },
  levels: {
    BASIC: 'básico (palavra-passe)',
    MEDIUM: 'médio (dois fatores)',
    HIGH: 'elevado (hardware certificado)',
  },
  strengths: {
    PASSWORD: 'Palavra-passe',
    PASSWORD_SMS: 'Telemóvel + SMS',
    PASSWORD_TOTP: 'Aplicação de autenticação (TOTP)',
    PASSWORD_MOBILE_APP: 'Aplicação Sésame com código PIN',
    PASSWORD_SOFTWARE_TOKEN: 'Aplicação Sésame com código QR',
    MOBILE_APP: 'No telemóvel',
    PASSWORD_WEBAUTHN: 'Chave de segurança ou plataforma de confiança',
    PASSWORD_RECOVERY_CODE: 'Código de recuperação',
    EIDAS: 'eID',
    PASSWORD_TOKEN: 'Token físico',
    PASSWORD_TOKEN_CRAM: 'Token físico de desafio-resposta',
    CLIENT_CERT: 'Certificado de cliente',
  },
  factors: {
    moniker: 'Palavra-passe da conta {value}',
    mobileDevice: 'Telefone com a aplicação: {value}',
    mobilePhoneNumber: 'Número de telemóvel {value}',
    webauthnDevice: 'Chave de segurança: {value}',
    storkId: 'eID {value}',
    tokenId: 'Token físico {value}',
    tokenCramId: 'Token de desafio-resposta {value}',
    other: '{kind}: {value}',
  },
  amr: {
    pwd: 'Palavra-passe (pwd)',
    otp: 'Código de utilização única (otp)',
    mfa: 'Vários fatores (mfa)',
    hwk: 'Chave ligada a hardware (hwk)',
    swk: 'Chave ligada a software (swk)',
    pin: 'PIN (pin)',
    user: 'Presença do utilizador (user)',
    sms: 'SMS (sms)',
    face: 'Reconhecimento facial (face)',
    fpt: 'Impressão digital (fpt)',
    pop: 'Prova de posse (pop)',
    sc: 'Cartão inteligente (sc)',
    other: '{value}',
  },
  errors: {
    title: 'Falha no início de sessão',
    CAS_REFUSED: 'O Sésame recusou o bilhete de início de sessão ({code}). Inicie sessão novamente.',
    LEVEL_TOO_LOW:
      'Iniciou sessão com o nível de autenticação {level}; esta aplicação exige, no mínimo, {required}. Configure um método de verificação mais forte no Sésame e inicie sessão novamente.',
    STRENGTH_NOT_ACCEPTED:
      'Esta aplicação não aceita o método de verificação que utilizou. Inicie sessão com outro método.',
    OIDC_REFUSED: 'O Sésame não iniciou a sua sessão ({code}).',
    OIDC_FAILED:
      'Não foi possível verificar a resposta do Sésame, pelo que a sessão não foi iniciada. Inicie sessão novamente.',
    SIGN_IN_EXPIRED: 'Este início de sessão expirou ou foi iniciado noutro navegador. Inicie sessão novamente.',
    SESAME_UNREACHABLE: 'Não é possível contactar o Sésame neste momento. Tente novamente dentro de alguns minutos.',
    BAD_REQUEST: 'Não foi possível compreender o pedido. Volte à página inicial e tente novamente.',
    FORBIDDEN: 'Este pedido não provém desta aplicação. Nada foi alterado.',
    NOT_FOUND: 'Esta página não existe.',
    INTERNAL: 'Ocorreu um problema do nosso lado. Tente novamente dentro de alguns minutos.',
    backHome: 'Voltar à página inicial',
  },
};
