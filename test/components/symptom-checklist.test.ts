import { elementUpdated, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/myo-symptom-checklist.js';
import type { MyoSymptomChecklist } from '../../src/define/myo-symptom-checklist.js';
import { defaultPack, resetWarnings, SYMPTOM_IDS } from '../../src/core/index.js';
import type { MyoChangeEvent, MyoLevelChangeEvent } from '../../src/events.js';
import { getGroupStore, resetGroupStores } from '../../src/store/group-store.js';
import { addPackScript, captureWarningsAsync, fixture } from '../helpers.js';

type El = MyoSymptomChecklist;

const all = <T extends Element = HTMLElement>(el: El, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const one = <T extends Element = HTMLElement>(el: El, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const legends = (el: El) => all(el, '[part~="legend"]').map(text);
const symptomBox = (el: El, id: string) =>
  one<HTMLInputElement>(el, `input[type="checkbox"][data-question="${id}"]`);
const radio = (el: El, question: string, value: string) =>
  one<HTMLInputElement>(el, `input[type="radio"][data-question="${question}"][value="${value}"]`);
const shownSymptoms = (el: El) =>
  all<HTMLInputElement>(el, '[part~="section"].section--symptoms input[data-question]')
    .map(i => i.dataset.question!)
    .filter((id, i, list) => list.indexOf(id) === i);

/** Collects the events an element fires. */
function record(el: Element, ...names: string[]): Event[] {
  const events: Event[] = [];
  for (const name of names) el.addEventListener(name, e => events.push(e));
  return events;
}

let groupCount = 0;
const uniqueGroup = () => `checklist-${++groupCount}`;

describe('<myo-symptom-checklist>', () => {
  beforeEach(() => {
    resetGroupStores();
    resetWarnings();
    sessionStorage.clear();
    localStorage.clear();
  });

  describe('accessibility (axe)', () => {
    it('passes in the default state', async () => {
      const el = await fixture<El>(html`<myo-symptom-checklist></myo-symptom-checklist>`);
      await expect(el).to.be.accessible();
    });

    it('passes in severity mode', async () => {
      const el = await fixture<El>(
        html`<myo-symptom-checklist mode="severity"></myo-symptom-checklist>`,
      );
      await expect(el).to.be.accessible();
    });

    it('passes when answered, with the clear buttons shown', async () => {
      const el = await fixture<El>(
        html`<myo-symptom-checklist mode="severity" persist="session"></myo-symptom-checklist>`,
      );
      radio(el, 'fatigue', '2').click();
      radio(el, 'duration', '6-to-12-months').click();
      radio(el, 'sleep-impact', 'true').click();
      one<HTMLInputElement>(el, 'input[data-question="red-flags"]').click();
      await elementUpdated(el);
      expect(all(el, '[part~="clear-button"]').length).to.be.greaterThan(3);
      await expect(el).to.be.accessible();
    });

    it('passes when disabled', async () => {
      const el = await fixture<El>(html`<myo-symptom-checklist disabled></myo-symptom-checklist>`);
      await expect(el).to.be.accessible();
    });

    it('passes in Spanish', async () => {
      const el = await fixture<El>(html`<myo-symptom-checklist lang="es"></myo-symptom-checklist>`);
      await expect(el).to.be.accessible();
    });

    it('passes when required and invalid', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><myo-symptom-checklist name="c" required></myo-symptom-checklist></form>`,
      );
      const el = form.querySelector('myo-symptom-checklist')!;
      expect(el.checkValidity()).to.be.false;
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('shows the four sections in order, six symptom check boxes and the heading', async () => {
      const el = await fixture<El>(html`<myo-symptom-checklist></myo-symptom-checklist>`);
      expect(legends(el)).to.deep.equal([
        'Which of these have you noticed?',
        'How long',
        'How it affects you',
        'Other signs',
      ]);
      expect(shownSymptoms(el)).to.deep.equal([...SYMPTOM_IDS]);
      expect(all(el, '.section--symptoms input[type="checkbox"]')).to.have.length(6);
      // duration: 5 radios; impact: 2 Yes/No pairs; safety: 3 signs, "None of these", a Yes/No pair
      expect(all(el, 'input[data-question="duration"][type="radio"]')).to.have.length(5);
      expect(all(el, '.section--impact input[type="radio"]')).to.have.length(4);
      expect(all(el, 'input[data-question="red-flags"][type="checkbox"]')).to.have.length(4);
      expect(text(one(el, '[part~="none-option"]'))).to.equal('None of these');
      expect(all(el, 'input[data-question="medication-start"][type="radio"]')).to.have.length(2);
      const heading = one(el, '[part~="heading"]');
      expect(text(heading)).to.equal('Your symptoms');
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('2');
      expect(all(el, '[part~="clear-button"]')).to.have.length(0);
      expect(all(el, 'input').every(i => i.closest('fieldset'))).to.be.true;
    });

    it('labels each symptom and ties its description with aria-describedby', async () => {
      const el = await fixture<El>(html`<myo-symptom-checklist></myo-symptom-checklist>`);
      const box = symptomBox(el, 'fatigue');
      expect(text(box.closest('label'))).to.equal('Fatigue and low energy');
      const description = el.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!);
      expect(description?.getAttribute('part')).to.equal('description');
      expect(text(description)).to.contain('Feeling worn out in body, mind or mood');
    });

    it('takes heading and heading-level; heading="" shows none', async () => {
      const el = await fixture<El>(
        html`<myo-symptom-checklist heading="Check in" heading-level="3"></myo-symptom-checklist>`,
      );
      expect(text(one(el, '[part~="heading"]'))).to.equal('Check in');
      expect(one(el, '[part~="heading"]').getAttribute('aria-level')).to.equal('3');
      el.heading = '';
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelector('[part~="heading"]')).to.be.null;
    });
  });

  describe('sections, symptoms and mode', () => {
    it('shows only the sections listed, in the order given', async () => {
      const el = await fixture<El>(
        html`<myo-symptom-checklist sections="safety, duration"></myo-symptom-checklist>`,
      );
      expect(legends(el)).to.deep.equal(['Other signs', 'How long']);
      expect(all(el, 'input[data-question="fatigue"]')).to.have.length(0);
      // without the symptoms section, the skip hint stands under the heading
      expect(text(one(el, '[part~="hint"]'))).to.equal('You can skip any question.');
    });

    it('shows the symptoms listed, in the order given', async () => {
      const el = await fixture<El>(
        html`<myo-symptom-checklist symptoms="brain-fog, fatigue"></myo-symptom-checklist>`,
      );
      expect(shownSymptoms(el)).to.deep.equal(['brain-fog', 'fatigue']);
      el.symptoms = 'mood-changes';
      await elementUpdated(el);
      expect(shownSymptoms(el)).to.deep.equal(['mood-changes']);
    });

    it('asks a severity per symptom in severity mode and stores 0–3', async () => {
      const group = uniqueGroup();
      const el = await fixture<El>(
        html`<myo-symptom-checklist mode="severity" group=${group}></myo-symptom-checklist>`,
      );
      const groups = all(el, '.section--symptoms fieldset[part~="question"]');
      expect(groups).to.have.length(6);
      expect(text(groups[0].querySelector('legend'))).to.equal('Widespread muscle pain');
      const fatigue = all<HTMLInputElement>(el, 'input[type="radio"][data-question="fatigue"]');
      expect(fatigue.map(i => text(i.closest('label')))).to.deep.equal([
        'None',
        'Mild',
        'Moderate',
        'Severe',
      ]);
      fatigue[2].click();
      expect(getGroupStore(group).answers).to.deep.equal({ fatigue: 2 });
      fatigue[0].click();
      expect(getGroupStore(group).answers).to.deep.equal({ fatigue: 0 });
      el.mode = 'yes-no';
      await elementUpdated(el);
      expect(symptomBox(el, 'fatigue').checked).to.be.false; // "none" is not present
    });

    it('stores Yes/No answers as booleans and red flags as a list', async () => {
      const group = uniqueGroup();
      const el = await fixture<El>(
        html`<myo-symptom-checklist group=${group}></myo-symptom-checklist>`,
      );
      radio(el, 'sleep-impact', 'false').click();
      radio(el, 'medication-start', 'true').click();
      const flags = all<HTMLInputElement>(el, 'input[data-question="red-flags"]');
      flags[2].click();
      flags[0].click();
      expect(getGroupStore(group).answers).to.deep.equal({
        'sleep-impact': false,
        'medication-start': true,
        'red-flags': ['breathing-dizziness', 'fever-stiff-neck'],
      });
      flags[0].click();
      flags[2].click();
      expect(getGroupStore(group).answers).to.not.have.property('red-flags');
    });

    it('clears a radio answer with "Clear this answer" and keeps focus in the group', async () => {
      const group = uniqueGroup();
      const el = await fixture<El>(
        html`<myo-symptom-checklist group=${group} sections="duration"></myo-symptom-checklist>`,
      );
      expect(el.shadowRoot!.querySelector('[part~="clear-button"]')).to.be.null;
      radio(el, 'duration', 'over-12-months').click();
      await elementUpdated(el);
      const clear = one<HTMLButtonElement>(el, '[part~="clear-button"]');
      expect(text(clear)).to.equal('Clear this answer');
      clear.click();
      await waitUntil(
        () => el.shadowRoot!.activeElement === radio(el, 'duration', 'under-1-month'),
      );
      expect(getGroupStore(group).answers).to.deep.equal({});
      expect(all<HTMLInputElement>(el, 'input').some(i => i.checked)).to.be.false;
      expect(el.shadowRoot!.querySelector('[part~="clear-button"]')).to.be.null;
    });
  });

  describe('keyboard', () => {
    it('reaches a check box with Tab and toggles it with Space', async () => {
      const group = uniqueGroup();
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <button>Before</button>
          <myo-symptom-checklist group=${group}></myo-symptom-checklist>
        </div>`,
      );
      const el = wrap.querySelector('myo-symptom-checklist')!;
      wrap.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(symptomBox(el, 'widespread-pain'));
      await sendKeys({ press: ' ' });
      expect(symptomBox(el, 'widespread-pain').checked).to.be.true;
      expect(getGroupStore(group).answers).to.deep.equal({ 'widespread-pain': true });
      await sendKeys({ press: ' ' });
      expect(getGroupStore(group).answers).to.deep.equal({});
    });

    it('moves and selects with the arrow keys in a radio group', async () => {
      const group = uniqueGroup();
      const el = await fixture<El>(
        html`<myo-symptom-checklist group=${group} sections="duration"></myo-symptom-checklist>`,
      );
      radio(el, 'duration', 'under-1-month').focus();
      await sendKeys({ press: ' ' });
      expect(getGroupStore(group).answers).to.deep.equal({ duration: 'under-1-month' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(el.shadowRoot!.activeElement).to.equal(radio(el, 'duration', '3-to-6-months'));
      expect(getGroupStore(group).answers).to.deep.equal({ duration: '3-to-6-months' });
      await sendKeys({ press: 'ArrowUp' });
      expect(getGroupStore(group).answers).to.deep.equal({ duration: '1-to-3-months' });
    });
  });

  describe('events', () => {
    it('fires myo-change with the group, answers and assessment on a visitor change', async () => {
      const group = uniqueGroup();
      const el = await fixture<El>(
        html`<myo-symptom-checklist group=${group}></myo-symptom-checklist>`,
      );
      setTimeout(() => symptomBox(el, 'fatigue').click());
      const event = (await oneEvent(el, 'myo-change')) as MyoChangeEvent;
      expect(event.bubbles && event.composed).to.be.true;
      expect(event.detail.group).to.equal(group);
      expect(event.detail.answers).to.deep.equal({ fatigue: true });
      expect(event.detail.assessment.level).to.equal('self-care');
      expect(event.detail.assessment.symptomCount).to.equal(1);
    });

    it('fires myo-level-change when the level moves ("3 to 6 months" → see-doctor)', async () => {
      const el = await fixture<El>(
        html`<myo-symptom-checklist group=${uniqueGroup()}></myo-symptom-checklist>`,
      );
      const events = record(el, 'myo-level-change');
      radio(el, 'duration', '1-to-3-months').click();
      expect(events).to.have.length(0); // exactly three months is not "more than three"
      radio(el, 'duration', '3-to-6-months').click();
      expect(events).to.have.length(1);
      const { detail } = events[0] as MyoLevelChangeEvent;
      expect(detail.level).to.equal('see-doctor');
      expect(detail.previous).to.equal('none');
      expect(detail.reasons.map(r => r.id)).to.deep.equal(['duration']);
    });

    it('fires nothing when value is set from code or another element changes the group', async () => {
      const group = uniqueGroup();
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <myo-symptom-checklist group=${group}></myo-symptom-checklist>
          <myo-symptom-checklist group=${group}></myo-symptom-checklist>
        </div>`,
      );
      const [first, second] = [...wrap.querySelectorAll('myo-symptom-checklist')];
      const events = record(first, 'myo-change', 'myo-level-change');
      first.value = '{"fatigue":true,"duration":"over-12-months"}';
      await elementUpdated(first);
      expect(symptomBox(first, 'fatigue').checked).to.be.true;
      symptomBox(second, 'brain-fog').click();
      getGroupStore(group).set('sleep-impact', true);
      await elementUpdated(first);
      expect(symptomBox(first, 'brain-fog').checked).to.be.true;
      expect(events).to.have.length(0);
    });
  });

  describe('groups', () => {
    it('keeps two checklists of one group in sync, and groups apart', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <myo-symptom-checklist group="a" mode="severity"></myo-symptom-checklist>
          <myo-symptom-checklist group="a"></myo-symptom-checklist>
          <myo-symptom-checklist group="b"></myo-symptom-checklist>
        </div>`,
      );
      const [a1, a2, b] = [...wrap.querySelectorAll('myo-symptom-checklist')];
      radio(a1, 'stiffness', '3').click();
      radio(a1, 'duration', '6-to-12-months').click();
      await elementUpdated(a2);
      expect(symptomBox(a2, 'stiffness').checked).to.be.true;
      expect(radio(a2, 'duration', '6-to-12-months').checked).to.be.true;
      expect(symptomBox(b, 'stiffness').checked).to.be.false;
      expect(radio(b, 'duration', '6-to-12-months').checked).to.be.false;
      symptomBox(a2, 'stiffness').click(); // unchecking removes the answer in both
      await elementUpdated(a1);
      expect(all<HTMLInputElement>(a1, 'input[data-question="stiffness"]').some(i => i.checked)).to
        .be.false;
      expect(getGroupStore('b').answers).to.deep.equal({});
    });
  });

  describe('forms', () => {
    it('submits its own answers as one JSON string under its name', async () => {
      const group = uniqueGroup();
      const form = await fixture<HTMLFormElement>(
        html`<form @submit=${(e: Event) => e.preventDefault()}>
          <myo-symptom-checklist name="checklist" group=${group} sections="symptoms,impact">
          </myo-symptom-checklist>
        </form>`,
      );
      const el = form.querySelector('myo-symptom-checklist')!;
      expect(new FormData(form).get('checklist')).to.equal('{}');
      getGroupStore(group).set('pain-areas', ['neck']); // another element's question
      getGroupStore(group).set('duration', 'over-12-months'); // a section it does not show
      symptomBox(el, 'fatigue').click();
      radio(el, 'daily-tasks-impact', 'true').click();
      const submitted = new Promise<FormData>(resolve =>
        form.addEventListener('submit', () => resolve(new FormData(form)), { once: true }),
      );
      form.requestSubmit();
      const data = await submitted;
      expect(data.getAll('checklist')).to.have.length(1);
      expect(JSON.parse(data.get('checklist') as string)).to.deep.equal({
        fatigue: true,
        'daily-tasks-impact': true,
      });
      expect(JSON.parse(el.value)).to.deep.equal({ fatigue: true, 'daily-tasks-impact': true });
    });

    it('starts from the value attribute and restores it on form reset, without events', async () => {
      const group = uniqueGroup();
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <myo-symptom-checklist
            name="c"
            group=${group}
            value='{"fatigue":true,"duration":"1-to-3-months"}'
          ></myo-symptom-checklist>
        </form>`,
      );
      const el = form.querySelector('myo-symptom-checklist')!;
      expect(symptomBox(el, 'fatigue').checked).to.be.true;
      symptomBox(el, 'fatigue').click();
      symptomBox(el, 'brain-fog').click();
      expect(getGroupStore(group).answers).to.deep.equal({
        duration: '1-to-3-months',
        'brain-fog': true,
      });
      const events = record(el, 'myo-change', 'myo-level-change');
      form.reset();
      expect(getGroupStore(group).answers).to.deep.equal({
        fatigue: true,
        duration: '1-to-3-months',
      });
      await elementUpdated(el);
      expect(symptomBox(el, 'brain-fog').checked).to.be.false;
      expect(symptomBox(el, 'fatigue').checked).to.be.true;
      expect(el.getAttribute('value')).to.equal('{"fatigue":true,"duration":"1-to-3-months"}');
      expect(events).to.have.length(0);
    });

    it('sets answers from the value property; invalid JSON warns once and is ignored', async () => {
      const group = uniqueGroup();
      const el = await fixture<El>(
        html`<myo-symptom-checklist group=${group}></myo-symptom-checklist>`,
      );
      el.value = '{"red-flags":["extreme-weakness"],"sleep-impact":false}';
      expect(getGroupStore(group).answers).to.deep.equal({
        'red-flags': ['extreme-weakness'],
        'sleep-impact': false,
      });
      expect(el.hasAttribute('value')).to.be.false; // never reflected
      const warnings = await captureWarningsAsync(async () => {
        el.value = '{not json';
        await elementUpdated(el);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<myo-symptom-checklist>').and.contain('value=');
      expect(warnings[0]).to.contain('{not json').and.contain('JSON object');
      expect(JSON.parse(el.value)).to.deep.equal({
        'red-flags': ['extreme-weakness'],
        'sleep-impact': false,
      });
      el.value = '';
      expect(el.value).to.equal('{}');
    });

    it('is invalid while required and unanswered, with a localised message', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <myo-symptom-checklist name="c" group=${uniqueGroup()} required></myo-symptom-checklist>
        </form>`,
      );
      const el = form.querySelector('myo-symptom-checklist')!;
      expect(form.checkValidity()).to.be.false;
      expect(el.validity.valueMissing).to.be.true;
      expect(el.validationMessage).to.equal('Please answer at least one question.');
      el.lang = 'es';
      await elementUpdated(el);
      expect(el.validationMessage).to.equal('Responda al menos una pregunta.');
      radio(el, 'sleep-impact', 'false').click(); // any answer counts, even "No"
      expect(el.validity.valid).to.be.true;
      expect(form.checkValidity()).to.be.true;
    });

    it('disables every input with its own disabled attribute or a disabled fieldset', async () => {
      const group = uniqueGroup();
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <fieldset disabled>
            <myo-symptom-checklist name="c" group=${group}></myo-symptom-checklist>
          </fieldset>
        </form>`,
      );
      const el = form.querySelector('myo-symptom-checklist')!;
      await elementUpdated(el);
      const inputs = all<HTMLInputElement>(el, 'input');
      expect(inputs.length, '20 and "None of these"').to.equal(21);
      expect(inputs.every(i => i.disabled)).to.be.true;
      symptomBox(el, 'fatigue').click();
      expect(getGroupStore(group).answers).to.deep.equal({});
      form.querySelector('fieldset')!.disabled = false;
      await elementUpdated(el);
      expect(all<HTMLInputElement>(el, 'input').some(i => i.disabled)).to.be.false;
      el.disabled = true;
      await elementUpdated(el);
      expect(all<HTMLInputElement>(el, 'input').every(i => i.disabled)).to.be.true;
    });

    it('restores a saved form state without firing events', async () => {
      const group = uniqueGroup();
      const el = await fixture<El>(
        html`<myo-symptom-checklist name="c" group=${group}></myo-symptom-checklist>`,
      );
      const events = record(el, 'myo-change');
      el.formStateRestoreCallback('{"stiffness":true}');
      await elementUpdated(el);
      expect(symptomBox(el, 'stiffness').checked).to.be.true;
      expect(events).to.have.length(0);
    });
  });

  describe('disclaimer', () => {
    it("shows the pack's disclaimer on its own, whatever sections it shows", async () => {
      const el = await fixture<El>(
        html`<myo-symptom-checklist
          sections="impact"
          group=${uniqueGroup()}
        ></myo-symptom-checklist>`,
      );
      const disclaimer = one(el, '[part~="disclaimer"]');
      expect(text(disclaimer)).to.equal(
        'This self-check is for information only. It does not diagnose any condition.',
      );
      expect(disclaimer.getClientRects().length, 'visible').to.be.above(0);
    });
  });

  describe('"None of these" for the warning signs', () => {
    const none = (el: El) =>
      one<HTMLInputElement>(el, '[part~="none-option"] input[data-question="red-flags"]');
    const sign = (el: El, id: string) =>
      one<HTMLInputElement>(el, `input[data-question="red-flags"][value="${id}"]`);

    it('offers "None of these" in the safety section, as a native check box in the question\'s fieldset', async () => {
      const el = await fixture<El>(
        html`<myo-symptom-checklist
          sections="safety"
          group=${uniqueGroup()}
        ></myo-symptom-checklist>`,
      );
      const fieldset = none(el).closest('fieldset')!;
      expect(text(fieldset.querySelector('legend'))).to.equal(
        'Along with the muscle pain, do you have any of these?',
      );
      expect(none(el).type).to.equal('checkbox');
      expect(text(none(el).closest('label'))).to.equal('None of these');
      none(el).click();
      await elementUpdated(el);
      await expect(el).to.be.accessible();
    });

    it('"None of these" and a sign exclude each other; the answer is an empty list, not "not answered"', async () => {
      const group = uniqueGroup();
      const el = await fixture<El>(
        html`<myo-symptom-checklist sections="safety" group=${group}></myo-symptom-checklist>`,
      );
      const events = record(el, 'myo-change');
      none(el).click();
      await elementUpdated(el);
      expect(getGroupStore(group).answers).to.deep.equal({ 'red-flags': [] });
      expect(none(el).checked).to.equal(true);
      sign(el, 'extreme-weakness').click();
      await elementUpdated(el);
      expect(getGroupStore(group).answers).to.deep.equal({ 'red-flags': ['extreme-weakness'] });
      expect(none(el).checked, 'a sign clears "None of these"').to.equal(false);
      none(el).click();
      await elementUpdated(el);
      expect(getGroupStore(group).answers).to.deep.equal({ 'red-flags': [] });
      expect(sign(el, 'extreme-weakness').checked, '"None of these" clears the sign').to.equal(
        false,
      );
      none(el).click();
      await elementUpdated(el);
      expect(getGroupStore(group).answers, 'unticked: not answered').to.deep.equal({});
      expect(events).to.have.length(4);
    });

    it('is chosen with Space from the keyboard', async () => {
      const group = uniqueGroup();
      const el = await fixture<El>(
        html`<myo-symptom-checklist sections="safety" group=${group}></myo-symptom-checklist>`,
      );
      sign(el, 'fever-stiff-neck').focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(none(el));
      await sendKeys({ press: ' ' });
      await elementUpdated(el);
      expect(getGroupStore(group).answers).to.deep.equal({ 'red-flags': [] });
    });

    it('submits, resets and restores "None of these" as {"red-flags":[]}', async () => {
      const group = uniqueGroup();
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <myo-symptom-checklist
            name="c"
            sections="safety"
            group=${group}
            value='{"red-flags":[]}'
          ></myo-symptom-checklist>
        </form>`,
      );
      const el = form.querySelector('myo-symptom-checklist')!;
      expect(none(el).checked).to.equal(true);
      expect(new FormData(form).get('c')).to.equal('{"red-flags":[]}');
      sign(el, 'breathing-dizziness').click();
      await elementUpdated(el);
      expect(new FormData(form).get('c')).to.equal('{"red-flags":["breathing-dizziness"]}');
      form.reset();
      await elementUpdated(el);
      expect(getGroupStore(group).answers).to.deep.equal({ 'red-flags': [] });
      expect(none(el).checked).to.equal(true);
      expect(sign(el, 'breathing-dizziness').checked).to.equal(false);
      el.formStateRestoreCallback('{}');
      await elementUpdated(el);
      expect(none(el).checked).to.equal(false);
      el.formStateRestoreCallback('{"red-flags":[]}');
      await elementUpdated(el);
      expect(none(el).checked).to.equal(true);
      expect(JSON.parse(el.value)).to.deep.equal({ 'red-flags': [] });
    });
  });

  describe('language and direction', () => {
    it('renders Spanish with lang="es" and keeps answers when the language changes', async () => {
      const el = await fixture<El>(
        html`<myo-symptom-checklist lang="es" group=${uniqueGroup()}></myo-symptom-checklist>`,
      );
      expect(legends(el)[0]).to.equal('¿Cuáles de estos ha notado?');
      expect(text(one(el, '[part~="heading"]'))).to.equal('Sus síntomas');
      expect(text(symptomBox(el, 'fatigue').closest('label'))).to.equal('Cansancio y poca energía');
      symptomBox(el, 'fatigue').click();
      radio(el, 'sleep-impact', 'true').click();
      await elementUpdated(el);
      expect(text(one(el, '[part~="clear-button"]'))).to.equal('Borrar esta respuesta');
      el.lang = 'en';
      await elementUpdated(el);
      expect(legends(el)[0]).to.equal('Which of these have you noticed?');
      expect(symptomBox(el, 'fatigue').checked).to.be.true;
      expect(radio(el, 'sleep-impact', 'true').checked).to.be.true;
    });

    it("follows an ancestor's lang when it changes", async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div lang="en">
          <myo-symptom-checklist group=${uniqueGroup()}></myo-symptom-checklist>
        </div>`,
      );
      const el = wrap.querySelector('myo-symptom-checklist')!;
      symptomBox(el, 'brain-fog').click();
      wrap.lang = 'es-MX';
      await waitUntil(() => legends(el)[0] === '¿Cuáles de estos ha notado?');
      expect(text(symptomBox(el, 'brain-fog').closest('label'))).to.equal('Niebla mental');
      expect(symptomBox(el, 'brain-fog').checked).to.be.true;
    });

    it('lays out right to left under dir="rtl"', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div dir="rtl" lang="es"><myo-symptom-checklist></myo-symptom-checklist></div>`,
      );
      const el = wrap.querySelector('myo-symptom-checklist')!;
      await el.updateComplete;
      const box = symptomBox(el, 'fatigue');
      const label = box.nextElementSibling!;
      expect(getComputedStyle(box).direction).to.equal('rtl');
      // the check box sits at the start (right) of its row, the text after it (left)
      expect(box.getBoundingClientRect().left).to.be.greaterThan(
        label.getBoundingClientRect().right - 1,
      );
      const description = one(el, '.aside');
      expect(parseFloat(getComputedStyle(description).paddingRight)).to.be.greaterThan(
        parseFloat(getComputedStyle(description).paddingLeft),
      );
    });
  });

  describe('bad input', () => {
    it('warns once for unknown sections and drops them; all sections when none is left', async () => {
      const warnings = await captureWarningsAsync(async () => {
        const el = await fixture<El>(
          html`<myo-symptom-checklist sections="symptoms,areas,bogus"></myo-symptom-checklist>`,
        );
        expect(legends(el)).to.deep.equal(['Which of these have you noticed?']);
        el.sections = 'nothing';
        await elementUpdated(el);
        expect(legends(el)).to.have.length(4);
      });
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.contain('<myo-symptom-checklist>').and.contain('sections=');
      expect(warnings[0]).to.contain('"symptoms,areas,bogus"').and.contain('"duration"');
      expect(warnings[1]).to.contain('sections="nothing"');
    });

    it('warns once for unknown symptom ids and keeps the known ones', async () => {
      const warnings = await captureWarningsAsync(async () => {
        const el = await fixture<El>(
          html`<myo-symptom-checklist symptoms="fatigue, headache"></myo-symptom-checklist>`,
        );
        expect(shownSymptoms(el)).to.deep.equal(['fatigue']);
        el.requestUpdate();
        await elementUpdated(el);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<myo-symptom-checklist>').and.contain('symptoms=');
      expect(warnings[0]).to.contain('headache').and.contain('symptom ids');
    });

    it('warns once for a bad mode and uses yes-no', async () => {
      const warnings = await captureWarningsAsync(async () => {
        const el = await fixture<El>(
          html`<myo-symptom-checklist mode="scale"></myo-symptom-checklist>`,
        );
        expect(all(el, '.section--symptoms input[type="checkbox"]')).to.have.length(6);
        expect(all(el, '.section--symptoms input[type="radio"]')).to.have.length(0);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<myo-symptom-checklist>').and.contain('mode="scale"');
      expect(warnings[0]).to.contain('"yes-no", "severity"');
    });

    it('warns once for a bad heading-level and uses 2', async () => {
      const warnings = await captureWarningsAsync(async () => {
        const el = await fixture<El>(
          html`<myo-symptom-checklist heading-level="9"></myo-symptom-checklist>`,
        );
        expect(one(el, '[part~="heading"]').getAttribute('aria-level')).to.equal('2');
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<myo-symptom-checklist>').and.contain('heading-level=9');
    });

    it("renders a custom pack's text as text and runs none of it", async () => {
      const hostile = '<img src=x onerror="window.__myoPwned=1">';
      const pack = JSON.parse(JSON.stringify(defaultPack));
      pack.id = 'hostile';
      pack.questions = pack.questions.filter((q: { id: string }) =>
        ['fatigue', 'duration'].includes(q.id),
      );
      pack.questions[0].label.en = `${hostile} Tiredness`;
      pack.questions[0].description.en = hostile;
      pack.questions[1].options[0].label.en = hostile;
      pack.rules = pack.rules.filter((r: { id: string }) =>
        ['self-care', 'duration'].includes(r.id),
      );
      pack.notes = []; // the chest note reads the pain areas, left out here
      const script = addPackScript('hostile-pack', pack);
      try {
        const el = await fixture<El>(
          html`<myo-symptom-checklist content="hostile-pack" group=${uniqueGroup()}>
          </myo-symptom-checklist>`,
        );
        expect(shownSymptoms(el)).to.deep.equal(['fatigue']);
        expect(text(symptomBox(el, 'fatigue').closest('label'))).to.equal(`${hostile} Tiredness`);
        expect(text(one(el, '[part~="description"]'))).to.equal(hostile);
        expect(text(radio(el, 'duration', 'under-1-month').closest('label'))).to.equal(hostile);
        expect(el.shadowRoot!.querySelector('img')).to.be.null;
        await new Promise(r => setTimeout(r, 50));
        expect((window as any).__myoPwned).to.be.undefined;
      } finally {
        script.remove();
      }
    });
  });

  describe('privacy', () => {
    it('writes no storage and no cookie without persist', async () => {
      const el = await fixture<El>(html`<myo-symptom-checklist></myo-symptom-checklist>`);
      symptomBox(el, 'fatigue').click();
      radio(el, 'duration', 'over-12-months').click();
      await elementUpdated(el);
      expect(sessionStorage.length).to.equal(0);
      expect(localStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
      expect(el.shadowRoot!.querySelector('[part~="persist-notice"]')).to.be.null;
    });

    it('with persist="session" stores the answers and "Clear my answers" clears them', async () => {
      const el = await fixture<El>(
        html`<myo-symptom-checklist persist="session" group="kept"></myo-symptom-checklist>`,
      );
      symptomBox(el, 'fatigue').click();
      const key = 'myocheck:inomyalgia:kept';
      expect(JSON.parse(sessionStorage.getItem(key)!).answers).to.deep.equal({ fatigue: true });
      expect(localStorage.length).to.equal(0);
      await elementUpdated(el);
      const notice = one(el, '[part~="persist-notice"]');
      const button = notice.querySelector('button')!;
      expect(text(button)).to.equal('Clear my answers');
      setTimeout(() => button.click());
      const event = (await oneEvent(el, 'myo-change')) as MyoChangeEvent;
      expect(event.detail.answers).to.deep.equal({});
      expect(sessionStorage.getItem(key)).to.be.null;
      await elementUpdated(el);
      expect(symptomBox(el, 'fatigue').checked).to.be.false;
    });
  });
});
