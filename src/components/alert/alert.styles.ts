import { css } from 'lit';

export default css`
  :host {
    display: block;
  }

  .alert {
    --_text: var(--arki-color-status-info-text);
    --_border: var(--arki-color-status-info-border);
    --_surface: var(--arki-color-status-info-surface);

    display: flex;
    align-items: flex-start;
    gap: var(--arki-space-s);
    padding-block: var(--arki-space-s);
    padding-inline: var(--arki-space-m) var(--arki-space-s);
    border: var(--arki-border-width-thin) solid var(--_border);
    border-inline-start-width: var(--arki-border-width-thick);
    border-radius: var(--arki-alert-radius, var(--arki-radius-s));
    background: var(--_surface);
    color: var(--arki-color-text);
    font-size: var(--arki-font-size-m);
    overflow-wrap: anywhere;
  }
  :host([variant='success']) .alert {
    --_text: var(--arki-color-status-success-text);
    --_border: var(--arki-color-status-success-border);
    --_surface: var(--arki-color-status-success-surface);
  }
  :host([variant='warning']) .alert {
    --_text: var(--arki-color-status-warning-text);
    --_border: var(--arki-color-status-warning-border);
    --_surface: var(--arki-color-status-warning-surface);
  }
  :host([variant='error']) .alert {
    --_text: var(--arki-color-status-error-text);
    --_border: var(--arki-color-status-error-border);
    --_surface: var(--arki-color-status-error-surface);
  }

  .icon {
    flex: none;
    color: var(--_text);
    --arki-icon-size: 1.5em;
    margin-block-start: calc((1lh - 1.5em) / 2);
  }
  .body {
    flex: 1;
    min-inline-size: 0;
    padding-block: var(--arki-space-3xs);
  }
  .heading {
    margin-block-end: var(--arki-space-2xs);
    font-family: var(--arki-font-family-heading);
    font-size: var(--arki-font-size-m);
    font-weight: var(--arki-font-weight-bold);
    line-height: var(--arki-line-height-tight);
  }
  ::slotted([slot='heading']) {
    margin: 0;
    font: inherit;
  }
  .content ::slotted(:first-child) { margin-block-start: 0; }
  .content ::slotted(:last-child) { margin-block-end: 0; }

  /* The shared close button (styles/close-button.ts), on the status surface. */
  .close { margin-block: calc(var(--arki-space-2xs) * -1); }
  .close:hover {
    border-color: var(--_border);
    background: var(--arki-color-surface);
  }
  /* Filled on focus: the ring alone can be too faint against a tinted status surface. */
  .close:focus-visible {
    background: var(--arki-color-text);
    color: var(--arki-color-text-inverse);
  }

  @media (forced-colors: active) {
    .alert { border-color: CanvasText; }
    .icon { color: CanvasText; }
    .close:focus-visible { background: ButtonFace; color: ButtonText; }
  }
`;
