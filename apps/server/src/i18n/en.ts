/**
 * English catalogue. `fr.ts` is typed against this object, so a key missing in either
 * language fails the type-check. Messages are ICU MessageFormat (`{name}`, plural, select; ADR 0023).
 */
export const en = {
  meta: { languageName: 'English', switchTo: 'Français', switchLabel: 'Lire cette page en français' },
  layout: {
    skipToContent: 'Skip to main content',
    tagline: 'Secure sign-in',
    footer: 'Sésame — open-source identity provider',
    signedInAs: 'Signed in as {name}',
    myAccount: 'My account',
    signOut: 'Sign out',
    errorSummaryTitle: 'There is a problem',
    errorTitle: 'Error: {title}',
    navLabel: 'Account and language',
  },
  fields: {
    email: 'E-mail address',
    emailConfirm: 'Confirm e-mail address',
    firstName: 'First name',
    lastName: 'Last name',
    emailLocale: 'E-mail language',
    emailLocaleHint: 'The language of the e-mails Sésame sends you.',
    privacyAccepted: 'I have read and I accept the privacy statement',
    password: 'Password',
    passwordConfirm: 'Confirm password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    newPasswordConfirm: 'Confirm new password',
    newEmail: 'New e-mail address',
    showPassword: 'Show password',
    passwordHint:
      'At least {min, plural, one {# character} other {# characters}}. Spaces and any characters are welcome: a sentence you remember is a good password. Common passwords are refused.',
  },
  reasons: {
    required: 'Enter your {field}.',
    too_long: 'The {field} is too long.',
    malformed: 'The {field} is not valid. Check it and try again.',
    mismatch: 'The {field} does not match.',
    too_short: 'The password must be at least {min, plural, one {# character} other {# characters}} long.',
    common: 'This password is too common: anyone could guess it. Choose another one, for example a short sentence.',
    contextual: 'This password contains your name, your e-mail address or the name of the service. Choose another one.',
    not_accepted: 'You must accept the privacy statement to create an account.',
    unknown: 'Choose the {field} among those offered.',
    taken: 'This {field} is already used. Choose another one.',
    too_deep: 'The organisation tree would be too deep there. Choose a parent higher up.',
    cycle: 'An organisation cannot be moved under itself or one of its own organisations. Choose another parent.',
  },
  fieldNames: {
    code: 'code',
    name: 'device name',
    method: 'verification method',
    pin: 'PIN code',
    pinConfirm: 'PIN code confirmation',
    email: 'e-mail address',
    emailConfirm: 'e-mail address confirmation',
    firstName: 'first name',
    lastName: 'last name',
    emailLocale: 'e-mail language',
    privacyAccepted: 'privacy statement',
    password: 'password',
    passwordConfirm: 'password confirmation',
    currentPassword: 'current password',
    newPassword: 'new password',
    newPasswordConfirm: 'new password confirmation',
    newEmail: 'new e-mail address',
    phone: 'mobile phone number',
  },
  errors: {
    INVALID_CREDENTIALS: 'The e-mail address or the password is wrong. Check them and try again.',
    ACCOUNT_LOCKED:
      'Too many failed attempts: this account is locked for {minutes, plural, one {# minute} other {# minutes}}. Wait, or reset your password with “Forgot your password?”.',
    TOO_MANY_REQUESTS:
      'Too many attempts from your network. Wait {minutes, plural, one {# minute} other {# minutes}}, then try again.',
    LINK_INVALID:
      'This link is not valid any more: it has expired or has already been used. Start again to receive a new link.',
    EMAIL_UNAVAILABLE: 'This e-mail address cannot be used. Choose another one.',
    CSRF_INVALID:
      'Your form has expired or was not sent from this site. Nothing was changed. Reload the page and try again.',
    SIGN_IN_REQUIRED: 'Sign in to see this page.',
    STORE_UNAVAILABLE: 'The service is temporarily unavailable. Nothing was changed. Try again in a minute.',
    NOT_FOUND: 'This page does not exist.',
    BAD_REQUEST: 'The request could not be understood. Nothing was changed. Go back, reload the page and try again.',
    INTERNAL: 'Something went wrong on our side. Nothing was changed. Try again in a few minutes.',
    DEVICE_MESSAGE_INVALID: 'The Sésame app sent a request that could not be verified. Update the app and try again.',
    ENROLMENT_INVALID:
      'This QR code is not valid any more: it has expired or has already been used. Add the device again from “Manage my mobile devices”.',
    DEVICE_ALREADY_ENROLLED:
      'This phone is already registered for another account. Remove it from that account first: one phone, one account.',
    DEVICE_UNAUTHENTICATED: 'This device is not recognised. Register it again from “Manage my mobile devices”.',
    DEVICE_BLOCKED:
      'This device is blocked after too many wrong answers, until {time}. Then try again: a right answer ends the block. If it was not you, change your password.',
    SECOND_FACTOR_REQUIRED:
      'Adding or deleting a mobile device needs a confirmation with the Sésame app. Sign in with the app, or choose “I no longer have my phone”.',
    DEVICE_CHALLENGE_INVALID: 'This request has already been answered or cancelled. Nothing was changed.',
    DEVICE_CHALLENGE_EXPIRED: 'This request has expired. Start again from the sign-in page.',
    PUSH_LIMIT_REACHED:
      'Too many requests were sent to your phone. Wait {minutes, plural, one {# minute} other {# minutes}}, then try again. If you did not ask for them, change your password.',
    NO_ACTIVE_DEVICE: 'No active mobile device is registered for this account. Choose another verification method.',
    DEVICE_SECRET_UNREADABLE: 'Something went wrong on our side. Nothing was changed. Try again in a few minutes.',
    SMS_UNAVAILABLE:
      'The text message could not be sent: the SMS service does not answer. Try again in a few minutes, or choose another verification method.',
    SMS_RETIRED:
      'Sign-in by SMS is no longer accepted here. Use the Sésame app: add it in “Manage my mobile devices” once signed in another way.',
    FORBIDDEN:
      'You are not allowed to do this: it is outside the organisations and roles you were given. Nothing was changed.',
    confirmRequired: {
      emailConfirm: 'Confirm your e-mail address.',
      passwordConfirm: 'Confirm your password.',
      newPasswordConfirm: 'Confirm your new password.',
    },
    currentPasswordWrong: 'Your current password is wrong.',
    sameEmail: 'This is already your e-mail address.',
    pageTitle: 'Error',
    backHome: 'Back to the sign-in page',
  },
  signIn: {
    title: 'Sign in',
    intro: 'Sign in with your Sésame account.',
    next: 'Next',
    signInButton: 'Sign in',
    passwordTitle: 'Enter your password',
    signingInAs: 'Signing in as {email}',
    notYou: 'Use another e-mail address',
    forgot: 'Forgot your password?',
    noAccount: 'No account yet?',
    createAccount: 'Create an account',
    methodLabel: 'Choose your verification method',
    methodPassword: 'Password',
    methodAppPin: 'Sésame app with PIN code',
    methodAppQr: 'Sésame app with QR code',
    methodTotp: 'Code from an authenticator app',
    methodRecoveryCode: 'A recovery code',
    methodWebauthn: 'Security key or trusted platform',
    methodSms: 'Mobile phone + SMS',
    passkeyIntro: 'Or, without typing your e-mail address:',
    passkeyButton: 'Sign in with a passkey',
    passkeyRefused:
      'This passkey was not accepted: it is not registered, or the request has expired. Try again, or type your e-mail address.',
    methodHint: 'Applications that ask for two factors need one of these after your password: choose the one you have.',
    methodOnMobile: 'On mobile',
    onMobileIntro: 'On the phone that holds your Sésame app? Confirm in the app instead of typing your password.',
    signedOut: 'You are signed out.',
  },
  secondFactor: {
    title: 'Confirm it is you with the Sésame app',
    body: 'Adding or deleting a mobile device changes how your account is protected. Your account has, or had, a Sésame app: confirm with it first. A blocked device works again when its block is over.',
    emailBody:
      'Your e-mail address is how you get your account back if you lose your phone. Your account has, or had, a Sésame app: confirm with it before changing the address.',
    confirm: 'Confirm with the Sésame app',
    lost: 'Lost your phone? Delete all your devices (PANIC): it is confirmed by e-mail.',
    noneTitle: 'A second factor is needed first',
    noneBody:
      'This page needs a sign-in with a second factor, and your account has none yet. Add one in My account — an authenticator app, a security key or the Sésame app — then come back here.',
    goToAccount: 'Add a second factor in My account',
  },
  signInQr: {
    title: 'Scan the QR code with the Sésame app',
    alt: 'QR code to scan with the Sésame app to sign in',
    stepsTitle: 'In the Sésame app (it works without network)',
    steps: [
      'Open the Sésame app on your mobile device and tap “Scan a QR code”.',
      'Scan this QR code. The app shows which application asks.',
      'Enter your 4-digit PIN code: the app shows an 8-digit code.',
      'Type that code below, then “Sign in”.',
    ],
    expires: 'This QR code is valid until {time}.',
    codeLabel: 'Code shown by the app',
    codeHint: '8 digits.',
    newCode: 'Show a new QR code',
    wrongCode:
      'This code is not right. Check it in the app and type it again. A wrong PIN in the app gives a wrong code: after 5 wrong answers in a row the device is blocked for a while, longer each time.',
    expired: 'This QR code has expired. Show a new one.',
  },
  signInApp: {
    title: 'Confirm in the Sésame app',
    intro: 'A sign-in request has been sent to your mobile device: {devices}.',
    numberLabel: 'Number to pick in the app',
    steps: [
      'Open the Sésame app on your mobile device. If the request does not appear, tap “Check for requests”.',
      'Check the application, the browser and the time of the request.',
      'Pick the number shown on this page, then enter your 4-digit PIN code.',
    ],
    expires: 'The request is valid until {time}.',
    waiting: 'Waiting for your confirmation in the app…',
    continue: 'I have confirmed in the app',
    resend: 'Send a new request',
    signInAgain: 'Sign in again',
    otherMethod: 'Choose another verification method',
    notYet: 'The request has not been confirmed in the app yet. Confirm it, then continue.',
    approved: 'Confirmed in the app. Signing you in…',
    denied: 'The request was refused in the app. You are not signed in. Sign in again if it was a mistake.',
    reported:
      'You reported that you did not make this request. You are not signed in. If someone else knows your password, change it now with “Forgot your password?”.',
    failed:
      'Wrong PIN or wrong number in the app. You are not signed in. Sign in again to send a new request: after 5 wrong answers in a row the device is blocked for a while, longer each time.',
    cancelled: 'The request was cancelled: the device has been deleted or blocked. Choose another verification method.',
    expired: 'The request has expired. Send a new request.',
  },
  signInMobile: {
    title: 'Confirm on this phone',
    openApp: 'Open the Sésame app',
    steps: [
      'Tap “Open the Sésame app”: it opens on the request.',
      'Check the application and the time of the request, then enter your 4-digit PIN code.',
      'Come back to this page: the sign-in continues by itself.',
    ],
    expires: 'The request is valid until {time}.',
    waiting: 'Waiting for your confirmation in the app…',
    continue: 'I have confirmed in the app',
    resend: 'Send a new request',
    usePassword: 'Sign in with your password instead',
    signInAgain: 'Sign in again',
    notYet: 'The request has not been confirmed in the app yet. Confirm it, then continue.',
    denied: 'The request was refused in the app. You are not signed in. Sign in again if it was a mistake.',
    reported:
      'You reported that you did not make this request. You are not signed in. Someone started a sign-in with your e-mail address; your password was not used.',
    failed:
      'Wrong PIN in the app. You are not signed in. Sign in again to send a new request: after 5 wrong answers in a row the device is blocked for a while, longer each time.',
    cancelled: 'The request was cancelled: the device has been deleted or blocked. Sign in with your password.',
    expired: 'The request has expired. Send a new request.',
  },
  register: {
    title: 'Create an account',
    intro: 'Fill in the form. We will send you an e-mail with a link to choose your password.',
    privacyLink: 'Read the privacy statement',
    submit: 'Create an account',
    sentTitle: 'Check your mailbox',
    sent: 'An e-mail is on its way to {email}. Open the link it contains within {minutes, plural, one {# minute} other {# minutes}} to choose your password. If it does not arrive, check your spam folder.',
  },
  setPassword: {
    title: 'Choose your password',
    intro: 'Welcome {firstName}. Choose the password of your account {email}.',
    submit: 'Save and sign in',
    done: 'Your account is ready. You are signed in.',
  },
  forgot: {
    title: 'Forgot your password?',
    intro: 'Enter the e-mail address of your account. We will send you a link to choose a new password.',
    submit: 'Send me a link',
    sentTitle: 'Check your mailbox',
    sent: 'If an account exists for {email}, an e-mail with a link is on its way. The link is valid for {minutes, plural, one {# minute} other {# minutes}}.',
  },
  reset: {
    title: 'Choose a new password',
    intro: 'Choose a new password for {email}.',
    submit: 'Save the new password',
    done: 'Your password has been changed. Sign in with your new password.',
  },
  account: {
    title: 'My account',
    details: 'My details',
    userId: 'Unique identifier',
    name: 'Name',
    email: 'E-mail address',
    emailLocale: 'E-mail language',
    organisation: 'Organisation',
    security: 'Security',
    changePassword: 'Change password',
    changeEmail: 'Change e-mail address',
    recentEvents: 'Recent security events',
    eventWhen: 'When',
    eventWhat: 'What',
    eventFrom: 'From',
    noEvents: 'No event yet.',
    welcome: 'Welcome, {firstName}.',
  },
  events: {
    'account.created': 'Account created',
    'sign_in.succeeded': 'Signed in',
    'sign_in.failed': 'Failed sign-in',
    'account.locked': 'Account locked',
    sign_out: 'Signed out',
    'password.changed': 'Password changed',
    'password.reset': 'Password reset by e-mail',
    'email.change_requested': 'E-mail change requested',
    'email.changed': 'E-mail address changed',
    'device.enrolled': 'Mobile device added',
    'device.renamed': 'Mobile device renamed',
    'device.deleted': 'Mobile device deleted',
    'device.blocked': 'Mobile device blocked after wrong answers',
    'account.recovery_started': 'Account recovery started (lost phone)',
    'account.recovery_cancelled': 'Account recovery cancelled',
    'account.recovery_completed': 'Account recovered: new mobile device added',
    'credential.enrolled': 'Authenticator added',
    'credential.renamed': 'Authenticator renamed',
    'credential.deleted': 'Authenticator deleted',
    'account.options_changed': 'Account options changed',
    'account.new_browser_mailed': 'Sign-in from a new browser: e-mail sent',
    'account.unlocked': 'Account unlocked by the helpdesk or a manager',
    'account.password_reset_sent': 'Password reset link sent by the helpdesk or a manager',
    'account.second_factor_reset': 'Second factors removed by the helpdesk or a manager',
    'role.granted': 'Administrative role granted',
    'role.revoked': 'Administrative role taken back',
    'organisation.created': 'Organisation created',
    'organisation.renamed': 'Organisation renamed',
    'organisation.moved': 'Organisation moved',
    'audit.exported': 'Audit exported',
    'audit.purged': 'Old audit entries deleted (retention)',
    'admin.refused': 'Administrative action refused',
  },
  changePassword: {
    title: 'Change password',
    submit: 'Change password',
    cancel: 'Cancel',
    done: 'Your password has been changed. Your other sessions have been signed out.',
  },
  changeEmail: {
    title: 'Change e-mail address',
    intro: 'We will send a link to the new address. Your address changes when you open it.',
    submit: 'Send the confirmation link',
    cancel: 'Cancel',
    sent: 'A confirmation link is on its way to {email}. Open it within {minutes, plural, one {# minute} other {# minutes}}.',
    done: 'Your e-mail address is now {email}.',
  },
  /** Issue 10: temporary device blocks. */
  blocking: {
    until: 'Blocked until {time}',
    later: 'a few minutes from now',
    /** How times are written in this language (Intl locale). */
    timeLocale: 'en-GB',
  },
  /** Issue 10: "I no longer have my phone" (account recovery). */
  recovery: {
    link: 'I no longer have my phone',
    requestTitle: 'I no longer have my phone',
    requestIntro:
      'If you have lost every mobile device of your account, you can add a new one after a waiting period of {hours, plural, one {# hour} other {# hours}}. We send a link to your e-mail address; the waiting period starts when you open it. We tell you by e-mail at each step, so that you can stop it if it is not you.',
    requestSubmit: 'Send me the link',
    sentTitle: 'Check your e-mail',
    sent: 'A link is on its way to {email}. Open it within {minutes, plural, one {# minute} other {# minutes}} to start the waiting period.',
    confirmTitle: 'Start the recovery of your account',
    confirmIntro:
      'When you confirm, a waiting period of {hours, plural, one {# hour} other {# hours}} starts. After it, sign in with your password in this browser and add a new mobile device. We send you an e-mail now, with a link to cancel.',
    confirmSubmit: 'Start the waiting period',
    startedTitle: 'The waiting period has started',
    started:
      'From {time}, sign in with your password in this browser and add a new mobile device from “Manage my mobile devices”. Then sign in with the new device.',
    cancelTitle: 'Cancel the recovery of your account',
    cancelIntro:
      'Someone started the recovery of your account. If it was not you, cancel it: no new device can be added this way. Then change your password: someone knows it.',
    cancelSubmit: 'Cancel the recovery',
    cancelledTitle: 'The recovery is cancelled',
    cancelled: 'No new device can be added through it. If you did not start it, change your password now.',
    pending: 'A recovery of your account is in progress: from {time}, you can add a new mobile device.',
    ready:
      'The waiting period of your account recovery is over: in the browser where you confirmed the link, you can add one new mobile device now.',
    changePassword: 'Change my password',
  },
  devices: {
    title: 'Manage my mobile devices',
    intro:
      'The Sésame app on your phone or tablet confirms your sign-ins. Add a device, rename it, or delete it if you lose it or change phones.',
    none: 'You have no mobile device yet.',
    name: 'Name',
    added: 'Date added',
    lastUsed: 'Last use',
    status: 'Status',
    actions: 'Actions',
    never: 'Never',
    statuses: { pending: 'Waiting for PIN confirmation', active: 'Active', blocked: 'Blocked' },
    add: 'Add a mobile device',
    rename: 'Rename',
    renameOf: 'Rename {name}',
    delete: 'Delete',
    deleteOf: 'Delete {name}',
    panic: 'Delete all my devices (PANIC)',
    panicHint: 'Lost or stolen phone? Delete all your devices at once: none of them can confirm a sign-in any more.',
    back: 'Back to my mobile devices',
    addedNotice: 'Your mobile device is added. It can now confirm your sign-ins.',
    renamedNotice: 'The device is renamed “{name}”.',
    deletedNotice: 'The device is deleted.',
    panicNotice: 'All your mobile devices are deleted.',
    form: {
      title: 'Add a mobile device',
      intro: 'Enter a name to identify your mobile device and the PIN code you want to use for this device.',
      name: 'Device name',
      nameHint: 'Without spaces, for example Pixel-de-Marie.',
      pin: '4-digit PIN code',
      pinHint: 'You must enter this PIN code on your mobile device to use the Sésame app.',
      pinConfirm: 'Confirm your PIN code',
      submit: 'Submit',
      cancel: 'Cancel',
    },
    qr: {
      title: 'Scan the QR code with the Sésame app',
      alt: 'QR code to scan with the Sésame app to add the device {name}',
      stepsTitle: 'In the Sésame app',
      steps: [
        'Open the Sésame app on your mobile device and choose to add an account. Allow the app to use the camera.',
        'Scan this QR code with the app.',
        'The app asks for the 4-digit PIN code you have just chosen: enter it.',
        'Accept the device in the app: tap “Accept” (or the notification the app sends).',
        'Done: this page moves on by itself, and you receive a confirmation e-mail.',
      ],
      expires:
        'This QR code is valid for {minutes, plural, one {# minute} other {# minutes}}, until {time}. After that, add the device again.',
      waiting: 'Waiting for your mobile device…',
      finished: 'I have finished in the app',
      cancel: 'Cancel',
    },
    renameTitle: 'Rename a mobile device',
    renameSubmit: 'Rename',
    deleteTitle: 'Delete a mobile device',
    deleteQuestion:
      'Delete the mobile device “{name}”? It will no longer confirm your sign-ins. To use it again, you will have to add it again.',
    deleteConfirm: 'Yes, delete this device',
    panicTitle: 'Delete all my devices',
    panicQuestion:
      '{count, plural, =0 {You have no mobile device at the moment: there is nothing to delete.} one {Delete your mobile device? It will no longer confirm your sign-ins. Do it if it is lost or stolen; then add it again.} other {Delete all your # mobile devices? None of them will confirm your sign-ins any more. Do it if a device is lost or stolen; then add your devices again.}}',
    panicConfirm: 'Yes, delete all my devices',
    panicSend: 'Send me the confirmation link',
    panicSentTitle: 'Check your mailbox',
    panicSent:
      'A confirmation link is on its way to {email}. Open it within {minutes, plural, one {# minute} other {# minutes}}: your devices are deleted when you confirm there.',
    panicLinkQuestion:
      'Delete all the mobile devices of this account now? None of them will confirm a sign-in any more.',
    cancel: 'Cancel',
    /** Messages of the device form, by field then reason; others use the generic `reasons`. */
    fieldReasons: {
      name: {
        required: 'Enter a device name.',
        malformed: 'The device name must not contain spaces: write it in one word, for example Pixel-de-Marie.',
        too_long: 'The device name is too long: use at most 40 characters.',
      },
      pin: {
        required: 'Enter a 4-digit PIN code.',
        malformed: 'The PIN code must contain digits only.',
        too_short: 'The PIN code must have exactly 4 digits.',
        too_long: 'The PIN code must have exactly 4 digits.',
        common: 'This PIN code is too easy to guess (like 1234 or 0000). Choose another one.',
      },
      pinConfirm: {
        required: 'Confirm your PIN code.',
        mismatch: 'The two PIN codes are different. Type the same PIN code twice.',
      },
      phone: {
        required: 'Enter your mobile phone number.',
        malformed:
          'Write the number starting with “+” and the country code, without dots, brackets or hyphens, for example +33 6 12 34 56 78.',
        not_accepted: 'This number cannot be added. Check it, or use another number.',
      },
    },
  },
  outbox: {
    title: 'Outbox (development)',
    intro: 'Mails are not sent: SMTP is not configured. Here they are, newest first.',
    empty: 'No mail yet.',
    to: 'To',
    subject: 'Subject',
    date: 'Date',
    // Issue 11, point 7: filter by recipient, JSON.
    filterLabel: 'Filter the mails',
    filterTo: 'Recipient (exact address)',
    filterSubmit: 'Show their mails',
    filterClear: 'Show every mail',
    emptyFor: 'No mail to {to}.',
    json: 'The same list as JSON',
  },
  privacy: {
    title: 'Privacy statement',
    body: [
      'Sésame keeps only what it needs to sign you in: your name, your e-mail address, your e-mail language, a hash of your password (never the password itself), the mobile devices you added and a log of security events (sign-ins, changes) with their date, network address and browser.',
      'These data serve only to authenticate you to the applications you choose to use, and to protect your account. They are not sold nor used for advertising.',
    ],
    /** Issue 11: the periods come from the configuration (`retention.*`) that the purge applies. */
    retentionTitle: 'How long we keep them',
    retentionAccount:
      'Your account (name, e-mail address, language, password hash, mobile devices): in the database, as long as the account exists. To have your account deleted, contact your helpdesk.',
    retentionSignIns:
      'Sign-in events (sign-ins, failed attempts, sign-outs, with date, network address and browser): in the database, {days, plural, one {# day} other {# days}}, then deleted.',
    retentionAudit:
      'Other security events (account creation, changes of password, e-mail address and devices, locks, recoveries): in the database, {days, plural, one {# day} other {# days}}, then deleted.',
    retentionRegistrations:
      'An unfinished registration (your name and e-mail address until you choose a password): only in the server’s short-lived memory, never in the database; it is forgotten {minutes, plural, one {# minute} other {# minutes}} after the e-mail is sent if its link is not used.',
    retentionOutbox:
      'This installation sends no e-mail: it keeps them in a test outbox, in the database, {days, plural, one {# day} other {# days}}, then deletes them.',
    retentionPurge:
      'Deletion is automatic: the server checks every hour. You can see your recent events in “My account”.',
    back: 'Back',
  },
  levels: { BASIC: 'basic (password)', MEDIUM: 'medium (two factors)', HIGH: 'high (certified hardware)' },
  stepUp: {
    title: 'More verification needed',
    setUp: 'Go to My account',
    back: 'Back to {app} without signing in',
  },
  // Issue 11 point 3 (docs/adr/0019): what an application needs, and the next step to reach it.
  levelGap: {
    asksApp: '{app} asks for the Sésame app (level {level}).',
    asksLevel: '{app} asks for the {level} authentication level.',
    confirmBody:
      'You signed in with your password alone. Confirm with the Sésame app on your phone: you will not type your password again.',
    confirm: 'Confirm with the Sésame app',
    codeBody:
      'You signed in with your password alone. Confirm with a code from your authenticator app: type your password again, choose “Code from an authenticator app”, then type the code it shows.',
    confirmCode: 'Confirm with my authenticator app',
    keyBody:
      'You signed in with your password alone. Confirm with your security key or trusted platform: type your password again, choose “Security key or trusted platform”, then use your key.',
    confirmKey: 'Confirm with my security key',
    smsBody:
      'You signed in with your password alone. Confirm with a code sent by SMS: type your password again, choose “Mobile phone + SMS”, then type the code you receive.',
    confirmSms: 'Confirm by SMS',
    setUpBody:
      'Your account has no Sésame app yet. Set it up now: it takes about 2 minutes, with your phone. Then you confirm this sign-in with it and you are brought back to {app}, signed in.',
    setUp: 'Set up the Sésame app now',
    lostBody:
      'Your account had a mobile device that can no longer be used (blocked or deleted). For your safety, a new device cannot be added with the password alone. If you no longer have your phone, start the recovery of your account: after a waiting period, you can add a new device.',
    notOfferedBody:
      'This level needs a security key or an electronic identity (eID), which this Sésame does not offer yet. The Sésame app does not reach it.',
    support:
      'Need help? Contact your support or your local manager, and tell them which application you were signing in to:',
  },
  unknownService: {
    title: 'Unknown application',
    body: 'The application that sent you here is not registered with Sésame, so you cannot be signed in to it. Check the address, or contact the application’s helpdesk.',
  },
  cas: {
    requestTitle: 'Sign-in request not valid',
    badRequest:
      'The application sent an incomplete or ambiguous sign-in request, so you have not been signed in to it. Go back to the application and try again; if it happens again, contact its helpdesk.',
    loginRequestInvalid:
      'This sign-in request has expired or has already been used. Go back to the application and sign in again.',
    invalidStrength:
      'The application asked for a verification method that Sésame does not know, so you have not been signed in to it. Contact the application’s helpdesk.',
    invalidLevel:
      'The application asked for an authentication level that Sésame does not know, so you have not been signed in to it. Contact the application’s helpdesk.',
    signedOutTitle: 'You are signed out',
    signedOut:
      'You are signed out of Sésame. The applications you opened with it have been told to end your sessions; close your browser to be sure.',
    signInAgain: 'Sign in again',
  },
  oidc: {
    errorTitle: 'Sign-in to the application stopped',
    invalidRequest:
      'The application sent a sign-in request that Sésame cannot accept, so you have not been signed in to it. Go back to the application and try again; if it happens again, contact its helpdesk.',
    invalidRedirect:
      'The application asked Sésame to send you back to an address it has not registered. For your safety, Sésame stopped here and sent you nowhere. Contact the application’s helpdesk.',
    unknownClient:
      'The application that sent you here is not registered with Sésame, so you cannot be signed in to it. Check the address, or contact the application’s helpdesk.',
    expired: 'This sign-in request has expired or has already been used. Go back to the application and sign in again.',
    technicalDetail: 'Technical detail for the helpdesk: {detail}',
    logoutTitle: 'Sign out',
    logoutQuestion:
      'Do you want to sign out of Sésame? You will also be signed out of the applications you opened with it.',
    logoutQuestionFrom:
      '{app} asks to sign you out. Do you want to sign out of Sésame? You will also be signed out of the applications you opened with it.',
    logoutConfirm: 'Yes, sign me out',
    logoutCancel: 'No, stay signed in',
    signedOutTitle: 'You are signed out',
    signedOut: 'You are signed out of Sésame and of the applications you opened with it.',
    signedOutOf: 'You are signed out of {app}. You are still signed in to Sésame.',
    signInAgain: 'Sign in again',
  },
  /** Issue 11, point 2: from the mail to the device form (ADR 0018). */
  portalPath: {
    finishedPending:
      'Your mobile device is not added yet: the Sésame app waits for your PIN code or for “Accept”. Finish there; the device then shows as Active here.',
    finishedNone:
      'No mobile device was added: the Sésame app did not scan the QR code. To add your phone, choose “Add a mobile device” and scan the new QR code.',
  },
  languages: { fr: 'Français', en: 'English' },
  mail: {
    greeting: 'Hello {firstName},',
    signature: 'The Sésame team',
    automatic: 'This is an automatic message: please do not reply.',
    notYou: 'If you did not ask for this, ignore this e-mail: nothing will change.',
    registrationLink: {
      subject: 'Sésame: confirm your e-mail address',
      body: 'To finish creating your Sésame account, open this link and choose your password. The link is valid for {minutes, plural, one {# minute} other {# minutes}} and can be used once.',
      action: 'Choose my password',
    },
    registrationExisting: {
      subject: 'Sésame: you already have an account',
      body: 'Someone, probably you, tried to create a Sésame account with this e-mail address. You already have an account: sign in, or use “Forgot your password?” if you do not remember it.',
      action: 'Sign in',
    },
    passwordReset: {
      subject: 'Sésame: choose a new password',
      body: 'To choose a new password, open this link. It is valid for {minutes, plural, one {# minute} other {# minutes}} and can be used once.',
      action: 'Choose a new password',
    },
    passwordChanged: {
      subject: 'Sésame: your password has been changed',
      body: 'The password of your Sésame account has just been changed. If it was not you, reset your password at once and contact your helpdesk.',
      action: 'Reset my password',
    },
    emailChangeLink: {
      subject: 'Sésame: confirm your new e-mail address',
      body: 'To use this address for your Sésame account, open this link. It is valid for {minutes, plural, one {# minute} other {# minutes}} and can be used once.',
      action: 'Confirm this address',
    },
    emailChangeNotice: {
      subject: 'Sésame: your e-mail address has been changed',
      body: 'The e-mail address of your Sésame account is now {newEmail}. If it was not you, contact your helpdesk at once.',
      action: 'Sign in',
    },
    devicesPanicLink: {
      subject: 'Sésame: confirm the deletion of all your mobile devices',
      body: 'You asked to delete all the mobile devices of your Sésame account (lost or stolen phone). To confirm, open this link: it is valid for {minutes, plural, one {# minute} other {# minutes}} and can be used once. Then add your devices again.',
      action: 'Delete all my devices',
    },
    deviceEnrolled: {
      subject: 'Sésame: a mobile device was added to your account',
      body: 'The mobile device “{deviceName}” was added to your Sésame account: it can now confirm your sign-ins. If it was not you, delete it from My account and change your password at once.',
      action: 'Manage my account',
    },
    deviceBlocked: {
      subject: 'Sésame: your mobile device “{deviceName}” is blocked',
      body: 'Too many wrong answers were given for your mobile device “{deviceName}”, from the address {ip} ({browser}). It is blocked until {time}; then it works again. If it was not you, someone knows your password: choose a new one with this link (valid for {minutes, plural, one {# minute} other {# minutes}}, once). Every session is then signed out.',
      action: 'This was not me: choose a new password',
    },
    secondFactorBlocked: {
      subject:
        '{method, select, totp {Sésame: codes from your authenticator app are refused for a while} sms {Sésame: codes by SMS are refused for a while} other {Sésame: your recovery codes are refused for a while}}',
      body: 'Your password was typed correctly, then too many wrong {method, select, totp {codes from your authenticator app} sms {codes sent by SMS} other {recovery codes}} were given, from the address {ip} ({browser}). This way of confirming your sign-in is refused until {time}; then it works again. If it was not you, someone knows your password: choose a new one with this link (valid for {minutes, plural, one {# minute} other {# minutes}}, once). Every session is then signed out.',
      action: 'This was not me: choose a new password',
    },
    deviceDeleted: {
      subject: 'Sésame: a mobile device was deleted from your account',
      body: 'The mobile device “{deviceName}” was deleted from your Sésame account, from the address {ip} ({browser}). It can no longer confirm your sign-ins. If it was not you, change your password at once and contact your helpdesk.',
      action: 'Manage my mobile devices',
    },
    recoveryLink: {
      subject: 'Sésame: recover your account',
      body: 'You said you no longer have your phone. To start the recovery of your account, open this link: it is valid for {minutes, plural, one {# minute} other {# minutes}} and can be used once. A waiting period follows before you can add a new mobile device.',
      action: 'Start the recovery',
    },
    recoveryStarted: {
      subject: 'Sésame: a recovery of your account has started',
      body: 'A recovery of your Sésame account was started from the address {ip} ({browser}). From {time}, a new mobile device can be added with your password alone. If it was not you, cancel it with this link, then change your password.',
      action: 'This was not me: cancel the recovery',
    },
    recoveryCancelled: {
      subject: 'Sésame: the recovery of your account is cancelled',
      body: 'The recovery of your Sésame account was cancelled: no new mobile device can be added through it.',
      action: 'Sign in',
    },
    roleChanged: {
      subject:
        '{change, select, granted {Sésame: you have a new administrative role} other {Sésame: an administrative role was taken back}}',
      body: '{change, select, granted {You are now} other {You are no longer}} {role, select, administrator {administrator} local_manager {local manager} helpdesk {helpdesk agent} other {auditor}} of {organisation} in Sésame. This was done by an administrator or a manager, and recorded. If you do not expect it, contact your helpdesk.',
      action: 'Open the administration',
    },
    secondFactorReset: {
      subject: 'Sésame: the second factors of your account were removed',
      body: 'Your helpdesk removed every second factor of your Sésame account (mobile devices, authenticator apps, security keys, recovery codes, phone numbers), as you asked because you lost them: nobody can use them any more. To add a new mobile device, sign in with your password and choose “I no longer have my phone”. If you did not ask for this, contact your helpdesk at once and change your password.',
      action: 'Sign in',
    },
    recoveryCompleted: {
      subject: 'Sésame: your account is recovered',
      body: '“{deviceName}” was added through the recovery of your account: a mobile device, an authenticator app, a security key or a phone number. Sign in with it from now on. If it was not you, contact your helpdesk at once.',
      action: 'Manage my mobile devices',
    },
    authenticatorAppChanged: {
      subject:
        '{change, select, added {Sésame: an authenticator app was added to your account} other {Sésame: an authenticator app was deleted from your account}}',
      body: '{change, select, added {The authenticator app “{name}” was added to your Sésame account, from the address {ip} ({browser}). Its codes can now confirm your sign-ins.} other {The authenticator app “{name}” was deleted from your Sésame account, from the address {ip} ({browser}). Its codes no longer confirm your sign-ins.}} If it was not you, change your password at once and contact your helpdesk.',
      action: 'Manage my authenticator apps',
    },
    securityKeyChanged: {
      subject:
        '{change, select, added {Sésame: a security key was added to your account} other {Sésame: a security key was deleted from your account}}',
      body: '{change, select, added {The security key or trusted platform “{name}” was added to your Sésame account, from the address {ip} ({browser}). It can now confirm your sign-ins.} other {The security key or trusted platform “{name}” was deleted from your Sésame account, from the address {ip} ({browser}). It no longer confirms your sign-ins.}} If it was not you, change your password at once and contact your helpdesk.',
      action: 'Manage my security keys and trusted platforms',
    },
    phoneNumberChanged: {
      subject:
        '{change, select, added {Sésame: a mobile phone number was added to your account} other {Sésame: a mobile phone number was deleted from your account}}',
      body: '{change, select, added {The mobile phone number {name} was added to your Sésame account, from the address {ip} ({browser}). Codes sent to it by SMS can now confirm your sign-ins.} other {The mobile phone number {name} was deleted from your Sésame account, from the address {ip} ({browser}). Codes sent to it no longer confirm your sign-ins.}} If it was not you, change your password at once and contact your helpdesk.',
      action: 'Manage my mobile phone numbers',
    },
    newBrowserSignIn: {
      subject: 'Sésame: a sign-in from a new browser',
      body: 'On {time}, someone signed in to your Sésame account from a browser it had not been used from: {browser}, from the address {ip}. If it was you, there is nothing to do. If it was not you, someone knows your password: choose a new one now with the link below, and contact your helpdesk.',
      action: 'Choose a new password',
    },
    securityKeyCloned: {
      subject: 'Sésame: your security key “{name}” may have been copied',
      body: 'On {time}, from the address {ip} ({browser}), someone signed in with your password and a security key answering as “{name}”, but its counter went back: this happens when a key has been copied. The sign-in was refused. If it was not you, choose a new password now, delete this key in My account and contact your helpdesk.',
      action: 'Manage my security keys and trusted platforms',
    },
    authenticatorCodeReplayed: {
      subject: 'Sésame: a code of your authenticator app was used twice',
      body: 'On {time}, from the address {ip} ({browser}), someone signed in with your password and typed a code of your authenticator app that had already been used. It was refused. If it was not you, someone knows your password: choose a new one now.',
      action: 'Choose a new password',
    },
    recoveryCodeUsed: {
      subject: 'Sésame: a recovery code was used to sign in',
      body: 'A recovery code of your Sésame account was used to sign in on {time}, from the address {ip} ({browser}). {remaining, plural, =0 {You have no recovery code left: make new ones in My account.} one {You have # recovery code left.} other {You have # recovery codes left.}} If it was not you, someone knows your password and one of your codes: choose a new password with this link (valid for {minutes, plural, one {# minute} other {# minutes}}, once), then make new recovery codes.',
      action: 'This was not me: choose a new password',
    },
    recoveryCodesGenerated: {
      subject: 'Sésame: new recovery codes for your account',
      body: '{count, plural, one {# new recovery code was} other {# new recovery codes were}} made for your Sésame account, from the address {ip} ({browser}). {replaced, plural, =0 {} one {The # code you still had no longer works.} other {The # codes you still had no longer work.}} If it was not you, change your password at once and contact your helpdesk.',
      action: 'My account',
    },
    accountLocked: {
      subject: 'Sésame: your account is locked for {minutes, plural, one {# minute} other {# minutes}}',
      body: 'Too many wrong passwords were entered for your account. It is locked for {minutes, plural, one {# minute} other {# minutes}}. If it was not you, change your password after signing in.',
      action: 'Reset my password',
    },
  },
  deviceEnrolment: {
    quoted: '“{name}”',
    notificationsOff: 'Notifications off',
    notificationsOffNotice:
      'Notifications are off on {names}: a sign-in request shows there only while the Sésame app is open. To turn them on: open the Sésame app on this device and allow notifications (in the browser’s settings for this site if it does not ask). The app then turns them on by itself, as soon as it can reach the phone’s notification service.',
    cancelledNotice: 'The device was not added: its QR code can no longer be used.',
  },
  getApp: {
    title: 'Get the Sésame app',
    intro:
      'The Sésame app is a web app: it is installed from its address, not from an app store. Open this address on your phone:',
    scan: 'Or scan this code with your phone’s camera to open it:',
    qrAlt: 'QR code of the Sésame app’s address: {url}',
    openOnPhone: 'Open the Sésame app',
    mobileIntro: 'You are on a phone: open the Sésame app here, then add it to your home screen.',
    installTitle: 'Add it to your home screen',
    android: 'Android (Chrome): open the menu ⋮, then “Add to home screen” or “Install app”.',
    ios: 'iPhone or iPad (Safari): tap Share, then “Add to Home Screen”.',
    compact: 'The Sésame app:',
    helpLink: 'How to get the Sésame app',
    helpTitle: 'Step 1: install the Sésame app',
    helpIntro:
      'To sign in with your phone, the first step is to install the Sésame app on it. It takes less than a minute, and needs no app store.',
    helpNext: 'Then add your phone to your account: sign in on a computer and open “Manage my mobile devices”.',
    manageDevices: 'Manage my mobile devices',
    mailApp: 'The Sésame app is installed on a phone from its address (open it there, then add it to the home screen):',
    mailDevices: 'To add a phone to your account, open “Add a mobile device” (in “Manage my mobile devices”):',
  },
  /** Issue 11, point 5 (docs/adr/0020): the organisation's footer, contact and legal pages, mail footer. */
  organisation: {
    footerLabel: 'Help and legal information',
    help: 'Help',
    contact: 'Contact and support',
    legal: 'Legal notice',
    privacy: 'Privacy',
    poweredBy: 'Runs on Sésame, open-source identity provider',
    contactTitle: 'Contact and support',
    contactIntro: 'For a question about your account, signing in or the Sésame app, the support of {name} answers:',
    email: 'E-mail',
    phone: 'Phone',
    web: 'Web page',
    hours: 'Opening hours',
    contactNone:
      'This service has not published a support contact. Ask your local manager: the person who asked you to use {name} (your head of service or your IT correspondent).',
    contactHelp: 'The help explains each step, from installing the Sésame app on your phone to signing in every day.',
    readHelp: 'Read the help, step by step',
    legalTitle: 'Legal notice',
    legalNone: 'The operator of this service has not published a legal notice.',
    legalExternal: 'The legal notice of {name} is on its own site:',
    software:
      'This service runs Sésame, open-source software published under the European Union Public Licence, version 1.2 (EUPL-1.2).',
    licence: 'Read the EUPL-1.2 licence',
    askSupport: 'A question? Contact and support',
    privacyOperatorTitle: 'From the operator of this service',
    privacyExternal: 'The full privacy statement of {name}:',
    mailSignature: 'The {name} team',
    mailSupport: 'Support of {name}:',
    mailNoSupport: 'A question? Ask your local manager, or read the help:',
    mailHelp: 'Help:',
  },
  /** Issue 11, point 5: /help, the annex's 14 steps as a guide for an agent with nobody to ask. */
  help: {
    title: 'Help: sign in with the Sésame app',
    intro:
      'These 14 steps take you from installing the Sésame app on your phone to your daily sign-in. The buttons have the names the steps give them. You need a computer and a phone.',
    tocLabel: 'The steps',
    stepTitle: 'Step {n}: {title}',
    parts: {
      app: 'On your phone: install the Sésame app',
      device: 'On your computer, then your phone: add your phone to your account',
      signIn: 'Every day: sign in to an application',
    },
    steps: [
      {
        title: 'Get the Sésame app',
        text: 'The Sésame app is a web app: you open it from its address, with no app store. The page “How to get the Sésame app” gives its address as a link and as a QR code to scan with your phone’s camera.',
        link: 'How to get the Sésame app',
      },
      {
        title: 'Install it on the home screen',
        text: 'On Android (Chrome): open the menu ⋮, then “Add to home screen” or “Install app”. On an iPhone or an iPad (Safari): tap Share, then “Add to Home Screen”.',
      },
      {
        title: 'Open the app',
        text: 'Open the Sésame app from its icon on your home screen. Its first screen welcomes you.',
      },
      {
        title: 'Initialize, then Continue',
        text: 'Tap “Initialize”, then “Continue”. Allow the app to use the camera (to scan a QR code) and to send notifications (to ask you to confirm your sign-ins). The app then waits for a QR code: your computer shows it at step 8.',
      },
      {
        title: 'Sign in on your computer',
        text: 'On your computer, open the portal’s sign-in page, enter your e-mail address, click “Next”, then enter your password.',
        link: 'Open the sign-in page',
      },
      {
        title: 'My account, then Manage my mobile devices',
        text: 'Click “My account”, then “Add a mobile device” (it is also in “Manage my mobile devices”).',
        link: 'Add a mobile device',
      },
      {
        title: 'Device name, PIN, Submit',
        text: 'Name your phone, without spaces, or leave the name empty: your phone’s model is used (for example Pixel-8). Choose a 4-digit PIN, type it again in “Confirm your PIN”, then click “Submit”. You will type this PIN in the app each time you sign in.',
      },
      {
        title: 'Scan the QR code',
        text: 'Your computer shows a QR code. Take your phone and scan it with the Sésame app.',
      },
      {
        title: 'Enter your PIN in the app',
        text: 'The app asks for the 4-digit PIN chosen at step 7: type it on the keypad. It is checked as soon as the fourth digit is typed.',
      },
      {
        title: 'Accept',
        text: 'The app asks you to accept this phone for your account: tap “Accept”. Your computer’s page moves on by itself, and you receive a confirmation e-mail.',
      },
      {
        title: 'Open the application, e-mail address, Next',
        text: 'On your computer, open the application you use (for example TRACES NT): it sends you to the sign-in page. Enter your e-mail address, then click “Next”. If the browser remembers your address, you go straight to step 12.',
      },
      {
        title: 'Password and verification method',
        text: 'Enter your password and choose the verification method “Sésame app with PIN code” (or “Sésame app with QR code” when the phone has no network), then click “Sign in”.',
      },
      {
        title: 'Confirm in the app',
        text: 'Open the Sésame app: it shows the request with the application’s name, the place and the time. Check them, pick the number your computer shows, and enter your PIN. With the QR code method, scan the code your computer shows and type the code the app gives.',
      },
      {
        title: 'You are signed in',
        text: 'You are in the application. Each time you sign in, the Sésame app confirms it: steps 11 to 13, in a few seconds.',
        link: 'Go to My account',
      },
    ],
    /** Alternative texts of the screenshots, by image name without its language. */
    alt: {
      'help-app':
        'The page “Step 1: install the Sésame app”: the app’s address as a link, and a QR code to scan with the phone’s camera.',
      'app-welcome':
        'The Sésame app on a phone, first screen: “Welcome to the Sésame app” and the “Initialize” button.',
      'sign-in': 'The sign-in page on a computer: the “E-mail address” field and the “Next” button.',
      account: 'The “My account” page on a computer, with the way to “Manage my mobile devices”.',
      'annex-07-add-device':
        'The “Add a mobile device” form: device name, 4-digit PIN, confirm your PIN, and the “Submit” and “Cancel” buttons.',
      'annex-08-qr': 'The computer shows the QR code to scan with the Sésame app, and waits for the phone.',
      'annex-08-scan': 'The Sésame app on the phone, its camera pointed at the computer’s QR code.',
      'annex-09-pin': 'The Sésame app asks for the 4-digit PIN, with a keypad.',
      'annex-10-accept': 'The Sésame app asks to accept the phone for the account, with the “Accept” button.',
      'annex-10-device-added': 'On the computer, “Manage my mobile devices” lists the new phone as active.',
      'annex-12-method':
        'The password page: the password field, the choice of the verification method and the “Sign in” button.',
      'annex-13-request':
        'The Sésame app shows the sign-in request: the application, the place, the time, and the numbers to pick from.',
      'annex-13-number': 'The computer waits for the app’s answer and shows the number to pick in the app.',
      'annex-14-signed-in':
        'The application “TRACES NT (demo)”, signed in: the name, the authentication level and the factors used.',
    },
    backToSteps: 'Back to the list of steps',
    stuck: 'Stuck at a step? Contact and support',
    nextTitle: 'Start now',
    startSignedIn: 'Go to My account',
    startSignIn: 'Sign in',
  },
  /** Issue 13 point 2: "Manage my authenticator apps" (TOTP, RFC 6238; docs/adr/0027). */
  authenticatorApps: {
    title: 'Manage my authenticator apps',
    intro:
      'An authenticator app (for example FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator) shows a 6-digit code that changes every 30 seconds. Type it after your password to sign in.',
    none: 'No authenticator app is registered for your account.',
    add: 'Add an authenticator app',
    name: 'Name',
    added: 'Added',
    lastUsed: 'Last used',
    never: 'Never',
    actions: 'Actions',
    rename: 'Rename',
    delete: 'Delete',
    cancel: 'Cancel',
    addTitle: 'Add an authenticator app',
    nameHint: 'To recognise it in the list, for example “Aegis on my phone”.',
    continue: 'Continue',
    scanTitle: 'Scan this QR code with your authenticator app',
    qrAlt: 'QR code to scan with your authenticator app',
    secretIntro: 'Cannot scan it? Type this key in the app (time-based, 6 digits, every 30 seconds):',
    secretLabel: 'Key',
    confirmTitle: 'Enter the 6-digit code',
    codeLabel: 'Code shown by the app',
    codeHint: '6 digits.',
    confirm: 'Confirm',
    wrongCode: 'This code is not right. Check that your phone is on time and type the code the app shows now.',
    addedNotice: 'The authenticator app “{name}” was added.',
    renamedNotice: 'The authenticator app is now called “{name}”.',
    deletedNotice: 'The authenticator app was deleted.',
    renameTitle: 'Rename the authenticator app',
    renameSubmit: 'Rename',
    deleteTitle: 'Delete the authenticator app',
    deleteBody: 'Delete “{name}”? Its codes will no longer sign you in.',
    deleteSubmit: 'Delete',
    secondFactorBody:
      'Adding or deleting an authenticator app changes how your account is protected. Your account has, or had, a second factor: confirm with it first.',
    back: 'Back to My account',
  },
  /** Issue 13 point 3: recovery codes (SEC-29; docs/adr/0028). */
  recoveryCodes: {
    title: 'Recovery codes',
    intro:
      'If you lose every device, a recovery code lets you sign in once with your password, to set up a new one. Each code works once. Keep them on paper, or in a safe place, away from your phone.',
    remaining:
      '{count, plural, =0 {You have no recovery code left.} one {You have # recovery code left.} other {You have # recovery codes left.}}',
    none: 'You have no recovery codes yet.',
    noFactor:
      'Recovery codes are offered once your account has a second factor: add a mobile device or an authenticator app first.',
    generate: 'Make my recovery codes',
    regenerate: 'Make new recovery codes',
    regenerateHint: 'New codes replace the old ones: the old ones stop working.',
    shownTitle: 'Your recovery codes',
    shownOnce: 'These codes are shown only this once. Print them, copy them or download them now.',
    listLabel: 'Your ten recovery codes',
    print: 'Print',
    copy: 'Copy',
    download: 'Download (.txt)',
    saved: 'I have saved them',
    fileIntro: 'Sésame recovery codes. Each code works once.',
    offer: 'Keep a way back into your account if you lose your devices: make your recovery codes.',
    offerLink: 'Make my recovery codes',
    secondFactorBody: 'Making recovery codes gives a new way into your account. Confirm with your second factor first.',
  },
  /** Issue 13 point 1: security keys and trusted platforms (WebAuthn; docs/adr/0029). */
  securityKeys: {
    title: 'Manage my security keys and trusted platforms',
    intro:
      'A security key (USB or NFC, for example a YubiKey) or a trusted platform (Windows Hello, Touch ID, the screen lock of an Android phone) confirms your sign-in after your password with a touch, a PIN or a fingerprint. Nothing to type.',
    none: 'No security key or trusted platform is registered for your account.',
    add: 'Add a security key or trusted platform',
    name: 'Name',
    kind: 'Kind',
    added: 'Added',
    lastUsed: 'Last used',
    never: 'Never',
    actions: 'Actions',
    rename: 'Rename',
    delete: 'Delete',
    cancel: 'Cancel',
    kindKey: 'Security key',
    kindPlatform: 'Trusted platform',
    kindSynced: 'Passkey (synchronised)',
    addTitle: 'Add a security key or trusted platform',
    nameHint: 'To recognise it in the list, for example “YubiKey on my key ring” or “Windows Hello on my laptop”.',
    continue: 'Continue',
    passkey: 'Make it a passkey: sign in with it without typing my e-mail address',
    passkeyHint:
      'The key then keeps your account, protected by its PIN, fingerprint or face, which it will ask for each time. Not every key can.',
    promptTitle: 'Register your security key or trusted platform',
    promptIntro:
      'Select the button below: your browser asks you to insert and touch your key, or to confirm with the PIN, face or fingerprint of this computer or phone.',
    promptButton: 'Register “{name}”',
    expired: 'This request has expired. Start again.',
    refused: 'This key could not be registered: the browser’s answer was not valid. Try again.',
    notAccepted: 'This model of security key is not allowed by your organisation. Use another key.',
    already: 'This security key is already registered.',
    addedNotice: 'The security key or trusted platform “{name}” was added.',
    renamedNotice: 'The security key or trusted platform is now called “{name}”.',
    deletedNotice: 'The security key or trusted platform was deleted.',
    renameTitle: 'Rename the security key or trusted platform',
    renameSubmit: 'Rename',
    deleteTitle: 'Delete the security key or trusted platform',
    deleteBody: 'Delete “{name}”? It will no longer sign you in.',
    deleteSubmit: 'Delete',
    secondFactorBody:
      'Adding or deleting a security key changes how your account is protected. Your account has, or had, a second factor: confirm with it first.',
    back: 'Back to My account',
  },
  /** The sign-in pages of an authenticator app's code and of a recovery code (issue 13). */
  signInCode: {
    totpTitle: 'Enter the code of your authenticator app',
    totpIntro: 'Open your authenticator app and type the 6-digit code it shows for this account.',
    totpLabel: 'Code shown by the app',
    totpHint: '6 digits.',
    totpWrong: 'This code is not right, or it has already been used. Wait for the next code and type it.',
    recoveryTitle: 'Enter a recovery code',
    recoveryIntro:
      'Type one of the recovery codes you saved. It will then be used up; after signing in, set up a new second factor.',
    recoveryLabel: 'Recovery code',
    recoveryHint: 'For example ABCD-EFGH-JKLM-NPQR-STUV. Hyphens and spaces do not matter.',
    recoveryWrong: 'This code is not right, or it has already been used. Check it and type it again.',
    expires: 'This page takes a code until {time}.',
    expired: 'This page has expired. Start again to type a code.',
    restart: 'Start again',
    totpNone:
      'No authenticator app is registered for this account. Choose another verification method, or add one in “Manage my authenticator apps” once signed in.',
    recoveryNone: 'This account has no recovery code left. Choose another verification method.',
    blocked: 'Too many wrong codes. Try again after {time}. If it was not you, change your password.',
    webauthnTitle: 'Confirm with your security key or trusted platform',
    webauthnIntro:
      'Select the button below: your browser asks you to insert and touch your security key, or to confirm with the PIN, face or fingerprint of this computer or phone.',
    webauthnButton: 'Use my security key or trusted platform',
    webauthnExpires: 'This page waits for your key until {time}.',
    webauthnExpired: 'This page has expired. Start again to use your key.',
    webauthnWrong:
      'This key was not accepted. Use a security key or trusted platform registered to your account, then try again.',
    webauthnNone:
      'No security key or trusted platform is registered for this account. Choose another verification method, or add one in “Manage my security keys and trusted platforms” once signed in.',
    webauthnFailed:
      'Your browser got no answer from a key (cancelled, timed out, or no key registered here). Try again, or choose another verification method.',
    webauthnUnsupported:
      'This browser cannot use security keys (JavaScript or WebAuthn is turned off). Use another browser or choose another verification method.',
  },
  /** After a sign-in with a recovery code (docs/adr/0028 §6: set up a new factor). */
  setUpFactor: {
    title: 'Set up a new second factor',
    why: 'You signed in with a recovery code: it is now used up. {count, plural, =0 {You have no recovery code left.} one {You have # recovery code left.} other {You have # recovery codes left.}}',
    next: 'Set up a new way to confirm it is you, then delete the devices you lost.',
    addDevice: 'Add a mobile device (Sésame app)',
    addTotp: 'Add an authenticator app',
    devices: 'Manage my mobile devices',
    recoveryCodes: 'Recovery codes',
    later: 'Later: go to My account',
  },
  /** Issue 11, point 2: the device name proposed from the phone when left empty. */
  proposedName: {
    nameHint: 'Without spaces. Leave empty to use your phone’s model, for example Pixel-8.',
    qrAlt: 'QR code to scan with the Sésame app to add your phone',
  },
  /** Issue 11, point 2: the phone refused the QR at the scan (one phone, one person). */
  enrolmentRefused: {
    title: 'This phone cannot be added',
    otherAccount:
      'The phone that scanned the QR code already confirms the sign-ins of another person’s account. One phone serves one person: the device was not added, and the QR code can no longer be used.',
    sameAccount:
      'The phone that scanned the QR code is already registered for your account: there is nothing to add. The QR code can no longer be used.',
    nextTitle: 'What now?',
    otherAccountNext:
      'Add the device again and scan the new QR code with another phone — or, if this phone is yours, first remove the other account from it: its owner deletes the phone in “Manage my mobile devices”.',
    sameAccountNext: 'Your phone is in the list of your mobile devices. To add another phone, add a device again.',
    addAgain: 'Add a mobile device with another phone',
    backToDevices: 'Back to Manage my mobile devices',
  },
  /** Issue 13 point 5: "Configure my account" (docs/adr/0031). */
  accountOptions: {
    title: 'Configure my account',
    link: 'Configure my account',
    intro: 'These options apply to every sign-in to your account, on any browser.',
    signInTitle: 'Signing in',
    always: 'Always require a second factor',
    alwaysHint:
      'The password alone no longer signs you in, even to applications that accept it: each sign-in also asks for your Sésame app, authenticator app or security key.',
    alwaysWarning:
      'If you lose every second factor (and your recovery codes), you can no longer sign in by yourself: only the helpdesk can give you access back.',
    alwaysNeedsFactor:
      'Add a second factor first (a Sésame app or an authenticator app): with the password alone your account would be locked.',
    addFactor: 'Add a mobile device',
    addAuthenticatorApp: 'Add an authenticator app',
    preferred: 'Preferred verification method',
    preferredHint: 'After your password, the sign-in opens on this method when the application accepts it.',
    preferredNone: 'No preference (the method I used last)',
    preferredNotHeld: 'Choose one of the methods your account has.',
    appsTitle: 'Applications',
    warn: 'Warn me each time an application asks for my identity',
    warnHint:
      'Before an application receives your identity — after you sign in, or when you are already signed in — a page names it and asks you to continue or cancel.',
    mailsTitle: 'E-mail notifications',
    newBrowser: 'E-mail me when my account signs in from a new browser',
    newBrowserHint:
      'A browser is new when your account has not signed in with it in the last year (or since its cookies were cleared). The e-mail says when, from where and with which browser.',
    mailsAlways:
      'For your protection, Sésame always e-mails you when a mobile device, an authenticator app, a security key, a mobile phone number or recovery codes are added or removed, when a recovery code is used, and when your password or e-mail address changes. These e-mails cannot be turned off.',
    save: 'Save my options',
    back: 'Back to My account',
    saved: 'Your options have been saved.',
    unchanged: 'Nothing changed.',
    secondFactorBody:
      'Your account options decide how your account is protected. Your account has a second factor: confirm with it first.',
  },
  /** Issue 13 point 6: the account's chooser after the password (docs/adr/0031). */
  signInChoose: {
    title: 'Choose how to confirm it is you',
    intro: 'Your password is right. Confirm with one of the methods of your account:',
    submit: 'Continue',
    lostAccess: 'I no longer have any of these: use a recovery code',
    none: 'Your account has no verification method this application accepts.',
    typePassword: 'Sign in again with another method',
  },
  /** Issue 13 point 5b: the interstitial before an application gets the identity (docs/adr/0031). */
  appConsent: {
    title: 'An application asks for your identity',
    body: '“{app}” asks to know who you are. Continue to sign in to it.',
    why: 'You see this page because you asked to be warned each time an application asks for your identity. If you did not expect it, cancel.',
    continue: 'Continue to the application',
    cancel: 'Cancel',
    options: 'Change this option in Configure my account',
    gone: 'This request has already been answered or has expired. Go back to the application and try again.',
  },
  /** Issue 13 point 4: "Manage my mobile phone numbers" (SMS, on its way out; docs/adr/0030). */
  phoneNumbers: {
    title: 'Manage my mobile phone numbers',
    intro: 'A code sent by SMS to one of these numbers can confirm your sign-in after your password.',
    sunset: 'Sign-in by SMS stops on {date}. The Sésame app is safer: add it now.',
    addDevice: 'Add a mobile device (Sésame app)',
    none: 'No mobile phone number is registered for your account.',
    number: 'Number',
    added: 'Added',
    lastUsed: 'Last used',
    never: 'Never',
    actions: 'Actions',
    delete: 'Delete',
    add: 'Add a number',
    addTitle: 'Add a mobile phone number',
    phoneLabel: 'Mobile phone number',
    phoneHint: 'Start with “+” and the country code, without dots, brackets or hyphens, for example +33 6 12 34 56 78.',
    send: 'Send the code',
    confirmTitle: 'Enter the code sent by SMS',
    confirmIntro: 'We sent a code of nine characters to {phone}. Type it before {time}.',
    codeLabel: 'Code received by SMS',
    codeHint: 'For example K7P-M2X-9QR. Hyphens, spaces and case do not matter.',
    finalise: 'Finalise',
    wrongCode: 'This code is not right. Check the SMS and type the code again.',
    over: 'This confirmation is over (expired, or too many wrong codes). Add the number again to get a new code.',
    addedNotice: 'The number {name} was added.',
    deletedNotice: 'The number was deleted.',
    deleteTitle: 'Delete the mobile phone number',
    deleteBody: 'Delete {name}? Codes sent to it will no longer sign you in.',
    deleteSubmit: 'Delete',
    cancel: 'Cancel',
    secondFactorBody:
      'Adding or deleting a phone number changes how your account is protected. Your account has, or had, a second factor: confirm with it first.',
    back: 'Back to My account',
    enrolText: 'Sésame: your code to add this number is {code}. Never give it to anyone.',
  },
  /** The sign-in page of "Mobile phone + SMS" and the sunset page after it (issue 13 point 4). */
  signInSms: {
    title: 'Enter the code sent by SMS',
    intro: 'We sent a sign-in challenge code of nine characters to {phone}.',
    label: 'Code received by SMS',
    hint: 'For example K7P-M2X-9QR. Hyphens, spaces and case do not matter.',
    resend: 'Send a new code',
    wrongCode: 'This code is not right, or it has already been used. Check the last SMS and type its code.',
    none: 'No mobile phone number is registered for this account. Choose another verification method.',
    text: 'Sésame: your sign-in challenge code is {code}. Never give it to anyone, not even to us.',
    sunsetTitle: 'Sign-in by SMS stops soon',
    sunsetBody:
      'From {date}, SMS will no longer be accepted to sign in. Install the Sésame app now: it is safer (no SIM swapping, no interception) and works without a network.',
    sunsetInstall: 'Install the Sésame app now',
    sunsetLater: 'Later',
    sunsetLaterHint: 'You will be reminded at your next sign-in by SMS.',
  },
  /** The admin console (issue 14 point 2; docs/adr/0033; docs/administrators/). */
  admin: {
    title: 'Administration',
    link: 'Administration',
    secondFactorBody:
      'The administration needs a sign-in with a second factor. Confirm it is you with yours, and you will come back here.',
    searchTitle: 'Find an account',
    searchLabel: 'Name, e-mail address or identifier',
    searchStarts: 'The beginning of a first name, last name or e-mail address, or a whole identifier.',
    searchHint: 'Leave empty to list the accounts of your organisations.',
    within: 'Organisation',
    allMine: 'All my organisations',
    submit: 'Search',
    scopeIntro: 'You can see the accounts of: {organisations}.',
    results: 'Accounts found',
    none: 'No account matches in your organisations.',
    limited: 'Only the first {limit} accounts are shown: narrow the search.',
    colName: 'Name',
    colEmail: 'E-mail address',
    colOrganisation: 'Organisation',
    colId: 'Identifier',
    accountTitle: 'Account of {name}',
    back: 'Back to the search',
    identity: 'Identity',
    organisation: 'Organisation',
    roles: 'Administrative roles',
    noRoles: 'None.',
    roleOver: '{role}, {organisation}',
    roleNames: {
      administrator: 'Administrator',
      local_manager: 'Local manager',
      helpdesk: 'Helpdesk',
      auditor: 'Auditor',
    },
    methods: 'Sign-in methods and devices',
    noMethods: 'Password only: no second factor.',
    colMethod: 'Method',
    colStatus: 'Status',
    colAdded: 'Added',
    colLastUsed: 'Last used',
    never: 'Never',
    kinds: {
      device: 'Sésame app',
      totp: 'Authenticator app',
      webauthn: 'Security key or passkey',
      'recovery-code': 'Recovery code',
      sms: 'Mobile phone (SMS)',
    },
    statuses: { active: 'Active', pending: 'Not confirmed', blocked: 'Blocked', used: 'Used' },
    signIns: 'Last sign-ins',
    noSignIns: 'No sign-in recorded.',
    colWhen: 'When',
    colWhat: 'What',
    colFrom: 'From',
    lock: 'Lock',
    lockedEverywhere: 'Locked after too many wrong passwords: nobody can sign in to this account for now.',
    failures:
      '{count, plural, =0 {No wrong password} one {# wrong password} other {# wrong passwords}} in the last {minutes} minutes.',
    notLocked:
      'Not locked everywhere. A lock from one network (the owner mistyping at the office) is not shown here: unlocking lifts it too.',
    lockedFromNetwork:
      'Locked at {time} after too many wrong passwords from one network (the owner mistyping, or someone guessing): sign-ins from there are refused for now.',
    unlock: 'Unlock the account',
    unlockHint: 'The owner can sign in again at once, from anywhere. This is recorded in the audit.',
    unlocked: 'The account is unlocked: its owner can sign in again.',
    factorTitle: 'Lost second factor',
    factorIntro:
      'When the owner lost every second factor (phone lost or stolen, no recovery code): remove them all, so that nobody can use them. Every session of the account ends. The owner is told by e-mail how to add a new mobile device (“I no longer have my phone”).',
    reason: 'Reason',
    reasonHint:
      'Required, recorded in the audit: how the owner asked and how you checked it was them (for example: “phone lost, called the helpdesk, identity checked by the manager”).',
    resetFactor: 'Remove every second factor',
    reasonRequired: 'Say why: the reason is required.',
    reasonTooLong: 'The reason is too long: at most {max} characters.',
    factorReset:
      'Every second factor of the account is removed ({devices} mobile devices, {credentials} other factors). The owner was told by e-mail.',
    passwordTitle: 'Password',
    sendReset: 'Send a password reset link',
    sendResetHint:
      'The owner receives by e-mail a link to choose a new password, valid {minutes} minutes. You never see nor set the password. This is recorded in the audit.',
    resetSent: 'A password reset link was sent to {email}.',
  },
};

export type Messages = typeof en;
