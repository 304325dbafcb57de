/**
 * The screen's live regions, always in the page so that a change is announced (WCAG 4.1.3
 * status messages): `status` politely, `error` assertively.
 */
export function LiveMessages(props: { status?: string | undefined; error?: string | undefined }) {
  return (
    <>
      <p role="status" class="status">
        {props.status ?? ''}
      </p>
      <p role="alert" class={props.error ? 'error' : 'error error--empty'}>
        {props.error ?? ''}
      </p>
    </>
  );
}
