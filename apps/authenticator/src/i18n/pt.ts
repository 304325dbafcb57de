import type { Messages } from './en';

/**
 * Portuguese catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const pt: Messages = {
  meta: {
    language: 'Idioma',
    lang: 'pt',
  },
  app: {
    name: 'Sésame',
  },
  welcome: {
    title: 'Bem-vindo à aplicação Sésame',
    intro:
      'A aplicação Sésame confirma os seus inícios de sessão no computador. Para começar, inicialize a aplicação e, em seguida, adicione a sua conta digitalizando o código QR apresentado no portal.',
    initialize: 'Inicializar',
    initializing: 'A inicializar…',
    ready: 'A aplicação está inicializada.',
    permissionsIntro:
      'A aplicação precisa da câmara para digitalizar o código QR e das notificações para o avisar quando um início de sessão aguarda a sua confirmação.',
    continue: 'Continuar',
    askingPermissions: 'A pedir as autorizações…',
    cameraRefused:
      'A câmara não está autorizada. Autorize a câmara para esta aplicação nas definições do seu navegador e prima novamente Continuar.',
    notificationsRefused:
      'As notificações não estão autorizadas. A aplicação não o avisará dos pedidos de início de sessão: abra-a sempre que iniciar sessão para os ver.',
    notificationsUnavailable:
      'Este navegador não pode apresentar notificações. Abra a aplicação sempre que iniciar sessão para ver os pedidos.',
  },
  scan: {
    title: 'Digitalize o código QR',
    intro:
      'No computador, inicie sessão no portal e vá a «A minha conta» → Adicionar um dispositivo móvel. Aponte a câmara para o código QR apresentado.',
    starting: 'A iniciar a câmara…',
    scanning: 'À procura de um código QR…',
    cameraRefused: 'A câmara não está autorizada. Autorize-a nas definições do seu navegador e tente novamente.',
    cameraUnavailable: 'Não é possível utilizar nenhuma câmara neste dispositivo.',
    retry: 'Tentar novamente',
    notEnrolment:
      'Este não é um código QR Sésame para adicionar um dispositivo. Digitalize o código QR da página «Adicionar um dispositivo móvel».',
    signInQr:
      'Este código QR serve para iniciar sessão, não para adicionar um dispositivo. Digitalize o código QR da página «Adicionar um dispositivo móvel».',
    expired: 'Este código QR expirou. Adicione novamente o dispositivo no portal para obter um novo código QR.',
    otherServer: 'Este código QR pertence a outro servidor Sésame ({server}). Abra a aplicação desse servidor.',
    cancel: 'Cancelar',
  },
  pin: {
    title: 'Introduza o seu código PIN',
    connected:
      'Está ligado à conta de {account}. Para concluir o registo do seu dispositivo, introduza o seu PIN de 4 algarismos.',
    label: 'Código PIN de 4 algarismos',
    hint: 'O código PIN que escolheu no portal para este dispositivo.',
    padLabel: 'Teclado',
    erase: 'Apagar',
    checkedAtLastDigit: 'A aplicação verifica o código assim que introduzir o 4.º algarismo.',
    incomplete: 'Introduza os 4 algarismos do seu código PIN.',
  },
  enrol: {
    registering: 'A registar o seu dispositivo…',
    acceptTitle: 'Aceite o seu dispositivo',
    almostRegistered: 'O seu dispositivo {name} está quase registado: aceite-o para terminar.',
    acceptIntro: 'Ao aceitá-lo, confirma que este telefone confirmará os inícios de sessão da conta de {account}.',
    accept: 'Aceitar',
    accepting: 'A aceitar o seu dispositivo…',
    acceptExpired: 'O tempo para aceitar o dispositivo esgotou-se. Adicione novamente o dispositivo no portal.',
    registered: 'O seu dispositivo {name} está registado.',
    pinRejected: 'Este não é o código PIN escolhido no portal. Tente novamente.',
    pinRejectedTries:
      'Este não é o código PIN escolhido no portal. Tente novamente ({count, plural, one {resta # tentativa} many {restam # tentativas} other {restam # tentativas}}).',
    pinCancelled:
      'Este não é o código PIN escolhido no portal e não restam tentativas: o registo foi cancelado. Adicione novamente o dispositivo no portal.',
    alreadyHere: 'Esta conta já está registada nesta aplicação.',
    oneAccount:
      'Esta aplicação já está registada para outra conta. Um dispositivo, uma conta: elimine-o primeiro da outra conta, ou digitalize este código QR com outro telefone: continua válido até expirar.',
    qrSpent:
      'Este código QR expirou ou já foi utilizado. Adicione novamente o dispositivo no portal para obter um novo.',
    pinExpired: 'O tempo para introduzir o código PIN esgotou-se. Adicione novamente o dispositivo no portal.',
    network: 'Não é possível contactar o servidor. Verifique a sua ligação e tente novamente.',
    failed: 'O registo falhou. Adicione novamente o dispositivo no portal e digitalize o novo código QR.',
    scanAgain: 'Digitalizar um código QR',
  },
  home: {
    title: 'Sésame',
    account: 'Conta',
    device: 'Dispositivo',
    enrolledAt: 'Registado em',
    chooseAccount: 'Conta apresentada',
    check: 'Procurar pedidos',
    checking: 'A verificar…',
    none: 'Não há nenhum pedido de início de sessão pendente.',
    addAccount: 'Adicionar uma conta',
    offline: 'Não é possível contactar o servidor. Os pedidos aparecerão quando a ligação for restabelecida.',
    blocked:
      'Este dispositivo está bloqueado durante algum tempo após demasiadas respostas erradas. Tente novamente mais tarde: uma resposta certa põe fim ao bloqueio.',
    unknownDevice:
      'Este dispositivo já não está registado no servidor. Adicione-o novamente a partir de «A minha conta» no portal.',
    notEnrolled: 'Ainda não há nenhuma conta.',
    scanQr: 'Digitalizar um código QR',
    offlineQr: 'Sem rede, inicie sessão com «Aplicação Sésame com código QR»: toque em «Digitalizar um código QR».',
    notificationsOff:
      'As notificações estão desativadas: um pedido de início de sessão só aparece aqui enquanto esta aplicação estiver aberta. Para as ativar, autorize as notificações para esta aplicação (nas definições do seu navegador para este sítio) e abra novamente a aplicação: esta ativa-as assim que o telefone conseguir aceder ao seu serviço de notificações.',
  },
  pending: {
    title: 'Pedido de início de sessão',
    intro: 'Alguém está a iniciar sessão com a sua conta. Verifique se é o próprio.',
    forAccount: 'Conta',
    relyingApp: 'Aplicação',
    browser: 'Navegador',
    ip: 'Endereço IP',
    place: 'Local',
    time: 'Hora',
    validity: 'Válido durante',
    remaining: '{minutes} min {seconds} s',
    expiredNow: 'expirado',
    others:
      '{count, plural, one {Mais # pedido pendente.} many {Mais # pedidos pendentes.} other {Mais # pedidos pendentes.}}',
    pickNumber: 'Escolha o número apresentado no seu navegador',
    pinIntro: 'Introduza o seu código PIN de 4 algarismos para confirmar o início de sessão.',
    picked: 'Número escolhido: {number}',
    changeNumber: 'Alterar o número',
    deny: 'Recusar',
    notMe: 'Não fui eu',
    reportQuestion:
      'Comunicar este pedido? O pedido é recusado e a equipa de segurança é alertada. É possível que alguém conheça a sua palavra-passe.',
    reportConfirm: 'Sim, comunicar',
    cancel: 'Cancelar',
    sending: 'A enviar a sua resposta…',
    approved: 'Início de sessão aprovado.',
    denied: 'Início de sessão recusado.',
    reported:
      'O pedido foi recusado e comunicado. Alguém conhece a sua palavra-passe: altere-a agora no portal (A minha conta).',
    wrong:
      'PIN ou número errado. Após 5 respostas erradas seguidas, o dispositivo é bloqueado durante algum tempo, cada vez mais longo.',
    tryAgain: 'Tentar novamente',
    blocked:
      'Este dispositivo está bloqueado durante algum tempo após demasiadas respostas erradas. Tente novamente mais tarde: uma resposta certa põe fim ao bloqueio.',
    gone: 'Este pedido já não está pendente: foi respondido, retirado ou expirou.',
    expired: 'Este pedido expirou. Inicie sessão novamente no seu computador.',
    network: 'Não é possível contactar o servidor. Verifique a sua ligação e tente novamente.',
    failed: 'Não foi possível enviar a resposta. Tente novamente.',
    none: 'Não há nenhum pedido de início de sessão pendente.',
    back: 'Voltar',
    onMobileIntro:
      'Começou a iniciar sessão neste telefone. Verifique o pedido e introduza o seu código PIN de 4 algarismos.',
    onMobileApproved:
      'Início de sessão confirmado. Volte ao seu navegador: o início de sessão continua automaticamente.',
  },
  code: {
    scanTitle: 'Digitalizar um código QR',
    scanIntro:
      'No computador, escolha «Aplicação Sésame com código QR» ao iniciar sessão e aponte a câmara para o código QR apresentado. Funciona sem rede.',
    checking: 'A verificar o código QR…',
    askTitle: 'Pedido de início de sessão',
    asks: '{app} pede para iniciar sessão como {account}.',
    pinIntro:
      'Se está a iniciar sessão no seu computador, introduza o seu código PIN de 4 algarismos para obter o código a introduzir lá.',
    computing: 'A calcular o código…',
    codeTitle: 'O seu código de início de sessão',
    typeIt:
      'No computador, introduza este código no campo «Código apresentado pela aplicação» e clique em «Iniciar sessão».',
    validFor: 'Válido durante {time}',
    remaining: '{minutes} min {seconds} s',
    expired: 'Expirado: digitalize um novo código QR.',
    wrongPinNote: 'Um PIN errado dá um código errado: o computador indicará então que o código não está correto.',
    done: 'Concluído',
    scanAgain: 'Digitalizar um novo código QR',
    cancel: 'Cancelar',
    forged: 'Este código QR não foi gerado pelo seu servidor Sésame. Não introduza nenhum código obtido a partir dele.',
    challengeExpired: 'Este código QR expirou. No computador, apresente um novo código QR e digitalize-o.',
    notYetValid: 'Este código QR ainda não é válido. Verifique a data e a hora deste telefone.',
    notEnrolled: 'Este código QR é da conta {account}, que não está registada nesta aplicação.',
    enrolmentQr:
      'Este código QR serve para adicionar um dispositivo, não para iniciar sessão. Para adicionar uma conta, volte atrás e toque em «Adicionar uma conta».',
    notSignInQr:
      'Este não é um código QR de início de sessão Sésame. Digitalize o código QR apresentado na página de início de sessão do seu computador.',
    failed: 'Não foi possível calcular o código. Digitalize novamente o código QR.',
  },
  refusal: {
    checking: 'A verificar o código QR…',
    otherTitle: 'Este telefone já é utilizado por outra pessoa',
    otherAccount:
      'Este telefone já confirma os inícios de sessão da conta {account}. Um telefone serve uma só pessoa: este código QR é recusado e a página do portal no computador indica-o.',
    otherAccountNext:
      'Adicione o dispositivo com outro telefone: no computador, escolha «Adicionar um dispositivo móvel com outro telefone» e digitalize o novo código QR com esse telefone. Se este telefone tiver de o servir a si, o titular de {account} tem primeiro de o eliminar em «Gerir os meus dispositivos móveis».',
    sameTitle: 'Este telefone já está registado',
    sameAccount:
      'Este telefone já está registado para a sua conta {account}: não há nada a adicionar. O código QR no computador já não pode ser utilizado.',
    sameAccountNext:
      'Para adicionar outro telefone, adicione novamente um dispositivo móvel no computador e digitalize o novo código QR com esse telefone.',
    scanAnother: 'Digitalizar outro código QR',
    done: 'Voltar',
  },
};
