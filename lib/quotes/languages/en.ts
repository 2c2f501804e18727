import type { QuoteLanguage } from './language';

export const en: QuoteLanguage = {
  code: 'en',
  verbs: `
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
    press presses pressed recommend recommends recommended`,
  phrases: ['according to', 'put it', 'puts it', 'went on', 'goes on', 'shot back', 'fired back', 'pointed out',
    'points out', 'chimed in'],
  speakerFollows: 'according',
  takesObject: `
    tell tells told telling ask asks asked asking urge urges urged warn warns warned assure assures assured
    advise advises advised caution cautions cautioned promise promises promised remind reminds reminded
    answer answers answered charge charges charged`,
  indefinites: 'a an one another some several',
  possessives: 'my your his her its our their',
  pronouns: { he: 1, she: -1, they: 0, we: 0, i: 0, it: 0 },
  titles: `
    mr mrs ms miss mx dr sen senator rep representative gov governor president vice prime minister secretary judge
    justice gen general lt col sgt capt adm maj pope rev reverend father sister sheriff mayor chancellor king queen
    prince princess lord lady sir dame prof professor chairman chairwoman chief ambassador attorney speaker leader
    candidate nominee former republican republicans democrat democrats democratic gop u.s state sheikh ayatollah
    senior adviser advisor spokesman spokeswoman spokesperson aide director executive manager chair commissioner
    officer analyst correspondent editor host anchor founder ceo coach captain deputy assistant associate
    congressman congresswoman councilman councilwoman assemblyman lawmaker delegate superdelegate
    cllr councillor councilor admiral rear commander colonel lieutenant sergeant brigadier marshal`,
  stops: `
    that which who whom whose and but or nor because when while as after before if though although since so then
    where what how why to than not no in on at during about against into over with without by`,
  determiners: 'the a an his her its their our my your this these those',
  adverbials: `
    also later then again once further still recently previously often repeatedly never simply flatly bluntly
    quickly finally initially earlier subsequently already just reportedly publicly privately today yesterday
    tonight has had have would will was is were did does may might could should can monday tuesday wednesday
    thursday friday saturday sunday morning afternoon evening night`,
  links: 'of for at from',
  complementizers: 'that',
  notNames: `
    the a an but and or so yet in on at for of to from with by as if when while after before because since although
    though this that these those he she it they we i you his her its their our my your there here then also still even
    now however meanwhile yes no not why what who how where according last next every each some many most both is are
    was were be has have had will would can could should might must do does did just than over into about against
    between through during without under up out off once today yesterday tonight instead indeed perhaps maybe later
    earlier again already finally thus therefore despite amid among asked presidential moreover furthermore
    nevertheless nonetheless besides otherwise lest another outside inside across along around behind beyond toward
    towards upon within via one two three four five six seven eight nine ten eleven twelve twenty
    thirty forty fifty hundred thousand million monday tuesday wednesday thursday friday saturday
    sunday january february march april june july august september october november december`,
  institutions: `
    house council committee department ministry party court senate congress office bureau agency administration
    government commission union bank fund board army navy police times post news journal press network tribune
    herald university college school institute center centre foundation association company corporation corp inc
    group campaign city county states republic kingdom nations street avenue park mall hall square tower church
    chamber society federation coalition alliance caucus forum museum library hospital organization
    club league show program magazine newspaper radio channel debates usa america europe africa asia china russia
    iran iraq syria israel mexico canada britain france germany japan korea india pakistan afghanistan ukraine
    turkey egypt cuba libya brazil`,
};
