import type { Messages } from './en';

/**
 * Portuguese catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const pt: Messages = {
  meta: {
    language: 'Idioma',
  },
  layout: {
    skipToContent: 'Saltar para o conteúdo principal',
    tagline: 'Início de sessão seguro',
    footer: 'Sésame — fornecedor de identidade de código aberto',
    signedInAs: 'Sessão iniciada como {name}',
    myAccount: 'A minha conta',
    signOut: 'Terminar sessão',
    errorSummaryTitle: 'Existe um problema',
    errorTitle: 'Erro: {title}',
    navLabel: 'Conta e língua',
  },
  fields: {
    email: 'Endereço de correio eletrónico',
    emailConfirm: 'Confirme o endereço de correio eletrónico',
    firstName: 'Nome próprio',
    lastName: 'Apelido',
    emailLocale: 'Língua das mensagens de correio eletrónico',
    emailLocaleHint:
      'A língua das mensagens de correio eletrónico que o Sésame lhe envia e das suas páginas depois de iniciar sessão.',
    privacyAccepted: 'Li e aceito a declaração de privacidade',
    password: 'Palavra-passe',
    passwordConfirm: 'Confirme a palavra-passe',
    currentPassword: 'Palavra-passe atual',
    newPassword: 'Nova palavra-passe',
    newPasswordConfirm: 'Confirme a nova palavra-passe',
    newEmail: 'Novo endereço de correio eletrónico',
    showPassword: 'Mostrar a palavra-passe',
    hidePassword: 'Ocultar a palavra-passe',
    showButton: 'Mostrar',
    hideButton: 'Ocultar',
    passwordHint:
      'Pelo menos {min, plural, one {# carácter} many {# caracteres} other {# caracteres}}. São aceites espaços e quaisquer caracteres: uma frase de que se lembre é uma boa palavra-passe. As palavras-passe demasiado comuns são recusadas.',
  },
  reasons: {
    required: 'Preencha o campo {field}.',
    too_long: 'O campo {field} é demasiado longo.',
    malformed: 'O campo {field} não é válido. Verifique-o e tente novamente.',
    mismatch: 'O campo {field} não corresponde.',
    too_short:
      'A palavra-passe deve ter pelo menos {min, plural, one {# carácter} many {# caracteres} other {# caracteres}}.',
    common:
      'Esta palavra-passe é demasiado comum: qualquer pessoa a poderia adivinhar. Escolha outra, por exemplo uma frase curta.',
    contextual:
      'Esta palavra-passe contém o seu nome, o seu endereço de correio eletrónico ou o nome do serviço. Escolha outra.',
    not_accepted: 'Tem de aceitar a declaração de privacidade para criar uma conta.',
    unknown: 'Escolha o valor do campo {field} entre os propostos.',
    taken: 'Este valor do campo {field} já está a ser utilizado. Escolha outro.',
    too_deep:
      'A árvore de organizações ficaria demasiado profunda nesse ponto. Escolha uma organização-mãe mais acima.',
    cycle:
      'Uma organização não pode ser deslocada para baixo de si própria nem de uma das suas próprias organizações. Escolha outra organização-mãe.',
  },
  fieldNames: {
    organisationId: 'organização',
    externalId: 'identificador externo',
    confirmEmail: 'endereço de correio eletrónico da conta',
    file: 'ficheiro',
    code: 'código',
    name: 'nome do dispositivo',
    method: 'método de verificação',
    pin: 'código PIN',
    pinConfirm: 'confirmação do código PIN',
    email: 'endereço de correio eletrónico',
    emailConfirm: 'confirmação do endereço de correio eletrónico',
    firstName: 'nome próprio',
    lastName: 'apelido',
    emailLocale: 'língua das mensagens de correio eletrónico',
    privacyAccepted: 'declaração de privacidade',
    password: 'palavra-passe',
    passwordConfirm: 'confirmação da palavra-passe',
    currentPassword: 'palavra-passe atual',
    newPassword: 'nova palavra-passe',
    newPasswordConfirm: 'confirmação da nova palavra-passe',
    newEmail: 'novo endereço de correio eletrónico',
    phone: 'número de telemóvel',
  },
  errors: {
    INVALID_CREDENTIALS:
      'O endereço de correio eletrónico ou a palavra-passe estão errados. Verifique-os e tente novamente.',
    ACCOUNT_LOCKED:
      'Demasiadas tentativas falhadas: esta conta está bloqueada durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}. Aguarde ou reponha a sua palavra-passe com «Esqueceu-se da palavra-passe?».',
    TOO_MANY_REQUESTS:
      'Demasiadas tentativas a partir da sua rede. Aguarde {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} e tente novamente.',
    LINK_INVALID: 'Esta ligação já não é válida: expirou ou já foi utilizada. Recomece para receber uma nova ligação.',
    EMAIL_UNAVAILABLE: 'Este endereço de correio eletrónico não pode ser utilizado. Escolha outro.',
    EXTERNAL_ID_UNAVAILABLE: 'Este identificador externo já pertence a outra conta. Verifique-o e tente novamente.',
    ACCOUNT_DEACTIVATED:
      'Esta conta foi desativada pela sua organização. Peça ao seu gestor local ou ao seu serviço de assistência que a reative.',
    CSRF_INVALID:
      'O formulário expirou ou não foi enviado a partir deste sítio. Nada foi alterado. Recarregue a página e tente novamente.',
    SIGN_IN_REQUIRED: 'Inicie sessão para ver esta página.',
    STORE_UNAVAILABLE:
      'O serviço está temporariamente indisponível. Nada foi alterado. Tente novamente dentro de um minuto.',
    NOT_FOUND: 'Esta página não existe.',
    BAD_REQUEST:
      'Não foi possível compreender o pedido. Nada foi alterado. Volte atrás, recarregue a página e tente novamente.',
    INTERNAL: 'Ocorreu um problema do nosso lado. Nada foi alterado. Tente novamente dentro de alguns minutos.',
    DEVICE_MESSAGE_INVALID:
      'A aplicação Sésame enviou um pedido que não foi possível verificar. Atualize a aplicação e tente novamente.',
    ENROLMENT_INVALID:
      'Este código QR já não é válido: expirou ou já foi utilizado. Adicione novamente o dispositivo a partir de «Gerir os meus dispositivos móveis».',
    DEVICE_ALREADY_ENROLLED:
      'Este telefone já está registado para outra conta. Remova-o primeiro dessa conta: um telefone, uma conta.',
    DEVICE_UNAUTHENTICATED:
      'Este dispositivo não é reconhecido. Registe-o novamente a partir de «Gerir os meus dispositivos móveis».',
    DEVICE_BLOCKED:
      'Este dispositivo está bloqueado após demasiadas respostas erradas (fim do bloqueio: {time}). Tente novamente depois: uma resposta certa põe fim ao bloqueio. Se não foi o próprio, altere a sua palavra-passe.',
    SECOND_FACTOR_REQUIRED:
      'Para adicionar ou eliminar um dispositivo móvel é necessária uma confirmação com a aplicação Sésame. Inicie sessão com a aplicação ou escolha «Já não tenho o meu telefone».',
    DEVICE_CHALLENGE_INVALID: 'Este pedido já foi respondido ou cancelado. Nada foi alterado.',
    DEVICE_CHALLENGE_EXPIRED: 'Este pedido expirou. Recomece a partir da página de início de sessão.',
    PUSH_LIMIT_REACHED:
      'Foram enviados demasiados pedidos para o seu telefone. Aguarde {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} e tente novamente. Se não os pediu, altere a sua palavra-passe.',
    NO_ACTIVE_DEVICE:
      'Não está registado nenhum dispositivo móvel ativo para esta conta. Escolha outro método de verificação.',
    DEVICE_SECRET_UNREADABLE:
      'Ocorreu um problema do nosso lado. Nada foi alterado. Tente novamente dentro de alguns minutos.',
    SMS_UNAVAILABLE:
      'Não foi possível enviar a mensagem de texto: o serviço de SMS não responde. Tente novamente dentro de alguns minutos ou escolha outro método de verificação.',
    SMS_RETIRED:
      'O início de sessão por SMS já não é aceite aqui. Utilize a aplicação Sésame: adicione-a em «Gerir os meus dispositivos móveis» depois de iniciar sessão de outra forma.',
    SMS_COUNTRY_NOT_ACCEPTED:
      'O Sésame não envia SMS para este número. Países aceites: {countries}. Utilize antes a aplicação Sésame («Gerir os meus dispositivos móveis») ou uma chave de segurança.',
    SMS_LIMIT_REACHED:
      'O Sésame não pode enviar mais SMS de momento: nada foi enviado. Utilize antes a aplicação Sésame ou uma chave de segurança, ou tente novamente mais tarde.',
    FORBIDDEN:
      'Não tem autorização para fazer isto: está fora das organizações e das funções que lhe foram atribuídas. Nada foi alterado.',
    EID_UNAVAILABLE:
      'O seu fornecedor de eID não responde. Tente novamente dentro de alguns minutos ou inicie sessão com o seu endereço de correio eletrónico e a sua palavra-passe.',
    EID_REFUSED:
      'Não foi possível verificar a resposta da sua eID, ou o pedido expirou. Nada foi alterado. Recomece a partir desta página.',
    EID_NOT_LINKED:
      'Esta eID não está associada a uma conta Sésame. Inicie sessão com o seu endereço de correio eletrónico e a sua palavra-passe e, em seguida, associe-a em «A minha conta», «Gerir as minhas eID».',
    EID_LEVEL_UNKNOWN:
      'O seu fornecedor de eID não indicou um nível de garantia aceite por este Sésame: a eID não pode ser utilizada. Inicie sessão com o seu endereço de correio eletrónico e a sua palavra-passe.',
    EID_ALREADY_LINKED: 'Esta eID já está associada a uma conta Sésame. Desassocie-a primeiro dessa conta.',
    EID_EMAIL_UNVERIFIED:
      'A sua eID não forneceu um endereço de correio eletrónico verificado: não é possível criar nem encontrar uma conta Sésame a partir dela. Inicie sessão com o seu endereço de correio eletrónico e a sua palavra-passe (ou crie uma conta) e, em seguida, associe a sua eID em «A minha conta», «Gerir as minhas eID».',
    EID_OTHER_ACCOUNT:
      'Tem sessão iniciada numa conta diferente da que corresponde ao endereço de correio eletrónico da sua eID. Termine sessão e, em seguida, inicie sessão novamente com a sua eID.',
    EID_NOT_THIS_ACCOUNT:
      'Esta eID não é a que está associada à sua conta Sésame, pelo que não pode confirmar este início de sessão. Utilize a eID que associou, ou outra forma desta página.',
    confirmRequired: {
      emailConfirm: 'Confirme o seu endereço de correio eletrónico.',
      passwordConfirm: 'Confirme a sua palavra-passe.',
      newPasswordConfirm: 'Confirme a sua nova palavra-passe.',
    },
    currentPasswordWrong: 'A sua palavra-passe atual está errada.',
    accountLockedUntilReset:
      'Demasiadas tentativas falhadas seguidas: esta conta está bloqueada até a sua palavra-passe ser reposta. Reponha-a com «Esqueceu-se da palavra-passe?» (é enviada uma ligação por correio eletrónico), ou peça ao seu gestor local ou ao seu serviço de assistência que a desbloqueie. Num navegador em que tenha iniciado sessão com a sua palavra-passe nos últimos 90 dias, ainda pode iniciar sessão.',
    sameEmail: 'Este já é o seu endereço de correio eletrónico.',
    pageTitle: 'Erro',
    backHome: 'Voltar à página de início de sessão',
  },
  signIn: {
    title: 'Iniciar sessão',
    intro: 'Inicie sessão com a sua conta Sésame.',
    next: 'Seguinte',
    signInButton: 'Iniciar sessão',
    passwordTitle: 'Introduza a sua palavra-passe',
    signingInAs: 'A iniciar sessão como {email}',
    notYou: 'Utilizar outro endereço de correio eletrónico',
    forgot: 'Esqueceu-se da palavra-passe?',
    noAccount: 'Ainda não tem conta?',
    createAccount: 'Criar uma conta',
    methodLabel: 'Escolha o seu método de verificação',
    methodPassword: 'Palavra-passe',
    methodAppPin: 'Aplicação Sésame com código PIN',
    methodAppQr: 'Aplicação Sésame com código QR',
    methodTotp: 'Código de uma aplicação de autenticação',
    methodRecoveryCode: 'Um código de recuperação',
    methodWebauthn: 'Chave de segurança ou plataforma de confiança',
    methodSms: 'Telemóvel + SMS',
    passkeyIntro: 'Ou, sem introduzir o seu endereço de correio eletrónico:',
    passkeyButton: 'Iniciar sessão com uma chave de acesso',
    passkeyRefused:
      'Esta chave de acesso não foi aceite: não está registada, ou o pedido expirou. Tente novamente ou introduza o seu endereço de correio eletrónico.',
    methodHint:
      'As aplicações que exigem dois fatores precisam de um destes após a palavra-passe: escolha aquele de que dispõe.',
    methodOnMobile: 'No telemóvel',
    onMobileIntro:
      'Está no telefone onde tem a aplicação Sésame? Confirme na aplicação em vez de introduzir a sua palavra-passe.',
    signedOut: 'Terminou a sessão.',
    eidIntro: 'Ou com a sua identidade eletrónica nacional, se a associou à sua conta:',
    eidButton: 'Iniciar sessão com {provider}',
  },
  secondFactor: {
    title: 'Confirme a sua identidade com o seu segundo fator',
    body: 'Adicionar ou eliminar um dispositivo móvel altera a forma como a sua conta está protegida. A sua conta tem, ou teve, uma aplicação Sésame: confirme primeiro com ela. Um dispositivo bloqueado volta a funcionar quando o bloqueio termina.',
    emailBody:
      'O seu endereço de correio eletrónico permite-lhe recuperar a conta se perder o telefone. A sua conta tem, ou teve, uma aplicação Sésame: confirme com ela antes de alterar o endereço.',
    confirm: 'Confirmar com o meu segundo fator',
    lost: 'Perdeu o telefone? Elimine todos os seus dispositivos (PÂNICO): a confirmação é feita por correio eletrónico.',
    lostWithCodes:
      'Perdeu a sua chave de segurança ou aplicação de autenticação? Ao confirmar, depois da palavra-passe, escolha «Já não tenho nenhum destes: utilizar um código de recuperação».',
    lostHelpdesk:
      'Perdeu a sua chave de segurança ou aplicação de autenticação? O seu serviço de assistência pode removê-la depois de verificar a sua identidade; em seguida, adicione uma nova.',
    noneTitle: 'Primeiro é necessário um segundo fator',
    noneBody:
      'Esta página exige um início de sessão com um segundo fator e a sua conta ainda não tem nenhum. Adicione um em «A minha conta» — uma aplicação de autenticação, uma chave de segurança ou a aplicação Sésame — e volte aqui.',
    goToAccount: 'Adicionar um segundo fator em «A minha conta»',
    lostAllTitle: 'A sua conta já não tem nenhum segundo fator',
    lostAllBody:
      'Os seus dispositivos móveis e outros segundos fatores foram removidos, pelo seu serviço de assistência após a perda do telefone ou quando todos os seus dispositivos foram eliminados (PÂNICO): já não há nada com que confirmar. Se foi o serviço de assistência que os removeu, abra neste navegador a ligação da mensagem de correio eletrónico que lhe enviou: poderá adicionar de imediato um novo dispositivo móvel. Caso contrário, escolha «Já não tenho o meu telefone»: enviamos-lhe uma ligação e poderá adicionar um novo dispositivo {hours, plural, one {# hora} many {# horas} other {# horas}} depois de a abrir.',
    backToAccount: 'Voltar à minha conta',
  },
  signInQr: {
    title: 'Digitalize o código QR com a aplicação Sésame',
    alt: 'Código QR a digitalizar com a aplicação Sésame para iniciar sessão',
    stepsTitle: 'Na aplicação Sésame (funciona sem rede)',
    steps: [
      'Abra a aplicação Sésame no seu dispositivo móvel e toque em «Digitalizar um código QR».',
      'Digitalize este código QR. A aplicação mostra qual a aplicação que faz o pedido.',
      'Introduza o seu código PIN de 4 algarismos: a aplicação mostra um código de 8 algarismos.',
      'Introduza esse código abaixo e clique em «Iniciar sessão».',
    ],
    expires: 'Este código QR é válido até às {time}.',
    codeLabel: 'Código apresentado pela aplicação',
    codeHint: '8 algarismos.',
    newCode: 'Mostrar um novo código QR',
    wrongCode:
      'Este código não está correto. Verifique-o na aplicação e introduza-o novamente. Um PIN errado na aplicação dá um código errado: após 5 respostas erradas seguidas, o dispositivo é bloqueado durante algum tempo, cada vez mais longo.',
    expired: 'Este código QR expirou. Apresente um novo.',
  },
  signInApp: {
    title: 'Confirme na aplicação Sésame',
    intro: 'Foi enviado um pedido de início de sessão para o seu dispositivo móvel: {devices}.',
    numberLabel: 'Número a escolher na aplicação',
    steps: [
      'Abra a aplicação Sésame no seu dispositivo móvel. Se o pedido não aparecer, toque em «Procurar pedidos».',
      'Verifique a aplicação, o navegador e a hora do pedido.',
      'Escolha o número apresentado nesta página e introduza o seu código PIN de 4 algarismos.',
    ],
    expires: 'O pedido é válido até às {time}.',
    waiting: 'A aguardar a sua confirmação na aplicação…',
    continue: 'Confirmei na aplicação',
    resend: 'Enviar um novo pedido',
    signInAgain: 'Iniciar sessão novamente',
    otherMethod: 'Escolher outro método de verificação',
    notYet: 'O pedido ainda não foi confirmado na aplicação. Confirme-o e continue.',
    approved: 'Confirmado na aplicação. A iniciar a sua sessão…',
    denied: 'O pedido foi recusado na aplicação. A sessão não foi iniciada. Inicie sessão novamente se foi um engano.',
    reported:
      'Comunicou que não fez este pedido. A sessão não foi iniciada. Se outra pessoa conhece a sua palavra-passe, altere-a agora com «Esqueceu-se da palavra-passe?».',
    failed:
      'PIN ou número errado na aplicação. A sessão não foi iniciada. Inicie sessão novamente para enviar um novo pedido: após 5 respostas erradas seguidas, o dispositivo é bloqueado durante algum tempo, cada vez mais longo.',
    cancelled: 'O pedido foi cancelado: o dispositivo foi eliminado ou bloqueado. Escolha outro método de verificação.',
    expired: 'O pedido expirou. Envie um novo pedido.',
  },
  signInMobile: {
    title: 'Confirme neste telefone',
    openApp: 'Abrir a aplicação Sésame',
    steps: [
      'Toque em «Abrir a aplicação Sésame»: esta abre no pedido.',
      'Verifique a aplicação e a hora do pedido e introduza o seu código PIN de 4 algarismos.',
      'Volte a esta página: o início de sessão continua automaticamente.',
    ],
    expires: 'O pedido é válido até às {time}.',
    waiting: 'A aguardar a sua confirmação na aplicação…',
    continue: 'Confirmei na aplicação',
    resend: 'Enviar um novo pedido',
    usePassword: 'Iniciar sessão com a palavra-passe',
    signInAgain: 'Iniciar sessão novamente',
    notYet: 'O pedido ainda não foi confirmado na aplicação. Confirme-o e continue.',
    denied: 'O pedido foi recusado na aplicação. A sessão não foi iniciada. Inicie sessão novamente se foi um engano.',
    reported:
      'Comunicou que não fez este pedido. A sessão não foi iniciada. Alguém tentou iniciar sessão com o seu endereço de correio eletrónico; a sua palavra-passe não foi utilizada.',
    failed:
      'PIN errado na aplicação. A sessão não foi iniciada. Inicie sessão novamente para enviar um novo pedido: após 5 respostas erradas seguidas, o dispositivo é bloqueado durante algum tempo, cada vez mais longo.',
    cancelled:
      'O pedido foi cancelado: o dispositivo foi eliminado ou bloqueado. Inicie sessão com a sua palavra-passe.',
    expired: 'O pedido expirou. Envie um novo pedido.',
  },
  register: {
    title: 'Criar uma conta',
    intro:
      'Preencha o formulário. Enviar-lhe-emos uma mensagem de correio eletrónico com uma ligação para escolher a sua palavra-passe.',
    privacyLink: 'Ler a declaração de privacidade',
    submit: 'Criar uma conta',
    sentTitle: 'Consulte a sua caixa de correio',
    sent: 'Foi enviada uma mensagem de correio eletrónico para {email}. Abra a ligação que contém no prazo de {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} para escolher a sua palavra-passe. Se não a receber, consulte a pasta de correio não solicitado.',
  },
  setPassword: {
    title: 'Escolha a sua palavra-passe',
    intro: 'Bem-vindo(a), {firstName}. Escolha a palavra-passe da sua conta {email}.',
    submit: 'Guardar e iniciar sessão',
    done: 'A sua conta está pronta. Tem sessão iniciada.',
  },
  forgot: {
    title: 'Esqueceu-se da palavra-passe?',
    intro:
      'Introduza o endereço de correio eletrónico da sua conta. Enviar-lhe-emos uma ligação para escolher uma nova palavra-passe.',
    submit: 'Enviar-me uma ligação',
    sentTitle: 'Consulte a sua caixa de correio',
    sent: 'Se existir uma conta para {email}, foi enviada uma mensagem de correio eletrónico com uma ligação. A ligação é válida durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}.',
  },
  reset: {
    title: 'Escolha uma nova palavra-passe',
    intro: 'Escolha uma nova palavra-passe para {email}.',
    submit: 'Guardar a nova palavra-passe',
    done: 'A sua palavra-passe foi alterada. Inicie sessão com a nova palavra-passe.',
  },
  account: {
    title: 'A minha conta',
    details: 'Os meus dados',
    userId: 'Identificador único',
    name: 'Nome',
    email: 'Endereço de correio eletrónico',
    languageHint:
      'A língua das páginas do Sésame depois de iniciar sessão e das mensagens de correio eletrónico que lhe envia. Para a alterar, escolha outra no menu de línguas, no topo da página.',
    organisation: 'Organização',
    security: 'Segurança',
    changePassword: 'Alterar a palavra-passe',
    changeEmail: 'Alterar o endereço de correio eletrónico',
    recentEvents: 'Eventos de segurança recentes',
    eventWhen: 'Quando',
    eventWhat: 'O quê',
    eventFrom: 'A partir de',
    noEvents: 'Ainda não há eventos.',
    welcome: 'Bem-vindo(a), {firstName}.',
  },
  events: {
    'account.created': 'Conta criada',
    'sign_in.succeeded': 'Sessão iniciada',
    'sign_in.failed': 'Início de sessão falhado',
    'account.locked': 'Conta bloqueada',
    sign_out: 'Sessão terminada',
    'password.changed': 'Palavra-passe alterada',
    'password.reset': 'Palavra-passe reposta por correio eletrónico',
    'email.change_requested': 'Alteração do endereço de correio eletrónico pedida',
    'email.changed': 'Endereço de correio eletrónico alterado',
    'device.enrolled': 'Dispositivo móvel adicionado',
    'device.renamed': 'Dispositivo móvel renomeado',
    'device.deleted': 'Dispositivo móvel eliminado',
    'device.blocked': 'Dispositivo móvel bloqueado após respostas erradas',
    'account.recovery_started': 'Recuperação da conta iniciada (telefone perdido)',
    'account.recovery_cancelled': 'Recuperação da conta cancelada',
    'account.recovery_completed': 'Conta recuperada: novo dispositivo móvel adicionado',
    'account.recovery_expedited':
      'Período de espera da recuperação terminado pelo serviço de assistência após verificação da identidade',
    'credential.enrolled': 'Autenticador adicionado',
    'credential.renamed': 'Autenticador renomeado',
    'credential.deleted': 'Autenticador eliminado',
    'account.options_changed': 'Opções da conta alteradas',
    'account.language_changed': 'Idioma da conta alterado',
    'account.new_browser_mailed': 'Início de sessão a partir de um novo navegador: mensagem enviada',
    'account.unlocked': 'Conta desbloqueada pelo serviço de assistência ou por um gestor',
    'account.password_reset_sent':
      'Ligação de reposição da palavra-passe enviada pelo serviço de assistência ou por um gestor',
    'account.second_factor_reset': 'Segundos fatores removidos pelo serviço de assistência ou por um gestor',
    'campaign.reminder_sent': 'Lembrete para configurar um segundo fator enviado por um gestor',
    'campaign.snoozed': 'Configuração do segundo fator adiada («Mais tarde»)',
    'campaign.excluded': 'Excluído(a) da campanha do segundo fator por um gestor',
    'campaign.included': 'Novamente incluído(a) na campanha do segundo fator por um gestor',
    'campaign.configured': 'Campanha do segundo fator configurada por um gestor',
    'account.invited': 'Conta criada por um gestor (convite)',
    'account.updated': 'Dados da conta alterados por um gestor ou por uma importação',
    'account.deactivated': 'Conta desativada por um gestor',
    'account.reactivated': 'Conta reativada por um gestor',
    'account.deleted': 'Conta apagada por um gestor',
    'account.exported': 'Contas exportadas (CSV)',
    'dashboard.exported': 'Painel da migração exportado (CSV)',
    'account.moved': 'Conta transferida para outra organização',
    'role.granted': 'Função administrativa atribuída',
    'role.revoked': 'Função administrativa retirada',
    'organisation.created': 'Organização criada',
    'organisation.renamed': 'Organização renomeada',
    'organisation.moved': 'Organização deslocada',
    'audit.exported': 'Auditoria exportada',
    'audit.purged': 'Entradas de auditoria antigas eliminadas (conservação)',
    'admin.refused': 'Ação administrativa recusada',
  },
  changePassword: {
    title: 'Alterar a palavra-passe',
    submit: 'Alterar a palavra-passe',
    cancel: 'Cancelar',
    done: 'A sua palavra-passe foi alterada. As suas outras sessões foram terminadas.',
  },
  changeEmail: {
    title: 'Alterar o endereço de correio eletrónico',
    intro: 'Enviaremos uma ligação para o novo endereço. O seu endereço é alterado quando a abrir.',
    submit: 'Enviar a ligação de confirmação',
    cancel: 'Cancelar',
    sent: 'Foi enviada uma ligação de confirmação para {email}. Abra-a no prazo de {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}.',
    done: 'O seu endereço de correio eletrónico passou a ser {email}.',
  },
  blocking: {
    until: 'Bloqueado (fim do bloqueio: {time})',
    later: 'dentro de alguns minutos',
    timeLocale: 'pt-PT',
  },
  recovery: {
    link: 'Já não tenho o meu telefone',
    requestTitle: 'Já não tenho o meu telefone',
    requestIntro:
      'Se perdeu todos os dispositivos móveis da sua conta, pode adicionar um novo após um período de espera de {hours, plural, one {# hora} many {# horas} other {# horas}}. Enviamos uma ligação para o seu endereço de correio eletrónico; o período de espera começa quando a abrir. Informamo-lo por correio eletrónico em cada etapa, para que possa interromper o processo se não for o próprio.',
    requestSubmit: 'Enviar-me a ligação',
    sentTitle: 'Consulte o seu correio eletrónico',
    sent: 'Foi enviada uma ligação para {email}. Abra-a no prazo de {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} para iniciar o período de espera.',
    confirmTitle: 'Iniciar a recuperação da sua conta',
    confirmIntro:
      'Quando confirmar, começa um período de espera de {hours, plural, one {# hora} many {# horas} other {# horas}}. Depois, inicie sessão com a sua palavra-passe neste navegador e adicione um novo dispositivo móvel. Enviamos-lhe agora uma mensagem de correio eletrónico, com uma ligação para cancelar.',
    confirmSubmit: 'Iniciar o período de espera',
    startedTitle: 'O período de espera começou',
    started:
      'A partir de {time}, inicie sessão com a sua palavra-passe neste navegador e adicione um novo dispositivo móvel em «Gerir os meus dispositivos móveis». Depois, inicie sessão com o novo dispositivo.',
    cancelTitle: 'Cancelar a recuperação da sua conta',
    cancelIntro:
      'Alguém iniciou a recuperação da sua conta. Se não foi o próprio, cancele-a: não será possível adicionar nenhum novo dispositivo por esta via. Em seguida, altere a sua palavra-passe: alguém a conhece.',
    cancelSubmit: 'Cancelar a recuperação',
    cancelledTitle: 'A recuperação foi cancelada',
    cancelled:
      'Já não é possível adicionar nenhum novo dispositivo por esta via. Se não foi o próprio a iniciá-la, altere agora a sua palavra-passe.',
    pending:
      'Está em curso uma recuperação da sua conta: a partir de {time}, poderá adicionar um novo dispositivo móvel.',
    ready:
      'O período de espera da recuperação da sua conta terminou: no navegador em que confirmou a ligação, pode agora adicionar um novo dispositivo móvel.',
    changePassword: 'Alterar a minha palavra-passe',
    confirmIntroChecked:
      'O seu serviço de assistência removeu os segundos fatores da sua conta e verificou que é o próprio: não há período de espera. Quando confirmar, pode adicionar de imediato um novo dispositivo móvel neste navegador, com sessão iniciada com a sua palavra-passe. Enviamos-lhe agora uma mensagem de correio eletrónico, com uma ligação para cancelar.',
    confirmSubmitChecked: 'Confirmar',
    readyTitle: 'Pode adicionar o seu novo dispositivo móvel',
    readyNow:
      'Neste navegador, com sessão iniciada com a sua palavra-passe, adicione agora o seu novo dispositivo móvel. Depois, inicie sessão com ele.',
  },
  devices: {
    title: 'Gerir os meus dispositivos móveis',
    intro:
      'A aplicação Sésame no seu telefone ou tablet confirma os seus inícios de sessão. Adicione um dispositivo, mude-lhe o nome ou elimine-o se o perder ou mudar de telefone.',
    none: 'Ainda não tem nenhum dispositivo móvel.',
    name: 'Nome',
    added: 'Data de adição',
    lastUsed: 'Última utilização',
    status: 'Estado',
    actions: 'Ações',
    never: 'Nunca',
    statuses: {
      pending: 'A aguardar confirmação do PIN',
      active: 'Ativo',
      blocked: 'Bloqueado',
    },
    add: 'Adicionar um dispositivo móvel',
    rename: 'Mudar o nome',
    renameOf: 'Mudar o nome de {name}',
    delete: 'Eliminar',
    deleteOf: 'Eliminar {name}',
    panic: 'Eliminar todos os meus dispositivos e eID (PÂNICO)',
    panicHint:
      'Telefone perdido ou roubado? Elimine todos os seus dispositivos e desassocie as suas eID de uma só vez: nenhum deles poderá voltar a confirmar nem a iniciar uma sessão.',
    back: 'Voltar aos meus dispositivos móveis',
    addedNotice: 'O seu dispositivo móvel foi adicionado. Pode agora confirmar os seus inícios de sessão.',
    renamedNotice: 'O dispositivo passou a chamar-se «{name}».',
    deletedNotice: 'O dispositivo foi eliminado.',
    panicNotice: 'Todos os seus dispositivos móveis foram eliminados e as suas eID desassociadas.',
    form: {
      title: 'Adicionar um dispositivo móvel',
      intro:
        'Introduza um nome para identificar o seu dispositivo móvel e o código PIN que pretende utilizar neste dispositivo.',
      name: 'Nome do dispositivo',
      nameHint: 'Sem espaços, por exemplo Pixel-da-Maria.',
      pin: 'Código PIN de 4 algarismos',
      pinHint: 'Terá de introduzir este código PIN no seu dispositivo móvel para utilizar a aplicação Sésame.',
      pinConfirm: 'Confirme o seu código PIN',
      submit: 'Enviar',
      cancel: 'Cancelar',
    },
    qr: {
      title: 'Digitalize o código QR com a aplicação Sésame',
      alt: 'Código QR a digitalizar com a aplicação Sésame para adicionar o dispositivo {name}',
      stepsTitle: 'Na aplicação Sésame',
      steps: [
        'Abra a aplicação Sésame no seu dispositivo móvel e escolha adicionar uma conta. Autorize a aplicação a utilizar a câmara.',
        'Digitalize este código QR com a aplicação.',
        'A aplicação pede o código PIN de 4 algarismos que acabou de escolher: introduza-o.',
        'Aceite o dispositivo na aplicação: toque em «Aceitar» (ou na notificação enviada pela aplicação).',
        'Concluído: esta página avança automaticamente e recebe uma mensagem de correio eletrónico de confirmação.',
      ],
      expires:
        'Este código QR é válido durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}, até às {time}. Depois disso, adicione novamente o dispositivo.',
      waiting: 'A aguardar o seu dispositivo móvel…',
      finished: 'Terminei na aplicação',
      cancel: 'Cancelar',
    },
    renameTitle: 'Mudar o nome de um dispositivo móvel',
    renameSubmit: 'Mudar o nome',
    deleteTitle: 'Eliminar um dispositivo móvel',
    deleteQuestion:
      'Eliminar o dispositivo móvel «{name}»? Deixará de confirmar os seus inícios de sessão. Para o voltar a utilizar, terá de o adicionar novamente.',
    deleteConfirm: 'Sim, eliminar este dispositivo',
    panicTitle: 'Eliminar todos os meus dispositivos',
    panicQuestion:
      '{count, plural, =0 {De momento não tem nenhum dispositivo móvel: não há nada a eliminar.} one {Eliminar o seu dispositivo móvel? Deixará de confirmar os seus inícios de sessão. Faça-o se o perdeu ou se foi roubado; depois, adicione-o novamente.} many {Eliminar todos os seus # dispositivos móveis? Nenhum deles voltará a confirmar os seus inícios de sessão. Faça-o se perdeu um dispositivo ou se foi roubado; depois, adicione novamente os seus dispositivos.} other {Eliminar todos os seus # dispositivos móveis? Nenhum deles voltará a confirmar os seus inícios de sessão. Faça-o se perdeu um dispositivo ou se foi roubado; depois, adicione novamente os seus dispositivos.}}',
    panicConfirm: 'Sim, eliminar todos os meus dispositivos',
    panicSend: 'Enviar-me a ligação de confirmação',
    panicSentTitle: 'Consulte a sua caixa de correio',
    panicSent:
      'Foi enviada uma ligação de confirmação para {email}. Abra-a no prazo de {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}: os seus dispositivos são eliminados quando confirmar aí.',
    panicLinkQuestion:
      'Eliminar agora todos os dispositivos móveis desta conta e desassociar as suas eID? Nenhum deles poderá voltar a confirmar nem a iniciar uma sessão.',
    cancel: 'Cancelar',
    fieldReasons: {
      name: {
        required: 'Introduza um nome para o dispositivo.',
        malformed:
          'O nome do dispositivo não pode conter espaços: escreva-o numa só palavra, por exemplo Pixel-da-Maria.',
        too_long: 'O nome do dispositivo é demasiado longo: utilize no máximo 40 caracteres.',
      },
      pin: {
        required: 'Introduza um código PIN de 4 algarismos.',
        malformed: 'O código PIN só pode conter algarismos.',
        too_short: 'O código PIN deve ter exatamente 4 algarismos.',
        too_long: 'O código PIN deve ter exatamente 4 algarismos.',
        common: 'Este código PIN é demasiado fácil de adivinhar (como 1234 ou 0000). Escolha outro.',
      },
      pinConfirm: {
        required: 'Confirme o seu código PIN.',
        mismatch: 'Os dois códigos PIN são diferentes. Introduza duas vezes o mesmo código PIN.',
      },
      phone: {
        required: 'Introduza o seu número de telemóvel.',
        malformed:
          'Escreva o número começando por «+» e o indicativo do país, sem pontos, parênteses nem hífenes, por exemplo +351 912 345 678.',
        not_accepted: 'Este número não pode ser adicionado. Verifique-o ou utilize outro número.',
      },
    },
  },
  outbox: {
    title: 'Caixa de saída (desenvolvimento)',
    intro:
      'As mensagens não são enviadas: o SMTP não está configurado. Aqui estão, da mais recente para a mais antiga.',
    empty: 'Ainda não há mensagens.',
    to: 'Para',
    subject: 'Assunto',
    date: 'Data',
    filterLabel: 'Filtrar as mensagens',
    filterTo: 'Destinatário (endereço exato)',
    filterSubmit: 'Mostrar as suas mensagens',
    filterClear: 'Mostrar todas as mensagens',
    emptyFor: 'Não há mensagens para {to}.',
    json: 'A mesma lista em JSON',
  },
  privacy: {
    title: 'Declaração de privacidade',
    body: [
      'O Sésame conserva apenas o que precisa para iniciar a sua sessão: o seu nome, o seu endereço de correio eletrónico, a língua da sua conta (a das mensagens e, depois de a ter escolhido, a das páginas, com a data dessa escolha), um hash da sua palavra-passe (nunca a palavra-passe propriamente dita), os dispositivos móveis que adicionou e um registo dos eventos de segurança (inícios de sessão, alterações) com a data, o endereço de rede e o navegador.',
      'Estes dados servem apenas para o autenticar junto das aplicações que decidir utilizar e para proteger a sua conta. Não são vendidos nem utilizados para fins publicitários.',
    ],
    retentionTitle: 'Durante quanto tempo os conservamos',
    retentionAccount:
      'A sua conta (nome, endereço de correio eletrónico, língua, hash da palavra-passe, dispositivos móveis): na base de dados, enquanto a conta existir. Para que a sua conta seja eliminada, contacte o seu serviço de assistência.',
    retentionSignIns:
      'Os eventos de início de sessão (inícios de sessão, tentativas falhadas, fins de sessão, com data, endereço de rede e navegador): na base de dados, durante {days, plural, one {# dia} many {# dias} other {# dias}}, sendo depois eliminados.',
    retentionAudit:
      'Os outros eventos de segurança (criação da conta, alterações de palavra-passe, de endereço de correio eletrónico, de língua e de dispositivos, bloqueios, recuperações): na base de dados, durante {days, plural, one {# dia} many {# dias} other {# dias}}, sendo depois eliminados.',
    retentionRegistrations:
      'Um registo não concluído (o seu nome e o seu endereço de correio eletrónico até escolher uma palavra-passe): apenas na memória temporária do servidor, nunca na base de dados; é esquecido {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} após o envio da mensagem se a ligação não for utilizada.',
    retentionPendingCredentials:
      'Uma aplicação de autenticação cuja adição iniciou mas nunca confirmou com o primeiro código (a sua chave secreta, cifrada): na base de dados, {hours, plural, one {# hora} many {# de horas} other {# horas}}, sendo depois eliminada; pode recomeçar a qualquer momento.',
    retentionOutbox:
      'Esta instalação não envia mensagens de correio eletrónico: conserva-as numa caixa de saída de teste, na base de dados, durante {days, plural, one {# dia} many {# dias} other {# dias}}, e depois elimina-as.',
    retentionPurge:
      'A eliminação é automática: o servidor verifica de hora a hora. Pode consultar os seus eventos recentes em «A minha conta».',
    back: 'Voltar',
  },
  levels: {
    BASIC: 'básico (palavra-passe)',
    MEDIUM: 'médio (dois fatores)',
    HIGH: 'elevado (hardware certificado)',
  },
  stepUp: {
    title: 'É necessária uma verificação adicional',
    setUp: 'Ir para a minha conta',
    back: 'Voltar a {app} sem iniciar sessão',
    backOidc: 'Não posso continuar: voltar a {app} sem iniciar sessão',
  },
  levelGap: {
    asksFactors: '{app} exige o nível de autenticação {level}: a sua palavra-passe e, em seguida, {factors}.',
    asksFactorsOrEid:
      '{app} exige o nível de autenticação {level}: a sua palavra-passe e, em seguida, {factors}; ou apenas a sua eID ({provider}).',
    factorApp: 'a aplicação Sésame',
    factorKey: 'uma chave de segurança',
    factorTotp: 'uma aplicação de autenticação',
    asksLevel: '{app} exige o nível de autenticação {level}.',
    confirmBody: 'Confirme com a aplicação Sésame no seu telefone: não terá de voltar a introduzir a palavra-passe.',
    confirm: 'Confirmar com a aplicação Sésame',
    codeBody:
      'Confirme com um código da sua aplicação de autenticação: introduza o código apresentado, sem introduzir novamente a palavra-passe.',
    confirmCode: 'Confirmar com a minha aplicação de autenticação',
    keyBody:
      'Confirme com a sua chave de segurança ou plataforma de confiança: utilize a sua chave, sem introduzir novamente a palavra-passe.',
    confirmKey: 'Confirmar com a minha chave de segurança',
    smsBody:
      'Confirme com um código enviado por SMS para o seu telemóvel: introduza o código que receber, sem introduzir novamente a palavra-passe.',
    confirmSms: 'Confirmar por SMS',
    setUpBody:
      'A sua conta ainda não tem a aplicação Sésame. Configure-a agora: demora cerca de 2 minutos, com o seu telefone. Depois, confirmará com ela este início de sessão e voltará a {app}, com sessão iniciada.',
    setUp: 'Configurar agora a aplicação Sésame',
    noPhone: 'Não tem smartphone ou prefere não utilizar o seu? {app} aceita também:',
    addKey:
      'Uma chave de segurança ou plataforma de confiança (Windows Hello, Touch ID, o bloqueio de ecrã de um telefone Android)',
    addTotp: 'Uma aplicação de autenticação (um código de 6 algarismos que muda a cada 30 segundos)',
    afterOther:
      'Depois de adicionada, a respetiva página propõe «Continuar para {app}»: confirma este início de sessão com ela.',
    continueBody: '{app} aguarda o seu início de sessão: confirme-o agora com o que acabou de adicionar.',
    continueTo: 'Continuar para {app}',
    lostBody:
      'A sua conta tinha um dispositivo móvel que já não pode ser utilizado (bloqueado ou eliminado). Para sua segurança, não é possível adicionar um novo dispositivo apenas com a palavra-passe. Se já não tem o seu telefone, inicie a recuperação da sua conta: após um período de espera, poderá adicionar um novo dispositivo.',
    notOfferedBody:
      'Este nível exige um método que este Sésame ainda não lhe oferece, como uma identidade eletrónica (eID). A aplicação Sésame não atinge este nível.',
    highKeyBody:
      'Este nível exige uma chave de segurança certificada: uma chave física cujo modelo é certificado pela FIDO Alliance, utilizada com o respetivo PIN ou impressão digital. A aplicação Sésame dá o nível MEDIUM e não atinge este nível. Registe uma chave deste tipo em «A minha conta» e inicie novamente sessão em {app} com ela.',
    registerKey: 'Registar uma chave de segurança',
    // The level page's step-up by eID (docs/adr/0053 §2).
    eidBody: 'A sua eID dá este nível: inicie sessão com ela e voltará a {app}, com sessão iniciada.',
    eidButton: 'Iniciar sessão com a sua eID ({provider})',
    support:
      'Precisa de ajuda? Contacte o seu serviço de assistência ou o seu gestor local e indique-lhes em que aplicação estava a iniciar sessão:',
  },
  unknownService: {
    title: 'Aplicação desconhecida',
    body: 'A aplicação que o enviou para aqui não está registada no Sésame, pelo que não é possível iniciar sessão nela. Verifique o endereço ou contacte o serviço de assistência da aplicação.',
  },
  cas: {
    requestTitle: 'Pedido de início de sessão inválido',
    badRequest:
      'A aplicação enviou um pedido de início de sessão incompleto ou ambíguo, pelo que a sessão na aplicação não foi iniciada. Volte à aplicação e tente novamente; se voltar a acontecer, contacte o respetivo serviço de assistência.',
    loginRequestInvalid:
      'Este pedido de início de sessão expirou ou já foi utilizado. Volte à aplicação e inicie sessão novamente.',
    invalidStrength:
      'A aplicação pediu um método de verificação que o Sésame não conhece, pelo que a sessão na aplicação não foi iniciada. Contacte o serviço de assistência da aplicação.',
    invalidLevel:
      'A aplicação pediu um nível de autenticação que o Sésame não conhece, pelo que a sessão na aplicação não foi iniciada. Contacte o serviço de assistência da aplicação.',
    invalidMethod:
      'A aplicação pediu para receber a resposta de uma forma que o Sésame não suporta (apenas GET e POST são suportados), pelo que a sessão na aplicação não foi iniciada. Contacte o serviço de assistência da aplicação.',
    postTitle: 'A regressar a {app}',
    postBody: 'Tem sessão iniciada. O navegador está a reencaminhá-lo para {app}; se nada acontecer, prima o botão.',
    postButton: 'Continuar para {app}',
    signedOutTitle: 'Terminou a sessão',
    signedOut:
      'Terminou a sessão do Sésame. As aplicações que abriu com o Sésame foram avisadas para terminarem as suas sessões; feche o navegador por precaução.',
    signInAgain: 'Iniciar sessão novamente',
  },
  oidc: {
    errorTitle: 'Início de sessão na aplicação interrompido',
    invalidRequest:
      'A aplicação enviou um pedido de início de sessão que o Sésame não pode aceitar, pelo que a sessão na aplicação não foi iniciada. Volte à aplicação e tente novamente; se voltar a acontecer, contacte o respetivo serviço de assistência.',
    invalidRedirect:
      'A aplicação pediu ao Sésame que o reencaminhasse para um endereço que não registou. Para sua segurança, o Sésame parou aqui e não o reencaminhou para lado nenhum. Contacte o serviço de assistência da aplicação.',
    unknownClient:
      'A aplicação que o enviou para aqui não está registada no Sésame, pelo que não é possível iniciar sessão nela. Verifique o endereço ou contacte o serviço de assistência da aplicação.',
    expired:
      'Este pedido de início de sessão expirou ou já foi utilizado. Volte à aplicação e inicie sessão novamente.',
    technicalDetail: 'Pormenor técnico para o serviço de assistência: {detail}',
    logoutTitle: 'Terminar sessão',
    logoutQuestion:
      'Pretende terminar a sessão do Sésame? Terminará também a sessão das aplicações que abriu com o Sésame.',
    logoutQuestionFrom:
      '{app} pede para terminar a sua sessão. Pretende terminar a sessão do Sésame? Terminará também a sessão das aplicações que abriu com o Sésame.',
    logoutConfirm: 'Sim, terminar a sessão',
    logoutCancel: 'Não, manter a sessão iniciada',
    signedOutTitle: 'Terminou a sessão',
    signedOut: 'Terminou a sessão do Sésame e das aplicações que abriu com o Sésame.',
    signedOutOf: 'Terminou a sessão de {app}. Continua com sessão iniciada no Sésame.',
    signInAgain: 'Iniciar sessão novamente',
  },
  portalPath: {
    finishedPending:
      'O seu dispositivo móvel ainda não foi adicionado: a aplicação Sésame aguarda o seu código PIN ou «Aceitar». Termine lá; o dispositivo aparecerá depois aqui como Ativo.',
    finishedNone:
      'Não foi adicionado nenhum dispositivo móvel: a aplicação Sésame não digitalizou o código QR. Para adicionar o seu telefone, escolha «Adicionar um dispositivo móvel» e digitalize o novo código QR.',
  },
  mail: {
    greeting: 'Caro(a) {firstName},',
    signature: 'A equipa Sésame',
    automatic: 'Esta é uma mensagem automática: não responda, por favor.',
    notYou: 'Se não fez este pedido, ignore esta mensagem: nada será alterado.',
    registrationLink: {
      subject: 'Sésame: confirme o seu endereço de correio eletrónico',
      body: 'Para concluir a criação da sua conta Sésame, abra esta ligação e escolha a sua palavra-passe. A ligação é válida durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} e só pode ser utilizada uma vez.',
      action: 'Escolher a minha palavra-passe',
    },
    registrationExisting: {
      subject: 'Sésame: já tem uma conta',
      body: 'Alguém, provavelmente o próprio, tentou criar uma conta Sésame com este endereço de correio eletrónico. Já tem uma conta: inicie sessão ou utilize «Esqueceu-se da palavra-passe?» se não se lembrar dela.',
      action: 'Iniciar sessão',
    },
    passwordReset: {
      subject: 'Sésame: escolha uma nova palavra-passe',
      body: 'Para escolher uma nova palavra-passe, abra esta ligação. É válida durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} e só pode ser utilizada uma vez.',
      action: 'Escolher uma nova palavra-passe',
    },
    invitation: {
      subject: 'Sésame: a sua conta está pronta, escolha a sua palavra-passe',
      body: '{organisation} criou para si uma conta Sésame com este endereço de correio eletrónico. Para a utilizar, escolha a sua palavra-passe com esta ligação. É válida durante {ttlDays, plural, one {# dia} many {# dias} other {# dias}} e só pode ser utilizada uma vez. Se tiver expirado, peça um novo convite ao seu gestor local.',
      action: 'Escolher a minha palavra-passe',
    },
    passwordChanged: {
      subject: 'Sésame: a sua palavra-passe foi alterada',
      body: 'A palavra-passe da sua conta Sésame acabou de ser alterada. Se não foi o próprio, reponha imediatamente a sua palavra-passe e contacte o seu serviço de assistência.',
      action: 'Repor a minha palavra-passe',
    },
    emailChangeLink: {
      subject: 'Sésame: confirme o seu novo endereço de correio eletrónico',
      body: 'Para utilizar este endereço na sua conta Sésame, abra esta ligação. É válida durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} e só pode ser utilizada uma vez.',
      action: 'Confirmar este endereço',
    },
    emailChangeNotice: {
      subject: 'Sésame: o seu endereço de correio eletrónico foi alterado',
      body: 'O endereço de correio eletrónico da sua conta Sésame passou a ser {newEmail}. Se não foi o próprio, contacte imediatamente o seu serviço de assistência.',
      action: 'Iniciar sessão',
    },
    devicesPanicLink: {
      subject: 'Sésame: confirme a eliminação de todos os seus dispositivos móveis',
      body: 'Pediu para eliminar todos os dispositivos móveis da sua conta Sésame (telefone perdido ou roubado). Para confirmar, abra esta ligação: é válida durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} e só pode ser utilizada uma vez. Depois, adicione novamente os seus dispositivos.',
      action: 'Eliminar todos os meus dispositivos',
    },
    deviceEnrolled: {
      subject: 'Sésame: foi adicionado um dispositivo móvel à sua conta',
      body: 'O dispositivo móvel «{deviceName}» foi adicionado à sua conta Sésame: pode agora confirmar os seus inícios de sessão. Se não foi o próprio, elimine-o em «A minha conta» e altere imediatamente a sua palavra-passe.',
      action: 'Gerir a minha conta',
    },
    deviceBlocked: {
      subject: 'Sésame: o seu dispositivo móvel «{deviceName}» está bloqueado',
      body: 'Foram dadas demasiadas respostas erradas para o seu dispositivo móvel «{deviceName}», a partir do endereço {ip} ({browser}). Está bloqueado até {time}; depois volta a funcionar. Se não foi o próprio, alguém conhece a sua palavra-passe: escolha uma nova com esta ligação (válida durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}, uma única vez). Todas as sessões serão então terminadas.',
      action: 'Não fui eu: escolher uma nova palavra-passe',
    },
    secondFactorBlocked: {
      subject:
        '{method, select, totp {Sésame: os códigos da sua aplicação de autenticação são recusados durante algum tempo} sms {Sésame: os códigos por SMS são recusados durante algum tempo} other {Sésame: os seus códigos de recuperação são recusados durante algum tempo}}',
      body: 'A sua palavra-passe foi introduzida corretamente, mas depois foram dados demasiados {method, select, totp {códigos errados da sua aplicação de autenticação} sms {códigos errados enviados por SMS} other {códigos de recuperação errados}}, a partir do endereço {ip} ({browser}). Esta forma de confirmar o início de sessão é recusada até {time}; depois volta a funcionar. Se não foi o próprio, alguém conhece a sua palavra-passe: escolha uma nova com esta ligação (válida durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}, uma única vez). Todas as sessões serão então terminadas.',
      action: 'Não fui eu: escolher uma nova palavra-passe',
    },
    deviceDeleted: {
      subject: 'Sésame: foi eliminado um dispositivo móvel da sua conta',
      body: 'O dispositivo móvel «{deviceName}» foi eliminado da sua conta Sésame, a partir do endereço {ip} ({browser}). Já não pode confirmar os seus inícios de sessão. Se não foi o próprio, altere imediatamente a sua palavra-passe e contacte o seu serviço de assistência.',
      action: 'Gerir os meus dispositivos móveis',
    },
    recoveryLink: {
      subject: 'Sésame: recupere a sua conta',
      body: 'Indicou que já não tem o seu telefone. Para iniciar a recuperação da sua conta, abra esta ligação: é válida durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} e só pode ser utilizada uma vez. Segue-se um período de espera antes de poder adicionar um novo dispositivo móvel.',
      action: 'Iniciar a recuperação',
    },
    recoveryStarted: {
      subject: 'Sésame: foi iniciada uma recuperação da sua conta',
      body: 'Foi iniciada uma recuperação da sua conta Sésame a partir do endereço {ip} ({browser}). A partir de {time}, poderá ser adicionado um novo dispositivo móvel apenas com a sua palavra-passe. Se não foi o próprio, cancele-a com esta ligação e, em seguida, altere a sua palavra-passe.',
      action: 'Não fui eu: cancelar a recuperação',
    },
    recoveryExpedited: {
      subject: 'Sésame: pode agora adicionar um novo dispositivo móvel',
      body: 'O seu serviço de assistência verificou a sua identidade e pôs fim ao período de espera da recuperação da sua conta: a partir de agora, pode ser adicionado um novo dispositivo móvel com a sua palavra-passe, no navegador em que confirmou a recuperação. Se não fez este pedido ao serviço de assistência, cancele a recuperação com esta ligação e, em seguida, altere a sua palavra-passe.',
      action: 'Não fui eu: cancelar a recuperação',
    },
    recoveryCancelled: {
      subject: 'Sésame: a recuperação da sua conta foi cancelada',
      body: 'A recuperação da sua conta Sésame foi cancelada: já não é possível adicionar nenhum novo dispositivo móvel por esta via.',
      action: 'Iniciar sessão',
    },
    roleChanged: {
      subject:
        '{change, select, granted {Sésame: tem uma nova função administrativa} other {Sésame: foi-lhe retirada uma função administrativa}}',
      body: '{change, select, granted {Passou a ser} other {Deixou de ser}} {role, select, administrator {administrador(a)} local_manager {gestor(a) local} helpdesk {agente do serviço de assistência} other {auditor(a)}} de {organisation} no Sésame. Esta operação foi efetuada por um administrador ou por um gestor e ficou registada. Se não estava à espera, contacte o seu serviço de assistência.',
      action: 'Abrir a administração',
    },
    secondFactorReset: {
      subject: 'Sésame: os segundos fatores da sua conta foram removidos',
      body: 'O seu serviço de assistência removeu todos os segundos fatores da sua conta Sésame (dispositivos móveis, aplicações de autenticação, chaves de segurança, códigos de recuperação, números de telefone), tal como pediu por os ter perdido: ninguém os pode voltar a utilizar. O serviço de assistência verificou que é o próprio, pelo que não há período de espera: para adicionar um novo dispositivo móvel, abra a ligação abaixo no navegador do seu computador, confirme e adicione o dispositivo, com sessão iniciada com a sua palavra-passe. A ligação só pode ser utilizada uma vez, no prazo de {ttlHours, plural, one {# hora} many {# horas} other {# horas}}. Se não fez este pedido, contacte imediatamente o seu serviço de assistência e altere a sua palavra-passe.',
      action: 'Adicionar um novo dispositivo móvel',
    },
    recoveryCompleted: {
      subject: 'Sésame: a sua conta foi recuperada',
      body: '«{deviceName}» foi adicionado através da recuperação da sua conta: um dispositivo móvel, uma aplicação de autenticação, uma chave de segurança ou um número de telefone. A partir de agora, inicie sessão com ele. Se não foi o próprio, contacte imediatamente o seu serviço de assistência.',
      action: 'Gerir os meus dispositivos móveis',
    },
    authenticatorAppChanged: {
      subject:
        '{change, select, added {Sésame: foi adicionada uma aplicação de autenticação à sua conta} other {Sésame: foi eliminada uma aplicação de autenticação da sua conta}}',
      body: '{change, select, added {A aplicação de autenticação «{name}» foi adicionada à sua conta Sésame, a partir do endereço {ip} ({browser}). Os respetivos códigos podem agora confirmar os seus inícios de sessão.} other {A aplicação de autenticação «{name}» foi eliminada da sua conta Sésame, a partir do endereço {ip} ({browser}). Os respetivos códigos deixaram de confirmar os seus inícios de sessão.}} Se não foi o próprio, altere imediatamente a sua palavra-passe e contacte o seu serviço de assistência.',
      action: 'Gerir as minhas aplicações de autenticação',
    },
    securityKeyChanged: {
      subject:
        '{change, select, added {Sésame: foi adicionada uma chave de segurança à sua conta} other {Sésame: foi eliminada uma chave de segurança da sua conta}}',
      body: '{change, select, added {A chave de segurança ou plataforma de confiança «{name}» foi adicionada à sua conta Sésame, a partir do endereço {ip} ({browser}). Pode agora confirmar os seus inícios de sessão.} other {A chave de segurança ou plataforma de confiança «{name}» foi eliminada da sua conta Sésame, a partir do endereço {ip} ({browser}). Deixou de confirmar os seus inícios de sessão.}} Se não foi o próprio, altere imediatamente a sua palavra-passe e contacte o seu serviço de assistência.',
      action: 'Gerir as minhas chaves de segurança e plataformas de confiança',
    },
    eidChanged: {
      subject:
        '{change, select, added {Sésame: foi associada uma eID à sua conta} other {Sésame: foi desassociada uma eID da sua conta}}',
      body: '{change, select, added {A sua eID {name} foi associada à sua conta Sésame, a partir do endereço {ip} ({browser}). Pode agora iniciar a sua sessão sem a palavra-passe.} other {A sua eID {name} foi desassociada da sua conta Sésame, a partir do endereço {ip} ({browser}). Deixou de iniciar a sua sessão.}} Se não foi o próprio, altere imediatamente a sua palavra-passe e contacte o seu serviço de assistência.',
      action: 'Gerir as minhas eID',
    },
    phoneNumberChanged: {
      subject:
        '{change, select, added {Sésame: foi adicionado um número de telemóvel à sua conta} other {Sésame: foi eliminado um número de telemóvel da sua conta}}',
      body: '{change, select, added {O número de telemóvel {name} foi adicionado à sua conta Sésame, a partir do endereço {ip} ({browser}). Os códigos enviados por SMS para este número podem agora confirmar os seus inícios de sessão.} other {O número de telemóvel {name} foi eliminado da sua conta Sésame, a partir do endereço {ip} ({browser}). Os códigos enviados para este número deixaram de confirmar os seus inícios de sessão.}} Se não foi o próprio, altere imediatamente a sua palavra-passe e contacte o seu serviço de assistência.',
      action: 'Gerir os meus números de telemóvel',
    },
    enrolmentReminder: {
      subject: 'Sésame: configure um segundo fator antes do fim do SMS',
      body: '{category, select, sms {Ainda confirma os seus inícios de sessão no Sésame com códigos enviados por SMS.} other {Inicia sessão no Sésame apenas com a palavra-passe.}} A instrução DGAL/SDEIGIR/2025-91 pede a todos os agentes que confirmem o início de sessão com um segundo fator próprio, e os códigos por SMS estão a ser retirados{date, select, none {.} other {: deixam de funcionar em {date}.}} Instale a aplicação Sésame no seu telefone e, em seguida, inicie sessão e adicione o telefone à sua conta (ligações abaixo); uma chave de segurança ou uma aplicação de autenticação também servem. Este lembrete foi-lhe enviado pelo seu gestor local.',
      action: 'Iniciar sessão',
    },
    newBrowserSignIn: {
      subject: 'Sésame: um início de sessão a partir de um novo navegador',
      body: 'Em {time}, alguém iniciou sessão na sua conta Sésame a partir de um navegador nunca antes utilizado com ela: {browser}, a partir do endereço {ip}. Se foi o próprio, não tem de fazer nada. Se não foi o próprio, alguém conhece a sua palavra-passe: escolha agora uma nova com a ligação abaixo e contacte o seu serviço de assistência.',
      action: 'Escolher uma nova palavra-passe',
    },
    securityKeyCloned: {
      subject: 'Sésame: a sua chave de segurança «{name}» pode ter sido copiada',
      body: 'Em {time}, a partir do endereço {ip} ({browser}), alguém iniciou sessão com a sua palavra-passe e uma chave de segurança que respondeu como «{name}», mas cujo contador recuou: isto acontece quando uma chave foi copiada. O início de sessão foi recusado. Se não foi o próprio, escolha agora uma nova palavra-passe, elimine esta chave em «A minha conta» e contacte o seu serviço de assistência.',
      action: 'Gerir as minhas chaves de segurança e plataformas de confiança',
    },
    authenticatorCodeReplayed: {
      subject: 'Sésame: um código da sua aplicação de autenticação foi utilizado duas vezes',
      body: 'Em {time}, a partir do endereço {ip} ({browser}), alguém iniciou sessão com a sua palavra-passe e introduziu um código da sua aplicação de autenticação que já tinha sido utilizado. O código foi recusado. Se não foi o próprio, alguém conhece a sua palavra-passe: escolha agora uma nova.',
      action: 'Escolher uma nova palavra-passe',
    },
    recoveryCodeUsed: {
      subject: 'Sésame: foi utilizado um código de recuperação para iniciar sessão',
      body: 'Foi utilizado um código de recuperação da sua conta Sésame para iniciar sessão em {time}, a partir do endereço {ip} ({browser}). {remaining, plural, =0 {Já não lhe resta nenhum código de recuperação: gere novos em «A minha conta».} one {Resta-lhe # código de recuperação.} many {Restam-lhe # códigos de recuperação.} other {Restam-lhe # códigos de recuperação.}} Se não foi o próprio, alguém conhece a sua palavra-passe e um dos seus códigos: escolha uma nova palavra-passe com esta ligação (válida durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}, uma única vez) e, em seguida, gere novos códigos de recuperação.',
      action: 'Não fui eu: escolher uma nova palavra-passe',
    },
    recoveryCodesGenerated: {
      subject: 'Sésame: novos códigos de recuperação para a sua conta',
      body: '{count, plural, one {Foi gerado # novo código de recuperação} many {Foram gerados # novos códigos de recuperação} other {Foram gerados # novos códigos de recuperação}} para a sua conta Sésame, a partir do endereço {ip} ({browser}). {replaced, plural, =0 {} one {O # código que ainda tinha deixou de funcionar.} many {Os # códigos que ainda tinha deixaram de funcionar.} other {Os # códigos que ainda tinha deixaram de funcionar.}} Se não foi o próprio, altere imediatamente a sua palavra-passe e contacte o seu serviço de assistência.',
      action: 'A minha conta',
    },
    accountLocked: {
      subject:
        'Sésame: a sua conta está bloqueada durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}',
      body: 'Foram introduzidas demasiadas palavras-passe erradas para a sua conta. Está bloqueada durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}. Se não foi o próprio, altere a sua palavra-passe depois de iniciar sessão.',
      action: 'Repor a minha palavra-passe',
    },
    accountLockedUntilReset: {
      subject: 'Sésame: a sua conta está bloqueada até repor a sua palavra-passe',
      body: 'Foram introduzidas demasiadas palavras-passe erradas seguidas na sua conta. Para a proteger, fica bloqueada até a sua palavra-passe ser reposta: escolha uma nova palavra-passe com o botão abaixo, ou peça ao seu gestor local ou ao seu serviço de assistência que a desbloqueie. Se não foi o próprio, alguém está a tentar adivinhar a sua palavra-passe: escolha uma que não utilize em mais lado nenhum. Num navegador em que tenha iniciado sessão com a sua palavra-passe nos últimos 90 dias, ainda pode iniciar sessão.',
      action: 'Repor a minha palavra-passe',
    },
  },
  deviceEnrolment: {
    quoted: '«{name}»',
    notificationsOff: 'Notificações desativadas',
    notificationsOffNotice:
      'As notificações estão desativadas em {names}: um pedido de início de sessão só aparece aí enquanto a aplicação Sésame estiver aberta. Para as ativar: abra a aplicação Sésame nesse dispositivo e autorize as notificações (nas definições do navegador para este sítio, se não lhe for pedido). A aplicação ativa-as então automaticamente, assim que conseguir aceder ao serviço de notificações do telefone.',
    cancelledNotice: 'O dispositivo não foi adicionado: o respetivo código QR já não pode ser utilizado.',
  },
  getApp: {
    title: 'Obter a aplicação Sésame',
    intro:
      'A aplicação Sésame é uma aplicação web: é instalada a partir do seu endereço, não de uma loja de aplicações. Abra este endereço no seu telefone:',
    scan: 'Ou digitalize este código com a câmara do telefone para a abrir:',
    qrAlt: 'Código QR do endereço da aplicação Sésame: {url}',
    openOnPhone: 'Abrir a aplicação Sésame',
    mobileIntro: 'Está num telefone: abra aqui a aplicação Sésame e adicione-a ao ecrã principal.',
    installTitle: 'Adicione-a ao ecrã principal',
    android: 'Android (Chrome): abra o menu ⋮ e escolha «Adicionar ao ecrã principal» ou «Instalar aplicação».',
    ios: 'iPhone ou iPad (Safari): toque em Partilhar e, em seguida, em «Adicionar ao ecrã principal».',
    compact: 'A aplicação Sésame:',
    helpLink: 'Como obter a aplicação Sésame',
    helpTitle: 'Passo 1: instale a aplicação Sésame',
    helpIntro:
      'Para iniciar sessão com o telefone, o primeiro passo é instalar nele a aplicação Sésame. Demora menos de um minuto e não é necessária nenhuma loja de aplicações.',
    helpNext:
      'Em seguida, adicione o telefone à sua conta: inicie sessão num computador e abra «Gerir os meus dispositivos móveis».',
    manageDevices: 'Gerir os meus dispositivos móveis',
    mailApp:
      'A aplicação Sésame é instalada num telefone a partir do seu endereço (abra-o aí e adicione-a ao ecrã principal):',
    mailDevices:
      'Para adicionar um telefone à sua conta, abra «Adicionar um dispositivo móvel» (em «Gerir os meus dispositivos móveis»):',
  },
  organisation: {
    footerLabel: 'Ajuda e informações legais',
    help: 'Ajuda',
    contact: 'Contacto e assistência',
    legal: 'Aviso legal',
    privacy: 'Privacidade',
    poweredBy: 'Funciona com o Sésame, fornecedor de identidade de código aberto',
    contactTitle: 'Contacto e assistência',
    contactIntro:
      'Para qualquer questão sobre a sua conta, o início de sessão ou a aplicação Sésame, o serviço de assistência de {name} responde:',
    email: 'Correio eletrónico',
    phone: 'Telefone',
    web: 'Página web',
    hours: 'Horário de atendimento',
    contactNone:
      'Este serviço não publicou um contacto de assistência. Pergunte ao seu gestor local: a pessoa que lhe pediu para utilizar {name} (o seu chefe de serviço ou o seu correspondente informático).',
    contactHelp:
      'A ajuda explica cada passo, desde a instalação da aplicação Sésame no telefone até ao início de sessão diário.',
    readHelp: 'Ler a ajuda, passo a passo',
    legalTitle: 'Aviso legal',
    legalNone: 'O operador deste serviço não publicou um aviso legal.',
    legalExternal: 'O aviso legal de {name} encontra-se no respetivo sítio:',
    software:
      'Este serviço utiliza o Sésame, software de código aberto publicado ao abrigo da Licença Pública da União Europeia, versão 1.2 (EUPL-1.2).',
    licence: 'Ler a licença EUPL-1.2',
    askSupport: 'Tem alguma questão? Contacto e assistência',
    privacyOperatorTitle: 'Do operador deste serviço',
    privacyExternal: 'A declaração de privacidade completa de {name}:',
    mailSignature: 'A equipa {name}',
    mailSupport: 'Assistência de {name}:',
    mailNoSupport: 'Tem alguma questão? Pergunte ao seu gestor local ou leia a ajuda:',
    mailHelp: 'Ajuda:',
  },
  help: {
    title: 'Ajuda: iniciar sessão com a aplicação Sésame',
    intro:
      'Estes 14 passos levam-no desde a instalação da aplicação Sésame no telefone até ao início de sessão diário. Os botões têm os nomes indicados nos passos. Precisa de um computador e de um telefone.',
    tocLabel: 'Os passos',
    stepTitle: 'Passo {n}: {title}',
    parts: {
      app: 'No telefone: instale a aplicação Sésame',
      device: 'No computador e depois no telefone: adicione o telefone à sua conta',
      signIn: 'Todos os dias: inicie sessão numa aplicação',
    },
    steps: [
      {
        title: 'Obter a aplicação Sésame',
        text: 'A aplicação Sésame é uma aplicação web: abre-se a partir do seu endereço, sem loja de aplicações. A página «Como obter a aplicação Sésame» indica o endereço como ligação e como código QR a digitalizar com a câmara do telefone.',
        link: 'Como obter a aplicação Sésame',
      },
      {
        title: 'Instalá-la no ecrã principal',
        text: 'No Android (Chrome): abra o menu ⋮ e escolha «Adicionar ao ecrã principal» ou «Instalar aplicação». Num iPhone ou num iPad (Safari): toque em Partilhar e, em seguida, em «Adicionar ao ecrã principal».',
      },
      {
        title: 'Abrir a aplicação',
        text: 'Abra a aplicação Sésame a partir do respetivo ícone no ecrã principal. O primeiro ecrã dá-lhe as boas-vindas.',
      },
      {
        title: 'Inicializar e Continuar',
        text: 'Toque em «Inicializar» e, em seguida, em «Continuar». Autorize a aplicação a utilizar a câmara (para digitalizar um código QR) e a enviar notificações (para lhe pedir que confirme os seus inícios de sessão). A aplicação aguarda então um código QR: o computador apresenta-o no passo 8.',
      },
      {
        title: 'Iniciar sessão no computador',
        text: 'No computador, abra a página de início de sessão do portal, introduza o seu endereço de correio eletrónico, clique em «Seguinte» e introduza a sua palavra-passe.',
        link: 'Abrir a página de início de sessão',
      },
      {
        title: '«A minha conta» e «Gerir os meus dispositivos móveis»',
        text: 'Clique em «A minha conta» e, em seguida, em «Adicionar um dispositivo móvel» (também se encontra em «Gerir os meus dispositivos móveis»).',
        link: 'Adicionar um dispositivo móvel',
      },
      {
        title: 'Nome do dispositivo, PIN, Enviar',
        text: 'Dê um nome ao telefone, sem espaços, ou deixe o nome em branco: será utilizado o modelo do telefone (por exemplo Pixel-8). Escolha um PIN de 4 algarismos, introduza-o novamente em «Confirme o seu PIN» e clique em «Enviar». Introduzirá este PIN na aplicação sempre que iniciar sessão.',
      },
      {
        title: 'Digitalizar o código QR',
        text: 'O computador apresenta um código QR. Pegue no telefone e digitalize-o com a aplicação Sésame.',
      },
      {
        title: 'Introduzir o PIN na aplicação',
        text: 'A aplicação pede o PIN de 4 algarismos escolhido no passo 7: introduza-o no teclado. É verificado assim que o quarto algarismo for introduzido.',
      },
      {
        title: 'Aceitar',
        text: 'A aplicação pede-lhe que aceite este telefone para a sua conta: toque em «Aceitar». A página do computador avança automaticamente e recebe uma mensagem de correio eletrónico de confirmação.',
      },
      {
        title: 'Abrir a aplicação, endereço de correio eletrónico, Seguinte',
        text: 'No computador, abra a aplicação que utiliza (por exemplo o TRACES NT): esta envia-o para a página de início de sessão. Introduza o seu endereço de correio eletrónico e clique em «Seguinte». Se o navegador se lembrar do seu endereço, passa diretamente ao passo 12.',
      },
      {
        title: 'Palavra-passe e método de verificação',
        text: 'Introduza a sua palavra-passe e escolha o método de verificação «Aplicação Sésame com código PIN» (ou «Aplicação Sésame com código QR» quando o telefone não tiver rede) e clique em «Iniciar sessão».',
      },
      {
        title: 'Confirmar na aplicação',
        text: 'Abra a aplicação Sésame: esta mostra o pedido com o nome da aplicação, o local e a hora. Verifique-os, escolha o número apresentado no computador e introduza o seu PIN. Com o método do código QR, digitalize o código apresentado no computador e introduza o código dado pela aplicação.',
      },
      {
        title: 'Tem sessão iniciada',
        text: 'Está na aplicação. Sempre que iniciar sessão, a aplicação Sésame confirma-o: passos 11 a 13, em poucos segundos.',
        link: 'Ir para a minha conta',
      },
    ],
    alt: {
      'help-app':
        'A página «Passo 1: instale a aplicação Sésame»: o endereço da aplicação como ligação e um código QR a digitalizar com a câmara do telefone.',
      'app-welcome':
        'A aplicação Sésame num telefone, primeiro ecrã: «Bem-vindo à aplicação Sésame» e o botão «Inicializar».',
      'sign-in':
        'A página de início de sessão num computador: o campo «Endereço de correio eletrónico» e o botão «Seguinte».',
      account: 'A página «A minha conta» num computador, com o acesso a «Gerir os meus dispositivos móveis».',
      'annex-07-add-device':
        'O formulário «Adicionar um dispositivo móvel»: nome do dispositivo, PIN de 4 algarismos, confirmação do PIN e os botões «Enviar» e «Cancelar».',
      'annex-08-qr': 'O computador apresenta o código QR a digitalizar com a aplicação Sésame e aguarda o telefone.',
      'annex-08-scan': 'A aplicação Sésame no telefone, com a câmara apontada para o código QR do computador.',
      'annex-09-pin': 'A aplicação Sésame pede o PIN de 4 algarismos, com um teclado.',
      'annex-10-accept': 'A aplicação Sésame pede para aceitar o telefone para a conta, com o botão «Aceitar».',
      'annex-10-device-added':
        'No computador, «Gerir os meus dispositivos móveis» apresenta o novo telefone como ativo.',
      'annex-12-method':
        'A página da palavra-passe: o campo da palavra-passe, a escolha do método de verificação e o botão «Iniciar sessão».',
      'annex-13-request':
        'A aplicação Sésame mostra o pedido de início de sessão: a aplicação, o local, a hora e os números entre os quais escolher.',
      'annex-13-number': 'O computador aguarda a resposta da aplicação e apresenta o número a escolher na aplicação.',
      'annex-14-signed-in':
        'A aplicação «TRACES NT (demo)», com sessão iniciada: o nome, o nível de autenticação e os fatores utilizados.',
    },
    backToSteps: 'Voltar à lista de passos',
    stuck: 'Bloqueado num passo? Contacto e assistência',
    nextTitle: 'Começar agora',
    startSignedIn: 'Ir para a minha conta',
    startSignIn: 'Iniciar sessão',
  },
  authenticatorApps: {
    title: 'Gerir as minhas aplicações de autenticação',
    intro:
      'Uma aplicação de autenticação (por exemplo FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator) apresenta um código de 6 algarismos que muda a cada 30 segundos. Introduza-o após a palavra-passe para iniciar sessão.',
    none: 'Não está registada nenhuma aplicação de autenticação para a sua conta.',
    add: 'Adicionar uma aplicação de autenticação',
    name: 'Nome',
    added: 'Adicionada em',
    lastUsed: 'Última utilização',
    never: 'Nunca',
    actions: 'Ações',
    rename: 'Mudar o nome',
    delete: 'Eliminar',
    cancel: 'Cancelar',
    addTitle: 'Adicionar uma aplicação de autenticação',
    nameHint: 'Para a reconhecer na lista, por exemplo «Aegis no meu telefone».',
    continue: 'Continuar',
    scanTitle: 'Digitalize este código QR com a sua aplicação de autenticação',
    qrAlt: 'Código QR a digitalizar com a sua aplicação de autenticação',
    secretIntro:
      'Não consegue digitalizá-lo? Introduza esta chave na aplicação (baseada no tempo, 6 algarismos, a cada 30 segundos):',
    secretLabel: 'Chave',
    confirmTitle: 'Introduza o código de 6 algarismos',
    codeLabel: 'Código apresentado pela aplicação',
    codeHint: '6 algarismos.',
    confirm: 'Confirmar',
    wrongCode:
      'Este código não está correto. Verifique se a hora do seu telefone está certa e introduza o código que a aplicação apresenta agora.',
    addedNotice: 'A aplicação de autenticação «{name}» foi adicionada.',
    renamedNotice: 'A aplicação de autenticação passou a chamar-se «{name}».',
    deletedNotice: 'A aplicação de autenticação foi eliminada.',
    renameTitle: 'Mudar o nome da aplicação de autenticação',
    renameSubmit: 'Mudar o nome',
    deleteTitle: 'Eliminar a aplicação de autenticação',
    deleteBody: 'Eliminar «{name}»? Os respetivos códigos deixarão de lhe permitir iniciar sessão.',
    deleteSubmit: 'Eliminar',
    secondFactorBody:
      'Adicionar ou eliminar uma aplicação de autenticação altera a forma como a sua conta está protegida. A sua conta tem, ou teve, um segundo fator: confirme primeiro com ele.',
    back: 'Voltar à minha conta',
  },
  recoveryCodes: {
    title: 'Códigos de recuperação',
    intro:
      'Se perder todos os dispositivos, um código de recuperação permite-lhe iniciar sessão uma vez com a palavra-passe, para configurar um novo. Cada código funciona uma única vez. Guarde-os em papel, ou num local seguro, longe do telefone.',
    remaining:
      '{count, plural, =0 {Já não lhe resta nenhum código de recuperação.} one {Resta-lhe # código de recuperação.} many {Restam-lhe # códigos de recuperação.} other {Restam-lhe # códigos de recuperação.}}',
    none: 'Ainda não tem códigos de recuperação.',
    noFactor:
      'Os códigos de recuperação são disponibilizados quando a sua conta tiver um segundo fator: adicione primeiro um dispositivo móvel ou uma aplicação de autenticação.',
    generate: 'Gerar os meus códigos de recuperação',
    regenerate: 'Gerar novos códigos de recuperação',
    regenerateHint: 'Os novos códigos substituem os antigos: os antigos deixam de funcionar.',
    shownTitle: 'Os seus códigos de recuperação',
    shownOnce: 'Estes códigos só são apresentados desta vez. Imprima-os, copie-os ou descarregue-os agora.',
    listLabel: 'Os seus dez códigos de recuperação',
    print: 'Imprimir',
    copy: 'Copiar',
    download: 'Descarregar (.txt)',
    saved: 'Guardei-os',
    fileIntro: 'Códigos de recuperação Sésame. Cada código funciona uma única vez.',
    offer:
      'Mantenha uma forma de voltar a entrar na sua conta se perder os seus dispositivos: gere os seus códigos de recuperação.',
    offerLink: 'Gerar os meus códigos de recuperação',
    secondFactorBody:
      'Gerar códigos de recuperação cria uma nova forma de entrar na sua conta. Confirme primeiro com o seu segundo fator.',
  },
  eids: {
    title: 'Gerir as minhas eID',
    intro:
      'Uma eID é a sua identidade eletrónica nacional (por exemplo FranceConnect). Depois de associada, permite-lhe iniciar sessão a partir do primeiro ecrã, sem palavra-passe, com o nível de garantia que oferece.',
    none: 'Não está associada nenhuma eID à sua conta.',
    name: 'eID',
    added: 'Associada em',
    lastUsed: 'Última utilização',
    never: 'Nunca',
    actions: 'Ações',
    unlink: 'Desassociar',
    unlinkLabel: 'Desassociar {provider}',
    link: 'Associar a minha eID',
    linkWith: 'Associar a minha eID com {provider}',
    linkIntro: 'Será encaminhado para o seu fornecedor de eID e depois regressará aqui.',
    back: 'Voltar à minha conta',
    linkedNotice: 'A sua eID {provider} está associada: pode agora iniciar sessão com ela.',
    unlinkedNotice: 'A eID foi desassociada: deixou de lhe permitir iniciar sessão.',
    secondFactorBody:
      'Associar ou desassociar uma eID altera a forma como se pode iniciar sessão na sua conta: confirme primeiro a sua identidade com um dos seus segundos fatores.',
    signInAgain:
      'A sua sessão mudou enquanto estava no seu fornecedor de eID. Inicie sessão novamente e, em seguida, associe a sua eID.',
  },
  eidNewcomer: {
    title: 'Crie a sua conta Sésame a partir da sua eID',
    intro:
      'A sua eID {provider} não está associada a nenhuma conta Sésame. O Sésame pode criar a sua conta a partir dos dados indicados pela sua eID:',
    firstName: 'Nome próprio',
    lastName: 'Apelido',
    email: 'Endereço de correio eletrónico',
    noPassword:
      'A sua conta não terá palavra-passe: inicia sessão com a sua eID. Para adicionar uma palavra-passe mais tarde, utilize «Esqueceu-se da palavra-passe?» no primeiro ecrã.',
    create: 'Criar a minha conta',
    cancel: 'Cancelar',
    existsTitle: 'Já existe uma conta com este endereço de correio eletrónico',
    existsBody:
      'Já existe uma conta com o endereço de correio eletrónico {email}: inicie sessão nessa conta para lhe associar a sua eID. A sua eID passará depois a iniciar sessão nessa conta.',
    existsAction: 'Iniciar sessão para associar a minha eID',
    confirmTitle: 'Associe a sua eID à sua conta',
    confirmBody:
      'Associar a eID {provider} à conta {email}? Passará depois a permitir-lhe iniciar sessão nesta conta a partir do primeiro ecrã.',
    confirmAction: 'Associar a minha eID',
    expired: 'Este pedido expirou ou foi iniciado noutro navegador. Inicie sessão novamente com a sua eID.',
    createdNotice: 'A sua conta Sésame foi criada a partir da sua eID {provider}.',
  },
  securityKeys: {
    title: 'Gerir as minhas chaves de segurança e plataformas de confiança',
    intro:
      'Uma chave de segurança (USB ou NFC, por exemplo uma YubiKey) ou uma plataforma de confiança (Windows Hello, Touch ID, o bloqueio de ecrã de um telefone Android) confirma o seu início de sessão após a palavra-passe com um toque, um PIN ou uma impressão digital. Nada a introduzir.',
    none: 'Não está registada nenhuma chave de segurança nem plataforma de confiança para a sua conta.',
    add: 'Adicionar uma chave de segurança ou plataforma de confiança',
    name: 'Nome',
    kind: 'Tipo',
    added: 'Adicionada em',
    lastUsed: 'Última utilização',
    never: 'Nunca',
    actions: 'Ações',
    rename: 'Mudar o nome',
    delete: 'Eliminar',
    cancel: 'Cancelar',
    kindKey: 'Chave de segurança',
    kindPlatform: 'Plataforma de confiança',
    kindSynced: 'Chave de acesso (sincronizada)',
    addTitle: 'Adicionar uma chave de segurança ou plataforma de confiança',
    nameHint:
      'Para a reconhecer na lista, por exemplo «YubiKey do meu porta-chaves» ou «Windows Hello do meu portátil».',
    continue: 'Continuar',
    passkey: 'Torná-la uma chave de acesso: iniciar sessão com ela sem introduzir o meu endereço de correio eletrónico',
    passkeyHint:
      'A chave guarda então a sua conta, protegida pelo respetivo PIN, impressão digital ou rosto, que pedirá sempre. Nem todas as chaves o permitem.',
    promptTitle: 'Registe a sua chave de segurança ou plataforma de confiança',
    promptIntro:
      'Selecione o botão abaixo: o navegador pede-lhe que insira e toque na sua chave, ou que confirme com o PIN, o rosto ou a impressão digital deste computador ou telefone.',
    promptButton: 'Registar «{name}»',
    expired: 'Este pedido expirou. Recomece.',
    refused: 'Não foi possível registar esta chave: a resposta do navegador não era válida. Tente novamente.',
    notAccepted: 'Este modelo de chave de segurança não é permitido pela sua organização. Utilize outra chave.',
    already: 'Esta chave de segurança já está registada.',
    addedNotice: 'A chave de segurança ou plataforma de confiança «{name}» foi adicionada.',
    renamedNotice: 'A chave de segurança ou plataforma de confiança passou a chamar-se «{name}».',
    deletedNotice: 'A chave de segurança ou plataforma de confiança foi eliminada.',
    renameTitle: 'Mudar o nome da chave de segurança ou plataforma de confiança',
    renameSubmit: 'Mudar o nome',
    deleteTitle: 'Eliminar a chave de segurança ou plataforma de confiança',
    deleteBody: 'Eliminar «{name}»? Deixará de lhe permitir iniciar sessão.',
    deleteSubmit: 'Eliminar',
    secondFactorBody:
      'Adicionar ou eliminar uma chave de segurança altera a forma como a sua conta está protegida. A sua conta tem, ou teve, um segundo fator: confirme primeiro com ele.',
    back: 'Voltar à minha conta',
  },
  signInCode: {
    totpTitle: 'Introduza o código da sua aplicação de autenticação',
    totpIntro:
      'Abra a sua aplicação de autenticação e introduza o código de 6 algarismos que apresenta para esta conta.',
    totpLabel: 'Código apresentado pela aplicação',
    totpHint: '6 algarismos.',
    totpWrong: 'Este código não está correto ou já foi utilizado. Aguarde o código seguinte e introduza-o.',
    recoveryTitle: 'Introduza um código de recuperação',
    recoveryIntro:
      'Introduza um dos códigos de recuperação que guardou. Ficará gasto; depois de iniciar sessão, configure um novo segundo fator.',
    recoveryLabel: 'Código de recuperação',
    recoveryHint: 'Por exemplo ABCD-EFGH-JKLM-NPQR-STUV. Os hífenes e os espaços não contam.',
    recoveryWrong: 'Este código não está correto ou já foi utilizado. Verifique-o e introduza-o novamente.',
    expires: 'Esta página aceita um código até às {time}.',
    expired: 'Esta página expirou. Recomece para introduzir um código.',
    restart: 'Recomeçar',
    totpNone:
      'Não está registada nenhuma aplicação de autenticação para esta conta. Escolha outro método de verificação ou adicione uma em «Gerir as minhas aplicações de autenticação» depois de iniciar sessão.',
    recoveryNone: 'Esta conta já não tem nenhum código de recuperação. Escolha outro método de verificação.',
    blocked:
      'Demasiados códigos errados. Tente novamente mais tarde (fim do bloqueio: {time}). Se não foi o próprio, altere a sua palavra-passe.',
    webauthnTitle: 'Confirme com a sua chave de segurança ou plataforma de confiança',
    webauthnIntro:
      'Selecione o botão abaixo: o navegador pede-lhe que insira e toque na sua chave de segurança, ou que confirme com o PIN, o rosto ou a impressão digital deste computador ou telefone.',
    webauthnButton: 'Utilizar a minha chave de segurança ou plataforma de confiança',
    webauthnExpires: 'Esta página aguarda a sua chave até às {time}.',
    webauthnExpired: 'Esta página expirou. Recomece para utilizar a sua chave.',
    webauthnWrong:
      'Esta chave não foi aceite. Utilize uma chave de segurança ou plataforma de confiança registada na sua conta e tente novamente.',
    webauthnNone:
      'Não está registada nenhuma chave de segurança nem plataforma de confiança para esta conta. Escolha outro método de verificação ou adicione uma em «Gerir as minhas chaves de segurança e plataformas de confiança» depois de iniciar sessão.',
    webauthnFailed:
      'O navegador não recebeu resposta de nenhuma chave (cancelamento, tempo esgotado ou nenhuma chave registada aqui). Tente novamente ou escolha outro método de verificação.',
    webauthnUnsupported:
      'Este navegador não pode utilizar chaves de segurança (o JavaScript ou o WebAuthn está desativado). Utilize outro navegador ou escolha outro método de verificação.',
  },
  setUpFactor: {
    title: 'Configure um novo segundo fator',
    why: 'Iniciou sessão com um código de recuperação: este está agora gasto. {count, plural, =0 {Já não lhe resta nenhum código de recuperação.} one {Resta-lhe # código de recuperação.} many {Restam-lhe # códigos de recuperação.} other {Restam-lhe # códigos de recuperação.}}',
    next: 'Configure uma nova forma de confirmar a sua identidade e, em seguida, elimine os dispositivos que perdeu.',
    addDevice: 'Adicionar um dispositivo móvel (aplicação Sésame)',
    addTotp: 'Adicionar uma aplicação de autenticação',
    devices: 'Gerir os meus dispositivos móveis',
    recoveryCodes: 'Códigos de recuperação',
    later: 'Mais tarde: ir para a minha conta',
  },
  proposedName: {
    nameHint: 'Sem espaços. Deixe em branco para utilizar o modelo do telefone, por exemplo Pixel-8.',
    qrAlt: 'Código QR a digitalizar com a aplicação Sésame para adicionar o seu telefone',
  },
  enrolmentRefused: {
    title: 'Este telefone não pode ser adicionado',
    otherAccount:
      'O telefone que digitalizou o código QR já confirma os inícios de sessão da conta de outra pessoa. Um telefone serve uma só pessoa: o dispositivo não foi adicionado e o código QR já não pode ser utilizado.',
    sameAccount:
      'O telefone que digitalizou o código QR já está registado para a sua conta: não há nada a adicionar. O código QR já não pode ser utilizado.',
    nextTitle: 'E agora?',
    otherAccountNext:
      'Adicione novamente o dispositivo e digitalize o novo código QR com outro telefone; ou, se este telefone for seu, remova primeiro a outra conta do telefone: o titular dessa conta elimina o telefone em «Gerir os meus dispositivos móveis».',
    sameAccountNext:
      'O seu telefone consta da lista dos seus dispositivos móveis. Para adicionar outro telefone, adicione novamente um dispositivo.',
    addAgain: 'Adicionar um dispositivo móvel com outro telefone',
    backToDevices: 'Voltar a «Gerir os meus dispositivos móveis»',
  },
  accountOptions: {
    title: 'Configurar a minha conta',
    link: 'Configurar a minha conta',
    intro: 'Estas opções aplicam-se a todos os inícios de sessão na sua conta, em qualquer navegador.',
    signInTitle: 'Início de sessão',
    always: 'Exigir sempre um segundo fator',
    alwaysHint:
      'A palavra-passe por si só deixa de lhe permitir iniciar sessão, mesmo nas aplicações que a aceitam: cada início de sessão pede também a sua aplicação Sésame, a sua aplicação de autenticação ou a sua chave de segurança.',
    alwaysWarning:
      'Se perder todos os seus segundos fatores (e os seus códigos de recuperação), deixará de poder iniciar sessão sozinho: só o serviço de assistência lhe poderá devolver o acesso.',
    alwaysNeedsFactor:
      'Adicione primeiro um segundo fator (uma aplicação Sésame ou uma aplicação de autenticação): apenas com a palavra-passe, a sua conta ficaria bloqueada.',
    addFactor: 'Adicionar um dispositivo móvel',
    addAuthenticatorApp: 'Adicionar uma aplicação de autenticação',
    preferred: 'Método de verificação preferido',
    preferredHint: 'Após a palavra-passe, o início de sessão abre neste método quando a aplicação o aceita.',
    preferredNone: 'Sem preferência (o último método que utilizei)',
    preferredNotHeld: 'Escolha um dos métodos de que a sua conta dispõe.',
    appsTitle: 'Aplicações',
    warn: 'Avisar-me sempre que uma aplicação pedir a minha identidade',
    warnHint:
      'Antes de uma aplicação receber a sua identidade — depois de iniciar sessão, ou quando já tem sessão iniciada — uma página indica o nome da aplicação e pede-lhe que continue ou cancele.',
    mailsTitle: 'Notificações por correio eletrónico',
    newBrowser: 'Enviar-me uma mensagem quando for iniciada sessão na minha conta a partir de um novo navegador',
    newBrowserHint:
      'Um navegador é novo quando a sua conta não iniciou sessão com ele no último ano (ou desde que os respetivos cookies foram apagados). A mensagem indica quando, de onde e com que navegador.',
    mailsAlways:
      'Para sua proteção, o Sésame envia-lhe sempre uma mensagem quando é adicionado ou removido um dispositivo móvel, uma aplicação de autenticação, uma chave de segurança, um número de telemóvel ou códigos de recuperação, quando é utilizado um código de recuperação e quando a sua palavra-passe ou o seu endereço de correio eletrónico são alterados. Estas mensagens não podem ser desativadas.',
    save: 'Guardar as minhas opções',
    back: 'Voltar à minha conta',
    saved: 'As suas opções foram guardadas.',
    unchanged: 'Nada foi alterado.',
    secondFactorBody:
      'As opções da sua conta determinam a forma como está protegida. A sua conta tem um segundo fator: confirme primeiro com ele.',
  },
  signInChoose: {
    title: 'Escolha como confirmar a sua identidade',
    intro: 'A sua palavra-passe está correta. Confirme com um dos métodos da sua conta:',
    submit: 'Continuar',
    lostAccess: 'Já não tenho nenhum destes: utilizar um código de recuperação',
    none: 'A sua conta não tem nenhum método de verificação aceite por esta aplicação.',
    typePassword: 'Iniciar sessão novamente com outro método',
  },
  appConsent: {
    title: 'Uma aplicação pede a sua identidade',
    body: '«{app}» pede para saber quem é. Continue para iniciar sessão nela.',
    why: 'Vê esta página porque pediu para ser avisado sempre que uma aplicação pedisse a sua identidade. Se não estava à espera, cancele.',
    continue: 'Continuar para a aplicação',
    cancel: 'Cancelar',
    options: 'Alterar esta opção em «Configurar a minha conta»',
    gone: 'Este pedido já foi respondido ou expirou. Volte à aplicação e tente novamente.',
  },
  phoneNumbers: {
    title: 'Gerir os meus números de telemóvel',
    intro:
      'Um código enviado por SMS para um destes números pode confirmar o seu início de sessão após a palavra-passe.',
    sunset: 'O início de sessão por SMS termina em {date}. A aplicação Sésame é mais segura: adicione-a agora.',
    addDevice: 'Adicionar um dispositivo móvel (aplicação Sésame)',
    none: 'Não está registado nenhum número de telemóvel para a sua conta.',
    number: 'Número',
    added: 'Adicionado em',
    lastUsed: 'Última utilização',
    never: 'Nunca',
    actions: 'Ações',
    delete: 'Eliminar',
    add: 'Adicionar um número',
    addTitle: 'Adicionar um número de telemóvel',
    phoneLabel: 'Número de telemóvel',
    phoneHint:
      'Comece por «+» e o indicativo do país, sem pontos, parênteses nem hífenes, por exemplo +351 912 345 678.',
    send: 'Enviar o código',
    confirmTitle: 'Introduza o código enviado por SMS',
    confirmIntro: 'Enviámos um código de nove caracteres para {phone}. Introduza-o antes das {time}.',
    codeLabel: 'Código recebido por SMS',
    codeHint: 'Por exemplo K7P-M2X-9QR. Os hífenes, os espaços e as maiúsculas não contam.',
    finalise: 'Concluir',
    wrongCode: 'Este código não está correto. Verifique o SMS e introduza novamente o código.',
    over: 'Esta confirmação terminou (expirou ou foram introduzidos demasiados códigos errados). Adicione novamente o número para receber um novo código.',
    addedNotice: 'O número {name} foi adicionado.',
    deletedNotice: 'O número foi eliminado.',
    deleteTitle: 'Eliminar o número de telemóvel',
    deleteBody:
      'Eliminar o número {name}? Os códigos enviados para este número deixarão de lhe permitir iniciar sessão.',
    deleteSubmit: 'Eliminar',
    cancel: 'Cancelar',
    secondFactorBody:
      'Adicionar ou eliminar um número de telefone altera a forma como a sua conta está protegida. A sua conta tem, ou teve, um segundo fator: confirme primeiro com ele.',
    back: 'Voltar à minha conta',
    enrolText: 'Sésame: o seu código para adicionar este número é {code}. Nunca o comunique a ninguém.',
  },
  signInSms: {
    title: 'Introduza o código enviado por SMS',
    intro: 'Enviámos um código de verificação de início de sessão de nove caracteres para {phone}.',
    label: 'Código recebido por SMS',
    hint: 'Por exemplo K7P-M2X-9QR. Os hífenes, os espaços e as maiúsculas não contam.',
    resend: 'Enviar um novo código',
    wrongCode:
      'Este código não está correto ou já foi utilizado. Verifique o último SMS e introduza o respetivo código.',
    none: 'Não está registado nenhum número de telemóvel para esta conta. Escolha outro método de verificação.',
    text: 'Sésame: o seu código de verificação de início de sessão é {code}. Nunca o comunique a ninguém, nem sequer a nós.',
    sunsetTitle: 'O início de sessão por SMS vai terminar em breve',
    sunsetBody:
      'A partir de {date}, o SMS deixará de ser aceite para iniciar sessão. Instale agora a aplicação Sésame: é mais segura (sem troca fraudulenta de cartão SIM, sem interceção) e funciona sem rede.',
    sunsetInstall: 'Instalar agora a aplicação Sésame',
    sunsetLater: 'Mais tarde',
    sunsetLaterHint: 'Ser-lhe-á lembrado no seu próximo início de sessão por SMS.',
  },
  admin: {
    title: 'Administração',
    link: 'Administração',
    secondFactorBody:
      'A administração exige um início de sessão com um segundo fator. Confirme a sua identidade com o seu e regressará aqui.',
    searchTitle: 'Procurar uma conta',
    searchLabel: 'Nome, endereço de correio eletrónico ou identificador',
    searchStarts:
      'O início de um nome próprio, de um apelido ou de um endereço de correio eletrónico, ou um identificador completo.',
    searchHint: 'Deixe em branco para listar as contas das suas organizações.',
    within: 'Organização',
    allMine: 'Todas as minhas organizações',
    submit: 'Procurar',
    scopeIntro: 'Pode ver as contas de: {organisations}.',
    results: 'Contas encontradas',
    none: 'Nenhuma conta corresponde nas suas organizações.',
    limited: 'Apenas são apresentadas as primeiras {limit} contas: restrinja a pesquisa.',
    colName: 'Nome',
    colEmail: 'Endereço de correio eletrónico',
    colOrganisation: 'Organização',
    colId: 'Identificador',
    accountTitle: 'Conta de {name}',
    back: 'Voltar à pesquisa',
    identity: 'Identidade',
    organisation: 'Organização',
    roles: 'Funções administrativas',
    noRoles: 'Nenhuma.',
    roleOver: '{role}, {organisation}',
    roleNames: {
      administrator: 'Administrador',
      local_manager: 'Gestor local',
      helpdesk: 'Serviço de assistência',
      auditor: 'Auditor',
    },
    methods: 'Métodos de início de sessão e dispositivos',
    noMethods: 'Apenas palavra-passe: nenhum segundo fator.',
    colMethod: 'Método',
    colStatus: 'Estado',
    colAdded: 'Adicionado em',
    colLastUsed: 'Última utilização',
    never: 'Nunca',
    kinds: {
      device: 'Aplicação Sésame',
      totp: 'Aplicação de autenticação',
      webauthn: 'Chave de segurança ou chave de acesso',
      'recovery-code': 'Código de recuperação',
      sms: 'Telemóvel (SMS)',
    },
    statuses: {
      active: 'Ativo',
      pending: 'Não confirmado',
      blocked: 'Bloqueado',
      used: 'Utilizado',
    },
    signIns: 'Últimos inícios de sessão',
    noSignIns: 'Nenhum início de sessão registado.',
    colWhen: 'Quando',
    colWhat: 'O quê',
    colFrom: 'A partir de',
    lock: 'Bloqueio',
    lockedEverywhere:
      'Bloqueada após demasiadas palavras-passe erradas: por agora, ninguém pode iniciar sessão nesta conta.',
    failures:
      '{count, plural, =0 {Nenhuma palavra-passe errada} one {# palavra-passe errada} many {# palavras-passe erradas} other {# palavras-passe erradas}} seguidas desde o último início de sessão, reposição da palavra-passe ou desbloqueio.',
    notLocked:
      'Não está bloqueada em todo o lado. Um bloqueio a partir de uma só rede (o titular a enganar-se na escrita no escritório) não é mostrado aqui: o desbloqueio também o levanta.',
    lockedFromNetwork:
      'Bloqueada em {time} após demasiadas palavras-passe erradas a partir de uma mesma rede (o titular a enganar-se na escrita, ou alguém a tentar adivinhar): por agora, os inícios de sessão a partir daí são recusados.',
    unlock: 'Desbloquear a conta',
    unlockHint:
      'O titular pode voltar a iniciar sessão de imediato, a partir de qualquer lugar. Fica registado na auditoria.',
    unlocked: 'A conta está desbloqueada: o titular pode voltar a iniciar sessão.',
    factorTitle: 'Segundo fator perdido',
    factorIntro:
      'Quando o titular perdeu todos os segundos fatores (telefone perdido ou roubado, nenhum código de recuperação): remova-os todos, para que ninguém os possa utilizar. Todas as sessões da conta são terminadas. O titular é informado por correio eletrónico sobre como adicionar um novo dispositivo móvel («Já não tenho o meu telefone»).',
    reason: 'Motivo',
    reasonHint:
      'Obrigatório, fica registado na auditoria: como o titular fez o pedido e como verificou que era ele (por exemplo: «telefone perdido, ligou para o serviço de assistência, identidade verificada pelo gestor»).',
    resetFactor: 'Remover todos os segundos fatores',
    reasonRequired: 'Indique o motivo: é obrigatório.',
    reasonTooLong: 'O motivo é demasiado longo: no máximo {max} caracteres.',
    factorReset:
      'Todos os segundos fatores da conta foram removidos ({devices} dispositivos móveis, {credentials} outros fatores). O titular foi informado por correio eletrónico.',
    recoveryTitle: 'Recuperação da conta',
    recoveryWaiting:
      'O titular iniciou «Já não tenho o meu telefone» em {started}, com a sua palavra-passe e a ligação que lhe foi enviada por correio eletrónico. Poderá ser adicionado um novo dispositivo móvel a partir de {ready}.',
    recoveryIntro:
      'Se verificou que se trata realmente do titular — uma chamada de volta para um número que já conhecia, um documento de identificação, presencialmente — pode pôr fim agora ao período de espera. Só o navegador em que o titular confirmou a recuperação poderá então adicionar um dispositivo; nenhum dispositivo é adicionado a partir daqui. O titular é informado por correio eletrónico, com uma ligação para cancelar.',
    recoveryReason: 'Como verificou a identidade do titular',
    recoveryReasonHint:
      'Obrigatório, fica registado na auditoria (por exemplo: «chamada de volta para o número do escritório, cartão de cidadão visto»).',
    recoveryExpedite: 'Pôr fim agora ao período de espera',
    recoveryExpedited:
      'O período de espera terminou: o titular pode agora adicionar um novo dispositivo móvel. Foi informado por correio eletrónico.',
    recoveryNothing: 'Já não há nenhuma recuperação pendente nesta conta: nada foi alterado.',
    passwordTitle: 'Palavra-passe',
    sendReset: 'Enviar uma ligação de reposição da palavra-passe',
    sendResetHint:
      'O titular recebe por correio eletrónico uma ligação para escolher uma nova palavra-passe, válida durante {minutes} minutos. Nunca vê nem define a palavra-passe. Fica registado na auditoria.',
    resetSent: 'Foi enviada uma ligação de reposição da palavra-passe para {email}.',
  },
  levelGapOpening: {
    passwordAlone: 'Iniciou sessão apenas com a sua palavra-passe.',
    otherFactor: 'Iniciou sessão com «{method}», que {app} não aceita.',
  },
  dashboard: {
    title: 'Painel da migração',
    heading: 'Painel da migração: {organisation}',
    link: 'Painel da migração',
    intro:
      'Como iniciam sessão os agentes de {organisation} e das organizações subordinadas, e o que falta fazer antes do fim do SMS.',
    organisations: 'Painéis das organizações que gere:',
    total: 'Agentes',
    app: 'Aplicação Sésame',
    key: 'Chave de segurança ou plataforma',
    totp: 'Aplicação de autenticação',
    sms: 'Apenas SMS',
    password: 'Apenas palavra-passe',
    equipped: 'Equipados',
    smsHoldouts: 'Retardatários SMS',
    phonesToBuy: 'Telefones a comprar',
    phonesHint:
      'Agentes que não têm nem a aplicação Sésame nem outro segundo fator aceite (uma chave de segurança, uma aplicação de autenticação): um telefone por agente.',
    percent: '{percent} %',
    noAgents: 'nenhum agente',
    sunset:
      '{days, plural, =0 {O SMS terminou em {date}.} one {Falta # dia para o fim do SMS em {date}.} many {Faltam # dias para o fim do SMS em {date}.} other {Faltam # dias para o fim do SMS em {date}.}}',
    noSunset: 'Não foi definida nenhuma data para o fim do SMS.',
    byMethodTitle: 'Agentes por método de início de sessão',
    colMethod: 'Método',
    colAgents: 'Agentes',
    childrenTitle: 'Organizações subordinadas',
    colOrganisation: 'Organização',
    noChildren: 'Nenhuma organização abaixo desta.',
    chartTitle: 'Evolução ao longo do tempo',
    chartSummary:
      'Agentes equipados e retardatários em cada dia dos últimos 90 dias, de {first} a {last}; os mesmos números constam da tabela seguinte.',
    chartEmpty: 'O gráfico começa com os números de hoje: é acrescentado um ponto por dia.',
    chartTable: 'Evolução por dia',
    colDay: 'Dia',
    holdouts: 'Retardatários',
    csv: 'Descarregar os números (CSV)',
    csvHeader:
      'Identificador da organização,Organização,Agentes,Aplicação Sésame,Chave de segurança ou plataforma,Aplicação de autenticação,Apenas SMS,Apenas palavra-passe,Telefones a comprar,Equipados %',
    remindersTitle: 'Lembretes',
    remindersBody:
      'Enviar a cada retardatário de {organisation} e das organizações subordinadas (apenas SMS ou apenas palavra-passe) uma mensagem sobre a sua situação e sobre como se registar. É ignorado o agente que tenha recebido um lembrete {days, plural, one {no último dia} many {nos últimos # dias} other {nos últimos # dias}}.',
    remindersSend: 'Enviar um lembrete aos retardatários',
    remindersDone:
      '{sent, plural, =0 {Nenhum lembrete enviado} one {# lembrete enviado} many {# lembretes enviados} other {# lembretes enviados}}, {skipped, plural, =0 {nenhum ignorado} one {# ignorado (lembrete recente ou já equipado)} many {# ignorados (lembrete recente ou já equipados)} other {# ignorados (lembrete recente ou já equipados)}}{failed, plural, =0 {.} one {, # não enviado (o servidor de correio não respondeu): prima novamente mais tarde.} many {, # não enviados (o servidor de correio não respondeu): prima novamente mais tarde.} other {, # não enviados (o servidor de correio não respondeu): prima novamente mais tarde.}}',
    campaignTitle: 'Campanha de registo',
    campaignIntro:
      'Depois de iniciar sessão, um agente de {organisation} ou das organizações subordinadas sem um segundo fator aceite vê uma página que explica porquê e inicia o registo. «Mais tarde» é permitido durante um certo número de vezes e de dias; depois, o registo passa a ser obrigatório.',
    campaignFrom:
      '{from, select, none {Estas são as definições da instalação: não foi guardada nenhuma para esta organização nem acima dela.} other {Guardada para {from}.}}',
    campaignEnabled: 'Mostrar a campanha aos agentes sem segundo fator',
    campaignSnoozes: '«Mais tarde» permitido (vezes)',
    campaignSnoozeDays: 'Dias permitidos após o primeiro «Mais tarde»',
    campaignDeadline: 'Prazo (facultativo)',
    campaignDeadlineHint:
      'A partir deste dia, o registo é obrigatório. Se ficar em branco, a página apresenta a data de fim do SMS.',
    campaignSave: 'Guardar a campanha',
    campaignSaved:
      'A campanha foi guardada: aplica-se a esta organização e às organizações subordinadas que não tenham uma própria.',
    campaignInvalid: 'Um número inteiro de 0 a {max}.',
    campaignDateInvalid: 'Uma data como 2027-03-01.',
    agentLink: 'Campanha do segundo fator',
    agentTitle: 'Campanha do segundo fator: {name}',
    agentStatus: 'Inicia sessão com: {method}.',
    agentSnoozes:
      '{count, plural, =0 {Nunca escolheu «Mais tarde».} one {Escolheu «Mais tarde» uma vez.} many {Escolheu «Mais tarde» # vezes.} other {Escolheu «Mais tarde» # vezes.}}',
    agentExcluded: 'Excluído(a) da campanha em {date}: {reason}',
    agentRemind: 'Enviar um lembrete',
    agentReminded:
      '{sent, plural, =0 {Nenhum lembrete enviado: este agente recebeu um recentemente ou já está equipado.} one {Foi enviado um lembrete.} many {Foram enviados # lembretes.} other {Foram enviados # lembretes.}}',
    exclude: 'Excluir da campanha',
    excludeReason: 'Motivo (obrigatório)',
    excludeHint: 'Por exemplo: não são permitidos telefones no local. Fica registado na auditoria.',
    excluded: 'O agente está excluído da campanha.',
    include: 'Incluir novamente na campanha',
    included: 'O agente está novamente incluído na campanha.',
    back: 'Voltar à conta',
  },
  campaign: {
    title: 'Configure um segundo fator',
    requiredTitle: 'Configure um segundo fator para continuar',
    why: 'A instrução DGAL/SDEIGIR/2025-91 pede a todos os agentes que confirmem o início de sessão com um segundo fator próprio. Os códigos enviados por SMS estão a ser retirados: podem ser intercetados ou desviados para outro cartão SIM. A aplicação Sésame no seu telefone substitui-os; uma chave de segurança ou uma aplicação de autenticação também servem.',
    deadline: 'Prazo: {date}.',
    body: 'Demora alguns minutos: instale a aplicação no telefone e, em seguida, adicione o telefone à sua conta.',
    requiredBody:
      'O prazo terminou ou já adiou tantas vezes quanto o permitido: configure agora um segundo fator para aceder às suas aplicações.',
    setUpApp: 'Configurar agora a aplicação Sésame',
    otherWays: 'Ou:',
    securityKey: 'uma chave de segurança',
    authenticatorApp: 'uma aplicação de autenticação',
    later: 'Mais tarde',
    laterLeft:
      '{count, plural, one {Pode adiar mais uma vez.} many {Pode adiar mais # vezes.} other {Pode adiar mais # vezes.}}',
    requiredHint: 'Até lá, as suas aplicações permanecem fechadas. Terminar a sessão não o faz perder nada.',
    signOut: 'Terminar sessão',
  },
  lifecycle: {
    status: 'Estado',
    active: 'Ativa',
    invitationPending: 'Convidado(a): o titular ainda não escolheu uma palavra-passe',
    invitationExpired:
      'Convite expirado: o titular nunca escolheu uma palavra-passe e a ligação já não funciona; envie-o novamente',
    deactivatedSince: 'Desativada desde {time}: o titular não pode iniciar sessão',
    externalId: 'Identificador externo',
    noExternalId: 'Nenhum',
    invite: 'Convidar um agente',
    inviteTitle: 'Convidar um agente',
    inviteIntro:
      'O agente recebe uma mensagem de correio eletrónico com uma ligação para escolher uma palavra-passe, válida durante {days, plural, one {# dia} many {# dias} other {# dias}}. Até lá, a conta não pode ser utilizada. Fica registado na auditoria.',
    organisation: 'Organização',
    organisationHint: 'As organizações que gere.',
    externalIdHint:
      'Facultativo: o identificador que o seu sistema de recursos humanos atribui ao agente (letras, algarismos e . _ @ : - / +).',
    emailLocale: 'Língua da conta',
    emailLocaleHint: 'A língua das mensagens enviadas ao agente e, depois de ele a escolher, das páginas do Sésame.',
    sendInvitation: 'Criar a conta e enviar o convite',
    invited: 'A conta foi criada e foi enviado um convite para {email}.',
    resendTitle: 'Convite',
    resendHint:
      'O titular ainda não escolheu uma palavra-passe. Envie novamente o convite se este se perdeu ou expirou.',
    resend: 'Enviar novamente o convite',
    resent: 'O convite foi enviado novamente para {email}.',
    activationTitle: 'Desativação',
    deactivateHint:
      'O titular deixa de poder iniciar sessão; as suas sessões terminam e as aplicações em que tinha sessão iniciada deixam de o aceitar. Nada é apagado: pode reativar a conta. Fica registado na auditoria.',
    deactivate: 'Desativar a conta',
    deactivated: 'A conta está desativada: o titular deixou de poder iniciar sessão.',
    reactivateHint: 'O titular pode voltar a iniciar sessão com a palavra-passe e os segundos fatores que tinha.',
    reactivate: 'Reativar a conta',
    reactivated: 'A conta está reativada: o titular pode voltar a iniciar sessão.',
    moveTitle: 'Organização',
    moveHint: 'Transferir a conta para outra organização que gere. O início de sessão não muda.',
    moveTo: 'Nova organização',
    move: 'Transferir a conta',
    moved: 'A conta pertence agora a {organisation}.',
    deleteTitle: 'Apagar a conta',
    deleteIntro:
      'O apagamento não pode ser anulado. Para impedir o início de sessão durante algum tempo, desative antes a conta.',
    deleteLink: 'Apagar esta conta…',
    deletePageTitle: 'Apagar a conta de {name}',
    deleteErased: 'O que é apagado, de imediato e definitivamente:',
    deleteErasedItems: [
      'o nome próprio e o apelido, o endereço de correio eletrónico, a palavra-passe e o identificador externo;',
      'todos os dispositivos móveis, aplicações de autenticação, chaves de segurança, números de telefone e códigos de recuperação;',
      'as opções, as funções, o lugar na organização; todas as sessões terminam.',
    ],
    deleteKept: 'O que é conservado, apenas para a auditoria, até ao fim do respetivo prazo de conservação:',
    deleteKeptItems: [
      'as linhas de auditoria desta conta (o que foi feito, quando, a partir de que endereço de rede), sob o simples identificador {id}, que já não remete para nenhum nome nem endereço.',
    ],
    confirmEmail: 'Para confirmar, introduza o endereço de correio eletrónico da conta',
    confirmEmailHint: 'O endereço é {email}.',
    confirmMismatch: 'O endereço introduzido não é o da conta: nada foi apagado.',
    erase: 'Apagar definitivamente a conta',
    cancel: 'Manter a conta',
    erased: 'A conta {id} foi apagada. Restam apenas as respetivas linhas de auditoria, sob este identificador.',
    importTitle: 'Importar agentes a partir de um ficheiro CSV',
    importLink: 'Importar agentes (CSV)',
    exportLink: 'Exportar as contas (CSV)',
    importIntro:
      'Primeiro, uma simulação: nada é escrito até confirmar. Importar novamente o mesmo ficheiro não altera nada. Cada novo agente recebe um convite por correio eletrónico.',
    file: 'Ficheiro CSV',
    fileHint:
      'UTF-8 (com ou sem BOM), separado por «;» ou «,», um agente por linha após uma linha de cabeçalho. Colunas: email, first_name, last_name, organisation_id, external_id, language (código de duas letras: fr, en, de…). Consulte o guia dos administradores.',
    defaultOrganisation: 'Organização das linhas sem organisation_id',
    dryRun: 'Verificar o ficheiro (simulação)',
    fileRequired: 'Escolha um ficheiro CSV.',
    fileTooLarge: 'O ficheiro é demasiado grande: no máximo {max} MB. Divida-o.',
    fileUnreadable:
      'Não foi possível ler o ficheiro como CSV perto da linha {line}. Verifique se é uma exportação CSV e tente novamente.',
    headerMissing: 'Falta a coluna {column} na linha de cabeçalho. As colunas são: {columns}.',
    tooManyLines: 'O ficheiro tem mais de {max} linhas. Divida-o.',
    emptyFile: 'O ficheiro não tem nenhuma linha de agente abaixo do cabeçalho.',
    planTitle: 'Simulação: o que a importação irá fazer',
    planSummary:
      '{create, plural, =0 {Nenhuma conta a criar} one {# conta a criar} many {# contas a criar} other {# contas a criar}}, {update, plural, =0 {nenhuma a atualizar} one {# a atualizar} many {# a atualizar} other {# a atualizar}}, {unchanged, plural, =0 {nenhuma inalterada} one {# inalterada} many {# inalteradas} other {# inalteradas}}, {error, plural, =0 {nenhuma linha recusada} one {# linha recusada} many {# linhas recusadas} other {# linhas recusadas}}.',
    colLine: 'Linha',
    colAction: 'O que vai acontecer',
    colDetail: 'Pormenor',
    actions: {
      create: 'Criada e convidada',
      update: 'Atualizada',
      unchanged: 'Inalterada',
      error: 'Recusada',
    },
    changedFields: 'Alterações: {fields}',
    movedTo: 'passa para {organisation}',
    planTruncated: 'Apenas são listadas as primeiras {shown} linhas; os totais acima abrangem todo o ficheiro.',
    confirm: 'Confirmar a importação',
    confirmHint:
      'As linhas recusadas são deixadas de fora. O ficheiro é verificado novamente quando confirmar; esta simulação pode ser confirmada durante {minutes} minutos.',
    nothingToDo: 'Nada a importar: corrija o ficheiro e verifique-o novamente.',
    another: 'Verificar outro ficheiro',
    progressTitle: 'Importação em curso',
    doneTitle: 'Importação concluída',
    failedTitle: 'Importação interrompida',
    failedBody:
      'A importação foi interrompida: o serviço estava indisponível. As linhas já escritas mantêm-se; importe novamente o mesmo ficheiro para terminar (as linhas já tratadas ficam inalteradas).',
    progress: '{processed} de {total} linhas tratadas.',
    progressCounts:
      '{created} criadas, {updated} atualizadas, {unchanged} inalteradas, {errors} recusadas; {mailed} convites enviados.',
    mailFailed:
      'Não foi possível enviar {count, plural, one {# convite} many {# convites} other {# convites}}: envie-os novamente a partir da página de cada conta.',
    refreshHint: 'Esta página é atualizada de poucos em poucos segundos. Pode sair dela: a importação continua.',
    refresh: 'Atualizar',
    jobUnknown: 'Esta importação é desconhecida ou demasiado antiga, ou foi iniciada por outra pessoa.',
    refusedLines: 'Linhas recusadas',
    backToConsole: 'Voltar à administração',
    lineReasons: {
      required: 'falta o campo {field}',
      too_long: 'o campo {field} é demasiado longo',
      malformed: 'o campo {field} não é válido',
      out_of_scope: 'a organização não existe ou não é uma das que gere',
      taken: 'o campo {field} pertence a uma conta fora das suas organizações',
      duplicate: 'o campo {field} já consta de uma linha anterior',
      conflict: 'o identificador externo e o endereço de correio eletrónico pertencem a duas contas diferentes',
      failed: 'não foi possível escrever a linha; importe novamente o ficheiro',
    },
  },
  adminGovernance: {
    nav: 'Secções da administração',
    navSearch: 'Contas',
    navOrganisations: 'Organizações',
    navAudit: 'Auditoria',
    rolesTitle: 'Atribuir ou retirar uma função',
    rolesIntro:
      'Só são propostas as funções e organizações que pode atribuir. O titular é informado por correio eletrónico e a alteração fica registada na auditoria.',
    role: 'Função',
    scope: 'Sobre a organização (e tudo o que lhe está subordinado)',
    grant: 'Atribuir esta função',
    revoke: 'Retirar',
    revokeLabel: 'Retirar: {role}, {organisation}',
    noGrantable: 'Não pode atribuir nenhuma função a esta conta.',
    granted: 'A função foi atribuída; o titular foi informado por correio eletrónico.',
    revoked: 'A função foi retirada; o titular foi informado por correio eletrónico.',
    accountAudit: 'Ver a auditoria desta conta',
    organisationsTitle: 'Organizações',
    organisationsIntro:
      'As organizações que pode ver, cada uma com o seu tipo. Deslocar uma organização desloca tudo o que lhe está subordinado; só pode mudar o nome ou deslocar as organizações subordinadas à sua.',
    colKind: 'Tipo',
    colName: 'Nome',
    colId: 'Identificador',
    colActions: 'Ações',
    rootKind: 'Toda a instalação',
    createTitle: 'Criar uma organização',
    parent: 'Dentro de',
    newId: 'Identificador',
    newIdHint: 'Letras minúsculas, algarismos e hífenes, por exemplo ddpp-35. Não pode ser alterado posteriormente.',
    newName: 'Nome',
    kind: 'Tipo',
    create: 'Criar',
    created: 'A organização «{name}» foi criada.',
    renameTitle: 'Mudar o nome de «{name}»',
    rename: 'Mudar o nome',
    renamed: 'O nome da organização foi alterado.',
    moveTitle: 'Deslocar «{name}»',
    moveTo: 'Nova organização-mãe',
    move: 'Deslocar',
    moved: 'A organização e tudo o que lhe está subordinado foram deslocados.',
    nameRequired: 'Introduza o nome da organização.',
    nameTooLong: 'O nome é demasiado longo: no máximo {max} caracteres.',
    idMalformed:
      'O identificador deve ser composto por letras minúsculas, algarismos e hífenes interiores, por exemplo ddpp-35.',
    idTaken: 'Este identificador já está a ser utilizado. Escolha outro.',
    kindUnknown: 'Escolha um tipo entre os propostos.',
    tooDeep: 'A árvore ficaria demasiado profunda nesse ponto. Escolha uma organização-mãe mais acima.',
    cycle:
      'Uma organização não pode ficar dentro de si própria nem de uma das suas próprias organizações. Escolha outra organização-mãe.',
    auditTitle: 'Auditoria',
    auditIntro: 'Eventos de segurança e administrativos relativos às contas de: {organisations}. Apenas leitura.',
    filters: 'Filtros',
    filterActor: 'Efetuado por (endereço de correio eletrónico ou identificador)',
    filterAccount: 'Conta em causa (endereço de correio eletrónico ou identificador)',
    filterType: 'Evento',
    filterOutcome: 'Resultado',
    filterFrom: 'De (dia incluído)',
    filterTo: 'Até (dia incluído)',
    filterWithin: 'Organização',
    any: 'Qualquer',
    allMine: 'Todas as minhas organizações',
    outcomes: {
      success: 'Efetuado',
      failure: 'Falhado ou recusado',
    },
    search: 'Procurar',
    reset: 'Limpar os filtros',
    toBeforeFrom: 'A data de fim deve ser igual ou posterior à data de início.',
    dateMalformed: 'Introduza uma data no formato ano-mês-dia, por exemplo 2026-12-07.',
    results: 'Eventos',
    none: 'Nenhum evento corresponde a estes filtros.',
    colWhen: 'Quando',
    colWhat: 'O quê',
    colOutcome: 'Resultado',
    colActor: 'Efetuado por',
    colAccount: 'Conta',
    colFrom: 'A partir de',
    colDetails: 'Pormenores',
    self: 'a própria conta',
    system: 'Sésame',
    next: 'Eventos mais antigos',
    first: 'Eventos mais recentes',
    exportTitle: 'Exportar',
    exportIntro:
      'Todos os eventos que correspondem aos filtros, do mais recente para o mais antigo. A exportação fica registada na auditoria.',
    exportCsv: 'Exportar em CSV',
    exportJsonl: 'Exportar em linhas JSON',
  },
};
