import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { StepId } from '../src/components/self-check/self-check.js';
import type { Answers } from '../src/core/types.js';
import '../src/define/myo-self-check.js';
import { getGroupStore } from '../src/store/group-store.js';
import { darkParameters, onDarkPage, rightToLeft } from './helpers.js';

/** Example answers (what a visitor would have given), one set per result level. */
const SCENARIOS: Record<string, Answers> = {
  none: {},
  'self-care': { fatigue: true, stiffness: true, 'pain-areas': ['neck', 'lower-back'] },
  'see-doctor': {
    'widespread-pain': true,
    fatigue: true,
    'sleep-problems': true,
    'pain-areas': [
      'shoulder-left',
      'shoulder-right',
      'hip-left',
      'hip-right',
      'neck',
      'lower-back',
    ],
    duration: '6-to-12-months',
    'sleep-impact': true,
    'daily-tasks-impact': false,
  },
  urgent: { fatigue: true, 'red-flags': ['extreme-weakness'] },
};
type Scenario = keyof typeof SCENARIOS;

interface SelfCheckArgs {
  scenario: Scenario;
  group: string;
  lang: string;
  heading?: string;
  headingLevel: number;
  steps: string;
  step: '' | StepId;
  mode: '' | 'yes-no' | 'severity';
  ctaHref: string;
  ctaLabel: string;
  emergencyNumber: string;
  thresholdMonths?: number;
  disabled: boolean;
}

/** Sets the group's answers, then renders one self-check. */
const selfCheck = (args: SelfCheckArgs) => {
  getGroupStore(args.group).replace(SCENARIOS[args.scenario] ?? {});
  return html`<myo-self-check
    group=${args.group}
    lang=${args.lang || nothing}
    heading=${args.heading ?? nothing}
    heading-level=${args.headingLevel}
    steps=${args.steps || nothing}
    step=${args.step || nothing}
    mode=${args.mode || nothing}
    cta-href=${args.ctaHref || nothing}
    cta-label=${args.ctaLabel || nothing}
    emergency-number=${args.emergencyNumber || nothing}
    threshold-months=${args.thresholdMonths ?? nothing}
    ?disabled=${args.disabled}
  ></myo-self-check>`;
};

const meta: Meta<SelfCheckArgs> = {
  title: 'Elements/Self-check',
  component: 'myo-self-check',
  tags: ['autodocs'],
  render: args => selfCheck(args),
  argTypes: {
    scenario: {
      control: 'select',
      options: Object.keys(SCENARIOS),
      description: 'Story only: the answers the group holds when the story opens.',
    },
    step: { control: 'select', options: ['', 'symptoms', 'areas', 'impact', 'result'] },
    mode: { control: 'inline-radio', options: ['', 'yes-no', 'severity'] },
    lang: { control: 'inline-radio', options: ['', 'en', 'es'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  args: {
    scenario: 'none',
    group: 'story-self-check',
    lang: '',
    headingLevel: 2,
    steps: '',
    step: '',
    mode: '',
    ctaHref: '#find-a-doctor',
    ctaLabel: '',
    emergencyNumber: '',
    disabled: false,
  },
};
export default meta;

type Story = StoryObj<SelfCheckArgs>;

/** Every attribute as a control; `scenario` sets the answers the quiz starts with. */
export const Playground: Story = {};

/** Each step, and the result at each level (each in its own group). */
export const States: Story = {
  render: args => html`
    ${(['symptoms', 'areas', 'impact'] as const).map(
      step =>
        html`<h3>Step: ${step}</h3>
          ${selfCheck({ ...args, step, scenario: 'self-care', group: `story-step-${step}` })}`,
    )}
    ${(Object.keys(SCENARIOS) as Scenario[]).map(
      scenario =>
        html`<h3>Result: ${scenario}</h3>
          ${selfCheck({
            ...args,
            step: 'result',
            scenario,
            group: `story-result-${scenario}`,
            emergencyNumber: '112',
          })}`,
    )}
  `,
};

/** Interface and content in Spanish, with severities and the summary's date in Spanish. */
export const Spanish: Story = {
  args: { lang: 'es', group: 'story-es', scenario: 'see-doctor', step: 'result', mode: 'severity' },
};

/** A short quiz: only the symptoms and the impact questions (`steps="symptoms,impact"`). */
export const Subset: Story = {
  args: { steps: 'symptoms,impact', group: 'story-subset' },
};

/** In a 320px sidebar: the layout follows the box (container queries), not the viewport. */
export const Sidebar: Story = {
  args: { group: 'story-sidebar', scenario: 'see-doctor', step: 'result' },
  render: args =>
    html`<div class="story-sidebar">
      <style>
        .story-sidebar {
          max-width: 320px;
        }
      </style>
      ${selfCheck(args)}
    </div>`,
};

/**
 * On a dark page: the public `--myo-*` tokens set to dark values (the element also follows
 * `prefers-color-scheme: dark` on its own).
 */
export const Dark: Story = {
  args: { group: 'story-dark', scenario: 'see-doctor', step: 'result' },
  parameters: darkParameters,
  render: args => onDarkPage(selfCheck(args)),
};

/** Right to left: the buttons, borders and lists follow `dir="rtl"`. */
export const RTL: Story = {
  args: { group: 'story-rtl', scenario: 'self-care', step: 'areas' },
  render: args => rightToLeft(selfCheck(args)),
};

/**
 * Starting on a step (`step="areas"`): the progress bar, the step heading that takes focus
 * on every move, the body map inside, and the Back / Next buttons.
 */
export const Accessibility: Story = {
  args: { group: 'story-a11y', scenario: 'self-care', step: 'areas', emergencyNumber: '112' },
  parameters: {
    a11y: { test: 'error' },
    docs: {
      description: {
        story: `Starts on the "Where it hurts" step (\`step="areas"\`), with two areas already chosen. Try it with the keyboard only and with a screen reader.

**Keyboard.** Tab goes through the step's own controls — here the body map: one tab stop on the figure, arrow keys, Home and End between areas, Space or Enter to toggle; then "Show as a list" and "Clear all areas" — and then Back and Next (on the last question step Next reads "See my result"; on the result, "Start again"). Every step change moves focus to the new step's heading (\`tabindex="-1"\`, focus ring on keyboard focus only); the first render does not take focus. A warning sign ticked under "Other signs" jumps straight to the result, focus on its heading. On the result, Print, Copy as text, Download JSON and Download FHIR are plain buttons; if the clipboard is not available, focus moves to a labelled read-only text box with the summary selected.

**Screen reader.** The heading ("Muscle pain self-check") and each step's heading ("Where it hurts") are headings at \`heading-level\` and one level below. Progress is given as text ("Step 2 of 4") and by a \`role="progressbar"\` named "Progress", with \`aria-valuenow\` and \`aria-valuetext\` "Step 2 of 4". Focus on the new step's heading makes the step's name the next thing read. On the result, the referral banner's \`role="status"\` / \`role="alert"\` regions announce the level, the summary is a \`section\` named by its heading with a definition list, and its small drawing is hidden from assistive technology because it repeats the list of areas. "Copied to the clipboard" is announced from a \`role="status"\` region.

**Target size.** Every button is at least \`--myo-target-size\` (44px by default, never under 24px) in both directions; in a box narrower than 26rem (a container query, not the viewport) the buttons take the whole width, stacked in the order Tab reaches them (Back above Next). The inner checklist rows and the body map's list view keep their own 44px rows.

**Forced colours and motion.** The progress never relies on colour alone: the text says the step, and done and current segments are filled. In forced-colours mode the segments are outlined in \`CanvasText\`, done and current ones filled with \`Highlight\` (the current one also outlined in \`CanvasText\`), the box and the summary are outlined in \`CanvasText\`, the summary's drawing uses \`Canvas\`, \`CanvasText\` and \`Highlight\`, and the focus ring is \`Highlight\`. With \`prefers-reduced-motion: reduce\` every transition and animation is switched off.`,
      },
    },
  },
};
