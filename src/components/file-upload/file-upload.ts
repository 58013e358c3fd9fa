import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { ArkiFormElement, type FieldValidator, type ValidationFailure } from '../../base/arki-form-element.js';
import { defineElement } from '../../base/define.js';
import { announce } from '../../controllers/announcer.js';
import { fieldStrings } from '../../i18n/field.js';
import { fileUploadStrings, type FileUploadStrings } from '../../i18n/file-upload.js';
import { fieldStyles } from '../../styles/field.js';
import { focusRing, reset, visuallyHidden } from '../../styles/shared.js';
import { acceptAttribute, describeAccept, formatSize, matchesAccept, parseAccept, parseSize, type AcceptRule } from './file-rules.js';
import styles from './file-upload.styles.js';

/** Why a chosen file is not accepted. */
export type FileProblem = 'type' | 'size' | 'empty' | 'count';
interface Entry {
  id: number;
  file: File;
  problem?: FileProblem;
}
const FLAGS: Record<FileProblem, keyof ValidityStateFlags> = { type: 'typeMismatch', size: 'rangeOverflow', empty: 'badInput', count: 'rangeOverflow' };

/**
 * Lets the user choose files with a real file input (a focusable button: keyboard and screen
 * readers work as with any native control) or drop them on the zone around it, an enhancement
 * (WCAG 2.5.7: never the only way). Chosen files are listed with their size and a remove button.
 * A file of the wrong type or size stays in the list with its own error, so the user sees what
 * happened; the other files are kept, and the form cannot be submitted until the bad file is
 * removed. Only metadata is read: a 50 MB file is never loaded into memory.
 *
 * `max-size`: bytes (`10485760`) or a size with a unit (`10MB`, `10 Mt`, `500kB`). Units are
 * decimal (1 MB = 1 000 000 bytes, as phones and macOS count), `MiB` binary; sizes are shown
 * the same way ("1,2 Mt"), so the limit and the list agree.
 *
 * Files go in FormData as one entry per accepted file under `name`. Browsers do not restore file
 * choices after navigation; when one passes files back to `formStateRestoreCallback`, they are
 * restored. `readonly` (not a native file-input attribute) shows the list without changing it:
 * the choose button stays focusable (it is not disabled, so it is not skipped or read as
 * unavailable), is described as read-only ("Vain luku: tiedostoja ei voi lisätä eikä poistaa",
 * also shown), and neither a click, a key nor a drop changes the files.
 *
 * @summary File chooser with drag and drop, per-file errors and a removable file list.
 * @status stable
 * @since 0.1.0
 *
 * @slot help - Contextual help beside the label (`arki-help`).
 *
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The field's error message.
 * @csspart control - The drop zone around the choose button.
 * @csspart files - The list of chosen files.
 *
 * @cssproperty --arki-file-upload-zone-background - Background of the drop zone.
 *
 * @cssstate invalid - The value is invalid.
 * @cssstate user-invalid - The error is shown.
 *
 * @fires input - The user added or removed files.
 * @fires change - The user added or removed files.
 */
export class ArkiFileUpload extends ArkiFormElement {
  static override styles = [reset, focusRing, visuallyHidden, fieldStyles, styles];

  static override properties: PropertyDeclarations = {
    multiple: { type: Boolean, reflect: true },
    accept: {},
    maxSize: { attribute: 'max-size' },
    maxFiles: { type: Number, attribute: 'max-files' },
    entries: { state: true },
    dragging: { state: true },
  };

  /** Allow several files; new choices are added to the list. Without it a new choice replaces the file. */
  declare multiple: boolean;
  /** Accepted types as the native attribute: extensions and MIME types, wildcards (`image/*`). */
  declare accept: string;
  /** Largest accepted file: bytes or a size with a unit (`10MB`). */
  declare maxSize?: string | number;
  /** Most files accepted with `multiple`. */
  declare maxFiles?: number;

  private declare entries: Entry[];
  private declare dragging: boolean;
  private nextId = 1;
  private rules: AcceptRule[] = [];
  private maxBytes?: number;
  private maxCount = Infinity;

  constructor() {
    super();
    this.multiple = false;
    this.accept = '';
    this.entries = [];
    this.dragging = false;
  }

  /** The accepted files, in the order chosen (the files submitted). */
  get files(): File[] {
    return this.classified().filter((e) => !e.problem).map((e) => e.file);
  }

  /** Adds files as if chosen (for a paste or camera handler); fires no events, announces nothing. */
  addFiles(files: Iterable<File>): void {
    this.add([...files]);
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('#input') ?? null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('accept')) {
      const { rules, bad } = parseAccept(this.accept ?? '');
      if (bad.length) this.warn(`accept has tokens that are neither ".ext" nor a MIME type: ${bad.join(', ')}. Use ".pdf" or "application/pdf".`);
      this.rules = rules;
    }
    if (changed.has('maxSize')) {
      const bytes = parseSize(this.maxSize);
      if (Number.isNaN(bytes)) this.warn(`max-size="${this.maxSize}" is not a size; no size limit applies. Use bytes or e.g. "10MB".`);
      this.maxBytes = Number.isNaN(bytes) ? undefined : bytes;
    }
    if (changed.has('maxFiles') || changed.has('multiple')) {
      const max = this.maxFiles;
      const valid = max != null && Number.isInteger(max) && max > 0;
      if (max != null && !valid) this.warn(`max-files="${max}" is not a positive whole number; no limit applies.`);
      if (valid && !this.multiple && max > 1) this.warn('max-files has no effect without multiple; one file is accepted.');
      this.maxCount = this.multiple ? (valid ? max : Infinity) : 1;
    }
    super.willUpdate(changed);
  }

  private memo?: { key: unknown[]; list: Entry[] };

  /** The entries with their problems; a file over the count limit may fit again after a removal. */
  private classified(): Entry[] {
    const key = [this.entries, this.rules, this.maxBytes, this.maxCount];
    if (this.memo && this.memo.key.every((k, i) => k === key[i])) return this.memo.list;
    let accepted = 0;
    const list = this.entries.map((e): Entry => {
      const f = e.file;
      let problem: FileProblem | undefined;
      if (!matchesAccept(f, this.rules)) problem = 'type';
      else if (this.maxBytes !== undefined && f.size > this.maxBytes) problem = 'size';
      else if (f.size === 0) problem = 'empty';
      else if (accepted >= this.maxCount) problem = 'count';
      else accepted++;
      return problem ? { ...e, problem } : { id: e.id, file: f };
    });
    this.memo = { key, list };
    return list;
  }

  private add(files: File[]): Entry[] {
    const same = (a: File, b: File) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified && a.type === b.type;
    const keep = this.multiple ? this.entries : [];
    const fresh = files.filter((f, i) => !keep.some((e) => same(e.file, f)) && files.findIndex((g) => same(g, f)) === i).map((file) => ({ id: this.nextId++, file }));
    this.entries = [...keep, ...fresh];
    return fresh;
  }

  private userAdd(files: File[]): void {
    if (!files.length || this.isDisabled || this.readonly) return;
    const fresh = new Set(this.add(files).map((e) => e.id));
    const added = this.classified().filter((e) => fresh.has(e.id));
    const rejected = added.filter((e) => e.problem).length;
    this.commitUserInput();
    // A refused file is feedback on what the user just did: show it at once.
    if (rejected) this.showUserInvalid();
    this.emit();
    const s = this.localize.strings(fileUploadStrings);
    const accepted = added.length - rejected;
    announce([accepted ? s.fileUploadAdded(accepted) : '', rejected ? s.fileUploadRejected(rejected) : ''].filter(Boolean).join('. '), 'polite', this.localize.code);
  }

  private removeEntry(id: number): void {
    const index = this.entries.findIndex((e) => e.id === id);
    const entry = this.entries[index];
    if (!entry || this.isDisabled || this.readonly) return;
    // Focus must not fall to <body>: move it first (to the next file's remove button, else the
    // choose button), so it never leaves the control while the removed row goes.
    const next = this.entries[index + 1];
    const target = next ? this.renderRoot.querySelector<HTMLElement>(`#remove-${next.id}`) : this.input;
    target?.focus();
    this.entries = this.entries.filter((e) => e.id !== id);
    this.commitUserInput();
    this.emit();
    announce(this.localize.strings(fileUploadStrings).fileUploadRemoved(entry.file.name), 'polite', this.localize.code);
  }

  private emit(): void {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  // --- Form contract -------------------------------------------------------------------------

  protected override formValue(): FormData | null {
    const files = this.files;
    if (!this.name || !files.length) return null;
    const data = new FormData();
    for (const f of files) data.append(this.name, f);
    return data;
  }

  protected override resetValue(): void {
    this.entries = [];
  }

  protected override restoreValue(state: string | File | FormData): void {
    const files = state instanceof FormData ? [...state.values()] : [state];
    this.entries = [];
    this.add(files.filter((f): f is File => f instanceof File));
  }

  protected override validationAnchor(): HTMLElement | undefined {
    return this.input ?? undefined;
  }

  protected override builtInValidators(): FieldValidator[] {
    return [() => this.fileFailure()];
  }

  private fileFailure(): ValidationFailure | null {
    const list = this.classified();
    const bad = list.find((e) => e.problem);
    if (bad) return { flag: FLAGS[bad.problem!], message: this.problemMessage(bad) };
    if (this.required && !list.length) return { flag: 'valueMissing', message: this.localize.strings(fileUploadStrings).fileUploadValueMissing(this.fieldName) };
    return null;
  }

  private problemMessage(e: Entry): string {
    const s = this.localize.strings(fileUploadStrings);
    const name = e.file.name;
    switch (e.problem) {
      case 'type': {
        const names = { image: s.fileUploadTypeImage, video: s.fileUploadTypeVideo, audio: s.fileUploadTypeAudio, text: s.fileUploadTypeText };
        return s.fileUploadWrongType(name, describeAccept(this.rules, names, this.localize.code));
      }
      case 'size':
        return s.fileUploadTooBig(name, this.size(this.maxBytes ?? 0, s));
      case 'empty':
        return s.fileUploadEmpty(name);
      default:
        return s.fileUploadTooMany(name, this.maxCount);
    }
  }

  private size(bytes: number, s: FileUploadStrings): string {
    return formatSize(bytes, s.fileUploadUnits, this.localize.code);
  }

  // --- Drag and drop -------------------------------------------------------------------------

  private static hasFiles(e: DragEvent): boolean {
    return Array.from(e.dataTransfer?.types ?? []).includes('Files');
  }

  private onDragOver = (e: DragEvent): void => {
    if (!ArkiFileUpload.hasFiles(e)) return;
    e.preventDefault(); // else the browser opens the file in place of the page
    const open = !this.isDisabled && !this.readonly;
    if (e.dataTransfer) e.dataTransfer.dropEffect = open ? 'copy' : 'none';
    this.dragging = open;
  };

  private onDragLeave = (e: DragEvent): void => {
    const zone = e.currentTarget as HTMLElement;
    if (e.relatedTarget instanceof Node && zone.contains(e.relatedTarget)) return;
    this.dragging = false;
  };

  private onDrop = (e: DragEvent): void => {
    if (!ArkiFileUpload.hasFiles(e)) return;
    e.preventDefault();
    this.dragging = false;
    this.userAdd(Array.from(e.dataTransfer?.files ?? []));
  };

  /** Read-only: a click (also the one Enter or Space makes) must not open the file chooser. */
  private onInputClick = (e: Event): void => {
    if (this.readonly) e.preventDefault();
  };

  private onInputKeydown = (e: KeyboardEvent): void => {
    if (this.readonly && (e.key === 'Enter' || e.key === ' ')) e.preventDefault();
  };

  private onChange = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    // The list is ours; emptying the input lets the same file be chosen again after a removal.
    input.value = '';
    this.userAdd(files);
  };

  // --- Rendering -----------------------------------------------------------------------------

  private renderEntry(e: Entry, s: FileUploadStrings): TemplateResult {
    const errorId = `file-error-${e.id}`;
    return html`<li class="file" ?data-invalid=${!!e.problem}>
      <span class="file-name">${e.file.name}</span>
      <span class="file-size">${this.size(e.file.size, s)}</span>
      ${e.problem
        ? html`<span class="file-error" id=${errorId}><span class="visually-hidden">${this.localize.strings(fieldStrings).errorPrefix}: </span>${this.problemMessage(e)}</span>`
        : nothing}
      ${this.readonly
        ? nothing
        : html`<button
            type="button"
            class="remove focus-ring"
            id="remove-${e.id}"
            ?disabled=${this.isDisabled}
            aria-describedby=${ifDefined(e.problem ? errorId : undefined)}
            @click=${() => this.removeEntry(e.id)}
          >${s.fileUploadRemove}<span class="visually-hidden">${s.fileUploadRemoveWhat(e.file.name)}</span></button>`}
    </li>`;
  }

  protected override render(): TemplateResult {
    const s = this.localize.strings(fileUploadStrings);
    const list = this.classified();
    const problems = list.filter((e) => e.problem);
    const accepted = list.length - problems.length;
    // Per-file errors are shown with their file; the field error is for the rest (required, server).
    const fieldError = this.visibleError && (this.error || !problems.length);
    const invalid = !!fieldError || problems.length > 0;
    const inactive = this.isDisabled || this.readonly;
    const full = this.multiple && this.maxCount !== Infinity && accepted >= this.maxCount;
    const status = full ? s.fileUploadMaxReached(this.maxCount) : list.length ? s.fileUploadChosen(accepted) : s.fileUploadNone;
    const describedBy = [this.hint ? 'hint' : '', fieldError ? 'error' : '', 'status', ...problems.map((e) => `file-error-${e.id}`)].filter(Boolean).join(' ');
    // The host's aria-label names the input only when there is no visible label (aria-labelledby wins).
    const ariaName = this.label ? '' : this.hostAriaLabel?.trim();
    return html`<div class="field" ?data-invalid=${invalid}>
      <div class="label-row">
        <label part="label" class="label" id="label" for="input">${this.label}${this.renderMarker()}</label><slot name="help"></slot>
      </div>
      ${ariaName ? html`<span id="aria-name" hidden>${ariaName}</span>` : nothing}
      ${this.renderHint('hint')} ${fieldError ? this.renderError('error') : nothing}
      <div
        part="control"
        class="zone"
        ?data-dragging=${this.dragging}
        ?data-inactive=${inactive}
        @dragenter=${this.onDragOver}
        @dragover=${this.onDragOver}
        @dragleave=${this.onDragLeave}
        @drop=${this.onDrop}
      >
        <span class="picker">
          <input
            id="input"
            class="input"
            type="file"
            ?multiple=${this.multiple}
            accept=${ifDefined(acceptAttribute(this.rules) || undefined)}
            ?disabled=${this.isDisabled}
            ?data-readonly=${this.readonly}
            aria-labelledby=${ariaName ? 'aria-name button' : 'label button'}
            aria-describedby=${describedBy}
            aria-required=${ifDefined(this.required ? 'true' : undefined)}
            aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
            @click=${this.onInputClick}
            @keydown=${this.onInputKeydown}
            @change=${this.onChange}
            @input=${(e: Event) => e.stopPropagation() /* ours is fired after the list is updated */}
          />
          <span class="button" id="button" aria-hidden="true">${this.multiple ? s.fileUploadChooseMultiple : s.fileUploadChoose}</span>
        </span>
        <span class="drop-text">${this.multiple ? s.fileUploadDropMultiple : s.fileUploadDrop}</span>
      </div>
      <div class="status" id="status">${status}${this.readonly ? html`. <span class="readonly-note">${s.fileUploadReadonly}</span>` : nothing}</div>
      ${list.length
        ? html`<ul part="files" class="files" aria-label=${s.fileUploadListLabel}>
            ${repeat(list, (e) => e.id, (e) => this.renderEntry(e, s))}
          </ul>`
        : nothing}
    </div>`;
  }
}

defineElement('arki-file-upload', ArkiFileUpload);

declare global {
  interface HTMLElementTagNameMap {
    'arki-file-upload': ArkiFileUpload;
  }
}
