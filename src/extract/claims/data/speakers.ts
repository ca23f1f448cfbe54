/**
 * Who is speaking: the words for speakers that the actor lexicon (src/extract/data/actors.ts) does not
 * resolve by itself — officials and offices whose government depends on the country in context,
 * bare country and capital names used as the subject of a statement, and anaphora ("he", "the group",
 * "the ministry") that point back to an earlier speaker. Written for Frontier Watch from general
 * knowledge of the region's official discourse. Regular-expression sources, case-insensitive, matched
 * on word boundaries by ../speakers.ts.
 */

/** Armed groups: the only possible authors of a responsibility claim. */
export const ARMED_GROUP_IDS: ReadonlySet<string> = new Set([
  "TTP", "JUA", "HGB", "LI", "ISKP", "AQ", "LEJ", "BLA", "BLF", "BALOCH_OTHER", "PK_OTHER", "AF_OTHER", "AF_TALIBAN",
]);

/** A group the lexicon does not know, introduced by name: "a little-known group calling itself …" (PK_OTHER / AF_OTHER by country). */
export const UNKNOWN_GROUP =
  "(?:a |an |the )?(?:little[- ]known |previously unknown |new |newly formed |shadowy |obscure |splinter |breakaway )?(?:militant |armed |jihadist |separatist |insurgent |extremist )?" +
  "(?:group|outfit|faction|organi[sz]ation|front|movement) (?:calling itself|that calls itself|called|named|known as)";

/**
 * A capitalised name ending in a word armed groups use ("the Sindhudesh Revolutionary Army"): a group the
 * lexicon does not know, recorded as the country's "other" actor. Case-sensitive.
 */
export const NAMED_GROUP = "(?:[A-Z][\\w'’-]+\\s+){1,4}(?:Army|Front|Movement|Brigade|Lashkar|Jaish|Tehreek|Tehrik|Organi[sz]ation|Mujahideen|Tigers|Guards|Sipah|Jamaat|Ittehad|Mahaz)";

/** Generic pairs that mean the two governments only in a report about the two countries. */
export const GENERIC_JOINT = /^(?:both|each|either|the two|officials|authorities|forces|troops|on|from)\b/i;

/** Actor ids that never make a claim in the ledger (victims and anonymous attackers). */
export const NON_CLAIMERS: ReadonlySet<string> = new Set(["CIVILIANS", "FOREIGN_NATIONALS", "MILITANTS"]);

/** Offices and officials that speak for a government; which government follows from the country in context. */
export const OFFICIAL_NOUNS =
  "(?:(?:deputy |assistant |divisional )?commissioner|district administration|administration|home departments|home department|home ministry|" +
  "home minister|information minister|information department|(?:special )?advis[eo]r|special assistant|focal person|ministry|minister|ministers|cabinet|government|authorities|" +
  "governor|district governor|provincial governor|spokes(?:man|woman|person)|official|officials|customs(?: officials| collectorate| department)?|" +
  "department|directorate|secretariat|foreign office|embassy|consulate|consul general|consul|charg[eé] d'affaires|high commissioner|ambassador|envoy|delegation|office of|prime minister|" +
  "chief minister|president|deputy prime minister|statement from the office|provincial director|director of information|" +
  "border officials?|crossing officials?|trade officials?|refugee officials?|commissionerate|national disaster|" +
  "the state|officialdom|(?:national |provincial |disaster management |counter[- ]terrorism )?authority|commission|commissionerate|" +
  "apex committee|national security committee|task force|chief secretary|home secretary|interior secretary|foreign secretary|secretary|inspector general|regional police officer|" +
  "director(?! general)|head of (?:information|culture|information and culture|refugees|the (?:provincial |district )?(?:department|directorate|office))|district chief|district head|police chief|provincial police chief|district police chief|security chief|head of (?:the )?(?:district|province|provincial (?:council|administration)))";

/** Offices only Pakistan has (provincial home departments, chief ministers, deputy commissioners): Pakistani whatever the report's setting. */
export const PK_ONLY_OFFICES =
  "(?:home department|home departments|home secretary|chief secretary|chief minister|(?:deputy |assistant |divisional )?commissioner|inspector general|regional police officer|" +
  "national counter[- ]terrorism authority|apex committee|national security committee)";

/** Titles among OFFICIAL_NOUNS that belong to the police (README annotation: police and CTD claims are PK_POLICE). */
export const POLICE_TITLES = "(?:inspector general|regional police officer|police chief|provincial police chief|district police chief)";

/** Security officials whose figure or claim is PK_SECURITY when Pakistani (FORMAT.md: forces not further named). */
export const SECURITY_OFFICIAL_NOUNS = "(?:security (?:officials?|sources|source|official)|intelligence (?:officials?|sources)|military sources)";

/** Bare country or capital names that, as the subject of a statement, mean its government. */
export const PK_STATE_NAMES = "(?:pakistan|islamabad|the pakistani side)";
export const AF_STATE_NAMES = "(?:afghanistan|kabul|the islamic emirate|islamic emirate|the emirate|the afghan side)";

/** Both governments together: a joint commitment is one claim by both (README annotation choices). */
export const JOINT_SUBJECTS =
  "(?:pakistan and afghanistan|afghanistan and pakistan|islamabad and kabul|kabul and islamabad|both (?:sides|countries|governments|neighbours|neighbors|delegations)|" +
  "(?:officials |authorities |forces |troops )?(?:on|from) (?:each|either|both) sides?|each side|" +
  "the two (?:sides|countries|governments|neighbours|neighbors|delegations|states)|" +
  "(?:the )?(?:pakistani and afghan|afghan and pakistani) (?:delegations|sides|governments|officials|leaders|negotiators|authorities|ministers|envoys))";

/** Anaphora that point back to an earlier speaker, by the sort of speaker they can stand for. */
export const ANAPHORA: { pattern: string; prefer: "group" | "official" | "any" }[] = [
  { pattern: "the (?:(?:banned|outlawed|proscribed|militant|separatist|insurgent|armed|jihadist|extremist|terrorist|little[- ]known|shadowy) )?(?:group|outfit|organi[sz]ation|faction|network|movement)|the (?:militants' spokesman|insurgents)", prefer: "group" },
  { pattern: "its (?:spokes(?:man|person)|statement|leader|commander)", prefer: "any" },
  { pattern: "the (?:ministry|minister|spokes(?:man|woman|person)|official|officials|office|department|statement|review|report|summary|data|figures|briefing|communiqu[eé]|press release|directorate|government|authorities|military|army|police|force|media wing|delegation|envoy|embassy|home department)", prefer: "official" },
  { pattern: "(?:he|she|it|they|the latter|the former)", prefer: "any" },
];

/** Words that put a sentence or a speaker's title in Afghanistan. */
export const AF_MARKERS =
  "(?:afghan|afghanistan|kabul|taliban government|islamic emirate|emirate|jalalabad|nangarhar|kunar|khost|paktika|paktia|paktiya|kandahar|" +
  "helmand|zabul|nimroz|nuristan|laghman|logar|ghazni|herat|balkh|mazar|kunduz|badakhshan|spin boldak|barmal|torkham's afghan side|" +
  "asadabad|sharana|gardez|dangam|shigal|sarkano|lalpur|goshta|achin|dand-e-patan|dand patan|zazai maidan|gurbuz|spera|urgun)";

/** Words that put a sentence or a speaker's title in Pakistan. */
export const PK_MARKERS =
  "(?:pakistan|pakistani|islamabad|rawalpindi|khyber pakhtunkhwa|balochistan|punjab|sindh|peshawar|quetta|waziristan|bannu|lakki|" +
  "kurram|bajaur|mohmand|khyber|orakzai|hangu|kohat|dera ismail khan|d\\.i\\. khan|tank|chaman|zhob|kalat|mastung|turbat|kech|gwadar|" +
  "panjgur|sibi|karachi|lahore|swat|dir|chitral|miranshah|mir ali|parachinar|tirah|killa abdullah|qilla abdullah|nushki|kharan|awaran|federal|the senate|national assembly)";

/**
 * Who speaks for a whole document, read from its source or title (an ISPR press release, a provincial
 * police review): used for sentences with no speaker of their own. First match wins.
 */
export const DOCUMENT_SPEAKERS: { pattern: string; id: string }[] = [
  { pattern: "ispr|inter[- ]services public relations|pakistan army|military's media wing", id: "PK_ARMY" },
  { pattern: "police|ctd|counter[- ]terrorism department|levies", id: "PK_POLICE" },
  { pattern: "islamic emirate|afghan government|afghanistan government|taliban government|ministry of refugees|kabul administration|government of afghanistan|zabihullah mujahid", id: "AF_GOV" },
  { pattern: "government of pakistan|foreign office|ministry of|home department|interior ministry|prime minister's office|pm office|provincial government|chief minister|pakistan government", id: "PK_GOV" },
];

/** Source labels that are not speakers at all (outlets, wires): no document speaker. */
export const NEWS_SOURCES = "(?:wire|daily|news|times|post|herald|tribune|dispatch|observer|monitor|reuters|agency|ledger|express|dawn|op-ed|opinion|analysis)";

/**
 * Full names of long-serving spokespeople and officials that the actor lexicon does not list, with the
 * id they speak for (README: ministers and spokespeople are the government; ISPR's directors general the
 * army). Public office-holders, written from general knowledge; full names only, so that a common
 * surname alone never matches. Taliban spokesmen are AF_TALIBAN (AF_GOV after August 2021, by date).
 */
export const KNOWN_OFFICIALS: { pattern: string; id: string }[] = [
  // the Afghan republic (before August 2021)
  { pattern: "ashraf ghani|hamid karzai|abdullah abdullah|amrullah saleh|hamdullah mohib|hanif atmar|haneef atmar|salahuddin rabbani|zalmai rassoul|rahmatullah nabil|masoom stanekzai|massoom stanekzai", id: "AF_GOV" },
  { pattern: "national directorate of security|afghan intelligence(?: agency| service)?", id: "AF_GOV" },
  // the Afghan ministry of refugees and repatriation (Pakistan's refugee offices are commissionerates)
  { pattern: "ministry of refugees(?: and repatriations?)?|refugees? (?:and repatriations? )?ministry|morr", id: "AF_GOV" },
  { pattern: "sediq sediqq?i|seddiq seddiqq?i|dawlat waziri|fawad aman|rohullah ahmadzai|tariq arian|najib danish|ghafoor ahmad jawed|sibghatullah ahmadi|shah hussain murtazawi|mohammad radmanesh|janan mosazai|sultan faizy", id: "AF_GOV" },
  // Pakistan: ISPR directors general
  { pattern: "athar abbas|asim (?:saleem )?bajwa|asif ghafoor|babar iftikhar|ahmed sharif chaudhry|ahmad sharif chaudhry", id: "PK_ARMY" },
  // Pakistan: Foreign Office spokespeople and interior ministers
  { pattern: "tasnim aslam|abdul basit|moazzam ali khan|aizaz (?:ahmad )?chaudhry|qazi khalilullah|nafees zakaria|zahid hafeez chaudhri|asim iftikhar(?: ahmad)?|shafqat ali khan|rehman malik|chaudhry nisar(?: ali khan)?|rana sanaullah|mohsin naqvi|sarfraz bugti|sheikh rashid(?: ahmed)?", id: "PK_GOV" },
  // armed groups' spokesmen
  { pattern: "shahidullah shahid|azam tariq|mohammad khorasani|muhammad khurasani|mohammad khurasani", id: "TTP" },
  { pattern: "qari (?:mohammad |muhammad )?yousuf ahmadi|qari yusuf ahmadi", id: "AF_TALIBAN" },
  { pattern: "jeeyand baloch|jiand baloch", id: "BLA" },
  { pattern: "gwahram baloch|major gwahram", id: "BLF" },
];

/**
 * Bodies outside both states whose statements the ledger keeps as another party's (FORMAT.md country
 * prefix rule): Pakistani rights commissions and think tanks are PK_OTHER, so that their counts are never
 * an official statistic and their findings never the government's. International bodies (the UN mission,
 * international rights groups) have no actor id: their words are recorded for no one.
 */
export const CIVIL_BODIES: { pattern: string; id: string | null; armed?: boolean; counts?: boolean }[] = [
  { pattern: "human rights commission of pakistan|hrcp|(?:independent |national )?(?:human )?rights commission|(?:national )?commission (?:for|on) human rights|nchr", id: "PK_OTHER" },
  {
    pattern:
      "pak(?:istan)? institute for (?:peace|conflict and security) studies|pips|picss|cent(?:re|er) for research and security studies|crss|" +
      "conflict monitoring cent(?:re|er)|(?:[a-z-]+[- ]based )?(?:independent )?(?:think[- ]tanks?|(?:(?:policy|conflict|security|peace|policy and security) )?research (?:cent(?:re|er)|institute|organi[sz]ation|group)|security (?:think[- ]tank|research (?:cent(?:re|er)|group)))",
    id: "PK_OTHER",
    // a research body's counts of attacks and deaths over a period are statistics of its own (by PK_OTHER), as the
    // annotators of H18 and H25 code them: FORMAT's aggregate figure, whoever compiles it
    counts: true,
  },
  // political parties and rights movements of Pakistan speak as PK_OTHER (never an official statistic)
  {
    pattern:
      "baloch yakjehti committee|byc|pashtun tahaffuz movement|ptm|jamiat[- ]ulema[- ]e[- ]islam(?: \\(?f\\)?)?|jui-f|jui|awami national party|anp|pakistan tehreek[- ]e[- ]insaf|pti|balochistan national party(?: \\(?mengal\\)?)?|bnp(?:-m)?|jamaat[- ]e[- ]islami|pakhtunkhwa milli awami party|pkmap|pakistan peoples party|ppp|pml-n|national democratic movement|ndm|hazara democratic party|voice for baloch missing persons|vbmp|majlis[- ]wahdat[- ]e[- ]muslimeen|mwm",
    id: "PK_OTHER",
  },
  // the armed opposition to the Islamic Emirate: Afghan "other" actors, which can also claim attacks (not civil)
  { pattern: "(?:the )?national resistance front(?: of afghanistan)?|nrf|(?:the )?afghanistan freedom front|aff", id: "AF_OTHER", armed: true },
  // people of the frontier who speak for themselves: a jirga, tribal elders, the warring tribes, the victims' families
  // (FORMAT.md country prefix rule: the country's "other" actor, LOCAL_OTHER = PK_OTHER or AF_OTHER by the setting);
  // never an official statistic, never an armed group
  {
    pattern:
      "(?:an? |the )?(?:grand |peace |tribal |local |area |reconciliation |provincial |district |elders' )?jirgas?(?: of (?:elders|tribal elders|the (?:[\\w-]+ )?tribes?|(?:the )?(?:[A-Z][\\w-]+ )?(?:tribe|elders))(?: from (?:both|the two|the warring|the rival) (?:sides|tribes))?)?|" +
      "(?:the |tribal |local |village |area |community |religious |kurram |turi |bangash |wazir |mehsud |afridi |(?:the )?two tribes' |(?:[A-Z][\\w-]+ ){1,2})?elders(?: of (?:the (?:area|village|tribes?|two tribes|rival tribes|warring tribes|locality)|(?:both|the two|the rival|the warring) (?:sides|tribes)|[A-Z][\\w-]+(?: (?:and|tribe|tribes|village|area))*))?|" +
      "(?:the |both |two |rival |warring |the two |the rival |the warring )(?:tribes|clans|sub-tribes)|" +
      "(?:the |its |their )?(?:protest |sit-in |rally |march |strike |dharna )?organi[sz]ers(?: of the (?:protest|sit-in|rally|march|strike|dharna|shutdown))?|" +
      "(?:the )?(?:victims'|victim's|deceased's|slain (?:men|youths)'s?|dead men's|(?:grieving |bereaved )?)\\s?(?:families|family|relatives|heirs|kin|family members)(?: of (?:the )?(?:victims?|dead|deceased|slain|missing|abducted|men|youths|boys|man|youth|boy|teacher|students?|labourers|workers|passengers|detainee|prisoner))?",
    id: "LOCAL_OTHER",
  },
  { pattern: "(?:the )?united nations(?: assistance mission in afghanistan| mission| office| agency| refugee agency)?|unama|unhcr|ocha|iom|amnesty international|human rights watch|the un(?: mission| agency)?|un (?:mission|agency|office|officials?|experts?)|international crisis group|red cross|icrc", id: null },
];

/**
 * Surnames by which reports name well-known spokespeople after (or without) their full name ("Mujahid said",
 * "Khwarazmi added"). Read only as the subject of a reporting verb, capitalised, and only surnames that are
 * rare outside the office (no "Khan", "Baloch", "Asif"); an ISPR director general's common surname only after
 * his rank. Taliban spokesmen speak for AF_GOV after August 2021 and for AF_TALIBAN before it (by date).
 */
export const KNOWN_SURNAMES: { pattern: string; id: string }[] = [
  { pattern: "Mujahid|Khwarazmi|Khwarizmi|Fitrat|Balkhi|Qani|Muttaqi|Stanekzai|Karimi|Samangani|Hamdard", id: "AF_GOV" },
  { pattern: "Khurasani|Khorasani|Shahidullah", id: "TTP" },
  { pattern: "Jeeyand|Jiand", id: "BLA" },
  { pattern: "Gwahram", id: "BLF" },
  { pattern: "(?:Lt\\.? Gen\\.?|Lieutenant General|Maj\\.? Gen\\.?|Major General|Gen\\.?|General) (?:Chaudhry|Iftikhar|Ghafoor|Bajwa)", id: "PK_ARMY" },
  { pattern: "Naqvi|Gandapur|Bugti|Tarar|Zahra Baloch", id: "PK_GOV" },
];
