/**
 * What the quiz's result step needs beyond the questions: the doctor summary (data, view
 * and print sheet), its actions (Print, Copy, Download) and the FHIR export. One module,
 * loaded when the visitor nears the result or when code asks for it, so a page pays for it
 * only then.
 * @module
 */
export { summary, summaryToText } from '../../core/summary.js';
export { printStyles } from './print.styles.js';
export { summaryStyles } from './summary.styles.js';
export { ResultActions } from './result-actions.js';
export { renderSummary } from './summary-view.js';
export { unansweredText } from '../../core/unanswered.js';
