/**
 * Measure questions and the unit their answer needs: "wie schnell" wants a speed
 * ("18 Kilometer pro Sekunde"), "wie schwer" a mass, "wie lange" a duration, "was kostet" /
 * "wie teuer" / "wie viel Geld" an amount of money. The unit is a marker key of the answer
 * sentence (see text/facts.ts), so it counts in coverage like a word, and a sentence without
 * it does not answer the question.
 */
import { FACT } from '../text/facts.js';
import { withinOneEdit } from '../text/edit-distance.js';
import { NAME_ASKING } from './question-focus.js';

export interface Marker {
  /** A marker key of text/facts.ts. */
  key: string;
  /** How well a sentence with this marker answers, 0..1. */
  weight: number;
}

/** Things whose length is the number on them ("Warteliste", "Schlange"), folded. */
const QUEUE = /(?:liste|listen|schlange)$/;

const one = (key: string): Marker[] => [{ key, weight: 1 }];

/** Measure adjective (folded) after "wie" -> the markers of its answer. Ambiguous ones accept any quantity, weaker. */
const ADJECTIVES: Readonly<Record<string, Marker[]>> = {
  schnell: one(FACT.speed),
  alt: [{ key: FACT.age, weight: 1 }, { key: FACT.era, weight: 1 }],
  lange: [{ key: FACT.duration, weight: 1 }],
  lang: [{ key: FACT.duration, weight: 1 }, { key: FACT.length, weight: 1 }],
  teuer: one(FACT.money),
  billig: one(FACT.money),
  guenstig: one(FACT.money),
  warm: one(FACT.temperature),
  heiss: one(FACT.temperature),
  kalt: one(FACT.temperature),
  laut: one(FACT.loudness),
  weit: one(FACT.length),
  tief: one(FACT.length),
  breit: one(FACT.length),
  schwer: one(FACT.mass),
  hoch: [{ key: FACT.money, weight: 1 }, { key: FACT.length, weight: 1 }, { key: FACT.temperature, weight: 1 }, { key: FACT.quantity, weight: 0.7 }],
  gross: [{ key: FACT.length, weight: 1 }, { key: FACT.area, weight: 1 }, { key: FACT.money, weight: 1 }, { key: FACT.quantity, weight: 0.7 }],
  // "Wie knapp war die Abstimmung?": the figures of the result ("mit 23 zu 19 Stimmen").
  knapp: one(FACT.quantity),
};

/** Words stating a measure outright ("27 Kilometer lange", "eine Länge von 60 Metern"), for its adjective. */
const STATED_BY: Readonly<Record<string, string[]>> = {
  lang: ['lang', 'laenge'], lange: ['lang', 'laenge'], hoch: ['hoch', 'hoehe'], tief: ['tief', 'tiefe'], breit: ['breit', 'breite'],
  weit: ['weit', 'entfernung'], schwer: ['schwer', 'gewicht'], gross: ['gross', 'groesse'], schnell: ['schnell', 'geschwindigkeit', 'tempo'],
  laut: ['laut', 'lautstaerke', 'laerm'],
};

/** The words that state the measure a question asks with "wie <adjective>" outright, or none. */
export function measureStatedBy(words: readonly string[]): string[] {
  const at = words.indexOf('wie');
  const adjective = at >= 0 ? measureAdjective(words[at + 1] ?? '') : null;
  return adjective ? STATED_BY[adjective] ?? [] : [];
}

/*
 * Folded word lists, looked up for the words of every question: sets, not anchored regexes
 * (a Set lookup is several times cheaper than a regex run and matches exactly the same words).
 */
/** Verb forms of "kosten" (not the noun "Kosten" alone: "Wer trägt die Kosten?"). */
const COST_FORMS: ReadonlySet<string> = new Set(['kostet', 'kosten', 'kostete', 'kosteten', 'gekostet', 'kostest']);
/** Whether a folded word is a form of "kosten": the money marker stands for it in the question's terms. */
export function isCostVerb(word: string): boolean {
  // ("kosted", "kostett": a slip of "kostet" is no other word.)
  return COST_FORMS.has(word) || (word.startsWith('kost') && withinOneEdit(word, 'kostet'));
}

/** "Geld" and readers' words for it ("Wie viel Knete kriegt …"), folded. */
const MONEY_WORDS: ReadonlySet<string> = new Set(['geld', 'knete', 'zaster', 'moneten', 'kohle', 'kroeten', 'piepen', 'penunzen', 'kies']);
/** Whether a folded word is "Geld" or a readers' word for it. */
export function isMoneyWord(word: string): boolean {
  return MONEY_WORDS.has(word);
}

/** Nouns of a sum of money after "wie viel" ("Wie viel Miete zahlt …"), folded. */
const MONEY_NOUNS: ReadonlySet<string> = new Set(['miete', 'pacht', 'gebuehr', 'gebuehren', 'eintritt', 'lohn', 'gehalt', 'honorar', 'steuer', 'steuern', 'beitrag',
  'zuschuss', 'foerderung', 'foerdergeld', 'spenden', 'gewinn', 'schulden', 'kaution', 'abfindung', 'praemie', 'rente', 'wert']);
/** Heads of nouns that name a sum of money whatever their measure adjective ("Gesamtkosten", "Mietpreis"), folded. */
const SUM_HEADS: readonly string[] = ['kosten', 'preis', 'preise', 'beitrag', 'beitraege', 'schaden', 'summe', 'betrag', 'budget', 'etat', 'defizit', 'schulden', 'miete', 'gebuehr',
  'gebuehren', 'zuschuss', 'foerderung', 'bussgeld', 'geldstrafe', 'investition', 'investitionen', 'einnahmen', 'ausgaben', 'umsatz', 'gehalt', 'lohn',
  // ("Wie hoch ist die Beute?": what was taken, by its worth.)
  'beute', 'verlust', 'verluste', 'erloes'];
/** Whether a folded word names a sum of money, itself or as a compound's head ("Baukosten", "Kaltmiete"). */
export function isSumNoun(word: string): boolean {
  return MONEY_NOUNS.has(word) || SUM_HEADS.some((head) => word.endsWith(head));
}
/** Heads of nouns of things whose size is a length ("Radstrecke", "Hängebrücke", "Maibaum"), folded. */
const LONG_HEADS: readonly string[] = ['strecke', 'strecken', 'weg', 'wege', 'steig', 'pfad', 'route', 'runde', 'bruecke', 'tunnel', 'leitung', 'leitungen', 'netz',
  'zaun', 'strasse', 'umleitung', 'rutsche', 'damm', 'deich', 'kanal', 'graben', 'mauer', 'wand', 'baum', 'mast', 'seil', 'rohr', 'kabel', 'piste', 'schneise',
  'abschnitt', 'teilstueck', 'bruchstelle', 'anleger', 'bahnsteig', 'landebahn', 'startbahn', 'gang', 'schlange', 'kette'];
/** Whether a folded word names a thing whose size is a length, itself or as a compound's head. */
function isLongThing(word: string): boolean {
  return headAmong(word, LONG_HEADS) !== undefined;
}

/** Heads of nouns of a piece of ground or water, whose size is an area or a length ("Baggersee", "Freigelände"), folded. */
const GROUND_HEADS: readonly string[] = ['see', 'weiher', 'teich', 'becken', 'gelaende', 'grundstueck', 'grundstuecke', 'flaeche', 'flaechen', 'areal', 'gebiet',
  'park', 'garten', 'wald', 'feld', 'acker', 'weide', 'wiese', 'insel', 'gehege', 'spielplatz', 'halle', 'saal'];

/** The kind of ground or water a folded word names ("naturschutzgebiet" -> "gebiet"), itself or as a compound's head, if any. */
export function groundHead(word: string): string | undefined {
  return headAmong(word, GROUND_HEADS);
}

/** The one of `heads` a folded word is, or ends in as a compound's head with a modifier of three letters or more. */
function headAmong(word: string, heads: readonly string[]): string | undefined {
  return heads.find((head) => word === head || (word.length >= head.length + 3 && word.endsWith(head)));
}
const GROUND_MARKERS: Marker[] = [{ key: FACT.area, weight: 1 }, { key: FACT.length, weight: 1 }];
/** Nouns of an area after "wie viel" ("Wie viel Fläche …"), folded. */
const AREA_NOUNS: ReadonlySet<string> = new Set(['flaeche', 'flaechen']);
/** Whether a folded word asks for an area ("Fläche"): the area marker stands for it in the question's terms. */
export function isAreaNoun(word: string): boolean {
  return AREA_NOUNS.has(word);
}
const WEIGH_VERBS: ReadonlySet<string> = new Set(['wiegt', 'wiegen', 'wog', 'wogen', 'gewogen']);
/** Forms of costing, paying, spending and earning after "wie viel" ("Wie viel kostet …", "… bezahlt?", "… ausgeben?"), folded. */
const COST_VERBS: ReadonlySet<string> = new Set([...COST_FORMS, 'verdient', 'verdienen', 'verdiente', 'zahlt', 'zahlen', 'zahlte', 'gezahlt', 'bezahlt', 'bezahlen', 'bezahlte',
  'ausgeben', 'ausgegeben', 'ausgibt', 'ausgab', 'investiert', 'investieren', 'investierte', 'gespendet', 'spendet', 'spendete', 'verlangt', 'verlangen', 'verlangte']);

/** Forms of "nehmen" whose particle "ein" ends the question ("Wie viel nimmt … ein?"), and of "einnehmen" in one word, folded. */
const TAKE_FORMS: ReadonlySet<string> = new Set(['nimmt', 'nehmen', 'nahm', 'nahmen']);
const TAKEN_IN: ReadonlySet<string> = new Set(['eingenommen', 'einnehmen', 'einnimmt', 'einnahmen']);

/** Forms of "verdienen", folded. */
const EARN_FORMS: ReadonlySet<string> = new Set(['verdient', 'verdienen', 'verdiente', 'verdienst']);

/** The markers a question's answer needs, from its folded words, or null when it asks no measure. */
export function measureMarkers(words: readonly string[]): { markers: Marker[]; markersRequired: boolean } | null {
  const markers = measureOf(words);
  return markers ? { markers, markersRequired: markers.every((marker) => marker.weight === 1) } : null;
}

const ADJECTIVE_NAMES = Object.keys(ADJECTIVES);
/** Measure adjective of a folded word after "wie", allowing one typo in longer ones; remembered per word. */
const adjectiveOf = new Map<string, string | null>();

function measureAdjective(next: string): string | null {
  let found = adjectiveOf.get(next);
  if (found === undefined) {
    found = ADJECTIVE_NAMES.find((candidate) => next === candidate || (next.length >= 5 && candidate.length >= 5 && withinOneEdit(next, candidate))) ?? null;
    if (adjectiveOf.size >= 10_000) adjectiveOf.clear();
    adjectiveOf.set(next, found);
  }
  return found;
}

/**
 * "Wie schnell war die Feuerwehr da?", "Wie schnell muss die Post zustellen?", "Wie schnell war das Geld weg?" ask how
 * soon, not how fast: folded words.
 */
const HOW_SOON: ReadonlySet<string> = new Set(['da', 'dort', 'ort', 'stelle', 'fertig', 'weg', 'leer', 'vergriffen', 'ausverkauft', 'ausgebucht', 'muss', 'muessen', 'kann', 'koennen', 'soll', 'sollen', 'will', 'wollen']);
/** Verbs of moving, folded: "Wie schnell durfte er dort fahren?" asks how fast after all. */
const MOVING: ReadonlySet<string> = new Set(['fahren', 'faehrt', 'fuhr', 'fuhren', 'gefahren', 'fliegen', 'fliegt', 'flog', 'geflogen', 'rasen', 'rast', 'raste', 'gerast', 'laufen', 'laeuft', 'lief', 'gelaufen', 'rollen', 'rollt']);
const HOW_SOON_MARKERS: Marker[] = [{ key: FACT.duration, weight: 1 }, { key: FACT.speed, weight: 1 }];

/** "finanziell", folded: what a question asks with it is money. */
const FINANCIAL: ReadonlySet<string> = new Set(['finanziell', 'finanziellen', 'geldlich']);
/** Forms of paying, folded: with "pro" or "je" they ask a price for each ("Was zahlt man pro Stunde?"). */
const PAY_FORMS: ReadonlySet<string> = new Set(['zahlt', 'zahlen', 'zahlte', 'zahlten', 'gezahlt', 'bezahlt', 'bezahlen', 'bezahlte', 'bezahlten']);
/** Forms of charging, folded ("verlangt", "kassiert", "berechnet"; "nimmt … pro" is read as "verlangt"). */
const CHARGE_FORMS: ReadonlySet<string> = new Set(['verlangt', 'verlangen', 'verlangte', 'verlangten', 'kassiert', 'kassieren', 'kassierte', 'berechnet', 'berechnen', 'berechnete']);

function measureOf(words: readonly string[]): Marker[] | null {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // ("Wieviel verdient …" as "Wie viel verdient …".)
    const joined = word.startsWith('wieviel');
    if (word !== 'wie' && !joined) continue;
    const next = joined ? word.slice(3) : words[i + 1] ?? '';
    const after = words[joined ? i + 1 : i + 2] ?? '';
    if (!NAME_ASKING.has(next)) {
      const adjective = measureAdjective(next);
      if (adjective === 'schnell' && words.some((other) => HOW_SOON.has(other)) && !words.some((other) => MOVING.has(other))) return HOW_SOON_MARKERS;
      // "Wie hoch sind die Schulden?", "Wie groß ist der Schaden?": a sum of money, not any figure ("46 Beschäftigte").
      if ((adjective === 'hoch' || adjective === 'gross') && words.some(isSumNoun)) return one(FACT.money);
      // "Wie lang ist der Maibaum?", "… die Brücke?": a length, not a span of time ("Drei Tage vor dem Maifest …").
      if (adjective === 'lang' && words.some(isLongThing)) return one(FACT.length);
      // "Wie lang ist die Warteliste?": how many are on it ("130 Kinder"), a count.
      if (adjective === 'lang' && words.some((other) => QUEUE.test(other))) return one(FACT.quantity);
      // "Wie groß ist der Hirschweiher?", "… das Gelände?": an area or a length, not any figure ("sieben Grad", "117 Dauercamper").
      if (adjective === 'gross' && words.some((word) => groundHead(word) !== undefined)) return GROUND_MARKERS;
      if (adjective) return ADJECTIVES[adjective]!;
      if (next.startsWith('viel') && (MONEY_WORDS.has(after) || MONEY_NOUNS.has(after))) return one(FACT.money);
      // "Für wie viel ist das Gemälde versichert?", "Für wieviel wurde das Haus verkauft?": a price, a sum in a currency.
      if (next === 'viel' && words[i - 1] === 'fuer') return one(FACT.price);
      // "Wie viel Fläche …" asks an area ("24 Hektar").
      if (next.startsWith('viel') && AREA_NOUNS.has(after)) return one(FACT.area);
      // "Wie viel kostet …", "Wie viel … bezahlt?" ask for a price: a sum in a currency, not a percentage.
      if (next.startsWith('viel') && COST_VERBS.has(after)) return one(FACT.price);
      // "Wie viel nimmt die Gemeinde damit ein?", "Wie viel wurde eingenommen?" ask for a sum taken in.
      if (next.startsWith('viel') && ((TAKE_FORMS.has(after) && words[words.length - 1] === 'ein') || words.some((word) => TAKEN_IN.has(word)))) return one(FACT.money);
      // "Wie viel will die Stadt für das Gebäude bezahlen?": "viel" (not "viele") with a verb of paying at the end.
      if (next === 'viel' && COST_VERBS.has(words[words.length - 1]!)) return one(FACT.price);
      // "Wie viel wiegt X?" asks a mass.
      if (next.startsWith('viel') && WEIGH_VERBS.has(after)) return one(FACT.mass);
    }
  }
  // "In welchem Umkreis …", "Welchen Abstand …" ask a distance ("innerhalb von 1,5 Kilometern"); "Mit welcher
  // Geschwindigkeit …" a speed.
  for (let i = 1; i < words.length; i++) {
    const unit = WHICH_FORMS.has(words[i - 1]!) ? measureNounUnit(words[i]!) : undefined;
    if (unit) return one(unit);
    // "In welcher Zeit …" asks how long ("in 44,8 Sekunden").
    if (words[i] === 'zeit' && words[i - 1] === 'welcher' && words[i - 2] === 'in') return one(FACT.duration);
  }
  // Any form of "kosten" after "was" asks for a price ("Was kostet …", "Was hat … gekostet?").
  if (words.includes('was') && words.some(isCostVerb)) return one(FACT.price);
  // So does "verdienen" after "was" ("Was verdient ein Azubi?" ~ "… bekommen im ersten Lehrjahr 950 Euro im Monat").
  // (Not "zahlen": "Was zahlt der Landkreis für die Azubis?" is answered by "das Deutschlandticket" as often as by a sum.)
  if (words[0] === 'was' && words.some((word) => EARN_FORMS.has(word))) return one(FACT.price);
  // "Was hätte die Gemeinde finanziell davon?": a sum of money.
  if (words.includes('was') && words.some((word) => FINANCIAL.has(word))) return one(FACT.money);
  // "Was verlangt der Caterer pro Essen?", "Was kassiert die Stadt je Stellplatz?", "Was zahlt Russland pro Granate?": a
  // charge or payment for each, a price.
  if (words.includes('was') && words.some((word) => CHARGE_FORMS.has(word) || PAY_FORMS.has(word)) && words.some((word) => word === 'pro' || word === 'je')) return one(FACT.price);
  // "In welcher Partei ist Gruber?": the party the article names with the person ("Thomas Gruber (CSU)").
  if (words.some(isPartyWord)) return one(FACT.party);
  return null;
}

/** Nouns of a measure, folded, and the unit they ask after "welchem" ("In welchem Umkreis …", "Mit welcher Geschwindigkeit …"). */
const MEASURE_NOUN_UNITS: ReadonlyMap<string, string> = new Map([
  ...['umkreis', 'radius', 'entfernung', 'abstand'].map((word) => [word, FACT.length] as const),
  ...['geschwindigkeit', 'tempo'].map((word) => [word, FACT.speed] as const),
  ['temperatur', FACT.temperature],
  ['bundesland', FACT.state],
]);
/** Forms of "welche", folded. */
export const WHICH_FORMS: ReadonlySet<string> = new Set(['welche', 'welchem', 'welchen', 'welcher', 'welches']);
/** Shortest measure noun that ends a compound asking the same measure ("Windgeschwindigkeit", "Wassertemperatur"). */
const MIN_MEASURE_HEAD = 6;

/** The unit a folded measure noun asks for, also in the plural or as the head of a compound ("Windgeschwindigkeiten"). */
function measureNounUnit(word: string): string | undefined {
  for (const form of [word, word.replace(/e?n$/, '')]) {
    const unit = MEASURE_NOUN_UNITS.get(form);
    if (unit) return unit;
    for (const [noun, nounUnit] of MEASURE_NOUN_UNITS) if (noun.length >= MIN_MEASURE_HEAD && form.length - noun.length >= 3 && form.endsWith(noun)) return nounUnit;
  }
  return undefined;
}

/** Whether a folded word asks a measure after "welchem" ("In welchem Umkreis …", "Welche Windgeschwindigkeiten …"): its unit's marker stands for it. */
export function isMeasureNoun(word: string): boolean {
  return measureNounUnit(word) !== undefined;
}

const PARTY_WORDS: ReadonlySet<string> = new Set(['partei', 'parteien', 'parteibuch', 'parteizugehoerigkeit']);
/** Whether a folded word asks for a party ("Partei", "Parteibuch"): the party marker stands for it in the question's terms. */
export function isPartyWord(word: string): boolean {
  return PARTY_WORDS.has(word);
}

/** Whether a question's terms ask for a sum of money ("Was kostet …", "Wie teuer …"): one of them has the money marker. */
export function asksMoney(terms: readonly { markers?: readonly Marker[] | undefined }[]): boolean {
  return terms.some((term) => term.markers?.some((marker) => marker.key === FACT.money || marker.key === FACT.price) === true);
}
