import { css } from 'lit';

export default css`
  :host {
    display: block;
  }

  dialog {
    --_width: var(--arki-dialog-width, 40rem);
    box-sizing: border-box;
    inline-size: min(100% - 2 * var(--arki-space-s), var(--_width));
    max-inline-size: none;
    max-block-size: calc(100dvh - 2 * var(--arki-space-s));
    margin: auto;
    padding: 0;
    border: var(--arki-border-width-thin) solid var(--arki-color-border-strong);
    border-radius: var(--arki-radius-m);
    background: var(--arki-color-surface-raised);
    color: var(--arki-color-text);
    box-shadow: var(--arki-shadow-l);
    overflow: auto;
    overscroll-behavior: contain;
    z-index: var(--arki-z-overlay);
  }
  :host([size='s']) dialog { --_width: var(--arki-dialog-width, 28rem); }
  :host([size='l']) dialog { --_width: var(--arki-dialog-width, 60rem); }
  dialog:not([open]) { display: none; }
  /* Focused itself (tabindex="-1") when long content has no heading to start at. */
  dialog:focus { outline: none; }
  dialog:focus-visible {
    outline: var(--arki-focus-ring-width) solid var(--arki-color-focus-ring);
    outline-offset: calc(var(--arki-focus-ring-width) * -1);
  }
  dialog::backdrop {
    background: var(--arki-color-backdrop);
  }
  dialog[open] {
    animation: arki-dialog-in var(--arki-motion-duration-base) var(--arki-motion-easing-standard);
  }
  @keyframes arki-dialog-in {
    from { opacity: 0; transform: translateY(var(--arki-space-s)); }
  }

  .box {
    display: flex;
    flex-direction: column;
    gap: var(--arki-space-m);
    padding: var(--arki-space-l);
  }
  .header {
    display: flex;
    align-items: flex-start;
    gap: var(--arki-space-s);
  }
  .heading {
    flex: 1;
    min-inline-size: 0;
    margin: 0;
    padding-block-start: var(--arki-space-2xs);
    font-family: var(--arki-font-family-heading);
    font-size: var(--arki-font-size-xl);
    font-weight: var(--arki-font-weight-bold);
    line-height: var(--arki-line-height-tight);
    overflow-wrap: anywhere;
  }
  .heading:focus { outline: none; }
  .heading:focus-visible {
    outline: var(--arki-focus-ring-width) solid var(--arki-color-focus-ring);
    outline-offset: var(--arki-focus-ring-offset);
  }
  .close {
    margin-block-start: calc(var(--arki-space-xs) * -1);
    margin-inline-end: calc(var(--arki-space-xs) * -1);
  }
  .body ::slotted(:first-child) { margin-block-start: 0; }
  .body ::slotted(:last-child) { margin-block-end: 0; }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--arki-space-s);
  }

  @media (max-width: 30rem) {
    .box { padding: var(--arki-space-m); }
    .footer { flex-direction: column; align-items: stretch; }
    .footer arki-button, .footer ::slotted(*) { inline-size: 100%; }
    .footer arki-button { display: block; }
  }

  @media (prefers-reduced-motion: reduce) {
    dialog[open] { animation: none; }
  }

  @media (forced-colors: active) {
    dialog { border-color: CanvasText; }
    .heading:focus-visible, dialog:focus-visible { outline-color: Highlight; }
  }
`;
