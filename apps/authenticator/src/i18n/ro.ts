import type { Messages } from './en';

/**
 * Romanian catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const ro: Messages = {
  meta: {
    language: 'Limbă',
    lang: 'ro',
  },
  app: {
    name: 'Sésame',
  },
  welcome: {
    title: 'Bun venit în aplicația Sésame',
    intro:
      'Aplicația Sésame confirmă conectările dumneavoastră de pe computer. Pentru a începe, inițializați aplicația, apoi adăugați contul scanând codul QR afișat pe portal.',
    initialize: 'Inițializați',
    initializing: 'Se inițializează…',
    ready: 'Aplicația este inițializată.',
    permissionsIntro:
      'Aplicația are nevoie de cameră pentru a scana codul QR și de notificări pentru a vă anunța când o conectare așteaptă confirmarea dumneavoastră.',
    continue: 'Continuați',
    askingPermissions: 'Se solicită permisiunile…',
    cameraRefused:
      'Camera nu este permisă. Permiteți camera pentru această aplicație în setările browserului, apoi apăsați din nou Continuați.',
    notificationsRefused:
      'Notificările nu sunt permise. Aplicația nu vă va anunța cererile de conectare: deschideți-o de fiecare dată când vă conectați pentru a le vedea.',
    notificationsUnavailable:
      'Acest browser nu poate afișa notificări. Deschideți aplicația de fiecare dată când vă conectați pentru a vedea cererile.',
  },
  scan: {
    title: 'Scanați codul QR',
    intro:
      'Pe computer, conectați-vă la portal, apoi accesați Contul meu → Adăugați un dispozitiv mobil. Îndreptați camera spre codul QR afișat.',
    starting: 'Se pornește camera…',
    scanning: 'Se caută un cod QR…',
    cameraRefused: 'Camera nu este permisă. Permiteți-o în setările browserului, apoi încercați din nou.',
    cameraUnavailable: 'Pe acest dispozitiv nu poate fi folosită nicio cameră.',
    retry: 'Încercați din nou',
    notEnrolment:
      'Acesta nu este un cod QR Sésame pentru adăugarea unui dispozitiv. Scanați codul QR de pe pagina „Adăugați un dispozitiv mobil”.',
    signInQr:
      'Acest cod QR servește la conectare, nu la adăugarea unui dispozitiv. Scanați codul QR de pe pagina „Adăugați un dispozitiv mobil”.',
    expired: 'Acest cod QR a expirat. Adăugați din nou dispozitivul pe portal pentru a obține un cod QR nou.',
    otherServer: 'Acest cod QR aparține altui server Sésame ({server}). Deschideți aplicația acelui server.',
    cancel: 'Anulați',
  },
  pin: {
    title: 'Introduceți codul PIN',
    connected:
      'Sunteți conectat la contul {account}. Pentru a finaliza înregistrarea dispozitivului, introduceți codul PIN de 4 cifre.',
    label: 'Cod PIN de 4 cifre',
    hint: 'Codul PIN pe care l-ați ales pe portal pentru acest dispozitiv.',
    padLabel: 'Tastatură numerică',
    erase: 'Ștergeți',
    checkedAtLastDigit: 'Aplicația verifică codul imediat ce introduceți a 4-a cifră.',
    incomplete: 'Introduceți cele 4 cifre ale codului PIN.',
  },
  enrol: {
    registering: 'Se înregistrează dispozitivul…',
    acceptTitle: 'Acceptați dispozitivul',
    almostRegistered: 'Dispozitivul {name} este aproape înregistrat: acceptați-l pentru a finaliza.',
    acceptIntro: 'Acceptându-l, confirmați că acest telefon va confirma conectările contului {account}.',
    accept: 'Acceptați',
    accepting: 'Se acceptă dispozitivul…',
    acceptExpired: 'Timpul pentru acceptarea dispozitivului a expirat. Adăugați din nou dispozitivul pe portal.',
    registered: 'Dispozitivul {name} este înregistrat.',
    pinRejected: 'Acesta nu este codul PIN ales pe portal. Încercați din nou.',
    pinRejectedTries:
      'Acesta nu este codul PIN ales pe portal. Încercați din nou ({count, plural, one {a mai rămas # încercare} few {au mai rămas # încercări} other {au mai rămas # de încercări}}).',
    pinCancelled:
      'Acesta nu este codul PIN ales pe portal și nu mai aveți încercări: înregistrarea a fost anulată. Adăugați din nou dispozitivul pe portal.',
    alreadyHere: 'Acest cont este deja înregistrat în această aplicație.',
    oneAccount:
      'Această aplicație este deja înregistrată pentru alt cont. Un dispozitiv, un cont: ștergeți-l mai întâi din celălalt cont sau scanați acest cod QR cu alt telefon: rămâne valabil până la expirare.',
    qrSpent:
      'Acest cod QR a expirat sau a fost deja folosit. Adăugați din nou dispozitivul pe portal pentru a obține unul nou.',
    pinExpired: 'Timpul pentru introducerea codului PIN a expirat. Adăugați din nou dispozitivul pe portal.',
    network: 'Serverul nu poate fi contactat. Verificați conexiunea și încercați din nou.',
    failed: 'Înregistrarea a eșuat. Adăugați din nou dispozitivul pe portal și scanați noul cod QR.',
    scanAgain: 'Scanați un cod QR',
  },
  home: {
    title: 'Sésame',
    account: 'Cont',
    device: 'Dispozitiv',
    enrolledAt: 'Înregistrat la',
    chooseAccount: 'Contul afișat',
    check: 'Verificați cererile',
    checking: 'Se verifică…',
    none: 'Nu există nicio cerere de conectare în așteptare.',
    addAccount: 'Adăugați un cont',
    offline: 'Serverul nu poate fi contactat. Cererile vor apărea când conexiunea revine.',
    blocked:
      'Acest dispozitiv este blocat pentru o vreme după prea multe răspunsuri greșite. Încercați din nou mai târziu: un răspuns corect încheie blocarea.',
    unknownDevice: 'Acest dispozitiv nu mai este înregistrat pe server. Adăugați-l din nou din Contul meu, pe portal.',
    notEnrolled: 'Încă niciun cont.',
    scanQr: 'Scanați un cod QR',
    offlineQr: 'Fără rețea, conectați-vă cu „Aplicația Sésame cu cod QR”: atingeți „Scanați un cod QR”.',
    notificationsOff:
      'Notificările sunt dezactivate: o cerere de conectare apare aici doar cât timp această aplicație este deschisă. Pentru a le activa, permiteți notificările pentru această aplicație (în setările browserului pentru acest site), apoi redeschideți aplicația: le activează imediat ce telefonul poate accesa serviciul său de notificări.',
  },
  pending: {
    title: 'Cerere de conectare',
    intro: 'Cineva se conectează cu contul dumneavoastră. Verificați că sunteți dumneavoastră.',
    forAccount: 'Cont',
    relyingApp: 'Aplicație',
    browser: 'Browser',
    ip: 'Adresă IP',
    place: 'Loc',
    time: 'Ora',
    validity: 'Valabilă',
    remaining: '{minutes} min {seconds} s',
    expiredNow: 'expirată',
    others:
      '{count, plural, one {Încă # cerere în așteptare.} few {Încă # cereri în așteptare.} other {Încă # de cereri în așteptare.}}',
    pickNumber: 'Alegeți numărul afișat în browser',
    pinIntro: 'Introduceți codul PIN de 4 cifre pentru a confirma conectarea.',
    picked: 'Număr ales: {number}',
    changeNumber: 'Schimbați numărul',
    deny: 'Refuzați',
    notMe: 'Nu am fost eu',
    reportQuestion:
      'Raportați această cerere? Cererea este refuzată și echipa de securitate este alertată. Este posibil ca cineva să vă cunoască parola.',
    reportConfirm: 'Da, raportați',
    cancel: 'Anulați',
    sending: 'Se trimite răspunsul…',
    approved: 'Conectare aprobată.',
    denied: 'Conectare refuzată.',
    reported:
      'Cererea a fost refuzată și raportată. Cineva vă cunoaște parola: schimbați-o acum pe portal (Contul meu).',
    wrong:
      'PIN sau număr greșit. După 5 răspunsuri greșite consecutive, dispozitivul este blocat pentru o vreme, de fiecare dată mai mult.',
    tryAgain: 'Încercați din nou',
    blocked:
      'Acest dispozitiv este blocat pentru o vreme după prea multe răspunsuri greșite. Încercați din nou mai târziu: un răspuns corect încheie blocarea.',
    gone: 'Această cerere nu mai este în așteptare: a primit răspuns, a fost retrasă sau a expirat.',
    expired: 'Această cerere a expirat. Conectați-vă din nou pe computer.',
    network: 'Serverul nu poate fi contactat. Verificați conexiunea și încercați din nou.',
    failed: 'Răspunsul nu a putut fi trimis. Încercați din nou.',
    none: 'Nu există nicio cerere de conectare în așteptare.',
    back: 'Înapoi',
    onMobileIntro:
      'Ați început această conectare pe acest telefon. Verificați cererea, apoi introduceți codul PIN de 4 cifre.',
    onMobileApproved: 'Conectare confirmată. Reveniți în browser: conectarea continuă automat.',
  },
  code: {
    scanTitle: 'Scanați un cod QR',
    scanIntro:
      'Pe computer, alegeți „Aplicația Sésame cu cod QR” când vă conectați, apoi îndreptați camera spre codul QR afișat. Funcționează fără rețea.',
    checking: 'Se verifică codul QR…',
    askTitle: 'Cerere de conectare',
    asks: '{app} solicită conectarea ca {account}.',
    pinIntro:
      'Dacă vă conectați pe computer, introduceți codul PIN de 4 cifre pentru a obține codul pe care trebuie să îl tastați acolo.',
    computing: 'Se calculează codul…',
    codeTitle: 'Codul dumneavoastră de conectare',
    typeIt: 'Pe computer, tastați acest cod în câmpul „Codul afișat de aplicație”, apoi „Conectați-vă”.',
    validFor: 'Valabil {time}',
    remaining: '{minutes} min {seconds} s',
    expired: 'Expirat — scanați un cod QR nou.',
    wrongPinNote: 'Un PIN greșit dă un cod greșit: computerul va indica atunci că nu este codul corect.',
    done: 'Gata',
    scanAgain: 'Scanați un cod QR nou',
    cancel: 'Anulați',
    forged: 'Acest cod QR nu a fost generat de serverul dumneavoastră Sésame. Nu tastați niciun cod obținut din el.',
    challengeExpired: 'Acest cod QR a expirat. Pe computer, afișați un cod QR nou, apoi scanați-l.',
    notYetValid: 'Acest cod QR nu este încă valabil. Verificați data și ora acestui telefon.',
    notEnrolled: 'Acest cod QR este pentru contul {account}, care nu este înregistrat în această aplicație.',
    enrolmentQr:
      'Acest cod QR servește la adăugarea unui dispozitiv, nu la conectare. Pentru a adăuga un cont, reveniți și atingeți „Adăugați un cont”.',
    notSignInQr:
      'Acesta nu este un cod QR de conectare Sésame. Scanați codul QR afișat pe pagina de conectare a computerului.',
    failed: 'Codul nu a putut fi calculat. Scanați din nou codul QR.',
  },
  refusal: {
    checking: 'Se verifică codul QR…',
    otherTitle: 'Acest telefon servește deja altei persoane',
    otherAccount:
      'Acest telefon confirmă deja conectările contului {account}. Un telefon servește unei singure persoane: acest cod QR este refuzat, iar pagina portalului de pe computer indică acest lucru.',
    otherAccountNext:
      'Adăugați dispozitivul cu alt telefon: pe computer, alegeți „Adăugați un dispozitiv mobil cu alt telefon” și scanați noul cod QR cu acel telefon. Dacă acest telefon trebuie să vă servească dumneavoastră, titularul contului {account} trebuie mai întâi să îl șteargă din „Gestionați dispozitivele mobile”.',
    sameTitle: 'Acest telefon este deja înregistrat',
    sameAccount:
      'Acest telefon este deja înregistrat pentru contul dumneavoastră {account}: nu este nimic de adăugat. Codul QR de pe computer nu mai poate fi folosit.',
    sameAccountNext:
      'Pentru a adăuga alt telefon, adăugați din nou un dispozitiv mobil pe computer și scanați noul cod QR cu acel telefon.',
    scanAnother: 'Scanați alt cod QR',
    done: 'Înapoi',
  },
};
