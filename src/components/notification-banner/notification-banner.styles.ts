import { css } from 'lit';

export default css`
  :host {
    display: block;
  }

  .banner {
    --_accent: var(--arki-color-status-info-border);
    --_surface: var(--arki-color-status-info-surface);
    --_heading: var(--arki-color-status-info-text);

    border: var(--arki-border-width-thick) solid var(--_accent);
    border-radius: var(--arki-notification-banner-radius, var(--arki-radius-s));
    background: var(--arki-color-surface);
    color: var(--arki-color-text);
    overflow-wrap: anywhere;
  }
  :host([variant='success']) .banner {
    --_accent: var(--arki-color-status-success-border);
    --_surface: var(--arki-color-status-success-surface);
    --_heading: var(--arki-color-status-success-text);
  }
  .banner:focus {
    outline: var(--arki-focus-ring-width) solid var(--arki-color-focus-ring);
    outline-offset: var(--arki-focus-ring-offset);
  }

  .header {
    display: flex;
    align-items: center;
    gap: var(--arki-space-xs);
    padding-block: var(--arki-space-2xs);
    padding-inline: var(--arki-space-m);
    border-block-end: var(--arki-border-width-thin) solid var(--_accent);
    background: var(--_surface);
    color: var(--_heading);
    font-family: var(--arki-font-family-heading);
    font-size: var(--arki-font-size-m);
    font-weight: var(--arki-font-weight-bold);
    line-height: var(--arki-line-height-tight);
  }
  .header arki-icon { flex: none; }

  .content {
    padding: var(--arki-space-m);
    font-size: var(--arki-font-size-m);
  }
  .content ::slotted(:first-child) { margin-block-start: 0; }
  .content ::slotted(:last-child) { margin-block-end: 0; }

  @media (min-width: 40rem) {
    .content { padding: var(--arki-space-l); }
  }

  @media (forced-colors: active) {
    .banner, .header { border-color: CanvasText; }
    .banner:focus { outline-color: Highlight; }
  }
`;
