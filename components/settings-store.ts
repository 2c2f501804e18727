/** Settings in `storage.sync`, typed and versioned with @wxt-dev/storage. */
import { storage } from 'wxt/utils/storage';
import {
  completeSettings,
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  settingsMigrations,
  type LedeSettings,
} from '../lib/settings';

export const settingsItem = storage.defineItem<LedeSettings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});

/** The settings, complete and well-typed whatever storage held (see `completeSettings`). */
export async function loadSettings(): Promise<LedeSettings> {
  return completeSettings(await settingsItem.getValue());
}

let pendingWrite: Promise<unknown> = Promise.resolve();

/**
 * Changes some settings and keeps the rest as they are in storage now. Updates from one
 * page run one after another, so two quick changes never read the same old settings and
 * undo each other.
 */
export function updateSettings(change: Partial<LedeSettings>): Promise<LedeSettings> {
  const write = pendingWrite.then(async () => {
    const next = { ...(await loadSettings()), ...change };
    await settingsItem.setValue(next);
    return next;
  });
  pendingWrite = write.catch(() => undefined);
  return write;
}

/** Calls back with the complete settings whenever any Lede context (or another device) changes them. */
export function watchSettings(callback: (settings: LedeSettings) => void): () => void {
  return settingsItem.watch((value) => callback(completeSettings(value)));
}
