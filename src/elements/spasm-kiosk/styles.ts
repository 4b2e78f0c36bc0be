import { css } from 'lit';

export const styles = css`
  /* The shell fills the screen and scrolls its content below a fixed top
     bar, so nothing (a focused control included) can hide under the bar. */
  :host {
    --_target: var(--spasm-touch-target, 48px);
    --_font-size: var(--spasm-font-size, calc(var(--_medium, 16px) * 1.25));
    display: flex;
    flex-direction: column;
    height: 100vh;
    height: 100dvh;
    padding: 0;
    border-radius: 0;
    overflow: hidden;
    /* The top bar folds into a menu when its controls need more than this many of the kiosk's own ems. */
    container: kiosk / inline-size;
    /* Finish is red text on the bar: the emergency red in light, a lighter red in dark (the dark emergency red is 3.1:1 there). */
    --_finish: var(--spasm-color-emergency, #b3261e);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_finish: var(--spasm-color-emergency, #ffb4ab);
    }
  }
  button {
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
  }
  /* The attract and staff screens: one centred column. */
  .attract,
  .staff {
    flex: 1;
    overflow: auto;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 2) var(--_space);
    text-align: center;
  }
  /* Centred while it fits; taller than the screen, it starts at the top and scrolls (justify-content: center would cut off the top). */
  .attract > :first-child,
  .staff > :first-child {
    margin-top: auto;
  }
  .attract > :last-child,
  .staff > :last-child {
    margin-bottom: auto;
  }
  .start {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
    width: min(100%, 28em);
    padding: 1.5em 1em;
    border-width: 3px;
    font-size: 1.3em;
  }
  .start .other {
    font-size: 0.8em;
    font-weight: 400;
  }
  .clinic {
    margin: 0;
    font-size: 1.6em;
    font-weight: 700;
  }
  slot[name='logo'] {
    display: block;
  }
  ::slotted([slot='logo']) {
    max-width: 240px;
    max-height: 120px;
  }
  .languages {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .languages .choices {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    /* WebKit lays a flex fieldset's legend out as a flex item: without this the buttons stretch to its line. */
    align-items: flex-start;
    gap: 0.5em;
  }
  .languages legend {
    width: 100%;
    margin-bottom: 0.4em;
    text-align: center;
  }
  .bar .languages legend {
    text-align: start;
  }
  .languages button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  /* One line: the name takes what the controls leave and ends in an ellipsis (the full name is its title, and on the attract screen). */
  .bar {
    position: relative;
    z-index: 1;
    flex: none;
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    gap: 0.5em;
    padding: 4px var(--_space);
    background: var(--_subtle);
    border-bottom: 1px solid var(--_border);
  }
  .bar button {
    padding-block: 0.15em;
  }
  .bar .name {
    flex: 1 1 0;
    min-width: 0;
    margin: 0;
    overflow: hidden;
    font-size: 1em;
    line-height: 1.2;
    font-weight: 700;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .bar .controls {
    flex: none;
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .bar .languages .choices {
    flex-wrap: nowrap;
  }
  .bar .finish {
    border-color: var(--_finish);
    color: var(--_finish);
  }
  .menu {
    display: none;
  }
  /* Too narrow for one line (a phone, or large text): the controls move into a menu under the bar. */
  @container kiosk (max-width: 34em) {
    .bar .menu {
      display: inline-flex;
    }
    .bar .controls {
      display: none;
      position: absolute;
      top: 100%;
      inset-inline: 0;
      flex-direction: column;
      align-items: stretch;
      max-height: 70vh;
      overflow: auto;
      padding: var(--_space);
      background: var(--_surface);
      border-bottom: 3px solid var(--_primary);
    }
    .bar .controls.open {
      display: flex;
    }
    .bar .languages .choices {
      flex-wrap: wrap;
      justify-content: flex-start;
    }
  }
  main {
    flex: 1;
    overflow: auto;
    padding: var(--_space);
  }
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tile {
    flex-direction: column;
    align-items: flex-start;
    width: 100%;
    height: 100%;
    min-height: 6em;
    padding: 1em;
    text-align: start;
    font-size: 1.15em;
  }
  .tile .blurb {
    font-size: 0.8em;
    font-weight: 400;
    color: var(--_text);
  }
  dialog {
    max-width: min(90vw, 32em);
    padding: calc(var(--_space) * 1.5);
    border: 3px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    text-align: center;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 55%);
  }
  dialog .actions {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .still-here {
    font-size: 1.3em;
    padding-block: 0.8em;
  }
  .staff-alert {
    width: min(100%, 34em);
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_emergency);
    color: var(--_on-emergency);
  }
  .staff-alert h1 {
    margin: 0 0 0.5em;
    font-size: 1.5em;
    line-height: 1.25;
  }
  .staff-alert p {
    margin: 0 0 0.5em;
  }
  .staff-alert .number {
    margin: 0;
    font-size: 1.3em;
    font-weight: 700;
  }
  .staff p {
    margin: 0;
  }
  .staff .clear {
    font-size: 1.15em;
    padding-block: 0.8em;
  }
  /* Too short for a fixed bar (a phone at 200% zoom): the bar scrolls away with the content. */
  @media (max-height: 360px) {
    :host {
      overflow: auto;
    }
    main,
    .attract,
    .staff {
      flex: none;
      overflow: visible;
    }
  }
  @media (forced-colors: active) {
    .staff-alert {
      border: 3px solid CanvasText;
    }
    .languages button[aria-pressed='true'] {
      border-width: 4px;
    }
  }
`;
