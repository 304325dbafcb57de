/**
 * A browser as an attacker scripts it: fetch with its own cookie jar, redirects not followed
 * (each hop is looked at), forms read from the page and sent back as the page would (its hidden
 * fields, the CSRF token among them, and the Origin a browser adds). It knows nothing of the
 * server's internals: only pages, links, forms and cookies.
 */

export interface Answer {
  status: number;
  /** The request's URL. */
  url: string;
  /** The Location header of a redirect, resolved against the request's URL. */
  location: string | undefined;
  /** The raw Location header, as a browser would receive it. */
  rawLocation: string | undefined;
  contentType: string;
  html: string;
}

export interface FormField {
  tag: 'input' | 'select' | 'textarea' | 'button';
  name: string;
  type: string;
  value: string;
  /** For a select: the values it offers. */
  options: string[];
  checked: boolean;
}

export interface Form {
  /** Absolute URL the form posts to. */
  action: string;
  method: string;
  fields: FormField[];
  /** The form's HTML, to look for a button's text. */
  html: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&', nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The visible text of some HTML, its whitespace collapsed — HTML's whitespace only: a
 * non-breaking space (U+00A0, French typography before : ; ! ? and inside « ») is text.
 */
export function textOf(html: string): string {
  return decodeEntities(
    html
      .replace(/<script[\s\S]*?<\/script>/gi, '')
      .replace(/<style[\s\S]*?<\/style>/gi, '')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim();
}

export function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([^\s=/<>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const name = match[1]!.toLowerCase();
    if (name.startsWith('<')) continue;
    found[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return found;
}

/** The page's <main> (where the page's own content is: not the header's language or sign-out links). */
export function mainOf(html: string): string {
  return /<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(html)?.[1] ?? html;
}

/** Every link of `html` (absolute URLs resolved against `base`), with its text. */
export function linksIn(html: string, base: string): { href: string; text: string }[] {
  return [...html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/gi)]
    .map((match) => ({ attrs: attributes(match[1]!), text: textOf(match[2]!) }))
    .filter(({ attrs }) => attrs.href !== undefined && attrs.href !== '' && !attrs.href.startsWith('#'))
    .map(({ attrs, text }) => ({ href: new URL(attrs.href!, base).toString(), text }));
}

/** Every form of `html`, with its fields as the browser would send them. */
export function formsIn(html: string, base: string): Form[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)].map((match) => {
    const attrs = attributes(match[1]!);
    const body = match[2]!;
    const fields: FormField[] = [];
    for (const field of body.matchAll(
      /<(input|button)\b([^>]*)>|<(select)\b([^>]*)>([\s\S]*?)<\/select>|<(textarea)\b([^>]*)>([\s\S]*?)<\/textarea>/gi,
    )) {
      if (field[1]) {
        const a = attributes(field[2]!);
        if (!a.name) continue;
        const tag = field[1].toLowerCase() as 'input' | 'button';
        fields.push({
          tag,
          name: a.name,
          type: (a.type ?? (tag === 'button' ? 'submit' : 'text')).toLowerCase(),
          value: a.value ?? (a.type === 'checkbox' || a.type === 'radio' ? 'on' : ''),
          options: [],
          checked: 'checked' in a,
        });
      } else if (field[3]) {
        const a = attributes(field[4]!);
        if (!a.name) continue;
        const options = [...field[5]!.matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/gi)].map((o) => {
          const oa = attributes(o[1]!);
          return { value: oa.value ?? textOf(o[2]!), selected: 'selected' in oa };
        });
        fields.push({
          tag: 'select',
          name: a.name,
          type: 'select',
          value: (options.find((o) => o.selected) ?? options[0])?.value ?? '',
          options: options.map((o) => o.value),
          checked: false,
        });
      } else if (field[6]) {
        const a = attributes(field[7]!);
        if (!a.name) continue;
        fields.push({
          tag: 'textarea',
          name: a.name,
          type: 'textarea',
          value: decodeEntities(field[8]!),
          options: [],
          checked: false,
        });
      }
    }
    return {
      action: new URL(attrs.action ?? base, base).toString(),
      method: (attrs.method ?? 'get').toLowerCase(),
      fields,
      html: match[0],
    };
  });
}

export class WebClient {
  private readonly jar = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly options: { acceptLanguage?: string; userAgent?: string } = {},
  ) {}

  cookies(): ReadonlyMap<string, string> {
    return this.jar;
  }

  /** A copy of this browser (same cookies from now on kept apart): a second tab of the same person. */
  clone(): WebClient {
    const copy = new WebClient(this.baseUrl, this.options);
    for (const [name, value] of this.jar) copy.jar.set(name, value);
    return copy;
  }

  /** `headers`: what a browser would add, or an attacker claims (e.g. `Sec-Fetch-Site`). */
  get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
    return this.request('GET', url, undefined, headers);
  }

  /** A form post, with the Origin header a browser sends (CSRF defences check it). */
  post(url: string, fields: Record<string, string>): Promise<Answer> {
    return this.request('POST', url, new URLSearchParams(fields).toString());
  }

  /** Submits `form` with its own values, `overrides` replacing or adding fields. */
  submit(form: Form, overrides: Record<string, string> = {}): Promise<Answer> {
    const fields: Record<string, string> = {};
    for (const field of form.fields) {
      if (field.tag === 'button' || field.type === 'submit') continue;
      if ((field.type === 'checkbox' || field.type === 'radio') && !field.checked) continue;
      fields[field.name] = field.value;
    }
    Object.assign(fields, overrides);
    if (form.method === 'post') return this.post(form.action, fields);
    const target = new URL(form.action);
    for (const [name, value] of Object.entries(fields)) target.searchParams.set(name, value);
    return this.get(target.toString());
  }

  /** GET `url`, then every redirect that stays on the portal, up to a page or an off-site redirect. */
  async follow(url: string, max = 15): Promise<Answer> {
    let answer = await this.get(url);
    for (let i = 0; i < max && answer.location && this.isPortal(answer.location); i++) {
      answer = await this.get(answer.location);
    }
    return answer;
  }

  /** Follows `answer` when it is a redirect within the portal. */
  async settle(answer: Answer): Promise<Answer> {
    if (answer.location && this.isPortal(answer.location)) return this.follow(answer.location);
    return answer;
  }

  isPortal(url: string): boolean {
    return new URL(url).origin === new URL(this.baseUrl).origin;
  }

  private async request(
    method: 'GET' | 'POST',
    url: string,
    body?: string,
    extra: Record<string, string> = {},
  ): Promise<Answer> {
    const target = new URL(url, this.baseUrl);
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent ?? 'Mozilla/5.0 (X11; Linux x86_64) attacker-suite',
      'accept-language': this.options.acceptLanguage ?? 'en',
      accept: 'text/html,application/xhtml+xml,*/*',
      ...extra,
    };
    if (this.jar.size > 0 && target.origin === new URL(this.baseUrl).origin) {
      headers.cookie = [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    if (body !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers.origin = new URL(this.baseUrl).origin;
    }
    const response = await fetch(target, { method, headers, body, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) this.store(line);
    const rawLocation = response.headers.get('location') ?? undefined;
    return {
      status: response.status,
      url: target.toString(),
      rawLocation,
      location: rawLocation === undefined ? undefined : new URL(rawLocation, target).toString(),
      contentType: response.headers.get('content-type') ?? '',
      html: await response.text(),
    };
  }

  private store(line: string): void {
    const [pair, ...attrs] = line.split(';');
    const at = pair!.indexOf('=');
    if (at < 0) return;
    const name = pair!.slice(0, at).trim();
    const value = pair!.slice(at + 1).trim();
    const lower = attrs.map((a) => a.trim().toLowerCase());
    const maxAge = lower.find((a) => a.startsWith('max-age='));
    const expires = attrs.map((a) => a.trim()).find((a) => a.toLowerCase().startsWith('expires='));
    const gone =
      value === '' ||
      (maxAge !== undefined && Number(maxAge.slice(8)) <= 0) ||
      (maxAge === undefined && expires !== undefined && Date.parse(expires.slice(8)) <= Date.now());
    if (gone) this.jar.delete(name);
    else this.jar.set(name, value);
  }
}
