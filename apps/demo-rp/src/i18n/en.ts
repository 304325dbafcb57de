/**
 * English catalogue of the demo app. `fr.ts` is typed against it, so a key missing in either
 * language fails the type-check. Messages are ICU MessageFormat (`{name}`, plural, select; ADR 0023).
 */
export const en = {
  meta: { language: 'Language', dateLocale: 'en-GB' },
  layout: {
    appName: 'TRACES NT (demo)',
    tagline: 'Trade control and certification — demonstration',
    skipToContent: 'Skip to main content',
    navLabel: 'Session and language',
    signedInAs: 'Signed in as {name}',
    signOut: 'Sign out',
    footer:
      'Demonstration application of Sésame. It is not TRACES NT: it only shows what an application receives when you sign in.',
  },
  home: {
    title: 'Welcome to TRACES NT (demo)',
    intro:
      'This application trusts Sésame to sign you in, as TRACES NT trusts EU Login. Choose how the application asks Sésame who you are: the result is the same person, with the same level.',
    casTitle: 'CAS (EU Login)',
    casBody:
      'The protocol of EU Login: the application opens a login transaction asking for the {level} level, then checks the ticket Sésame gives back.',
    casButton: 'Sign in with CAS (EU Login)',
    casPostLink: 'Or with the ticket posted to the application rather than in the address (CAS method=POST)',
    oidcTitle: 'OpenID Connect',
    oidcBody: 'The standard protocol: authorisation code with PKCE, then an ID Token signed by Sésame.',
    oidcButton: 'Sign in with OpenID Connect',
    signedIn: 'You are signed in.',
    seeIdentity: 'See what the application received',
    signedOut: 'You are signed out of TRACES NT (demo) and of Sésame.',
  },
  identity: {
    title: 'Your identity',
    intro: 'This is what TRACES NT (demo) received from Sésame.',
    viaCas: 'Signed in with CAS (EU Login)',
    viaOidc: 'Signed in with OpenID Connect',
    uid: 'User id',
    name: 'Name',
    email: 'E-mail address',
    organisation: 'Organisation',
    level: 'Authentication level',
    strengths: 'Strengths',
    factors: 'Authentication factors',
    protocol: 'Protocol',
    sso: 'Single sign-on (sso)',
    isFromNewLogin: 'New sign-in (isFromNewLogin)',
    authTime: 'Authenticated at Sésame',
    signedInAt: 'Signed in to this application',
    received: 'Everything received ({count, plural, one {# attribute or claim} other {# attributes or claims}})',
    receivedName: 'Name',
    receivedValue: 'Value',
    none: 'none',
    unknown: 'not said',
    yes: 'yes',
    no: 'no',
    home: 'Back to the home page',
  },
  // Issue 11 point 4 (docs/adr/0019): two demo entries, so that the levels are visible.
  editions: {
    traces: {
      appName: 'TRACES NT (demo)',
      tagline: 'Trade control and certification — demonstration',
      footer:
        'Demonstration application of Sésame. It is not TRACES NT: it only shows what an application receives when you sign in.',
      homeTitle: 'Welcome to TRACES NT (demo)',
      homeIntro:
        'This application trusts Sésame to sign you in, as TRACES NT trusts EU Login. Like TRACES NT, it requires the Sésame app (level MEDIUM): a password alone does not get in. Choose how the application asks Sésame who you are: the result is the same person, with the same level.',
      signedOut: 'You are signed out of TRACES NT (demo) and of Sésame.',
      identityIntro: 'This is what TRACES NT (demo) received from Sésame.',
      offer: 'TRACES NT (demo) requires the Sésame app (level MEDIUM): a password alone does not get in.',
    },
    bulletin: {
      appName: 'Bulletin sanitaire (demo)',
      tagline: 'Animal health news — demonstration',
      footer:
        'Demonstration application of Sésame: public information that a password alone opens (level BASIC), beside TRACES NT (demo), which requires the Sésame app.',
      homeTitle: 'Welcome to Bulletin sanitaire (demo)',
      homeIntro:
        'The animal health bulletins of your service. Public information: your password alone is enough (level BASIC). Choose how the application asks Sésame who you are.',
      signedOut: 'You are signed out of Bulletin sanitaire (demo) and of Sésame.',
      identityIntro:
        'This week’s bulletin is open to you: your password was enough (level BASIC). This is what Bulletin sanitaire (demo) received from Sésame.',
      offer: 'Bulletin sanitaire (demo) opens with a password alone (level BASIC).',
    },
    otherTitle: 'The other demo application',
    otherLink: 'Open {app}',
  },
  protocols: { cas: 'CAS 3.0, EU Login extensions', oidc: 'OpenID Connect 1.0' },
  levels: { BASIC: 'basic (password)', MEDIUM: 'medium (two factors)', HIGH: 'high (certified hardware)' },
  strengths: {
    PASSWORD: 'Password',
    PASSWORD_SMS: 'Mobile phone + SMS',
    PASSWORD_TOTP: 'Authenticator app (TOTP)',
    PASSWORD_MOBILE_APP: 'Sésame app with PIN code',
    PASSWORD_SOFTWARE_TOKEN: 'Sésame app with QR code',
    MOBILE_APP: 'On mobile',
    PASSWORD_WEBAUTHN: 'Security key or trusted platform',
    PASSWORD_RECOVERY_CODE: 'Recovery code',
    EIDAS: 'eID',
    PASSWORD_TOKEN: 'Hardware token',
    PASSWORD_TOKEN_CRAM: 'Challenge-response hardware token',
    CLIENT_CERT: 'Client certificate',
  },
  factors: {
    moniker: 'Password of the account {value}',
    mobileDevice: 'Phone with the app: {value}',
    mobilePhoneNumber: 'Mobile phone number {value}',
    webauthnDevice: 'Security key: {value}',
    storkId: 'eID {value}',
    tokenId: 'Hardware token {value}',
    tokenCramId: 'Challenge-response token {value}',
    other: '{kind}: {value}',
  },
  /** RFC 8176 authentication method references, as OpenID Connect `amr` carries them. */
  amr: {
    pwd: 'Password (pwd)',
    otp: 'One-time code (otp)',
    mfa: 'Several factors (mfa)',
    hwk: 'Hardware-bound key (hwk)',
    swk: 'Software-bound key (swk)',
    pin: 'PIN (pin)',
    user: 'User presence (user)',
    sms: 'SMS (sms)',
    face: 'Face recognition (face)',
    fpt: 'Fingerprint (fpt)',
    pop: 'Proof of possession (pop)',
    sc: 'Smart card (sc)',
    other: '{value}',
  },
  errors: {
    title: 'Sign-in failed',
    CAS_REFUSED: 'Sésame refused the sign-in ticket ({code}). Sign in again.',
    LEVEL_TOO_LOW:
      'You signed in with the {level} authentication level; this application requires at least {required}. Set up a stronger verification method in Sésame, then sign in again.',
    STRENGTH_NOT_ACCEPTED:
      'This application does not accept the verification method you used. Sign in with another one.',
    OIDC_REFUSED: 'Sésame did not sign you in ({code}).',
    OIDC_FAILED: 'The answer of Sésame could not be checked, so you are not signed in. Sign in again.',
    SIGN_IN_EXPIRED: 'This sign-in has expired or was started in another browser. Sign in again.',
    SESAME_UNREACHABLE: 'Sésame cannot be reached right now. Try again in a few minutes.',
    BAD_REQUEST: 'The request could not be understood. Go back to the home page and try again.',
    FORBIDDEN: 'This request did not come from this application. Nothing was changed.',
    NOT_FOUND: 'This page does not exist.',
    INTERNAL: 'Something went wrong on our side. Try again in a few minutes.',
    backHome: 'Back to the home page',
  },
};

export type Messages = typeof en;
