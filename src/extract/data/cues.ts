/**
 * Event and casualty cue words of English conflict reporting (wire, local dailies, ISPR and Afghan
 * government statements). Regular-expression fragments, matched case-insensitively on word boundaries.
 */

/** Words that say someone died. */
export const KILL_PASSIVE = [
  "killed", "martyred", "dead", "died", "die", "dies", "slain", "perished", "shot dead", "gunned down", "shot and killed",
  "lost (?:his|her|their) li(?:fe|ves)", "embraced shahadat", "embraced martyrdom", "sent to hell", "neutrali[sz]ed",
  "eliminated", "succumbed(?: to (?:his|her|their) (?:injuries|wounds))?", "beheaded", "executed", "lynched", "were among the dead",
  "killed in action", "laid down (?:his|their) li(?:fe|ves)", "(?:paid|made) the ultimate (?:sacrifice|price)", "sacrificed (?:his|their) li(?:fe|ves)", "attained (?:martyrdom|shahadat)",
  "(?:declared|pronounced|confirmed) dead", "could not survive", "did not survive", "breathed (?:his|her|their) last", "passed away",
  "(?:crushed|burnt|burned|charred|stoned|beaten|hacked|tortured|stabbed) to death", "burnt alive", "burned alive", "buried under (?:the )?(?:debris|rubble)",
];
/** Verbs that take the victims as object: "killing 12", "left five dead". */
export const KILL_ACTIVE = ["killing", "killed", "kills", "kill", "claimed the li(?:fe|ves) of", "shot dead", "gunned down", "gunning down", "shooting dead", "left", "leaving", "slaying", "martyring", "neutrali[sz]ing", "neutrali[sz]ed", "eliminated", "eliminating"];
/** Kinds of wound ("bullet wounds", "minor injuries", "splinter injuries"). */
const WOUND = "(?:(?:serious|severe|grievous|critical|minor|slight|multiple|fatal|life-threatening|bullet|gunshot|splinter|shrapnel|burn|head|leg|arm|chest|internal|deep|superficial)\\s+){0,2}(?:injur(?:y|ies)|wounds?)";
export const INJURE_PASSIVE = [
  "injured", "wounded", "hurt", "(?:being |were |was )?treated for (?:their |his |her )?" + WOUND,
  "(?:sustained|suffered|received|got|incurred) " + WOUND, "were brought in with", "(?:were|are) (?:still )?being treated",
  "(?<=(?:was|were) )(?:hit|struck) (?:in|on) the (?:leg|legs|arm|arms|shoulder|chest|head|abdomen|stomach|back|thigh|neck|foot|feet|hand|face)",
  "(?<=(?:was|were) (?:also )?)(?:hit|struck) by (?:bullets?|splinters?|shrapnel|pellets?|stray (?:bullets?|rounds?)|a (?:stray )?(?:bullet|round))", "maimed",
  "took (?:a |two |three |several )?bullets? (?:in|to) (?:the|his|her) \\w+", "(?:suffered|sustained|received) (?:severe |serious |minor )?burns?",
  // taken to hospital: the people are hurt (the dead's bodies are told apart in the casualties pass)
  "(?<=(?:was|were|been|being) (?:also |later |then |immediately |critically |seriously )?)(?:rushed|shifted|taken|moved|referred|evacuated|airlifted|admitted) (?:to|at|in) (?:the )?(?:[\\w'.-]+ ){0,4}?(?:hospitals?|CMH|DHQ|THQ|dispensary|trauma (?:centre|center|ward)|medical (?:complex|centre|center|facility)|health (?:centre|center|facility|unit)|emergency(?: ward)?)",
  "(?:is|are|was|were|remains?) (?:still )?(?:under treatment|admitted (?:to|at|in))",
  "(?<=\\s)with (?:serious |severe |critical |minor |multiple |grievous )?(?:injuries|wounds|burns|bullet wounds|gunshot wounds|splinter wounds|fractures|a fractured (?:leg|arm|skull|jaw))",
];
export const INJURE_ACTIVE = ["injuring", "wounding", "hurting", "maiming", "maimed", "injured", "wounded", "injures", "wounds", "leaving", "left"];
export const ABDUCT = ["abducted", "kidnapped", "abducting", "kidnapping", "abduction", "kidnap", "seized", "whisked away", "took away", "were taken away", "snatched"];

/** Sub-event cues, strongest first within each. `w` is how decisive the cue is. */
export interface SubEventCue {
  sub: string;
  re: string;
  w: number;
}

export const SUB_EVENT_CUES: SubEventCue[] = [
  // protests broken up by force: "tear-gas shells" are no shelling
  { sub: "Excessive force against protesters", re: "(?:opened fire|fired (?:live rounds|bullets|shots)?)\\s*(?:on|at|upon) (?:the )?(?:[\\w-]+ )?(?:protesters|protestors|demonstrators|protest(?:ing)? \\w+|rally|march|sit-in)", w: 4.8 },
  { sub: "Protest with intervention", re: "tear[- ]?gas(?: shells| canisters| shelling)?|baton[- ]charg(?:e|ed|ing)|lathi[- ]charg(?:e|ed|ing)|water cannons?|dispers(?:e|ed|ing) (?:the )?(?:[\\w-]+ )?(?:protesters|protestors|demonstrators|crowds?|rally|rallies|sit-in|protest|marchers|mob)", w: 4.6 },
  // a protest with no force used: sit-ins, road blockades, strikes, marches (not a diplomatic "lodged a protest")
  { sub: "Peaceful protest", re: "(?:staged|held|organi[sz]ed|launched|began|started|continued|observed|called off|ended) (?:a |an |their |the )?(?:[\\w-]+ ){0,2}(?:sit-ins?|protests?|demonstrations?|rall(?:y|ies)|marches|march|dharnas?|strikes?|hunger strike|shutter-?down strike|wheel-?jam strike)|sit-ins?|dharnas?|shutter-?down strikes?|wheel-?jam strikes?|(?<!(?:armed men|gunmen|militants|terrorists|attackers|insurgents|assailants|miscreants|they) )(?:blocked|blockaded|barricaded) (?:the |a )?(?:[\\w-]+ ){0,3}(?:road|highway|motorway|bypass|bridge|traffic|route)s?|took to the streets|chant(?:ed|ing) slogans|protest(?:ed|ing) (?:outside|in front of|on the|along the)|refus(?:ed|ing) to (?:bury|return to duty|call off|end (?:the|their) protest)|(?:laid|placed|put) the (?:coffins|bodies) (?:of [\\w ]{3,30}? )?(?:outside|on|in front of|at)|squatted on the|parked their (?:vehicles|trucks|buses) across", w: 2.2 },
  { sub: "Suicide bomb", re: "suicide (?:bomb(?:er|ers|ing|ings)?|attack(?:s|er|ers)?|blast|explosion|car bomb(?:ing)?|vest|jacket|squad|truck bomb|assault)|suicide[- ]bomb(?:er|ing)?|blew (?:himself|herself|themselves) up|detonated (?:his|her|their) (?:explosives?|vest|suicide vest)|detonat(?:ed|ing) (?:an? |his |her |their )?(?:explosives?[- ]|suicide )?(?:vest|jacket|belt)|(?:explosives?|suicide) (?:vest|jacket|belt)s?|explosives?[- ](?:laden|packed|filled|laden) (?:vehicle|car|truck|motorcycle|van)|fidayee?n|self[- ]detonat|vehicle[- ]borne|(?:drove|rammed|crashed|steered) (?:a|an|his|their|the) (?:[\\w-]+ )?(?:car|vehicle|truck|van|pick-?up|motorcycle|motorbike|rickshaw)s? (?:packed|laden|loaded|filled|rigged|stuffed) with explosives|(?:drove|rammed|crashed) (?:a|an|his|their|the) (?:explosives?[- ](?:laden|packed|filled|rigged) )(?:car|vehicle|truck|van|motorcycle)", w: 5 },
  { sub: "Air/drone strike", re: "air ?strikes?|airstrikes?|air raids?|aerial (?:strikes?|bombardment|bombing|attacks?)|drone (?:strikes?|attacks?)|(?:fighter jets?|jets?|warplanes?|aircraft|drones?|planes?|helicopter gunships?|gunships?|quadcopters?|uavs?)(?: of(?: the)? [\\w'-]+(?: [\\w'-]+){0,3}?)? (?:struck|bombed|hit|targeted|pounded|carried out|dropped (?:an? |two |three |several )?(?:mortar |hand )?(?:bombs?|explosives?|mortars?|munitions?|shells?|grenades?|payloads?)|fired (?:missiles?|rockets?)|strafed|rained|attacked|shelled|bombarded|bombed)|(?:quadcopter|uav|unmanned aerial vehicle) (?:strikes?|attacks?)|(?:bombed|bombarded|pounded|struck|hit|targeted|strafed) by (?:\\w+ ){0,2}(?:jets|aircraft|warplanes|war planes|drones|planes|fighter jets|helicopters|gunships)|(?:jets?|warplanes?|war planes|fighter jets?|military aircraft|fighter aircraft|aircraft|planes)(?: on [\\w ]{3,25}?| overnight| late \\w+| early \\w+)?(?: had| have| has)? (?:struck|bombed|hit|targeted|pounded|strafed|attacked|bombarded)|(?:military |fighter )?aircraft bombed|airstrike|air attack", w: 4.5 },
  { sub: "Grenade", re: "(?:hand )?grenade (?:attack|blast|explosion)|(?:threw|hurled|lobbed|tossed) (?:a |an |two )?(?:hand )?grenades?|grenades? (?:was |were )?(?:thrown|hurled|lobbed|tossed)|hand grenades?|grenade", w: 4 },
  { sub: "Remote explosive/landmine/IED", re: "roadside (?:bomb|blast|device|explosion|ied)s?|improvised explosive(?: device)?s?|ieds?|landmines?|land mines?|mine (?:blast|explosion)|remote[- ]controlled (?:bomb|device|explosive|blast)s?|remote[- ]control(?:led)? (?:bomb|device)|magnetic (?:bomb|device)s?|sticky bomb|planted (?:bomb|explosives?|device)|bomb (?:planted|hidden|concealed|attached|fitted)|explosive device|time bomb|bomb disposal|car bomb|motorcycle bomb|bicycle bomb|explosives? (?:planted|hidden|went off)", w: 3.5 },
  { sub: "Shelling/artillery/missile attack", re: "shelling|shells|shelled|shell (?:fired|landed|fell|struck|hit|exploded)|artillery|mortars?(?: (?:shells?|rounds?|fire|bombs?))?|rockets? (?:attack|fire|fired|landed|struck|hit)|fired rockets|missiles?|heavy weapons fire|cross[- ]border (?:shelling|firing|fire)|heavy fire", w: 2.5 },
  { sub: "Government regains territory", re: "regain(?:ed|s)? (?:full )?control|recaptur(?:ed|e|ing)|retook|retaken|re-?established (?:the )?(?:state's )?(?:writ|control)|cleared (?:the )?(?:town|city|valley|area|district|headquarters) of|took back control|wrested (?:back )?control", w: 4.2 },
  // holding ground, not raiding a post: "overran a checkpost" is an armed clash
  { sub: "Non-state actor overtakes territory", re: "(?:militants|insurgents|fighters|taliban) (?:seized|captured|overran|took control of|took over) (?:the )?(?:[\\w-]+ ){0,2}(?:town|city|district|valley|village|area|territory|headquarters|tehsil|region|border crossing)s?|fell to (?:the )?(?:militants|insurgents|taliban)", w: 4.1 },
  { sub: "Abduction/forced disappearance", re: "abduct(?:ed|ion|ing|s)?|kidnap(?:ped|ping|s)?|(?:were|was|being|been) (?:taken|held) hostage|hostage[- ]taking|took (?:\\w+ ){0,3}hostages?|hijack(?:ed|ing|ers?)?|enforced disappearance|forcibly disappeared|went missing", w: 3 },
  { sub: "Armed clash", re: "clash(?:es|ed)?|exchange(?:d|s)? (?:of )?fire|exchanges of fire|gun ?battles?|firefights?|shoot[- ]?outs?|encounters?|engagements?|skirmish(?:es)?|intelligence[- ]based operations?|ibos?|(?:military|security|search|clearance|counter[- ]?terrorism|combing|cordon[- ]and[- ]search|joint|targeted|sanitisation|sanitization|ground) operations?|operations? against|raids?|repulsed|repelled|stormed|storming|ambush(?:ed)?|besieged|fought|fighting|battles?|traded fire|trade fire|returned fire|retaliated|overr[au]n|fired (?:on|at|upon) (?:a |an |the )?(?:[\\w-]+ ){0,3}(?:post|checkpost|check post|checkpoint|camp|convoy|patrol|station|picket|vehicle|van|personnel|troops|soldiers|policemen)|infiltrat(?:e|ion|ing)", w: 2 },
  // weak: says only that someone was fired on; any weapon named (shelling, a bomb) decides instead
  { sub: "Armed clash", re: "came under (?:heavy |intense |indiscriminate )?(?:fire|gunfire|attack)", w: 1.1 },
  { sub: "Attack", re: "shot dead|(?:was|were|been|being) shot(?! dead)(?! at)|shot and (?:wounded|injured|killed)|shot (?:him|her|them|(?:all |both )?(?:\\w+ )?of them) dead|bullet[- ]riddled bod(?:y|ies)|gunned down|gunning down|shooting dead|opened fire|indiscriminate(?:ly)? fir(?:e|ing)|shot at|sprayed (?:bullets|gunfire)|target(?:ed)? killings?|targeted killing|assassinat(?:ed|ion)|murdered|lynched|beheaded|executed|tortured", w: 1.5 },
  { sub: "Remote explosive/landmine/IED", re: "bomb(?:ing|ings|s)?|blasts?|explosions?|exploded|explosive|went off|detonat(?:ed|ion)|blew up|blown up|blowing up", w: 1 },
  { sub: "Arrests", re: "arrest(?:ed|ing)|detained|apprehended|taken into custody|nabbed|rounded up|held (?:\\w+ ){0,2}suspects", w: 0.6 },
  { sub: "Looting/property destruction", re: "torched|set (?:on )?fire to|set ablaze|set (?:[\\w'-]+ ){1,4}(?:on fire|ablaze)|burnt down|burned down|ransacked|looted|vandali[sz]ed", w: 0.8 },
];

/** Generic attack words: they make a sentence an event sentence but decide no sub-event type. */
export const GENERIC_ATTACK = "attack(?:s|ed|ing|ers?)?|assault(?:s|ed)?|struck|strikes?|targeted|targeting|firing|fired|gunfire|hit|raided|torched|set (?:on )?fire|ambush";

/** Openers that start a separate incident in roundups. */
export const SEPARATOR = "in (?:a |another |one more |the )?(?:separate|second|third|fourth|fifth|other|another|similar|related|later|earlier|different|unrelated) (?:incident|attack|engagement|operation|clash|case|blast|bombing|strike|development)s?|in another (?:incident|attack|development)|separately|elsewhere|meanwhile|in an? (?:unrelated|separate|other) |also on |in the (?:first|second|third|fourth|latest|earlier) (?:incident|attack)|^(?:on|late on|early on) \\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:while|whereas) (?:on|late on|early on) (?:the \\d{1,2}(?:st|nd|rd|th)\\b|\\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d{1,2}\\b)";

/** Phrases that mark a count as an aggregate over a period, not one incident's toll. */
export const AGGREGATE = "(?:during|in|over|throughout) the (?:month|year|quarter|first (?:half|quarter|six months|nine months)|(?:past|last|previous) (?:\\w+ )?(?:months?|years?|weeks|quarter))|so far this (?:year|month)|this year|since (?:january|february|march|april|may|june|july|august|september|october|november|december|the start|the beginning|last|spring|summer|autumn|winter)|(?:feuds?|conflict|dispute|violence|insurgency|fighting|clashes|hostilities|rivalry|enmity|vendetta)(?:,? which|,? that| that)? (?:has|had|have)(?: so far| already| now)? (?:killed|claimed|left|cost)|since (?:the )?(?:feud|clashes|fighting|dispute|conflict|hostilities) (?:began|erupted|started|broke out)|in recent (?:months|years)|in (?:the )?(?:past|last) (?:\\d+|few|several|two|three|four|six|twelve|24|48|72) (?:hours|days|weeks|months|years)|(?:various|several|multiple|separate|different) (?:operations|engagements|incidents)|in (?:20\\d\\d|19\\d\\d)(?! ?,)|annual|monthly|per cent|percent|in total over|across the (?:province|country)|year-on-year|compared with|compared to|on average|each year|every year|a year earlier|last year|(?:during|throughout|over) (?:the (?:whole )?(?:year |course of )?)?(?:19|20)\\d\\d\\b|(?:during|throughout) (?:the month of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b(?! \\d)|in (?:the month of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)(?: (?:19|20)\\d\\d)? alone\\b|in the month of (?:january|february|march|april|may|june|july|august|september|october|november|december)\\b(?! \\d)";

/** Clauses that introduce an earlier event inside a sentence about a later one. */
export const BACKGROUND_CLAUSE = "\\bin (?:retaliation|response) (?:for|to)\\b|\\bto avenge\\b|(?:\\b(?:days?|weeks?|months?|hours?|a day|a week|a month|a year|years?) (?:after|before|since)\\b(?!\\s*(?:[,;.]|yesterday\\b|that\\b|then\\b)))|\\bsince\\b|\\brecalled\\b|\\bprevious(?:ly)?\\b(?! (?:day|night|evening|morning|afternoon|week)\\b)|\\blast (?:year|month)\\b|\\bin (?:19|20)\\d\\d\\b|\\bdeadliest (?:since|attack since)\\b|\\bthe worst since\\b|\\bthe second (?:major )?attack\\b|(?<=\\b(?:since|ago|last (?:year|month|week)|(?:19|20)\\d\\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?: \\d{1,2})?)[^.;]{0,25},\\s)when\\b(?= (?:a|an|the) \\w+ (?:attack|bombing|blast))";

/** Reporting verbs: a date next to one dates the report, not the event. */
export const REPORTING = "registered|lodged|filed|dated|said|says|told|announced|reported|confirmed|added|stated|issued|released|claimed|denied|rose|risen|climbed|reached|jumped|increased|stood|put|updated|revised|gave|died of|succumbed|recovered|buried|identified|briefed|visited|condemned|warned|summoned";
