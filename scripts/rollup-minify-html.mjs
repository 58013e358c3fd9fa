// Rollup plugin: minifies the whitespace inside Lit `html` and `svg` tagged templates.
// Terser leaves template literal contents alone, and our templates are indented to be read.
//
// Conservative on purpose, so the DOM Lit builds keeps exactly the same nodes:
// - between attributes inside a tag, a run of whitespace becomes one space, and whitespace
//   before `>` or `/>` goes;
// - in text, a run of whitespace that contains a line break becomes one space (a line break
//   renders as a space anyway), so whitespace-only text nodes stay (`:empty` and inline spacing
//   are unchanged); runs without a line break are left as written;
// - attribute values (quoted), comments, `<pre>`, `<textarea>`, `<script>` and `<style>`
//   contents and every `${...}` expression pass through untouched.
// Templates are found in the syntax tree (tagged templates whose tag is `html` or `svg`), so
// nested templates and expressions containing braces or backticks are handled. It runs after
// the TypeScript plugin (which reads sources from disk and would ignore an earlier transform).

const RAW_TEXT = new Set(['pre', 'textarea', 'script', 'style', 'listing', 'xmp', 'plaintext']);

/**
 * Minifies the literal parts of one template. The parts are the raw strings between
 * expressions; the scanner's state carries across expressions (an expression can sit inside a
 * tag or an attribute value).
 * @param {readonly string[]} parts
 * @returns {string[]}
 */
export function minifyHtmlParts(parts) {
  /** @type {'text' | 'tag' | 'dq' | 'sq' | 'comment' | 'raw'} */
  let mode = 'text';
  let tagName = ''; // name of the tag being read (lower case), '' for closing tags
  let rawEnd = ''; // `</pre` etc. while in raw text
  return parts.map((part) => {
    let out = '';
    let i = 0;
    while (i < part.length) {
      const c = part[i];
      if (mode === 'comment') {
        const end = part.indexOf('-->', i);
        if (end < 0) { out += part.slice(i); i = part.length; } else { out += part.slice(i, end + 3); i = end + 3; mode = 'text'; }
        continue;
      }
      if (mode === 'raw') {
        const end = part.toLowerCase().indexOf(rawEnd, i);
        if (end < 0) { out += part.slice(i); i = part.length; } else { out += part.slice(i, end); i = end; mode = 'text'; }
        continue;
      }
      if (mode === 'dq' || mode === 'sq') {
        const end = part.indexOf(mode === 'dq' ? '"' : "'", i);
        if (end < 0) { out += part.slice(i); i = part.length; } else { out += part.slice(i, end + 1); i = end + 1; mode = 'tag'; }
        continue;
      }
      if (mode === 'text') {
        if (part.startsWith('<!--', i)) { mode = 'comment'; out += '<!--'; i += 4; continue; }
        if (c === '<' && /[a-zA-Z/]/.test(part[i + 1] ?? '')) {
          mode = 'tag';
          const closing = part[i + 1] === '/';
          const name = /^[a-zA-Z][\w:-]*/.exec(part.slice(i + (closing ? 2 : 1)))?.[0] ?? '';
          tagName = closing ? '' : name.toLowerCase();
          out += part.slice(i, i + (closing ? 2 : 1) + name.length);
          i += (closing ? 2 : 1) + name.length;
          continue;
        }
        if (/[ \t\n\r\f]/.test(c)) {
          let j = i;
          while (j < part.length && /[ \t\n\r\f]/.test(part[j])) j++;
          const run = part.slice(i, j);
          out += run.includes('\n') ? ' ' : run;
          i = j;
          continue;
        }
        out += c;
        i++;
        continue;
      }
      // mode === 'tag'
      if (c === '"') { mode = 'dq'; out += c; i++; continue; }
      if (c === "'") { mode = 'sq'; out += c; i++; continue; }
      if (c === '>') {
        out += c;
        i++;
        if (tagName && RAW_TEXT.has(tagName)) { mode = 'raw'; rawEnd = `</${tagName}`; } else mode = 'text';
        continue;
      }
      if (/[ \t\n\r\f]/.test(c)) {
        let j = i;
        while (j < part.length && /[ \t\n\r\f]/.test(part[j])) j++;
        // None is needed before the end of the tag; elsewhere (between attributes, before an
        // expression) one space keeps the attributes apart.
        if (part[j] !== '>' && !(part[j] === '/' && part[j + 1] === '>')) out += ' ';
        i = j;
        continue;
      }
      out += c;
      i++;
    }
    return out;
  });
}

/** Every node of an ESTree tree, depth first. @param {any} node @param {(n: any) => void} visit */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const v of value) walk(v, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

export function minifyLitHtml() {
  return {
    name: 'arki-minify-lit-html',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || id.includes('node_modules') || !/\b(html|svg)\s*`/.test(code)) return null;
      // @ts-expect-error: `this` is Rollup's plugin context
      const ast = this.parse(code);
      /** @type {Array<{ start: number, end: number, text: string }>} */
      const edits = [];
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !['html', 'svg'].includes(node.tag.name)) return;
        const quasis = node.quasi.quasis;
        for (const q of quasis) if (code.slice(q.start, q.end) !== q.value.raw) throw new Error(`arki-minify-lit-html: unexpected template positions in ${id}`);
        const parts = minifyHtmlParts(quasis.map((/** @type {any} */ q) => code.slice(q.start, q.end)));
        quasis.forEach((/** @type {any} */ q, /** @type {number} */ k) => {
          if (parts[k] !== code.slice(q.start, q.end)) edits.push({ start: q.start, end: q.end, text: parts[k] });
        });
      });
      if (!edits.length) return null;
      edits.sort((a, b) => b.start - a.start);
      let out = code;
      for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
      // Only whitespace inside template literals changes, so the existing map stays close
      // enough (lines of a template may shift); `null` keeps it, as the CSS plugin does.
      return { code: out, map: null };
    },
  };
}
