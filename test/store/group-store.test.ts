import { expect, html } from '@open-wc/testing';
import { getGroupStore, resetGroupStores } from '../../src/store/group-store.js';
import { resetWarnings } from '../../src/core/index.js';
import { captureWarningsAsync, fixture } from '../helpers.js';

const member = { localName: 'myo-test' };

describe('group store', () => {
  beforeEach(() => {
    resetGroupStores();
    resetWarnings();
    sessionStorage.clear();
    localStorage.clear();
  });

  it('gives one store per group name, shared on the page', () => {
    expect(getGroupStore('a')).to.equal(getGroupStore('a'));
    expect(getGroupStore('a')).not.to.equal(getGroupStore('b'));
    const registry = (globalThis as any)[Symbol.for('myocheck.groups')];
    expect(registry.get('a')).to.equal(getGroupStore('a'));
  });

  it('sets, merges and clears answers, notifying listeners with the origin', () => {
    const store = getGroupStore('a');
    const seen: string[] = [];
    const off = store.subscribe((_s, change) => seen.push(change.origin));
    store.set('fatigue', true, { origin: 'user' });
    store.merge({ duration: 'over-12-months', fatigue: undefined });
    expect(store.answers).to.deep.equal({ duration: 'over-12-months' });
    expect(seen).to.deep.equal(['user', 'code']);
    off();
    store.clear();
    expect(seen).to.have.length(2);
    expect(store.listenerCount).to.equal(0);
  });

  it('keeps groups apart', () => {
    getGroupStore('a').set('fatigue', true);
    expect(getGroupStore('b').answers).to.deep.equal({});
  });

  it('keeps an empty list ("None of these" was chosen); undefined clears the answer', () => {
    const store = getGroupStore('a');
    store.set('red-flags', ['extreme-weakness']);
    store.set('red-flags', []);
    expect(store.answers).to.deep.equal({ 'red-flags': [] });
    store.set('red-flags', undefined);
    expect(store.answers).to.deep.equal({});
  });

  it('stores nothing unless persistence is opted in', () => {
    getGroupStore('a').set('fatigue', true);
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
  });

  it('persists under a namespaced key, restores, and clears the stored copy', () => {
    const store = getGroupStore('a');
    store.join(member, { persist: 'local' });
    store.set('fatigue', true);
    expect(localStorage.getItem('myocheck:inomyalgia:a')).to.contain('fatigue');
    resetGroupStores();
    const again = getGroupStore('a');
    again.join(member, { persist: 'local' });
    expect(again.answers).to.deep.equal({ fatigue: true });
    again.clear();
    expect(localStorage.getItem('myocheck:inomyalgia:a')).to.equal(null);
  });

  it('ignores a corrupt stored copy', () => {
    sessionStorage.setItem('myocheck:inomyalgia:a', '{not json');
    const store = getGroupStore('a');
    store.join(member, { persist: 'session' });
    expect(store.answers).to.deep.equal({});
  });

  it('uses a valid pack from a JSON script and warns, then falls back, on a bad one', async () => {
    const pack = structuredClone((await import('../../src/core/index.js')).defaultPack);
    pack.id = 'custom';
    await fixture(
      html`<div>
        <script type="application/json" id="good-pack">
          ${JSON.stringify(pack)}
        </script>
        <script type="application/json" id="bad-pack">
          { "id": 1 }
        </script>
        <script type="application/json" id="broken-pack">
          {oops
        </script>
      </div>`,
    );
    const store = getGroupStore('a');
    store.join(member, { content: 'good-pack' });
    await store.ready;
    expect(store.pack.id).to.equal('custom');
    for (const id of ['bad-pack', 'broken-pack', 'missing-pack']) {
      const b = getGroupStore(id);
      const warnings = await captureWarningsAsync(async () => {
        b.join(member, { content: id });
        await b.ready;
      });
      expect(b.pack.id).to.equal('inomyalgia');
      expect(warnings).to.have.length(1);
      expect(warnings[0])
        .to.contain('<myo-test> content=')
        .and.contain(id)
        .and.contain('default content');
    }
  });
});
