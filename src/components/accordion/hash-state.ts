/**
 * The accordion's part of the URL fragment. The fragment may hold other things (an anchor,
 * another accordion's state), so it is read as `&`-separated parts and only the part
 * `<accordion id>=<section>,<section>` is ours; everything else is kept as it was.
 */

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // a hand-typed "%" must not break the page
  }
}

function parts(hash: string): string[] {
  return hash.replace(/^#/, '').split('&').filter(Boolean);
}

/** The open sections stored for `key`, or null when the fragment holds nothing for it. */
export function readHashState(hash: string, key: string): string[] | null {
  const prefix = `${encodeURIComponent(key)}=`;
  const mine = parts(hash).find((p) => p.startsWith(prefix));
  if (mine === undefined) return null;
  return mine.slice(prefix.length).split(',').filter(Boolean).map(decode);
}

/** The fragment with our part replaced by `open` (other parts kept, in order). */
export function writeHashState(hash: string, key: string, open: string[]): string {
  const prefix = `${encodeURIComponent(key)}=`;
  const mine = `${prefix}${open.map((s) => encodeURIComponent(s)).join(',')}`;
  const list = parts(hash);
  const at = list.findIndex((p) => p.startsWith(prefix));
  if (at >= 0) list[at] = mine;
  else list.push(mine);
  return `#${list.join('&')}`;
}

/** Parts of the fragment that look like plain anchors (`#yhteystiedot`), decoded. */
export function anchorParts(hash: string): string[] {
  return parts(hash).filter((p) => !p.includes('=')).map(decode);
}
