/**
 * The summary for the doctor, built from the answers as plain data: the quiz renders it,
 * copies it as text and downloads it; a page using separate elements can offer it too. No
 * DOM, no Lit: everything here is text.
 */
import { defaultPack } from './default-pack.js';
import { assess, isPresent, referralReasons } from './engine.js';
import { addEnglish, SEVERITY_KEYS, ui, uiStrings, type UiKey } from './i18n.js';
import { formatList, localize, pickLang } from './text.js';
import { warnOnce } from './warn.js';
import type {
  AnswerValue,
  Answers,
  Assessment,
  AssessOptions,
  Level,
  Question,
  Section,
} from './types.js';
import { enSummaryUi } from './locales/en-summary.js';

// this module's English interface text (the rest loads with every element)
addEnglish(enSummaryUi);

/** One line of the summary: a question (or topic) and the visitor's answer. */
export interface SummaryItem {
  /** The question id the line reports, when it reports one. */
  id?: string;
  label: string;
  /** The answer in words ("Yes", "Moderate", "3 of 19 areas", "Not answered"); `''` for a note. */
  value: string;
  /** A list that goes with the answer (the painful areas, the warning signs). */
  list?: string[];
}

export interface SummarySection {
  id: 'result' | Section;
  title: string;
  items: SummaryItem[];
}

export interface Summary {
  title: string;
  /** The pack's title (what the self-check was about). */
  subtitle: string;
  lang: string;
  /** The date in words, in the visitor's language. */
  date: string;
  /** The date as `YYYY-MM-DD` (for file names). */
  isoDate: string;
  level: Level;
  sections: SummarySection[];
  /** Painful area ids in pack order (for the small drawing). */
  areaIds: string[];
  /** Pain in at least the pack's number of regions (the article's "widespread"). */
  widespread: boolean;
  disclaimer: string;
}

/** What `summary()` and `summaryText()` take: the assessment's options, and a date. */
export interface SummaryOptions extends AssessOptions {
  /** The date the summary is made (default: now). */
  date?: Date;
  /** The answers' assessment, when already computed with the same options. */
  assessment?: Assessment;
}

/**
 * Language tags whose long date reads like their language's own `dateLong` (English in the
 * United States and Canada; Spanish, French and Portuguese everywhere; German but in Austria,
 * which writes "Jänner"), as `Intl.DateTimeFormat` writes it in Chromium, Firefox and WebKit
 * (test/core/summary.test.ts and test/core/languages.test.ts check every month). Arabic, in
 * every region, is written as `Intl` writes `ar`: its month names and the digits 0–9, the digits
 * of every other number the elements show in Arabic (`ar-EG` would get Arabic-Indic digits from
 * Intl). Other regions (`en-GB`: "28 November 2026") get `Intl.DateTimeFormat`.
 */
const SAME_LONG_DATE = /^(en-(us|ca)|(es|fr|pt|ar)-\w+|de-(de|ch|li|lu|be|it))$/i;

/**
 * The date in words in `lang` ("June 3, 2025", "3 de junio de 2025"): from the language's own
 * `dateLong` pattern and twelve `monthNames` when its interface text has them (English and
 * Spanish do) and `lang` is that language (or a region that writes dates the same way),
 * otherwise from `Intl.DateTimeFormat`. The first `Intl.DateTimeFormat` a page creates loads the
 * browser's date data: about 60 ms on a phone-speed CPU (`npm run profile`, quiz-result), one
 * long task at the moment the quiz shows its result.
 */
export function formatDate(date: Date, lang: string): string {
  const code = pickLang(uiStrings, lang);
  const table: Partial<Record<UiKey, unknown>> | undefined = uiStrings[code];
  const months = typeof table?.monthNames === 'string' ? table.monthNames.split(',') : [];
  if (months.length && months.length !== 12)
    warnOnce(
      `interface text "${code}" monthNames has ${months.length} name${months.length === 1 ? '' : 's'}; expected twelve, January first, separated by commas. Using the browser's date format.`,
    );
  const own = lang.toLowerCase() === code.toLowerCase() || SAME_LONG_DATE.test(lang);
  if (own && months.length === 12 && typeof table?.dateLong === 'string')
    return ui('dateLong', code, {
      month: months[date.getMonth()].trim(),
      day: String(date.getDate()),
      year: String(date.getFullYear()),
    });
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date);
  } catch {
    return formatDate(date, 'en'); // not a language tag
  }
}

/** `YYYY-MM-DD` in the visitor's own time zone. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** One answer in words, or `undefined` when it is not answered. */
function answerText(
  question: Question,
  value: AnswerValue | undefined,
  lang: string,
): string | undefined {
  if (value === undefined) return undefined;
  switch (question.type) {
    case 'symptom':
      if (typeof value === 'number') return ui(SEVERITY_KEYS[value] ?? 'yes', lang);
      return ui(value ? 'yes' : 'no', lang);
    case 'boolean':
      return ui(value ? 'yes' : 'no', lang);
    case 'choice': {
      const option = question.options?.find(o => o.id === value);
      return option ? localize(option.label, lang) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The summary for the doctor, from the answers: every question of the pack in its section
 * (what was not answered says so), the painful areas, and the result with the reasons that
 * led to it. Wording comes from the pack and the interface table: it reports answers, it
 * never names a condition.
 *
 * ```js
 * summary({ fatigue: true, duration: '3-to-6-months' }, { lang: 'es' }).sections
 * ```
 */
export function summary(answers: Readonly<Answers>, options: SummaryOptions = {}): Summary {
  const pack = options.pack ?? defaultPack;
  const lang = options.lang ?? 'en';
  const date = options.date ?? new Date();
  const assessment = options.assessment ?? assess(answers, { ...options, pack, lang });
  const notAnswered = ui('notAnswered', lang);
  const noneReported = ui('noneReported', lang);
  const bySection = (section: Section) => pack.questions.filter(q => q.section === section);
  const sections: SummarySection[] = [];

  const notes: SummaryItem[] = (assessment.notes ?? []).map(n => ({ label: n.message, value: '' }));
  if (assessment.level !== 'none' || notes.length) {
    const reasons = referralReasons(assessment).map(r => r.message);
    sections.push({
      id: 'result',
      title: ui('summaryResult', lang),
      items: [
        {
          label: ui('summaryResult', lang),
          value:
            assessment.level === 'none' ? '' : localize(pack.levels[assessment.level].title, lang),
          ...(reasons.length ? { list: reasons } : {}),
        },
        ...notes,
      ],
    });
  }

  // Symptoms: the ones reported, with their severity or "Yes".
  const symptoms = bySection('symptoms').filter(q => q.type === 'symptom');
  if (symptoms.length) {
    const reported = symptoms.filter(q => isPresent(answers[q.id]));
    const anyAnswered = symptoms.some(q => answers[q.id] !== undefined);
    sections.push({
      id: 'symptoms',
      title: ui('summarySymptoms', lang),
      items: reported.length
        ? reported.map(q => ({
            id: q.id,
            label: localize(q.label, lang),
            value: answerText(q, answers[q.id], lang)!,
          }))
        : [{ label: ui('summarySymptoms', lang), value: anyAnswered ? noneReported : notAnswered }],
    });
  }

  // Painful areas: "N of 19", the list, and "Pain in many areas".
  const areaIds: string[] = [];
  const areaQuestions = pack.questions.filter(q => q.type === 'areas');
  if (areaQuestions.length) {
    const chosen = new Set(
      areaQuestions.flatMap(q => {
        const v = answers[q.id];
        return Array.isArray(v) ? v : [];
      }),
    );
    const areas = pack.areas.filter(a => chosen.has(a.id));
    areaIds.push(...areas.map(a => a.id));
    const items: SummaryItem[] = [
      {
        id: areaQuestions[0].id,
        label: ui('summaryAreas', lang),
        // the map never touched is "Not answered", not "no painful areas"
        value: areas.length
          ? ui('areasCount', lang, { total: pack.areas.length }, areas.length)
          : areaQuestions.some(q => answers[q.id] !== undefined)
            ? ui('areasSelectedNone', lang)
            : ui('notAnswered', lang),
        ...(areas.length ? { list: areas.map(a => localize(a.label, lang)) } : {}),
      },
    ];
    if (assessment.widespread) items.push({ label: ui('manyAreas', lang), value: '' });
    sections.push({ id: 'areas', title: ui('summaryAreas', lang), items });
  }

  // Duration, impact, other signs: every question with its answer.
  const titles: Partial<Record<Section, UiKey>> = {
    duration: 'summaryDuration',
    impact: 'summaryImpact',
    safety: 'summarySafety',
  };
  for (const section of ['duration', 'impact', 'safety'] as const) {
    const questions = bySection(section);
    if (!questions.length) continue;
    sections.push({
      id: section,
      title: ui(titles[section]!, lang),
      items: questions.map(q => {
        const value = answers[q.id];
        if (q.type === 'multi-choice') {
          // an empty list is "None of these", chosen; no answer at all is "Not answered"
          const ids = Array.isArray(value) ? value : undefined;
          const labels = (q.options ?? []).filter(o => ids?.includes(o.id)).map(o => o.label);
          return {
            id: q.id,
            label: localize(q.label, lang),
            value: !ids
              ? notAnswered
              : labels.length
                ? formatList(
                    labels.map(l => localize(l, lang)),
                    lang,
                  )
                : ui('noneChosen', lang),
          };
        }
        return {
          id: q.id,
          label: localize(q.label, lang),
          value: answerText(q, value, lang) ?? notAnswered,
        };
      }),
    });
  }

  return {
    title: ui('summaryHeading', lang),
    subtitle: localize(pack.title, lang),
    lang,
    date: formatDate(date, lang),
    isoDate: isoDate(date),
    level: assessment.level,
    sections,
    areaIds,
    widespread: assessment.widespread,
    disclaimer: localize(pack.disclaimer, lang),
  };
}

/** "Question? Answer", "Topic: answer", or the label alone when there is no answer. */
function line(label: string, value: string): string {
  return value ? `${withSeparator(label)} ${value}` : label;
}

/**
 * A label ready to be followed by its answer: a question (or a label that ends a sentence, such
 * as a question with an example after it) as it is, a topic with a colon.
 */
export function withSeparator(label: string): string {
  return /[?:.]$/.test(label.trim()) ? label : `${label}:`;
}

/**
 * Splits a section into its lead item (the one named like the section, shown as the
 * section's own line: "Painful areas: 3 of 19 areas") and the other items.
 */
export function splitSection(section: SummarySection): {
  lead?: SummaryItem;
  items: SummaryItem[];
} {
  const [first, ...rest] = section.items;
  return first && first.label === section.title
    ? { lead: first, items: rest }
    : { items: section.items };
}

/** The summary as plain text, as the quiz copies it (one item a line, lists indented). */
export function summaryText(answers: Readonly<Answers>, options: SummaryOptions = {}): string {
  return summaryToText(summary(answers, options));
}

/** A summary made by `summary()` as plain text. */
export function summaryToText(summary: Summary): string {
  const out: string[] = [
    summary.title,
    summary.subtitle,
    line(ui('summaryDate', summary.lang), summary.date),
  ];
  for (const section of summary.sections) {
    out.push('');
    const { lead, items } = splitSection(section);
    if (lead) {
      out.push(line(lead.label, lead.value));
      for (const entry of lead.list ?? []) out.push(`  - ${entry}`);
    } else out.push(section.title);
    for (const item of items) {
      out.push(item.value ? `- ${line(item.label, item.value)}` : item.label);
      for (const entry of item.list ?? []) out.push(`    - ${entry}`);
    }
  }
  out.push('', summary.disclaimer);
  return out.join('\n');
}
