/**
 * Words that introduce or follow a direct quotation: speech verbs in all their forms,
 * phrases like "according to", and the pronouns a speaker can be, for English, French,
 * German, Spanish, Italian, Persian and Japanese. An unknown language gets every language's verbs,
 * since the marks already say a quotation is there and a foreign verb will not match by
 * accident, but only English phrases.
 */

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

// English speech verbs, every form a reporter uses ("says", "said", "saying", "has said").
const EN_VERBS = words(`
  say says said saying tell tells told telling add adds added adding ask asks asked asking
  write writes wrote writing written explain explains explained explaining insist insists insisted insisting
  maintain maintains maintained maintaining reiterate reiterates reiterated reiterating
  declare declares declared declaring announce announces announced announcing claim claims claimed claiming
  state states stated stating note notes noted noting argue argues argued arguing warn warns warned warning
  recall recalls recalled recalling continue continues continued continuing respond responds responded responding
  reply replies replied replying answer answers answered answering acknowledge acknowledges acknowledged acknowledging
  admit admits admitted admitting concede concedes conceded conceding tweet tweets tweeted tweeting
  post posts posted quip quips quipped joke jokes joked joking exclaim exclaims exclaimed
  shout shouts shouted shouting yell yells yelled yelling scream screams screamed cry cries cried
  whisper whispers whispered mutter mutters muttered chant chants chanted chanting sing sings sang singing
  boast boasts boasted boasting brag brags bragged complain complains complained complaining
  lament laments lamented predict predicts predicted promise promises promised vow vows vowed
  pledge pledges pledged suggest suggests suggested suggesting observe observes observed
  remark remarks remarked comment comments commented contend contends contended
  assert asserts asserted asserting charge charges charged counter counters countered retort retorts retorted
  testify testifies testified conclude concludes concluded emphasize emphasizes emphasized emphasise emphasised
  stress stresses stressed urge urges urged demand demands demanded plead pleads pleaded pled
  echo echoes echoed wonder wonders wondered confide confides confided agree agrees agreed
  affirm affirms affirmed confirm confirms confirmed deny denies denied report reports reported
  proclaim proclaims proclaimed mention mentions mentioned interject interjects interjected
  muse muses mused sigh sighs sighed laugh laughs laughed scoff scoffs scoffed snap snaps snapped
  offer offers offered allege alleges alleged reason reasons reasoned advise advises advised
  caution cautions cautioned reveal reveals revealed assure assures assured recount recounts recounted
  opine opines opined speculate speculates speculated read reads begin begins began
  repeat repeats repeated react reacts reacted exhort exhorts exhorted bark barks barked fume fumes fumed
  thunder thunders thundered gush gushes gushed rage rages raged roar roars roared sneer sneers sneered
  gloat gloats gloated rail rails railed crack cracks cracked mock mocks mocked retaliate retaliated
  press presses pressed recommend recommends recommended
`);

// Multi-word cues read as one: the reporter's "according to", the idiom "put it".
const EN_PHRASES = ['according to', 'put it', 'puts it', 'went on', 'goes on', 'shot back', 'fired back', 'pointed out',
  'points out', 'chimed in'];

const FR_VERBS = words(`
  dit dire déclare déclaré affirme affirmé explique expliqué ajoute ajouté estime estimé souligne souligné
  précise précisé indique indiqué assure assuré lance lancé confie confié raconte raconté insiste insisté
  rappelle rappelé poursuit poursuivi martèle martelé répond répondu écrit tweeté annonce annoncé
  prévient prévenu conclut conclu admet admis reconnaît reconnu avertit averti regrette regretté
  dénonce dénoncé résume résumé observe observé note noté s'exclame exclamé s'interroge interrogé
`);
const FR_PHRASES = ['selon', "d'après", 'd’après'];

const DE_VERBS = words(`
  sagte sagt sagten sagen erklärte erklärt erklärten betonte betont meinte meint fügte schrieb schreibt
  fragte fragt antwortete antwortet warnte warnt kritisierte kritisiert sprach spricht berichtete berichtet
  versicherte versichert bekräftigte bekräftigt räumte forderte fordert mahnte mahnt erzählte erzählt twitterte
`);
const DE_PHRASES = ['laut', 'zufolge'];

const ES_VERBS = words(`
  dijo dice decía afirmó afirma declaró declara explicó explica añadió añade aseguró asegura señaló señala
  indicó indica comentó comenta advirtió advierte insistió insiste subrayó subraya escribió escribe
  preguntó pregunta respondió responde recordó recuerda sostuvo sostiene manifestó manifiesta
`);
const ES_PHRASES = ['según'];

const IT_VERBS = words(`
  detto dice disse dichiarato dichiara spiegato spiega aggiunto aggiunge affermato afferma sottolineato
  sottolinea osservato osserva ribadito ribadisce scritto scrive chiesto chiede risposto risponde
`);
const IT_PHRASES = ['secondo'];

// Persian puts the verb last ("مریم احمدی گفت: «…»"); compound verbs are phrases.
const FA_VERBS = words('گفت گفته می‌گوید افزود می‌افزاید نوشت پرسید');
const FA_PHRASES = ['اعلام کرد', 'تأکید کرد', 'اظهار داشت', 'توضیح داد', 'ادامه داد'];

// Japanese quotes are closed by と + verb: 「…」と述べた. Listed as the verb stems that follow と.
const JA_CUES = ['述べ', '語っ', '語る', '話し', '話す', '言っ', '言う', '説明し', '強調し', '指摘し', '明らかにし',
  '発表し', '訴え', '答え', '書い', '記し', 'コメントし', '主張し', '述懐し', '明かし'];

// Speech verbs whose next noun is the listener, not the speaker: "told CNN", "asked Trump".
const EN_TAKES_OBJECT = words(`
  tell tells told telling ask asks asked asking urge urges urged warn warns warned assure assures assured
  advise advises advised caution cautions cautioned promise promises promised remind reminds reminded
  answer answers answered charge charges charged
`);

export interface Lexicon {
  verbs: ReadonlySet<string>;
  /** Verbs after which a name is the listener: "told CNN". */
  takesObject: ReadonlySet<string>;
  /** Multi-word or preposition-like cues ("according to", "selon"), by their first word, as words. */
  phrases: ReadonlyMap<string, readonly (readonly string[])[]>;
  pronouns: ReadonlySet<string>;
  /** The language capitalises every noun (German), so a capitalised word need not be a name. */
  capitalisesNouns: boolean;
}

interface LanguageCues {
  verbs: readonly string[];
  phrases: readonly string[];
  pronouns: readonly string[];
  takesObject?: readonly string[];
  capitalisesNouns?: boolean;
}

const LANGUAGES: Record<string, LanguageCues> = {
  en: { verbs: EN_VERBS, phrases: EN_PHRASES, pronouns: words('he she they we i it'), takesObject: EN_TAKES_OBJECT },
  fr: { verbs: FR_VERBS, phrases: FR_PHRASES, pronouns: words('il elle ils elles on nous je') },
  // "„…“, so Merkel": only in German, where "so" cannot be mistaken for the English word.
  de: { verbs: DE_VERBS, phrases: [...DE_PHRASES, 'so'], pronouns: words('er sie es wir ich'), capitalisesNouns: true },
  es: { verbs: ES_VERBS, phrases: ES_PHRASES, pronouns: words('él ella ellos ellas') },
  it: { verbs: IT_VERBS, phrases: IT_PHRASES, pronouns: words('lui lei loro') },
  fa: { verbs: FA_VERBS, phrases: FA_PHRASES, pronouns: words('او وی') },
};

function lexicon(parts: readonly LanguageCues[]): Lexicon {
  const phrases = new Map<string, string[][]>();
  for (const phrase of parts.flatMap((p) => p.phrases)) {
    const split = phrase.split(' ');
    phrases.set(split[0]!, [...(phrases.get(split[0]!) ?? []), split]);
  }
  return {
    verbs: new Set(parts.flatMap((p) => p.verbs)),
    takesObject: new Set(parts.flatMap((p) => p.takesObject ?? [])),
    phrases,
    pronouns: new Set(parts.flatMap((p) => p.pronouns)),
    capitalisesNouns: parts[0]?.capitalisesNouns ?? false,
  };
}

const lexicons = new Map<string, Lexicon>();

/**
 * The cue words of a BCP 47 language; English ones are always included, as wire copy mixes
 * them in. An unknown language gets every language's verbs and English phrases.
 */
export function lexiconFor(lang: string): Lexicon {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  const key = primary in LANGUAGES ? primary : '';
  let found = lexicons.get(key);
  if (!found) {
    const en = LANGUAGES.en!;
    const own = LANGUAGES[key];
    const everyVerb = Object.values(LANGUAGES).flatMap((l) => l.verbs);
    found = lexicon(own ? [own, en] : [{ ...en, verbs: everyVerb }]);
    lexicons.set(key, found);
  }
  return found;
}

/** The Japanese cue after a closing 」, e.g. と述べた → "と述べた", or null. */
export function japaneseCueAfter(text: string, from: number): string | null {
  if (text[from] !== 'と') return null;
  const rest = text.slice(from + 1, from + 12);
  for (const stem of JA_CUES) {
    if (rest.startsWith(stem)) {
      const end = rest.slice(stem.length).search(/[。、,.\s]|$/);
      return `と${stem}${rest.slice(stem.length, stem.length + end)}`;
    }
  }
  return null;
}
