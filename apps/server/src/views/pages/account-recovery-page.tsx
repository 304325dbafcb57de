import { format } from '../../i18n/format-message';
import { Actions, Form } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';

/**
 * "I no longer have my phone" (issue 10; routes/account-recovery.tsx): `request` asks for the
 * mailed link, `confirm` (from that link) starts the waiting period, `cancel` (from the mail
 * that announces it) stops it. Each page says what happens next. A `checked` link (a helpdesk
 * reset's, docs/adr/0040) starts no waiting period: its confirmation page says so.
 */
export function AccountRecoveryPage(props: {
  ctx: ViewContext;
  mode: 'request' | 'confirm' | 'cancel';
  hours: number;
  checked?: boolean;
  errors?: FormErrors;
}) {
  const r = props.ctx.m.recovery;
  const texts = {
    request: { title: r.requestTitle, intro: r.requestIntro, submit: r.requestSubmit, action: '/account/recovery' },
    confirm: {
      title: r.confirmTitle,
      intro: props.checked ? r.confirmIntroChecked : r.confirmIntro,
      submit: props.checked ? r.confirmSubmitChecked : r.confirmSubmit,
      action: '/account/recovery/confirm',
    },
    cancel: { title: r.cancelTitle, intro: r.cancelIntro, submit: r.cancelSubmit, action: '/account/recovery/cancel' },
  }[props.mode];
  return (
    <Layout ctx={props.ctx} title={texts.title}>
      <h1>{texts.title}</h1>
      {props.errors?.general && (
        <div class="notice notice--error" role="alert">
          {props.errors.general}
        </div>
      )}
      <p>{format(texts.intro, { hours: props.hours }, props.ctx.locale)}</p>
      <Form ctx={props.ctx} action={texts.action}>
        <Actions>
          <button type="submit" class="button">
            {texts.submit}
          </button>
          {props.mode === 'request' && (
            <a href="/account/devices" class="button button--secondary">
              {props.ctx.m.devices.back}
            </a>
          )}
        </Actions>
      </Form>
    </Layout>
  );
}
