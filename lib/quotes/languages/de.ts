import type { QuoteLanguage } from './language';

export const de: QuoteLanguage = {
  code: 'de',
  verbs: `
    sagte sagt sagten sagen gesagt erklärte erklärt erklärten betonte betont betonten meinte meint fügte schrieb
    schreibt fragte fragt antwortete antwortet warnte warnt kritisierte kritisiert sprach spricht berichtete
    berichtet versicherte versichert bekräftigte bekräftigt räumte forderte fordert mahnte mahnt erzählte erzählt
    twitterte sagten kündigte teilte unterstrich unterstreicht stellte ergänzte ergänzt bestätigte bestätigt
    verkündete verkündet beklagte beklagt lobte lobt räumt`,
  phrases: ['laut', 'zufolge', 'so', 'nach angaben von', 'nach aussage von'],
  speakerFollows: 'laut nach',
  indefinites: 'ein eine einer einem einen',
  possessives: 'mein meine sein seine ihr ihre unser unsere',
  pronouns: { er: 1, sie: -1, es: 0, wir: 0, ich: 0 },
  titles: `
    herr frau dr prof bundeskanzlerin bundeskanzler kanzlerin kanzler präsident präsidentin ministerpräsident
    ministerpräsidentin minister ministerin bundesminister bundesministerin bürgermeister bürgermeisterin
    oberbürgermeister oberbürgermeisterin sprecher sprecherin vorsitzende vorsitzender chef chefin trainer
    trainerin direktor direktorin leiter leiterin geschäftsführer geschäftsführerin abgeordnete abgeordneter
    staatssekretär staatssekretärin senator senatorin richter richterin anwalt anwältin staatsanwalt
    staatsanwältin polizeisprecher polizeisprecherin landrat landrätin kapitän professor professorin
    generalsekretär generalsekretärin bundespräsident bundespräsidentin außenminister außenministerin
    innenminister innenministerin finanzminister finanzministerin verteidigungsminister verteidigungsministerin
    gesundheitsminister gesundheitsministerin wirtschaftsminister wirtschaftsministerin regierungssprecher
    regierungssprecherin bundestagspräsident bundestagspräsidentin vorstandschef vorstandschefin konzernchef
    konzernchefin ex- stellvertretende stellvertretender stellvertreter stellvertreterin autor autorin
    torhüter torhüterin stürmer kapitänin jurysprecher jurysprecherin`,
  stops: `dass und aber nach vor bei mit im am auf für über unter zu zum zur aus seit gegen ohne um während wegen
    wie wenn weil als ob oder sondern denn doch in an`,
  determiners: 'der die das dem den des ein eine einem einen einer seine ihre sein ihr',
  adverbials: 'auch noch dann zudem außerdem bereits schon jetzt später gestern heute montag dienstag mittwoch donnerstag freitag samstag sonntag hat habe hatte',
  links: 'von vom der des',
  complementizers: 'dass',
  notNames: `der die das dem den ein eine laut nach mit für und aber doch denn auch noch dann wie wenn als so im am
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august
    september oktober november dezember er sie es wir ich man zudem außerdem`,
  institutions: 'bundestag bundesregierung regierung ministerium partei rat gericht stadt land kommission deutschland',
  capitalisesNouns: true,
  caseEndings: 's',
};
