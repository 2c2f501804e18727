/**
 * Choosing a voice without sending the article anywhere. Browsers list "network" voices
 * (Chrome's "Google …" voices, `localService: false`) beside the system's own; those send
 * every sentence to a server, so Lede never offers or picks them. With voices listed, one is
 * always chosen explicitly: left to itself, the browser may pick a network voice for the
 * article's language.
 */

export interface VoiceInfo {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

function primary(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The voices that run on this device, those for the article's language first, then by name. */
export function privateVoices<V extends VoiceInfo>(voices: readonly V[], lang: string): V[] {
  const wanted = primary(lang);
  const rank = (v: V) => (primary(v.lang) === wanted ? 0 : 1);
  return voices.filter((v) => v.localService).sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

export interface VoiceChoice<V> {
  voice: V | null;
  /** Whether the voice speaks the article's language (false when none on this device does). */
  matchesLanguage: boolean;
}

/**
 * The reader's chosen voice when it is still on this device and private; else the device's
 * voice for the article's language (its default one if it has several); else any private voice.
 */
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], lang: string, preferred: string | null): VoiceChoice<V> {
  const local = privateVoices(voices, lang);
  const wanted = primary(lang);
  const speaks = (v: V) => wanted === 'und' || primary(v.lang) === wanted;
  const chosen = preferred ? local.find((v) => v.name === preferred) : undefined;
  if (chosen) return { voice: chosen, matchesLanguage: speaks(chosen) };
  const forLanguage = local.filter(speaks);
  const voice = forLanguage.find((v) => v.default) ?? forLanguage[0];
  if (voice) return { voice, matchesLanguage: true };
  const fallback = local.find((v) => v.default) ?? local[0] ?? null;
  return { voice: fallback, matchesLanguage: fallback !== null && speaks(fallback) };
}
