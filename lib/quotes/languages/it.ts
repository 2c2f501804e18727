import type { QuoteLanguage } from './language';

export const it: QuoteLanguage = {
  code: 'it',
  verbs: `
    detto dice disse dichiarato dichiara dichiarò spiegato spiega spiegò aggiunto aggiunge aggiunse affermato
    afferma affermò sottolineato sottolinea sottolineò osservato osserva osservò ribadito ribadisce ribadì
    scritto scrive scrisse chiesto chiede chiese risposto risponde rispose commentato commenta commentò
    annunciato annuncia annunciò precisato precisa precisò assicurato assicura assicurò avvertito avverte
    denunciato denuncia ammesso ammette ricordato ricorda ricordò spiegava diceva insistito insiste attaccato
    attacca concluso conclude replicato replica replicò rivendicato rivendica`,
  phrases: ['secondo', 'a detta di'],
  speakerFollows: 'secondo',
  indefinites: 'un uno una',
  possessives: 'mio mia suo sua loro nostro nostra',
  pronouns: { lui: 1, lei: -1, loro: 0 },
  titles: `
    signor signore signora sig sig.ra presidente presidentessa ministro ministra sindaco sindaca segretario
    segretaria portavoce direttore direttrice capo deputato deputata senatore senatrice giudice procuratore
    avvocato avvocata dottor dottore dottoressa dott professore professoressa prof papa re regina principe
    generale colonnello capitano allenatore ct commissario governatore governatrice assessore assessora
    premier capogruppo allenatore allenatrice mister archeologa archeologo legale sindacalista vicepresidente vicepremier leader fondatore fondatrice amministratore delegato economia interno
    esteri giustizia difesa salute istruzione lavoro cultura`,
  // Prepositions with the article written onto them (ai microfoni, al termine, nel corso) end a phrase too.
  stops: `e ed ma che chi in con per su tra fra dopo prima da se quando come dove perché senza contro durante o né
    ai al alla allo agli alle nel nella nei negli sul sulla sui dal dalla dai col`,
  determiners: 'il lo la i gli le un uno una suo sua suoi sue questo questa',
  adverbials: 'anche poi ancora già inoltre ieri oggi lunedì martedì mercoledì giovedì venerdì sabato domenica ha hanno aveva avevano è',
  links: 'di del della dello dei degli delle',
  complementizers: 'che',
  notNames: `il lo la gli le un una secondo per con ma e anche poi inoltre lunedì martedì mercoledì giovedì venerdì
    sabato domenica gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre interpellato interpellata`,
  institutions: 'governo ministero parlamento senato camera partito tribunale comune regione italia',
  elided: 'l d dell all nell sull dall un quell',
};
