// Rollup plugin: minifies the CSS inside Lit `css` tagged templates (comments, indentation,
// spaces around punctuation). Terser leaves template literal contents alone, and our styles
// are written to be read, so this is where most of a component's bytes were.
// Conservative on purpose: `${...}` expressions and quoted strings are kept verbatim, and
// spaces that could be descendant combinators are kept (only runs of whitespace collapse to one
// space). It runs after the TypeScript plugin, which reads sources from disk and would ignore an
// earlier transform. test/dist/minify.test.ts pins down what it may change.
export function minifyLitCss() {
  const TEMPLATE = /(?<=(?:[=(,[:]|return|default)\s*)css\s*`((?:[^`\\$]|\\.|\$(?!\{)|\$\{[^}]*\})*)`/g;
  /** Outside quoted strings. @param {string} text */
  const minifyCode = (text) =>
    text
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/;}/g, '}')
      .replace(/:\s+/g, (/** @type {string} */ m, /** @type {number} */ offset, /** @type {string} */ s) => (/[{;]\s*[\w-]*$/.test(s.slice(Math.max(0, offset - 40), offset)) ? ':' : m))
      // Media queries: `(forced-colors: active)` → `(forced-colors:active)`.
      .replace(/@media[^{]*/g, (/** @type {string} */ q) => q.replace(/:\s+/g, ':'))
      // 0.5em → .5em (only after a separator, so no identifier or selector is touched).
      .replace(/(?<=[\s:,(])0\.(?=\d)/g, '.')
      .replace(/\s+!important/g, '!important');
  /** @param {string} text */
  const minify = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      // Attribute selectors whose value is an identifier need no quotes: [variant='danger'].
      .replace(/\[([\w-]+[~|^$*]?=)(['"])([a-zA-Z_][\w-]*)\2\]/g, '[$1$3]')
      // Quoted strings (`content: '…'`, `[title="a b"]`) pass through as written.
      .split(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/)
      .map((part, i) => (i % 2 ? part : minifyCode(part)))
      .join('')
      .trim();
  return {
    name: 'arki-minify-lit-css',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || id.includes('node_modules') || !/css\s*`/.test(code)) return null;
      const out = code.replace(TEMPLATE, (/** @type {string} */ _all, /** @type {string} */ body) => {
        // Minify only the literal parts; expressions pass through untouched.
        const parts = body.split(/(\$\{[^}]*\})/);
        return 'css`' + parts.map((/** @type {string} */ p) => (p.startsWith('${') ? p : minify(p))).join('') + '`';
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}
