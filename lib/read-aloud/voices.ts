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

/**
 * A tag's script, filled in from likely subtags ("zh" is written zh-Hans, "zh-TW" zh-Hant), and
 * its region, filled in only for a voice: an article's region counts only when the page names
 * it. Null for a malformed tag.
 */
function variety(lang: string, fillRegion: boolean): { script?: string; region?: string } | null {
  try {
    const locale = new Intl.Locale(lang.replace(/_/g, '-'));
    const likely = locale.maximize();
    return { script: likely.script, region: fillRegion ? likely.region : locale.region };
  } catch {
    return null;
  }
}

/**
 * How well a voice of the article's language fits its variety: the region the page names
 * first ("pt-BR" for a Brazilian article), then the script (Mandarin "zh-CN" rather than
 * Cantonese "zh-HK" for Simplified Chinese, Serbian in Cyrillic or Latin letters).
 */
function closeness(voiceLang: string, articleLang: string): number {
  const voice = variety(voiceLang, true);
  const article = variety(articleLang, false);
  if (!voice || !article) return 0;
  return (article.region && voice.region === article.region ? 2 : 0) + (voice.script === article.script ? 1 : 0);
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
 * voice for the article's language, of its variety where there is one (the default among
 * equally close ones); else any private voice.
 */
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], lang: string, preferred: string | null): VoiceChoice<V> {
  const local = privateVoices(voices, lang);
  const wanted = primary(lang);
  const speaks = (v: V) => wanted === 'und' || primary(v.lang) === wanted;
  const chosen = preferred ? local.find((v) => v.name === preferred) : undefined;
  if (chosen) return { voice: chosen, matchesLanguage: speaks(chosen) };
  const forLanguage = local.filter(speaks);
  const best = wanted === 'und' ? 0 : Math.max(0, ...forLanguage.map((v) => closeness(v.lang, lang)));
  const closest = wanted === 'und' ? forLanguage : forLanguage.filter((v) => closeness(v.lang, lang) === best);
  const voice = closest.find((v) => v.default) ?? closest[0];
  if (voice) return { voice, matchesLanguage: true };
  const fallback = local.find((v) => v.default) ?? local[0] ?? null;
  return { voice: fallback, matchesLanguage: fallback !== null && speaks(fallback) };
}
