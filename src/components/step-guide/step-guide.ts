import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { stepGuideStrings, type StepGuideStrings } from '../../i18n/step-guide.js';
import { focusRing, reset, visuallyHidden } from '../../styles/shared.js';
import { typography } from '../../styles/typography.js';
import { headingLevels, renderHeading, type HeadingLevel } from '../accordion-item/heading.js';
import '../icon/icon.js';
import { parseData } from '../service-card/service-shared.js';
import { parseSteps, type StepGuideContent, type StepGuideLink, type StepGuideStep } from './steps.js';
import styles from './step-guide.styles.js';

export { parseSteps, type StepGuideContent, type StepGuideLink, type StepGuideStep };

/** Does this engine reveal `hidden="until-found"` content for find-in-page? */
const untilFound = typeof HTMLElement !== 'undefined' && 'onbeforematch' in HTMLElement.prototype;

/**
 * A numbered step-by-step guide to a process that spans several services or channels, on the
 * pattern of GOV.UK's step-by-step navigation: "1 Tarkista, voitko saada tukea", "2 Hae tukea",
 * "ja Liitä tositteet", "tai Hae paperilomakkeella". A step marked `and` is done together with the
 * one before it, `or` instead of it: it shows the logic word ("ja"/"tai") in place of a number.
 *
 * Each step is a heading (`heading-level`) holding a button that shows or hides its content
 * (`aria-expanded`); "Näytä kaikki vaiheet" opens or closes all. The step the user is at
 * (`current`) is open, has `aria-current="step"` and a visible "Olet tässä" marker. Closed steps
 * are `hidden="until-found"` where supported, so find-in-page still finds their text and opens them.
 *
 * **Content** comes as data (`steps`: paragraphs and lists of links, as in GOV.UK's step-by-step
 * content; a link with `current` is the page the user is on: `aria-current="page"`, in bold, its
 * name only its visible text), plus any markup in a slot named
 * `step-<n>` (1-based), shown at the end of that step.
 *
 * @summary GOV.UK step-by-step navigation: numbered steps, "and"/"or" steps, current step, show all.
 * @status beta
 * @since 0.1.0
 *
 * @slot step-<n> - Extra content at the end of step n (1-based), e.g. a contact card.
 *
 * @csspart show-all - The "show all / hide all steps" button.
 * @csspart step - A step (`<li>`); the current one also has the part `current`.
 * @csspart heading - A step's heading.
 * @csspart button - A step's show/hide button.
 * @csspart panel - A step's content.
 *
 * @cssproperty --arki-step-guide-line - Colour of the line that joins the steps.
 */
export class ArkiStepGuide extends ArkiElement {
  static override styles = [reset, typography, focusRing, visuallyHidden, styles];

  static override properties: PropertyDeclarations = {
    steps: {},
    headingLevel: { attribute: 'heading-level' },
    label: {},
    parsed: { state: true },
    openSteps: { state: true },
  };

  /** The steps (an array, or its JSON in the attribute). Validated at runtime. */
  declare steps?: StepGuideStep[] | string;
  /** Level of the step headings, 2–6. */
  declare headingLevel: string | number;
  /** Accessible name of the list of steps, e.g. "Rakennuslupa vaihe vaiheelta". */
  declare label: string;

  private declare parsed: StepGuideStep[];
  private declare openSteps: Set<number>;

  constructor() {
    super();
    this.headingLevel = 2;
    this.label = '';
    this.parsed = [];
    this.openSteps = new Set<number>();
  }

  /** Whether step `index` (0-based) is open. */
  isOpen(index: number): boolean {
    return this.openSteps.has(index);
  }

  /** Opens or closes step `index` (0-based), or all steps when `index` is omitted. */
  setOpen(open: boolean, index?: number): void {
    const next = new Set(this.openSteps);
    const indexes = index === undefined ? this.parsed.map((_, i) => i) : [index];
    for (const i of indexes) {
      if (open) next.add(i);
      else next.delete(i);
    }
    this.openSteps = next;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.headingLevel = Number(this.oneOf('heading-level', String(this.headingLevel), headingLevels, '2'));
    if (changed.has('steps')) {
      this.parsed = parseData(this.steps, 'steps', parseSteps, (m) => this.warn(m)) ?? [];
      this.openSteps = new Set(this.parsed.flatMap((s, i) => (s.open || s.current ? [i] : [])));
    }
  }

  private get allOpen(): boolean {
    return this.parsed.length > 0 && this.openSteps.size === this.parsed.length;
  }

  private renderLink(item: StepGuideLink): TemplateResult {
    const context = item.context ? html` <span class="context">${item.context}</span>` : nothing;
    if (!item.href) return html`<li class="item">${item.text}${context}</li>`;
    return html`<li class="item">
      <a class="link focus-ring" href=${item.href} aria-current=${ifDefined(item.current ? 'page' : undefined)}>${item.text}</a>${context}
    </li>`;
  }

  private renderContent(content: StepGuideContent): TemplateResult {
    if (content.type === 'paragraph') return html`<p class="paragraph">${content.text}</p>`;
    return html`<ul class="list" data-style=${content.style ?? 'required'}>${content.items.map((item) => this.renderLink(item))}</ul>`;
  }

  private renderStep(step: StepGuideStep, index: number, number: number, s: StepGuideStrings): TemplateResult {
    const open = this.openSteps.has(index);
    const logic = step.logic === 'and' ? s.stepGuideAnd : step.logic === 'or' ? s.stepGuideOr : '';
    const toggle = () => this.setOpen(!open, index);
    const button = html`<button
      part="button"
      class="button focus-ring"
      type="button"
      id="step-${index + 1}-button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="step-${index + 1}-panel"
      aria-current=${ifDefined(step.current ? 'step' : undefined)}
      @click=${toggle}
    >
      <span class="circle" data-logic=${ifDefined(step.logic)}
        >${logic
          ? html`<span class="logic">${logic}</span>`
          : html`<span class="visually-hidden">${s.stepGuideStep} </span><span class="number">${number}</span>`}<span class="visually-hidden">: </span></span
      >
      <span class="title">${step.title}</span>
      ${step.current ? html`<span class="current-tag" aria-hidden="true">${s.stepGuideCurrent}</span>` : nothing}
      <span class="visually-hidden">, </span>
      <span class="toggle"
        ><arki-icon name=${open ? 'chevron-up' : 'chevron-down'}></arki-icon>${open ? s.stepGuideHide : s.stepGuideShow}<span class="visually-hidden">
          ${s.stepGuideThisStep}</span
        ></span
      >
    </button>`;
    return html`<li part=${step.current ? 'step current' : 'step'} class="step" ?data-current=${step.current} data-logic=${ifDefined(step.logic)}>
      ${renderHeading(Number(this.headingLevel) as HeadingLevel, 'heading', button)}
      <div
        part="panel"
        class="panel"
        id="step-${index + 1}-panel"
        hidden=${ifDefined(open ? undefined : untilFound ? 'until-found' : '')}
        @beforematch=${() => this.setOpen(true, index)}
      >
        ${(step.contents ?? []).map((c) => this.renderContent(c))}
        <slot name="step-${index + 1}"></slot>
      </div>
    </li>`;
  }

  protected override render(): TemplateResult {
    const s = this.localize.strings(stepGuideStrings);
    let number = 0;
    const all = this.allOpen;
    return html`<div class="controls">
        <button part="show-all" class="show-all focus-ring" type="button" aria-expanded=${all ? 'true' : 'false'} @click=${() => this.setOpen(!all)}>
          <arki-icon name=${all ? 'chevron-up' : 'chevron-down'}></arki-icon>${all ? s.stepGuideHideAll : s.stepGuideShowAll}
        </button>
      </div>
      <ol class="steps" aria-label=${ifDefined(this.label || undefined)}>
        ${this.parsed.map((step, i) => this.renderStep(step, i, step.logic ? number : ++number, s))}
      </ol>`;
  }
}

defineElement('arki-step-guide', ArkiStepGuide);

declare global {
  interface HTMLElementTagNameMap {
    'arki-step-guide': ArkiStepGuide;
  }
}
