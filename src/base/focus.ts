/**
 * Focus helpers that see through shadow roots and slots (the flat tree), which
 * `querySelectorAll` cannot: a dialog's content is slotted, a page's buttons sit in shadow
 * roots. Used by the dialog (initial focus, return focus, content replaced while open), by the
 * alert and tag (where focus goes after they disappear) and by `FocusKeeperController`.
 * @since 0.1.0
 */

const FOCUSABLE = [
  'a[href]', 'area[href]', 'button', 'input:not([type="hidden"])', 'select', 'textarea', 'iframe', 'summary',
  'audio[controls]', 'video[controls]', '[contenteditable]:not([contenteditable="false"])', '[tabindex]',
].join(',');

/** Element children in the flat tree: a shadow root's content, a slot's assigned elements. */
function flatChildren(node: Element | ShadowRoot): Element[] {
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.children];
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    if (assigned.length) return assigned.filter((n): n is Element => n instanceof Element);
  }
  return [...node.children];
}

/** Walks `root`'s flat tree in order; `visit` returns `false` to skip an element's subtree. */
export function walkFlat(root: Element | ShadowRoot, visit: (el: Element) => boolean | void): void {
  for (const child of flatChildren(root)) {
    if (visit(child) === false) continue;
    walkFlat(child, visit);
  }
}

function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return check ? check.call(el, { visibilityProperty: true }) : el.getClientRects().length > 0;
}

/** Reachable with Tab: a focusable kind of element, enabled, not `tabindex="-1"`, rendered. */
export function isTabbable(el: Element): el is HTMLElement {
  if (!(el instanceof HTMLElement) || !el.matches(FOCUSABLE)) return false;
  if (el.matches(':disabled') || el.tabIndex < 0 || el.closest('[inert]')) return false;
  // A host that delegates focus is reached through its shadow content instead.
  if (el.shadowRoot?.delegatesFocus) return false;
  return isVisible(el);
}

/** Tabbable elements under `root`, in flat-tree order. */
export function tabbables(root: Element | ShadowRoot): HTMLElement[] {
  const out: HTMLElement[] = [];
  walkFlat(root, (el) => {
    if (el instanceof HTMLElement && el.hidden) return false;
    if (isTabbable(el)) out.push(el);
    return undefined;
  });
  return out;
}

/** The first element marked `autofocus` under `root` (flat tree), if it is shown. */
export function autofocusTarget(root: Element | ShadowRoot): HTMLElement | undefined {
  let hit: HTMLElement | undefined;
  walkFlat(root, (el) => {
    if (hit) return false;
    if (el instanceof HTMLElement && el.hasAttribute('autofocus') && isVisible(el)) hit = el;
    return undefined;
  });
  return hit;
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(doc: Document = document): HTMLElement | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}

/** Whether focus is on `el` or inside it (its light or shadow content). */
export function containsFocus(el: Element): boolean {
  let node: Element | null = deepActiveElement();
  while (node) {
    if (node === el) return true;
    node = node.assignedSlot ?? node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);
  }
  return false;
}

/** The first tabbable element after `el` (and outside it) in `scope`'s flat tree (default: the page). */
export function nextTabbableAfter(el: Element, scope: Element | ShadowRoot = document.body): HTMLElement | undefined {
  let passed = false;
  let hit: HTMLElement | undefined;
  walkFlat(scope, (node) => {
    if (hit) return false;
    if (node === el) {
      passed = true;
      return false;
    }
    if (node instanceof HTMLElement && node.hidden) return false;
    if (passed && isTabbable(node)) hit = node;
    return undefined;
  });
  return hit;
}

/** The element `el` sits in: its parent, or the host of the shadow root it is in. */
export function parentOf(el: Element): HTMLElement | null {
  const parent = el.parentElement ?? (el.parentNode instanceof ShadowRoot ? el.parentNode.host : null);
  return parent instanceof HTMLElement ? parent : null;
}

/**
 * Focuses `el`; an element that is not focusable by itself gets `tabindex="-1"` (removed again
 * on blur, so it does not stay a click target for focus).
 */
export function focusElement(el: HTMLElement): void {
  if (!el.matches(FOCUSABLE) && !el.shadowRoot?.delegatesFocus && el.tabIndex < 0) {
    el.setAttribute('tabindex', '-1');
    el.addEventListener('blur', () => el.removeAttribute('tabindex'), { once: true });
  }
  el.focus();
}

/** Looks up a `return-focus` value: an element id, else a CSS selector; in the page. */
export function findTarget(ref: string, from: Element): HTMLElement | null {
  if (!ref) return null;
  const root = from.getRootNode() as Document | ShadowRoot;
  const byId = root.getElementById?.(ref) ?? document.getElementById(ref);
  if (byId instanceof HTMLElement) return byId;
  try {
    return root.querySelector<HTMLElement>(ref) ?? document.querySelector<HTMLElement>(ref);
  } catch {
    return null;
  }
}

/** Custom elements under `root` (light DOM) that have not finished rendering yet. */
export function rendered(root: Element): Promise<unknown> {
  return Promise.all([...root.querySelectorAll('*')].map((e) => (e as { updateComplete?: Promise<unknown> }).updateComplete));
}

/**
 * Notices when the element that had focus inside `host` is removed (content replaced in place,
 * e.g. the next step of a dialog) and focus has fallen to the page, which is inert behind a
 * modal: then calls `onLost`, once the new content has rendered. Focus the user moved out of
 * `host` is left alone.
 */
export class FocusLossWatch {
  private last: HTMLElement | null = null;
  private observer?: MutationObserver;

  constructor(
    private readonly host: HTMLElement,
    private readonly onLost: () => void,
  ) {}

  start(): void {
    this.last = containsFocus(this.host) ? deepActiveElement() : null;
    this.observer ??= new MutationObserver(() => void this.check());
    this.observer.observe(this.host, { childList: true, subtree: true });
    this.host.addEventListener('focusin', this.onFocusIn);
    this.host.addEventListener('focusout', this.onFocusOut);
  }

  stop(): void {
    this.observer?.disconnect();
    this.host.removeEventListener('focusin', this.onFocusIn);
    this.host.removeEventListener('focusout', this.onFocusOut);
    this.last = null;
  }

  private onFocusIn = (): void => {
    this.last = deepActiveElement();
  };

  private onFocusOut = (e: FocusEvent): void => {
    // Retargeted: focus moving within the host reports the host (or a light-DOM child) here.
    const to = e.relatedTarget;
    if (to instanceof Node && to !== this.host && !this.host.contains(to)) this.last = null;
  };

  private async check(): Promise<void> {
    const last = this.last;
    if (!last || last.isConnected) return;
    await rendered(this.host);
    const active = document.activeElement;
    if (this.last !== last || (active && active !== document.body)) return;
    this.last = null;
    this.onLost();
  }
}
