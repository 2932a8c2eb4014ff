/**
 * Word lists the detector matches against (English news style). Lower-case unless noted.
 * Trade-off: closed lists are predictable and fast, but miss rare verbs and titles; extend them here.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Verbs that attribute quoted words to their subject ("said", "told", "described … as"). */
export const SPEECH_VERBS = set(`
  said says say saying told tells tell telling added adds adding asked asks asking noted notes noting
  wrote writes writing stated states declared declares insisted insists insisting argued argues arguing
  warned warns warning stressed stresses emphasized emphasised emphasizes emphasises recalled recalls
  replied replies responded answered remarked observed claimed claims claiming announced acknowledged
  admitted admits conceded vowed pledged promised urged urges urging cautioned suggested complained
  joked concluded predicted tweeted posted explained explains continued described describes describing
  called calls calling thanked praised criticized criticised accused dismissed labelled labeled branded
  termed condemned welcomed spoke speak speaks shouted yelled whispered testified reiterated confirmed
  boasted lamented quipped countered pleaded demanded demands demand assured reminded
`);

/** Verbs that introduce a reported claim (the proposition after them is the claim). Denials and beliefs excluded. */
export const REPORT_VERBS = set(`
  said says say saying told tells stated states claimed claims argued argues insisted insists warned warns
  warning acknowledged admitted admits conceded vowed pledged promised demanded demand demands noted notes
  emphasized emphasised stressed announced added explained reported estimated predicted confirmed asserted
  alleged maintained joked wrote writes tweeted divulged revealed disclosed reiterated testified contended
  declared
`);

/** Auxiliaries and adverbs that may stand between a subject and its verb ("has repeatedly said"). */
export const AUX = set(`
  has have had was were is are will would could should may might can did does do also later then again
  once still repeatedly previously earlier further publicly privately firmly already often recently
  reportedly not never always now just has been being be continues continued continue went to long
`);

/** Words that can finish a clause's verb group: the mark of a finite clause after "said". */
export const FINITE = set(`
  is was were are had has have will would could can may might should must did does do remains remained
  needs needed continues continued
`);

/** Words a reported clause may start with ("said the plan …", "said it will …"). */
export const CLAUSE_STARTERS = set(`
  he she it they we i there the a an this these those his her its their our some many most all no any
  more each every both several few nobody everyone none one two three four five six seven eight nine ten
`);

/** Titles and role words in names ("Foreign Minister", "Mr"); stripped from speaker names. Case-insensitive. */
export const TITLES = set(`
  president president-elect vice prime minister premier chancellor secretary foreign defence defense interior
  finance transport health home justice education energy trade state deputy senator sen sen. rep rep.
  representative gov gov. governor mayor general gen gen. judge king queen prince princess pope chairman
  chairwoman chair chief executive director ambassador commissioner leader professor prof prof. dr dr. mr
  mr. mrs mrs. ms ms. miss sir dame lord lady mp mep sheikh cardinal bishop archbishop rabbi imam coach
  captain capt capt. sgt sgt. lt lt. col col. admiral attorney speaker council opposition spokesperson
  spokesman spokeswoman ceo cfo coo founder co-founder cofounder chairperson
`);

/** Lower-case role nouns: a person's role before or after the name ("spokesperson", "chair"). */
export const ROLE_NOUNS = set(`
  president minister premier chancellor secretary senator governor mayor general judge king queen chair
  chairman chairwoman chief director ambassador commissioner leader professor spokesperson spokesman
  spokeswoman negotiator editor reporter correspondent campaigner activist founder ceo executive manager
  officer official analyst economist ranger whisperer expert lawyer attorney doctor scientist researcher
  teacher member head adviser advisor aide coach captain mp deputy father mother son daughter husband wife
  brother sister uncle aunt resident owner worker fellow elder premier envoy diplomat delegate prosecutor
  mp councillor councilor candidate skipper fisherman farmer driver pilot nurse student singer actor
  author writer artist historian commentator strategist consultant partner
`);

/** Plural nouns for groups of people that speak ("officials said", "analysts say"). */
export const GROUP_NOUNS = set(`
  officials analysts experts diplomats observers sources critics residents witnesses police investigators
  prosecutors authorities scientists researchers forecasters economists campaigners activists lawmakers
  ministers leaders elders members workers doctors lawyers reports figures data statistics reports
  protesters organisers organizers officers spokespeople
`);

/** Capitalised head words of organisations. */
export const ORG_HEADS = set(`
  ministry department agency council association union party office commission committee court government
  administration authority institute university company corporation inc ltd group bank fund police army
  navy service services kremlin house parliament congress senate cabinet foundation center centre
  organisation organization network international federation board bureau assembly coalition alliance
  league club society market markets stores media times news post airlines motors systems technologies
  labs research
`);

/** Lower-case organisation nouns ("the ministry said"). */
export const ORG_NOUNS = set(`
  ministry department agency council association union party office commission committee court government
  administration authority institute university company firm corporation group bank fund police army
  service parliament congress senate cabinet foundation organisation organization network federation board
  bureau regulator watchdog embassy kremlin magazine newspaper paper website site outlet broadcaster channel
  station
`);

/** Words before a quotation that make it a title, a name or a term, not somebody's words. */
export const NAMING_CUES = set(`
  so-called called call calls dubbed nicknamed named titled entitled reading read marked film movie book
  song album show series novel play poem documentary word term phrase slogan hashtag headline title
  programme program campaign feature app operation brand motto exhibition opera painting article essay
  podcast game label sign banner
`);

/** Leading words of an adverbial phrase at the start of a sentence ("In a statement, …"). */
export const ADVERBIAL_STARTERS = set(`
  in on at after before during despite last earlier later however but and yet so still meanwhile since
  when while although though if as asked speaking talking with without for under over this that hours days
  weeks months years seven nine instead unlike like by from according clockwise above right left
`);

/** Words that never belong to a speaker's noun phrase. */
export const NP_STOP = set(`
  and or but as when while that which who whom whose where if because than of in on at to for from with
  by about into over after before during under between against without among through per via not also
  is was were are has have had will would could can may might should did does do be been being it's
  asked according like there here
`);

/** Male honorifics and family or role words. */
export const MALE = set('mr mr. sir lord king prince father son husband brother uncle nephew spokesman chairman man');
/** Female honorifics and family or role words. */
export const FEMALE = set(`
  mrs mrs. ms ms. miss dame lady queen princess mother daughter wife sister aunt niece spokeswoman
  chairwoman woman
`);

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = set(`
  mr mrs ms dr st jr sr gen gov sen rep lt col capt sgt prof rev no vs etc inc ltd co corp jan feb mar apr
  jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m mt ft
`);

/** Capitalised words that are not names at the start of a run (sentence starters, days, months). */
export const NAME_STOP = set(`
  the a an in on at after before but and however this that these those his her their our its my your if
  when while as for with without from by despite although though because unless until whereas to once even
  only also just now yet perhaps maybe indeed instead often sometimes soon already again almost nearly finally
  eventually ultimately today yesterday tonight tomorrow thus hence therefore moreover furthermore besides
  otherwise nevertheless nonetheless unlike like about across against along among around behind below beside
  between beyond except inside into near off onto outside over past since through throughout toward towards
  under upon within what who why how where which whose whom it we they he she i you one two three four five
  six seven eight nine ten another such last next so still meanwhile earlier later both many some
  most other every each no not then there here according asked monday tuesday wednesday thursday friday
  saturday sunday january february march april may june july august september october november december
  read analysis photo credit map video watch share continue related
`);

/** Words of place names: a run containing them is not a person. */
export const PLACE_WORDS = set(`
  new north south east west united saudi sea river island islands ocean republic kingdom states street
  beach city county province coast mountain mountains lake bay gulf valley museum hall square park harbor
  harbour port bridge road avenue airport station cathedral church mosque temple zealand
`);

/** Pronouns that can stand for a speaker. */
export const PRONOUNS = set('he she they it we i');

/** True for an adverb in -ly ("repeatedly"), which may sit between a subject and its verb. */
export const isAdverb = (lower: string): boolean => lower.length > 4 && lower.endsWith('ly');
