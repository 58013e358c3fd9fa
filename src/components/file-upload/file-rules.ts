/**
 * Pure rules of `arki-file-upload`: parsing `max-size` and `accept`, checking a file's type,
 * and formatting sizes. Nothing here reads a file's contents: only its name, type and size,
 * so a 50 MB file costs nothing to check.
 */

const UNITS: Record<string, number> = {
  '': 1, b: 1, t: 1,
  k: 1e3, kb: 1e3, kt: 1e3, kib: 1024, ki: 1024,
  m: 1e6, mb: 1e6, mt: 1e6, mib: 1024 ** 2, mi: 1024 ** 2,
  g: 1e9, gb: 1e9, gt: 1e9, gib: 1024 ** 3, gi: 1024 ** 3,
};

/**
 * `max-size` in bytes: a number of bytes (`10485760`) or a size with a unit (`10MB`, `10 MB`,
 * `1,5 Mt`, `500kB`). Units are decimal as on phones and macOS (1 MB = 1 000 000 bytes);
 * `KiB`/`MiB`/`GiB` are binary. Returns `undefined` for an empty value and `NaN` for a bad one.
 */
export function parseSize(value: string | number | null | undefined): number | undefined {
  if (value == null || value === '') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.floor(value) : NaN;
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const factor = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || factor === undefined) return NaN;
  return Math.floor(parseFloat(m[1]!.replace(',', '.')) * factor);
}

export interface AcceptRule {
  /** `ext`: `.pdf`; `mime`: `application/pdf`; `wildcard`: `image/*` (stored as `image/`). */
  kind: 'ext' | 'mime' | 'wildcard';
  value: string;
}

/**
 * Parses `accept` as the native attribute (comma-separated extensions and MIME types).
 * A token that is neither (`pdf`) is read as an extension and reported in `bad`.
 */
export function parseAccept(accept: string): { rules: AcceptRule[]; bad: string[] } {
  const rules: AcceptRule[] = [];
  const bad: string[] = [];
  for (const raw of accept.split(',')) {
    const token = raw.trim().toLowerCase();
    if (!token) continue;
    if (token.startsWith('.')) rules.push({ kind: 'ext', value: token });
    else if (/^[a-z0-9.+-]+\/\*$/.test(token)) rules.push({ kind: 'wildcard', value: token.slice(0, -1) });
    else if (/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(token)) rules.push({ kind: 'mime', value: token });
    else {
      bad.push(raw.trim());
      if (/^[a-z0-9]+$/.test(token)) rules.push({ kind: 'ext', value: `.${token}` });
    }
  }
  return { rules, bad };
}

/** The value for the native input's `accept`, so the picker offers the same files. */
export function acceptAttribute(rules: AcceptRule[]): string {
  return rules.map((r) => (r.kind === 'wildcard' ? `${r.value}*` : r.value)).join(',');
}

// Some systems give files no type (Linux desktops, some Android pickers): infer common ones.
const TYPE_BY_EXT: Record<string, string> = {
  pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif',
  webp: 'image/webp', heic: 'image/heic', heif: 'image/heif', tif: 'image/tiff', tiff: 'image/tiff',
  txt: 'text/plain', csv: 'text/csv', rtf: 'application/rtf', odt: 'application/vnd.oasis.opendocument.text',
  doc: 'application/msword', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  mp4: 'video/mp4', mp3: 'audio/mpeg',
};

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Does the file match one of the rules (no rules: any file)? */
export function matchesAccept(file: { name: string; type: string }, rules: AcceptRule[]): boolean {
  if (!rules.length) return true;
  const name = file.name.toLowerCase();
  const type = (file.type || TYPE_BY_EXT[extension(name)] || '').toLowerCase();
  const alias = type === 'image/jpg' ? 'image/jpeg' : type;
  return rules.some((r) => {
    if (r.kind === 'ext') return name.endsWith(r.value);
    if (r.kind === 'wildcard') return alias.startsWith(r.value);
    return alias === r.value || (r.value === 'image/jpg' && alias === 'image/jpeg');
  });
}

export interface TypeNames {
  image: string;
  video: string;
  audio: string;
  text: string;
}

/** "PDF, JPG tai PNG": the accepted types as a reader would name them, in the locale's list style. */
export function describeAccept(rules: AcceptRule[], names: TypeNames, locale: string): string {
  const labels: string[] = [];
  for (const r of rules) {
    let label: string;
    if (r.kind === 'wildcard') label = names[r.value.slice(0, -1) as keyof TypeNames] ?? r.value + '*';
    else if (r.kind === 'ext') label = r.value.slice(1).toUpperCase();
    else {
      const sub = r.value.split('/')[1]!.replace(/^(x-|vnd\.)/, '');
      label = sub === 'jpeg' ? 'JPG' : sub.length <= 5 ? sub.toUpperCase() : sub;
    }
    if (label === 'JPEG') label = 'JPG';
    if (!labels.includes(label)) labels.push(label);
  }
  try {
    return new Intl.ListFormat(locale, { type: 'disjunction' }).format(labels);
  } catch {
    return labels.join(', ');
  }
}

/** "1,2 Mt" / "1.2 MB": decimal units, one decimal, a no-break space before the unit. */
export function formatSize(bytes: number, units: readonly string[], locale: string): string {
  let i = 0;
  let value = bytes;
  // Move up a unit while the rounded figure would read 1000 or more.
  while (i < 3 && Math.round(value * 10) / 10 >= 1000) {
    value /= 1000;
    i++;
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: i === 0 ? 0 : 1 }).format(value);
  return `${number}\u00a0${units[i]}`;
}
