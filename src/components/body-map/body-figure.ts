import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * The body outline of `<myo-body-map>`, front and back, drawn for this project. Each of the 19
 * pain areas is its own shape. Sided shapes are drawn once, on the picture's left half, and
 * mirrored for the other side; the back reuses the front's shapes (the upper back takes the
 * chest's outline, the lower back the abdomen's). Coordinates are in a 120-wide space whose
 * centre line is x = 60.
 */

/** One view of the figure. */
export type FigureView = 'front' | 'back';

/** Path data, where a selected area's check mark goes and its size: [d, x, y, scale]. */
type Shape = readonly [string, number, number, number?];

const SHAPES: Record<string, Shape> = {
  jaw: ['M48.6 18A11.5 14.5 0 0 0 60 33.5v-6q-5-2-9-9.5z', 55, 28.5, 0.6],
  neck: ['M54.5 31.5q5.5 4.5 11 0 0 7.5 2 14.5h-15q2-7 2-14.5z', 60, 40],
  shoulder: ['M51 45.5q-11 1-17 3.5-5 3-5.5 11V67h10q0-8 2.5-14z', 34, 57],
  chest: ['M53 47h14l10.5 7q2 6 1.5 13l-.5 18h-37l-.5-18q-.5-7 1.5-13z', 60, 66],
  'upper-arm': ['M28.3 68.5h10q-.3 15.5-4.8 28.5h-9q-.5-9 .7-15.5t3.1-13z', 31, 83],
  'lower-arm': ['M24.3 98.5h9.2q-.5 11.5-6.5 29.5h-6.5q-.5-16 3.8-29.5z', 26, 112],
  abdomen: ['M41.5 86.5h37q-3 13.5-1 26.5h-35q2-13-1-26.5z', 60, 100],
  hip: ['M42.5 114.5h16.8V131q-8.3 5-19.3-1-2-9 2.5-15.5z', 49.5, 123],
  'upper-leg': ['M40 131.7q11 6 19.3 1-.3 25.3-2.3 44.3H45.5q-5.5-22-5.5-45.3z', 50, 154],
  'lower-leg': ['M45.5 178.5H57q2.5 13.5-1.5 44.5h-7q-6.5-29-3-44.5z', 51, 199],
};

/**
 * Invisible hit shapes of the areas too small or narrow to tap at a phone's width: painted
 * under the area's own shape, they reach out into the empty space beside the body, so that
 * at 360 CSS px (two views side by side) every area holds a square of at least
 * {@link MIN_TARGET_PX} that taps only it. The lower edges stop where the next area begins.
 */
const HITS: Record<string, string> = {
  jaw: 'M34 16h26v16H34z',
  neck: 'M53 31h14v16H53z',
  shoulder: 'M20 45h21v22H20z',
  'upper-arm': 'M18 68h22v29.5H18z',
  'lower-arm': 'M18 98h21.5v31H18z',
};
/** WCAG 2.2 SC 2.5.8 "Target Size (Minimum)": 24 by 24 CSS px. */
export const MIN_TARGET_PX = 24;

/** Outline parts that are not areas: hand and foot (mirrored), head and, on the back, the spine. */
const HAND = 'M20.5 129.5H27q2 7.5-1.5 14-4 1.5-6-4.5-.5-5 1-9.5z';
const FOOT = 'M48.5 224.5h7q1 5.5.5 9.5-6 1.5-11-.5 1-5.5 3.5-9z';
const MIRROR = 'matrix(-1 0 0 1 120 0)';

const SIDED = ['jaw', 'shoulder', 'upper-arm', 'lower-arm', 'hip', 'upper-leg', 'lower-leg'];
/** Drawing, reading and keyboard order of each view: top to bottom, the picture's left first. */
const ORDER: Record<FigureView, string[]> = {
  front: [
    'jaw',
    'neck',
    'shoulder',
    'chest',
    'upper-arm',
    'abdomen',
    'lower-arm',
    'hip',
    'upper-leg',
    'lower-leg',
  ],
  back: [
    'neck',
    'shoulder',
    'upper-back',
    'upper-arm',
    'lower-back',
    'lower-arm',
    'hip',
    'upper-leg',
    'lower-leg',
  ],
};
const SHAPE_OF: Record<string, string> = { 'upper-back': 'chest', 'lower-back': 'abdomen' };

interface Placed {
  id: string;
  d: string;
  hit?: string;
  mirrored: boolean;
  x: number;
  y: number;
  s: number;
}

/**
 * The areas of one view in order. Left and right are the person's own: on the front the
 * person's right is on the picture's left; on the back it is the other way round.
 */
function place(view: FigureView): Placed[] {
  const [near, far] = view === 'front' ? ['right', 'left'] : ['left', 'right'];
  return ORDER[view].flatMap(base => {
    const [d, x, y, s = 1] = SHAPES[SHAPE_OF[base] ?? base];
    const hit = HITS[base];
    return SIDED.includes(base)
      ? [
          { id: `${base}-${near}`, d, hit, mirrored: false, x, y, s },
          { id: `${base}-${far}`, d, hit, mirrored: true, x: 120 - x, y, s },
        ]
      : [{ id: base, d, hit, mirrored: false, x, y, s }];
  });
}
const PLACED: Record<FigureView, Placed[]> = { front: place('front'), back: place('back') };

/** The area ids the figure draws on a view, in reading and keyboard order. */
export function figureAreas(view: FigureView): string[] {
  return PLACED[view].map(p => p.id);
}

/** Makes the areas of a view keyboard- and screen-reader-operable controls. */
export interface FigureControls {
  /** Accessible names of the areas that are controls on this view, by id. */
  names: Readonly<Record<string, string>>;
  /** The one area in the tab order (roving tabindex). */
  tabStop?: string;
  disabled?: boolean;
  /** Id of the element naming the view ("Front"). */
  labelledby?: string;
  /** Id of the element describing the view (which side is which). */
  describedby?: string;
}

export interface BodyFigureOptions {
  view: FigureView;
  /** Selected area ids: filled, outlined more thickly and checked. */
  selected?: Iterable<string>;
  /** The areas drawn as areas; the rest are drawn as plain outline. Default: all 19. */
  areas?: Iterable<string>;
  /**
   * Without `controls`: the accessible name of the picture (`role="img"`); omitted, the
   * picture is hidden from assistive technology.
   */
  label?: string;
  /**
   * Makes the areas named in `controls.names` checkboxes (`role="checkbox"`, `aria-checked`,
   * roving `tabindex`). Other drawn areas are hidden from assistive technology (a mirror of
   * a control shown on the other view) but keep `data-area`, so a click on them still counts.
   */
  controls?: FigureControls;
}

/**
 * Draws one view of the body as an SVG template. Every area is a `<g data-area="…"
 * part="area">`; a selected one also has the `area-selected` part and a check mark, so the
 * selection never relies on colour alone. Used interactively by `<myo-body-map>` and, without
 * `controls`, as a small picture of the chosen areas (e.g. in a summary).
 */
export function renderBodyFigure(options: BodyFigureOptions): TemplateResult {
  const { view, controls, label } = options;
  const selected = new Set(options.selected ?? []);
  const drawn = options.areas ? new Set(options.areas) : undefined;
  const a11y = controls
    ? {
        role: 'group',
        labelledby: controls.labelledby,
        describedby: controls.describedby,
        label: controls.labelledby ? undefined : label,
        hidden: undefined,
      }
    : label
      ? { role: 'img', label, labelledby: undefined, describedby: undefined, hidden: undefined }
      : { hidden: 'true' };
  return html`<svg
    class="body-svg body-svg--${view}"
    part="svg"
    viewBox="16 2 88 236"
    role=${a11y.role ?? nothing}
    aria-label=${a11y.label ?? nothing}
    aria-labelledby=${a11y.labelledby ?? nothing}
    aria-describedby=${a11y.describedby ?? nothing}
    aria-hidden=${a11y.hidden ?? nothing}
  >
    <g class="body" aria-hidden="true">
      <ellipse cx="60" cy="19" rx="11.5" ry="14.5"></ellipse>
      <path d=${HAND}></path>
      <path d=${HAND} transform=${MIRROR}></path>
      <path d=${FOOT}></path>
      <path d=${FOOT} transform=${MIRROR}></path>
    </g>
    ${PLACED[view].map(p => renderArea(p, selected.has(p.id), drawn ? drawn.has(p.id) : true, controls))}
    ${view === 'back' ? svg`<path class="spine" aria-hidden="true" d="M60 49v63"></path>` : nothing}
  </svg>`;
}

/** A check mark centred on the area. */
const check = ({ x, y, s }: Placed) =>
  `M${x - 3 * s} ${y}l${2.2 * s} ${2.4 * s} ${4.3 * s}-${5.2 * s}`;

function renderArea(
  p: Placed,
  isSelected: boolean,
  isDrawn: boolean,
  controls: FigureControls | undefined,
): SVGTemplateResult {
  const transform = p.mirrored ? MIRROR : undefined;
  if (!isDrawn)
    return svg`<path class="body" aria-hidden="true" d=${p.d} transform=${transform ?? nothing}></path>`;
  const name = controls?.names[p.id];
  const isControl = name !== undefined;
  const disabled = !!controls?.disabled;
  return svg`<g
    class="area ${isSelected ? 'area--selected' : ''} ${isControl ? 'area--control' : ''}"
    part=${isSelected ? 'area area-selected' : 'area'}
    data-area=${p.id}
    role=${isControl ? 'checkbox' : nothing}
    aria-label=${name ?? nothing}
    aria-checked=${isControl ? String(isSelected) : nothing}
    aria-disabled=${isControl && disabled ? 'true' : nothing}
    aria-hidden=${controls && !isControl ? 'true' : nothing}
    tabindex=${isControl && !disabled ? (controls?.tabStop === p.id ? 0 : -1) : nothing}
  >
    ${controls && p.hit ? svg`<path class="hit" d=${p.hit} transform=${transform ?? nothing}></path>` : nothing}
    <path class="shape" d=${p.d} transform=${transform ?? nothing}></path>
    ${isSelected ? svg`<path class="check" d=${check(p)}></path>` : nothing}
  </g>`;
}
