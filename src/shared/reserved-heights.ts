/**
 * The space each element keeps before its first render, about that render's height on a phone:
 * the one table read both by the loader's style sheet (src/loader/reserve.css, filled in when
 * rollup builds it: applied until the element is defined) and by the classes
 * (`reservedHeight`, kept while a first render waits for a task of its own). A page changes it
 * with `--myo-reserve-height` on the element. The banner keeps none: it shows nothing until
 * there is an answer.
 */
export const RESERVED_HEIGHTS = {
  'myo-symptom-checklist': '36rem',
  'myo-body-map': '44rem',
  'myo-self-check': '35.5rem',
} as const;
