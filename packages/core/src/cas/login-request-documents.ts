import type { CasFailure } from './cas-failure';
import { EULOGIN_NAMESPACE } from './eulogin-documents';
import { element, renderXml } from './xml';

/** EU Login `POST /cas/login/init` answer (reference/eulogin-facts.md §2.1, `loginRequestSuccessType`). */
export function loginRequestSuccessXml(loginRequestId: string): string {
  return renderXml(
    element('loginRequest', [element('loginRequestSuccess', [element('loginRequestId', loginRequestId)])], {
      xmlns: EULOGIN_NAMESPACE,
    }),
  );
}

export function loginRequestFailureXml(failure: CasFailure): string {
  return renderXml(
    element('loginRequest', [element('loginRequestFailure', failure.description, { code: failure.code })], {
      xmlns: EULOGIN_NAMESPACE,
    }),
  );
}
