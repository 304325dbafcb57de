/**
 * Where the level page's "back to the application" posts for an OpenID Connect sign-in
 * (docs/adr/0043 §3): under the interaction's own path, so the browser sends the interaction's
 * cookie (scoped to /oidc/interaction/<uid>) and only the browser that made the request can end it.
 */
export const unmetRequirementsPath = (uid: string) => `/oidc/interaction/${encodeURIComponent(uid)}/unmet`;
