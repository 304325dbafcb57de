import type { Messages } from './en';

/**
 * Maltese catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const mt: Messages = {
  meta: {
    language: 'Lingwa',
    lang: 'mt',
  },
  app: {
    name: 'Sésame',
  },
  welcome: {
    title: 'Merħba fl-app Sésame',
    intro:
      'L-app Sésame tikkonferma d-dħul tiegħek fuq il-kompjuter. Biex tibda, inizjalizza l-app, imbagħad żid il-kont tiegħek billi tiskennja l-kodiċi QR li jidher fuq il-portal.',
    initialize: 'Inizjalizza',
    initializing: 'Qed tiġi inizjalizzata…',
    ready: 'L-app ġiet inizjalizzata.',
    permissionsIntro:
      'L-app teħtieġ il-kamera biex tiskennja l-kodiċi QR, u n-notifiki biex tgħarrfek meta dħul ikun qed jistenna l-konferma tiegħek.',
    continue: 'Kompli',
    askingPermissions: 'Qed jintalbu l-permessi…',
    cameraRefused:
      'Il-kamera mhijiex permessa. Ippermetti l-kamera għal din l-app fl-issettjar tal-browser tiegħek, imbagħad agħfas Kompli mill-ġdid.',
    notificationsRefused:
      'In-notifiki mhumiex permessi. L-app mhux se tgħarrfek bit-talbiet għad-dħul: iftaħha kull darba li tidħol biex tarahom.',
    notificationsUnavailable:
      'Dan il-browser ma jistax juri notifiki. Iftaħ l-app kull darba li tidħol biex tara t-talbiet.',
  },
  scan: {
    title: 'Skennja l-kodiċi QR',
    intro:
      'Fuq il-kompjuter tiegħek, idħol fil-portal, imbagħad Il-kont tiegħi → Żid apparat mobbli. Ipponta l-kamera lejn il-kodiċi QR li jidher.',
    starting: 'Il-kamera qed tinxtegħel…',
    scanning: 'Qed nfittxu kodiċi QR…',
    cameraRefused: 'Il-kamera mhijiex permessa. Ippermettiha fl-issettjar tal-browser tiegħek, imbagħad erġa’ pprova.',
    cameraUnavailable: 'L-ebda kamera ma tista’ tintuża fuq dan l-apparat.',
    retry: 'Erġa’ pprova',
    notEnrolment:
      'Dan mhuwiex kodiċi QR ta’ Sésame biex iżżid apparat. Skennja l-kodiċi QR tal-paġna “Żid apparat mobbli”.',
    signInQr:
      'Dan il-kodiċi QR huwa għad-dħul, mhux biex iżżid apparat. Skennja l-kodiċi QR tal-paġna “Żid apparat mobbli”.',
    expired: 'Dan il-kodiċi QR skada. Żid l-apparat mill-ġdid fuq il-portal biex tikseb kodiċi QR ġdid.',
    otherServer: 'Dan il-kodiċi QR huwa għal server Sésame ieħor ({server}). Iftaħ l-app ta’ dak is-server.',
    cancel: 'Ikkanċella',
  },
  pin: {
    title: 'Daħħal il-kodiċi PIN tiegħek',
    connected:
      'Int konness mal-kont ta’ {account}. Biex tlesti r-reġistrazzjoni tal-apparat tiegħek, daħħal il-PIN ta’ 4 ċifri tiegħek.',
    label: 'Kodiċi PIN ta’ 4 ċifri',
    hint: 'Il-kodiċi PIN li għażilt fuq il-portal għal dan l-apparat.',
    padLabel: 'Tastiera',
    erase: 'Ħassar',
    checkedAtLastDigit: 'L-app tivverifika l-kodiċi hekk kif tittajpja r-4 ċifra.',
    incomplete: 'Daħħal l-4 ċifri tal-kodiċi PIN tiegħek.',
  },
  enrol: {
    registering: 'L-apparat tiegħek qed jiġi rreġistrat…',
    acceptTitle: 'Aċċetta l-apparat tiegħek',
    almostRegistered: 'L-apparat tiegħek {name} kważi ġie rreġistrat: aċċettah biex tlesti.',
    acceptIntro: 'Meta taċċettah tikkonferma li dan it-telefon se jikkonferma d-dħul tal-kont ta’ {account}.',
    accept: 'Aċċetta',
    accepting: 'L-apparat tiegħek qed jiġi aċċettat…',
    acceptExpired: 'Il-ħin biex taċċetta l-apparat skada. Żid l-apparat mill-ġdid fuq il-portal.',
    registered: 'L-apparat tiegħek {name} ġie rreġistrat.',
    pinRejected: 'Dan mhuwiex il-kodiċi PIN magħżul fuq il-portal. Erġa’ pprova.',
    pinRejectedTries:
      'Dan mhuwiex il-kodiċi PIN magħżul fuq il-portal. Erġa’ pprova ({count, plural, one {fadal # tentattiv} two {fadal # tentattivi} few {fadal # tentattivi} many {fadal # tentattiv} other {fadal # tentattiv}}).',
    pinCancelled:
      'Dan mhuwiex il-kodiċi PIN magħżul fuq il-portal, u ma fadalx tentattivi: ir-reġistrazzjoni ġiet ikkanċellata. Żid l-apparat mill-ġdid fuq il-portal.',
    alreadyHere: 'Dan il-kont diġà rreġistrat f’din l-app.',
    oneAccount:
      'Din l-app diġà rreġistrata għal kont ieħor. Apparat wieħed, kont wieħed: l-ewwel ħassarha mill-kont l-ieħor, jew skennja dan il-kodiċi QR b’telefon ieħor: jibqa’ validu sakemm jiskadi.',
    qrSpent: 'Dan il-kodiċi QR skada jew diġà ntuża. Żid l-apparat mill-ġdid fuq il-portal biex tikseb wieħed ġdid.',
    pinExpired: 'Il-ħin biex iddaħħal il-kodiċi PIN skada. Żid l-apparat mill-ġdid fuq il-portal.',
    network: 'Is-server ma jistax jintlaħaq. Iċċekkja l-konnessjoni tiegħek u erġa’ pprova.',
    failed: 'Ir-reġistrazzjoni falliet. Żid l-apparat mill-ġdid fuq il-portal u skennja l-kodiċi QR il-ġdid.',
    scanAgain: 'Skennja kodiċi QR',
  },
  home: {
    title: 'Sésame',
    account: 'Kont',
    device: 'Apparat',
    enrolledAt: 'Irreġistrat fi',
    chooseAccount: 'Kont muri',
    check: 'Iċċekkja għal talbiet',
    checking: 'Qed jiġi ċċekkjat…',
    none: 'L-ebda talba għad-dħul ma qed tistenna.',
    addAccount: 'Żid kont',
    offline: 'Is-server ma jistax jintlaħaq. It-talbiet jidhru meta terġa’ lura l-konnessjoni.',
    blocked:
      'Dan l-apparat huwa mblukkat għal xi żmien wara wisq tweġibiet żbaljati. Erġa’ pprova aktar tard: tweġiba korretta ttemm il-blokk.',
    unknownDevice:
      'Dan l-apparat m’għadux irreġistrat fuq is-server. Żidu mill-ġdid minn Il-kont tiegħi fuq il-portal.',
    notEnrolled: 'Għad m’hemmx kont.',
    scanQr: 'Skennja kodiċi QR',
    offlineQr: 'Mingħajr netwerk, idħol bl-“App Sésame b’kodiċi QR”: agħfas “Skennja kodiċi QR”.',
    notificationsOff:
      'In-notifiki huma mitfija: talba għad-dħul tidher hawn biss waqt li din l-app tkun miftuħa. Biex tixgħelhom, ippermetti n-notifiki għal din l-app (fl-issettjar tal-browser tiegħek għal dan is-sit), imbagħad erġa’ iftaħ l-app: hija tixgħelhom hekk kif it-telefon ikun jista’ jilħaq is-servizz tan-notifiki tiegħu.',
  },
  pending: {
    title: 'Talba għad-dħul',
    intro: 'Xi ħadd qed jidħol bil-kont tiegħek. Iċċekkja li tkun int.',
    forAccount: 'Kont',
    relyingApp: 'Applikazzjoni',
    browser: 'Browser',
    ip: 'Indirizz IP',
    place: 'Post',
    time: 'Ħin',
    validity: 'Validu għal',
    remaining: '{minutes} min {seconds} s',
    expiredNow: 'skadut',
    others:
      '{count, plural, one {# talba oħra qed tistenna.} two {# talbiet oħra qed jistennew.} few {# talbiet oħra qed jistennew.} many {# talba oħra qed jistennew.} other {# talba oħra qed jistennew.}}',
    pickNumber: 'Agħżel in-numru li jidher fil-browser tiegħek',
    pinIntro: 'Daħħal il-kodiċi PIN ta’ 4 ċifri tiegħek biex tikkonferma d-dħul.',
    picked: 'Numru magħżul: {number}',
    changeNumber: 'Ibdel in-numru',
    deny: 'Irrifjuta',
    notMe: 'Ma kontx jien',
    reportQuestion:
      'Tirrapporta din it-talba? Tiġi rrifjutata u t-tim tas-sigurtà jiġi allertat. Xi ħadd jista’ jkun jaf il-password tiegħek.',
    reportConfirm: 'Iva, irrapportaha',
    cancel: 'Ikkanċella',
    sending: 'It-tweġiba tiegħek qed tintbagħat…',
    approved: 'Id-dħul ġie approvat.',
    denied: 'Id-dħul ġie rrifjutat.',
    reported:
      'It-talba ġiet irrifjutata u rrappurtata. Xi ħadd jaf il-password tiegħek: ibdilha issa fuq il-portal (Il-kont tiegħi).',
    wrong:
      'PIN żbaljat jew numru żbaljat. Wara 5 tweġibiet żbaljati wara xulxin l-apparat jiġi mblukkat għal xi żmien, itwal kull darba.',
    tryAgain: 'Erġa’ pprova',
    blocked:
      'Dan l-apparat huwa mblukkat għal xi żmien wara wisq tweġibiet żbaljati. Erġa’ pprova aktar tard: tweġiba korretta ttemm il-blokk.',
    gone: 'Din it-talba m’għadhiex tistenna: ġiet imwieġba, irtirata jew skadiet.',
    expired: 'Din it-talba skadiet. Erġa’ idħol fuq il-kompjuter tiegħek.',
    network: 'Is-server ma jistax jintlaħaq. Iċċekkja l-konnessjoni tiegħek u erġa’ pprova.',
    failed: 'It-tweġiba ma setgħetx tintbagħat. Erġa’ pprova.',
    none: 'L-ebda talba għad-dħul ma qed tistenna.',
    back: 'Lura',
    onMobileIntro:
      'Bdejt dan id-dħul fuq dan it-telefon. Iċċekkja t-talba, imbagħad daħħal il-kodiċi PIN ta’ 4 ċifri tiegħek.',
    onMobileApproved: 'Id-dħul ġie kkonfermat. Mur lura fil-browser tiegħek: id-dħul ikompli waħdu.',
  },
  code: {
    scanTitle: 'Skennja kodiċi QR',
    scanIntro:
      'Fuq il-kompjuter tiegħek, agħżel “App Sésame b’kodiċi QR” meta tidħol, imbagħad ipponta l-kamera lejn il-kodiċi QR li jidher. Dan jaħdem mingħajr netwerk.',
    checking: 'Il-kodiċi QR qed jiġi ċċekkjat…',
    askTitle: 'Talba għad-dħul',
    asks: '{app} qed titlob li tidħol bħala {account}.',
    pinIntro:
      'Jekk qed tidħol fuq il-kompjuter tiegħek, daħħal il-kodiċi PIN ta’ 4 ċifri tiegħek biex tikseb il-kodiċi li għandek tittajpja hemm.',
    computing: 'Il-kodiċi qed jiġi kkalkulat…',
    codeTitle: 'Il-kodiċi tad-dħul tiegħek',
    typeIt: 'Fuq il-kompjuter tiegħek, ittajpja dan il-kodiċi fil-qasam “Kodiċi muri mill-app”, imbagħad “Idħol”.',
    validFor: 'Validu għal {time}',
    remaining: '{minutes} min {seconds} s',
    expired: 'Skadut — skennja kodiċi QR ġdid.',
    wrongPinNote: 'PIN żbaljat jagħti kodiċi żbaljat: il-kompjuter tiegħek imbagħad jgħid li l-kodiċi mhuwiex korrett.',
    done: 'Lest',
    scanAgain: 'Skennja kodiċi QR ġdid',
    cancel: 'Ikkanċella',
    forged: 'Dan il-kodiċi QR ma sarx mis-server Sésame tiegħek. Tittajpja l-ebda kodiċi minnu.',
    challengeExpired: 'Dan il-kodiċi QR skada. Fuq il-kompjuter tiegħek, uri kodiċi QR ġdid, imbagħad skennjah.',
    notYetValid: 'Dan il-kodiċi QR għadu mhuwiex validu. Iċċekkja d-data u l-ħin ta’ dan it-telefon.',
    notEnrolled: 'Dan il-kodiċi QR huwa għall-kont {account}, li mhuwiex irreġistrat f’din l-app.',
    enrolmentQr:
      'Dan il-kodiċi QR huwa biex iżżid apparat, mhux għad-dħul. Biex iżżid kont, mur lura u agħfas “Żid kont”.',
    notSignInQr:
      'Dan mhuwiex kodiċi QR tad-dħul ta’ Sésame. Skennja l-kodiċi QR li jidher fuq il-paġna tad-dħul tal-kompjuter tiegħek.',
    failed: 'Il-kodiċi ma setax jiġi kkalkulat. Erġa’ skennja l-kodiċi QR.',
  },
  refusal: {
    checking: 'Il-kodiċi QR qed jiġi ċċekkjat…',
    otherTitle: 'Dan it-telefon diġà jservi lil xi ħadd ieħor',
    otherAccount:
      'Dan it-telefon diġà jikkonferma d-dħul tal-kont {account}. Telefon wieħed iservi persuna waħda: dan il-kodiċi QR ġie rrifjutat, u l-paġna tal-portal fuq il-kompjuter tgħid hekk.',
    otherAccountNext:
      'Żid l-apparat b’telefon ieħor: fuq il-kompjuter, agħżel “Żid apparat mobbli b’telefon ieħor” u skennja l-kodiċi QR il-ġdid b’dak it-telefon. Jekk minflok dan it-telefon għandu jservik int, is-sid ta’ {account} l-ewwel iħassru minn “Immaniġġja l-apparati mobbli tiegħi”.',
    sameTitle: 'Dan it-telefon diġà rreġistrat',
    sameAccount:
      'Dan it-telefon diġà rreġistrat għall-kont tiegħek {account}: m’hemm xejn x’iżżid. Il-kodiċi QR fuq il-kompjuter ma jistax jibqa’ jintuża.',
    sameAccountNext:
      'Biex iżżid telefon ieħor, erġa’ żid apparat mobbli fuq il-kompjuter u skennja l-kodiċi QR il-ġdid b’dak it-telefon.',
    scanAnother: 'Skennja kodiċi QR ieħor',
    done: 'Lura',
  },
};
