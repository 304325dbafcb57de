import type { Messages } from './en';

/**
 * Irish catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const ga: Messages = {
  meta: {
    language: 'Teanga',
    dateLocale: 'ga-IE',
  },
  layout: {
    appName: 'TRACES NT (taispeántas)',
    tagline: 'Rialú trádála agus deimhniúchán — taispeántas',
    skipToContent: 'Léim chuig an bpríomhábhar',
    navLabel: 'Seisiún agus teanga',
    signedInAs: 'Logáilte isteach mar {name}',
    signOut: 'Logáil amach',
    footer:
      'Feidhmchlár taispeántais de chuid Sésame. Ní TRACES NT é: ní thaispeánann sé ach an méid a fhaigheann feidhmchlár nuair a logálann tú isteach.',
  },
  home: {
    title: 'Fáilte chuig TRACES NT (taispeántas)',
    intro:
      'Braitheann an feidhmchlár seo ar Sésame chun tú a logáil isteach, mar a bhraitheann TRACES NT ar EU Login. Roghnaigh conas a fhiafraíonn an feidhmchlár de Sésame cé thú féin: is é an duine céanna an toradh, leis an leibhéal céanna.',
    casTitle: 'CAS (EU Login)',
    casBody:
      'Prótacal EU Login: osclaíonn an feidhmchlár idirbheart logála isteach a iarrann an leibhéal {level}, ansin seiceálann sé an ticéad a thugann Sésame ar ais.',
    casButton: 'Logáil isteach le CAS (EU Login)',
    casPostLink: 'Nó leis an ticéad seolta chuig an bhfeidhmchlár le foirm seachas sa seoladh (CAS method=POST)',
    oidcTitle: 'OpenID Connect',
    oidcBody: 'An prótacal caighdeánach: cód údaraithe le PKCE, ansin ID Token sínithe ag Sésame.',
    oidcButton: 'Logáil isteach le OpenID Connect',
    signedIn: 'Tá tú logáilte isteach.',
    seeIdentity: 'Féach cad a fuair an feidhmchlár',
    signedOut: 'Tá tú logáilte amach as TRACES NT (taispeántas) agus as Sésame.',
  },
  identity: {
    title: 'Do chéannacht',
    intro: 'Seo an méid a fuair TRACES NT (taispeántas) ó Sésame.',
    viaCas: 'Logáilte isteach le CAS (EU Login)',
    viaOidc: 'Logáilte isteach le OpenID Connect',
    uid: 'Aitheantas úsáideora',
    name: 'Ainm',
    email: 'Seoladh ríomhphoist',
    organisation: 'Eagraíocht',
    level: 'Leibhéal fíordheimhnithe',
    strengths: 'Láidreachtaí',
    factors: 'Fachtóirí fíordheimhnithe',
    protocol: 'Prótacal',
    sso: 'Sínitheoireacht aonair (sso)',
    isFromNewLogin: 'Logáil isteach nua (isFromNewLogin)',
    authTime: 'Fíordheimhnithe ag Sésame',
    signedInAt: 'Logáilte isteach san fheidhmchlár seo',
    received:
      'Gach a fuarthas ({count, plural, one {# aitreabúid nó éileamh} two {# aitreabúid nó éileamh} few {# aitreabúid nó éileamh} many {# n-aitreabúid nó éileamh} other {# aitreabúid nó éileamh}})',
    receivedName: 'Ainm',
    receivedValue: 'Luach',
    none: 'dada',
    unknown: 'níor luadh',
    yes: 'tá',
    no: 'níl',
    home: 'Ar ais chuig an leathanach baile',
  },
  editions: {
    traces: {
      appName: 'TRACES NT (taispeántas)',
      tagline: 'Rialú trádála agus deimhniúchán — taispeántas',
      footer:
        'Feidhmchlár taispeántais de chuid Sésame. Ní TRACES NT é: ní thaispeánann sé ach an méid a fhaigheann feidhmchlár nuair a logálann tú isteach.',
      homeTitle: 'Fáilte chuig TRACES NT (taispeántas)',
      homeIntro:
        'Braitheann an feidhmchlár seo ar Sésame chun tú a logáil isteach, mar a bhraitheann TRACES NT ar EU Login. Cosúil le TRACES NT, éilíonn sé aip Sésame (leibhéal MEDIUM): ní leor pasfhocal amháin chun dul isteach. Roghnaigh conas a fhiafraíonn an feidhmchlár de Sésame cé thú féin: is é an duine céanna an toradh, leis an leibhéal céanna.',
      signedOut: 'Tá tú logáilte amach as TRACES NT (taispeántas) agus as Sésame.',
      identityIntro: 'Seo an méid a fuair TRACES NT (taispeántas) ó Sésame.',
      offer: 'Éilíonn TRACES NT (taispeántas) aip Sésame (leibhéal MEDIUM): ní leor pasfhocal amháin chun dul isteach.',
    },
    bulletin: {
      appName: 'Bulletin sanitaire (taispeántas)',
      tagline: 'Nuacht faoi shláinte ainmhithe — taispeántas',
      footer:
        'Feidhmchlár taispeántais de chuid Sésame: faisnéis phoiblí a osclaíonn pasfhocal amháin (leibhéal BASIC), in aice le TRACES NT (taispeántas), a éilíonn aip Sésame.',
      homeTitle: 'Fáilte chuig Bulletin sanitaire (taispeántas)',
      homeIntro:
        'Feasacháin sláinte ainmhithe do sheirbhíse. Faisnéis phoiblí: is leor do phasfhocal amháin (leibhéal BASIC). Roghnaigh conas a fhiafraíonn an feidhmchlár de Sésame cé thú féin.',
      signedOut: 'Tá tú logáilte amach as Bulletin sanitaire (taispeántas) agus as Sésame.',
      identityIntro:
        'Tá feasachán na seachtaine seo oscailte duit: ba leor do phasfhocal (leibhéal BASIC). Seo an méid a fuair Bulletin sanitaire (taispeántas) ó Sésame.',
      offer: 'Osclaíonn Bulletin sanitaire (taispeántas) le pasfhocal amháin (leibhéal BASIC).',
    },
    otherTitle: 'An feidhmchlár taispeántais eile',
    otherLink: 'Oscail {app}',
  },
  protocols: {
    cas: 'CAS 3.0, eisínteachtaí EU Login',
    oidc: 'OpenID Connect 1.0',
  },
  levels: {
    BASIC: 'bunúsach (pasfhocal)',
    MEDIUM: 'meánach (dhá fhachtóir)',
    HIGH: 'ard (crua-earraí deimhnithe)',
  },
  strengths: {
    PASSWORD: 'Pasfhocal',
    PASSWORD_SMS: 'Fón póca + SMS',
    PASSWORD_TOTP: 'Aip fíordheimhnithe (TOTP)',
    PASSWORD_MOBILE_APP: 'Aip Sésame le cód PIN',
    PASSWORD_SOFTWARE_TOKEN: 'Aip Sésame le cód QR',
    MOBILE_APP: 'Ar an bhfón póca',
    PASSWORD_WEBAUTHN: 'Eochair slándála nó ardán iontaofa',
    PASSWORD_RECOVERY_CODE: 'Cód athshlánaithe',
    EIDAS: 'eID',
    PASSWORD_TOKEN: 'Comhartha crua-earraí',
    PASSWORD_TOKEN_CRAM: 'Comhartha crua-earraí dúshláin is freagartha',
    CLIENT_CERT: 'Deimhniú cliaint',
  },
  factors: {
    moniker: 'Pasfhocal an chuntais {value}',
    mobileDevice: 'Fón leis an aip: {value}',
    mobilePhoneNumber: 'Uimhir fóin póca {value}',
    webauthnDevice: 'Eochair slándála: {value}',
    storkId: 'eID {value}',
    tokenId: 'Comhartha crua-earraí {value}',
    tokenCramId: 'Comhartha dúshláin is freagartha {value}',
    other: '{kind}: {value}',
  },
  amr: {
    pwd: 'Pasfhocal (pwd)',
    otp: 'Cód aonuaire (otp)',
    mfa: 'Roinnt fachtóirí (mfa)',
    hwk: 'Eochair ceangailte le crua-earraí (hwk)',
    swk: 'Eochair ceangailte le bogearraí (swk)',
    pin: 'PIN (pin)',
    user: 'Láithreacht an úsáideora (user)',
    sms: 'SMS (sms)',
    face: 'Aithint aghaidhe (face)',
    fpt: 'Méarlorg (fpt)',
    pop: 'Cruthúnas seilbhe (pop)',
    sc: 'Cárta cliste (sc)',
    other: '{value}',
  },
  errors: {
    title: 'Theip ar an logáil isteach',
    CAS_REFUSED: 'Dhiúltaigh Sésame don ticéad logála isteach ({code}). Logáil isteach arís.',
    LEVEL_TOO_LOW:
      'Logáil tú isteach leis an leibhéal fíordheimhnithe {level}; éilíonn an feidhmchlár seo {required} ar a laghad. Socraigh modh fíoraithe níos láidre in Sésame, ansin logáil isteach arís.',
    STRENGTH_NOT_ACCEPTED:
      'Ní ghlacann an feidhmchlár seo leis an modh fíoraithe a d’úsáid tú. Logáil isteach le modh eile.',
    OIDC_REFUSED: 'Níor logáil Sésame isteach thú ({code}).',
    OIDC_FAILED: 'Níorbh fhéidir freagra Sésame a sheiceáil, mar sin níl tú logáilte isteach. Logáil isteach arís.',
    SIGN_IN_EXPIRED: 'Tá an logáil isteach seo imithe in éag nó tosaíodh é i mbrabhsálaí eile. Logáil isteach arís.',
    SESAME_UNREACHABLE: 'Ní féidir teacht ar Sésame faoi láthair. Bain triail eile as i gceann cúpla nóiméad.',
    BAD_REQUEST:
      'Níorbh fhéidir an t-iarratas a thuiscint. Téigh ar ais chuig an leathanach baile agus bain triail eile as.',
    FORBIDDEN: 'Níor tháinig an t-iarratas seo ón bhfeidhmchlár seo. Níor athraíodh aon rud.',
    NOT_FOUND: 'Níl an leathanach seo ann.',
    INTERNAL: 'Chuaigh rud éigin mícheart ar ár dtaobh. Bain triail eile as i gceann cúpla nóiméad.',
    backHome: 'Ar ais chuig an leathanach baile',
  },
};
