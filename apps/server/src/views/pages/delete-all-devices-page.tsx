import { format } from '../../i18n/format-message';
import { Actions, Form } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/**
 * "Delete all my devices (PANIC)" (design §5): asked for from My account (`request`: a link is
 * mailed), then confirmed from that link (`confirm`: the devices are deleted).
 */
export function DeleteAllDevicesPage(
  props: { ctx: ViewContext } & ({ mode: 'request'; count: number } | { mode: 'confirm' }),
) {
  const { m } = props.ctx;
  const d = m.devices;
  const request = props.mode === 'request';
  return (
    <Layout ctx={props.ctx} title={d.panicTitle}>
      <h1>{d.panicTitle}</h1>
      <p>
        {props.mode === 'request'
          ? format(d.panicQuestion, { count: props.count }, props.ctx.locale)
          : d.panicLinkQuestion}
      </p>
      <Form ctx={props.ctx} action={request ? '/account/devices/panic' : '/account/devices/panic/confirm'}>
        <Actions>
          <button type="submit" class="button">
            {request ? d.panicSend : d.panicConfirm}
          </button>
          <a href="/account/devices" class="button button--secondary">
            {d.cancel}
          </a>
        </Actions>
      </Form>
    </Layout>
  );
}
