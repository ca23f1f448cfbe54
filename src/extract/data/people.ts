/**
 * Words that name a person in a casualty list, when the actor lexicon names no side: kin ("his two sons"),
 * household and neighbourhood ("a domestic worker", "a neighbour"), civil occupations and officials ("a
 * tehsildar", "an assistant commissioner"). Written for Frontier Watch from general knowledge of English
 * news copy in the region. Regular-expression sources, matched case-insensitively on word boundaries by
 * src/extract/passes/07-casualties.ts.
 *
 * CIVIL_PERSON: counted as civilians when nothing else in the phrase names a force or a group.
 * OTHER_PERSON: a person of no known side ("people", "guards"): counted in the total only.
 * MILITANT_ASSOCIATE: the helpers of an attack or a group ("the bomber's two handlers"): counted as militants.
 */
export const CIVIL_PERSON = [
  // kin
  "sons?", "daughters?", "brothers?", "sisters?", "fathers?", "mothers?", "wi(?:fe|ves)", "husbands?", "nephews?", "nieces?", "cousins?",
  "uncles?", "aunts?", "grand(?:sons?|daughters?|fathers?|mothers?|children|child)", "(?:brother|sister|son|father|mother|daughter)s?[- ]in[- ]law", "in[- ]laws",
  "relatives?", "kinsm[ae]n", "family members?", "spouses?", "twins?", "siblings?", "babies", "baby", "infants?", "toddlers?", "newborn",
  // people by age and sex
  "m[ae]n", "wom[ae]n", "boys?", "girls?", "child(?:ren)?", "kids?", "minors?", "teenagers?", "teens?", "youths?", "youngsters?", "elderly (?:m[ae]n|wom[ae]n|persons?|people)",
  "old (?:m[ae]n|wom[ae]n)", "(?:young|elderly|old) (?:couple|persons?)",
  // household and neighbourhood
  "neighbou?rs?", "guests?", "hosts?", "friends?", "passers?[- ]?by", "domestic (?:workers?|servants?|helps?|staff)", "servants?", "maids?", "cooks?", "gardeners?", "house ?keepers?",
  "watchm[ae]n", "chowkidars?", "gatekeepers?", "caretakers?", "tenants?", "landlords?", "residents?", "villagers?", "locals?", "tribesm[ae]n", "owners?", "shop ?owners?",
  // occupations
  "drivers?", "conductors?", "cleaners?", "helpers?", "labou?rers?", "workers?", "daily[- ]wagers?", "masons?", "carpenters?", "electricians?", "plumbers?", "welders?", "painters?", "porters?", "loaders?",
  "farmers?", "herds?m[ae]n", "herders?", "shepherds?", "goatherds?", "growers?", "woodcutters?", "fishermen", "hunters?", "miners?", "shopkeepers?", "vendors?", "hawkers?", "traders?", "dealers?", "merchants?",
  "butchers?", "bakers?", "barbers?", "tailors?", "cobblers?", "jewell?ers?", "goldsmiths?", "money ?changers?", "moneylenders?", "cashiers?", "clerks?", "accountants?", "salesm[ae]n", "waiters?",
  "tea[- ]?(?:stall|shop|seller|vendor)s?(?: owners?)?", "sellers?", "chairm[ae]n", "chairpersons?", "mayors?", "headmasters?", "secretar(?:y|ies)", "hotel (?:owners?|staff|workers?)", "mechanics?", "technicians?", "engineers?", "contractors?", "surveyors?", "operators?", "linemen", "employees?",
  "students?", "pupils?", "teachers?", "schoolteachers?", "lecturers?", "professors?", "principals?", "doctors?", "surgeons?", "nurses?", "paramedics?", "dispensers?", "pharmacists?", "chemists?", "medics?",
  "lady health (?:workers?|visitors?)", "health workers?", "vaccinators?", "polio workers?", "rescuers?", "rescue workers?", "volunteers?", "aid workers?",
  "journalists?", "reporters?", "cameram[ae]n", "photographers?", "lawyers?", "advocates?", "judges?", "magistrates?", "prosecutors?",
  "tehsildars?", "naib tehsildars?", "patwaris?", "(?:assistant|deputy) commissioners?", "political (?:agents?|tehsildars?|naib tehsildars?)", "government (?:officials?|employees?|servants?)",
  "(?:customs|revenue|irrigation|nadra|wapda|forest|education|health|excise|election|municipal|district|tehsil) (?:officials?|officers?|staff(?:ers)?|employees?)", "councillors?", "nazims?", "union council (?:chairm[ae]n|members?)",
  "clerics?", "imams?", "prayer leaders?", "pesh imams?", "muezzins?", "scholars?", "elders?", "maliks?", "politicians?", "activists?", "leaders?", "candidates?", "lawmakers?", "legislators?", "ministers?", "mna|mpa",
  "pilgrims?", "worshipp?ers?", "devotees?", "mourners?", "passengers?", "travell?ers?", "commuters?", "pedestrians?", "motorists?", "bystanders?", "onlookers?", "spectators?", "shoppers?", "customers?", "visitors?", "tourists?",
  "refugees?", "migrants?", "returnees?", "civilians?", "non[- ]combatants?", "supervisors?", "managers?", "forem[ae]n", "apprentices?", "assistants?", "attendants?",
  "members of (?:the|a|his|her|their|one) (?:family|household)", "household members?", "grooms?", "brides?", "widows?", "orphans?", "(?:private|security) guards?",
  // out of service: a retired officer is a civilian
  "retired (?:[\\w-]+ )?(?:colonels?|majors?|captains?|brigadiers?|generals?|officers?|officials?|subedars?|judges?|teachers?|employees?|bankers?|engineers?)",
];

export const OTHER_PERSON = [
  "people", "persons?", "individuals?", "others?", "victims?", "souls?", "lives",
  "guards?", "(?:body|security|private|armed) ?guards?", "escorts?", "gunm[ae]n", "companions?", "colleagues?", "comrades?", "associates?", "occupants?", "inmates?", "prisoners?", "suspects?", "detainees?",
];

export const MILITANT_ASSOCIATE = [
  "handlers?", "facilitators?", "accomplices?", "abettors?", "masterminds?", "planners?", "co-?conspirators?", "harbou?rers?",
  "sleeper cells?", "trainers? of (?:the )?(?:bombers?|attackers?)", "recruiters?", "suicide (?:vest|jacket) (?:makers?|suppliers?)", "bomb ?makers?",
  // the armed group told before, by its common noun: "killed four members of the group", "three men linked to the outlawed outfit"
  "(?:members?|operatives?|fighters?|cadres?|commanders?) of (?:the|that|this) (?:(?:banned|outlawed|proscribed|militant|terrorist|armed) )?(?:group|cell|outfit|network|faction|organi[sz]ation)",
  "(?:men|suspects|militants|persons|people) (?:linked|affiliated|belonging|tied) (?:to|with) (?:the|a|an) (?:(?:banned|outlawed|proscribed|militant|terrorist|armed) )?(?:group|cell|outfit|network|faction|organi[sz]ation)",
];
