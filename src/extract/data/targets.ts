/**
 * What was attacked when a report names a vehicle, building or gathering instead of people: the objects
 * whose attack is an attack on civilians (FORMAT.md: worshippers, passengers, students, labourers, ...).
 * Written for Frontier Watch from general knowledge of frontier reporting; regular-expression sources,
 * matched case-insensitively on word boundaries by src/extract/passes/10-classify.ts.
 *
 * Security objects ("police station", "check post", "army convoy") are read from the actor lexicon and
 * the force words near them; a bare "vehicle", "house" or "truck" names nobody and is not listed.
 */
export const CIVILIAN_OBJECTS = [
  // places of worship and learning
  "mosques?", "masjids?", "imambarg[ae]h?s?", "churche?s?", "temples?", "gurdwaras?", "shrines?", "dargahs?", "mazars?",
  "(?:girls'? |boys'? |government |private |primary |middle |high )?schools?", "colleges?", "universit(?:y|ies)", "madrass?as?", "madaris", "seminar(?:y|ies)", "hostels?",
  // markets and shops
  "markets?", "bazaa?rs?", "vegetable market", "mandi", "shops?", "shopping (?:centre|center|mall|plaza)", "plazas?", "hotels?", "restaurants?", "cafes?", "eater(?:y|ies)", "bank branch", "petrol (?:pump|station)", "filling station",
  // transport carrying people or goods
  "(?:passenger )?(?:bus|buses|coach|coaches|vans?|wagons?|hiace|minibus(?:es)?)", "passenger (?:vehicles?|cars?|trains?)", "rickshaws?", "taxis?", "trains?", "jaffar express", "railway (?:track|line|station)s?", "(?:goods |oil |fuel |cargo )?(?:trucks|tankers?|containers?) carrying",
  "(?:container|cargo|bus|truck) terminals?", "bus (?:stand|stop|terminal|station)s?", "taxi stand",
  // public buildings, infrastructure and gatherings
  "hospitals?", "clinics?", "(?:basic )?health (?:unit|centre|center|facility)", "polling (?:stations?|booths?)", "gas pipelines?", "pipelines?", "power (?:pylons?|lines?|grid|station)", "electricity (?:pylons?|towers?)", "transmission (?:lines?|towers?)",
  "(?:telecom|mobile(?:-phone)?|cellular|communication) towers?", "bridges?", "wedding (?:party|ceremony|hall)", "funerals?", "funeral prayers", "rall(?:y|ies)", "processions?", "public gathering", "jirgas?", "cricket (?:match|ground)", "volleyball (?:match|ground)", "playground",
  "press club", "residential (?:areas?|quarters?|neighbou?rhoods?|colon(?:y|ies)|compounds?|buildings?)", "populated areas?", "civilian (?:areas?|houses|homes|population)", "(?:district )?courts?(?: complex)?", "kutchehry",
  // a man's guest house and his home's gate, where elders and visitors sit
  "hujras?", "guest ?houses?", "crowded (?:area|street|place)",
];

/**
 * Civilian employees of the state (FORMAT.md: not its forces): registration, revenue, customs, power,
 * irrigation, education and court staff. Read for targets only: in the actor lexicon "customs officials"
 * must stay speakers of their government.
 */
export const STATE_CIVILIAN_STAFF =
  "(?:(?:nadra|wapda|pesco|qesco|tesco|sngpl|ssgc|ptcl|revenue|customs|irrigation|education|health|forest|excise(?: and taxation)?|municipal|local government|tehsil|judicial|court|election commission|agriculture|public health engineering|works|communications and works|c&w|railways?|post office|postal) " +
  "(?:department |office |authority )?(?:staff(?:ers)?|officials?|officers?|employees?|workers?|personnel|team|engineers?|clerks?|inspectors?|collectors?|superintendents?))|" +
  "(?:officials?|officers?|employees?|staff(?:ers)?|engineers?|clerks?) (?:of|from) (?:the )?(?:nadra|wapda|pesco|sngpl|revenue|customs|irrigation|education|health|forest|excise|municipal|local government|judicial|election commission|agriculture|railways|(?:[\\w&]+ )?(?:department|directorate|authority|corporation|company))|" +
  "tehsildars?|naib tehsildars?|patwaris?|government (?:employees?|servants?|officials?|officers?|school ?teachers?)|civil servants?|bureaucrats?|(?:assistant|sub-divisional|executive|sub) engineers?|judges?|magistrates?";
