/**
 * Content-pack and answer types. A content pack is plain JSON data: the questions, the body
 * areas, the referral rules and the wording of one article. Nothing in it is executed.
 */

/** Assessment levels, lowest to highest. */
export const LEVELS = ['none', 'self-care', 'see-doctor', 'urgent'] as const;
export type Level = (typeof LEVELS)[number];

/** Sections a question belongs to (the checklist's `sections` attribute takes the last four). */
export const SECTIONS = ['symptoms', 'areas', 'duration', 'impact', 'safety'] as const;
export type Section = (typeof SECTIONS)[number];

/** Question types. */
export const QUESTION_TYPES = ['symptom', 'boolean', 'choice', 'multi-choice', 'areas'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Derived facts a rule may test, computed by the engine from the answers. */
export const FACTS = ['symptomCount', 'areaCount', 'regionCount', 'widespread'] as const;
export type Fact = (typeof FACTS)[number];

/** Severity values for symptom questions answered in severity mode. */
export const SEVERITIES = ['none', 'mild', 'moderate', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A plural message, chosen with `Intl.PluralRules`; `#` is replaced by the number. */
export interface PluralText {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** Text in several languages, keyed by BCP 47 language code. English (`en`) is required. */
export type Text = { en: string } & Record<string, string>;

/** Text that may also be a plural message. */
export type MessageText = { en: string | PluralText } & Record<string, string | PluralText>;

/** One answer value. A symptom is `true`/`false` or a severity 0–3. */
export type AnswerValue = boolean | number | string | string[];

/** All answers, keyed by question id (the same ids as FHIR `linkId`s). */
export type Answers = Record<string, AnswerValue>;

export interface Option {
  id: string;
  label: Text;
  /** A number the rules may compare with `atLeast` (for duration: the lower bound in months). */
  value?: number;
  /** Upper bound, for display and FHIR (for duration: months; absent means open-ended). */
  max?: number;
}

export interface Question {
  id: string;
  section: Section;
  type: QuestionType;
  label: Text;
  /** A one-line description shown as the control's description. */
  description?: Text;
  /** Options for `choice` and `multi-choice` questions. */
  options?: Option[];
  /** Id of a `sources` entry when the question is not from the article. */
  source?: string;
  /**
   * A short name for the question ("how long", "sleep"), for "You have not answered: …".
   * Default: the label.
   */
  short?: Text;
}

export interface Region {
  id: string;
  label: Text;
}

export interface Area {
  id: string;
  label: Text;
  region: string;
  /** Which outline shows the area: jaw, chest and abdomen face front; the back faces back. */
  view: 'front' | 'back' | 'both';
}

/**
 * Conditions: a small structured language, evaluated by walking data (never `eval`).
 * - `{ any: [...] }`, `{ all: [...] }`, `{ not: c }`
 * - `{ question, equals }`: the answer equals the value (a symptom's `true` equals `true`)
 * - `{ question, in: [...] }`: the answer, or any element of a list answer, is in the list
 * - `{ question, atLeast }`: the answer's number is at least the value — a number answer, a
 *   choice's option `value`, a list's length, `true` as 1
 * - `{ fact, equals }`, `{ fact, atLeast }`: the same on a derived fact
 * `atLeast` may be `{ param: 'thresholdMonths' }` to read a pack parameter (overridable by
 * `assess` options).
 */
export type Condition =
  | { any: Condition[] }
  | { all: Condition[] }
  | { not: Condition }
  | { question: string; equals: boolean | number | string }
  | { question: string; in: (string | number | boolean)[] }
  | { question: string; atLeast: number | ParamRef }
  | { fact: Fact; equals: boolean | number }
  | { fact: Fact; atLeast: number | ParamRef };

export interface ParamRef {
  param: string;
}

export interface Rule {
  /** Stable id, part of the API (`duration`, `sleep`, `daily-tasks`, `medication`, `red-flags`). */
  id: string;
  level: Exclude<Level, 'none'>;
  when: Condition;
  /** What the answers match, in plain words; `{thresholdMonths}` and `#` are filled in. */
  message: MessageText;
  /** Used instead of `message` when an emergency number is set; `{emergencyNumber}` is filled in. */
  emergencyMessage?: MessageText;
  source?: string;
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  url: string;
  /** A note for reviewers (shown on the review sheet only). */
  note?: string;
}

/** A note shown with the result and the summary when its condition holds; it never changes the level. */
export interface Note {
  id: string;
  when: Condition;
  message: MessageText;
  source?: string;
}

/** A review of the pack's content: who, in what role, on what date (`YYYY-MM-DD`). */
export interface Review {
  name: string;
  role: string;
  date: string;
}

export interface ContentPack {
  id: string;
  version: string;
  /** Canonical URL of the pack (used as the FHIR Questionnaire `url`). */
  url: string;
  /** Code system for answer codes in FHIR output. */
  codeSystem: string;
  title: Text;
  languages: string[];
  /**
   * How far each language other than English has been checked: `draft` until a qualified
   * medical translator has reviewed it, then `reviewed` with who and when. A language missing
   * here counts as `draft`. The widgets show every language the same way: the publisher decides.
   */
  translations?: Record<string, TranslationStatus>;
  /**
   * Interface text (buttons, hints, counts: the keys of `UiTable`) of languages the library
   * does not ship, by language, so a pack adds a language with no code. A missing key shows
   * the English text; a language the library ships keeps its own.
   */
  ui?: Record<string, Record<string, string | PluralText>>;
  params: Record<string, number>;
  questions: Question[];
  regions: Region[];
  areas: Area[];
  /** Generalised pain: regions with a painful area, not counting `excludeAreas`. */
  widespread: { minRegions: number; excludeAreas: string[] };
  rules: Rule[];
  /** Notes shown with the result when their condition holds (the chest note). */
  notes?: Note[];
  /** Headings and intros the banner shows per level; a body may be a plural message. */
  levels: Record<Exclude<Level, 'none'>, { title: Text; body: MessageText }>;
  selfCare: { title: Text; tips: Text[] };
  disclaimer: Text;
  sources: Source[];
  /** Who publishes the content (the FHIR Questionnaire's `publisher`). */
  publisher?: string;
  /** When the content was last changed (`YYYY-MM-DD`). */
  updated?: string;
  /** The reviews of the content, oldest first. */
  reviews?: Review[];
}

/** One language's review status in a pack (`ContentPack.translations`). */
export interface TranslationStatus {
  status: (typeof TRANSLATION_STATUSES)[number];
  /** Who reviewed the translation and when (a date as YYYY-MM-DD); required once `reviewed`. */
  reviews?: { name: string; role: string; date: string }[];
}

/** A translation's review status: `draft` until a qualified medical translator has reviewed it. */
export const TRANSLATION_STATUSES = ['draft', 'reviewed'] as const;

export interface Reason {
  id: string;
  level: Level;
  message: string;
}

export interface Assessment {
  level: Level;
  /** One entry per rule that fired, in pack order. */
  reasons: Reason[];
  /** Symptoms present. */
  symptomCount: number;
  /** Painful areas, 0–19 with the default pack. */
  areaCount: number;
  /** Regions with a painful area (excluded areas not counted), 0–5 with the default pack. */
  regionCount: number;
  /** `regionCount >= widespread.minRegions`. */
  widespread: boolean;
  thresholdMonths: number;
  /**
   * The questions the `see-doctor` and `urgent` rules read that have no answer, in pack
   * order (an empty list, "None of these", is an answer).
   */
  unanswered: string[];
  /** The pack's notes whose condition holds, in pack order. */
  notes: { id: string; message: string }[];
}

export interface AssessOptions {
  pack?: ContentPack;
  thresholdMonths?: number;
  lang?: string;
  emergencyNumber?: string;
}
