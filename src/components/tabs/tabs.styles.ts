import { css } from 'lit';

export default css`
  :host {
    display: block;
  }

  .tablist {
    display: flex;
    flex-wrap: wrap;
    gap: var(--arki-space-3xs) var(--arki-space-2xs);
    border-block-end: var(--arki-border-width-thin) solid var(--arki-color-border);
  }

  .tab {
    --_indicator: transparent;
    display: inline-flex;
    align-items: center;
    gap: var(--arki-space-2xs);
    min-block-size: var(--arki-target-size-comfortable);
    min-inline-size: var(--arki-target-size-comfortable);
    margin: 0;
    margin-block-end: calc(var(--arki-border-width-thin) * -1);
    padding-block: var(--arki-space-2xs);
    padding-inline: var(--arki-space-m);
    border: 0;
    border-block-end: var(--arki-border-width-thick) solid var(--_indicator);
    border-radius: var(--arki-radius-s) var(--arki-radius-s) 0 0;
    background: transparent;
    color: var(--arki-color-text-link);
    font: inherit;
    font-size: var(--arki-font-size-m);
    line-height: var(--arki-line-height-tight);
    text-align: start;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .tab:hover {
    --_indicator: var(--arki-color-border-strong);
    background: var(--arki-color-surface-sunken);
  }
  /* Selected: weight, text colour and a thick underline; not colour alone. */
  .tab[aria-selected='true'] {
    --_indicator: var(--arki-tabs-indicator-color, var(--arki-color-action-primary));
    color: var(--arki-color-text);
    font-weight: var(--arki-font-weight-bold);
  }
  .tab[aria-disabled='true'] {
    --_indicator: transparent;
    color: var(--arki-color-text-subtle);
    background: transparent;
    cursor: not-allowed;
    text-decoration: line-through;
  }

  .panel {
    padding-block: var(--arki-space-m);
  }
  .panel:focus-visible {
    outline-offset: calc(var(--arki-focus-ring-offset) * -1 - var(--arki-focus-ring-width));
  }

  .stack-item + .stack-item {
    border-block-start: var(--arki-border-width-thin) solid var(--arki-color-border);
  }
  .stack-heading {
    margin: 0;
    padding-block-start: var(--arki-space-m);
    font-family: var(--arki-font-family-heading);
    font-size: var(--arki-font-size-l);
    font-weight: var(--arki-font-weight-bold);
    line-height: var(--arki-line-height-tight);
  }

  @media (forced-colors: active) {
    .tablist { border-color: CanvasText; }
    .tab { color: ButtonText; }
    .tab[aria-selected='true'] { --_indicator: Highlight; }
    .tab:hover { --_indicator: ButtonText; }
    .tab[aria-disabled='true'] { color: GrayText; }
  }
`;
