/**
 * Which page numbers a pagination shows: always the first, the last, and the current page
 * with one on each side; `null` marks an ellipsis. A gap of exactly one page shows that page
 * instead, since an ellipsis would hide nothing (1 2 3 4 5 … 10 rather than 1 … 3 4 5 … 10).
 * @since 0.1.0
 */
export function pageItems(current: number, total: number): Array<number | null> {
  if (!(total >= 1)) return [];
  const keep = [...new Set([1, current - 1, current, current + 1, total])].filter((p) => p >= 1 && p <= total).sort((a, b) => a - b);
  const out: Array<number | null> = [];
  let previous = 0;
  for (const p of keep) {
    if (p - previous === 2) out.push(previous + 1);
    else if (p - previous > 2) out.push(null);
    out.push(p);
    previous = p;
  }
  return out;
}
