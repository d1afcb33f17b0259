/** What is wrong with a typed web address, or null when it can be captured. Adds https:// when left out. */
export function checkWebAddress(raw: string): { url: string; error: null } | { url: null; error: string } {
  const typed = raw.trim();
  if (typed.length === 0) return { url: null, error: 'Type or paste the address of the page.' };
  const withScheme =
    /^[a-z][a-z0-9+.-]*:/i.test(typed) && !/^[^:/]+:\d/.test(typed) ? typed : `https://${typed}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    return { url: null, error: 'That does not look like a web address.' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { url: null, error: 'Only web addresses starting with http:// or https:// can be captured.' };
  }
  if (!parsed.hostname.includes('.') && parsed.hostname !== 'localhost') {
    return { url: null, error: 'That does not look like a web address.' };
  }
  return { url: parsed.href, error: null };
}
