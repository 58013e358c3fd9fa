import { css } from 'lit';

export default css`
  .zone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--arki-space-xs) var(--arki-space-s);
    padding: var(--arki-space-s);
    border: var(--arki-border-width-medium) dashed var(--arki-color-border-strong);
    border-radius: var(--arki-radius-m);
    background: var(--arki-file-upload-zone-background, var(--arki-color-surface-sunken));
    transition: background-color var(--arki-motion-duration-fast) var(--arki-motion-easing-standard);
  }
  .zone[data-dragging] {
    border-style: solid;
    border-color: var(--arki-color-focus-ring);
    background: var(--arki-color-status-info-surface);
  }
  .field[data-invalid] .zone { border-color: var(--arki-color-status-error-border); }

  /* The native input lies over the visual button: a click, a tap, Enter or Space reach the
     real control. Its own text and button are transparent (the browser's would be in the
     browser's language, not the page's), but the input itself draws the focus ring, so the
     focused element visibly changes. */
  .picker {
    position: relative;
    display: inline-flex;
  }
  .input {
    position: absolute;
    inset: 0;
    z-index: 1;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: var(--arki-radius-m);
    background: transparent;
    color: transparent;
    font: inherit;
    cursor: pointer;
  }
  .input::file-selector-button { opacity: 0; cursor: pointer; }
  .input::-webkit-file-upload-button { opacity: 0; cursor: pointer; }
  .input:disabled { cursor: not-allowed; }
  .input:focus-visible {
    outline: var(--arki-focus-ring-width) solid var(--arki-color-focus-ring);
    outline-offset: var(--arki-focus-ring-offset);
    box-shadow: 0 0 0 var(--arki-focus-ring-offset) var(--arki-color-focus-ring-inner);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: var(--arki-target-size-comfortable);
    padding-block: var(--arki-space-2xs);
    padding-inline: var(--arki-space-m);
    border: var(--arki-border-width-medium) solid var(--arki-color-action-on-secondary);
    border-radius: var(--arki-radius-m);
    background: var(--arki-color-action-secondary);
    color: var(--arki-color-action-on-secondary);
    font-weight: var(--arki-font-weight-semibold);
    line-height: var(--arki-line-height-tight);
    white-space: nowrap;
  }
  .input:not([data-readonly]):hover + .button { background: var(--arki-color-action-secondary-hover); }
  /* Read-only: still focusable and described, but drawn as a plain box, not an action. */
  .input[data-readonly] { cursor: default; }
  .input[data-readonly]::file-selector-button { cursor: default; }
  .input[data-readonly]::-webkit-file-upload-button { cursor: default; }
  .input[data-readonly] + .button {
    border-color: var(--arki-color-border-strong);
    border-style: dashed;
    background: var(--arki-color-surface-sunken);
    color: var(--arki-color-text);
    font-weight: var(--arki-font-weight-regular);
  }
  .input:disabled + .button {
    border-color: var(--arki-color-action-disabled);
    background: var(--arki-color-action-disabled);
    color: var(--arki-color-action-on-disabled);
  }
  .drop-text { color: var(--arki-color-text-subtle); }
  .zone[data-inactive] .drop-text { display: none; }

  .status {
    margin-block-start: var(--arki-space-xs);
    color: var(--arki-color-text-subtle);
    font-size: var(--arki-font-size-s);
  }

  .files {
    display: grid;
    gap: var(--arki-space-2xs);
    margin: var(--arki-space-xs) 0 0;
    padding: 0;
    list-style: none;
  }
  .file {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto auto;
    grid-template-areas: 'name size remove' 'error error error';
    align-items: center;
    gap: var(--arki-space-3xs) var(--arki-space-s);
    padding-block: var(--arki-space-2xs);
    padding-inline: var(--arki-space-s) var(--arki-space-2xs);
    border: var(--arki-border-width-thin) solid var(--arki-color-border);
    border-radius: var(--arki-radius-s);
    background: var(--arki-color-surface);
  }
  .file[data-invalid] {
    border-color: var(--arki-color-status-error-border);
    border-inline-start-width: var(--arki-border-width-thick);
  }
  .file-name {
    grid-area: name;
    font-weight: var(--arki-font-weight-semibold);
    overflow-wrap: anywhere;
  }
  .file-size {
    grid-area: size;
    color: var(--arki-color-text-subtle);
    font-size: var(--arki-font-size-s);
    white-space: nowrap;
  }
  .file-error {
    grid-area: error;
    color: var(--arki-color-status-error-text);
    font-weight: var(--arki-font-weight-semibold);
    overflow-wrap: anywhere;
  }
  .remove {
    grid-area: remove;
    min-block-size: var(--arki-target-size-min);
    min-inline-size: var(--arki-target-size-min);
    padding-block: var(--arki-space-3xs);
    padding-inline: var(--arki-space-xs);
    border: 0;
    border-radius: var(--arki-radius-s);
    background: transparent;
    color: var(--arki-color-text-link);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .remove:hover { color: var(--arki-color-text-link-hover); text-decoration-thickness: 0.15em; }
  .remove:disabled { color: var(--arki-color-text-subtle); text-decoration: none; cursor: not-allowed; }

  @media (max-width: 30rem) {
    .file { grid-template-columns: minmax(0, 1fr) auto; grid-template-areas: 'name remove' 'size remove' 'error error'; }
  }

  @media (prefers-reduced-motion: reduce) {
    .zone { transition: none; }
  }

  @media (forced-colors: active) {
    .zone, .file { border-color: CanvasText; }
    .zone[data-dragging] { border-color: Highlight; }
    .field[data-invalid] .zone, .file[data-invalid] { border-color: Mark; }
    .button { border-color: ButtonText; background: ButtonFace; color: ButtonText; }
    /* Keep the browser's own text hidden: forced colours would paint it over the button. */
    .input { forced-color-adjust: none; color: transparent; }
    .input:focus-visible { outline-color: Highlight; box-shadow: none; }
    .input:disabled + .button { border-color: GrayText; color: GrayText; }
    .input[data-readonly] + .button { border-color: CanvasText; background: Canvas; color: CanvasText; }
    .remove { color: LinkText; }
    .remove:disabled { color: GrayText; }
  }
`;
