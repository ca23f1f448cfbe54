/**
 * What makes a number an official statistic rather than an incident's toll: an aggregate frame
 * ("during the month", "so far this year", "since January", "a total of") or a flow that is by nature
 * a count over many events (returns, deportations, crossings, registered refugees). Written for
 * Frontier Watch from general knowledge of official reporting in Pakistan and Afghanistan.
 * Regular-expression sources, matched case-insensitively on word boundaries by ../statistics.ts.
 */

/** Nouns counted by official figures; a number must be followed by one (within a few words). */
export const STAT_NOUNS =
  "(?:terrorists?|militants?|khawarij|kharijis?|khwarij|insurgents?|miscreants|extremists?|fighters|" +
  "people|persons|individuals|civilians|citizens|soldiers|officers|personnel|men|policemen|police(?:men)?|constables|troops|jawans|cops|" +
  "security (?:forces |force )?personnel|members|" +
  "(?:intelligence[- ]based |security |counter[- ]terrorism |combing |search )?operations|IBOs|raids|" +
  "attacks|incidents|bombings|blasts|cases|suspects|arrests|deaths|fatalities|casualties|injuries|" +
  // occurrences counted over a period ("came under attack 37 times during the month"), foiled crossings, kidnappings
  "times|(?:infiltration |attack |terrorist )?attempts|infiltrators|violations|kidnappings|abductions|" +
  "killings|target killings|murders|robberies|dacoities|extortion (?:cases|calls)|crimes|" +
  "afghans|afghan (?:nationals|refugees|migrants|citizens|families)|foreigners|foreign nationals|aliens|immigrants|refugees|returnees|migrants|deportees|families|undocumented|nationals|" +
  "(?:goods |cargo |loaded )?(?:vehicles|trucks|lorries|containers)|" +
  "high[- ]value targets|hideouts|terrorist hideouts|weapons|checkposts|check posts|posts|" +
  "schools|houses|homes|buildings|bridges|mosques|shops|health facilities|towers)";

/** Aggregate frames: time periods, totals, areas. One of these in the sentence makes a count aggregate. */
export const AGGREGATE_FRAMES =
  "(?:during (?:the|this|last|that) (?:month|year|week|quarter|period|fortnight)|" +
  "(?:this|last|the past|the previous|the current|the last) (?:month|year|week|quarter|fortnight)|" +
  "so far(?: this (?:year|month))?|to date|year[- ]to[- ]date|" +
  "since (?:january|february|march|april|may|june|july|august|september|october|november|december|the (?:beginning|start) of|the launch|the (?:operation|campaign) (?:began|started)|\\d{4}|last (?:year|month))|" +
  "(?:in|during|throughout|for) (?:the (?:month|year) of )?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:,? \\d{4}(?!\\d))?|\\d{4})(?! \\d)|" +
  // "in the year", "for the month", "over the quarter": the period the report covers
  "(?:in|for|throughout|through) the (?:month|year|quarter|fortnight)(?! (?:of|before|after|ago|when|in which)\\b)|" +
  "(?:over|in|during|within|for) the (?:past|last|previous|preceding) (?:\\w+ )?(?:hours|days|weeks|months|years|week|month|year|decade|decades)|" +
  "between (?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?: \\d{1,2}(?!\\d))?|\\d{4}) and (?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?: \\d{1,2}(?!\\d))?|\\d{4})|" +
  "(?:in|during|over|for) the first (?:half|quarter|six months|nine months|three months|\\w+ months|\\w+ weeks)|over the (?:quarter|period|reporting period|fortnight|month|year|week)|(?:in|during|for|through) the (?:quarter|reporting period)|in the (?:same|corresponding) period|compared (?:with|to) (?:\\d|the same|last)|" +
  "a total of|in total|in all|altogether|cumulative|overall|" +
  "(?:monthly|annual|yearly|weekly|quarterly|half[- ]yearly|year[- ]end) (?:security |law and order |crime |situation )?(?:report|review|figures|data|summary|tally|statistics|briefing|overview|assessment)|" +
  "across (?:the )?(?:province|country|region|provinces|pakistan|afghanistan|khyber pakhtunkhwa|balochistan|sindh|punjab|the north-west|the northwest)|nationwide|countrywide|" +
  "on the first day|each day|per day|every day|daily)";

/**
 * Flows that are aggregates by nature: a figure of at least FLOW_MIN with one of these verbs is a
 * statistic even without a time frame ("11,930 Afghans returned from Pakistan on Sunday").
 */
export const FLOW_VERBS =
  "(?:returned|repatriated|deported|expelled|crossed|registered|hold|holds|held|displaced|evacuated|arrived|left|" +
  "were sent back|were returned|have returned|had returned|have been deported|had been deported|live|living|reside|residing|" +
  // goods held up at a closed crossing ("some 2,300 containers were waiting")
  "stranded|stuck|waiting|queued|queued up|parked|lined up|held up)";
export const FLOW_MIN = 100;

/** A number introduced by one of these is a part of another figure ("including 73 high-value targets"). */
export const SUBCOUNT_BEFORE = "(?<![a-z])(?:including|among them|of whom|of them|among whom|comprising|out of which)";
/** "…, while two soldiers lost their lives": a figure of the same incident, unless the sentence totals a period. */
export const PARALLEL_BEFORE = "(?<![a-z])(?:while|whereas)";
/** Right before a number (no word between): a secondary figure ("killed in 301 attacks", "up from 288"). */
export const SECONDARY_BEFORE = "(?<![a-z])(?:in|from|compared with|compared to|against|up from|down from|of the|of these|of those|out of)";

/** Money, percentages, distances and times: not counts. Checked right around the number. */
export const NOT_A_COUNT_BEFORE = "(?:rs\\.?|rupees|pkr|afn|afghanis|\\$|usd|us\\$|£|€|page|no\\.|number|article|section|aged|age|at)";
export const NOT_A_COUNT_AFTER =
  "(?:%|per ?cent|percent|km|kilomet(?:er|re)s?|miles|metres|meters|kg|kilograms|years? old|year-old|hours|minutes|days|weeks|months|years|" +
  "rupees|afghanis|dollars|crore|billion rupees|million rupees|a\\.m\\.|p\\.m\\.|am|pm|o'clock)";

/** Roles that make an official figure; other sources' counts (think tanks, residents) are not statistics. */
export const OFFICIAL_IDS: ReadonlySet<string> = new Set([
  "PK_GOV", "AF_GOV", "PK_ARMY", "PK_POLICE", "PK_FC", "PK_SECURITY", "PK_AIR_FORCE", "PK_CONSTABULARY", "AF_TALIBAN",
]);
