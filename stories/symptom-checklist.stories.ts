import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { CHECKLIST_SECTIONS } from '../src/components/symptom-checklist/symptom-checklist.js';
import { SYMPTOM_IDS } from '../src/core/default-pack.js';
import type { Answers } from '../src/core/types.js';
import '../src/define/myo-symptom-checklist.js';
import { getGroupStore } from '../src/store/group-store.js';
import { darkParameters, onDarkPage, rightToLeft } from './helpers.js';

interface ChecklistArgs {
  group: string;
  lang: string;
  mode: 'yes-no' | 'severity';
  sections: string;
  symptoms: string;
  heading?: string;
  headingLevel: number;
  disabled: boolean;
  required: boolean;
  name: string;
  /** The starting answers (JSON), while the group has none for these questions. */
  value: string;
  persist: '' | 'session' | 'local';
  /** Story only: the answers the group starts with. */
  answers?: Answers;
}

const checklist = (args: ChecklistArgs) => {
  if (args.answers) getGroupStore(args.group).replace(args.answers);
  return html`<myo-symptom-checklist
    group=${args.group}
    lang=${args.lang || nothing}
    mode=${args.mode}
    sections=${args.sections}
    symptoms=${args.symptoms || nothing}
    heading=${args.heading ?? nothing}
    heading-level=${args.headingLevel}
    name=${args.name || nothing}
    value=${args.value || nothing}
    persist=${args.persist || nothing}
    ?disabled=${args.disabled}
    ?required=${args.required}
  ></myo-symptom-checklist>`;
};

const ANSWERED: Answers = {
  fatigue: 2,
  stiffness: 1,
  duration: '3-to-6-months',
  'sleep-impact': true,
  'daily-tasks-impact': false,
};

const meta: Meta<ChecklistArgs> = {
  title: 'Elements/Symptom checklist',
  component: 'myo-symptom-checklist',
  tags: ['autodocs'],
  render: args => checklist(args),
  argTypes: {
    mode: { control: 'inline-radio', options: ['yes-no', 'severity'] },
    lang: { control: 'inline-radio', options: ['', 'en', 'es'] },
    persist: { control: 'inline-radio', options: ['', 'session', 'local'] },
    sections: {
      control: 'text',
      description: `Comma list of ${CHECKLIST_SECTIONS.join(', ')}.`,
    },
    symptoms: {
      control: 'text',
      description: `Comma list of ${SYMPTOM_IDS.join(', ')}; empty for all.`,
    },
    value: {
      control: 'text',
      description:
        'The starting answers as JSON, e.g. {"fatigue":true}, while the group has none for these questions; also the form-reset default.',
    },
    answers: { control: 'object' },
  },
  args: {
    group: 'story-playground',
    lang: '',
    mode: 'yes-no',
    sections: CHECKLIST_SECTIONS.join(','),
    symptoms: '',
    headingLevel: 2,
    disabled: false,
    required: false,
    name: 'checklist',
    value: '',
    persist: '',
  },
};
export default meta;

type Story = StoryObj<ChecklistArgs>;

/** Every attribute as a control. */
export const Playground: Story = {};

/**
 * The states side by side, each in its own group: yes/no, severity with answers (the
 * "Clear this answer" buttons show), one section only, a subset of symptoms, disabled.
 */
export const States: Story = {
  render: args => html`
    <h3>Yes/no (default)</h3>
    ${checklist({ ...args, group: 'story-state-yes-no', sections: 'symptoms' })}
    <h3>Severity, answered</h3>
    ${checklist({ ...args, group: 'story-state-severity', mode: 'severity', answers: ANSWERED })}
    <h3>Duration and impact only</h3>
    ${checklist({ ...args, group: 'story-state-impact', sections: 'duration,impact' })}
    <h3>Three symptoms, in a chosen order, without a heading</h3>
    ${checklist({
      ...args,
      group: 'story-state-subset',
      sections: 'symptoms',
      symptoms: 'brain-fog,fatigue,sleep-problems',
      heading: '',
    })}
    <h3>Disabled</h3>
    ${checklist({
      ...args,
      group: 'story-state-disabled',
      sections: 'symptoms',
      disabled: true,
      answers: { fatigue: true },
    })}
  `,
};

/** Interface and pack wording in Spanish (`lang="es"`). */
export const Spanish: Story = {
  args: { lang: 'es', group: 'story-es', mode: 'severity', answers: ANSWERED },
};

/** Kept in this tab (`persist="session"`), with the visible "Clear my answers". */
export const Persisted: Story = {
  args: { group: 'story-persist', persist: 'session' },
};

/** The checklist in a `<form>` with Send and Reset; a submit shows what the form sent. */
const inAForm = (args: ChecklistArgs) =>
  html`<form
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      form.querySelector('output')!.value = String(new FormData(form).get(args.name));
    }}
  >
    ${checklist(args)}
    <button type="submit">Send</button>
    <button type="reset">Reset</button>
    <p>Submitted: <output></output></p>
  </form>`;

/** In a form: submits one JSON string under `name`; `required` blocks an empty submit. */
export const InAForm: Story = {
  args: { group: 'story-form', required: true, sections: 'symptoms' },
  render: args => inAForm(args),
};

/**
 * On a dark page: the public `--myo-*` tokens set to dark values (the element also follows
 * `prefers-color-scheme: dark` on its own).
 */
export const Dark: Story = {
  args: { group: 'story-dark', mode: 'severity', answers: ANSWERED },
  parameters: darkParameters,
  render: args => onDarkPage(checklist(args)),
};

/** Right to left: inputs, descriptions and padding follow `dir="rtl"`. */
export const RTL: Story = {
  args: { group: 'story-rtl', lang: 'es', answers: { fatigue: true, duration: '6-to-12-months' } },
  render: args => rightToLeft(checklist(args)),
};

/**
 * Severity mode, `required`, in a form: native radio groups in fieldsets, the validity
 * message on an empty submit, and "Clear this answer" once a severity is chosen.
 */
export const Accessibility: Story = {
  args: { group: 'story-a11y', mode: 'severity', required: true },
  parameters: {
    a11y: { test: 'error' },
    docs: {
      description: {
        story: `Severity mode with \`required\`, inside a \`<form>\`: try it with the keyboard only and with a screen reader.

**Keyboard.** Tab moves from question to question: each severity (None, Mild, Moderate, Severe), yes/no and "How long" question is one native radio group, so Tab enters it once and the arrow keys move the choice within it. Each warning sign under "Other signs" is a native check box: Tab to it, Space ticks or unticks it. Once a radio group is answered, a "Clear this answer" button follows it in the tab order; Enter or Space clears the answer and puts focus back on the group's first option. Submitting the form with nothing answered is blocked and the browser points at the first input with "Please answer at least one question.".

**Screen reader.** The heading ("Your symptoms") is a heading at \`heading-level\`. Each section is a \`fieldset\` named by its \`legend\` ("Which of these have you noticed?"); the symptoms section is also described by its hint ("Choose how strong each one is. You can skip any question."). Each question is its own \`fieldset\`/\`legend\`, described by the symptom's one-line description (\`aria-describedby\`), and holds native radio buttons or check boxes, so their role, name and checked state come from the platform. "Clear this answer" is described by the question it clears. The element is form-associated (\`ElementInternals\`): it reports \`valueMissing\` while unanswered, and focus is delegated to the first input. It has no live region: nothing is announced that the visitor did not do.

**Target size.** Every option is a whole-row \`<label>\` at least \`--myo-target-size\` tall (44px by default, never under 24px), so the text as well as the input takes the click; the "Clear this answer" button is at least 44 × 44px.

**Forced colours and motion.** A chosen row shows the native mark or dot, a thicker border and bold text, never colour alone. In forced-colours mode rows are \`Canvas\` with a \`CanvasText\` border, a chosen row gets a 2px \`Highlight\` border, descriptions turn \`CanvasText\`, a disabled section \`GrayText\`, and the focus ring \`Highlight\`. With \`prefers-reduced-motion: reduce\` every transition and animation is switched off.`,
      },
    },
  },
  render: args => inAForm(args),
};
