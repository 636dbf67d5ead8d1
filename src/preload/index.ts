/**
 * Sandboxed preload: exposes `window.prasav.<op>(input)` for each contract operation and nothing else.
 * No Node, no raw ipcRenderer reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannel, OP_NAMES } from '../shared/contract';

const bridge: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const name of OP_NAMES) {
  bridge[name] = (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input);
}

contextBridge.exposeInMainWorld('prasav', Object.freeze(bridge));
