/**
 * Fired by `arki-pagination` when the user picks a page. Without an `href-template` the
 * pagination works by this event alone: it moves to `page` unless you call `preventDefault()`.
 * With links, `preventDefault()` stops the browser following the link (a single-page app's
 * router can take over while the links still work without script).
 * @since 0.1.0
 */
export class ArkiPageChangeEvent extends Event {
  static readonly eventName = 'arki-page-change' as const;
  /** The chosen page, 1-based. */
  readonly page: number;
  /** The page before, 1-based. */
  readonly previousPage: number;
  /** The link's URL in link mode, else `undefined`. */
  readonly href: string | undefined;

  constructor(page: number, previousPage: number, href?: string) {
    super(ArkiPageChangeEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.page = page;
    this.previousPage = previousPage;
    this.href = href;
  }
}

declare global {
  interface HTMLElementEventMap {
    'arki-page-change': ArkiPageChangeEvent;
  }
}
