import type { Messages } from './en';

/**
 * Irish catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const ga: Messages = {
  meta: {
    language: 'Teanga',
  },
  layout: {
    skipToContent: 'Léim chuig an bpríomhábhar',
    tagline: 'Logáil isteach slán',
    footer: 'Sésame — soláthraí céannachta foinse oscailte',
    signedInAs: 'Logáilte isteach mar {name}',
    myAccount: 'Mo chuntas',
    signOut: 'Logáil amach',
    errorSummaryTitle: 'Tá fadhb ann',
    errorTitle: 'Earráid: {title}',
    navLabel: 'Cuntas agus teanga',
  },
  fields: {
    email: 'Seoladh ríomhphoist',
    emailConfirm: 'Deimhnigh an seoladh ríomhphoist',
    firstName: 'Céadainm',
    lastName: 'Sloinne',
    emailLocale: 'Teanga na ríomhphost',
    emailLocaleHint:
      'An teanga ina seolann Sésame ríomhphoist chugat, agus ina dtaispeánann sé a leathanaigh nuair atá tú logáilte isteach.',
    privacyAccepted: 'Léigh mé an ráiteas príobháideachais agus glacaim leis',
    password: 'Pasfhocal',
    passwordConfirm: 'Deimhnigh an pasfhocal',
    currentPassword: 'Pasfhocal reatha',
    newPassword: 'Pasfhocal nua',
    newPasswordConfirm: 'Deimhnigh an pasfhocal nua',
    newEmail: 'Seoladh ríomhphoist nua',
    showPassword: 'Taispeáin an pasfhocal',
    hidePassword: 'Folaigh an pasfhocal',
    showButton: 'Taispeáin',
    hideButton: 'Folaigh',
    passwordHint:
      '{min, plural, one {# charachtar} two {# charachtar} few {# charachtar} many {# gcarachtar} other {# carachtar}} ar a laghad. Tá fáilte roimh spásanna agus roimh aon charachtar: is pasfhocal maith é abairt a chuimhníonn tú uirthi. Diúltaítear do phasfhocail choitianta.',
  },
  reasons: {
    required: 'Cuir isteach: {field}.',
    too_long: 'Tá sé rófhada: {field}.',
    malformed: 'Níl sé bailí: {field}. Seiceáil é agus bain triail eile as.',
    mismatch: 'Ní mheaitseálann sé: {field}.',
    too_short:
      'Caithfidh {min, plural, one {# charachtar} two {# charachtar} few {# charachtar} many {# gcarachtar} other {# carachtar}} ar a laghad a bheith sa phasfhocal.',
    common:
      'Tá an pasfhocal seo róchoitianta: d’fhéadfadh duine ar bith é a thomhas. Roghnaigh ceann eile, mar shampla abairt ghearr.',
    contextual: 'Tá d’ainm, do sheoladh ríomhphoist nó ainm na seirbhíse sa phasfhocal seo. Roghnaigh ceann eile.',
    not_accepted: 'Ní mór duit glacadh leis an ráiteas príobháideachais chun cuntas a chruthú.',
    unknown: 'Roghnaigh ó na cinn a thairgtear: {field}.',
    taken: 'Tá sé in úsáid cheana: {field}. Roghnaigh ceann eile.',
    too_deep: 'Bheadh crann na n-eagraíochtaí ródhomhain ansin. Roghnaigh máthair-eagraíocht níos airde.',
    cycle:
      'Ní féidir eagraíocht a bhogadh fúithi féin ná faoi cheann dá heagraíochtaí féin. Roghnaigh máthair-eagraíocht eile.',
  },
  fieldNames: {
    organisationId: 'eagraíocht',
    externalId: 'aitheantóir seachtrach',
    confirmEmail: 'seoladh ríomhphoist an chuntais',
    file: 'comhad',
    code: 'cód',
    name: 'ainm an ghléis',
    method: 'modh fíoraithe',
    pin: 'cód PIN',
    pinConfirm: 'deimhniú an chóid PIN',
    email: 'seoladh ríomhphoist',
    emailConfirm: 'deimhniú an tseolta ríomhphoist',
    firstName: 'céadainm',
    lastName: 'sloinne',
    emailLocale: 'teanga na ríomhphost',
    privacyAccepted: 'ráiteas príobháideachais',
    password: 'pasfhocal',
    passwordConfirm: 'deimhniú an phasfhocail',
    currentPassword: 'pasfhocal reatha',
    newPassword: 'pasfhocal nua',
    newPasswordConfirm: 'deimhniú an phasfhocail nua',
    newEmail: 'seoladh ríomhphoist nua',
    phone: 'uimhir fóin póca',
  },
  errors: {
    INVALID_CREDENTIALS: 'Tá an seoladh ríomhphoist nó an pasfhocal mícheart. Seiceáil iad agus bain triail eile as.',
    ACCOUNT_LOCKED:
      'An iomarca iarrachtaí teipthe: tá an cuntas seo faoi ghlas ar feadh {minutes, plural, one {# nóiméad} two {# nóiméad} few {# nóiméad} many {# nóiméad} other {# nóiméad}}. Fan, nó athshocraigh do phasfhocal le “Ar dhearmad tú do phasfhocal?”.',
    TOO_MANY_REQUESTS:
      'An iomarca iarrachtaí ó do líonra. Fan {minutes, plural, one {# nóiméad} two {# nóiméad} few {# nóiméad} many {# nóiméad} other {# nóiméad}}, ansin bain triail eile as.',
    LINK_INVALID:
      'Níl an nasc seo bailí a thuilleadh: tá sé imithe in éag nó úsáideadh cheana é. Tosaigh arís chun nasc nua a fháil.',
    EMAIL_UNAVAILABLE: 'Ní féidir an seoladh ríomhphoist seo a úsáid. Roghnaigh ceann eile.',
    EXTERNAL_ID_UNAVAILABLE:
      'Baineann an t-aitheantóir seachtrach seo le cuntas eile cheana. Seiceáil é agus bain triail eile as.',
    ACCOUNT_DEACTIVATED:
      'Dhíghníomhachtaigh a eagraíocht an cuntas seo. Iarr ar do bhainisteoir áitiúil nó ar do dheasc chabhrach é a athghníomhachtú.',
    CSRF_INVALID:
      'Tá d’fhoirm imithe in éag nó níor seoladh ón suíomh seo í. Níor athraíodh aon rud. Athlódáil an leathanach agus bain triail eile as.',
    SIGN_IN_REQUIRED: 'Logáil isteach chun an leathanach seo a fheiceáil.',
    STORE_UNAVAILABLE:
      'Níl an tseirbhís ar fáil go sealadach. Níor athraíodh aon rud. Bain triail eile as i gceann nóiméid.',
    NOT_FOUND: 'Níl an leathanach seo ann.',
    BAD_REQUEST:
      'Níorbh fhéidir an t-iarratas a thuiscint. Níor athraíodh aon rud. Téigh siar, athlódáil an leathanach agus bain triail eile as.',
    INTERNAL:
      'Chuaigh rud éigin mícheart ar ár dtaobh. Níor athraíodh aon rud. Bain triail eile as i gceann cúpla nóiméad.',
    DEVICE_MESSAGE_INVALID:
      'Sheol aip Sésame iarratas nárbh fhéidir a fhíorú. Nuashonraigh an aip agus bain triail eile as.',
    ENROLMENT_INVALID:
      'Níl an cód QR seo bailí a thuilleadh: tá sé imithe in éag nó úsáideadh cheana é. Cuir an gléas leis arís ó “Bainistigh mo ghléasanna soghluaiste”.',
    DEVICE_ALREADY_ENROLLED:
      'Tá an fón seo cláraithe do chuntas eile cheana. Bain den chuntas sin é ar dtús: fón amháin, cuntas amháin.',
    DEVICE_UNAUTHENTICATED: 'Ní aithnítear an gléas seo. Cláraigh arís é ó “Bainistigh mo ghléasanna soghluaiste”.',
    DEVICE_BLOCKED:
      'Tá an gléas seo blocáilte tar éis an iomarca freagraí míchearta, go dtí {time}. Ansin bain triail eile as: cuireann freagra ceart deireadh leis an mblocáil. Murab tusa a bhí ann, athraigh do phasfhocal.',
    SECOND_FACTOR_REQUIRED:
      'Chun gléas soghluaiste a chur leis nó a scriosadh, teastaíonn deimhniú le haip Sésame. Logáil isteach leis an aip, nó roghnaigh “Níl mo fhón agam a thuilleadh”.',
    DEVICE_CHALLENGE_INVALID: 'Freagraíodh nó cealaíodh an t-iarratas seo cheana. Níor athraíodh aon rud.',
    DEVICE_CHALLENGE_EXPIRED: 'Tá an t-iarratas seo imithe in éag. Tosaigh arís ón leathanach logála isteach.',
    PUSH_LIMIT_REACHED:
      'Seoladh an iomarca iarratas chuig d’fhón. Fan {minutes, plural, one {# nóiméad} two {# nóiméad} few {# nóiméad} many {# nóiméad} other {# nóiméad}}, ansin bain triail eile as. Murar iarr tú iad, athraigh do phasfhocal.',
    NO_ACTIVE_DEVICE: 'Níl aon ghléas soghluaiste gníomhach cláraithe don chuntas seo. Roghnaigh modh fíoraithe eile.',
    DEVICE_SECRET_UNREADABLE:
      'Chuaigh rud éigin mícheart ar ár dtaobh. Níor athraíodh aon rud. Bain triail eile as i gceann cúpla nóiméad.',
    SMS_UNAVAILABLE:
      'Níorbh fhéidir an teachtaireacht téacs a sheoladh: níl an tseirbhís SMS ag freagairt. Bain triail eile as i gceann cúpla nóiméad, nó roghnaigh modh fíoraithe eile.',
    SMS_RETIRED:
      'Ní ghlactar le logáil isteach trí SMS anseo a thuilleadh. Úsáid aip Sésame: cuir leis í in “Bainistigh mo ghléasanna soghluaiste” nuair a bheidh tú logáilte isteach ar bhealach eile.',
    SMS_COUNTRY_NOT_ACCEPTED:
      'Ní sheolann Sésame teachtaireachtaí téacs chuig an uimhir seo. Tíortha a nglactar leo: {countries}. Úsáid aip Sésame ina ionad sin (“Bainistigh mo ghléasanna soghluaiste”) nó eochair slándála.',
    SMS_LIMIT_REACHED:
      'Ní féidir le Sésame tuilleadh teachtaireachtaí téacs a sheoladh faoi láthair: níor seoladh aon rud. Úsáid aip Sésame nó eochair slándála ina ionad sin, nó bain triail eile as ar ball.',
    FORBIDDEN:
      'Níl cead agat é seo a dhéanamh: tá sé lasmuigh de na heagraíochtaí agus de na róil a tugadh duit. Níor athraíodh aon rud.',
    EID_UNAVAILABLE:
      'Níl do sholáthraí eID ag freagairt. Bain triail eile as i gceann cúpla nóiméad, nó logáil isteach le do sheoladh ríomhphoist agus do phasfhocal.',
    EID_REFUSED:
      'Níorbh fhéidir freagra do eID a sheiceáil, nó tá an t-iarratas imithe in éag. Níor athraíodh aon rud. Tosaigh arís ón leathanach seo.',
    EID_NOT_LINKED:
      'Níl an eID seo nasctha le cuntas Sésame. Logáil isteach le do sheoladh ríomhphoist agus do phasfhocal, ansin nasc é in “Mo chuntas”, “Bainistigh mo eIDanna”.',
    EID_LEVEL_UNKNOWN:
      'Níor luaigh do sholáthraí eID leibhéal dearbhaithe a nglacann an Sésame seo leis: ní féidir an eID a úsáid. Logáil isteach le do sheoladh ríomhphoist agus do phasfhocal.',
    EID_ALREADY_LINKED: 'Tá an eID seo nasctha le cuntas Sésame cheana. Dínasc ansin é ar dtús.',
    EID_EMAIL_UNVERIFIED:
      'Níor thug d’eID seoladh ríomhphoist fíoraithe: ní féidir cuntas Sésame a chruthú uaithi ná a aimsiú léi. Logáil isteach le do sheoladh ríomhphoist agus do phasfhocal (nó cruthaigh cuntas), ansin nasc d’eID in “Mo chuntas”, “Bainistigh mo eIDanna”.',
    EID_OTHER_ACCOUNT:
      'Tá tú logáilte isteach i gcuntas eile seachas cuntas sheoladh ríomhphoist d’eID. Logáil amach, ansin logáil isteach le d’eID arís.',
    EID_NOT_THIS_ACCOUNT:
      'Ní hé an eID seo an ceann atá nasctha le do chuntas Sésame, mar sin ní féidir leis an logáil isteach seo a dheimhniú. Úsáid an eID a nasc tú, nó bealach eile ar an leathanach seo.',
    confirmRequired: {
      emailConfirm: 'Deimhnigh do sheoladh ríomhphoist.',
      passwordConfirm: 'Deimhnigh do phasfhocal.',
      newPasswordConfirm: 'Deimhnigh do phasfhocal nua.',
    },
    currentPasswordWrong: 'Tá do phasfhocal reatha mícheart.',
    accountLockedUntilReset:
      'An iomarca iarrachtaí teipthe i ndiaidh a chéile: tá an cuntas seo faoi ghlas go dtí go n-athshocraítear a phasfhocal. Athshocraigh é le “Ar dhearmad tú do phasfhocal?” (seoltar nasc trí ríomhphost), nó iarr ar do bhainisteoir áitiúil nó ar do dheasc chabhrach é a dhíghlasáil. Is féidir leat síniú isteach fós ar bhrabhsálaí inar shínigh tú isteach le do phasfhocal le 90 lá anuas.',
    sameEmail: 'Is é seo do sheoladh ríomhphoist cheana.',
    pageTitle: 'Earráid',
    backHome: 'Ar ais chuig an leathanach logála isteach',
  },
  signIn: {
    title: 'Logáil isteach',
    intro: 'Logáil isteach le do chuntas Sésame.',
    next: 'Ar aghaidh',
    signInButton: 'Logáil isteach',
    passwordTitle: 'Cuir isteach do phasfhocal',
    signingInAs: 'Ag logáil isteach mar {email}',
    notYou: 'Úsáid seoladh ríomhphoist eile',
    forgot: 'Ar dhearmad tú do phasfhocal?',
    noAccount: 'Níl cuntas agat fós?',
    createAccount: 'Cruthaigh cuntas',
    methodLabel: 'Roghnaigh do mhodh fíoraithe',
    methodPassword: 'Pasfhocal',
    methodAppPin: 'Aip Sésame le cód PIN',
    methodAppQr: 'Aip Sésame le cód QR',
    methodTotp: 'Cód ó aip fíordheimhnithe',
    methodRecoveryCode: 'Cód athshlánaithe',
    methodWebauthn: 'Eochair slándála nó ardán iontaofa',
    methodSms: 'Fón póca + SMS',
    passkeyIntro: 'Nó, gan do sheoladh ríomhphoist a chlóscríobh:',
    passkeyButton: 'Logáil isteach le heochair rochtana',
    passkeyRefused:
      'Níor glacadh leis an eochair rochtana seo: níl sí cláraithe, nó tá an t-iarratas imithe in éag. Bain triail eile as, nó clóscríobh do sheoladh ríomhphoist.',
    methodHint:
      'Teastaíonn ceann díobh seo tar éis do phasfhocail ó fheidhmchláir a iarrann dhá fhachtóir: roghnaigh an ceann atá agat.',
    methodOnMobile: 'Ar an bhfón póca',
    onMobileIntro:
      'An bhfuil tú ar an bhfón ar a bhfuil d’aip Sésame? Deimhnigh san aip in ionad do phasfhocal a chlóscríobh.',
    signedOut: 'Tá tú logáilte amach.',
    eidIntro: 'Nó le do chéannacht leictreonach náisiúnta, má nasc tú le do chuntas í:',
    eidButton: 'Logáil isteach le {provider}',
  },
  secondFactor: {
    title: 'Deimhnigh gur tusa atá ann le do dhara fachtóir',
    body: 'Athraíonn cur leis nó scriosadh gléis shoghluaiste an chaoi a gcosnaítear do chuntas. Tá, nó bhí, aip Sésame ag do chuntas: deimhnigh léi ar dtús. Oibríonn gléas blocáilte arís nuair a bhíonn deireadh lena bhlocáil.',
    emailBody:
      'Is trí do sheoladh ríomhphoist a gheobhaidh tú do chuntas ar ais má chailleann tú d’fhón. Tá, nó bhí, aip Sésame ag do chuntas: deimhnigh léi sula n-athraíonn tú an seoladh.',
    confirm: 'Deimhnigh le mo dhara fachtóir',
    lost: 'Ar chaill tú d’fhón? Scrios do ghléasanna go léir (PANIC): deimhnítear é trí ríomhphost.',
    lostWithCodes:
      'Ar chaill tú d’eochair slándála nó d’aip fíordheimhnithe? Nuair a dheimhníonn tú, i ndiaidh do phasfhocail roghnaigh “Níl aon cheann díobh seo agam a thuilleadh: úsáid cód athshlánaithe”.',
    lostHelpdesk:
      'Ar chaill tú d’eochair slándála nó d’aip fíordheimhnithe? Is féidir le do dheasc chabhrach í a bhaint tar éis di d’aitheantas a sheiceáil; ansin cuireann tú ceann nua leis.',
    noneTitle: 'Teastaíonn dara fachtóir ar dtús',
    noneBody:
      'Teastaíonn logáil isteach le dara fachtóir don leathanach seo, agus níl ceann ar bith ag do chuntas fós. Cuir ceann leis in Mo chuntas — aip fíordheimhnithe, eochair slándála nó aip Sésame — ansin tar ar ais anseo.',
    goToAccount: 'Cuir dara fachtóir leis in Mo chuntas',
    lostAllTitle: 'Níl dara fachtóir ag do chuntas a thuilleadh',
    lostAllBody:
      'Baineadh a ghléasanna soghluaiste agus a dhara fachtóirí eile, ag do dheasc chabhrach tar éis duit d’fhón a chailleadh nó nuair a scriosadh do ghléasanna go léir (PANIC): níl aon rud fágtha le deimhniú leis. Más í do dheasc chabhrach a bhain iad, oscail nasc an ríomhphoist a sheol sí chugat sa bhrabhsálaí seo: is féidir leat gléas soghluaiste nua a chur leis láithreach ansin. Murab ea, roghnaigh “Níl mo fhón agam a thuilleadh”: seolaimid nasc chugat, agus is féidir leat gléas nua a chur leis {hours, plural, one {# uair an chloig} two {# uair an chloig} few {# uair an chloig} many {# n-uair an chloig} other {# uair an chloig}} tar éis duit é a oscailt.',
    backToAccount: 'Ar ais chuig Mo chuntas',
  },
  signInQr: {
    title: 'Scan an cód QR le haip Sésame',
    alt: 'Cód QR le scanadh le haip Sésame chun logáil isteach',
    stepsTitle: 'In aip Sésame (oibríonn sí gan líonra)',
    steps: [
      'Oscail aip Sésame ar do ghléas soghluaiste agus tapáil “Scan cód QR”.',
      'Scan an cód QR seo. Taispeánann an aip cén feidhmchlár atá ag iarraidh.',
      'Cuir isteach do chód PIN 4 dhigit: taispeánann an aip cód 8 ndigit.',
      'Clóscríobh an cód sin thíos, ansin “Logáil isteach”.',
    ],
    expires: 'Tá an cód QR seo bailí go dtí {time}.',
    codeLabel: 'Cód a thaispeánann an aip',
    codeHint: '8 ndigit.',
    newCode: 'Taispeáin cód QR nua',
    wrongCode:
      'Níl an cód seo ceart. Seiceáil san aip é agus clóscríobh arís é. Tugann PIN mícheart san aip cód mícheart: tar éis 5 fhreagra mhíchearta as a chéile, blocáiltear an gléas ar feadh tamaill, níos faide gach uair.',
    expired: 'Tá an cód QR seo imithe in éag. Taispeáin ceann nua.',
  },
  signInApp: {
    title: 'Deimhnigh in aip Sésame',
    intro: 'Seoladh iarratas logála isteach chuig do ghléas soghluaiste: {devices}.',
    numberLabel: 'Uimhir le roghnú san aip',
    steps: [
      'Oscail aip Sésame ar do ghléas soghluaiste. Mura dtaispeántar an t-iarratas, tapáil “Seiceáil le haghaidh iarratas”.',
      'Seiceáil feidhmchlár, brabhsálaí agus am an iarratais.',
      'Roghnaigh an uimhir a thaispeántar ar an leathanach seo, ansin cuir isteach do chód PIN 4 dhigit.',
    ],
    expires: 'Tá an t-iarratas bailí go dtí {time}.',
    waiting: 'Ag fanacht le do dheimhniú san aip…',
    continue: 'Dheimhnigh mé san aip',
    resend: 'Seol iarratas nua',
    signInAgain: 'Logáil isteach arís',
    otherMethod: 'Roghnaigh modh fíoraithe eile',
    notYet: 'Níor deimhníodh an t-iarratas san aip fós. Deimhnigh é, ansin lean ar aghaidh.',
    approved: 'Deimhnithe san aip. Tú á logáil isteach…',
    denied: 'Diúltaíodh don iarratas san aip. Níl tú logáilte isteach. Logáil isteach arís más botún a bhí ann.',
    reported:
      'Thuairiscigh tú nach tusa a rinne an t-iarratas seo. Níl tú logáilte isteach. Má tá do phasfhocal ag duine eile, athraigh anois é le “Ar dhearmad tú do phasfhocal?”.',
    failed:
      'PIN mícheart nó uimhir mhícheart san aip. Níl tú logáilte isteach. Logáil isteach arís chun iarratas nua a sheoladh: tar éis 5 fhreagra mhíchearta as a chéile, blocáiltear an gléas ar feadh tamaill, níos faide gach uair.',
    cancelled: 'Cealaíodh an t-iarratas: scriosadh nó blocáladh an gléas. Roghnaigh modh fíoraithe eile.',
    expired: 'Tá an t-iarratas imithe in éag. Seol iarratas nua.',
  },
  signInMobile: {
    title: 'Deimhnigh ar an bhfón seo',
    openApp: 'Oscail aip Sésame',
    steps: [
      'Tapáil “Oscail aip Sésame”: osclaíonn sí ar an iarratas.',
      'Seiceáil feidhmchlár agus am an iarratais, ansin cuir isteach do chód PIN 4 dhigit.',
      'Tar ar ais chuig an leathanach seo: leanann an logáil isteach ar aghaidh léi féin.',
    ],
    expires: 'Tá an t-iarratas bailí go dtí {time}.',
    waiting: 'Ag fanacht le do dheimhniú san aip…',
    continue: 'Dheimhnigh mé san aip',
    resend: 'Seol iarratas nua',
    usePassword: 'Logáil isteach le do phasfhocal ina ionad sin',
    signInAgain: 'Logáil isteach arís',
    notYet: 'Níor deimhníodh an t-iarratas san aip fós. Deimhnigh é, ansin lean ar aghaidh.',
    denied: 'Diúltaíodh don iarratas san aip. Níl tú logáilte isteach. Logáil isteach arís más botún a bhí ann.',
    reported:
      'Thuairiscigh tú nach tusa a rinne an t-iarratas seo. Níl tú logáilte isteach. Thosaigh duine éigin logáil isteach le do sheoladh ríomhphoist; níor úsáideadh do phasfhocal.',
    failed:
      'PIN mícheart san aip. Níl tú logáilte isteach. Logáil isteach arís chun iarratas nua a sheoladh: tar éis 5 fhreagra mhíchearta as a chéile, blocáiltear an gléas ar feadh tamaill, níos faide gach uair.',
    cancelled: 'Cealaíodh an t-iarratas: scriosadh nó blocáladh an gléas. Logáil isteach le do phasfhocal.',
    expired: 'Tá an t-iarratas imithe in éag. Seol iarratas nua.',
  },
  register: {
    title: 'Cruthaigh cuntas',
    intro: 'Líon isteach an fhoirm. Seolfaimid ríomhphost chugat le nasc chun do phasfhocal a roghnú.',
    privacyLink: 'Léigh an ráiteas príobháideachais',
    submit: 'Cruthaigh cuntas',
    sentTitle: 'Seiceáil do bhosca poist',
    sent: 'Tá ríomhphost ar a bhealach chuig {email}. Oscail an nasc atá ann laistigh de {minutes, plural, one {# nóiméad} two {# nóiméad} few {# nóiméad} many {# nóiméad} other {# nóiméad}} chun do phasfhocal a roghnú. Mura dtagann sé, seiceáil d’fhillteán turscair.',
  },
  setPassword: {
    title: 'Roghnaigh do phasfhocal',
    intro: 'Fáilte, {firstName}. Roghnaigh pasfhocal do chuntais {email}.',
    submit: 'Sábháil agus logáil isteach',
    done: 'Tá do chuntas réidh. Tá tú logáilte isteach.',
  },
  forgot: {
    title: 'Ar dhearmad tú do phasfhocal?',
    intro: 'Cuir isteach seoladh ríomhphoist do chuntais. Seolfaimid nasc chugat chun pasfhocal nua a roghnú.',
    submit: 'Seol nasc chugam',
    sentTitle: 'Seiceáil do bhosca poist',
    sent: 'Má tá cuntas ann do {email}, tá ríomhphost le nasc ar a bhealach. Tá an nasc bailí ar feadh {minutes, plural, one {# nóiméad} two {# nóiméad} few {# nóiméad} many {# nóiméad} other {# nóiméad}}.',
  },
  reset: {
    title: 'Roghnaigh pasfhocal nua',
    intro: 'Roghnaigh pasfhocal nua do {email}.',
    submit: 'Sábháil an pasfhocal nua',
    done: 'Athraíodh do phasfhocal. Logáil isteach le do phasfhocal nua.',
  },
  account: {
    title: 'Mo chuntas',
    details: 'Mo shonraí',
    userId: 'Aitheantóir uathúil',
    name: 'Ainm',
    email: 'Seoladh ríomhphoist',
    languageHint:
      'An teanga ina dtaispeánann Sésame a leathanaigh nuair atá tú logáilte isteach, agus ina seolann sé ríomhphoist chugat. Chun í a athrú, roghnaigh ceann eile sa roghchlár teanga ag barr an leathanaigh.',
    organisation: 'Eagraíocht',
    security: 'Slándáil',
    changePassword: 'Athraigh an pasfhocal',
    changeEmail: 'Athraigh an seoladh ríomhphoist',
    recentEvents: 'Imeachtaí slándála le déanaí',
    eventWhen: 'Cathain',
    eventWhat: 'Cad',
    eventFrom: 'Cé as',
    noEvents: 'Níl aon imeacht fós.',
    welcome: 'Fáilte, {firstName}.',
  },
  events: {
    'account.created': 'Cuntas cruthaithe',
    'sign_in.succeeded': 'Logáilte isteach',
    'sign_in.failed': 'Logáil isteach theipthe',
    'account.locked': 'Cuntas faoi ghlas',
    sign_out: 'Logáilte amach',
    'password.changed': 'Pasfhocal athraithe',
    'password.reset': 'Pasfhocal athshocraithe trí ríomhphost',
    'email.change_requested': 'Iarradh athrú ar an seoladh ríomhphoist',
    'email.changed': 'Seoladh ríomhphoist athraithe',
    'device.enrolled': 'Gléas soghluaiste curtha leis',
    'device.renamed': 'Gléas soghluaiste athainmnithe',
    'device.deleted': 'Gléas soghluaiste scriosta',
    'device.blocked': 'Gléas soghluaiste blocáilte tar éis freagraí míchearta',
    'account.recovery_started': 'Athshlánú cuntais tosaithe (fón caillte)',
    'account.recovery_cancelled': 'Athshlánú cuntais cealaithe',
    'account.recovery_completed': 'Cuntas athshlánaithe: gléas soghluaiste nua curtha leis',
    'account.recovery_expedited':
      'Chuir an deasc chabhrach deireadh le tréimhse feithimh an athshlánaithe tar éis seiceáil céannachta',
    'credential.enrolled': 'Fíordheimhneoir curtha leis',
    'credential.renamed': 'Fíordheimhneoir athainmnithe',
    'credential.deleted': 'Fíordheimhneoir scriosta',
    'account.options_changed': 'Roghanna an chuntais athraithe',
    'account.language_changed': 'Teanga an chuntais athraithe',
    'account.new_browser_mailed': 'Logáil isteach ó bhrabhsálaí nua: ríomhphost seolta',
    'account.unlocked': 'Cuntas díghlasáilte ag an deasc chabhrach nó ag bainisteoir',
    'account.password_reset_sent': 'Nasc athshocraithe pasfhocail seolta ag an deasc chabhrach nó ag bainisteoir',
    'account.second_factor_reset': 'Dara fachtóirí bainte ag an deasc chabhrach nó ag bainisteoir',
    'campaign.reminder_sent': 'Meabhrúchán chun dara fachtóir a shocrú seolta ag bainisteoir',
    'campaign.snoozed': 'Socrú an dara fachtóra curtha siar (“Ar ball”)',
    'campaign.excluded': 'Eisiata ó fheachtas an dara fachtóra ag bainisteoir',
    'campaign.included': 'Curtha ar ais i bhfeachtas an dara fachtóra ag bainisteoir',
    'campaign.configured': 'Feachtas an dara fachtóra socraithe ag bainisteoir',
    'account.invited': 'Cuntas cruthaithe ag bainisteoir (cuireadh)',
    'account.updated': 'Sonraí an chuntais athraithe ag bainisteoir nó ag iompórtáil',
    'account.deactivated': 'Cuntas díghníomhachtaithe ag bainisteoir',
    'account.reactivated': 'Cuntas athghníomhachtaithe ag bainisteoir',
    'account.deleted': 'Cuntas léirscriosta ag bainisteoir',
    'account.exported': 'Cuntais easpórtáilte (CSV)',
    'dashboard.exported': 'Deais an aistrithe easpórtáilte (CSV)',
    'account.moved': 'Cuntas bogtha chuig eagraíocht eile',
    'role.granted': 'Ról riaracháin tugtha',
    'role.revoked': 'Ról riaracháin tarraingthe siar',
    'organisation.created': 'Eagraíocht cruthaithe',
    'organisation.renamed': 'Eagraíocht athainmnithe',
    'organisation.moved': 'Eagraíocht bogtha',
    'audit.exported': 'Iniúchadh easpórtáilte',
    'audit.purged': 'Seaniontrálacha iniúchta scriosta (coinneáil)',
    'admin.refused': 'Gníomh riaracháin diúltaithe',
  },
  changePassword: {
    title: 'Athraigh an pasfhocal',
    submit: 'Athraigh an pasfhocal',
    cancel: 'Cealaigh',
    done: 'Athraíodh do phasfhocal. Logáladh amach do sheisiúin eile.',
  },
  changeEmail: {
    title: 'Athraigh an seoladh ríomhphoist',
    intro: 'Seolfaimid nasc chuig an seoladh nua. Athraíonn do sheoladh nuair a osclaíonn tú é.',
    submit: 'Seol an nasc deimhnithe',
    cancel: 'Cealaigh',
    sent: 'Tá nasc deimhnithe ar a bhealach chuig {email}. Oscail é laistigh de {minutes, plural, one {# nóiméad} two {# nóiméad} few {# nóiméad} many {# nóiméad} other {# nóiméad}}.',
    done: 'Is é {email} do sheoladh ríomhphoist anois.',
  },
  blocking: {
    until: 'Blocáilte go dtí {time}',
    later: 'i gceann cúpla nóiméad',
    timeLocale: 'ga-IE',
  },
  recovery: {
    link: 'Níl mo fhón agam a thuilleadh',
    requestTitle: 'Níl mo fhón agam a thuilleadh',
    requestIntro:
      'Má chaill tú gach gléas soghluaiste de do chuntas, is féidir leat ceann nua a chur leis tar éis tréimhse feithimh {hours, plural, one {# uair an chloig} two {# uair an chloig} few {# uair an chloig} many {# n-uair an chloig} other {# uair an chloig}}. Seolaimid nasc chuig do sheoladh ríomhphoist; tosaíonn an tréimhse feithimh nuair a osclaíonn tú é. Cuirimid in iúl duit trí ríomhphost ag gach céim, ionas gur féidir leat é a stopadh murab tusa atá ann.',
    requestSubmit: 'Seol an nasc chugam',
    sentTitle: 'Seiceáil do ríomhphost',
    sent: 'Tá nasc ar a bhealach chuig {email}. Oscail é laistigh de {minutes, plural, one {# nóiméad} two {# nóiméad} few {# nóiméad} many {# nóiméad} other {# nóiméad}} chun an tréimhse feithimh a thosú.',
    confirmTitle: 'Tosaigh athshlánú do chuntais',
    confirmIntro:
      'Nuair a dheimhníonn tú, tosaíonn tréimhse feithimh {hours, plural, one {# uair an chloig} two {# uair an chloig} few {# uair an chloig} many {# n-uair an chloig} other {# uair an chloig}}. Ina dhiaidh sin, logáil isteach le do phasfhocal sa bhrabhsálaí seo agus cuir gléas soghluaiste nua leis. Seolaimid ríomhphost chugat anois, le nasc chun cealú.',
    confirmSubmit: 'Tosaigh an tréimhse feithimh',
    startedTitle: 'Tá an tréimhse feithimh tosaithe',
    started:
      'Ó {time} ar aghaidh, logáil isteach le do phasfhocal sa bhrabhsálaí seo agus cuir gléas soghluaiste nua leis ó “Bainistigh mo ghléasanna soghluaiste”. Ansin logáil isteach leis an ngléas nua.',
    cancelTitle: 'Cealaigh athshlánú do chuntais',
    cancelIntro:
      'Thosaigh duine éigin athshlánú do chuntais. Murab tusa a bhí ann, cealaigh é: ní féidir aon ghléas nua a chur leis ar an mbealach seo. Ansin athraigh do phasfhocal: tá sé ag duine éigin.',
    cancelSubmit: 'Cealaigh an t-athshlánú',
    cancelledTitle: 'Tá an t-athshlánú cealaithe',
    cancelled: 'Ní féidir aon ghléas nua a chur leis tríd. Murar thosaigh tú é, athraigh do phasfhocal anois.',
    pending: 'Tá athshlánú do chuntais ar siúl: ó {time}, is féidir leat gléas soghluaiste nua a chur leis.',
    ready:
      'Tá tréimhse feithimh athshlánú do chuntais thart: sa bhrabhsálaí inar dheimhnigh tú an nasc, is féidir leat gléas soghluaiste nua amháin a chur leis anois.',
    changePassword: 'Athraigh mo phasfhocal',
    confirmIntroChecked:
      'Bhain do dheasc chabhrach dara fachtóirí do chuntais agus sheiceáil sí gur tusa atá ann: níl aon tréimhse feithimh ann. Nuair a dheimhníonn tú, is féidir leat gléas soghluaiste nua amháin a chur leis láithreach sa bhrabhsálaí seo, logáilte isteach le do phasfhocal. Seolaimid ríomhphost chugat anois, le nasc chun cealú.',
    confirmSubmitChecked: 'Deimhnigh',
    readyTitle: 'Is féidir leat do ghléas soghluaiste nua a chur leis',
    readyNow:
      'Sa bhrabhsálaí seo, logáilte isteach le do phasfhocal, cuir do ghléas soghluaiste nua leis anois. Ansin logáil isteach leis.',
  },
  devices: {
    title: 'Bainistigh mo ghléasanna soghluaiste',
    intro:
      'Deimhníonn aip Sésame ar d’fhón nó ar do thaibléad do logálacha isteach. Cuir gléas leis, athainmnigh é, nó scrios é má chailleann tú é nó má athraíonn tú fón.',
    none: 'Níl aon ghléas soghluaiste agat fós.',
    name: 'Ainm',
    added: 'Dáta a cuireadh leis',
    lastUsed: 'Úsáid dheireanach',
    status: 'Stádas',
    actions: 'Gníomhartha',
    never: 'Riamh',
    statuses: {
      pending: 'Ag fanacht le deimhniú PIN',
      active: 'Gníomhach',
      blocked: 'Blocáilte',
    },
    add: 'Cuir gléas soghluaiste leis',
    rename: 'Athainmnigh',
    renameOf: 'Athainmnigh {name}',
    delete: 'Scrios',
    deleteOf: 'Scrios {name}',
    panic: 'Scrios mo ghléasanna agus mo eIDanna go léir (PANIC)',
    panicHint:
      'Fón caillte nó goidte? Scrios do ghléasanna go léir agus dínasc d’eIDanna in aon iarracht amháin: ní bheidh aon cheann acu in ann logáil isteach a dheimhniú ná a oscailt a thuilleadh.',
    back: 'Ar ais chuig mo ghléasanna soghluaiste',
    addedNotice: 'Cuireadh do ghléas soghluaiste leis. Is féidir leis do logálacha isteach a dheimhniú anois.',
    renamedNotice: 'Is é “{name}” ainm an ghléis anois.',
    deletedNotice: 'Scriosadh an gléas.',
    panicNotice: 'Tá do ghléasanna soghluaiste go léir scriosta, agus d’eIDanna dínasctha.',
    form: {
      title: 'Cuir gléas soghluaiste leis',
      intro:
        'Cuir isteach ainm chun do ghléas soghluaiste a aithint agus an cód PIN is mian leat a úsáid don ghléas seo.',
      name: 'Ainm an ghléis',
      nameHint: 'Gan spásanna, mar shampla Pixel-de-Marie.',
      pin: 'Cód PIN 4 dhigit',
      pinHint: 'Caithfidh tú an cód PIN seo a chur isteach ar do ghléas soghluaiste chun aip Sésame a úsáid.',
      pinConfirm: 'Deimhnigh do chód PIN',
      submit: 'Seol',
      cancel: 'Cealaigh',
    },
    qr: {
      title: 'Scan an cód QR le haip Sésame',
      alt: 'Cód QR le scanadh le haip Sésame chun an gléas {name} a chur leis',
      stepsTitle: 'In aip Sésame',
      steps: [
        'Oscail aip Sésame ar do ghléas soghluaiste agus roghnaigh cuntas a chur leis. Ceadaigh don aip an ceamara a úsáid.',
        'Scan an cód QR seo leis an aip.',
        'Iarrann an aip an cód PIN 4 dhigit atá díreach roghnaithe agat: cuir isteach é.',
        'Glac leis an ngléas san aip: tapáil “Glac leis” (nó an fógra a sheolann an aip).',
        'Déanta: bogann an leathanach seo ar aghaidh leis féin, agus faigheann tú ríomhphost deimhnithe.',
      ],
      expires:
        'Tá an cód QR seo bailí ar feadh {minutes, plural, one {# nóiméad} two {# nóiméad} few {# nóiméad} many {# nóiméad} other {# nóiméad}}, go dtí {time}. Ina dhiaidh sin, cuir an gléas leis arís.',
      waiting: 'Ag fanacht le do ghléas soghluaiste…',
      finished: 'Tá mé críochnaithe san aip',
      cancel: 'Cealaigh',
    },
    renameTitle: 'Athainmnigh gléas soghluaiste',
    renameSubmit: 'Athainmnigh',
    deleteTitle: 'Scrios gléas soghluaiste',
    deleteQuestion:
      'An scriosfar an gléas soghluaiste “{name}”? Ní dheimhneoidh sé do logálacha isteach a thuilleadh. Chun é a úsáid arís, beidh ort é a chur leis arís.',
    deleteConfirm: 'Scrios an gléas seo',
    panicTitle: 'Scrios mo ghléasanna go léir',
    panicQuestion:
      '{count, plural, =0 {Níl aon ghléas soghluaiste agat faoi láthair: níl aon rud le scriosadh.} one {An scriosfar do ghléas soghluaiste? Ní dheimhneoidh sé do logálacha isteach a thuilleadh. Déan é seo má tá sé caillte nó goidte; ansin cuir leis arís é.} two {An scriosfar do # ghléas soghluaiste go léir? Ní dheimhneoidh aon cheann acu do logálacha isteach a thuilleadh. Déan é seo má tá gléas caillte nó goidte; ansin cuir do ghléasanna leis arís.} few {An scriosfar do # ghléas soghluaiste go léir? Ní dheimhneoidh aon cheann acu do logálacha isteach a thuilleadh. Déan é seo má tá gléas caillte nó goidte; ansin cuir do ghléasanna leis arís.} many {An scriosfar do # ngléas soghluaiste go léir? Ní dheimhneoidh aon cheann acu do logálacha isteach a thuilleadh. Déan é seo má tá gléas caillte nó goidte; ansin cuir do ghléasanna leis arís.} other {An scriosfar do # gléas soghluaiste go léir? Ní dheimhneoidh aon cheann acu do logálacha isteach a thuilleadh. Déan é seo má tá gléas caillte nó goidte; ansin cuir do ghléasanna leis arís.}}',
    panicConfirm: 'Scrios mo ghléasanna go léir',
    panicSend: 'Seol an nasc deimhnithe chugam',
    panicSentTitle: 'Seiceáil do bhosca poist',
    panicSent:
      'Tá nasc deimhnithe ar a bhealach chuig {email}. Oscail é laistigh de {minutes, plural, one {# nóiméad} two {# nóiméad} few {# nóiméad} many {# nóiméad} other {# nóiméad}}: scriostar do ghléasanna nuair a dheimhníonn tú ansin.',
    panicLinkQuestion:
      'An bhfuil tú ag iarraidh gléasanna soghluaiste an chuntais seo go léir a scriosadh agus a eIDanna a dhínascadh anois? Ní dheimhneoidh ná ní osclóidh aon cheann acu logáil isteach a thuilleadh.',
    cancel: 'Cealaigh',
    fieldReasons: {
      name: {
        required: 'Cuir isteach ainm don ghléas.',
        malformed: 'Ní ceadmhach spásanna in ainm an ghléis: scríobh é mar fhocal amháin, mar shampla Pixel-de-Marie.',
        too_long: 'Tá ainm an ghléis rófhada: úsáid 40 carachtar ar a mhéad.',
      },
      pin: {
        required: 'Cuir isteach cód PIN 4 dhigit.',
        malformed: 'Ní ceadmhach ach digití sa chód PIN.',
        too_short: 'Caithfidh 4 dhigit go díreach a bheith sa chód PIN.',
        too_long: 'Caithfidh 4 dhigit go díreach a bheith sa chód PIN.',
        common: 'Tá an cód PIN seo ró-éasca le tomhas (cosúil le 1234 nó 0000). Roghnaigh ceann eile.',
      },
      pinConfirm: {
        required: 'Deimhnigh do chód PIN.',
        mismatch: 'Tá an dá chód PIN difriúil. Clóscríobh an cód PIN céanna faoi dhó.',
      },
      phone: {
        required: 'Cuir isteach d’uimhir fóin póca.',
        malformed:
          'Scríobh an uimhir ag tosú le “+” agus cód na tíre, gan poncanna, lúibíní ná fleiscíní, mar shampla +33 6 12 34 56 78.',
        not_accepted: 'Ní féidir an uimhir seo a chur leis. Seiceáil í, nó úsáid uimhir eile.',
      },
    },
  },
  outbox: {
    title: 'Bosca amach (forbairt)',
    intro: 'Ní sheoltar ríomhphoist: níl SMTP cumraithe. Seo iad, an ceann is nuaí ar dtús.',
    empty: 'Níl aon ríomhphost fós.',
    to: 'Chuig',
    subject: 'Ábhar',
    date: 'Dáta',
    filterLabel: 'Scag na ríomhphoist',
    filterTo: 'Faighteoir (seoladh beacht)',
    filterSubmit: 'Taispeáin a ríomhphoist',
    filterClear: 'Taispeáin gach ríomhphost',
    emptyFor: 'Níl aon ríomhphost chuig {to}.',
    json: 'An liosta céanna mar JSON',
  },
  privacy: {
    title: 'Ráiteas príobháideachais',
    body: [
      'Ní choinníonn Sésame ach an méid a theastaíonn uaidh chun tú a logáil isteach: d’ainm, do sheoladh ríomhphoist, teanga do chuntais (teanga na ríomhphost agus, nuair a roghnaíonn tú féin í, teanga na leathanach, mar aon le dáta an roghnaithe sin), haiséis de do phasfhocal (ní an pasfhocal féin riamh), na gléasanna soghluaiste a chuir tú leis agus loga d’imeachtaí slándála (logálacha isteach, athruithe) lena ndáta, a seoladh líonra agus a mbrabhsálaí.',
      'Ní úsáidtear na sonraí seo ach chun tú a fhíordheimhniú do na feidhmchláir a roghnaíonn tú a úsáid, agus chun do chuntas a chosaint. Ní dhíoltar iad agus ní úsáidtear iad le haghaidh fógraíochta.',
    ],
    retentionTitle: 'Cá fhad a choinnímid iad',
    retentionAccount:
      'Do chuntas (ainm, seoladh ríomhphoist, teanga, haiséis pasfhocail, gléasanna soghluaiste): sa bhunachar sonraí, fad a bhíonn an cuntas ann. Chun do chuntas a scriosadh, déan teagmháil le do dheasc chabhrach.',
    retentionSignIns:
      'Imeachtaí logála isteach (logálacha isteach, iarrachtaí teipthe, logálacha amach, le dáta, seoladh líonra agus brabhsálaí): sa bhunachar sonraí, {days, plural, one {# lá} two {# lá} few {# lá} many {# lá} other {# lá}}, ansin scriostar iad.',
    retentionAudit:
      'Imeachtaí slándála eile (cruthú cuntais, athruithe ar an bpasfhocal, ar an seoladh ríomhphoist, ar an teanga agus ar ghléasanna, glasálacha, athshlánuithe): sa bhunachar sonraí, {days, plural, one {# lá} two {# lá} few {# lá} many {# lá} other {# lá}}, ansin scriostar iad.',
    retentionRegistrations:
      'Clárú neamhchríochnaithe (d’ainm agus do sheoladh ríomhphoist go dtí go roghnaíonn tú pasfhocal): i gcuimhne ghearrshaolach an fhreastalaí amháin, riamh sa bhunachar sonraí; déantar dearmad air {minutes, plural, one {# nóiméad} two {# nóiméad} few {# nóiméad} many {# nóiméad} other {# nóiméad}} tar éis an ríomhphost a sheoladh mura n-úsáidtear a nasc.',
    retentionPendingCredentials:
      'Aip fíordheimhnithe ar thosaigh tú á cur leis ach nár dheimhnigh tú riamh lena céad chód (a heochair rúnda, criptithe): sa bhunachar sonraí ar feadh {hours, plural, one {# uair an chloig} two {# uair an chloig} few {# uair an chloig} many {# n-uair an chloig} other {# uair an chloig}}, ansin scriostar í; is féidir leat tosú arís am ar bith.',
    retentionOutbox:
      'Ní sheolann an tsuiteáil seo aon ríomhphost: coinníonn sí iad i mbosca amach tástála, sa bhunachar sonraí, {days, plural, one {# lá} two {# lá} few {# lá} many {# lá} other {# lá}}, ansin scriosann sí iad.',
    retentionPurge:
      'Tá an scriosadh uathoibríoch: seiceálann an freastalaí gach uair an chloig. Is féidir leat d’imeachtaí le déanaí a fheiceáil in “Mo chuntas”.',
    back: 'Siar',
  },
  levels: {
    BASIC: 'bunúsach (pasfhocal)',
    MEDIUM: 'meánach (dhá fhachtóir)',
    HIGH: 'ard (crua-earraí deimhnithe)',
  },
  stepUp: {
    title: 'Tuilleadh fíoraithe ag teastáil',
    setUp: 'Téigh chuig Mo chuntas',
    back: 'Ar ais chuig {app} gan logáil isteach',
    backOidc: 'Ní féidir liom dul níos faide: ar ais chuig {app} gan logáil isteach',
  },
  levelGap: {
    asksFactors: 'Iarrann {app} an leibhéal fíordheimhnithe {level}: do phasfhocal, ansin {factors}.',
    asksFactorsOrEid:
      'Iarrann {app} an leibhéal fíordheimhnithe {level}: do phasfhocal, ansin {factors}; nó d’eID ({provider}) amháin.',
    factorApp: 'aip Sésame',
    factorKey: 'eochair slándála',
    factorTotp: 'aip fíordheimhnithe',
    asksLevel: 'Iarrann {app} an leibhéal fíordheimhnithe {level}.',
    confirmBody: 'Deimhnigh le haip Sésame ar d’fhón: ní bheidh ort do phasfhocal a chlóscríobh arís.',
    confirm: 'Deimhnigh le haip Sésame',
    codeBody:
      'Deimhnigh le cód ó d’aip fíordheimhnithe: clóscríobh an cód a thaispeánann sí, ní chlóscríobhfaidh tú do phasfhocal arís.',
    confirmCode: 'Deimhnigh le m’aip fíordheimhnithe',
    keyBody:
      'Deimhnigh le d’eochair slándála nó le d’ardán iontaofa: úsáid d’eochair, ní chlóscríobhfaidh tú do phasfhocal arís.',
    confirmKey: 'Deimhnigh le m’eochair slándála',
    smsBody:
      'Deimhnigh le cód a sheoltar trí SMS chuig do ghuthán: clóscríobh an cód a fhaigheann tú, ní chlóscríobhfaidh tú do phasfhocal arís.',
    confirmSms: 'Deimhnigh trí SMS',
    setUpBody:
      'Níl aip Sésame ag do chuntas fós. Socraigh anois í: tógann sé thart ar 2 nóiméad, le d’fhón. Ansin deimhníonn tú an logáil isteach seo léi agus tugtar ar ais chuig {app} thú, logáilte isteach.',
    setUp: 'Socraigh aip Sésame anois',
    noPhone: 'Níl fón cliste agat, nó b’fhearr leat gan do cheann féin a úsáid? Glacann {app} leo seo freisin:',
    addKey: 'Eochair slándála nó ardán iontaofa (Windows Hello, Touch ID, glas scáileáin fóin Android)',
    addTotp: 'Aip fíordheimhnithe (cód 6 dhigit a athraíonn gach 30 soicind)',
    afterOther:
      'Nuair a bheidh sí curtha leis, tairgeann a leathanach “Lean ar aghaidh chuig {app}”: deimhníonn tú an síniú isteach seo léi.',
    continueBody:
      'Tá {app} ag fanacht le do shíniú isteach: deimhnigh anois é leis an rud atá díreach curtha leis agat.',
    continueTo: 'Lean ar aghaidh chuig {app}',
    lostBody:
      'Bhí gléas soghluaiste ag do chuntas nach féidir a úsáid a thuilleadh (blocáilte nó scriosta). Ar mhaithe le do shábháilteacht, ní féidir gléas nua a chur leis le pasfhocal amháin. Mura bhfuil d’fhón agat a thuilleadh, tosaigh athshlánú do chuntais: tar éis tréimhse feithimh, is féidir leat gléas nua a chur leis.',
    notOfferedBody:
      'Teastaíonn modh don leibhéal seo nach dtairgeann an Sésame seo duit fós, amhail céannacht leictreonach (eID). Ní shroicheann aip Sésame é.',
    highKeyBody:
      'Teastaíonn eochair slándála dheimhnithe don leibhéal seo: eochair chrua-earraí a bhfuil a samhail deimhnithe ag FIDO Alliance, a úsáidtear lena PIN nó lena méarlorg. Tugann aip Sésame an leibhéal MEDIUM agus ní shroicheann sí é. Cláraigh eochair den sórt sin in Mo chuntas, ansin logáil isteach in {app} arís léi.',
    registerKey: 'Cláraigh eochair slándála',
    // The level page's step-up by eID (docs/adr/0053 §2).
    eidBody: 'Tugann d’eID an leibhéal seo: logáil isteach leis agus tugtar ar ais chuig {app} thú, logáilte isteach.',
    eidButton: 'Logáil isteach le d’eID ({provider})',
    support:
      'An bhfuil cabhair uait? Déan teagmháil le do thacaíocht nó le do bhainisteoir áitiúil, agus inis dóibh cén feidhmchlár a raibh tú ag logáil isteach ann:',
  },
  unknownService: {
    title: 'Feidhmchlár anaithnid',
    body: 'Níl an feidhmchlár a sheol anseo thú cláraithe le Sésame, mar sin ní féidir tú a logáil isteach ann. Seiceáil an seoladh, nó déan teagmháil le deasc chabhrach an fheidhmchláir.',
  },
  cas: {
    requestTitle: 'Iarratas logála isteach neamhbhailí',
    badRequest:
      'Sheol an feidhmchlár iarratas logála isteach neamhiomlán nó débhríoch, mar sin níor logáladh isteach ann thú. Téigh ar ais chuig an bhfeidhmchlár agus bain triail eile as; má tharlaíonn sé arís, déan teagmháil lena dheasc chabhrach.',
    loginRequestInvalid:
      'Tá an t-iarratas logála isteach seo imithe in éag nó úsáideadh cheana é. Téigh ar ais chuig an bhfeidhmchlár agus logáil isteach arís.',
    invalidStrength:
      'D’iarr an feidhmchlár modh fíoraithe nach eol do Sésame, mar sin níor logáladh isteach ann thú. Déan teagmháil le deasc chabhrach an fheidhmchláir.',
    invalidLevel:
      'D’iarr an feidhmchlár leibhéal fíordheimhnithe nach eol do Sésame, mar sin níor logáladh isteach ann thú. Déan teagmháil le deasc chabhrach an fheidhmchláir.',
    invalidMethod:
      'D’iarr an feidhmchlár go dtabharfaí freagra air ar bhealach nach dtacaíonn Sésame leis (ní thacaítear ach le GET agus POST), mar sin níor logáladh isteach ann thú. Déan teagmháil le deasc chabhrach an fheidhmchláir.',
    postTitle: 'Ag filleadh ar {app}',
    postBody:
      'Tá tú logáilte isteach. Tá do bhrabhsálaí do do thabhairt ar ais chuig {app}; mura dtarlaíonn aon rud, brúigh an cnaipe.',
    postButton: 'Lean ar aghaidh chuig {app}',
    signedOutTitle: 'Tá tú logáilte amach',
    signedOut:
      'Tá tú logáilte amach as Sésame. Iarradh ar na feidhmchláir a d’oscail tú leis deireadh a chur le do sheisiúin; dún do bhrabhsálaí le bheith cinnte.',
    signInAgain: 'Logáil isteach arís',
  },
  oidc: {
    errorTitle: 'Stopadh an logáil isteach san fheidhmchlár',
    invalidRequest:
      'Sheol an feidhmchlár iarratas logála isteach nach féidir le Sésame glacadh leis, mar sin níor logáladh isteach ann thú. Téigh ar ais chuig an bhfeidhmchlár agus bain triail eile as; má tharlaíonn sé arís, déan teagmháil lena dheasc chabhrach.',
    invalidRedirect:
      'D’iarr an feidhmchlár ar Sésame tú a sheoladh ar ais chuig seoladh nár chláraigh sé. Ar mhaithe le do shábháilteacht, stop Sésame anseo agus níor sheol sé áit ar bith thú. Déan teagmháil le deasc chabhrach an fheidhmchláir.',
    unknownClient:
      'Níl an feidhmchlár a sheol anseo thú cláraithe le Sésame, mar sin ní féidir tú a logáil isteach ann. Seiceáil an seoladh, nó déan teagmháil le deasc chabhrach an fheidhmchláir.',
    expired:
      'Tá an t-iarratas logála isteach seo imithe in éag nó úsáideadh cheana é. Téigh ar ais chuig an bhfeidhmchlár agus logáil isteach arís.',
    technicalDetail: 'Sonra teicniúil don deasc chabhrach: {detail}',
    logoutTitle: 'Logáil amach',
    logoutQuestion:
      'Ar mhaith leat logáil amach as Sésame? Logálfar amach thú freisin as na feidhmchláir a d’oscail tú leis.',
    logoutQuestionFrom:
      'Iarrann {app} tú a logáil amach. Ar mhaith leat logáil amach as Sésame? Logálfar amach thú freisin as na feidhmchláir a d’oscail tú leis.',
    logoutConfirm: 'Logáil amach mé',
    logoutCancel: 'Ná déan, fan logáilte isteach',
    signedOutTitle: 'Tá tú logáilte amach',
    signedOut: 'Tá tú logáilte amach as Sésame agus as na feidhmchláir a d’oscail tú leis.',
    signedOutOf: 'Tá tú logáilte amach as {app}. Tá tú fós logáilte isteach in Sésame.',
    signInAgain: 'Logáil isteach arís',
  },
  portalPath: {
    finishedPending:
      'Níor cuireadh do ghléas soghluaiste leis fós: tá aip Sésame ag fanacht le do chód PIN nó le “Glac leis”. Críochnaigh ansin; taispeánfar an gléas mar Ghníomhach anseo ansin.',
    finishedNone:
      'Níor cuireadh aon ghléas soghluaiste leis: níor scan aip Sésame an cód QR. Chun d’fhón a chur leis, roghnaigh “Cuir gléas soghluaiste leis” agus scan an cód QR nua.',
  },
  mail: {
    greeting: 'A {firstName}, a chara,',
    signature: 'Foireann Sésame',
    automatic: 'Teachtaireacht uathoibríoch í seo: ná freagair í, le do thoil.',
    notYou: 'Murar iarr tú é seo, déan neamhaird den ríomhphost seo: ní athrófar aon rud.',
    registrationLink: {
      subject: 'Sésame: deimhnigh do sheoladh ríomhphoist',
      body: 'Chun cruthú do chuntais Sésame a chríochnú, oscail an nasc seo agus roghnaigh do phasfhocal. Tá an nasc bailí ar feadh {minutes, plural, one {# nóiméad} two {# nóiméad} few {# nóiméad} many {# nóiméad} other {# nóiméad}} agus is féidir é a úsáid uair amháin.',
      action: 'Roghnaigh mo phasfhocal',
    },
    registrationExisting: {
      subject: 'Sésame: tá cuntas agat cheana',
      body: 'Rinne duine éigin, tusa is dócha, iarracht cuntas Sésame a chruthú leis an seoladh ríomhphoist seo. Tá cuntas agat cheana: logáil isteach, nó úsáid “Ar dhearmad tú do phasfhocal?” mura cuimhin leat é.',
      action: 'Logáil isteach',
    },
    passwordReset: {
      subject: 'Sésame: roghnaigh pasfhocal nua',
      body: 'Chun pasfhocal nua a roghnú, oscail an nasc seo. Tá sé bailí ar feadh {minutes, plural, one {# nóiméad} two {# nóiméad} few {# nóiméad} many {# nóiméad} other {# nóiméad}} agus is féidir é a úsáid uair amháin.',
      action: 'Roghnaigh pasfhocal nua',
    },
    invitation: {
      subject: 'Sésame: tá do chuntas réidh, roghnaigh do phasfhocal',
      body: 'Chruthaigh {organisation} cuntas Sésame duit leis an seoladh ríomhphoist seo. Chun é a úsáid, roghnaigh do phasfhocal leis an nasc seo. Tá sé bailí ar feadh {ttlDays, plural, one {# lá} two {# lá} few {# lá} many {# lá} other {# lá}} agus is féidir é a úsáid uair amháin. Má tá sé imithe in éag, iarr cuireadh nua ar do bhainisteoir áitiúil.',
      action: 'Roghnaigh mo phasfhocal',
    },
    passwordChanged: {
      subject: 'Sésame: athraíodh do phasfhocal',
      body: 'Athraíodh pasfhocal do chuntais Sésame díreach anois. Murab tusa a rinne é, athshocraigh do phasfhocal láithreach agus déan teagmháil le do dheasc chabhrach.',
      action: 'Athshocraigh mo phasfhocal',
    },
    emailChangeLink: {
      subject: 'Sésame: deimhnigh do sheoladh ríomhphoist nua',
      body: 'Chun an seoladh seo a úsáid do do chuntas Sésame, oscail an nasc seo. Tá sé bailí ar feadh {minutes, plural, one {# nóiméad} two {# nóiméad} few {# nóiméad} many {# nóiméad} other {# nóiméad}} agus is féidir é a úsáid uair amháin.',
      action: 'Deimhnigh an seoladh seo',
    },
    emailChangeNotice: {
      subject: 'Sésame: athraíodh do sheoladh ríomhphoist',
      body: 'Is é {newEmail} seoladh ríomhphoist do chuntais Sésame anois. Murab tusa a rinne é, déan teagmháil le do dheasc chabhrach láithreach.',
      action: 'Logáil isteach',
    },
    devicesPanicLink: {
      subject: 'Sésame: deimhnigh scriosadh do ghléasanna soghluaiste go léir',
      body: 'D’iarr tú gléasanna soghluaiste uile do chuntais Sésame a scriosadh (fón caillte nó goidte). Chun deimhniú, oscail an nasc seo: tá sé bailí ar feadh {minutes, plural, one {# nóiméad} two {# nóiméad} few {# nóiméad} many {# nóiméad} other {# nóiméad}} agus is féidir é a úsáid uair amháin. Ansin cuir do ghléasanna leis arís.',
      action: 'Scrios mo ghléasanna go léir',
    },
    deviceEnrolled: {
      subject: 'Sésame: cuireadh gléas soghluaiste le do chuntas',
      body: 'Cuireadh an gléas soghluaiste “{deviceName}” le do chuntas Sésame: is féidir leis do logálacha isteach a dheimhniú anois. Murab tusa a rinne é, scrios é ó Mo chuntas agus athraigh do phasfhocal láithreach.',
      action: 'Bainistigh mo chuntas',
    },
    deviceBlocked: {
      subject: 'Sésame: tá do ghléas soghluaiste “{deviceName}” blocáilte',
      body: 'Tugadh an iomarca freagraí míchearta do do ghléas soghluaiste “{deviceName}”, ón seoladh {ip} ({browser}). Tá sé blocáilte go dtí {time}; ansin oibreoidh sé arís. Murab tusa a bhí ann, tá do phasfhocal ag duine éigin: roghnaigh ceann nua leis an nasc seo (bailí ar feadh {minutes, plural, one {# nóiméad} two {# nóiméad} few {# nóiméad} many {# nóiméad} other {# nóiméad}}, uair amháin). Logáiltear amach gach seisiún ansin.',
      action: 'Ní mise a bhí ann: roghnaigh pasfhocal nua',
    },
    secondFactorBlocked: {
      subject:
        '{method, select, totp {Sésame: diúltaítear do chóid ó d’aip fíordheimhnithe ar feadh tamaill} sms {Sésame: diúltaítear do chóid SMS ar feadh tamaill} other {Sésame: diúltaítear do do chóid athshlánaithe ar feadh tamaill}}',
      body: 'Clóscríobhadh do phasfhocal i gceart, ansin tugadh an iomarca {method, select, totp {cód mícheart ó d’aip fíordheimhnithe} sms {cód mícheart a seoladh trí SMS} other {cód athshlánaithe mícheart}}, ón seoladh {ip} ({browser}). Diúltaítear don bhealach seo chun do logáil isteach a dheimhniú go dtí {time}; ansin oibreoidh sé arís. Murab tusa a bhí ann, tá do phasfhocal ag duine éigin: roghnaigh ceann nua leis an nasc seo (bailí ar feadh {minutes, plural, one {# nóiméad} two {# nóiméad} few {# nóiméad} many {# nóiméad} other {# nóiméad}}, uair amháin). Logáiltear amach gach seisiún ansin.',
      action: 'Ní mise a bhí ann: roghnaigh pasfhocal nua',
    },
    deviceDeleted: {
      subject: 'Sésame: scriosadh gléas soghluaiste ó do chuntas',
      body: 'Scriosadh an gléas soghluaiste “{deviceName}” ó do chuntas Sésame, ón seoladh {ip} ({browser}). Ní féidir leis do logálacha isteach a dheimhniú a thuilleadh. Murab tusa a rinne é, athraigh do phasfhocal láithreach agus déan teagmháil le do dheasc chabhrach.',
      action: 'Bainistigh mo ghléasanna soghluaiste',
    },
    recoveryLink: {
      subject: 'Sésame: athshlánaigh do chuntas',
      body: 'Dúirt tú nach bhfuil d’fhón agat a thuilleadh. Chun athshlánú do chuntais a thosú, oscail an nasc seo: tá sé bailí ar feadh {minutes, plural, one {# nóiméad} two {# nóiméad} few {# nóiméad} many {# nóiméad} other {# nóiméad}} agus is féidir é a úsáid uair amháin. Beidh tréimhse feithimh ann sular féidir leat gléas soghluaiste nua a chur leis.',
      action: 'Tosaigh an t-athshlánú',
    },
    recoveryStarted: {
      subject: 'Sésame: tosaíodh athshlánú do chuntais',
      body: 'Tosaíodh athshlánú do chuntais Sésame ón seoladh {ip} ({browser}). Ó {time}, is féidir gléas soghluaiste nua a chur leis le do phasfhocal amháin. Murab tusa a rinne é, cealaigh é leis an nasc seo, ansin athraigh do phasfhocal.',
      action: 'Ní mise a bhí ann: cealaigh an t-athshlánú',
    },
    recoveryExpedited: {
      subject: 'Sésame: is féidir leat gléas soghluaiste nua a chur leis anois',
      body: 'Sheiceáil do dheasc chabhrach do chéannacht agus chuir sí deireadh le tréimhse feithimh athshlánú do chuntais: as seo amach, is féidir gléas soghluaiste nua a chur leis le do phasfhocal, sa bhrabhsálaí inar dheimhnigh tú an t-athshlánú. Murar iarr tú é seo ar do dheasc chabhrach, cealaigh an t-athshlánú leis an nasc seo, ansin athraigh do phasfhocal.',
      action: 'Ní mise a bhí ann: cealaigh an t-athshlánú',
    },
    recoveryCancelled: {
      subject: 'Sésame: cealaíodh athshlánú do chuntais',
      body: 'Cealaíodh athshlánú do chuntais Sésame: ní féidir aon ghléas soghluaiste nua a chur leis tríd.',
      action: 'Logáil isteach',
    },
    roleChanged: {
      subject:
        '{change, select, granted {Sésame: tá ról riaracháin nua agat} other {Sésame: tarraingíodh siar ról riaracháin}}',
      body: '{change, select, granted {Tá ról agat anois in Sésame mar} other {Níl ról agat in Sésame a thuilleadh mar}} {role, select, administrator {riarthóir} local_manager {bhainisteoir áitiúil} helpdesk {ghníomhaire deisce cabhrach} other {iniúchóir}} de chuid {organisation}. Rinne riarthóir nó bainisteoir é seo, agus taifeadadh é. Mura raibh súil agat leis, déan teagmháil le do dheasc chabhrach.',
      action: 'Oscail an riarachán',
    },
    secondFactorReset: {
      subject: 'Sésame: baineadh dara fachtóirí do chuntais',
      body: 'Bhain do dheasc chabhrach gach dara fachtóir de do chuntas Sésame (gléasanna soghluaiste, aipeanna fíordheimhnithe, eochracha slándála, cóid athshlánaithe, uimhreacha fóin), mar a d’iarr tú toisc gur chaill tú iad: ní féidir le duine ar bith iad a úsáid a thuilleadh. Sheiceáil do dheasc chabhrach gur tusa atá ann, mar sin níl aon tréimhse feithimh ann: chun gléas soghluaiste nua a chur leis, oscail an nasc thíos i mbrabhsálaí do ríomhaire, deimhnigh, ansin cuir an gléas leis, logáilte isteach le do phasfhocal. Is féidir an nasc a úsáid uair amháin, laistigh de {ttlHours, plural, one {# uair an chloig} two {# uair an chloig} few {# uair an chloig} many {# n-uair an chloig} other {# uair an chloig}}. Murar iarr tú é seo, déan teagmháil le do dheasc chabhrach láithreach agus athraigh do phasfhocal.',
      action: 'Cuir gléas soghluaiste nua leis',
    },
    recoveryCompleted: {
      subject: 'Sésame: athshlánaíodh do chuntas',
      body: 'Cuireadh “{deviceName}” leis trí athshlánú do chuntais: gléas soghluaiste, aip fíordheimhnithe, eochair slándála nó uimhir fóin. Logáil isteach leis as seo amach. Murab tusa a rinne é, déan teagmháil le do dheasc chabhrach láithreach.',
      action: 'Bainistigh mo ghléasanna soghluaiste',
    },
    authenticatorAppChanged: {
      subject:
        '{change, select, added {Sésame: cuireadh aip fíordheimhnithe le do chuntas} other {Sésame: scriosadh aip fíordheimhnithe ó do chuntas}}',
      body: '{change, select, added {Cuireadh an aip fíordheimhnithe “{name}” le do chuntas Sésame, ón seoladh {ip} ({browser}). Is féidir lena cóid do logálacha isteach a dheimhniú anois.} other {Scriosadh an aip fíordheimhnithe “{name}” ó do chuntas Sésame, ón seoladh {ip} ({browser}). Ní dheimhníonn a cóid do logálacha isteach a thuilleadh.}} Murab tusa a rinne é, athraigh do phasfhocal láithreach agus déan teagmháil le do dheasc chabhrach.',
      action: 'Bainistigh m’aipeanna fíordheimhnithe',
    },
    securityKeyChanged: {
      subject:
        '{change, select, added {Sésame: cuireadh eochair slándála le do chuntas} other {Sésame: scriosadh eochair slándála ó do chuntas}}',
      body: '{change, select, added {Cuireadh an eochair slándála nó an t-ardán iontaofa “{name}” le do chuntas Sésame, ón seoladh {ip} ({browser}). Is féidir léi do logálacha isteach a dheimhniú anois.} other {Scriosadh an eochair slándála nó an t-ardán iontaofa “{name}” ó do chuntas Sésame, ón seoladh {ip} ({browser}). Ní dheimhníonn sí do logálacha isteach a thuilleadh.}} Murab tusa a rinne é, athraigh do phasfhocal láithreach agus déan teagmháil le do dheasc chabhrach.',
      action: 'Bainistigh m’eochracha slándála agus m’ardáin iontaofa',
    },
    eidChanged: {
      subject: '{change, select, added {Sésame: nascadh eID le do chuntas} other {Sésame: dínascadh eID ó do chuntas}}',
      body: '{change, select, added {Nascadh d’eID {name} le do chuntas Sésame, ón seoladh {ip} ({browser}). Is féidir léi tú a logáil isteach gan do phasfhocal anois.} other {Dínascadh d’eID {name} ó do chuntas Sésame, ón seoladh {ip} ({browser}). Ní logálann sí isteach thú a thuilleadh.}} Murab tusa a rinne é, athraigh do phasfhocal láithreach agus déan teagmháil le do dheasc chabhrach.',
      action: 'Bainistigh mo eIDanna',
    },
    phoneNumberChanged: {
      subject:
        '{change, select, added {Sésame: cuireadh uimhir fóin póca le do chuntas} other {Sésame: scriosadh uimhir fóin póca ó do chuntas}}',
      body: '{change, select, added {Cuireadh an uimhir fóin póca {name} le do chuntas Sésame, ón seoladh {ip} ({browser}). Is féidir le cóid a sheoltar chuici trí SMS do logálacha isteach a dheimhniú anois.} other {Scriosadh an uimhir fóin póca {name} ó do chuntas Sésame, ón seoladh {ip} ({browser}). Ní dheimhníonn cóid a sheoltar chuici do logálacha isteach a thuilleadh.}} Murab tusa a rinne é, athraigh do phasfhocal láithreach agus déan teagmháil le do dheasc chabhrach.',
      action: 'Bainistigh m’uimhreacha fóin póca',
    },
    enrolmentReminder: {
      subject: 'Sésame: socraigh dara fachtóir sula stopann SMS',
      body: '{category, select, sms {Deimhníonn tú do logálacha isteach Sésame fós le cóid a sheoltar trí SMS.} other {Logálann tú isteach in Sésame le do phasfhocal amháin.}} Iarrann treoir DGAL/SDEIGIR/2025-91 ar gach oifigeach a logáil isteach a dheimhniú le dara fachtóir dá chuid féin, agus tá cóid SMS á dtarraingt siar{date, select, none {.} other {: stopfaidh siad ar {date}.}} Suiteáil aip Sésame ar d’fhón, ansin logáil isteach agus cuir an fón le do chuntas (na naisc thíos); déanfaidh eochair slándála nó aip fíordheimhnithe an gnó freisin. Sheol do bhainisteoir áitiúil an meabhrúchán seo.',
      action: 'Logáil isteach',
    },
    newBrowserSignIn: {
      subject: 'Sésame: logáil isteach ó bhrabhsálaí nua',
      body: 'Ar {time}, logáil duine éigin isteach i do chuntas Sésame ó bhrabhsálaí nár úsáideadh leis roimhe: {browser}, ón seoladh {ip}. Más tusa a bhí ann, níl aon rud le déanamh. Murab tusa a bhí ann, tá do phasfhocal ag duine éigin: roghnaigh ceann nua anois leis an nasc thíos, agus déan teagmháil le do dheasc chabhrach.',
      action: 'Roghnaigh pasfhocal nua',
    },
    securityKeyCloned: {
      subject: 'Sésame: seans gur cóipeáladh d’eochair slándála “{name}”',
      body: 'Ar {time}, ón seoladh {ip} ({browser}), logáil duine éigin isteach le do phasfhocal agus le heochair slándála a d’fhreagair mar “{name}”, ach chuaigh a háiritheoir siar: tarlaíonn sé seo nuair a chóipeáiltear eochair. Diúltaíodh don logáil isteach. Murab tusa a bhí ann, roghnaigh pasfhocal nua anois, scrios an eochair seo in Mo chuntas agus déan teagmháil le do dheasc chabhrach.',
      action: 'Bainistigh m’eochracha slándála agus m’ardáin iontaofa',
    },
    authenticatorCodeReplayed: {
      subject: 'Sésame: úsáideadh cód d’aipe fíordheimhnithe faoi dhó',
      body: 'Ar {time}, ón seoladh {ip} ({browser}), logáil duine éigin isteach le do phasfhocal agus chlóscríobh sé cód d’aipe fíordheimhnithe a úsáideadh cheana. Diúltaíodh dó. Murab tusa a bhí ann, tá do phasfhocal ag duine éigin: roghnaigh ceann nua anois.',
      action: 'Roghnaigh pasfhocal nua',
    },
    recoveryCodeUsed: {
      subject: 'Sésame: úsáideadh cód athshlánaithe chun logáil isteach',
      body: 'Úsáideadh cód athshlánaithe de do chuntas Sésame chun logáil isteach ar {time}, ón seoladh {ip} ({browser}). {remaining, plural, =0 {Níl aon chód athshlánaithe fágtha agat: déan cinn nua in Mo chuntas.} one {Tá # chód athshlánaithe fágtha agat.} two {Tá # chód athshlánaithe fágtha agat.} few {Tá # chód athshlánaithe fágtha agat.} many {Tá # gcód athshlánaithe fágtha agat.} other {Tá # cód athshlánaithe fágtha agat.}} Murab tusa a bhí ann, tá do phasfhocal agus ceann de do chóid ag duine éigin: roghnaigh pasfhocal nua leis an nasc seo (bailí ar feadh {minutes, plural, one {# nóiméad} two {# nóiméad} few {# nóiméad} many {# nóiméad} other {# nóiméad}}, uair amháin), ansin déan cóid athshlánaithe nua.',
      action: 'Ní mise a bhí ann: roghnaigh pasfhocal nua',
    },
    recoveryCodesGenerated: {
      subject: 'Sésame: cóid athshlánaithe nua do do chuntas',
      body: 'Rinneadh {count, plural, one {# chód athshlánaithe nua} two {# chód athshlánaithe nua} few {# chód athshlánaithe nua} many {# gcód athshlánaithe nua} other {# cód athshlánaithe nua}} do do chuntas Sésame, ón seoladh {ip} ({browser}). {replaced, plural, =0 {} one {Ní oibríonn an # chód a bhí fós agat a thuilleadh.} two {Ní oibríonn an # chód a bhí fós agat a thuilleadh.} few {Ní oibríonn an # chód a bhí fós agat a thuilleadh.} many {Ní oibríonn an # gcód a bhí fós agat a thuilleadh.} other {Ní oibríonn an # cód a bhí fós agat a thuilleadh.}} Murab tusa a rinne é, athraigh do phasfhocal láithreach agus déan teagmháil le do dheasc chabhrach.',
      action: 'Mo chuntas',
    },
    accountLocked: {
      subject:
        'Sésame: tá do chuntas faoi ghlas ar feadh {minutes, plural, one {# nóiméad} two {# nóiméad} few {# nóiméad} many {# nóiméad} other {# nóiméad}}',
      body: 'Cuireadh isteach an iomarca pasfhocal mícheart do do chuntas. Tá sé faoi ghlas ar feadh {minutes, plural, one {# nóiméad} two {# nóiméad} few {# nóiméad} many {# nóiméad} other {# nóiméad}}. Murab tusa a bhí ann, athraigh do phasfhocal tar éis duit logáil isteach.',
      action: 'Athshocraigh mo phasfhocal',
    },
    accountLockedUntilReset: {
      subject: 'Sésame: tá do chuntas faoi ghlas go dtí go n-athshocraíonn tú do phasfhocal',
      body: 'Iontráladh an iomarca pasfhocal mícheart i ndiaidh a chéile do do chuntas. Chun é a chosaint, fanfaidh sé faoi ghlas go dtí go n-athshocraítear a phasfhocal: roghnaigh pasfhocal nua leis an gcnaipe thíos, nó iarr ar do bhainisteoir áitiúil nó ar do dheasc chabhrach é a dhíghlasáil. Murarbh tusa a bhí ann, tá duine éigin ag iarraidh do phasfhocal a thomhas: roghnaigh ceann nach n-úsáideann tú in áit ar bith eile. Is féidir leat síniú isteach fós ar bhrabhsálaí inar shínigh tú isteach le do phasfhocal le 90 lá anuas.',
      action: 'Athshocraigh mo phasfhocal',
    },
  },
  deviceEnrolment: {
    quoted: '“{name}”',
    notificationsOff: 'Fógraí múchta',
    notificationsOffNotice:
      'Tá fógraí múchta ar {names}: ní thaispeántar iarratas logála isteach ansin ach fad atá aip Sésame oscailte. Chun iad a chasadh air: oscail aip Sésame ar an ngléas seo agus ceadaigh fógraí (i socruithe an bhrabhsálaí don suíomh seo mura n-iarrann sé). Casann an aip air iad ansin léi féin, a luaithe is féidir léi teacht ar sheirbhís fógraí an fhóin.',
    cancelledNotice: 'Níor cuireadh an gléas leis: ní féidir a chód QR a úsáid a thuilleadh.',
  },
  getApp: {
    title: 'Faigh aip Sésame',
    intro:
      'Is aip ghréasáin í aip Sésame: suiteáiltear í óna seoladh, ní ó shiopa aipeanna. Oscail an seoladh seo ar d’fhón:',
    scan: 'Nó scan an cód seo le ceamara d’fhóin chun í a oscailt:',
    qrAlt: 'Cód QR sheoladh aip Sésame: {url}',
    openOnPhone: 'Oscail aip Sésame',
    mobileIntro: 'Tá tú ar fhón: oscail aip Sésame anseo, ansin cuir le do scáileán baile í.',
    installTitle: 'Cuir le do scáileán baile í',
    android: 'Android (Chrome): oscail an roghchlár ⋮, ansin “Cuir leis an scáileán baile” nó “Suiteáil an aip”.',
    ios: 'iPhone nó iPad (Safari): tapáil Comhroinn, ansin “Cuir leis an Scáileán Baile”.',
    compact: 'Aip Sésame:',
    helpLink: 'Conas aip Sésame a fháil',
    helpTitle: 'Céim 1: suiteáil aip Sésame',
    helpIntro:
      'Chun logáil isteach le d’fhón, is é an chéad chéim aip Sésame a shuiteáil air. Tógann sé níos lú ná nóiméad, agus ní theastaíonn siopa aipeanna.',
    helpNext:
      'Ansin cuir d’fhón le do chuntas: logáil isteach ar ríomhaire agus oscail “Bainistigh mo ghléasanna soghluaiste”.',
    manageDevices: 'Bainistigh mo ghléasanna soghluaiste',
    mailApp: 'Suiteáiltear aip Sésame ar fhón óna seoladh (oscail ansin í, ansin cuir leis an scáileán baile í):',
    mailDevices:
      'Chun fón a chur le do chuntas, oscail “Cuir gléas soghluaiste leis” (in “Bainistigh mo ghléasanna soghluaiste”):',
  },
  organisation: {
    footerLabel: 'Cabhair agus faisnéis dhlíthiúil',
    help: 'Cabhair',
    contact: 'Teagmháil agus tacaíocht',
    legal: 'Fógra dlíthiúil',
    privacy: 'Príobháideachas',
    poweredBy: 'Ag rith ar Sésame, soláthraí céannachta foinse oscailte',
    contactTitle: 'Teagmháil agus tacaíocht',
    contactIntro:
      'Maidir le ceist faoi do chuntas, faoi logáil isteach nó faoi aip Sésame, freagraíonn tacaíocht {name}:',
    email: 'Ríomhphost',
    phone: 'Fón',
    web: 'Leathanach gréasáin',
    hours: 'Uaireanta oscailte',
    contactNone:
      'Níor fhoilsigh an tseirbhís seo teagmháil tacaíochta. Fiafraigh de do bhainisteoir áitiúil: an duine a d’iarr ort {name} a úsáid (ceann do sheirbhíse nó do chomhfhreagraí TF).',
    contactHelp: 'Míníonn an chabhair gach céim, ó aip Sésame a shuiteáil ar d’fhón go logáil isteach gach lá.',
    readHelp: 'Léigh an chabhair, céim ar chéim',
    legalTitle: 'Fógra dlíthiúil',
    legalNone: 'Níor fhoilsigh oibreoir na seirbhíse seo fógra dlíthiúil.',
    legalExternal: 'Tá fógra dlíthiúil {name} ar a shuíomh féin:',
    software:
      'Ritheann an tseirbhís seo Sésame, bogearraí foinse oscailte a foilsíodh faoi Cheadúnas Poiblí an Aontais Eorpaigh, leagan 1.2 (EUPL-1.2).',
    licence: 'Léigh ceadúnas EUPL-1.2',
    askSupport: 'Ceist agat? Teagmháil agus tacaíocht',
    privacyOperatorTitle: 'Ó oibreoir na seirbhíse seo',
    privacyExternal: 'Ráiteas príobháideachais iomlán {name}:',
    mailSignature: 'Foireann {name}',
    mailSupport: 'Tacaíocht {name}:',
    mailNoSupport: 'Ceist agat? Fiafraigh de do bhainisteoir áitiúil, nó léigh an chabhair:',
    mailHelp: 'Cabhair:',
  },
  help: {
    title: 'Cabhair: logáil isteach le haip Sésame',
    intro:
      'Tugann na 14 chéim seo tú ó aip Sésame a shuiteáil ar d’fhón go dtí do logáil isteach laethúil. Tá na hainmneacha céanna ar na cnaipí agus a thugann na céimeanna orthu. Teastaíonn ríomhaire agus fón uait.',
    tocLabel: 'Na céimeanna',
    stepTitle: 'Céim {n}: {title}',
    parts: {
      app: 'Ar d’fhón: suiteáil aip Sésame',
      device: 'Ar do ríomhaire, ansin ar d’fhón: cuir d’fhón le do chuntas',
      signIn: 'Gach lá: logáil isteach i bhfeidhmchlár',
    },
    steps: [
      {
        title: 'Faigh aip Sésame',
        text: 'Is aip ghréasáin í aip Sésame: osclaíonn tú í óna seoladh, gan siopa aipeanna. Tugann an leathanach “Conas aip Sésame a fháil” a seoladh mar nasc agus mar chód QR le scanadh le ceamara d’fhóin.',
        link: 'Conas aip Sésame a fháil',
      },
      {
        title: 'Suiteáil ar an scáileán baile í',
        text: 'Ar Android (Chrome): oscail an roghchlár ⋮, ansin “Cuir leis an scáileán baile” nó “Suiteáil an aip”. Ar iPhone nó iPad (Safari): tapáil Comhroinn, ansin “Cuir leis an Scáileán Baile”.',
      },
      {
        title: 'Oscail an aip',
        text: 'Oscail aip Sésame óna deilbhín ar do scáileán baile. Cuireann a céad scáileán fáilte romhat.',
      },
      {
        title: 'Túsaigh, ansin Lean ar aghaidh',
        text: 'Tapáil “Túsaigh”, ansin “Lean ar aghaidh”. Ceadaigh don aip an ceamara a úsáid (chun cód QR a scanadh) agus fógraí a sheoladh (chun iarraidh ort do logálacha isteach a dheimhniú). Fanann an aip ansin le cód QR: taispeánann do ríomhaire é ag céim 8.',
      },
      {
        title: 'Logáil isteach ar do ríomhaire',
        text: 'Ar do ríomhaire, oscail leathanach logála isteach na tairsí, cuir isteach do sheoladh ríomhphoist, cliceáil “Ar aghaidh”, ansin cuir isteach do phasfhocal.',
        link: 'Oscail an leathanach logála isteach',
      },
      {
        title: 'Mo chuntas, ansin Bainistigh mo ghléasanna soghluaiste',
        text: 'Cliceáil “Mo chuntas”, ansin “Cuir gléas soghluaiste leis” (tá sé freisin in “Bainistigh mo ghléasanna soghluaiste”).',
        link: 'Cuir gléas soghluaiste leis',
      },
      {
        title: 'Ainm an ghléis, PIN, Seol',
        text: 'Tabhair ainm ar d’fhón, gan spásanna, nó fág an t-ainm folamh: úsáidtear samhail d’fhóin (mar shampla Pixel-8). Roghnaigh PIN 4 dhigit, clóscríobh arís é in “Deimhnigh do chód PIN”, ansin cliceáil “Seol”. Clóscríobhfaidh tú an PIN seo san aip gach uair a logálann tú isteach.',
      },
      {
        title: 'Scan an cód QR',
        text: 'Taispeánann do ríomhaire cód QR. Tóg d’fhón agus scan é le haip Sésame.',
      },
      {
        title: 'Cuir isteach do PIN san aip',
        text: 'Iarrann an aip an PIN 4 dhigit a roghnaíodh ag céim 7: clóscríobh é ar an eochaircheap. Seiceáiltear é a luaithe a chlóscríobhtar an ceathrú digit.',
      },
      {
        title: 'Glac leis',
        text: 'Iarrann an aip ort glacadh leis an bhfón seo do do chuntas: tapáil “Glac leis”. Bogann leathanach do ríomhaire ar aghaidh leis féin, agus faigheann tú ríomhphost deimhnithe.',
      },
      {
        title: 'Oscail an feidhmchlár, seoladh ríomhphoist, Ar aghaidh',
        text: 'Ar do ríomhaire, oscail an feidhmchlár a úsáideann tú (mar shampla TRACES NT): seolann sé chuig an leathanach logála isteach thú. Cuir isteach do sheoladh ríomhphoist, ansin cliceáil “Ar aghaidh”. Má chuimhníonn an brabhsálaí ar do sheoladh, téann tú díreach chuig céim 12.',
      },
      {
        title: 'Pasfhocal agus modh fíoraithe',
        text: 'Cuir isteach do phasfhocal agus roghnaigh an modh fíoraithe “Aip Sésame le cód PIN” (nó “Aip Sésame le cód QR” nuair nach bhfuil líonra ag an bhfón), ansin cliceáil “Logáil isteach”.',
      },
      {
        title: 'Deimhnigh san aip',
        text: 'Oscail aip Sésame: taispeánann sí an t-iarratas le hainm an fheidhmchláir, an áit agus an t-am. Seiceáil iad, roghnaigh an uimhir a thaispeánann do ríomhaire, agus cuir isteach do PIN. Le modh an chóid QR, scan an cód a thaispeánann do ríomhaire agus clóscríobh an cód a thugann an aip.',
      },
      {
        title: 'Tá tú logáilte isteach',
        text: 'Tá tú san fheidhmchlár. Gach uair a logálann tú isteach, deimhníonn aip Sésame é: céimeanna 11 go 13, i gceann cúpla soicind.',
        link: 'Téigh chuig Mo chuntas',
      },
    ],
    alt: {
      'help-app':
        'An leathanach “Céim 1: suiteáil aip Sésame”: seoladh na haipe mar nasc, agus cód QR le scanadh le ceamara an fhóin.',
      'app-welcome': 'Aip Sésame ar fhón, an chéad scáileán: “Fáilte chuig aip Sésame” agus an cnaipe “Túsaigh”.',
      'sign-in':
        'An leathanach logála isteach ar ríomhaire: an réimse “Seoladh ríomhphoist” agus an cnaipe “Ar aghaidh”.',
      account:
        'An leathanach “Mo chuntas” ar ríomhaire, leis an mbealach chuig “Bainistigh mo ghléasanna soghluaiste”.',
      'annex-07-add-device':
        'An fhoirm “Cuir gléas soghluaiste leis”: ainm an ghléis, PIN 4 dhigit, deimhniú an PIN, agus na cnaipí “Seol” agus “Cealaigh”.',
      'annex-08-qr': 'Taispeánann an ríomhaire an cód QR le scanadh le haip Sésame, agus fanann sé leis an bhfón.',
      'annex-08-scan': 'Aip Sésame ar an bhfón, a ceamara dírithe ar chód QR an ríomhaire.',
      'annex-09-pin': 'Iarrann aip Sésame an PIN 4 dhigit, le heochaircheap.',
      'annex-10-accept': 'Iarrann aip Sésame glacadh leis an bhfón don chuntas, leis an gcnaipe “Glac leis”.',
      'annex-10-device-added':
        'Ar an ríomhaire, liostaíonn “Bainistigh mo ghléasanna soghluaiste” an fón nua mar ghníomhach.',
      'annex-12-method':
        'Leathanach an phasfhocail: réimse an phasfhocail, rogha an mhodha fíoraithe agus an cnaipe “Logáil isteach”.',
      'annex-13-request':
        'Taispeánann aip Sésame an t-iarratas logála isteach: an feidhmchlár, an áit, an t-am, agus na huimhreacha le roghnú eatarthu.',
      'annex-13-number': 'Fanann an ríomhaire le freagra na haipe agus taispeánann sé an uimhir le roghnú san aip.',
      'annex-14-signed-in':
        'An feidhmchlár “TRACES NT (taispeántas)”, logáilte isteach: an t-ainm, an leibhéal fíordheimhnithe agus na fachtóirí a úsáideadh.',
    },
    backToSteps: 'Ar ais chuig liosta na gcéimeanna',
    stuck: 'I bhfostú ag céim? Teagmháil agus tacaíocht',
    nextTitle: 'Tosaigh anois',
    startSignedIn: 'Téigh chuig Mo chuntas',
    startSignIn: 'Logáil isteach',
  },
  authenticatorApps: {
    title: 'Bainistigh m’aipeanna fíordheimhnithe',
    intro:
      'Taispeánann aip fíordheimhnithe (mar shampla FreeOTP, Aegis, Google Authenticator nó Microsoft Authenticator) cód 6 dhigit a athraíonn gach 30 soicind. Clóscríobh é tar éis do phasfhocail chun logáil isteach.',
    none: 'Níl aon aip fíordheimhnithe cláraithe do do chuntas.',
    add: 'Cuir aip fíordheimhnithe leis',
    name: 'Ainm',
    added: 'Curtha leis',
    lastUsed: 'Úsáidte go deireanach',
    never: 'Riamh',
    actions: 'Gníomhartha',
    rename: 'Athainmnigh',
    delete: 'Scrios',
    cancel: 'Cealaigh',
    addTitle: 'Cuir aip fíordheimhnithe leis',
    nameHint: 'Chun í a aithint sa liosta, mar shampla “Aegis ar m’fhón”.',
    continue: 'Lean ar aghaidh',
    scanTitle: 'Scan an cód QR seo le d’aip fíordheimhnithe',
    qrAlt: 'Cód QR le scanadh le d’aip fíordheimhnithe',
    secretIntro:
      'Ní féidir é a scanadh? Clóscríobh an eochair seo san aip (bunaithe ar am, 6 dhigit, gach 30 soicind):',
    secretLabel: 'Eochair',
    confirmTitle: 'Cuir isteach an cód 6 dhigit',
    codeLabel: 'Cód a thaispeánann an aip',
    codeHint: '6 dhigit.',
    confirm: 'Deimhnigh',
    wrongCode:
      'Níl an cód seo ceart. Seiceáil go bhfuil an t-am ceart ar d’fhón agus clóscríobh an cód a thaispeánann an aip anois.',
    addedNotice: 'Cuireadh an aip fíordheimhnithe “{name}” leis.',
    renamedNotice: '“{name}” is ainm don aip fíordheimhnithe anois.',
    deletedNotice: 'Scriosadh an aip fíordheimhnithe.',
    renameTitle: 'Athainmnigh an aip fíordheimhnithe',
    renameSubmit: 'Athainmnigh',
    deleteTitle: 'Scrios an aip fíordheimhnithe',
    deleteBody: 'An scriosfar “{name}”? Ní logálfaidh a cóid isteach thú a thuilleadh.',
    deleteSubmit: 'Scrios',
    secondFactorBody:
      'Athraíonn cur leis nó scriosadh aipe fíordheimhnithe an chaoi a gcosnaítear do chuntas. Tá, nó bhí, dara fachtóir ag do chuntas: deimhnigh leis ar dtús.',
    back: 'Ar ais chuig Mo chuntas',
  },
  recoveryCodes: {
    title: 'Cóid athshlánaithe',
    intro:
      'Má chailleann tú gach gléas, ligeann cód athshlánaithe duit logáil isteach uair amháin le do phasfhocal, chun ceann nua a shocrú. Oibríonn gach cód uair amháin. Coinnigh ar pháipéar iad, nó in áit shábháilte, i bhfad ó d’fhón.',
    remaining:
      '{count, plural, =0 {Níl aon chód athshlánaithe fágtha agat.} one {Tá # chód athshlánaithe fágtha agat.} two {Tá # chód athshlánaithe fágtha agat.} few {Tá # chód athshlánaithe fágtha agat.} many {Tá # gcód athshlánaithe fágtha agat.} other {Tá # cód athshlánaithe fágtha agat.}}',
    none: 'Níl aon chóid athshlánaithe agat fós.',
    noFactor:
      'Tairgtear cóid athshlánaithe nuair a bhíonn dara fachtóir ag do chuntas: cuir gléas soghluaiste nó aip fíordheimhnithe leis ar dtús.',
    generate: 'Déan mo chóid athshlánaithe',
    regenerate: 'Déan cóid athshlánaithe nua',
    regenerateHint: 'Tagann na cóid nua in áit na seanchód: stopann na seanchóid ag obair.',
    shownTitle: 'Do chóid athshlánaithe',
    shownOnce: 'Ní thaispeántar na cóid seo ach an uair seo amháin. Priontáil, cóipeáil nó íoslódáil anois iad.',
    listLabel: 'Do dheich gcód athshlánaithe',
    print: 'Priontáil',
    copy: 'Cóipeáil',
    download: 'Íoslódáil (.txt)',
    saved: 'Shábháil mé iad',
    fileIntro: 'Cóid athshlánaithe Sésame. Oibríonn gach cód uair amháin.',
    offer: 'Coinnigh bealach ar ais isteach i do chuntas má chailleann tú do ghléasanna: déan do chóid athshlánaithe.',
    offerLink: 'Déan mo chóid athshlánaithe',
    secondFactorBody:
      'Tugann cóid athshlánaithe bealach nua isteach i do chuntas. Deimhnigh le do dhara fachtóir ar dtús.',
  },
  eids: {
    title: 'Bainistigh mo eIDanna',
    intro:
      'Is é eID do chéannacht leictreonach náisiúnta (mar shampla FranceConnect). Nuair a bhíonn sí nasctha, logálann sí isteach thú ón gcéad scáileán, gan do phasfhocal, ag an leibhéal dearbhaithe a thugann sí.',
    none: 'Níl aon eID nasctha le do chuntas.',
    name: 'eID',
    added: 'Nasctha',
    lastUsed: 'Úsáidte go deireanach',
    never: 'Riamh',
    actions: 'Gníomhartha',
    unlink: 'Dínasc',
    unlinkLabel: 'Dínasc {provider}',
    link: 'Nasc mo eID',
    linkWith: 'Nasc mo eID le {provider}',
    linkIntro: 'Seolfar chuig do sholáthraí eID thú, ansin ar ais anseo.',
    back: 'Ar ais chuig Mo chuntas',
    linkedNotice: 'Tá d’eID {provider} nasctha: is féidir leat logáil isteach léi anois.',
    unlinkedNotice: 'Tá an eID dínasctha: ní logálann sí isteach thú a thuilleadh.',
    secondFactorBody:
      'Athraíonn nascadh nó dínascadh eID an chaoi ar féidir logáil isteach i do chuntas: deimhnigh cé thú féin le ceann de do dhara fachtóirí ar dtús.',
    signInAgain: 'D’athraigh do sheisiún fad a bhí tú ag do sholáthraí eID. Logáil isteach arís, ansin nasc d’eID.',
  },
  eidNewcomer: {
    title: 'Cruthaigh do chuntas Sésame ó d’eID',
    intro:
      'Níl d’eID {provider} nasctha le haon chuntas Sésame. Is féidir le Sésame do chuntas a chruthú as an méid a thug d’eID le fios:',
    firstName: 'Céadainm',
    lastName: 'Sloinne',
    email: 'Seoladh ríomhphoist',
    noPassword:
      'Ní bheidh pasfhocal ag do chuntas: logálann tú isteach le d’eID. Chun pasfhocal a chur leis níos déanaí, úsáid “Ar dhearmad tú do phasfhocal?” ar an gcéad scáileán.',
    create: 'Cruthaigh mo chuntas',
    cancel: 'Cealaigh',
    existsTitle: 'Tá cuntas ann cheana leis an seoladh ríomhphoist seo',
    existsBody:
      'Tá cuntas ann leis an seoladh ríomhphoist {email}: logáil isteach ann chun d’eID a nascadh leis. Logálfaidh d’eID isteach sa chuntas sin thú ina dhiaidh sin.',
    existsAction: 'Logáil isteach chun mo eID a nascadh',
    confirmTitle: 'Nasc d’eID le do chuntas',
    confirmBody:
      'An bhfuil tú ag iarraidh an eID {provider} a nascadh leis an gcuntas {email}? Logálfaidh sí isteach sa chuntas seo thú ón gcéad scáileán ina dhiaidh sin.',
    confirmAction: 'Nasc mo eID',
    expired:
      'Tá an t-iarratas seo imithe in éag, nó cuireadh tús leis i mbrabhsálaí eile. Logáil isteach le d’eID arís.',
    createdNotice: 'Cruthaíodh do chuntas Sésame ó d’eID {provider}.',
  },
  securityKeys: {
    title: 'Bainistigh m’eochracha slándála agus m’ardáin iontaofa',
    intro:
      'Deimhníonn eochair slándála (USB nó NFC, mar shampla YubiKey) nó ardán iontaofa (Windows Hello, Touch ID, glas scáileáin fóin Android) do logáil isteach tar éis do phasfhocail le tadhall, le PIN nó le méarlorg. Níl aon rud le clóscríobh.',
    none: 'Níl aon eochair slándála ná ardán iontaofa cláraithe do do chuntas.',
    add: 'Cuir eochair slándála nó ardán iontaofa leis',
    name: 'Ainm',
    kind: 'Cineál',
    added: 'Curtha leis',
    lastUsed: 'Úsáidte go deireanach',
    never: 'Riamh',
    actions: 'Gníomhartha',
    rename: 'Athainmnigh',
    delete: 'Scrios',
    cancel: 'Cealaigh',
    kindKey: 'Eochair slándála',
    kindPlatform: 'Ardán iontaofa',
    kindSynced: 'Eochair rochtana (sioncronaithe)',
    addTitle: 'Cuir eochair slándála nó ardán iontaofa leis',
    nameHint:
      'Chun í a aithint sa liosta, mar shampla “YubiKey ar m’fháinne eochrach” nó “Windows Hello ar mo ríomhaire glúine”.',
    continue: 'Lean ar aghaidh',
    passkey: 'Déan eochair rochtana di: logáil isteach léi gan mo sheoladh ríomhphoist a chlóscríobh',
    passkeyHint:
      'Coinníonn an eochair do chuntas ansin, cosanta ag a PIN, ag a méarlorg nó ag aghaidh, a iarrfaidh sí gach uair. Ní féidir le gach eochair é sin a dhéanamh.',
    promptTitle: 'Cláraigh d’eochair slándála nó d’ardán iontaofa',
    promptIntro:
      'Roghnaigh an cnaipe thíos: iarrann do bhrabhsálaí ort d’eochair a chur isteach agus teagmháil a dhéanamh léi, nó deimhniú le PIN, le haghaidh nó le méarlorg an ríomhaire nó an fhóin seo.',
    promptButton: 'Cláraigh “{name}”',
    expired: 'Tá an t-iarratas seo imithe in éag. Tosaigh arís.',
    refused: 'Níorbh fhéidir an eochair seo a chlárú: ní raibh freagra an bhrabhsálaí bailí. Bain triail eile as.',
    notAccepted: 'Ní cheadaíonn d’eagraíocht an tsamhail seo d’eochair slándála. Úsáid eochair eile.',
    already: 'Tá an eochair slándála seo cláraithe cheana.',
    addedNotice: 'Cuireadh an eochair slándála nó an t-ardán iontaofa “{name}” leis.',
    renamedNotice: '“{name}” is ainm don eochair slándála nó don ardán iontaofa anois.',
    deletedNotice: 'Scriosadh an eochair slándála nó an t-ardán iontaofa.',
    renameTitle: 'Athainmnigh an eochair slándála nó an t-ardán iontaofa',
    renameSubmit: 'Athainmnigh',
    deleteTitle: 'Scrios an eochair slándála nó an t-ardán iontaofa',
    deleteBody: 'An scriosfar “{name}”? Ní logálfaidh sé isteach thú a thuilleadh.',
    deleteSubmit: 'Scrios',
    secondFactorBody:
      'Athraíonn cur leis nó scriosadh eochrach slándála an chaoi a gcosnaítear do chuntas. Tá, nó bhí, dara fachtóir ag do chuntas: deimhnigh leis ar dtús.',
    back: 'Ar ais chuig Mo chuntas',
  },
  signInCode: {
    totpTitle: 'Cuir isteach cód d’aipe fíordheimhnithe',
    totpIntro: 'Oscail d’aip fíordheimhnithe agus clóscríobh an cód 6 dhigit a thaispeánann sí don chuntas seo.',
    totpLabel: 'Cód a thaispeánann an aip',
    totpHint: '6 dhigit.',
    totpWrong: 'Níl an cód seo ceart, nó úsáideadh cheana é. Fan leis an gcéad chód eile agus clóscríobh é.',
    recoveryTitle: 'Cuir isteach cód athshlánaithe',
    recoveryIntro:
      'Clóscríobh ceann de na cóid athshlánaithe a shábháil tú. Beidh sé ídithe ansin; tar éis duit logáil isteach, socraigh dara fachtóir nua.',
    recoveryLabel: 'Cód athshlánaithe',
    recoveryHint: 'Mar shampla ABCD-EFGH-JKLM-NPQR-STUV. Is cuma faoi fhleiscíní agus faoi spásanna.',
    recoveryWrong: 'Níl an cód seo ceart, nó úsáideadh cheana é. Seiceáil é agus clóscríobh arís é.',
    expires: 'Glacann an leathanach seo le cód go dtí {time}.',
    expired: 'Tá an leathanach seo imithe in éag. Tosaigh arís chun cód a chlóscríobh.',
    restart: 'Tosaigh arís',
    totpNone:
      'Níl aon aip fíordheimhnithe cláraithe don chuntas seo. Roghnaigh modh fíoraithe eile, nó cuir ceann leis in “Bainistigh m’aipeanna fíordheimhnithe” nuair a bheidh tú logáilte isteach.',
    recoveryNone: 'Níl aon chód athshlánaithe fágtha ag an gcuntas seo. Roghnaigh modh fíoraithe eile.',
    blocked:
      'An iomarca cód mícheart. Bain triail eile as tar éis {time}. Murab tusa a bhí ann, athraigh do phasfhocal.',
    webauthnTitle: 'Deimhnigh le d’eochair slándála nó le d’ardán iontaofa',
    webauthnIntro:
      'Roghnaigh an cnaipe thíos: iarrann do bhrabhsálaí ort d’eochair slándála a chur isteach agus teagmháil a dhéanamh léi, nó deimhniú le PIN, le haghaidh nó le méarlorg an ríomhaire nó an fhóin seo.',
    webauthnButton: 'Úsáid m’eochair slándála nó m’ardán iontaofa',
    webauthnExpires: 'Fanann an leathanach seo le d’eochair go dtí {time}.',
    webauthnExpired: 'Tá an leathanach seo imithe in éag. Tosaigh arís chun d’eochair a úsáid.',
    webauthnWrong:
      'Níor glacadh leis an eochair seo. Úsáid eochair slándála nó ardán iontaofa atá cláraithe do do chuntas, ansin bain triail eile as.',
    webauthnNone:
      'Níl aon eochair slándála ná ardán iontaofa cláraithe don chuntas seo. Roghnaigh modh fíoraithe eile, nó cuir ceann leis in “Bainistigh m’eochracha slándála agus m’ardáin iontaofa” nuair a bheidh tú logáilte isteach.',
    webauthnFailed:
      'Ní bhfuair do bhrabhsálaí freagra ó eochair (cealaithe, thar am, nó gan eochair chláraithe anseo). Bain triail eile as, nó roghnaigh modh fíoraithe eile.',
    webauthnUnsupported:
      'Ní féidir leis an mbrabhsálaí seo eochracha slándála a úsáid (tá JavaScript nó WebAuthn múchta). Úsáid brabhsálaí eile nó roghnaigh modh fíoraithe eile.',
  },
  setUpFactor: {
    title: 'Socraigh dara fachtóir nua',
    why: 'Logáil tú isteach le cód athshlánaithe: tá sé ídithe anois. {count, plural, =0 {Níl aon chód athshlánaithe fágtha agat.} one {Tá # chód athshlánaithe fágtha agat.} two {Tá # chód athshlánaithe fágtha agat.} few {Tá # chód athshlánaithe fágtha agat.} many {Tá # gcód athshlánaithe fágtha agat.} other {Tá # cód athshlánaithe fágtha agat.}}',
    next: 'Socraigh bealach nua chun a dheimhniú gur tusa atá ann, ansin scrios na gléasanna a chaill tú.',
    addDevice: 'Cuir gléas soghluaiste leis (aip Sésame)',
    addTotp: 'Cuir aip fíordheimhnithe leis',
    devices: 'Bainistigh mo ghléasanna soghluaiste',
    recoveryCodes: 'Cóid athshlánaithe',
    later: 'Ar ball: téigh chuig Mo chuntas',
  },
  proposedName: {
    nameHint: 'Gan spásanna. Fág folamh é chun samhail d’fhóin a úsáid, mar shampla Pixel-8.',
    qrAlt: 'Cód QR le scanadh le haip Sésame chun d’fhón a chur leis',
  },
  enrolmentRefused: {
    title: 'Ní féidir an fón seo a chur leis',
    otherAccount:
      'Deimhníonn an fón a scan an cód QR logálacha isteach chuntas duine eile cheana. Freastalaíonn fón amháin ar dhuine amháin: níor cuireadh an gléas leis, agus ní féidir an cód QR a úsáid a thuilleadh.',
    sameAccount:
      'Tá an fón a scan an cód QR cláraithe do do chuntas cheana: níl aon rud le cur leis. Ní féidir an cód QR a úsáid a thuilleadh.',
    nextTitle: 'Cad anois?',
    otherAccountNext:
      'Cuir an gléas leis arís agus scan an cód QR nua le fón eile — nó, más leatsa an fón seo, bain an cuntas eile de ar dtús: scriosann a úinéir an fón in “Bainistigh mo ghléasanna soghluaiste”.',
    sameAccountNext: 'Tá d’fhón i liosta do ghléasanna soghluaiste. Chun fón eile a chur leis, cuir gléas leis arís.',
    addAgain: 'Cuir gléas soghluaiste leis le fón eile',
    backToDevices: 'Ar ais chuig Bainistigh mo ghléasanna soghluaiste',
  },
  accountOptions: {
    title: 'Cumraigh mo chuntas',
    link: 'Cumraigh mo chuntas',
    intro: 'Baineann na roghanna seo le gach logáil isteach i do chuntas, ar aon bhrabhsálaí.',
    signInTitle: 'Logáil isteach',
    always: 'Iarr dara fachtóir i gcónaí',
    alwaysHint:
      'Ní logálann an pasfhocal amháin isteach thú a thuilleadh, fiú i bhfeidhmchláir a ghlacann leis: iarrann gach logáil isteach d’aip Sésame, d’aip fíordheimhnithe nó d’eochair slándála freisin.',
    alwaysWarning:
      'Má chailleann tú gach dara fachtóir (agus do chóid athshlánaithe), ní féidir leat logáil isteach leat féin a thuilleadh: ní féidir ach leis an deasc chabhrach do rochtain a thabhairt ar ais.',
    alwaysNeedsFactor:
      'Cuir dara fachtóir leis ar dtús (aip Sésame nó aip fíordheimhnithe): leis an bpasfhocal amháin, bheadh do chuntas faoi ghlas.',
    addFactor: 'Cuir gléas soghluaiste leis',
    addAuthenticatorApp: 'Cuir aip fíordheimhnithe leis',
    preferred: 'Modh fíoraithe is fearr leat',
    preferredHint:
      'Tar éis do phasfhocail, osclaíonn an logáil isteach ar an modh seo nuair a ghlacann an feidhmchlár leis.',
    preferredNone: 'Gan rogha (an modh a d’úsáid mé go deireanach)',
    preferredNotHeld: 'Roghnaigh ceann de na modhanna atá ag do chuntas.',
    appsTitle: 'Feidhmchláir',
    warn: 'Tabhair rabhadh dom gach uair a iarrann feidhmchlár mo chéannacht',
    warnHint:
      'Sula bhfaigheann feidhmchlár do chéannacht — tar éis duit logáil isteach, nó nuair atá tú logáilte isteach cheana — ainmníonn leathanach é agus fiafraíonn sé díot leanúint ar aghaidh nó cealú.',
    mailsTitle: 'Fógraí ríomhphoist',
    newBrowser: 'Seol ríomhphost chugam nuair a logáiltear isteach i mo chuntas ó bhrabhsálaí nua',
    newBrowserHint:
      'Bíonn brabhsálaí nua nuair nár logáladh isteach i do chuntas leis le bliain anuas (nó ó glanadh a fhianáin). Insíonn an ríomhphost cathain, cé as agus cén brabhsálaí.',
    mailsAlways:
      'Ar mhaithe le do chosaint, seolann Sésame ríomhphost chugat i gcónaí nuair a chuirtear leis nó nuair a bhaintear gléas soghluaiste, aip fíordheimhnithe, eochair slándála, uimhir fóin póca nó cóid athshlánaithe, nuair a úsáidtear cód athshlánaithe, agus nuair a athraíonn do phasfhocal nó do sheoladh ríomhphoist. Ní féidir na ríomhphoist seo a mhúchadh.',
    save: 'Sábháil mo roghanna',
    back: 'Ar ais chuig Mo chuntas',
    saved: 'Sábháladh do roghanna.',
    unchanged: 'Níor athraíodh aon rud.',
    secondFactorBody:
      'Socraíonn roghanna do chuntais an chaoi a gcosnaítear do chuntas. Tá dara fachtóir ag do chuntas: deimhnigh leis ar dtús.',
  },
  signInChoose: {
    title: 'Roghnaigh conas a dheimhneoidh tú gur tusa atá ann',
    intro: 'Tá do phasfhocal ceart. Deimhnigh le ceann de mhodhanna do chuntais:',
    submit: 'Lean ar aghaidh',
    lostAccess: 'Níl aon cheann díobh seo agam a thuilleadh: úsáid cód athshlánaithe',
    none: 'Níl aon mhodh fíoraithe ag do chuntas a nglacann an feidhmchlár seo leis.',
    typePassword: 'Logáil isteach arís le modh eile',
  },
  appConsent: {
    title: 'Tá feidhmchlár ag iarraidh do chéannachta',
    body: 'Ba mhaith le “{app}” a fháil amach cé thú féin. Lean ar aghaidh chun logáil isteach ann.',
    why: 'Feiceann tú an leathanach seo mar gur iarr tú go dtabharfaí rabhadh duit gach uair a iarrann feidhmchlár do chéannacht. Mura raibh súil agat leis, cealaigh.',
    continue: 'Lean ar aghaidh chuig an bhfeidhmchlár',
    cancel: 'Cealaigh',
    options: 'Athraigh an rogha seo in Cumraigh mo chuntas',
    gone: 'Freagraíodh an t-iarratas seo cheana nó tá sé imithe in éag. Téigh ar ais chuig an bhfeidhmchlár agus bain triail eile as.',
  },
  phoneNumbers: {
    title: 'Bainistigh m’uimhreacha fóin póca',
    intro:
      'Is féidir le cód a sheoltar trí SMS chuig ceann de na huimhreacha seo do logáil isteach a dheimhniú tar éis do phasfhocail.',
    sunset: 'Stopann logáil isteach trí SMS ar {date}. Tá aip Sésame níos sábháilte: cuir leis anois í.',
    addDevice: 'Cuir gléas soghluaiste leis (aip Sésame)',
    none: 'Níl aon uimhir fóin póca cláraithe do do chuntas.',
    number: 'Uimhir',
    added: 'Curtha leis',
    lastUsed: 'Úsáidte go deireanach',
    never: 'Riamh',
    actions: 'Gníomhartha',
    delete: 'Scrios',
    add: 'Cuir uimhir leis',
    addTitle: 'Cuir uimhir fóin póca leis',
    phoneLabel: 'Uimhir fóin póca',
    phoneHint: 'Tosaigh le “+” agus cód na tíre, gan poncanna, lúibíní ná fleiscíní, mar shampla +33 6 12 34 56 78.',
    send: 'Seol an cód',
    confirmTitle: 'Cuir isteach an cód a seoladh trí SMS',
    confirmIntro: 'Sheolamar cód naoi gcarachtar chuig {phone}. Clóscríobh é roimh {time}.',
    codeLabel: 'Cód a fuarthas trí SMS',
    codeHint: 'Mar shampla K7P-M2X-9QR. Is cuma faoi fhleiscíní, faoi spásanna agus faoi chás na litreacha.',
    finalise: 'Críochnaigh',
    wrongCode: 'Níl an cód seo ceart. Seiceáil an SMS agus clóscríobh an cód arís.',
    over: 'Tá an deimhniú seo thart (imithe in éag, nó an iomarca cód mícheart). Cuir an uimhir leis arís chun cód nua a fháil.',
    addedNotice: 'Cuireadh an uimhir {name} leis.',
    deletedNotice: 'Scriosadh an uimhir.',
    deleteTitle: 'Scrios an uimhir fóin póca',
    deleteBody: 'An scriosfar {name}? Ní logálfaidh cóid a sheoltar chuici isteach thú a thuilleadh.',
    deleteSubmit: 'Scrios',
    cancel: 'Cealaigh',
    secondFactorBody:
      'Athraíonn cur leis nó scriosadh uimhir fóin an chaoi a gcosnaítear do chuntas. Tá, nó bhí, dara fachtóir ag do chuntas: deimhnigh leis ar dtús.',
    back: 'Ar ais chuig Mo chuntas',
    enrolText: 'Sésame: is é {code} do chód chun an uimhir seo a chur leis. Ná tabhair do dhuine ar bith é.',
  },
  signInSms: {
    title: 'Cuir isteach an cód a seoladh trí SMS',
    intro: 'Sheolamar cód dúshláin logála isteach naoi gcarachtar chuig {phone}.',
    label: 'Cód a fuarthas trí SMS',
    hint: 'Mar shampla K7P-M2X-9QR. Is cuma faoi fhleiscíní, faoi spásanna agus faoi chás na litreacha.',
    resend: 'Seol cód nua',
    wrongCode: 'Níl an cód seo ceart, nó úsáideadh cheana é. Seiceáil an SMS is déanaí agus clóscríobh a chód.',
    none: 'Níl aon uimhir fóin póca cláraithe don chuntas seo. Roghnaigh modh fíoraithe eile.',
    text: 'Sésame: is é {code} do chód dúshláin logála isteach. Ná tabhair do dhuine ar bith é, fiú dúinne.',
    sunsetTitle: 'Stopfaidh logáil isteach trí SMS go luath',
    sunsetBody:
      'Ó {date}, ní ghlacfar le SMS chun logáil isteach a thuilleadh. Suiteáil aip Sésame anois: tá sí níos sábháilte (gan malartú SIM, gan idircheapadh) agus oibríonn sí gan líonra.',
    sunsetInstall: 'Suiteáil aip Sésame anois',
    sunsetLater: 'Ar ball',
    sunsetLaterHint: 'Cuirfear i gcuimhne duit é ag do chéad logáil isteach eile trí SMS.',
  },
  admin: {
    title: 'Riarachán',
    link: 'Riarachán',
    secondFactorBody:
      'Teastaíonn logáil isteach le dara fachtóir don riarachán. Deimhnigh gur tusa atá ann le do cheann féin, agus tiocfaidh tú ar ais anseo.',
    searchTitle: 'Aimsigh cuntas',
    searchLabel: 'Ainm, seoladh ríomhphoist nó aitheantóir',
    searchStarts: 'Tús céadainm, sloinne nó seolta ríomhphoist, nó aitheantóir iomlán.',
    searchHint: 'Fág folamh é chun cuntais d’eagraíochtaí a liostú.',
    within: 'Eagraíocht',
    allMine: 'Mo chuid eagraíochtaí go léir',
    submit: 'Cuardaigh',
    scopeIntro: 'Is féidir leat cuntais na n-eagraíochtaí seo a fheiceáil: {organisations}.',
    results: 'Cuntais a aimsíodh',
    none: 'Níl aon chuntas comhoiriúnach i d’eagraíochtaí.',
    limited: 'Ní thaispeántar ach an chéad {limit} cuntas: caolaigh an cuardach.',
    colName: 'Ainm',
    colEmail: 'Seoladh ríomhphoist',
    colOrganisation: 'Eagraíocht',
    colId: 'Aitheantóir',
    accountTitle: 'Cuntas {name}',
    back: 'Ar ais chuig an gcuardach',
    identity: 'Céannacht',
    organisation: 'Eagraíocht',
    roles: 'Róil riaracháin',
    noRoles: 'Dada.',
    roleOver: '{role}, {organisation}',
    roleNames: {
      administrator: 'Riarthóir',
      local_manager: 'Bainisteoir áitiúil',
      helpdesk: 'Deasc chabhrach',
      auditor: 'Iniúchóir',
    },
    methods: 'Modhanna logála isteach agus gléasanna',
    noMethods: 'Pasfhocal amháin: gan dara fachtóir.',
    colMethod: 'Modh',
    colStatus: 'Stádas',
    colAdded: 'Curtha leis',
    colLastUsed: 'Úsáidte go deireanach',
    never: 'Riamh',
    kinds: {
      device: 'Aip Sésame',
      totp: 'Aip fíordheimhnithe',
      webauthn: 'Eochair slándála nó eochair rochtana',
      'recovery-code': 'Cód athshlánaithe',
      sms: 'Fón póca (SMS)',
    },
    statuses: {
      active: 'Gníomhach',
      pending: 'Gan deimhniú',
      blocked: 'Blocáilte',
      used: 'Úsáidte',
    },
    signIns: 'Logálacha isteach is déanaí',
    noSignIns: 'Níor taifeadadh aon logáil isteach.',
    colWhen: 'Cathain',
    colWhat: 'Cad',
    colFrom: 'Cé as',
    lock: 'Glas',
    lockedEverywhere:
      'Faoi ghlas tar éis an iomarca pasfhocal mícheart: ní féidir le duine ar bith logáil isteach sa chuntas seo faoi láthair.',
    failures:
      '{count, plural, =0 {Gan aon phasfhocal mícheart} one {# phasfhocal mícheart} two {# phasfhocal mícheart} few {# phasfhocal mícheart} many {# bpasfhocal mícheart} other {# pasfhocal mícheart}} i ndiaidh a chéile ón síniú isteach, athshocrú pasfhocail nó díghlasáil deireanach.',
    notLocked:
      'Níl sé faoi ghlas i ngach áit. Ní thaispeántar anseo glas ó líonra amháin (an t-úinéir ag clóscríobh go mícheart san oifig): baineann an díghlasáil é sin freisin.',
    lockedFromNetwork:
      'Faoi ghlas ag {time} tar éis an iomarca pasfhocal mícheart ó líonra amháin (an t-úinéir ag clóscríobh go mícheart, nó duine éigin ag tomhas): diúltaítear do logálacha isteach ón áit sin faoi láthair.',
    unlock: 'Díghlasáil an cuntas',
    unlockHint:
      'Is féidir leis an úinéir logáil isteach arís láithreach, ó áit ar bith. Taifeadtar é seo san iniúchadh.',
    unlocked: 'Tá an cuntas díghlasáilte: is féidir lena úinéir logáil isteach arís.',
    factorTitle: 'Dara fachtóir caillte',
    factorIntro:
      'Nuair a chaill an t-úinéir gach dara fachtóir (fón caillte nó goidte, gan cód athshlánaithe): bain iad go léir, ionas nach féidir le duine ar bith iad a úsáid. Críochnaíonn gach seisiún den chuntas. Insítear don úinéir trí ríomhphost conas gléas soghluaiste nua a chur leis (“Níl mo fhón agam a thuilleadh”).',
    reason: 'Cúis',
    reasonHint:
      'Riachtanach, taifeadta san iniúchadh: conas a d’iarr an t-úinéir é agus conas a sheiceáil tú gurbh é a bhí ann (mar shampla: “fón caillte, ghlaoigh ar an deasc chabhrach, céannacht seiceáilte ag an mbainisteoir”).',
    resetFactor: 'Bain gach dara fachtóir',
    reasonRequired: 'Abair cén fáth: tá an chúis riachtanach.',
    reasonTooLong: 'Tá an chúis rófhada: {max} carachtar ar a mhéad.',
    factorReset:
      'Baineadh gach dara fachtóir den chuntas ({devices} gléas soghluaiste, {credentials} fachtóir eile). Cuireadh an t-úinéir ar an eolas trí ríomhphost.',
    recoveryTitle: 'Athshlánú cuntais',
    recoveryWaiting:
      'Thosaigh an t-úinéir “Níl mo fhón agam a thuilleadh” ar {started}, lena phasfhocal agus leis an nasc a seoladh chuige. Is féidir gléas soghluaiste nua a chur leis ó {ready}.',
    recoveryIntro:
      'Má sheiceáil tú gurb é an t-úinéir go fírinneach atá ann — glao ar ais chuig uimhir a bhí ar eolas agat cheana, doiciméad aitheantais, go pearsanta — is féidir leat deireadh a chur leis an tréimhse feithimh anois. Ní féidir ach leis an mbrabhsálaí inar dheimhnigh an t-úinéir an t-athshlánú gléas a chur leis ansin; ní chuireann tusa aon cheann leis. Cuirtear an t-úinéir ar an eolas trí ríomhphost, le nasc chun cealú.',
    recoveryReason: 'Conas a sheiceáil tú céannacht an úinéara',
    recoveryReasonHint:
      'Riachtanach, taifeadta san iniúchadh (mar shampla: “glaoite ar ais ar uimhir na hoifige, cárta aitheantais feicthe”).',
    recoveryExpedite: 'Cuir deireadh leis an tréimhse feithimh anois',
    recoveryExpedited:
      'Tá an tréimhse feithimh thart: is féidir leis an úinéir gléas soghluaiste nua a chur leis anois. Cuireadh ar an eolas é trí ríomhphost.',
    recoveryNothing: 'Níl aon athshlánú ag fanacht ar an gcuntas seo a thuilleadh: níor athraíodh aon rud.',
    passwordTitle: 'Pasfhocal',
    sendReset: 'Seol nasc athshocraithe pasfhocail',
    sendResetHint:
      'Faigheann an t-úinéir nasc trí ríomhphost chun pasfhocal nua a roghnú, bailí ar feadh {minutes} nóiméad. Ní fheiceann tú agus ní shocraíonn tú an pasfhocal riamh. Taifeadtar é seo san iniúchadh.',
    resetSent: 'Seoladh nasc athshocraithe pasfhocail chuig {email}.',
  },
  levelGapOpening: {
    passwordAlone: 'Logáil tú isteach le do phasfhocal amháin.',
    otherFactor: 'Logáil tú isteach le “{method}”, nach nglacann {app} leis.',
  },
  dashboard: {
    title: 'Deais an aistrithe',
    heading: 'Deais an aistrithe: {organisation}',
    link: 'Deais an aistrithe',
    intro:
      'Conas a logálann oifigigh {organisation} agus na n-eagraíochtaí faoi isteach, agus cad atá fágtha le déanamh sula stopann SMS.',
    organisations: 'Deaiseanna na n-eagraíochtaí a bhainistíonn tú:',
    total: 'Oifigigh',
    app: 'Aip Sésame',
    key: 'Eochair slándála nó ardán',
    totp: 'Aip fíordheimhnithe',
    sms: 'SMS amháin',
    password: 'Pasfhocal amháin',
    equipped: 'Feistithe',
    smsHoldouts: 'Fós ar SMS',
    phonesToBuy: 'Fóin le ceannach',
    phonesHint:
      'Oifigigh nach bhfuil aip Sésame ná dara fachtóir eile inghlactha acu (eochair slándála, aip fíordheimhnithe): fón amháin in aghaidh an oifigigh.',
    percent: '{percent} %',
    noAgents: 'gan oifigigh',
    sunset:
      '{days, plural, =0 {Stop SMS ar {date}.} one {# lá fágtha sula stopann SMS ar {date}.} two {# lá fágtha sula stopann SMS ar {date}.} few {# lá fágtha sula stopann SMS ar {date}.} many {# lá fágtha sula stopann SMS ar {date}.} other {# lá fágtha sula stopann SMS ar {date}.}}',
    noSunset: 'Níl aon dáta socraithe do dheireadh SMS.',
    byMethodTitle: 'Oifigigh de réir modh logála isteach',
    colMethod: 'Modh',
    colAgents: 'Oifigigh',
    childrenTitle: 'Eagraíochtaí faoi',
    colOrganisation: 'Eagraíocht',
    noChildren: 'Níl aon eagraíocht faoin gceann seo.',
    chartTitle: 'Dul chun cinn le himeacht ama',
    chartSummary:
      'Oifigigh feistithe agus oifigigh nár aistrigh fós gach lá le 90 lá anuas, {first} go {last}; tá na figiúirí céanna sa tábla a leanann.',
    chartEmpty: 'Tosaíonn an chairt le figiúirí an lae inniu: cuirtear pointe amháin leis in aghaidh an lae.',
    chartTable: 'Dul chun cinn in aghaidh an lae',
    colDay: 'Lá',
    holdouts: 'Nár aistrigh fós',
    csv: 'Íoslódáil na figiúirí (CSV)',
    csvHeader:
      'Aitheantas eagraíochta,Eagraíocht,Oifigigh,Aip Sésame,Eochair slándála nó ardán,Aip fíordheimhnithe,SMS amháin,Pasfhocal amháin,Fóin le ceannach,Feistithe %',
    remindersTitle: 'Meabhrúcháin',
    remindersBody:
      'Seol ríomhphost chuig gach oifigeach de chuid {organisation} agus faoi nár aistrigh fós (SMS amháin nó pasfhocal amháin) faoina stádas agus faoi conas clárú. Fágtar ar lár oifigeach a fuair meabhrúchán {days, plural, one {sa lá deireanach} two {sna # lá deireanacha} few {sna # lá deireanacha} many {sna # lá deireanacha} other {sna # lá deireanacha}}.',
    remindersSend: 'Cuir i gcuimhne dóibh siúd nár aistrigh',
    remindersDone:
      '{sent, plural, =0 {Níor seoladh aon mheabhrúchán} one {Seoladh # mheabhrúchán} two {Seoladh # mheabhrúchán} few {Seoladh # mheabhrúchán} many {Seoladh # meabhrúchán} other {Seoladh # meabhrúchán}}, {skipped, plural, =0 {níor fágadh aon duine ar lár} one {# fágtha ar lár (meabhraithe le déanaí nó feistithe)} two {# fágtha ar lár (meabhraithe le déanaí nó feistithe)} few {# fágtha ar lár (meabhraithe le déanaí nó feistithe)} many {# fágtha ar lár (meabhraithe le déanaí nó feistithe)} other {# fágtha ar lár (meabhraithe le déanaí nó feistithe)}}{failed, plural, =0 {.} one {, # nár seoladh (níor fhreagair an freastalaí ríomhphoist): brúigh arís ar ball.} two {, # nár seoladh (níor fhreagair an freastalaí ríomhphoist): brúigh arís ar ball.} few {, # nár seoladh (níor fhreagair an freastalaí ríomhphoist): brúigh arís ar ball.} many {, # nár seoladh (níor fhreagair an freastalaí ríomhphoist): brúigh arís ar ball.} other {, # nár seoladh (níor fhreagair an freastalaí ríomhphoist): brúigh arís ar ball.}}',
    campaignTitle: 'Feachtas clárúcháin',
    campaignIntro:
      'Tar éis logáil isteach, feiceann oifigeach de chuid {organisation} agus faoi gan dara fachtóir inghlactha leathanach a mhíníonn an fáth agus a thosaíonn an clárú. Ceadaítear “Ar ball” líon áirithe uaireanta agus laethanta, ansin bíonn an clárú riachtanach.',
    campaignFrom:
      '{from, select, none {Seo socruithe an imlonnaithe: níor sábháladh aon cheann don eagraíocht seo ná os a cionn.} other {Sábháilte do {from}.}}',
    campaignEnabled: 'Taispeáin an feachtas d’oifigigh gan dara fachtóir',
    campaignSnoozes: '“Ar ball” ceadaithe (uaireanta)',
    campaignSnoozeDays: 'Laethanta ceadaithe tar éis an chéad “Ar ball”',
    campaignDeadline: 'Spriocdháta (roghnach)',
    campaignDeadlineHint:
      'Ón lá seo ar aghaidh bíonn an clárú riachtanach. Má fhágtar folamh é, taispeánann an leathanach deireadh SMS.',
    campaignSave: 'Sábháil an feachtas',
    campaignSaved:
      'Tá an feachtas sábháilte: baineann sé leis an eagraíocht seo agus leis na cinn fúithi nach bhfuil a gcuid féin acu.',
    campaignInvalid: 'Slánuimhir ó 0 go {max}.',
    campaignDateInvalid: 'Dáta amhail 2027-03-01.',
    agentLink: 'Feachtas an dara fachtóra',
    agentTitle: 'Feachtas an dara fachtóra: {name}',
    agentStatus: 'Logálann isteach le: {method}.',
    agentSnoozes:
      '{count, plural, =0 {Níor roghnaigh “Ar ball” riamh.} one {Roghnaigh “Ar ball” uair amháin.} two {Roghnaigh “Ar ball” faoi dhó.} few {Roghnaigh “Ar ball” # huaire.} many {Roghnaigh “Ar ball” # n-uaire.} other {Roghnaigh “Ar ball” # uair.}}',
    agentExcluded: 'Eisiata ón bhfeachtas ar {date}: {reason}',
    agentRemind: 'Seol meabhrúchán',
    agentReminded:
      '{sent, plural, =0 {Níor seoladh aon mheabhrúchán: fuair an t-oifigeach seo meabhrúchán le déanaí nó tá sé feistithe.} one {Seoladh meabhrúchán.} two {Seoladh # mheabhrúchán.} few {Seoladh # mheabhrúchán.} many {Seoladh # meabhrúchán.} other {Seoladh # meabhrúchán.}}',
    exclude: 'Eisiaigh ón bhfeachtas',
    excludeReason: 'Cúis (riachtanach)',
    excludeHint: 'Mar shampla: níl cead fón ar an láthair. Sábháilte san iniúchadh.',
    excluded: 'Tá an t-oifigeach eisiata ón bhfeachtas.',
    include: 'Cuir ar ais san fheachtas',
    included: 'Tá an t-oifigeach curtha ar ais san fheachtas.',
    back: 'Ar ais chuig an gcuntas',
  },
  campaign: {
    title: 'Socraigh dara fachtóir',
    requiredTitle: 'Socraigh dara fachtóir chun leanúint ar aghaidh',
    why: 'Iarrann treoir DGAL/SDEIGIR/2025-91 ar gach oifigeach a logáil isteach a dheimhniú le dara fachtóir dá chuid féin. Tá cóid a sheoltar trí SMS á dtarraingt siar: is féidir iad a idircheapadh nó a atreorú chuig cárta SIM eile. Tagann aip Sésame ar d’fhón ina n-áit; déanfaidh eochair slándála nó aip fíordheimhnithe an gnó freisin.',
    deadline: 'Spriocdháta: {date}.',
    body: 'Tógann sé cúpla nóiméad: suiteáil an aip ar d’fhón, ansin cuir an fón le do chuntas.',
    requiredBody:
      'Tá an spriocdháta caite nó chuir tú siar é an líon uaireanta a cheadaítear: socraigh dara fachtóir anois chun teacht ar d’fheidhmchláir.',
    setUpApp: 'Socraigh aip Sésame anois',
    otherWays: 'Nó:',
    securityKey: 'eochair slándála',
    authenticatorApp: 'aip fíordheimhnithe',
    later: 'Ar ball',
    laterLeft:
      '{count, plural, one {Is féidir leat é a chur siar uair amháin eile.} two {Is féidir leat é a chur siar # uair eile.} few {Is féidir leat é a chur siar # huaire eile.} many {Is féidir leat é a chur siar # n-uaire eile.} other {Is féidir leat é a chur siar # uair eile.}}',
    requiredHint: 'Fanann d’fheidhmchláir dúnta go dtí sin. Ní chailltear aon rud má logálann tú amach.',
    signOut: 'Logáil amach',
  },
  lifecycle: {
    status: 'Staid',
    active: 'Gníomhach',
    invitationPending: 'Tugadh cuireadh: níor roghnaigh an t-úinéir pasfhocal fós',
    invitationExpired:
      'Cuireadh imithe in éag: níor roghnaigh an t-úinéir pasfhocal riamh agus ní oibríonn an nasc a thuilleadh; seol arís é',
    deactivatedSince: 'Díghníomhachtaithe ó {time}: ní féidir leis an úinéir logáil isteach',
    externalId: 'Aitheantóir seachtrach',
    noExternalId: 'Dada',
    invite: 'Tabhair cuireadh d’oifigeach',
    inviteTitle: 'Tabhair cuireadh d’oifigeach',
    inviteIntro:
      'Faigheann an t-oifigeach ríomhphost le nasc chun pasfhocal a roghnú, bailí ar feadh {days, plural, one {# lá} two {# lá} few {# lá} many {# lá} other {# lá}}. Go dtí sin ní féidir an cuntas a úsáid. Taifeadtar é seo san iniúchadh.',
    organisation: 'Eagraíocht',
    organisationHint: 'Na heagraíochtaí a bhainistíonn tú.',
    externalIdHint:
      'Roghnach: an t-aitheantóir a thugann do chóras AD don oifigeach (litreacha, digití agus . _ @ : - / +).',
    emailLocale: 'Teanga an chuntais',
    emailLocaleHint:
      'Teanga na ríomhphost chuig an oifigeach agus, nuair a roghnaíonn sé féin í, teanga leathanaigh Sésame.',
    sendInvitation: 'Cruthaigh an cuntas agus seol an cuireadh',
    invited: 'Cruthaíodh an cuntas agus seoladh cuireadh chuig {email}.',
    resendTitle: 'Cuireadh',
    resendHint:
      'Níor roghnaigh an t-úinéir pasfhocal fós. Seol an cuireadh arís má cailleadh é nó má tá sé imithe in éag.',
    resend: 'Seol an cuireadh arís',
    resent: 'Seoladh an cuireadh arís chuig {email}.',
    activationTitle: 'Díghníomhachtú',
    deactivateHint:
      'Ní féidir leis an úinéir logáil isteach a thuilleadh; críochnaíonn a sheisiúin agus ní ghlacann na feidhmchláir ina raibh sé logáilte isteach leis a thuilleadh. Ní léirscriostar aon rud: is féidir leat an cuntas a athghníomhachtú. Taifeadtar é seo san iniúchadh.',
    deactivate: 'Díghníomhachtaigh an cuntas',
    deactivated: 'Tá an cuntas díghníomhachtaithe: ní féidir lena úinéir logáil isteach a thuilleadh.',
    reactivateHint:
      'Is féidir leis an úinéir logáil isteach arís leis an bpasfhocal agus leis na dara fachtóirí a bhí aige.',
    reactivate: 'Athghníomhachtaigh an cuntas',
    reactivated: 'Tá an cuntas athghníomhachtaithe: is féidir lena úinéir logáil isteach arís.',
    moveTitle: 'Eagraíocht',
    moveHint: 'Bog an cuntas chuig eagraíocht eile a bhainistíonn tú. Ní athraíonn a logáil isteach.',
    moveTo: 'Eagraíocht nua',
    move: 'Bog an cuntas',
    moved: 'Baineann an cuntas le {organisation} anois.',
    deleteTitle: 'Léirscrios an cuntas',
    deleteIntro:
      'Ní féidir léirscriosadh a chealú. Chun logáil isteach a stopadh ar feadh tamaill, díghníomhachtaigh an cuntas ina ionad sin.',
    deleteLink: 'Léirscrios an cuntas seo…',
    deletePageTitle: 'Léirscrios cuntas {name}',
    deleteErased: 'Cad a léirscriostar, láithreach agus go buan:',
    deleteErasedItems: [
      'na hainmneacha, an seoladh ríomhphoist, an pasfhocal agus an t-aitheantóir seachtrach;',
      'gach gléas soghluaiste, aip fíordheimhnithe, eochair slándála, uimhir fóin agus cód athshlánaithe;',
      'na roghanna, na róil, an áit san eagraíocht; críochnaíonn gach seisiún.',
    ],
    deleteKept: 'Cad a choinnítear, don iniúchadh amháin, go dtí deireadh a thréimhse coinneála:',
    deleteKeptItems: [
      'línte iniúchta an chuntais seo (cad a rinneadh, cathain, ó cén seoladh líonra), faoin aitheantóir lom {id}, nach dtreoraíonn chuig ainm ná seoladh a thuilleadh.',
    ],
    confirmEmail: 'Chun deimhniú, clóscríobh seoladh ríomhphoist an chuntais',
    confirmEmailHint: 'Is é {email} an seoladh.',
    confirmMismatch: 'Ní hé an seoladh a clóscríobhadh seoladh an chuntais: níor léirscriosadh aon rud.',
    erase: 'Léirscrios an cuntas go buan',
    cancel: 'Coinnigh an cuntas',
    erased: 'Tá an cuntas {id} léirscriosta. Níl fágtha ach a línte iniúchta, faoin aitheantóir seo.',
    importTitle: 'Iompórtáil oifigigh ó chomhad CSV',
    importLink: 'Iompórtáil oifigigh (CSV)',
    exportLink: 'Easpórtáil na cuntais (CSV)',
    importIntro:
      'Triail ar dtús: ní scríobhtar aon rud go dtí go ndeimhníonn tú. Ní athraíonn iompórtáil an chomhaid chéanna arís aon rud. Faigheann gach oifigeach nua cuireadh trí ríomhphost.',
    file: 'Comhad CSV',
    fileHint:
      'UTF-8 (le BOM nó gan é), scartha le “;” nó “,”, oifigeach amháin in aghaidh na líne tar éis líne ceanntáisc. Colúin: email, first_name, last_name, organisation_id, external_id, language (cód dhá litir: fr, en, de…). Féach treoir na riarthóirí.',
    defaultOrganisation: 'Eagraíocht na línte gan organisation_id',
    dryRun: 'Seiceáil an comhad (triail)',
    fileRequired: 'Roghnaigh comhad CSV.',
    fileTooLarge: 'Tá an comhad rómhór: {max} MB ar a mhéad. Roinn é.',
    fileUnreadable:
      'Níorbh fhéidir an comhad a léamh mar CSV in aice le líne {line}. Seiceáil gur easpórtáil CSV é, ansin bain triail eile as.',
    headerMissing: 'Tá an colún {column} in easnamh ar an líne ceanntáisc. Is iad na colúin: {columns}.',
    tooManyLines: 'Tá níos mó ná {max} líne sa chomhad. Roinn é.',
    emptyFile: 'Níl aon líne oifigigh sa chomhad faoina cheanntásc.',
    planTitle: 'Triail: cad a dhéanfaidh an iompórtáil',
    planSummary:
      '{create, plural, =0 {Gan aon chuntas le cruthú} one {# chuntas le cruthú} two {# chuntas le cruthú} few {# chuntas le cruthú} many {# gcuntas le cruthú} other {# cuntas le cruthú}}, {update, plural, =0 {dada le nuashonrú} one {# le nuashonrú} two {# le nuashonrú} few {# le nuashonrú} many {# le nuashonrú} other {# le nuashonrú}}, {unchanged, plural, =0 {dada gan athrú} one {# gan athrú} two {# gan athrú} few {# gan athrú} many {# gan athrú} other {# gan athrú}}, {error, plural, =0 {gan aon líne diúltaithe} one {# líne diúltaithe} two {# líne diúltaithe} few {# líne diúltaithe} many {# líne diúltaithe} other {# líne diúltaithe}}.',
    colLine: 'Líne',
    colAction: 'Cad a tharlóidh',
    colDetail: 'Mionsonra',
    actions: {
      create: 'Cruthaithe agus tugadh cuireadh',
      update: 'Nuashonraithe',
      unchanged: 'Gan athrú',
      error: 'Diúltaithe',
    },
    changedFields: 'Athruithe: {fields}',
    movedTo: 'bogtar chuig {organisation}',
    planTruncated: 'Ní liostaítear ach an chéad {shown} líne; clúdaíonn na comhaireamh thuas an comhad iomlán.',
    confirm: 'Deimhnigh an iompórtáil',
    confirmHint:
      'Fágtar na línte diúltaithe ar lár. Seiceáiltear an comhad arís nuair a dheimhníonn tú; is féidir an triail seo a dheimhniú ar feadh {minutes} nóiméad.',
    nothingToDo: 'Níl aon rud le hiompórtáil: ceartaigh an comhad, ansin seiceáil arís é.',
    another: 'Seiceáil comhad eile',
    progressTitle: 'Iompórtáil ar siúl',
    doneTitle: 'Iompórtáil críochnaithe',
    failedTitle: 'Iompórtáil stoptha',
    failedBody:
      'Stop an iompórtáil: ní raibh an tseirbhís ar fáil. Fanann na línte a scríobhadh go dtí seo; iompórtáil an comhad céanna arís chun críochnú (ní athraítear na línte atá déanta cheana).',
    progress: '{processed} as {total} líne próiseáilte.',
    progressCounts:
      '{created} cruthaithe, {updated} nuashonraithe, {unchanged} gan athrú, {errors} diúltaithe; {mailed} cuireadh seolta.',
    mailFailed:
      '{count, plural, one {Níorbh fhéidir # chuireadh a sheoladh} two {Níorbh fhéidir # chuireadh a sheoladh} few {Níorbh fhéidir # chuireadh a sheoladh} many {Níorbh fhéidir # gcuireadh a sheoladh} other {Níorbh fhéidir # cuireadh a sheoladh}}: seol arís iad ó leathanach gach cuntais.',
    refreshHint:
      'Athnuaitear an leathanach seo gach cúpla soicind. Is féidir leat é a fhágáil: leanann an iompórtáil ar aghaidh.',
    refresh: 'Athnuaigh',
    jobUnknown: 'Tá an iompórtáil seo anaithnid nó róshean, nó thosaigh duine éigin eile í.',
    refusedLines: 'Línte diúltaithe',
    backToConsole: 'Ar ais chuig an riarachán',
    lineReasons: {
      required: 'tá {field} in easnamh',
      too_long: 'tá {field} rófhada',
      malformed: 'níl {field} bailí',
      out_of_scope: 'níl an eagraíocht ann nó ní bhainistíonn tusa í',
      taken: 'baineann {field} le cuntas lasmuigh d’eagraíochtaí',
      duplicate: 'tá {field} ar líne níos luaithe cheana',
      conflict: 'baineann an t-aitheantóir seachtrach agus an seoladh ríomhphoist le dhá chuntas éagsúla',
      failed: 'níorbh fhéidir an líne a scríobh; iompórtáil an comhad arís',
    },
  },
  adminGovernance: {
    nav: 'Rannóga an riaracháin',
    navSearch: 'Cuntais',
    navOrganisations: 'Eagraíochtaí',
    navAudit: 'Iniúchadh',
    rolesTitle: 'Tabhair nó tarraing siar ról',
    rolesIntro:
      'Ní thairgtear ach na róil agus na heagraíochtaí is féidir leat a thabhairt. Cuirtear an t-úinéir ar an eolas trí ríomhphost, agus taifeadtar an t-athrú san iniúchadh.',
    role: 'Ról',
    scope: 'Thar an eagraíocht (agus gach a bhfuil fúithi)',
    grant: 'Tabhair an ról seo',
    revoke: 'Tarraing siar',
    revokeLabel: 'Tarraing siar: {role}, {organisation}',
    noGrantable: 'Ní féidir leat ról a thabhairt don chuntas seo.',
    granted: 'Tugadh an ról; cuireadh an t-úinéir ar an eolas trí ríomhphost.',
    revoked: 'Tarraingíodh siar an ról; cuireadh an t-úinéir ar an eolas trí ríomhphost.',
    accountAudit: 'Féach iniúchadh an chuntais seo',
    organisationsTitle: 'Eagraíochtaí',
    organisationsIntro:
      'Na heagraíochtaí is féidir leat a fheiceáil, gach ceann lena cineál. Má bhogtar eagraíocht, bogtar gach a bhfuil fúithi; ní féidir leat ach na heagraíochtaí faoi do cheann féin a athainmniú nó a bhogadh.',
    colKind: 'Cineál',
    colName: 'Ainm',
    colId: 'Aitheantóir',
    colActions: 'Gníomhartha',
    rootKind: 'An t-imlonnú iomlán',
    createTitle: 'Cruthaigh eagraíocht',
    parent: 'Laistigh de',
    newId: 'Aitheantóir',
    newIdHint: 'Litreacha cás íochtair, digití agus fleiscíní, m.sh. ddpp-35. Ní féidir é a athrú níos déanaí.',
    newName: 'Ainm',
    kind: 'Cineál',
    create: 'Cruthaigh',
    created: 'Cruthaíodh an eagraíocht “{name}”.',
    renameTitle: 'Athainmnigh “{name}”',
    rename: 'Athainmnigh',
    renamed: 'Athainmníodh an eagraíocht.',
    moveTitle: 'Bog “{name}”',
    moveTo: 'Máthair-eagraíocht nua',
    move: 'Bog',
    moved: 'Bogadh an eagraíocht agus gach a bhfuil fúithi.',
    nameRequired: 'Cuir isteach ainm na heagraíochta.',
    nameTooLong: 'Tá an t-ainm rófhada: {max} carachtar ar a mhéad.',
    idMalformed:
      'Caithfidh litreacha cás íochtair, digití agus fleiscíní inmheánacha a bheith san aitheantóir, m.sh. ddpp-35.',
    idTaken: 'Tá an t-aitheantóir seo in úsáid cheana. Roghnaigh ceann eile.',
    kindUnknown: 'Roghnaigh cineál ó na cinn a thairgtear.',
    tooDeep: 'Bheadh an crann ródhomhain ansin. Roghnaigh máthair-eagraíocht níos airde.',
    cycle:
      'Ní féidir eagraíocht a chur taobh istigh di féin ná de cheann dá heagraíochtaí féin. Roghnaigh máthair-eagraíocht eile.',
    auditTitle: 'Iniúchadh',
    auditIntro: 'Imeachtaí slándála agus riaracháin faoi chuntais: {organisations}. Léamh amháin.',
    filters: 'Scagairí',
    filterActor: 'Déanta ag (seoladh ríomhphoist nó aitheantóir)',
    filterAccount: 'Cuntas i gceist (seoladh ríomhphoist nó aitheantóir)',
    filterType: 'Imeacht',
    filterOutcome: 'Toradh',
    filterFrom: 'Ó (an lá san áireamh)',
    filterTo: 'Go (an lá san áireamh)',
    filterWithin: 'Eagraíocht',
    any: 'Ar bith',
    allMine: 'Mo chuid eagraíochtaí go léir',
    outcomes: {
      success: 'Déanta',
      failure: 'Teipthe nó diúltaithe',
    },
    search: 'Cuardaigh',
    reset: 'Glan na scagairí',
    toBeforeFrom: 'Caithfidh an dáta deiridh a bheith ar an dáta tosaigh nó ina dhiaidh.',
    dateMalformed: 'Cuir isteach dáta mar bhliain-mí-lá, m.sh. 2026-12-07.',
    results: 'Imeachtaí',
    none: 'Níl aon imeacht ag teacht leis na scagairí seo.',
    colWhen: 'Cathain',
    colWhat: 'Cad',
    colOutcome: 'Toradh',
    colActor: 'Déanta ag',
    colAccount: 'Cuntas',
    colFrom: 'Cé as',
    colDetails: 'Sonraí',
    self: 'an cuntas féin',
    system: 'Sésame',
    next: 'Imeachtaí níos sine',
    first: 'Na himeachtaí is nuaí',
    exportTitle: 'Easpórtáil',
    exportIntro:
      'Gach imeacht a thagann leis na scagairí, an ceann is nuaí ar dtús. Taifeadtar an easpórtáil san iniúchadh.',
    exportCsv: 'Easpórtáil mar CSV',
    exportJsonl: 'Easpórtáil mar línte JSON',
  },
};
