import type { QuoteLanguage } from './language';

export const fr: QuoteLanguage = {
  code: 'fr',
  verbs: `
    dit dire disait déclare déclaré déclarait affirme affirmé affirmait explique expliqué expliquait ajoute ajouté
    estime estimé souligne souligné précise précisé indique indiqué assure assuré lance lancé confie confié
    raconte raconté insiste insisté rappelle rappelé poursuit poursuivi martèle martelé répond répondu répète répété
    écrit tweeté annonce annoncé prévient prévenu conclut conclu admet admis reconnaît reconnu avertit averti
    regrette regretté dénonce dénoncé résume résumé observe observé note noté s'exclame exclamé s'interroge
    interrogé commente commenté plaide plaidé tranche tranché juge jugé lâche lâché fustige fustigé glisse glissé
    promet promis témoigne témoigné confirme confirmé déplore déploré s'insurge s'indigne indigné réagit réagi
    détaille détaillé insistait soutient soutenu avance avancé`,
  phrases: ['selon', "d'après", 'd’après', 'de l’avis de', "de l'avis de"],
  speakerFollows: "selon d'après d’après",
  indefinites: 'un une des quelques',
  possessives: 'mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs',
  pronouns: { il: 1, elle: -1, ils: 0, elles: 0, on: 0, nous: 0, je: 0 },
  titles: `
    m mme mlle monsieur madame président présidente ministre député députée maire sénateur sénatrice premier première
    secrétaire porte-parole directeur directrice général générale chef cheffe procureur procureure juge avocat avocate
    maître me dr docteur professeur professeure commissaire préfet préfète ambassadeur ambassadrice patron patronne
    pdg fondateur fondatrice entraîneur sélectionneur capitaine joueur joueuse cinéaste réalisateur réalisatrice auteur autrice
    écrivain écrivaine romancier romancière syndicaliste adjoint adjointe délégué déléguée chancelier
    chancelière roi reine prince princesse pape général colonel lieutenant commandant conseiller conseillère
    économie finances intérieur justice défense santé éducation affaires étrangères travail culture environnement
    agriculture transports sports armées`,
  stops: `que qui et mais dans avec sur pour devant après avant chez lors dont où ou car si quand comme sans entre
    par vers contre depuis pendant`,
  determiners: 'le la les un une des du l’ l\' son sa ses leur leurs ce cette ces',
  adverbials: 'aussi encore ensuite alors également déjà enfin mardi lundi mercredi jeudi vendredi samedi dimanche hier a ont avait avaient aurait va',
  links: 'de du des d’ d\'',
  complementizers: 'que qu’ qu\'',
  notNames: `le la les un une des du de selon pour dans avec sur mais et ou donc car pourtant ainsi alors lundi mardi
    mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre
    novembre décembre cette ce ces il elle ils elles nous après avant depuis lors interrogé interrogée
    questionné questionnée`,
  institutions: 'assemblée gouvernement ministère élysée parti conseil tribunal cour sénat mairie france',
  // After a quotation French inverts verb and subject pronoun: « … », affirme-t-il ; a-t-elle déclaré.
  inversion: /^(\p{L}+)-(?:t-)?(il|elle|ils|elles|on)$/u,
  elided: 'l d j n s c qu',
};
