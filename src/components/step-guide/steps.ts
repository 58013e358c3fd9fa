/**
 * The data of a step-by-step guide, in the shape of GOV.UK's step-by-step navigation content
 * (steps with `logic`, paragraphs and lists of links), and its tolerant parser: bad parts are
 * dropped with one warning each, never thrown. Link targets go through the data layer's URL
 * check (http(s) or a root-relative path; `javascript:` and the like are dropped).
 * @since 0.1.0
 */
import { at, isRecord, parseString, parseUrl, show, warn, type Warnings } from '../../data/parse-utils.js';
import type { ParseResult } from '../../data/index.js';

export interface StepGuideLink {
  text: string;
  /** Without `href` the item is plain text (e.g. "Odota päätöstä"). */
  href?: string;
  /** A short note after the link, e.g. a fee: "60 €". */
  context?: string;
  /** The page the user is on: marked `aria-current="page"`. */
  current?: boolean;
}

export type StepGuideContent =
  | { type: 'paragraph'; text: string }
  /** `choice`: bulleted alternatives ("one of these"); `required` (default): all of these. */
  | { type: 'list'; style?: 'required' | 'choice'; items: StepGuideLink[] };

export interface StepGuideStep {
  title: string;
  /** Done together with (`and`) or instead of (`or`) the step before: shows "ja"/"tai" instead of a number. */
  logic?: 'and' | 'or';
  /** The step the user is at: marked with `aria-current="step"` and "Olet tässä", and open at first. */
  current?: boolean;
  /** Open at first. */
  open?: boolean;
  contents?: StepGuideContent[];
}

function readLink(w: Warnings, path: string, value: unknown): StepGuideLink | undefined {
  if (typeof value === 'string' && value.trim()) return { text: value.trim() };
  if (!isRecord(value)) {
    warn(w, path, `expected a link object, got ${show(value)}; dropped`);
    return undefined;
  }
  const text = parseString(w, at(path, 'text'), value['text']);
  if (!text) {
    warn(w, path, 'a list item needs text; dropped');
    return undefined;
  }
  const link: StepGuideLink = { text };
  const href = parseUrl(w, at(path, 'href'), value['href']);
  if (href) link.href = href;
  const context = parseString(w, at(path, 'context'), value['context']);
  if (context) link.context = context;
  if (value['current'] === true) link.current = true;
  return link;
}

function readContent(w: Warnings, path: string, value: unknown): StepGuideContent | undefined {
  if (!isRecord(value)) {
    warn(w, path, `expected a paragraph or list object, got ${show(value)}; dropped`);
    return undefined;
  }
  if (value['type'] === 'paragraph') {
    const text = parseString(w, at(path, 'text'), value['text']);
    return text ? { type: 'paragraph', text } : undefined;
  }
  if (value['type'] === 'list') {
    const raw = Array.isArray(value['items']) ? value['items'] : [];
    const items = raw.map((v, i) => readLink(w, at(at(path, 'items'), i), v)).filter((v): v is StepGuideLink => !!v);
    if (!items.length) {
      warn(w, path, 'a list needs items; dropped');
      return undefined;
    }
    const style = value['style'];
    if (style !== undefined && style !== 'required' && style !== 'choice') warn(w, at(path, 'style'), `expected "required" or "choice", got ${show(style)}; using "required"`);
    return { type: 'list', style: style === 'choice' ? 'choice' : 'required', items };
  }
  warn(w, at(path, 'type'), `expected "paragraph" or "list", got ${show(value['type'])}; dropped`);
  return undefined;
}

function readStep(w: Warnings, path: string, value: unknown, index: number): StepGuideStep | undefined {
  if (!isRecord(value)) {
    warn(w, path, `expected a step object, got ${show(value)}; dropped`);
    return undefined;
  }
  const title = parseString(w, at(path, 'title'), value['title']);
  if (!title) {
    warn(w, path, 'a step needs a title; dropped');
    return undefined;
  }
  const step: StepGuideStep = { title };
  const logic = value['logic'];
  if (logic === 'and' || logic === 'or') {
    if (index === 0) warn(w, at(path, 'logic'), `the first step cannot be "${logic}" another; numbered instead`);
    else step.logic = logic;
  } else if (logic !== undefined && logic !== null && logic !== 'number') {
    warn(w, at(path, 'logic'), `expected "and" or "or", got ${show(logic)}; numbered instead`);
  }
  if (value['current'] === true) step.current = true;
  if (value['open'] === true) step.open = true;
  const contents = Array.isArray(value['contents']) ? value['contents'] : [];
  step.contents = contents.map((v, i) => readContent(w, at(at(path, 'contents'), i), v)).filter((v): v is StepGuideContent => !!v);
  return step;
}

/** Parses the steps: an array of step objects. */
export function parseSteps(input: unknown, path = 'steps'): ParseResult<StepGuideStep[]> {
  const w: Warnings = [];
  if (!Array.isArray(input)) {
    warn(w, path, `expected an array of steps, got ${show(input)}`);
    return { value: undefined, warnings: w };
  }
  const steps: StepGuideStep[] = [];
  input.forEach((v, i) => {
    const step = readStep(w, at(path, i), v, steps.length);
    if (step) steps.push(step);
  });
  if (steps.filter((s) => s.current).length > 1) warn(w, path, 'more than one step is current; only the first is marked');
  let seen = false;
  for (const s of steps) {
    if (s.current && seen) delete s.current;
    if (s.current) seen = true;
  }
  return { value: steps, warnings: w };
}
