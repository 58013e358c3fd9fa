import { css } from 'lit';

export default css`
  :host {
    display: block;
    margin-block-end: var(--arki-fieldset-gap, var(--arki-space-xl));
    font-family: var(--arki-font-family-base);
    font-size: var(--arki-font-size-m);
    line-height: var(--arki-line-height-base);
    color: var(--arki-color-text);
  }

  /* Legend sizes (GOV.UK legend s/m/l): s reads as a field label, l as a page heading. */
  :host([size='s']) .legend {
    font-size: var(--arki-font-size-m);
    font-weight: var(--arki-font-weight-semibold);
    line-height: var(--arki-line-height-base);
  }
  :host([size='m']) .legend {
    margin-block-end: var(--arki-space-xs);
    font-family: var(--arki-font-family-heading);
    font-size: var(--arki-font-size-l);
    font-weight: var(--arki-font-weight-bold);
    line-height: var(--arki-line-height-tight);
  }
  :host([size='l']) .legend {
    margin-block-end: var(--arki-space-s);
    font-family: var(--arki-font-family-heading);
    font-size: var(--arki-font-size-2xl);
    font-weight: var(--arki-font-weight-bold);
    line-height: var(--arki-line-height-tight);
  }

  .hint {
    margin-block-end: var(--arki-space-s);
    color: var(--arki-color-text-subtle);
    overflow-wrap: anywhere;
  }
`;
