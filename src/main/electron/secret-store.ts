import { safeStorage } from 'electron';
import type { SecretStore } from '../secrets/secret-store';

/**
 * Desktop store: Electron safeStorage (DPAPI on Windows, bound to the Windows user; Keychain on macOS; the
 * desktop keyring on Linux). Where safeStorage has no real backend (Linux without a keyring falls back to a
 * hard-coded key, `basic_text`), the plain-Node key-file store is used instead.
 */
export function desktopSecretStore(fallback: SecretStore): SecretStore {
  const linuxPlain = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  if (!safeStorage.isEncryptionAvailable() || linuxPlain) return fallback;
  return {
    scheme: 'electron-safestorage-v1',
    encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
    decrypt: (ciphertext) => safeStorage.decryptString(Buffer.from(ciphertext, 'base64')),
  };
}
