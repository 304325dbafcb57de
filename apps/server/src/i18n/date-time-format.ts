/**
 * `Intl.DateTimeFormat`s built once per language tag and options (issue 12 point 5): building one
 * costs ~90 µs of CPU (ICU loads the locale's patterns), formatting with it ~1 µs, and the push
 * sign-in's wait page built one on every view. A formatter holds no state between calls.
 *
 * The tags and options come from the code and the catalogues (a handful of pairs); the cap only
 * keeps a mistake from growing the map without end.
 */
const MAX_FORMATS = 64;
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}\u0000${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (format === undefined) {
    if (formats.size >= MAX_FORMATS) formats.clear();
    format = new Intl.DateTimeFormat(tag, options);
    formats.set(key, format);
  }
  return format;
}
