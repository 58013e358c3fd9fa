import { css } from 'lit';

export default css`
  :host {
    display: block;
    font-family: var(--arki-font-family-base);
    font-size: var(--arki-font-size-m);
    line-height: var(--arki-line-height-base);
    color: var(--arki-color-text);
  }
  .summary {
    margin-block-end: var(--arki-space-xl);
    padding: var(--arki-space-m);
    border: var(--arki-border-width-thick) solid var(--arki-error-summary-border-color, var(--arki-color-status-error-border));
    border-radius: var(--arki-radius-s);
    background: var(--arki-color-surface);
  }
  /* Focus is moved here by script after a submit: always show where it went. */
  .summary:focus {
    outline: var(--arki-focus-ring-width) solid var(--arki-color-focus-ring);
    outline-offset: var(--arki-focus-ring-offset);
    box-shadow: 0 0 0 var(--arki-focus-ring-offset) var(--arki-color-focus-ring-inner);
  }
  .title {
    margin-block: 0 var(--arki-space-s);
    font-family: var(--arki-font-family-heading);
    font-size: var(--arki-font-size-l);
    font-weight: var(--arki-font-weight-bold);
    line-height: var(--arki-line-height-tight);
    overflow-wrap: anywhere;
  }
  ::slotted(*) { margin-block: 0 var(--arki-space-s); }
  .list {
    display: grid;
    gap: var(--arki-space-2xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a {
    display: inline-block;
    min-block-size: var(--arki-target-size-min);
    padding-block: var(--arki-space-3xs);
    color: var(--arki-color-status-error-text);
    font-weight: var(--arki-font-weight-semibold);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    overflow-wrap: anywhere;
  }
  a:hover { text-decoration-thickness: 0.15em; }
  a:focus-visible {
    outline: var(--arki-focus-ring-width) solid var(--arki-color-focus-ring);
    outline-offset: var(--arki-focus-ring-offset);
    box-shadow: 0 0 0 var(--arki-focus-ring-offset) var(--arki-color-focus-ring-inner);
  }

  @media (forced-colors: active) {
    .summary { border-color: Mark; }
    .summary:focus, a:focus-visible { outline-color: Highlight; box-shadow: none; }
    a { color: LinkText; }
  }
`;
