import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { BODY_MAP_VIEWS, type BodyMapView } from '../src/components/body-map/body-map.js';
import { AREA_IDS } from '../src/core/default-pack.js';
import '../src/define/myo-body-map.js';
import { getGroupStore } from '../src/store/group-store.js';
import { darkParameters, onDarkPage, rightToLeft } from './helpers.js';

interface BodyMapArgs {
  group: string;
  lang: string;
  view: BodyMapView;
  areas: string;
  listView: boolean;
  value: string;
  heading?: string;
  headingLevel: number;
  disabled: boolean;
  required: boolean;
  name: string;
}

/** Clears the story's group (so a story starts from its `value`), then renders one body map. */
const bodyMap = (args: BodyMapArgs) => {
  getGroupStore(args.group).clear();
  return html`<myo-body-map
    group=${args.group}
    lang=${args.lang || nothing}
    view=${args.view}
    areas=${args.areas || nothing}
    value=${args.value || nothing}
    heading=${args.heading ?? nothing}
    heading-level=${args.headingLevel}
    name=${args.name || nothing}
    ?list-view=${args.listView}
    ?disabled=${args.disabled}
    ?required=${args.required}
  ></myo-body-map>`;
};

const meta: Meta<BodyMapArgs> = {
  title: 'Elements/Body map',
  component: 'myo-body-map',
  tags: ['autodocs'],
  render: args => bodyMap(args),
  argTypes: {
    view: { control: 'inline-radio', options: [...BODY_MAP_VIEWS] },
    lang: { control: 'inline-radio', options: ['', 'en', 'es'] },
    areas: {
      control: 'text',
      description: `Comma list of area ids: ${AREA_IDS.join(', ')}.`,
    },
    value: { control: 'text', description: 'Comma list of area ids chosen at first.' },
  },
  args: {
    group: 'story-playground',
    lang: '',
    view: 'both',
    areas: '',
    listView: false,
    value: '',
    headingLevel: 2,
    disabled: false,
    required: false,
    name: 'pain-areas',
  },
};
export default meta;

type Story = StoryObj<BodyMapArgs>;

/** Every attribute as a control. */
export const Playground: Story = {};

/** Empty, with areas chosen, one view, a subset, the list view and disabled. */
export const States: Story = {
  render: args => html`
    <h3>Nothing chosen</h3>
    ${bodyMap({ ...args, group: 'story-state-empty' })}
    <h3>Neck, shoulders and lower back chosen</h3>
    ${bodyMap({
      ...args,
      group: 'story-state-chosen',
      value: 'neck,shoulder-left,shoulder-right,lower-back',
    })}
    <h3>Front only (<code>view="front"</code>)</h3>
    ${bodyMap({ ...args, group: 'story-state-front', view: 'front', value: 'jaw-left' })}
    <h3>A subset (<code>areas="neck,upper-back,lower-back"</code>)</h3>
    ${bodyMap({ ...args, group: 'story-state-subset', areas: 'neck,upper-back,lower-back' })}
    <h3>List view</h3>
    ${bodyMap({ ...args, group: 'story-state-list', listView: true, value: 'hip-left' })}
    <h3>Disabled</h3>
    ${bodyMap({ ...args, group: 'story-state-disabled', disabled: true, value: 'chest' })}
  `,
};

/** Interface and area names in Spanish (`lang="es"`). */
export const Spanish: Story = {
  args: { lang: 'es', group: 'story-es', value: 'shoulder-left,lower-back' },
};

/**
 * On a dark page: the public `--myo-*` tokens set to dark values (the element also follows
 * `prefers-color-scheme: dark` on its own).
 */
export const Dark: Story = {
  args: { group: 'story-dark', value: 'neck,upper-leg-right' },
  parameters: darkParameters,
  render: args =>
    onDarkPage(bodyMap(args), {
      '--myo-body-map-area': '#2b3640',
      '--myo-body-map-area-stroke': '#a3afba',
      '--myo-body-map-area-hover': '#1f4d4a',
      '--myo-body-map-body': '#1b232b',
    }),
};

/** Right to left: the page's text flips, the picture and its side labels do not; Left moves forward. */
export const RTL: Story = {
  args: { group: 'story-rtl', value: 'shoulder-left' },
  render: args => rightToLeft(bodyMap(args)),
};

/**
 * The figure and, beside it, the list view of the same group: both ways to choose an area,
 * kept in step.
 */
export const Accessibility: Story = {
  args: { group: 'story-a11y', value: 'jaw-left,neck' },
  parameters: {
    a11y: { test: 'error' },
    docs: {
      description: {
        story: `The figure and the list view side by side, in one group: choosing an area in either updates the other. Try it with the keyboard only and with a screen reader.

**Keyboard.** The figure is one tab stop (a roving \`tabindex\`): Tab lands on the last area focused, the first one at the start. The arrow keys move between areas — Down and Right forward, Up and Left back, top to bottom with the picture's left first (Left and Right swap in right-to-left text) — Home and End go to the first and last area, and Space or Enter ticks or unticks the focused area (a held key does not repeat). In the list view every area is a native check box: Tab moves through them, Space toggles. Next come "Show as a list" / "Show the body map", which swaps the views and keeps focus on the button, and "Clear all areas".

**Screen reader.** Each view is a \`group\` named by its caption ("Front", "Back") and described by its note ("Front view: your left side is on the right of the picture."). Each area is a \`checkbox\` with the area's name ("Left jaw") and \`aria-checked\`; the SVG never has \`role="img"\`. An area drawn on both views is one control on the front; its mirror on the back is hidden from assistive technology but still takes clicks, so each area is one name and one tab stop. The list view groups the same areas by body region in \`fieldset\`/\`legend\`. The count ("2 of 19 areas") is a \`role="status"\` live region, so every change is announced politely. In a form with \`required\`, nothing chosen reports "Please choose at least one area.".

**Target size.** The figure scales with its box (each view at most 12rem wide), so small areas such as the jaw can fall under 24px: the list view is the equivalent control that meets WCAG 2.5.8. Its rows are at least \`--myo-target-size\` tall (44px by default, never under 24px), its check boxes at least 24px, and the two buttons at least 44 × 44px.

**Forced colours and motion.** A chosen area is filled, outlined more thickly and shows a check mark, never colour alone. In forced-colours mode the drawing keeps its own system colours: areas \`Canvas\` outlined in \`CanvasText\`, a chosen area filled with \`Highlight\` and a \`HighlightText\` check mark, a hovered or focused area outlined in \`Highlight\` (5px when focused), a disabled figure in \`GrayText\`. With \`prefers-reduced-motion: reduce\` the areas' fill and outline transitions are switched off.`,
      },
    },
  },
  render: args => html`
    <style>
      .story-a11y {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
        gap: 2rem;
        align-items: start;
      }
    </style>
    <div class="story-a11y">
      <div>
        <h3>Figure</h3>
        ${bodyMap(args)}
      </div>
      <div>
        <h3>List view, same group</h3>
        ${bodyMap({ ...args, listView: true })}
      </div>
    </div>
  `,
};
