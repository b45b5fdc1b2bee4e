/**
 * Kinds of fact a sentence states, as marker keys added to its index keys: a quantity
 * ("neun Fragmente", not a year or a date), a measure with its unit ("18 Kilometern pro
 * Sekunde", "87 Gramm", "50 Euro"), an age ("54-jährige"), an era ("aus dem 14. Jahrhundert"), a precise time ("23.41 Uhr",
 * "6. April", "am Samstagabend") and a personal name ("Markus Hohlfeld"). Questions ask for
 * them by marker ("wie schnell" wants `#speed`), so coverage and near-miss checks treat the
 * fact asked for like any other word. General German only; input is the sentence as written.
 */
import { fold, tokenize, type Token } from './normalize.js';
import { QUESTION_WORDS, STOP_WORDS } from './stopwords.js';

/** Marker keys; they start with '#' so that no word's stem can equal them. */
export const FACT = {
  quantity: '#num',
  speed: '#speed',
  length: '#length',
  /** An area ("68 Quadratmeter", "180 Hektar"): asked by "wie groß", never by "wie lang". */
  area: '#area',
  mass: '#mass',
  money: '#money',
  /** A sum of money in a currency ("48.000 Euro"), not a percentage: what a thing costs. */
  price: '#price',
  temperature: '#temp',
  /** A sound level ("84 Dezibel"). */
  loudness: '#db',
  duration: '#duration',
  age: '#age',
  /** When a thing was made or comes from ("aus dem 14. Jahrhundert", "1623 geprägt"): the age of things. */
  era: '#era',
  clock: '#clock',
  person: '#person',
  /** A party after a name or before a role ("Thomas Gruber (CSU)", "SPD-Fraktionschefin"). */
  party: '#party',
  /** A party named as a group, not in brackets after a name ("Dafür stimmten CDU und Grüne", "die AfD-Fraktion"). */
  faction: '#faction',
  /** Who pays a cost: a verb of bearing it beside a sum or a share ("Die Kosten trägt das Land", "75 Prozent davon übernimmt der Bund"). */
  payer: '#payer',
  /** A share: a percentage or a fraction ("50 Prozent", "ein Drittel"). */
  share: '#share',
  /** A leader's role ("Bibliotheksleiterin", "Vereinsvorsitzende", "Geschäftsführer"): who leads something. */
  leader: '#leader',
  /** A German state, by name or adjective ("in Hessen", "im niedersächsischen Landkreis …"): asked by "In welchem Bundesland …". */
  state: '#state',
  /** A vote's result ("mit 21 zu 8 Stimmen", "einstimmig", "ohne Gegenstimme"): how a vote went. */
  tally: '#tally',
  /** Voting or speaking against ("stimmten gegen den Haushalt", "Die Gegenstimmen kamen von …", "lehnt das ab"): who is against. */
  against: '#against',
} as const;

/** A year as written in a text ("1911", "2026"): what foundings, "seit …" and dates are checked for. */
export const YEAR_IN_TEXT = /\b(?:1[0-9]|20)\d\d\b/;

/** Month and weekday names, folded. */
export const MONTH_NAMES: readonly string[] = ['januar', 'februar', 'maerz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
export const WEEKDAY_NAMES: readonly string[] = ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'];
const MONTHS = MONTH_NAMES.join('|');
const WEEKDAYS = WEEKDAY_NAMES.join('|');
/** Cardinal number words (folded). */
export const NUMBER_WORD = /^(zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf|\w+zehn|\w*zwanzig|\w*dreissig|\w*(vier|fuenf|sech|sieb|acht|neun)zig|hundert|tausend|\w+hundert|\w+tausend|dutzend|dutzende|millionen?|milliarden?|halbe[nrs]?|\w*einhalb|anderthalb|haelfte|drittel|viertel|einzige[nmrs]?)$/;
const NUMBER_PART = /zwei|drei|vier|fuenf|sechs|sieb|acht|neun|zehn|elf|zwoelf|zig|ssig|hundert|tausend|dutzend|million|milliard|halb|haelft|drittel|viertel|einzig/;

/** A cardinal number word; a cheap substring test first (this runs on every word of every article). */
export function isNumberWord(folded: string): boolean {
  return NUMBER_PART.test(folded) && NUMBER_WORD.test(folded);
}

/** Ordinal words (folded): "dritte", "zwanzigsten", "letzte". */
export const ORDINAL_WORD = /^(erst|zweit|dritt|viert|fuenft|sechst|siebt|siebent|acht|neunt|zehnt|elft|zwoelft|\w+zehnt|\w*zigst|hundertst|letzt)(e|er|es|en|em)$/;
/** Multipliers and digit groups that may stand between a number and its unit ("2,3 Millionen Euro"). */
const MULTIPLIER = /^(\d+|millionen?|milliarden?|mio|mrd|tausend|hundert|rund|knapp|etwa|mehr|als)$/;

const UNITS: readonly (readonly [string, RegExp])[] = [
  [FACT.length, /^(meter|metern|kilometer|kilometern|zentimeter|zentimetern|millimeter|km|m|cm|mm|meilen)$/],
  [FACT.area, /^(quadratmeter|quadratmetern|quadratkilometer|quadratkilometern|qm|hektar)$/],
  [FACT.mass, /^(gramm|kilogramm|kilo|kilos|tonne|tonnen|kg|g|t|pfund|zentner)$/],
  // (A sum of money is also a price; a percentage is money only: "60 Prozent des Nettolohns" is no price of a thing.)
  [FACT.price, /^(euro|dollar|cent|franken|pfund|eur|usd|mark|dm|pfennig|reichsmark|rubel|yen|yuan|kronen|zloty)$/],
  [FACT.money, /^prozent$/],
  [FACT.temperature, /^(grad|celsius)$/],
  [FACT.loudness, /^(dezibel|db)$/],
  [FACT.duration, /^(sekunde|sekunden|minute|minuten|stunde|stunden|tag|tage|tagen|woche|wochen|monat|monate|monaten|jahr|jahre|jahren|jahrzehnte|jahrzehnten)$/],
];
/** Whether a folded word is a unit of measure ("Tonnen", "Prozent", "Metern"). */
export function isUnitWord(folded: string): boolean {
  return UNITS.some(([, unit]) => unit.test(folded)) || folded === 'liter' || folded === 'litern';
}
const SPEED_AFTER = /^(sekunde|stunde|minute|h|s)$/;
/** A speed limit named by its figure after "Tempo" ("Tempo 70", "Tempo-30-Zone"), folded. */
const SPEED_LIMIT = /\btempo[ -]?\d{2,3}\b/;
/** A percentage or a fraction, folded ("50 Prozent", "58 %", "die Hälfte", "ein Drittel"). */
const SHARE = /\d\s*(?:prozent|%)|\b(?:haelfte|drittel|viertel|fuenftel|zehntel|prozent)\b/;

/**
 * German parties as the news writes them after a name or before a role ("Thomas Gruber (CSU)", "(parteilos)",
 * "SPD-Fraktionschefin"); the acronyms alone too ("die CDU"). As written: "die linke Hand" is no party.
 */
const PARTIES = 'CDU|CSU|SPD|FDP|AfD|BSW|ÖDP|SSW|Grüne|Grünen|Linke|Linken|Freie Wähler|Freien Wähler|FW|Volt|parteilos|parteilose|parteiloser';
/** Parties named by a word that is also an adjective, after an article or "von"/"und" ("die Grünen", "von Grünen und Linken"). */
const PARTY_NOUN = '\\b(?:die|der|den|von|und|Die|Der|Den|Von)\\s+(?:Grünen|Grüne|Linken|Linke|Freien Wählern|Freien Wähler|Freie Wähler)(?![A-Za-zÄÖÜäöüß-])';
/** A party's acronym ("die CDU") and a compound it opens ("SPD-Fraktion", "Grünen-Stadträtin"), as written. */
const PARTY_ACRONYM = '\\b(?:CDU|CSU|SPD|FDP|AfD|BSW)\\b';
const PARTY_COMPOUND = `\\b(?:${PARTIES})-[A-ZÄÖÜ]`;
const PARTY = new RegExp(`\\((?:${PARTIES})\\)|${PARTY_ACRONYM}|${PARTY_COMPOUND}|${PARTY_NOUN}`);
/** The same without a party in brackets after a name: a party named as a group ("Dafür stimmten CDU und Grüne"). */
const FACTION = new RegExp(`(?<!\\()${PARTY_ACRONYM}(?!\\))|${PARTY_COMPOUND}|${PARTY_NOUN}`);

const YEAR = /^(1[89]|20)\d\d$/;
const CLOCK = new RegExp(String.raw`\b\d{1,2}([.:]\d\d)?\s*uhr\b|\b\d{1,2}\.\s*(${MONTHS})\b|\b(1[89]|20)\d\d\b|\b(${WEEKDAYS})(morgen|vormittag|mittag|nachmittag|abend|nacht)?s?\b|\b(werktags|wochentags|feiertags)\b|\b(${MONTHS})\b`);
const UNTIL = new RegExp(String.raw`\bbis\s+(?:(?:einschliesslich|zum|spaetestens|mindestens|fruehestens|voraussichtlich|vorerst|ende|mitte|anfang)\s+){0,2}(\d|${WEEKDAYS}|${MONTHS})`
  // "bis Ende kommender Woche", "bis zum Ende des Kita-Jahres", "bis auf Weiteres": an end a duration is told by.
  + String.raw`|\bbis\s+(?:(?:zum|zur|voraussichtlich|vorerst|mindestens|spaetestens)\s+)?(?:ende|mitte|anfang)\s+(?:des|der|dieses|dieser|diesen|kommender|kommenden|naechster|naechsten|naechste|vergangener)\b|\bbis\s+auf\s+weiteres\b`
  // "bis zu den Sommerferien", "bis zum Jahresende", "bis in den Herbst": an end named by a season or holiday.
  + String.raw`|\bbis\s+(?:zu\s+den|zum|zur|in\s+den|in\s+die)\s+\w*(?:ferien|weihnachten|ostern|pfingsten|jahresende|jahreswechsel|fruehjahr|fruehling|sommer|herbst|winter)\b`);
/** A start and an end ("soll am Mittwoch um 2 Uhr beginnen und am Freitag um 2 Uhr enden") state a duration. */
const BEGINS = /\b(beginnt|beginnen|begann|begannen|startet|starten|startete)\b/;
const ENDS = /\b(endet|enden|endete|endeten|aufhoeren|aufhoert)\b/;
/** One unit of money written as a word ("einen Euro pro Quadratmeter", "ein Cent"): a sum. */
const ONE_MONEY = /\b(ein|einen|einem)\s+(euro|cent|dollar|franken)\b/;
/** A sum counted in pay or rent ("eine Abfindung von einem Monatsgehalt", "eine Kaution von drei Monatsmieten"): money. */
const PAY_SUM = /\b(?:ein|eine|einen|einem|einer|zwei|drei|vier|fuenf|sechs|halbes|halben|\d+)\s+(?:brutto|netto)?(?:monats|jahres|wochen)(?:gehalt|gehaelter|gehaeltern|lohn|loehne|loehnen|miete|mieten|kaltmiete|kaltmieten)\b/;
/** Verbs of bearing a cost, folded ("trägt", "übernehmen", "finanziert", "beteiligt sich", "gibt … dazu"). */
const BEARS = /\b(?:traegt|tragen|getragen|trug|trugen|uebernimmt|uebernehmen|uebernommen|uebernahm|uebernahmen|finanziert|finanzieren|finanzierte|finanzierten|zahlt|zahlen|zahlte|bezahlt|bezahlen|bezahlte|gezahlt|foerdert|foerdern|gefoerdert|beteiligt|beteiligen|erstattet|erstatten)\b|\bgibt\b.*\bdazu\b/;
/** What marks a sentence as about a cost beside such a verb: a sum, a share, the costs (of any kind: "Verfahrenskosten") or the rest of them. */
const COST_SHARE = /\b\w*kosten\b|\bdavon\b|\bden rest\b|\bgrossteil|\bhaelfte\b|\bteil\b|\b(?:drittel|viertel|fuenftel|prozent)\b/;
/** A price of nothing: "Die Beratung ist kostenlos" answers "Was kostet die Beratung?". */
const FREE_OF_CHARGE = /\b(?:kostenlos|kostenlose[nmrs]?|gratis|umsonst|kostenfreie?[nmrs]?|gebuehrenfreie?[nmrs]?|unentgeltliche?[nmrs]?)\b/;
/** One or a few of a unit of time, in words: "ein Jahr lang", "seit einem Monat", "mehrere Wochen". */
const ONE_UNIT = /\b(ein|eine|einen|einem|einer|mehrere|mehreren|einige|einigen|wenige|wenigen)\s+(sekunde|minute|stunde|tag|woche|monat|jahr|jahrzehnt)(e|en|n|s|es)?\b/;
/** A count of things a time went on for: "elf Ziehungen in Folge", "drei Spielzeiten lang" (not a length: "20 Kilometer lang"). */
const COUNT_LONG = /\b(?:\d+|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf|\w+zehn|\w+zig|mehrere|einige|viele)\s+(?!\w*meter(?:n|s)?\b|km\b|cm\b|mm\b|m\b)\w+\s+(?:lang|in folge|hintereinander)\b/;
/** The words that end a COUNT_LONG, a cheap test first (most sentences have none). */
const IN_A_ROW = / lang\b|in folge|hintereinander/;
/** One unit of time within which something happens: "innerhalb eines Monats", "binnen eines Jahres" (not "eines Tages", one day). */
const WITHIN_ONE_UNIT = /\b(?:innerhalb|binnen|waehrend)\s+(?:eines|einer)\s+(?:stunde|woche|monats|jahres|jahrzehnts|tages)\b/;

/** Adjectives of duration: "zweitägigen", "dreistündige", "mehrwöchiger", "24-stündig". */
const DURATION_ADJECTIVE = /(taegig|stuendig|woechig|monatig|minuetig)(e[nrsm]?)?\b/;
const AGE = /jaehrig|\b(?:ich bin|er ist|sie ist) (?:jetzt |inzwischen |schon |erst |bereits |selbst )?\d{2}(?![.,]?\d| ?(?:%|prozent|euro|kilo|kilogramm|meter|zentimeter|grad|minuten|stunden|tage|wochen|monate|mal|uhr|cm|km|m|kg|jahre in|jahre bei|jahre im|jahre lang)\b)|\bjahren? alte?[nrsm]?\b|\balter von\b|alter (?:lag|liegt|lagen|liegen|betraegt|betrug)\b|\baltersdurchschnitt|\b(?:aelter|juenger) als \d|\blebensjahr|\bauf (?:etwa |rund |ungefaehr |circa |knapp |ueber |mindestens )?\S+ jahre (?:geschaetzt|schaetzen|schaetzt|schaetzte|schaetzten)\b/;
/** An age in brackets or commas after a name, as the news gives it ("Renate Wolfsteller (67)", "Gertrud Wiesinger, 78, …"), as written. */
const AGE_AFTER_NAME = /\p{Lu}[\p{Ll}-]+ \(\d{1,3}\)|\p{Lu}\p{Ll}+ \p{Lu}[\p{Ll}-]+, \d{1,3}, /u;
const ERA = /jahrhunderts?\b|jahrtausends?\b|\b(aus dem jahr|aus den jahren|im jahr|anno|baujahr|jahrgang)\s+\d{3,4}\b|\b\d{3,4}\s+(gepraegt|gebaut|erbaut|errichtet|gegruendet|entstanden|hergestellt|geschaffen|gemalt|geschrieben|geboren|eroeffnet|eingeweiht|fertiggestellt|gegossen|angelegt)(e[nrsm]?)?\b|\b(gibt es|besteht|bestehen|existiert)\b[^.]*\bseit\s+\d{4}\b|\b(stammt|stammen|stammte|stammten|datiert)\b.*\b\d{3,4}\b/;
const DETERMINER = /^(der|die|das|den|dem|des|ein|eine|einer|einen|einem|eines|kein|keine|jede[rnms]?|diese[rnms]?)$/;
const NOUN_SUFFIX = /(ung|heit|keit|schaft|tion|taet|nis|ismus|ment|ur|ei|en|ern)$/;

/** Whether a token is a quantity (not a year, a day of a date or a clock time). */
function isQuantity(tokens: readonly Token[], i: number, text: string): boolean {
  const token = tokens[i]!;
  const end = token.start + token.surface.length;
  if (/^\d/.test(token.folded)) {
    if (YEAR.test(token.folded)) return false;
    if (text[end] === '.' && /^\s*\p{L}/u.test(text.slice(end + 1, end + 3))) return false;
    if (tokens[i + 1]?.folded === 'uhr' || (text[end] === '-' && /jaehrig/.test(tokens[i + 1]?.folded ?? ''))) return false;
    return !/^[.:]\d\d\s*uhr/i.test(text.slice(end, end + 8));
  }
  if (isNumberWord(token.folded)) return true;
  // "jeder fünfte Zug" is a share.
  return ORDINAL_WORD.test(token.folded) && /^jede[rnms]?$/.test(tokens[i - 1]?.folded ?? '');
}

const DATA_RATE = /^(?:kilo|mega|giga)?bit$|^(?:kbit|mbit|gbit|mbits|gbits)$|^(?:giga|tera|peta|exa)?flops$/;

/** A unit right after the number at `i` (skipping digit groups and multipliers). */
function unitAfter(tokens: readonly Token[], i: number): string | null {
  for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
    const word = tokens[j]!.folded;
    if (MULTIPLIER.test(word) && !UNITS.some(([, unit]) => unit.test(word))) continue;
    if (/^(kilometer|kilometern|meter|metern|km|m)$/.test(word) && tokens[j + 1]?.folded === 'pro' && SPEED_AFTER.test(tokens[j + 2]?.folded ?? '')) return FACT.speed;
    if (word === 'stundenkilometer' || word === 'kmh' || (word === 'km' && tokens[j + 1]?.folded === 'h')) return FACT.speed;
    // A data rate ("16 Megabit pro Sekunde", "1 Gbit/s") or a computer's ("48 Petaflops") answers "wie schnell" like a speed.
    if (DATA_RATE.test(word)) return FACT.speed;
    return UNITS.find(([, unit]) => unit.test(word))?.[0] ?? null;
  }
  return null;
}

/** Two capitalised words mid-sentence, not after an article or a number ("die Verteidigung", "sieben Jahre Haft"). */
function hasPersonalName(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i]!;
    const second = tokens[i + 1]!;
    if (!first.capitalized || !second.capitalized || first.sentenceStart || second.sentenceStart) continue;
    if (STOP_WORDS.has(first.folded) || STOP_WORDS.has(second.folded) || QUESTION_WORDS.has(first.folded) || /\d/.test(first.folded + second.folded)) continue;
    if (second.start !== first.start + first.surface.length + 1) continue;
    const before = tokens[i - 1]?.folded ?? '';
    if (DETERMINER.test(before) || /^\d/.test(before) || isNumberWord(before)) continue;
    if (NOUN_SUFFIX.test(first.folded) && NOUN_SUFFIX.test(second.folded)) continue;
    return true;
  }
  return false;
}

/** A leader's role, also as the head of a compound ("Werkleiterin", "Kreisvorsitzender", "Genossenschaftsvorständin"), folded. */
const LEADER = /(?:leiter|leiterin|chef|chefin|vorsitzende|vorsitzender|vorsitzenden|vorstand|vorstaendin|geschaeftsfuehrer|geschaeftsfuehrerin|direktor|direktorin|intendant|intendantin|praesident|praesidentin|inhaber|inhaberin|rektor|rektorin)\b/;
/** A vote's result, folded: "mit 21 zu 8 Stimmen", "87 zu 9", "einstimmig", "ohne Gegenstimme", "bei zwei Enthaltungen". */
/** Voting or being against, folded: "stimmten geschlossen gegen …", "gegen die Erhöhung stimmten …", "Gegenstimmen", "lehnt … ab". */
const AGAINST = /\b(?:stimmte|stimmten|gestimmt|votierte|votierten|sprach|sprachen|ist|sind|war|waren)\b[^.]*\b(?:gegen|dagegen)\b|\b(?:gegen|dagegen)\b[^.]*\b(?:stimmte|stimmten|gestimmt|votierte|votierten)\b|\bgegenstimme|\bnein-?stimmen\b|\blehnt\w*\b[^.]*\bab\b|\babgelehnt\b/;
const TALLY = /\b\d+ (?:zu|gegen) \d+\b|\beinstimmig|\bgegenstimme|\bja-?stimmen\b|\bnein-?stimmen\b|\benthaltung/;
/** The German states by name or adjective, also of a part ("Oberbayern", "mittelhessischen"), folded. */
const STATE = /\b(?:ober|unter|mittel|nieder|nord|sued|ost|west)?(?:bayern|bayerisch|hessen|hessisch|sachsen|saechsisch|niedersachsen|niedersaechsisch|thueringen|thueringisch|brandenburg|brandenburgisch|baden-wuerttemberg|baden-wuerttembergisch|rheinland-pfalz|rheinland-pfaelzisch|saarland|saarlaendisch|schleswig-holstein|schleswig-holsteinisch|mecklenburg-vorpommern|nordrhein-westfalen|nordrhein-westfaelisch|sachsen-anhalt|berlin|hamburg|bremen)(?:e[nrsm]?)?\b/;

/** Words ending like a role that lead nothing ("Begleiter"). */
const NOT_LEADER = /\b(?:begleiter|begleiterin|wegbegleiter)\b/;

/** The marker keys of one sentence (see FACT). */
export function factKeys(sentence: string): string[] {
  const folded = fold(sentence);
  const numbers = /\d/.test(folded) || NUMBER_PART.test(folded);
  const capitals = /\p{Lu}\p{Ll}*\s\p{Lu}/u.test(sentence);
  // Tokenising is the cost of indexing: skip it when neither a number nor a name can be there.
  const tokens = numbers || capitals ? tokenize(sentence) : [];
  const out = new Set<string>();
  if (numbers) tokens.forEach((_, i) => {
    const quantity = isQuantity(tokens, i, sentence);
    if (!quantity && !/^\d/.test(tokens[i]!.folded)) return;
    if (quantity) out.add(FACT.quantity);
    const unit = unitAfter(tokens, i);
    if (unit) out.add(unit);
    if (unit === FACT.price) out.add(FACT.money);
  });
  // A length in a sentence about a speed ("Die Höchstgeschwindigkeit liegt bei 80 Kilometern") is read as the speed; beside
  // a speed stated as such ("860 Metern Seillänge … mit bis zu 30 Kilometern pro Stunde") it stays a length.
  if (/geschwindigkeit|tempo/.test(folded) && out.has(FACT.length) && !out.has(FACT.speed)) {
    out.add(FACT.speed);
    out.delete(FACT.length);
  }
  // "Tempo 70", "Tempo-30-Zone": a speed limit in km/h without its unit.
  if (SPEED_LIMIT.test(folded)) out.add(FACT.speed);
  if (UNTIL.test(folded) || DURATION_ADJECTIVE.test(folded) || ONE_UNIT.test(folded) || (IN_A_ROW.test(folded) && COUNT_LONG.test(folded)) || WITHIN_ONE_UNIT.test(folded) || (BEGINS.test(folded) && ENDS.test(folded) && CLOCK.test(folded))) out.add(FACT.duration);
  if (ONE_MONEY.test(folded) || PAY_SUM.test(folded)) out.add(FACT.money).add(FACT.price);
  if (FREE_OF_CHARGE.test(folded)) out.add(FACT.price);
  if (AGE.test(folded) || AGE_AFTER_NAME.test(sentence)) out.add(FACT.age);
  if (ERA.test(folded)) out.add(FACT.era);
  if (PARTY.test(sentence)) out.add(FACT.party);
  if (STATE.test(folded)) out.add(FACT.state);
  if (FACTION.test(sentence)) out.add(FACT.faction);
  if (BEARS.test(folded) && (out.has(FACT.money) || COST_SHARE.test(folded))) out.add(FACT.payer);
  if (CLOCK.test(folded)) out.add(FACT.clock);
  if (numbers && SHARE.test(folded)) out.add(FACT.share);
  if (capitals && hasPersonalName(tokens)) out.add(FACT.person);
  if (LEADER.test(folded) && !NOT_LEADER.test(folded)) out.add(FACT.leader);
  if (TALLY.test(folded)) out.add(FACT.tally);
  if (AGAINST.test(folded)) out.add(FACT.against);
  return [...out];
}
