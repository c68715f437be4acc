import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localize, splitList } from '../../core/text.js';
import type { Area } from '../../core/types.js';
import { warnAttribute } from '../../core/warn.js';
import { readEnum, readEnumList } from '../../shared/attributes.js';
import { MyoFormElement } from '../../shared/myo-form-element.js';
import { baseStyles } from '../../styles/base.styles.js';
import { figureAreas, renderBodyFigure, type FigureView } from './body-figure.js';
import { bodyMapStyles } from './body-map.styles.js';
import { addEnglish } from '../../core/i18n.js';
import { enBodyMapUi } from '../../core/locales/en-body-map.js';

// this element's English interface text (the shared text loads with every element)
addEnglish(enBodyMapUi);

/** Values of the `view` attribute. */
export const BODY_MAP_VIEWS = ['front', 'back', 'both'] as const;
export type BodyMapView = (typeof BODY_MAP_VIEWS)[number];

/** The arrow keys' directions on the picture (x right, y down). */
const ARROWS: Record<string, readonly [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

/** Splits a comma list (or a JSON array, as a restored form state is) into trimmed ids. */
function toIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(v => splitList(String(v)));
  if (typeof value !== 'string') return [];
  const text = value.trim();
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return toIds(parsed);
    } catch {
      // not JSON: read as a comma list, so its unknown ids warn
    }
  }
  return splitList(text);
}

/** What one view draws, derived in willUpdate. */
interface ViewPlan {
  view: FigureView;
  /** offered areas the figure draws on this view */
  drawn: string[];
  /** accessible names of the areas that are controls on this view */
  names: Record<string, string>;
}

/**
 * Where it hurts: a front and back outline of the body with the content pack's pain areas
 * (the 19 areas of the Widespread Pain Index by default). A visitor picks areas by pointer,
 * touch or keyboard, or in a list view of the same areas grouped by body region. Left and
 * right are the person's own; the front view says so beside the figure.
 *
 * The answer is the pack's areas question (`pain-areas`), shared with every element of the
 * same `group`. In a `<form>` it submits one entry per chosen area id under `name`, like a
 * multiple select, and takes part in reset, state restore, disabled fieldsets and validity.
 *
 * Keyboard: the figure is one tab stop; an arrow key moves to the nearest area in its
 * direction on the picture (the picture keeps its sides in right-to-left text, and so do the
 * arrows), Home and End go to the first and last area (top to bottom, the picture's left
 * first), Space or Enter toggles the focused area.
 *
 * Pointer and touch: at a phone's width the small areas (jaw, neck, shoulders, arms) reach out
 * with invisible tap targets into the space beside the body, so each holds a 24 by 24 CSS px
 * spot that taps only it (WCAG 2.2 target size); the list view is one tap away.
 *
 * @summary A body outline, front and back, to mark where it hurts; with a list view.
 * @tag myo-body-map
 *
 * @csspart heading - The heading ("Where does it hurt?").
 * @csspart hint - The line under the heading.
 * @csspart figure - The box holding the views.
 * @csspart view - One view of the body (also `view-front` or `view-back`).
 * @csspart view-front - The front view.
 * @csspart view-back - The back view.
 * @csspart view-caption - The view's name ("Front", "Back").
 * @csspart view-note - The note that says which side of the picture is the person's left.
 * @csspart side-label - "Your right" and "Your left" above the picture's sides.
 * @csspart svg - The drawing of one view.
 * @csspart area - One area of the drawing (a group holding its shape).
 * @csspart area-selected - A chosen area (together with `area`).
 * @csspart list - The list view.
 * @csspart list-group - One body region of the list view (a fieldset).
 * @csspart list-legend - The region's name.
 * @csspart list-item - One area of the list view (its label and checkbox).
 * @csspart checkbox - The checkbox of a list item.
 * @csspart footer - The row holding the count and the buttons.
 * @csspart count - "3 of 19 areas", announced politely when it changes.
 * @csspart toggle-button - "Show as a list" / "Show the body map".
 * @csspart clear-button - "Clear all areas" (and "Clear my answers" when `persist` is set).
 * @csspart disclaimer - "This self-check is for information only. It does not diagnose any
 * condition." (the content pack's `disclaimer`).
 * @csspart persist-notice - The note shown when answers are stored (`persist`).
 *
 * @cssprop --myo-body-map-area - Fill of an area (default a light grey; dark grey in dark mode).
 * @cssprop --myo-body-map-area-stroke - Outline of the areas and the body.
 * @cssprop --myo-body-map-area-hover - Fill of an area under the pointer.
 * @cssprop --myo-body-map-area-selected - Fill of a chosen area (default `--myo-accent`).
 * @cssprop --myo-body-map-check - Colour of a chosen area's check mark (default `--myo-accent-contrast`).
 * @cssprop --myo-body-map-body - Fill of the parts that are not areas (head, hands, feet).
 * @cssprop --myo-body-map-max-width - Greatest width of one view (default `12rem`).
 *
 * @fires {CustomEvent<MyoChangeDetail>} myo-change - The visitor chose or cleared an area (detail `{ group, answers, assessment }`).
 * @fires {CustomEvent<MyoLevelChangeDetail>} myo-level-change - The visitor's change moved the assessment level (detail `{ level, previous, reasons }`).
 */
export class MyoBodyMap extends MyoFormElement {
  static override styles = [baseStyles, bodyMapStyles];

  /** @internal the area that holds the figure's one tab stop */
  @state() private tabStop = '';

  /**
   * Which outline to show: `front`, `back` or `both` (default). Areas a single view does not
   * show stay available in the list view. Invalid: a warning, then `both`.
   */
  @property() view: BodyMapView = 'both';

  /**
   * The areas offered, as a comma list of area ids (`areas="neck,upper-back,lower-back"`) or
   * an array. Unset: every area of the content pack. Unknown ids: a warning, then dropped.
   */
  @property({ converter: { fromAttribute: (value: string | null) => toIds(value) } })
  areas?: string[] | string;

  /** Start in (and show) the list view instead of the figure. The toggle button changes it. */
  @property({ attribute: 'list-view', type: Boolean, reflect: true }) listView = false;

  /** @internal the view in force, derived in willUpdate */
  private effectiveView: BodyMapView = 'both';
  /** @internal the offered areas in pack order, derived in willUpdate */
  private offered: Area[] = [];
  /** @internal the views drawn, derived in willUpdate */
  private plans: ViewPlan[] = [];
  /** @internal the figure's controls in keyboard order, derived in willUpdate */
  private order: string[] = [];
  /** @internal a value set from code before the first update */
  private pendingValue?: string[];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.effectiveView = readEnum(this.tag, 'view', this.view, BODY_MAP_VIEWS, 'both');
    this.offered = this.offeredAreas(changed.has('areas') || changed.has('content'));
    // a value set from code before the first update wins over the `value` attribute
    if (!this.hasUpdated && this.pendingValue) this.setAreas(this.pendingValue, 'value');
    this.pendingValue = undefined;
    this.planViews();
  }

  /** @internal a click or tap on an area of the figure toggles it */
  private onFigureClick(event: MouseEvent): void {
    const id = this.areaOf(event);
    if (!id || this.isDisabled) return;
    if (this.order.includes(id)) this.tabStop = id;
    this.toggle(id);
  }

  /** @internal roving focus and Space/Enter on the figure's areas */
  private onFigureKeyDown(event: KeyboardEvent): void {
    const id = this.areaOf(event);
    if (!id || this.isDisabled) return;
    const key = event.key;
    if (key === ' ' || key === 'Enter') {
      event.preventDefault();
      if (!event.repeat) this.toggle(id);
      return;
    }
    const step = ARROWS[key];
    const next =
      key === 'Home'
        ? this.order[0]
        : key === 'End'
          ? this.order.at(-1)
          : step && this.nearest(id, step);
    if (!step && !next) return;
    event.preventDefault();
    if (next) this.focusArea(next);
  }

  /**
   * @internal The area nearest to `from` in the direction `[dx, dy]` on the picture (on
   * screen, across both views; never mirrored, whatever the text direction): the smallest
   * distance along the direction plus twice the distance across it, among the areas within
   * 45° of it.
   */
  private nearest(from: string, [dx, dy]: readonly [number, number]): string | undefined {
    const centres = [
      ...this.renderRoot.querySelectorAll<SVGElement>('[role="checkbox"] .shape'),
    ].map(shape => {
      const r = shape.getBoundingClientRect();
      return [
        (shape.parentNode as SVGElement).dataset.area!,
        r.x + r.width / 2,
        r.y + r.height / 2,
      ] as const;
    });
    const [, x, y] = centres.find(c => c[0] === from) ?? [];
    let best: string | undefined;
    let bestScore = Infinity;
    for (const [id, cx, cy] of centres) {
      const along = (cx - x!) * dx + (cy - y!) * dy;
      const across = Math.abs((cx - x!) * dy - (cy - y!) * dx);
      const score = along + 2 * across;
      // within half a pixel is a tie, which the first in reading order wins (the jaws from the
      // neck): engines round an outline's box differently
      if (along > 1 && across <= along && score < bestScore - 0.5) [best, bestScore] = [id, score];
    }
    return best;
  }

  /** @internal focus moved to an area (by pointer or script): it becomes the tab stop */
  private onFigureFocusIn(event: FocusEvent): void {
    const id = this.areaOf(event);
    if (id && this.order.includes(id)) this.tabStop = id;
  }

  /** @internal a checkbox of the list view */
  private onListChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const id = input.dataset.area;
    if (!id || this.isDisabled) return;
    if (input.checked !== this.selectedIds().includes(id)) this.toggle(id);
  }

  /** @internal shows the list or the figure; focus stays on the button */
  private onToggleView(): void {
    this.listView = !this.listView;
  }

  /** @internal clears the areas this element offers */
  private onClear(): void {
    const offered = new Set(this.offered.map(a => a.id));
    const all = this.answeredIds();
    if (!all.some(id => offered.has(id))) return;
    const rest = all.filter(id => !offered.has(id));
    this.answer({ [this.questionId]: rest.length ? rest : undefined });
  }

  /**
   * The chosen area ids (among the offered areas), in content-pack order. Setting it from
   * code (an array or a comma list) replaces the group's areas answer and fires no event;
   * unknown ids are dropped with a warning.
   */
  get value(): string[] {
    if (!this.pendingValue) return this.selectedIds();
    const pending = this.pendingValue;
    return this.offeredAreas()
      .filter(a => pending.includes(a.id))
      .map(a => a.id);
  }
  set value(value: string[] | string) {
    const ids = toIds(value);
    if (!this.hasUpdated) {
      this.pendingValue = ids;
      this.requestUpdate();
      return;
    }
    this.setAreas(ids, 'value');
    this.syncForm();
  }

  protected override formValue(): FormData | null {
    const ids = this.selectedIds();
    if (!this.name || ids.length === 0) return null;
    const data = new FormData();
    for (const id of ids) data.append(this.name, id);
    return data;
  }

  protected override validityMessage(): string {
    return this.required && this.selectedIds().length === 0
      ? this.localize.term('requiredAreas')
      : '';
  }

  protected override validationAnchor(): HTMLElement | undefined {
    return this.listView
      ? (this.renderRoot.querySelector<HTMLInputElement>('.checkbox') ?? undefined)
      : undefined;
  }

  protected override focusTarget(): HTMLElement | SVGElement | null | undefined {
    return this.renderRoot.querySelector<SVGElement>('[tabindex="0"]') ?? this.validationAnchor();
  }

  protected override applyValue(value: string | null): void {
    if (value !== null) this.setAreas(toIds(value), 'value');
  }

  protected override ownedQuestionIds(): string[] {
    return [this.questionId];
  }

  /** @internal the id of the pack's areas question */
  private get questionId(): string {
    return this.store.pack.questions.find(q => q.type === 'areas')?.id ?? 'pain-areas';
  }

  /** @internal every area id in the group's answer (offered or not) */
  private answeredIds(): string[] {
    const answer = this.store.answers[this.questionId];
    return Array.isArray(answer) ? answer : [];
  }

  /** @internal the chosen ids among the offered areas, in pack order */
  private selectedIds(): string[] {
    const answered = new Set(this.answeredIds());
    return this.offeredAreas()
      .filter(a => answered.has(a.id))
      .map(a => a.id);
  }

  /** @internal the pack's areas, narrowed by `areas` (warning about unknown ids when asked) */
  private offeredAreas(warn = false): Area[] {
    const all = this.store.pack.areas;
    const ids = all.map(a => a.id);
    const wanted = toIds(this.areas);
    // the known ids, in the pack's order; none known: every area
    if (warn) readEnumList(this.tag, 'areas', wanted, ids, k => (k.length ? k : ids), 'area ids');
    const kept = all.filter(a => wanted.includes(a.id));
    return kept.length ? kept : all;
  }

  /** @internal replaces the group's areas answer from code (no events); unknown ids warn */
  private setAreas(ids: string[], attribute: string): void {
    const offered = this.offeredAreas();
    const known = new Set(offered.map(a => a.id));
    const unknown = ids.filter(id => !known.has(id));
    if (unknown.length)
      warnAttribute(
        this.tag,
        attribute,
        unknown.join(','),
        `ids of the areas offered (${[...known].join(', ')})`,
      );
    const kept = offered.filter(a => ids.includes(a.id)).map(a => a.id);
    this.store.merge({ [this.questionId]: kept.length ? kept : undefined }, { origin: 'code' });
  }

  /** @internal a visitor toggles one area */
  private toggle(id: string): void {
    const answered = this.answeredIds();
    const on = !answered.includes(id);
    const next = on ? [...answered, id] : answered.filter(a => a !== id);
    const rank = new Map(this.store.pack.areas.map((a, i) => [a.id, i]));
    next.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    this.answer({ [this.questionId]: next.length ? next : undefined });
  }

  /** @internal moves focus to an area of the figure */
  private focusArea(id: string): void {
    this.tabStop = id;
    const target = [...this.renderRoot.querySelectorAll<SVGElement>('[role="checkbox"]')].find(
      el => el.dataset.area === id,
    );
    target?.focus();
  }

  /** @internal the area id an event happened on */
  private areaOf(event: Event): string | undefined {
    const target = event.target instanceof Element ? event.target : null;
    return target?.closest<SVGElement>('[data-area]')?.dataset.area;
  }

  /**
   * @internal what each view draws and which areas are its controls. In `both`, an area the
   * two views share is a control on the front only; the back shows a mirror of it, hidden
   * from assistive technology, that still takes clicks. So every area is one tab stop and
   * one accessible name.
   */
  private planViews(): void {
    const view = this.effectiveView;
    const views: FigureView[] = view === 'both' ? ['front', 'back'] : [view];
    const lang = this.effectiveLang;
    const byId = new Map(this.offered.map(a => [a.id, a]));
    const claimed = new Set<string>();
    this.plans = views.map(v => {
      const drawn = figureAreas(v).filter(id => {
        const area = byId.get(id);
        return area && (area.view === v || area.view === 'both');
      });
      const names: Record<string, string> = {};
      for (const id of drawn) {
        if (claimed.has(id)) continue;
        claimed.add(id);
        names[id] = localize(byId.get(id)!.label, lang);
      }
      return { view: v, drawn, names };
    });
    this.order = this.plans.flatMap(p => Object.keys(p.names));
    if (!this.order.includes(this.tabStop)) this.tabStop = this.order[0] ?? '';
  }

  private renderFigure(selected: string[]): TemplateResult {
    const disabled = this.isDisabled;
    return html`<div
      part="figure"
      class="figure ${disabled ? 'figure--disabled' : ''}"
      @click=${this.onFigureClick}
      @keydown=${this.onFigureKeyDown}
      @focusin=${this.onFigureFocusIn}
    >
      ${this.plans.map(({ view, drawn, names }) => {
        const front = view === 'front';
        return html`<div part="view view-${view}" class="view">
          <p part="view-caption" class="view-caption" id="caption-${view}">
            ${this.localize.term(front ? 'front' : 'back')}
          </p>
          <p part="view-note" class="view-note" id="note-${view}">
            ${this.localize.term(front ? 'frontNote' : 'backNote')}
          </p>
          <div class="sides">
            <span part="side-label" class="side-label">
              ${this.localize.term(front ? 'yourRight' : 'yourLeft')}
            </span>
            <span part="side-label" class="side-label side-label--end">
              ${this.localize.term(front ? 'yourLeft' : 'yourRight')}
            </span>
          </div>
          ${renderBodyFigure({
            view,
            selected,
            areas: drawn,
            controls: {
              names,
              tabStop: this.tabStop,
              disabled,
              labelledby: `caption-${view}`,
              describedby: `note-${view}`,
            },
          })}
        </div>`;
      })}
    </div>`;
  }

  private renderList(selected: string[]): TemplateResult {
    const lang = this.effectiveLang;
    const disabled = this.isDisabled;
    const pack = this.store.pack;
    return html`<div part="list" class="list">
      ${pack.regions.map(region => {
        const areas = this.offered.filter(a => a.region === region.id);
        if (areas.length === 0) return nothing;
        return html`<fieldset part="list-group" class="group" ?disabled=${disabled}>
          <legend part="list-legend" class="legend">${localize(region.label, lang)}</legend>
          ${areas.map(
            area =>
              html`<label part="list-item" class="item ${disabled ? 'item--disabled' : ''}">
                <input
                  type="checkbox"
                  part="checkbox"
                  class="checkbox"
                  data-area=${area.id}
                  .checked=${live(selected.includes(area.id))}
                  ?disabled=${disabled}
                  @change=${this.onListChange}
                />
                <span>${localize(area.label, lang)}</span>
              </label>`,
          )}
        </fieldset>`;
      })}
    </div>`;
  }

  protected override render(): TemplateResult {
    const selected = this.selectedIds();
    const question = this.store.pack.questions.find(q => q.id === this.questionId);
    const lang = this.effectiveLang;
    const heading = localize(question?.label, lang) || this.localize.term('bodyMapHeading');
    const hint = localize(question?.description, lang) || this.localize.term('bodyMapHint');
    const disabled = this.isDisabled;
    return html`${this.renderHeading(heading)}
      <p part="hint" class="hint">${hint}</p>
      ${this.listView ? this.renderList(selected) : this.renderFigure(selected)}
      <div part="footer" class="footer">
        <p part="count" class="count" role="status">
          ${this.localize.term('areasCount', { total: this.offered.length }, selected.length)}
        </p>
        <div class="actions">
          <button
            type="button"
            part="toggle-button"
            class="button button--secondary"
            ?disabled=${disabled}
            @click=${this.onToggleView}
          >
            ${this.localize.term(this.listView ? 'showMap' : 'showList')}
          </button>
          <button
            type="button"
            part="clear-button"
            class="button button--secondary"
            ?disabled=${disabled}
            @click=${this.onClear}
          >
            ${this.localize.term('clearAreas')}
          </button>
        </div>
      </div>
      <p part="disclaimer" class="hint disclaimer">${localize(this.store.pack.disclaimer, lang)}</p>
      ${this.renderPersistNotice()}`;
  }
}
