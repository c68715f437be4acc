/**
 * XLIFF 2.0 files, read and written with the `xliff` package (xml-js underneath): units of
 * text whose placeholders are inline codes (`<ph/>`) a CAT tool protects. Node only.
 * @module
 */
import js2xliff from 'xliff/js2xliff';
import xliff2js from 'xliff/xliff2js';

/** A run of text: plain strings and placeholders (their text, like `{thresholdMonths}` or `#`). */
export type Inline = (string | { placeholder: string; id: string })[];

/** One translation unit. */
export interface Unit {
  id: string;
  source: Inline;
  target?: Inline;
  note: string;
}

/** An XLIFF document: its languages and its units, by file (`pack`, `ui`). */
export interface XliffDoc {
  srcLang: string;
  trgLang: string;
  files: Record<string, Unit[]>;
}

type LibInline = string | (string | Record<string, Record<string, unknown>>)[];

const toLib = (inline: Inline): LibInline => {
  const parts = inline.map(part =>
    typeof part === 'string'
      ? part
      : // disp and equiv: what a CAT tool shows and copies; canDelete: the tool keeps it
        {
          Standalone: {
            id: part.id,
            canDelete: 'no',
            disp: part.placeholder,
            equiv: part.placeholder,
          },
        },
  );
  return parts.length === 1 && typeof parts[0] === 'string' ? parts[0] : parts;
};

/** XLIFF 2.0 text: one unit per text, a note saying where it appears, no resegmenting. */
export function writeXliff(doc: XliffDoc): string {
  const resources: Record<string, Record<string, object>> = {};
  for (const [file, units] of Object.entries(doc.files))
    resources[file] = Object.fromEntries(
      units.map(u => [
        u.id,
        {
          source: toLib(u.source),
          ...(u.target ? { target: toLib(u.target) } : {}),
          note: u.note,
          additionalAttributes: { canResegment: 'no' },
        },
      ]),
    );
  // indent '' keeps the text of <source> and <target> exactly as it is (the package would
  // indent around inline codes); element-only content is indented below instead
  const xml = js2xliff.js2xliffClb(
    { sourceLanguage: doc.srcLang, targetLanguage: doc.trgLang, resources },
    { indent: '' },
    (error: unknown) => {
      if (error) throw error;
    },
  ) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${indentStructure(xml)}\n`;
}

/** Line breaks and indentation between the structural elements only (never inside text). */
function indentStructure(xml: string): string {
  const structural = /<(\/?)(xliff|file|unit|notes|note|segment|source|target)\b[^>]*?(\/?)>/g;
  let depth = 0;
  let last = 0;
  let out = '';
  for (const match of xml.matchAll(structural)) {
    const [tag, closing, name, selfClosing] = match;
    const between = xml.slice(last, match.index);
    if (closing) depth--;
    // the text of a note, source or target and its closing tag stay as they are
    const leafEnd = closing && (name === 'note' || name === 'source' || name === 'target');
    out += between + (out && !leafEnd ? `\n${'  '.repeat(depth)}` : '') + tag;
    if (!closing && !selfClosing) depth++;
    last = match.index + tag.length;
  }
  return out + xml.slice(last);
}

const fromLib = (value: unknown): Inline => {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return fromLib([value]);
  const out: Inline = [];
  for (const part of value) {
    if (typeof part === 'string') {
      out.push(part);
      continue;
    }
    const [kind, attributes] =
      Object.entries(part as Record<string, Record<string, unknown>>)[0] ?? [];
    if (kind === 'Standalone')
      out.push({
        id: String(attributes?.id ?? ''),
        placeholder: String(attributes?.equiv ?? attributes?.disp ?? ''),
      });
    // a marker or span a CAT tool added (a comment, a term): its text counts, not the mark
    else if (attributes && 'contents' in attributes) out.push(...fromLib(attributes.contents));
    else throw new Error(`an inline code <${kind}> that myocheck texts cannot hold`);
  }
  return out;
};

/** Reads XLIFF 2.0 text; throws, saying why, when it is not XLIFF 2 the package can read. */
export function readXliff(text: string): XliffDoc {
  let parsed: { sourceLanguage?: string; targetLanguage?: string; resources?: object } | Error;
  xliff2js(text, (error: Error | null, result: object) => {
    parsed = error ?? result;
  });
  // xliff2js with a callback runs synchronously
  const result = parsed!;
  if (result instanceof Error || !result) throw new Error(`not XML: ${String(result)}`);
  if (!result.resources || !result.sourceLanguage)
    throw new Error('not an XLIFF 2.0 document (<xliff version="2.0" srcLang=…>)');
  const files: Record<string, Unit[]> = {};
  for (const [file, units] of Object.entries(result.resources as Record<string, object>))
    files[file] = Object.entries(units as Record<string, Record<string, unknown>>)
      .filter(([, unit]) => unit && typeof unit === 'object' && !('groupUnits' in unit))
      .map(([id, unit]) => ({
        id,
        source: fromLib(unit.source),
        target: unit.target === undefined ? undefined : fromLib(unit.target),
        note: Array.isArray(unit.note) ? unit.note.join('\n') : String(unit.note ?? ''),
      }));
  return { srcLang: result.sourceLanguage, trgLang: result.targetLanguage ?? '', files };
}
