import { html, nothing, type TemplateResult } from 'lit';
import type { UiKey } from '../../core/i18n.js';
import { splitSection, withSeparator, type Summary } from '../../core/summary.js';
import { renderBodyFigure } from '../body-map/body-figure.js';

/** The summary for the doctor, as the quiz's result shows (and prints) it. */
export function renderSummary(
  summary: Summary,
  level: number,
  term: (key: UiKey) => string,
): TemplateResult {
  return html`<section part="summary" class="summary" aria-labelledby="summary-heading">
    <div
      part="summary-heading"
      class="heading summary__heading"
      id="summary-heading"
      role="heading"
      aria-level=${level}
    >
      ${summary.title}
    </div>
    <p class="summary__meta">
      <span>${summary.subtitle}</span><br />
      <span>${term('summaryDate')}: <time datetime=${summary.isoDate}>${summary.date}</time></span>
    </p>
    <dl class="summary__list">
      ${summary.sections.map(section => {
        const { lead, items } = splitSection(section);
        return html`<div
          part="summary-section"
          class="summary__section summary__section--${section.id}"
        >
          <dt class="summary__term">${section.title}</dt>
          <dd class="summary__details">
            ${lead ? html`<span class="summary__value">${lead.value}</span>` : nothing}
            <div class="summary__lead">
              ${renderList(lead?.list)}
              ${section.id === 'areas' ? renderFigure(summary.areaIds, term) : nothing}
            </div>
            ${
              items.length
                ? html`<ul class="summary__items">
                    ${items.map(item =>
                      item.value
                        ? html`<li>
                            <span class="summary__label">${withSeparator(item.label)}</span>
                            <span class="summary__value">${item.value}</span
                            >${renderList(item.list)}
                          </li>`
                        : html`<li class="summary__note">${item.label}</li>`,
                    )}
                  </ul>`
                : nothing
            }
          </dd>
        </div>`;
      })}
    </dl>
    <p part="disclaimer" class="disclaimer">${summary.disclaimer}</p>
  </section>`;
}

/**
 * A small drawing of the painful areas, front and back, beside their list. It repeats the
 * list, so it is hidden from assistive technology.
 */
function renderFigure(
  areaIds: string[],
  term: (key: UiKey) => string,
): TemplateResult | typeof nothing {
  if (!areaIds.length) return nothing;
  return html`<div part="summary-figure" class="summary__figure" aria-hidden="true">
    ${(['front', 'back'] as const).map(
      view =>
        html`<div class="summary__view">
          ${renderBodyFigure({ view, selected: areaIds })}
          <span class="summary__view-caption">${term(view)}</span>
        </div>`,
    )}
  </div>`;
}

function renderList(list: string[] | undefined): TemplateResult | typeof nothing {
  if (!list?.length) return nothing;
  return html`<ul class="summary__sublist">
    ${list.map(entry => html`<li>${entry}</li>`)}
  </ul>`;
}
