import { css } from 'lit';

export default css`
  :host { display: block; }

  .base {
    padding: var(--arki-space-m);
    border: var(--arki-border-width-thin) solid var(--arki-color-border);
    border-block-start: var(--arki-border-width-thick) solid var(--arki-color-action-primary);
    border-radius: var(--arki-radius-m);
    background: var(--arki-feedback-background, var(--arki-color-surface-sunken));
    font-size: var(--arki-font-size-m);
  }
  .heading {
    margin: 0 0 var(--arki-space-s);
    font-family: var(--arki-font-family-heading);
    font-size: var(--arki-font-size-l);
    font-weight: var(--arki-font-weight-bold);
    line-height: var(--arki-line-height-tight);
    overflow-wrap: anywhere;
  }
  .answers, .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--arki-space-s);
  }
  .answers arki-button { min-inline-size: 6rem; }
  .intro { margin: 0 0 var(--arki-space-m); }
  .intro:focus, .thanks:focus { outline: none; }
  .intro:focus-visible, .thanks:focus-visible {
    outline: var(--arki-focus-ring-width) solid var(--arki-color-focus-ring);
    outline-offset: var(--arki-focus-ring-offset);
  }
  arki-textarea { --arki-field-gap: var(--arki-space-m); }
  .thanks, .error {
    display: flex;
    align-items: flex-start;
    gap: var(--arki-space-xs);
    margin: 0;
  }
  .thanks { font-weight: var(--arki-font-weight-semibold); }
  .thanks arki-icon { color: var(--arki-color-status-success-text); flex: none; }
  .error {
    margin-block-end: var(--arki-space-m);
    padding: var(--arki-space-s);
    border-inline-start: var(--arki-border-width-thick) solid var(--arki-color-status-error-border);
    background: var(--arki-color-status-error-surface);
    color: var(--arki-color-status-error-text);
    font-weight: var(--arki-font-weight-semibold);
  }
  .error arki-icon { flex: none; }
  .retry { margin-block-start: var(--arki-space-s); }

  @media (forced-colors: active) {
    .base { border-color: CanvasText; }
    .error { border-color: CanvasText; }
  }
`;
