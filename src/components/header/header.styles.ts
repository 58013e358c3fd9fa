import { css } from 'lit';

export default css`
  :host {
    display: block;
    font-family: var(--arki-font-family-base);
    font-size: var(--arki-font-size-m);
    line-height: var(--arki-line-height-base);
    color: var(--arki-color-text);
  }
  :host([sticky]) {
    position: sticky;
    inset-block-start: 0;
    z-index: var(--arki-z-sticky);
  }
  .header {
    background: var(--arki-header-background, var(--arki-color-surface));
    border-block-end: var(--arki-border-width-thin) solid var(--arki-color-border);
  }
  :host([sticky]) .header { box-shadow: var(--arki-shadow-s); }
  .bar,
  .panel {
    max-inline-size: var(--arki-header-max-width, 80rem);
    margin-inline: auto;
    padding-inline: var(--arki-space-m);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--arki-space-xs) var(--arki-space-m);
    padding-block: var(--arki-space-s);
  }
  .brand {
    display: flex;
    flex: 1 1 auto;
    align-items: center;
    gap: var(--arki-space-s);
    min-inline-size: 0;
  }
  .service {
    font-family: var(--arki-font-family-heading);
    font-size: var(--arki-font-size-l);
    font-weight: var(--arki-font-weight-bold);
    line-height: var(--arki-line-height-tight);
    overflow-wrap: anywhere;
  }
  ::slotted([slot='service-name']) { color: inherit; }
  .tools {
    display: flex;
    flex: 0 1 auto;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--arki-space-xs) var(--arki-space-m);
    margin-inline-start: auto;
  }
  .narrow .tools { flex: 1 1 100%; justify-content: space-between; }
  .menu-button {
    display: inline-flex;
    align-items: center;
    gap: var(--arki-space-2xs);
    min-block-size: var(--arki-target-size-comfortable);
    min-inline-size: var(--arki-target-size-comfortable);
    margin: 0;
    margin-inline-start: auto;
    padding-inline: var(--arki-space-s);
    border: var(--arki-border-width-medium) solid var(--arki-color-action-on-secondary);
    border-radius: var(--arki-radius-m);
    background: var(--arki-color-action-secondary);
    color: var(--arki-color-action-on-secondary);
    font: inherit;
    font-weight: var(--arki-font-weight-semibold);
    cursor: pointer;
  }
  .menu-button:hover { background: var(--arki-color-action-secondary-hover); }
  .panel { padding-block-end: var(--arki-space-xs); }
  .narrow .panel {
    border-block-start: var(--arki-border-width-thin) solid var(--arki-color-border);
    padding-block: var(--arki-space-s);
  }
  /* A long menu in a sticky header scrolls inside itself instead of running off the screen. */
  :host([sticky]) .narrow .panel { max-block-size: 70vh; overflow-y: auto; }
  .search { margin-block-end: var(--arki-space-s); }
  .list {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--arki-space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .narrow .list { flex-direction: column; gap: 0; }
  .nav-link {
    display: flex;
    align-items: center;
    min-block-size: var(--arki-target-size-comfortable);
    padding-block: var(--arki-space-2xs);
    border-block-end: var(--arki-border-width-thick) solid transparent;
    color: var(--arki-color-text-link);
    font-weight: var(--arki-font-weight-semibold);
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  .nav-link:hover { text-decoration: underline; text-decoration-thickness: 0.15em; }
  .nav-link[aria-current] { border-block-end-color: currentColor; color: var(--arki-color-text); }
  .narrow .nav-link { border-block-end: 0; border-inline-start: var(--arki-border-width-thick) solid transparent; padding-inline-start: var(--arki-space-xs); }
  .narrow .nav-link[aria-current] { border-inline-start-color: currentColor; }
  @media (forced-colors: active) {
    .header { border-block-end-color: CanvasText; }
    .menu-button { border-color: ButtonText; color: ButtonText; background: ButtonFace; }
    .nav-link { color: LinkText; }
    .nav-link[aria-current] { border-color: CanvasText; color: CanvasText; }
  }
`;
