import { css } from 'lit';

/** What the shared field styles do not cover: placeholder, search and password details. */
export default css`
  .inner::placeholder {
    color: var(--arki-color-text-subtle);
    opacity: 1;
  }
  /* The engine's own clear button would be a second, tiny, unlabelled target. */
  .inner::-webkit-search-cancel-button {
    appearance: none;
  }
  .inner::-ms-reveal {
    display: none;
  }
`;
