/**
 * Text matching of `arki-faq`: case-insensitive in the page's language, so "ÄITIYS" finds
 * "äitiysavustus" and "Åbo" finds "åbo"; Unicode-normalised, so a decomposed "a" + combining
 * diaeresis (pasted from some PDFs) still matches "ä". Letters are not folded further: in Finnish
 * and Swedish "a" and "ä" are different letters ("saatu" is not "säätö"). Every word of the query
 * must appear, in any order.
 * @since 0.1.0
 */
export function normalize(text: string, locale: string): string {
  let lower: string;
  try {
    lower = text.normalize('NFC').toLocaleLowerCase(locale || undefined);
  } catch {
    lower = text.normalize('NFC').toLowerCase();
  }
  return lower.replace(/\s+/g, ' ').trim();
}

/** The words of a query, normalised. */
export function terms(query: string, locale: string): string[] {
  return normalize(query, locale).split(' ').filter(Boolean);
}

/** Whether every word of the query occurs in `text` (an empty query matches everything). */
export function matches(text: string, words: readonly string[], locale: string): boolean {
  if (!words.length) return true;
  const haystack = normalize(text, locale);
  return words.every((w) => haystack.includes(w));
}
