// Rollup plugin: minifies the CSS inside Lit `css` tagged templates (comments, indentation,
// spaces around punctuation). Terser leaves template literal contents alone, and our styles
// are written to be read, so this is where most of a component's bytes were.
// Conservative on purpose: `${...}` expressions are kept verbatim, and spaces that could be
// descendant combinators are kept (only runs of whitespace collapse to one space). It runs after
// the TypeScript plugin, which reads sources from disk and would ignore an earlier transform.
export function minifyLitCss() {
  const TEMPLATE = /(?<=(?:[=(,[:]|return|default)\s*)css\s*`((?:[^`\\$]|\\.|\$(?!\{)|\$\{[^}]*\})*)`/g;
  const minify = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/;}/g, '}')
      .replace(/:\s+/g, (m, offset, s) => (/[{;]\s*[\w-]*$/.test(s.slice(Math.max(0, offset - 40), offset)) ? ':' : m))
      .trim();
  return {
    name: 'arki-minify-lit-css',
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || id.includes('node_modules') || !/css\s*`/.test(code)) return null;
      const out = code.replace(TEMPLATE, (_all, body) => {
        // Minify only the literal parts; expressions pass through untouched.
        const parts = body.split(/(\$\{[^}]*\})/);
        return 'css`' + parts.map((p) => (p.startsWith('${') ? p : minify(p))).join('') + '`';
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}
