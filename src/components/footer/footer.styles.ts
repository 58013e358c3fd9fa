import { css } from 'lit';

export default css`
  :host {
    display: block;
    font-family: var(--arki-font-family-base);
    font-size: var(--arki-font-size-m);
    line-height: var(--arki-line-height-base);
    color: var(--arki-color-text);
  }
  .footer {
    background: var(--arki-footer-background, var(--arki-color-surface-sunken));
    border-block-start: var(--arki-border-width-thick) solid var(--arki-color-border-strong);
  }
  .inner {
    max-inline-size: var(--arki-footer-max-width, 80rem);
    margin-inline: auto;
    padding: var(--arki-space-xl) var(--arki-space-m) var(--arki-space-l);
  }
  .top {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: var(--arki-space-l) var(--arki-space-xl);
  }
  .heading {
    margin: 0 0 var(--arki-space-xs);
    font-family: var(--arki-font-family-heading);
    font-size: var(--arki-font-size-m);
    font-weight: var(--arki-font-weight-bold);
    line-height: var(--arki-line-height-tight);
  }
  .links {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .links li + li { margin-block-start: var(--arki-space-3xs); }
  .link {
    display: inline-block;
    padding-block: var(--arki-space-3xs);
    color: var(--arki-color-text-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  .link:hover { color: var(--arki-color-text-link-hover); text-decoration-thickness: 0.15em; }
  .bottom {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--arki-space-xs) var(--arki-space-l);
    margin-block-start: var(--arki-space-xl);
    padding-block-start: var(--arki-space-m);
    border-block-start: var(--arki-border-width-thin) solid var(--arki-color-border);
    font-size: var(--arki-font-size-s);
  }
  @media (forced-colors: active) {
    .footer, .bottom { border-color: CanvasText; }
    .link { color: LinkText; }
  }
`;
