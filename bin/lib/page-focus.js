// Focus visible (WCAG 2.4.7, 2.4.13 as the stretch) and forced-colours boundaries, measured in
// the page. Classic script; needs page-checks.js first. Screenshots are taken by whoever drives
// the browser (web-test-runner's server, or arki-audit's driver) between these steps:
//
//   const n = arkiAudit.focus.prepare(root)            // the tab-order elements under root
//   for i < n:
//     await arkiAudit.focus.unfocused(i)               // blur, scroll into view, read styles
//     info = arkiAudit.focus.focused(i)                // focus (keyboard modality), diff the styles
//     focusedPng = screenshot(info.clip)               // optional (see info.signature)
//     await arkiAudit.focus.unfocus(i); unfocusedPng = screenshot(info.clip)
//     result = await arkiAudit.focus.measure(i, unfocusedPng, focusedPng, info.clip)
//
// Without screenshots, pass nulls: the computed-style measure still decides (every engine).
(() => {
  const A = globalThis.arkiAudit;
  const { ancestors, describe, parseColor, contrast, backgroundBehind, over, deepActiveElement } = A;

  const PROPS = ['outline-style', 'outline-width', 'outline-color', 'outline-offset', 'box-shadow',
    ...['top', 'right', 'bottom', 'left'].flatMap((s) => [`border-${s}-style`, `border-${s}-width`, `border-${s}-color`]),
    'background-color', 'background-image', 'color', 'text-decoration-line', 'text-decoration-color',
    'text-decoration-thickness', 'content', 'display', 'opacity', 'transform', 'filter'];

  /** Styles of `el`, its pseudo-elements and its nearest flat-tree ancestors (which may draw the indicator). */
  function snapshot(el, depth = 3) {
    const chain = [el, ...[...ancestors(el)].slice(0, depth)].filter((e) => e !== document.body && e !== document.documentElement);
    return chain.flatMap((e) => [null, '::before', '::after'].map((pseudo) => {
      const cs = getComputedStyle(e, pseudo);
      return { el: e, pseudo, rect: e.getBoundingClientRect(), style: Object.fromEntries(PROPS.map((p) => [p, cs.getPropertyValue(p)])) };
    }));
  }

  const px = (v) => parseFloat(v) || 0;
  /** Opacity as painted: the product over the element and its flat-tree ancestors. */
  const opacity = (el) => [el, ...ancestors(el)].reduce((o, e) => o * parseFloat(getComputedStyle(e).opacity), 1);
  const visibleLine = (style, width) => style !== 'none' && style !== 'hidden' && px(width) > 0;
  const ring = (w, h, inner, outer) => Math.max(0, (w + 2 * outer) * (h + 2 * outer) - Math.max(0, w + 2 * inner) * Math.max(0, h + 2 * inner));

  /** `rgb(1 2 3) 0px 0px 0px 3px inset, ...` → [{color, spread, blur, inset}] */
  function shadows(value) {
    if (!value || value === 'none') return [];
    return value.split(/,(?![^(]*\))/).map((s) => {
      const color = /(?:rgba?|oklch|oklab|lab|lch|hsla?|color)\([^)]*\)|#[0-9a-f]+|\b[a-z]+\b(?!\()/i.exec(s.replace(/\binset\b/, ''))?.[0] ?? 'currentcolor';
      const lengths = [...s.replace(color, '').matchAll(/(-?[\d.]+)px/g)].map((m) => +m[1]);
      return { color, blur: lengths[2] ?? 0, spread: lengths[3] ?? 0, inset: /\binset\b/.test(s), raw: s.trim() };
    });
  }

  /**
   * What changed between the unfocused and focused styles, with an estimate of the changed area
   * (CSS px²) and the contrast between the changed pixels' old and new colours.
   */
  function diffStyles(before, after) {
    const changes = [];
    for (let i = 0; i < after.length; i++) {
      const a = after[i].style;
      const b = before[i]?.style;
      if (!b) continue;
      const { el, pseudo } = after[i];
      const { width: w, height: h } = after[i].rect;
      // Nothing drawn on an invisible element (a native input at opacity 0 under a drawn box) shows.
      if (opacity(el) * (pseudo ? px(a.opacity) : 1) < 0.05 || getComputedStyle(el).visibility === 'hidden') continue;
      const where = `${describe(el)}${pseudo ?? ''}`;
      const own = backgroundBehind(el, true);
      const behind = backgroundBehind(el);
      const add = (what, area, from, to) => changes.push({ where, what, area: Math.round(area), contrast: from && to ? +contrast(from, to).toFixed(2) : null });
      if (pseudo && a.content !== b.content && a.content !== 'none' && a.display !== 'none') {
        const pw = px(getComputedStyle(el, pseudo).width) || w;
        const ph = px(getComputedStyle(el, pseudo).height) || h;
        const fill = parseColor(a['background-color'])[3] > 0 ? a['background-color'] : a['border-top-color'];
        add('pseudo-element appears', pw * ph, behind, over(parseColor(fill), behind));
      }
      if (pseudo && a.content === 'none') continue;
      // Outline
      const oNow = visibleLine(a['outline-style'], a['outline-width']);
      const oWas = visibleLine(b['outline-style'], b['outline-width']);
      if (oNow && (!oWas || a['outline-color'] !== b['outline-color'] || a['outline-width'] !== b['outline-width'] || a['outline-offset'] !== b['outline-offset'])) {
        const off = px(a['outline-offset']);
        const ow = px(a['outline-width']);
        const under = oWas ? over(parseColor(b['outline-color']), behind) : off >= 0 ? behind : own;
        add('outline', ring(w, h, off, off + ow), under, over(parseColor(a['outline-color']), under));
      }
      // Box shadows that are new
      const old = new Set(shadows(b['box-shadow']).map((s) => s.raw));
      for (const s of shadows(a['box-shadow'])) {
        if (old.has(s.raw)) continue;
        const width = Math.max(0, s.spread) + s.blur / 2;
        const under = s.inset ? own : behind;
        const color = over(parseColor(s.color === 'currentcolor' ? a.color : s.color), under);
        add(`box-shadow${s.inset ? ' (inset)' : ''}`, s.inset ? ring(w, h, -width, 0) : ring(w, h, 0, width), under, color);
      }
      // Borders
      for (const [side, len] of [['top', w], ['right', h], ['bottom', w], ['left', h]]) {
        const keys = ['style', 'width', 'color'].map((k) => `border-${side}-${k}`);
        if (keys.every((k) => a[k] === b[k]) || !visibleLine(a[keys[0]], a[keys[1]])) continue;
        const was = visibleLine(b[keys[0]], b[keys[1]]) ? over(parseColor(b[keys[2]]), own) : own;
        add(`border-${side}`, px(a[keys[1]]) * len, was, over(parseColor(a[keys[2]]), own));
      }
      // Fill
      if (a['background-color'] !== b['background-color']) {
        add('background', w * h, over(parseColor(b['background-color']), behind), over(parseColor(a['background-color']), behind));
      }
      if (a['background-image'] !== b['background-image']) add('background-image (not measured)', 0, null, null);
      if (a['text-decoration-line'] !== b['text-decoration-line'] && a['text-decoration-line'].includes('underline')) {
        add('underline', Math.max(1, px(a['text-decoration-thickness'])) * w, own, over(parseColor(a['text-decoration-color']), own));
      }
      if (a.color !== b.color) add('text colour (area not counted)', 0, over(parseColor(b.color), own), over(parseColor(a.color), own));
      for (const p of ['opacity', 'transform', 'filter']) if (a[p] !== b[p]) add(`${p} (not measured)`, 0, null, null);
    }
    return changes;
  }

  // ---- Pixels -------------------------------------------------------------------------------

  /**
   * PNG (base64) → RGBA pixels, optionally cropped to a CSS-px rectangle of a full-viewport shot.
   * `scale` is image px per CSS px when cropping (1 otherwise; a clipped shot's caller knows its clip).
   */
  async function decodePng(base64, crop = null) {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const dpr = crop ? bitmap.width / window.innerWidth : 1;
    const sx = crop ? Math.round(crop.x * dpr) : 0;
    const sy = crop ? Math.round(crop.y * dpr) : 0;
    const width = crop ? Math.round(crop.width * dpr) : bitmap.width;
    const height = crop ? Math.round(crop.height * dpr) : bitmap.height;
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const c = canvas.getContext('2d', { willReadFrequently: true });
    c.drawImage(bitmap, sx, sy, width, height, 0, 0, width, height);
    bitmap.close?.();
    return { width, height, data: c.getImageData(0, 0, width, height).data, scale: dpr };
  }

  const pixel = (img, x, y) => { const i = (y * img.width + x) * 4; return [img.data[i], img.data[i + 1], img.data[i + 2]]; };

  /** Area (CSS px²) whose colour changed with at least 3:1 contrast, and any visible change. */
  function pixelDiff(a, b, scale = 1) {
    let strong = 0;
    let any = 0;
    const w = Math.min(a.width, b.width);
    const h = Math.min(a.height, b.height);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const p = pixel(a, x, y);
        const q = pixel(b, x, y);
        if (Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]) + Math.abs(p[2] - q[2]) < 24) continue;
        any++;
        if (contrast(p, q) >= 3) strong++;
      }
    }
    return { area3: Math.round(strong / scale ** 2), areaAny: Math.round(any / scale ** 2) };
  }

  /**
   * Does the box `inner` (image px) have a visible boundary? Each side's middle part is compared
   * with the most common colour just outside the box; a side counts when at least 60% of its
   * positions have a pixel within 3 px of the edge at 3:1 or more against that colour.
   */
  function boundary(img, inner) {
    const counts = new Map();
    const sample = (x, y) => {
      if (x < 0 || y < 0 || x >= img.width || y >= img.height) return;
      const k = pixel(img, x, y).join(',');
      counts.set(k, (counts.get(k) ?? 0) + 1);
    };
    const L = Math.round(inner.x);
    const T = Math.round(inner.y);
    const R = Math.round(inner.x + inner.width) - 1;
    const B = Math.round(inner.y + inner.height) - 1;
    for (let d = 3; d <= 5; d++) {
      for (let x = L; x <= R; x++) { sample(x, T - d); sample(x, B + d); }
      for (let y = T; y <= B; y++) { sample(L - d, y); sample(R + d, y); }
    }
    const surround = [...counts].sort((p, q) => q[1] - p[1])[0]?.[0]?.split(',').map(Number) ?? [255, 255, 255];
    const side = (positions, at) => {
      const mid = positions.slice(Math.floor(positions.length * 0.2), Math.ceil(positions.length * 0.8));
      if (!mid.length) return 0;
      const hits = mid.filter((p) => [0, 1, 2].some((depth) => {
        const [x, y] = at(p, depth);
        return x >= 0 && y >= 0 && x < img.width && y < img.height && contrast(pixel(img, x, y), surround) >= 3;
      })).length;
      return hits / mid.length;
    };
    const xs = Array.from({ length: Math.max(0, R - L + 1) }, (_, i) => L + i);
    const ys = Array.from({ length: Math.max(0, B - T + 1) }, (_, i) => T + i);
    const sides = {
      top: side(xs, (x, d) => [x, T + d]),
      bottom: side(xs, (x, d) => [x, B - d]),
      left: side(ys, (y, d) => [L + d, y]),
      right: side(ys, (y, d) => [R - d, y]),
    };
    return { present: Object.values(sides).every((f) => f >= 0.6), sides, surround: `rgb(${surround.join(' ')})` };
  }

  // ---- The steps ------------------------------------------------------------------------------
  // Driver loop per element i:  unfocused(i) → focused(i) → [screenshot, blurAll(), screenshot] → measure(i, ...)

  const PAD = 8;
  const state = { elements: [], before: [], rects: [], info: [], trapped: [] };
  /** Pixels are anti-aliased and corners rounded: a 1 px ring measures a little under its length. */
  const PIXEL_TOLERANCE = 0.85;

  /** A screenshot clip around `rects` (CSS px), padded and kept inside the viewport. */
  function clipAround(rects, pad = PAD) {
    const left = Math.min(...rects.map((r) => r.left));
    const top = Math.min(...rects.map((r) => r.top));
    const x = Math.max(0, Math.floor(left - pad));
    const y = Math.max(0, Math.floor(top - pad));
    const right = Math.min(document.documentElement.clientWidth, Math.ceil(Math.max(...rects.map((r) => r.right)) + pad));
    const bottom = Math.min(window.innerHeight, Math.ceil(Math.max(...rects.map((r) => r.bottom)) + pad));
    return { x, y, width: Math.max(1, right - x), height: Math.max(1, bottom - y) };
  }
  const clipFor = (el, pad = PAD) => clipAround([el.getBoundingClientRect()], pad);
  const viewportClip = () => ({ x: 0, y: 0, width: document.documentElement.clientWidth, height: window.innerHeight });

  /** The length of the element's edges that are inside the viewport (what a screenshot can see). */
  function visiblePerimeter(r) {
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    const h = Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0));
    const v = Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
    const inside = (p, max) => p >= 0 && p <= max;
    return Math.round((inside(r.top, vh) ? h : 0) + (inside(r.bottom, vh) ? h : 0) + (inside(r.left, vw) ? v : 0) + (inside(r.right, vw) ? v : 0));
  }

  /**
   * Takes focus away from element `i`. A modal dialog's focus trap puts it straight back (on blur,
   * or a task later), so then focus moves to another element of the list instead. Resolves false
   * if it cannot.
   */
  async function unfocus(i) {
    const el = state.elements[i];
    const settled = () => new Promise((r) => setTimeout(r));
    blurAll();
    await settled();
    if (deepActiveElement() !== el) return true;
    for (const other of [state.elements[i + 1], state.elements[i - 1], ...state.elements]) {
      if (!other || other === el || !other.isConnected) continue;
      other.focus({ preventScroll: true });
      await settled();
      if (deepActiveElement() !== el) return true;
    }
    return false;
  }

  function blurAll() {
    const active = deepActiveElement();
    active?.blur?.();
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
  }

  /** Lists the tab-order elements under `root`; returns how many. */
  function prepare(root) {
    state.elements = A.focusableElements(root);
    state.before = [];
    state.rects = [];
    state.info = [];
    state.trapped = [];
    return state.elements.length;
  }

  /** Blurs, scrolls element `i` into view and records its unfocused styles; returns the screenshot clip. */
  async function unfocused(i) {
    const el = state.elements[i];
    state.trapped[i] = !(await unfocus(i));
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    state.before[i] = snapshot(el);
    state.rects[i] = el.getBoundingClientRect();
    return clipFor(el);
  }

  /** What the computed styles say about this element's indicator, without its size and position. */
  function signatureOf(el, changes) {
    const tail = describe(el).split(' >>> ').at(-1).replace(/#[\w-]+/g, '');
    const where = (c) => c.where.split(' >>> ').at(-1).replace(/#[\w-]+/g, '');
    return [document.documentElement.getAttribute('data-arki-mode'), matchMedia('(forced-colors: active)').matches,
      tail, backgroundBehind(el).join(), ...changes.map((c) => `${where(c)} ${c.what} ${c.contrast}`)].join('|');
  }

  /**
   * Focuses element `i` with keyboard modality and measures by computed styles. `signature` is
   * the same for elements whose indicator is drawn the same way on the same background, so a
   * driver can take screenshots once per signature.
   */
  function focused(i) {
    const el = state.elements[i];
    el.focus({ focusVisible: true, preventScroll: true });
    // A transition would leave the computed style at its start value: jump to the end.
    for (const anim of A.allAnimations()) if (anim.constructor.name === 'CSSTransition') anim.finish();
    const r = el.getBoundingClientRect();
    const changes = diffStyles(state.before[i], snapshot(el));
    const styleArea = changes.filter((c) => (c.contrast ?? 0) >= 3).reduce((sum, c) => sum + c.area, 0);
    const info = {
      element: describe(el), focused: deepActiveElement() === el, focusVisible: el.matches(':focus-visible'),
      activeInstead: deepActiveElement() === el ? null : (deepActiveElement() ? describe(deepActiveElement()) : 'nothing'),
      // The browser's own indicator (outline: auto): WCAG accepts it for 2.4.7 (technique G165) and
      // exempts it from 1.4.11, but Arki's components must draw their own.
      uaDefault: getComputedStyle(el).outlineStyle === 'auto',
      inArki: el.localName.startsWith('arki-') || !!el.getRootNode().host?.localName.startsWith('arki-'),
      // Focus could not be taken away from it (a focus trap): there is no unfocused state to compare.
      trapped: !!state.trapped[i],
      // The page changed since prepare() (a header that switched to its narrow layout): not a focus failure.
      gone: !el.isConnected || !A.isRendered(el) || A.isDisabled(el),
      perimeter: Math.round(2 * (r.width + r.height)), visiblePerimeter: visiblePerimeter(r), styleArea, changes,
      signature: signatureOf(el, changes),
      // Around both states: a skip link is off screen until it has focus.
      clip: clipAround([state.rects[i], r].filter((q) => q.width > 2 && q.height > 2).concat(r)),
    };
    state.info[i] = info;
    return info;
  }

  /**
   * The result for element `i`, after `focused(i)`. Pass = the indicator covers at least the area
   * of a 1 CSS px line around the element at 3:1 or more: by pixels when screenshots of the
   * unfocused and focused states are given (the focused one taken first, then `blurAll()`, then
   * the unfocused one; only the element's edges inside the viewport count, with 15% tolerance for
   * anti-aliasing), else by computed styles. Stretch (2.4.13) = a 2 CSS px line.
   * If the pixels fail where the styles pass, the indicator may be drawn outside the clip (a card
   * whose link's ::after covers the card): retry with `viewportClip()`.
   */
  async function measure(i, pngUnfocused = null, pngFocused = null, clip = null) {
    const info = state.info[i];
    const result = { ...info, pixels: null };
    if (!(await unfocus(i))) result.trapped = true;
    if (pngUnfocused && pngFocused && info.visiblePerimeter > 0) {
      const crop = clip.clipped === false ? clip : null;
      const [a, b] = await Promise.all([decodePng(pngUnfocused, crop), decodePng(pngFocused, crop)]);
      result.pixels = pixelDiff(a, b, crop ? a.scale : a.width / clip.width);
    }
    const styleOk = (k) => info.styleArea >= k * info.perimeter;
    const pixelsOk = (k) => result.pixels.area3 >= k * PIXEL_TOLERANCE * info.visiblePerimeter;
    result.measuredBy = result.pixels ? 'screenshot' : 'computed style';
    result.pass = info.focused && (result.pixels ? pixelsOk(1) : styleOk(1));
    result.stretch = info.focused && (result.pixels ? pixelsOk(2) : styleOk(2));
    result.stylePass = info.focused && styleOk(1);
    return result;
  }

  /** For the forced-colours check: the element (or a wrapper of about its size) whose boundary is looked at. */
  function boundaryTargets(i) {
    const el = state.elements[i];
    blurAll();
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    const r = el.getBoundingClientRect();
    const candidates = [el, ...[...ancestors(el)].slice(0, 2)].filter((e) => {
      const q = e.getBoundingClientRect();
      return q.width - r.width <= 16 && q.height - r.height <= 16;
    });
    const clip = clipFor(candidates.at(-1), PAD);
    const look = (e) => { const cs = getComputedStyle(e); return [cs.borderTopStyle, cs.borderTopWidth, cs.borderTopColor, cs.backgroundColor, cs.outlineStyle, cs.color].join(' '); };
    const signature = [matchMedia('(forced-colors: active)').matches, describe(el).split(' >>> ').at(-1).replace(/#[\w-]+/g, ''),
      backgroundBehind(candidates.at(-1)).join(), ...candidates.map(look)].join('|');
    return { clip, signature, isLink: el.matches('a[href], [role="link"]'), boxes: candidates.map((e) => { const q = e.getBoundingClientRect(); return { x: q.left - clip.x, y: q.top - clip.y, width: q.width, height: q.height }; }) };
  }

  async function boundaryOf(png, clip, boxes) {
    const img = await decodePng(png, clip.clipped === false ? clip : null);
    const s = clip.clipped === false ? img.scale : img.width / clip.width;
    const results = boxes.map((b) => boundary(img, { x: b.x * s, y: b.y * s, width: b.width * s, height: b.height * s }));
    return { present: results.some((b) => b.present), boxes: results };
  }

  A.focus = { prepare, unfocused, focused, unfocus, measure, boundaryTargets, boundaryOf, viewportClip, element: (i) => state.elements[i], blurAll };
  Object.assign(A, { snapshot, diffStyles, decodePng, pixelDiff, boundary, shadows });
})();
