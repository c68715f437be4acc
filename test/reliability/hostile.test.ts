// Hostile content: a publisher's pack whose every text carries markup and right-to-left
// override characters must be shown as text, and a call to action to a script or data URL
// must never become a link.
import { expect, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js'; // all four elements: the scenarios use each one alone
import { defaultPack, resetWarnings, validatePack, type Answers } from '../../src/core/index.js';
import { getGroupStore, resetGroupStores } from '../../src/store/group-store.js';
import {
  addPackScript,
  captureWarningsAsync,
  deepElements,
  fixture,
  pageRequests,
  settleTree,
} from '../helpers.js';

declare global {
  interface Window {
    __myoPwned?: unknown;
  }
}

const IMG = '<img src=x onerror="window.__myoPwned=1">';
const SCRIPT = '<script>window.__myoPwned=1</script>';
const RLO = '\u202E';
const PAYLOAD = `${IMG}${SCRIPT}${RLO}`;
const TEXT_KEYS = new Set(['en', 'es', 'zero', 'one', 'two', 'few', 'many', 'other']);

/** The default pack with the payload in front of every text a visitor can see. */
function hostilePack(): unknown {
  const poison = (value: unknown, key = ''): unknown => {
    if (typeof value === 'string')
      return TEXT_KEYS.has(key) || key === 'title' || key === 'publisher' ? PAYLOAD + value : value;
    if (Array.isArray(value)) return value.map(v => poison(v));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
    return value;
  };
  const pack = poison(JSON.parse(JSON.stringify(defaultPack))) as typeof defaultPack;
  // a source address that tries to break out of its attribute
  pack.sources = pack.sources.map(s => ({
    ...s,
    url: `${s.url}?"><img src=x onerror=window.__myoPwned=1>`,
  }));
  return pack;
}

/** Every answer, so every rule fires and every label is shown somewhere. */
const EVERYTHING: Answers = {
  'widespread-pain': true,
  fatigue: true,
  stiffness: true,
  'sleep-problems': true,
  'brain-fog': true,
  'mood-changes': true,
  'pain-areas': ['jaw-left', 'neck', 'shoulder-right', 'lower-back', 'hip-left', 'chest'],
  duration: 'over-12-months',
  'sleep-impact': true,
  'daily-tasks-impact': true,
  'red-flags': ['breathing-dizziness', 'extreme-weakness', 'fever-stiff-neck'],
  'medication-start': true,
};

const INNER = 'myo-symptom-checklist, myo-body-map, myo-referral-banner';

/** The text of every shadow root under `root`, nested ones included. */
function shadowText(root: ParentNode): string {
  let out = '';
  for (const el of deepElements(root)) if (el.shadowRoot) out += el.shadowRoot.textContent ?? '';
  return out;
}
const SAFE = ['http:', 'https:', 'tel:', 'mailto:'];
/** Links whose real destination (as the browser resolves it) is not a safe one. */
const unsafeLinks = (root: ParentNode) =>
  [...deepElements(root)]
    .filter((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && n.hasAttribute('href'))
    .filter(a => !SAFE.includes(a.protocol))
    .map(a => a.getAttribute('href'));

describe('reliability: hostile content', () => {
  beforeEach(() => {
    resetGroupStores();
    resetWarnings();
    delete window.__myoPwned;
  });

  it('renders markup and U+202E in every pack text as text, in every element and state', async () => {
    const pack = hostilePack();
    expect(validatePack(pack), 'the hostile pack is a valid pack').to.deep.equal([]);
    const script = addPackScript('hostile-pack', pack);
    const scriptsBefore = document.querySelectorAll('script').length;
    performance.setResourceTimingBufferSize(10_000);
    performance.clearResourceTimings();
    try {
      getGroupStore('h').merge(EVERYTHING);
      getGroupStore('h2').merge(EVERYTHING);
      const root = await fixture<HTMLDivElement>(
        html`<div>
          <myo-symptom-checklist group="h" content="hostile-pack"></myo-symptom-checklist>
          <myo-symptom-checklist
            group="h"
            content="hostile-pack"
            mode="severity"
            sections="symptoms"
          ></myo-symptom-checklist>
          <myo-body-map group="h" content="hostile-pack"></myo-body-map>
          <myo-body-map group="h" content="hostile-pack" list-view></myo-body-map>
          <myo-referral-banner
            group="h"
            content="hostile-pack"
            emergency-number="112"
            cta-href="/find-a-doctor"
          ></myo-referral-banner>
          <myo-referral-banner
            group="h"
            content="hostile-pack"
            fixed-level="self-care"
          ></myo-referral-banner>
          <myo-referral-banner
            group="h"
            content="hostile-pack"
            show-when="see-doctor"
            fixed-level="see-doctor"
          ></myo-referral-banner>
          <myo-self-check
            group="h2"
            content="hostile-pack"
            step="result"
            emergency-number="112"
          ></myo-self-check>
        </div>`,
      );
      await settleTree(root);
      // an onerror handler would run after the image failed to load
      await new Promise(r => setTimeout(r, 150));

      expect(getGroupStore('h').pack.id, 'the hostile pack is in use').to.equal(defaultPack.id);
      expect(getGroupStore('h').pack).not.to.equal(defaultPack);
      const created = [...deepElements(root)].filter(
        n => n.localName === 'img' || n.localName === 'script',
      );
      expect(
        created.map(n => n.outerHTML),
        'no <img> or <script> element',
      ).to.deep.equal([]);
      expect(document.querySelectorAll('script').length, 'no new script on the page').to.equal(
        scriptsBefore,
      );
      const text = shadowText(root);
      const count = (needle: string) => text.split(needle).length - 1;
      // every element shows its texts: labels, options, areas, levels, reasons, tips, summary
      expect(count(IMG), 'the <img> markup is shown as text').to.be.greaterThan(40);
      expect(count(SCRIPT), 'the <script> markup is shown as text').to.be.greaterThan(40);
      expect(count(RLO), 'U+202E is kept as a character').to.be.greaterThan(40);
      for (const el of root.querySelectorAll<LitElement>('*')) {
        const own = el.shadowRoot!.textContent ?? '';
        const inner = [...el.shadowRoot!.querySelectorAll(INNER)].length;
        expect(own.includes(IMG) || inner > 0, `${el.localName} shows the pack's text`).to.equal(
          true,
        );
      }
      expect(window.__myoPwned, 'no payload ran').to.equal(undefined);
      expect(unsafeLinks(root)).to.deep.equal([]);
      // WebKitGTK asks for the page icon by itself at any moment: that request is not the page's
      const requested = pageRequests();
      expect(requested, 'no image was requested').to.deep.equal([]);
    } finally {
      script.remove();
    }
  });

  const HOSTILE_HREFS = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)  ',
    '\tjava\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript://%0Aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    ' data:image/svg+xml,<svg onload=alert(1)>',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    '\nvbscript:msgbox(1)\n',
    'file:///etc/passwd',
  ];

  for (const tag of ['myo-referral-banner', 'myo-self-check'] as const) {
    it(`<${tag}> refuses cta-href to javascript:, data:, vbscript: (any case, padded) with one warning and no link`, async () => {
      getGroupStore('cta').merge({ 'sleep-impact': true });
      const el = await fixture<LitElement>(
        tag === 'myo-referral-banner'
          ? html`<myo-referral-banner group="cta" cta-href="/find-a-doctor"></myo-referral-banner>`
          : html`<myo-self-check
              group="cta"
              step="result"
              cta-href="/find-a-doctor"
            ></myo-self-check>`,
      );
      await settleTree(el.parentNode!);
      const cta = () =>
        [...deepElements(el.shadowRoot!)].filter(n => n.getAttribute('part') === 'cta');
      // the control: a safe address does give a link, so "no link" below can fail
      expect(cta().map(a => a.getAttribute('href'))).to.deep.equal(['/find-a-doctor']);

      for (const href of HOSTILE_HREFS) {
        resetWarnings();
        const warnings = await captureWarningsAsync(async () => {
          el.setAttribute('cta-href', href);
          await settleTree(el.parentNode!);
        });
        const named = warnings.filter(w => w.includes(`<${tag}> cta-href=`));
        expect(named, `${JSON.stringify(href)}: one warning`).to.have.length(1);
        expect(named[0]).to.contain('expected');
        expect(cta(), `${JSON.stringify(href)}: no call-to-action link`).to.deep.equal([]);
        expect(
          unsafeLinks(el.shadowRoot!),
          `${JSON.stringify(href)}: no unsafe link anywhere`,
        ).to.deep.equal([]);
        // back to a safe address, so the next value is a change again
        el.setAttribute('cta-href', '/find-a-doctor');
        await settleTree(el.parentNode!);
        expect(cta()).to.have.length(1);
      }
    });
  }
});
