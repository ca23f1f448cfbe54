/**
 * Claim cues: the wording by which English news reports and official statements from the
 * Pakistan–Afghanistan frontier signal that somebody claims, denies, alleges, counts or promises.
 * Written for Frontier Watch from general knowledge of news language (wire style, Pakistani dailies,
 * ISPR and Islamic Emirate statements); not copied from any article or dataset.
 *
 * Pattern language: a JavaScript regular-expression source, matched case-insensitively on word
 * boundaries (compiled by ../cues.ts).
 * `weight` (0..1) says how sure the cue is of its kind on its own.
 */
import type { ClaimKind } from "../../../domain/index.js";

export interface CueEntry {
  kind: ClaimKind;
  pattern: string;
  weight: number;
  /** The cue is first-person speech ("we carried out"): the speaker is whoever is quoted. */
  firstPerson?: boolean;
  /** The group must be the speaker too ("the BLA carried out the attack, the group said"): a third party saying a group did it is not the group's claim. */
  selfReport?: boolean;
  /**
   * The cue describes what is claimed ("from Afghan territory", "unprovoked") rather than the act of
   * claiming ("accused", "denied"): its grammatical subject is not the speaker, who must come from a
   * reporting verb, an "according to", or the document (an ISPR statement speaks for the army).
   */
  content?: boolean;
  /**
   * The cue reports one side's forces acting across the border ("Afghan forces opened fire"): an
   * allegation only when the speaker is from the other side (a side reporting its own strikes is not
   * accusing anyone). The side is read from the matched words.
   */
  crossBorder?: "named" | "territory";
  /** A state's own act told by its government or forces (a reprisal): the speaker is a state, not an armed group. */
  stateAct?: boolean;
  /** The accused are particular suspects ("the slain men were wanted for …"): an allegation even against unnamed militants. */
  suspects?: boolean;
}

/** Objects of "claimed …" that make it a claim of responsibility. */
const ATTACK_NOUNS =
  "(?:attacks?|bombings?|blasts?|explosions?|assaults?|ambush(?:es)?|raids?|killings?|murders?|assassinations?|" +
  "abductions?|kidnappings?|strikes?|operations?|massacre|shootings?|hijacking|siege|suicide (?:attack|bombing)s?|" +
  "incidents?|violence|action)";
/** Fighters of a group, as the group calls them. */
const FIGHTERS = "(?:fighters|men|members|militants|mujahideen|mujahids|cadres?|commandos|unit|squad|sarmachars|suicide bombers?|bomber|attacker|fidayeen|operatives|youths)";
const DID =
  "(?:shot down|downed|blown up|set off|triggered|gunned down|set (?:on )?fire to|set ablaze|torched|burnt|burned|sabotaged|damaged|carried out|conducted|launched|staged|executed|mounted|attacked|targeted|killed|shot(?: dead)?|ambushed|stormed|seized|" +
  "detained|abducted|kidnapped|captured|bombed|blew up|destroyed|struck|hit|raided|assassinated|planted|were holding|are holding|had taken|blew (?:himself|herself|themselves) up|blown (?:himself|herself|themselves) up|detonated|overran|overrun|overrunning|stormed|took over|taken over|took control of|taken control of|fired on|opened fire on)";

export const CUES: CueEntry[] = [
  // --- responsibility: a group says it did it
  { kind: "responsibility", pattern: `claim(?:ed|s|ing)? (?:the )?(?:full |sole )?(?:responsibility|credit)`, weight: 0.95 },
  { kind: "responsibility", pattern: `(?:took|takes|taking|accepted|accepts|accepting|owned|owns|assumed|assumes) (?:full )?(?:responsibility|credit)`, weight: 0.9 },
  { kind: "responsibility", pattern: `owned up to|own(?:ed|s)? (?:the |this |that |both |all |these )?(?:[\\w'’-]+ )?${ATTACK_NOUNS}`, weight: 0.85 },
  { kind: "responsibility", pattern: `(?:was|were|been|is|are|being|later|also|swiftly|quickly) claimed by|claims? (?:of responsibility )?(?:was |were )?(?:made|issued|posted|published|released) by`, weight: 0.85 },
  { kind: "responsibility", pattern: `(?:a |the |its )?claim of responsibility`, weight: 0.85 },
  // "Responsibility for Sunday's bombing was accepted by …", "credit for the ambush was taken by …"
  { kind: "responsibility", pattern: `(?:responsibility|credit) for (?:[\\w'’-]+ ){1,6}?(?:was|were|has been|had been|have been) (?:later |quickly |swiftly |promptly |subsequently |also )?(?:claimed|taken|accepted|assumed) by`, weight: 0.85 },
  // "BLA fighters had seized the highway" in the group's own words
  { kind: "responsibility", pattern: `(?:ttp|bla|blf|brg|bras|bra|jua|hgb|isis|iskp|is-k|is-kp|daesh|taliban|tehreek-e-taliban|tehrik-i-taliban|islamic state|baloch liberation army|balochistan liberation army|baloch liberation front|balochistan liberation front|jamaat-ul-ahrar|lashkar-e-jhangvi|lashkar-e-islam|gul bahadur) ["“']?${FIGHTERS}["”']?(?: had| have| were| was)? ${DID}`, weight: 0.8, selfReport: true },
  { kind: "responsibility", pattern: `claim(?:ed|s|ing)? (?:[\\w-]+(?:'s|’s)? ){0,3}?${ATTACK_NOUNS}`, weight: 0.85 },
  { kind: "responsibility", pattern: `claim(?:ed|s|ing)? (?:it|them|both)`, weight: 0.7 },
  { kind: "responsibility", pattern: `claim(?:ed|s|ing)? to have ${DID}`, weight: 0.85 },
  { kind: "responsibility", pattern: `(?:was|is) (?:the |its )?(?:latest|last|deadliest|first|second|third|one)(?: (?:attack|bombing|blast|assault))? (?:to be )?claimed by`, weight: 0.85 },
  { kind: "responsibility", pattern: `(?:its|their|the group's|the organi[sz]ation's|the movement's) ["“']?(?:[\\w'’-]+ )?${FIGHTERS}["”']?(?: had| have| were| was)? ${DID}`, weight: 0.85 },
  { kind: "responsibility", pattern: `(?:it|they|the group|the organi[sz]ation|the outfit) (?:had |has |have )?(?:was behind|were behind|${DID.slice(3, -1)})`, weight: 0.8 },
  { kind: "responsibility", pattern: `(?:carried out|conducted|staged|launched|executed|mounted) (?:the |this |that |both |all |these |those |its |a |an )?(?:[\\w'’-]+ ){0,2}?${ATTACK_NOUNS}`, weight: 0.75, selfReport: true },
  { kind: "responsibility", pattern: `(?:it|the group|the organi[sz]ation|the outfit) (?:was|is) (?:responsible for|behind)|they (?:were|are) (?:responsible for|behind)`, weight: 0.8 },
  { kind: "responsibility", pattern: `(?:were|was) (?:members?|fighters?) of (?:the group|its|our)|(?:were|was|are|is) (?:its|their|our) (?:own )?(?:members?|fighters?|men|cadres?|commanders?|mujahideen)`, weight: 0.7 },
  { kind: "responsibility", pattern: `(?:we|our (?:fighters|men|mujahideen|sarmachars|martyrdom seekers?)) (?:have |had )?${DID}`, weight: 0.8, firstPerson: true },
  { kind: "responsibility", pattern: `we (?:claim|take|accept) (?:full )?(?:responsibility|credit)`, weight: 0.9, firstPerson: true },

  // a government's own forces striking the other side in reprisal, told by that government: its responsibility
  { kind: "responsibility", pattern: `(?:its|their|our|the|emirate|islamic emirate|afghan|pakistani) (?:own )?(?:forces|troops|border forces|security forces|army|military|soldiers|mujahideen) (?:had |have |has )?(?:shelled|hit|struck|attacked|targeted|pounded|destroyed|fired (?:on|at)|launched (?:strikes|attacks) on) [^.;]{0,90}?(?:in (?:retaliation|response|reprisal|reply|answer)|retaliatory|as a reprisal)`, weight: 0.8, stateAct: true },

  // --- denial: a party denies an accusation or involvement
  // "rejected any link to the kidnapping", "denied any connection with the group"
  { kind: "denial", pattern: `(?:rejected|rejects|rejecting|dismissed|dismisses|disowned|disowns) (?:any |all |the )?(?:links?|connections?|associations?|ties|role|hand|involvement)(?: (?:to|with|in))?`, weight: 0.85 },
  { kind: "denial", pattern: `den(?:ied|ies|ying|y)(?! (?:entry|access|permission|bail|visas?|passage|the right|treatment|food|water|medical|them|him|her|justice))`, weight: 0.85 },
  { kind: "denial", pattern: `(?:rejected|rejects|rejecting|refuted|refutes|refuting|repudiated|repudiates) (?:[\\w'’-]+ ){0,4}?(?:allegations?|accusations?|claims?|charges?|remarks|assertions?|suggestions?|reports?|statements?|insinuations?|propaganda|blame|assertion|findings|conclusions|figures)`, weight: 0.9 },
  { kind: "denial", pattern: `(?:rejected|rejects|refuted|refutes) (?:the |this |that |these |any )?(?:notion|idea|impression|allegation|claim|charge)`, weight: 0.9 },
  // "rejected the figure", "disputed the toll", "questioned the army's numbers": a count or an account denied
  { kind: "denial", pattern: `(?:rejected|rejects|rejecting|refuted|refutes|disputed|disputes|disputing|contested|contests|contesting|challenged|challenges|questioned|questions|dismissed|dismisses) (?:the |this |that |these |those |such |its |their |(?:[\\w'’-]+(?:'s|’s) ))?(?:[\\w'’-]+ )?(?:figures?|numbers|toll|tolls|count|counts|tally|tallies|version|account|accounts|narrative|statistics|data)`, weight: 0.85 },
  { kind: "denial", pattern: `dismiss(?:ed|es|ing)? (?:[\\w'’-]+ ){0,6}?as (?:baseless|false|untrue|unfounded|fabricated|propaganda|lies|a lie|nonsense|speculation|misleading|concocted|absurd|ridiculous|biased|one-sided|partisan|distorted|exaggerated|fake|fictitious|a fabrication|malicious|inaccurate|politically motivated|motivated|unfair|agenda-driven|an exaggeration|far from (?:the )?truth|incorrect|wrong)`, weight: 0.9 },
  { kind: "denial", pattern: `dismiss(?:ed|es|ing)? (?:the |this |that |these |those |such |all |any |its |their |his |her |(?:pakistan|afghanistan|islamabad|kabul)(?:'s|’s) )?(?:[\\w'’-]+ )?(?:charges?|allegations?|accusations?|claims?|assertions?|findings|conclusions)`, weight: 0.85 },
  { kind: "denial", pattern: `(?:termed|terming|called|calling|described|describing|branded|branding|labelled|labeled|labelling) (?:[\\w'’-]+ ){0,8}?(?:as )?["“']?(?:enemy |mere |malicious |pure |sheer )?(?:premature|incorrect|wrong|irresponsible|politically motivated|unsubstantiated|unproven|speculative|exaggerated|baseless|false|untrue|unfounded|fabricated|propaganda|a lie|lies|concocted|misleading|biased|one-sided|partisan|distorted|fake|fictitious|a fabrication|malicious|inaccurate|far from (?:the )?truth|divorced from reality|agenda-driven|motivated|unfair|an exaggeration|a pack of lies|hostile propaganda)`, weight: 0.8 },
  { kind: "denial", pattern: `(?:allegations?|accusations?|claims?|charges?|reports?|remarks|assertions?|statements?) (?:[\\w'’-]+ ){0,6}?(?:were|was|are|is) ["“']?(?:completely |totally |entirely |absolutely )?(?:baseless|false|untrue|unfounded|fabricated|propaganda|without basis|lies|biased|one-sided|distorted|exaggerated|misleading|fake|incorrect|politically motivated|far from (?:the )?truth)`, weight: 0.85 },
  { kind: "denial", pattern: `(?:had|has|have|bore|bears) no (?:direct |indirect |direct or indirect |kind of |sort of )?(?:part|role|hand|involvement|link|links|connection|connections|relation|relations|ties|responsibility)(?: whatsoever| at all)? (?:in|with|to|for)`, weight: 0.9, content: true },
  { kind: "denial", pattern: `(?:was|were|is|are|had not been|has not been|have not been) (?:not|in no way|not in any way|never|nowhere) (?:involved|behind|responsible)`, weight: 0.85, content: true },
  { kind: "denial", pattern: `(?:had|has|have) nothing to do with`, weight: 0.85, content: true },
  { kind: "denial", pattern: `distanc(?:ed|es|ing) (?:itself|themselves|himself|the group|the organi[sz]ation) from`, weight: 0.85 },
  { kind: "denial", pattern: `disowned|disowns|disowning`, weight: 0.8 },
  { kind: "denial", pattern: `(?:there (?:is|was) )?no truth (?:in|to)|played no (?:part|role)|(?:did|had|has|have) not (?:carry|carried) out|(?:was|were) not (?:carried out|conducted|staged) by (?:it|the group|its)`, weight: 0.8, content: true },
  { kind: "denial", pattern: `(?:reports?|claims?|allegations?|accusations?|charges?) (?:[\\w'’-]+ ){0,4}?(?:were|was|are|is) (?:not true|untrue|incorrect|wrong|false)`, weight: 0.8, content: true },
  { kind: "denial", pattern: `(?:rejected|rejects|denied|denies|dismissed|dismisses|refuted|refutes|disputed|disputes|contested|contests)(?<=(?:charges?|claims?|allegations?|accusations?|assertions?|version) (?:which |that )?(?:[\\w'’-]+ ){1,4}?[a-z]+)`, weight: 0.8 },
  { kind: "denial", pattern: `(?:(?:was|is|were|are|as|remained|remains) (?:[\\w'’-]+ ){0,2}?)internal (?:matter|problem|issue|affair)`, weight: 0.75, content: true },
  { kind: "denial", pattern: `(?:had|has|have) no intention (?:of|to) (?:interfering|interfere|harming|harm|attacking|attack|supporting|support|allowing|allow)`, weight: 0.8 },
  { kind: "denial", pattern: `(?:does|did|do) not interfere`, weight: 0.75 },
  { kind: "denial", pattern: `(?:had|has|have) no (?:information|knowledge|evidence|record) (?:about|of|that|regarding|on)`, weight: 0.7 },
  { kind: "denial", pattern: `(?:soil|territory|land) (?:was|is|were|are|had) not (?:being |been )?(?:used|allowed to be used)`, weight: 0.85, content: true },
  { kind: "denial", pattern: `(?:did|does|do|has never|have never|never) (?:not )?(?:allow|allowed|permit|permitted|let) (?:anyone|any group|anybody|any (?:individual|organi[sz]ation|one)|its (?:soil|territory)|afghan (?:soil|territory))`, weight: 0.8 },
  { kind: "denial", pattern: `no (?:[\\w'’-]+ ){0,2}?(?:members|fighters|militants|terrorists|groups|elements|leaders|commanders|camps|training centres|training centers) (?:of (?:the )?[\\w'’-]+ )?(?:were|are|was|is|had been|have been) (?:present|based|operating|living|active|hiding|sheltering|residing) (?:in|on|inside|from)`, weight: 0.8, content: true },
  { kind: "denial", pattern: `(?:allegations?|accusations?|claims?|charges?|remarks|statements?|propaganda) (?:[\\w'’-]+ ){0,4}?(?:were|was|are|is) (?:merely |only |just |nothing but |part of )?(?:an? )?(?:attempts?|bid|effort|ploy|tactic|ruse|excuse) to (?:divert|deflect|hide|cover|mask|shift|distract|malign|defame|justify|conceal)`, weight: 0.8 },
  { kind: "denial", pattern: `no (?:militant |terrorist )?(?:sanctuaries|safe havens?|hideouts|camps|bases|presence) (?:existed|exist|exists|in afghanistan|on afghan)`, weight: 0.8, content: true },

  // --- allegation: a party accuses another
  { kind: "allegation", pattern: `accus(?:ed|es|e|ing)`, weight: 0.9 },
  { kind: "allegation", pattern: `accusations? (?:that|of|against)`, weight: 0.75 },
  { kind: "allegation", pattern: `blam(?:ed|es|e|ing)`, weight: 0.9 },
  { kind: "allegation", pattern: `alleg(?:ed|es|ing)(?! (?:militants?|terrorists?|attackers?|members?|involvement))`, weight: 0.8 },
  { kind: "allegation", pattern: `held (?:[\\w'’-]+ ){1,4}?responsible`, weight: 0.85 },
  { kind: "allegation", pattern: `(?:hold|holds|holding) (?:[\\w'’-]+ ){1,4}?responsible|(?:pinned|laid|put|placed|pinning|laying|putting|placing) (?:the )?blame|implicated|implicating`, weight: 0.8 },
  { kind: "allegation", pattern: `(?:linked|traced|attributed|tied|connected|linking|tracing|attributing) (?:the )?(?:[\\w'’-]+ ){0,3}?(?:attacks?|bombings?|blasts?|killings?|assaults?|violence|incidents?|explosions?|plot) to`, weight: 0.8 },
  // (a complaint, "complained that the posts lack equipment", accuses nobody)
  { kind: "allegation", pattern: `(?:charged|alleging|charging) that`, weight: 0.7 },
  { kind: "allegation", pattern: `(?:charged|charges|charge|charging) (?:the |its |their )?(?:[\\w'’-]+ ){0,3}?with (?:harbou?ring|sheltering|backing|sponsoring|supporting|arming|funding|financing|aiding|abetting|hosting|facilitating|protecting|shielding|training|sending|violating|breaching|attacking|killing|shelling|firing|targeting|interfering|using|allowing|failing)`, weight: 0.8 },
  // "India was behind the bombing", "Indian intelligence was responsible"
  { kind: "allegation", pattern: `(?:india|new delhi|indian (?:intelligence|agencies|government|state|army|military|spy agency|handlers)|raw|the indian (?:side|government|state|establishment)) (?:was|is|were|are|had been|has been) (?:directly |fully |solely |clearly |ultimately )?(?:responsible for|behind|to blame for|involved in)`, weight: 0.75, content: true },
  { kind: "allegation", pattern: `point(?:ed|ing|s)? (?:the |an accusing |accusing )?fingers?`, weight: 0.8 },
  // "a response to Pakistani air strikes", "in retaliation for Afghan firing": the other side's act, told as what was answered
  { kind: "allegation", pattern: `(?:response|reaction|retaliation|reply|revenge|reprisal) (?:to|for|against) (?:the |recent |repeated |continued |continuing |last night's |(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s )?(?:pakistani|afghan|pakistan's|afghanistan's|taliban) (?:[\\w'’-]+ )?(?:air ?strikes|strikes|attacks?|shelling|aggression|bombardment|bombing|incursions?|violations?|firing|fire|drone strikes|provocations?|raids?)`, weight: 0.75, content: true, crossBorder: "named" },
  { kind: "allegation", pattern: `(?:planned|plotted|directed|orchestrated|masterminded|coordinated|controlled|guided|operated|operating|launched|staged|hatched|financed) (?:[\\w'’-]+ ){0,3}?(?:(?:from|in|inside|across|by|on) (?:neighbouring |neighboring |the )?(?:afghanistan|afghan (?:soil|territory|side|sanctuaries)|india|kabul|hostile|foreign)|across the border|abroad|outside the country|from across)`, weight: 0.85, content: true },
  { kind: "allegation", pattern: `from (?:afghan|afghanistan's|the afghan) (?:soil|territory|side|land)`, weight: 0.7, content: true },
  { kind: "allegation", pattern: `(?:using|used|use|uses) (?:afghan|afghanistan's|pakistani|pakistan's) (?:soil|territory|land)`, weight: 0.8, content: true },
  { kind: "allegation", pattern: `(?:sanctuar(?:y|ies)|safe[ -]havens?|hide-?outs?|havens|training camps?|bases|leadership|leaders) (?:[\\w'’-]+ ){0,3}?(?:in|inside|across|on) (?:neighbouring |neighboring )?(?:afghanistan|afghan (?:soil|territory)|the other side|pakistan)`, weight: 0.8, content: true },
  { kind: "allegation", pattern: `(?:safe[ -]havens?|sanctuar(?:y|ies)) (?:and|for|available|enjoyed|provided)`, weight: 0.7, content: true },
  { kind: "allegation", pattern: `(?:facilitated|backed|sponsored|funded|financed|supported|armed|trained|sheltered|harboured|harbored|abetted|aided|patroni[sz]ed|handled|guided) by (?:[\\w'’-]+ ){0,3}?(?:india|afghanistan|afghan|kabul|pakistan|islamabad|foreign|hostile|enemy|elements|agencies|intelligence|handlers|forces|across the border|the other side|the taliban)`, weight: 0.85, content: true },
  { kind: "allegation", pattern: `(?:india|indian|foreign|hostile|enemy)[- ](?:sponsored|backed|funded|supported|proxies|proxy|handlers|agencies|intelligence|hand|elements)`, weight: 0.8, content: true },
  { kind: "allegation", pattern: `(?:foreign|their|hostile|external) handlers|handlers (?:in|abroad|across)`, weight: 0.8, content: true },
  { kind: "allegation", pattern: `(?:directed|run|controlled|operated|orchestrated) from abroad`, weight: 0.85, content: true },
  { kind: "allegation", pattern: `(?:violation|violations|breach|breaches|infringement) of (?:[\\w'’-]+ ){0,2}?(?:sovereignty|territory|airspace|air space|territorial integrity|borders?|the (?:truce|ceasefire|agreement|accord)|international (?:law|principles|norms)|the durand line|the border|the ceasefire)`, weight: 0.85, content: true },
  { kind: "allegation", pattern: `(?:violated|violating|violates|violate|breached|breaching|breaches|breach) (?:[\\w'’-]+ ){0,2}?(?:sovereignty|territory|airspace|territorial integrity|truce|ceasefire|agreement|accord|understanding|deal|border)`, weight: 0.85, content: true },
  { kind: "allegation", pattern: `(?:act|acts) of (?:aggression|provocation|terrorism by)|aggression by|cowardly aggression`, weight: 0.75, content: true },
  { kind: "allegation", pattern: `unprovoked|without (?:any )?provocation`, weight: 0.85, content: true },
  { kind: "allegation", pattern: `(?:opened|open|opening) fire first|fired first|fir(?:ed|ing) the first shots?|(?:started|starting|initiated|initiating|provoked|provoking|triggered|triggering|began|begun|instigated) the (?:clash|clashes|exchange|firing|fighting|hostilities|skirmish|skirmishes|shooting|gunfire|confrontation|shelling)|(?:started|began|begun|initiated) (?:firing|shooting|shelling) (?:first|without)`, weight: 0.85, content: true },
  { kind: "allegation", pattern: `(?:attacked|attacking|targeted|targeting|shelled|shelling|fired (?:at|on|into)|firing (?:at|on|into)|bombed|bombing|struck|striking|hit) (?:[\\w'’-]+ ){0,2}?(?:civilian|residential|populated|ordinary) (?:areas?|homes|houses|population|localities|villages?|people|villagers|targets)`, weight: 0.8, content: true },
  { kind: "allegation", pattern: `(?:homes|houses) of (?:ordinary |innocent )?(?:villagers|civilians|people|residents)`, weight: 0.7, content: true },
  { kind: "allegation", pattern: `came under (?:heavy |intense |unprovoked )?(?:fire|attack|shelling) from`, weight: 0.8, content: true },
  { kind: "allegation", pattern: `(?:repulsed|foiled|thwarted|repelled) (?:[\\w'’-]+ ){0,2}?(?:attacks?|infiltration|incursions?|aggression) (?:by|from)`, weight: 0.7, content: true },
  { kind: "allegation", pattern: `(?:infiltrat(?:e|ed|ing|ion)|sneak(?:ed|ing)?|cross(?:ed|ing)?|enter(?:ed|ing)?|came|come|coming|arrived|slipped|sent|dispatched|fired|launched|shot) (?:[\\w'’-]+ ){0,3}?(?:into )?(?:pakistan )?from (?:afghanistan|afghan (?:soil|territory|side))`, weight: 0.8, content: true },
  { kind: "allegation", pattern: `(?:was|were|is|are) (?:responsible for|behind) (?:the |multiple |several |many |a series of |recent |these |this |that )?(?:[\\w'’-]+ )?(?:attacks?|bombings?|blasts?|killings?|violence|terrorism|assault|incidents?)`, weight: 0.75, content: true },
  { kind: "allegation", pattern: `(?:had been |has been |have been |were |was |are |is )(?:planning|plotting|preparing|conspiring) (?:to (?:carry out|launch|stage|conduct) )?(?:[\\w-]+ ){0,2}?(?:attacks?|bombings?|terrorist (?:activities|attacks)|sabotage|assassinations?|to attack|to target)`, weight: 0.7, content: true },
  { kind: "allegation", pattern: `(?:afghan|afghanistan's|pakistani|pakistan's|taliban|islamic emirate) (?:[\\w'’-]+ ){0,2}?(?:forces|troops|soldiers|border (?:forces|guards|police|troops)|guards|aircraft|jets|warplanes|drones?|artillery|military|army|fighters) (?:had |have |has )?(?:opened fire|fired|attacked|shelled|struck|bombed|targeted|violated|launched|pounded|hit|intruded|crossed|killed|shot|wounded|injured|abducted|detained|arrested|harassed|tortured|expelled)`, weight: 0.75, content: true, crossBorder: "named" },
  { kind: "allegation", pattern: `in (?:response|retaliation|reaction|reply) (?:to|for) (?:the |recent |repeated )?(?:afghan|afghanistan's|pakistani|pakistan's|taliban) (?:[\\w'’-]+ ){0,2}?(?:strikes|air ?strikes|attacks|shelling|aggression|firing|violations|bombing|bombardment|incursions?|provocations?)`, weight: 0.7, content: true, crossBorder: "named" },
  { kind: "allegation", pattern: `(?:in|inside|into|within|stands? on|built on|lies on|located on|situated on) (?:the )?(?:afghan|afghanistan's|pakistani|pakistan's) (?:territory|soil|airspace|air space|land|side of the (?:border|line))`, weight: 0.65, content: true, crossBorder: "territory" },
  { kind: "allegation", pattern: `(?:urged|urges|asked|asks|called on|called upon|calls on|calls upon|call on|pressed|demanded|demands|expected|expects|requested|requests) (?:the )?(?:interim |caretaker |de facto )?(?:afghan|afghanistan|kabul|taliban|pakistan|pakistani|islamabad)[\\w'’ -]{0,40}? to (?:halt|cease|refrain|desist|treat|release|ensure|stop|prevent|act|take|deny|hand|dismantle|curb|rein|control|restrain|honou?r|fulfil|fulfill|end|expel|arrest|respect)`, weight: 0.65 },
  { kind: "allegation", pattern: `(?:demanded|demands|demanding|urged|urges|insisted|insists|asked|asks) that (?:the )?(?:interim |caretaker |de facto )?(?:afghan|afghanistan|kabul|taliban|pakistan|pakistani|islamabad)[\\w'’ -]{0,40}? (?:hand|act|stop|halt|take|prevent|rein|dismantle|expel|arrest|end|cease|deny|respect|curb|control|fulfil|fulfill|honou?r|refrain|desist|restrain)`, weight: 0.65 },
  { kind: "allegation", pattern: `(?:the )?use of (?:its|their|afghan|afghanistan's|pakistani|pakistan's) (?:soil|territory|land) (?:by|against|for)`, weight: 0.7, content: true },
  { kind: "allegation", pattern: `(?:trained|training|based|sheltered|sheltering|hiding|harbou?red|housed|equipped|armed|funded|financed|dispatched|infiltrated|headquartered|hideouts?|(?:training |militant |terrorist |terror )camps?|sanctuary) (?:[\\w'’-]+ ){0,4}?(?:(?:in|from|inside) (?:neighbouring |neighboring |the )?(?:afghanistan|afghan [\\w-]+|india)|across the border|abroad)`, weight: 0.75, content: true },
  { kind: "allegation", pattern: `(?:ttp|terrorists?'?|militants?'?|khawarij|terrorist|militant|groups') (?:[\\w'’-]+ )?(?:presence|sanctuaries|hideouts|bases|camps) (?:in|inside|on) (?:afghanistan|afghan (?:soil|territory))`, weight: 0.75, content: true },
  { kind: "allegation", pattern: `(?:presence|existence) of (?:[\\w'’-]+ ){0,3}?(?:on|in|inside) (?:afghan (?:soil|territory)|afghanistan)|(?:terrorists?|militants?|khawarij|khwarij|fighters|groups?|elements|leadership|leaders|commanders|hideouts|camps|sanctuaries) (?:[\\w'’-]+ ){0,3}?(?:on|inside) afghan (?:soil|territory)`, weight: 0.75, content: true },
  { kind: "allegation", pattern: `(?:at|on) the (?:behest|instructions?|orders|directions|bidding) of (?:[\\w'’-]+ ){0,2}?(?:hostile|foreign|enemy|india|indian|afghan|their|its|handlers|masters|agencies|powers)`, weight: 0.75, content: true },
  { kind: "allegation", pattern: `(?:condemned|condemns|denounced|denounces|protested against|protests against) (?:the |a |an |what it called |what they called )?(?:[\\w'’-]+ )?(?:pakistani|afghan|pakistan's|afghanistan's|taliban) (?:[\\w'’-]+ ){0,2}?(?:strikes?|air ?strikes?|bombardment|bombing|shelling|attacks?|aggression|firing|incursions?|violations?|raids?)`, weight: 0.8, crossBorder: "named" },
  { kind: "allegation", pattern: `(?:harbou?r|shelter|host|support|back|sponsor|fund|finance|arm(?=s|ing|ed (?:the|these|such|anti))|abet|patroni[sz]e|protect|facilitate)(?:s|ed|ing)? (?:the |these |such |anti-pakistan |anti-afghan )?(?:[\\w'’-]+ )?(?:ttp|militants?|terrorists?|khawarij|khwarij|kharijis|insurgents?|militant groups?|terrorist groups?|proxies|separatists|daesh|isis|is-k|iskp)`, weight: 0.75, content: true },
  { kind: "allegation", pattern: `(?:fired|launched|shot|lobbed|came|come|coming|originated|originating) (?:[\\w'’-]+ ){0,2}?from (?:the )?(?:pakistani?|afghan|afghanistan)(?: (?:side|territory|posts?|soil|forces))?`, weight: 0.7, content: true, crossBorder: "named" },
  { kind: "allegation", pattern: `(?:confessed|admitted|confessing|admitting) (?:to )?(?:planning|plotting|preparing|carrying out|having carried out|involvement|their involvement|links|being members)`, weight: 0.75, content: true },
  { kind: "allegation", pattern: `(?:terrorists?|militants?|khawarij|khwarij|groups?|elements) (?:[\\w'’-]+ )?(?:responsible for|behind) (?:the |recent |several |many |a series of |these |those )?(?:[\\w'’-]+ )?(?:attacks?|bombings?|blasts?|killings?|violence)`, weight: 0.7, content: true },
  { kind: "allegation", pattern: `(?:infiltrat(?:e|ed|ing|ion)|sneak(?:ed|ing)?|cross(?:ed|ing)?) (?:[\\w'’-]+ ){0,3}?(?:through|across|via) (?:the )?(?:pakistan-afghanistan|pak-afghan|afghan|durand line)`, weight: 0.7, content: true },
  { kind: "allegation", pattern: `(?:carried out|perpetrated|conducted|committed|executed|masterminded|planned|staged) by (?:[\\w'’-]+ ){0,2}?(?:afghan|afghanistan-based|foreign|indian|india-backed|india-sponsored) (?:[\\w'’-]+ )?(?:nationals|citizens|militants|elements|handlers|terrorists|proxies|refugees|migrants)`, weight: 0.75, content: true },
  { kind: "allegation", pattern: `(?:kabul|islamabad|the taliban|the afghan (?:side|government|authorities)|the pakistani (?:side|government|authorities)|afghanistan|pakistan) (?:had |has |have )?(?:refused|failed|declined) to (?:act|take action|give|provide|hand over|stop|rein in|curb|control|prevent|honou?r|fulfil|fulfill|implement|accept|address|deliver)`, weight: 0.7, content: true },
  { kind: "allegation", pattern: `(?:receiv(?:e|es|ed|ing)|gets?|got|getting|enjoy(?:s|ed|ing)?) (?:[\\w'’-]+ ){0,2}?(?:support|funding|funds|weapons|arms|training|backing|help|shelter|sanctuary|patronage) (?:from|in) (?:abroad|across the border|afghanistan|india|foreign|hostile|neighbouring|the neighbouring)`, weight: 0.75, content: true },
  { kind: "allegation", pattern: `cross-border (?:terrorism|attacks|infiltration)`, weight: 0.7, content: true },
  { kind: "allegation", pattern: `(?:fired|launched|lobbed|shot|carried out|conducted|dropped) by (?:the )?(?:pakistani|afghan|pakistan's|afghanistan's|taliban) (?:[\\w'’-]+ )?(?:troops|forces|soldiers|military|army|border (?:forces|guards|police)|guards|jets|aircraft|warplanes|drones|posts|side)`, weight: 0.8, content: true, crossBorder: "named" },
  { kind: "allegation", pattern: `(?:return(?:ed|ing)?|respond(?:ed|ing)? to|retaliat(?:ed|ing) (?:against|to)|answer(?:ed|ing)) (?:the )?(?:[\\w'’-]+ )?(?:fire|firing|shelling|attacks?) (?:from|by|of) (?:the )?(?:pakistani|afghan|pakistan's|afghanistan's|taliban) (?:[\\w'’-]+ )?(?:posts?|side|troops|forces|soldiers|border (?:forces|guards|police)|guards|positions)`, weight: 0.8, content: true, crossBorder: "named" },
  // police naming what slain or arrested suspects had done before: an accusation of particular men
  { kind: "allegation", pattern: `(?:slain|killed|dead|arrested|detained|apprehended|captured|held) (?:[\\w'’-]+ ){0,2}?(?:men|militants?|terrorists?|suspects?|attackers?|persons|individuals|khawarij|commanders?|insurgents?) (?:[\\w'’-]+ ){0,3}?(?:were|was|had been|are|is|have been) (?:also |allegedly |reportedly )?(?:wanted (?:for|in)|involved in|behind|responsible for|accused of|linked to|linked with|associated with|affiliated with|members of|part of|belonged to)|(?:slain|killed|dead|arrested|detained|apprehended|captured|held) (?:[\\w'’-]+ ){0,2}?(?:men|militants?|terrorists?|suspects?|attackers?|persons|individuals|insurgents?) (?:[\\w'’-]+ ){0,3}?(?:belonged|belonging) to`, weight: 0.7, content: true, suspects: true },
  // "the strikes had targeted hideouts of the TTP": a strike's justification names where a group sheltered
  { kind: "allegation", pattern: `(?:targeted|struck|hit|destroyed|bombed|were aimed at|was aimed at) (?:the )?(?:[\\w'’-]+ ){0,2}?(?:hideouts?|camps?|sanctuar(?:y|ies)|bases|positions|compounds?|training cent(?:re|er)s|safe havens?) (?:of|belonging to|used by|run by)`, weight: 0.7, content: true },
  { kind: "allegation", pattern: `(?:ttp|militants?|terrorists?|khawarij|khwarij|leadership|leaders|commanders|fighters|groups?|elements|outfits?) (?:[\\w'’-]+ ){0,3}?(?:operat(?:es|e|ed|ing)|(?:is|are|were|was|remain|remains) (?:based|present|active|hiding|sheltering)|live|lives|living|hide|hides|reside|resides|residing) (?:[\\w'’-]+ ){0,2}?(?:out of|from|in|inside) (?:neighbouring |neighboring )?(?:afghanistan|afghan (?:soil|territory))`, weight: 0.75, content: true },
  { kind: "allegation", pattern: `(?:an? |the )?(?:proxy|proxies|puppets?|agents?|tools?|instruments?|stooges?) of (?:india|indian|foreign|hostile|pakistan|pakistani|islamabad|kabul|the taliban|afghan|enemy)|(?:india|pakistan|afghanistan|kabul|islamabad)(?:'s|’s) (?:proxy|proxies|puppets?|agents?|stooges?)`, weight: 0.75, content: true },
  { kind: "allegation", pattern: `(?:afghan|afghanistan's|pakistani|pakistan's) (?:soil|territory|land) (?:was|is|were|are|had been|has been|have been|continues to be|continued to be|being|was still|is still) (?:being )?(?:used|utili[sz]ed|misused)`, weight: 0.75, content: true, crossBorder: "named" },
  { kind: "allegation", pattern: `(?:ran|run|runs|running|operate|operates|operated|operating|maintain|maintains|maintained|set up|established) (?:[\\w'’-]+ )?(?:camps?|bases|hideouts|training centres|training centers|offices) (?:[\\w'’-]+ ){0,2}?(?:across the border|in afghanistan|inside afghanistan|on afghan (?:soil|territory)|in pakistan|inside pakistan)`, weight: 0.75, content: true },
  // implicit allegations: who the attackers were, who is to blame, said without an accusing verb
  // "Islamic State fighters were to blame", "the TTP was behind the blast": a named group blamed
  { kind: "allegation", pattern: `(?:the )?(?:banned |outlawed |proscribed |defunct )?(?:ttp|tehreek-e-taliban|tehrik-i-taliban|tehreek-i-taliban|pakistani taliban|lashkar-e-islam|lashkar-e-jhangvi|jamaat-ul-ahrar|hafiz gul bahadur|gul bahadur|bla|blf|balochistan liberation (?:army|front)|baloch liberation (?:army|front)|daesh|islamic state|is-k|iskp|isis|al-qaeda|fitna al-khawarij|fitna al-hindustan) (?:[\\w'’-]+ ){0,2}?(?:was|were|is|are) (?:to blame|behind (?:the|it|this))`, weight: 0.7, content: true },
  // police naming who the dead of a raid were: "both men were TTP members", "all three belonged to Lashkar-e-Islam"
  { kind: "allegation", pattern: `(?:were|was) (?:all |both |reportedly |allegedly )?(?:active |hardcore |wanted )?(?:members|militants|fighters|operatives|commanders|activists|terrorists) (?:of|from) (?:the )?(?:banned |outlawed |proscribed |defunct )?(?:ttp|tehreek-e-taliban|tehrik-i-taliban|tehreek-i-taliban|pakistani taliban|lashkar-e-islam|lashkar-e-jhangvi|jamaat-ul-ahrar|hafiz gul bahadur|gul bahadur|bla|blf|balochistan liberation (?:army|front)|baloch liberation (?:army|front)|daesh|islamic state|is-k|iskp|isis|al-qaeda|fitna al-khawarij|fitna al-hindustan)|(?:were|was) (?:all |both |reportedly |allegedly )?(?:the )?(?:banned |outlawed |proscribed |defunct )?(?:ttp|tehreek-e-taliban|tehrik-i-taliban|tehreek-i-taliban|pakistani taliban|lashkar-e-islam|lashkar-e-jhangvi|jamaat-ul-ahrar|hafiz gul bahadur|gul bahadur|bla|blf|balochistan liberation (?:army|front)|baloch liberation (?:army|front)|daesh|islamic state|is-k|iskp|isis|al-qaeda|fitna al-khawarij|fitna al-hindustan) (?:members|militants|fighters|operatives|commanders|activists|terrorists)|(?:belonged|belonging) to (?:the )?(?:banned |outlawed |proscribed |defunct )?(?:ttp|tehreek-e-taliban|tehrik-i-taliban|tehreek-i-taliban|pakistani taliban|lashkar-e-islam|lashkar-e-jhangvi|jamaat-ul-ahrar|hafiz gul bahadur|gul bahadur|bla|blf|balochistan liberation (?:army|front)|baloch liberation (?:army|front)|daesh|islamic state|is-k|iskp|isis|al-qaeda|fitna al-khawarij|fitna al-hindustan)`, weight: 0.7, content: true, suspects: true },
  { kind: "allegation", pattern: `(?:attackers?|assailants?|bombers?|perpetrators|terrorists?|militants?|gunmen|culprits|masterminds?|planners?|facilitators?|infiltrators?) (?:[\\w'’-]+ ){0,3}?(?:was|were|is|are|had been|have been) (?:all |both |mostly |mainly |reportedly )?(?:an? )?(?:afghans?|afghan (?:nationals?|citizens?|refugees?|migrants?|taliban)|from afghanistan)`, weight: 0.7, content: true, crossBorder: "named" },
  { kind: "allegation", pattern: `(?:pakistan|islamabad|kabul|afghanistan|the (?:afghan |interim afghan )?taliban|the islamic emirate|the taliban (?:government|regime|administration)|(?:pakistani|afghan|pakistan's|afghanistan's) (?:military|army|forces|intelligence|government|regime|authorities)|the (?:pakistani|afghan) (?:side|military|army|forces|regime|government)) (?:regime |establishment |generals |leadership )?(?:was|is|were|are|had been|has been|remains?) (?:directly |fully |solely |wholly |ultimately )?(?:responsible for|behind|to blame for|accountable for|(?:responsible|to blame)(?= ?(?:[.,;:"”]|$)))`, weight: 0.75, content: true, crossBorder: "named" },
  { kind: "allegation", pattern: `(?:attackers?|assailants?|bombers?|perpetrators|terrorists?|militants?|insurgents?|separatists|groups?) (?:[\\w'’-]+ ){0,3}?(?:was|were|is|are|had been|have been) (?:being )?(?:backed|sponsored|funded|financed|supported|armed|handled|controlled|directed) by (?:[\\w'’-]+ )?(?:india|indian|foreign|hostile|afghan|kabul|pakistan|pakistani|enemy)`, weight: 0.7, content: true },
  { kind: "allegation", pattern: `(?:repeatedly |has |had |have )?(?:urged|urges|asked|called on|called upon|calls on|calls upon|demanded|demands|pressed|expected|expects|expect) (?:[\\w'’-]+ ){0,4}?(?:to (?:act|take (?:effective |concrete |strict )?(?:action|steps|measures)|stop|prevent|rein in|deny|hand over|dismantle|curb|eliminate|fulfil|fulfill|honou?r its|restrain|control|expel))`, weight: 0.55 },
  { kind: "allegation", pattern: `(?:serious |grave )?concerns? (?:about|over) (?:the )?(?:safe havens?|sanctuar|presence|use of)`, weight: 0.7, content: true },
  { kind: "allegation", pattern: `(?:condemned|denounced|protested) (?:[\\w'’-]+ ){0,5}?as (?:a |an )?(?:violation|aggression|breach|attack on|act of)`, weight: 0.85 },
  // "described the shelling as an act of naked aggression", "called the strike a war crime": a party's act characterised
  { kind: "allegation", pattern: `(?:described|describes|describing|termed|terms|terming|called|calls|calling|branded|brands|branding|labelled|labeled) (?:[\\w'’-]+ ){0,5}?(?:as )?(?:an? |the )?(?:(?:open|naked|blatant|flagrant|clear|gross|serious|unprovoked|brazen|cowardly|criminal) )?(?:acts? of (?:[\\w-]+ )?(?:aggression|war|terrorism|state terrorism)|aggression|war crimes?|crimes? against humanity|crimes?|violations? of|provocations?|state terrorism|invasion|attack on (?:the )?(?:sovereignty|territorial integrity))`, weight: 0.8 },
  { kind: "allegation", pattern: `lodged (?:a )?(?:strong )?protest|summoned (?:[\\w'’-]+ ){0,5}?(?:ambassador|envoy|charg[eé] d'affaires|diplomat)`, weight: 0.65 },
  { kind: "allegation", pattern: `(?:repeated|repeats|repeating|reiterated|reiterates|reiterating|echoed|echoes|echoing|renewed|renews|levelled|leveled|levels|made|makes|repeated its) (?:[\\w'’-]+ ){0,3}?(?:charges?|accusations?|allegations?|complaints?) (?:that|of|against)`, weight: 0.75 },
  { kind: "allegation", pattern: `(?:pakistani|afghan|taliban) (?:[\\w'’-]+ ){0,2}?(?:rockets|missiles|shells|mortars?|mortar shells|artillery shells|projectiles|bombs) (?:had |have |has )?(?:landed|fell|hit|struck|exploded|killed|wounded|damaged)`, weight: 0.7, content: true, crossBorder: "named" },
  { kind: "allegation", pattern: `(?:trained|based|sheltered|sheltering|hiding|harbou?red|housed|equipped|funded|financed|dispatched|sent|headquartered|hideouts?|(?:training |militant |terrorist |terror )camps?|sanctuar(?:y|ies)|safe havens?) (?:[\\w'’-]+ ){0,4}?(?:in|from|inside) (?:neighbouring |neighboring )?(?:pakistan|pakistani (?:soil|territory|tribal areas|cities))`, weight: 0.7, content: true, crossBorder: "named" },
  { kind: "allegation", pattern: `(?:infiltrat(?:e|ed|ing|ion)|sneak(?:ed|ing)?|cross(?:ed|ing)?(?: over)?|came|come|coming|arrived|slipped) (?:[\\w'’-]+ ){0,3}?(?:into afghanistan )?from (?:pakistan|pakistani (?:soil|territory|side))`, weight: 0.75, content: true, crossBorder: "named" },
  { kind: "allegation", pattern: `(?:planned|plotted|organi[sz]ed|directed|masterminded|orchestrated|hatched|coordinated|prepared) (?:[\\w'’-]+ ){0,3}?(?:in|from|inside) (?:neighbouring |neighboring )?pakistan`, weight: 0.7, content: true, crossBorder: "named" },

  // --- statistic: an official aggregate figure (values found by ../statistics.ts)
  // (no cue patterns: a statistic is a counted noun in an aggregate frame, see data/statistics.ts)

  // --- commitment: a party promises or agrees to something
  { kind: "commitment", pattern: `pledg(?:ed|es|e|ing)`, weight: 0.9 },
  { kind: "commitment", pattern: `vow(?:ed|s|ing)?(?! (?:to )?(?:avenge|revenge|retaliat|respond|a (?:response|befitting|strong|tough)|hit back|take revenge|teach|punish (?:pakistan|afghanistan|islamabad|kabul)))`, weight: 0.85 },
  { kind: "commitment", pattern: `promis(?:ed|es|ing)|(?:will|would|we|they|i) promise`, weight: 0.85 },
  { kind: "commitment", pattern: `(?:is|was|are|were|remains?|remained|stays?|stayed|fully|firmly|deeply) committed to`, weight: 0.85 },
  { kind: "commitment", pattern: `(?:reaffirmed|reiterated|renewed|expressed) (?:its |their |his |her |the |a )?(?:[\\w'’-]+ )?(?:commitment|resolve|determination|pledge)`, weight: 0.85 },
  { kind: "commitment", pattern: `commit(?:ted|s)? (?:itself |themselves )?to`, weight: 0.75 },
  { kind: "commitment", pattern: `assur(?:ed|es|e|ing) (?:[\\w'’-]+ ){0,4}?(?:that|of)`, weight: 0.75 },
  { kind: "commitment", pattern: `undert(?:ook|akes|aken|ake) to`, weight: 0.85 },
  { kind: "commitment", pattern: `(?:gave|give|gives|giving|given|offered|provided|extended|furnished) (?:[\\w'’-]+ ){0,3}?(?:assurances?|guarantees?|an undertaking|undertakings|a pledge|commitments?)`, weight: 0.8 },
  { kind: "commitment", pattern: `(?:signed|sign|inked) (?:an? |the )?(?:[\\w'’-]+ ){0,2}?(?:memorandum of understanding|mou|agreement|accord|protocol|declaration)`, weight: 0.85 },
  { kind: "commitment", pattern: `(?:is|was|are|were|stands?|stood|remains?|remained) (?:fully |always )?(?:ready|prepared|willing) to (?:work|cooperate|help|assist|hold|talk|negotiate|share|act|provide|engage|resolve|facilitate|support|host|take|open|reopen|allow|resume|continue|extend|implement|accept|discuss|meet|receive)`, weight: 0.75 },
  { kind: "commitment", pattern: `offer(?:ed|s)? to (?:mediate|help|assist|hold|provide|host|facilitate|cooperate|train|share)`, weight: 0.7 },
  { kind: "commitment", pattern: `guarantee(?:d|s)? (?:that|the|safe|security|protection)`, weight: 0.75 },
  { kind: "commitment", pattern: `(?:resolved|resolves|decided|decides) to (?:launch|continue|intensify|step up|expand|eliminate|root out|wipe out|crush|take|deploy|raise|establish|set up|form|provide|pay|compensate|rebuild|reopen|extend|enhance|strengthen|implement|pursue|hold|deport|repatriate|expel)`, weight: 0.75 },
  { kind: "commitment", pattern: `agree(?:d|s|ing)? (?:to|on|upon|that)`, weight: 0.85 },
  { kind: "commitment", pattern: `(?:reached|signed|struck|concluded|sealed) (?:an |a )?(?:[\\w'’-]+ )?(?:agreement|accord|deal|understanding|truce|ceasefire|pact)`, weight: 0.85 },
  { kind: "commitment", pattern: `(?:announced|declared|accepted|extended|extend|observed|observing|observe|honou?r|respect|abide by|maintain|agreed) (?:an? |the |its |their )?(?:[\\w'’-]+ )?(?:ceasefire|cease-fire|truce)`, weight: 0.85 },
  { kind: "commitment", pattern: `(?:remains?|remained|stands?|stood|is|are|was|were) (?:[\\w'’-]+ )?(?:determined|resolved|resolute|steadfast) to`, weight: 0.75 },
  { kind: "commitment", pattern: `(?:remain|remains|remained|stand|stands) (?:[\\w'’-]+ )?(?:determined|resolved|resolute)`, weight: 0.7 },
  { kind: "commitment", pattern: `(?:will|would|shall) not (?:allow|let|permit|support|spare|accept|back down|negotiate|bow|surrender|compromise|hesitate|relent|rest|interfere|give in|yield|attack|target|harm|hurt|kill|strike|tolerate|abandon|forget|leave (?:the|them|the families|anyone)|stop until)`, weight: 0.85, content: true },
  { kind: "commitment", pattern: `(?:will|would|shall) (?:[\\w'’-]+ )?(?:continue|resume|abide by|refrain from|desist from|respect each other|honou?r|respect|uphold|act|take (?:[\\w-]+ ){0,2}?(?:action|steps|measures)|track down|hunt down|bring|provide|ensure|cooperate|phase in|accept|allot|compensate|eliminate|root out|wipe out|reopen|deploy|strengthen|extend|protect|pay|rebuild|facilitate|investigate|review|stand by|support|implement|work with|not be allowed|form|set up|establish|constitute|launch|probe|look into|hold (?:talks|accountable)|release|restore|repair|reconstruct|secure|defend|guarantee|punish|intensify|escalate|expand|submit|present|publish|conduct|crush|defeat|destroy|finish|receive|get compensation|be paid|be given|step up|increase|tighten|enhance|boost|raise|fence|seal|open|keep|maintain|carry on|press ahead|press on|push on|go ahead with|keep up|pursue|give|grant|offer|allow|permit|return|hand over|share|host|send|dispatch|arrange|announce|bear (?:the |all )?(?:cost|costs|expenses)|cover the (?:cost|costs|expenses)|disburse|distribute|award|reward|treat|take care of|look after|stand by|stand with|hunt|chase|relocate|resettle|rehabilitate|evacuate|recruit|hire|train|equip|install|upgrade|construct|build|complete|fight|avenge the (?:martyrs|blood|deaths? of (?:the )?(?:martyrs|victims|innocent)))`, weight: 0.7, content: true },
  { kind: "commitment", pattern: `(?:will|would|shall) (?:soon |also |all )?be (?:met|accepted|fulfilled|addressed|settled|released|freed|set free|granted|paid|handed over|repatriated|investigated|probed|implemented|ensured|given|restored|reopened|returned|taken care of|looked into|resolved)`, weight: 0.75, content: true },
  // a government's order to its own officials ("directed the police to arrest the culprits", "ordered that the road be reopened")
  { kind: "commitment", pattern: `(?:directed|directs|ordered|orders|instructed|instructs|tasked) (?:the )?(?:[\\w'’-]+ ){0,4}?(?:to (?:arrest|apprehend|trace|take|ensure|provide|compensate|investigate|probe|submit|restore|bring|launch|expedite|complete|release|pay|rebuild|set up|form|deploy|reopen|repair|hand over|produce)|that (?:the )?(?:[\\w'’-]+ ){0,4}?be)`, weight: 0.7 },
  { kind: "commitment", pattern: `(?:all|every) (?:possible )?efforts? (?:is|are|was|were) being made|efforts (?:are|were) (?:under ?way|being made) to`, weight: 0.7 },
  { kind: "commitment", pattern: `(?:will|would) be brought to justice|(?:will|would) not (?:be spared|go unpunished|be forgiven)|(?:will|would) (?:soon |also |all )?be (?:identified and (?:punished|arrested|brought to justice)|recovered(?: safely| unharmed| alive)?|rescued|rehoused|resettled|repaired|reconstructed|fixed|upgraded|widened|fenced|opened|set up|established|constructed|given compensation|punished|hunted down|tracked down|eliminated|arrested|apprehended|caught|held accountable|taken to task|traced|brought to book|allowed to return|allowed to go back|restored|resumed|reopened|lifted|compensated|rebuilt|provided|delivered|supplied|deployed|installed|completed|built|increased|strengthened)`, weight: 0.75, content: true },
  { kind: "commitment", pattern: `announced (?:[\\w-]+ ){0,3}?(?:compensation|relief package|financial assistance|aid package|a package|grants?)`, weight: 0.75 },
  // what the victims' families, the wounded or the displaced are to receive: a promise of whoever says it
  { kind: "commitment", pattern: `(?:families|family|heirs|relatives|next of kin|dependants|dependents|victims|the injured|the wounded|injured|wounded|survivors|the displaced|displaced (?:families|people|persons|residents)|affected (?:families|people|residents|traders|shopkeepers)|each (?:family|victim|martyr)|every (?:family|victim|martyr)|martyrs'? families) (?:[\\w'’-]+ ){0,6}?(?:will|would|shall) (?:also |each |soon |all |now |immediately |promptly )?(?:receive|get|be (?:given|paid|provided|compensated|treated|offered|granted|rehabilitated|accommodated|looked after|taken care of|supported|helped|awarded|employed))`, weight: 0.75, content: true },
  // what awaits the culprits: "the killers would soon be behind bars", "those responsible will face exemplary punishment"
  { kind: "commitment", pattern: `(?:perpetrators|culprits|killers|attackers|assailants|murderers|kidnappers|abductors|those (?:responsible|involved|behind (?:it|the [\\w-]+))|the accused|masterminds?|facilitators|the men behind|elements behind) (?:[\\w'’-]+ ){0,6}?(?:will|would|shall) (?:soon |surely |definitely |certainly |also |all )?(?:be (?:behind bars|put behind bars|traced|nabbed|handed (?:over )?to|dealt with|made to pay|given exemplary|taken to task)|face (?:(?:exemplary|strict|severe|stern|the strictest|strictest|legal) )?(?:the full force of the law|the law|justice|punishment|action|trial|the consequences))`, weight: 0.75, content: true },
  // "raids were being conducted to arrest the culprits": an effort under way, told by its officials
  { kind: "commitment", pattern: `(?:raids|efforts|operations|searches|teams|search operations) (?:are|were|have been|had been) (?:being )?(?:conducted|carried out|launched|made|formed|constituted|set up|dispatched|sent) (?:[\\w'’-]+ ){0,3}?to (?:arrest|trace|apprehend|nab|recover|track down|hunt down|catch|bring)`, weight: 0.7 },
  // "announced Rs1 million for each family", "announced a sum of Rs500,000 for the injured"
  { kind: "commitment", pattern: `announced (?:an? |the )?(?:sum of |amount of |grant of |package of )?(?:rs\\.? ?[\\d.,]+(?: (?:million|lakh|crore|billion|m))?|[\\d.,]+ (?:million|lakh|crore) (?:rupees|afghanis))`, weight: 0.75 },
  { kind: "commitment", pattern: `approved (?:[\\w-]+ ){0,3}?(?:extension|compensation|package|plan|deployment|funds|relief|recruitment|hiring|construction|establishment|raising|purchase|procurement)`, weight: 0.7 },
  { kind: "commitment", pattern: `(?:determination|resolve) to (?:eliminate|root out|wipe out|defeat|fight|continue)`, weight: 0.7, content: true },
  { kind: "commitment", pattern: `(?:will|would|shall) (?:[\\w'’-]+ )?(?:spare no (?:effort|efforts|stone|sacrifice|resources)|leave no stone unturned|make (?:every|all(?: possible)?) efforts?|do (?:its|their|his|everything|all|whatever)(?: [\\w'’-]+){0,3}? (?:possible|best|utmost|necessary|in (?:its|their|our) power)|go (?:to )?any length)`, weight: 0.8 },
  { kind: "commitment", pattern: `(?:attacks|operations|jihad|struggle|fight|war|campaign|offensive|strikes|resistance|armed struggle) (?:[\\w'’-]+ ){0,5}?(?:will|would|shall) (?:[\\w'’-]+ )?(?:continue|go on|be intensified|be stepped up|be repeated|be carried out again|not stop|not end|not cease|carry on|keep (?:going|on))`, weight: 0.75, content: true },
];

/**
 * Words in the few words before a cue (same clause) that cancel it: "did not claim", "no group has
 * claimed", "has yet to claim", "refused to deny".
 */
export const NEGATORS =
  "(?:rather than|instead of|stop|stopped|refrain from|avoid|not|never|no|n[o']t|none|nobody|neither|nor|yet to|without|refused to|refuses to|declined to|declines to|failed to|fails to|unable to|cannot|could not|has not|had not|have not|did not|does not|no one|no group|no organi[sz]ation)";

/** Cues whose negation flips them instead of cancelling them (e.g. "will not allow" is itself a commitment). */
export const NEGATION_IMMUNE: ReadonlySet<ClaimKind> = new Set<ClaimKind>([]);

/**
 * Verbs that introduce reported speech; the subject before them is the speaker, and a clause after
 * the last comma ending with one of them ("…, the spokesman said.") names the speaker too.
 */
export const SPEECH_VERBS =
  "(?:said|says|say|told|tells|stated|states|added|adds|announced|announces|confirmed|confirms|claimed|claims|reported|reports|" +
  "saying|adding|insisting|stating|arguing|noting|stressing|spoke|speaking|described|describes|termed|terms|condemned|condemns|denounced|denounces|branded|labelled|labeled|maintained|maintains|insisted|insists|argued|argues|asserted|asserts|declared|declares|explained|warned|warns|wrote|writes|posted|" +
  "tweeted|noted|notes|stressed|stresses|emphasi[sz]ed|underlined|alleged|alleges|observed|revealed|disclosed|briefed|informed|" +
  "acknowledged|acknowledges|admitted|admits|conceded|concedes|issued a statement|issued a message)";
