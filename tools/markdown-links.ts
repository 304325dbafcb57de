/**
 * What a Markdown page points to, read the way GitHub renders it, for the docs link check
 * (issue 11, point 7): inline links and images, reference definitions, HTML `src`/`href`, and the
 * anchors its headings get. Fenced code blocks and code spans are not links.
 */

export interface MarkdownLink {
  /** 1-based line of the link in the page. */
  line: number;
  target: string;
  image: boolean;
}

/** The page with fenced code blocks blanked (lines kept, so line numbers still hold). */
function withoutFences(markdown: string): string[] {
  let fence: string | undefined;
  return markdown.split(/\r?\n/).map((line) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return '';
    }
    if (marker) {
      fence = marker;
      return '';
    }
    return line;
  });
}

function withoutCodeSpans(line: string): string {
  return line.replace(/(`+)[\s\S]*?\1/g, (span) => ' '.repeat(span.length));
}

/** `[text](target "title")`, `![alt](<target>)`, `[id]: target`, `<img src="…">`, `<a href="…">`. */
export function linksIn(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  withoutFences(markdown).forEach((raw, index) => {
    const line = withoutCodeSpans(raw);
    const at = index + 1;
    for (const match of line.matchAll(
      /(!?)\[(?:[^\]\\]|\\.|\[[^\]]*\])*\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+"[^"]*")?\s*\)/g,
    )) {
      links.push({ line: at, target: (match[2] ?? '').replace(/^<|>$/g, ''), image: match[1] === '!' });
    }
    const definition = /^\s{0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/.exec(line);
    if (definition) links.push({ line: at, target: (definition[1] ?? '').replace(/^<|>$/g, ''), image: false });
    for (const match of line.matchAll(/<(img|a|source)\b[^>]*?\s(src|href|srcset)\s*=\s*"([^"]+)"/gi)) {
      links.push({ line: at, target: match[3] ?? '', image: (match[1] ?? '').toLowerCase() !== 'a' });
    }
  });
  return links;
}

/** The text a heading shows once rendered: links and images reduced to their text, emphasis and code marks gone. */
function headingText(source: string): string {
  return source
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`~]/g, (mark) => (mark === '_' ? '_' : ''))
    .replace(/(^|\s)_+|_+(\s|$)/g, '$1$2')
    .trim();
}

/**
 * GitHub's heading anchor (as github-slugger computes it): lower case; every character that is not
 * a letter (accented ones kept), a mark, a number, a connector, a space or a hyphen removed;
 * each space becomes a hyphen. A repeated slug gets `-1`, `-2`… in page order.
 */
export function githubSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor the page offers: its headings' slugs (ATX and setext) and explicit HTML ids/names. */
export function anchorsIn(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const add = (text: string) => {
    const base = githubSlug(headingText(text));
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  };
  const lines = withoutFences(markdown);
  lines.forEach((line, index) => {
    const atx = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (atx) add(atx[1] ?? '');
    const next = lines[index + 1];
    if (
      !atx &&
      line.trim() &&
      next !== undefined &&
      /^\s{0,3}(=+|-+)\s*$/.test(next) &&
      !/^\s*([-*+]|\d+\.)\s/.test(line)
    ) {
      add(line.trim());
    }
    for (const match of line.matchAll(/<[a-z]+\b[^>]*?\s(?:id|name)\s*=\s*"([^"]+)"/gi)) anchors.add(match[1] ?? '');
  });
  return anchors;
}
