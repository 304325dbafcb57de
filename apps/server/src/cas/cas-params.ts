/**
 * The parameters of a CAS request, as single strings. CAS 3.0 §2: parameters are
 * case-sensitive; a repeated one counts by its first value (as servlet-based CAS servers
 * read them), and a value that is not a string does not count at all.
 */
export function casParams(...sources: unknown[]): Record<string, string | undefined> {
  const params: Record<string, string | undefined> = {};
  for (const source of sources) {
    if (!source || typeof source !== 'object') continue;
    for (const [name, raw] of Object.entries(source as Record<string, unknown>)) {
      if (name in params) continue;
      const value = Array.isArray(raw) ? raw[0] : raw;
      if (typeof value === 'string') params[name] = value;
    }
  }
  return params;
}

/**
 * A CAS flag (`renew`, `gateway`, EU Login `userDetails`). CAS 3.0 §2.1.1: "if this parameter
 * is set"; clients send `true`, `1` or an empty value, and some send `false` to mean unset.
 */
export function casFlag(value: string | undefined): boolean {
  return value !== undefined && value.toLowerCase() !== 'false' && value !== '0';
}
