/**
 * The ledger's one canonical JSON: object keys sorted by UTF-16 code units, undefined fields
 * dropped, no white space, strings and numbers as JSON.stringify writes them. Equal values have
 * one spelling, so their digests agree; the hashing rule in the README is written against it.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
