import { DEVICE_NAME_MAX_LENGTH, type DeviceSummary } from '@sesame/core';
import { Actions, Field, Form } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';

export function RenameDevicePage(props: {
  ctx: ViewContext;
  device: Pick<DeviceSummary, 'id'>;
  name: string | undefined;
  errors?: FormErrors;
}) {
  const { m } = props.ctx;
  const d = m.devices;
  return (
    <Layout ctx={props.ctx} title={d.renameTitle} errors={props.errors}>
      <h1>{d.renameTitle}</h1>
      <Form ctx={props.ctx} action={`/account/devices/${props.device.id}/rename`}>
        <Field
          name="name"
          label={d.form.name}
          hint={d.form.nameHint}
          value={props.name}
          autocomplete="off"
          maxLength={DEVICE_NAME_MAX_LENGTH}
          errors={props.errors}
          autofocus
        />
        <Actions>
          <button type="submit" class="button">
            {d.renameSubmit}
          </button>
          <a href="/account/devices" class="button button--secondary">
            {d.cancel}
          </a>
        </Actions>
      </Form>
    </Layout>
  );
}
