import { css } from 'lit';

/**
 * Radios and checkboxes as GOV.UK draws them: the native input stays in place, full target
 * size (44 px) and transparent, so the browser keeps its keyboard, click and accessibility
 * behaviour; the label's ::before draws the box or circle and ::after the tick or dot. Borders,
 * not backgrounds, draw the marks, so they survive forced colours. Shared by
 * arki-radio-group and arki-checkbox-group.
 */
export default css`
  .options {
    --_size: var(--arki-choice-size, var(--arki-target-size-comfortable));
    --_box: calc(var(--_size) - 0.25rem);
    --_offset: calc((var(--_size) - var(--_box)) / 2);
    display: flex;
    flex-direction: column;
    gap: var(--arki-space-xs);
  }
  :host([inline]) .options {
    flex-direction: row;
    flex-wrap: wrap;
    column-gap: var(--arki-space-l);
  }

  .option {
    display: flex;
    flex-direction: column;
  }
  /* The label wraps its input, so the drawn box (label::before) is an ancestor's pseudo-element
     of the focused input: focus-visible checkers that look at the input and its ancestors see
     the ring. */
  .option-label {
    position: relative;
    display: flex;
    align-items: flex-start;
    cursor: pointer;
    touch-action: manipulation;
  }
  .input {
    flex: none;
    position: relative;
    z-index: 1;
    inline-size: var(--_size);
    block-size: var(--_size);
    margin: 0;
    opacity: 0;
    cursor: inherit;
  }
  .option-text {
    flex: 1 1 0;
    align-self: center;
    min-inline-size: 0;
    padding-block: var(--arki-space-2xs);
    padding-inline: var(--arki-space-xs);
    overflow-wrap: anywhere;
  }
  :host([inline]) .option-text { flex: 0 1 auto; }
  .option-label::before {
    content: '';
    position: absolute;
    inset-block-start: var(--_offset);
    inset-inline-start: var(--_offset);
    box-sizing: border-box;
    inline-size: var(--_box);
    block-size: var(--_box);
    border: var(--arki-border-width-medium) solid currentColor;
    background: var(--arki-color-surface);
  }
  .option-label::after {
    content: '';
    position: absolute;
    opacity: 0;
    pointer-events: none;
  }
  .option-label:has(.input:checked)::after { opacity: 1; }

  /* Radio: a circle with a dot drawn by a border (visible in forced colours). */
  .radio .option-label::before { border-radius: 50%; }
  .radio .option-label::after {
    --_dot: calc(var(--_box) / 4);
    inset-block-start: calc(var(--_size) / 2 - var(--_dot));
    inset-inline-start: calc(var(--_size) / 2 - var(--_dot));
    inline-size: 0;
    block-size: 0;
    border: var(--_dot) solid currentColor;
    border-radius: 50%;
  }

  /* Checkbox: a square with a tick drawn by two borders of a rotated box. */
  .checkbox .option-label::after {
    inset-block-start: calc(var(--_offset) + var(--_box) * 0.25);
    inset-inline-start: calc(var(--_offset) + var(--_box) * 0.225);
    box-sizing: content-box;
    inline-size: calc(var(--_box) * 0.55);
    block-size: calc(var(--_box) * 0.25);
    border: solid currentColor;
    border-width: 0 0 calc(var(--_box) * 0.125) calc(var(--_box) * 0.125);
    border-block-start-color: transparent;
    transform: rotate(-45deg);
  }

  /* Focus: a thick ring in the focus colour; the transparent outline shows in forced colours. */
  .option-label:has(.input:focus-visible)::before {
    border-width: var(--arki-border-width-thick);
    outline: var(--arki-focus-ring-width) solid transparent;
    outline-offset: var(--arki-focus-ring-offset);
    box-shadow: 0 0 0 var(--arki-focus-ring-width) var(--arki-color-focus-ring);
  }

  .option-label:has(.input:disabled) {
    color: var(--arki-color-text-subtle);
    cursor: not-allowed;
  }
  .option-label:has(.input:disabled)::before {
    border-color: var(--arki-color-action-disabled);
    background: var(--arki-color-surface-sunken);
  }
  :host([readonly]) .option-label { cursor: default; }
  :host([readonly]) .option-label::before { background: var(--arki-color-surface-sunken); }

  .option-hint {
    flex-basis: 100%;
    padding-inline: calc(var(--_size) + var(--arki-space-xs)) var(--arki-space-xs);
    color: var(--arki-color-text-subtle);
    overflow-wrap: anywhere;
  }

  /* The revealed field, tied to its option by a bar at the inline start (GOV.UK). */
  .conditional {
    margin-inline-start: calc(var(--_size) / 2 - var(--arki-border-width-thick) / 2);
    padding-block: var(--arki-space-2xs);
    padding-inline-start: calc(var(--_size) / 2 + var(--arki-space-xs));
    border-inline-start: var(--arki-border-width-thick) solid var(--arki-color-border-strong);
  }

  /* GOV.UK advises against inline options with conditional fields; if used, the field takes a row. */
  :host([inline]) .conditional { flex-basis: 100%; }

  /* "tai" before a "none of these" option. */
  .divider {
    inline-size: var(--_size);
    text-align: center;
    color: var(--arki-color-text);
  }

  @media (forced-colors: active) {
    .option-label::before { border-color: CanvasText; background: Canvas; }
    .option-label:has(.input:disabled),
    .option-label:has(.input:disabled)::before { color: GrayText; border-color: GrayText; }
    .conditional { border-color: CanvasText; }
  }
`;
