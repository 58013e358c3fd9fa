import { css } from 'lit';

export default css`
  :host {
    display: block;
    font-family: var(--arki-font-family-base);
    font-size: var(--arki-font-size-s);
    line-height: var(--arki-line-height-tight);
    color: var(--arki-color-text);
  }
  .row {
    display: flex;
    align-items: center;
    gap: var(--arki-space-2xs);
  }
  .globe { color: var(--arki-color-text-subtle); }
  .list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--arki-space-3xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .option {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--arki-target-size-comfortable);
    min-inline-size: var(--arki-target-size-min);
    margin: 0;
    padding-block: var(--arki-space-3xs);
    padding-inline: var(--arki-space-xs);
    border: 0;
    border-block-end: var(--arki-border-width-thick) solid transparent;
    background: none;
    color: var(--arki-color-text-link);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .option:hover { color: var(--arki-color-text-link-hover); text-decoration-thickness: 0.15em; }
  /* The current language: bold and underlined by a bar, not by colour alone. */
  .option[aria-current] {
    border-block-end-color: currentColor;
    color: var(--arki-color-text);
    font-weight: var(--arki-font-weight-bold);
    text-decoration: none;
    cursor: default;
  }
  .option.unavailable { text-decoration-style: dashed; }
  .notice {
    margin-block-start: var(--arki-space-xs);
    padding: var(--arki-space-s);
    border: var(--arki-border-width-thin) solid var(--arki-color-status-info-border);
    border-inline-start-width: var(--arki-border-width-thick);
    background: var(--arki-color-status-info-surface);
    color: var(--arki-color-status-info-text);
    font-size: var(--arki-font-size-m);
    line-height: var(--arki-line-height-base);
    max-inline-size: 40rem;
  }
  .notice p { margin: 0 0 var(--arki-space-2xs); }
  .notice a { color: inherit; }
  @media (forced-colors: active) {
    .option { color: LinkText; }
    .option[aria-current] { color: CanvasText; border-block-end-color: CanvasText; }
    .notice { border-color: CanvasText; }
    .notice a { color: LinkText; }
  }
`;
