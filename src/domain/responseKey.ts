/**
 * A stable key for one form response, the same whether computed from a form-submit event
 * (e.values / e.namedValues) or from the response sheet's row: the submission time to the second
 * and a hash of the answers that identify it. A duplicate delivery of the same event gives the
 * same key; the register keeps it so a response is never registered twice.
 */
export function responseKey(timestampText: string, identifying: string[]): string {
  return `F${canonicalTimestamp(timestampText)}-${fnv1a32(identifying.join('\u0000'))}`;
}

/**
 * 'yyyy/MM/dd H:mm:ss' (ja) or 'M/d/yyyy H:mm:ss' (en_US) → 'yyyyMMddHHmmss'. The linked sheet
 * writes the timestamp in the spreadsheet's locale, so both orders are accepted.
 */
export function canonicalTimestamp(text: string): string {
  const parts: string[] = [...(text.match(/\d+/g) ?? [])];
  if (parts.length < 3) return text.replace(/\s+/g, '');
  const time = parts.slice(3);
  const [first, second, third] = parts as [string, string, string];
  const usOrder = third.length === 4 && first.length <= 2; // M/d/yyyy
  const [a, b, c] = usOrder ? [third, first, second] : [first, second, third];
  const p2 = (s: string | undefined) => (s ?? '0').padStart(2, '0');
  return `${a}${p2(b)}${p2(c)}${p2(time[0])}${p2(time[1])}${p2(time[2])}`;
}

/** FNV-1a, 32 bits, hex. Pure JS: no service call is spent on it. */
export function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
