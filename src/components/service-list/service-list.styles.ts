import { css } from 'lit';

export default css`
  :host {
    display: block;
    max-inline-size: 100%;
    margin-block-end: 0;
  }
  .filters {
    display: flex;
    flex-direction: column;
    gap: var(--arki-space-m);
    margin-block-end: var(--arki-space-m);
  }
  .field { max-inline-size: 36rem; }
  .control[type='search'] { -webkit-appearance: none; appearance: none; }
  .channels {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .channels .label { padding: 0; margin-block-end: var(--arki-space-xs); }
  .check {
    display: flex;
    align-items: flex-start;
    gap: var(--arki-space-xs);
    padding-block: var(--arki-space-3xs);
  }
  .check input {
    flex: none;
    inline-size: var(--arki-target-size-min);
    block-size: var(--arki-target-size-min);
    margin: 0;
    accent-color: var(--arki-color-action-primary);
    cursor: pointer;
  }
  .check input:focus-visible {
    outline: var(--arki-focus-ring-width) solid var(--arki-color-focus-ring);
    outline-offset: var(--arki-focus-ring-offset);
  }
  .check label { padding-block: 0.1em; cursor: pointer; overflow-wrap: anywhere; }

  .count {
    margin: 0 0 var(--arki-space-s);
    font-weight: var(--arki-font-weight-semibold);
  }
  .results {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    gap: var(--arki-space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .results > li { min-inline-size: 0; }
  .results arki-service-card { block-size: 100%; }

  .no-results {
    padding: var(--arki-space-m);
    border: var(--arki-border-width-thin) solid var(--arki-color-border);
    border-inline-start: var(--arki-border-width-thick) solid var(--arki-color-status-info-border);
    border-radius: var(--arki-radius-s);
    background: var(--arki-color-surface-raised);
    overflow-wrap: anywhere;
  }
  .no-results p { margin: 0 0 var(--arki-space-xs); }
  .no-results-title { font-weight: var(--arki-font-weight-bold); font-size: var(--arki-font-size-l); }
  .clear {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--arki-target-size-comfortable);
    margin-block-start: var(--arki-space-xs);
    padding: var(--arki-space-2xs) var(--arki-space-m);
    border: var(--arki-border-width-medium) solid var(--arki-color-action-on-secondary);
    border-radius: var(--arki-radius-m);
    background: var(--arki-color-action-secondary);
    color: var(--arki-color-action-on-secondary);
    font: inherit;
    font-weight: var(--arki-font-weight-semibold);
    cursor: pointer;
  }
  .clear:hover { background: var(--arki-color-action-secondary-hover); }

  @media (forced-colors: active) {
    .check input:focus-visible { outline-color: Highlight; }
    .no-results { border-color: CanvasText; }
    .clear { border-color: ButtonText; background: ButtonFace; color: ButtonText; }
  }
`;
