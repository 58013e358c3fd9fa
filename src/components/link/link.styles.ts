import { css } from 'lit';

export default css`
  :host {
    display: inline;
  }
  .link {
    color: var(--arki-link-color, var(--arki-color-text-link));
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
    border-radius: var(--arki-radius-s);
    overflow-wrap: anywhere;
  }
  .link:visited { color: var(--arki-link-color-visited, var(--arki-color-text-link-visited)); }
  .link:hover {
    color: var(--arki-link-color-hover, var(--arki-color-text-link-hover));
    text-decoration-thickness: max(3px, 0.1875em);
  }
  :host([no-visited]) .link:visited { color: var(--arki-link-color, var(--arki-color-text-link)); }
  /* Icon and the text before it never split across lines. */
  .nowrap { white-space: nowrap; }
  arki-icon { margin-inline-start: 0.2em; vertical-align: -0.15em; --arki-icon-size: 1em; }
  .meta { font-weight: var(--arki-font-weight-regular); }
  @media (forced-colors: active) {
    .link, .link:visited, .link:hover { color: LinkText; }
  }
`;
