import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { announce } from '../../controllers/announcer.js';
import { progressStrings } from '../../i18n/progress.js';
import { reset } from '../../styles/shared.js';
import { typography } from '../../styles/typography.js';
import styles from './progress.styles.js';

let nextId = 0;

/**
 * A progress bar with a visible label and value ("Tiedoston lataus 45 %"): `role="progressbar"`
 * with `aria-valuenow` and a readable `aria-valuetext`. Without `value` it is indeterminate.
 *
 * **Announced at sensible intervals, never per percent.** When the value crosses a step
 * (`announce-step`, every 25 % by default) the label and value are announced politely through
 * the library's announcer, at most once per `announce-interval` seconds (5 by default; a step
 * crossed sooner is announced when the interval ends, with the value at that moment).
 * Reaching the maximum is always announced at once ("Tiedoston lataus: valmis"). The initial
 * value is not announced, and neither is going backwards (a restart). `announce-step="0"`
 * leaves only the completion.
 *
 * @summary Determinate or indeterminate progress bar, announced in steps.
 * @status stable
 * @since 0.1.0
 *
 * @csspart base - The progressbar (track).
 * @csspart indicator - The filled part.
 * @csspart label - The label.
 * @csspart value - The visible value text.
 *
 * @cssproperty --arki-progress-color - Colour of the filled part.
 */
export class ArkiProgress extends ArkiElement {
  static override styles = [reset, typography, styles];

  static override properties: PropertyDeclarations = {
    label: {},
    value: { type: Number },
    max: { type: Number },
    valueText: { attribute: 'value-text' },
    announceStep: { type: Number, attribute: 'announce-step' },
    announceInterval: { type: Number, attribute: 'announce-interval' },
  };

  /** What is progressing, shown above the bar and used as its name. */
  declare label: string;
  /** Progress from 0 to `max`; unset for indeterminate. */
  declare value: number | null;
  declare max: number;
  /** Replaces the percentage in the visible value, `aria-valuetext` and announcements ("3/5 tiedostoa"). */
  declare valueText: string;
  /** Announce each time the value crosses a multiple of this many percent; 0 only at completion. */
  declare announceStep: number;
  /** Announce at most once per this many seconds (completion is always announced at once). */
  declare announceInterval: number;

  private readonly uid = `arki-progress-${++nextId}`;
  private initialised = false;
  private lastStep = 0;
  private lastTime = -Infinity;
  private completed = false;
  private pending?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.label = '';
    this.value = null;
    this.max = 100;
    this.valueText = '';
    this.announceStep = 25;
    this.announceInterval = 5;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.pending);
    this.pending = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('max') && !(this.max > 0 && Number.isFinite(this.max))) {
      this.warn(`invalid max="${this.max}"; using 100.`);
      this.max = 100;
    }
    if (changed.has('value') && this.value != null && !Number.isFinite(this.value)) {
      this.warn(`invalid value="${this.value}"; showing indeterminate progress.`);
      this.value = null;
    }
  }

  /** Progress in percent (0–100), or null when indeterminate. */
  get percent(): number | null {
    if (this.value == null) return null;
    return (Math.min(Math.max(this.value, 0), this.max) / this.max) * 100;
  }

  /** The value as read and shown: `value-text`, or a localised percentage. */
  get text(): string {
    const pct = this.percent;
    if (pct == null) return this.valueText;
    return this.valueText || this.localize.number(Math.floor(pct) / 100, { style: 'percent' });
  }

  protected override updated(changed: PropertyValues<this>): void {
    const pct = this.percent;
    const step = this.announceStep > 0 ? this.announceStep : Infinity;
    const stepOf = (p: number) => Math.floor(p / step);
    if (!this.initialised) {
      this.initialised = true;
      if (!this.label) this.warn('has no label; give it `label` so the bar is named.');
      this.lastStep = pct == null ? 0 : stepOf(pct);
      this.completed = pct != null && pct >= 100;
      return;
    }
    if (!changed.has('value') && !changed.has('max')) return;
    if (pct == null) return;
    if (pct >= 100) {
      if (!this.completed) {
        this.completed = true;
        clearTimeout(this.pending);
        this.pending = undefined;
        this.say(this.localize.strings(progressStrings).progressComplete(this.label));
      }
      return;
    }
    this.completed = false;
    const now = stepOf(pct);
    if (now > this.lastStep) this.schedule();
    this.lastStep = now;
  }

  private schedule(): void {
    const wait = this.lastTime + Math.max(this.announceInterval, 0) * 1000 - performance.now();
    if (wait <= 0) this.sayProgress();
    else this.pending ??= setTimeout(() => {
      this.pending = undefined;
      if (!this.completed && this.isConnected) this.sayProgress();
    }, wait);
  }

  private sayProgress(): void {
    this.say(this.localize.strings(progressStrings).progressAnnounce(this.label, this.text));
  }

  private say(message: string): void {
    this.lastTime = performance.now();
    announce(message, 'polite', this.localize.code);
  }

  protected override render(): TemplateResult {
    const pct = this.percent;
    const indeterminate = pct == null;
    return html`<div class="top">
        <span part="label" class="label" id="${this.uid}-label">${this.label}</span>
        <span part="value" class="value" aria-hidden="true">${this.text}</span>
      </div>
      <div
        part="base"
        class="track ${indeterminate ? 'indeterminate' : ''}"
        role="progressbar"
        aria-labelledby="${this.uid}-label"
        aria-valuemin=${ifDefined(indeterminate ? undefined : '0')}
        aria-valuemax=${ifDefined(indeterminate ? undefined : String(this.max))}
        aria-valuenow=${ifDefined(indeterminate ? undefined : String(Math.min(Math.max(this.value!, 0), this.max)))}
        aria-valuetext=${ifDefined(indeterminate ? this.valueText || undefined : this.text)}
      >
        <div part="indicator" class="indicator" style=${styleMap(indeterminate ? {} : { inlineSize: `${pct}%` })}></div>
      </div>`;
  }
}

defineElement('arki-progress', ArkiProgress);

declare global {
  interface HTMLElementTagNameMap {
    'arki-progress': ArkiProgress;
  }
}
