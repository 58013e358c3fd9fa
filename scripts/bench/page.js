// In-page half of the benchmark (plain script, run after the bundle). Each function is timed
// from inside the page so that the driver's round trips are not counted.
/* global document, performance, requestAnimationFrame, setTimeout, FormData, window */

const nativeCss = `
  .group { margin-block-end: 1.5rem; font-family: system-ui, sans-serif; }
  .group label { display: block; font-weight: 600; margin-block-end: 0.25rem; }
  .group input { box-sizing: border-box; inline-size: 100%; min-block-size: 2.75rem; padding: 0.25rem 0.5rem;
    border: 2px solid #0b0c0c; border-radius: 4px; font: inherit; }
  .group input:focus { outline: 3px solid #fd0; }
`;

/** Waits until a frame has been produced after the current DOM work. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

window.benchRender = async (kind, n) => {
  const form = document.createElement('form');
  form.id = 'bench-form';
  if (kind === 'native') {
    const style = document.createElement('style');
    style.textContent = nativeCss;
    document.head.append(style);
  }
  await nextFrame();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    if (kind === 'native') {
      const group = document.createElement('div');
      group.className = 'group';
      const label = document.createElement('label');
      label.htmlFor = `f${i}`;
      label.textContent = `Kenttä ${i + 1}`;
      const input = document.createElement('input');
      input.id = `f${i}`;
      input.name = `f${i}`;
      input.type = 'text';
      group.append(label, input);
      form.append(group);
    } else {
      const field = document.createElement(kind === 'arki' ? 'arki-text-field' : 'bare-lit-field');
      field.setAttribute('label', `Kenttä ${i + 1}`);
      field.setAttribute('name', `f${i}`);
      form.append(field);
    }
  }
  document.body.append(form);
  if (kind !== 'native') {
    const fields = form.children;
    const pending = [];
    for (let i = 0; i < fields.length; i++) pending.push(fields[i].updateComplete);
    await Promise.all(pending);
    // Every shadow root must hold its input: a field that did not render fails the run.
    for (let i = 0; i < fields.length; i++) if (!fields[i].shadowRoot?.querySelector('input')) throw new Error(`field ${i} did not render`);
  }
  void form.offsetHeight; // style and layout, synchronously
  await nextFrame(); // and a frame
  return performance.now() - t0;
};

/** Gives every field a value, then times `new FormData(form)` (median of `reps` batches). */
window.benchFormData = async (kind, reps) => {
  const form = document.getElementById('bench-form');
  if (kind === 'native') {
    form.querySelectorAll('input').forEach((input, i) => (input.value = `Arvo ${i}`));
  } else {
    const fields = [...form.children];
    fields.forEach((f, i) => (f.value = `Arvo ${i}`));
    await Promise.all(fields.map((f) => f.updateComplete));
  }
  // Batches of builds: one build of 500 entries is below the page's timer resolution.
  const batch = 20;
  const times = [];
  let entries = 0;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    for (let k = 0; k < batch; k++) entries = [...new FormData(form).keys()].length;
    times.push((performance.now() - t0) / batch);
  }
  if (entries !== form.children.length) throw new Error(`FormData has ${entries} entries for ${form.children.length} fields`);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
};
