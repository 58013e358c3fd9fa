// arki-audit's report as text (for a terminal and CI logs), JSON (for tools) or HTML (for people).

const status = { pass: 'PASS', fail: 'FAIL', skipped: 'SKIPPED', error: 'ERROR' };

function text(r) {
  const lines = [`arki-audit ${r.url}`, `${r.browser} (${r.engine}), ${r.date}`, ''];
  for (const c of r.checks) {
    lines.push(`${status[c.status].padEnd(8)} ${c.name}${c.note ? `  [${c.note}]` : ''} (${c.seconds} s)`);
    for (const v of c.violations) {
      lines.push(`  ✗ ${v.rule}${v.impact ? ` (${v.impact})` : ''}: ${v.message}${v.wcag ? `  [WCAG ${v.wcag}]` : ''}`);
      for (const t of (v.targets ?? []).filter(Boolean).slice(0, 5)) lines.push(`      ${t}`);
    }
    if (c.review.length) lines.push(`  ? ${c.review.length} result(s) to review by a person (see --format json or html)`);
  }
  const review = r.checks.reduce((n, c) => n + c.review.length, 0);
  lines.push('', `${r.violations} violation(s), ${review} to review, ${r.errors} check error(s), ${r.checks.filter((c) => c.status === 'skipped').length} skipped in ${r.engine}.`);
  lines.push('Automated checks find a part of the problems: test with a keyboard, screen readers and zoom as well.');
  return `${lines.join('\n')}\n`;
}

const esc = (s) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function html(r) {
  const review = r.checks.reduce((n, c) => n + c.review.length, 0);
  const list = (items, kind) => (items.length ? `<ul>${items.map((v) => `<li><strong>${esc(v.rule)}</strong>${v.kind && kind === 'review' ? ` (${esc(v.kind)})` : ''}: ${esc(v.message)}${v.wcag ? ` <span class="wcag">WCAG ${esc(v.wcag)}</span>` : ''}${(v.targets ?? []).filter(Boolean).length ? `<ul>${v.targets.filter(Boolean).slice(0, 10).map((t) => `<li><code>${esc(t)}</code></li>`).join('')}</ul>` : ''}</li>`).join('')}</ul>` : '');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${r.violations ? `${r.violations} violations` : 'No violations'}: arki-audit of ${esc(r.url)}</title>
<style>
  body { font: 1rem/1.5 system-ui, sans-serif; margin: 0 auto; padding: 1rem; max-width: 60rem; color: #1f2329; background: #fff; }
  h2 { border-top: 2px solid #ced1d5; padding-top: 0.5rem; }
  .fail { color: #ac0311; } .pass { color: #006e30; } .skipped, .error { color: #864900; }
  code { overflow-wrap: anywhere; } .wcag { color: #50565c; }
  details { margin-block: 0.5rem; }
</style>
</head>
<body>
<main>
<h1>arki-audit report</h1>
<p><a href="${esc(r.url)}">${esc(r.url)}</a><br>${esc(r.browser)} (${esc(r.engine)}), ${esc(r.date)}</p>
<p><strong>${r.violations} violation(s)</strong>, ${review} result(s) to review, ${r.errors} check error(s).
Automated checks find a part of the problems: test with a keyboard, screen readers and zoom as well.</p>
${r.checks.map((c) => `<section aria-labelledby="c-${esc(c.id)}">
<h2 id="c-${esc(c.id)}">${esc(c.name)}: <span class="${c.status}">${status[c.status]}</span></h2>
${c.note ? `<p>${esc(c.note)}</p>` : ''}${list(c.violations, 'violation')}
${c.review.length ? `<details><summary>${c.review.length} result(s) to review</summary>${list(c.review, 'review')}</details>` : ''}
</section>`).join('\n')}
</main>
</body>
</html>
`;
}

export function formatReport(report, format) {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'html') return html(report);
  return text(report);
}
