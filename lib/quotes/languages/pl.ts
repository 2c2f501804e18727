import type { QuoteLanguage } from './language';

export const pl: QuoteLanguage = {
  code: 'pl',
  verbs: `
    powiedział powiedziała powiedzieli mówi mówią mówił mówiła mówili stwierdził stwierdziła stwierdzili
    stwierdza oświadczył oświadczyła oświadczyli zaznaczył zaznaczyła zaznacza podkreślił podkreśliła
    podkreślili podkreśla dodał dodała dodali dodaje wyjaśnił wyjaśniła wyjaśnia przekonywał przekonywała
    przekonuje zapewnił zapewniła zapewnia ocenił oceniła ocenia przyznał przyznała przyznaje zauważył
    zauważyła zauważa napisał napisała napisali pisze odpowiedział odpowiedziała odpowiada ostrzegł ostrzegła
    ostrzega zapowiedział zapowiedziała zapowiada poinformował poinformowała informuje tłumaczył tłumaczyła
    tłumaczy argumentował argumentowała apelował apelowała przypomniał przypomniała przypomina uważa uważają
    komentował komentowała skomentował skomentowała relacjonował relacjonowała pytał pytała zapytał zapytała`,
  phrases: ['według', 'zdaniem', 'jak powiedział', 'jak powiedziała', 'jak podkreślił', 'jak podkreśliła',
    'jak zaznaczył', 'jak zaznaczyła', 'jak mówi', 'jak dodał', 'jak dodała'],
  speakerFollows: 'według zdaniem jak',
  indefinites: 'jeden jedna jakiś jakaś',
  possessives: 'mój moja jego jej ich nasz nasza',
  pronouns: { on: 1, ona: -1, oni: 0, one: 0, my: 0 },
  titles: `
    pan pani prezydent prezydenta premier premiera minister ministra ministrem marszałek marszałka wojewoda
    burmistrz burmistrza prezes prezesa przewodniczący przewodnicząca rzecznik rzeczniczka rzecznika
    dyrektor dyrektora szef szefowa szefa poseł posłanka posła senator senatora sędzia prokurator
    adwokat trener trenera selekcjoner generał generała pułkownik kapitan profesor profesora prof dr
    wicepremier wiceminister sekretarz ambasador ekspert ekspertka analityk założyciel prezydent-elekt
    finansów obrony spraw zagranicznych wewnętrznych zdrowia sprawiedliwości edukacji klimatu
    infrastruktury rolnictwa cyfryzacji mon msz`,
  stops: `że żeby i a ale lecz w we na z ze do od za dla przy bez przez po przed pod nad między który która
    które którego kiedy gdy jeśli jak gdzie lub albo ani także też o`,
  determiners: 'ten ta to te jego jej ich',
  adverbials: 'także też już jeszcze potem później wcześniej wczoraj dziś dzisiaj',
  links: '',
  complementizers: 'że',
  notNames: `w we na i a ale jak że to ten ta te jednak także po przed od do dla z ze on ona oni my ja
    poniedziałek wtorek środę czwartek piątek sobotę niedzielę według zdaniem sam sama wcześniej później potem
    teraz wtedy razem`,
  institutions: 'sejm senat rząd ministerstwo sąd partia polska msz mon',
  caseEndings: 'owi ego emu iem em ie ą ę a u y i',
  nameWords: { max: 2 },
};
