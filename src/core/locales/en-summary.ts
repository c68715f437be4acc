/**
 * English (`en`) interface text of the doctor summary, its actions (Print, Copy, Download) and
 * the FHIR export: registered by the modules that use it (`core/summary.ts`, `core/fhir.ts`),
 * so a page pays for it only with the quiz's result. Other languages keep these keys in their
 * one table.
 */
export const enSummaryUi = {
  areasSelectedNone: 'No areas chosen',
  manyAreas: 'Pain in many areas',
  summaryHeading: 'Summary for your doctor',
  summaryDate: 'Date',
  /** the date in words: `{month}` (one of `monthNames`), `{day}` and `{year}` as numbers */
  dateLong: '{month} {day}, {year}',
  /** the twelve month names, January first, separated by commas (for `dateLong`) */
  monthNames:
    'January,February,March,April,May,June,July,August,September,October,November,December',
  summarySymptoms: 'Symptoms',
  summaryAreas: 'Painful areas',
  summaryDuration: 'How long',
  summaryImpact: 'Impact',
  summarySafety: 'Other signs',
  notAnswered: 'Not answered',
  noneReported: 'None reported',
  /** a multi-choice question (the warning signs) answered "None of these" */
  noneChosen: 'None of these',
  print: 'Print',
  copyText: 'Copy as text',
  copied: 'Copied to the clipboard',
  copyFailed: 'Could not copy. Select the text and copy it instead.',
  downloadJson: 'Download JSON',
  downloadFhir: 'Download FHIR',
  summaryResult: 'Result',
  summaryText: 'Summary as text',
  moreOptions: 'More options',
  answersCleared: 'Your answers were cleared.',
  undoClear: 'Bring my answers back',
};
