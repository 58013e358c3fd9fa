import { css } from 'lit';

/**
 * The close (×) button of alerts, dialogs, the help popover, the help panel and the digital
 * support panel: icon only, a transparent face that shows a border and a sunken surface on hover,
 * and a button border in forced colours. At least the comfortable 44 px target; a component
 * sets `--_close-size` for a smaller one (never below the 24 px minimum) and places the button
 * with its own rules. Pair with `.focus-ring`. In its own module, so entries without a close
 * button (the button) do not carry it.
 */
export const closeButton = css`
  .close {
    flex: none;
    display: inline-grid;
    place-items: center;
    min-inline-size: var(--_close-size, var(--arki-target-size-comfortable));
    min-block-size: var(--_close-size, var(--arki-target-size-comfortable));
    margin: 0;
    padding: 0;
    border: var(--arki-border-width-thin) solid transparent;
    border-radius: var(--arki-radius-s);
    background: transparent;
    color: var(--arki-color-text);
    cursor: pointer;
  }
  .close:hover {
    border-color: var(--arki-color-border-strong);
    background: var(--arki-color-surface-sunken);
  }
  @media (forced-colors: active) {
    .close { color: ButtonText; border-color: ButtonText; }
  }
`;
