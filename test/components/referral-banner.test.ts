import { elementUpdated, expect, html, oneEvent } from '@open-wc/testing';
import '../../src/define/myo-referral-banner.js';
import type { MyoReferralBanner } from '../../src/define/myo-referral-banner.js';
import { safeHref } from '../../src/components/referral-banner/referral-banner.js';
import { assess, defaultPack, resetWarnings, type Answers } from '../../src/core/index.js';
import { getGroupStore, resetGroupStores } from '../../src/store/group-store.js';
import { addPackScript, captureWarningsAsync, fixture } from '../helpers.js';

const SELF_CARE: Answers = { fatigue: true, 'pain-areas': ['neck'] };
const SEE_DOCTOR: Answers = { fatigue: true, duration: '3-to-6-months', 'sleep-impact': true };
const URGENT: Answers = { fatigue: true, 'red-flags': ['extreme-weakness'] };

/** A banner in group "t" whose answers are set first. */
async function banner(
  answers: Answers = {},
  template = html`<myo-referral-banner group="t"></myo-referral-banner>`,
): Promise<MyoReferralBanner> {
  getGroupStore('t').replace(answers);
  return fixture<MyoReferralBanner>(template);
}

const root = (el: HTMLElement) => el.shadowRoot!;
const part = (el: HTMLElement, name: string) =>
  root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: HTMLElement, name: string) =>
  [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)].map(n =>
    n.textContent!.trim().replace(/\s+/g, ' '),
  );
const status = (el: HTMLElement) => root(el).querySelector<HTMLElement>('[role="status"]')!;
const alert = (el: HTMLElement) => root(el).querySelector<HTMLElement>('[role="alert"]')!;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const slot = (el: HTMLElement, name: string) =>
  root(el).querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!;
const visible = (node: Element | null) =>
  !!node && (node as HTMLElement).getClientRects().length > 0;

describe('<myo-referral-banner>', () => {
  beforeEach(() => {
    resetGroupStores();
    resetWarnings();
  });

  describe('accessibility', () => {
    it('passes axe with nothing to show', async () => {
      const el = await banner();
      await expect(el).to.be.accessible();
    });

    it('passes axe at self-care', async () => {
      const el = await banner(SELF_CARE);
      await expect(el).to.be.accessible();
    });

    it('passes axe at see-doctor with a call to action', async () => {
      const el = await banner(
        SEE_DOCTOR,
        html`<myo-referral-banner group="t" cta-href="#doctor"></myo-referral-banner>`,
      );
      await expect(el).to.be.accessible();
    });

    it('passes axe at urgent with an emergency number and sources', async () => {
      const el = await banner(
        URGENT,
        html`<myo-referral-banner
          group="t"
          cta-href="#doctor"
          emergency-number="112"
        ></myo-referral-banner>`,
      );
      await expect(el).to.be.accessible();
    });

    it('passes axe in Spanish', async () => {
      const el = await banner(
        SEE_DOCTOR,
        html`<myo-referral-banner group="t" lang="es" cta-href="#m"></myo-referral-banner>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('levels', () => {
    it('shows nothing at none but keeps both live regions in the DOM', async () => {
      const el = await banner();
      expect(el.getAttribute('level')).to.equal('none');
      expect(el.level).to.equal('none');
      expect(el.getBoundingClientRect().height).to.be.at.most(1);
      expect(status(el)).to.exist;
      expect(alert(el)).to.exist;
      expect(text(status(el))).to.equal('');
      expect(text(alert(el))).to.equal('');
      expect(part(el, 'title')).to.be.null;
      expect(visible(part(el, 'disclaimer'))).to.be.false;
    });

    it('shows the self-care note, the threshold and the article tips in a status region', async () => {
      const el = await banner(
        SELF_CARE,
        html`<myo-referral-banner group="t" cta-href="#d"></myo-referral-banner>`,
      );
      expect(el.getAttribute('level')).to.equal('self-care');
      expect(text(status(el).querySelector('[part~="title"]'))).to.equal('Self-care may help');
      expect(text(part(el, 'body'))).to.contain('more than 3 months');
      expect(parts(el, 'tip')).to.deep.equal(defaultPack.selfCare.tips.map(t => t.en));
      expect(part(el, 'reasons')).to.be.null;
      expect(visible(part(el, 'cta'))).to.be.false;
      expect(text(part(el, 'disclaimer'))).to.equal(defaultPack.disclaimer.en);
      expect(text(alert(el))).to.equal('');
    });

    it('lists the reasons for seeing a doctor in plain words', async () => {
      const el = await banner(SEE_DOCTOR);
      expect(el.getAttribute('level')).to.equal('see-doctor');
      expect(text(status(el).querySelector('[part~="title"]'))).to.equal(
        'Consider seeing a doctor',
      );
      expect(text(part(el, 'body'))).to.contain('worth discussing with a doctor');
      expect(parts(el, 'reason')).to.deep.equal([
        'pain for more than 3 months',
        'pain that disrupts your sleep',
      ]);
      expect(part(el, 'tips')).to.be.null;
      expect(text(part(el, 'disclaimer'))).to.equal(defaultPack.disclaimer.en);
    });

    it('shows urgent care prominently in an alert, with an icon and its source', async () => {
      const el = await banner(URGENT);
      expect(el.getAttribute('level')).to.equal('urgent');
      expect(text(alert(el).querySelector('[part~="title"]'))).to.equal('Get medical care now');
      expect(alert(el).querySelector('[part~="icon"] svg')).to.exist;
      expect(text(status(el))).to.equal('');
      expect(parts(el, 'reason')).to.deep.equal(['a warning sign that needs medical care now']);
      expect(part(el, 'base')!.classList.contains('banner--urgent')).to.be.true;
      const urgentBorder = parseFloat(getComputedStyle(part(el, 'base')!).borderTopWidth);
      expect(urgentBorder).to.be.greaterThan(1);
      const source = part(el, 'sources')!.querySelector('a')!;
      expect(source.href).to.contain('mayoclinic.org');
      expect(text(part(el, 'disclaimer'))).to.equal(defaultPack.disclaimer.en);
    });
  });

  describe('group', () => {
    it('updates live as another element of its group changes answers', async () => {
      const el = await banner();
      const store = getGroupStore('t');
      const seen: string[] = [];
      for (const answers of [SELF_CARE, SEE_DOCTOR, URGENT, {}]) {
        store.replace(answers);
        await el.updateComplete;
        const where = text(alert(el)) ? 'alert' : text(status(el)) ? 'status' : 'empty';
        seen.push(`${el.getAttribute('level')}:${where}`);
      }
      expect(seen).to.deep.equal([
        'self-care:status',
        'see-doctor:status',
        'urgent:alert',
        'none:empty',
      ]);
      store.replace({ ...SELF_CARE, 'red-flags': ['fever-stiff-neck'] });
      await el.updateComplete;
      expect(text(alert(el))).to.contain('Get medical care now');
      store.merge({ 'red-flags': undefined });
      await el.updateComplete;
      expect(text(alert(el))).to.equal('');
      expect(el.level).to.equal('self-care');
    });

    it('keeps different groups apart', async () => {
      const wrap = await fixture(
        html`<div>
          <myo-referral-banner group="a"></myo-referral-banner>
          <myo-referral-banner group="b"></myo-referral-banner>
        </div>`,
      );
      const [a, b] = [...wrap.querySelectorAll('myo-referral-banner')];
      getGroupStore('a').merge(URGENT);
      await a.updateComplete;
      await b.updateComplete;
      expect(a.level).to.equal('urgent');
      expect(b.level).to.equal('none');
      expect(b.getAttribute('level')).to.equal('none');
    });

    it('is display-only: a group change fires no myo-change nor myo-level-change', async () => {
      const el = await banner();
      const fired: string[] = [];
      for (const name of ['myo-change', 'myo-level-change', 'myo-complete'])
        el.addEventListener(name, () => fired.push(name));
      getGroupStore('t').merge(URGENT, { origin: 'user' });
      await el.updateComplete;
      expect(el.level).to.equal('urgent');
      expect(fired).to.deep.equal([]);
    });

    it('exposes the whole assessment and the shown level as read-only properties', async () => {
      const el = await banner(
        SELF_CARE,
        html`<myo-referral-banner group="t" show-when="see-doctor"></myo-referral-banner>`,
      );
      expect(el.assessment).to.deep.equal(assess(SELF_CARE));
      expect(el.assessment.level).to.equal('self-care');
      expect(el.level).to.equal('none');
      expect(() => ((el as unknown as { level: string }).level = 'urgent')).to.throw(TypeError);
      expect(el.level).to.equal('none');
    });
  });

  describe('attributes', () => {
    it('threshold-months changes which duration qualifies', async () => {
      const el = await banner(
        { fatigue: true, duration: '3-to-6-months' },
        html`<myo-referral-banner group="t" threshold-months="6"></myo-referral-banner>`,
      );
      expect(el.level).to.equal('self-care');
      expect(el.assessment.thresholdMonths).to.equal(6);
      expect(text(part(el, 'body'))).to.contain('more than 6 months');
      getGroupStore('t').merge({ duration: '6-to-12-months' });
      await el.updateComplete;
      expect(parts(el, 'reason')).to.deep.equal(['pain for more than 6 months']);
      el.thresholdMonths = 1;
      getGroupStore('t').merge({ duration: '1-to-3-months' });
      await el.updateComplete;
      expect(parts(el, 'reason')).to.deep.equal(['pain for more than 1 month']);
    });

    it('show-when="see-doctor" hides self-care but not see-doctor or urgent', async () => {
      const el = await banner(
        SELF_CARE,
        html`<myo-referral-banner group="t" show-when="see-doctor"></myo-referral-banner>`,
      );
      expect(el.getAttribute('level')).to.equal('none');
      expect(text(status(el))).to.equal('');
      getGroupStore('t').merge(SEE_DOCTOR);
      await el.updateComplete;
      expect(el.getAttribute('level')).to.equal('see-doctor');
      getGroupStore('t').replace({ 'red-flags': ['breathing-dizziness'] });
      await el.updateComplete;
      expect(el.getAttribute('level')).to.equal('urgent');
    });

    it('fixed-level shows one level whatever the answers', async () => {
      const el = await banner(
        {},
        html`<myo-referral-banner group="t" fixed-level="see-doctor"></myo-referral-banner>`,
      );
      expect(el.getAttribute('level')).to.equal('see-doctor');
      expect(text(status(el))).to.contain('Consider seeing a doctor');
      getGroupStore('t').replace(URGENT);
      await el.updateComplete;
      expect(el.getAttribute('level')).to.equal('see-doctor');
      expect(part(el, 'reasons')).to.be.null;
      expect(el.assessment.level).to.equal('urgent');
      el.fixedLevel = 'urgent';
      await el.updateComplete;
      expect(text(alert(el))).to.contain('Get medical care now');
      el.removeAttribute('fixed-level');
      el.fixedLevel = undefined;
      await el.updateComplete;
      expect(el.getAttribute('level')).to.equal('urgent');
    });

    it('reflects the level to the attribute, overriding a value written by hand', async () => {
      const el = await banner(SEE_DOCTOR);
      el.setAttribute('level', 'none');
      getGroupStore('t').merge({ fatigue: false });
      await el.updateComplete;
      expect(el.getAttribute('level')).to.equal('see-doctor');
      expect(el.matches('myo-referral-banner[level="see-doctor"]')).to.be.true;
    });

    it('lays out right to left with logical properties', async () => {
      const wrap = await fixture(
        html`<div dir="rtl">
          <myo-referral-banner group="t"></myo-referral-banner>
        </div>`,
      );
      getGroupStore('t').merge(SEE_DOCTOR);
      const el = wrap.querySelector('myo-referral-banner')!;
      await el.updateComplete;
      const style = getComputedStyle(part(el, 'base')!);
      expect(parseFloat(style.borderRightWidth)).to.be.greaterThan(
        parseFloat(style.borderLeftWidth),
      );
    });
  });

  describe('call to action', () => {
    it('renders cta-href and cta-label at see-doctor and urgent, with a default label', async () => {
      const el = await banner(
        SEE_DOCTOR,
        html`<myo-referral-banner
          group="t"
          cta-href="/find-a-doctor"
          cta-label="Find a doctor near you"
        ></myo-referral-banner>`,
      );
      const link = part(el, 'cta') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('/find-a-doctor');
      expect(text(link)).to.equal('Find a doctor near you');
      expect(visible(link)).to.be.true;
      expect(link.getBoundingClientRect().height).to.be.at.least(24);
      el.ctaLabel = '';
      await el.updateComplete;
      expect(text(part(el, 'cta'))).to.equal('Find a doctor');
      el.ctaHref = '';
      await el.updateComplete;
      expect(part(el, 'cta')).to.be.null;
    });

    it('fires a cancelable myo-cta with the href and level when the link is used', async () => {
      const el = await banner(
        URGENT,
        html`<myo-referral-banner group="t" cta-href="#doctor"></myo-referral-banner>`,
      );
      const link = part(el, 'cta') as HTMLAnchorElement;
      el.addEventListener('myo-cta', e => e.preventDefault(), { once: true });
      let clickPrevented: boolean | undefined;
      const record = (e: Event) => (clickPrevented = e.defaultPrevented);
      document.addEventListener('click', record, { once: true });
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'myo-cta');
      expect(event.detail).to.deep.equal({ href: '#doctor', level: 'urgent' });
      expect(event.bubbles && event.composed).to.be.true;
      expect(clickPrevented).to.be.true;
    });

    it('ignores clicks outside the call to action', async () => {
      const el = await banner(
        URGENT,
        html`<myo-referral-banner group="t" cta-href="#doctor"></myo-referral-banner>`,
      );
      let fired = 0;
      el.addEventListener('myo-cta', () => fired++);
      const stop = (e: Event) => e.preventDefault();
      document.addEventListener('click', stop);
      try {
        part(el, 'sources')!.querySelector('a')!.click();
        part(el, 'title')!.click();
        expect(fired).to.equal(0);
        (part(el, 'cta') as HTMLAnchorElement).click();
        expect(fired).to.equal(1);
      } finally {
        document.removeEventListener('click', stop);
      }
    });

    it('refuses javascript: and data: URLs with one warning each and shows no link', async () => {
      let el!: MyoReferralBanner;
      const warnings = await captureWarningsAsync(async () => {
        el = await banner(
          SEE_DOCTOR,
          html`<myo-referral-banner
            group="t"
            cta-href="javascript:alert(1)"
          ></myo-referral-banner>`,
        );
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<myo-referral-banner> cta-href="javascript:alert(1)"');
      expect(warnings[0]).to.contain('expected an http(s), relative, tel: or mailto: URL');
      expect(part(el, 'cta')).to.be.null;
      expect(root(el).querySelector('a[href^="javascript"]')).to.be.null;
      const more = await captureWarningsAsync(async () => {
        el.ctaHref = 'data:text/html,<script>alert(1)</script>';
        await el.updateComplete;
      });
      expect(more).to.have.length(1);
      expect(part(el, 'cta')).to.be.null;
    });

    it('accepts only http(s), relative, tel: and mailto: links', () => {
      const rows: [string, string | undefined][] = [
        ['https://example.org/doctors', 'https://example.org/doctors'],
        ['HTTP://example.org', 'HTTP://example.org'],
        ['/find', '/find'],
        ['find?near=me#list', 'find?near=me#list'],
        ['//example.org/x', '//example.org/x'],
        ['tel:+44 20 7946 0000', 'tel:+44 20 7946 0000'],
        ['mailto:clinic@example.org', 'mailto:clinic@example.org'],
        ['  https://example.org  ', 'https://example.org'],
        ['javascript:alert(1)', undefined],
        [' JaVa\tScRiPt:alert(1)', undefined],
        ['java\nscript:alert(1)', undefined],
        ['data:text/html,x', undefined],
        ['vbscript:x', undefined],
        ['file:///etc/passwd', undefined],
        ['', undefined],
      ];
      for (const [input, expected] of rows) expect(safeHref(input), input).to.equal(expected);
    });

    it('lets the cta slot replace the default and still fires myo-cta', async () => {
      const el = await banner(
        SEE_DOCTOR,
        html`<myo-referral-banner group="t" cta-href="#default">
          <a slot="cta" href="#booking">Book a visit</a>
        </myo-referral-banner>`,
      );
      const slotted = el.querySelector('a')!;
      expect(slot(el, 'cta').assignedElements()).to.deep.equal([slotted]);
      expect(visible(slotted)).to.be.true;
      expect(visible(part(el, 'cta'))).to.be.false;
      el.addEventListener('myo-cta', e => e.preventDefault(), { once: true });
      setTimeout(() => slotted.click());
      const event = await oneEvent(el, 'myo-cta');
      expect(event.detail).to.deep.equal({ href: '#booking', level: 'see-doctor' });
    });
  });

  describe('urgent: what to do now', () => {
    /** Every link of the banner in document order, as "part: text". */
    const links = (el: HTMLElement) =>
      [...root(el).querySelectorAll('a[href]')].map(
        a => `${a.getAttribute('part') ?? ''}: ${text(a)}`,
      );

    it('with emergency-number: a button-styled "Call {number}" first, then "or go to the nearest emergency department"; the publisher\'s link after it, secondary', async () => {
      const el = await banner(
        URGENT,
        html`<myo-referral-banner
          group="t"
          emergency-number="112"
          cta-href="/find-a-doctor"
        ></myo-referral-banner>`,
      );
      const call = part(el, 'emergency') as HTMLAnchorElement;
      expect(call.getAttribute('href')).to.equal('tel:112');
      expect(text(part(el, 'emergency-row'))).to.equal(
        'Call 112 or go to the nearest emergency department',
      );
      expect(alert(el).contains(call), 'in the alert').to.equal(true);
      expect(links(el)[0], 'the first action').to.equal('emergency: Call 112');
      expect(links(el)).to.include('cta: Find a doctor');
      const cta = part(el, 'cta')!;
      expect(alert(el).contains(cta)).to.equal(false);
      expect(cta.classList.contains('button--secondary'), 'the CTA is secondary').to.equal(true);
      // prominent: a filled button at least 44 px high (the default target size)
      const style = getComputedStyle(call);
      expect(style.backgroundColor).not.to.be.oneOf(['transparent', 'rgba(0, 0, 0, 0)']);
      expect(style.backgroundColor).not.to.equal(getComputedStyle(cta).backgroundColor);
      expect(call.getBoundingClientRect().height).to.be.at.least(44);
      await expect(el).to.be.accessible();
    });

    it('without emergency-number: "Call your local emergency number or go to the nearest emergency department now."', async () => {
      const el = await banner(
        URGENT,
        html`<myo-referral-banner group="t" cta-href="/find-a-doctor"></myo-referral-banner>`,
      );
      expect(part(el, 'emergency')).to.equal(null);
      const now = part(el, 'emergency-row')!;
      expect(text(now)).to.equal(
        'Call your local emergency number or go to the nearest emergency department now.',
      );
      expect(alert(el).contains(now)).to.equal(true);
      // before the publisher's call to action
      expect(
        now.compareDocumentPosition(part(el, 'cta')!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).to.be.above(0);
      await expect(el).to.be.accessible();
    });

    it('says it in Spanish', async () => {
      const el = await banner(
        URGENT,
        html`<myo-referral-banner
          group="t"
          lang="es"
          emergency-number="112"
        ></myo-referral-banner>`,
      );
      expect(text(part(el, 'emergency-row'))).to.equal(
        'Llame al 112 o vaya al servicio de urgencias más cercano',
      );
      el.emergencyNumber = '';
      await el.updateComplete;
      expect(text(part(el, 'emergency-row'))).to.equal(
        'Llame ahora a su número local de emergencias o vaya al servicio de urgencias más cercano.',
      );
    });

    it('a fixed urgent banner says what to do too; below urgent there is no emergency action', async () => {
      const el = await banner(
        {},
        html`<myo-referral-banner group="t" fixed-level="urgent"></myo-referral-banner>`,
      );
      expect(text(part(el, 'emergency-row'))).to.contain('emergency department');
      el.fixedLevel = 'see-doctor';
      await el.updateComplete;
      expect(part(el, 'emergency-row')).to.equal(null);
    });
  });

  describe('emergency number', () => {
    it('shows the emergency number as a tel: link at urgent only', async () => {
      const el = await banner(
        SEE_DOCTOR,
        html`<myo-referral-banner
          group="t"
          emergency-number="+1 (555) 010-911"
        ></myo-referral-banner>`,
      );
      expect(part(el, 'emergency')).to.be.null;
      getGroupStore('t').merge(URGENT);
      await el.updateComplete;
      const link = part(el, 'emergency') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('tel:+1555010911');
      expect(text(link)).to.equal('Call +1 (555) 010-911');
      expect(alert(el).contains(link)).to.be.true;
      expect(parts(el, 'reason')).to.include(
        'a warning sign that needs medical care now: call +1 (555) 010-911',
      );
    });

    it('warns once about a bad emergency number and shows none', async () => {
      let el!: MyoReferralBanner;
      const warnings = await captureWarningsAsync(async () => {
        el = await banner(
          URGENT,
          html`<myo-referral-banner group="t" emergency-number="call 911!"></myo-referral-banner>`,
        );
        getGroupStore('t').merge({ fatigue: false });
        await el.updateComplete;
      });
      expect(warnings).to.deep.equal([
        '[myocheck] <myo-referral-banner> emergency-number="call 911!" is not valid: expected digits, spaces, +, -, ( and ). Using "no number".',
      ]);
      expect(part(el, 'emergency')).to.be.null;
      expect(parts(el, 'reason')[0]).not.to.contain('call');
    });
  });

  describe('bad attribute values', () => {
    const cases: [string, string, string, string][] = [
      ['threshold-months', 'abc', 'one of 1, 3, 6, 12', '3'],
      ['threshold-months', '-2', 'one of 1, 3, 6, 12', '3'],
      ['threshold-months', ' ', 'one of 1, 3, 6, 12', '3'],
      ['show-when', 'urgent', 'one of "self-care", "see-doctor"', '"self-care"'],
      [
        'fixed-level',
        'maybe',
        'one of "self-care", "see-doctor", "urgent"',
        '"the level of the answers"',
      ],
      ['heading-level', '9', 'a whole number from 1 to 6', '2'],
    ];
    for (const [attr, value, expected, using] of cases) {
      it(`warns once for ${attr}="${value}" and uses the default`, async () => {
        let el!: MyoReferralBanner;
        const warnings = await captureWarningsAsync(async () => {
          el = document.createElement('myo-referral-banner');
          el.group = 't';
          el.setAttribute(attr, value);
          getGroupStore('t').replace(SELF_CARE);
          await fixture(el);
          getGroupStore('t').merge({ duration: '3-to-6-months' });
          await el.updateComplete;
        });
        expect(warnings).to.have.length(1);
        const [w] = warnings;
        for (const piece of ['<myo-referral-banner>', `${attr}=`, value, expected, using])
          expect(w).to.contain(piece);
        // the defaults: threshold 3, shown from self-care, level from the answers, h2
        expect(el.getAttribute('level')).to.equal('see-doctor');
        expect(root(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal(
          '2',
        );
      });
    }
  });

  describe('content', () => {
    it('renders the before and after slots only while it shows', async () => {
      const el = await banner(
        {},
        html`<myo-referral-banner group="t">
          <p slot="before">From our editors</p>
          <p slot="after">Call our nurse line</p>
        </myo-referral-banner>`,
      );
      const [before, after] = [...el.querySelectorAll('p')];
      expect(slot(el, 'before').hasAttribute('hidden')).to.be.true;
      expect(visible(before)).to.be.false;
      getGroupStore('t').merge(SEE_DOCTOR);
      await el.updateComplete;
      expect(slot(el, 'before').assignedElements()).to.deep.equal([before]);
      expect(slot(el, 'after').assignedElements()).to.deep.equal([after]);
      expect(visible(before) && visible(after)).to.be.true;
      const top = (n: Element) => n.getBoundingClientRect().top;
      expect(top(before)).to.be.lessThan(top(part(el, 'title')!));
      expect(top(after)).to.be.greaterThan(top(part(el, 'reasons')!));
    });

    it('uses the level title as heading, or the heading attribute, or none', async () => {
      const el = await banner(
        SEE_DOCTOR,
        html`<myo-referral-banner group="t" heading-level="3"></myo-referral-banner>`,
      );
      const heading = () => root(el).querySelectorAll('[role="heading"]');
      expect(heading()).to.have.length(1);
      expect(text(heading()[0])).to.equal('Consider seeing a doctor');
      expect(heading()[0].getAttribute('aria-level')).to.equal('3');
      el.heading = 'Your next step';
      await el.updateComplete;
      expect([...heading()].map(text)).to.deep.equal(['Your next step']);
      expect(text(part(el, 'title'))).to.equal('Consider seeing a doctor');
      el.heading = '';
      await el.updateComplete;
      expect(heading()).to.have.length(0);
      expect(text(part(el, 'title'))).to.equal('Consider seeing a doctor');
    });

    it('switches language with its own lang or an ancestor’s', async () => {
      const wrap = await fixture(
        html`<div lang="en">
          <myo-referral-banner group="t"></myo-referral-banner>
        </div>`,
      );
      const el = wrap.querySelector('myo-referral-banner')!;
      getGroupStore('t').merge(SEE_DOCTOR);
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Consider seeing a doctor');
      wrap.setAttribute('lang', 'es-MX');
      await elementUpdated(el);
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Considere consultar a un médico');
      expect(parts(el, 'reason')).to.deep.equal([
        'dolor durante más de 3 meses',
        'dolor que altera su sueño',
      ]);
      expect(text(part(el, 'disclaimer'))).to.equal(defaultPack.disclaimer.es);
      el.lang = 'en';
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Consider seeing a doctor');
    });

    it('renders hostile pack and attribute text as text', async () => {
      const evil = '<img src=x onerror="window.__pwned=1">';
      const pack = JSON.parse(JSON.stringify(defaultPack));
      pack.id = 'hostile';
      pack.levels['self-care'].title.en = `Title ${evil}`;
      pack.selfCare.tips[0].en = `Tip ${evil}`;
      pack.disclaimer.en = `Note ${evil}`;
      const script = addPackScript('hostile-pack', pack);
      try {
        const el = await banner(
          SELF_CARE,
          html`<myo-referral-banner
            group="t"
            content="hostile-pack"
            heading=${`Heading ${evil}`}
          ></myo-referral-banner>`,
        );
        await el.updateComplete;
        expect(root(el).querySelector('img')).to.be.null;
        expect(text(part(el, 'title'))).to.equal(`Title ${evil}`);
        expect(parts(el, 'tip')[0]).to.equal(`Tip ${evil}`);
        expect(text(part(el, 'disclaimer'))).to.equal(`Note ${evil}`);
        expect(text(part(el, 'heading'))).to.equal(`Heading ${evil}`);
        expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
      } finally {
        script.remove();
      }
    });

    it('uses no storage, cookie or network', async () => {
      sessionStorage.clear();
      localStorage.clear();
      const resources = performance.getEntriesByType('resource').length;
      const el = await banner(
        URGENT,
        html`<myo-referral-banner
          group="t"
          cta-href="https://example.org/doctors"
          emergency-number="112"
        ></myo-referral-banner>`,
      );
      getGroupStore('t').merge(SEE_DOCTOR);
      await el.updateComplete;
      expect(sessionStorage.length).to.equal(0);
      expect(localStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
      expect(performance.getEntriesByType('resource').length).to.equal(resources);
    });
  });
});
