import { css } from 'lit';

/**
 * The checkbox item: a drawn box (at least 24 px, token colours, so brands and modes theme it)
 * around a native checkbox that keeps the semantics and keyboard, beside its label; the hint
 * under the label.
 */
export default css`
  .item {
    display: flex;
    align-items: flex-start;
    gap: var(--arki-space-xs);
  }
  .checkbox {
    --_size: max(var(--arki-target-size-min), var(--arki-checkbox-size, 1.5em));
    position: relative;
    flex: none;
    inline-size: var(--_size);
    block-size: var(--_size);
    /* Centre the box on the label's first line. */
    margin-block-start: max(0px, calc((var(--arki-line-height-base) * 1em - var(--_size)) / 2));
  }
  .check {
    appearance: none;
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    border: var(--arki-border-width-medium) solid var(--arki-color-border-strong);
    border-radius: var(--arki-radius-s);
    background: var(--arki-color-surface);
    cursor: pointer;
  }
  .check:checked,
  .check:indeterminate {
    border-color: var(--arki-color-action-primary);
    background: var(--arki-color-action-primary);
  }
  .check:focus-visible {
    outline: var(--arki-focus-ring-width) solid var(--arki-color-focus-ring);
    outline-offset: var(--arki-focus-ring-offset);
    box-shadow: 0 0 0 var(--arki-focus-ring-offset) var(--arki-color-focus-ring-inner);
  }
  .check:disabled {
    border-color: var(--arki-color-action-disabled);
    background: var(--arki-color-surface-sunken);
    cursor: not-allowed;
  }
  .check:disabled:checked,
  .check:disabled:indeterminate { background: var(--arki-color-action-disabled); }
  .mark {
    display: none;
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    fill: none;
    stroke: var(--arki-color-action-on-primary);
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .check:disabled ~ .mark { stroke: var(--arki-color-action-on-disabled); }
  .check:checked:not(:indeterminate) ~ .tick,
  .check:indeterminate ~ .dash { display: block; }
  .text { min-inline-size: 0; flex: 1 1 auto; }
  /* The label is the click target, at least the target size high. */
  .text .label-row { margin-block-end: 0; }
  .text .label {
    font-weight: var(--arki-font-weight-regular);
    cursor: pointer;
    padding-block: max(0px, calc((var(--arki-target-size-min) - var(--arki-line-height-base) * 1em) / 2));
  }
  .text .hint { margin-block: var(--arki-space-3xs) 0; }
  .checkbox:has(.check:disabled) + .text .label { color: var(--arki-color-text-subtle); cursor: not-allowed; }
  @media (forced-colors: active) {
    .check { border-color: CanvasText; }
    .check:checked, .check:indeterminate { forced-color-adjust: none; border-color: Highlight; background: Highlight; }
    .mark { forced-color-adjust: none; stroke: HighlightText; }
    .check:disabled { border-color: GrayText; }
    .check:disabled:checked, .check:disabled:indeterminate { border-color: GrayText; background: GrayText; }
    .check:disabled ~ .mark { stroke: Canvas; }
    .check:focus-visible { outline-color: Highlight; box-shadow: none; }
  }
`;
