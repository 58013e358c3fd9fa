import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/step-guide/step-guide.js';
import type { StepGuideStep } from '../src/components/step-guide/step-guide.js';

const fi: StepGuideStep[] = [
  {
    title: 'Tarkista, voitko saada asumistukea',
    contents: [
      { type: 'paragraph', text: 'Asumistukea voi saada pienituloinen ruokakunta, joka asuu vuokralla tai omistusasunnossa.' },
      { type: 'list', items: [{ text: 'Laske tuen määrä laskurilla', href: '#laskuri' }, { text: 'Lue tuen ehdot', href: '#ehdot' }] },
    ],
  },
  {
    title: 'Hae asumistukea',
    current: true,
    contents: [
      { type: 'paragraph', text: 'Hae verkossa tai paperilomakkeella. Verkossa käsittely on nopeampaa.' },
      { type: 'list', items: [{ text: 'Täytä hakemus verkossa', href: '#hakemus', current: true }, { text: 'Käsittelyaika', context: 'noin 4 viikkoa' }] },
    ],
  },
  {
    title: 'Liitä hakemukseen tositteet',
    logic: 'and',
    contents: [{ type: 'list', items: [{ text: 'Vuokrasopimus' }, { text: 'Tuloselvitys', href: '#tulot' }] }],
  },
  {
    title: 'Hae paperilomakkeella',
    logic: 'or',
    contents: [{ type: 'list', style: 'choice', items: [{ text: 'Tulosta lomake', href: '#lomake', context: 'PDF, 120 kt' }, { text: 'Hae lomake palvelupisteestä', href: '#palvelupisteet' }] }],
  },
  { title: 'Odota päätöstä', contents: [{ type: 'paragraph', text: 'Päätös lähetetään sinulle postitse ja näkyy verkkoasioinnissa.' }] },
];

const sv: StepGuideStep[] = [
  { title: 'Kontrollera om du kan få bostadsbidrag', contents: [{ type: 'list', items: [{ text: 'Räkna ut bidraget', href: '#kalkylator' }] }] },
  { title: 'Ansök om bostadsbidrag', current: true, contents: [{ type: 'list', items: [{ text: 'Fyll i ansökan på nätet', href: '#ansokan', current: true }] }] },
  { title: 'Bifoga verifikat', logic: 'and', contents: [{ type: 'paragraph', text: 'Hyresavtal och inkomstutredning.' }] },
  { title: 'Ansök med pappersblankett', logic: 'or', contents: [{ type: 'list', style: 'choice', items: [{ text: 'Skriv ut blanketten', href: '#blankett' }] }] },
  { title: 'Vänta på beslut', contents: [{ type: 'paragraph', text: 'Beslutet skickas per post.' }] },
];

const en: StepGuideStep[] = [
  { title: 'Check if you can get housing allowance', contents: [{ type: 'list', items: [{ text: 'Estimate the allowance', href: '#calculator' }] }] },
  { title: 'Apply for housing allowance', current: true, contents: [{ type: 'list', items: [{ text: 'Fill in the application online', href: '#apply', current: true }] }] },
  { title: 'Attach documents', logic: 'and', contents: [{ type: 'paragraph', text: 'Tenancy agreement and proof of income.' }] },
  { title: 'Apply on a paper form', logic: 'or', contents: [{ type: 'list', style: 'choice', items: [{ text: 'Print the form', href: '#form' }] }] },
  { title: 'Wait for the decision', contents: [{ type: 'paragraph', text: 'The decision is sent by post.' }] },
];

interface Args {
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'Components/Step guide',
  component: 'arki-step-guide',
  args: { headingLevel: 2 },
  argTypes: { headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] } },
  render: (a) => html`<arki-step-guide heading-level=${a.headingLevel} label="Asumistuki vaihe vaiheelta" .steps=${fi}></arki-step-guide>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Step 2 is current: open, marked "Olet tässä" and `aria-current="step"`; "ja"/"tai" steps have no number. */
export const Default: Story = { name: 'Current step' };
export const AllOpen: Story = {
  name: 'All steps open',
  render: () => html`<arki-step-guide .steps=${fi.map((s) => ({ ...s, open: true }))}></arki-step-guide>`,
};
export const NoCurrent: Story = {
  name: 'No current step (all closed)',
  render: () => html`<arki-step-guide .steps=${fi.map((s) => ({ ...s, current: false }))}></arki-step-guide>`,
};
/** Extra markup for a step goes in the slot `step-<n>`. */
export const WithSlottedContent: Story = {
  name: 'Extra content in a step (slot)',
  render: () => html`<arki-step-guide heading-level="3" .steps=${fi}>
    <p slot="step-2">Tarvitsetko apua hakemuksen kanssa? <a href="#digituki">Varaa aika digitukeen</a>.</p>
  </arki-step-guide>`,
};
export const Swedish: Story = { name: 'Svenska', render: () => html`<div lang="sv"><arki-step-guide .steps=${sv}></arki-step-guide></div>` };
export const English: Story = { name: 'English', render: () => html`<div lang="en"><arki-step-guide .steps=${en}></arki-step-guide></div>` };
