import { css } from 'lit';

export default css`
  :host {
    display: block;
    max-inline-size: 100%;
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--arki-space-s);
    block-size: 100%;
    padding: var(--arki-space-m);
    border: var(--arki-border-width-thin) solid var(--arki-service-card-border-color, var(--arki-color-border));
    border-radius: var(--arki-radius-m);
    background: var(--arki-service-card-background, var(--arki-color-surface-raised));
    /* Long Finnish compounds ("varhaiskasvatuspalveluohjaus") wrap instead of overflowing. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  p { margin: 0; }
  .heading {
    margin: 0;
    font-family: var(--arki-font-family-heading);
    font-size: var(--arki-font-size-xl);
    font-weight: var(--arki-font-weight-bold);
    line-height: var(--arki-line-height-tight);
  }
  .heading-link {
    color: var(--arki-color-text-link);
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
    border-radius: var(--arki-radius-s);
  }
  .heading-link:hover { color: var(--arki-color-text-link-hover); text-decoration-thickness: 0.15em; }
  .summary { display: flex; flex-direction: column; gap: var(--arki-space-xs); }
  .summary:empty { display: none; }
  .unit { color: var(--arki-color-text-subtle); font-size: var(--arki-font-size-s); }
  .unit .label { font-weight: var(--arki-font-weight-semibold); }
  .missing { color: var(--arki-color-text-subtle); }

  .channels, .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--arki-space-2xs) var(--arki-space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .channels li, .badges li {
    display: inline-flex;
    align-items: center;
    gap: var(--arki-space-2xs);
    min-inline-size: 0;
  }
  .channels arki-icon { color: var(--arki-color-text-subtle); }
  .badges li {
    padding: var(--arki-space-3xs) var(--arki-space-xs);
    border: var(--arki-border-width-thin) solid var(--arki-color-border);
    border-radius: var(--arki-radius-s);
    background: var(--arki-color-surface-sunken);
    font-size: var(--arki-font-size-s);
  }

  .actions {
    /* Above the clickable-card layer, so the actions keep their own targets. */
    position: relative;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--arki-space-s) var(--arki-space-m);
    margin-block-start: auto;
  }
  /* A plain secondary link gets at least the minimum target height. */
  .actions ::slotted(a) {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--arki-target-size-min);
  }
  .action {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--arki-space-xs);
    min-block-size: var(--arki-target-size-comfortable);
    max-inline-size: 100%;
    padding: var(--arki-space-2xs) var(--arki-space-m);
    border: var(--arki-border-width-medium) solid var(--arki-color-action-primary);
    border-radius: var(--arki-radius-m);
    background: var(--arki-color-action-primary);
    color: var(--arki-color-action-on-primary);
    font-weight: var(--arki-font-weight-semibold);
    line-height: var(--arki-line-height-tight);
    text-decoration: none;
  }
  .action:hover { background: var(--arki-color-action-primary-hover); border-color: var(--arki-color-action-primary-hover); }
  .action:active { background: var(--arki-color-action-primary-active); }

  /* Clickable card: the heading link's ::after covers the card. */
  .is-clickable .heading-link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }
  .is-clickable { border-radius: var(--arki-radius-m); }
  .is-clickable:hover { border-color: var(--arki-color-border-strong); box-shadow: var(--arki-shadow-s); }
  .is-clickable:hover .heading-link { text-decoration-thickness: 0.15em; }
  /* Focus: the link keeps its own ring, and the whole card it covers is outlined too. */
  .is-clickable .heading-link:focus-visible::after {
    outline: var(--arki-focus-ring-width) solid var(--arki-color-focus-ring);
    outline-offset: var(--arki-focus-ring-offset);
    border-radius: var(--arki-radius-m);
  }

  @media (forced-colors: active) {
    .card { border-color: CanvasText; }
    .heading-link { color: LinkText; }
    .action { border-color: ButtonText; background: ButtonFace; color: LinkText; }
    .badges li { border-color: CanvasText; }
    .is-clickable .heading-link:focus-visible::after { outline-color: Highlight; }
  }
`;
