import { DEVICE_NAME_MAX_LENGTH, PIN_LENGTH } from '@sesame/core';
import type { AppOffer } from '../../http/app-offer';
import { Actions, Field, Form } from '../components';
import { GetApp } from '../get-app';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';

/**
 * "Ajouter un appareil mobile": the instruction's annex, step 7, word for word. The device name
 * may be left empty (issue 11): the phone's model then names the device (docs/adr/0017).
 */
export function AddDevicePage(props: {
  ctx: ViewContext;
  name?: string | undefined;
  errors?: FormErrors;
  /** Step 1 of the annex, "install the app", before the form (issue 11, point 1). */
  app?: AppOffer | undefined;
}) {
  const { m } = props.ctx;
  const f = m.devices.form;
  return (
    <Layout ctx={props.ctx} title={f.title} errors={props.errors}>
      <h1>{f.title}</h1>
      {props.app && <GetApp ctx={props.ctx} offer={props.app} />}
      <p>{f.intro}</p>
      <Form ctx={props.ctx} action="/account/devices/new">
        <Field
          name="name"
          label={f.name}
          hint={m.proposedName.nameHint}
          value={props.name}
          required={false}
          autocomplete="off"
          maxLength={DEVICE_NAME_MAX_LENGTH}
          errors={props.errors}
          autofocus
        />
        {/* A PIN is a secret: masked, never offered to a password manager. */}
        <Field
          name="pin"
          type="password"
          label={f.pin}
          hint={f.pinHint}
          autocomplete="off"
          inputMode="numeric"
          maxLength={PIN_LENGTH}
          errors={props.errors}
        />
        <Field
          name="pinConfirm"
          type="password"
          label={f.pinConfirm}
          autocomplete="off"
          inputMode="numeric"
          maxLength={PIN_LENGTH}
          errors={props.errors}
        />
        <Actions>
          <button type="submit" class="button">
            {f.submit}
          </button>
          <a href="/account/devices" class="button button--secondary">
            {f.cancel}
          </a>
        </Actions>
      </Form>
    </Layout>
  );
}
