import { css } from 'lit';

export default css`
  /* Takes no room: the link lies over the top of the page while it has focus. */
  :host {
    display: block;
    position: relative;
    block-size: 0;
  }
  .link {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    z-index: var(--arki-z-popover);
    display: block;
    max-inline-size: 100%;
    padding-block: var(--arki-space-s);
    padding-inline: var(--arki-space-m);
    background: var(--arki-skip-link-background, var(--arki-color-surface));
    color: var(--arki-skip-link-color, var(--arki-color-text-link));
    font-family: var(--arki-font-family-base);
    font-size: var(--arki-font-size-m);
    font-weight: var(--arki-font-weight-semibold);
    line-height: var(--arki-line-height-base);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    box-shadow: var(--arki-shadow-m);
  }
  /*
   * Out of sight until focused, but at its full size in the same place (not the 1-px box of the
   * usual visually-hidden pattern): focus then changes the look of exactly the area the link
   * covers, and screen readers still read it.
   */
  .link:not(:focus) {
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* The ring is drawn inside the box: at the very top of the page an outer ring would be cut off. */
  .link:focus {
    outline: var(--arki-focus-ring-width) solid var(--arki-color-focus-ring);
    outline-offset: calc(-1 * var(--arki-focus-ring-width));
    text-decoration-thickness: 0.15em;
  }
  @media (forced-colors: active) {
    .link { border: var(--arki-border-width-thin) solid LinkText; color: LinkText; background: Canvas; }
    .link:focus { outline-color: Highlight; }
  }
`;
