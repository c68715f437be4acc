/**
 * A language the library does not ship, added by a content pack alone (made with
 * `myocheck translate export` / `import`): the pack's wording and its interface text (`ui`).
 */
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { MyoBodyMap, MyoSymptomChecklist } from '../../src/index.js';
import { defaultPack, resetWarnings, uiStrings, type ContentPack } from '../../src/core/index.js';
import { getGroupStore, resetGroupStores } from '../../src/store/group-store.js';
import {
  addPackScript,
  captureWarningsAsync,
  fixture,
  settleTree,
  shadowQuery,
} from '../helpers.js';

/** The default pack with a little Polish: a question, an area and the interface text. */
function polishPack(): ContentPack {
  const pack = structuredClone(defaultPack);
  pack.id = 'polish-pack';
  pack.languages.push('pl');
  pack.translations = { ...pack.translations, pl: { status: 'draft' } };
  pack.questions.find(q => q.id === 'fatigue')!.label.pl = 'Zmęczenie i brak energii';
  pack.areas.find(a => a.id === 'neck')!.label.pl = 'Szyja';
  pack.ui = {
    pl: {
      checklistHeading: 'Twoje objawy',
      yes: 'Tak',
      no: 'Nie',
      sectionSymptomsHint: 'Zaznacz wszystkie pasujące. Możesz pominąć każde pytanie.',
      showList: 'Pokaż jako listę',
      areasCount: {
        one: '# z {total} obszarów',
        few: '# z {total} obszarów',
        many: '# z {total} obszarów',
        other: '# z {total} obszaru',
      },
    },
  };
  return pack;
}

const text = (el: Element, selector: string) =>
  shadowQuery(el, selector).textContent!.replace(/\s+/g, ' ').trim();

describe('a language carried by a content pack', () => {
  let script: HTMLScriptElement | undefined;
  beforeEach(() => {
    resetGroupStores();
    resetWarnings();
    delete uiStrings.pl;
    delete uiStrings['pl-PL'];
  });
  afterEach(() => {
    script?.remove();
    script = undefined;
    delete uiStrings.pl;
  });

  it('renders an element in Polish: the pack wording and its interface text', async () => {
    script = addPackScript('polish-pack', polishPack());
    const root = await fixture<HTMLElement>(
      html`<div lang="pl">
        <myo-symptom-checklist content="polish-pack" sections="symptoms"></myo-symptom-checklist>
        <myo-body-map list-view></myo-body-map>
      </div>`,
    );
    await getGroupStore('default').ready;
    await settleTree(root);
    const checklist = root.querySelector('myo-symptom-checklist') as MyoSymptomChecklist;
    const map = root.querySelector('myo-body-map') as MyoBodyMap;
    expect(text(checklist, '[part~="heading"]')).to.equal('Twoje objawy');
    expect(checklist.shadowRoot!.textContent).to.include('Zmęczenie i brak energii');
    expect(checklist.shadowRoot!.textContent).to.include(
      'Zaznacz wszystkie pasujące. Możesz pominąć każde pytanie.',
    );
    expect(text(map, '[part~="count"]')).to.equal('0 z 19 obszarów');
    // a key the pack leaves out shows the English
    expect(text(map, '[part~="toggle-button"]')).to.equal('Show the body map');
    map.value = ['neck', 'jaw-left', 'chest'];
    await settleTree(root);
    expect(text(map, '[part~="count"]')).to.equal('3 z 19 obszarów');
    expect(map.shadowRoot!.textContent).to.include('Szyja');
    await expect(checklist).to.be.accessible();
    await expect(map).to.be.accessible();
  });

  it('resolves a regional tag (pl-PL) to the pack’s Polish', async () => {
    script = addPackScript('polish-pack', polishPack());
    const root = await fixture<HTMLElement>(
      html`<div>
        <myo-symptom-checklist
          lang="pl-PL"
          content="polish-pack"
          sections="symptoms"
        ></myo-symptom-checklist>
      </div>`,
    );
    await getGroupStore('default').ready;
    await settleTree(root);
    const checklist = root.querySelector('myo-symptom-checklist')!;
    expect(text(checklist, '[part~="heading"]')).to.equal('Twoje objawy');
  });

  it('keeps a shipped language’s own interface text', async () => {
    const pack = polishPack();
    pack.languages.push('es');
    pack.ui!.es = { checklistHeading: 'Otro título' };
    script = addPackScript('polish-pack', pack);
    const root = await fixture<HTMLElement>(
      html`<div lang="es">
        <myo-symptom-checklist content="polish-pack" sections="symptoms"></myo-symptom-checklist>
      </div>`,
    );
    await getGroupStore('default').ready;
    await settleTree(root);
    expect(text(root.querySelector('myo-symptom-checklist')!, '[part~="heading"]')).to.equal(
      'Sus síntomas',
    );
  });

  it('refuses interface text that is not text, with one warning, and uses the default pack', async () => {
    const pack = polishPack() as unknown as { ui: Record<string, Record<string, unknown>> };
    pack.ui.pl.next = 7;
    script = addPackScript('polish-pack', pack);
    let root: HTMLElement | undefined;
    const warnings = await captureWarningsAsync(async () => {
      root = await fixture<HTMLElement>(
        html`<div lang="pl">
          <myo-symptom-checklist content="polish-pack" sections="symptoms"></myo-symptom-checklist>
        </div>`,
      );
      await getGroupStore('default').ready;
      await settleTree(root);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('content="polish-pack"').and.include('ui.pl.next');
    expect(getGroupStore('default').pack).to.equal(defaultPack);
    expect(text(root!.querySelector('myo-symptom-checklist')!, '[part~="heading"]')).to.equal(
      'Your symptoms',
    );
  });
});
