import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import { bilingual } from '../../shared/i18n/translate';
import type { AppContext } from '../context';

/** The desktop's folder picker behind `AppContext.chooseFolder` (export sets are written where the user says). */
export function folderChooser(getWindow: () => BrowserWindow | null): NonNullable<AppContext['chooseFolder']> {
  return async () => {
    const options: OpenDialogOptions = {
      title: bilingual('hmis.export'),
      properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
    };
    const win = getWindow();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}
