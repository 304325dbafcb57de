import type { Messages } from './en';

/**
 * Hungarian catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const hu: Messages = {
  meta: {
    language: 'Nyelv',
    lang: 'hu',
  },
  app: {
    name: 'Sésame',
  },
  welcome: {
    title: 'Üdvözöljük a Sésame alkalmazásban',
    intro:
      'A Sésame alkalmazás megerősíti a számítógépén végzett bejelentkezéseit. Kezdésként inicializálja az alkalmazást, majd adja hozzá fiókját a portálon megjelenített QR-kód beolvasásával.',
    initialize: 'Inicializálás',
    initializing: 'Inicializálás…',
    ready: 'Az alkalmazás inicializálva van.',
    permissionsIntro:
      'Az alkalmazásnak szüksége van a kamerára a QR-kód beolvasásához, valamint értesítésekre, hogy jelezze, ha egy bejelentkezés az Ön megerősítésére vár.',
    continue: 'Tovább',
    askingPermissions: 'Engedélyek kérése…',
    cameraRefused:
      'A kamera használata nincs engedélyezve. Engedélyezze a kamerát ennek az alkalmazásnak a böngésző beállításaiban, majd nyomja meg ismét a Tovább gombot.',
    notificationsRefused:
      'Az értesítések nincsenek engedélyezve. Az alkalmazás nem fogja jelezni a bejelentkezési kérelmeket: nyissa meg minden bejelentkezéskor, hogy lássa őket.',
    notificationsUnavailable:
      'Ez a böngésző nem tud értesítéseket megjeleníteni. Nyissa meg az alkalmazást minden bejelentkezéskor, hogy lássa a kérelmeket.',
  },
  scan: {
    title: 'Olvassa be a QR-kódot',
    intro:
      'A számítógépén jelentkezzen be a portálra, majd válassza a Saját fiók → Mobileszköz hozzáadása lehetőséget. Irányítsa a kamerát a megjelenített QR-kódra.',
    starting: 'A kamera indítása…',
    scanning: 'QR-kód keresése…',
    cameraRefused:
      'A kamera használata nincs engedélyezve. Engedélyezze a böngésző beállításaiban, majd próbálja újra.',
    cameraUnavailable: 'Ezen az eszközön nem használható kamera.',
    retry: 'Újrapróbálkozás',
    notEnrolment:
      'Ez nem eszköz hozzáadására szolgáló Sésame QR-kód. Olvassa be a „Mobileszköz hozzáadása” oldal QR-kódját.',
    signInQr:
      'Ez a QR-kód bejelentkezésre szolgál, nem eszköz hozzáadására. Olvassa be a „Mobileszköz hozzáadása” oldal QR-kódját.',
    expired: 'Ez a QR-kód lejárt. Adja hozzá ismét az eszközt a portálon, hogy új QR-kódot kapjon.',
    otherServer:
      'Ez a QR-kód egy másik Sésame-kiszolgálóhoz tartozik ({server}). Nyissa meg az adott kiszolgáló alkalmazását.',
    cancel: 'Mégse',
  },
  pin: {
    title: 'Adja meg PIN-kódját',
    connected:
      'Kapcsolódott a következő fiókhoz: {account}. Az eszköz regisztrációjának befejezéséhez adja meg 4 számjegyű PIN-kódját.',
    label: '4 számjegyű PIN-kód',
    hint: 'Az a PIN-kód, amelyet a portálon választott ehhez az eszközhöz.',
    padLabel: 'Billentyűzet',
    erase: 'Törlés',
    checkedAtLastDigit: 'Az alkalmazás a 4. számjegy beírásakor azonnal ellenőrzi a kódot.',
    incomplete: 'Adja meg PIN-kódja 4 számjegyét.',
  },
  enrol: {
    registering: 'Az eszköz regisztrálása…',
    acceptTitle: 'Fogadja el az eszközt',
    almostRegistered: 'A(z) {name} nevű eszköze majdnem regisztrálva van: a befejezéshez fogadja el.',
    acceptIntro:
      'Az elfogadással megerősíti, hogy ez a telefon fogja megerősíteni a következő fiók bejelentkezéseit: {account}.',
    accept: 'Elfogadás',
    accepting: 'Az eszköz elfogadása…',
    acceptExpired: 'Lejárt az eszköz elfogadására rendelkezésre álló idő. Adja hozzá ismét az eszközt a portálon.',
    registered: 'A(z) {name} nevű eszköze regisztrálva van.',
    pinRejected: 'Ez nem a portálon választott PIN-kód. Próbálja újra.',
    pinRejectedTries:
      'Ez nem a portálon választott PIN-kód. Próbálja újra (még {count, plural, one {# próbálkozás maradt} other {# próbálkozás maradt}}).',
    pinCancelled:
      'Ez nem a portálon választott PIN-kód, és nem maradt több próbálkozás: a regisztráció megszakadt. Adja hozzá ismét az eszközt a portálon.',
    alreadyHere: 'Ez a fiók már regisztrálva van ebben az alkalmazásban.',
    oneAccount:
      'Ez az alkalmazás már egy másik fiókhoz van regisztrálva. Egy eszköz, egy fiók: előbb törölje a másik fiókból, vagy olvassa be ezt a QR-kódot egy másik telefonnal – a kód a lejáratáig érvényes marad.',
    qrSpent: 'Ez a QR-kód lejárt vagy már felhasználták. Adja hozzá ismét az eszközt a portálon, hogy újat kapjon.',
    pinExpired: 'Lejárt a PIN-kód megadására rendelkezésre álló idő. Adja hozzá ismét az eszközt a portálon.',
    network: 'A kiszolgáló nem érhető el. Ellenőrizze a kapcsolatot, és próbálja újra.',
    failed: 'A regisztráció sikertelen. Adja hozzá ismét az eszközt a portálon, és olvassa be az új QR-kódot.',
    scanAgain: 'QR-kód beolvasása',
  },
  home: {
    title: 'Sésame',
    account: 'Fiók',
    device: 'Eszköz',
    enrolledAt: 'Regisztráció dátuma',
    chooseAccount: 'Megjelenített fiók',
    check: 'Kérelmek ellenőrzése',
    checking: 'Ellenőrzés…',
    none: 'Nincs várakozó bejelentkezési kérelem.',
    addAccount: 'Fiók hozzáadása',
    offline: 'A kiszolgáló nem érhető el. A kérelmek a kapcsolat helyreállásakor jelennek meg.',
    blocked:
      'Ez az eszköz túl sok hibás válasz után egy ideig le van tiltva. Próbálja újra később: egy helyes válasz megszünteti a letiltást.',
    unknownDevice:
      'Ez az eszköz már nincs regisztrálva a kiszolgálón. Adja hozzá ismét a portál Saját fiók menüpontjában.',
    notEnrolled: 'Még nincs fiók.',
    scanQr: 'QR-kód beolvasása',
    offlineQr:
      'Hálózat nélkül jelentkezzen be a „Sésame alkalmazás QR-kóddal” módszerrel: koppintson a „QR-kód beolvasása” gombra.',
    notificationsOff:
      'Az értesítések ki vannak kapcsolva: a bejelentkezési kérelem csak akkor jelenik meg itt, ha az alkalmazás nyitva van. Bekapcsolásukhoz engedélyezze az értesítéseket ennek az alkalmazásnak (a böngésző ehhez a webhelyhez tartozó beállításaiban), majd nyissa meg újra az alkalmazást: az bekapcsolja őket, amint a telefon eléri az értesítési szolgáltatását.',
  },
  pending: {
    title: 'Bejelentkezési kérelem',
    intro: 'Valaki az Ön fiókjával jelentkezik be. Ellenőrizze, hogy Ön-e az.',
    forAccount: 'Fiók',
    relyingApp: 'Alkalmazás',
    browser: 'Böngésző',
    ip: 'IP-cím',
    place: 'Hely',
    time: 'Időpont',
    validity: 'Érvényes még',
    remaining: '{minutes} perc {seconds} mp',
    expiredNow: 'lejárt',
    others: '{count, plural, one {Még # kérelem várakozik.} other {Még # kérelem várakozik.}}',
    pickNumber: 'Válassza ki a böngészőjében megjelenített számot',
    pinIntro: 'A bejelentkezés megerősítéséhez adja meg 4 számjegyű PIN-kódját.',
    picked: 'Kiválasztott szám: {number}',
    changeNumber: 'Másik szám választása',
    deny: 'Elutasítás',
    notMe: 'Nem én voltam',
    reportQuestion:
      'Bejelenti ezt a kérelmet? A kérelmet elutasítjuk, és értesítjük a biztonsági csapatot. Lehet, hogy valaki ismeri a jelszavát.',
    reportConfirm: 'Igen, bejelentem',
    cancel: 'Mégse',
    sending: 'Válasz küldése…',
    approved: 'Bejelentkezés jóváhagyva.',
    denied: 'Bejelentkezés elutasítva.',
    reported:
      'A kérelmet elutasítottuk és bejelentettük. Valaki ismeri a jelszavát: változtassa meg most a portálon (Saját fiók).',
    wrong:
      'Hibás PIN-kód vagy hibás szám. Egymás után 5 hibás válasz után az eszköz egy időre letiltásra kerül, minden alkalommal hosszabb időre.',
    tryAgain: 'Újrapróbálkozás',
    blocked:
      'Ez az eszköz túl sok hibás válasz után egy ideig le van tiltva. Próbálja újra később: egy helyes válasz megszünteti a letiltást.',
    gone: 'Ez a kérelem már nem várakozik: megválaszolták, visszavonták vagy lejárt.',
    expired: 'Ez a kérelem lejárt. Jelentkezzen be újra a számítógépén.',
    network: 'A kiszolgáló nem érhető el. Ellenőrizze a kapcsolatot, és próbálja újra.',
    failed: 'A választ nem sikerült elküldeni. Próbálja újra.',
    none: 'Nincs várakozó bejelentkezési kérelem.',
    back: 'Vissza',
    onMobileIntro:
      'Ezt a bejelentkezést ezen a telefonon kezdte. Ellenőrizze a kérelmet, majd adja meg 4 számjegyű PIN-kódját.',
    onMobileApproved: 'Bejelentkezés megerősítve. Térjen vissza a böngészőjébe: a bejelentkezés magától folytatódik.',
  },
  code: {
    scanTitle: 'QR-kód beolvasása',
    scanIntro:
      'A számítógépén bejelentkezéskor válassza a „Sésame alkalmazás QR-kóddal” lehetőséget, majd irányítsa a kamerát a megjelenített QR-kódra. Ez hálózat nélkül is működik.',
    checking: 'A QR-kód ellenőrzése…',
    askTitle: 'Bejelentkezési kérelem',
    asks: '{app} bejelentkezést kér a következő fiókkal: {account}.',
    pinIntro:
      'Ha Ön jelentkezik be a számítógépén, adja meg 4 számjegyű PIN-kódját, hogy megkapja az ott beírandó kódot.',
    computing: 'A kód kiszámítása…',
    codeTitle: 'Az Ön bejelentkezési kódja',
    typeIt:
      'A számítógépén írja be ezt a kódot „Az alkalmazás által mutatott kód” mezőbe, majd kattintson a „Bejelentkezés” gombra.',
    validFor: 'Érvényes még: {time}',
    remaining: '{minutes} perc {seconds} mp',
    expired: 'Lejárt – olvasson be egy új QR-kódot.',
    wrongPinNote: 'Hibás PIN-kód hibás kódot eredményez: a számítógép ekkor jelzi, hogy a kód nem helyes.',
    done: 'Kész',
    scanAgain: 'Új QR-kód beolvasása',
    cancel: 'Mégse',
    forged: 'Ezt a QR-kódot nem az Ön Sésame-kiszolgálója hozta létre. Ne írjon be belőle semmilyen kódot.',
    challengeExpired: 'Ez a QR-kód lejárt. A számítógépén jelenítsen meg egy új QR-kódot, majd olvassa be.',
    notYetValid: 'Ez a QR-kód még nem érvényes. Ellenőrizze a telefon dátumát és idejét.',
    notEnrolled:
      'Ez a QR-kód a következő fiókhoz tartozik: {account}, amely nincs regisztrálva ebben az alkalmazásban.',
    enrolmentQr:
      'Ez a QR-kód eszköz hozzáadására szolgál, nem bejelentkezésre. Fiók hozzáadásához lépjen vissza, és koppintson a „Fiók hozzáadása” gombra.',
    notSignInQr:
      'Ez nem Sésame bejelentkezési QR-kód. Olvassa be a számítógépe bejelentkezési oldalán megjelenített QR-kódot.',
    failed: 'A kódot nem sikerült kiszámítani. Olvassa be újra a QR-kódot.',
  },
  refusal: {
    checking: 'A QR-kód ellenőrzése…',
    otherTitle: 'Ez a telefon már valaki mást szolgál',
    otherAccount:
      'Ez a telefon már a következő fiók bejelentkezéseit erősíti meg: {account}. Egy telefon egy személyt szolgál: ezt a QR-kódot elutasítottuk, és a számítógépen lévő portáloldal is ezt jelzi.',
    otherAccountNext:
      'Adja hozzá az eszközt egy másik telefonnal: a számítógépen válassza a „Mobileszköz hozzáadása másik telefonnal” lehetőséget, és olvassa be az új QR-kódot azzal a telefonnal. Ha ehelyett ennek a telefonnak kell Önt szolgálnia, a(z) {account} fiók tulajdonosa előbb törölje azt a „Mobileszközeim kezelése” oldalon.',
    sameTitle: 'Ez a telefon már regisztrálva van',
    sameAccount:
      'Ez a telefon már regisztrálva van az Ön fiókjához ({account}): nincs mit hozzáadni. A számítógépen lévő QR-kód már nem használható.',
    sameAccountNext:
      'Másik telefon hozzáadásához adjon hozzá ismét egy mobileszközt a számítógépen, és olvassa be az új QR-kódot azzal a telefonnal.',
    scanAnother: 'Másik QR-kód beolvasása',
    done: 'Vissza',
  },
};
