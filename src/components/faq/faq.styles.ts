import { css } from 'lit';

export default css`
  :host { display: block; margin-block-end: 0; }
  .filter {
    margin-block-end: var(--arki-space-m);
    max-inline-size: 36rem;
  }
  .label { margin-block-end: var(--arki-space-2xs); }
  .count {
    margin: var(--arki-space-2xs) 0 0;
    color: var(--arki-color-text-subtle);
    font-size: var(--arki-font-size-s);
  }
  .empty {
    margin-block-start: var(--arki-space-m);
    padding: var(--arki-space-m);
    border: var(--arki-border-width-thin) solid var(--arki-color-border);
    border-radius: var(--arki-radius-m);
    background: var(--arki-color-surface-sunken);
  }
  .empty p { margin: 0 0 var(--arki-space-xs); font-weight: var(--arki-font-weight-semibold); overflow-wrap: anywhere; }
  .clear {
    min-block-size: var(--arki-target-size-min);
    margin: 0;
    padding: var(--arki-space-3xs) 0;
    border: 0;
    background: none;
    color: var(--arki-color-text-link);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .clear:hover { color: var(--arki-color-text-link-hover); text-decoration-thickness: 0.15em; }
  @media (forced-colors: active) {
    .empty { border-color: CanvasText; }
    .clear { color: LinkText; }
  }
`;
