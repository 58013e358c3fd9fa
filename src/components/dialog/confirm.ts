import type { ArkiDialog } from './dialog.js';

/** What `confirmDialog` asks. Plain text only: nothing is parsed as HTML. @since 0.1.0 */
export interface ConfirmDialogOptions {
  heading: string;
  message: string;
  /** Default "Vahvista" / "Bekräfta" / "Confirm". */
  confirmLabel?: string;
  /** Default "Peruuta" / "Avbryt" / "Cancel". */
  cancelLabel?: string;
  /** The confirm button is a danger button (deleting, cancelling an application). */
  danger?: boolean;
  /** Language of the dialog; default: the page's. */
  lang?: string;
  /** Where the dialog is added (default `document.body`); its `lang` applies. */
  parent?: HTMLElement;
}

/**
 * Asks a yes/no question in a modal confirm dialog and resolves to `true` when the user
 * confirms, `false` on cancel, Esc or the close button. The dialog is removed afterwards and
 * focus returns to where it was.
 * @since 0.1.0
 */
export async function confirmDialog(options: ConfirmDialogOptions): Promise<boolean> {
  const dialog = document.createElement('arki-dialog') as ArkiDialog;
  dialog.variant = 'confirm';
  dialog.heading = options.heading;
  if (options.confirmLabel) dialog.confirmLabel = options.confirmLabel;
  if (options.cancelLabel) dialog.cancelLabel = options.cancelLabel;
  dialog.danger = !!options.danger;
  if (options.lang) dialog.lang = options.lang;
  const p = document.createElement('p');
  p.textContent = options.message;
  dialog.append(p);
  (options.parent ?? document.body).append(dialog);
  try {
    return await dialog.confirm();
  } finally {
    dialog.remove();
  }
}
