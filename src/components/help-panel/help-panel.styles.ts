import { css } from 'lit';

export default css`
  :host { display: block; }

  .trigger {
    display: inline-flex;
    align-items: center;
    gap: var(--arki-space-2xs);
    min-block-size: var(--arki-target-size-comfortable);
    margin: 0 0 var(--arki-space-s);
    padding-block: var(--arki-space-2xs);
    padding-inline: var(--arki-space-s);
    border: var(--arki-border-width-medium) solid var(--arki-color-action-on-secondary);
    border-radius: var(--arki-radius-m);
    background: var(--arki-color-action-secondary);
    color: var(--arki-color-action-on-secondary);
    font: inherit;
    font-weight: var(--arki-font-weight-semibold);
    cursor: pointer;
  }
  .trigger:hover { background: var(--arki-color-action-secondary-hover); }
  .trigger[aria-expanded='true'] { background: var(--arki-color-surface-sunken); }

  /* Wide screens: in the page's flow beside the content; sticks while the form scrolls. */
  .panel {
    position: sticky;
    inset-block-start: var(--arki-space-s);
    max-block-size: calc(100dvh - 2 * var(--arki-space-s));
    overflow: auto;
    padding: var(--arki-space-m);
    border: var(--arki-border-width-thin) solid var(--arki-color-border);
    border-inline-start: var(--arki-border-width-thick) solid var(--arki-color-status-info-border);
    border-radius: var(--arki-radius-m);
    background: var(--arki-help-panel-background, var(--arki-color-surface-raised));
  }
  .header {
    display: flex;
    align-items: flex-start;
    gap: var(--arki-space-s);
    margin-block-end: var(--arki-space-s);
  }
  .heading {
    flex: 1;
    min-inline-size: 0;
    margin: 0;
    padding-block-start: var(--arki-space-2xs);
    font-family: var(--arki-font-family-heading);
    font-size: var(--arki-font-size-l);
    font-weight: var(--arki-font-weight-bold);
    line-height: var(--arki-line-height-tight);
    overflow-wrap: anywhere;
  }
  .heading-text:focus { outline: none; }
  .heading-text:focus-visible { outline: var(--arki-focus-ring-width) solid var(--arki-color-focus-ring); outline-offset: var(--arki-focus-ring-offset); }
  .body { overflow-wrap: anywhere; }
  ::slotted(:first-child) { margin-block-start: 0; }
  ::slotted(:last-child) { margin-block-end: 0; }

  /* Narrow screens: a full-height sheet from the inline end. */
  arki-dialog::part(base) {
    margin-inline-end: 0;
    inline-size: min(100%, 32rem);
    block-size: 100dvh;
    max-block-size: 100dvh;
    border-radius: 0;
  }

  @media (forced-colors: active) {
    .trigger, .panel { border-color: CanvasText; }
    .trigger { color: ButtonText; }
  }
`;
