import type { Messages } from './en';

/**
 * Maltese catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const mt: Messages = {
  meta: {
    language: 'Lingwa',
    dateLocale: 'mt-MT',
  },
  layout: {
    appName: 'TRACES NT (demo)',
    tagline: 'Kontroll tal-kummerċ u ċertifikazzjoni — dimostrazzjoni',
    skipToContent: 'Aqbeż għall-kontenut ewlieni',
    navLabel: 'Sessjoni u lingwa',
    signedInAs: 'Dħalt bħala {name}',
    signOut: 'Oħroġ',
    footer:
      'Applikazzjoni ta’ dimostrazzjoni ta’ Sésame. Mhijiex TRACES NT: turi biss x’tirċievi applikazzjoni meta tidħol.',
  },
  home: {
    title: 'Merħba f’TRACES NT (demo)',
    intro:
      'Din l-applikazzjoni tafda lil Sésame biex idaħħlek, kif TRACES NT tafda lil EU Login. Agħżel kif l-applikazzjoni tistaqsi lil Sésame min int: ir-riżultat huwa l-istess persuna, bl-istess livell.',
    casTitle: 'CAS (EU Login)',
    casBody:
      'Il-protokoll ta’ EU Login: l-applikazzjoni tiftaħ tranżazzjoni tad-dħul li titlob il-livell {level}, imbagħad tivverifika l-biljett li jagħti lura Sésame.',
    casButton: 'Idħol b’CAS (EU Login)',
    casPostLink: 'Jew bil-biljett mibgħut lill-applikazzjoni b’formola minflok fl-indirizz (CAS method=POST)',
    oidcTitle: 'OpenID Connect',
    oidcBody: 'Il-protokoll standard: kodiċi ta’ awtorizzazzjoni b’PKCE, imbagħad ID Token iffirmat minn Sésame.',
    oidcButton: 'Idħol b’OpenID Connect',
    signedIn: 'Dħalt.',
    seeIdentity: 'Ara x’irċeviet l-applikazzjoni',
    signedOut: 'Ħriġt minn TRACES NT (demo) u minn Sésame.',
  },
  identity: {
    title: 'L-identità tiegħek',
    intro: 'Dan huwa dak li TRACES NT (demo) irċeviet minn Sésame.',
    viaCas: 'Dħalt b’CAS (EU Login)',
    viaOidc: 'Dħalt b’OpenID Connect',
    uid: 'ID tal-utent',
    name: 'Isem',
    email: 'Indirizz tal-email',
    organisation: 'Organizzazzjoni',
    level: 'Livell ta’ awtentikazzjoni',
    strengths: 'Saħħiet',
    factors: 'Fatturi ta’ awtentikazzjoni',
    protocol: 'Protokoll',
    sso: 'Dħul uniku (sso)',
    isFromNewLogin: 'Dħul ġdid (isFromNewLogin)',
    authTime: 'Awtentikat f’Sésame',
    signedInAt: 'Dħalt f’din l-applikazzjoni',
    received:
      'Kull ma wasal ({count, plural, one {# attribut jew dikjarazzjoni} two {# attributi jew dikjarazzjonijiet} few {# attributi jew dikjarazzjonijiet} many {# attribut jew dikjarazzjoni} other {# attribut jew dikjarazzjoni}})',
    receivedName: 'Isem',
    receivedValue: 'Valur',
    none: 'xejn',
    unknown: 'mhux indikat',
    yes: 'iva',
    no: 'le',
    home: 'Lura għall-paġna ewlenija',
  },
  editions: {
    traces: {
      appName: 'TRACES NT (demo)',
      tagline: 'Kontroll tal-kummerċ u ċertifikazzjoni — dimostrazzjoni',
      footer:
        'Applikazzjoni ta’ dimostrazzjoni ta’ Sésame. Mhijiex TRACES NT: turi biss x’tirċievi applikazzjoni meta tidħol.',
      homeTitle: 'Merħba f’TRACES NT (demo)',
      homeIntro:
        'Din l-applikazzjoni tafda lil Sésame biex idaħħlek, kif TRACES NT tafda lil EU Login. Bħal TRACES NT, teħtieġ l-app Sésame (livell MEDIUM): password waħdu ma jdaħħlekx. Agħżel kif l-applikazzjoni tistaqsi lil Sésame min int: ir-riżultat huwa l-istess persuna, bl-istess livell.',
      signedOut: 'Ħriġt minn TRACES NT (demo) u minn Sésame.',
      identityIntro: 'Dan huwa dak li TRACES NT (demo) irċeviet minn Sésame.',
      offer: 'TRACES NT (demo) teħtieġ l-app Sésame (livell MEDIUM): password waħdu ma jdaħħlekx.',
    },
    bulletin: {
      appName: 'Bulletin sanitaire (demo)',
      tagline: 'Aħbarijiet dwar is-saħħa tal-annimali — dimostrazzjoni',
      footer:
        'Applikazzjoni ta’ dimostrazzjoni ta’ Sésame: informazzjoni pubblika li password waħdu jiftaħ (livell BASIC), ħdejn TRACES NT (demo), li teħtieġ l-app Sésame.',
      homeTitle: 'Merħba f’Bulletin sanitaire (demo)',
      homeIntro:
        'Il-bullettini dwar is-saħħa tal-annimali tas-servizz tiegħek. Informazzjoni pubblika: il-password tiegħek waħdu huwa biżżejjed (livell BASIC). Agħżel kif l-applikazzjoni tistaqsi lil Sésame min int.',
      signedOut: 'Ħriġt minn Bulletin sanitaire (demo) u minn Sésame.',
      identityIntro:
        'Il-bullettin ta’ din il-ġimgħa huwa miftuħ għalik: il-password tiegħek kien biżżejjed (livell BASIC). Dan huwa dak li Bulletin sanitaire (demo) irċeviet minn Sésame.',
      offer: 'Bulletin sanitaire (demo) tinfetaħ b’password waħdu (livell BASIC).',
    },
    otherTitle: 'L-applikazzjoni l-oħra ta’ dimostrazzjoni',
    otherLink: 'Iftaħ {app}',
  },
  protocols: {
    cas: 'CAS 3.0, estensjonijiet ta’ EU Login',
    oidc: 'OpenID Connect 1.0',
  },
  levels: {
    BASIC: 'bażiku (password)',
    MEDIUM: 'medju (żewġ fatturi)',
    HIGH: 'għoli (hardware iċċertifikat)',
  },
  strengths: {
    PASSWORD: 'Password',
    PASSWORD_SMS: 'Telefon mobbli + SMS',
    PASSWORD_TOTP: 'App ta’ awtentikazzjoni (TOTP)',
    PASSWORD_MOBILE_APP: 'App Sésame b’kodiċi PIN',
    PASSWORD_SOFTWARE_TOKEN: 'App Sésame b’kodiċi QR',
    MOBILE_APP: 'Fuq il-mobbli',
    PASSWORD_WEBAUTHN: 'Ċavetta tas-sigurtà jew pjattaforma affidabbli',
    PASSWORD_RECOVERY_CODE: 'Kodiċi ta’ rkupru',
    EIDAS: 'eID',
    PASSWORD_TOKEN: 'Token tal-hardware',
    PASSWORD_TOKEN_CRAM: 'Token tal-hardware ta’ sfida u tweġiba',
    CLIENT_CERT: 'Ċertifikat tal-klijent',
  },
  factors: {
    moniker: 'Password tal-kont {value}',
    mobileDevice: 'Telefon bl-app: {value}',
    mobilePhoneNumber: 'Numru tat-telefon mobbli {value}',
    webauthnDevice: 'Ċavetta tas-sigurtà: {value}',
    storkId: 'eID {value}',
    tokenId: 'Token tal-hardware {value}',
    tokenCramId: 'Token ta’ sfida u tweġiba {value}',
    other: '{kind}: {value}',
  },
  amr: {
    pwd: 'Password (pwd)',
    otp: 'Kodiċi għal darba waħda (otp)',
    mfa: 'Diversi fatturi (mfa)',
    hwk: 'Ċavetta marbuta mal-hardware (hwk)',
    swk: 'Ċavetta marbuta mas-software (swk)',
    pin: 'PIN (pin)',
    user: 'Preżenza tal-utent (user)',
    sms: 'SMS (sms)',
    face: 'Rikonoxximent tal-wiċċ (face)',
    fpt: 'Marka tas-swaba’ (fpt)',
    pop: 'Prova tal-pussess (pop)',
    sc: 'Karta intelliġenti (sc)',
    other: '{value}',
  },
  errors: {
    title: 'Id-dħul falla',
    CAS_REFUSED: 'Sésame irrifjuta l-biljett tad-dħul ({code}). Erġa’ idħol.',
    LEVEL_TOO_LOW:
      'Dħalt bil-livell ta’ awtentikazzjoni {level}; din l-applikazzjoni teħtieġ mill-inqas {required}. Issettja metodu ta’ verifika aktar b’saħħtu f’Sésame, imbagħad erġa’ idħol.',
    STRENGTH_NOT_ACCEPTED: 'Din l-applikazzjoni ma taċċettax il-metodu ta’ verifika li użajt. Idħol b’metodu ieħor.',
    OIDC_REFUSED: 'Sésame ma daħħlekx ({code}).',
    OIDC_FAILED: 'It-tweġiba ta’ Sésame ma setgħetx tiġi vverifikata, għalhekk ma dħaltx. Erġa’ idħol.',
    SIGN_IN_EXPIRED: 'Dan id-dħul skada jew inbeda f’browser ieħor. Erġa’ idħol.',
    SESAME_UNREACHABLE: 'Sésame ma jistax jintlaħaq bħalissa. Erġa’ pprova fi ftit minuti.',
    BAD_REQUEST: 'It-talba ma setgħetx tinftiehem. Mur lura għall-paġna ewlenija u erġa’ pprova.',
    FORBIDDEN: 'Din it-talba ma ġietx minn din l-applikazzjoni. Ma nbidel xejn.',
    NOT_FOUND: 'Din il-paġna ma teżistix.',
    INTERNAL: 'Xi ħaġa marret ħażin min-naħa tagħna. Erġa’ pprova fi ftit minuti.',
    backHome: 'Lura għall-paġna ewlenija',
  },
};
