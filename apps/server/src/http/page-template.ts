import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/**
 * A page rendered once with markers in the places that change per request, then filled per
 * request (issue 12 point 5: preact rendering the push wait page was ~25 % of its request). The
 * markers are two private-use characters around the slot's name: preact writes them unchanged
 * in text and attributes, and no message of the catalogue holds them.
 */
const OPEN = '\u{E000}';
const CLOSE = '\u{E001}';
const SPLIT = new RegExp(`${OPEN}([a-zA-Z]+)${CLOSE}`, 'g');

/** Escapes what preact-render-to-string escapes (its encodeEntities): the same bytes out. */
const ESCAPES: Readonly<Record<string, string>> = { '"': '&quot;', '&': '&amp;', '<': '&lt;' };
const escapeHtml = (text: string) => text.replace(/["&<]/g, (c) => ESCAPES[c]!);

export type PageTemplate<S extends string> = (values: Readonly<Record<S, string>>) => string;

/**
 * The document `page` renders (with its doctype, as sendPage sends it), its slots to be filled
 * by each call: `page` gets each slot's marker to put where the value goes, as text or attribute.
 * A value is escaped as preact would have, so the result is the document `page` gives for those
 * values, byte for byte (sign-in-app-page.test.tsx). The document is split at the markers once:
 * a value is put in as it is, never searched for markers.
 */
export function pageTemplate<S extends string>(
  slots: readonly S[],
  page: (markers: Readonly<Record<S, string>>) => VNode,
): PageTemplate<S> {
  const markers = Object.fromEntries(slots.map((s) => [s, `${OPEN}${s}${CLOSE}`])) as Record<S, string>;
  // [text, slot, text, slot, …, text]
  const parts = `<!doctype html>${renderToString(page(markers))}`.split(SPLIT);
  return (values) => {
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) {
      out += escapeHtml(values[parts[i] as S]) + parts[i + 1]!;
    }
    return out;
  };
}

/**
 * Templates by key, at most `maxSize` (least recently used out), each built on first use: the
 * key must name everything the page's fixed parts depend on.
 */
export class PageTemplates<S extends string> {
  private readonly templates = new Map<string, PageTemplate<S>>();

  constructor(private readonly maxSize: number) {}

  get size(): number {
    return this.templates.size;
  }

  get(key: string, build: () => PageTemplate<S>): PageTemplate<S> {
    let template = this.templates.get(key);
    if (template !== undefined) {
      this.templates.delete(key);
    } else {
      template = build();
      if (this.templates.size >= this.maxSize) this.templates.delete(this.templates.keys().next().value!);
    }
    this.templates.set(key, template);
    return template;
  }
}
