// Arki-specific rules and the IBM Equal Access wrapper, run inside the page. Classic script;
// needs page-checks.js first. IBM needs the engine's ace.js in the page (global `ace`).
(() => {
  const A = globalThis.arkiAudit;
  const { walk, describe, isRendered } = A;

  const isArki = (el) => el.localName.startsWith('arki-');
  const textOf = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const NO_LABEL_TYPES = new Set(['hidden', 'submit', 'reset', 'button', 'image']);
  // Languages named in their own language: how a language switcher names its links.
  const AUTONYMS = new Set(['suomi', 'svenska', 'english', 'sámegiella', 'davvisámegiella', 'anarâškielâ', 'sääʹmǩiõll',
    'eesti', 'русский', 'deutsch', 'français', 'español', 'soomaali', 'العربية', 'فارسی', 'українська', 'polski', 'af soomaali']);

  /** The accessible name of a native control, as far as labels, aria and title give one. */
  function nativeName(el) {
    const root = el.getRootNode();
    const byId = (id) => (root.getElementById ? root.getElementById(id) : root.querySelector(`#${CSS.escape(id)}`));
    const labelledby = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map((id) => textOf(byId(id))).join(' ');
    return labelledby.trim() || (el.getAttribute('aria-label') ?? '').trim() || [...(el.labels ?? [])].map(textOf).join(' ').trim() || (el.getAttribute('title') ?? '').trim();
  }

  /** A form-associated Arki element other than a button: a form control with a `label`. */
  const isArkiControl = (el) => isArki(el) && customElements.get(el.localName)?.formAssociated === true && el.localName !== 'arki-button';

  /**
   * The element inside an Arki control that carries its name: the fieldset of a group, else the
   * native control. Undefined before the element has rendered.
   */
  function innerControl(el) {
    const root = el.shadowRoot;
    if (!root) return undefined;
    return root.querySelector('fieldset[part~="base"]') ?? root.querySelector('input:not([type="hidden"]), select, textarea') ?? undefined;
  }

  /**
   * Whether an Arki control is named. Its `label` is rendered as the inner control's label or
   * legend. Anything on the host itself (aria-label, aria-labelledby, a <label for>) names only
   * the host, not the control users reach inside it: an aria-label counts only when it reaches
   * the inner control's name (Arki forwards it; an older or third-party version may not).
   */
  function arkiControlNamed(el) {
    if (String(el.label ?? el.getAttribute('label') ?? '').trim()) return true;
    const aria = (el.getAttribute('aria-label') ?? '').trim();
    if (!aria) return false;
    const inner = innerControl(el);
    if (!inner) return true; // not rendered yet: nothing to check against
    const name = inner.localName === 'fieldset' ? (inner.getAttribute('aria-label') ?? '').trim() : nativeName(inner);
    return name.includes(aria);
  }

  function shownError(el) {
    if (isArkiControl(el)) return String(el.visibleError ?? el.error ?? el.getAttribute('error') ?? '').trim();
    return el.getAttribute('aria-invalid') === 'true' ? 'aria-invalid' : '';
  }

  /**
   * The Arki rules, over the whole document and its open shadow roots:
   *  - arki-control-label: a form control (Arki or native) without a label;
   *  - arki-error-summary: a form shows errors but the page has no visible error summary;
   *  - arki-help-content: an arki-help widget with no help text;
   *  - arki-hreflang: a language switcher link without hreflang;
   *  - arki-page-lang: a page with Arki components but no lang on <html>.
   */
  function arkiRules(doc = document) {
    const v = [];
    const add = (rule, el, message, wcag) => v.push({ rule, element: el ? describe(el) : 'html', message, wcag });
    const all = [...walk(doc)];
    const arki = all.filter(isArki);

    for (const el of all) {
      if (isArkiControl(el)) {
        if (!arkiControlNamed(el)) {
          const onHost = ['aria-label', 'aria-labelledby'].filter((a) => el.getAttribute(a)?.trim()).concat(el.labels?.length ? ['<label for>'] : []);
          const why = onHost.length ? ` (${onHost.join(', ')} on the element does not reach the control inside it)` : '';
          add('arki-control-label', el, `<${el.localName}> has no label${why}: set the label attribute.`, '1.3.1, 2.4.6, 3.3.2, 4.1.2');
        }
      } else if (el.matches('input, select, textarea') && !NO_LABEL_TYPES.has(el.type) && isRendered(el)) {
        // Controls inside an Arki control's shadow root are labelled by the host's label (checked above).
        const host = el.getRootNode().host;
        if (host && isArkiControl(host)) continue;
        if (!nativeName(el)) add('arki-control-label', el, `<${el.localName}${el.type ? ` type="${el.type}"` : ''}> has no label (a <label for>, aria-label or aria-labelledby).`, '1.3.1, 3.3.2, 4.1.2');
      }
    }

    const summaries = all.filter((el) => (el.localName === 'arki-error-summary' || el.matches('[data-arki-error-summary], [class*="error-summary"]')) && isRendered(el) && (textOf(el) || textOf(el.shadowRoot)));
    for (const form of all.filter((el) => el.localName === 'form')) {
      // Native controls inside an Arki control's shadow root are that control's; count the host once.
      const errors = [...walk(form)].filter((el) => (isArkiControl(el) || (el.matches('input, select, textarea') && !isArkiControl(el.getRootNode().host ?? el))) && shownError(el));
      if (errors.length && !summaries.length) {
        add('arki-error-summary', form, `The form shows ${errors.length} error(s) but the page has no error summary (arki-error-summary) listing them.`, '3.3.1, 2.4.3');
      }
    }

    // The help text is arki-help's default slot (its `text` and `label` only name the trigger).
    for (const el of all.filter((e) => e.localName === 'arki-help')) {
      const content = [...el.childNodes].filter((n) => !(n.nodeType === 1 && n.getAttribute('slot'))).map((n) => n.textContent).join('').trim();
      if (!content && !el.querySelector('img[alt]:not([alt=""])')) add('arki-help-content', el, '<arki-help> has no help text (its content is empty).', '3.3.2, 3.3.5');
    }

    const pageLang = (doc.documentElement.lang || '').toLowerCase().split('-')[0];
    for (const a of all.filter((e) => e.localName === 'a' && e.hasAttribute('href'))) {
      const inSwitcher = [a, ...A.ancestors(a)].some((e) => e.localName === 'arki-language-switcher' || e.hasAttribute?.('data-arki-language-switcher'));
      const otherLang = a.lang && a.lang.toLowerCase().split('-')[0] !== pageLang;
      const autonym = AUTONYMS.has(textOf(a).toLowerCase());
      if ((inSwitcher || otherLang || autonym) && !a.getAttribute('hreflang')) {
        add('arki-hreflang', a, `Language link "${textOf(a)}" has no hreflang.`, '3.1.2 (best practice)');
      }
    }

    if (arki.length && !doc.documentElement.getAttribute('lang')?.trim()) {
      add('arki-page-lang', null, `The page uses ${arki.length} Arki element(s) but <html> has no lang: components cannot pick their language and screen readers mispronounce.`, '3.1.1');
    }
    return v;
  }

  /**
   * IBM Equal Access (policy WCAG_2_2) on `root`. Violations fail; "potential" and "manual"
   * results and recommendations are returned for review.
   */
  async function ibm(root = document, { policy = 'WCAG_2_2', ignore = [] } = {}) {
    if (!globalThis.ace?.Checker) throw new Error('IBM Equal Access engine (ace.js) is not loaded');
    const report = await new globalThis.ace.Checker().check(root, [policy]);
    const pick = (r) => ({ rule: r.ruleId, reason: r.reasonId, level: r.value[0], result: r.value[1], message: r.message, path: r.path?.dom, snippet: r.snippet });
    const results = report.results.filter((r) => !ignore.includes(r.ruleId));
    return {
      violations: results.filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL').map(pick),
      review: results.filter((r) => r.value[1] !== 'PASS' && !(r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL')).map(pick),
    };
  }

  Object.assign(A, { arkiRules, ibm, nativeName });
})();
