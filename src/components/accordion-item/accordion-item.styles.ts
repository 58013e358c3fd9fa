import { css } from 'lit';

export default css`
  :host {
    display: block;
    border-block-start: var(--arki-border-width-thin) solid var(--arki-color-border);
  }
  .heading {
    margin: 0;
    font-family: var(--arki-font-family-heading);
    font-size: var(--arki-font-size-l);
    font-weight: var(--arki-font-weight-bold);
    line-height: var(--arki-line-height-tight);
  }
  .button {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--arki-space-2xs);
    inline-size: 100%;
    min-block-size: var(--arki-target-size-comfortable);
    margin: 0;
    padding-block: var(--arki-space-s);
    padding-inline: 0;
    border: 0;
    background: none;
    color: var(--arki-color-text);
    font: inherit;
    text-align: start;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .button:hover { background: var(--arki-color-surface-sunken); }
  .summary {
    font-family: var(--arki-font-family-base);
    font-size: var(--arki-font-size-m);
    font-weight: var(--arki-font-weight-regular);
    color: var(--arki-color-text-subtle);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--arki-space-2xs);
    font-family: var(--arki-font-family-base);
    font-size: var(--arki-font-size-m);
    font-weight: var(--arki-font-weight-regular);
    color: var(--arki-color-text-link);
  }
  .chevron {
    display: inline-flex;
    border: var(--arki-border-width-thin) solid currentColor;
    border-radius: var(--arki-radius-pill);
    --arki-icon-size: 1.1em;
  }
  .button:hover .toggle-text { text-decoration: underline; text-decoration-thickness: 0.15em; }
  .panel {
    padding-block: var(--arki-space-xs) var(--arki-space-l);
    color: var(--arki-color-text);
  }
  /* "until-found" must not be display:none, or find-in-page cannot reach it; the shared reset
     would make it so. The browser hides it with content-visibility instead. */
  .panel[hidden='until-found'] { display: block !important; padding: 0; }
  @media (forced-colors: active) {
    :host { border-block-start-color: CanvasText; }
    .toggle { color: LinkText; }
    .button:hover { background: none; }
    .button:hover .heading-text { text-decoration: underline; }
  }
`;
