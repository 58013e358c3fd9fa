// @ts-check
/**
 * Minimal DTCG (Design Tokens Community Group format) reading: flatten a token tree into
 * path -> token with inherited `$type`, and resolve whole-value references (`{a.b.c}`).
 * Only what the theme derivation and the CLI need; the full pipeline uses Style Dictionary.
 */

/**
 * A DTCG group or token as parsed from JSON.
 * @typedef {{ [key: string]: unknown }} DtcgNode
 */
/**
 * @typedef {object} FlatToken
 * @property {string} path dot path, e.g. "color.neutral.900"
 * @property {string | undefined} type inherited `$type`
 * @property {unknown} value `$value` as authored (may be a reference string)
 * @property {Record<string, unknown> | undefined} extensions
 * @property {string | undefined} description
 */

/** @param {unknown} v @returns {v is DtcgNode} */
export const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * @param {DtcgNode} tree
 * @returns {Map<string, FlatToken>}
 */
export function flattenDtcg(tree) {
  /** @type {Map<string, FlatToken>} */
  const out = new Map();
  /** @param {DtcgNode} node @param {string[]} path @param {string | undefined} type */
  const walk = (node, path, type) => {
    const ownType = typeof node.$type === 'string' ? node.$type : type;
    if ('$value' in node) {
      out.set(path.join('.'), {
        path: path.join('.'),
        type: ownType,
        value: node.$value,
        extensions: isObject(node.$extensions) ? node.$extensions : undefined,
        description: typeof node.$description === 'string' ? node.$description : undefined,
      });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith('$') || !isObject(child)) continue;
      walk(child, [...path, key], ownType);
    }
  };
  walk(tree, [], undefined);
  return out;
}

const REF = /^\{([^{}]+)\}$/;

/**
 * The referenced path when `value` is a whole-value reference, else undefined.
 * @param {unknown} value
 */
export function referencePath(value) {
  if (typeof value !== 'string') return undefined;
  const m = REF.exec(value);
  return m ? m[1] : undefined;
}

/**
 * Follow references until a literal value.
 * @param {Map<string, FlatToken>} tokens
 * @param {string} path
 * @returns {FlatToken}
 */
export function resolveToken(tokens, path) {
  const seen = new Set();
  let current = tokens.get(path);
  while (current) {
    const ref = referencePath(current.value);
    if (!ref) return current;
    if (seen.has(ref)) throw new Error(`Circular token reference at {${path}}`);
    seen.add(ref);
    current = tokens.get(ref);
  }
  throw new Error(`Unknown token {${path}}`);
}

/**
 * Deep-merge DTCG trees (later wins), used to combine tokens/core/*.json files.
 * @param {DtcgNode[]} trees
 * @returns {DtcgNode}
 */
export function mergeDtcg(trees) {
  /** @type {DtcgNode} */
  const out = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const prev = out[key];
      out[key] = isObject(prev) && isObject(value) && !('$value' in value) ? mergeDtcg([prev, value]) : value;
    }
  }
  return out;
}
