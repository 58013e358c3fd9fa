/**
 * Page scroll lock for modal dialogs that also holds on iOS Safari, where `overflow: hidden`
 * on `<body>` alone does not stop the page scrolling under a finger. The body is fixed in place
 * at its current offset (`position: fixed; top: -scrollY`), so the document has nothing left to
 * scroll; `overscroll-behavior: none` on `<html>` stops rubber-banding and pull-to-refresh, and
 * the scrollbar's space is kept (`scrollbar-gutter: stable`) so nothing shifts sideways.
 * `<html>` is not given `overflow: hidden`: it is not needed with a fixed body, and it would
 * make checkers (and some browsers' find-in-page) treat the dialog's own scrolling content as
 * clipped.
 * Unlocking restores the page's own inline values and scrolls back to where the user was,
 * instantly (a page's `scroll-behavior: smooth` must not animate it). Nested locks count.
 * Only CSSOM properties are set, which a strict CSP allows.
 * @since 0.1.0
 */

let locks = 0;
let scrollY = 0;
const saved: Array<[CSSStyleDeclaration, string, string, string]> = [];

function set(style: CSSStyleDeclaration, prop: string, value: string): void {
  saved.push([style, prop, style.getPropertyValue(prop), style.getPropertyPriority(prop)]);
  style.setProperty(prop, value, 'important');
}

export function lockScroll(): void {
  if (typeof document === 'undefined' || locks++ > 0) return;
  const html = document.documentElement;
  const body = document.body;
  scrollY = window.scrollY;
  const hasScrollbar = window.innerWidth > html.clientWidth;
  set(html.style, 'overscroll-behavior', 'none');
  if (hasScrollbar) set(html.style, 'scrollbar-gutter', 'stable');
  set(body.style, 'position', 'fixed');
  set(body.style, 'top', `${-scrollY}px`);
  set(body.style, 'inset-inline', '0');
}

export function unlockScroll(): void {
  if (typeof document === 'undefined' || locks === 0 || --locks > 0) return;
  for (const [style, prop, value, priority] of saved.reverse()) {
    if (value) style.setProperty(prop, value, priority);
    else style.removeProperty(prop);
  }
  saved.length = 0;
  window.scrollTo({ top: scrollY, left: window.scrollX, behavior: 'instant' });
}

/** Whether the page is locked now; for tests. */
export function isScrollLocked(): boolean {
  return locks > 0;
}
