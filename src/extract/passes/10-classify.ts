import { SECURITY_FORCE_IDS, eventTypeOf, type SubEventType } from "../../domain/index.js";
import type { ActorMention } from "../actors.js";
import { FALL_OF_KABUL } from "../data/actors.js";
import { DEFINITE, type Cluster } from "./09-assemble.js";
import type { Frame } from "./08-frames.js";
import { CIVILIAN_OBJECTS, STATE_CIVILIAN_STAFF } from "../data/targets.js";
import { gated } from "../gate.js";
import { UXO } from "../data/cues.js";

/**
 * Pass 10: ACLED classification and the actors of an incident. The sub-event type comes from the
 * strongest cue, with the conventions of FORMAT.md: a suicide bomber makes a suicide bomb even in a
 * complex attack; border forces exchanging fire, and militants attacking police or soldiers with guns, are
 * armed clashes; gunmen killing unarmed people is an attack on civilians. Perpetrators: a group that
 * claimed it, else the group named as doing it, else "MILITANTS" when attackers are mentioned, else none.
 */
export interface Classified {
  sub: SubEventType;
  event: string;
  subConfidence: number;
  subEvidence: Array<{ start: number; end: number }>;
  perpetrators: string[];
  perpEvidence: Array<{ start: number; end: number }>;
  perpConfidence: number;
  /** false when the report leaves who started it open (two forces blaming each other). */
  perpKnown: boolean;
  targets: string[];
  targetConfidence: number;
  targetEvidence: Array<{ start: number; end: number }>;
}

const GROUPS = new Set(["TTP", "JUA", "HGB", "LI", "ISKP", "AQ", "LEJ", "BLA", "BLF", "BALOCH_OTHER", "PK_OTHER", "AF_OTHER"]);
const PK_FORCES = new Set(["PK_ARMY", "PK_FC", "PK_CONSTABULARY", "PK_POLICE", "PK_SECURITY", "PK_AIR_FORCE"]);
const ATTACKER_WORDS = /\b(?:militants?|gunm[ae]n|terrorists?|attackers?|assailants?|insurgents?|bombers?|armed men|miscreants|abductors|kidnappers|khawarij|khwarij|fighters|separatists?)\b/i;
const OPERATION = /\b(?:intelligence[- ]based operation|ibo|operation|raid(?:ed|ing (?:team|party))?|search operation|cordon|clearance|security forces (?:killed|shot)|troops (?:killed|intercepted|engaged)|killed (?:\w+ ){0,3}(?:militants|terrorists|khawarij|khwarij|insurgents)|sent to hell|neutrali[sz]ed|eliminated|infiltrat\w+|(?:attempt(?:ed|ing)|tried|trying|sought) to (?:cross|sneak (?:across|into|through)|slip (?:across|into|through)) (?:the )?(?:[\w-]+ ){0,2}?(?:border|frontier|fence|durand line)|(?:foiled|thwarted|repulsed|repelled|frustrated|pushed back|beat back|beaten back) (?:an? |the |their )?(?:[\w-]+ ){0,2}?(?:(?:attempt|bid|effort)s? (?:by (?:[\w-]+ ){0,6}?)?to (?:cross|sneak|slip|enter|infiltrate)|crossing attempts?)|intercepted (?:a |an |the |some )?(?:(?:group|band|gang|party|number|squad|batch) of )?(?:[\w-]+ )?(?:militants|terrorists|khawarij|khwarij|infiltrators|insurgents|attackers|fighters|suspects|them)|encounters? with (?:the )?(?:[\w-]+ ){0,2}(?:police|department|CTD|forces|troops|levies|personnel)|killed by (?:the )?(?:police|CTD|security forces|troops|levies)|(?:police|CTD|troops|security forces|levies|FC|personnel|team|squad|party)\s+(?:later\s+|then\s+|finally\s+)?(?:traced|tracked down|cornered|chased down|hunted down|surrounded))\b/i;
/** The dead told as civilians after their count: "all three were civilians", "the victims were ordinary villagers". */
const DEAD_WERE_CIVILIANS = /\b(?:all|both|the (?:dead|victims|deceased)|those killed|all (?:of )?(?:the )?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})(?: (?:dead|victims))?|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) of them)\s+(?:were|are)\s+(?:all\s+)?(?:civilians|ordinary (?:people|villagers|residents|citizens)|non-combatants|villagers|labourers|laborers|farmers|shepherds|children|women and children)\b/i;
/** Attackers told only as a number of men: "two men on foot fired at the vaccinator", "three young men opened fire". */
const UNNAMED_SHOOTERS = /\b(?:two|three|four|five|six|a few|a group of|\d{1,2}) (?:unidentified |unknown |armed |masked |young |bearded )?(?:men|persons|youths|individuals)\b(?! (?:were|was|had been|have been|are)\b)[^.;]{0,40}?\b(?<!(?:were|was|been|being|be|are|is|got) )(?:opened fire|fired (?:at|on|upon|shots)|shot (?:at|dead)|shot (?:him|her|them)|gunned (?:him |her |them )?down|hurled|lobbed|threw (?:a |an )?(?:hand )?grenade|stabbed|snatched|attacked)\b/i;
const ATTACK_BY_MILITANTS = /\b(?:militants|gunmen|terrorists|attackers|armed men|insurgents|assailants|suicide bomber|bomber|khawarij)\b[^.;]{0,40}\b(?:attacked|stormed|ambushed|opened fire|struck|targeted|raided|fired|rammed|blew|detonated|hurled|threw|abducted|kidnapped|launched|mounted|assaulted|besieged|hijacked|overran|infiltrated|(?:attempted|tried|sought|trying|attempting) to (?:storm|attack|breach|overrun|ambush|target|raid|seize|capture))\b/i;
const EXCHANGE = /\bexchange(?:d|s)? (?:of )?(?:heavy )?fire\b|\btrad(?:e|ed|ing) (?:heavy )?fire\b|\bclash(?:ed|es)?\b|\bgun ?battle|\bfirefight|\bfought\b|\bengagement\b/i;
const CROSS_BORDER = /\b(?:border forces|border guards|afghan forces|pakistani forces|afghan (?:and|&) pakistani|pakistani and afghan|across the border|cross-border|border posts?)\b/i;
const BLAME_EACH = /\beach (?:side|other)\b|\bblam(?:ing|ed) (?:the other|each other)\b|\baccused (?:\w+ ){0,3}of starting\b|\bopened fire first\b/i;
const TARGET_BEFORE = /\b(?:on|at|against|targeting|targeted|attacked|ambushed|stormed|struck|hit|raided|besieged|fired on|opened fire on)\s+(?:an?\s+|the\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}$/i;
// ("border forces of the Islamic Emirate in the Dangam district of Kunar province targeted ...": a place told between them)
const AGENT_AFTER = /^(?:'s)?\s+(?:(?:in|at|near|along) (?:the )?(?:[\w-]+ ){1,3}?(?:district|province|area|sector|region|tehsil|valley)(?: of (?:[\w-]+ ){1,2}?(?:district|province))?,?\s+)?(?:\w+\s+){0,2}?(?:attacked|assaulted|targeted|carried out|fired|launched|struck|bombed|shelled|stormed|ambushed|opened fire|hit|raided|pounded)\b/i;
const ISPR_STYLE = /^\s*RAWALPINDI\b|\bsent to hell\b|\bkhawarij\b|\bembraced shahadat\b|\bsanitisation operation\b/i;
const ISPR = /\b(?:ISPR|military's media wing|inter-services public relations|the military said|the army said|military said)\b/i;
const GUNS = /\bsmall arms\b|\bgun(?:s|fire|fight)?\b|\bgun ?battle\b|\brifles?\b|\bkalashnikovs?\b|\b(?:automatic|heavy|sophisticated) weapons\b|\bopened fire\b|\bfiring\b|\bexchange of fire\b|\bshoot-?out\b/i;
/** Guns of a close assault (not "heavy weapons", which shell too). */
const ASSAULT_GUNS = /\bsmall[- ]arms\b|\b(?:automatic|sophisticated|light) weapons\b|\b(?:assault )?rifles?\b|\bkalashnikovs?\b|\bmachine[- ]?guns?\b|\bgun ?(?:fire|fight|battle)s?\b|\bopened fire\b|\bexchange of fire\b/i;
const SECURITY_PLACE = /\bpolice (?:station|post|check ?post|checkpoint|picket|lines|patrol|van|mobile)\b|\b(?:check ?post|checkpoint|picket|security post|army post|fc post|levies post|patrol|convoy|camp|cantonment|garrison)s?\b/i;
const STATE_OPERATION = /\b(?:intelligence[- ]based operations?|IBOs?|(?:search|clearance|combing|cordon[- ]and[- ]search|sanitisation|sanitization|counter[- ]?terrorism) operations?)\b/i;
const ESCORT = /\b(?:escort(?:s|ing)?|guard(?:s|ing)|protecting|security detail|bodyguards?)\b/i;
const POLIO = /\b(?:anti-?)?polio\b|\bvaccinat(?:ors?|ion (?:team|drive|campaign|workers?))\b|\blady health (?:workers?|visitors?)\b/i;
const SHOOTOUT = /\bshoot-?outs?\b|\bencounters?\b|\bexchange of fire\b|\bgun ?fights?\b|\bsurrounded\b|\bcordon(?:ed)?\b|\braid(?:ed|ing)?\b|\btip-?off\b/i;
const RAID_TEAM = /\b(?:raiding (?:team|party)|raid(?:ing)? (?:on|at) (?:a|an|the|their) (?:hideout|compound|house|den)|(?:police|CTD|troops|security forces) (?:raided|conducted a raid))\b/i;
/** A force telling of its own kill: "Security forces said on Wednesday they had killed five militants". */
const SELF_REPORT = /\b(?:said|say|says|claimed|announced|stated)\b[^.;]{0,40}?\b(?:they|it|its (?:troops|personnel|men|forces|teams?))\s+(?:had\s+|have\s+)?(?:killed|shot dead|gunned down|neutrali[sz]ed|eliminated)\b/i;
/** A security man told as off duty: on leave, at home, shopping, on his way home, in plain clothes, retired. */
const OFF_DUTY = /\b(?:off[- ]duty|(?:returning|going|heading|walking|travell?ing) (?:back )?home|after (?:his |their |completing (?:his |their ))?duty|(?:was|were) not (?:in uniform|on duty)|out of uniform|on (?:leave|holiday|vacation)|home on leave|(?:came|come|returned) home on leave|in (?:plain|civilian) clothes|retired|on (?:his|their) way (?:back )?(?:home|to (?:the |a )?(?:mosque|market|bazaar|shop|village))|(?:at|outside|near|in front of|inside) (?:his|their) (?:own )?(?:home|house|residence|shop|village)|while (?:buying|shopping|praying|offering|walking|sitting|returning home|going home|jogging|visiting)|(?:visiting|visited) (?:his|their) (?:family|relatives|village|home))\b/i;
/** The off-duty words are said of a security man: within a few words of a force's mention or of a security casualty. */
function offDutyMan(text: string, frames: Frame[]): boolean {
  for (const f of frames) {
    const m = OFF_DUTY.exec(text.slice(f.start, f.end));
    if (!m) continue;
    const at = f.start + m.index;
    const near = (start: number, end: number) => Math.abs(start - at) <= 70 || Math.abs(at - end) <= 70;
    if (f.actors.some((a) => PK_FORCES.has(a.id) && near(a.start, a.end)) || f.casualties.some((x) => x.category === "security_forces" && near(x.start, x.end))) return true;
  }
  return false;
}
const UXO_RE = new RegExp(`(?<![A-Za-z])(?:${UXO})(?![A-Za-z])`, "i");
/**
 * Whether the shells told outnumber the fire exchanged: the shelling cues outside the answer itself ("responded with
 * heavy fire" is the answer) against the clash cues, the answer counting as one at least.
 */
function shellingDominates(text: string, frames: Frame[], shells: Array<{ start: number; end: number }>, clashes: number): boolean {
  const answers: Array<[number, number]> = [];
  for (const f of frames) {
    const t = text.slice(f.start, f.end);
    const re = RETURN_FIRE_ALL;
    re.lastIndex = 0;
    for (let m; (m = re.exec(t)); ) answers.push([f.start + m.index, f.start + m.index + m[0].length]);
  }
  const own = shells.filter((e) => !answers.some(([a, b]) => e.start >= a && e.end <= b)).length;
  return own > Math.max(clashes, 1);
}
/** Fire from both sides: a grenade thrown in it is one of the fight's weapons. */
const FIREFIGHT = /\bexchange(?:d|s)? (?:of )?(?:heavy )?fire\b|\bshoot-?outs?\b|\bgun ?(?:fights?|battles?)\b|\bfirefights?\b|\bencounters?\b|\b(?:returned|return(?:ing)?) (?:the )?fire\b|\bfired back\b/i;
const RETURN_FIRE = /\b(?:returned (?:the )?fire|return(?:ing)? fire|retaliated|retaliatory fire|responded (?:with (?:heavy |small[- ]arms )?fire|in kind)|fired back|hit back)\b/i;
const RETURN_FIRE_ALL = new RegExp(RETURN_FIRE.source, "gi");
const ONE_SIDED_FIRE = /\b(?:shelling|artillery|mortar|rockets?|missiles?)\b/i;

/** A cue told as "the <noun> in <Place>" where the place is another town than the incident's. */
function otherPlaceRef(text: string, f: Frame, cue: { start: number; end: number }, c: Cluster): boolean {
  const own = c.place;
  if (!own || !own.local || !DEFINITE.test(text.slice(Math.max(0, cue.start - 40), cue.start))) return false;
  return f.places.some((p) => p.local && p.mention.start >= cue.end && /^\s+(?:in|at|near|on)\s+(?:the\s+)?$/i.test(text.slice(cue.end, p.mention.start)) && p.res.place !== own.res.place && p.mention.text.toLowerCase() !== own.mention.text.toLowerCase());
}

function collect(c: Cluster): Frame[] {
  return c.frames;
}

function textOf(text: string, frames: Frame[]): string {
  return frames.map((f) => text.slice(f.start, f.end)).join(" ");
}

/** Classifies one assembled incident. `country` is where it happened ("PK"/"AF"). */
export interface ClassifyContext {
  country: string | null;
  /** The incident is arrests, raids or searches with no violence told (09-assemble `arrestOnly`). */
  arrests?: boolean;
  source?: string | null;
  published: string | null;
  /** Groups that claimed / denied this incident (claims are assigned to incidents by the caller). */
  claimed: Set<string>;
  denied: Set<string>;
  /** Groups officials blame or suspect, for when nobody claimed it. */
  blamed?: Set<string>;
  /** The report speaks of air strikes: a bare "strike" in it is one. */
  docAir: boolean;
  /** Who a roundup's lead says carried out its attacks ("Militants carried out three attacks ..."), for items that name nobody. */
  leadPerpetrators?: string[] | null;
  /** The paragraph's sentences before the incident's first frame that no frame holds (see pipeline's leadIn). */
  leadIn?: { start: number; end: number; actors: ActorMention[] } | null;
  /** The report tells two incidents or more (a review, a roundup): what one item says of who fired is its own. */
  several?: boolean;
  /** Every actor the report names (for what the report as a whole says of who fights there). */
  docActors?: ActorMention[];
  /** The spans of the sentences the report's other incidents hold (not background ones). */
  otherHeld?: Array<{ start: number; end: number }>;
}

export function classify(text: string, c: Cluster, cc: ClassifyContext): Classified {
  const { country, source, published } = cc;
  const frames = collect(c);
  // a rebuttal's "only returned fire" is how the accused say they act, not how this event went
  const told = (f: Frame) => !f.rebuttal;
  const body = textOf(text, frames.filter(told));
  const context = c.context.filter(told);
  const ctxText = textOf(text, context);
  const paragraphs = new Set(c.frames.map((f) => f.paragraph));
  const nearContext = textOf(text, context.filter((f) => paragraphs.has(f.paragraph)));
  // --- sub-event
  const score = new Map<string, { w: number; ev: Array<{ start: number; end: number }> }>();
  frames.forEach((f, i) => {
    for (const cue of f.cues) {
      // "No group claimed that attack or the quadcopter strike in Kulachi": another incident named by its definite noun
      // and its own place, not this one's weapon
      if (i > 0 && otherPlaceRef(text, f, cue, c)) continue;
      const w = cue.w * (i === 0 ? 1.5 : 1);
      const s = score.get(cue.sub) ?? { w: 0, ev: [] };
      s.w = Math.max(s.w, w);
      s.ev.push({ start: cue.start, end: cue.end });
      score.set(cue.sub, s);
    }
  });
  const has = (sub: string) => score.has(sub);
  let sub: SubEventType = "Armed clash";
  let subConfidence = 0.4;
  let subEvidence: Array<{ start: number; end: number }> = [];
  const ranked = [...score.entries()].sort((a, b) => b[1].w - a[1].w);
  if (ranked.length) {
    sub = ranked[0][0] as SubEventType;
    subConfidence = Math.min(0.95, 0.45 + ranked[0][1].w / 10);
    subEvidence = ranked[0][1].ev.slice(0, 3);
    // "the toll from Thursday's attack on a van rose ..., as an angry mob set fire to shops": a crowd's violence told
    // beside an armed attack's is the attack's aftermath, not what the armed incident was
    if (RIOT_KINDS.has(sub)) {
      // (a crowd that "clashed with police" is still the riot, unless the clash killed)
      const killed = frames.some((f) => f.casualties.some((x) => x.kind === "killed" && (x.value ?? 0) > 0));
      const armed = ranked.find(([k, v]) => !RIOT_KINDS.has(k) && !PROTEST_KINDS.has(k) && !UNARMED_KINDS.has(k) && (k === "Armed clash" ? killed : v.w >= 1.5));
      if (armed) {
        sub = armed[0] as SubEventType;
        subConfidence = Math.min(0.95, 0.45 + armed[1].w / 10);
        subEvidence = armed[1].ev.slice(0, 3);
      }
    }
  }
  // "set four vehicles on fire and attacked a Levies post, killing one man": burning told beside an armed act that killed
  // is that act's damage, not what the incident was
  if (sub === "Looting/property destruction" && frames.some((f) => f.casualties.some((x) => x.kind === "killed" && (x.value ?? 0) > 0))) {
    const armed = ranked.find(([k]) => !RIOT_KINDS.has(k) && !PROTEST_KINDS.has(k) && !UNARMED_KINDS.has(k));
    if (armed) {
      sub = armed[0] as SubEventType;
      subEvidence = armed[1].ev.slice(0, 3);
    } else if (/\b(?:attacked|stormed|raided|fired (?:on|at|upon))\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:post|checkpost|check post|checkpoint|station|camp|picket|convoy|patrol)\b/i.test(body)) {
      sub = "Armed clash";
    }
  }
  // conventions
  const allActors = frames.flatMap((f) => f.actors);
  const civOnlyVictims = victimsAreCivilians(frames);
  // (not a ground assault the strikes answered: "The strikes followed a Taliban assault on an army outpost")
  // (nor shells told of their own: "shells fired from the Pakistani side struck a village" in a report that also tells air strikes)
  if (cc.docAir && country === "AF" && !has("Suicide bomb") && !(has("Shelling/artillery/missile attack") && !has("Air/drone strike") && sub === "Shelling/artillery/missile attack") && /\b(?:strikes?|bomb(?:ed|ing|ardment)|raids?)\b/i.test(body) && !AFTER_ASSAULT.test(body)) sub = "Air/drone strike";
  // "strikes by the Afghan Air Force", "air force jets bombed ...": an air strike whoever flew it
  if (!has("Suicide bomb") && sub !== "Air/drone strike" && AIR_DOER.test(body)) sub = "Air/drone strike";
  if (has("Government regains territory") && !has("Suicide bomb")) sub = "Government regains territory";
  // a raid on a hideout that met a firefight, in which a cornered fighter blew himself up: the operation is the battle
  // (FORMAT.md: "a security-force operation that kills militants in a firefight"), not a suicide bombing
  else if (has("Suicide bomb") && cornered(body)) sub = "Armed clash";
  else if (has("Suicide bomb")) sub = "Suicide bomb";
  // an unexploded bomb "left from last year's air strike" that went off now: the strike is its past, not the event
  else if (has("Air/drone strike") && UXO_RE.test(body) && LEFT_FROM.test(body)) sub = "Remote explosive/landmine/IED";
  else if (has("Air/drone strike")) sub = "Air/drone strike";
  else if (sub === "Shelling/artillery/missile attack" && EXCHANGE.test(body) && !/\bshelling\b/i.test(body)) sub = "Armed clash";
  else if (sub === "Remote explosive/landmine/IED" && (score.get(sub)?.w ?? 0) <= 1.5 && has("Grenade")) sub = "Grenade";
  // mortars on a post and the post's men firing back: an exchange, unless the shelling is most of what is told
  // ("Mortar rounds hit the post; troops returned fire" is a clash, "heavy shelling ... artillery ... mortars ... troops responded" shelling)
  else if (sub === "Shelling/artillery/missile attack" && RETURN_FIRE.test(body) && shellingDominates(text, frames, score.get(sub)!.ev, score.get("Armed clash")?.ev.length ?? 0) === false) sub = "Armed clash";
  // a raid or search that only arrested (assembly's arrestOnly): arrests, whatever the raid's words
  if (cc.arrests) sub = "Arrests";
  // "four were killed and one was arrested": an operation that killed is a battle, not arrests
  if (sub === "Arrests" && frames.some((f) => f.casualties.some((x) => x.kind === "killed" && (x.value ?? 0) > 0))) sub = "Armed clash";
  if (sub === "Abduction/forced disappearance" && frames.some((f) => f.casualties.some((x) => x.kind === "killed" && (x.value ?? 0) > 0)) && (has("Armed clash") || has("Attack"))) {
    sub = has("Attack") && civOnlyVictims ? "Attack" : "Armed clash";
  }
  if ((sub === "Armed clash" || sub === "Attack") && !has("Suicide bomb")) {
    const victimsSecurity =
      frames.some((f) => f.casualties.some((x) => x.category === "security_forces")) ||
      allActors.some((a) => PK_FORCES.has(a.id) && a.role !== "speaker" && TARGET_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start))) ||
      // "gunmen attacked a checkpoint of the Islamic Emirate's security forces", "opened fire on a Taliban checkpoint":
      // the Emirate's (or the Republic's) forces at their post are forces on duty, as Pakistan's are
      allActors.some((a) => (a.id === "AF_TALIBAN" || a.id === "AF_FORMER_GOV") && !a.insurgent && a.role !== "speaker" && postAttacked(text, a));
    // civilians named as the ones attacked ("fired on a passenger van", "ambushed a wedding party"), no force among the victims
    const civTargeted = !civOnlyVictims && !allActors.some((a) => PK_FORCES.has(a.id) || a.id === "AF_TALIBAN" || a.id === "AF_FORMER_GOV") && allActors.some((a) => a.id === "CIVILIANS" && a.role !== "speaker" && TARGET_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start)));
    // "shot dead a vaccinator and his police escort", any attack on a polio team: the guard dies protecting
    // the civilians attacked
    // (the civilians guarded among the dead: a constable shot while the vaccinators escaped, or only wounded, fell as
    // forces on duty do, an armed clash)
    const killedCounts = frames.flatMap((f) => f.casualties.filter((x) => x.kind === "killed" && (x.value ?? 0) > 0));
    const onlyGuardsDied = killedCounts.length > 0 && killedCounts.every((x) => x.category === "security_forces");
    const escortOnly = !civOnlyVictims && victimsAreCivilians(frames, true) && !onlyGuardsDied && (ESCORT.test(body) || POLIO.test(body));
    // an off-duty policeman or soldier shot at home, in a market or on leave was unarmed: an attack, not a battle
    // (FORMAT.md: "militants attacking a police post or army patrol" is the armed clash, forces on duty)
    // (a soldier on leave among passengers of a coach fired on: civilians were the ones aimed at)
    const civAimed = allActors.some((a) => a.id === "CIVILIANS" && a.role !== "speaker" && TARGET_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start)));
    const offDuty = (victimsSecurity || civAimed) && OFF_DUTY.test(body) && offDutyMan(text, frames) && !allActors.some((a) => PK_FORCES.has(a.id) && FORCE_PLACE.test(a.text));
    // (the search and arrests that followed are no operation the attack was: "arrested two suspects in a search operation")
    if ((civOnlyVictims || civTargeted || escortOnly || offDuty) && (!victimsSecurity || escortOnly || offDuty) && !OPERATION.test(body.replace(FOLLOW_UP_SEARCH, " ")) && !EXCHANGE.test(body)) sub = "Attack";
    else if (sub === "Attack" && (victimsSecurity || EXCHANGE.test(body))) sub = "Armed clash";
  }
  // "fired a rocket at the labourers' camp and then gunned down eleven workers": shooting unarmed people is the attack
  if (sub === "Shelling/artillery/missile attack" && civOnlyVictims && has("Attack") && !EXCHANGE.test(body)) sub = "Attack";
  // guns and grenades against a police station, post or patrol: an armed clash (FORMAT.md conventions)
  // (not the search told after a grenade attack: "Police cordoned off the area and launched a search operation")
  // a grenade thrown in a firefight ("opened fire with automatic weapons and hurled a hand grenade. The CTD personnel
  // returned fire and the shootout continued"): the exchange of fire is the event, an armed clash
  const searchSpans = [...text.matchAll(FOLLOW_UP_SEARCH)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const ownClash = (score.get("Armed clash")?.ev ?? []).some((e) => !searchSpans.some((x) => x.start <= e.start && e.end <= x.end));
  if (sub === "Grenade" && ((GUNS.test(body) && (/\bgrenades\b/i.test(body) || SECURITY_PLACE.test(body))) || (ownClash && SECURITY_PLACE.test(body)) || FIREFIGHT.test(body.replace(FOLLOW_UP_SEARCH, " ")))) sub = "Armed clash";

  // "militants fired rockets and automatic weapons at the police station": rockets in a gun assault on a post are the
  // assault's weapons, an armed clash (FORMAT.md conventions), not shelling from afar
  if (sub === "Shelling/artillery/missile attack" && ASSAULT_GUNS.test(body) && SECURITY_PLACE.test(body) && ATTACK_BY_MILITANTS.test(body) && !CROSS_BORDER.test(body) && !/\b(?:shelling|artillery|mortars?)\b/i.test(body)) sub = "Armed clash";
  // unexploded ordnance that went off is a remote explosive, not shelling or a grenade attack (H11 family 9)
  if ((sub === "Shelling/artillery/missile attack" || sub === "Grenade") && LEFTOVER.test(body)) sub = "Remote explosive/landmine/IED";

  // --- perpetrators
  const claimed = new Set(cc.claimed);
  for (const g of cc.denied) claimed.delete(g);
  let perpetrators: string[] = [];
  let perpConfidence = 0.5;
  let perpEvidence: Array<{ start: number; end: number }> = [];
  let perpKnown = true;
  const ispr = ISPR.test(body + " " + ctxText) || /ispr/i.test(source ?? "") || ISPR_STYLE.test(text.slice(0, 40)) || ISPR_STYLE.test(body);
  // people who only report ("police said", "according to officials") are neither attackers nor attacked
  // ... nor are those who accuse or condemn ("The Islamic Emirate on Wednesday accused Pakistan of ..."), or whose
  // spokesman or ministry speaks ("the Islamic Emirate's deputy spokesman said", "a spokesman for the Islamic Emirate")
  // ("Islamic Emirate officials in Kunar said", "police in Kech said": the office's place between them and the verb)
  const isSource = (a: ActorMention) => /^\s+(?:said|say|says|told|reported|confirmed|added|stated|officials? said)\b/i.test(text.slice(a.end, a.end + 20)) || OFFICE_PLACE_SAID.test(text.slice(a.end, a.end + 60)) || /\b(?:according to|told|briefed|informed)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, a.start - 20), a.start)) || ACCUSER_AFTER.test(text.slice(a.end, a.end + 40)) || (a.id !== "CIVILIANS" && (VOICE_AFTER.test(text.slice(a.end, a.end + 40)) || VOICE_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start))));
  const mention = (pred: (a: ActorMention) => boolean) => allActors.find((a) => pred(a) && a.role !== "speaker" && !isSource(a));
  // a named group told as doing it, or as the attackers' own ("a suicide bomber of the Majeed Brigade")
  const groupDoer = (a: ActorMention) => (GROUPS.has(a.id) || !!a.insurgent) && a.role !== "speaker" && !isSource(a) && !RECORD_AFTER.test(text.slice(a.end, a.end + 90)) && !GROUP_OBJECT_BEFORE.test(text.slice(Math.max(0, a.start - 50), a.start)) && !(a.category && BLAMED_AFTER.test(text.slice(a.end, a.end + 60))) && (GROUP_DOER_AFTER.test(text.slice(a.end, a.end + 60)) || ATTACKERS_OF_BEFORE.test(text.slice(Math.max(0, a.start - 70), a.start)));
  // the actor doing it: a named force or group right before an attack verb
  const agent = allActors.find((a) => a.role !== "speaker" && !isSource(a) && AGENT_AFTER.test(text.slice(a.end, a.end + 50)));
  const afPost2021 = !published || published >= FALL_OF_KABUL;
  let forceFirst = false;
  // the state's forces told as opening fire first on the other state's (their targets are the other side's forces)
  let openedBy: ActorMention | null = null;
  // both states' forces told as firing at each other: neither side's fire is an operation on the other
  let exchange = false;
  if (sub === "Government regains territory") {
    const pk = mention((a) => PK_FORCES.has(a.id) || a.id === "AF_TALIBAN" || a.id === "AF_FORMER_GOV");
    perpetrators = [pk ? (ispr && pk.id === "PK_SECURITY" ? "PK_ARMY" : pk.id) : "PK_SECURITY"];
    perpConfidence = 0.6;
  } else if (sub === "Arrests") {
    // the force that made the arrests; the people held are the targets (set below)
    // ("personnel of the Counter-Terrorism Department": the force named says more than the word for its men)
    const by = mention((a) => (PK_FORCES.has(a.id) && a.id !== "PK_SECURITY") || a.id === "AF_TALIBAN" || a.id === "AF_FORMER_GOV") ?? mention((a) => PK_FORCES.has(a.id));
    perpetrators = [by ? (ispr && by.id === "PK_SECURITY" ? "PK_ARMY" : by.id) : country === "AF" ? (afPost2021 ? "AF_TALIBAN" : "AF_FORMER_GOV") : "PK_SECURITY"];
    perpConfidence = 0.6;
    if (by) perpEvidence = [{ start: by.start, end: by.end }];
  } else if (claimed.size) {
    perpetrators = [...claimed];
    perpConfidence = 0.85;
  } else if (sub === "Air/drone strike" && afghanAir(text, allActors)) {
    // the Afghan state's own air force (the Republic's before August 2021)
    const a = afghanAir(text, allActors)!;
    perpetrators = [a.id];
    perpConfidence = 0.75;
    perpEvidence = [{ start: a.start, end: a.end }];
  } else if (sub === "Air/drone strike") {
    // soldiers wounded by a drone are its targets, not who flew it: a ground force counts only as the doer
    const af = mention((a) => a.id === "PK_AIR_FORCE" || ((a.id === "PK_ARMY" || a.id === "PK_SECURITY") && (country === "AF" || isDoer(text, a))));
    // "flown by the Afghan Taliban", "a drone launched from Afghan territory": the other state's forces
    const fromAf = country === "PK" && !af ? afDoer(text, [...allActors, ...c.context.flatMap((f) => f.actors)], body + " " + ctxText, afPost2021) : null;
    // "an unidentified drone", "it was not clear who carried out the strike", or a report from Afghanistan that never
    // names Pakistan: nobody is told as flying it
    // "militants flew a quadcopter over the post", "a drone flown by terrorists": the report names who flew it, so a
    // later "No one has claimed the attack" only says no group took responsibility
    const flier = !af && !fromAf ? [...allActors, ...c.context.flatMap((f) => f.actors)].find((a) => (a.id === "MILITANTS" || GROUPS.has(a.id)) && a.role !== "speaker" && nonStateFlier(text, a)) : undefined;
    const unknownAir = !af && !flier && (UNKNOWN_AIR.test(body + " " + ctxText) || (country === "AF" && !/\bPakistan/i.test(text)));
    if (fromAf) {
      perpetrators = [fromAf];
      perpConfidence = 0.6;
    } else if (flier) {
      perpetrators = [flier.id];
      perpConfidence = 0.6;
      perpEvidence = [{ start: flier.start, end: flier.end }];
    } else if (unknownAir) {
      perpetrators = [];
      perpConfidence = 0.3;
    } else if (country === "AF" || af || (country === "PK" && MANNED_AIR.test(body))) {
      perpetrators = ["PK_AIR_FORCE"];
      perpConfidence = 0.8;
      if (af) perpEvidence = [{ start: af.start, end: af.end }];
    } else if (/\bquadcopters?\b/i.test(body)) {
      // in Pakistan, armed quadcopters with no state named as flying them are the militants'
      perpetrators = ["MILITANTS"];
      perpConfidence = 0.5;
    } else {
      perpetrators = [];
      perpConfidence = 0.3;
    }
  } else {
    const pk = mention((a) => PK_FORCES.has(a.id));
    const af = mention((a) => a.id === "AF_TALIBAN" || a.id === "AF_FORMER_GOV");
    // "Pakistani and Afghan border forces exchanged fire": both states named at once
    const both = EXCHANGE.test(body) && BOTH_STATES.test(body);
    const cross = (CROSS_BORDER.test(body) && pk && af) || both;
    // (told from Afghanistan, "from across the Durand Line", "from beyond the frontier" is from Pakistan, unless militants are named)
    const pkOrigin = country === "AF" && !pk && (PK_ORIGIN.test(body) || (ACROSS_ORIGIN.test(body) && !namesAttackers(allActors) && !WHO_OPEN.test(body + " " + nearContext)));
    const afOrigin = country === "PK" && !af && AF_ORIGIN.test(body);
    // "Islamabad said its posts only returned fire after Afghan guards shot first": each side's forces named, each
    // blaming the other for the first shot, is an exchange whose starter the report leaves open
    // "Afghan forces opened fire without provocation on a Frontier Corps post", "Pakistani forces fired first": one
    // side's forces told as starting the exchange, and none of the other's, started it (a cause the other side gives,
    // "the firing began after they tried to repair the fence", names no shooter)
    // (a review telling several incidents: only this incident's sentences say who opened fire in it)
    const opener = (pk && af) || BOTH_STATES.test(body) ? firstShooter(text, (!cc.several && cc.docActors) || [...allActors, ...context.flatMap((f) => f.actors)]) : null;
    // (one side's "only returned fire after ...", "each side blamed the other" still leave it open)
    const contested = !!pk && !!af && (opener ? CONTESTED_EACH : CONTESTED).test(body + " " + ctxText);
    // "Afghan forces assaulted two Pakistani border posts ...; some of their mortar rounds fell on farmland": the assault, not the shells
    if (sub === "Shelling/artillery/missile attack" && (contested || ASSAULT_ON_POSTS.test(body))) sub = "Armed clash";
    // (militants told only as the ones whose crossing the fire covered, "to facilitate the infiltration of a group of
    // khawarij", are not who fired)
    // "Pakistan's military said its artillery had targeted Pakistani Taliban fighters ...": a state's forces telling of their
    // own fire across the border fired it, whoever they say they aimed at
    // the other state's force the shells are told as fired from, in the incident's sentences or in what its officials say of it
    const firedFrom = sub === "Shelling/artillery/missile attack" && country && !(country === "AF" ? pk : af) ? [...allActors, ...context.filter((f) => paragraphs.has(f.paragraph)).flatMap((f) => f.actors)].find((a) => a.role !== "speaker" && (country === "AF" ? PK_FORCES.has(a.id) && a.id !== "PK_AIR_FORCE" : (a.id === "AF_TALIBAN" || a.id === "AF_FORMER_GOV") && !a.insurgent) && FIRED_FROM_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start))) : undefined;
    const ownFire = sub === "Shelling/artillery/missile attack" && !EXCHANGE.test(body) ? [...allActors, ...context.flatMap((f) => f.actors)].find((a) => (country === "AF" ? PK_FORCES.has(a.id) && a.id !== "PK_AIR_FORCE" && /pakistan/i.test(a.text) : (a.id === "AF_TALIBAN" || a.id === "AF_FORMER_GOV") && !a.insurgent) && OWN_FIRE_AFTER.test(text.slice(a.end, a.end + 60))) : undefined;
    // a state's force told as firing (its own words, the one that opened fire, the positions the rounds came from)
    const firedBy = (a: ActorMention) => {
      perpetrators = [PK_FORCES.has(a.id) ? normaliseForce(a.id, ispr) : a.id];
      perpConfidence = 0.6;
      perpEvidence = [{ start: a.start, end: a.end }];
    };
    if (ownFire) firedBy(ownFire);
    else if (!contested && opener && (sub === "Armed clash" || sub === "Attack" || sub === "Shelling/artillery/missile attack") && !namesAttackers(allActors.filter((a) => !INFILTRATING.test(text.slice(Math.max(0, a.start - 50), a.end + 40))))) {
      if (sub === "Attack") sub = "Armed clash";
      firedBy(opener);
      openedBy = opener;
    } else if (contested) {
      perpKnown = false;
      perpetrators = [];
      perpConfidence = 0.3;
    } else if (sub === "Shelling/artillery/missile attack" && !EXCHANGE.test(body) && firedFrom) {
      // "the rounds had been fired from Pakistani Frontier Corps positions": the force whose positions they came from
      firedBy(firedFrom);
    } else if (sub === "Shelling/artillery/missile attack" && !EXCHANGE.test(body) && (pkOrigin || afOrigin)) {
      // "a shell fired from Pakistan", "rounds fired from Afghan army positions": the state on that side
      // (the service the other side names as doing it, "condemned what he called an attack by the Pakistani army")
      const namedBy = pkOrigin ? context.flatMap((f) => f.actors).find((a) => PK_FORCES.has(a.id) && a.id !== "PK_SECURITY" && a.id !== "PK_AIR_FORCE" && /pakistan/i.test(a.text) && ATTACK_BY_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start))) : undefined;
      perpetrators = [namedBy ? namedBy.id : pkOrigin ? "PK_SECURITY" : afPost2021 ? "AF_TALIBAN" : "AF_FORMER_GOV"];
      perpConfidence = 0.55;
    } else if (sub === "Shelling/artillery/missile attack" && !EXCHANGE.test(body) && (country === "AF" ? pk : af)) {
      // one side's shells falling on the other side
      const by = country === "AF" ? pk! : af!;
      perpetrators = [by.id === "PK_ARMY" || by.id === "PK_FC" || by.id === "PK_SECURITY" ? by.id : by.id];
      perpConfidence = 0.65;
      perpEvidence = [{ start: by.start, end: by.end }];
    } else if ((sub === "Armed clash" || sub === "Shelling/artillery/missile attack") && (both || (cross && frames.some((f) => EXCHANGE.test(f.text ?? "") && f.actors.some((a) => PK_FORCES.has(a.id) && a.role !== "speaker") && f.actors.some((a) => (a.id === "AF_TALIBAN" || a.id === "AF_FORMER_GOV") && a.role !== "speaker")))) && !BLAME_EACH.test(body + " " + ctxText) && !ACCUSED_START.test(body + " " + ctxText)) {
      // "Pakistani and Afghan border guards exchanged fire at Torkham", neither blamed for the first shot: both states' forces fired
      perpetrators = [pk ? normaliseForce(pk.id, ispr) : "PK_SECURITY", af ? af.id : afPost2021 ? "AF_TALIBAN" : "AF_FORMER_GOV"];
      perpConfidence = 0.45;
      exchange = true;
    } else if (both) {
      perpKnown = false;
      perpetrators = [];
      perpConfidence = 0.3;
    } else if (agent && country && ((country === "PK" && (agent.id === "AF_TALIBAN" || agent.id === "AF_FORMER_GOV")) || (country === "AF" && PK_FORCES.has(agent.id))) && !BLAME_EACH.test(body + " " + ctxText)) {
      // one state's forces attacking across the border, told as such
      perpetrators = [agent.id];
      perpConfidence = 0.6;
      perpEvidence = [{ start: agent.start, end: agent.end }];
    } else if (cross && (BLAME_EACH.test(body + " " + ctxText) || EXCHANGE.test(body))) {
      perpKnown = false;
      perpetrators = [];
      perpConfidence = 0.3;
    } else if (country === "PK" && af && !pk && (ONE_SIDED_FIRE.test(body) || /\bfire\b|\bfiring\b/i.test(body)) && !namesAttackers(allActors)) {
      perpetrators = [af.id];
      perpConfidence = 0.7;
      perpEvidence = [{ start: af.start, end: af.end }];
    } else {
      const militantAttack = ATTACK_BY_MILITANTS.test(body) || ["Suicide bomb", "Abduction/forced disappearance", "Grenade", "Attack"].includes(sub);
      // militants who "fired at a raiding team" are the ones raided
      const reporter = allActors.find((a) => PK_FORCES.has(a.id) && a.role !== "speaker");
      // "Six members of the BLA died in a shoot-out, the CTD said": the force telling of militants killed in an
      // encounter is the one that raided them, whoever fired first
      const onlyMilitantsDead = frames.some((f) => f.casualties.some((x) => x.kind === "killed" && x.category === "militants" && x.value)) && !frames.some((f) => f.casualties.some((x) => x.kind === "killed" && (x.category === "security_forces" || x.category === "civilians") && x.value));
      // ... also when its spokesman tells it ("a CTD spokesman said", "the CTD of Punjab said", "according to a CTD
      // spokesperson") and the militants are told making no move of their own before it
      const forceSpeaks = allActors.some((a) => PK_FORCES.has(a.id) && a.id !== "PK_AIR_FORCE" && (isSource(a) || FORCE_SPEAKS_AFTER.test(text.slice(a.end, a.end + 70)) || (/\baccording to (?:an?\s+|the\s+)?$/i.test(text.slice(Math.max(0, a.start - 20), a.start)) && SPOKESMAN_AFTER.test(text.slice(a.end, a.end + 25)))));
      const shootout = SHOOTOUT.test(body + " " + nearContext) || /\boperations?\b/i.test(body);
      const encounter = onlyMilitantsDead && !!reporter && shootout && (isSource(reporter) || (forceSpeaks && !MILITANT_MOVE.test(body + " " + nearContext)));
      // "the SSG stormed a compound, killing six militants": a state force as the doer makes it an operation
      // "a CTD team surrounded a compound; the suspects inside opened fire": the force moved first, the militants' fire answered it
      forceFirst = (sub === "Armed clash" || sub === "Attack") && !civOnlyVictims && forceInitiated(text, cc.leadIn ? [cc.leadIn, ...frames] : frames, (a) => a.role !== "speaker" && !isSource(a));
      // "A search operation was launched to trace the attackers" after a bombing of troops is no operation the bombing was
      // (but an operation told with its own result, "a sanitisation operation was conducted in Buleda, where one terrorist
      // was killed", is the incident itself)
      const opBody = onlyMilitantsDead ? body : body.replace(FOLLOW_UP_SEARCH, (m) => (OWN_RESULT.test(m) ? m : " "));
      // "Security forces conducted three operations ... In Mohmand, five more khawarij were killed": an item of a
      // statement whose lead tells a force's operations, naming only militants dead and no move of theirs, is one of them
      // (not militants killed by their own explosives: "two militants died when the bomb they carried went off")
      const leadOp = country !== "AF" && sub === "Armed clash" && !OWN_BLAST.test(body) && onlyMilitantsDead && !civOnlyVictims && !militantAttack && !MILITANT_MOVE.test(body) && !pk && !!leadForceOf(text, cc.docActors, frames[0]?.start ?? 0, isSource);
      // "In another operation, the mujahideen carried out a sniper attack on a check post of the army": a group told as
      // attacking the force named as hit is no operation of that force's
      const groupOnForce = !!pk && forceAttacked(text, pk) && allActors.some((a) => groupDoer(a) && a.start < pk.start);
      const operation = !groupOnForce && (((OPERATION.test(opBody) || (!!agent && PK_FORCES.has(agent.id) && ATTACKER_WORDS.test(body))) && (!militantAttack || RAID_TEAM.test(body))) || encounter || forceFirst || leadOp);
      // an operation's firefight is a battle, whoever's shot the cues read first
      if (forceFirst && sub === "Attack") sub = "Armed clash";
      // in Afghanistan, a raid announced by the Islamic Emirate's ministries ("its forces raided a Daesh hideout")
      // (the force may be named only in the sentence that began the operation)
      const leadForce = forceFirst ? cc.leadIn?.actors.find((a) => a.role !== "speaker" && ((PK_FORCES.has(a.id) && a.id !== "PK_AIR_FORCE") || a.id === "AF_TALIBAN" || a.id === "AF_FORMER_GOV")) : undefined;
      const afState = country === "AF" && !pk ? (af ?? allActors.find((a) => a.id === "AF_GOV") ?? (leadForce && !PK_FORCES.has(leadForce.id) ? leadForce : null)) : null;
      const pkLead = leadForce && PK_FORCES.has(leadForce.id) ? leadForce : undefined;
      if (operation && afState && (OPERATION.test(body) || forceFirst) && namesAttackers(allActors)) {
        perpetrators = [published && published < FALL_OF_KABUL ? "AF_FORMER_GOV" : "AF_TALIBAN"];
        perpConfidence = 0.6;
        perpEvidence = [{ start: afState.start, end: afState.end }];
      } else if (operation && !pk && !pkLead && country !== "AF" && (STATE_OPERATION.test(opBody) || (STATE_KILL.test(body) && onlyMilitantsDead && !civOnlyVictims) || leadOp) && !namesGroupAttacking(text, allActors)) {
        // "three terrorists were killed in an intelligence-based operation": the state's forces, unnamed in the clause
        // ("In the second engagement, four khawarij were neutralised": the force of the statement's lead, told before)
        // ("The CTD said four terrorists were killed in an encounter": the force telling it)
        const lead = STATE_OPERATION.test(body) ? undefined : (leadForceOf(text, cc.docActors, frames[0]?.start ?? 0, isSource) ?? (reporter && isSource(reporter) && reporter.id !== "PK_AIR_FORCE" ? reporter : undefined));
        const docIspr = ispr || ISPR.test(text) || ISPR_STYLE.test(text.slice(0, 40));
        perpetrators = [lead ? normaliseForce(lead.id === "PK_FC" && docIspr ? "PK_ARMY" : lead.id, docIspr) : docIspr ? "PK_ARMY" : "PK_SECURITY"];
        perpConfidence = 0.55;
        if (lead) perpEvidence = [{ start: lead.start, end: lead.end }];
      } else if (operation && (pk || pkLead || ((RAID_TEAM.test(body) || encounter || (!militantAttack && SELF_REPORT.test(body))) && reporter))) {
        // "CTD said four militants were killed after they fired at a raiding team": the force reporting its own raid
        // the force told as acting, not one of its men told as killed or hurt ("a soldier was martyred during an
        // operation by security forces")
        // (in an ISPR statement, forces named only as the ones the militants had attacked before, "khawarij involved in
        // attacks on police", are not who carried out the operation: the army did)
        const actingMention = pk ? mention((a) => PK_FORCES.has(a.id) && a.id !== "PK_AIR_FORCE" && !forceAttacked(text, a) && !VICTIM_AFTER.test(text.slice(a.end, a.end + 30))) : undefined;
        const acting = pk ? (actingMention ?? pk) : undefined;
        const by = (acting ?? pkLead ?? reporter)!;
        // "the CTD said its personnel killed three militants": the personnel are the speaking force's own
        let id = ownedBy(text, by, allActors) ?? by.id;
        // (the statement's source may be named in another paragraph: "..., the military said" in the lead)
        if ((ispr || (acting !== pk && (ISPR.test(text) || ISPR_STYLE.test(text.slice(0, 40))))) && (id === "PK_SECURITY" || id === "PK_FC")) id = "PK_ARMY";
        const police = mention((a) => a.id === "PK_POLICE");
        if (!ispr && police && frames[0] && text.slice(frames[0].start, frames[0].end).toLowerCase().includes(text.slice(police.start, police.end).toLowerCase())) id = "PK_POLICE";
        if (ispr && pk && !actingMention && !pkLead && by === pk && forceAttacked(text, pk)) id = "PK_ARMY";
        perpetrators = [id];
        perpConfidence = 0.7;
        perpEvidence = [{ start: by.start, end: by.end }];
      } else {
        // a named group doing it (subject of an attack verb), else attackers unnamed
        const g = mention((a) => GROUPS.has(a.id) || !!a.insurgent);
        // the first group told as doing it, or as the attackers' own ("a suicide bomber of the Majeed Brigade")
        const doer = allActors.find(groupDoer);
        if (doer) {
          perpetrators = [doer.id];
          perpConfidence = 0.7;
          perpEvidence = [{ start: doer.start, end: doer.end }];
        } else if (agent && (PK_FORCES.has(agent.id) || ((agent.id === "AF_TALIBAN" || agent.id === "AF_FORMER_GOV") && !agent.insurgent)) && !FORCE_SITE.test(agent.text) && !forceAttacked(text, agent) && !/^(?:'s)?\s+(?:\w+\s+){0,2}?(?:was|were|is|are|been|being)\b/i.test(text.slice(agent.end, agent.end + 30)) && !namesAttackers((frames.find((f) => f.start <= agent.start && f.end >= agent.end)?.actors ?? allActors).filter((a) => !inFollowUp(text, frames, a))) && !ATTACK_BY_MILITANTS.test(body) && !/\baccus\w*|\bblam\w*|\bprovo(?:k|c)\w*/i.test(body + " " + ctxText) && !/^[^.;]{0,60}?\b(?:search|sanitisation|sanitization|clearance|combing|hunt|manhunt|operations?|cordon\w*)\b/i.test(text.slice(agent.end, agent.end + 60))) {
          // "Afghan border forces fired mortar shells at ...", "police opened fire on ...": the force told as doing it, no militant named
          perpetrators = [normaliseForce(agent.id, ispr)];
          perpConfidence = 0.6;
          perpEvidence = [{ start: agent.start, end: agent.end }];
        } else if (g && /^(?:khawarij|khwarij|kharij)/i.test(text.slice(g.start, g.end)) && militantAttack) {
          perpetrators = [g.id];
          perpConfidence = 0.6;
          perpEvidence = [{ start: g.start, end: g.end }];
        } else if (ATTACKER_WORDS.test(body) || UNNAMED_SHOOTERS.test(body) || mention((a) => a.id === "MILITANTS") || sub === "Suicide bomb" || ATTACK_BY_MILITANTS.test(nearContext) || /\b(?:abducted|kidnapped) by (?:\w+ ){0,2}(?:armed men|gunmen|militants|terrorists|unknown men|kidnappers)\b/i.test(nearContext)) {
          // ("Police said two armed men on a motorcycle fired at him": the attackers told in a sentence after)
          perpetrators = ["MILITANTS"];
          perpConfidence = 0.65;
          const m = mention((a) => a.id === "MILITANTS");
          if (m) perpEvidence = [{ start: m.start, end: m.end }];
        } else {
          perpetrators = [];
          perpConfidence = 0.5;
        }
      }
    }
  }
  // "the attack was carried out by terrorists", told after the incident's own sentences
  // ... or named back in a later sentence as "the attackers", "the terrorists" ("The attackers fled after a
  // gunfight", "accused India of sponsoring the terrorists"): the report calls them militants
  const definiteAttackers = () => c.context.some((f) => f.actors.some((a) => a.id === "MILITANTS" && a.role !== "speaker" && DEFINITE_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start))));
  if (perpKnown && !perpetrators.length && !claimed.size && (DONE_BY_MILITANTS.test(ctxText) || (!STATE_OPERATION.test(body) && sub !== "Arrests" && sub !== "Air/drone strike" && definiteAttackers()))) {
    perpetrators = ["MILITANTS"];
    perpConfidence = 0.55;
  }
  // nobody claimed it and the attackers go unnamed: the group officials blame or suspect
  const blamed = [...(cc.blamed ?? [])].filter((g) => !cc.denied.has(g));
  if (perpKnown && !claimed.size && blamed.length === 1 && sub !== "Arrests" && sub !== "Government regains territory" && (perpetrators.length === 0 || (perpetrators.length === 1 && perpetrators[0] === "MILITANTS"))) {
    perpetrators = blamed;
    perpConfidence = 0.6;
  }
  // a roundup item naming no attacker: the attackers its lead names for all of them
  // (the item's unnamed "militants" are the group its lead names)
  const leadGroup = !!cc.leadPerpetrators?.length && cc.leadPerpetrators.every((g) => GROUPS.has(g)) && perpetrators.length === 1 && perpetrators[0] === "MILITANTS";
  if (perpKnown && (!perpetrators.length || leadGroup) && !claimed.size && cc.leadPerpetrators?.length && sub !== "Arrests" && sub !== "Government regains territory" && sub !== "Air/drone strike" && !STATE_OPERATION.test(body)) {
    perpetrators = [...cc.leadPerpetrators];
    perpConfidence = 0.5;
  }
  // ordnance left over from old fighting that went off: nobody attacked anyone
  if (sub === "Remote explosive/landmine/IED" && !claimed.size && UXO_RE.test(body) && !ATTACK_BY_MILITANTS.test(body)) {
    perpetrators = [];
    perpConfidence = 0.5;
  }
  // a leftover shell or mine that children found, "left over from years of fighting": nobody fired or planted it now
  if (perpKnown && !claimed.size && perpetrators.length === 1 && perpetrators[0] === "MILITANTS" && LEFTOVER.test(body + " " + nearContext) && !ATTACK_BY_MILITANTS.test(body) && !DONE_BY_MILITANTS.test(body + " " + nearContext)) {
    perpetrators = [];
    perpConfidence = 0.4;
  }
  if (!afPost2021) perpetrators = perpetrators.map((p) => (p === "AF_TALIBAN" && country === "PK" ? "TTP" : p));

  // --- targets
  let targets: string[] = [];
  let targetConfidence = 0.5;
  const perpSet = new Set(perpetrators);
  const stateOp = !exchange && (sub === "Arrests" || perpetrators.some((p) => PK_FORCES.has(p)) || (country === "AF" && perpetrators.length === 1 && (perpetrators[0] === "AF_TALIBAN" || perpetrators[0] === "AF_FORMER_GOV") && (OPERATION.test(body) || forceFirst)));
  if (stateOp && !perpetrators.includes("PK_AIR_FORCE")) {
    // a group named anywhere in the incident ("four terrorists belonging to Fitna al-Hindustan") before bare "terrorists"
    // (or in the sentence before that began the operation: "Troops intercepted khawarij trying to cross ...")
    // (the Taliban before August 2021 are the insurgents the Republic's forces fight)
    const republic = perpetrators.includes("AF_FORMER_GOV");
    // (a kind of group, "terrorists belonging to Fitna al-Hindustan", names no one group: they are militants)
    // (not a group told as claiming another act in the same sentence: "shelling ... and a bombing claimed by the Islamic State")
    const claimant = (a: ActorMention) => frames.some((f) => f.start <= a.start && a.end <= f.end && f.claimBy.includes(a.id));
    const g = mention((a) => ((GROUPS.has(a.id) && !a.category) || (republic && !!a.insurgent)) && !claimant(a)) ?? (forceFirst ? cc.leadIn?.actors.find((a) => GROUPS.has(a.id) && !a.category && a.role !== "speaker") : undefined) ?? mention((a) => a.id === "MILITANTS" || (GROUPS.has(a.id) && !!a.category));
    // "Taliban officials said three of their border guards were killed when Pakistani forces opened fire on a post": a
    // Pakistani force's fire in Afghanistan that killed or hurt security men, no militant named, hit the Afghan state's forces
    const afForcesHit = country === "AF" && !g && sub !== "Arrests" && perpetrators.length > 0 && perpetrators.every((p) => PK_FORCES.has(p) && p !== "PK_AIR_FORCE") && (frames.some((f) => f.casualties.some((x) => x.category === "security_forces" && !x.attacker)) || (unnamedGuards(text, frames) && !civilianObjectHit(text, frames) && !frames.some((f) => f.casualties.some((x) => x.category === "civilians"))));
    // a state's rockets or shells that killed only civilians, with no militant named: the civilians were hit
    targets = afForcesHit ? [afPost2021 ? "AF_TALIBAN" : "AF_FORMER_GOV"] : [g && ((GROUPS.has(g.id) && !g.category) || (republic && g.insurgent)) ? g.id : !g && sub !== "Arrests" && (civOnlyVictims || (sub === "Shelling/artillery/missile attack" || sub === "Air/drone strike") && civilianObjectHit(text, frames)) ? "CIVILIANS" : "MILITANTS"];
    targetConfidence = 0.6;
    // "Police killed two suspects in a raid. ... both men were TTP members": the group the dead are said to belong to
    if (targets[0] === "MILITANTS" && cc.docActors) {
      const ident = identifiedGroup(text, c, cc.docActors);
      if (ident) targets = [ident];
    }
    // "Security forces killed seven militants trying to cross ... The ISPR said the khawarij had been trying to cross from
    // Afghan territory": in Pakistan the state's word for the Pakistani Taliban, said of the operation's dead in its own
    // statement, in a report naming no other group
    if (targets[0] === "MILITANTS" && country === "PK" && perpetrators.some((p) => PK_FORCES.has(p)) && cc.docActors) {
      const docGroups = new Set(cc.docActors.filter((a) => GROUPS.has(a.id) && !a.category && a.role !== "speaker").map((a) => a.id));
      const said = c.context.some((f) => f.actors.some((a) => a.id === "TTP" && a.role !== "speaker" && KHARIJ.test(a.text)));
      if (said && docGroups.size === 1 && docGroups.has("TTP")) targets = ["TTP"];
    }
  } else {
    const cats = new Set<string>();
    for (const f of frames) for (const x of f.casualties) if (x.actor && !x.attacker && !perpSet.has(x.actor)) cats.add(x.actor);
    const foreign = mention((a) => a.id === "FOREIGN_NATIONALS");
    // "gunmen fired on a vehicle carrying Chinese engineers; their police escort returned fire ... two policemen were
    // wounded": the escort that was hit was attacked with them
    // ("The police guards escorting the convoy returned fire ... One guard suffered a bullet wound")
    const escortForce = foreign && ESCORT.test(body) && frames.some((f) => f.casualties.some((x) => !x.attacker && x.category !== "militants" && (x.value ?? 0) > 0)) ? mention((a) => PK_FORCES.has(a.id) && a.id !== "PK_AIR_FORCE" && ESCORT.test(text.slice(a.start, a.end + 30))) : undefined;
    const escortHit = [...cats].find((x) => SECURITY_FORCE_IDS.has(x)) ?? escortForce?.id;
    if (foreign && escortHit) {
      const named = escortHit === "PK_SECURITY" ? mention((a) => SPECIFIC_FORCES.has(a.id)) : undefined;
      targets = ["FOREIGN_NATIONALS", named ? named.id : normaliseForce(escortHit, ispr)];
    } else if (foreign) targets = ["FOREIGN_NATIONALS"];
    else {
      const sec = [...cats].filter((x) => SECURITY_FORCE_IDS.has(x));
      const civ = [...cats].filter((x) => x === "CIVILIANS");
      // "seven enemy personnel were killed" in an attack on "an army convoy": the force named as attacked
      const named = sec[0] === "PK_SECURITY" ? mention((a) => PK_FORCES.has(a.id) && a.id !== "PK_SECURITY" && a.id !== "PK_AIR_FORCE" && TARGET_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start))) : undefined;
      // the force whose post, vehicle or patrol was hit ("a vehicle of the Frontier Corps", "fired on a Levies post")
      const hits = allActors.filter((a) => PK_FORCES.has(a.id) && a.id !== "PK_AIR_FORCE" && a.role !== "speaker" && !isSource(a) && !perpSet.has(a.id) && forceAttacked(text, a));
      // "a military convoy ... the convoy of Frontier Corps vehicles": the force the report names, not the generic word
      const generic = (a: ActorMention) => a.id === "PK_SECURITY" || (a.id === "PK_ARMY" && GENERIC_FORCE_WORD.test(a.text));
      const forceHit = hits.length && generic(hits[0]) ? (hits.find((a) => SPECIFIC_FORCES.has(a.id)) ?? hits[0]) : hits[0];
      // the mosque, market, bus or school that was hit: an attack on the civilians in it
      const civHit = civilianObjectHit(text, frames);
      const secCas = frames.flatMap((f) => f.casualties.filter((x) => x.actor && SECURITY_FORCE_IDS.has(x.actor) && !x.attacker));
      if (sec.length && !civ.length) {
        if (named) targets = [named.id];
        // "soldiers" and "personnel" of a Frontier Corps or Constabulary post are that force's men
        else if (forceHit && forceHit.id !== sec[0] && forceHit.id !== "PK_SECURITY" && (sec[0] === "PK_SECURITY" || (sec[0] === "PK_ARMY" && (forceHit.id === "PK_FC" || forceHit.id === "PK_CONSTABULARY")))) targets = [forceHit.id];
        // "a security forces checkpoint was attacked; a soldier died": outside an ISPR statement the force is
        // the one named as attacked, not the army its dead soldier suggests
        else if (forceHit && forceHit.id === "PK_SECURITY" && sec[0] === "PK_ARMY" && !ispr && !mention((a) => a.id === "PK_ARMY" && !/^(?:soldiers?|troops|jawans?|sepoys?)$/i.test(a.text))) targets = ["PK_SECURITY"];
        // "31 people were killed, among them two police guards" at a mosque, a convoy of buses under police
        // escort: the worshippers and passengers were attacked
        else if (civHit && !forceHit && (secCas.every((x) => x.subset) || ESCORT.test(body + " " + nearContext))) targets = ["CIVILIANS"];
        // "militants attacked a Levies post ... one sepoy was martyred": a rank every force has is the post's force's man
        else if (forceHit && sec[0] === "PK_ARMY" && SPECIFIC_FORCES.has(forceHit.id) && allActors.every((a) => a.id !== "PK_ARMY" || RANK_WORD.test(a.text))) targets = [forceHit.id];
        else targets = [normaliseForce(sec[0], ispr)];
      } else if (civ.length && !sec.length) targets = ["CIVILIANS"];
      else if (sec.length && civ.length) {
        // both died: the force whose post or vehicle was hit, the civilians' place, else the side that lost more
        // (a generic "Pakistani posts" yields to the force its dead belong to: "a Frontier Corps soldier was martyred")
        if (forceHit) targets = [normaliseForce(generic(forceHit) && forceHit.id === "PK_SECURITY" && sec.length === 1 && SPECIFIC_FORCES.has(sec[0]) ? sec[0] : forceHit.id, ispr)];
        // "attacked the Bannu cantonment ... five soldiers and 13 civilians died": the garrison was the target
        else if (MILITARY_PLACE.test(body)) targets = [/\b(?:fc|frontier corps|scouts)\b/i.test(MILITARY_PLACE.exec(body)![0]) ? "PK_FC" : "PK_ARMY"];
        else if (civHit) targets = ["CIVILIANS"];
        else {
          const lost = (pred: (id: string) => boolean, kind: "killed" | "injured") => frames.reduce((n, f) => n + f.casualties.filter((x) => x.kind === kind && x.actor && !x.attacker && pred(x.actor)).reduce((m, x) => m + (x.value ?? 0), 0), 0);
          const isSec = (id: string) => SECURITY_FORCE_IDS.has(id);
          const isCiv = (id: string) => id === "CIVILIANS";
          const ks = lost(isSec, "killed");
          let kc = lost(isCiv, "killed");
          // "Two policemen were among the 43 dead; the rest were passengers": the civilians are the toll's remainder
          const toll = Math.max(0, ...frames.flatMap((f) => f.casualties.filter((x) => x.kind === "killed" && x.category === "total" && x.value).map((x) => x.value!)));
          if (!kc && toll > ks && frames.some((f) => f.casualties.some((x) => x.kind === "killed" && x.actor && isCiv(x.actor) && x.value == null))) kc = toll - ks;
          const civMore = kc > ks || (kc === ks && lost(isCiv, "injured") > lost(isSec, "injured"));
          targets = [civMore ? "CIVILIANS" : normaliseForce(sec[0], ispr)];
        }
      }
      // "Militants attacked two Frontier Corps camps ... In Noshki, four soldiers died", "a day after militants ambushed an
      // FC convoy ... Three soldiers had been killed": the soldiers of the paramilitary force the report names as attacked,
      // in a sentence no other incident holds, when the incident's own sentences name no particular force as hit and no army of its own
      if (targets.length === 1 && (targets[0] === "PK_ARMY" || targets[0] === "PK_SECURITY") && hits.every(generic) && cc.docActors && allActors.every((a) => a.id !== "PK_ARMY" || GENERIC_FORCE_WORD.test(a.text) || RANK_WORD.test(a.text) || /^(?:officers?|military)$/i.test(a.text))) {
        const away = cc.docActors.filter((a) => SPECIFIC_FORCES.has(a.id) && a.role !== "speaker" && forceAttacked(text, a) && !(cc.otherHeld ?? []).some((sp) => sp.start <= a.start && a.end <= sp.end));
        const ids = new Set(away.map((a) => a.id));
        if (ids.size === 1 && (ids.has("PK_FC") || ids.has("PK_CONSTABULARY"))) targets = [...ids];
      }
      // "attacking the Levies station and a Frontier Corps camp ... two FC soldiers and five Levies men died": each
      // force whose post was attacked and whose men died was a target
      if (sec.length && targets.length === 1 && SPECIFIC_FORCES.has(targets[0])) {
        const also = [...new Set(hits.map((a) => a.id))].filter((id) => id !== targets[0] && SPECIFIC_FORCES.has(id) && sec.includes(id));
        if (also.length) targets = [targets[0], ...also];
      }
      if (!sec.length && !civ.length) {
        // an air strike's targets: the group whose hideouts were hit, never the striking state's own forces
        const air = perpetrators.includes("PK_AIR_FORCE");
        const grp = air ? mention((a) => GROUPS.has(a.id)) : undefined;
        // (when a market, mosque or bus was hit, a force counts only when told as hit itself: "Police first put the toll at three")
        const t = grp ?? mention((a) => (PK_FORCES.has(a.id) || a.id === "CIVILIANS" || a.id === "AF_TALIBAN" || a.id === "AF_FORMER_GOV") && !perpSet.has(a.id) && a.id !== "PK_AIR_FORCE" && !(air && PK_FORCES.has(a.id)) && (a.id === "CIVILIANS" || !civHit || !BLAST_KINDS.has(sub) || forceAttacked(text, a)));
        if (t) targets = [t.id === "AF_TALIBAN" && country === "PK" ? "AF_TALIBAN" : normaliseForce(t.id, ispr)];
        else if (civHit && !grp) targets = ["CIVILIANS"];
        // "a drone strike hit a vehicle, killing three people. The information chief said all three were civilians": the
        // dead told as civilians in the sentences after, nobody else named as hit
        else if (!grp && frames.some((f) => f.casualties.some((x) => x.kind === "killed" && (x.value ?? 0) > 0)) && DEAD_WERE_CIVILIANS.test(body + " " + ctxText)) targets = ["CIVILIANS"];
      }
    }
  }
  // one state's forces opened fire on the other's: the other side's forces were the ones fired on (the post named
  // as fired on, else a particular service named, else the first mention)
  if (openedBy) {
    const pkSide = PK_FORCES.has(openedBy.id);
    const others = [...allActors, ...context.flatMap((f) => f.actors)].filter((a) => a.role !== "speaker" && !isSource(a) && (pkSide ? (a.id === "AF_TALIBAN" || a.id === "AF_FORMER_GOV") && !a.insurgent : PK_FORCES.has(a.id) && a.id !== "PK_AIR_FORCE"));
    const otherSide = (id: string) => (pkSide ? id === "AF_TALIBAN" || id === "AF_FORMER_GOV" : PK_FORCES.has(id) && id !== "PK_AIR_FORCE");
    // (the forces already read as hit stay: "opened fire on Pakistani posts ... a Frontier Corps soldier was martyred")
    if (!targets.length || !targets.every(otherSide)) {
      let hit = others.find((a) => forceAttacked(text, a)) ?? others.find((a) => SPECIFIC_FORCES.has(a.id)) ?? others[0];
      if (hit && hit.id === "PK_SECURITY") hit = others.find((a) => SPECIFIC_FORCES.has(a.id)) ?? hit;
      targets = hit ? [pkSide ? hit.id : normaliseForce(hit.id, ispr)] : [pkSide ? (afPost2021 ? "AF_TALIBAN" : "AF_FORMER_GOV") : "PK_SECURITY"];
      targetConfidence = 0.55;
    }
  }
  // each side fired on the other: each side's forces were fired on
  if (exchange) {
    targets = [...perpetrators];
    targetConfidence = 0.4;
  }
  // an abduction's targets are the people taken: "seven passengers were taken away" after the attackers overran a Levies
  // post are civilians, whoever died at the post
  if (sub === "Abduction/forced disappearance" && !stateOp && !exchange && !targets.includes("CIVILIANS")) {
    const taken: ActorMention[] = [];
    for (const f of frames)
      for (const q of f.cues) {
        if (q.sub !== "Abduction/forced disappearance") continue;
        for (const a of f.actors) if (a.role !== "speaker" && !isSource(a) && a.id !== "MILITANTS" && !GROUPS.has(a.id) && !a.insurgent && ((a.start >= q.end && a.start - q.end <= 40) || (a.end <= q.start && q.start - a.end <= 25))) taken.push(a);
      }
    if (taken.length && taken.every((a) => a.id === "CIVILIANS")) {
      targets = ["CIVILIANS"];
      targetConfidence = 0.6;
    }
  }
  // "two NADRA staffers were kidnapped", "officials of the customs department": the state's civilian employees
  if (!stateOp && (!targets.length || (targets.length === 1 && (targets[0] === "PK_SECURITY" || targets[0] === "PK_POLICE")))) {
    const staff = civilianStaff(text, frames);
    if (staff && allActors.every((a) => !PK_FORCES.has(a.id) || a.role === "speaker" || isSource(a) || (a.start >= staff.start && a.end <= staff.end))) targets = ["CIVILIANS"];
  }
  // an attack on civilians (ACLED's Violence against civilians / Attack) whose victims the report names by no side
  // ("a former member of a village peace committee was shot dead and his nephew wounded"): civilians were attacked
  if (sub === "Attack" && !targets.length && !stateOp && frames.some((f) => f.casualties.some((x) => !x.attacker && x.category !== "militants" && x.category !== "security_forces" && (x.value ?? 1) > 0))) {
    targets = ["CIVILIANS"];
    targetConfidence = 0.45;
  }
  // --- less common kinds (FORMAT.md taxonomy): protests, communal clashes, the Emirate's operations, recoveries
  const kinds = kindRoles(text, frames, allActors, body, sub, perpetrators, targets, country, afPost2021, isSource);
  if (kinds) {
    if (kinds.sub) sub = kinds.sub;
    perpetrators = kinds.perpetrators;
    targets = kinds.targets;
  }
  // evidence for the targets: where the report names them
  const targetEvidence: Array<{ start: number; end: number }> = [];
  for (const id of targets) {
    const m = allActors.find((a) => a.id === id && a.role !== "speaker") ?? allActors.find((a) => a.id === id);
    if (m) targetEvidence.push({ start: m.start, end: m.end });
  }
  if (!perpEvidence.length) {
    for (const id of perpetrators) {
      const m = allActors.find((a) => (a.id === id || (id === "PK_AIR_FORCE" && a.id === "PK_AIR_FORCE")) && a.role !== "speaker");
      if (m) perpEvidence.push({ start: m.start, end: m.end });
    }
  }
  // before August 2021 in Afghanistan, "the insurgents" of a report naming the Taliban and no other group are the Taliban
  if (country === "AF" && !afPost2021 && (perpetrators.includes("MILITANTS") || targets.includes("MILITANTS"))) {
    const named = cc.docActors ?? [...allActors, ...c.context.flatMap((f) => f.actors), ...(cc.leadIn?.actors ?? [])];
    if (named.some((a) => a.insurgent) && !named.some((a) => GROUPS.has(a.id))) {
      perpetrators = perpetrators.map((p) => (p === "MILITANTS" ? "AF_TALIBAN" : p));
      targets = targets.map((t) => (t === "MILITANTS" ? "AF_TALIBAN" : t));
    }
  }
  // in Islamic Emirate usage "khawarij", "Kharijites" are Daesh (IS-K), not the Pakistani Taliban
  if (country === "AF" && afPost2021 && (perpetrators.includes("TTP") || targets.includes("TTP")) && (perpetrators.includes("AF_TALIBAN") || targets.includes("AF_TALIBAN"))) {
    const ttp = allActors.filter((a) => a.id === "TTP");
    if (ttp.length && ttp.every((a) => KHARIJ.test(a.text))) {
      perpetrators = perpetrators.map((p) => (p === "TTP" ? "ISKP" : p));
      targets = targets.map((t) => (t === "TTP" ? "ISKP" : t));
    }
  }
  // in Afghanistan, plain "soldiers", "police", "security forces" are Afghan ones
  const afForce = published && published < FALL_OF_KABUL ? "AF_FORMER_GOV" : "AF_TALIBAN";
  if (country === "AF") {
    const plain = (id: string) => {
      const m = allActors.find((a) => a.id === id);
      return !!m && !/pakistan/i.test(text.slice(m.start, m.end));
    };
    targets = targets.map((t) => (PK_FORCES.has(t) && t !== "PK_AIR_FORCE" && plain(t) ? afForce : t));
    perpetrators = perpetrators.map((p) => (PK_FORCES.has(p) && p !== "PK_AIR_FORCE" && plain(p) && !/pakistan/i.test(body) ? afForce : p));
  }
  // the armed opposition to the Islamic Emirate (NRF, AFF) fights the Emirate's forces: an attack it made on a base, post
  // or airfield that names no one hit ("the front said it fired rockets at the airbase") was on the Emirate's forces,
  // unless civilians are told among the dead or hurt
  if (country === "AF" && afPost2021 && perpKnown && perpetrators.length === 1 && perpetrators[0] === "AF_OTHER" && !targets.length && !frames.some((f) => f.casualties.some((x) => x.category === "civilians"))) {
    targets = ["AF_TALIBAN"];
  }
  return {
    targetEvidence,
    sub,
    event: eventTypeOf(sub),
    subConfidence,
    subEvidence,
    perpetrators,
    perpEvidence,
    perpConfidence,
    perpKnown,
    targets,
    targetConfidence,
  };
}

/** An office's place between it and its speech verb: "officials in Kunar said", "police in Kech said". */
const OFFICE_PLACE_SAID = /^(?:\s+(?:officials?|authorities|spokes(?:man|person|woman)))?\s+(?:in|of|at|from)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:\s+(?:district|province|city|region|agency))?\s+(?:said|say|says|told|reported|confirmed|added|stated)\b/;
const PROTEST_KINDS = new Set(["Peaceful protest", "Protest with intervention", "Excessive force against protesters"]);
const RIOT_KINDS = new Set(["Violent demonstration", "Mob violence"]);
/** Kinds with no weapon of war: they never make a crowd's violence an armed incident. */
const UNARMED_KINDS = new Set(["Looting/property destruction", "Arrests", "Abduction/forced disappearance"]);
/**
 * Two sides of a communal feud fighting each other: rival tribes, clans or sects, a land or water dispute
 * ("two tribes exchanged fire over a disputed plot", "sectarian clashes between the rival communities").
 */
const COMMUNAL = /\b(?:(?:rival|warring|feuding|opposing|two|both) (?:tribes|clans|sub-?tribes|khels|families|sects|communities|tribal groups|tribal factions)|tribes? (?:of|from) (?:the )?(?:two|both) sides|tribal (?:clash(?:es)?|fighting|feuds?|disputes?|war|conflict|hostilities|enmity|rivalry)|sectarian (?:clash(?:es)?|fighting|violence|feuds?|hostilities)|(?:land|property|water|boundary|forest|mountain|grazing)[- ](?:disputes?|feuds?|row|conflict)|dispute over (?:a |the )?(?:piece of |plot of )?(?:land|property|water|forest|mountain|graz\w+|boundar\w+)|disputed (?:plot|piece of land|land|mountain|forest)|(?:old|long-?standing|family|blood) (?:feud|enmity|rivalry))\b/i;
/** Both sides firing at each other (not a one-sided ambush of a convoy). */
const MUTUAL = /\b(?:clash(?:ed|es)?|exchange(?:d|s)? (?:of )?(?:heavy )?fire|fired (?:at|on|upon) each other|opened fire on each other|(?:at|on) each other(?:'s)?|fighting|fought|gun ?battles?|firefights?|hostilities|skirmish\w*)\b/i;
/** Communal fighting feared, threatened or recalled, not told: "fears of a new round of sectarian fighting". */
const COMMUNAL_UNTOLD = /\b(?:fears?|feared|risk|threat|danger|spectre|prospect|wake|history|years|decades|months|round|cycle|tensions?|prevent|avert|avoid|end|ending|resolve|settle|history)\b[^.;]{0,30}$/i;
/** One side's attack on people going about their day: an ambush, a convoy or vehicle fired on. */
const ONE_SIDED = /\bambush\w*|\b(?:convoy|bus|van|vehicles?|coach|passengers?)\b[^.;]{0,40}\b(?:came under|fired on|attacked|targeted)\b|\b(?:fired on|attacked|targeted|opened fire on)\s+(?:a |an |the )?(?:[\w-]+ )?(?:convoy|bus|van|vehicles?|coach|passengers?)\b/i;
/** The force that broke a protest up or fired on it: "police fired teargas", "Levies opened fire on the protesters". */
const INTERVENER = new Set(["PK_POLICE", "PK_FC", "PK_ARMY", "PK_SECURITY", "PK_CONSTABULARY", "AF_TALIBAN", "AF_FORMER_GOV"]);
/** The Emirate's forces told as acting on a group ("the mujahideen of the Islamic Emirate targeted a Daesh hideout"). */
const EMIRATE_ACTS = /^(?:'s)?\s+(?:\w+\s+){0,2}?(?:targeted|raided|attacked|stormed|killed|arrested|detained|captured|conducted|carried out|launched|began|started|cleared|destroyed|eliminated|neutrali[sz]ed|besieged|surrounded|struck|hit|pounded|repulsed|repelled)\b/i;
/** A state force freeing captives: "police recovered a kidnapped trader", "rescued two abducted children". */
const RECOVERY = /\b(?:recovered|rescued|freed|secured the (?:safe )?release of|got (?:\w+ ){0,2}released)\b[^.;]{0,60}?\b(?:kidnapped|abducted|hostages?|captives?|victims?|held)\b|\b(?:recovery|rescue) (?:of (?:the )?(?:kidnapped|abducted)|operation|raid)\b/i;

/**
 * Who initiated and who was attacked in the kinds the main rules were not written for (FORMAT.md: perpetrators
 * are who attacked or initiated): protesters initiate a protest (CIVILIANS), a force that fires on them is the
 * perpetrator of the excessive force; in a clash between rival tribes or sects both sides are communal
 * militias (the country prefix rule: PK_OTHER, AF_OTHER); the Emirate's forces acting on Daesh or the NRF are
 * the perpetrators; a raid that recovers captives and arrests their kidnappers is the arrest. null = unchanged.
 */
function kindRoles(
  text: string,
  frames: Frame[],
  actors: ActorMention[],
  body: string,
  sub: SubEventType,
  perpetrators: string[],
  targets: string[],
  country: string | null | undefined,
  afPost2021: boolean,
  isSource: (a: ActorMention) => boolean,
): { sub?: SubEventType; perpetrators: string[]; targets: string[] } | null {
  const acting = actors.filter((a) => a.role !== "speaker" && !isSource(a));
  if (PROTEST_KINDS.has(sub)) {
    const force = acting.find((a) => INTERVENER.has(a.id));
    if (sub === "Excessive force against protesters") return { perpetrators: force ? [force.id] : perpetrators, targets: ["CIVILIANS"] };
    if (sub === "Protest with intervention") return { perpetrators: ["CIVILIANS"], targets: force ? [force.id] : [] };
    return { perpetrators: ["CIVILIANS"], targets: [] };
  }
  // rioters are the crowd (civilians, as protesters are), and what they attack is a force they stoned or stormed, if any
  if (sub === "Violent demonstration" || sub === "Mob violence") {
    const force = acting.find((a) => INTERVENER.has(a.id));
    return { perpetrators: ["CIVILIANS"], targets: force ? [force.id] : [] };
  }
  const stateOrGroup = (ids: string[]) => ids.some((p) => PK_FORCES.has(p) || GROUPS.has(p) || p === "AF_TALIBAN" || p === "AF_FORMER_GOV");
  // (the fighting told as what happened, in one sentence with the communal words, not "fears of sectarian fighting"
  // after gunmen ambushed a convoy)
  const communal = frames.some((f) => {
    const t = f.text ?? "";
    const m = COMMUNAL.exec(t);
    return !!m && MUTUAL.test(t) && !COMMUNAL_UNTOLD.test(t.slice(Math.max(0, m.index - 40), m.index));
  });
  if ((sub === "Armed clash" || sub === "Attack") && communal && !ONE_SIDED.test(body) && !stateOrGroup(perpetrators) && !acting.some((a) => GROUPS.has(a.id) || (PK_FORCES.has(a.id) && !/^police/i.test(a.text)))) {
    const side = country === "AF" ? "AF_OTHER" : "PK_OTHER";
    return { sub: "Armed clash", perpetrators: [side], targets: [side] };
  }
  if (country === "AF" && afPost2021) {
    const emirate = acting.find((a) => a.id === "AF_TALIBAN" && !a.insurgent && EMIRATE_ACTS.test(text.slice(a.end, a.end + 40)));
    const group = emirate && acting.find((a) => a.start > emirate.end && GROUPS.has(a.id) && !a.category);
    if (emirate && group && !perpetrators.some((p) => GROUPS.has(p) && p !== group.id)) return { perpetrators: ["AF_TALIBAN"], targets: [group.id] };
  }
  if (sub === "Abduction/forced disappearance" && RECOVERY.test(body) && /\barrest(?:ed|s)?\b/i.test(body) && !frames.some((f) => f.casualties.some((x) => x.kind === "killed" && (x.value ?? 0) > 0))) {
    const force = acting.find((a) => PK_FORCES.has(a.id) || ((a.id === "AF_TALIBAN" || a.id === "AF_FORMER_GOV") && !a.insurgent));
    if (force) return { sub: "Arrests", perpetrators: [force.id], targets: targets.length && !targets.includes("CIVILIANS") ? targets : ["MILITANTS"] };
  }
  return null;
}

/** An air strike told by who flew it: "strikes by the Afghan Air Force", "air force jets bombed". */
const AIR_DOER = /\b(?:air ?strikes?|strikes|bombing|bombardment|raids?)\s+(?:carried out\s+)?by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:air force|jets|warplanes|aircraft|helicopters|gunships|drones)\b|\bair force(?:'s)?\s+(?:jets|aircraft|planes|helicopters|gunships)?\s*(?:bombed|struck|pounded|hit|targeted|strafed)\b/i;
/** A sentence telling of the ground attack the air strikes answered. */
const AFTER_ASSAULT = /\bstrikes?\s+(?:came\s+|were\s+carried\s+out\s+)?(?:followed|after|in (?:response|retaliation) (?:to|for))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:assault|attack|ambush|raid|offensive)\b/i;
/** The Afghan state's air force named in the incident ("the Afghan Air Force", "Afghan air force jets"). */
function afghanAir(text: string, actors: ActorMention[]): ActorMention | undefined {
  return actors.find((a) => (a.id === "AF_FORMER_GOV" || a.id === "AF_TALIBAN") && !a.insurgent && a.role !== "speaker" && /\bair force\b/i.test(a.text));
}
/** Someone's account of who began an exchange ("accused Pakistani forces of provoking", "opened fire without provocation"). */
const ACCUSED_START = /\baccus\w*|\bblam\w*|\bprovo(?:k|c)\w*|\bunprovoked\b|\bopened fire (?:first|on|at|without|when)\b|\b(?:fired|shot) first\b|\bstarted (?:the )?(?:firing|clash|fighting|exchange)\b|\bviolat\w+|\baggression\b/i;
/** Each side says the other fired first. */
const CONTESTED = /\b(?:shot|fired|opened fire) first\b|\b(?:only )?(?:returned|answered|responded to) (?:the )?fire (?:after|when)\b|\bfirst to (?:open fire|fire|shoot)\b|\beach (?:side|other)\b|\bblam(?:ing|ed) (?:the other|each other)\b|\baccused (?:\w+ ){0,3}of starting\b/i;
/** Each side's account against the other's: the CONTESTED wordings but a lone "fired first". */
const CONTESTED_EACH = /\b(?:only )?(?:returned|answered|responded to) (?:the )?fire (?:after|when)\b|\beach (?:side|other)\b|\bblam(?:ing|ed) (?:the other|each other)\b|\baccused (?:\w+ ){0,3}of starting\b/i;
/** A state's forces storming or assaulting the other side's posts (a ground attack, whatever shells fell too). */
const ASSAULT_ON_POSTS = /\b(?:forces|troops|guards|soldiers|fighters)\s+(?:[\w-]+\s+){0,2}?(?:assaulted|attacked|stormed|raided|overran|tried to (?:storm|overrun|capture))\s+(?:\w+\s+){0,3}?(?:border\s+)?(?:posts?|check ?posts?|checkpoints?|positions|pickets?)\b/i;
/** Said of the dead after the incident's sentences: "were members of", "belonged to", "were TTP members". */
const MEMBERS_BEFORE = /(?:\b(?:were|was|are|is)\s+(?:all\s+|both\s+|reportedly\s+|allegedly\s+)?(?:(?:active|hardcore|wanted|trained)\s+)?(?:members?|fighters?|militants|commanders?|operatives|activists)\s+(?:of|from)\s+(?:the\s+)?(?:banned\s+|outlawed\s+|proscribed\s+)?|\b(?:belong(?:ed|ing|s)?|affiliated)\s+(?:to|with)\s+(?:the\s+)?(?:banned\s+|outlawed\s+|proscribed\s+)?|\bdescrib(?:ed|es|ing)\s+(?:the\s+(?:dead|slain|killed|deceased)(?:\s+(?:men|militants|suspects|terrorists))?|them|the\s+(?:men|militants|suspects|terrorists)(?:\s+killed)?)\s+as\s+(?:being\s+)?(?:(?:members|militants|fighters)\s+of\s+)?(?:the\s+)?)["'\u2018\u201c]?$/i;
const MEMBERS_AFTER = /^(?:'s)?\s+(?:members|militants|fighters|commanders|operatives|activists)\b/i;
const COPULA_BEFORE = /\b(?:were|was|are|is)\s+(?:all\s+|both\s+|reportedly\s+|allegedly\s+)?(?:banned\s+|outlawed\s+)?$/i;
/**
 * The one group the report says the people an operation killed belonged to, in the sentences after the
 * incident's first one within the next paragraph; null when none or several.
 */
function identifiedGroup(text: string, c: Cluster, actors: ActorMention[]): string | null {
  const first = c.frames.reduce((a, b) => (b.start < a.start ? b : a));
  // to the end of the next paragraph
  const next = text.indexOf("\n\n", first.start);
  const stop = next < 0 ? -1 : text.indexOf("\n\n", next + 2);
  const end = stop < 0 ? text.length : stop;
  const ids = new Set<string>();
  for (const a of actors) {
    if (a.start < first.start || a.end > end || !GROUPS.has(a.id) || a.category || a.role === "speaker") continue;
    const before = text.slice(Math.max(0, a.start - 60), a.start);
    if (MEMBERS_BEFORE.test(before) || (COPULA_BEFORE.test(before) && MEMBERS_AFTER.test(text.slice(a.end, a.end + 20)))) ids.add(a.id);
  }
  return ids.size === 1 ? [...ids][0] : null;
}
/** After a group: it is the subject of the attack ("the LeJ shot dead", "Majeed Brigade rammed"), or its men are named ("TTP militants"). */
const GROUP_DOER_AFTER = /^\W*(?:\w+\W+){0,4}?(?:attacked|stormed|struck|carried out|ambushed|targeted|fighters|militants|insurgents|gunmen|terrorists|suicide bombers?|opened fire|(?<!(?:were|was|been|being|be) )(?:killed|shot(?: dead)?|gunned down|rammed|blew up|bombed|detonated|hurled|threw|lobbed|planted|set off|torched|set fire|raided|besieged|hijacked|beheaded|executed|assassinated|murdered|overran|abducted|kidnapped|fired)|(?:was|were) (?:behind|responsible)|(?:attack|assault|ambush|bombing|raid|offensive|onslaught)s?\s+(?:\w+\s+){0,2}?(?:on|at|against|targeting))\b/i;
/** "Baloch separatists were behind it": blame of a kind of group, which names no perpetrator. */
const BLAMED_AFTER = /^\W*(?:\w+\W+){0,3}?(?:(?:was|were|are|is)\s+(?:(?:likely|probably|possibly|believed|suspected|thought)\s+(?:to\s+(?:be|have been)\s+)?)?(?:behind|responsible|to blame))\b/i;
/** Before a group: it is what was hit or fought ("killed 15 Taliban fighters", "raided a TTP hideout", "operation against the BLA"). */
const GROUP_OBJECT_BEFORE = /\b(?:killed|killing|kills|shot dead|gunned down|arrested|arresting|captured|detained|neutrali[sz](?:ed|ing)|eliminated|eliminating|against|hideouts?|compounds?|camps?|positions|bases?|repulsed|targeting|targeted|fighting|fought)\s+(?:[\w-]+\s+){0,4}$/i;
/** Before a group: the attackers told as its men ("gunmen belonging to the LeJ", "a suicide bomber of the Majeed Brigade", "militants from the TTP"). */
const ATTACKERS_OF_BEFORE = /\b(?:militants|gunm[ae]n|terrorists|attackers|assailants|insurgents|(?:suicide )?bombers?|fighters|cadres|operatives|fidayeen|(?:armed|masked) men)\s+(?:of|from|belonging to|affiliated (?:with|to)|linked (?:to|with)|associated with|loyal to|owing allegiance to)\s+(?:the\s+|its\s+)?(?:(?:banned|outlawed|proscribed|sectarian|militant|separatist|terrorist|so-called|self-styled|group's|insurgent)\s+){0,2}$/i;
const KHARIJ = /^(?:fitna\w*\W*(?:al|ul|e)?\W*)?kh/i;
const DEFINITE_BEFORE = /\b(?:the|these|those)\s+(?:(?:fleeing|suspected|unidentified|unknown|armed|two|three|four)\s+)?$/i;
const BOTH_STATES = /\b(?:pakistani and afghan|afghan and pakistani|pakistan and afghanistan(?:'s)?|afghanistan and pakistan(?:'s)?) (?:border )?(?:forces|troops|soldiers|guards|security forces|border (?:forces|guards|police))\b/i;
const DONE_BY_MILITANTS = /\b(?:carried out|perpetrated|staged|executed|planned|masterminded|orchestrated|planted|set off|detonated|triggered) by (?:the |a |an |two |three |unknown |unidentified |armed )?(?:[\w-]+ ){0,2}?(?:militants|terrorists|gunmen|khawarij|attackers|insurgents|assailants|miscreants|bombers?)\b/i;

/** An air strike whose origin the report leaves unknown. */
const UNKNOWN_AIR = /\b(?:unidentified|unknown|unmarked|mysterious|unclaimed)\s+(?:drones?|aircraft|planes?|jets?|quadcopters?|uavs?)\b|\b(?:drones?|aircraft|strikes?) of unknown origin\b|\b(?:it was|it is|it remains|it was not immediately|it is not) (?:not |un)?clear (?:who|which (?:side|country))\b|\bno (?:country|side|state|government|one) (?:has )?(?:claimed|acknowledged|admitted|owned)\b[^.;]{0,20}\b(?:strike|drone|attack)/i;
/** Aircraft only a state flies: jets, bombers, gunships, an aerial bombardment (drones and quadcopters are not). */
const MANNED_AIR = /\b(?:fighter jets?|jets|jet fighters|warplanes?|war planes|fighter (?:aircraft|planes?)|military aircraft|helicopter gunships?|gunships?|aerial (?:bombardment|bombing)|air (?:force|raids?)|bombers)\b/i;
const PK_ORIGIN = /\b(?:from|fired from|launched from|across from)\s+(?:the\s+)?(?:Pakistan(?:i|'s)?\s*(?:side|soil|territory|posts?|positions?|border posts?|military posts?)?|Pakistan)\b/i;
/** Fire from the other side of the line, the side unnamed: "fired from across the Durand Line", "from the far side of the frontier". */
const ACROSS_ORIGIN = /\b(?:from|fired from|launched from)\s+(?:across|beyond|over)\s+the\s+(?:Durand Line|border|frontier)\b|\bfrom\s+the\s+(?:far|other)\s+side\s+of\s+the\s+(?:Durand Line|border|frontier)\b/i;
/** The report says it does not know who fired: "They did not say who was responsible", "it was unclear who fired". */
const WHO_OPEN = /\b(?:did not|didn't|could not|couldn't|would not|wouldn't|declined to) (?:say|tell|know|identify|name) who\b|\b(?:not (?:immediately )?clear|unclear|unknown|not known) who\b/i;
const AF_ORIGIN = /\b(?:from|across from|launched from|flown from|fired from)\s+(?:the\s+)?(?:Afghan(?:istan)?(?:'s)?\s*(?:side|soil|territory|posts?|positions?|border posts?)?|Afghanistan)\b/i;

/** The mention is who did it: subject of an attack verb, or named after "by". */
function isDoer(text: string, a: ActorMention): boolean {
  return AGENT_AFTER.test(text.slice(a.end, a.end + 50)) || /\b(?:by|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(0, a.start - 30), a.start));
}

/** A group or unnamed militants told as flying the drone: its subject ("terrorists steered a quadcopter") or named after "flown by". */
function nonStateFlier(text: string, a: ActorMention): boolean {
  return FLIER_AFTER.test(text.slice(a.end, a.end + 40)) || FLIER_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start));
}
const FLIER_AFTER = /^\s+(?:had\s+|have\s+|also\s+)?(?:flew|flown|operated|steered|piloted|launched|sent|used|deployed|dropped|fitted|armed)\b[^.;]{0,25}\b(?:drones?|quadcopters?|uavs?)\b/i;
const FLIER_BEFORE = /\b(?:flown|operated|steered|piloted|launched|sent|deployed|used)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

/** In Pakistan, the Afghan state's forces told as flying or firing it ("flown by the Afghan Taliban", "launched from Afghan territory"). */
function afDoer(text: string, actors: ActorMention[], body: string, post2021: boolean): string | null {
  const a = actors.find((x) => (x.id === "AF_TALIBAN" || x.id === "AF_FORMER_GOV") && x.role !== "speaker" && isDoer(text, x));
  if (a) return a.id;
  if (AF_ORIGIN.test(body)) return post2021 ? "AF_TALIBAN" : "AF_FORMER_GOV";
  return null;
}

const LEAD_DOER_AFTER = /^(?:'s)?\s+(?:(?:have|has|had|also|allegedly|reportedly)\s+)*(?:carried out|conducted|launched|staged|mounted|executed|attacked|targeted|struck|hit|ambushed|stormed|raided|killed|wounded|injured|set off|detonated|went on|unleashed|stepped up|intensified)\b/i;
const LEAD_DOER_BEFORE = /\b(?:attacks?|assaults?|raids?|ambushe?s?|bombings?|violence|strikes?|wave|spate|series|string|onslaught|offensive) (?:(?:carried out|launched|staged|mounted|conducted|claimed) )?by (?:the |suspected |unidentified |unknown )?$/i;
/**
 * The attackers a roundup's lead names for all its items: "Militants carried out three attacks on security
 * forces ...", "a wave of attacks by the BLA ...". Read from the first paragraph's frames that speak of
 * several events; null when the lead names none (or several).
 */
export function leadPerpetrators(text: string, frames: Frame[]): string[] | null {
  if (!frames.length) return null;
  const para = frames[0].paragraph;
  const ids = new Set<string>();
  for (const f of frames) {
    if (f.paragraph !== para) break;
    if (!f.plural && !f.summary) continue;
    for (const a of f.actors) {
      if (a.role === "speaker" || (!GROUPS.has(a.id) && a.id !== "MILITANTS")) continue;
      if (LEAD_DOER_AFTER.test(text.slice(a.end, a.end + 50)) || LEAD_DOER_BEFORE.test(text.slice(Math.max(0, a.start - 50), a.start))) ids.add(a.id);
    }
  }
  // a group named and its "militants": the group
  if (ids.size === 2 && ids.has("MILITANTS")) ids.delete("MILITANTS");
  return ids.size === 1 ? [...ids] : null;
}

/** A force's move that starts an operation, said right after the force ("troops surrounded", "a CTD team on Friday raided"). */
const INITIATE_AFTER = gated(/^(?:'s)?\s+(?:(?!(?:was|were|is|are|been|being|had been|has been|have been)\b)[\w-]+,?\s+){0,4}?(?:surrounded|encircled|cordoned off(?! (?:the |a )?(?:area|site|scene|locality|place|spot|vicinity)\b)|besieged|laid siege to|raided|intercepted|spotted|detected|sighted|engaged|closed in on|moved (?:in )?on|moved against|swooped on|zeroed in on|tracked down|chased|pursued|challenged|signall?ed (?:[\w-]+ ){0,2}?to stop|(?:rescued|freed|recovered|secured the release of) (?:[\w-]+ ){0,6}?(?:hostages?|captives?|abductees?|abducted|kidnapped|hijacked)|(?:conducted|launched|carried out|mounted|began|started) (?:a|an) (?:[\w-]+ ){0,2}?(?:raid|operation|search|sweep|crackdown)|(?:had |have )?(?:killed|shot dead|gunned down|eliminated|neutrali[sz]ed) (?:[\w-]+ ){0,4}?(?:militants|terrorists|insurgents|khawarij|khwarij|kharijites?|suspects|members|fighters|rebels|commanders?))\b(?! by\b)/i);
/** An opener that says the force acted first, whoever the subject turns out to be: "Acting on a tip-off, ...". */
const INITIATE_OPENER = gated(/^(?:[A-Z][\w .'-]{0,30}(?::|—|–| -)\s*)?(?:acting on (?:a |an )?(?:tip-?off|intelligence|information|a tip|credible information|reports?)|on a tip-?off|during (?:a|an) (?:[\w-]+ ){0,2}?(?:raid|search|operation|sweep)|in (?:a|an) (?:[\w-]+ ){0,2}?(?:raid|search operation|operation))\b/i);
/** A militant's own move that would make it their attack, not their answer to the force's. */
const MILITANT_MOVE = /\b(?:militants|gunmen|terrorists|attackers|armed men|insurgents|assailants|khawarij|bomber)\b[^.;]{0,40}\b(?:attacked|stormed|ambushed|struck|targeted|raided|rammed|blew|detonated|hurled|threw|lobbed|tossed|flung|planted|abducted|kidnapped|launched|mounted|assaulted|besieged|hijacked|overran)\b/i;
/** After a force word: it is told as killed, hurt or hit ("a soldier was martyred", "two policemen were wounded"). */
const VICTIM_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:was|were|had been|has been|have been|got)\s+(?:also\s+)?(?:killed|martyred|wounded|injured|hurt|shot|abducted|kidnapped|targeted|attacked|ambushed)\b|^\s+(?:died|embraced|lost)\b/i;
/**
 * A generic force word owned by a force named just before it ("the CTD said its personnel", "Levies said their men"):
 * that force's id.
 */
function ownedBy(text: string, a: ActorMention, actors: ActorMention[]): string | null {
  if (a.id !== "PK_SECURITY" || !/\b(?:its|their)\s+(?:own\s+)?$/i.test(text.slice(Math.max(0, a.start - 12), a.start))) return null;
  let owner: ActorMention | undefined;
  for (const b of actors) if (b.end <= a.start && a.start - b.end <= 200 && PK_FORCES.has(b.id) && b.id !== "PK_SECURITY" && b.id !== "PK_AIR_FORCE" && !/[.;]/.test(text.slice(b.end, a.start))) owner = b;
  return owner?.id ?? null;
}
/** Forces more specific than "security forces" or "the military". */
const SPECIFIC_FORCES = new Set(["PK_FC", "PK_CONSTABULARY", "PK_POLICE"]);
/** Force words that name no particular service: "a military convoy", "a security checkpost". */
const GENERIC_FORCE_WORD = /^(?:military|security|security forces|forces|troops|soldiers?|personnel)$/i;
/** Ranks and words for a serving man that every force uses ("sepoy" of the Levies, FC or army). */
const RANK_WORD = /^(?:(?:army |military )?(?:sepoys?|jawans?|havildars?|naib subedars?|subedars?|lance naiks?|naiks?)|soldiers?|personnel)$/i;
/** Militants killed by their own device, not by a force. */
const OWN_BLAST = /\b(?:went off|exploded|blew up|detonat\w+|prematurely|accidental(?:ly)?|(?:their|its|his) own (?:bomb|device|explosives?|grenade|mine))\b/i;
/** After a force: its spokesman or its regional office speaking ("CTD spokesman said", "Counter Terrorism Department of Punjab said on Thursday"). */
const FORCE_SPEAKS_AFTER = /^\s+(?:of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+)?(?:(?:spokes(?:man|woman|person)|officials?|sources?|statement|press release|media cell)\s+)?(?:(?:on|late on|early on)\s+[A-Z][a-z]+day\s+)?(?:said|says|told|stated|added|confirmed|reported)\b/;
const SPOKESMAN_AFTER = /^\s+(?:spokes(?:man|woman|person)|officials?|sources?|statement)\b/i;
/** Places that are a force's (a post, a station): the place hit, never the force acting. */
const FORCE_SITE = /\b(?:station|post|check ?post|checkpoint|picket|lines|camp|van|vehicle|mobile|convoy)$/i;

/**
 * The incident is a force's operation that the militants answered: a force moved first (surrounded,
 * raided, intercepted, engaged them, or an "Acting on a tip-off" opener) before any move of the militants'
 * own (stormed, ambushed ...); "the suspects opened fire", "the militants resisted" after it do not make it
 * their attack.
 */
function forceInitiated(text: string, frames: Array<Pick<Frame, "start" | "end" | "actors">>, acting: (a: ActorMention) => boolean): boolean {
  let first = -1;
  for (const f of frames) {
    const t = text.slice(f.start, f.end);
    const force = f.actors.find((a) => (PK_FORCES.has(a.id) || ((a.id === "AF_TALIBAN" || a.id === "AF_FORMER_GOV") && !a.insurgent)) && a.id !== "PK_AIR_FORCE" && acting(a) && !FORCE_SITE.test(a.text) && INITIATE_AFTER.test(text.slice(a.end, a.end + 70)));
    const opener = INITIATE_OPENER.test(t) && f.actors.some((a) => (PK_FORCES.has(a.id) || a.id === "AF_TALIBAN" || a.id === "AF_FORMER_GOV") && a.role !== "speaker");
    if (force || opener) {
      first = force && !opener ? force.start : f.start;
      const m = MILITANT_MOVE.exec(t);
      if (m && f.start + m.index < first) return false;
      break;
    }
    if (MILITANT_MOVE.test(t)) return false;
  }
  return first >= 0;
}

/**
 * The search that follows an attack: "Security forces launched a search operation to hunt down the perpetrators", "a
 * sanitisation operation is being carried out in the area", "the area was cordoned off". Not the attack's own doing.
 */
// (every match starts where a stretch without "." or ";" does, so tries from inside one are skipped: the same matches)
const FOLLOW_UP_SEARCH = /(?<![^.;])[^.;]*\b(?:(?:search|sanitisation|sanitization|clearance|combing|cordon[- ]and[- ]search|hunt|manhunt|follow[- ]up)\s+operations?\b[^.;]*\b(?:to (?:hunt|trace|track|arrest|apprehend|nab|find|catch|eliminate|flush out|locate)|in search of|against the (?:perpetrators|attackers|culprits|assailants|terrorists|militants)|(?:is|was|were|are|has been|had been|have been) (?:being |still |also )?(?:carried out|conducted|launched|started|initiated|under ?way|in progress|ongoing|continuing|going on)|(?:under ?way|in progress|ongoing|continuing))|(?:launched|started|initiated|began|begun) (?:a |an )?(?:search|sanitisation|sanitization|clearance|combing|hunt|manhunt)(?: operation)?|cordoned off (?:the )?(?:area|site|locality|place|village)|(?:area|site|locality) (?:was|has been) cordoned off|(?:arrested|detained|picked up|rounded up|held)\b[^.;]{0,60}?\bin (?:a |an |the )?(?:[\w-]+ )?(?:search|combing|clearance|follow[- ]up) operations?)[^.;]*/gi;
/** An operation's own result told in its clause: "..., where one terrorist was killed", "during which two khawarij were sent to hell". */
const OWN_RESULT = /\b(?:where|in which|during which)\b[^.;]*\b(?:killed|sent to hell|neutrali[sz]ed|shot dead|martyred|embraced shahadat)\b/i;
/** Ordnance left from earlier fighting: "an unexploded mortar shell", "a rusted rocket round the boys found", "left over from years of fighting". */
const LEFTOVER = /\b(?:unexploded|left-?over|rust(?:ed|y)|abandoned|dud|decades-old|war-era|old)\s+(?:[\w-]+\s+){0,2}?(?:ordnance|(?:land)?mines?|shells?|mortars?|rockets?|bombs?|devices?|rounds?|grenades?|munitions?|explosives?)\b|\bremnants? of (?:war|the war|fighting|conflict)\b|\b(?:found|picked up|play(?:ed|ing) with|carried (?:it )?home|brought (?:it )?home|stumbled (?:up)?on|tamper(?:ed|ing) with|dug up)\b[^.;]{0,60}?\b(?:shells?|mortars?|rockets?|grenades?|bombs?|devices?|explosives?|ordnance|mines?|rounds?)\b|\bleft (?:over )?from (?:the )?(?:years of |past |earlier |previous )?(?:fighting|conflict|war|military operations|operations)\b|\b(?:shells?|mortars?|rockets?|grenades?|bombs?|devices?|ordnance|mines?|rounds?)\b[^.;]{0,25}?\b(?:they|he|she|the (?:children|boys|girls|kids|child|boy|girl|shepherds?|farmers?|villagers)|(?:two|three|four|five|six) (?:children|boys|girls))\s+(?:had\s+)?(?:found|picked up|collected|dug up|brought home|were playing with|was playing with|played with)\b|\bleft (?:over |behind )?(?:from|after|by) (?:[\w'-]+ ){0,4}?(?:fighting|conflict|war|operations|shelling|bombardment|air ?strikes?|airstrikes?|bombing|clashes)\b|\b(?:shells?|mortars?|rockets?|rounds?|bombs?|grenades?|ordnance|munitions?|mines?|explosives?)\s+(?:(?:that|which) (?:had )?(?:been )?)?left (?:over|behind)\b/i;
/** The ordnance's past: "left from a Pakistani air strike last year", "dropped during last year's bombing". */
const LEFT_FROM = /\b(?:left (?:over |behind )?(?:from|after|by)|left-?over from|remnants? of|dropped (?:in|during)|fired (?:in|during) (?:last|past|earlier|previous))\b[^.;]{0,40}?\b(?:air ?strikes?|airstrikes?|air raids?|bombing|bombardment|shelling|fighting|war|raids?)\b/i;
/**
 * The state's forces raided a hideout and met a firefight, and a fighter "blew himself up" or "detonated his vest" as
 * they closed in: the suicide words tell how one attacker died in the battle (no suicide bomber attacked anyone).
 */
function cornered(body: string): boolean {
  return CORNERED_RAID.test(body) && CORNERED_FIREFIGHT.test(body) && CORNERED_BLAST.test(body) && !SUICIDE_ATTACKED.test(body);
}
const CORNERED_RAID = /\b(?:raid(?:ed|s)?|operation|stormed|surrounded|cordoned|besieged|closed in)\b/i;
const CORNERED_FIREFIGHT = /\b(?:firefight|gun ?battle|shoot-?out|exchange(?:d)? (?:of )?fire|clash(?:ed|es)?|fought|opened fire|returned fire)\b/i;
const CORNERED_BLAST = /\b(?:blew (?:himself|herself|themselves) up|detonated (?:his|her|their) (?:explosive |suicide )?(?:vest|jacket|belt|explosives))\b/i;
const SUICIDE_ATTACKED = /\bsuicide (?:bomb(?:er|ing)s?|attack(?:er)?s?|blast|car|truck)\b|\bbombers? (?:blew|detonated|rammed|struck|attacked|targeted)\b/i;
/** The actor is named in the search that followed ("a search operation was launched to trace the attackers"). */
function inFollowUp(text: string, frames: Frame[], a: ActorMention): boolean {
  const f = frames.find((x) => x.start <= a.start && x.end >= a.end);
  if (!f) return false;
  const t = text.slice(f.start, f.end);
  if (!/\b(?:search|sanitisation|sanitization|clearance|combing|hunt|manhunt|follow[- ]up|cordon)/i.test(t)) return false;
  for (const m of t.matchAll(FOLLOW_UP_SEARCH)) if (f.start + m.index! <= a.start && f.start + m.index! + m[0].length >= a.end) return true;
  return false;
}
/** Militants told as killed in the words of a force's statement: "sent to hell", "neutralised", "killed in the exchange of fire". */
const STATE_KILL = /\b(?:sent to hell|neutrali[sz]ed|eliminated|(?:were|was) (?:killed|shot dead) (?:in|during) (?:an?|the) (?:[\w-]+ ){0,2}?(?:exchange of fire|engagement|encounter|gunfight|gun battle|shoot-?out|firefight|operation|raid))\b/i;
/**
 * The force a statement's lead names before the incident ("Security forces conducted two operations ...", "Police
 * raided hideouts in three districts"): the first Pakistani ground force told as acting, not hit and not a source.
 */
function leadForceOf(text: string, actors: ActorMention[] | undefined, before: number, isSource: (a: ActorMention) => boolean): ActorMention | undefined {
  if (!actors) return undefined;
  for (const a of actors) {
    if (a.start >= before) break;
    if (!PK_FORCES.has(a.id) || a.id === "PK_AIR_FORCE" || a.role === "speaker" || isSource(a) || forceAttacked(text, a)) continue;
    if (/^\s+(?:(?:on|in|also|have|has|had|later|then)\s+)*(?:conducted|carried out|launched|mounted|killed|raided|intercepted|engaged|surrounded|cordoned|began|started|targeted|struck|busted|eliminated|neutrali[sz]ed)\b/i.test(text.slice(a.end, a.end + 40))) return a;
  }
  return undefined;
}

/** A named group is the subject of an attack verb ("the TTP attacked"): then it is no state operation. */
function namesGroupAttacking(text: string, actors: ActorMention[]): boolean {
  return actors.some((a) => GROUPS.has(a.id) && AGENT_AFTER.test(text.slice(a.end, a.end + 50)));
}

/** After an actor: it accuses or condemns ("accused Pakistan of", "on Monday blamed"). */
const ACCUSER_AFTER = /^\s+(?:(?:on|late on|early on)\s+\w+\s+|also\s+|again\s+|has\s+|had\s+)?(?:accused|accuses|alleged|alleges|blamed|blames|condemned|condemns)\b/i;
/** After an actor: its voice speaks ("'s deputy spokesman said", "spokesperson", "'s information ministry"). */
const VOICE_AFTER = /^(?:'s|’s)?\s+(?:(?:deputy|chief|main|acting|official|provincial|district|regional|central)\s+)?(?:spokes(?:man|men|person|persons|woman)|information (?:ministry|office|minister))\b/i;
/** Before an actor: "a spokesman for the ...", "the spokesperson of the ...". */
const VOICE_BEFORE = /\bspokes(?:man|person|woman)\s+(?:for|of)\s+(?:the\s+)?$/i;
/**
 * After a state's forces: they started the firing ("opened fire first", "opened unprovoked fire on", "fired first",
 * "opened fire on our positions without any reason", "opened fire on Pakistani positions").
 */
const OPENED_FIRST_AFTER = /^(?:'s)?\s+(?:[\w-]+\s+){0,2}?(?:had\s+|have\s+)?(?:opened\s+(?:["'‘“]?unprovoked["'’”]?\s+)?fire\s+(?:first|without\s+(?:any\s+)?(?:provocation|reason))|opened\s+["'‘“]?unprovoked["'’”]?\s+fire|opened\s+fire\s+(?:on|at)\b|(?:fired|shot)\s+first|(?:were|was)\s+(?:the\s+)?first\s+to\s+(?:open\s+fire|fire|shoot)|started\s+(?:the\s+)?(?:firing|shooting|clash|exchange|fighting)|resorted\s+to\s+["'‘“]?unprovoked)\b/i;
/**
 * The one state whose forces the report tells as starting a cross-border exchange: its first such mention, or null
 * when none is, or when both sides' forces are (each blaming the other).
 */
function firstShooter(text: string, actors: ActorMention[]): ActorMention | null {
  const force = (a: ActorMention) => a.role !== "speaker" && !a.insurgent && (PK_FORCES.has(a.id) || a.id === "AF_TALIBAN" || a.id === "AF_FORMER_GOV") && a.id !== "PK_AIR_FORCE";
  const told = actors.filter((a) => force(a) && OPENED_FIRST_AFTER.test(text.slice(a.end, a.end + 80)));
  if (!told.length) return null;
  // the side only accused of starting it ("accused Pakistani forces of provoking the clash", "blamed Pakistani troops
  // for opening fire first") makes no opener, but contests the other side's account
  const accused = actors.filter((a) => force(a) && /\b(?:accus|blam)\w*\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, a.start - 20), a.start)) && /^\s+(?:of|for)\s+(?:provoking|starting|initiating|triggering|opening fire first|opening fire without|firing first|shooting first)\b/i.test(text.slice(a.end, a.end + 40)));
  const side = (a: ActorMention) => (PK_FORCES.has(a.id) ? "PK" : "AF");
  const s0 = side(told[0]);
  return [...told, ...accused].every((a) => side(a) === s0) ? told.reduce((x, y) => (y.start < x.start ? y : x)) : null;
}

/** Guards or soldiers told in the incident that no Pakistani force's name covers ("three of their border guards"). */
function unnamedGuards(text: string, frames: Frame[]): boolean {
  const re = /\b(?:border guards?|guards|soldiers|policem[ae]n|security personnel)\b/gi;
  for (const f of frames) {
    const t = text.slice(f.start, f.end);
    re.lastIndex = 0;
    for (let m; (m = re.exec(t)); ) {
      const at = f.start + m.index;
      if (!f.actors.some((a) => PK_FORCES.has(a.id) && a.start <= at && a.end >= at + m![0].length)) return true;
    }
  }
  return false;
}
/** A bomb's kinds: what it hit is the place it went off at. */
const BLAST_KINDS = new Set(["Remote explosive/landmine/IED", "Suicide bomb", "Grenade"]);
/** Before a force: the act was its ("an attack by the", "shelling by"). */
const ATTACK_BY_BEFORE = /\b(?:attacks?|shelling|strikes?|fire|firing|aggression|bombardment) by (?:the )?$/i;
/** Before a force: the fire came from its side ("fired from Pakistani Frontier Corps positions", "launched from Afghan"). */
const FIRED_FROM_BEFORE = /\b(?:fired|launched|came|coming|shot)\s+from\s+(?:the\s+)?(?:Pakistani?\s+|Afghan\s+)?$/i;
/** After a state's force: it says its own guns fired ("said its artillery had targeted", "said its troops had shelled"). */
const OWN_FIRE_AFTER = /^(?:'s)?\s+(?:(?:on|late on|early on)\s+\w+\s+)?(?:said|says|stated|confirmed|acknowledged|admitted)\s+(?:that\s+)?(?:its|their)\s+(?:artillery|guns|troops|forces|soldiers|posts|mortars|gunners)\s+(?:had\s+|have\s+)?(?:only\s+)?(?:targeted|fired (?:at|on)|shelled|struck|hit|engaged|pounded)\b/i;
/** Militants told as crossing, or helped to cross, the border ("the infiltration of a group of khawarij", "khawarij attempting to infiltrate"). */
const INFILTRATING = /\binfiltrat\w*|\b(?:attempt(?:ed|ing)|tried|trying|sought) to (?:cross|sneak (?:across|into|through)|slip (?:across|into|through)) (?:the )?(?:[\w-]+ ){0,2}?(?:border|frontier|fence|durand line)/i;
function namesAttackers(actors: ActorMention[]): boolean {
  // (the Taliban before August 2021 are an insurgency)
  return actors.some((a) => GROUPS.has(a.id) || a.id === "MILITANTS" || !!a.insurgent);
}

function normaliseForce(id: string, ispr: boolean): string {
  if (ispr && id === "PK_SECURITY") return "PK_ARMY";
  return id;
}

const MILITARY_PLACE = /\b(?:cantonments?|garrisons?|(?:army|military) (?:camps?|posts?|bases?|headquarters|installations?|facilit(?:y|ies)|compounds?|garrisons?)|air ?bases?|(?:fc|frontier corps|scouts) (?:forts?|camps?|headquarters|posts?)|scouts forts?)\b/i;
/** A group's record told beside the attack: "Islamic State has carried out similar bombings in the past". */
const RECORD_AFTER = /^[^.;]{0,50}?\b(?:similar|previous|past|earlier|other|such|many|several|numerous|dozens of|scores of|a number of|a series of|a spate of)\s+(?:[\w-]+\s+)?(?:attacks|bombings|assaults|blasts|strikes|killings|ambushes)\b|^[^.;]{0,60}?\b(?:in the past|previously|in recent (?:years|months)|before)\s*[.;,]/i;

/** Words right before a force that make it the one hit: "a vehicle of the FC", "convoy of the Levies". */
const HIT_OF = /\b(?:vehicles?|convoy|post|check ?post|checkpoint|picket|camp|patrol|van|mobile|headquarters|office|station|team|party|squad|personnel|men|jawans?|officials?|officers?|members?) (?:of|belonging to) (?:the )?$/i;
/** Force words that are a post or vehicle themselves ("police station", "Levies post", "security convoy"). */
const FORCE_PLACE = /\b(?:station|post|check ?post|checkpoint|picket|lines|patrol|van|mobile|convoy|camp|vehicle|party|team|squad)$/i;
function forceAttacked(text: string, a: ActorMention): boolean {
  const before = text.slice(Math.max(0, a.start - 40), a.start);
  if (TARGET_BEFORE.test(before) || HIT_OF.test(before)) return true;
  // "the Levies post at Doaba came under attack", "a police van was hit": the force word names the place
  return FORCE_PLACE.test(a.text) || /^\s+(?:post|check ?post|checkpoint|picket|station|vehicle|van|convoy|camp|patrol|mobile|headquarters|office|lines)\b/i.test(text.slice(a.end, a.end + 16));
}

/** A force told as attacked at its post or on the move ("a checkpoint of the Islamic Emirate's forces", "a Taliban checkpoint", "attacked Taliban guards"), not its officials who speak. */
const POST_OF = /\b(?:post|check ?post|checkpoint|picket|camp|patrol|convoy|vehicles?|station|base|outpost|headquarters|positions?) (?:of|belonging to) (?:the )?$/i;
function postAttacked(text: string, a: ActorMention): boolean {
  if (/^(?:'s|\u2019s)?\s+(?:\w+\s+){0,2}?(?:said|says|told|spokes\w+|officials?|statement)\b/i.test(text.slice(a.end, a.end + 40))) return false;
  const before = text.slice(Math.max(0, a.start - 40), a.start);
  return TARGET_BEFORE.test(before) || POST_OF.test(before) || FORCE_PLACE.test(a.text) || /^(?:'s|\u2019s)?\s+(?:[\w-]+\s+)?(?:post|check ?post|checkpoint|picket|station|vehicle|convoy|camp|patrol|outpost|base)\b/i.test(text.slice(a.end, a.end + 30));
}

const CIV_OBJECT_RE = new RegExp(`\\b(?:${CIVILIAN_OBJECTS.join("|")})\\b`, "gi");
const CIV_OBJECT = gated(new RegExp(CIV_OBJECT_RE.source, "i"));
/** Words right before an object that make it where the wounded went, or part of a force's name ("police hospital"). */
const NOT_HIT_BEFORE = /\b(?:to|treated|admitted|died|shifted|taken|rushed|referred|moved|brought|succumbed|evacuated|transported|airlifted|police|army|military|fc|levies|security|cantonment|cmh)(?: (?:at|in|to))?(?: the| a| an| nearby| local| district| teaching| headquarters| combined military)?(?: [\w-]+)? $/i;
/**
 * A civilian place or vehicle named near an event cue of the incident ("an explosion tore through a
 * vegetable market", "a girls' school was blown up", "opened fire on a passenger coach"), not where the
 * wounded were taken.
 */
function civilianObjectHit(text: string, frames: Frame[]): boolean {
  for (const f of frames) {
    if (!f.cues.length) continue;
    const t = text.slice(f.start, f.end);
    if (!CIV_OBJECT.test(t)) continue;
    const re = CIV_OBJECT_RE;
    re.lastIndex = 0;
    for (let m; (m = re.exec(t)); ) {
      const at = f.start + m.index;
      if (NOT_HIT_BEFORE.test(text.slice(Math.max(f.start, at - 45), at))) continue;
      // "a cook employed at the school" after "the police training school": the force's own place named back
      if (forcePlaceBefore(text, at, m[0])) continue;
      if (f.cues.some((c) => Math.abs(c.start - at) <= 90)) return true;
    }
  }
  return false;
}

/** Before an object word: a force's name, making it that force's place ("police training school", "FC hospital"). */
const FORCE_OWNER_BEFORE = /\b(?:police|army|military|fc|frontier corps|levies|ctd|constabulary|cadet)(?: [\w-]+)? $/i;
/** `word` at `at` names back a place the report first told as a force's own ("the police training school ... the school"). */
function forcePlaceBefore(text: string, at: number, word: string): boolean {
  const w = word.toLowerCase().replace(/^(?:the|a|an) /, "");
  const head = text.slice(0, at).toLowerCase();
  for (let i = head.indexOf(w); i >= 0; i = head.indexOf(w, i + 1)) if (FORCE_OWNER_BEFORE.test(text.slice(Math.max(0, i - 40), i))) return true;
  return false;
}

const STAFF_RE = new RegExp(`\\b(?:${STATE_CIVILIAN_STAFF})\\b`, "i");
const STAFF = gated(STAFF_RE);
/** The first mention of the state's civilian staff in the incident's own sentences. */
function civilianStaff(text: string, frames: Frame[]): { start: number; end: number } | null {
  for (const f of frames) {
    const t = text.slice(f.start, f.end);
    const m = STAFF.exec(t);
    if (m) return { start: f.start + m.index, end: f.start + m.index + m[0].length };
  }
  return null;
}

/** Civilians among the dead and wounded, and (unless `withGuards`) no security forces. */
function victimsAreCivilians(frames: Frame[], withGuards = false): boolean {
  let civ = false;
  for (const f of frames)
    for (const x of f.casualties) {
      if (x.category === "civilians") civ = true;
      if (x.category === "security_forces" && !withGuards) return false;
      if (x.category === "militants" && x.value) return false;
    }
  return civ;
}
