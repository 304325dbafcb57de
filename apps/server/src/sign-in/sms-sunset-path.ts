/** The page after an SMS sign-in before the sunset (issue 13 point 4; docs/adr/0030). */
export const SMS_SUNSET_PATH = '/login/sms-sunset';
