import { defineStrings } from './strings.js';

/** Strings of `arki-file-upload`. Sizes use decimal (SI) units: 1 kB = 1000 bytes. @since 0.1.0 */
export interface FileUploadStrings {
  fileUploadChoose: string;
  fileUploadChooseMultiple: string;
  fileUploadDrop: string;
  fileUploadDropMultiple: string;
  fileUploadNone: string;
  fileUploadChosen: (count: number) => string;
  fileUploadListLabel: string;
  fileUploadRemove: string;
  /** Completes the remove button's accessible name: "Poista" + " tiedosto liite.pdf". */
  fileUploadRemoveWhat: (name: string) => string;
  fileUploadAdded: (count: number) => string;
  fileUploadRejected: (count: number) => string;
  fileUploadRemoved: (name: string) => string;
  fileUploadMaxReached: (max: number) => string;
  /** Says why the choose button does nothing when the field is read-only. */
  fileUploadReadonly: string;
  fileUploadValueMissing: (label: string) => string;
  fileUploadWrongType: (name: string, types: string) => string;
  fileUploadTooBig: (name: string, max: string) => string;
  fileUploadEmpty: (name: string) => string;
  fileUploadTooMany: (name: string, max: number) => string;
  /** Unit symbols for bytes, kilo-, mega- and gigabytes. */
  fileUploadUnits: readonly [string, string, string, string];
  /** Names of wildcard types in `accept` (`image/*`...). */
  fileUploadTypeImage: string;
  fileUploadTypeVideo: string;
  fileUploadTypeAudio: string;
  fileUploadTypeText: string;
}

export const fileUploadStrings = defineStrings<FileUploadStrings>({
  fi: {
    fileUploadChoose: 'Valitse tiedosto',
    fileUploadChooseMultiple: 'Valitse tiedostot',
    fileUploadDrop: 'tai pudota tiedosto tähän',
    fileUploadDropMultiple: 'tai pudota tiedostot tähän',
    fileUploadNone: 'Ei valittua tiedostoa',
    fileUploadChosen: (n) => (n === 1 ? '1 tiedosto valittu' : `${n} tiedostoa valittu`),
    fileUploadListLabel: 'Valitut tiedostot',
    fileUploadRemove: 'Poista',
    fileUploadRemoveWhat: (name) => ` tiedosto ${name}`,
    fileUploadAdded: (n) => (n === 1 ? '1 tiedosto lisätty' : `${n} tiedostoa lisätty`),
    fileUploadRejected: (n) => (n === 1 ? '1 tiedosto ei kelpaa' : `${n} tiedostoa ei kelpaa`),
    fileUploadRemoved: (name) => `Tiedosto ${name} poistettu`,
    fileUploadMaxReached: (max) => `Olet valinnut enimmäismäärän tiedostoja (${max})`,
    fileUploadReadonly: 'Vain luku: tiedostoja ei voi lisätä eikä poistaa.',
    fileUploadValueMissing: (label) => `Valitse tiedosto: ${label}`,
    fileUploadWrongType: (name, types) => `Tiedoston ${name} on oltava tyyppiä ${types}`,
    fileUploadTooBig: (name, max) => `Tiedoston ${name} koko saa olla enintään ${max}`,
    fileUploadEmpty: (name) => `Tiedosto ${name} on tyhjä`,
    fileUploadTooMany: (name, max) => `Tiedostoa ${name} ei lisätty: voit valita enintään ${max === 1 ? '1 tiedoston' : `${max} tiedostoa`}`,
    fileUploadUnits: ['t', 'kt', 'Mt', 'Gt'],
    fileUploadTypeImage: 'kuva',
    fileUploadTypeVideo: 'video',
    fileUploadTypeAudio: 'ääni',
    fileUploadTypeText: 'teksti',
  },
  sv: {
    fileUploadChoose: 'Välj fil',
    fileUploadChooseMultiple: 'Välj filer',
    fileUploadDrop: 'eller släpp filen här',
    fileUploadDropMultiple: 'eller släpp filerna här',
    fileUploadNone: 'Ingen fil vald',
    fileUploadChosen: (n) => (n === 1 ? '1 fil vald' : `${n} filer valda`),
    fileUploadListLabel: 'Valda filer',
    fileUploadRemove: 'Ta bort',
    fileUploadRemoveWhat: (name) => ` filen ${name}`,
    fileUploadAdded: (n) => (n === 1 ? '1 fil har lagts till' : `${n} filer har lagts till`),
    fileUploadRejected: (n) => (n === 1 ? '1 fil godkändes inte' : `${n} filer godkändes inte`),
    fileUploadRemoved: (name) => `Filen ${name} har tagits bort`,
    fileUploadMaxReached: (max) => `Du har valt det högsta antalet filer (${max})`,
    fileUploadReadonly: 'Skrivskyddat: filer kan inte läggas till eller tas bort.',
    fileUploadValueMissing: (label) => `Välj fil: ${label}`,
    fileUploadWrongType: (name, types) => `Filen ${name} måste vara av typen ${types}`,
    fileUploadTooBig: (name, max) => `Filen ${name} får vara högst ${max}`,
    fileUploadEmpty: (name) => `Filen ${name} är tom`,
    fileUploadTooMany: (name, max) => `Filen ${name} lades inte till: du kan välja högst ${max === 1 ? '1 fil' : `${max} filer`}`,
    fileUploadUnits: ['B', 'kB', 'MB', 'GB'],
    fileUploadTypeImage: 'bild',
    fileUploadTypeVideo: 'video',
    fileUploadTypeAudio: 'ljud',
    fileUploadTypeText: 'text',
  },
  en: {
    fileUploadChoose: 'Choose file',
    fileUploadChooseMultiple: 'Choose files',
    fileUploadDrop: 'or drop file here',
    fileUploadDropMultiple: 'or drop files here',
    fileUploadNone: 'No file chosen',
    fileUploadChosen: (n) => (n === 1 ? '1 file chosen' : `${n} files chosen`),
    fileUploadListLabel: 'Chosen files',
    fileUploadRemove: 'Remove',
    fileUploadRemoveWhat: (name) => ` file ${name}`,
    fileUploadAdded: (n) => (n === 1 ? '1 file added' : `${n} files added`),
    fileUploadRejected: (n) => (n === 1 ? '1 file was not accepted' : `${n} files were not accepted`),
    fileUploadRemoved: (name) => `File ${name} removed`,
    fileUploadMaxReached: (max) => `You have chosen the maximum number of files (${max})`,
    fileUploadReadonly: 'Read-only: files cannot be added or removed.',
    fileUploadValueMissing: (label) => `Select a file: ${label}`,
    fileUploadWrongType: (name, types) => `The file ${name} must be ${types}`,
    fileUploadTooBig: (name, max) => `The file ${name} must be ${max} or smaller`,
    fileUploadEmpty: (name) => `The file ${name} is empty`,
    fileUploadTooMany: (name, max) => `${name} was not added: you can choose up to ${max === 1 ? '1 file' : `${max} files`}`,
    fileUploadUnits: ['B', 'kB', 'MB', 'GB'],
    fileUploadTypeImage: 'an image',
    fileUploadTypeVideo: 'a video',
    fileUploadTypeAudio: 'audio',
    fileUploadTypeText: 'text',
  },
});
