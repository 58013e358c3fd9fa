import { css } from 'lit';

/** Colours shared by the tag and the badge: a status's surface, border and text. */
export const statusColours = css`
  .tag, .badge {
    --_surface: var(--arki-color-surface-sunken);
    --_border: var(--arki-color-border-strong);
    --_text: var(--arki-color-text);
  }
  :host([variant='info']) :is(.tag, .badge) {
    --_surface: var(--arki-color-status-info-surface);
    --_border: var(--arki-color-status-info-border);
    --_text: var(--arki-color-status-info-text);
  }
  :host([variant='success']) :is(.tag, .badge) {
    --_surface: var(--arki-color-status-success-surface);
    --_border: var(--arki-color-status-success-border);
    --_text: var(--arki-color-status-success-text);
  }
  :host([variant='warning']) :is(.tag, .badge) {
    --_surface: var(--arki-color-status-warning-surface);
    --_border: var(--arki-color-status-warning-border);
    --_text: var(--arki-color-status-warning-text);
  }
  :host([variant='error']) :is(.tag, .badge) {
    --_surface: var(--arki-color-status-error-surface);
    --_border: var(--arki-color-status-error-border);
    --_text: var(--arki-color-status-error-text);
  }
`;

export default [
  statusColours,
  css`
    :host {
      display: inline-block;
      vertical-align: middle;
      max-inline-size: 100%;
    }

    .tag {
      display: inline-flex;
      align-items: center;
      gap: var(--arki-space-3xs);
      max-inline-size: 100%;
      min-block-size: var(--arki-target-size-min);
      padding-block: var(--arki-space-3xs);
      padding-inline: var(--arki-space-xs);
      border: var(--arki-border-width-thin) solid var(--_border);
      border-radius: var(--arki-radius-pill);
      background: var(--_surface);
      color: var(--_text);
      font-family: var(--arki-font-family-base);
      font-size: var(--arki-font-size-s);
      font-weight: var(--arki-font-weight-semibold);
      line-height: var(--arki-line-height-tight);
      overflow-wrap: anywhere;
    }
    :host([removable]) .tag { padding-inline-end: var(--arki-space-3xs); }

    .remove {
      flex: none;
      display: inline-grid;
      place-items: center;
      min-inline-size: var(--arki-target-size-min);
      min-block-size: var(--arki-target-size-min);
      margin: 0;
      padding: 0;
      border: var(--arki-border-width-thin) solid transparent;
      border-radius: var(--arki-radius-pill);
      background: transparent;
      color: inherit;
      cursor: pointer;
    }
    .remove:hover {
      border-color: var(--_border);
      background: var(--arki-color-surface);
    }
    /* Filled on focus: the ring alone can be too faint against a tinted status surface. */
    .remove:focus-visible {
      background: var(--arki-color-text);
      color: var(--arki-color-text-inverse);
    }

    @media (forced-colors: active) {
      .tag { border-color: CanvasText; }
      .remove { color: ButtonText; }
      .remove:focus-visible { background: ButtonFace; color: ButtonText; }
      .remove:hover { border-color: ButtonText; }
    }
  `,
];
