import type { AuthenticationRequirement } from '@sesame/core';
import { format } from '../../i18n/format-message';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/** The application asks for more than the user can give now: say what, and what to set up. */
export function StepUpPage(props: {
  ctx: ViewContext;
  appName: string;
  requirement: AuthenticationRequirement;
  backHref?: string | undefined;
}) {
  const { m } = props.ctx;
  const level = m.levels[props.requirement.minimumLevel];
  return (
    <Layout ctx={props.ctx} title={m.stepUp.title}>
      <h1>{m.stepUp.title}</h1>
      <div class="notice notice--error" role="alert">
        {format(m.stepUp.body, { app: props.appName, level })}
      </div>
      <p>{m.stepUp.noMethod}</p>
      {props.backHref && (
        <p>
          <a href={props.backHref}>{format(m.stepUp.back, { app: props.appName })}</a>
        </p>
      )}
      <p>
        <a href="/account">{m.stepUp.setUp}</a>
      </p>
    </Layout>
  );
}
