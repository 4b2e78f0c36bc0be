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
    border-inline-start: 4px solid var(--_emergency-text);
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
  .choices {
    display: grid;
    gap: 0.5em;
  }
  .choice {
    justify-content: flex-start;
    width: 100%;
    text-align: start;
  }
  .choice[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .note {
    color: var(--_muted);
  }
  .card {
    margin-bottom: var(--_space);
    padding: var(--_space);
    border: 2px solid var(--_accent-card);
    border-inline-start-width: 10px;
    border-radius: var(--_radius);
    --_accent-card: var(--_self-care);
    --_on-accent-card: var(--_surface);
  }
  .card.see-doctor {
    --_accent-card: var(--_primary);
  }
  .card.urgent {
    --_accent-card: var(--_urgent);
  }
  .card.emergency {
    --_accent-card: var(--_emergency);
    --_on-accent-card: var(--_on-emergency);
  }
  .badge {
    display: inline-block;
    margin: 0 0 0.5em;
    padding: 0.15em 0.6em;
    border-radius: 999px;
    background: var(--_accent-card);
    color: var(--_on-accent-card);
    font-size: 0.875em;
    font-weight: 700;
  }
  .card .step-heading {
    font-size: 1.5em;
  }
  .do {
    font-size: 1.1em;
    font-weight: 600;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block: 0.75em;
  }
  /* A clinic's name may be one long word too wide for a phone at large text: let it break. */
  .links .button {
    overflow-wrap: anywhere;
  }
  .card .call {
    width: 100%;
    max-width: 22em;
    margin-block: 0.25em 0.75em;
    border-color: var(--_emergency);
    background: var(--_emergency);
    color: var(--_on-emergency);
    font-size: 1.15em;
  }
  .card .fine {
    margin-top: 0.5em;
  }
  .reasons li {
    margin-block: 0.35em;
  }
  .nav,
  .actions,
  .book-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: var(--_space);
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
    color: var(--_emergency-text);
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
    .card {
      border-color: CanvasText;
    }
    .badge {
      border: 1px solid CanvasText;
    }
    .choice[aria-pressed='true'] {
      border-width: 4px;
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
    .links,
    .card .call {
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
