// Arki accessibility checks that run inside the page under test. A classic script (no imports,
// no exports) so the same file can be injected into any page by arki-audit (Chromium, Firefox
// or WebKit, whatever the page's CSP) and loaded by the story sweep in web-test-runner.
// It defines `globalThis.arkiAudit`; page-focus.js and page-rules.js add to it.
//
// Everything walks the composed tree: light DOM and every open shadow root. Closed shadow roots
// cannot be seen (CONVENTIONS 9 keeps Arki's open).
(() => {
  const A = (globalThis.arkiAudit ??= {});

  // ---- The composed tree ------------------------------------------------------------------

  // nodeType, not instanceof: the checks also measure same-origin frames (another realm).
  const isElement = (n) => n?.nodeType === 1;
  const isShadowRoot = (n) => n?.nodeType === 11 && !!n.host;

  /** Every element under `root` (an Element, Document or ShadowRoot), entering open shadow roots. */
  function* walk(root) {
    const stack = [root];
    while (stack.length) {
      const node = stack.pop();
      if (node.nodeType === 1) yield node;
      const kids = [...(node.children ?? [])];
      if (node.nodeType === 1 && node.shadowRoot) kids.unshift(...node.shadowRoot.children);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }

  /** Parent in the flat tree: a slotted node's slot, a shadow root's host. */
  function flatParent(node) {
    if (node.assignedSlot) return node.assignedSlot;
    const p = node.parentNode;
    return isShadowRoot(p) ? p.host : p;
  }

  /** Flat-tree ancestors of `node`, nearest first, up to (not including) the document. */
  function* ancestors(node) {
    for (let p = flatParent(node); isElement(p); p = flatParent(p)) yield p;
  }

  /** A short readable path: `arki-button >>> button.button` (>>> enters a shadow root). */
  function describe(el) {
    const parts = [];
    let node = el;
    while (isElement(node)) {
      const chain = [];
      for (let e = node; e; e = e.parentElement) {
        let s = e.localName;
        if (e.id) s += `#${e.id}`;
        else if (e.classList.length) s += `.${[...e.classList].slice(0, 2).join('.')}`;
        chain.unshift(s);
        if (e.id || chain.length >= 3) break;
      }
      parts.unshift(chain.join(' > '));
      const root = node.getRootNode();
      node = isShadowRoot(root) ? root.host : null;
    }
    return parts.join(' >>> ');
  }

  function isRendered(el) {
    if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 || r.height > 0;
  }

  /** The focused element, looking into shadow roots. */
  function deepActiveElement(doc = document) {
    let a = doc.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a;
  }

  /** Every animation in the page: WebKit's document.getAnimations() leaves out shadow roots. */
  function allAnimations(doc = document) {
    const all = new Set(doc.getAnimations?.() ?? []);
    for (const el of walk(doc)) for (const a of el.shadowRoot?.getAnimations?.() ?? []) all.add(a);
    return [...all];
  }

  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

  // ---- Colour ---------------------------------------------------------------------------------

  let ctx;
  const colorCache = new Map();
  /** Any CSS colour the engine understands (rgb, oklch, color(), system colours) → [r, g, b, a 0..1]. */
  function parseColor(css) {
    if (colorCache.has(css)) return colorCache.get(css);
    const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css);
    let out;
    if (m) {
      const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
      out = [+m[1], +m[2], +m[3], a];
    } else {
      ctx ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const d = ctx.getImageData(0, 0, 1, 1).data;
      out = [d[0], d[1], d[2], d[3] / 255];
    }
    colorCache.set(css, out);
    return out;
  }

  const over = (top, bottom) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1);
  };

  function luminance([r, g, b]) {
    const lin = (c) => { c /= 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  }
  function contrast(a, b) {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  }

  /** The colour painted behind `el` (its ancestors' backgrounds composited; the canvas last). */
  function backgroundBehind(el, includeSelf = false) {
    const layers = [];
    for (let e = includeSelf ? el : flatParent(el); isElement(e); e = flatParent(e)) {
      const c = parseColor(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    let color = parseColor(getComputedStyle(document.documentElement).backgroundColor);
    if (color[3] < 1) color = over(color, parseColor('Canvas'));
    for (let i = layers.length - 1; i >= 0; i--) color = over(layers[i], color);
    return color;
  }

  // ---- Interactive elements ---------------------------------------------------------------

  const INTERACTIVE_ROLES = new Set(['button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'menuitemcheckbox',
    'menuitemradio', 'option', 'slider', 'spinbutton', 'combobox', 'textbox', 'searchbox', 'treeitem']);

  function isInteractive(el) {
    const tag = el.localName;
    if ((tag === 'a' || tag === 'area') && el.hasAttribute('href')) return true;
    if (tag === 'button' || tag === 'select' || tag === 'textarea' || tag === 'summary') return true;
    if (tag === 'input') return el.type !== 'hidden';
    if (INTERACTIVE_ROLES.has(el.getAttribute('role'))) return true;
    if (el.isContentEditable && !el.parentElement?.isContentEditable) return true;
    const ti = el.getAttribute('tabindex');
    return ti !== null && Number(ti) >= 0;
  }

  function isDisabled(el) {
    if (el.matches(':disabled') || el.inert) return true;
    for (const a of ancestors(el)) if (a.inert) return true;
    return false;
  }

  /** Elements in the keyboard's tab order (not only interactive: anything with tabIndex >= 0). */
  /** The open modal dialog on top (`:modal`), if any: the rest of the page is inert while it is open. */
  function openModal() {
    let top = null;
    try {
      for (const el of walk(document.documentElement)) if (el.matches(':modal')) top = el;
    } catch {
      return null; // an engine without :modal
    }
    return top;
  }

  /** Inert: inside an `inert` subtree, or outside the open modal dialog (the page behind it). */
  function isInert(el, modal = openModal()) {
    const chain = [el, ...ancestors(el)];
    if (chain.some((a) => a.hasAttribute('inert'))) return true;
    return !!modal && !chain.includes(modal);
  }

  function focusableElements(root) {
    const out = [];
    const modal = openModal();
    for (const el of walk(root)) {
      if (el.tabIndex < 0 || isDisabled(el) || !isRendered(el) || isInert(el, modal)) continue;
      // A host that delegates focus forwards it to its inner control, which is listed itself.
      if (el.shadowRoot?.delegatesFocus) continue;
      // Firefox reports tabIndex 0 for <dialog>, which takes focus when opened but is no Tab stop.
      if (el.localName === 'dialog' && !el.hasAttribute('tabindex')) continue;
      out.push(el);
    }
    return out;
  }

  // ---- 3. Target size (WCAG 2.5.8) --------------------------------------------------------

  /** Inline exception: an inline target in a line of text (a link in a sentence). */
  function isInlineInText(el) {
    if (getComputedStyle(el).display !== 'inline') return false;
    const own = (el.textContent ?? '').trim().length;
    for (const a of ancestors(el)) {
      const d = getComputedStyle(a).display;
      if (d === 'inline' || d === 'contents') continue;
      return (a.textContent ?? '').trim().length > own;
    }
    return false;
  }

  const distToRect = (x, y, r) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));

  /**
   * Every interactive element must measure at least `min`×`min` CSS px, or be an inline target in
   * text, or meet the spacing exception: a `min`-diameter circle centred on it intersects no other
   * target and no other undersized target's circle.
   */
  function targetSize(root, { min = 24 } = {}) {
    const targets = [];
    for (const el of walk(root)) {
      if (!isInteractive(el) || isDisabled(el) || !isRendered(el)) continue;
      // The label around a control is part of its target.
      const wrapping = el.localName === 'input' ? [...(el.labels ?? [])].find((l) => l.contains(el)) : null;
      const box = (wrapping ?? el).getBoundingClientRect();
      targets.push({ el, box });
    }
    // A target nested in another (a span with a role inside a button) is that target.
    const top = targets.filter((t) => !targets.some((o) => o !== t && [...ancestors(t.el)].includes(o.el)));
    const small = top.filter((t) => t.box.width < min - 0.01 || t.box.height < min - 0.01);
    const violations = [];
    const exceptions = [];
    for (const t of small) {
      const size = `${t.box.width.toFixed(1)}×${t.box.height.toFixed(1)} px`;
      if (isInlineInText(t.el)) { exceptions.push({ element: describe(t.el), size, exception: 'inline' }); continue; }
      const cx = t.box.left + t.box.width / 2;
      const cy = t.box.top + t.box.height / 2;
      const r = min / 2;
      const hit = top.find((o) => {
        if (o === t) return false;
        if (distToRect(cx, cy, o.box) < r) return true;
        if (!small.includes(o)) return false;
        return Math.hypot(cx - (o.box.left + o.box.width / 2), cy - (o.box.top + o.box.height / 2)) < min;
      });
      if (hit) violations.push({ element: describe(t.el), size, message: `${size} (< ${min}×${min}) and too close to ${describe(hit.el)}` });
      else exceptions.push({ element: describe(t.el), size, exception: 'spacing' });
    }
    return { checked: top.length, violations, exceptions };
  }

  // ---- 4. Reflow (WCAG 1.4.10) ------------------------------------------------------------

  /** The page must not scroll horizontally. Lists the elements that stick out, outermost first. */
  function reflow(doc = document) {
    const view = doc.defaultView ?? window;
    const html = doc.documentElement;
    const width = html.clientWidth;
    const scrollWidth = Math.max(html.scrollWidth, doc.body?.scrollWidth ?? 0);
    const ok = scrollWidth <= width + 1;
    const offenders = [];
    if (!ok) {
      for (const el of walk(doc)) {
        const r = el.getBoundingClientRect();
        if (r.right <= width + 1 && r.left >= -1) continue;
        if ([...ancestors(el)].some((a) => ['auto', 'scroll', 'hidden', 'clip'].includes(view.getComputedStyle(a).overflowX) && a !== html && a !== doc.body)) continue;
        if (offenders.some((o) => [...ancestors(el)].includes(o.el))) continue;
        offenders.push({ el, element: describe(el), left: Math.round(r.left), right: Math.round(r.right) });
        if (offenders.length >= 5) break;
      }
      // Boxes may fit while their text does not (a long compound word that cannot wrap).
      if (!offenders.length) {
        const range = doc.createRange();
        for (const el of walk(doc)) {
          for (const node of el.childNodes) {
            if (node.nodeType !== 3 || !node.data.trim()) continue;
            range.selectNodeContents(node);
            const r = range.getBoundingClientRect();
            if (r.right > width + 1) offenders.push({ el, element: `${describe(el)} (text "${node.data.trim().slice(0, 40)}")`, left: Math.round(r.left), right: Math.round(r.right) });
          }
          if (offenders.length >= 5) break;
        }
      }
    }
    return { ok, viewportWidth: width, scrollWidth, offenders: offenders.map(({ el: _e, ...o }) => o) };
  }

  // ---- 5. Text spacing (WCAG 1.4.12) ------------------------------------------------------

  const SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p { margin-block-end: 2em !important; }`;

  /** Applies the WCAG 1.4.12 spacing to the document and every open shadow root; returns an undo. */
  function applyTextSpacing(root = document) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(SPACING_CSS);
    const scopes = [document];
    for (const el of walk(root === document ? document : root)) if (el.shadowRoot) scopes.push(el.shadowRoot);
    for (const s of scopes) s.adoptedStyleSheets = [...s.adoptedStyleSheets, sheet];
    return () => { for (const s of scopes) s.adoptedStyleSheets = s.adoptedStyleSheets.filter((x) => x !== sheet); };
  }

  const SKIP_TEXT = new Set(['script', 'style', 'template', 'noscript', 'title']);

  /** Text nodes that are rendered, with their line boxes. */
  function textBoxes(root) {
    const out = [];
    const range = document.createRange();
    for (const el of walk(root)) {
      if (SKIP_TEXT.has(el.localName)) continue;
      for (const node of el.childNodes) {
        if (node.nodeType !== 3 || !node.data.trim()) continue;
        // A host's child that no slot takes is not rendered.
        if (el.shadowRoot && !node.assignedSlot) continue;
        if (!isRendered(el)) continue;
        range.selectNodeContents(node);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
        // `at`: where the text sits in the flat tree (its slot, when slotted), for clipping and visibility.
        if (rects.length) out.push({ node, el, at: node.assignedSlot ?? el, rects });
      }
    }
    return out;
  }

  /** Hidden from sight by a clip-path or clip that removes it, or by opacity 0. */
  function isUnseen(el) {
    return [el, ...ancestors(el)].some((a) => {
      const cs = getComputedStyle(a);
      return parseFloat(cs.opacity) === 0 || /inset\(\s*50%/.test(cs.clipPath) || /rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)/.test(cs.clip);
    });
  }

  /** Clipping boxes (overflow hidden/clip) between a text node and the document. */
  function clippingAncestors(el) {
    const out = [];
    for (const a of [el, ...ancestors(el)]) {
      const cs = getComputedStyle(a);
      const x = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
      const y = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
      if (!x && !y) continue;
      // The visually-hidden pattern (a 1px box) hides text from sight on purpose.
      if (a.clientWidth <= 2 || a.clientHeight <= 2) return null;
      out.push({ el: a, x, y });
    }
    return out;
  }

  function clippedText(root) {
    const findings = [];
    for (const t of textBoxes(root)) {
      const clips = clippingAncestors(t.at);
      if (!clips || isUnseen(t.at)) continue;
      for (const c of clips) {
        const b = c.el.getBoundingClientRect();
        const left = b.left + c.el.clientLeft;
        const top = b.top + c.el.clientTop;
        const right = left + c.el.clientWidth;
        const bottom = top + c.el.clientHeight;
        const out = t.rects.some((r) => (c.x && (r.left < left - 1 || r.right > right + 1)) || (c.y && (r.top < top - 1 || r.bottom > bottom + 1)));
        if (out) {
          findings.push({ node: t.node, element: describe(t.el), clippedBy: describe(c.el), text: t.node.data.trim().slice(0, 60) });
          break;
        }
      }
    }
    return findings;
  }

  /** Elements with overflow hidden/clip whose content is bigger than their box and that contain text. */
  function overflowingBoxes(root) {
    const out = [];
    for (const el of walk(root)) {
      const cs = getComputedStyle(el);
      const x = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
      const y = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
      if (!x && !y) continue;
      if (el.clientWidth <= 2 || el.clientHeight <= 2) continue;
      if ((x && el.scrollWidth > el.clientWidth + 1) || (y && el.scrollHeight > el.clientHeight + 1)) {
        const text = (el.shadowRoot ? el.shadowRoot.textContent + el.textContent : el.textContent).trim();
        if (text) out.push({ element: describe(el), scroll: `${el.scrollWidth}×${el.scrollHeight}`, client: `${el.clientWidth}×${el.clientHeight}` });
      }
    }
    return out;
  }

  /** A text's rectangles cut to every box on its path that does not let content overflow visibly. */
  function visibleParts(t) {
    let rects = t.rects.map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
    for (const a of [t.at, ...ancestors(t.at)]) {
      const cs = getComputedStyle(a);
      if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
      // Overflow of the root and body belongs to the viewport (the page scrolls); inline boxes have none.
      if (a === document.documentElement || a === document.body || cs.display === 'inline' || cs.display === 'contents') continue;
      const b = a.getBoundingClientRect();
      const left = b.left + a.clientLeft;
      const top = b.top + a.clientTop;
      const box = { left, top, right: left + a.clientWidth, bottom: top + a.clientHeight };
      rects = rects
        .map((r) => ({ left: Math.max(r.left, box.left), top: Math.max(r.top, box.top), right: Math.min(r.right, box.right), bottom: Math.min(r.bottom, box.bottom) }))
        .filter((r) => r.right - r.left > 0.5 && r.bottom - r.top > 0.5);
    }
    return rects;
  }

  function overlaps(boxes) {
    const pairs = new Set();
    const flat = boxes.flatMap((b, i) => b.rects.map((r) => ({ i, r })));
    flat.sort((p, q) => p.r.left - q.r.left);
    for (let a = 0; a < flat.length; a++) {
      for (let b = a + 1; b < flat.length && flat[b].r.left < flat[a].r.right; b++) {
        if (flat[a].i === flat[b].i) continue;
        const w = Math.min(flat[a].r.right, flat[b].r.right) - Math.max(flat[a].r.left, flat[b].r.left);
        const h = Math.min(flat[a].r.bottom, flat[b].r.bottom) - Math.max(flat[a].r.top, flat[b].r.top);
        if (w > 2 && h > 2) pairs.add([boxes[flat[a].i].node, boxes[flat[b].i].node]);
      }
    }
    return [...pairs];
  }

  /**
   * With WCAG 1.4.12 spacing applied, no text may be clipped by an overflow hidden/clip box and no
   * two pieces of text may newly overlap. Returns failures and, for review, boxes whose content
   * overflows without any text being cut.
   */
  async function textSpacing(root = document) {
    const pairKey = (p) => p.map((n) => n.data).join('|');
    const baselineClipped = new Set(clippedText(root).map((f) => f.node));
    // Text nobody sees (a 1 px clipping box, clip-path: inset(50%) of a skip link, opacity 0)
    // cannot overlap anything.
    // Nor can text behind an open modal dialog (covered and inert by design), or the part of a
    // text scrolled out of an `overflow: auto` box.
    const seen = (r) => {
      const modal = openModal();
      return textBoxes(r)
        .filter((t) => clippingAncestors(t.at) !== null && !isUnseen(t.at) && !isInert(t.at, modal))
        .map((t) => ({ ...t, rects: visibleParts(t) }))
        .filter((t) => t.rects.length);
    };
    const baselineOverlap = new Set(overlaps(seen(root)).map(pairKey));
    // Layout queries below are synchronous: no need to wait for a frame after adopting the sheet.
    const undo = applyTextSpacing(root);
    try {
      const clipped = clippedText(root).map(({ node, ...f }) => ({ ...f, alreadyWithoutSpacing: baselineClipped.has(node) }));
      const overlapping = overlaps(seen(root))
        .filter((p) => !baselineOverlap.has(pairKey(p)))
        .map(([a, b]) => ({ element: describe(a.parentElement ?? a.parentNode.host), other: describe(b.parentElement ?? b.parentNode.host), text: `"${a.data.trim().slice(0, 30)}" / "${b.data.trim().slice(0, 30)}"` }));
      return { clipped, overlapping, overflowing: overflowingBoxes(root) };
    } finally {
      undo();
    }
  }

  Object.assign(A, {
    version: 1,
    walk, flatParent, ancestors, describe, isRendered, deepActiveElement, nextFrame, allAnimations,
    parseColor, contrast, backgroundBehind, over,
    isInteractive, isDisabled, isInert, focusableElements,
    targetSize, reflow, applyTextSpacing, textSpacing, SPACING_CSS,
  });
})();
