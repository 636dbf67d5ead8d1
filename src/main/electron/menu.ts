import { app, Menu, type MenuItemConstructorOptions } from 'electron';

/** A short menu: the app is driven from its own screens; devtools only in development builds. */
export function buildMenu(options: { dev: boolean; onAbout: () => void }): Menu {
  const template: MenuItemConstructorOptions[] = [
    { label: 'Prasav', submenu: [{ label: 'About Prasav', click: options.onAbout }, { type: 'separator' }, { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(options.dev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[]) : []),
      ],
    },
  ];
  app.setAboutPanelOptions({ applicationName: 'Prasav', applicationVersion: app.getVersion() });
  return Menu.buildFromTemplate(template);
}
