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

  @media (forced-colors: active) {
    .control { border-color: FieldText; }
    .control:focus-visible, .control:focus { outline-color: Highlight; }
    .control[aria-invalid='true'], .field[data-invalid] { border-color: Mark; }
    .control:disabled { border-color: GrayText; color: GrayText; }
  }
`;
