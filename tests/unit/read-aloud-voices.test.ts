import { describe, expect, it } from 'vitest';
import { pickVoice, privateVoices, type VoiceInfo } from '../../lib/read-aloud/voices';

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceInfo => ({
  name,
  lang,
  localService,
  default: isDefault,
});

const VOICES = [
  voice('Google US English', 'en-US', false, true),
  voice('Google Deutsch', 'de-DE', false),
  voice('Zira', 'en-US'),
  voice('Anna', 'de-DE'),
  voice('Hedda', 'de-DE', true, true),
  voice('Amir', 'fa-IR'),
];

describe('read-aloud voices', () => {
  it('offers only voices that run on this device, the article’s language first', () => {
    expect(privateVoices(VOICES, 'de-CH').map((v) => v.name)).toEqual(['Anna', 'Hedda', 'Amir', 'Zira']);
  });

  it('keeps the reader’s choice while it is private and on this device', () => {
    expect(pickVoice(VOICES, 'de', 'Anna')).toEqual({ voice: VOICES[3], matchesLanguage: true });
    expect(pickVoice(VOICES, 'de', 'Zira')).toEqual({ voice: VOICES[2], matchesLanguage: false });
  });

  it('never picks a network voice, even when it is the one chosen or the default', () => {
    expect(pickVoice(VOICES, 'en', 'Google US English').voice!.name).toBe('Zira');
    expect(pickVoice(VOICES, 'de', 'Google Deutsch').voice!.name).toBe('Hedda');
  });

  it('falls back to another private voice, saying it does not speak the language', () => {
    expect(pickVoice(VOICES, 'ja', null)).toEqual({ voice: VOICES[4], matchesLanguage: false });
    expect(pickVoice([voice('Cloud', 'en', false)], 'en', null)).toEqual({ voice: null, matchesLanguage: false });
  });

  it('takes any private voice for an article of unknown language', () => {
    expect(pickVoice(VOICES, 'und', null)).toEqual({ voice: VOICES[4], matchesLanguage: true });
  });

  it('prefers a voice of the article’s own variety: region, then script', () => {
    const chinese = [voice('Sinji', 'zh-HK', true, true), voice('Tingting', 'zh-CN'), voice('Meijia', 'zh-TW')];
    // Simplified Chinese is Mandarin as spoken in China, not Cantonese, even when that is the default.
    expect(pickVoice(chinese, 'zh-CN', null).voice!.name).toBe('Tingting');
    expect(pickVoice(chinese, 'zh', null).voice!.name).toBe('Tingting');
    expect(pickVoice(chinese, 'zh-TW', null).voice!.name).toBe('Meijia');
    expect(pickVoice(chinese, 'zh-Hant-HK', null).voice!.name).toBe('Sinji');
    const portuguese = [voice('Joana', 'pt-PT'), voice('Luciana', 'pt-BR')];
    expect(pickVoice(portuguese, 'pt-BR', null).voice!.name).toBe('Luciana');
    expect(pickVoice(portuguese, 'pt-PT', null).voice!.name).toBe('Joana');
    // Without a region on the page, any region's voice will do: the device's default wins.
    const arabic = [voice('Laila', 'ar-EG'), voice('Maged', 'ar-SA', true, true)];
    expect(pickVoice(arabic, 'ar', null).voice!.name).toBe('Maged');
    expect(pickVoice(arabic, 'ar-EG', null).voice!.name).toBe('Laila');
  });
});
