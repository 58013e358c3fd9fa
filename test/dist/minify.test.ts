import { expect } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { minifyHtmlParts } from '../../scripts/rollup-minify-html.mjs';
import { minifyLitCss } from '../../scripts/rollup-minify-css.mjs';

// The build minifies the whitespace in Lit templates (scripts/rollup-minify-html.mjs) and the
// CSS in `css` templates (scripts/rollup-minify-css.mjs). These tests pin down what may change
// and prove, by rendering, that a minified template builds the same DOM and the same layout.

/** A Lit template from literal parts, as the tag function receives them. */
function template(parts: readonly string[], values: unknown[]): TemplateResult {
  const strings = Object.assign([...parts], { raw: [...parts] }) as unknown as TemplateStringsArray;
  return html(strings, ...values);
}

/** Node types, names, attributes and text of a tree, with whitespace runs collapsed. */
function shape(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return `#text(${(node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ')})`;
  if (node.nodeType === Node.COMMENT_NODE) return '#comment';
  const el = node as Element;
  const attrs = [...el.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort().join(' ');
  return `<${el.localName} ${attrs}>[${[...el.childNodes].map(shape).join(',')}]`;
}

async function renderBoth(parts: readonly string[], values: unknown[] = []) {
  const min = minifyHtmlParts(parts);
  const a = document.createElement('div');
  const b = document.createElement('div');
  document.body.append(a, b);
  render(template(parts, values), a);
  render(template(min, values), b);
  return { a, b, min, cleanup: () => (a.remove(), b.remove()) };
}

describe('build: html template minifier', () => {
  it('collapses indentation between attributes and drops it before the end of a tag', () => {
    const parts = ['<a\n        part="base"\n        class="button focus-ring"\n        href=', '\n        role=', '\n        >', '</a\n      >'];
    expect(minifyHtmlParts(parts)).to.deep.equal(['<a part="base" class="button focus-ring" href=', ' role=', '>', '</a>']);
  });

  it('turns a whitespace run with a line break in text into one space, and leaves other text alone', () => {
    expect(minifyHtmlParts(['<p>\n      Hei  maailma\n    </p>\n  <p>a</p>'])).to.deep.equal(['<p> Hei  maailma </p> <p>a</p>']);
  });

  it('never touches attribute values, comments, pre, textarea, script or style', () => {
    const keep = [
      '<p title="rivi 1\n   rivi 2" data-x=\'a\n  b\'>x</p>',
      '<!-- huom\n     tärkeä -->',
      '<pre>\n  sisennys   säilyy\n</pre>',
      '<textarea>\n  teksti\n</textarea>',
      '<style>\n  p { color: red; }\n</style>',
      '<script type="application/ld+json">\n  {"a": 1}\n</script>',
    ];
    for (const part of keep) expect(minifyHtmlParts([part])[0], part).to.equal(part);
  });

  it('keeps an expression inside a quoted attribute value, and the value around it, as written', () => {
    const parts = ['<p title="alku\n  ', '\n  loppu"\n  class="a">teksti</p>'];
    expect(minifyHtmlParts(parts)).to.deep.equal(['<p title="alku\n  ', '\n  loppu" class="a">teksti</p>']);
  });

  it('keeps non-breaking spaces (not HTML whitespace)', () => {
    expect(minifyHtmlParts(['<p>a\u00a0\n  b</p>'])).to.deep.equal(['<p>a\u00a0 b</p>']);
  });

  it('renders the same DOM and the same layout as the original template', async () => {
    const parts = [
      '<div class="wrap">\n  <span>yksi</span>\n  <strong\n    class="x"\n    title="',
      '"\n  >kaksi</strong\n  >\n  ',
      '\n  <pre>  a\n    b</pre>\n  <button\n    type="button"\n    ?disabled=',
      '\n  >\n    Lähetä\n  </button>\n</div>',
    ];
    const { a, b, min, cleanup } = await renderBoth(parts, ['otsikko\n  kahdella rivillä', 'kolme', true]);
    try {
      expect(min.join('').length).to.be.below(parts.join('').length);
      expect(shape(b)).to.equal(shape(a));
      expect(b.querySelector('pre')!.textContent).to.equal(a.querySelector('pre')!.textContent);
      expect(b.querySelector('strong')!.title).to.equal('otsikko\n  kahdella rivillä');
      expect(b.querySelector('button')!.disabled).to.equal(true);
      const ra = a.getBoundingClientRect();
      const rb = b.getBoundingClientRect();
      expect([rb.width, rb.height]).to.deep.equal([ra.width, ra.height]);
      expect(b.querySelector('strong')!.getBoundingClientRect().left).to.equal(a.querySelector('strong')!.getBoundingClientRect().left - ra.left + rb.left);
    } finally {
      cleanup();
    }
  });
});

describe('build: css minifier', () => {
  const minify = (source: string): string => {
    const out = minifyLitCss().transform(`const s = css\`${source}\`;`, '/x.ts') as { code: string } | null;
    return out ? out.code.slice('const s = css`'.length, -2) : source;
  };

  it('unquotes identifier attribute values, drops leading zeros and spaces in media queries and before !important', () => {
    expect(minify(":host([variant='danger']) .a { border: 0.15em solid; display: none !important; }")).to.equal(':host([variant=danger]) .a{border:.15em solid;display:none!important}');
    expect(minify('@media (forced-colors: active) { .a { color: LinkText; } }')).to.equal('@media (forced-colors:active){.a{color:LinkText}}');
  });

  it('keeps quotes a value needs, and numbers that are not a leading zero', () => {
    expect(minify("[data-x='1a'] { margin: 10.5px -0.5em; } [lang='sv-FI'] { x: 0 }")).to.equal("[data-x='1a']{margin:10.5px -0.5em}[lang=sv-FI]{x:0}");
    expect(minify("[title='a b'] { content: 'x' }")).to.equal("[title='a b']{content:'x'}");
  });

  it('a minified stylesheet styles the same as the original', () => {
    const source = ":host([data-v='x']) { } .a { padding: 0.5em; margin-block: 0.25rem !important; }\n@media (min-width: 1px) { .a { border: 0.1em solid; } }";
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const sizes = [source, minify(source)].map((css) => {
        const root = host.appendChild(document.createElement('div'));
        const shadow = root.attachShadow({ mode: 'open' });
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        shadow.adoptedStyleSheets = [sheet];
        shadow.innerHTML = '<div class="a">teksti</div>';
        const r = shadow.querySelector('.a')!.getBoundingClientRect();
        return [sheet.cssRules.length, r.width, r.height];
      });
      expect(sizes[1]).to.deep.equal(sizes[0]);
    } finally {
      host.remove();
    }
  });
});
