import { css } from 'lit';

/**
 * The field chrome every form control shares: label, hint, error (above the control, GOV.UK),
 * the required/optional marker, and the boundary of a text-like control. One stylesheet,
 * adopted once per page however many fields there are.
 */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block-end: var(--arki-field-gap, var(--arki-space-l));
    font-family: var(--arki-font-family-base);
    font-size: var(--arki-font-size-m);
    line-height: var(--arki-line-height-base);
    color: var(--arki-color-text);
  }
  .label {
    display: block;
    margin-block-end: var(--arki-space-2xs);
    font-weight: var(--arki-font-weight-semibold);
    overflow-wrap: anywhere;
  }
  .marker { font-weight: var(--arki-font-weight-regular); }
  /* The label with the help slot (contextual help, arki-help) beside it. */
  .label-row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--arki-space-3xs) var(--arki-space-xs);
    margin-block-end: var(--arki-space-2xs);
  }
  .label-row > .label { margin-block-end: 0; min-inline-size: 0; }
  .hint {
    margin-block-end: var(--arki-space-xs);
    color: var(--arki-color-text-subtle);
    overflow-wrap: anywhere;
  }
  .error {
    margin-block-end: var(--arki-space-xs);
    color: var(--arki-color-status-error-text);
    font-weight: var(--arki-font-weight-semibold);
    overflow-wrap: anywhere;
  }
  /* An invalid field gets a bar at the inline start, as GOV.UK, not colour alone. */
  .field[data-invalid] {
    padding-inline-start: var(--arki-space-s);
    border-inline-start: var(--arki-border-width-thick) solid var(--arki-color-status-error-border);
  }

  /* Text-like controls: input, select, textarea, and the box around them. */
  .control {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--arki-target-size-comfortable);
    margin: 0;
    padding-block: var(--arki-space-2xs);
    padding-inline: var(--arki-space-xs);
    border: var(--arki-border-width-medium) solid var(--arki-color-border-strong);
    border-radius: var(--arki-radius-s);
    background: var(--arki-color-surface);
    color: var(--arki-color-text);
    font: inherit;
  }
  .control:focus-visible,
  .control:focus {
    outline: var(--arki-focus-ring-width) solid var(--arki-color-focus-ring);
    outline-offset: 0;
    box-shadow: inset 0 0 0 var(--arki-border-width-medium) var(--arki-color-text);
  }
  .control[aria-invalid='true'] { border-color: var(--arki-color-status-error-border); }
  .control:disabled {
    border-color: var(--arki-color-action-disabled);
    background: var(--arki-color-surface-sunken);
    color: var(--arki-color-text-subtle);
    cursor: not-allowed;
  }
  .control[readonly] { background: var(--arki-color-surface-sunken); }

  /*
   * Sizes (library-wide s/m/l) on a wrapper's data-size (not a reflected host attribute, so a
   * size set as a property works too): s keeps the 24 px minimum target, m and l the comfortable one.
   */
  [data-size='s'] :is(.control, .box) { min-block-size: var(--arki-target-size-min); font-size: var(--arki-font-size-s); }
  [data-size='l'] :is(.control, .box) { font-size: var(--arki-font-size-l); }

  /*
   * Fixed widths in characters, as GOV.UK's input widths (data-width="2|3|4|5|10|20|30"): a
   * hint of the expected length, never wider than the container. One extra ch leaves room for
   * the caret and wide letters.
   */
  [data-width='2'] { --_arki-chars: 2; }
  [data-width='3'] { --_arki-chars: 3; }
  [data-width='4'] { --_arki-chars: 4; }
  [data-width='5'] { --_arki-chars: 5; }
  [data-width='10'] { --_arki-chars: 10; }
  [data-width='20'] { --_arki-chars: 20; }
  [data-width='30'] { --_arki-chars: 30; }
  .control[data-width] {
    inline-size: calc((var(--_arki-chars) + 1) * 1ch + 2 * var(--arki-space-xs) + 2 * var(--arki-border-width-medium));
    max-inline-size: 100%;
  }

  /*
   * A box that draws the control's boundary around a borderless inner control and its prefix
   * and suffix (slots start/end), e.g. "€" or "kg".
   */
  .box {
    display: flex;
    align-items: stretch;
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--arki-target-size-comfortable);
    border: var(--arki-border-width-medium) solid var(--arki-color-border-strong);
    border-radius: var(--arki-radius-s);
    background: var(--arki-color-surface);
    color: var(--arki-color-text);
  }
  .box:focus-within {
    outline: var(--arki-focus-ring-width) solid var(--arki-color-focus-ring);
    outline-offset: 0;
    box-shadow: inset 0 0 0 var(--arki-border-width-medium) var(--arki-color-text);
  }
  .box[data-invalid] { border-color: var(--arki-color-status-error-border); }
  .box[data-disabled] {
    border-color: var(--arki-color-action-disabled);
    background: var(--arki-color-surface-sunken);
    color: var(--arki-color-text-subtle);
    cursor: not-allowed;
  }
  .box[data-readonly] { background: var(--arki-color-surface-sunken); }
  .box[data-width] { display: inline-flex; inline-size: auto; max-inline-size: 100%; }
  .inner {
    flex: 1 1 auto;
    min-inline-size: 0;
    margin: 0;
    padding-block: var(--arki-space-2xs);
    padding-inline: var(--arki-space-xs);
    border: 0;
    border-radius: inherit;
    background: transparent;
    color: inherit;
    font: inherit;
    outline: none;
  }
  .box[data-width] > .inner { inline-size: calc((var(--_arki-chars) + 1) * 1ch + 2 * var(--arki-space-xs)); flex: 0 1 auto; }
  .inner:disabled { cursor: not-allowed; }
  .affix { display: flex; align-items: center; color: var(--arki-color-text-subtle); }
  .affix ::slotted(*) { padding-inline: var(--arki-space-xs); }
  .affix.start ::slotted(*) { padding-inline-end: 0; }
  .affix.end ::slotted(*) { padding-inline-start: 0; }

  @media (forced-colors: active) {
    .control { border-color: FieldText; }
    .control:focus-visible, .control:focus { outline-color: Highlight; }
    /* Not Mark: it is yellow on a white Canvas, and the boundary would vanish. The error text says it. */
    .control[aria-invalid='true'], .field[data-invalid] { border-color: CanvasText; }
    .control:disabled { border-color: GrayText; color: GrayText; }
    .box { border-color: FieldText; }
    .box:focus-within { outline-color: Highlight; }
    .box[data-invalid] { border-color: CanvasText; }
    .box[data-disabled] { border-color: GrayText; color: GrayText; }
  }
`;
