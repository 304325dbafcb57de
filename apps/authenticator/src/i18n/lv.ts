import type { Messages } from './en';

/**
 * Latvian catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const lv: Messages = {
  meta: {
    language: 'Valoda',
    lang: 'lv',
  },
  app: {
    name: 'Sésame',
  },
  welcome: {
    title: 'Laipni lūdzam lietotnē Sésame',
    intro:
      'Lietotne Sésame apstiprina jūsu pierakstīšanos datorā. Lai sāktu, inicializējiet lietotni un pēc tam pievienojiet savu kontu, noskenējot portālā redzamo QR kodu.',
    initialize: 'Inicializēt',
    initializing: 'Notiek inicializēšana…',
    ready: 'Lietotne ir inicializēta.',
    permissionsIntro:
      'Lietotnei ir vajadzīga kamera, lai skenētu QR kodu, un paziņojumi, lai jūs informētu, kad pierakstīšanās gaida jūsu apstiprinājumu.',
    continue: 'Turpināt',
    askingPermissions: 'Notiek atļauju pieprasīšana…',
    cameraRefused:
      'Kamera nav atļauta. Pārlūka iestatījumos atļaujiet šai lietotnei izmantot kameru un pēc tam vēlreiz nospiediet „Turpināt“.',
    notificationsRefused:
      'Paziņojumi nav atļauti. Lietotne jūs neinformēs par pierakstīšanās pieprasījumiem: atveriet to katru reizi, kad pierakstāties, lai tos redzētu.',
    notificationsUnavailable:
      'Šis pārlūks nevar rādīt paziņojumus. Atveriet lietotni katru reizi, kad pierakstāties, lai redzētu pieprasījumus.',
  },
  scan: {
    title: 'Noskenējiet QR kodu',
    intro:
      'Datorā pierakstieties portālā, pēc tam Mans konts → Pievienot mobilo ierīci. Pavērsiet kameru pret redzamo QR kodu.',
    starting: 'Notiek kameras ieslēgšana…',
    scanning: 'Notiek QR koda meklēšana…',
    cameraRefused: 'Kamera nav atļauta. Atļaujiet to pārlūka iestatījumos un mēģiniet vēlreiz.',
    cameraUnavailable: 'Šajā ierīcē nevar izmantot nevienu kameru.',
    retry: 'Mēģināt vēlreiz',
    notEnrolment: 'Šis nav Sésame QR kods ierīces pievienošanai. Noskenējiet lapas „Pievienot mobilo ierīci“ QR kodu.',
    signInQr:
      'Šis QR kods ir paredzēts pierakstīšanās, nevis ierīces pievienošanai. Noskenējiet lapas „Pievienot mobilo ierīci“ QR kodu.',
    expired: 'Šī QR koda derīgums ir beidzies. Portālā vēlreiz pievienojiet ierīci, lai saņemtu jaunu QR kodu.',
    otherServer: 'Šis QR kods ir paredzēts citam Sésame serverim ({server}). Atveriet šī servera lietotni.',
    cancel: 'Atcelt',
  },
  pin: {
    title: 'Ievadiet savu PIN kodu',
    connected:
      'Jūs esat savienots ar kontu {account}. Lai pabeigtu ierīces reģistrāciju, ievadiet savu četrciparu PIN kodu.',
    label: 'Četrciparu PIN kods',
    hint: 'PIN kods, ko portālā izvēlējāties šai ierīcei.',
    padLabel: 'Tastatūra',
    erase: 'Dzēst',
    checkedAtLastDigit: 'Lietotne pārbauda kodu, tiklīdz ievadāt 4. ciparu.',
    incomplete: 'Ievadiet visus 4 sava PIN koda ciparus.',
  },
  enrol: {
    registering: 'Notiek jūsu ierīces reģistrēšana…',
    acceptTitle: 'Apstipriniet savu ierīci',
    almostRegistered: 'Jūsu ierīce {name} ir gandrīz reģistrēta: apstipriniet to, lai pabeigtu.',
    acceptIntro: 'Apstiprinot jūs piekrītat, ka šis tālrunis apstiprinās konta {account} pierakstīšanos.',
    accept: 'Apstiprināt',
    accepting: 'Notiek jūsu ierīces apstiprināšana…',
    acceptExpired: 'Ierīces apstiprināšanas laiks ir beidzies. Portālā vēlreiz pievienojiet ierīci.',
    registered: 'Jūsu ierīce {name} ir reģistrēta.',
    pinRejected: 'Šis nav portālā izvēlētais PIN kods. Mēģiniet vēlreiz.',
    pinRejectedTries:
      'Šis nav portālā izvēlētais PIN kods. Mēģiniet vēlreiz ({count, plural, zero {atlikuši # mēģinājumi} one {atlicis # mēģinājums} other {atlikuši # mēģinājumi}}).',
    pinCancelled:
      'Šis nav portālā izvēlētais PIN kods, un mēģinājumu vairs nav: reģistrācija ir atcelta. Portālā vēlreiz pievienojiet ierīci.',
    alreadyHere: 'Šis konts jau ir reģistrēts šajā lietotnē.',
    oneAccount:
      'Šī lietotne jau ir reģistrēta citam kontam. Viena ierīce – viens konts: vispirms izdzēsiet to no otra konta vai noskenējiet šo QR kodu ar citu tālruni: tas ir derīgs, līdz beidzas tā derīgums.',
    qrSpent:
      'Šī QR koda derīgums ir beidzies vai tas jau ir izmantots. Portālā vēlreiz pievienojiet ierīci, lai saņemtu jaunu.',
    pinExpired: 'PIN koda ievadīšanas laiks ir beidzies. Portālā vēlreiz pievienojiet ierīci.',
    network: 'Serveris nav sasniedzams. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
    failed: 'Reģistrācija neizdevās. Portālā vēlreiz pievienojiet ierīci un noskenējiet jauno QR kodu.',
    scanAgain: 'Skenēt QR kodu',
  },
  home: {
    title: 'Sésame',
    account: 'Konts',
    device: 'Ierīce',
    enrolledAt: 'Reģistrēta',
    chooseAccount: 'Parādītais konts',
    check: 'Pārbaudīt pieprasījumus',
    checking: 'Notiek pārbaude…',
    none: 'Neviens pierakstīšanās pieprasījums negaida.',
    addAccount: 'Pievienot kontu',
    offline: 'Serveris nav sasniedzams. Pieprasījumi parādīsies, kad savienojums atjaunosies.',
    blocked:
      'Šī ierīce uz laiku ir bloķēta pēc pārāk daudzām nepareizām atbildēm. Mēģiniet vēlāk: pareiza atbilde atceļ bloķēšanu.',
    unknownDevice: 'Šī ierīce vairs nav reģistrēta serverī. Pievienojiet to vēlreiz portāla sadaļā „Mans konts“.',
    notEnrolled: 'Konta vēl nav.',
    scanQr: 'Skenēt QR kodu',
    offlineQr: 'Bez tīkla pierakstieties ar „Lietotne Sésame ar QR kodu“: pieskarieties „Skenēt QR kodu“.',
    notificationsOff:
      'Paziņojumi ir izslēgti: pierakstīšanās pieprasījums šeit tiek rādīts tikai tad, kad šī lietotne ir atvērta. Lai tos ieslēgtu, atļaujiet šīs lietotnes paziņojumus (pārlūka iestatījumos šai vietnei) un pēc tam vēlreiz atveriet lietotni: tā tos ieslēgs, tiklīdz tālrunis varēs sasniegt savu paziņojumu pakalpojumu.',
  },
  pending: {
    title: 'Pierakstīšanās pieprasījums',
    intro: 'Kāds pierakstās ar jūsu kontu. Pārbaudiet, vai tas esat jūs.',
    forAccount: 'Konts',
    relyingApp: 'Lietojumprogramma',
    browser: 'Pārlūks',
    ip: 'IP adrese',
    place: 'Vieta',
    time: 'Laiks',
    validity: 'Derīgs vēl',
    remaining: '{minutes} min {seconds} s',
    expiredNow: 'beidzies',
    others:
      '{count, plural, zero {Gaida vēl # pieprasījumi.} one {Gaida vēl # pieprasījums.} other {Gaida vēl # pieprasījumi.}}',
    pickNumber: 'Izvēlieties pārlūkā redzamo skaitli',
    pinIntro: 'Ievadiet savu četrciparu PIN kodu, lai apstiprinātu pierakstīšanos.',
    picked: 'Izvēlētais skaitlis: {number}',
    changeNumber: 'Mainīt skaitli',
    deny: 'Noraidīt',
    notMe: 'Tas nebiju es',
    reportQuestion:
      'Ziņot par šo pieprasījumu? Tas tiek noraidīts, un tiek brīdināta drošības komanda. Iespējams, kāds zina jūsu paroli.',
    reportConfirm: 'Jā, ziņot',
    cancel: 'Atcelt',
    sending: 'Notiek jūsu atbildes nosūtīšana…',
    approved: 'Pierakstīšanās apstiprināta.',
    denied: 'Pierakstīšanās noraidīta.',
    reported:
      'Pieprasījums ir noraidīts, un par to ir ziņots. Kāds zina jūsu paroli: nekavējoties nomainiet to portālā (Mans konts).',
    wrong:
      'Nepareizs PIN kods vai nepareizs skaitlis. Pēc 5 nepareizām atbildēm pēc kārtas ierīce uz laiku tiek bloķēta, katru reizi ilgāk.',
    tryAgain: 'Mēģināt vēlreiz',
    blocked:
      'Šī ierīce uz laiku ir bloķēta pēc pārāk daudzām nepareizām atbildēm. Mēģiniet vēlāk: pareiza atbilde atceļ bloķēšanu.',
    gone: 'Šis pieprasījums vairs negaida: uz to ir atbildēts, tas ir atsaukts vai tā derīgums ir beidzies.',
    expired: 'Šī pieprasījuma derīgums ir beidzies. Vēlreiz pierakstieties datorā.',
    network: 'Serveris nav sasniedzams. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
    failed: 'Atbildi neizdevās nosūtīt. Mēģiniet vēlreiz.',
    none: 'Neviens pierakstīšanās pieprasījums negaida.',
    back: 'Atpakaļ',
    onMobileIntro:
      'Jūs sākāt šo pierakstīšanos šajā tālrunī. Pārbaudiet pieprasījumu un pēc tam ievadiet savu četrciparu PIN kodu.',
    onMobileApproved: 'Pierakstīšanās apstiprināta. Atgriezieties pārlūkā: pierakstīšanās turpinās automātiski.',
  },
  code: {
    scanTitle: 'Skenēt QR kodu',
    scanIntro:
      'Datorā pierakstoties izvēlieties „Lietotne Sésame ar QR kodu“, pēc tam pavērsiet kameru pret redzamo QR kodu. Tas darbojas bez tīkla.',
    checking: 'Notiek QR koda pārbaude…',
    askTitle: 'Pierakstīšanās pieprasījums',
    asks: '{app} lūdz pierakstīties kā {account}.',
    pinIntro: 'Ja pierakstāties datorā, ievadiet savu četrciparu PIN kodu, lai saņemtu kodu, kas jāievada tur.',
    computing: 'Notiek koda aprēķināšana…',
    codeTitle: 'Jūsu pierakstīšanās kods',
    typeIt: 'Datorā ievadiet šo kodu laukā „Lietotnes parādītais kods“ un pēc tam nospiediet „Pierakstīties“.',
    validFor: 'Derīgs {time}',
    remaining: '{minutes} min {seconds} s',
    expired: 'Derīgums beidzies – noskenējiet jaunu QR kodu.',
    wrongPinNote: 'Nepareizs PIN kods dod nepareizu kodu: tad dators paziņos, ka kods nav pareizs.',
    done: 'Gatavs',
    scanAgain: 'Skenēt jaunu QR kodu',
    cancel: 'Atcelt',
    forged: 'Šo QR kodu nav izveidojis jūsu Sésame serveris. Neievadiet nevienu no tā iegūtu kodu.',
    challengeExpired: 'Šī QR koda derīgums ir beidzies. Datorā parādiet jaunu QR kodu un noskenējiet to.',
    notYetValid: 'Šis QR kods vēl nav derīgs. Pārbaudiet šī tālruņa datumu un laiku.',
    notEnrolled: 'Šis QR kods ir paredzēts kontam {account}, kas nav reģistrēts šajā lietotnē.',
    enrolmentQr:
      'Šis QR kods ir paredzēts ierīces pievienošanai, nevis pierakstīšanās. Lai pievienotu kontu, atgriezieties un pieskarieties „Pievienot kontu“.',
    notSignInQr:
      'Šis nav Sésame pierakstīšanās QR kods. Noskenējiet QR kodu, kas redzams jūsu datora pierakstīšanās lapā.',
    failed: 'Kodu neizdevās aprēķināt. Vēlreiz noskenējiet QR kodu.',
  },
  refusal: {
    checking: 'Notiek QR koda pārbaude…',
    otherTitle: 'Šo tālruni jau izmanto cita persona',
    otherAccount:
      'Šis tālrunis jau apstiprina konta {account} pierakstīšanos. Viens tālrunis – viena persona: šis QR kods ir noraidīts, un portāla lapa datorā par to informē.',
    otherAccountNext:
      'Pievienojiet ierīci ar citu tālruni: datorā izvēlieties „Pievienot mobilo ierīci ar citu tālruni“ un ar to tālruni noskenējiet jauno QR kodu. Ja šim tālrunim tomēr jākalpo jums, konta {account} īpašniekam vispirms tas jāizdzēš sadaļā „Pārvaldīt manas mobilās ierīces“.',
    sameTitle: 'Šis tālrunis jau ir reģistrēts',
    sameAccount:
      'Šis tālrunis jau ir reģistrēts jūsu kontam {account}: nav ko pievienot. Datorā redzamo QR kodu vairs nevar izmantot.',
    sameAccountNext:
      'Lai pievienotu citu tālruni, datorā vēlreiz pievienojiet mobilo ierīci un ar to tālruni noskenējiet jauno QR kodu.',
    scanAnother: 'Skenēt citu QR kodu',
    done: 'Atpakaļ',
  },
};
