import { css } from 'lit';

export default css`
  :host { display: block; }

  .base {
    padding: var(--arki-space-m);
    border: var(--arki-border-width-thin) solid var(--arki-color-border);
    border-block-start: var(--arki-border-width-thick) solid var(--arki-color-status-info-border);
    border-radius: var(--arki-radius-m);
    background: var(--arki-digital-support-background, var(--arki-color-surface-raised));
    color: var(--arki-color-text);
    overflow-wrap: anywhere;
  }
  .heading {
    margin: 0 0 var(--arki-space-2xs);
    font-family: var(--arki-font-family-heading);
    font-size: var(--arki-font-size-xl);
    font-weight: var(--arki-font-weight-bold);
    line-height: var(--arki-line-height-tight);
  }
  .heading-text:focus { outline: none; }
  .heading-text:focus-visible { outline: var(--arki-focus-ring-width) solid var(--arki-color-focus-ring); outline-offset: var(--arki-focus-ring-offset); }
  .intro { margin: 0 0 var(--arki-space-m); }
  p { margin: 0 0 var(--arki-space-2xs); }

  .channels, .locations, .links { margin: 0; padding: 0; list-style: none; }
  .channel {
    display: flex;
    gap: var(--arki-space-s);
    padding-block: var(--arki-space-s);
    border-block-start: var(--arki-border-width-thin) solid var(--arki-color-border);
  }
  .channel > arki-icon { flex: none; margin-block-start: 0.1em; color: var(--arki-color-text-subtle); }
  .body { flex: 1; min-inline-size: 0; }
  .channel-name {
    margin: 0 0 var(--arki-space-3xs);
    font-family: var(--arki-font-family-heading);
    font-size: var(--arki-font-size-m);
    font-weight: var(--arki-font-weight-bold);
    line-height: var(--arki-line-height-tight);
  }
  .locations { margin-block-start: var(--arki-space-xs); }
  .location + .location { margin-block-start: var(--arki-space-m); }
  .location .channel-name { font-size: var(--arki-font-size-m); font-weight: var(--arki-font-weight-semibold); }
  .detail, .address { color: var(--arki-color-text-subtle); }
  .hours { margin-block-start: var(--arki-space-2xs); font-size: var(--arki-font-size-s); }
  .link {
    display: inline-block;
    min-block-size: var(--arki-target-size-min);
    padding-block: 0.125rem;
    color: var(--arki-color-text-link);
    text-underline-offset: 0.15em;
  }
  .link:hover { color: var(--arki-color-text-link-hover); text-decoration-thickness: 0.15em; }
  .phone-number { font-size: var(--arki-font-size-l); font-weight: var(--arki-font-weight-semibold); }
  .links {
    padding-block-start: var(--arki-space-s);
    border-block-start: var(--arki-border-width-thin) solid var(--arki-color-border);
  }
  .links li { display: flex; align-items: center; gap: var(--arki-space-xs); }
  .links arki-icon { flex: none; color: var(--arki-color-text-subtle); }

  /* Launcher: a button, and the panel it opens. In the page's flow unless floating. */
  .launcher {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--arki-space-xs);
    min-block-size: var(--arki-target-size-comfortable);
    margin: 0;
    padding-block: var(--arki-space-2xs);
    padding-inline: var(--arki-space-m);
    border: var(--arki-border-width-medium) solid var(--arki-color-action-primary);
    border-radius: var(--arki-radius-pill);
    background: var(--arki-color-action-primary);
    color: var(--arki-color-action-on-primary);
    font: inherit;
    font-weight: var(--arki-font-weight-semibold);
    cursor: pointer;
  }
  .launcher:hover { background: var(--arki-color-action-primary-hover); }
  .launcher-area:not([data-floating]) .launcher { inline-size: 100%; border-radius: var(--arki-radius-m); }
  .launcher-area:not([data-floating]) .panel { margin-block-start: var(--arki-space-s); }
  .panel { position: relative; }
  .close {
    position: absolute;
    inset-block-start: var(--arki-space-2xs);
    inset-inline-end: var(--arki-space-2xs);
  }
  .panel .heading { padding-inline-end: calc(var(--arki-target-size-comfortable) + var(--arki-space-xs)); }

  /*
   * Floating: the dock is fixed at the bottom-right, the panel stacked above the launcher (a
   * column, so neither can overlap the other at any text size); it lets clicks through where it
   * has no content. The reserve keeps the launcher's height, plus its margins, free at the end of
   * the page, so the last content can always be scrolled above it.
   */
  .launcher-area[data-floating] { --_gap: var(--arki-space-m); }
  .reserve {
    visibility: hidden;
    padding-block: var(--_gap);
  }
  .launcher-area[data-floating] .dock {
    position: fixed;
    inset-block-end: var(--_gap);
    inset-inline-end: var(--_gap);
    z-index: var(--arki-z-overlay);
    display: flex;
    flex-direction: column-reverse;
    align-items: flex-end;
    gap: var(--arki-space-s);
    max-block-size: calc(100dvh - 2 * var(--_gap));
    max-inline-size: calc(100vw - 2 * var(--_gap));
    pointer-events: none;
  }
  .launcher-area[data-floating] .dock > * { pointer-events: auto; }
  .launcher-area[data-floating] .launcher { flex: none; box-shadow: var(--arki-shadow-m); }
  .launcher-area[data-floating] .panel {
    flex: 0 1 auto;
    min-block-size: 0;
    inline-size: min(26rem, calc(100vw - 2 * var(--_gap)));
    overflow: auto;
    overscroll-behavior: contain;
    box-shadow: var(--arki-shadow-l);
  }
  .launcher-area[data-floating] .panel[hidden] { display: none !important; }

  @media (forced-colors: active) {
    .base, .channel, .links { border-color: CanvasText; }
    .launcher { border-color: ButtonText; background: ButtonFace; color: ButtonText; }
    .link { color: LinkText; }
  }
`;
