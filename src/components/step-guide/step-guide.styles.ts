import { css } from 'lit';

export default css`
  :host {
    display: block;
    --_circle: 2.25rem;
    --_line: var(--arki-step-guide-line, var(--arki-color-border-strong));
  }
  .controls { margin-block-end: var(--arki-space-s); }
  .show-all, .button {
    margin: 0;
    border: 0;
    background: none;
    font: inherit;
    cursor: pointer;
  }
  .show-all {
    display: inline-flex;
    align-items: center;
    gap: var(--arki-space-2xs);
    min-block-size: var(--arki-target-size-min);
    padding: var(--arki-space-3xs) 0;
    color: var(--arki-color-text-link);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .show-all:hover { color: var(--arki-color-text-link-hover); text-decoration-thickness: 0.15em; }

  .steps { margin: 0; padding: 0; list-style: none; }
  .step {
    position: relative;
    padding-inline-start: calc(var(--_circle) + var(--arki-space-s));
    padding-block-end: var(--arki-space-s);
  }
  /* The line joining the circles. */
  .step::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_circle) / 2 - var(--arki-border-width-thin));
    border-inline-start: var(--arki-border-width-medium) solid var(--_line);
  }
  .step:first-child::before { inset-block-start: calc(var(--arki-space-xs) + var(--_circle) / 2); }
  .step:last-child::before { inset-block-end: auto; block-size: var(--arki-space-m); }
  .step:only-child::before { display: none; }
  .step[data-logic]::before { border-inline-start-style: dotted; }

  .heading {
    margin: 0;
    font-family: var(--arki-font-family-heading);
    font-size: var(--arki-font-size-l);
    font-weight: var(--arki-font-weight-bold);
    line-height: var(--arki-line-height-tight);
  }
  .button {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--arki-space-2xs) var(--arki-space-s);
    inline-size: 100%;
    min-block-size: var(--arki-target-size-comfortable);
    padding-block: var(--arki-space-xs);
    padding-inline: 0;
    color: var(--arki-color-text);
    text-align: start;
    overflow-wrap: anywhere;
  }
  .button:hover .title { text-decoration: underline; text-decoration-thickness: 0.1em; }
  .circle {
    position: absolute;
    inset-inline-start: 0;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: var(--_circle);
    block-size: var(--_circle);
    margin-block-start: calc(-1 * var(--arki-space-3xs));
    border: var(--arki-border-width-medium) solid var(--_line);
    border-radius: 50%;
    background: var(--arki-color-surface);
    font-size: var(--arki-font-size-m);
    line-height: 1;
  }
  .logic { font-size: var(--arki-font-size-s); font-weight: var(--arki-font-weight-semibold); }
  .step[data-current] .circle {
    border-width: var(--arki-border-width-thick);
    border-color: var(--arki-color-action-primary);
    background: var(--arki-color-action-primary);
    color: var(--arki-color-action-on-primary);
  }
  .title { flex: 0 1 auto; min-inline-size: 0; }
  .current-tag {
    padding: var(--arki-space-3xs) var(--arki-space-xs);
    border-radius: var(--arki-radius-s);
    background: var(--arki-color-status-info-surface);
    color: var(--arki-color-status-info-text);
    border: var(--arki-border-width-thin) solid var(--arki-color-status-info-border);
    font-family: var(--arki-font-family-base);
    font-size: var(--arki-font-size-s);
    font-weight: var(--arki-font-weight-semibold);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--arki-space-3xs);
    flex-basis: 100%;
    font-family: var(--arki-font-family-base);
    font-size: var(--arki-font-size-s);
    font-weight: var(--arki-font-weight-regular);
    color: var(--arki-color-text-link);
  }

  .panel { padding-block: 0 var(--arki-space-s); }
  /* "until-found" must not be display:none, or find-in-page cannot reach it (the shared reset would make it so). */
  .panel[hidden='until-found'] { display: block !important; padding: 0; }
  .paragraph { margin: 0 0 var(--arki-space-s); }
  .list { margin: 0 0 var(--arki-space-s); padding: 0; list-style: none; }
  .list[data-style='choice'] { padding-inline-start: var(--arki-space-m); list-style: disc; }
  .item { margin-block-end: var(--arki-space-xs); }
  /* Links stand alone in the list (not in a sentence): each keeps a 24 px target (WCAG 2.5.8). */
  .link {
    display: inline-block;
    min-block-size: var(--arki-target-size-min);
    padding-block: 0.125rem;
    color: var(--arki-color-text-link);
    text-underline-offset: 0.15em;
  }
  .link:hover { color: var(--arki-color-text-link-hover); text-decoration-thickness: 0.15em; }
  .link:visited { color: var(--arki-color-text-link-visited); }
  .link[aria-current='page'] { font-weight: var(--arki-font-weight-bold); color: var(--arki-color-text); }
  .context { color: var(--arki-color-text-subtle); }
  ::slotted(*) { margin-block: 0 var(--arki-space-s); }

  @media (forced-colors: active) {
    .step::before, .circle { border-color: CanvasText; }
    .step[data-current] .circle { background: Highlight; color: HighlightText; border-color: Highlight; }
    .current-tag { border-color: CanvasText; }
    .show-all, .toggle { color: LinkText; }
  }
`;
