import { css } from 'lit';

export default css`
  :host {
    display: block;
    font-family: var(--arki-font-family-base);
    font-size: var(--arki-font-size-s);
    line-height: var(--arki-line-height-base);
    color: var(--arki-color-text);
  }
  .list {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--arki-space-3xs) var(--arki-space-2xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: inline-flex;
    align-items: center;
    gap: var(--arki-space-2xs);
    min-inline-size: 0;
  }
  /* Collapsed levels, visually hidden, all at the end of the list: their (invisible) text then
     runs off past the last level instead of under the visible ones. */
  .hidden-level {
    inset-block-end: 0;
    inset-inline-end: 0;
  }
  .sep {
    --arki-icon-size: 1em;
    color: var(--arki-color-text-subtle);
  }
  .crumb {
    display: inline-block;
    padding-block: var(--arki-space-3xs);
    overflow-wrap: anywhere;
  }
  a.crumb {
    color: var(--arki-color-text-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    border-radius: var(--arki-radius-s);
  }
  a.crumb:visited { color: var(--arki-color-text-link); }
  a.crumb:hover { color: var(--arki-color-text-link-hover); text-decoration-thickness: 0.15em; }
  .more {
    min-inline-size: var(--arki-target-size-min);
    min-block-size: var(--arki-target-size-min);
    margin: 0;
    padding-inline: var(--arki-space-2xs);
    border: var(--arki-border-width-thin) solid var(--arki-color-border-strong);
    border-radius: var(--arki-radius-s);
    background: var(--arki-color-surface);
    color: var(--arki-color-text-link);
    font: inherit;
    font-weight: var(--arki-font-weight-bold);
    line-height: 1;
    cursor: pointer;
  }
  .more:hover { background: var(--arki-color-surface-sunken); }
  @media (forced-colors: active) {
    a.crumb, a.crumb:visited, a.crumb:hover { color: LinkText; }
    .more { border-color: ButtonText; color: ButtonText; background: ButtonFace; }
    .sep { color: CanvasText; }
  }
`;
