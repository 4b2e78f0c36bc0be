import { css } from 'lit';

export const styles = css`
  :host {
    --_accent: var(--_emergency);
  }
  .intro {
    color: var(--_muted);
  }
  .signs {
    padding-inline-start: 1.25em;
  }
  .signs li {
    margin-block: 0.35em;
  }
  .signs li::marker {
    color: var(--_emergency);
  }
  .note {
    margin: var(--_space) 0 0;
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .fine {
    margin: var(--_space) 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  @media print {
    button {
      display: none;
    }
  }
`;
