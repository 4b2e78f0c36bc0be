import { css } from 'lit';

export const styles = css`
  .step-heading {
    display: block;
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  legend .step-heading {
    margin-bottom: 0;
  }
  .subheading {
    margin: var(--_space) 0 0.5em;
    font-size: 1.1em;
  }
  section {
    margin-top: calc(var(--_space) * 1.5);
  }
  .urgent-note {
    padding: 0.75em;
    border-inline-start: 4px solid var(--_emergency);
    border-radius: var(--_radius);
    background: var(--_subtle);
    font-weight: 600;
  }
  .progress p {
    margin: 0 0 0.35em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .bar {
    display: flex;
    gap: 4px;
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .bar li {
    flex: 1;
    height: 6px;
    border-radius: 3px;
    background: var(--_subtle);
    box-shadow: inset 0 0 0 1px var(--_border);
  }
  .bar li.done {
    background: var(--_primary);
    box-shadow: none;
  }
  .flag {
    --_accent: var(--_emergency);
  }
  .or {
    margin: 0.5em 0;
    color: var(--_muted);
  }
  .error {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_emergency);
    font-weight: 700;
  }
  .nav,
  .actions,
  .book-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: var(--_space);
  }
  .outcome > .step-heading {
    padding-inline-start: 0.5em;
    border-inline-start: 6px solid var(--_primary);
  }
  .outcome.emergency > .step-heading {
    border-color: var(--_emergency);
  }
  .lead {
    font-size: 1.05em;
  }
  ul {
    padding-inline-start: 1.25em;
  }
  li {
    margin-block: 0.35em;
  }
  .signs li::marker {
    color: var(--_emergency);
  }
  .unsure {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .advice-title {
    display: block;
  }
  .answers {
    padding: 0.75em var(--_space);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .answers .subheading {
    margin-top: 0;
  }
  dl {
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.5em;
  }
  .fine {
    margin: var(--_space) 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .print-only {
    display: none;
  }
  @media (forced-colors: active) {
    .bar li.done {
      background: CanvasText;
    }
  }
  /* Paper gets the outcome, the answers and the date; nothing to press. */
  @media print {
    :host {
      padding: 0;
    }
    button,
    .nav,
    .actions,
    .book {
      display: none;
    }
    .print-only {
      display: block;
    }
    .cta-text {
      margin-bottom: 0;
    }
  }
`;
