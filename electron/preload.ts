// Runs sandboxed: it may require only 'electron', so everything it imports is bundled and zod-free.
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridgeApi } from './security/bridgeApi';

// The page gets this one object and never `ipcRenderer` itself, so it can reach only the contract's channels.
contextBridge.exposeInMainWorld('api', buildBridgeApi(ipcRenderer));
