import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { StepId } from '../src/components/self-check/self-check.js';
import type { Answers } from '../src/core/types.js';
import '../src/define/myo-self-check.js';
import { getGroupStore } from '../src/store/group-store.js';

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
  parameters: { backgrounds: { default: 'dark' } },
  render: args => html`
    <style>
      .story-dark {
        background: #111827;
        color: #f5f7fa;
        padding: 1rem;
        --myo-text: #f5f7fa;
        --myo-accent: #5fd4cc;
        --myo-accent-contrast: #062523;
        --myo-surface-raised: #1f2933;
        --myo-muted: #c3ccd3;
        --myo-border: #7b8794;
        --myo-notice: #ffd591;
        --myo-notice-surface: #33270f;
        --myo-urgent: #ffb4ab;
        --myo-urgent-surface: #3b1512;
        --myo-focus-ring: #8ab4ff;
      }
    </style>
    <div class="story-dark">${selfCheck(args)}</div>
  `,
};

/** Right to left: the buttons, borders and lists follow `dir="rtl"`. */
export const RTL: Story = {
  args: { group: 'story-rtl', scenario: 'self-care', step: 'areas' },
  render: args => html`<div dir="rtl">${selfCheck(args)}</div>`,
};
