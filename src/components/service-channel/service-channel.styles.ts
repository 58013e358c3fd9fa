import { css } from 'lit';

export default css`
  :host {
    display: block;
    max-inline-size: 100%;
  }
  .channel {
    display: flex;
    flex-direction: column;
    gap: var(--arki-space-xs);
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  p { margin: 0; }
  .heading {
    display: flex;
    align-items: flex-start;
    gap: var(--arki-space-xs);
    margin: 0;
    font-family: var(--arki-font-family-heading);
    font-size: var(--arki-font-size-l);
    font-weight: var(--arki-font-weight-bold);
    line-height: var(--arki-line-height-tight);
  }
  .heading arki-icon { margin-block-start: 0.05em; color: var(--arki-color-text-subtle); }
  .description { color: var(--arki-color-text); }
  .fact {
    display: flex;
    align-items: flex-start;
    gap: var(--arki-space-xs);
  }
  .fact arki-icon { margin-block-start: 0.15em; color: var(--arki-color-text-subtle); }
  .label {
    display: block;
    font-weight: var(--arki-font-weight-semibold);
  }
  .address .line { display: block; }
  .accessibility ul { margin: var(--arki-space-3xs) 0 0; padding-inline-start: var(--arki-space-l); }
  .accessibility .label { display: flex; align-items: center; gap: var(--arki-space-xs); }

  a {
    color: var(--arki-color-text-link);
    text-underline-offset: 0.2em;
    border-radius: var(--arki-radius-s);
  }
  a:hover { color: var(--arki-color-text-link-hover); text-decoration-thickness: 0.15em; }
  .tel {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--arki-target-size-min);
    font-size: var(--arki-font-size-l);
    font-weight: var(--arki-font-weight-semibold);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .action {
    display: inline-flex;
    align-items: center;
    gap: var(--arki-space-2xs);
    min-block-size: var(--arki-target-size-comfortable);
    font-weight: var(--arki-font-weight-semibold);
  }
  .action arki-icon { flex: none; }

  @media (forced-colors: active) {
    a { color: LinkText; }
  }
`;
