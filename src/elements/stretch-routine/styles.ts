import { css } from 'lit';

export const styles = css`
  .count {
    margin-bottom: 0.25em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .heading {
    font-size: 1.4em;
  }
  h3 {
    margin-top: var(--_space);
    font-size: 1.1em;
  }
  .picture {
    display: block;
    width: 100%;
    max-width: 420px;
    height: auto;
    margin: 0 auto calc(var(--_space) * 0.75);
    color: var(--_text);
  }
  .limb,
  .ghost,
  .arrow {
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .limb {
    stroke: currentColor;
    stroke-width: 11;
  }
  .arm {
    stroke-width: 8;
  }
  .far {
    stroke: var(--_muted);
    stroke-width: 9;
  }
  .head {
    fill: currentColor;
  }
  .floor {
    stroke: var(--_border);
    stroke-width: 3;
    stroke-linecap: round;
  }
  .mat {
    fill: var(--_subtle);
    stroke: var(--_border);
    stroke-width: 3;
  }
  .ghost {
    stroke: var(--_border);
    stroke-width: 5;
    stroke-dasharray: 2 9;
  }
  .arrow {
    stroke: var(--_primary);
    stroke-width: 5;
  }
  .arrow-head {
    fill: var(--_primary);
  }
  .caution {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_emergency-text);
    background: var(--_subtle);
    font-weight: 600;
  }
  .steps {
    padding-inline-start: 1.5em;
  }
  .steps li {
    margin-block: 0.25em;
  }
  .timer {
    container-type: inline-size;
    margin-bottom: var(--_space);
    padding: 0.75em var(--_space);
    border-radius: var(--_radius);
    background: var(--_subtle);
    text-align: center;
  }
  .cue {
    margin: 0;
    font-size: 1.15em;
    font-weight: 600;
  }
  .rep {
    display: block;
    color: var(--_muted);
    font-size: 0.8em;
    font-weight: 400;
  }
  /* Sized to its panel, so the countdown never wraps, even at 200% text on a phone. */
  .time {
    margin: 0;
    font-size: min(3em, 20cqi);
    white-space: nowrap;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .bar {
    display: block;
    width: 100%;
    height: 10px;
    border-radius: 5px;
  }
  .track {
    fill: var(--_surface);
  }
  .fill {
    fill: var(--_primary);
  }
  .controls {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.5em;
    margin-bottom: var(--_space);
  }
  .controls button {
    padding-inline: 0.5em;
    overflow-wrap: normal;
  }
  .controls .main {
    grid-column: 1 / -1;
    font-size: 1.15em;
  }
  button:disabled {
    border-color: var(--_border);
    color: var(--_muted);
    cursor: not-allowed;
  }
  .note {
    color: var(--_muted);
  }
  /* The pain exit is promised always on screen: it sticks to the bottom of
     whatever scrolls (the page, or a kiosk's content area) while a stretch is shown. */
  .stop-bar {
    position: sticky;
    /* A scroller's padding (the kiosk's) would leave a strip of content showing
       under the bar: it reaches that far down, with as much padding to spare. */
    bottom: calc(var(--_space) * -1);
    z-index: 1;
    margin-inline: calc(var(--_space) * -1);
    padding: 0.5em var(--_space) calc(0.5em + var(--_space));
    border-top: 1px solid var(--_border);
    background: var(--_surface);
  }
  .stop-note {
    margin-bottom: 0.5em;
    font-size: 0.9em;
    font-weight: 600;
  }
  .pregnant {
    margin-block: var(--_space);
  }
  [part='begin-button'] {
    width: 100%;
  }
  .hurts {
    width: 100%;
    border-color: var(--_emergency);
    background: var(--_emergency);
    color: var(--_on-emergency);
    font-size: 1.1em;
  }
  .quiet {
    margin-top: 0.5em;
    border-color: transparent;
    background: transparent;
    color: var(--_primary);
    font-weight: 400;
    text-decoration: underline;
  }
  .summary,
  .advice,
  .signs {
    padding-inline-start: 1.25em;
  }
  .summary li::marker {
    content: '–  ';
  }
  .summary .did::marker {
    content: '✓  ';
    color: var(--_primary);
  }
  .signs li::marker {
    color: var(--_emergency-text);
  }
  .advice li,
  .signs li {
    margin-block: 0.35em;
  }
  .cta {
    margin-bottom: var(--_space);
  }
  .fine {
    margin: var(--_space) 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .limb,
    .floor,
    .ghost,
    .mat {
      stroke: CanvasText;
    }
    .head {
      fill: CanvasText;
    }
    .mat,
    .track {
      fill: Canvas;
    }
    .arrow {
      stroke: LinkText;
    }
    .arrow-head,
    .fill {
      fill: LinkText;
    }
    .bar {
      border: 1px solid CanvasText;
    }
    .hurts {
      border: 3px solid CanvasText;
    }
  }
  @media print {
    button,
    .timer {
      display: none;
    }
  }
  /* Right to left, the drawings and the progress bar mirror with the reading (no text is drawn in them). */
  :host([dir='rtl']) .picture,
  :host([dir='rtl']) .bar {
    transform: scaleX(-1);
  }
`;
