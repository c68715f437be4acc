// SurveyJS 2.5.38 (survey-core + survey-js-ui, Preact inside) asking the same nine questions,
// the way its "Add a Survey to a JavaScript Application" guide does it. The page links
// survey-core.min.css. The library's own done signal is onAfterRenderSurvey.
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import { DURATION, IMPACT, SYMPTOMS } from './content.js';

const model = new Model({
  showQuestionNumbers: 'off',
  elements: [
    ...SYMPTOMS.map(s => ({
      type: 'boolean',
      name: s.id,
      title: s.label,
      description: s.description,
    })),
    {
      type: 'radiogroup',
      name: DURATION.id,
      title: DURATION.label,
      choices: DURATION.options.map(o => ({ value: o.id, text: o.label })),
    },
    ...IMPACT.map(q => ({ type: 'boolean', name: q.id, title: q.label })),
  ],
});

window.__benchDone = new Promise(resolve => model.onAfterRenderSurvey.add(() => resolve()));
renderSurvey(model, document.getElementById('survey'));
