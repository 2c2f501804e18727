import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { completeSettings, DEFAULT_READER_PREFS, DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../lib/settings';

/** The settings store runs its migrations when the module is loaded, as in the extension. */
async function freshStore() {
  vi.resetModules();
  return import('../../components/settings-store');
}

const V1_SETTINGS = {
  summaryLength: 'long',
  aiKeyPoints: true,
  skipLinks: 'every-site',
  neverRunOn: ['WWW.Example.com', 'https://news.example.org/world/1', 'bücher.de', 'not a host', 'example.com.', 'www.example.com'],
  reader: { ...DEFAULT_READER_PREFS, theme: 'dark', fontSize: 24 },
};

describe('settings storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('gives the defaults on a fresh install and records the current version on first save', async () => {
    const store = await freshStore();
    expect(await store.loadSettings()).toEqual(DEFAULT_SETTINGS);
    await store.updateSettings({ summaryLength: 'short' });
    expect(await store.settingsItem.getMeta()).toEqual({ v: SETTINGS_VERSION });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ summaryLength: 'short' });
  });

  it('migrates v1 settings: never-run entries become canonical hostnames, everything else is kept', async () => {
    await fakeBrowser.storage.sync.set({ settings: V1_SETTINGS, settings$: { v: 1 } });
    const store = await freshStore();
    const settings = await store.loadSettings();
    expect(settings.neverRunOn).toEqual(['example.com', 'news.example.org', 'www.example.com', 'xn--bcher-kva.de']);
    expect(settings).toMatchObject({ summaryLength: 'long', aiKeyPoints: true, skipLinks: 'every-site' });
    expect(settings.reader).toMatchObject({ theme: 'dark', fontSize: 24 });
    expect(await store.settingsItem.getMeta()).toEqual({ v: SETTINGS_VERSION });
    // The migrated value is written back, so the work is done once.
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ neverRunOn: settings.neverRunOn });
  });

  it('keeps the reader view text-only for settings saved before it could show images (v2), and images on for a new install', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...V1_SETTINGS, neverRunOn: [] }, settings$: { v: 2 } });
    const store = await freshStore();
    const settings = await store.loadSettings();
    expect(settings.reader).toMatchObject({ images: 'text', theme: 'dark', fontSize: 24 });
    expect(await store.settingsItem.getMeta()).toEqual({ v: 3 });
    expect(DEFAULT_SETTINGS.reader.images).toBe('show');
  });

  it('treats stored settings without version metadata as v1', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...V1_SETTINGS, neverRunOn: ['Example.COM'] } });
    const store = await freshStore();
    expect((await store.loadSettings()).neverRunOn).toEqual(['example.com']);
  });

  it('leaves current-version settings alone', async () => {
    const current = { ...DEFAULT_SETTINGS, neverRunOn: ['example.com'] };
    await fakeBrowser.storage.sync.set({ settings: current, settings$: { v: SETTINGS_VERSION } });
    const store = await freshStore();
    expect(await store.loadSettings()).toEqual(current);
  });

  it('keeps the other settings when one is updated, and tells watchers', async () => {
    const store = await freshStore();
    await store.updateSettings({ neverRunOn: ['example.com'] });
    const seen: string[] = [];
    const unwatch = store.watchSettings((s) => seen.push(s.skipLinks));
    await store.updateSettings({ skipLinks: 'every-site' });
    await vi.waitFor(() => expect(seen).toEqual(['every-site']));
    unwatch();
    expect(await store.loadSettings()).toMatchObject({ neverRunOn: ['example.com'], skipLinks: 'every-site' });
  });
});

describe('completeSettings', () => {
  it('fills in missing fields, including reader preferences added after the settings were saved', () => {
    const { fontSize: _dropped, ...olderReader } = DEFAULT_READER_PREFS;
    const settings = completeSettings({ summaryLength: 'short', reader: { ...olderReader, theme: 'sepia' } });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      summaryLength: 'short',
      reader: { ...DEFAULT_READER_PREFS, theme: 'sepia' },
    });
  });

  it('replaces malformed values with the defaults and clamps numbers to their range', () => {
    const settings = completeSettings({
      summaryLength: 'huge',
      aiKeyPoints: 'yes',
      skipLinks: 42,
      neverRunOn: ['example.com', 7, null],
      reader: { font: 'comic', fontSize: 400, lineHeight: Number.NaN, lineFocus: 'true', voiceName: 3, speechRate: 0.1, images: 'all', columnWidth: 100 },
    });
    expect(settings.summaryLength).toBe(DEFAULT_SETTINGS.summaryLength);
    expect(settings.aiKeyPoints).toBe(false);
    expect(settings.skipLinks).toBe('on-request');
    expect(settings.neverRunOn).toEqual(['example.com']);
    expect(settings.reader).toMatchObject({
      font: DEFAULT_READER_PREFS.font,
      fontSize: 40,
      lineHeight: DEFAULT_READER_PREFS.lineHeight,
      lineFocus: DEFAULT_READER_PREFS.lineFocus,
      voiceName: null,
      speechRate: 0.5,
      images: DEFAULT_READER_PREFS.images,
      // Lines of at most 80 characters (WCAG 1.4.8), whatever was stored.
      columnWidth: 80,
    });
  });

  it('keeps listening preferences that make sense and defaults the rest (line focus off, the article read)', () => {
    expect(DEFAULT_SETTINGS.listen).toEqual({ mode: 'article', lineFocus: 0 });
    expect(completeSettings({ listen: { mode: 'key-quotes', lineFocus: 3 } }).listen).toEqual({ mode: 'key-quotes', lineFocus: 3 });
    expect(completeSettings({ listen: { mode: 'everything', lineFocus: 2 } }).listen).toEqual(DEFAULT_SETTINGS.listen);
    expect(completeSettings({ listen: 'loud' }).listen).toEqual(DEFAULT_SETTINGS.listen);
  });

  it('gives the defaults for anything that is not a settings object', () => {
    for (const junk of [null, undefined, 'settings', [1, 2], 3]) expect(completeSettings(junk)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('updateSettings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('applies quick successive changes to different settings without losing any', async () => {
    const store = await freshStore();
    await Promise.all([
      store.updateSettings({ summaryLength: 'long' }),
      store.updateSettings({ aiKeyPoints: true }),
      store.updateSettings({ neverRunOn: ['example.com'] }),
    ]);
    expect(await store.loadSettings()).toMatchObject({ summaryLength: 'long', aiKeyPoints: true, neverRunOn: ['example.com'] });
  });
});
