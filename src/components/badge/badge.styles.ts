import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--arki-space-3xs);
    padding-block: 0;
    padding-inline: var(--arki-space-2xs);
    border: var(--arki-border-width-thin) solid var(--_border);
    border-radius: var(--arki-radius-pill);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--arki-font-family-base);
    font-size: var(--arki-font-size-xs);
    font-weight: var(--arki-font-weight-bold);
    line-height: var(--arki-line-height-base);
    /* A long text wraps inside the badge rather than running off a narrow screen (1.4.10). */
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  .counting {
    justify-content: center;
    min-inline-size: calc(1em * var(--arki-line-height-base) + 2 * var(--arki-border-width-thin));
  }
  .number { font-variant-numeric: tabular-nums; white-space: nowrap; }
  .after-count { font-weight: var(--arki-font-weight-semibold); }

  @media (forced-colors: active) {
    .badge { border-color: CanvasText; }
  }
`;
