// Accessibility pages for auditors, generated from docs/accessibility/data/<component>.json:
//   docs/accessibility/<component>.md        criteria, how met, how verified, known issues, test plan
//   docs/accessibility/components.md         every component in src/components, documented or not
//   docs/accessibility/statement.{fi,sv,en}.md  a fragment for a municipality's accessibility statement
//   stories/accessibility/<component>.mdx    the same page in Storybook (Accessibility/…)
// A component without a data file is listed as "not yet documented", so the gap stays visible.
//
// Usage: node scripts/a11y-docs.mjs [--check]   (--check: fail if a generated file is out of date)
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { storyId } from './story-id.mjs';

const DOCS = 'docs/accessibility';
const DATA = `${DOCS}/data`;
const MDX = 'stories/accessibility';
const check = process.argv.includes('--check');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** WCAG 2.2 success criteria at levels A and AA (4.1.1 was removed in 2.2), and 2.4.13 as the stretch. */
const WCAG = Object.fromEntries(`1.1.1 A Non-text Content
1.2.1 A Audio-only and Video-only (Prerecorded)
1.2.2 A Captions (Prerecorded)
1.2.3 A Audio Description or Media Alternative (Prerecorded)
1.2.4 AA Captions (Live)
1.2.5 AA Audio Description (Prerecorded)
1.3.1 A Info and Relationships
1.3.2 A Meaningful Sequence
1.3.3 A Sensory Characteristics
1.3.4 AA Orientation
1.3.5 AA Identify Input Purpose
1.4.1 A Use of Color
1.4.2 A Audio Control
1.4.3 AA Contrast (Minimum)
1.4.4 AA Resize Text
1.4.5 AA Images of Text
1.4.10 AA Reflow
1.4.11 AA Non-text Contrast
1.4.12 AA Text Spacing
1.4.13 AA Content on Hover or Focus
2.1.1 A Keyboard
2.1.2 A No Keyboard Trap
2.1.4 A Character Key Shortcuts
2.2.1 A Timing Adjustable
2.2.2 A Pause, Stop, Hide
2.3.1 A Three Flashes or Below Threshold
2.4.1 A Bypass Blocks
2.4.2 A Page Titled
2.4.3 A Focus Order
2.4.4 A Link Purpose (In Context)
2.4.5 AA Multiple Ways
2.4.6 AA Headings and Labels
2.4.7 AA Focus Visible
2.4.11 AA Focus Not Obscured (Minimum)
2.4.13 AAA Focus Appearance
2.5.1 A Pointer Gestures
2.5.2 A Pointer Cancellation
2.5.3 A Label in Name
2.5.4 A Motion Actuation
2.5.7 AA Dragging Movements
2.5.8 AA Target Size (Minimum)
3.1.1 A Language of Page
3.1.2 AA Language of Parts
3.2.1 A On Focus
3.2.2 A On Input
3.2.3 AA Consistent Navigation
3.2.4 AA Consistent Identification
3.2.6 A Consistent Help
3.3.1 A Error Identification
3.3.2 A Labels or Instructions
3.3.3 AA Error Suggestion
3.3.4 AA Error Prevention (Legal, Financial, Data)
3.3.7 A Redundant Entry
3.3.8 AA Accessible Authentication (Minimum)
4.1.2 A Name, Role, Value
4.1.3 AA Status Messages`.split('\n').map((l) => { const [sc, level, ...name] = l.split(' '); return [sc, { level, name: name.join(' ') }]; }));

/** The automated checks a criterion can name (docs/accessibility/README.md describes each). */
const CHECKS = {
  axe: 'axe-core, every story, Chromium/Firefox/WebKit; colour rules also in dark and contrast mode, Chromium (sweep 1)',
  ibm: 'IBM Equal Access WCAG_2_2, every story, 3 engines (sweep 2)',
  'target-size': 'target size measured, every story, 3 engines (sweep 3)',
  reflow: 'reflow at 320 CSS px, every story, 3 engines (sweep 4)',
  'text-spacing': 'WCAG 1.4.12 text spacing, every story, 3 engines (sweep 5)',
  'forced-colors': 'forced colours: boundaries and focus by screenshot, Chromium (sweep 6)',
  focus: 'focus indicator measured, every story, 3 engines (sweep 7)',
  'aria-snapshot': 'accessibility-tree snapshot of every story, Chromium (sweep 8, test/aria-snapshots/)',
  unit: 'component tests in 3 engines (test/components/<name>.test.ts)',
  contrast: 'token contrast table, every brand × mode (scripts/contrast.mjs)',
};

/** Manual test setups, in the order results are shown. */
const SETUPS = {
  'nvda-firefox': 'NVDA + Firefox (Windows)',
  'jaws-chrome': 'JAWS + Chrome (Windows)',
  'vo-macos': 'VoiceOver + Safari (macOS)',
  'vo-ios': 'VoiceOver + Safari (iOS)',
  'talkback-chrome': 'TalkBack + Chrome (Android)',
  voice: 'Voice control (Voice Control on macOS/iOS, Voice Access on Android, Dragon on Windows)',
  'zoom-400': '400 % zoom (1280 px wide window = 320 CSS px)',
  'forced-colors': 'Windows contrast themes (forced colours) in Edge/Chrome and Firefox',
};
const RESULTS = ['Passed', 'Failed', 'Not yet tested'];

const errors = [];
const fail = (file, msg) => errors.push(`${file}: ${msg}`);

// ---- Story ids, to check that a test plan points at stories that exist ----------------------
const storyIds = new Set();
for (const f of existsSync('stories') ? readdirSync('stories', { recursive: true }).filter((n) => n.endsWith('.stories.ts')) : []) {
  const src = readFileSync(path.join('stories', f), 'utf8');
  // The meta's title (a story's own data may have titles of its own).
  const title = /^const meta\b[^=]*=\s*\{[\s\S]*?^\s+title:\s*'([^']+)'/m.exec(src)?.[1];
  if (!title) continue;
  for (const m of src.matchAll(/^export const (\w+)/gm)) storyIds.add(storyId(title, m[1]));
}

// ---- Load and validate the data ---------------------------------------------------------------
const components = readdirSync('src/components', { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(`src/components/${d.name}/${d.name}.ts`)).map((d) => d.name).sort();
const data = new Map();
for (const file of existsSync(DATA) ? readdirSync(DATA).filter((f) => f.endsWith('.json')).sort() : []) {
  const where = `${DATA}/${file}`;
  let d;
  try { d = JSON.parse(readFileSync(where, 'utf8')); } catch (e) { fail(where, `not JSON: ${e.message}`); continue; }
  if (d.component !== file.replace(/\.json$/, '')) fail(where, `"component" must be "${file.replace(/\.json$/, '')}"`);
  if (!components.includes(d.component)) fail(where, `no src/components/${d.component}/${d.component}.ts`);
  for (const c of d.criteria ?? []) {
    if (!WCAG[c.sc]) fail(where, `unknown WCAG 2.2 criterion ${c.sc}`);
    for (const a of c.automated ?? []) if (!CHECKS[a]) fail(where, `${c.sc}: unknown automated check "${a}" (known: ${Object.keys(CHECKS).join(', ')})`);
    if (!c.how) fail(where, `${c.sc}: say how the component meets it`);
  }
  for (const k of d.knownIssues ?? []) for (const lang of ['fi', 'sv', 'en']) if (!k[lang]) fail(where, `known issue ${k.id}: missing ${lang} text`);
  for (const t of d.testPlan ?? []) {
    if (storyIds.size && !storyIds.has(t.story)) fail(where, `test plan ${t.id}: no story "${t.story}"`);
    for (const s of Object.keys(t.expected ?? {})) if (!SETUPS[s]) fail(where, `test plan ${t.id}: unknown setup "${s}"`);
  }
  for (const r of d.results ?? []) {
    if (!SETUPS[r.setup]) fail(where, `result for unknown setup "${r.setup}"`);
    if (!RESULTS.includes(r.result)) fail(where, `result "${r.result}" must be one of ${RESULTS.join(', ')}`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.date ?? '')) fail(where, `${r.setup}: a result needs a date (YYYY-MM-DD)`);
    // Never "Passed" (or "Failed") without a real test: who tested, with which versions.
    if (r.result !== 'Not yet tested' && (!r.tester || !r.versions)) fail(where, `${r.setup}: "${r.result}" needs "tester" and "versions" (e.g. "NVDA 2025.3, Firefox 140")`);
  }
  data.set(d.component, d);
}

// ---- Rendering ---------------------------------------------------------------------------------
/** Table-safe and HTML-safe: "<button>" in a description must not become a button in the page. */
const esc = (s) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/_/g, '\\_').replace(/\n/g, ' ');
const anchor = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
const scLink = (sc) => `[${sc}](https://www.w3.org/WAI/WCAG22/quickref/#${anchor(WCAG[sc]?.name ?? sc)})`;
const GENERATED = '<!-- Generated by scripts/a11y-docs.mjs from docs/accessibility/data/. Edit the data file, not this page. -->';

function resultSummary(d) {
  const counts = Object.fromEntries(RESULTS.map((r) => [r, (d?.results ?? []).filter((x) => x.result === r).length]));
  return RESULTS.filter((r) => counts[r]).map((r) => `${counts[r]} ${r.toLowerCase()}`).join(', ') || 'no results recorded';
}

function componentPage(name) {
  const d = data.get(name);
  const tag = `arki-${name}`;
  if (!d) {
    return `${GENERATED}
# \`<${tag}>\`: accessibility (not yet documented)

This component has no accessibility data file yet (\`${DATA}/${name}.json\`), so there is no
criteria table, known-issue list or manual test plan for it. Until there is:

- its stories still run through every automated check of the story sweep (axe, IBM Equal Access,
  target size, reflow, text spacing, focus visible, forced colours) in Chromium, Firefox and WebKit;
- **no manual test has been recorded**: treat it as not yet tested with assistive technologies.

See [README.md](README.md) for how to add the data file.
`;
  }
  const criteria = [...d.criteria].sort((a, b) => a.sc.localeCompare(b.sc, 'en', { numeric: true }));
  // A part of another component (tab, tab-panel, accordion-item) is tested in its parent's file.
  const testFile = existsSync(`test/components/${name}.test.ts`) ? `${name}.test.ts`
    : readdirSync('test/components').find((f) => f.endsWith('.test.ts') && readFileSync(`test/components/${f}`, 'utf8').includes(`<arki-${name}`)) ?? `${name}.test.ts`;
  const checkName = (a) => esc(CHECKS[a].replace('<name>.test.ts', testFile));
  const rows = criteria.map((c) => `| ${scLink(c.sc)} ${esc(WCAG[c.sc]?.name)} | ${WCAG[c.sc]?.level} | ${esc(c.how)} | ${(c.automated ?? []).map(checkName).join('<br>') || '—'} | ${esc(c.manual) || '—'} |`);
  const issues = (d.knownIssues ?? []).map((k) => `- **${esc(k.id)}** (${(k.criteria ?? []).map(scLink).join(', ')}; ${k.status ?? 'open'}): ${esc(k.en)}`);
  const plan = (d.testPlan ?? []).map((t) => [
    `### ${t.id}. ${esc(t.task)}`,
    '',
    `Story: \`${t.story}\``,
    '',
    '| Setup | Expected |',
    '|---|---|',
    ...Object.entries(t.expected ?? {}).map(([s, e]) => `| ${esc(SETUPS[s])} | ${esc(e)} |`),
    '',
  ].join('\n'));
  const results = Object.keys(SETUPS).map((s) => {
    const r = (d.results ?? []).find((x) => x.setup === s) ?? { result: 'Not yet tested', date: d.reviewed };
    return `| ${esc(SETUPS[s])} | ${r.result} | ${r.date ?? '—'} | ${esc(r.tester) || '—'} | ${esc(r.versions) || '—'} | ${esc(r.notes) || ''} |`;
  });
  return `${GENERATED}
# \`<${tag}>\`: accessibility

${esc(d.summary)}

Target: WCAG 2.2 level AA (EN 301 549). Data reviewed ${d.reviewed}. Manual results: ${resultSummary(d)}.

## WCAG 2.2 criteria that apply, how they are met and verified

| Criterion | Level | How the component meets it | Verified automatically by | Still needs a manual check |
|---|---|---|---|---|
${rows.join('\n')}

Criteria not listed (for example 1.2.x media, 2.4.2 Page Titled, 3.3.8 authentication) do not
apply to this component on its own; they apply to the page that uses it.

## Known issues

${issues.length ? issues.join('\n') : 'None known. Automated results that need review are in `reports/a11y-review.json` after `npm test`.'}

## What the page author must do

${(d.guidance ?? []).map((g) => `- ${esc(g)}`).join('\n') || '- Nothing beyond using the component as documented.'}

## Manual test plan

Screen readers with their English voice: role words are localised in other languages (for example
"painike", "linkki" in Finnish); the names come from the Finnish story content.

${plan.join('\n')}
## Manual test results

Never "Passed" without a real test: a result names who tested, when, and with which versions.

| Setup | Result | Date | Tester | Versions | Notes |
|---|---|---|---|---|---|
${results.join('\n')}
`;
}

function indexPage() {
  const rows = components.map((c) => {
    const d = data.get(c);
    return d
      ? `| [\`arki-${c}\`](${c}.md) | documented (${d.reviewed}) | ${d.criteria.length} | ${(d.knownIssues ?? []).length} | ${resultSummary(d)} |`
      : `| [\`arki-${c}\`](${c}.md) | **not yet documented** | — | — | not yet tested |`;
  });
  return `${GENERATED}
# Components: accessibility pages

${data.size} of ${components.length} components documented. Every component, documented or not, is
covered by the automated story sweep in Chromium, Firefox and WebKit.

| Component | Page | WCAG criteria | Known issues | Manual results |
|---|---|---|---|---|
${rows.join('\n')}
`;
}

const STATEMENT = {
  fi: {
    title: 'Palvelussa käytetyt Arki-komponentit',
    intro: (v) => `Palvelussa käytetyt Arki-komponentit (@arki/ui ${v}) on suunniteltu täyttämään WCAG 2.2 -ohjeiston A- ja AA-tason vaatimukset (EN 301 549). Jokainen muutos testataan automaattisesti Chromium-, Firefox- ja WebKit-selaimissa: axe-core, IBM Equal Access, kohteiden koko, sisällön mukautuminen 320 CSS-pikselin levyyn, tekstin välistys ja näppäimistökohdistuksen näkyvyys, sekä Chromiumissa pakotetut värit.`,
    manual: (n, t) => t ? `Komponenttien manuaalisia testejä avustavilla teknologioilla on kirjattu ${t} kappaletta (katso komponenttien saavutettavuussivut).` : `Komponentteja ei ole vielä testattu ruudunlukijoilla, puheohjauksella eikä 400 %:n suurennuksella (tilanne ${n}). Automaattiset testit eivät yksin riitä vaatimustenmukaisuuden osoittamiseen.`,
    issues: 'Tunnetut puutteet',
    none: 'Komponenteissa ei ole tiedossa olevia puutteita.',
    undocumented: (list) => `Seuraavien komponenttien saavutettavuutta ei ole vielä dokumentoitu, eikä niitä ole testattu manuaalisesti: ${list}.`,
    page: 'Palvelun oma sisältö (tekstit, kuvat, lomakkeiden ohjeet ja sivujen rakenne) on palvelun vastuulla, ja se arvioidaan palvelun omassa saavutettavuusselosteessa.',
  },
  sv: {
    title: 'Arki-komponenter som används i tjänsten',
    intro: (v) => `Arki-komponenterna som används i tjänsten (@arki/ui ${v}) är utformade för att uppfylla kraven på nivå A och AA i WCAG 2.2 (EN 301 549). Varje ändring testas automatiskt i webbläsarna Chromium, Firefox och WebKit: axe-core, IBM Equal Access, målstorlek, anpassning till 320 CSS-pixlars bredd, textavstånd och synligt tangentbordsfokus, samt i Chromium påtvingade färger.`,
    manual: (n, t) => t ? `${t} manuella tester av komponenterna med hjälpmedel har registrerats (se komponenternas tillgänglighetssidor).` : `Komponenterna har ännu inte testats med skärmläsare, röststyrning eller 400 % förstoring (läge ${n}). Automatiska tester räcker inte ensamma för att visa överensstämmelse.`,
    issues: 'Kända brister',
    none: 'Det finns inga kända brister i komponenterna.',
    undocumented: (list) => `Tillgängligheten hos följande komponenter har ännu inte dokumenterats, och de har inte testats manuellt: ${list}.`,
    page: 'Tjänstens eget innehåll (texter, bilder, anvisningar i formulär och sidornas struktur) är tjänstens ansvar och bedöms i tjänstens egen tillgänglighetsredogörelse.',
  },
  en: {
    title: 'Arki components used in the service',
    intro: (v) => `The Arki components used in the service (@arki/ui ${v}) are designed to meet the level A and AA requirements of WCAG 2.2 (EN 301 549). Every change is tested automatically in the Chromium, Firefox and WebKit browser engines: axe-core, IBM Equal Access, target size, reflow to 320 CSS pixels, text spacing and visible keyboard focus, and forced colours in Chromium.`,
    manual: (n, t) => t ? `${t} manual tests of the components with assistive technologies have been recorded (see the components' accessibility pages).` : `The components have not yet been tested with screen readers, voice control or 400 % zoom (status ${n}). Automated tests alone cannot show conformance.`,
    issues: 'Known limitations',
    none: 'There are no known limitations in the components.',
    undocumented: (list) => `The accessibility of the following components has not yet been documented, and they have not been tested manually: ${list}.`,
    page: "The service's own content (texts, images, form instructions and page structure) is the service's responsibility and is assessed in the service's own accessibility statement.",
  },
};

function statement(lang) {
  const s = STATEMENT[lang];
  const tested = [...data.values()].flatMap((d) => d.results ?? []).filter((r) => r.result !== 'Not yet tested').length;
  const reviewed = [...data.values()].map((d) => d.reviewed).sort().at(-1);
  const latest = reviewed ? new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(reviewed)) : '—';
  const issues = [...data.values()].flatMap((d) => (d.knownIssues ?? []).filter((k) => k.status !== 'fixed').map((k) => `- \`arki-${d.component}\` (WCAG ${(k.criteria ?? []).join(', ')}): ${esc(k[lang])}`));
  const undocumented = components.filter((c) => !data.has(c)).map((c) => `arki-${c}`);
  return `<!-- Generated by scripts/a11y-docs.mjs: copy this section into the service's accessibility statement. -->
## ${s.title}

${s.intro(pkg.version)}

${s.manual(latest, tested)}

### ${s.issues}

${issues.length ? issues.join('\n') : s.none}
${undocumented.length ? `\n${s.undocumented(undocumented.join(', '))}\n` : ''}
${s.page}
`;
}

const mdx = (name, d) => `{/* Generated by scripts/a11y-docs.mjs. */}
import { Meta, Markdown } from '@storybook/addon-docs/blocks';
import page from '../../docs/accessibility/${name}.md?raw';

<Meta title="Accessibility/${d ? d.name.en : 'Components'}" />

<Markdown>{page}</Markdown>
`;

// ---- Write (or check) ---------------------------------------------------------------------------
const outputs = new Map();
for (const c of components) outputs.set(`${DOCS}/${c}.md`, componentPage(c));
outputs.set(`${DOCS}/components.md`, indexPage());
for (const lang of ['fi', 'sv', 'en']) outputs.set(`${DOCS}/statement.${lang}.md`, statement(lang));
outputs.set(`${MDX}/components.mdx`, mdx('components', null));
for (const [c, d] of data) outputs.set(`${MDX}/${c}.mdx`, mdx(c, d));

if (errors.length) {
  console.error(`a11y-docs: ${errors.length} problem(s) in the data:\n${errors.map((e) => `  ${e}`).join('\n')}`);
  process.exit(1);
}
const stale = [];
for (const [file, text] of outputs) {
  const now = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (now === text) continue;
  stale.push(file);
  if (!check) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
// Pages of components that no longer exist.
const ours = (dir, ext) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => `${dir}/${f}`) : []);
const obsolete = [...ours(DOCS, '.md'), ...ours(MDX, '.mdx')]
  .filter((f) => !outputs.has(f) && !f.endsWith('/README.md') && readFileSync(f, 'utf8').includes('Generated by scripts/a11y-docs.mjs'));
for (const f of obsolete) {
  stale.push(`${f} (obsolete)`);
  if (!check) rmSync(f);
}
const undocumented = components.filter((c) => !data.has(c));
if (check && stale.length) {
  console.error(`a11y-docs: out of date (run node scripts/a11y-docs.mjs):\n${stale.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`a11y-docs: ${data.size}/${components.length} components documented; not yet documented: ${undocumented.join(', ') || 'none'}; ${check ? 'up to date' : `${stale.length} file(s) written`}`);
