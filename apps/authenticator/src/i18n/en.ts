/**
 * The app's English catalogue (the wording of the instruction's annex, steps 1–10, with the
 * "Sésame app" for the "EU Login app"). `fr.ts` is typed against it, so a key missing in either
 * language fails the type-check. Messages are ICU MessageFormat (`{name}`, plural, select; ADR 0023).
 */
export const en = {
  meta: { language: 'Language', lang: 'en' },
  app: { name: 'Sésame' },
  welcome: {
    title: 'Welcome to the Sésame app',
    intro:
      'The Sésame app confirms your sign-ins on your computer. To start, initialize the app, then add your account by scanning the QR code shown on the portal.',
    initialize: 'Initialize',
    initializing: 'Initializing…',
    ready: 'The app is initialized.',
    permissionsIntro:
      'The app needs your camera to scan the QR code, and notifications to tell you when a sign-in waits for your confirmation.',
    continue: 'Continue',
    askingPermissions: 'Asking for permissions…',
    cameraRefused:
      'The camera is not allowed. Allow the camera for this app in your browser’s settings, then press Continue again.',
    notificationsRefused:
      'Notifications are not allowed. The app will not tell you about sign-in requests: open it whenever you sign in to see them.',
    notificationsUnavailable:
      'This browser cannot show notifications. Open the app whenever you sign in to see the requests.',
  },
  scan: {
    title: 'Scan the QR code',
    intro:
      'On your computer, sign in to the portal, then My account → Add a mobile device. Point the camera at the QR code shown.',
    starting: 'Starting the camera…',
    scanning: 'Looking for a QR code…',
    cameraRefused: 'The camera is not allowed. Allow it in your browser’s settings, then try again.',
    cameraUnavailable: 'No camera can be used on this device.',
    retry: 'Try again',
    notEnrolment:
      'This is not a Sésame QR code for adding a device. Scan the QR code of the “Add a mobile device” page.',
    signInQr:
      'This QR code is for signing in, not for adding a device. Scan the QR code of the “Add a mobile device” page.',
    expired: 'This QR code has expired. Add the device again on the portal to get a new QR code.',
    otherServer: 'This QR code is for another Sésame server ({server}). Open the app of that server.',
    cancel: 'Cancel',
  },
  pin: {
    title: 'Enter your PIN code',
    connected:
      'You are connected to the account of {account}. To complete the registration of your device, enter your 4-digit PIN.',
    label: '4-digit PIN code',
    hint: 'The PIN code you chose on the portal for this device.',
    padLabel: 'Keypad',
    erase: 'Erase',
    checkedAtLastDigit: 'The app checks the code as soon as you type the 4th digit.',
    incomplete: 'Enter the 4 digits of your PIN code.',
  },
  enrol: {
    registering: 'Registering your device…',
    acceptTitle: 'Accept your device',
    almostRegistered: 'Your device {name} is almost registered: accept it to finish.',
    acceptIntro: 'Accepting it confirms that this phone will confirm the sign-ins of the account of {account}.',
    accept: 'Accept',
    accepting: 'Accepting your device…',
    acceptExpired: 'The time to accept the device has run out. Add the device again on the portal.',
    registered: 'Your device {name} is registered.',
    pinRejected: 'This is not the PIN code chosen on the portal. Try again.',
    pinRejectedTries:
      'This is not the PIN code chosen on the portal. Try again ({count, plural, one {# try left} other {# tries left}}).',
    pinCancelled:
      'This is not the PIN code chosen on the portal, and there are no tries left: the registration is cancelled. Add the device again on the portal.',
    alreadyHere: 'This account is already registered in this app.',
    oneAccount:
      'This app is already registered for another account. One device, one account: delete it from the other account first, or scan this QR code with another phone: it stays valid until it expires.',
    qrSpent: 'This QR code has expired or has already been used. Add the device again on the portal to get a new one.',
    pinExpired: 'The time to enter the PIN code has run out. Add the device again on the portal.',
    network: 'The server cannot be reached. Check your connection and try again.',
    failed: 'The registration failed. Add the device again on the portal and scan the new QR code.',
    scanAgain: 'Scan a QR code',
  },
  home: {
    title: 'Sésame',
    account: 'Account',
    device: 'Device',
    enrolledAt: 'Registered on',
    chooseAccount: 'Account shown',
    check: 'Check for requests',
    checking: 'Checking…',
    none: 'No sign-in request is waiting.',
    addAccount: 'Add an account',
    offline: 'The server cannot be reached. Requests will show when the connection is back.',
    blocked:
      'This device is blocked for a while after too many wrong answers. Try again later: a right answer ends the block.',
    unknownDevice: 'This device is no longer registered on the server. Add it again from My account on the portal.',
    notEnrolled: 'No account yet.',
    scanQr: 'Scan a QR code',
    offlineQr: 'Without network, sign in with “Sésame app with QR code”: tap “Scan a QR code”.',
    notificationsOff:
      'Notifications are off: a sign-in request shows here only while this app is open. To turn them on, allow notifications for this app (in your browser’s settings for this site), then open the app again: it turns them on as soon as the phone can reach its notification service.',
  },
  pending: {
    title: 'Sign-in request',
    intro: 'Someone is signing in with your account. Check that it is you.',
    forAccount: 'Account',
    relyingApp: 'Application',
    browser: 'Browser',
    ip: 'IP address',
    place: 'Place',
    time: 'Time',
    validity: 'Valid for',
    remaining: '{minutes} min {seconds} s',
    expiredNow: 'expired',
    others: '{count, plural, one {# more request waiting.} other {# more requests waiting.}}',
    pickNumber: 'Pick the number shown in your browser',
    pinIntro: 'Enter your 4-digit PIN code to confirm the sign-in.',
    picked: 'Number picked: {number}',
    changeNumber: 'Change the number',
    deny: 'Deny',
    notMe: 'This wasn’t me',
    reportQuestion:
      'Report this request? It is refused and the security team is alerted. Someone may know your password.',
    reportConfirm: 'Yes, report it',
    cancel: 'Cancel',
    sending: 'Sending your answer…',
    approved: 'Sign-in approved.',
    denied: 'Sign-in refused.',
    reported:
      'The request is refused and reported. Someone knows your password: change it now on the portal (My account).',
    wrong:
      'Wrong PIN or wrong number. After 5 wrong answers in a row the device is blocked for a while, longer each time.',
    tryAgain: 'Try again',
    blocked:
      'This device is blocked for a while after too many wrong answers. Try again later: a right answer ends the block.',
    gone: 'This request is no longer waiting: it was answered, withdrawn or has expired.',
    expired: 'This request has expired. Sign in again on your computer.',
    network: 'The server cannot be reached. Check your connection and try again.',
    failed: 'The answer could not be sent. Try again.',
    none: 'No sign-in request is waiting.',
    back: 'Back',
    onMobileIntro: 'You started this sign-in on this phone. Check the request, then enter your 4-digit PIN code.',
    onMobileApproved: 'Sign-in confirmed. Go back to your browser: the sign-in continues by itself.',
  },
  /** "Sésame app with QR code" (design §5): scan the sign-in page's QR, PIN, show the code — offline. */
  code: {
    scanTitle: 'Scan a QR code',
    scanIntro:
      'On your computer, choose “Sésame app with QR code” when you sign in, then point the camera at the QR code shown. This works without network.',
    checking: 'Checking the QR code…',
    askTitle: 'Sign-in request',
    asks: '{app} asks to sign in as {account}.',
    pinIntro: 'If you are signing in on your computer, enter your 4-digit PIN code to get the code to type there.',
    computing: 'Computing the code…',
    codeTitle: 'Your sign-in code',
    typeIt: 'On your computer, type this code in the field “Code shown by the app”, then “Sign in”.',
    validFor: 'Valid for {time}',
    remaining: '{minutes} min {seconds} s',
    expired: 'Expired — scan a new QR code.',
    wrongPinNote: 'A wrong PIN gives a wrong code: your computer then says the code is not right.',
    done: 'Done',
    scanAgain: 'Scan a new QR code',
    cancel: 'Cancel',
    forged: 'This QR code was not made by your Sésame server. Do not type any code from it.',
    challengeExpired: 'This QR code has expired. On your computer, show a new QR code, then scan it.',
    notYetValid: 'This QR code is not valid yet. Check the date and time of this phone.',
    notEnrolled: 'This QR code is for the account {account}, which is not registered in this app.',
    enrolmentQr:
      'This QR code is for adding a device, not for signing in. To add an account, go back and tap “Add an account”.',
    notSignInQr: 'This is not a Sésame sign-in QR code. Scan the QR code shown on the sign-in page of your computer.',
    failed: 'The code could not be computed. Scan the QR code again.',
  },
  /** Issue 11, point 2: the QR refused at the scan, before any PIN (one phone, one person). */
  refusal: {
    checking: 'Checking the QR code…',
    otherTitle: 'This phone already serves someone else',
    otherAccount:
      'This phone already confirms the sign-ins of the account {account}. One phone serves one person: this QR code is refused, and the portal page on the computer says so.',
    otherAccountNext:
      'Add the device with another phone: on the computer, choose “Add a mobile device with another phone” and scan the new QR code with that phone. If this phone must serve you instead, the owner of {account} first deletes it in “Manage my mobile devices”.',
    sameTitle: 'This phone is already registered',
    sameAccount:
      'This phone is already registered for your account {account}: there is nothing to add. The QR code on the computer can no longer be used.',
    sameAccountNext:
      'To add another phone, add a mobile device again on the computer and scan the new QR code with that phone.',
    scanAnother: 'Scan another QR code',
    done: 'Back',
  },
} as const satisfies Catalogue;

/** Every leaf is a string: the shape `fr.ts` must match. */
interface Catalogue {
  readonly [key: string]: string | Catalogue;
}

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;
