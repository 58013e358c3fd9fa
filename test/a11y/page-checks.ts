// Typed access to the in-page checks in bin/lib/*.js (the same files arki-audit injects into any
// page), and to the IBM Equal Access engine. Loaded as classic scripts: they define globals.

export interface Finding {
  element: string;
  message?: string;
  [key: string]: unknown;
}
export interface TargetSizeResult {
  checked: number;
  violations: Finding[];
  exceptions: Finding[];
}
export interface ReflowResult {
  ok: boolean;
  viewportWidth: number;
  scrollWidth: number;
  offenders: Finding[];
}
export interface TextSpacingResult {
  clipped: (Finding & { clippedBy: string; text: string; alreadyWithoutSpacing: boolean })[];
  overlapping: (Finding & { other: string; text: string })[];
  overflowing: Finding[];
}
export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
  /** false when the screenshot is of the whole viewport (WebDriver), to be cropped in the page. */
  clipped?: boolean;
}
export interface StyleChange {
  where: string;
  what: string;
  area: number;
  contrast: number | null;
}
export interface FocusResult {
  element: string;
  focused: boolean;
  focusVisible: boolean;
  /** Where focus went instead, when it did not land on the element. */
  activeInstead: string | null;
  /** The element is in the browser's default focus style (outline: auto), not one of Arki's own. */
  uaDefault: boolean;
  /** The element lives in an Arki component's shadow root (Arki draws its indicator). */
  inArki: boolean;
  /** Focus could not be taken away from it (a focus trap): there is no unfocused state. */
  trapped?: boolean;
  perimeter: number;
  /** The length of the element's edges inside the viewport. */
  visiblePerimeter: number;
  styleArea: number;
  /** Whether the computed styles alone pass. */
  stylePass: boolean;
  changes: StyleChange[];
  pixels: { area3: number; areaAny: number } | null;
  measuredBy: 'screenshot' | 'computed style';
  pass: boolean;
  stretch: boolean;
}
export interface BoundaryTargets {
  clip: Clip;
  /** The same for elements that look the same on the same background (the result can be reused). */
  signature: string;
  isLink: boolean;
  boxes: Clip[];
}
export interface IbmResult {
  rule: string;
  reason: string;
  level: string;
  result: string;
  message: string;
  path?: string;
  snippet?: string;
}
export interface ArkiRuleViolation {
  rule: string;
  element: string;
  message: string;
  wcag: string;
}

export interface ArkiAudit {
  version: number;
  describe(el: Element): string;
  focusableElements(root: Element | Document): HTMLElement[];
  targetSize(root: Element | Document, options?: { min?: number }): TargetSizeResult;
  reflow(doc?: Document): ReflowResult;
  applyTextSpacing(root?: Element | Document): () => void;
  textSpacing(root?: Element | Document): Promise<TextSpacingResult>;
  focus: {
    prepare(root: Element | Document): number;
    unfocused(i: number): Promise<Clip>;
    viewportClip(): Clip;
    focused(i: number): Omit<FocusResult, 'pixels' | 'measuredBy' | 'pass' | 'stretch' | 'stylePass'> & { signature: string; clip: Clip; gone: boolean; trapped: boolean };
    unfocus(i: number): Promise<boolean>;
    measure(i: number, unfocused?: string | null, focused?: string | null, clip?: Clip | null): Promise<FocusResult>;
    boundaryTargets(i: number): BoundaryTargets;
    boundaryOf(png: string, clip: Clip, boxes: Clip[]): Promise<{ present: boolean; boxes: { present: boolean; sides: Record<string, number> }[] }>;
    element(i: number): HTMLElement;
    blurAll(): void;
  };
  arkiRules(doc?: Document): ArkiRuleViolation[];
  ibm(root?: Element | Document, options?: { policy?: string; ignore?: string[] }): Promise<{ violations: IbmResult[]; review: IbmResult[] }>;
}

declare global {
  interface Window {
    arkiAudit?: ArkiAudit;
    ace?: unknown;
  }
}

function loadScript(src: string, doc: Document = document): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = doc.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    doc.head.append(s);
  });
}

let loading: Promise<ArkiAudit> | undefined;

/** Loads bin/lib/page-*.js once and returns the API. */
export function loadPageChecks(): Promise<ArkiAudit> {
  loading ??= (async () => {
    for (const f of ['page-checks', 'page-focus', 'page-rules']) await loadScript(`/bin/lib/${f}.js`);
    return window.arkiAudit!;
  })();
  return loading;
}

let loadingIbm: Promise<void> | undefined;

/** Loads the IBM Equal Access engine (accessibility-checker-engine's ace.js, ~700 KB) once. */
export function loadIbm(): Promise<void> {
  loadingIbm ??= loadScript('/node_modules/accessibility-checker-engine/ace.js');
  return loadingIbm;
}
