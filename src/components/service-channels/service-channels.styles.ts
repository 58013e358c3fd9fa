import { css } from 'lit';

export default css`
  :host {
    display: block;
    max-inline-size: 100%;
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--arki-service-channels-min-column, 18rem)), 1fr));
    gap: var(--arki-space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    min-inline-size: 0;
    padding: var(--arki-space-m);
    border: var(--arki-border-width-thin) solid var(--arki-color-border);
    border-radius: var(--arki-radius-m);
    background: var(--arki-color-surface-raised);
  }
  .empty { margin: 0; color: var(--arki-color-text-subtle); }
  @media (forced-colors: active) {
    .item { border-color: CanvasText; }
  }
`;
