/** The registration campaign's page after sign-in (issue 14 point 4; docs/adr/0036). */
export const CAMPAIGN_PATH = '/login/campaign';
