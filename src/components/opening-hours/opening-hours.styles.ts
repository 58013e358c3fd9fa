import { css } from 'lit';

export default css`
  :host {
    display: block;
    max-inline-size: 100%;
    /* Long Finnish compounds in captions and notes wrap instead of widening the table. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  .status {
    display: flex;
    align-items: flex-start;
    gap: var(--arki-space-xs);
    margin: 0 0 var(--arki-space-xs);
    font-weight: var(--arki-font-weight-semibold);
    overflow-wrap: anywhere;
  }
  .status arki-icon { margin-block-start: 0.1em; }
  .status[data-state='open'] arki-icon { color: var(--arki-color-status-success-text); }
  .status[data-state='closing-soon'] arki-icon { color: var(--arki-color-status-warning-text); }
  .status[data-state='temporarily-closed'] arki-icon { color: var(--arki-color-status-info-text); }
  .status[data-state='closed'] arki-icon { color: var(--arki-color-text-subtle); }
  .unavailable { font-weight: var(--arki-font-weight-regular); color: var(--arki-color-text-subtle); }

  .notice {
    margin: 0 0 var(--arki-space-s);
    padding: var(--arki-space-xs) var(--arki-space-s);
    border-inline-start: var(--arki-border-width-thick) solid var(--arki-color-status-info-border);
    background: var(--arki-color-status-info-surface);
    color: var(--arki-color-status-info-text);
    overflow-wrap: anywhere;
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block: var(--arki-space-xs) var(--arki-space-s);
  }
  caption {
    text-align: start;
    font-weight: var(--arki-font-weight-semibold);
    padding-block-end: var(--arki-space-2xs);
  }
  th, td {
    padding: var(--arki-space-2xs) var(--arki-space-xs);
    border-block-end: var(--arki-border-width-thin) solid var(--arki-color-border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  thead th { font-weight: var(--arki-font-weight-semibold); color: var(--arki-color-text-subtle); font-size: var(--arki-font-size-s); }
  tbody th { font-weight: var(--arki-font-weight-regular); }
  .weekday { text-transform: capitalize; }
  .date { color: var(--arki-color-text-subtle); }
  .hours { font-variant-numeric: tabular-nums; }
  .range { white-space: nowrap; }
  .day-note { display: block; font-size: var(--arki-font-size-s); color: var(--arki-color-text-subtle); }

  /* Today: bold text, a thick start border and a visible "today" label, never colour alone. */
  tr.today > * {
    background: var(--arki-opening-hours-today-background, var(--arki-color-surface-sunken));
    font-weight: var(--arki-font-weight-bold);
  }
  tbody th { border-inline-start: var(--arki-border-width-thick) solid transparent; }
  tr.today > th { border-inline-start-color: var(--arki-color-border-strong); }
  tr.today .date { color: inherit; }
  .today-marker {
    display: inline-block;
    margin-inline-start: var(--arki-space-3xs);
    padding-inline: var(--arki-space-2xs);
    border: var(--arki-border-width-thin) solid currentColor;
    border-radius: var(--arki-radius-pill);
    font-size: var(--arki-font-size-xs);
    font-weight: var(--arki-font-weight-semibold);
  }

  .exceptions-title { margin: var(--arki-space-s) 0 var(--arki-space-2xs); font-weight: var(--arki-font-weight-semibold); }
  .exceptions ul { margin: 0; padding-inline-start: var(--arki-space-m); }
  .exceptions li { overflow-wrap: anywhere; }
  .ex-date { font-variant-numeric: tabular-nums; }
  .general-note { margin: var(--arki-space-xs) 0 0; color: var(--arki-color-text-subtle); overflow-wrap: anywhere; }

  .details > summary {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--arki-target-size-min);
    cursor: pointer;
    color: var(--arki-color-text-link);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    border-radius: var(--arki-radius-s);
  }
  .details > summary:hover { color: var(--arki-color-text-link-hover); }

  @media (forced-colors: active) {
    tr.today > th { border-inline-start-color: CanvasText; }
    .notice { border-inline-start-color: CanvasText; }
    .details > summary { color: LinkText; }
  }
`;
