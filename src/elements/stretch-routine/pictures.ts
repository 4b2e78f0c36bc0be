import { html, svg, type SVGTemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Phase } from '../../logic/routine.js';

/**
 * Line drawings of the stretches, made for this project: a floor (or a mat
 * seen from above), a body of thick rounded strokes in currentColor, and an
 * arrow in the primary colour showing the movement. The viewBox is 320×180.
 */

/** Which drawing of a stretch: its overview, or the one for a phase. */
export type Variant = 'main' | 'left' | 'right' | 'in' | 'out' | 'up' | 'down';

export const variantOf = (phase: Phase | undefined): Variant =>
  !phase ? 'main' : phase.side ?? (phase.cue === 'hold' || phase.cue === 'side' ? 'main' : phase.cue);

const floor = svg`<path class="floor" d="M8 168H312" />`;

/** An arrowhead with its tip at (x, y), pointing `deg` degrees clockwise from the +x axis. */
const head = (x: number, y: number, deg: number, size = 1) =>
  svg`<path class="arrow-head" d="M0 0-15-9-15 9Z" transform="translate(${x} ${y}) rotate(${deg}) scale(${size})" />`;

const arrow = (d: string, x: number, y: number, deg: number) => svg`<path class="arrow" d=${d} />${head(x, y, deg)}`;

const mirror = (g: SVGTemplateResult, vertical = false) =>
  svg`<g transform=${vertical ? 'translate(0 184) scale(1 -1)' : 'translate(320 0) scale(-1 1)'}>${g}</g>`;

// Lying on the back, head to the left: the near leg (the person's right) hugged to the chest.
const kneeToChest = svg`
  ${floor}
  <path class="limb far" d="M172 158H298" />
  <circle class="head" cx="42" cy="148" r="15" />
  <path class="limb" d="M64 156H174" />
  <path class="limb" d="M174 156L112 102L182 90" />
  <path class="limb arm" d="M78 154L86 118L128 98" />
  ${arrow('M196 58Q156 26 112 60', 112, 60, 140)}
`;

// On hands and knees, head to the left.
const shoulder = 'M90 96';
const catBack = `${shoulder}Q156 36 222 96`;
const cowBack = `${shoulder}Q156 134 222 96`;
const allFours = svg`
  ${floor}
  <path class="limb" d="M90 96V162M222 96V160L294 160" />
`;
const cat = svg`
  ${allFours}
  <path class="limb" d=${catBack} />
  <path class="limb" d="M90 96L74 116" />
  <circle class="head" cx="64" cy="130" r="15" />
  ${arrow('M156 56V22', 156, 14, -90)}
`;
const cow = svg`
  ${allFours}
  <path class="limb" d=${cowBack} />
  <path class="limb" d="M90 96L72 78" />
  <circle class="head" cx="60" cy="64" r="15" />
  ${arrow('M156 122V146', 156, 156, 90)}
`;
const catCow = svg`
  ${allFours}
  <path class="ghost" d=${cowBack} />
  <path class="limb" d=${catBack} />
  <path class="limb" d="M90 96L74 116" />
  <circle class="head" cx="64" cy="130" r="15" />
  <path class="arrow" d="M156 84V100" />
  ${head(156, 74, -90, 0.8)} ${head(156, 110, 90, 0.8)}
`;

// Kneeling, folded forward, forehead on the floor, head to the left.
const childPose = svg`
  ${floor}
  <path class="limb" d="M114 140L30 160" />
  <path class="limb" d="M156 160H250M234 106L156 160" />
  <path class="limb" d="M114 140Q174 74 234 106" />
  <circle class="head" cx="84" cy="150" r="15" />
  ${arrow('M282 50Q296 92 262 112', 262, 112, 150)}
`;

// Seen from above, on a mat, head to the left: arms out, both knees fallen to one side.
const rotation = svg`
  <rect class="mat" x="6" y="6" width="308" height="172" rx="10" />
  <path class="limb" d="M96 42V138" />
  <circle class="head" cx="46" cy="90" r="17" />
  <path class="limb" d="M68 90H190" />
  <path class="limb far" d="M190 96L232 158L274 112" />
  <path class="limb" d="M190 90L248 144L280 96" />
  ${arrow('M222 38Q290 40 300 112', 300, 124, 90)}
`;

// Lying on the stomach, head to the left.
const pressUp = svg`
  ${floor}
  <path class="limb" d="M200 158H300" />
  <path class="limb" d="M204 158Q150 152 104 94" />
  <path class="limb" d="M104 94L96 128L106 162" />
  <circle class="head" cx="88" cy="74" r="15" />
  ${arrow('M160 110Q156 74 128 54', 128, 54, 215)}
`;
const pressDown = svg`
  ${floor}
  <path class="limb" d="M84 158H300" />
  <path class="limb" d="M104 156L134 132L110 162" />
  <circle class="head" cx="62" cy="150" r="15" />
  ${arrow('M180 100V130', 180, 140, 90)}
`;

function drawing(id: string, variant: Variant): [SVGTemplateResult, string] {
  switch (id) {
    case 'knee-to-chest':
      return variant === 'right'
        ? [kneeToChest, msg('Drawing: lying on the back, hugging the right knee to the chest.', { id: 'picture.knee-right' })]
        : [mirror(kneeToChest), msg('Drawing: lying on the back, hugging the left knee to the chest.', { id: 'picture.knee-left' })];
    case 'cat-cow':
      if (variant === 'in') return [cow, msg('Drawing: on hands and knees, back sinking down, head up.', { id: 'picture.cow' })];
      if (variant === 'out') return [cat, msg('Drawing: on hands and knees, back rounded up, head down.', { id: 'picture.cat' })];
      return [catCow, msg('Drawing: on hands and knees, rounding the back up, then letting it sink down.', { id: 'picture.cat-cow' })];
    case 'child-pose':
      return [childPose, msg('Drawing: kneeling, folded forward, with the forehead resting on the floor.', { id: 'picture.child-pose' })];
    case 'supine-rotation':
      return variant === 'right'
        ? [mirror(rotation, true), msg('Drawing, seen from above: lying on the back, arms out, both knees lowered to the other side.', { id: 'picture.rotation-other' })]
        : [rotation, msg('Drawing, seen from above: lying on the back, arms out, both knees lowered to one side.', { id: 'picture.rotation' })];
    default:
      return variant === 'down'
        ? [pressDown, msg('Drawing: lying on the stomach, hands on the floor under the shoulders.', { id: 'picture.press-down' })]
        : [pressUp, msg('Drawing: lying on the stomach, pushing the chest up, hips on the floor.', { id: 'picture.press-up' })];
  }
}

/** The drawing of stretch `id` as an image with a text alternative. */
export function picture(id: string, variant: Variant = 'main') {
  const [figure, label] = drawing(id, variant);
  return html`<svg class="picture" part="picture" viewBox="0 0 320 184" role="img" aria-label=${label}>${figure}</svg>`;
}
