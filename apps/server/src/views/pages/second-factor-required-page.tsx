import type { LostFactorWays } from '@sesame/core';
import { format } from '../../i18n/format-message';
import { Actions } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/**
 * Adding or deleting an authenticator when the account already has one needs that second factor
 * (NIST SP 800-63B rev 4 §4.1.2.1 / §6.1.2.1: binding or removing an authenticator requires
 * authentication at the AAL the account has): a password alone is not enough.
 */
export function SecondFactorRequiredPage(props: {
  ctx: ViewContext;
  returnTo: string;
  body?: string;
  /** The account has no second factor at all: nothing to confirm with, so the way to add one. */
  noneYet?: boolean;
  /**
   * The account had second factors and has none left (a helpdesk reset, PANIC): nothing to confirm
   * with, so the recovery — the reset mail's checked link, or "I no longer have my phone" and its
   * waiting period of `hours` (docs/adr/0040). Not a dead end.
   */
  lostAll?: { hours: number } | undefined;
  /**
   * The ways back the account's factors allow (docs/adr/0050 §4): a phone named only to an
   * account that has one; else its recovery codes, else the helpdesk. Absent: the phone's ways.
   */
  ways?: LostFactorWays | undefined;
}) {
  const { m } = props.ctx;
  const s = m.secondFactor;
  if (props.lostAll) {
    return (
      <Layout ctx={props.ctx} title={s.lostAllTitle}>
        <h1>{s.lostAllTitle}</h1>
        <p>{format(s.lostAllBody, { hours: props.lostAll.hours }, props.ctx.locale)}</p>
        <Actions>
          <a class="button" href="/account/recovery">
            {m.recovery.link}
          </a>
          <a class="button button--secondary" href="/account">
            {s.backToAccount}
          </a>
        </Actions>
      </Layout>
    );
  }
  if (props.noneYet) {
    return (
      <Layout ctx={props.ctx} title={s.noneTitle}>
        <h1>{s.noneTitle}</h1>
        <p>{s.noneBody}</p>
        <Actions>
          <a class="button" href="/account">
            {s.goToAccount}
          </a>
        </Actions>
      </Layout>
    );
  }
  return (
    <Layout ctx={props.ctx} title={s.title}>
      <h1>{s.title}</h1>
      <p>{props.body ?? s.body}</p>
      <Actions>
        <a class="button" href={`/login?reauth=1&return_to=${encodeURIComponent(props.returnTo)}`}>
          {s.confirm}
        </a>
      </Actions>
      <LostWays ctx={props.ctx} ways={props.ways ?? { mobileDevice: true, phoneNumber: true, recoveryCodes: false }} />
    </Layout>
  );
}

/** What a person who lost their factor can do, as their factors allow (docs/adr/0050 §4). */
function LostWays(props: { ctx: ViewContext; ways: LostFactorWays }) {
  const { m } = props.ctx;
  const { mobileDevice, phoneNumber, recoveryCodes } = props.ways;
  if (mobileDevice || phoneNumber) {
    return (
      <>
        <p class="aside">
          <a href="/account/recovery">{m.recovery.link}</a>
        </p>
        {mobileDevice && (
          <p class="aside">
            <a href="/account/devices/panic">{m.secondFactor.lost}</a>
          </p>
        )}
      </>
    );
  }
  if (recoveryCodes) return <p class="aside">{m.secondFactor.lostWithCodes}</p>;
  return (
    <p class="aside">
      {m.secondFactor.lostHelpdesk} <a href="/contact">{m.organisation.contact}</a>
    </p>
  );
}
