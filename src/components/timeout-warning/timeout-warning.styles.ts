import { css } from 'lit';

export default css`
  /* Nothing shows until the warning opens: the dialog is in the top layer. */
  :host { display: contents; }
  p { margin: 0 0 var(--arki-space-s); }
  p:last-of-type { margin-block-end: 0; }
  .countdown {
    font-size: var(--arki-font-size-l);
    font-weight: var(--arki-font-weight-semibold);
    font-variant-numeric: tabular-nums;
  }
  .error {
    padding: var(--arki-space-s);
    border-inline-start: var(--arki-border-width-thick) solid var(--arki-color-status-error-border);
    background: var(--arki-color-status-error-surface);
    color: var(--arki-color-status-error-text);
    font-weight: var(--arki-font-weight-semibold);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--arki-space-s);
  }
  @media (forced-colors: active) {
    .error { border-color: CanvasText; }
  }
`;
