/**
 * Actor lexicon: every spelling of every actor the extractor recognises, mapped to the canonical ids of
 * ../shared/eval/FORMAT.md (and PK_GOV / AF_GOV for the two governments as claim-makers).
 *
 * Pattern mini-language (compiled by src/extract/actors.ts):
 *  - `~`  an optional separator: spaces, hyphens or dashes, possibly none ("Tehrik-i" = "Tehrik i" = "Tehriki")
 *  - ` `  one or more spaces
 *  - anything else is a JavaScript regular expression fragment, matched case-insensitively on word boundaries.
 * `acronyms` are matched case-sensitively and exactly (so "IS" or "FC" never match ordinary words).
 *
 * `weight` (0..1) says how sure a match is of the id: 1 for a group's own name, lower for generic words
 * ("army" could be Afghan; "paramilitary" could be the Rangers). `role` marks a mention that is a person or
 * body speaking for the actor (spokesman, ministry), which claims use and incident casualties ignore.
 */
/** The fall of Kabul: from this day "the Taliban" are the Islamic Emirate's government and "Afghan forces" its forces. */
export const FALL_OF_KABUL = "2021-08-15";

export interface ActorEntry {
  id: string;
  patterns?: string[];
  acronyms?: string[];
  weight?: number;
  role?: "speaker";
  /** A kind of group ("Baloch separatists"), not one named group: officials blaming it name no perpetrator. */
  category?: boolean;
  /** Only before (or from) the fall of Kabul, 2021-08-15: Afghan "government forces" change meaning then. */
  era?: "pre2021" | "post2021";
}

const TEHRIK = "t[ae]h?r[ei]{1,2}k";
const TALIBAN = "taa?libaa?n";
const LASHKAR = "lashk[ae]r";
const JAMAAT = "jam[a']{1,2}t";
const E = "(?:[ei]|ul|al)"; // the Urdu izafat: -e-, -i-, -ul-
const BALOCH = "balo[cu]?h(?:istan)?";
const QAEDA = "qa['’]?[ei]?da";

export const ACTOR_LEXICON: ActorEntry[] = [
  // --- Tehrik-i-Taliban Pakistan and its official labels
  {
    id: "TTP",
    patterns: [
      `${TEHRIK}~${E}~${TALIBAN}(?:~pakistan)?`,
      `pakistani? ${TALIBAN}`,
      `(?:fitna|fitnah|fitnat)~(?:al|ul|e)?~kh[a]?w[a]?arij`,
      `kh[a]?w[a]?arij(?:ite)?s?`,
      `khwarij`,
      `kharij(?:ite|i)s?`,
      `noor wali mehsud`,
      `${TALIBAN}~(?:e|i)~pakistan`,
    ],
    acronyms: ["TTP"],
  },
  { id: "JUA", patterns: [`${JAMAAT}~${E}~ahrar`, `${JAMAAT}~ur~ahrar`, `jama?at~ul~ahrar`, `jamaatul~ahrar`], acronyms: ["JuA", "JUA"] },
  { id: "HGB", patterns: [`(?:hafiz )?gul bahad[ua]?r(?: group| faction| network)?`], acronyms: ["HGB"] },
  { id: "LI", patterns: [`${LASHKAR}~${E}~islam`, `mangal bagh`], acronyms: [] },
  {
    id: "ISKP",
    patterns: [
      `islamic state~(?:of~)?(?:in~)?(?:the~)?khorasan(?:~province)?`,
      `islamic state~khurasan(?:~province)?`,
      `(?:is|isis|isil)~(?:k|kp|khorasan|khurasan)`,
      `daa?e?s[hc]h?`,
      `daish`,
      `(?:the )?islamic state(?:'s)?(?: group)?(?:'s)? (?:regional |local |afghan |south asian )?(?:affiliate|branch|franchise|offshoot|chapter|wing|province)`,
      `(?:is|isis|isil)~(?:affiliate|branch|franchise|offshoot|chapter)`,
      `islamic state(?: group)?`,
      `wilayat khorasan`,
      // Islamic Emirate usage: "the Daesh Kharijites", "khawarij of Daesh"
      `(?:daa?e?s[hc]h?|isis|islamic state)(?:'s)? (?:kh[a]?w[a]?arij(?:ite)?s?|kharij(?:ite|i)s?|khwarij)`,
      `(?:kh[a]?w[a]?arij(?:ite)?s?|kharij(?:ite|i)s?|khwarij) (?:of|from) (?:the )?(?:daa?e?s[hc]h?|isis|islamic state)`,
    ],
    acronyms: ["ISKP", "IS-K", "IS-KP", "ISIS-K", "ISIL-K", "IS", "ISIS", "ISIL"],
  },
  {
    id: "AQ",
    patterns: [`al~${QAEDA}(?: in the indian subcontinent)?`, `al~qaida`, `al~qaeda`],
    acronyms: ["AQIS", "AQ"],
  },
  { id: "LEJ", patterns: [`${LASHKAR}~${E}~jh?angvi(?:~al~alami)?`], acronyms: ["LeJ", "LEJ", "LJ"] },
  {
    id: "BLA",
    patterns: [`${BALOCH}~liberation~army`, `maj[ie]ed brigade`, `fateh squad`, `bashir zeb`],
    acronyms: ["BLA", "BLA-J"],
  },
  { id: "BLF", patterns: [`${BALOCH}~liberation~front`, `allah nazar`], acronyms: ["BLF"] },
  {
    id: "BALOCH_OTHER",
    patterns: [
      `${BALOCH} raaji? aa?joi? sangar`,
      `${BALOCH} republican (?:guards?|army)`,
      `${BALOCH} liberation tigers`,
      `united ${BALOCH} army`,
      `${LASHKAR}~${E}~${BALOCH}`,
      `${BALOCH} (?:nationalist|national|people's) (?:army|front|guards?|tigers|movement)`,
      `jaish~(?:al|ul|e)?~adl`,
    ],
    acronyms: ["BRAS", "BRG", "BLT", "BRA", "UBA"],
    weight: 0.8,
  },
  // a kind of group, not one group: blaming "Baloch separatists" names no perpetrator (H12 family P3), and the
  // militants a force killed "belonging to Fitna al-Hindustan" (the Pakistani state's word for the Baloch separatist
  // groups as a whole) are militants of no one group
  {
    id: "BALOCH_OTHER",
    patterns: [`${BALOCH} (?:separatists?|insurgents?|militants?|rebels?|nationalist militants?)`, `indian~(?:sponsored|backed) proxies`, `fitna~(?:al|ul|e)?~hindustan`],
    weight: 0.8,
    category: true,
  },
  {
    id: "PK_OTHER",
    patterns: [
      `${TEHRIK}~${E}~jihad(?:~pakistan)?`,
      `ittehad~${E}~mujahideen(?:~pakistan)?`,
      `hizb~${E}~ahrar`,
      `${LASHKAR}~${E}~taiba`,
      `jaish~${E}~mohamm?ad`,
      `sipah~${E}~sahaba`,
      `ahl~${E}~sunnat wal jamaat`,
      `jund[ua]llah`,
      `sindhu~desh (?:revolutionary|liberation) army`,
      `jeay? sindh(?: muttahida mahaz| qaumi mahaz| liberation army)`,
      `zainabiyoun`,
    ],
    acronyms: ["TJP", "LeT", "JeM", "ASWJ", "SRA", "SDLA", "JSMM", "IMP"],
    weight: 0.7,
  },
  // Afghan armed opposition to the Islamic Emirate (FORMAT.md: the country prefix rule, AF_OTHER): the National
  // Resistance Front of Ahmad Massoud, the Afghanistan Freedom Front; their dead are fighters (militants)
  {
    id: "AF_OTHER",
    patterns: [
      `national resistance front(?: of afghanistan)?`,
      `(?:ahmad )?massoud(?:'s)? (?:forces|fighters|men|loyalists|supporters|resistance)`,
      `(?:anti~${TALIBAN}|nrf) (?:resistance (?:forces|fighters|front|groups?)|fighters|forces|rebels|guerrillas|commanders?|members)`,
      `resistance (?:front|forces|fighters|commanders?)`,
      `afghanistan freedom front`,
      `afghanistan islamic national (?:and )?liberation movement`,
    ],
    acronyms: ["NRF", "AFF"],
    weight: 0.85,
  },
  // --- unnamed armed men
  {
    id: "MILITANTS",
    patterns: [
      `militants?`,
      `gunm[ae]n`,
      `terrorists?`,
      `attackers?`,
      `assailants?`,
      `insurgents?`,
      `(?:suicide )?bombers?`,
      `(?:unidentified |unknown |masked )?armed m[ae]n`,
      `(?:two|three|four|\\d) (?:armed |masked |unidentified |unknown )?(?:m[ae]n|persons|youths) (?:on|riding) (?:a |two )?motor~(?:cycles?|bikes?)`,
      `(?:armed |masked )?(?:motorcyclists|pillion riders?)`,
      `(?:unidentified|unknown|masked) (?:m[ae]n|persons|people|individuals|motorcyclists|riders)`,
      `miscreants?`,
      `jihadists?`,
      `extremists?`,
      `raiders`,
      `abductors|kidnappers`,
      `suicide attackers?`,
      `outlaws`,
    ],
    weight: 0.9,
  },
  // --- Afghan state
  {
    id: "AF_TALIBAN",
    patterns: [
      `afghan ${TALIBAN}`,
      `${TALIBAN}(?:~led)? (?:forces|fighters?|regime|administration|authorities|government forces|border (?:guards?|forces|police(?:m[ae]n)?)|security (?:forces|personnel|officials|men)|troops|soldiers?|personnel|police(?:m[ae]n)?|guards?|mujahideen)`,
      // the Emirate's own word for its forces
      `(?:islamic )?emirate(?:'s)? mujahideen|mujahideen of the (?:islamic )?emirate`,
      `islamic emirate(?: of afghanistan)?(?:'s)?(?: forces| security forces| border (?:guards|forces)| troops)?`,
      // "border forces of the Islamic Emirate", "the forces of the Islamic Emirate of Afghanistan"
      `(?:(?:border|security|defen[cs]e) )?(?:forces|guards|troops|soldiers|units) of the islamic emirate(?: of afghanistan)?`,
      `(?:the )?emirate(?:'s)? (?:forces|security forces|border (?:guards|forces)|troops|fighters|special (?:units|forces))`,
      `haqqani(?: network)?`,
      `${TALIBAN}`,
    ],
    acronyms: ["IEA"],
    weight: 0.85,
  },
  {
    id: "AF_TALIBAN",
    patterns: [`afghan (?:forces|troops|soldiers?|security forces|army|military|fighters?|policem[ae]n|guards?)`, `afghan (?:air force|air force (?:jets?|aircraft|planes?|helicopters?|gunships?|strikes?)|commandos?|special forces)`, `afghan (?:border (?:guards?|forces|police(?:m[ae]n)?|troops|security forces|personnel)|frontier forces)`, `afghan (?:shelling|artillery(?: fire| shells?)?|mortar (?:fire|shells?|rounds)|mortars|rockets?|rocket fire|shells|gunfire|firing|cross~border fire)`],
    era: "post2021",
    weight: 0.75,
  },
  {
    id: "AF_FORMER_GOV",
    patterns: [
      `former afghan (?:government |republic |security )?(?:forces|soldiers|troops|army|officials)`,
      `afghan national (?:army|police|defen[cs]e and security forces|security forces)`,
      `afghan (?:government|republic) (?:forces|troops|soldiers)`,
    ],
    acronyms: ["ANA", "ANDSF", "ANSF"],
  },
  {
    id: "AF_FORMER_GOV",
    patterns: [`afghan (?:forces|troops|soldiers?|security forces|army|military|policem[ae]n|guards?)`, `afghan (?:air force|air force (?:jets?|aircraft|planes?|helicopters?|gunships?|strikes?)|commandos?|special forces)`, `(?:the )?(?:afghan )?army's \\d{3}(?:st|nd|rd|th)?(?: [a-z]+)? corps`, `afghan (?:border (?:guards?|forces|police(?:m[ae]n)?|troops|security forces|personnel)|frontier forces)`, `afghan (?:shelling|artillery(?: fire| shells?)?|mortar (?:fire|shells?|rounds)|mortars|rockets?|rocket fire|shells|gunfire|firing|cross~border fire)`],
    era: "pre2021",
    weight: 0.75,
  },
  // --- Pakistani state forces
  {
    id: "PK_ARMY",
    patterns: [
      `pakistan(?:i|'s)? (?:army|military)`,
      `inter~services public relations`,
      `special services group`,
      `army`,
      `military`,
      `soldiers?`,
      `troops`,
      `(?:army |military )?(?:jawans?|sepoys?|havildars?|naib subedars?|subedars?|lance naiks?|naiks?)`,
      `army (?:personnel|men|officers?|convoy|post|patrol)`,
      `commandos?`,
      // (in Afghanistan the classifier reads the plain word as the Emirate's, as it does "soldiers")
      `special forces`,
      `(?:brave )?sons of (?:the )?soil`,
      // "the armed forces remain resolved to ...": Pakistan's, in ISPR usage
      `(?:pakistan(?:'s|i)? )?armed forces`,
    ],
    acronyms: ["ISPR", "SSG", "Major", "Maj", "Captain", "Capt", "Lieutenant", "Lt", "Colonel", "Col", "Brigadier", "Sepoy", "Naik", "Lance Naik", "Havildar", "Subedar", "Naib Subedar"],
    weight: 0.85,
  },
  {
    id: "PK_AIR_FORCE",
    patterns: [
      `pakistan(?:i)? air force`,
      `pakistani (?:jets|fighter jets|warplanes|aircraft|war planes|planes|drones|air ?strikes?|aerial (?:strikes?|bombardment|bombing))`,
      `(?:fighter )?jets`,
      `warplanes|war planes|fighter aircraft|military aircraft`,
      `air force`,
    ],
    acronyms: ["PAF"],
    weight: 0.85,
  },
  {
    id: "PK_FC",
    patterns: [`frontier corps(?: (?:khyber pakhtunkhwa|balochistan|north|south|kp))?`, `paramilitary(?: (?:forces?|troops|soldiers|personnel))?`],
    acronyms: ["FC", "FCKP", "FC-KP", "FC KP", "FC Balochistan", "FC Khyber Pakhtunkhwa", "FC North", "FC South"],
    weight: 0.9,
  },
  { id: "PK_CONSTABULARY", patterns: [`(?:frontier|federal) constabulary`], acronyms: ["FCR"] },
  {
    id: "PK_POLICE",
    patterns: [
      // (not a city's "Police District 7", "PD 5": an area of Kabul)
      `police(?:m[ae]n|wom[ae]n| personnel| officials?| officers?| constables?| force| guards?| mobile| van| post| station| party| team| squad)?(?! districts?\\b)`,
      `(?:head )?constables?`,
      `cops?`,
      `counter~terrorism department`,
      `counter~terrorism police`,
      `levies(?: (?:force|personnel|soldiers|men|post))?`,
      `khasa?dars?(?: force)?`,
      `elite force`,
      `traffic (?:wardens?|police(?:m[ae]n)?|officials?)`,
      `(?:station house officer|deputy superintendent|superintendent of police|district police officer|inspector general of police|assistant sub~inspector|sub~inspector)s?`,
    ],
    acronyms: ["CTD", "SHO", "DSP", "DPO", "IGP", "ASI", "RPO", "SSP"],
    weight: 0.95,
  },
  {
    id: "PK_SECURITY",
    patterns: [
      `(?:pakistani? )?security (?:forces|personnel|officials|troops|men|agencies)`,
      `law~enforcement (?:agencies|personnel|officials|forces)`,
      `pakistani? (?:forces|troops|border (?:forces|guards|troops))`,
      `security (?:convoy|post|checkpost|check post|check~point)`,
      // "two Pakistani border posts", "Pakistani military positions": the posts of Pakistan's forces
      `pakistani? (?:border |military |security |army |frontier )?(?:posts?|check ?posts?|checkpoints?|positions|pickets?)`,
      // "Pakistani shelling hit a madrassa": the fire of Pakistan's forces, not further named
      `pakistani? (?:shelling|artillery(?: fire| shells?)?|mortar (?:fire|shells?|rounds)|mortars|rockets?|rocket fire|shells|gunfire|firing|cross~border fire)`,
      `enemy (?:personnel|soldiers|troops|forces|men)`,
      `(?:pakistan |sindh |punjab )?rangers(?: (?:personnel|soldiers?|men|officials?))?`,
      `(?<!(?:health|election|polio|education|revenue|customs|forest|medical|returning|information|relations|executive|press|loan|bank|finance|admin|administrative) )officers?`,
      // "killing two personnel": in this reporting bare personnel are security personnel (not medical, rescue, company staff)
      `(?<!(?:medical|rescue|health|hospital|civilian|media|bank|company|railway|airline|embassy|hotel|ground|cabin|wapda|nadra|customs|revenue|support|technical|administrative|government|polio|school|staff|corps|police|levies|fc|army|security|border|military|constabulary|rangers|ctd|khasadar|force|forces|enforcement) )(?<!\\) )personnel`,
    ],
    acronyms: ["LEAs", "LEA"],
    weight: 0.85,
  },
  // --- people
  {
    id: "CIVILIANS",
    patterns: [
      `civilians?`,
      `worshipp?ers?`,
      `passengers?`,
      `students?`,
      `schoolchildren|school~children|schoolgirls|schoolboys`,
      `children|child|minors?|boys?|girls?|women|woman`,
      `labou?rers?|workers?|coal ?miners?|miners?|farmers?|shepherds?|shopkeepers?|traders?|vendors?`,
      `villagers?|residents?|locals|bystanders?|pedestrians?|commuters?|tribesm[ae]n|passers?~by|passers?by`,
      `devotees|pilgrims|mourners|wedding guests|voters|shoppers|market~goers|onlookers|spectators|picnickers|diners|visitors`,
      `protesters?|protestors?|demonstrators?|marchers|rally participants|sit-in participants`,
      `(?:school)?teachers?|headm(?:aster|istress)(?:es|s)?|principals?|professors?|lecturers?|doctors?|surgeons?|dentists?|pharmacists?|paramedics?|nurses?|journalists?|reporters?|lawyers?|judges?`,
      // civilians by trade named when they are seized or hit ("two surveyors", "three linemen", "five bricklayers")
      `surveyors?|line(?:m[ae]n|workers?)|electricians?|plumbers?|carpenters?|bricklayers?|welders?|painters?|drillers?`,
      `polio (?:workers?|vaccinators?|teams?)|vaccinators?|(?:lady )?health (?:workers?|visitors?|technicians?|officials?)|aid workers?`,
      `(?:tribal |local )?elders?|(?:religious )?scholars?|clerics?|prayer leaders?|imams?`,
      // members of a village peace committee (aman lashkar) are civilians when they are shot or bombed
      `(?:(?:former|village|local|aman) )?peace committee (?:members?|leaders?|heads?|chiefs?|elders?)|members? of (?:a|the) (?:village |local |area )?peace committee`,
      `(?:political )?(?:workers|activists|leaders?)|candidates?`,
      `drivers?|truckers?|bus drivers?`,
      `watchm[ae]n|chowkidars?|gatekeepers?|domestic (?:workers?|helps?|servants?)|servants?|cooks?|sweepers?|peons?|janitors?|cleaners?`,
      `family members|relatives|members of (?:a|the|one) family|(?:his|her|their) family`,
      `non~combatants?|unarmed (?:people|men|persons)`,
      `refugees|migrants|returnees`,
      // victims named by kinship, household or trade, plural ("two brothers", "passers-by", "herdsmen")
      `brothers|sisters|sons|daughters|siblings|nephews|cousins|infants?|bab(?:y|ies)|toddlers?|newborns?|couple|neighbou?rs?|herdsm[ae]n|herders?|nomads?|woodcutters?|cattle~herders?|fishermen|porters|hawkers?|rickshaw (?:drivers?|pullers?)|tea~sellers?|passers?(?:~|-)by`,
      `customers?|cashiers?|buyers?|sellers?|salesm[ae]n|clerks?|conductors?|jewell?ers?|goldsmiths?|businessm[ae]n|tailors?|councillors?|youths?|teenagers?|shop (?:staff|owners?|assistants?|workers?)|employees?|staff members?|travell?ers|tourists|guests|patients|barbers?|mechanics?|contractors?|masons?|porters?|engineers?`,
      `(?:mobile~phone|telecom(?:munication)?s?|cellular|construction|private|gas|oil|mining) (?:company|firm)(?:'s)? (?:employees|workers|staff|engineers)`,
      `(?:hazara|shia|shiite|sikh|hindu|christian)s?(?: community)?(?: members)?`,
    ],
    weight: 0.8,
  },
  {
    id: "FOREIGN_NATIONALS",
    patterns: [
      `chinese (?:engineers?|nationals?|workers?|citizens?|employees?|personnel|teachers?|tourists?)`,
      `foreign (?:nationals?|tourists?|engineers?|workers?|citizens?|visitors?)`,
      `foreigners`,
      `(?:japanese|russian|american|british|french|german|korean|turkish|iranian) (?:nationals?|citizens?|engineers?|tourists?|diplomats?)`,
    ],
  },
  // --- governments as claim-makers (speakers)
  {
    id: "PK_GOV",
    patterns: [
      `foreign office(?: spokes(?:man|woman|person))?`,
      `pakistan(?:i|'s)? (?:government|foreign (?:office|ministry)|ministry of (?:foreign affairs|interior|defen[cs]e|information)|interior ministry|defen[cs]e ministry|information ministry|prime minister|foreign minister|defen[cs]e minister|interior minister|officials?)`,
      `government of pakistan`,
      `(?:federal |provincial )?(?:interior|defen[cs]e|foreign|information|home|finance|law|planning|religious affairs) minister`,
      `ministers? (?:of|for) (?:state for )?(?:interior|defen[cs]e|foreign affairs|information|home affairs)`,
      `(?:interior|defen[cs]e|foreign affairs|information) ministry`,
      `ministry of (?:interior|defen[cs]e|foreign affairs|information)`,
      `prime minister(?: shehbaz sharif| imran khan| nawaz sharif)?`,
      `(?:caretaker |provincial )?chief minister`,
      `(?:provincial|federal) government`,
      `(?:khyber pakhtunkhwa|kp|balochistan|sindh|punjab) government`,
      `government of (?:khyber pakhtunkhwa|balochistan)`,
      `(?:provincial |federal |government )?spokes(?:man|woman|person) (?:for|of) the (?:provincial|federal|balochistan|khyber pakhtunkhwa) government`,
      `national security committee`,
      `(?:shehbaz sharif|khawaja (?:muhammad )?asif|ishaq dar|mohsin naqvi|sarfraz bugti|ali amin gandapur|rana sanaullah|bilawal bhutto|hina rabbani khar|mumtaz zahra baloch|shafqat ali khan|asim iftikhar|zahid hafeez chaudhri)`,
      `islamabad's`,
    ],
    acronyms: ["FO", "MOFA", "NSC"],
    role: "speaker",
    weight: 0.85,
  },
  {
    id: "AF_GOV",
    patterns: [
      `zabihullah mujahid`,
      `hamdullah fitrat`,
      `enayatullah khwarazmi`,
      `abdul qahar balkhi`,
      `amir khan muttaqi`,
      `(?:mullah )?mohammad yaqoob`,
      `sirajuddin haqqani`,
      `abdul mateen qani`,
      `islamic emirate(?:'s)? (?:spokes(?:man|woman|person)|government|administration|officials?|ministry)`,
      `${TALIBAN}(?:'s)? (?:government|administration|spokes(?:man|person)|officials?|authorities|regime|ministry|foreign ministry|defen[cs]e ministry|leadership)`,
      `(?:afghan|afghanistan's) (?:ministry of (?:defen[cs]e|interior|foreign affairs|information|borders and tribal affairs)|interim government|caretaker government|government|authorities|officials?|ministry|foreign ministry|defen[cs]e ministry|interior ministry|information ministry|acting (?:foreign|defen[cs]e|interior) minister|(?:foreign|defen[cs]e|interior) minister|embassy|consulate|spokes(?:man|person))`,
      `government of afghanistan`,
      // (not a place in the city: "Kabul's Police District 7", "Kabul's western suburbs")
      `kabul's(?! (?:police district|pd ?\\d|district|[\\w-]+ (?:district|area|neighbou?rhood)|neighbou?rhoods?|suburbs?|outskirts|city|downtown|airport|old city|(?:western|eastern|northern|southern|central|north|south|east|west)(?:ern)?\\b))`,
      `(?:provincial|district) (?:governor|police chief|spokes(?:man|person)|information (?:department|director))(?= (?:of|for|in) (?:nangarhar|kunar|khost|paktika|paktia|kandahar|nuristan|helmand|zabul|nimroz|laghman))`,
    ],
    role: "speaker",
    weight: 0.85,
  },
];
