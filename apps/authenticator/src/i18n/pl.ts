import type { Messages } from './en';

/**
 * Polish catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const pl: Messages = {
  meta: {
    language: 'Język',
    lang: 'pl',
  },
  app: {
    name: 'Sésame',
  },
  welcome: {
    title: 'Witamy w aplikacji Sésame',
    intro:
      'Aplikacja Sésame potwierdza logowania na komputerze. Aby rozpocząć, należy zainicjować aplikację, a następnie dodać konto, skanując kod QR wyświetlony na portalu.',
    initialize: 'Zainicjuj',
    initializing: 'Inicjowanie…',
    ready: 'Aplikacja została zainicjowana.',
    permissionsIntro:
      'Aplikacja potrzebuje dostępu do aparatu, aby zeskanować kod QR, oraz powiadomień, aby informować o logowaniu oczekującym na potwierdzenie.',
    continue: 'Dalej',
    askingPermissions: 'Prośba o uprawnienia…',
    cameraRefused:
      'Dostęp do aparatu nie został przyznany. Proszę zezwolić tej aplikacji na użycie aparatu w ustawieniach przeglądarki, a następnie ponownie nacisnąć Dalej.',
    notificationsRefused:
      'Powiadomienia nie są dozwolone. Aplikacja nie będzie informować o prośbach o zalogowanie: proszę ją otwierać przy każdym logowaniu, aby je zobaczyć.',
    notificationsUnavailable:
      'Ta przeglądarka nie może wyświetlać powiadomień. Proszę otwierać aplikację przy każdym logowaniu, aby zobaczyć prośby.',
  },
  scan: {
    title: 'Zeskanuj kod QR',
    intro:
      'Na komputerze należy zalogować się do portalu, a następnie wybrać Moje konto → Dodaj urządzenie mobilne. Proszę skierować aparat na wyświetlony kod QR.',
    starting: 'Uruchamianie aparatu…',
    scanning: 'Wyszukiwanie kodu QR…',
    cameraRefused:
      'Dostęp do aparatu nie został przyznany. Proszę zezwolić na niego w ustawieniach przeglądarki i spróbować ponownie.',
    cameraUnavailable: 'Na tym urządzeniu nie można użyć żadnego aparatu.',
    retry: 'Spróbuj ponownie',
    notEnrolment:
      'To nie jest kod QR Sésame służący do dodania urządzenia. Proszę zeskanować kod QR ze strony „Dodaj urządzenie mobilne”.',
    signInQr:
      'Ten kod QR służy do logowania, a nie do dodania urządzenia. Proszę zeskanować kod QR ze strony „Dodaj urządzenie mobilne”.',
    expired: 'Ten kod QR wygasł. Proszę ponownie dodać urządzenie na portalu, aby otrzymać nowy kod QR.',
    otherServer: 'Ten kod QR dotyczy innego serwera Sésame ({server}). Proszę otworzyć aplikację tego serwera.',
    cancel: 'Anuluj',
  },
  pin: {
    title: 'Wprowadź kod PIN',
    connected:
      'Połączono z kontem {account}. Aby dokończyć rejestrację urządzenia, proszę wprowadzić 4-cyfrowy kod PIN.',
    label: '4-cyfrowy kod PIN',
    hint: 'Kod PIN wybrany na portalu dla tego urządzenia.',
    padLabel: 'Klawiatura',
    erase: 'Usuń',
    checkedAtLastDigit: 'Aplikacja sprawdza kod zaraz po wpisaniu 4. cyfry.',
    incomplete: 'Proszę wprowadzić 4 cyfry kodu PIN.',
  },
  enrol: {
    registering: 'Rejestrowanie urządzenia…',
    acceptTitle: 'Zaakceptuj urządzenie',
    almostRegistered: 'Urządzenie {name} jest prawie zarejestrowane: proszę je zaakceptować, aby zakończyć.',
    acceptIntro: 'Akceptacja potwierdza, że ten telefon będzie potwierdzał logowania do konta {account}.',
    accept: 'Akceptuj',
    accepting: 'Akceptowanie urządzenia…',
    acceptExpired: 'Czas na zaakceptowanie urządzenia minął. Proszę ponownie dodać urządzenie na portalu.',
    registered: 'Urządzenie {name} zostało zarejestrowane.',
    pinRejected: 'To nie jest kod PIN wybrany na portalu. Proszę spróbować ponownie.',
    pinRejectedTries:
      'To nie jest kod PIN wybrany na portalu. Proszę spróbować ponownie ({count, plural, one {pozostała # próba} few {pozostały # próby} many {pozostało # prób} other {pozostało # próby}}).',
    pinCancelled:
      'To nie jest kod PIN wybrany na portalu i nie pozostały żadne próby: rejestracja została anulowana. Proszę ponownie dodać urządzenie na portalu.',
    alreadyHere: 'To konto jest już zarejestrowane w tej aplikacji.',
    oneAccount:
      'Ta aplikacja jest już zarejestrowana dla innego konta. Jedno urządzenie, jedno konto: najpierw należy usunąć je z drugiego konta albo zeskanować ten kod QR innym telefonem — kod pozostaje ważny do momentu wygaśnięcia.',
    qrSpent:
      'Ten kod QR wygasł lub został już użyty. Proszę ponownie dodać urządzenie na portalu, aby otrzymać nowy kod.',
    pinExpired: 'Czas na wprowadzenie kodu PIN minął. Proszę ponownie dodać urządzenie na portalu.',
    network: 'Nie można połączyć się z serwerem. Proszę sprawdzić połączenie i spróbować ponownie.',
    failed: 'Rejestracja nie powiodła się. Proszę ponownie dodać urządzenie na portalu i zeskanować nowy kod QR.',
    scanAgain: 'Zeskanuj kod QR',
  },
  home: {
    title: 'Sésame',
    account: 'Konto',
    device: 'Urządzenie',
    enrolledAt: 'Data rejestracji',
    chooseAccount: 'Wyświetlane konto',
    check: 'Sprawdź prośby',
    checking: 'Sprawdzanie…',
    none: 'Żadna prośba o zalogowanie nie oczekuje.',
    addAccount: 'Dodaj konto',
    offline: 'Nie można połączyć się z serwerem. Prośby pojawią się po przywróceniu połączenia.',
    blocked:
      'To urządzenie jest tymczasowo zablokowane po zbyt wielu błędnych odpowiedziach. Proszę spróbować później: poprawna odpowiedź kończy blokadę.',
    unknownDevice:
      'To urządzenie nie jest już zarejestrowane na serwerze. Proszę dodać je ponownie w sekcji Moje konto na portalu.',
    notEnrolled: 'Brak kont.',
    scanQr: 'Zeskanuj kod QR',
    offlineQr:
      'Bez dostępu do sieci można zalogować się metodą „Aplikacja Sésame z kodem QR”: proszę dotknąć „Zeskanuj kod QR”.',
    notificationsOff:
      'Powiadomienia są wyłączone: prośba o zalogowanie pojawia się tutaj tylko wtedy, gdy aplikacja jest otwarta. Aby je włączyć, proszę zezwolić na powiadomienia dla tej aplikacji (w ustawieniach przeglądarki dla tej witryny), a następnie ponownie otworzyć aplikację: włączy je, gdy tylko telefon połączy się z usługą powiadomień.',
  },
  pending: {
    title: 'Prośba o zalogowanie',
    intro: 'Ktoś loguje się na to konto. Proszę sprawdzić, czy to Pan/Pani.',
    forAccount: 'Konto',
    relyingApp: 'Aplikacja',
    browser: 'Przeglądarka',
    ip: 'Adres IP',
    place: 'Miejsce',
    time: 'Godzina',
    validity: 'Ważna przez',
    remaining: '{minutes} min {seconds} s',
    expiredNow: 'wygasła',
    others:
      '{count, plural, one {Oczekuje jeszcze # prośba.} few {Oczekują jeszcze # prośby.} many {Oczekuje jeszcze # próśb.} other {Oczekuje jeszcze # prośby.}}',
    pickNumber: 'Wybierz liczbę wyświetloną w przeglądarce',
    pinIntro: 'Proszę wprowadzić 4-cyfrowy kod PIN, aby potwierdzić logowanie.',
    picked: 'Wybrana liczba: {number}',
    changeNumber: 'Zmień liczbę',
    deny: 'Odrzuć',
    notMe: 'To nie ja',
    reportQuestion:
      'Zgłosić tę prośbę? Zostanie odrzucona, a zespół ds. bezpieczeństwa zostanie powiadomiony. Ktoś może znać Pana/Pani hasło.',
    reportConfirm: 'Tak, zgłoś',
    cancel: 'Anuluj',
    sending: 'Wysyłanie odpowiedzi…',
    approved: 'Logowanie zatwierdzone.',
    denied: 'Logowanie odrzucone.',
    reported:
      'Prośba została odrzucona i zgłoszona. Ktoś zna Pana/Pani hasło: proszę je natychmiast zmienić na portalu (Moje konto).',
    wrong:
      'Błędny PIN lub błędna liczba. Po 5 kolejnych błędnych odpowiedziach urządzenie zostaje tymczasowo zablokowane, za każdym razem na dłużej.',
    tryAgain: 'Spróbuj ponownie',
    blocked:
      'To urządzenie jest tymczasowo zablokowane po zbyt wielu błędnych odpowiedziach. Proszę spróbować później: poprawna odpowiedź kończy blokadę.',
    gone: 'Ta prośba już nie oczekuje: została obsłużona, wycofana lub wygasła.',
    expired: 'Ta prośba wygasła. Proszę zalogować się ponownie na komputerze.',
    network: 'Nie można połączyć się z serwerem. Proszę sprawdzić połączenie i spróbować ponownie.',
    failed: 'Nie udało się wysłać odpowiedzi. Proszę spróbować ponownie.',
    none: 'Żadna prośba o zalogowanie nie oczekuje.',
    back: 'Wstecz',
    onMobileIntro:
      'Logowanie zostało rozpoczęte na tym telefonie. Proszę sprawdzić prośbę, a następnie wprowadzić 4-cyfrowy kod PIN.',
    onMobileApproved:
      'Logowanie potwierdzone. Proszę wrócić do przeglądarki: logowanie będzie kontynuowane automatycznie.',
  },
  code: {
    scanTitle: 'Zeskanuj kod QR',
    scanIntro:
      'Podczas logowania na komputerze proszę wybrać „Aplikacja Sésame z kodem QR”, a następnie skierować aparat na wyświetlony kod QR. Działa to bez dostępu do sieci.',
    checking: 'Sprawdzanie kodu QR…',
    askTitle: 'Prośba o zalogowanie',
    asks: '{app} prosi o zalogowanie jako {account}.',
    pinIntro:
      'Jeśli logowanie odbywa się na komputerze, proszę wprowadzić 4-cyfrowy kod PIN, aby otrzymać kod do wpisania na komputerze.',
    computing: 'Obliczanie kodu…',
    codeTitle: 'Kod logowania',
    typeIt:
      'Na komputerze proszę wpisać ten kod w polu „Kod wyświetlony przez aplikację”, a następnie kliknąć „Zaloguj się”.',
    validFor: 'Ważny przez {time}',
    remaining: '{minutes} min {seconds} s',
    expired: 'Wygasł — proszę zeskanować nowy kod QR.',
    wrongPinNote: 'Błędny PIN daje błędny kod: komputer poinformuje wtedy, że kod jest niepoprawny.',
    done: 'Gotowe',
    scanAgain: 'Zeskanuj nowy kod QR',
    cancel: 'Anuluj',
    forged: 'Ten kod QR nie został utworzony przez serwer Sésame. Proszę nie wpisywać żadnego kodu z niego uzyskanego.',
    challengeExpired: 'Ten kod QR wygasł. Proszę wyświetlić nowy kod QR na komputerze i go zeskanować.',
    notYetValid: 'Ten kod QR nie jest jeszcze ważny. Proszę sprawdzić datę i godzinę w telefonie.',
    notEnrolled: 'Ten kod QR dotyczy konta {account}, które nie jest zarejestrowane w tej aplikacji.',
    enrolmentQr:
      'Ten kod QR służy do dodania urządzenia, a nie do logowania. Aby dodać konto, proszę wrócić i dotknąć „Dodaj konto”.',
    notSignInQr:
      'To nie jest kod QR logowania Sésame. Proszę zeskanować kod QR wyświetlony na stronie logowania na komputerze.',
    failed: 'Nie udało się obliczyć kodu. Proszę ponownie zeskanować kod QR.',
  },
  refusal: {
    checking: 'Sprawdzanie kodu QR…',
    otherTitle: 'Ten telefon służy już innej osobie',
    otherAccount:
      'Ten telefon potwierdza już logowania do konta {account}. Jeden telefon służy jednej osobie: ten kod QR został odrzucony, o czym informuje strona portalu na komputerze.',
    otherAccountNext:
      'Proszę dodać urządzenie za pomocą innego telefonu: na komputerze wybrać „Dodaj urządzenie mobilne za pomocą innego telefonu” i zeskanować nowy kod QR tym telefonem. Jeśli to ten telefon ma służyć Panu/Pani, właściciel konta {account} musi najpierw usunąć go w sekcji „Zarządzaj moimi urządzeniami mobilnymi”.',
    sameTitle: 'Ten telefon jest już zarejestrowany',
    sameAccount:
      'Ten telefon jest już zarejestrowany dla konta {account}: nie ma nic do dodania. Kodu QR na komputerze nie można już użyć.',
    sameAccountNext:
      'Aby dodać inny telefon, proszę ponownie dodać urządzenie mobilne na komputerze i zeskanować nowy kod QR tym telefonem.',
    scanAnother: 'Zeskanuj inny kod QR',
    done: 'Wstecz',
  },
};
