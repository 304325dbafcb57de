import { useEffect, useRef } from 'preact/hooks';

/** The id of the screen's title, which names its section. */
export const SCREEN_TITLE_ID = 'screen-title';

/**
 * The screen's title. It takes the focus when it appears or changes (WCAG 2.4.3 focus order):
 * a screen change in a single-page app is otherwise silent for a screen reader.
 */
export function Heading(props: { text: string; /** A change of step under the same title. */ step?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [props.text, props.step]);
  return (
    <h1 id={SCREEN_TITLE_ID} ref={ref} tabIndex={-1}>
      {props.text}
    </h1>
  );
}
