import { createHash } from 'node:crypto';
import { thresholdChoices } from '../core/engine.js';
import { formatMessage } from '../core/text.js';
import type { ContentPack, Level, MessageText, Question, Text } from '../core/types.js';
import { packFingerprint } from './fingerprint.js';
import { describeCondition, joinWords, LEVEL_NAMES, type Words } from './rules-in-words.js';
import { withoutControls } from './terminal.js';

export interface ReviewOptions {
  /** The language columns, in order; default: the pack's `languages`. */
  languages?: string[];
  /** The myocheck version named in the sheet. */
  version: string;
}

/** What myocheck is for, as the review sheet states it (docs/intended-use.md says more). */
export const INTENDED_USE = [
  'myocheck is an informational self-check for readers of a health article. It shows which of the article’s signs a reader’s answers include and, when the article’s thresholds or a warning sign are met, suggests seeing a doctor or getting medical care now.',
  'It is not a diagnosis, not triage and not for emergencies: it never names a condition, never ranks how urgent a case is beyond repeating the pack’s own rules, and its urgent result tells the reader to seek care now and shows the publisher’s emergency number if one is set. It does not replace a professional’s judgement.',
  'Answers stay in the reader’s browser: no request, no cookie and no storage unless the page opts in to keeping the answers on the device.',
];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/**
 * Escapes text for HTML content and quoted attribute values; control characters but tab and line
 * feed become visible escapes (`\x1B`), on the sheet and on a terminal that prints it.
 */
export const escapeHtml = (value: unknown): string =>
  withoutControls(String(value).replace(/[&<>"']/g, ch => ESCAPES[ch]));

const has = (object: object | undefined, key: string) =>
  !!object && Object.prototype.hasOwnProperty.call(object, key);

const STYLE = `
:root { color-scheme: light; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1b1b1b; background: #fff; }
body { max-width: 64rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; padding-top: .5rem; border-top: 2px solid #1b1b1b; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .35rem; }
.meta, .note { color: #4a4a4a; font-size: .9rem; }
code, .id { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; }
.fingerprint { overflow-wrap: anywhere; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .75rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .35rem 0 .75rem; table-layout: fixed; }
th, td { border: 1px solid #8a8a8a; padding: .3rem .5rem; text-align: start; vertical-align: top; }
thead th { background: #ececec; }
tbody th { font-weight: 600; }
thead th:first-child { width: 14rem; }
.signoff thead th:first-child { width: auto; }
td.missing { background: #fff3e0; font-style: italic; }
.status { display: inline-block; font-size: .8rem; font-weight: 400; border: 1px solid #8a8a8a; border-radius: .25rem; padding: 0 .25rem; }
.status-draft { border-style: dashed; }
.level { display: inline-block; border: 1.5px solid currentColor; border-radius: .3rem; padding: 0 .35rem; font-size: .85rem; font-weight: 600; }
.level-urgent { color: #a00000; }
.level-see-doctor { color: #7a4a00; }
.level-self-care { color: #1f5f1f; }
.when ul { margin: .25rem 0; }
.signoff td { height: 2.6rem; }
.intended { border: 2px solid #1b1b1b; padding: .25rem 1rem; }
.intended h2 { border-top: 0; margin-top: .75rem; }
nav ol { columns: 2; }
dl.plural { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 0 .5rem; }
dl.plural dt { font-style: italic; }
dl.plural dd { margin: 0; }
@page { size: A4; margin: 15mm; }
@media print {
  :root { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  nav { display: none; }
  a { color: inherit; }
  section.item, .signoff, .intended { break-inside: avoid; }
  thead { display: table-header-group; }
  td.missing, thead th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

/**
 * The review sheet of a content pack: one self-contained, printable HTML page (no script, no
 * external request; its Content-Security-Policy forbids both) listing every text of the pack
 * in each language side by side, every rule in plain words, the body areas, the sources and a
 * sign-off block naming the pack's fingerprint. Every pack text is escaped. The same pack and
 * options always give the same bytes (no date: the reviewer writes it in).
 */
export function renderReviewSheet(pack: ContentPack, options: ReviewOptions): string {
  const languages = options.languages?.length
    ? options.languages
    : pack.languages.filter((l): l is string => typeof l === 'string');
  const esc = escapeHtml;
  /** Pack text inside a sentence, isolated so right-to-left marks in it stay in it. */
  const inline = (text: unknown) => `<bdi>${esc(text)}</bdi>`;
  const en = (text: Text | undefined) => inline(text?.en ?? '');
  const questionName = (q: Question) => `“${en(q.label)}” <span class="id">(${esc(q.id)})</span>`;

  /** One cell per language: the text, its plural forms, or a marked missing translation. */
  const cells = (text: Text | MessageText | undefined) =>
    languages
      .map(lang => {
        const value = has(text, lang) ? (text as MessageText)[lang] : undefined;
        if (typeof value === 'string')
          return `<td lang="${esc(lang)}" dir="auto">${esc(value)}</td>`;
        if (value && typeof value === 'object')
          return `<td lang="${esc(lang)}" dir="auto"><dl class="plural">${Object.entries(value)
            .map(([form, t]) => `<dt>${esc(form)}</dt><dd>${esc(t)}</dd>`)
            .join('')}</dl></td>`;
        return `<td class="missing">⚠ Missing (${esc(lang)}): the widgets show the English text.</td>`;
      })
      .join('');
  /** Does a text read the threshold (`#` or `{thresholdMonths}`) in any language or form? */
  const readsThreshold = (text: MessageText | undefined) =>
    /#|\{thresholdMonths\}/.test(JSON.stringify(text ?? {}));
  const choices = thresholdChoices(pack);
  const packThreshold = pack.params.thresholdMonths;
  /** A text as the reader sees it for each value `threshold-months` may take. */
  const byThreshold = (text: MessageText) =>
    readsThreshold(text)
      ? `<p class="note">As the reader sees it, for each value a page may set with <code>threshold-months</code>:</p>
<table><thead><tr><th scope="col">threshold-months</th>${languages
          .map(lang => `<th scope="col">${esc(lang)}</th>`)
          .join('')}</tr></thead><tbody>${choices
          .map(
            t =>
              `<tr><th scope="row">${esc(t)}${t === packThreshold ? ' (the pack’s own)' : ''}</th>${languages
                .map(
                  lang =>
                    `<td lang="${esc(lang)}" dir="auto">${esc(formatMessage(text, lang, { thresholdMonths: t, emergencyNumber: '{emergencyNumber}' }, t))}</td>`,
                )
                .join('')}</tr>`,
          )
          .join('')}</tbody></table>`
      : '';
  const textTable = (rows: [string, Text | MessageText | undefined][]) =>
    `<table><thead><tr><th scope="col">Text</th>${languages
      .map(lang => `<th scope="col">${esc(lang)} ${statusBadge(lang)}</th>`)
      .join('')}</tr></thead><tbody>${rows
      .map(([name, text]) => `<tr><th scope="row">${name}</th>${cells(text)}</tr>`)
      .join('')}</tbody></table>`;

  /** A language's review status, beside its column (English is the source). */
  const statusOf = (lang: string) =>
    has(pack.translations, lang) ? pack.translations![lang].status : 'draft';
  const statusBadge = (lang: string) =>
    lang === 'en'
      ? '<span class="status">source</span>'
      : `<span class="status status-${esc(statusOf(lang))}">${esc(statusOf(lang))}</span>`;
  const translationsHtml = `<h2 id="languages">Languages and their review</h2>
<p class="note">A translation is a draft until a qualified medical translator has reviewed it; the widgets show every language the same way. Record a review in the pack’s <code>translations</code>.</p>
<table><thead><tr><th scope="col">Language</th><th scope="col">Status</th><th scope="col">Reviewed by</th></tr></thead><tbody>${languages
    .map(lang => {
      const reviews = (lang !== 'en' && pack.translations?.[lang]?.reviews) || [];
      return `<tr><th scope="row">${esc(lang)}</th><td>${
        lang === 'en'
          ? 'the source: reviewed with the content (sign-off above)'
          : esc(statusOf(lang)) + (has(pack.translations, lang) ? '' : ' (no status recorded)')
      }</td><td>${reviews.map(r => esc(`${r.name}, ${r.role}, ${r.date}`)).join('<br>') || '—'}</td></tr>`;
    })
    .join('')}</tbody></table>`;

  const sources = new Map(pack.sources.map(s => [s.id, s]));
  const sourceLine = (id: string | undefined) => {
    const source = id === undefined ? undefined : sources.get(id);
    return `<p class="note">Source: ${
      source
        ? `${inline(source.title)}, ${inline(source.publisher)} <span class="id">(${esc(source.id)})</span>`
        : 'from the article'
    }</p>`;
  };

  const answersOf = (q: Question): string => {
    switch (q.type) {
      case 'symptom':
        return 'Answers: yes or no; where the page sets <code>mode="severity"</code>, none, mild, moderate or severe (the widgets’ own interface text).';
      case 'boolean':
        return 'Answers: yes or no (the widgets’ own interface text).';
      case 'choice':
        return 'Answers: one of the options below.';
      case 'multi-choice':
        return 'Answers: any of the options below, or “None of these”. Skipped is reported as “Not answered”, never as none.';
      case 'areas':
        return 'Answers: any of the body areas listed under “Body areas”.';
    }
  };
  const optionName = (o: NonNullable<Question['options']>[number]) => {
    const bounds = [
      typeof o.value === 'number' ? `value ${o.value}` : '',
      typeof o.max === 'number' ? `up to ${o.max}` : '',
    ].filter(Boolean);
    return `Option <span class="id">${esc(o.id)}</span>${bounds.length ? ` (${bounds.join(', ')})` : ''}`;
  };

  const questionsHtml = pack.questions
    .map(
      (q, i) => `<section class="item" id="q-${i + 1}">
<h3>${i + 1}. ${questionName(q)}</h3>
<p class="meta">Section: ${esc(q.section)} · type: ${esc(q.type)}. ${answersOf(q)}</p>
${textTable([
  ['Question', q.label],
  ...(q.description ? [['Description', q.description] as [string, Text]] : []),
  ...(q.short ? [['Short name (“You have not answered: …”)', q.short] as [string, Text]] : []),
  ...(q.options ?? []).map(o => [optionName(o), o.label] as [string, Text]),
])}
${sourceLine(q.source)}
</section>`,
    )
    .join('\n');

  const wordsHtml = (words: Words): string =>
    esc(words.text) +
    (words.parts ? `<ul>${words.parts.map(p => `<li>${wordsHtml(p)}</li>`).join('')}</ul>` : '');
  const levelBadge = (level: Level) =>
    `<span class="level level-${esc(level)}">${esc(LEVEL_NAMES[level] ?? level)}</span>`;
  const rulesHtml = pack.rules
    .map(
      (r, i) => `<section class="item" id="r-${i + 1}">
<h3>Rule ${i + 1}: <span class="id">${esc(r.id)}</span> ${levelBadge(r.level)}</h3>
<div class="when"><strong>${esc(LEVEL_NAMES[r.level] ?? r.level)} when:</strong> ${wordsHtml(describeCondition(r.when, pack))}</div>
${textTable([
  ['Message', r.message],
  ...(r.emergencyMessage
    ? [
        ['Message when the page sets an emergency number', r.emergencyMessage] as [
          string,
          MessageText,
        ],
      ]
    : []),
])}
${byThreshold(r.message)}
${sourceLine(r.source)}
</section>`,
    )
    .join('\n');
  const notesHtml = (pack.notes ?? [])
    .map(
      (n, i) => `<section class="item" id="n-${i + 1}">
<h3>Note ${i + 1}: <span class="id">${esc(n.id)}</span></h3>
<div class="when"><strong>Shown with the result and the summary when:</strong> ${wordsHtml(describeCondition(n.when, pack))}</div>
${textTable([['Note', n.message]])}
${sourceLine(n.source)}
</section>`,
    )
    .join('\n');

  const levelsHtml = (['self-care', 'see-doctor', 'urgent'] as const)
    .map(
      level =>
        `<h3>${levelBadge(level)}</h3>${textTable([
          ['Heading', pack.levels[level].title],
          ['Intro', pack.levels[level].body],
        ])}${byThreshold(pack.levels[level].body)}`,
    )
    .join('\n');
  const tipsHtml = textTable([
    ['Heading', pack.selfCare.title],
    ...pack.selfCare.tips.map((tip, i) => [`Tip ${i + 1}`, tip] as [string, Text]),
  ]);

  const excluded = new Set(pack.widespread.excludeAreas);
  const areasHtml = pack.regions
    .map(region => {
      const areas = pack.areas.filter(a => a.region === region.id);
      return `<h3>Region: “${en(region.label)}” <span class="id">(${esc(region.id)})</span></h3>
${textTable([
  ['Region', region.label],
  ...areas.map(
    a =>
      [
        `<span class="id">${esc(a.id)}</span> (${esc(a.view)} view${excluded.has(a.id) ? '; not counted for “pain in many areas”' : ''})`,
        a.label,
      ] as [string, Text],
  ),
])}`;
    })
    .join('\n');
  const excludedNames = pack.areas.filter(a => excluded.has(a.id)).map(a => `“${en(a.label)}”`);
  const widespreadHtml = `<p><strong>“Pain in many areas”</strong> is counted as: painful areas in at least ${esc(
    pack.widespread.minRegions,
  )} of the ${pack.regions.length} regions${
    excludedNames.length ? `, not counting ${joinWords(excludedNames, 'or')}` : ''
  }. A region counts once however many of its areas hurt. The result reports the number of painful areas (of ${pack.areas.length}) and of regions; the rules above say what they lead to.</p>
<p class="note">Left and right are the person’s own: the front view of the body map mirrors them, and says so.</p>`;

  const paramsHtml = Object.keys(pack.params).length
    ? `<table><thead><tr><th scope="col">Parameter</th><th scope="col">Value</th><th scope="col">Can a page change it?</th></tr></thead><tbody>${Object.entries(
        pack.params,
      )
        .map(
          ([name, value]) =>
            `<tr><td><code>${esc(name)}</code></td><td>${esc(value)}</td><td>${
              name === 'thresholdMonths'
                ? `Yes: the <code>threshold-months</code> attribute, to ${joinWords(
                    choices.map(c => esc(c)),
                    'or',
                  )} only (the months the duration answers start at); any other value is refused with a warning and ${esc(value)} holds`
                : 'No'
            }</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p>None.</p>';

  const citing = (id: string) => [
    ...pack.questions.filter(q => q.source === id).map(q => `question ${questionName(q)}`),
    ...pack.rules
      .filter(r => r.source === id)
      .map(r => `rule <span class="id">${esc(r.id)}</span>`),
    ...(pack.notes ?? [])
      .filter(n => n.source === id)
      .map(n => `note <span class="id">${esc(n.id)}</span>`),
  ];
  const sourcesHtml = pack.sources
    .map(s => {
      const by = citing(s.id);
      return `<li><strong>${inline(s.title)}</strong>, ${inline(s.publisher)} <span class="id">(${esc(s.id)})</span><br>
<a href="${esc(s.url)}" rel="noreferrer">${esc(s.url)}</a><br>
<span class="note">Cited by: ${by.length ? joinWords(by, 'and') : 'nothing in this pack'}.</span>${
        s.note ? `<br><span class="note">Note: ${inline(s.note)}</span>` : ''
      }</li>`;
    })
    .join('\n');
  const fromArticle = [
    ...pack.questions
      .filter(q => !sources.has(q.source ?? ''))
      .map(q => `question ${questionName(q)}`),
    ...pack.rules
      .filter(r => !sources.has(r.source ?? ''))
      .map(r => `rule <span class="id">${esc(r.id)}</span>`),
    'the result wording, the self-care tips and the disclaimer',
  ];

  const title = `Content review: ${esc(pack.title.en)}`;
  const body = `<header>
<h1>Content review: ${en(pack.title)}</h1>
<p class="meta">Review sheet printed by <code>myocheck review</code> (myocheck ${esc(options.version)}). Every text a reader can see, in each language, every rule in plain words, and every source.</p>
<dl class="facts">
<dt>Pack</dt><dd><span class="id">${esc(pack.id)}</span></dd>
<dt>Version</dt><dd>${esc(pack.version)}</dd>
<dt>Languages</dt><dd>${languages.map(esc).join(', ')}</dd>
<dt>Publisher</dt><dd>${pack.publisher ? inline(pack.publisher) : 'not given'}</dd>
<dt>Content updated</dt><dd>${pack.updated ? esc(pack.updated) : 'not given'}</dd>
<dt>Reviews</dt><dd>${
    pack.reviews?.length
      ? `<ul>${pack.reviews.map(r => `<li>${inline(r.name)}, ${inline(r.role)}, ${esc(r.date)}</li>`).join('')}</ul>`
      : 'not reviewed yet'
  }</dd>
<dt>Fingerprint</dt><dd class="fingerprint"><code>${esc(packFingerprint(pack))}</code><br><span class="note">A hash of the normalised pack: any change to the content changes it. <code>myocheck validate</code> prints it for the file you ship.</span></dd>
</dl>
</header>
<section class="signoff" aria-labelledby="signoff">
<h2 id="signoff">Sign-off</h2>
<p>I have read every question, answer, rule, message and source in this sheet, in the languages listed, for the pack with the fingerprint above, and approve it for publication.</p>
<table><thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Date</th><th scope="col">Signature</th></tr></thead>
<tbody><tr><td></td><td></td><td></td><td></td></tr><tr><td></td><td></td><td></td><td></td></tr></tbody></table>
</section>
<section class="intended" aria-labelledby="intended-use">
<h2 id="intended-use">Intended use</h2>
${INTENDED_USE.map(p => `<p>${esc(p)}</p>`).join('\n')}
</section>
<nav aria-label="Contents"><ol>
<li><a href="#languages">Languages and their review</a></li>
<li><a href="#questions">Questions (${pack.questions.length})</a></li>
<li><a href="#rules">Rules (${pack.rules.length})</a></li>
<li><a href="#notes">Notes (${pack.notes?.length ?? 0})</a></li>
<li><a href="#wording">Result wording and self-care tips</a></li>
<li><a href="#areas">Body areas (${pack.areas.length}) and regions (${pack.regions.length})</a></li>
<li><a href="#params">Parameters</a></li>
<li><a href="#sources">Sources (${pack.sources.length})</a></li>
<li><a href="#disclaimer">Disclaimer</a></li>
</ol></nav>
${translationsHtml}
<h2 id="questions">Questions</h2>
<p class="note">In the order the widgets ask them. A reader can skip any question.</p>
${questionsHtml}
<h2 id="rules">Rules</h2>
<p class="note">Every rule is checked against the answers; a question left unanswered never fires a rule. The result is the highest level among the rules that fire (lowest to highest: ${joinWords(
    (['self-care', 'see-doctor', 'urgent'] as const).map(l => esc(LEVEL_NAMES[l])),
    'and',
  )}), and each rule that fires adds its message to the result. In messages, <code>#</code> and <code>{thresholdMonths}</code> become the threshold in months and <code>{emergencyNumber}</code> the page’s emergency number.</p>
${rulesHtml}
<h2 id="notes">Notes</h2>
<p class="note">A note is shown with the result and in the summary when its condition holds; it never changes the level.</p>
${notesHtml || '<p>None.</p>'}
<h2 id="wording">Result wording and self-care tips</h2>
${textTable([['Title of the self-check', pack.title]])}
${levelsHtml}
<h3>Self-care tips</h3>
${tipsHtml}
<h2 id="areas">Body areas and regions</h2>
${widespreadHtml}
${areasHtml}
<h2 id="params">Parameters</h2>
${paramsHtml}
<h2 id="sources">Sources</h2>
<ul>
${sourcesHtml}
</ul>
<p><strong>From the article</strong> (no source named): ${joinWords(fromArticle, 'and')}.</p>
<h2 id="disclaimer">Disclaimer</h2>
<p class="note">Shown by every widget.</p>
${textTable([['Disclaimer', pack.disclaimer]])}
`;
  const styleHash = createHash('sha256').update(STYLE).digest('base64');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="myocheck ${esc(options.version)}">
<title>${title} (${esc(pack.id)} ${esc(pack.version)})</title>
<style>${STYLE}</style>
</head>
<body>
${body}</body>
</html>
`;
}
