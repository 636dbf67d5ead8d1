import { EventEmitter } from 'node:events';
import type {
  BrowserWindowConstructorOptions,
  CustomScheme,
  IpcMainInvokeEvent,
  MessageBoxSyncOptions,
  OpenDialogOptions,
  OpenDialogReturnValue,
  PrinterInfo,
  PrintToPDFOptions,
  SaveDialogOptions,
  SaveDialogReturnValue,
  WebContentsPrintOptions,
} from 'electron';

/*
 * A stand-in for the part of the `electron` module the shell (src/main/index.ts and src/main/electron/) uses, for a
 * machine without the Electron binary. Each piece is checked against the `electron` package's own declarations
 * (`satisfies Pick<Electron.X, …>`), so a signature the shell relies on that changes in an Electron upgrade is a
 * compile error here. Behaviour follows Electron's documentation where the shell depends on it: no window before
 * `ready`, privileged schemes only before `ready`, one IPC handler per channel, `app.quit()` closing the windows and
 * then emitting a preventable `will-quit` (and no `window-all-closed`), the single-instance lock held per machine.
 */

/** What a single PC shares between app instances: the single-instance lock, the printers, the user's folders. */
export class FakeMachine {
  lockHolder: FakeElectron | null = null;
  printers: PrinterInfo[] = [];
  constructor(
    readonly userData: string,
    readonly documents: string,
  ) {}
}

/** A preventable Electron event (`will-quit`, `will-navigate`, …). */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export interface PrintCall {
  options: WebContentsPrintOptions;
  html: string;
}
export interface PdfCall {
  options: PrintToPDFOptions;
  html: string;
}
export interface MessageBoxCall {
  options: MessageBoxSyncOptions;
  response: number;
}

let nextContentsId = 1;

class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  url = '';
  /** The page's `beforeunload` handler refuses (a screen has unsaved entries), as the test sets it. */
  unloadRefused = false;
  windowOpenHandler: ((details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse) | null = null;
  constructor(private readonly owner: FakeElectron) {
    super();
  }
  getURL(): string {
    return this.url;
  }
  setWindowOpenHandler(handler: (details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
  async getPrintersAsync(): Promise<PrinterInfo[]> {
    return this.owner.machine.printers;
  }
  print(options: WebContentsPrintOptions = {}, callback?: (success: boolean, failureReason: string) => void): void {
    this.owner.prints.push({ options, html: documentOf(this.url) });
    const [success, reason] = this.owner.printOutcome;
    setImmediate(() => callback?.(success, reason));
  }
  async printToPDF(options: PrintToPDFOptions): Promise<Buffer> {
    const html = documentOf(this.url);
    this.owner.pdfs.push({ options, html });
    return this.owner.renderPdf(html);
  }
}

// The parts of webContents the shell calls, as Electron declares them.
FakeWebContents.prototype satisfies Pick<
  Electron.WebContents,
  'getURL' | 'setWindowOpenHandler' | 'getPrintersAsync' | 'print' | 'printToPDF'
>;

/** The HTML of a `data:text/html;base64,…` URL (how the shell loads printable documents). */
function documentOf(url: string): string {
  const match = /^data:text\/html;charset=utf-8;base64,(.*)$/.exec(url);
  return match ? Buffer.from(match[1]!, 'base64').toString('utf8') : '';
}

export class FakeElectron {
  readonly events: string[] = [];
  /** Open windows; `created` keeps every window ever made (hidden document windows are destroyed after use). */
  readonly windows: FakeBrowserWindow[] = [];
  readonly created: FakeBrowserWindow[] = [];
  readonly prints: PrintCall[] = [];
  readonly pdfs: PdfCall[] = [];
  readonly messageBoxes: MessageBoxCall[] = [];
  readonly errorBoxes: { title: string; content: string }[] = [];
  readonly openDialogs: OpenDialogOptions[] = [];
  readonly saveDialogs: SaveDialogOptions[] = [];
  readonly openedPaths: string[] = [];
  readonly ipcHandlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();
  privilegedSchemes: CustomScheme[] = [];
  protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  permissionRequestHandler: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  requestFilter: ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void) | null = null;
  applicationMenu: unknown = null;
  isReady = false;
  quitting = false;
  quitted = false;
  /** Answers the next `showMessageBoxSync` calls take, in order (default: the dialog's cancel button). */
  messageBoxAnswers: number[] = [];
  openDialogAnswer: OpenDialogReturnValue = { canceled: true, filePaths: [] };
  saveDialogAnswer: SaveDialogReturnValue = { canceled: true, filePath: '' };
  printOutcome: [boolean, string] = [true, ''];
  private readyResolve!: () => void;
  private readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));

  constructor(
    readonly machine: FakeMachine,
    readonly renderPdf: (html: string) => Promise<Buffer>,
  ) {}

  /** Electron emits `ready` once the main script has run its first turn. */
  emitReady(): void {
    this.isReady = true;
    this.events.push('ready');
    this.app.emit('ready');
    this.readyResolve();
  }

  readonly app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: (_additionalData?: Record<string, unknown>): boolean => {
      this.events.push('requestSingleInstanceLock');
      const holder = this.machine.lockHolder;
      if (holder && holder !== this && !holder.quitted) {
        // The first instance hears about the second one, which is told to quit.
        holder.app.emit('second-instance', new FakeEvent(), [], '', {});
        return false;
      }
      this.machine.lockHolder = this;
      return true;
    },
    whenReady: (): Promise<void> => this.ready,
    getPath: (name: Parameters<Electron.App['getPath']>[0]): string => {
      if (name === 'userData') return this.machine.userData;
      if (name === 'documents') return this.machine.documents;
      throw new Error(`fake app.getPath(${name}) not modelled`);
    },
    getVersion: (): string => '0.0.0-shell-test',
    showAboutPanel: (): void => undefined,
    setAboutPanelOptions: (_options: Electron.AboutPanelOptionsOptions): void => undefined,
    quit: (): void => {
      this.events.push('quit()');
      if (this.quitted) return;
      this.quitting = true;
      // Windows are closed first; on this path Electron does not emit window-all-closed.
      for (const win of [...this.windows]) win.destroy();
      const event = new FakeEvent();
      this.app.emit('will-quit', event);
      if (event.defaultPrevented) return;
      this.quitted = true;
      this.events.push('quit');
      this.app.emit('quit');
      if (this.machine.lockHolder === this) this.machine.lockHolder = null;
    },
  }) satisfies Pick<
    Electron.App,
    | 'isPackaged'
    | 'requestSingleInstanceLock'
    | 'whenReady'
    | 'getPath'
    | 'getVersion'
    | 'showAboutPanel'
    | 'setAboutPanelOptions'
    | 'quit'
  >;

  readonly dialog = {
    showMessageBoxSync: (...args: unknown[]): number => {
      const options = args.at(-1) as MessageBoxSyncOptions;
      const response = this.messageBoxAnswers.shift() ?? options.cancelId ?? 0;
      this.messageBoxes.push({ options, response });
      return response;
    },
    showErrorBox: (title: string, content: string): void => {
      this.errorBoxes.push({ title, content });
    },
    showOpenDialog: async (...args: unknown[]): Promise<OpenDialogReturnValue> => {
      this.openDialogs.push(args.at(-1) as OpenDialogOptions);
      return this.openDialogAnswer;
    },
    showSaveDialog: async (...args: unknown[]): Promise<SaveDialogReturnValue> => {
      this.saveDialogs.push(args.at(-1) as SaveDialogOptions);
      return this.saveDialogAnswer;
    },
  } satisfies Pick<Electron.Dialog, 'showMessageBoxSync' | 'showErrorBox' | 'showOpenDialog' | 'showSaveDialog'>;

  readonly ipcMain = {
    handle: (channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void => {
      if (this.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      this.ipcHandlers.set(channel, listener);
    },
    removeHandler: (channel: string): void => {
      this.ipcHandlers.delete(channel);
    },
  } satisfies Pick<Electron.IpcMain, 'handle' | 'removeHandler'>;

  readonly protocol = {
    registerSchemesAsPrivileged: (schemes: CustomScheme[]): void => {
      if (this.isReady) throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
      this.events.push('registerSchemesAsPrivileged');
      this.privilegedSchemes = schemes;
    },
    handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>): void => {
      if (!this.isReady) throw new Error('protocol.handle before the app is ready');
      this.protocolHandlers.set(scheme, handler);
    },
  } satisfies Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'>;

  readonly shell = {
    openPath: async (path: string): Promise<string> => {
      this.openedPaths.push(path);
      return '';
    },
  } satisfies Pick<Electron.Shell, 'openPath'>;

  // Linux without a keyring: safeStorage offers only its hard-coded key, so the shell must use its key file.
  readonly safeStorage = {
    isEncryptionAvailable: (): boolean => true,
    getSelectedStorageBackend: () => 'basic_text' as const,
    encryptString: (_plain: string): Buffer => {
      throw new Error('the basic_text backend must not be used');
    },
    decryptString: (_cipher: Buffer): string => {
      throw new Error('the basic_text backend must not be used');
    },
  } satisfies Pick<
    Electron.SafeStorage,
    'isEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptString' | 'decryptString'
  >;

  private readonly defaultSession = {
    setPermissionRequestHandler: (handler: typeof this.permissionRequestHandler): void => {
      this.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler: (handler: typeof this.permissionCheckHandler): void => {
      this.permissionCheckHandler = handler;
    },
    webRequest: {
      onBeforeRequest: (listener: typeof this.requestFilter): void => {
        this.requestFilter = listener;
      },
    },
  };

  readonly Menu = {
    // A menu is opaque to the shell: it builds one and installs it.
    buildFromTemplate: (template: Electron.MenuItemConstructorOptions[]) => ({ template }) as unknown as Electron.Menu,
    setApplicationMenu: (menu: Electron.Menu | null): void => {
      this.applicationMenu = menu;
    },
  } satisfies Pick<typeof Electron.Menu, 'buildFromTemplate' | 'setApplicationMenu'>;

  /** The module object `vi.doMock('electron', …)` hands to the shell. */
  get module(): Record<string, unknown> {
    return {
      app: this.app,
      dialog: this.dialog,
      ipcMain: this.ipcMain,
      protocol: this.protocol,
      shell: this.shell,
      safeStorage: this.safeStorage,
      Menu: this.Menu,
      session: { defaultSession: this.defaultSession },
      BrowserWindow: windowClassFor(this),
    };
  }

  mainWindow(): FakeBrowserWindow {
    const win = this.windows.find((w) => w.webContents.url.startsWith('app://'));
    if (!win) throw new Error('no main window');
    return win;
  }

  /**
   * What `ipcRenderer.invoke` in the main window's preload does: the listener runs with the window's webContents as
   * sender and the calling frame; the answer crosses the process boundary by structured clone.
   */
  async invoke(channel: string, input: unknown, frame?: { url: string; parent: object | null }): Promise<unknown> {
    const listener = this.ipcHandlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    const sender = this.mainWindow().webContents;
    const event = { sender, senderFrame: frame ?? { url: sender.url, parent: null } } as unknown as IpcMainInvokeEvent;
    return structuredClone(await listener(event, structuredClone(input)));
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  destroyed = false;
  shown = false;
  focused = false;
  minimized = false;
  constructor(
    private readonly owner: FakeElectron,
    readonly options: BrowserWindowConstructorOptions,
  ) {
    super();
    if (!owner.isReady) throw new Error('Cannot create BrowserWindow before app is ready');
    this.webContents = new FakeWebContents(owner);
    owner.windows.push(this);
    owner.created.push(this);
  }
  async loadURL(url: string): Promise<void> {
    this.webContents.url = url;
    setImmediate(() => this.emit('ready-to-show'));
  }
  show(): void {
    this.shown = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focused = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Counted: the shell reloads the screens after a recovery swapped the register. */
  reloads = 0;
  reload(): void {
    this.reloads++;
  }
  /** Closed by the program: no `close` event, straight to `closed`. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.owner.windows.splice(this.owner.windows.indexOf(this), 1);
    this.webContents.emit('destroyed');
    this.emit('closed');
  }
  /**
   * Closed by the user (the window's X): when it was the last window, the app hears `window-all-closed`. The page is
   * asked first: when its `beforeunload` refuses, webContents emits `will-prevent-unload`, and the window closes only
   * if a listener calls preventDefault (Electron shows no question of its own).
   */
  close(): void {
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    if (this.webContents.unloadRefused) {
      const unload = new FakeEvent();
      this.webContents.emit('will-prevent-unload', unload);
      if (!unload.defaultPrevented) return;
    }
    this.destroy();
    if (this.owner.windows.length === 0 && !this.owner.quitting) this.owner.app.emit('window-all-closed');
  }
}

/** `new BrowserWindow(options)` as the shell writes it, bound to one app instance. */
function windowClassFor(owner: FakeElectron) {
  return class extends FakeBrowserWindow {
    constructor(options: BrowserWindowConstructorOptions = {}) {
      super(owner, options);
    }
  };
}

FakeBrowserWindow.prototype satisfies Pick<
  Electron.BrowserWindow,
  'loadURL' | 'show' | 'isMinimized' | 'restore' | 'focus' | 'isDestroyed' | 'destroy' | 'close'
>;
