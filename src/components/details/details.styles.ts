import { css } from 'lit';

export default css`
  :host {
    display: block;
    margin-block-end: var(--arki-space-l);
    font-family: var(--arki-font-family-base);
    font-size: var(--arki-font-size-m);
    line-height: var(--arki-line-height-base);
    color: var(--arki-color-text);
  }
  details { display: block; }
  summary {
    display: inline-flex;
    align-items: flex-start;
    gap: var(--arki-space-2xs);
    min-block-size: var(--arki-target-size-min);
    padding-block: var(--arki-space-3xs);
    color: var(--arki-details-summary-color, var(--arki-color-text-link));
    cursor: pointer;
    list-style: none;
    overflow-wrap: anywhere;
  }
  summary::-webkit-details-marker { display: none; }
  summary:hover .summary-text { text-decoration-thickness: max(3px, 0.1875em); }
  .summary-text {
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  .marker {
    flex: none;
    margin-block-start: 0.1em;
    transition: transform var(--arki-motion-duration-fast) var(--arki-motion-easing-standard);
  }
  details[open] .marker { transform: rotate(90deg); }
  /* The icon already mirrors itself in right-to-left text; turn it the other way to point down. */
  details[open] .marker:dir(rtl) { transform: rotate(-90deg); }
  /* The GOV.UK details: content set off by a border on the start side. */
  .content {
    margin-block-start: var(--arki-space-xs);
    padding-block: var(--arki-space-s);
    padding-inline-start: var(--arki-space-m);
    border-inline-start: var(--arki-border-width-thick) solid var(--arki-color-border-strong);
  }
  @media (prefers-reduced-motion: reduce) {
    .marker { transition: none; }
  }
  @media (forced-colors: active) {
    summary { color: LinkText; }
    .content { border-inline-start-color: CanvasText; }
  }
`;
