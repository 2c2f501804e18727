/** Settings in `storage.sync`, typed and versioned with @wxt-dev/storage. */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type LedeSettings } from '../lib/settings';

export const settingsItem = storage.defineItem<LedeSettings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});
