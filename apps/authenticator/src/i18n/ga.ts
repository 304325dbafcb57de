import type { Messages } from './en';

/**
 * Irish catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const ga: Messages = {
  meta: {
    language: 'Teanga',
    lang: 'ga',
  },
  app: {
    name: 'Sésame',
  },
  welcome: {
    title: 'Fáilte chuig aip Sésame',
    intro:
      'Deimhníonn aip Sésame na logálacha isteach a dhéanann tú ar do ríomhaire. Chun tosú, túsaigh an aip, ansin cuir do chuntas leis trí scanadh a dhéanamh ar an gcód QR a thaispeántar ar an tairseach.',
    initialize: 'Túsaigh',
    initializing: 'Á túsú…',
    ready: 'Tá an aip túsaithe.',
    permissionsIntro:
      'Teastaíonn do cheamara ón aip chun an cód QR a scanadh, agus fógraí chun a insint duit nuair a bhíonn logáil isteach ag fanacht le do dheimhniú.',
    continue: 'Lean ar aghaidh',
    askingPermissions: 'Ceadanna á n-iarraidh…',
    cameraRefused:
      'Níl cead ag an gceamara. Ceadaigh an ceamara don aip seo i socruithe do bhrabhsálaí, ansin brúigh Lean ar aghaidh arís.',
    notificationsRefused:
      'Níl cead ag fógraí. Ní inseoidh an aip duit faoi iarratais logála isteach: oscail í gach uair a logálann tú isteach chun iad a fheiceáil.',
    notificationsUnavailable:
      'Ní féidir leis an mbrabhsálaí seo fógraí a thaispeáint. Oscail an aip gach uair a logálann tú isteach chun na hiarratais a fheiceáil.',
  },
  scan: {
    title: 'Scan an cód QR',
    intro:
      'Ar do ríomhaire, logáil isteach sa tairseach, ansin Mo chuntas → Cuir gléas soghluaiste leis. Dírigh an ceamara ar an gcód QR a thaispeántar.',
    starting: 'An ceamara á thosú…',
    scanning: 'Cód QR á lorg…',
    cameraRefused: 'Níl cead ag an gceamara. Ceadaigh é i socruithe do bhrabhsálaí, ansin bain triail eile as.',
    cameraUnavailable: 'Ní féidir aon cheamara a úsáid ar an ngléas seo.',
    retry: 'Bain triail eile as',
    notEnrolment:
      'Ní cód QR Sésame é seo chun gléas a chur leis. Scan cód QR an leathanaigh “Cuir gléas soghluaiste leis”.',
    signInQr:
      'Is le haghaidh logáil isteach an cód QR seo, ní chun gléas a chur leis. Scan cód QR an leathanaigh “Cuir gléas soghluaiste leis”.',
    expired: 'Tá an cód QR seo imithe in éag. Cuir an gléas leis arís ar an tairseach chun cód QR nua a fháil.',
    otherServer: 'Is le haghaidh freastalaí Sésame eile ({server}) an cód QR seo. Oscail aip an fhreastalaí sin.',
    cancel: 'Cealaigh',
  },
  pin: {
    title: 'Cuir isteach do chód PIN',
    connected: 'Tá tú ceangailte le cuntas {account}. Chun clárú do ghléis a chríochnú, cuir isteach do PIN 4 dhigit.',
    label: 'Cód PIN 4 dhigit',
    hint: 'An cód PIN a roghnaigh tú ar an tairseach don ghléas seo.',
    padLabel: 'Eochaircheap',
    erase: 'Scrios',
    checkedAtLastDigit: 'Seiceálann an aip an cód a luaithe a chlóscríobhann tú an 4ú digit.',
    incomplete: 'Cuir isteach 4 dhigit do chóid PIN.',
  },
  enrol: {
    registering: 'Do ghléas á chlárú…',
    acceptTitle: 'Glac le do ghléas',
    almostRegistered: 'Tá do ghléas {name} beagnach cláraithe: glac leis chun críochnú.',
    acceptIntro: 'Má ghlacann tú leis, deimhníonn tú go ndeimhneoidh an fón seo logálacha isteach chuntas {account}.',
    accept: 'Glac leis',
    accepting: 'Glactar le do ghléas…',
    acceptExpired: 'Tá an t-am chun glacadh leis an ngléas caite. Cuir an gléas leis arís ar an tairseach.',
    registered: 'Tá do ghléas {name} cláraithe.',
    pinRejected: 'Ní hé seo an cód PIN a roghnaíodh ar an tairseach. Bain triail eile as.',
    pinRejectedTries:
      'Ní hé seo an cód PIN a roghnaíodh ar an tairseach. Bain triail eile as ({count, plural, one {# iarracht fágtha} two {# iarracht fágtha} few {# iarracht fágtha} many {# n-iarracht fágtha} other {# iarracht fágtha}}).',
    pinCancelled:
      'Ní hé seo an cód PIN a roghnaíodh ar an tairseach, agus níl aon iarracht fágtha: tá an clárú cealaithe. Cuir an gléas leis arís ar an tairseach.',
    alreadyHere: 'Tá an cuntas seo cláraithe san aip seo cheana.',
    oneAccount:
      'Tá an aip seo cláraithe do chuntas eile cheana. Gléas amháin, cuntas amháin: scrios ón gcuntas eile í ar dtús, nó scan an cód QR seo le fón eile: fanann sé bailí go dtí go n-imíonn sé in éag.',
    qrSpent:
      'Tá an cód QR seo imithe in éag nó úsáideadh cheana é. Cuir an gléas leis arís ar an tairseach chun ceann nua a fháil.',
    pinExpired: 'Tá an t-am chun an cód PIN a chur isteach caite. Cuir an gléas leis arís ar an tairseach.',
    network: 'Ní féidir teacht ar an bhfreastalaí. Seiceáil do nasc agus bain triail eile as.',
    failed: 'Theip ar an gclárú. Cuir an gléas leis arís ar an tairseach agus scan an cód QR nua.',
    scanAgain: 'Scan cód QR',
  },
  home: {
    title: 'Sésame',
    account: 'Cuntas',
    device: 'Gléas',
    enrolledAt: 'Cláraithe ar',
    chooseAccount: 'Cuntas a thaispeántar',
    check: 'Seiceáil le haghaidh iarratas',
    checking: 'Á sheiceáil…',
    none: 'Níl aon iarratas logála isteach ag fanacht.',
    addAccount: 'Cuir cuntas leis',
    offline: 'Ní féidir teacht ar an bhfreastalaí. Taispeánfar iarratais nuair a bheidh an nasc ar ais.',
    blocked:
      'Tá an gléas seo blocáilte ar feadh tamaill tar éis an iomarca freagraí míchearta. Bain triail eile as ar ball: cuireann freagra ceart deireadh leis an mblocáil.',
    unknownDevice:
      'Níl an gléas seo cláraithe ar an bhfreastalaí a thuilleadh. Cuir leis arís é ó Mo chuntas ar an tairseach.',
    notEnrolled: 'Níl aon chuntas fós.',
    scanQr: 'Scan cód QR',
    offlineQr: 'Gan líonra, logáil isteach le “Aip Sésame le cód QR”: tapáil “Scan cód QR”.',
    notificationsOff:
      'Tá fógraí múchta: ní thaispeántar iarratas logála isteach anseo ach amháin fad atá an aip seo oscailte. Chun iad a chasadh air, ceadaigh fógraí don aip seo (i socruithe do bhrabhsálaí don suíomh seo), ansin oscail an aip arís: casfaidh sí air iad a luaithe is féidir leis an bhfón teacht ar a sheirbhís fógraí.',
  },
  pending: {
    title: 'Iarratas logála isteach',
    intro: 'Tá duine éigin ag logáil isteach le do chuntas. Seiceáil gur tusa atá ann.',
    forAccount: 'Cuntas',
    relyingApp: 'Feidhmchlár',
    browser: 'Brabhsálaí',
    ip: 'Seoladh IP',
    place: 'Áit',
    time: 'Am',
    validity: 'Bailí ar feadh',
    remaining: '{minutes} nóim {seconds} soic',
    expiredNow: 'imithe in éag',
    others:
      '{count, plural, one {# iarratas eile ag fanacht.} two {# iarratas eile ag fanacht.} few {# iarratas eile ag fanacht.} many {# n-iarratas eile ag fanacht.} other {# iarratas eile ag fanacht.}}',
    pickNumber: 'Roghnaigh an uimhir a thaispeántar i do bhrabhsálaí',
    pinIntro: 'Cuir isteach do chód PIN 4 dhigit chun an logáil isteach a dheimhniú.',
    picked: 'Uimhir roghnaithe: {number}',
    changeNumber: 'Athraigh an uimhir',
    deny: 'Diúltaigh',
    notMe: 'Ní mise a bhí ann',
    reportQuestion:
      'An dtuairisceofar an t-iarratas seo? Diúltaítear dó agus cuirtear an fhoireann slándála ar an eolas. B’fhéidir go bhfuil do phasfhocal ag duine éigin.',
    reportConfirm: 'Tuairiscigh é',
    cancel: 'Cealaigh',
    sending: 'Do fhreagra á sheoladh…',
    approved: 'Logáil isteach ceadaithe.',
    denied: 'Logáil isteach diúltaithe.',
    reported:
      'Diúltaíodh don iarratas agus tuairiscíodh é. Tá do phasfhocal ag duine éigin: athraigh anois é ar an tairseach (Mo chuntas).',
    wrong:
      'PIN mícheart nó uimhir mhícheart. Tar éis 5 fhreagra mhíchearta as a chéile, blocáiltear an gléas ar feadh tamaill, níos faide gach uair.',
    tryAgain: 'Bain triail eile as',
    blocked:
      'Tá an gléas seo blocáilte ar feadh tamaill tar éis an iomarca freagraí míchearta. Bain triail eile as ar ball: cuireann freagra ceart deireadh leis an mblocáil.',
    gone: 'Níl an t-iarratas seo ag fanacht a thuilleadh: freagraíodh é, tarraingíodh siar é nó tá sé imithe in éag.',
    expired: 'Tá an t-iarratas seo imithe in éag. Logáil isteach arís ar do ríomhaire.',
    network: 'Ní féidir teacht ar an bhfreastalaí. Seiceáil do nasc agus bain triail eile as.',
    failed: 'Níorbh fhéidir an freagra a sheoladh. Bain triail eile as.',
    none: 'Níl aon iarratas logála isteach ag fanacht.',
    back: 'Siar',
    onMobileIntro:
      'Thosaigh tú an logáil isteach seo ar an bhfón seo. Seiceáil an t-iarratas, ansin cuir isteach do chód PIN 4 dhigit.',
    onMobileApproved:
      'Logáil isteach deimhnithe. Téigh ar ais chuig do bhrabhsálaí: leanann an logáil isteach ar aghaidh léi féin.',
  },
  code: {
    scanTitle: 'Scan cód QR',
    scanIntro:
      'Ar do ríomhaire, roghnaigh “Aip Sésame le cód QR” nuair a logálann tú isteach, ansin dírigh an ceamara ar an gcód QR a thaispeántar. Oibríonn sé seo gan líonra.',
    checking: 'An cód QR á sheiceáil…',
    askTitle: 'Iarratas logála isteach',
    asks: 'Iarrann {app} logáil isteach mar {account}.',
    pinIntro:
      'Má tá tú ag logáil isteach ar do ríomhaire, cuir isteach do chód PIN 4 dhigit chun an cód atá le clóscríobh ansin a fháil.',
    computing: 'An cód á ríomh…',
    codeTitle: 'Do chód logála isteach',
    typeIt: 'Ar do ríomhaire, clóscríobh an cód seo sa réimse “Cód a thaispeánann an aip”, ansin “Logáil isteach”.',
    validFor: 'Bailí ar feadh {time}',
    remaining: '{minutes} nóim {seconds} soic',
    expired: 'Imithe in éag — scan cód QR nua.',
    wrongPinNote: 'Tugann PIN mícheart cód mícheart: deir do ríomhaire ansin nach bhfuil an cód ceart.',
    done: 'Déanta',
    scanAgain: 'Scan cód QR nua',
    cancel: 'Cealaigh',
    forged: 'Níor chruthaigh do fhreastalaí Sésame an cód QR seo. Ná clóscríobh aon chód uaidh.',
    challengeExpired: 'Tá an cód QR seo imithe in éag. Ar do ríomhaire, taispeáin cód QR nua, ansin scan é.',
    notYetValid: 'Níl an cód QR seo bailí fós. Seiceáil dáta agus am an fhóin seo.',
    notEnrolled: 'Is don chuntas {account} an cód QR seo, nach bhfuil cláraithe san aip seo.',
    enrolmentQr:
      'Is chun gléas a chur leis an cód QR seo, ní le haghaidh logáil isteach. Chun cuntas a chur leis, téigh siar agus tapáil “Cuir cuntas leis”.',
    notSignInQr:
      'Ní cód QR logála isteach Sésame é seo. Scan an cód QR a thaispeántar ar leathanach logála isteach do ríomhaire.',
    failed: 'Níorbh fhéidir an cód a ríomh. Scan an cód QR arís.',
  },
  refusal: {
    checking: 'An cód QR á sheiceáil…',
    otherTitle: 'Tá an fón seo ag freastal ar dhuine eile cheana',
    otherAccount:
      'Deimhníonn an fón seo logálacha isteach an chuntais {account} cheana. Freastalaíonn fón amháin ar dhuine amháin: diúltaítear don chód QR seo, agus deir leathanach na tairsí ar an ríomhaire amhlaidh.',
    otherAccountNext:
      'Cuir an gléas leis le fón eile: ar an ríomhaire, roghnaigh “Cuir gléas soghluaiste leis le fón eile” agus scan an cód QR nua leis an bhfón sin. Más ortsa ba cheart don fhón seo freastal ina ionad sin, scriosann úinéir {account} é ar dtús in “Bainistigh mo ghléasanna soghluaiste”.',
    sameTitle: 'Tá an fón seo cláraithe cheana',
    sameAccount:
      'Tá an fón seo cláraithe do do chuntas {account} cheana: níl aon rud le cur leis. Ní féidir an cód QR ar an ríomhaire a úsáid a thuilleadh.',
    sameAccountNext:
      'Chun fón eile a chur leis, cuir gléas soghluaiste leis arís ar an ríomhaire agus scan an cód QR nua leis an bhfón sin.',
    scanAnother: 'Scan cód QR eile',
    done: 'Siar',
  },
};
