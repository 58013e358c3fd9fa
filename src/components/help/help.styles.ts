import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
    vertical-align: middle;
    line-height: var(--arki-line-height-tight);
  }

  .trigger {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--arki-space-3xs);
    min-inline-size: var(--arki-target-size-min);
    min-block-size: var(--arki-target-size-min);
    margin: 0;
    padding: 0;
    border: var(--arki-border-width-thin) solid transparent;
    border-radius: var(--arki-radius-pill);
    background: transparent;
    color: var(--arki-color-text-link);
    font: inherit;
    cursor: pointer;
    --arki-icon-size: 1.25rem;
  }
  .trigger:hover { color: var(--arki-color-text-link-hover); background: var(--arki-color-surface-sunken); }
  .trigger[aria-expanded='true'] { border-color: currentColor; background: var(--arki-color-surface-sunken); }
  /* Inline help: text that looks like a term with help behind it, not like a navigation link. */
  .text {
    text-decoration: underline dotted;
    text-decoration-thickness: 0.1em;
    text-underline-offset: 0.2em;
    overflow-wrap: anywhere;
    text-align: start;
  }
  :host([text]) .trigger { padding-inline: var(--arki-space-3xs); border-radius: var(--arki-radius-s); --arki-icon-size: 1em; }

  .popover {
    --_width: var(--arki-help-width, 22rem);
    position: fixed;
    inset: auto;
    margin: 0;
    box-sizing: border-box;
    inline-size: max-content;
    max-inline-size: min(var(--_width), calc(100vw - 2 * 8px));
    max-block-size: calc(100vh - 2 * 8px);
    overflow: auto;
    padding: var(--arki-space-s);
    padding-inline-end: calc(var(--arki-target-size-min) + var(--arki-space-s));
    border: var(--arki-border-width-thin) solid var(--arki-color-border-strong);
    border-radius: var(--arki-radius-m);
    background: var(--arki-color-surface-raised);
    color: var(--arki-color-text);
    box-shadow: var(--arki-shadow-m);
    font-family: var(--arki-font-family-base);
    font-size: var(--arki-font-size-s);
    line-height: var(--arki-line-height-base);
    text-align: start;
    z-index: var(--arki-z-popover);
  }
  /* Without the Popover API the box is an ordinary fixed box, shown by removing hidden. */
  .popover:not([data-anchored]):not([data-placed]) { top: 0; left: 0; }

  @supports (anchor-name: --x) and (position-area: bottom) {
    .trigger { anchor-name: --arki-help-trigger; }
    .popover[data-anchored]:not([data-placed]) {
      position-anchor: --arki-help-trigger;
      position-area: block-end span-inline-end;
      position-try-fallbacks: flip-inline, flip-block, flip-block flip-inline;
      margin-block: 6px;
    }
  }

  .content { overflow-wrap: anywhere; }
  .content ::slotted(*) { margin-block: 0 var(--arki-space-xs); }
  .content ::slotted(:last-child) { margin-block-end: 0; }
  .content ::slotted(ul), .content ::slotted(ol) { padding-inline-start: var(--arki-space-m); }

  /* The shared close button (styles/close-button.ts), at the 24 px minimum in the popover's corner. */
  .close {
    position: absolute;
    inset-block-start: var(--arki-space-3xs);
    inset-inline-end: var(--arki-space-3xs);
    --_close-size: var(--arki-target-size-min);
    --arki-icon-size: 1rem;
  }

  @media (prefers-reduced-motion: no-preference) {
    .popover { transition: opacity var(--arki-motion-duration-fast) var(--arki-motion-easing-standard); }
  }

  @media (forced-colors: active) {
    .trigger { color: LinkText; }
    .trigger[aria-expanded='true'] { border-color: LinkText; }
    .popover { border-color: CanvasText; }
  }
`;
