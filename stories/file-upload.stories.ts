import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/file-upload/file-upload.js';
import '../src/components/button/button.js';
import type { ArkiFileUpload } from '../src/components/file-upload/file-upload.js';

interface Args {
  label: string;
  hint: string;
  error: string;
  accept: string;
  maxSize: string;
  maxFiles?: number;
  multiple: boolean;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  marking?: string;
}

/** A stand-in file of the given size (the story only needs the name, type and size). */
const file = (name: string, bytes: number, type = 'application/pdf') => new File([new Uint8Array(bytes)], name, { type, lastModified: 1 });

/** Renders a file upload that already holds files, as after the user chose them. */
function withFiles(attrs: Partial<ArkiFileUpload>, files: File[], lang?: string): HTMLElement {
  const el = Object.assign(document.createElement('arki-file-upload'), { name: 'liitteet' }, attrs);
  el.addFiles(files);
  if (!lang) return el;
  const wrap = document.createElement('div');
  wrap.lang = lang;
  wrap.append(el);
  return wrap;
}

const meta: Meta<Args> = {
  title: 'Forms/File upload',
  component: 'arki-file-upload',
  args: {
    label: 'Ajoneuvon rekisteriote',
    hint: 'PDF, JPG tai PNG, enintään 10 Mt',
    error: '',
    accept: '.pdf,.jpg,.jpeg,.png',
    maxSize: '10MB',
    multiple: false,
    required: false,
    disabled: false,
    readonly: false,
  },
  argTypes: { marking: { control: 'select', options: ['required', 'optional', 'none'] } },
  render: (a) => html`<arki-file-upload
    name="liite"
    label=${a.label}
    hint=${a.hint || nothing}
    error=${a.error || nothing}
    accept=${a.accept || nothing}
    max-size=${a.maxSize || nothing}
    max-files=${ifDefined(a.maxFiles)}
    marking=${ifDefined(a.marking)}
    ?multiple=${a.multiple}
    ?required=${a.required}
    ?disabled=${a.disabled}
    ?readonly=${a.readonly}
  ></arki-file-upload>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = { args: { hint: '', accept: '', maxSize: '' } };
export const WithHint: Story = { name: 'With hint' };
export const Required: Story = { args: { required: true } };
export const Optional: Story = { name: 'Optional (marking="optional")', args: { marking: 'optional' } };
export const Multiple: Story = { args: { label: 'Liitteet', hint: 'Voit lisätä enintään 5 tiedostoa', multiple: true, maxFiles: 5 } };
export const ErrorFromOutside: Story = {
  name: 'Error (from the server)',
  args: { required: true, error: 'Tiedoston tallennus epäonnistui. Valitse tiedosto uudelleen.' },
};
export const Disabled: Story = { args: { disabled: true } };

export const WithFiles: Story = {
  name: 'With files',
  render: () =>
    withFiles({ label: 'Liitteet', hint: 'PDF, JPG tai PNG, enintään 10 Mt', multiple: true, accept: '.pdf,.jpg,.png', maxSize: '10MB' }, [
      file('rekisteriote.pdf', 245_000),
      file('valokuva-ajoneuvosta.jpg', 1_234_567, 'image/jpeg'),
    ]),
};

export const PerFileErrors: Story = {
  name: 'Per-file errors (type, size, empty)',
  render: () =>
    withFiles({ label: 'Liitteet', hint: 'PDF, enintään 1 Mt', multiple: true, accept: '.pdf', maxSize: '1MB' }, [
      file('rekisteriote.pdf', 245_000),
      file('asetukset.exe', 5_000, 'application/x-msdownload'),
      file('skannattu-kauppakirja.pdf', 1_500_000),
      file('tyhja.pdf', 0),
    ]),
};

export const MaxFilesReached: Story = {
  name: 'Max files reached',
  render: () =>
    withFiles({ label: 'Liitteet', hint: 'Enintään 2 tiedostoa', multiple: true, maxFiles: 2 }, [
      file('rekisteriote.pdf', 245_000),
      file('vakuutustodistus.pdf', 98_000),
      file('kolmas.pdf', 12_000),
    ]),
};

export const DisabledWithFiles: Story = {
  name: 'Disabled, with a file',
  render: () => withFiles({ label: 'Ajoneuvon rekisteriote', disabled: true }, [file('rekisteriote.pdf', 245_000)]),
};

export const Readonly: Story = {
  name: 'Read-only, with a file',
  render: () => withFiles({ label: 'Ajoneuvon rekisteriote', readonly: true }, [file('rekisteriote.pdf', 245_000)]),
};

export const LongFileName: Story = {
  name: 'Long file name and markup in a name',
  render: () =>
    withFiles({ label: 'Liitteet', multiple: true }, [
      file('Varhaiskasvatuspaikkahakemuksen_liitteet_tulotiedot_2026_tammikuu_helmikuu_maaliskuu.pdf', 3_400_000),
      file('<script>alert(1)</script>.pdf', 1_000),
    ]),
};

export const Swedish: Story = {
  name: 'Svenska (sv)',
  render: () =>
    withFiles(
      { label: 'Bilagor', hint: 'PDF, högst 1 MB', multiple: true, accept: '.pdf', maxSize: '1MB', required: true },
      [file('registreringsintyg.pdf', 245_000), file('program.exe', 5_000, 'application/x-msdownload')],
      'sv',
    ),
};

export const English: Story = {
  name: 'English (en)',
  render: () =>
    withFiles(
      { label: 'Attachments', hint: 'PDF, up to 1 MB', multiple: true, accept: '.pdf', maxSize: '1MB', required: true },
      [file('registration-certificate.pdf', 1_234_567), file('photo.pdf', 245_000)],
      'en',
    ),
};

export const InAForm: Story = {
  name: 'In a form (FormData)',
  render: () => html`<form
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      const entries = [...new FormData(form)].map(([k, v]) => `${k}: ${typeof v === 'string' ? v : `${v.name} (${v.size} B)`}`);
      form.querySelector('output')!.textContent = entries.join(', ') || '–';
    }}
  >
    <arki-file-upload label="Liitteet" name="liitteet" multiple accept=".pdf,image/*" max-size="10MB" required></arki-file-upload>
    <arki-button type="submit">Lähetä</arki-button>
    <p><label>FormData: <output>–</output></label></p>
  </form>`,
};
