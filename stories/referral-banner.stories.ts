import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { Answers } from '../src/core/types.js';
import '../src/define/myo-referral-banner.js';
import { getGroupStore } from '../src/store/group-store.js';
import { darkParameters, onDarkPage, rightToLeft } from './helpers.js';

/** Example answers for each level (what a checklist or body map in the group would record). */
const SCENARIOS: Record<string, Answers> = {
  none: {},
  'self-care': { fatigue: true, 'pain-areas': ['neck', 'lower-back'] },
  'see-doctor': { fatigue: true, duration: '3-to-6-months', 'sleep-impact': true },
  urgent: { fatigue: true, 'red-flags': ['extreme-weakness'] },
};
type Scenario = keyof typeof SCENARIOS;

interface BannerArgs {
  scenario: Scenario;
  group: string;
  lang: string;
  heading?: string;
  headingLevel: number;
  thresholdMonths?: number;
  ctaHref: string;
  ctaLabel: string;
  emergencyNumber: string;
  showWhen: 'self-care' | 'see-doctor';
  fixedLevel?: '' | 'self-care' | 'see-doctor' | 'urgent';
}

/** Sets the group's answers (as the inputs of the group would), then renders one banner. */
const banner = (args: BannerArgs) => {
  getGroupStore(args.group).replace(SCENARIOS[args.scenario] ?? {});
  return html`<myo-referral-banner
    group=${args.group}
    lang=${args.lang || nothing}
    heading=${args.heading ?? nothing}
    heading-level=${args.headingLevel}
    threshold-months=${args.thresholdMonths ?? nothing}
    cta-href=${args.ctaHref || nothing}
    cta-label=${args.ctaLabel || nothing}
    emergency-number=${args.emergencyNumber || nothing}
    show-when=${args.showWhen}
    fixed-level=${args.fixedLevel || nothing}
  ></myo-referral-banner>`;
};

const meta: Meta<BannerArgs> = {
  title: 'Elements/Referral banner',
  component: 'myo-referral-banner',
  tags: ['autodocs'],
  render: args => banner(args),
  argTypes: {
    scenario: {
      control: 'select',
      options: Object.keys(SCENARIOS),
      description: 'Story only: the answers the group holds.',
    },
    showWhen: { control: 'inline-radio', options: ['self-care', 'see-doctor'] },
    fixedLevel: { control: 'select', options: ['', 'self-care', 'see-doctor', 'urgent'] },
    lang: { control: 'inline-radio', options: ['', 'en', 'es'] },
  },
  args: {
    scenario: 'see-doctor',
    group: 'story-playground',
    lang: '',
    headingLevel: 2,
    ctaHref: '#find-a-doctor',
    ctaLabel: '',
    emergencyNumber: '',
    showWhen: 'self-care',
    fixedLevel: '',
  },
};
export default meta;

type Story = StoryObj<BannerArgs>;

/** Every attribute as a control; `scenario` sets the group's answers. */
export const Playground: Story = {};

/** The four levels, each in its own group: nothing, self-care, see a doctor, urgent. */
export const States: Story = {
  render: args => html`
    ${(Object.keys(SCENARIOS) as Scenario[]).map(
      scenario =>
        html`<h3>${scenario}</h3>
          ${banner({ ...args, scenario, group: `story-state-${scenario}`, emergencyNumber: '112' })}`,
    )}
  `,
};

/** Interface and pack wording in Spanish (`lang="es"`). */
export const Spanish: Story = {
  args: { lang: 'es', group: 'story-es', scenario: 'urgent', emergencyNumber: '112' },
};

/** A static banner that ignores answers (`fixed-level`). */
export const FixedLevel: Story = {
  args: { fixedLevel: 'see-doctor', scenario: 'none', group: 'story-fixed' },
};

/** Only from "see a doctor" up (`show-when="see-doctor"`): the self-care answers show nothing. */
export const ShowWhenSeeDoctor: Story = {
  args: { showWhen: 'see-doctor', scenario: 'self-care', group: 'story-show-when' },
};

/** Publisher content in the `before`, `after` and `cta` slots. */
export const Slots: Story = {
  args: { group: 'story-slots' },
  render: args => {
    getGroupStore(args.group).replace(SCENARIOS['see-doctor']);
    return html`<myo-referral-banner group=${args.group}>
      <p slot="before">Our clinic’s nurses read every message within a day.</p>
      <p slot="after">You can print your answers for the appointment.</p>
      <a slot="cta" href="#book">Book a visit with our clinic</a>
    </myo-referral-banner>`;
  },
};

/**
 * On a dark page: the public `--myo-*` tokens set to dark values (the element also follows
 * `prefers-color-scheme: dark` on its own).
 */
export const Dark: Story = {
  args: { group: 'story-dark', scenario: 'urgent', emergencyNumber: '112' },
  parameters: darkParameters,
  render: args => onDarkPage(banner(args)),
};

/** Right to left: borders, padding and the list follow `dir="rtl"`. */
export const RTL: Story = {
  args: { group: 'story-rtl', scenario: 'self-care' },
  render: args => rightToLeft(banner(args)),
};

/**
 * The urgent level (`fixed-level="urgent"`) with `emergency-number`: the alert region, the
 * emergency link and the call to action.
 */
export const Accessibility: Story = {
  args: { group: 'story-a11y', scenario: 'none', fixedLevel: 'urgent', emergencyNumber: '112' },
  parameters: {
    a11y: { test: 'error' },
    docs: {
      description: {
        story: `The urgent level, fixed with \`fixed-level="urgent"\` and with \`emergency-number="112"\`. The banner is display-only: it has no keys of its own, only links.

**Keyboard.** Tab reaches the emergency link ("Emergency number: 112", a \`tel:\` link) and then the call to action ("Find a doctor", or the \`cta\` slot's own link); Enter follows a link. A click or Enter on the call to action fires the cancelable \`myo-cta\`. When the level comes from answers, the links to the sources its reasons cite follow.

**Screen reader.** The banner holds two live regions that stay in the accessibility tree at every level, even \`none\` (the host is then visually hidden, not \`display: none\`), so a later change is announced: \`role="status"\` (polite) carries the self-care and see-a-doctor messages, \`role="alert"\` (assertive) the urgent one. The title ("Get medical care now") is a heading at \`heading-level\` (default 2). The icon is \`aria-hidden\`; the ☎ before the emergency number is CSS content with empty alternative text, so it is not read. A fixed level lists no reasons.

**Target size.** The call to action is a button-styled link at least \`--myo-target-size\` (44px by default, never under 24px) in both directions; the emergency link is at least as tall; source links are at least 24px tall.

**Forced colours and motion.** The level is shown by an icon, a title and the border, never by colour alone: the urgent border is 3px with a thicker inline start. In forced-colours mode the border, the icon and the urgent title turn \`CanvasText\`, the urgent border becomes a 6px double line, links take \`LinkText\` (the emergency link's border too) and the focus ring \`Highlight\`. The banner does not animate; with \`prefers-reduced-motion: reduce\` every transition (such as the call to action's hover) is switched off.`,
      },
    },
  },
};
