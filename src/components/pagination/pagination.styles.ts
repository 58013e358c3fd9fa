import { css } from 'lit';

export default css`
  :host {
    display: block;
    container-type: inline-size;
  }

  .nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--arki-space-2xs);
    font-size: var(--arki-font-size-m);
  }
  .list {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--arki-space-2xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item { display: flex; }
  .ellipsis {
    min-inline-size: var(--arki-target-size-min);
    justify-content: center;
    color: var(--arki-color-text-subtle);
    font-weight: var(--arki-font-weight-bold);
  }

  .link {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--arki-space-2xs);
    min-inline-size: var(--arki-target-size-comfortable);
    min-block-size: var(--arki-target-size-comfortable);
    margin: 0;
    padding-block: var(--arki-space-2xs);
    padding-inline: var(--arki-space-xs);
    border: var(--arki-border-width-thin) solid transparent;
    border-radius: var(--arki-radius-s);
    background: transparent;
    color: var(--arki-color-text-link);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .link:hover {
    color: var(--arki-color-text-link-hover);
    text-decoration-thickness: 0.15em;
    background: var(--arki-color-surface-sunken);
  }
  /* The current page: a filled box, bold, no underline (shape and weight, not colour alone). */
  .current {
    border-color: var(--arki-color-action-primary);
    background: var(--arki-color-action-primary);
    color: var(--arki-color-action-on-primary);
    font-weight: var(--arki-font-weight-bold);
    text-decoration: none;
  }
  .current:hover {
    background: var(--arki-color-action-primary-hover);
    color: var(--arki-color-action-on-primary);
  }
  .step-link { font-weight: var(--arki-font-weight-semibold); }
  .step-link arki-icon { flex: none; }

  /* Narrow: one row each for previous, the numbers and next, in DOM order (no 'order': what is
     seen must be what Tab and screen readers reach, WCAG 1.3.2, 2.4.3); next at the end side. */
  @container (max-width: 30rem) {
    .list { flex-basis: 100%; }
    .next { margin-inline-start: auto; }
  }

  @media (forced-colors: active) {
    .link { color: LinkText; }
    .current { border-color: Highlight; background: Highlight; color: HighlightText; forced-color-adjust: none; }
  }
`;
