import { format } from '../../i18n/format-message';
import { Actions, Form } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/** "Delete all my devices (PANIC)" (design §5): asked for on a page of its own. */
export function DeleteAllDevicesPage(props: { ctx: ViewContext; count: number }) {
  const { m } = props.ctx;
  const d = m.devices;
  return (
    <Layout ctx={props.ctx} title={d.panicTitle}>
      <h1>{d.panicTitle}</h1>
      <p>{format(d.panicQuestion, { count: props.count })}</p>
      <Form ctx={props.ctx} action="/account/devices/panic">
        <Actions>
          <button type="submit" class="button">
            {d.panicConfirm}
          </button>
          <a href="/account/devices" class="button button--secondary">
            {d.cancel}
          </a>
        </Actions>
      </Form>
    </Layout>
  );
}
