import { css } from 'lit';

export default css`
  .parts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--arki-space-xs) var(--arki-space-m);
  }
  .part-label {
    display: block;
    margin-block-end: var(--arki-space-3xs);
    font-weight: var(--arki-font-weight-regular);
  }
  /* Part widths come from data-width (2 or 4 characters) in the shared field styles. */
  .control { text-align: start; }
`;
