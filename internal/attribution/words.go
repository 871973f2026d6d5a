package attribution

import "strings"

// The word lists below are the knowledge the rules run on. They are compared
// with folded (lower-case, accent-free) tokens.

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// speechVerbs make their subject a speaker: someone who says something or
// states a position. Past and present forms and -ing participles only: a base
// form ("discuss") is an infinitive or a noun far more often than a statement.
// "delivered", "met" and "visited" are absent on purpose: "Biden delivered a
// positive message" inside Wang Yi's words does not make Biden speak.
var speechVerbs = set(`
paid pays paying
said says saying stated states stating noted notes noting stressed stresses stressing
urged urges urging responded responds responding assured assures assuring
emphasized emphasizes emphasizing emphasised emphasises emphasising
reaffirmed reaffirms reaffirming reiterated reiterates reiterating welcomed welcomes welcoming
expressed expresses expressing underscored underscores underscoring highlighted highlights highlighting
called calls calling told tells telling added adds adding pointed points pointing
condemned condemns condemning raised raises raising discussed discusses discussing
agreed agrees agreeing thanked thanks thanking conveyed conveys conveying affirmed affirms affirming
praised praises praising commended commends commending encouraged encourages encouraging
asked asks asking requested requests requesting proposed proposes proposing suggested suggests suggesting
explained explains explaining warned warns warning insisted insists insisting maintained maintains maintaining
acknowledged acknowledges acknowledging shared shares sharing underlined underlines underlining
outlined outlines outlining briefed briefs briefing informed informs informing announced announces announcing
declared declares declaring voiced voices voicing congratulated congratulates congratulating
offered offers offering pledged pledges pledging promised promises promising vowed vows vowing
reviewed reviews reviewing exchanged exchanges exchanging consulted consults consulting
recognized recognizes recognizing recognised recognises recognising applauded applauds applauding
appreciated appreciates appreciating hoped hopes hoping wished wishes wishing believed believes believing
replied replies replying answered answers answering clarified clarifies clarifying confirmed confirms confirming
denied denies denying accused accuses accusing criticized criticizes criticizing criticised criticises criticising
rejected rejects rejecting opposed opposes opposing supported supports supporting appealed appeals appealing
described describes describing recalled recalls recalling argued argues arguing
observed observes observing remarked remarks remarking mentioned mentions mentioning indicated indicates indicating
commented comments commenting elaborated elaborates elaborating expounded expounds expounding
asserted asserts asserting claimed claims claiming cautioned cautions cautioning regretted regrets regretting
deplored deplores deploring denounced denounces denouncing demanded demands demanding reassured reassures reassuring
spoke speaks speaking talked talks talking committed commits committing looked looks looking
spelled spelt laid set made put puts putting presented presents presenting introduced introduces introducing
conveyed expected expects considered considers considering stated restated restates
updated updates updating
reflected reflects reflecting
advised advises advising reminded reminds reminding proclaimed proclaims lamented laments predicted predicts
tweeted tweets tweeting attach attaches attached attaching
lauded lauds lauding hailed hails hailing concurred concurs concurring recommitted recommits recommitting re-committed
reemphasized reemphasizes re-emphasized re-emphasizes re-emphasised reconfirmed reconfirms re-affirmed
previewed previews previewing articulated articulates articulating relayed relays relaying
wrote writes spoken directed directs instructed instructs tasked tasks
referred refers referring pressed presses pushed pushes pushing
knows thinks feels sees views wants wanted
brought brings bringing felt
refuted refutes refuting rebutted rebuts rebutting
`)

// mindVerbs report one person's view ("The President knows it is vital to
// invest", "the President feels very strongly that"), not a group's: "They
// know each other", "They think they're liberating Ukraine" are no joint
// stance of the readout's parties, so their plural has no speaker.
var mindVerbs = set(`knows thinks feels sees views wants`)

// knowsClause open the clause after "knows" that makes it a view: "knows
// that", "knows it is vital", "knows what ...".
var knowsClause = set(`that what how why whether it we they he she there our`)

// jointDecisionVerbs state a position only of a joint subject: "The two
// sides decided to continue meetings", "The two leaders resolved that ...";
// one person's "decided" is an action more often than a stance.
var jointDecisionVerbs = set(`decided resolved`)

// verbsNeedingParticle are speech verbs only with the next word: "pointed
// out", "looked forward", "made clear", "set out", "laid out", "spelled out",
// "put forward" (a proposal), "reflected on".
var verbsNeedingParticle = map[string]string{
	"pointed": "out", "points": "out", "pointing": "out",
	"looked": "forward", "looks": "forward", "looking": "forward",
	"made": "clear", "spelled": "out", "spelt": "out", "laid": "out", "set": "out",
	"put": "forward", "puts": "forward", "putting": "forward",
	// "The leaders reflected on the importance of the alliance": views
	// told; "This dialogue reflects the U.S. commitment": no speech.
	"reflected": "on", "reflects": "on", "reflecting": "on", "reflect": "on",
	// "It's something President Biden brought up", "one of the things that
	// the Vice President brought up with counterparts": raised; "brought
	// the leaders together" is not.
	"brought": "up", "brings": "up", "bringing": "up", "bring": "up",
	// "He felt strongly about the language": a stance, as "feels"; "felt
	// the impact" is not.
	"felt": "strongly",
	// "The President and the Taoiseach paid tribute to the late John
	// Hume": praise (rule 1); "paid a visit", "paid $5 million" are not.
	"paid": "tribute", "pays": "tribute", "paying": "tribute",
}

// invertedVerbs may come before their subject: "said Wang", "noted the
// Secretary".
var invertedVerbs = set(`said says noted added stressed continued explained emphasized emphasised underscored`)

// meetingVerbs describe a call or meeting between the subject and the people
// after "with": "spoke with", "met with", "held talks with", "had a phone
// conversation with".
var meetingVerbs = set(`spoke met talked held had hosted`)

// meetingNouns follow "held" or "had" in a meeting: "held a telephone
// dialogue with", "had a phone conversation with".
var meetingNouns = set(`call calls conversation conversations talks talk meeting meetings dialogue discussion discussions
videoconference exchange phone telephone video virtual bilateral`)

// skippable words may stand between a subject and its verb: "Blinken also
// stressed", "Blinken has expressed", "Wang on Saturday said".
var skippable = set(`also together further again then once repeatedly separately likewise specifically briefly warmly similarly
particularly jointly clearly strongly firmly fully today yesterday has have had both each further
reportedly publicly previously later subsequently first in turn earlier recently on monday tuesday wednesday
thursday friday saturday sunday moreover additionally furthermore however meanwhile still even
repeatedly explicitly directly personally himself herself themselves all did does often consistently frequently always
just`)

// intensifiers may stand between a copula and a stance adjective: "has been
// quite clear", "was abundantly clear", "is crystal clear".
var intensifiers = set(`quite abundantly crystal so extremely really particularly always`)

// adverb reports whether t may stand between a subject and the verb v: a
// skippable word, or, before a verb of speech or position, a manner adverb
// in "-ly" of any kind ("As the Secretary-General has rightly stated",
// "Pompeo initially said", "Erdoğan obviously opposed this economic
// corridor", "Yoon Suk Yeol unreasonably denounced"), which no word list
// can hold. Before a verb of belief ("if he sincerely believes", "he really
// believes") an "-ly" word is more often the speaker's own judgement of
// someone than a report of them, and before "maintained" it goes with
// keeping, not asserting ("who has tirelessly maintained the activity of the
// Assembly"). Lower-case only, and not the "-ly" words that are nouns or
// verbs ("family", "ally", "reply").
func adverb(t, v token) bool {
	if skippable[t.lower] {
		return true
	}
	if !sayingVerbs[v.lower] && (!speechVerbs[v.lower] || beliefVerbs[v.lower]) {
		return false
	}
	if timeAdverbs[t.lower] && t.word && !t.cap {
		return true
	}
	return t.word && !t.cap && len(t.lower) >= 5 && strings.HasSuffix(t.lower, "ly") && !lyWords[t.lower]
}

// timeAdverbs say when or how long, between an auxiliary and a verb of speech
// or position: "President Biden has long said", "the IMF has already said",
// "the Government has since declared". Only there: "Long" alone is a
// surname, and "since" and "now" open clauses elsewhere.
var timeAdverbs = set(`long already since now twice`)

// beliefVerbs report a state of mind, or (maintain) keep something going
// as often as they assert it.
var beliefVerbs = set(`believed believes believing knows thinks feels
maintained maintains maintaining`)

// sayingVerbs report words, not a state of mind.
var sayingVerbs = set(`said says stated states noted notes wrote writes put puts pointed points declared declares warned warns
stressed stresses emphasized emphasizes emphasised argued argues observed observes remarked remarks told tells tweeted
tweets reminded reminds insisted insists called calls urged urges asked asks added adds explained explains
acknowledged acknowledges reiterated reiterates underscored underscores highlighted highlights expressed expresses
announced announces claimed claims affirmed affirms reaffirmed reaffirms condemned condemns welcomed welcomes`)

// lyWords end in "-ly" but are no adverbs.
var lyWords = set(`family supply apply reply rally ally assembly anomaly monopoly jelly belly bully comply imply rely
multiply italy july holy ugly elderly friendly lovely costly timely orderly deadly likely daily weekly monthly yearly
quarterly early only`)

// notNow words before a verb mean the statement has not happened: "will
// discuss", "to raise", "is expected to welcome"; "not worth refuting",
// "worth noting" is no act of anyone's.
var notNow = set(`will would to shall may might could should can cannot must not never worth`)

// prepositions before a name make it an object, not the subject a
// participle or a coordinated verb attaches to.
var prepositions = set(`with between of to for by from on about against among toward towards into at in than`)

// titleWords name an office or rank. A capitalised word right after one is
// taken for a name ("Acting Assistant Secretary Hood"), even when the
// gazetteer does not know it.
var titleWords = set(`president presidents minister ministers secretary secretaries councilor councillor chancellor ambassador
spokesperson spokesman spokeswoman envoy director advisor adviser premier king queen prince princess emir amir
sultan majesty highness excellency mr mrs ms miss dr madam mme professor prof chairman chair chairperson chairwoman commissioner
representative leader speaker senator governor mayor general admiral colonel lieutenant pope cardinal sheikh
counsel counselor counsellor coordinator administrator chief officer head lord dame sir sen rep gov amb secretary-general
deputy vice prime foreign acting assistant under special senior principal executive permanent high crown
first lady gentleman duke duchess delegate tem assemblymember assemblywoman assemblyman congressman congresswoman whip co-chair councilmember premier-designate president-elect minister-president taoiseach commander justice judge gen
affairs state security defense defence national minister’s director-general managing`)

// descriptorWords occur inside titles and institution names but are not
// names: "Secretary of State for Near Eastern Affairs Joey Hood".
var descriptorWords = set(`of for the and affairs state states department ministry office council commission house
united nations assembly republic federal cooperation worship health energy justice homeland labor labour
transport agriculture climate international global public diplomacy policy economic economy political military arms
control human rights democracy counterterrorism legal near eastern western southern northern central african asian
pacific european europe external commonwealth development trade finance treasury commerce interior bureau
operations management resources intelligence staff nsc white navy army air force forces coast guard
armed joint chiefs g7 g20 nato un eu u.s. us uk kingdom emirates arab islamic democratic socialist
hashemite federation people’s peoples union african caribbean community
education transportation economics advisers advisors cabinet secretariat strategic presidential task order
legislators veterans housing urban environmental protection agency budget science technology small business
administration domestic gender communications infrastructure intergovernmental relations management
emergency environment quality climate senate congress congressional committee caucus governors mayors
task force office’s agriculture labor korea cyber emerging medical hurricane center plan action north south east west
triangle services service governments government youth dhs arabia`)

// countryWords are countries and demonyms the gazetteer may not list; a
// capitalised run ending "of Bahrain" must not become a person "Bahrain".
var countryWords = set(`afghanistan afghan albania albanian algeria algerian andorra angola angolan antigua argentina argentine
armenia armenian austria austrian azerbaijan azerbaijani bahamas bahrain bahraini bangladesh bangladeshi barbados belarus
belarusian belgium belgian belize benin bhutan bolivia bolivian bosnia botswana brunei bulgaria bulgarian burkina burundi
cabo cambodia cambodian cameroon chad chile chilean colombia colombian comoros congo congolese costa croatia croatian cuba
cuban cyprus cypriot czech czechia djibouti dominica dominican ecuador ecuadorian salvador salvadoran eritrea estonia
eswatini ethiopia ethiopian fiji finland finnish gabon gambia georgia georgian ghana ghanaian greece greek grenada
guatemala guatemalan guinea guyana haiti haitian honduras honduran hungary hungarian iceland icelandic iraq iraqi
ireland irish jamaica jamaican kazakhstan kazakh kenya kenyan kiribati kosovo kuwait kuwaiti kyrgyzstan laos latvia
latvian lebanon lebanese lesotho liberia liberian libya libyan liechtenstein luxembourg madagascar malawi malaysia
malaysian maldives mali malta maltese mauritania mauritius moldova moldovan monaco mongolia mongolian montenegro
mozambique myanmar burma namibia nauru nepal nepali nicaragua nicaraguan niger nigeria nigerian macedonia norway
norwegian oman omani pakistan pakistani palau panama panamanian papua paraguay peru peruvian portugal portuguese
romania romanian rwanda rwandan samoa senegal senegalese serbia serbian seychelles sierra singapore slovakia slovak
slovenia slovenian solomon somalia somali sudan sudanese suriname sweden swedish switzerland swiss syria syrian
taiwan taiwanese tajikistan tanzania tanzanian thailand thai timor togo tonga trinidad tunisia tunisian turkmenistan
tuvalu uganda ugandan uruguay uzbekistan vanuatu venezuela venezuelan vietnam vietnamese yemen yemeni zambia zambian
zimbabwe africa asia europe americas caribbean gaza israel jordan egypt qatar kosovo`)

// nounSuffixes end common nouns and adjectives, rarely names:
// "Previewing", "Transportation", "Leadership".
var nounSuffixes = []string{"ing", "tion", "sion", "ment", "ness", "ity", "ship", "ture", "ism"}

// headWords are Title Case words of headlines that are neither titles nor
// names: "Readout of President Biden’s Call With ...".
var headWords = set(`readout readouts call calls meeting meetings meets visit visits visited travel travels trip statement
statements remarks press briefing briefings conference joint regular release media availability
with on at in to and or by from after before during regarding concerning about following ahead
message letter phone telephone video virtual bilateral trilateral summit dialogue talks welcomes
announcement announces fact sheet background senior administration officials official`)

// notNames are capitalised words that start sentences or headlines and are
// never a person: a bare one is not looked up.
var notNames = set(`the a an he she it they we i you his her its their our my your this that these those both each
during according in on at as after before when while with without following since until upon over under
against among amongst between from through within across toward towards beyond versus via into
today yesterday tomorrow however meanwhile moreover furthermore also and but or so then there here
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
mr mrs ms dr sir lord q a question answer moderator operator participant staff
god china chinese russia russian america american beijing washington moscow
yes no thank thanks well good now let all any some many most other another such what which who whom whose why how
will`)

// riskyBare are gazetteer surnames that are also common words or very
// common names: alone and without a title they are not looked up in the
// gazetteer ("Price" in "Price volatility"), only among the people the
// document names in full.
var riskyBare = set(`may price miller hunt bruce park lee kim moon mark austin mao lin sanders harris cohen katz
joe mike david john james antonio mohammed mohamed abdullah li wang chung cho xie han haq
jordan israel costa michel lula lie sen hun`)

// headerStyles are styles, chiefly, royal, religious and military titles
// that stand before a speaker's name in a UN speech's header and are not
// part of the canonical name (rule 11): "Lyonpo Tshering Wangchuk", "Ratu
// Wiliame Maivalili Katonivere", "Samdech Akka Moha Sena Padei Techo Hun
// Sen", "Dato Seri Paduka Awang Haji Erywan ...", "U Kyaw Tint Swe". Taken
// from the headers of the 1,395 speeches of the corpus. "Nana" stays: the
// gazetteer and the labels keep it in Nana Addo Dankwa Akufo-Addo.
var headerStyles = set(`sheikh shaikh sheikha sayyid seyyed king queen prince princess emir amir sultan majesty highness
serene royal holiness general cardinal archbishop samdech akka moha sena padei techo borvor thipadei dato datuk datin
seri setia paduka awang haji hajah pehin tun tan sri shri lyonpo dasho ratu adi u`)

// innerParticles are words in lower case inside a name: "Mohamed al
// Menfi", "Abdullah II ibn Al Hussein", "Elmar Maharram oglu Mammadyarov",
// "Jose Ulisses Correia e Silva", "Mr. van Kleffens" ("el-Khouri" is
// capitalised by tokenize).
var innerParticles = set(`al el ad as ash bin binti bint ibn ben bou abu ould oglu ogly kyzy do da dos das de del della
di du e y van von und zu der den ter le la`)

// honorifics are dropped from a name: "Mr. Arce" is Arce.
var honorifics = set(`mr mrs ms miss dr h.e his her excellency sir madam mme prof professor dato datuk pehin`)

// groupHeads complete "the two ..." or "both ..." into a reference to both
// parties of the readout.
var groupHeads = set(`ministers leaders sides diplomats presidents secretaries counterparts officials delegations parties heads
participants advisors advisers envoys co-chairs chairs countries`)

// groupModifiers may stand inside "the two ..." before the head without
// being one: "the two senior diplomats", "The two National Security
// Advisors", "the two Prime Ministers".
var groupModifiers = set(`foreign senior top chief national security prime vice deputy special`)

// groupNumbers count the parties after "the": "the two leaders", "the four
// leaders" of a meeting of four.
var groupNumbers = set(`two three four five six seven eight nine ten`)

// pluralHeads may follow a bare "the" to name both parties: "the leaders
// discussed", "The Presidents noted". "the sides" and "the ministers" too,
// but not "the officials", which is often a third group.
var pluralHeads = set(`leaders presidents ministers sides counterparts diplomats participants`)

// titleHeads are offices in the plural that, capitalised after a modifier
// ("The National Security Advisors", "The Foreign Ministers"), are the
// parties who hold them.
var titleHeads = set(`advisors advisers ministers presidents secretaries envoys`)

// filteredHeads are the titleHeads whose group is only the parties holding
// the office: "The Foreign Ministers" of a trilateral include the
// Secretary of State, "The National Security Advisors" no President.
var filteredHeads = set(`advisors advisers presidents envoys`)

// questionLabels open a transcript paragraph that is nobody in the gazetteer.
var questionLabels = set(`q question questioner moderator operator participant journalist reporter staff audience`)

// commonWords are capitalised words of programme, treaty and body names
// that a title word may precede ("Global Digital Compact", "the Minister of
// the International Liaison Department") but that are never a person's name.
// The lower-case rule (a word the document also writes in lower case) finds
// most of them; these are the ones a short document writes only capitalised.
var commonWords = set(`via teleconference opening charter compact recovery grid liaison middle minster member members debate article agenda framework
initiative initiatives fund institute bank board border assets assistance agency aeronautics credit critical
day diet drug elections electoral emperor food funeral growth hemisphere horn labs land law memorandum
ministerial multilateral consultative corporate creative civilian conflict interagency partnership partnerships
program programme project summit forum alliance coalition council commission committee court tribunal
department bureau office mission embassy consulate delegation group union league organization organisation
declaration treaty accord agreement convention protocol resolution act plan strategy dialogue
center centre foundation association university college school academy society network
east west north south central eastern western northern southern middle upper lower greater
region regional island islands sea ocean gulf strait river valley mountain mountains city port
farmers workers union unions students families children women veterans
general attorney surgeon visa visas immigrant peace peninsula consumer financial party communist retailers fruits
new san santa sao saint st abu port fort base cape mount lake grand dhabi zealand york`)

// companyNouns and companyDeterminers make the unnamed company of a named
// subject: "and his team", "and the delegation", "and this group".
var (
	companyNouns = set(`team teams staff delegation delegations group colleagues aides advisors advisers officials`)
	peopleNouns  = set(`members representatives executives senators governors mayors legislators lawmakers partners
experts advocates stakeholders negotiators allies ceos`)
	companyDeterminers = set(`his her their the this`)
)

// travelVerbs narrate a journey; their subject is no speaker but is who a
// following pronoun means: "Jake Sullivan visited New Delhi. He met ...".
var travelVerbs = set(`visited visits traveled travelled travels arrived arrives`)

// collectiveNouns are subjects that stand for unnamed people: "The
// Ukrainian delegation affirmed", "the group discussed".
var collectiveNouns = set(`delegation group team industry administration community coalition`)

// introWords open an adverbial phrase before a sentence's subject: "In the
// aftermath of ..., they discussed", "During the call, they agreed".
var introWords = set(`in during on following after at throughout given amid upon before since`)

// subordinators open a subordinate clause: a meeting told in one is not the
// one the readout reports.
var subordinators = set(`since after when as while because following that where which who before until once`)
