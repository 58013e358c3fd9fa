import { css } from 'lit';

export default css`
  :host {
    display: block;
    max-inline-size: 100%;
    container-type: inline-size;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--arki-space-s);
    padding: var(--arki-space-m);
    border: var(--arki-border-width-thin) solid var(--arki-color-border);
    border-radius: var(--arki-radius-m);
    background: var(--arki-contact-card-background, var(--arki-color-surface-raised));
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  p { margin: 0; }
  .head { display: flex; align-items: flex-start; gap: var(--arki-space-s); }
  .avatar { color: var(--arki-color-text-subtle); }
  .heading {
    margin: 0;
    font-family: var(--arki-font-family-heading);
    font-size: var(--arki-font-size-l);
    font-weight: var(--arki-font-weight-bold);
    line-height: var(--arki-line-height-tight);
  }
  .role { font-weight: var(--arki-font-weight-semibold); }
  .org { color: var(--arki-color-text-subtle); }
  .missing { color: var(--arki-color-text-subtle); }

  .details { display: flex; flex-direction: column; gap: var(--arki-space-xs); margin: 0; }
  .row { display: grid; grid-template-columns: minmax(0, 9rem) minmax(0, 1fr); gap: var(--arki-space-2xs) var(--arki-space-s); align-items: start; }
  @container (max-width: 22rem) {
    .row { grid-template-columns: minmax(0, 1fr); }
  }
  dt {
    display: flex;
    align-items: center;
    gap: var(--arki-space-2xs);
    min-block-size: var(--arki-target-size-min);
    font-weight: var(--arki-font-weight-semibold);
  }
  dt arki-icon { color: var(--arki-color-text-subtle); }
  dd { display: flex; flex-wrap: wrap; align-items: center; gap: var(--arki-space-2xs) var(--arki-space-s); margin: 0; min-inline-size: 0; }
  .value { min-inline-size: 0; }
  .line { display: block; }
  a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--arki-target-size-min);
    color: var(--arki-color-text-link);
    text-underline-offset: 0.2em;
    border-radius: var(--arki-radius-s);
  }
  a:hover { color: var(--arki-color-text-link-hover); text-decoration-thickness: 0.15em; }

  .copy {
    display: inline-flex;
    align-items: center;
    gap: var(--arki-space-2xs);
    min-block-size: var(--arki-target-size-min);
    min-inline-size: var(--arki-target-size-min);
    margin: 0;
    padding: var(--arki-space-3xs) var(--arki-space-xs);
    border: var(--arki-border-width-thin) solid var(--arki-color-action-on-secondary);
    border-radius: var(--arki-radius-s);
    background: var(--arki-color-action-secondary);
    color: var(--arki-color-action-on-secondary);
    font: inherit;
    font-size: var(--arki-font-size-s);
    font-weight: var(--arki-font-weight-semibold);
    cursor: pointer;
  }
  .copy:hover { background: var(--arki-color-action-secondary-hover); }
  .copy-failed {
    flex-basis: 100%;
    color: var(--arki-color-status-error-text);
    font-size: var(--arki-font-size-s);
  }

  @media (forced-colors: active) {
    .card { border-color: CanvasText; }
    a { color: LinkText; }
    .copy { border-color: ButtonText; background: ButtonFace; color: ButtonText; }
  }
`;
