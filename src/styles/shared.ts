import { css } from 'lit';

/**
 * Style blocks every component shares. Kept as separate `css` results so Lit adopts each
 * constructable stylesheet once per page, however many components use it. `typography` is in
 * its own module, so entries that do not use it (the button) do not carry it.
 */

/** Box sizing and the `hidden` attribute, which author `display` would otherwise override. */
export const reset = css`
  :host { box-sizing: border-box; }
  :host *, :host *::before, :host *::after { box-sizing: inherit; }
  :host([hidden]) { display: none !important; }
  [hidden] { display: none !important; }
`;

/**
 * The focus indicator: an outer ring in the focus colour with an inner ring in the surface
 * colour, so it shows against any background (the GOV.UK "two colour" idea). Apply with
 * the `.focus-ring` class or by including `focusRingRule` under a `:focus-visible` selector.
 */
export const focusRing = css`
  .focus-ring:focus-visible {
    outline: var(--arki-focus-ring-width) solid var(--arki-color-focus-ring);
    outline-offset: var(--arki-focus-ring-offset);
    box-shadow: 0 0 0 var(--arki-focus-ring-offset) var(--arki-color-focus-ring-inner);
  }
  @media (forced-colors: active) {
    .focus-ring:focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;

/** Visually hidden, still read by screen readers. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;
