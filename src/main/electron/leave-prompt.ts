import { dialog, type BrowserWindow } from 'electron';
import type { Language } from '../../shared/i18n/define';
import { translate } from '../../shared/i18n/translate';

/*
 * Closing or reloading the window while a screen has unsaved entries: the page refuses to unload (its
 * `beforeunload`, src/renderer/src/leave.ts), and Electron, which shows no question of its own, emits
 * `will-prevent-unload`. Here the user answers, in the UI language: Leave unloads (preventDefault lets the page
 * go), Stay keeps the window and what is on it.
 */
export function askBeforeUnload(win: BrowserWindow, language: () => Language): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const lang = language();
    const buttons = [translate(lang, 'unload.leave'), translate(lang, 'unload.stay')];
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: 'Prasav',
      message: translate(lang, 'unload.message'),
      detail: translate(lang, 'unload.detail'),
      buttons,
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    if (choice === 0) event.preventDefault();
  });
}
