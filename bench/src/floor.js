// The floor: the least a Lit 3 element needs to ask the same nine questions with native inputs
// inside fieldsets, no design, no i18n, no rules. Whatever myocheck adds is measured against it.
import { LitElement, html } from 'lit';
import { DURATION, IMPACT, SYMPTOMS } from './content.js';

class BenchFloor extends LitElement {
  static properties = { answers: { state: true } };

  constructor() {
    super();
    this.answers = {};
  }

  set(id, value) {
    this.answers = { ...this.answers, [id]: value };
    this.dispatchEvent(
      new CustomEvent('floor-change', { bubbles: true, composed: true, detail: this.answers }),
    );
  }

  render() {
    const yesNo = ({ id, label }) =>
      html`<fieldset>
        <legend>${label}</legend>
        <label
          ><input
            type="radio"
            name=${id}
            .checked=${this.answers[id] === true}
            @change=${() => this.set(id, true)}
          />Yes</label
        >
        <label
          ><input
            type="radio"
            name=${id}
            .checked=${this.answers[id] === false}
            @change=${() => this.set(id, false)}
          />No</label
        >
      </fieldset>`;
    return html`
      <fieldset>
        <legend>Which of these do you have?</legend>
        ${SYMPTOMS.map(
          s =>
            html`<div>
              <label
                ><input
                  type="checkbox"
                  aria-describedby=${`${s.id}-d`}
                  .checked=${!!this.answers[s.id]}
                  @change=${e => this.set(s.id, e.target.checked)}
                />${s.label}</label
              >
              <small id=${`${s.id}-d`}>${s.description}</small>
            </div>`,
        )}
      </fieldset>
      <fieldset>
        <legend>${DURATION.label}</legend>
        ${DURATION.options.map(
          o =>
            html`<label
              ><input
                type="radio"
                name="duration"
                .checked=${this.answers.duration === o.id}
                @change=${() => this.set('duration', o.id)}
              />${o.label}</label
            >`,
        )}
      </fieldset>
      ${IMPACT.map(yesNo)}
    `;
  }
}

customElements.define('bench-floor', BenchFloor);
