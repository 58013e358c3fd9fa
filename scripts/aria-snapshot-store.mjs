// Accessibility-tree snapshots, committed under test/aria-snapshots/: one file per story title
// (`components-button.aria.yml`), one block per story:
//
//   # Components/Button › Primary
//   components-button--primary: |
//     - button "Lähetä hakemus"
//
// Used by the story sweep (scripts/a11y-wtr-plugin.mjs, in Chromium): each story's Playwright
// ARIA snapshot is compared with its block; ARKI_ARIA_UPDATE=1 (`npm run aria:update`) rewrites them.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

export const ARIA_DIR = 'test/aria-snapshots';

const fileOf = (id) => `${id.split('--')[0]}.aria.yml`;
const block = (id, label, snap) => `# ${label}\n${id}: |\n${snap.split('\n').map((l) => `  ${l}`).join('\n')}`;
/** A file's entries: story id → its block. */
const blocksOf = (text) => new Map(text.split(/\n(?=# )/).filter((b) => b.trim()).map((b) => [b.match(/^([\w-]+): \|/m)?.[1], b.trimEnd()]));

/** Generated ids (arki-field-3) count up across renders: not something a screen reader says. */
export const normaliseSnapshot = (snap) => (snap.trimEnd().replace(/#(arki-[a-z-]+?-)\d+\b/g, '#$1N')) || '(empty)';

/** A small line diff (common prefix and suffix trimmed): what a screen reader lost or gained. */
export function lineDiff(a, b) {
  const x = a.split('\n');
  const y = b.split('\n');
  let s = 0;
  while (s < x.length && s < y.length && x[s] === y[s]) s++;
  let e = 0;
  while (e < x.length - s && e < y.length - s && x[x.length - 1 - e] === y[y.length - 1 - e]) e++;
  return [...x.slice(s, x.length - e).map((l) => `  - ${l}`), ...y.slice(s, y.length - e).map((l) => `  + ${l}`)].slice(0, 40).join('\n');
}

/**
 * The committed snapshots, checked story by story. `update` rewrites every block seen; otherwise a
 * missing block is an error when `strict` (CI) and written when not, and a changed block is an error.
 */
export function ariaStore({ dir = ARIA_DIR, update = false, strict = false } = {}) {
  const files = new Map(); // file → Map(id → block), as committed
  const seen = new Map(); // file → Map(id → block), as rendered now
  const load = (file) => {
    if (!files.has(file)) {
      const p = path.join(dir, file);
      files.set(file, existsSync(p) ? blocksOf(readFileSync(p, 'utf8')) : new Map());
    }
    return files.get(file);
  };
  return {
    /**
     * `record: false` compares only (the proof test): nothing is written or counted as seen.
     * @returns {{ ok: boolean, status: 'same' | 'new' | 'missing' | 'changed' | 'updated', diff?: string }} */
    check(id, label, snapshot, { record = true } = {}) {
      const file = fileOf(id);
      const want = block(id, label, normaliseSnapshot(snapshot));
      if (record) {
        if (!seen.has(file)) seen.set(file, new Map());
        seen.get(file).set(id, want);
      }
      const have = load(file).get(id);
      if (have === want) return { ok: true, status: 'same' };
      if (update && record) return { ok: true, status: 'updated' };
      if (have === undefined) return strict ? { ok: false, status: 'missing' } : { ok: true, status: 'new' };
      return { ok: false, status: 'changed', diff: lineDiff(have, want) };
    },
    /**
     * Writes what changed (new blocks always; changed ones with `update`). With `complete` (every
     * story was rendered), also finds blocks and files of stories that no longer exist: removed
     * with `update`, else returned as stale.
     */
    flush({ complete }) {
      mkdirSync(dir, { recursive: true });
      const stale = [];
      for (const [file, now] of seen) {
        const have = load(file);
        const merged = new Map(have);
        for (const [id, b] of now) if (update || !have.has(id)) merged.set(id, b);
        if (complete) for (const id of have.keys()) if (!now.has(id)) { if (update) merged.delete(id); else stale.push(`${file}: ${id}`); }
        const text = `${[...merged.values()].join('\n\n')}\n`;
        const p = path.join(dir, file);
        if (!existsSync(p) || readFileSync(p, 'utf8') !== text) writeFileSync(p, text);
      }
      if (complete) {
        for (const f of readdirSync(dir).filter((n) => n.endsWith('.aria.yml') && !seen.has(n))) {
          if (update) rmSync(path.join(dir, f));
          else stale.push(`${f} (no such stories)`);
        }
      }
      seen.clear();
      files.clear();
      return { stale };
    },
  };
}
