/**
 * SCIM filters (RFC 7644 §3.4.2.2): parsed into a tree and evaluated on a resource as JSON.
 * Operators: eq ne co sw ew gt ge lt le pr, `and` (binding tighter than `or`), `not (…)`,
 * parentheses, and value paths (`emails[type eq "work" and value co "@x"]`). Attribute names are
 * case-insensitive (RFC 7643 §2.1); strings compare case-insensitively except the caseExact
 * attributes (`id`, `externalId`, `meta.version`). A syntax error is a `ScimFilterError`
 * (400 invalidFilter).
 */

export type CompareOp = 'eq' | 'ne' | 'co' | 'sw' | 'ew' | 'gt' | 'ge' | 'lt' | 'le';
export type Literal = string | number | boolean | null;

export type Filter =
  | { readonly kind: 'compare'; readonly path: string; readonly op: CompareOp; readonly value: Literal }
  | { readonly kind: 'present'; readonly path: string }
  | { readonly kind: 'and' | 'or'; readonly left: Filter; readonly right: Filter }
  | { readonly kind: 'not'; readonly filter: Filter }
  | { readonly kind: 'valuePath'; readonly path: string; readonly filter: Filter };

export class ScimFilterError extends Error {
  override readonly name = 'ScimFilterError';
}

const OPS = new Set(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le']);
const CASE_EXACT = new Set(['id', 'externalid', 'meta.version']);
const MAX_DEPTH = 20;

type Token = { t: 'word'; v: string } | { t: 'string'; v: string } | { t: '(' | ')' | '[' | ']' };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === ' ' || c === '\t') {
      i++;
    } else if (c === '(' || c === ')' || c === '[' || c === ']') {
      tokens.push({ t: c });
      i++;
    } else if (c === '"') {
      // A JSON string (RFC 7644 §3.4.2.2: compValue is a JSON string literal).
      let j = i + 1;
      while (j < text.length && text.charAt(j) !== '"') j += text.charAt(j) === '\\' ? 2 : 1;
      if (j >= text.length) throw new ScimFilterError('unterminated string');
      try {
        tokens.push({ t: 'string', v: JSON.parse(text.slice(i, j + 1)) as string });
      } catch {
        throw new ScimFilterError('malformed string');
      }
      i = j + 1;
    } else {
      const match = /^[^\s()[\]"]+/.exec(text.slice(i));
      if (!match) throw new ScimFilterError(`unexpected character ${c}`);
      tokens.push({ t: 'word', v: match[0] });
      i += match[0].length;
    }
  }
  return tokens;
}

export function parseFilter(text: string): Filter {
  const tokens = tokenize(text);
  let at = 0;
  const peekWord = (): string | undefined => {
    const token = tokens[at];
    return token?.t === 'word' ? token.v.toLowerCase() : undefined;
  };
  const expect = (t: Token['t']): void => {
    if (tokens[at]?.t !== t) throw new ScimFilterError(`expected ${t}`);
    at++;
  };
  const or = (depth: number): Filter => {
    if (depth > MAX_DEPTH) throw new ScimFilterError('too deeply nested');
    let left = and(depth);
    while (peekWord() === 'or') {
      at++;
      left = { kind: 'or', left, right: and(depth) };
    }
    return left;
  };
  const and = (depth: number): Filter => {
    let left = unary(depth);
    while (peekWord() === 'and') {
      at++;
      left = { kind: 'and', left, right: unary(depth) };
    }
    return left;
  };
  const unary = (depth: number): Filter => {
    const token = tokens[at];
    if (token?.t === '(') {
      at++;
      const inner = or(depth + 1);
      expect(')');
      return inner;
    }
    if (peekWord() === 'not') {
      at++;
      expect('(');
      const inner = or(depth + 1);
      expect(')');
      return { kind: 'not', filter: inner };
    }
    if (token?.t !== 'word') throw new ScimFilterError('expected an attribute');
    const path = token.v;
    if (!/^[A-Za-z$][\w$.:-]*$/.test(path)) throw new ScimFilterError(`malformed attribute ${path}`);
    at++;
    if (tokens[at]?.t === '[') {
      at++;
      const inner = or(depth + 1);
      expect(']');
      return { kind: 'valuePath', path, filter: inner };
    }
    const op = peekWord();
    if (op === 'pr') {
      at++;
      return { kind: 'present', path };
    }
    if (op === undefined || !OPS.has(op)) throw new ScimFilterError('expected an operator');
    at++;
    const valueToken = tokens[at];
    at++;
    let value: Literal;
    if (valueToken?.t === 'string') value = valueToken.v;
    else if (valueToken?.t === 'word' && valueToken.v === 'true') value = true;
    else if (valueToken?.t === 'word' && valueToken.v === 'false') value = false;
    else if (valueToken?.t === 'word' && valueToken.v === 'null') value = null;
    else if (valueToken?.t === 'word' && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(valueToken.v))
      value = Number(valueToken.v);
    else throw new ScimFilterError('expected a value');
    return { kind: 'compare', path, op: op as CompareOp, value };
  };
  const filter = or(0);
  if (at !== tokens.length) throw new ScimFilterError('unexpected text after the filter');
  return filter;
}

/** The values at `path` (dotted, case-insensitive names; multi-valued attributes flattened). */
function valuesAt(resource: unknown, path: string): unknown[] {
  // A URN-prefixed path (urn:…:User:userName) names the attribute after the schema.
  const urn = /^urn:.+:([^:]+)$/i.exec(path);
  const names = (urn?.[1] ?? path).split('.');
  let current: unknown[] = [resource];
  for (const name of names) {
    const next: unknown[] = [];
    for (const value of current) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (typeof item !== 'object' || item === null) continue;
        const key = Object.keys(item).find((k) => k.toLowerCase() === name.toLowerCase());
        if (key !== undefined) next.push((item as Record<string, unknown>)[key]);
      }
    }
    current = next.flatMap((v) => (Array.isArray(v) ? v : [v]));
  }
  return current.filter((v) => v !== undefined);
}

function compare(actual: unknown, op: CompareOp, expected: Literal, caseExact: boolean): boolean {
  if (expected === null) return op === 'eq' ? actual === null : op === 'ne' ? actual !== null : false;
  if (typeof expected === 'string' && typeof actual === 'string') {
    const a = caseExact ? actual : actual.toLowerCase();
    const e = caseExact ? expected : expected.toLowerCase();
    switch (op) {
      case 'eq':
        return a === e;
      case 'ne':
        return a !== e;
      case 'co':
        return a.includes(e);
      case 'sw':
        return a.startsWith(e);
      case 'ew':
        return a.endsWith(e);
      case 'gt':
        return a > e;
      case 'ge':
        return a >= e;
      case 'lt':
        return a < e;
      case 'le':
        return a <= e;
    }
  }
  if (typeof expected === 'boolean')
    return op === 'eq' ? actual === expected : op === 'ne' ? actual !== expected : false;
  if (typeof expected === 'number' && typeof actual === 'number') {
    const ops: Record<CompareOp, boolean> = {
      eq: actual === expected,
      ne: actual !== expected,
      gt: actual > expected,
      ge: actual >= expected,
      lt: actual < expected,
      le: actual <= expected,
      co: false,
      sw: false,
      ew: false,
    };
    return ops[op];
  }
  return op === 'ne';
}

export function matches(filter: Filter, resource: unknown): boolean {
  switch (filter.kind) {
    case 'and':
      return matches(filter.left, resource) && matches(filter.right, resource);
    case 'or':
      return matches(filter.left, resource) || matches(filter.right, resource);
    case 'not':
      return !matches(filter.filter, resource);
    case 'present':
      return valuesAt(resource, filter.path).some(
        (v) => v !== null && v !== '' && !(typeof v === 'object' && Object.keys(v).length === 0),
      );
    case 'valuePath':
      return valuesAt(resource, filter.path).some((item) => matches(filter.filter, item));
    case 'compare': {
      const values = valuesAt(resource, filter.path);
      const caseExact = CASE_EXACT.has(filter.path.toLowerCase());
      if (filter.op === 'ne') return values.every((v) => compare(v, 'ne', filter.value, caseExact));
      return values.some((v) => compare(v, filter.op, filter.value, caseExact));
    }
  }
}

/**
 * A prefix the directory's index can narrow the candidates with (docs/adr/0033 §7): the value of
 * an `eq` or `sw` on userName, emails.value or a name, at the top or under an `and`. Every
 * candidate is then filtered exactly; none means the whole scope is read.
 */
export function indexHint(filter: Filter): string | undefined {
  if (filter.kind === 'and') return indexHint(filter.left) ?? indexHint(filter.right);
  if (filter.kind !== 'compare' || (filter.op !== 'eq' && filter.op !== 'sw')) return undefined;
  if (typeof filter.value !== 'string' || filter.value === '') return undefined;
  const path = filter.path.toLowerCase();
  return ['username', 'emails.value', 'emails', 'name.familyname', 'name.givenname'].includes(path)
    ? filter.value
    : undefined;
}

/** True when every attribute the filter reads is in `attributes` (lower-case paths). */
export function filterReadsOnly(filter: Filter, attributes: ReadonlySet<string>): boolean {
  switch (filter.kind) {
    case 'and':
    case 'or':
      return filterReadsOnly(filter.left, attributes) && filterReadsOnly(filter.right, attributes);
    case 'not':
      return filterReadsOnly(filter.filter, attributes);
    case 'valuePath':
      return attributes.has(filter.path.toLowerCase()) && filterReadsOnly(filter.filter, attributes);
    case 'present':
    case 'compare':
      return attributes.has(filter.path.replace(/^urn:.+:/i, '').toLowerCase());
  }
}
