import { css } from 'lit';

export default css`
  :host {
    display: block;
    font-family: var(--arki-font-family-base);
    line-height: var(--arki-line-height-base);
    color: var(--arki-color-text);
  }
  .controls {
    display: flex;
    margin-block-end: var(--arki-space-xs);
  }
  .show-all {
    display: inline-flex;
    align-items: center;
    gap: var(--arki-space-2xs);
    min-block-size: var(--arki-target-size-comfortable);
    margin: 0;
    padding-block: var(--arki-space-2xs);
    padding-inline: 0;
    border: 0;
    background: none;
    color: var(--arki-color-text-link);
    font: inherit;
    font-size: var(--arki-font-size-m);
    cursor: pointer;
  }
  .show-all:hover .label { text-decoration: underline; text-decoration-thickness: 0.15em; }
  .chevron {
    display: inline-flex;
    border: var(--arki-border-width-thin) solid currentColor;
    border-radius: var(--arki-radius-pill);
    --arki-icon-size: 1.1em;
  }
  .items {
    border-block-end: var(--arki-border-width-thin) solid var(--arki-color-border);
  }
  @media (forced-colors: active) {
    .show-all { color: LinkText; }
    .items { border-block-end-color: CanvasText; }
  }
`;
