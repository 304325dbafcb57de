import type { Messages } from './en';

/**
 * Greek catalogue, typed against `en.ts`: no key can be missing (docs/adr/0045). Translated
 * from the English and French reference texts; to be reviewed by native speakers.
 */
export const el: Messages = {
  meta: {
    language: 'Γλώσσα',
    dateLocale: 'el-GR',
  },
  layout: {
    appName: 'TRACES NT (επίδειξη)',
    tagline: 'Έλεγχος εμπορίου και πιστοποίηση — επίδειξη',
    skipToContent: 'Μετάβαση στο κύριο περιεχόμενο',
    navLabel: 'Συνεδρία και γλώσσα',
    signedInAs: 'Συνδεδεμένος/-η ως {name}',
    signOut: 'Αποσύνδεση',
    footer:
      'Εφαρμογή επίδειξης του Sésame. Δεν είναι το TRACES NT: δείχνει μόνο τι λαμβάνει μια εφαρμογή όταν συνδέεστε.',
  },
  home: {
    title: 'Καλώς ορίσατε στο TRACES NT (επίδειξη)',
    intro:
      'Αυτή η εφαρμογή βασίζεται στο Sésame για τη σύνδεσή σας, όπως το TRACES NT βασίζεται στο EU Login. Επιλέξτε πώς η εφαρμογή ρωτά το Sésame ποιος είστε: το αποτέλεσμα είναι το ίδιο πρόσωπο, με το ίδιο επίπεδο.',
    casTitle: 'CAS (EU Login)',
    casBody:
      'Το πρωτόκολλο του EU Login: η εφαρμογή ανοίγει μια συναλλαγή σύνδεσης ζητώντας το επίπεδο {level} και, στη συνέχεια, ελέγχει το εισιτήριο που επιστρέφει το Sésame.',
    casButton: 'Σύνδεση με CAS (EU Login)',
    casPostLink: 'Ή με το εισιτήριο να αποστέλλεται στην εφαρμογή με φόρμα αντί για τη διεύθυνση (CAS method=POST)',
    oidcTitle: 'OpenID Connect',
    oidcBody:
      'Το τυποποιημένο πρωτόκολλο: κωδικός εξουσιοδότησης με PKCE και, στη συνέχεια, ID Token υπογεγραμμένο από το Sésame.',
    oidcButton: 'Σύνδεση με OpenID Connect',
    signedIn: 'Έχετε συνδεθεί.',
    seeIdentity: 'Δείτε τι έλαβε η εφαρμογή',
    signedOut: 'Αποσυνδεθήκατε από το TRACES NT (επίδειξη) και από το Sésame.',
  },
  identity: {
    title: 'Η ταυτότητά σας',
    intro: 'Αυτά έλαβε το TRACES NT (επίδειξη) από το Sésame.',
    viaCas: 'Σύνδεση με CAS (EU Login)',
    viaOidc: 'Σύνδεση με OpenID Connect',
    uid: 'Αναγνωριστικό χρήστη',
    name: 'Όνομα',
    email: 'Διεύθυνση ηλεκτρονικού ταχυδρομείου',
    organisation: 'Οργανισμός',
    level: 'Επίπεδο ελέγχου ταυτότητας',
    strengths: 'Μέθοδοι',
    factors: 'Παράγοντες ελέγχου ταυτότητας',
    protocol: 'Πρωτόκολλο',
    sso: 'Ενιαία σύνδεση (sso)',
    isFromNewLogin: 'Νέα σύνδεση (isFromNewLogin)',
    authTime: 'Έλεγχος ταυτότητας στο Sésame',
    signedInAt: 'Σύνδεση σε αυτή την εφαρμογή',
    received:
      'Όλα όσα ελήφθησαν ({count, plural, one {# χαρακτηριστικό ή ισχυρισμός} other {# χαρακτηριστικά ή ισχυρισμοί}})',
    receivedName: 'Όνομα',
    receivedValue: 'Τιμή',
    none: 'κανένα',
    unknown: 'δεν αναφέρεται',
    yes: 'ναι',
    no: 'όχι',
    home: 'Επιστροφή στην αρχική σελίδα',
  },
  editions: {
    traces: {
      appName: 'TRACES NT (επίδειξη)',
      tagline: 'Έλεγχος εμπορίου και πιστοποίηση — επίδειξη',
      footer:
        'Εφαρμογή επίδειξης του Sésame. Δεν είναι το TRACES NT: δείχνει μόνο τι λαμβάνει μια εφαρμογή όταν συνδέεστε.',
      homeTitle: 'Καλώς ορίσατε στο TRACES NT (επίδειξη)',
      homeIntro:
        'Αυτή η εφαρμογή βασίζεται στο Sésame για τη σύνδεσή σας, όπως το TRACES NT βασίζεται στο EU Login. Όπως το TRACES NT, απαιτεί την εφαρμογή Sésame (επίπεδο MEDIUM): ο κωδικός πρόσβασης μόνος του δεν αρκεί. Επιλέξτε πώς η εφαρμογή ρωτά το Sésame ποιος είστε: το αποτέλεσμα είναι το ίδιο πρόσωπο, με το ίδιο επίπεδο.',
      signedOut: 'Αποσυνδεθήκατε από το TRACES NT (επίδειξη) και από το Sésame.',
      identityIntro: 'Αυτά έλαβε το TRACES NT (επίδειξη) από το Sésame.',
      offer:
        'Το TRACES NT (επίδειξη) απαιτεί την εφαρμογή Sésame (επίπεδο MEDIUM): ο κωδικός πρόσβασης μόνος του δεν αρκεί.',
    },
    bulletin: {
      appName: 'Bulletin sanitaire (επίδειξη)',
      tagline: 'Νέα για την υγεία των ζώων — επίδειξη',
      footer:
        'Εφαρμογή επίδειξης του Sésame: δημόσιες πληροφορίες στις οποίες αρκεί ο κωδικός πρόσβασης (επίπεδο BASIC), δίπλα στο TRACES NT (επίδειξη), το οποίο απαιτεί την εφαρμογή Sésame.',
      homeTitle: 'Καλώς ορίσατε στο Bulletin sanitaire (επίδειξη)',
      homeIntro:
        'Τα δελτία για την υγεία των ζώων της υπηρεσίας σας. Δημόσιες πληροφορίες: αρκεί μόνο ο κωδικός πρόσβασής σας (επίπεδο BASIC). Επιλέξτε πώς η εφαρμογή ρωτά το Sésame ποιος είστε.',
      signedOut: 'Αποσυνδεθήκατε από το Bulletin sanitaire (επίδειξη) και από το Sésame.',
      identityIntro:
        'Το δελτίο αυτής της εβδομάδας είναι διαθέσιμο για εσάς: αρκούσε ο κωδικός πρόσβασής σας (επίπεδο BASIC). Αυτά έλαβε το Bulletin sanitaire (επίδειξη) από το Sésame.',
      offer: 'Το Bulletin sanitaire (επίδειξη) ανοίγει μόνο με κωδικό πρόσβασης (επίπεδο BASIC).',
    },
    otherTitle: 'Η άλλη εφαρμογή επίδειξης',
    otherLink: 'Άνοιγμα του {app}',
  },
  protocols: {
    cas: 'CAS 3.0, επεκτάσεις EU Login',
    oidc: 'OpenID Connect 1.0',
  },
  levels: {
    BASIC: 'βασικό (κωδικός πρόσβασης)',
    MEDIUM: 'μεσαίο (δύο παράγοντες)',
    HIGH: 'υψηλό (πιστοποιημένο υλικό)',
  },
  strengths: {
    PASSWORD: 'Κωδικός πρόσβασης',
    PASSWORD_SMS: 'Κινητό τηλέφωνο + SMS',
    PASSWORD_TOTP: 'Εφαρμογή ελέγχου ταυτότητας (TOTP)',
    PASSWORD_MOBILE_APP: 'Εφαρμογή Sésame με κωδικό PIN',
    PASSWORD_SOFTWARE_TOKEN: 'Εφαρμογή Sésame με κωδικό QR',
    MOBILE_APP: 'Σε κινητή συσκευή',
    PASSWORD_WEBAUTHN: 'Κλειδί ασφαλείας ή αξιόπιστη πλατφόρμα',
    PASSWORD_RECOVERY_CODE: 'Κωδικός ανάκτησης',
    EIDAS: 'eID',
    PASSWORD_TOKEN: 'Διακριτικό υλικού',
    PASSWORD_TOKEN_CRAM: 'Διακριτικό υλικού πρόκλησης-απόκρισης',
    CLIENT_CERT: 'Πιστοποιητικό πελάτη',
  },
  factors: {
    moniker: 'Κωδικός πρόσβασης του λογαριασμού {value}',
    mobileDevice: 'Τηλέφωνο με την εφαρμογή: {value}',
    mobilePhoneNumber: 'Αριθμός κινητού τηλεφώνου {value}',
    webauthnDevice: 'Κλειδί ασφαλείας: {value}',
    storkId: 'eID {value}',
    tokenId: 'Διακριτικό υλικού {value}',
    tokenCramId: 'Διακριτικό πρόκλησης-απόκρισης {value}',
    other: '{kind}: {value}',
  },
  amr: {
    pwd: 'Κωδικός πρόσβασης (pwd)',
    otp: 'Κωδικός μίας χρήσης (otp)',
    mfa: 'Πολλαπλοί παράγοντες (mfa)',
    hwk: 'Κλειδί δεσμευμένο σε υλικό (hwk)',
    swk: 'Κλειδί δεσμευμένο σε λογισμικό (swk)',
    pin: 'PIN (pin)',
    user: 'Παρουσία χρήστη (user)',
    sms: 'SMS (sms)',
    face: 'Αναγνώριση προσώπου (face)',
    fpt: 'Δακτυλικό αποτύπωμα (fpt)',
    pop: 'Απόδειξη κατοχής (pop)',
    sc: 'Έξυπνη κάρτα (sc)',
    other: '{value}',
  },
  errors: {
    title: 'Η σύνδεση απέτυχε',
    CAS_REFUSED: 'Το Sésame απέρριψε το εισιτήριο σύνδεσης ({code}). Συνδεθείτε ξανά.',
    LEVEL_TOO_LOW:
      'Συνδεθήκατε με το επίπεδο ελέγχου ταυτότητας {level}· αυτή η εφαρμογή απαιτεί τουλάχιστον {required}. Ρυθμίστε μια ισχυρότερη μέθοδο επαλήθευσης στο Sésame και συνδεθείτε ξανά.',
    STRENGTH_NOT_ACCEPTED:
      'Αυτή η εφαρμογή δεν δέχεται τη μέθοδο επαλήθευσης που χρησιμοποιήσατε. Συνδεθείτε με άλλη μέθοδο.',
    OIDC_REFUSED: 'Το Sésame δεν σας συνέδεσε ({code}).',
    OIDC_FAILED: 'Δεν ήταν δυνατός ο έλεγχος της απάντησης του Sésame, οπότε δεν έχετε συνδεθεί. Συνδεθείτε ξανά.',
    SIGN_IN_EXPIRED: 'Αυτή η σύνδεση έχει λήξει ή ξεκίνησε σε άλλο πρόγραμμα περιήγησης. Συνδεθείτε ξανά.',
    SESAME_UNREACHABLE: 'Το Sésame δεν είναι προσβάσιμο αυτή τη στιγμή. Δοκιμάστε ξανά σε λίγα λεπτά.',
    BAD_REQUEST: 'Δεν ήταν δυνατή η κατανόηση του αιτήματος. Επιστρέψτε στην αρχική σελίδα και δοκιμάστε ξανά.',
    FORBIDDEN: 'Αυτό το αίτημα δεν προήλθε από αυτή την εφαρμογή. Δεν άλλαξε τίποτα.',
    NOT_FOUND: 'Αυτή η σελίδα δεν υπάρχει.',
    INTERNAL: 'Παρουσιάστηκε σφάλμα από την πλευρά μας. Δοκιμάστε ξανά σε λίγα λεπτά.',
    backHome: 'Επιστροφή στην αρχική σελίδα',
  },
};
