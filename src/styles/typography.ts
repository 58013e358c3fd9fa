import { css } from 'lit';

/** Text defaults: components inherit the page's font size (rem based tokens) and line height. */
export const typography = css`
  :host {
    font-family: var(--arki-font-family-base);
    line-height: var(--arki-line-height-base);
    color: var(--arki-color-text);
  }
`;
