import { intlTag } from '@sesame/protocol';
import type { VNode } from 'preact';
import { PageTemplates, pageTemplate } from '../../http/page-template';
import { dateTimeFormat } from '../../i18n/date-time-format';
import { format } from '../../i18n/format-message';
import { PushWaitPage, type PushWaitState } from './push-wait-page';

type SignInAppProps = PushWaitState & {
  /** The number to pick in the app (number matching). */
  shown: number | string;
  deviceNames: string[];
};

/**
 * "Sésame app with PIN code", design §4 step 3 (the instruction's annex step 13): the number to
 * pick in the app, what to do there, and a live wait. `sign-in-app.js` follows the request's
 * verdict on the event stream and continues by itself; without JavaScript the button does.
 */
export function SignInAppPage({ shown, deviceNames, ...wait }: SignInAppProps) {
  const a = wait.ctx.m.signInApp;
  return (
    <PushWaitPage
      {...wait}
      text={a}
      actions={{ events: '/login/app/events', continue: '/login/app', resend: '/login/app/resend' }}
      script="/static/sign-in-app.js"
      intro={<p>{format(a.intro, { devices: deviceNames.join(', ') })}</p>}
      beforeSteps={
        <p class="number-match">
          <span class="number-match__label" id="number-label">
            {a.numberLabel}
          </span>
          <strong class="number-match__number" aria-labelledby="number-label" data-testid="number-match">
            {shown}
          </strong>
        </p>
      }
      passwordLink={a.otherMethod}
    />
  );
}

const SLOTS = ['nonce', 'csrf', 'shown', 'devices', 'time', 'notice'] as const;
type Slot = (typeof SLOTS)[number];

/**
 * The page's fixed parts rendered once per catalogue, organisation, path and shape (expired or
 * not, with a notice or not), the per-request values filled in (issue 12 point 5): the nonce, the
 * CSRF token, the number, the devices' names, the expiry and the notice. A few keys per language
 * at most; bounded all the same.
 */
const templates = new PageTemplates<Slot>(64);
const ids = new WeakMap<object, number>();
let nextId = 0;
function idOf(o: object): number {
  let id = ids.get(o);
  if (id === undefined) ids.set(o, (id = nextId++));
  return id;
}

/** The page as a document, from its template; its tree when the header names a signed-in person. */
export function signInAppPage(props: SignInAppProps): VNode | string {
  const { ctx } = props;
  if (ctx.user) return <SignInAppPage {...props} />;
  const notice = Boolean(props.notice);
  const expired = props.expired === true;
  const key = [idOf(ctx.m), idOf(ctx.brand), ctx.locale, ctx.path, expired, notice].join('|');
  const template = templates.get(key, () =>
    pageTemplate(SLOTS, (s) => (
      <SignInAppPage
        ctx={{ ...ctx, nonce: s.nonce, csrf: s.csrf }}
        shown={s.shown}
        deviceNames={[s.devices]}
        expiresAt={props.expiresAt}
        expiresTime={s.time}
        expired={expired}
        {...(notice ? { notice: s.notice } : {})}
      />
    )),
  );
  const time = dateTimeFormat(intlTag(ctx.locale), { timeStyle: 'medium' });
  return template({
    nonce: ctx.nonce,
    csrf: ctx.csrf,
    shown: String(props.shown),
    devices: props.deviceNames.join(', '),
    time: time.format(props.expiresAt),
    notice: props.notice ?? '',
  });
}
