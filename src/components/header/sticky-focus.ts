import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Room left between a sticky header and the element scrolled to just below it. */
const GAP = 8;

/**
 * Keeps focused elements clear of a sticky header (WCAG 2.4.11 Focus Not Obscured):
 * sets `scroll-padding-top` on `<html>` to the header's height, so focus moves, fragment links
 * and `scrollIntoView` all stop below it; and, for an engine that scrolls focus into view
 * without the padding, nudges the page when a focused element ends up under the header.
 * The page's own inline `scroll-padding-top` is restored when the header stops being sticky.
 */
export class StickyFocusController implements ReactiveController {
  private readonly host: Host;
  private active = false;
  private saved = '';

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.update(false);
  }

  /** Call whenever `sticky` or the header's height may have changed. */
  update(sticky: boolean): void {
    const root = this.host.ownerDocument.documentElement;
    if (sticky && this.host.isConnected) {
      if (!this.active) {
        this.saved = root.style.scrollPaddingTop;
        this.host.ownerDocument.addEventListener('focusin', this.onFocusIn);
        this.active = true;
      }
      root.style.scrollPaddingTop = `${Math.ceil(this.host.getBoundingClientRect().height) + GAP}px`;
    } else if (this.active) {
      root.style.scrollPaddingTop = this.saved;
      this.host.ownerDocument.removeEventListener('focusin', this.onFocusIn);
      this.active = false;
    }
  }

  private onFocusIn = (e: FocusEvent): void => {
    const path = e.composedPath();
    const target = path[0];
    if (!(target instanceof Element) || path.includes(this.host)) return;
    // A dialog or popover sits above the header; scrolling the page would not help it.
    if (path.some((n) => n instanceof HTMLDialogElement || (n instanceof Element && n.hasAttribute('popover')))) return;
    // After the browser's own scrolling for the focus move.
    requestAnimationFrame(() => {
      const bottom = this.host.getBoundingClientRect().bottom;
      const top = target.getBoundingClientRect().top;
      if (top < bottom) window.scrollBy({ top: top - bottom - GAP, behavior: 'instant' });
    });
  };
}
