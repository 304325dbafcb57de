import type { DeviceSummary } from '@sesame/core';
import { format } from '../../i18n/format-message';
import { Actions, Form } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/** Deleting a device is asked for on a page of its own: a GET changes nothing. */
export function DeleteDevicePage(props: { ctx: ViewContext; device: Pick<DeviceSummary, 'id' | 'name'> }) {
  const { m } = props.ctx;
  const d = m.devices;
  return (
    <Layout ctx={props.ctx} title={d.deleteTitle}>
      <h1>{d.deleteTitle}</h1>
      <p>{format(d.deleteQuestion, { name: props.device.name })}</p>
      <Form ctx={props.ctx} action={`/account/devices/${props.device.id}/delete`}>
        <Actions>
          <button type="submit" class="button">
            {d.deleteConfirm}
          </button>
          <a href="/account/devices" class="button button--secondary">
            {d.cancel}
          </a>
        </Actions>
      </Form>
    </Layout>
  );
}
