/**
 * Colloquial words and synonym groups, general German only (never words of one article).
 * Colloquial forms are replaced by the standard verb before matching ("kriegt" -> "bekommen",
 * so it cannot meet "Krieg"); synonym groups let a question verb meet the article's verb
 * at a lower weight.
 */
import { isTypoOf } from './edit-distance.js';
import { fold } from './normalize.js';
import { wordKeys } from './keys.js';
import { memoizeWords } from './memo.js';
import { SYNONYM_GROUP_KEYS } from './synonym-keys.de.js';
import { hyponymTable, notNouns, thesaurusGroups, thesaurusIndex } from './thesaurus.js';
import { SortedLines } from './sorted-lines.js';

/** Colloquial infinitive -> standard infinitive; regular forms are derived. */
const COLLOQUIAL: readonly (readonly [string, string])[] = [
  ['kriegen', 'bekommen'], ['gucken', 'schauen'], ['kucken', 'schauen'], ['kapieren', 'verstehen'],
  ['klauen', 'stehlen'], ['quatschen', 'reden'], ['labern', 'reden'], ['pennen', 'schlafen'],
  ['abhauen', 'fliehen'], ['checken', 'verstehen'], ['blechen', 'bezahlen'], ['futtern', 'essen'],
  ['schmeissen', 'werfen'], ['kloppen', 'schlagen'], ['zocken', 'spielen'], ['flitzen', 'rennen'],
  ['dichtmachen', 'schliessen'], ['zumachen', 'schliessen'], ['aufmachen', 'eroeffnen'],
];

/**
 * A capital stands for its country in the news ("Moskau und Pjöngjang wollen …" for Russia and
 * North Korea), as do a few seats of government. General world knowledge, one group per country.
 */
const PLACE_GROUPS: readonly string[] = [
  'russland moskau kreml', 'nordkorea pjoengjang pyongyang', 'suedkorea seoul', 'china peking', 'japan tokio', 'indien neudelhi delhi',
  'usa us amerika washington', 'kanada ottawa', 'brasilien brasilia', 'ukraine kiew kyjiw',
  'deutschland berlin bundesregierung bundesweit bundesweite bundesweiten deutschlandweit deutschlandweite deutschlandweiten',
  'eu europaeisch europaeische europaeischen europaeischer europaeisches', 'frankreich paris elysee', 'grossbritannien london', 'italien rom', 'spanien madrid',
  'portugal lissabon', 'oesterreich wien', 'schweiz bern', 'polen warschau', 'tschechien prag', 'ungarn budapest',
  'slowakei bratislava', 'rumaenien bukarest', 'bulgarien sofia', 'griechenland athen', 'tuerkei ankara', 'serbien belgrad',
  'kroatien zagreb', 'slowenien ljubljana', 'belgien bruessel', 'niederlande amsterdam', 'daenemark kopenhagen',
  'schweden stockholm', 'norwegen oslo', 'finnland helsinki', 'irland dublin', 'island reykjavik', 'estland tallinn',
  'lettland riga', 'litauen vilnius', 'belarus weissrussland minsk', 'moldau chisinau', 'georgien tiflis', 'armenien eriwan',
  'aserbaidschan baku', 'iran teheran', 'irak bagdad', 'syrien damaskus', 'israel jerusalem', 'libanon beirut',
  'jordanien amman', 'aegypten kairo', 'saudiarabien riad', 'afghanistan kabul', 'pakistan islamabad', 'taiwan taipeh',
  'vietnam hanoi', 'thailand bangkok', 'philippinen manila', 'indonesien jakarta', 'australien canberra', 'suedafrika pretoria',
  'kenia nairobi', 'nigeria abuja', 'aethiopien addis',
];

/**
 * Synonym groups: any listed form meets any other. Infinitives plus common forms. Their keys are kept in
 * synonym-keys.de.ts: re-run scripts/build-synonym-keys.ts after changing a group (a test checks they agree).
 */
export const GROUPS: readonly string[] = [
  'bekommen bekommt bekam erhalten erhaelt erhielt empfangen empfaengt',
  'brauchen braucht brauchte benoetigen benoetigt benoetigte mangelt mangelte fehlt fehlte',
  'helfen hilft half unterstuetzen unterstuetzt unterstuetzte',
  'sagen sagt sagte erklaeren erklaert erklaerte aeussern aeussert aeusserte',
  'kaufen kauft kaufte erwerben erwirbt erwarb',
  'beginnen beginnt begann anfangen faengt fing starten startet startete',
  'beenden beendet beendete aufhoeren stoppen stoppt',
  'oeffnen oeffnet oeffnete geoeffnet eroeffnen eroeffnet eroeffnete',
  'schicken schickt schickte senden sendet sandte liefern liefert lieferte',
  'treffen trifft traf begegnen begegnet gespraech gespraeche',
  'toeten toetet toetete umbringen ermorden ermordet',
  'sterben stirbt starb umkommen',
  'zahlen zahlt zahlte bezahlen bezahlt bezahlte',
  'reden redet redete sprechen spricht sprach',
  'planen plant plante beabsichtigen beabsichtigt',
  'verbieten verbietet verbot untersagen untersagt',
  'erlauben erlaubt erlaubte gestatten gestattet',
  'zeigen zeigt zeigte praesentieren praesentiert',
  'sehen sieht sah beobachten beobachtet sichten sichtet gesichtet erkennen erkennt erkannt',
  'fuerchten fuerchtet befuerchten befuerchtet',
  'loben lobt lobte wuerdigen wuerdigt',
  'kritisieren kritisiert kritisierte bemaengeln bemaengelt kritik vorwerfen vorwurf vorwuerfe vorgeworfen beschweren beschwert beschwerte beschwerde beschwerden',
  'verhaften verhaftet festnehmen festgenommen schnappen schnappt geschnappt',
  // Evenings where residents are told about a plan ("Wann ist die Infoveranstaltung?" where the article says "Infoabend").
  'infoveranstaltung informationsveranstaltung infoabend informationsabend buergerabend buergerversammlung einwohnerversammlung',
  // Building work on what stands ("Wie teuer war der Umbau?" where the article says "Sanierung").
  'umbau umbaus umbauen umgebaut sanierung sanieren saniert modernisierung modernisieren modernisiert',
  // Abbreviations of large numbers ("5 Mio. Geschosse").
  'millionen million mio', 'milliarden milliarde mrd',
  'gewinnen gewinnt gewann siegen siegt',
  'verlieren verliert verlor',
  'wohnen wohnt leben lebt',
  'arbeiten arbeitet beschaeftigen beschaeftigt taetig',
  'gruenden gruendet gegruendet',
  'tun tut tat machen macht machte unternehmen unternimmt',
  'sinken sinkt sank gesunken zurueckgehen zurueckgeht fallen faellt fiel abnehmen schrumpfen schrumpft',
  'steigen steigt stieg gestiegen zunehmen waechst wachsen anstieg',
  'job jobs stelle stellen arbeitsplatz arbeitsplaetze arbeit',
  'leute leuten menschen personen',
  'beschaeftigte beschaeftigten mitarbeiter mitarbeitende angestellte angestellten belegschaft',
  'granate granaten geschoss geschosse projektil projektile',
  'buendnis buendnisse allianz allianzen pakt',
  'teil teile teilen abschnitt abschnitte abschnitten',
  // Arms in general ("Welches Kriegsmaterial schickt …?" where the article says "Munition").
  'ruestungsgueter ruestungsguetern kriegsmaterial waffen waffe munition',
  'errichten errichtet errichtete errichteten aufbauen aufgebaut',
  'fahrrad fahrraeder rad raeder velo velos',
  // A German state, as its constitution names three of them ("Hilft das Land?" where the article says "der Freistaat").
  'land bundesland freistaat',
  // What falls down ("Wann ist die Mauer umgefallen?" where the article says "eingestürzt").
  'einstuerzen einstuerzt eingestuerzt stuerzte umfallen umgefallen umstuerzen umgestuerzt zusammenbrechen zusammengebrochen einsturz',
  'atom atomar atomare atomaren nuklear nukleare nuklearen',
  // What was first ("Wo hing das Bild ursprünglich?" where the article says "einst das Hauptaltarbild der Klosterkirche").
  'urspruenglich urspruengliche urspruenglichen einst einstmals anfangs',
  // The church as its diocese ("Will die Kirche das Bild zurück?" where the article says "Das Bistum …").
  'kirche bistum bistums bistuemer dioezese dioezesen erzbistum erzbistums',
  'absagen abgesagt ausfallen ausgefallen entfallen entfaellt',
  'student studenten studentin studentinnen studierende studierenden',
  'lehrer lehrerin lehrerinnen lehrkraft lehrkraefte lehrende lehrenden',
  'fahrgast fahrgaeste passagier passagiere reisende reisenden gast gaeste gaesten',
  'besucher besucherinnen zuschauer zuschauern zuschauerinnen',
  'pflegekraft pflegekraefte pfleger pflegerin pflegerinnen pflegepersonal',
  'zuschuss zuschuesse foerderung foerdergeld foerdergelder foerdermittel foerderprogramm foerderprogramme subvention subventionen praemie praemien',
  'warm waerme heiss temperatur temperaturen grad',
  'kalt kaelte kuehl kuehler abkuehlung',
  'billig billiger guenstig guenstiger preiswert',
  'teuer teurer kosten kostet preis preise',
  'rabatt rabatte ermaessigung ermaessigungen nachlass preisnachlass verguenstigung verguenstigungen',
  'haelfte halb halbe halben halber halbes',
  'bauer bauern landwirt landwirte',
  'hof hoefe bauernhof bauernhoefe betrieb betriebe farm farmen',
  'winzer winzerin weinbauer weinbauern',
  // ("Wie viele Polizisten …" ~ "sechs zusätzliche Beamtinnen und Beamte": in a police story the officers.)
  'polizist polizisten polizistin polizistinnen beamte beamten beamtin beamtinnen polizeibeamte polizeibeamten polizeibeamtin',
  'patient patienten patientin patientinnen erkrankte erkrankten kranke kranken',
  'fluechtling fluechtlinge fluechtlingen gefluechtete gefluechteten asylbewerber',
  'fussgaenger fussgaengerin passanten passantin',
  // ("Wie viele Läden stehen leer?" ~ "23 von 142 Ladenlokalen stehen leer".)
  'ladenlokal ladenlokale ladenlokalen geschaeft geschaefte laeden',
  'helfer helferin retter retterin einsatzkraft einsatzkraefte rettungskraft rettungskraefte hilfskraft hilfskraefte freiwillige freiwilligen ehrenamtliche ehrenamtlichen ehrenamtler feuerwehrleute feuerwehrleuten',
  'lohn loehne gehalt gehaelter verdienst',
  // ("Was war die Ursache für das Feuer?" ~ "gegen den Brand"; "Seit wann geht der Ärger?" ~ "Die Auseinandersetzung …".)
  'feuer brand flammen',
  'aerger streit zoff knatsch zwist auseinandersetzung',
  'kneipe kneipen gaststaette gaststaetten gasthof gasthaus wirtshaus',
  'firma firmen unternehmen konzern betrieb',
  'chef chefin leiter leiterin',
  'chef chefin boss geschaeftsfuehrer geschaeftsfuehrerin',
  'arzt aerzte aerztin mediziner doktor doktoren',
  'krankenhaus krankenhaeuser klinik kliniken klinikum spital',
  'azubi azubis auszubildende auszubildenden lehrling lehrlinge',
  'auto autos wagen fahrzeug fahrzeuge pkw pkws personenwagen kfz transporter kleintransporter lieferwagen',
  'lkw lkws lastwagen laster lastkraftwagen',
  'reisen reist reiste gereist besuchen besucht besuchte reise besuch',
  'zuhause daheim heim',
  'geld euro summe betrag kohle knete zaster moneten budget budgets',
  // "Was droht Paddlern, die sich nicht an die Regeln halten?" ~ "Wer gegen die Regeln verstößt, riskiert ein Bußgeld".
  'drohen droht drohte drohten riskieren riskiert riskierte',
  // "Wie viele Leute passen in die Gondel?": room for them ("38 Kabinen mit jeweils zehn Plätzen", "bietet Platz für 2.800").
  // ("fassen" is left out: "einen Beschluss fassen" is no room.)
  'passen passt reinpassen reinpasst hineinpassen platz plaetze plaetzen sitzplaetze sitzplaetzen stehplaetze',
  'kind kinder nachwuchs kids',
  'kita kitas kindertagesstaette kindertagesstaetten kindergarten kindergaerten',
  'grund gruende ursache ursachen ausloeser anlass',
  'solarmodul solarmodule solarpanel solarpanele solarpanels solarpaneel solarpaneele',
  'haus haeuser gebaeude',
  'fachzeitschrift fachzeitschriften fachjournal fachjournalen fachmagazin fachblatt',
  'filiale filialen geschaeftsstelle geschaeftsstellen zweigstelle zweigstellen niederlassung niederlassungen',
  'keim keime erreger',
  'unfall unfaelle unglueck ungluecke crash kollision zusammenstoss',
  'reparatur reparaturen instandsetzung sanierung sanierungen',
  'sorge sorgen befuerchtung befuerchtungen bedenken angst aengste fuerchten fuerchtet',
  'bemerken bemerkt bemerkte merken merkt merkte gemerkt auffallen aufgefallen entdecken entdeckt entdeckte feststellen festgestellt',
  'ergebnis resultat',
  'strafe strafen haft haftstrafe gefaengnis gefaengnisstrafe freiheitsstrafe bussgeld bussgelder knast',
  'ticket tickets fahrkarte fahrkarten fahrschein fahrscheine eintritt eintrittskarte eintrittskarten',
  'zurueckbekommen zurueckerhalten erstatten erstattet erstattung rueckerstattung zurueckzahlen zurueckgezahlt',
  // A deed coming to light ("Wie ist das Ganze rausgekommen?" where the article says "Aufgeflogen ist der Schwindel …").
  'rauskommen rausgekommen rauskam herauskommen herausgekommen herauskam auffliegen aufgeflogen',
  // Money that comes in ("Wie viel Geld ist schon zusammengekommen?" where the article says "3.850 Euro eingegangen").
  'zusammengekommen zusammenkommen zusammenkam eingegangen eingehen einging gesammelt sammeln sammelt sammelte reingekommen reinkommen eingenommen',
  // What makes up for a loss ("Gibt es eine Entschädigung?" where the article says "eine Gutschrift von 20 Euro").
  'entschaedigung entschaedigungen gutschrift gutschriften',
  'streik streiks ausstand arbeitsniederlegung',
  'wettbewerb wettbewerbe wettkampf wettkaempfe',
  'prioritaet prioritaeten stellenwert vorrang',
  'herstellung produktion fertigung',
  'dauern dauert dauerte andauern',
  'unterschreiben unterschreibt unterschrieb unterschrieben unterzeichnen unterzeichnet unterzeichnete unterzeichneten',
  'dicht gesperrt',
  'letzte letzten letzter letztes vergangene vergangenen vergangener vergangenes',
  'nachbar nachbarn nachbarin nachbarinnen anwohner anwohnerin anwohnerinnen anlieger',
  'haltestelle haltestellen station stationen',
  'sperrzone sperrzonen sperrbezirk sperrbezirke sperrgebiet sperrgebiete sperrkreis sperrkreise',
  'gegner gegnern gegnerin gegnerinnen kritiker kritikern kritikerin kritikerinnen',
  // In local news the opponents of a plan are mostly its citizens' initiative ("Die Bürgerinitiative … hat 1.900 Unterschriften gegen das Projekt gesammelt").
  'gegner gegnern buergerinitiative buergerinitiativen',
  'baby babys saeugling saeuglinge saeuglingen neugeborene neugeborenen',
  'handy handys smartphone smartphones mobiltelefon mobiltelefone',
  'klo klos toilette toiletten wc wcs',
  'raiba raiffeisenbank raiffeisenbanken',
  'dieb diebe dieben einbrecher einbrecherin einbrechern',
  'anfaenger anfaengerin anfaengern einsteiger einsteigerin einsteigern neuling neulinge neulingen',
  'lokfuehrer lokfuehrerin lokfuehrern triebfahrzeugfuehrer triebfahrzeugfuehrerin triebfahrzeugfuehrern',
  'online digital digitale digitalen digitaler digitales',
  'normal normale normalen normaler normales durchschnittlich durchschnittliche durchschnittlichen durchschnittlicher durchschnittliches',
  'einheimische einheimischen einheimischer ortsansaessige ortsansaessigen einwohner einwohnern einwohnerinnen',
  'stadtparlament stadtparlaments stadtverordnetenversammlung stadtrat stadtrats stadtrates',
  'security sicherheitsdienst sicherheitsdienste wachdienst wachschutz',
  'obergrenze obergrenzen hoechstgrenze gedeckelt deckelung begrenzt',
  'bauch magen',
  'betrunken betrunkene betrunkener betrunkenen alkoholisiert alkoholisierte alkoholisierter alkohol alkoholeinfluss',
  'rendite renditen dividende dividenden verzinsung ausschuettung',
  'rektor rektorin rektoren schulleiter schulleiterin schulleitung',
  'strafzettel knoellchen verwarnung verwarnungen verwarngeld',
  'kontodaten bankdaten bankverbindung kontoverbindung',
  'belohnung belohnungen praemie praemien',
  'op ops operation operationen eingriff eingriffe',
  'zahlung zahlungen transaktion transaktionen',
  'gegenleistung gegenleistungen gegenzug',
  'kohlendioxid co2',
  'kohlenmonoxid co',
  'kostenlos kostenlose kostenlosen kostenloser gratis umsonst kostenfrei kostenfreie gebuehrenfrei unentgeltlich',
  ...PLACE_GROUPS,
];

const colloquial = new Map<string, string>();
for (const [slang, standard] of COLLOQUIAL) {
  const base = slang.replace(/e?n$/, '');
  for (const form of [slang, `${base}e`, `${base}st`, `${base}t`, `${base}te`, `${base}ten`, `ge${base}t`]) colloquial.set(form, standard);
}

interface SynonymTable {
  groupKeys: string[][];
  groupsOfKey: Map<string, number[]>;
}
let table: SynonymTable | null = null;

/** The keys of each synonym group's words (each key once, in the words' order): what synonym-keys.de.ts holds. */
export function computeGroupKeys(): string[][] {
  return GROUPS.map((group) => [...new Set(group.split(' ').flatMap((word) => wordKeys(word)))]);
}

/**
 * The keys of the synonym groups, read on first use from the precomputed table: stemming the groups' 600 words
 * when a process answers its first question took 8 ms of an `ask` run's start.
 */
function synonymTable(): SynonymTable {
  if (table) return table;
  const groupKeys = SYNONYM_GROUP_KEYS.split('\n').map((line) => line.split(' '));
  const groupsOfKey = new Map<string, number[]>();
  groupKeys.forEach((keys, index) => {
    for (const key of keys) groupsOfKey.set(key, [...(groupsOfKey.get(key) ?? []), index]);
  });
  table = { groupKeys, groupsOfKey };
  return table;
}

/** The standard word for a colloquial folded word ("kriegt" -> "bekommen"), or the word itself. */
export function standardWord(folded: string): string {
  return colloquial.get(folded) ?? folded;
}

/** The standard verb for a folded word known to be a verb: also the bare stem ("krieg … zurück" -> "bekommen"). */
export function standardVerb(folded: string): string {
  return colloquial.get(folded) ?? colloquial.get(`${folded}en`) ?? folded;
}

/** The words of some groups as written, one set, made on first use. */
function wordsOfGroups(groups: readonly string[]): (word: string) => boolean {
  let words: ReadonlySet<string> | null = null;
  return (word) => (words ??= new Set(groups.flatMap((group) => group.split(' ')))).has(word);
}

/** Whether a folded word is a country or capital of the place groups ("usa", "moskau"): the thesaurus has no better word for it. */
export const isPlaceWord: (word: string) => boolean = wordsOfGroups(PLACE_GROUPS);

let standIns: Map<string, readonly string[]> | null = null;

/** The places standing for a folded place word ("pjoengjang" -> "nordkorea"; "nordkorea" -> "pjoengjang"), folded, or none. */
export function placeStandIns(word: string): readonly string[] {
  if (!standIns) {
    standIns = new Map();
    for (const group of PLACE_GROUPS) {
      const words = group.split(' ');
      for (const place of words) standIns.set(place, words.filter((other) => other !== place));
    }
  }
  return standIns.get(word) ?? NO_PARTS;
}

/** Whether a folded word is written as such in a synonym group ("laster", "auto"): a cheap test before stemming a part. */
export const isSynonymGroupWord: (word: string) => boolean = wordsOfGroups(GROUPS);

/** Keys of the synonyms of a word's keys (without the keys themselves). */
export function synonymKeys(keys: readonly string[]): string[] {
  const { groupKeys, groupsOfKey } = synonymTable();
  const out = new Set<string>();
  for (const key of keys) for (const group of groupsOfKey.get(key) ?? []) for (const synonym of groupKeys[group]!) out.add(synonym);
  for (const key of keys) out.delete(key);
  return [...out];
}

/**
 * Words that name a span by its parts, one way only: a reader's "im Sommer" is met by the article's "im Juni", but an
 * article's "im Sommer" does not say "im Juni". General knowledge of the calendar.
 */
const SPANS: readonly (readonly [string, string])[] = [
  ['fruehling fruehjahr', 'maerz april mai'],
  ['sommer', 'juni juli august'],
  ['herbst', 'september oktober november'],
  ['winter', 'dezember januar februar'],
  ['wochenende', 'samstag sonntag sonnabend'],
];
let partsOfSpan: Map<string, string[]> | null = null;

/** Keys of the parts of a span named by one of `keys` ("sommer" -> the keys of "Juni", "Juli", "August"), or none. */
export function spanPartKeys(keys: readonly string[]): readonly string[] {
  if (!partsOfSpan) {
    partsOfSpan = new Map();
    for (const [spans, parts] of SPANS) {
      const partKeys = parts.split(' ').flatMap((part) => wordKeys(part));
      for (const span of spans.split(' ')) for (const key of wordKeys(span)) partsOfSpan.set(key, partKeys);
    }
  }
  for (const key of keys) {
    const parts = partsOfSpan.get(key);
    if (parts) return parts;
  }
  return NO_PARTS;
}
const NO_PARTS: readonly string[] = [];

/** Verbs that imply their object: "Geld zurückbekommen" is "erstatten", so "Geld" need not be in the answer. */
const IMPLIED: readonly (readonly [string, string])[] = [
  ['zurueckbekommen zurueckerhalten erstatten erstattet zurueckzahlen zurueckgezahlt', 'geld'],
];
let impliedBy: Map<string, string> | null = null;

/** Whether the folded `noun` is implied by a verb with one of `verbKeys` ("Geld" by "zurückbekommen"). */
export function impliedObject(noun: string, verbKeys: readonly string[]): boolean {
  if (verbKeys.length === 0) return false;
  if (!impliedBy) {
    impliedBy = new Map();
    for (const [verbs, object] of IMPLIED) for (const verb of verbs.split(' ')) for (const key of wordKeys(verb)) impliedBy.set(key, object);
  }
  const table = impliedBy;
  return verbKeys.some((key) => table.get(key) === noun);
}

/** Folded form helper for callers holding surface text. */
export function standardSurface(surface: string): string {
  return standardWord(fold(surface));
}

/** Letters a misspelt key shares with the listed key it stands for, at the start (slips there are rare); three from seven. */
const SAME_START = 2;
const LONG_KEY = 7;

/**
 * The keys of the synonym lists and the thesaurus one edit from `key` (see isTypoOf) that start with its first two
 * letters, three for a key of seven or more ("lezt" -> letzt, "helikop" -> helikopt). The thesaurus is scanned only over the lines of that start: a
 * bisection finds them, and only lines of about the key's length are compared.
 */
export function listedKeysOneEditFrom(key: string): string[] {
  const out: string[] = [];
  if (key.length <= SAME_START) return out;
  const start = key.slice(0, key.length >= LONG_KEY ? SAME_START + 1 : SAME_START);
  for (const listed of synonymTable().groupsOfKey.keys()) {
    if (listed.startsWith(start) && listed !== key && Math.abs(listed.length - key.length) <= 1 && isTypoOf(key, listed)) out.push(listed);
  }
  const index = thesaurusIndex();
  // Every line is a key, a space and its group numbers.
  for (let at = sortedIndex().firstFrom(start); at < index.length && index.startsWith(start, at);) {
    const space = index.indexOf(' ', at);
    if (space < 0) break;
    if (Math.abs(space - at - key.length) <= 1) {
      const listed = index.slice(at, space);
      if (listed !== key && isTypoOf(key, listed) && !out.includes(listed)) out.push(listed);
    }
    const end = index.indexOf('\n', space);
    if (end < 0) break;
    at = end + 1;
  }
  return out;
}

let indexLines: SortedLines | null = null;
let notNounLines: SortedLines | null = null;
let hyponymLines: SortedLines | null = null;
/** The thesaurus index, the words known only in lower case and the narrower words, each with its line starts, made on first use. */
const sortedIndex = (): SortedLines => (indexLines ??= new SortedLines(thesaurusIndex()));
const sortedNotNouns = (): SortedLines => (notNounLines ??= new SortedLines(notNouns()));
const sortedHyponyms = (): SortedLines => (hyponymLines ??= new SortedLines(hyponymTable()));

/** The groups of the thesaurus, split on first use (22,000 short lines). */
let groupLines: string[] | null = null;

/** Keys that share an OpenThesaurus group with `key`, found once per key. */
const thesaurusOf = memoizeWords(20_000, (key) => {
  const line = sortedIndex().lineOf(key);
  if (!line) return [];
  groupLines ??= thesaurusGroups().split('\n');
  const lines = groupLines;
  return line.split(' ').slice(1).flatMap((id) => lines[Number.parseInt(id, 36)]?.split(' ') ?? []);
});

/** Whether OpenThesaurus knows a word of this key (in some group). */
export function isThesaurusKey(key: string): boolean {
  return sortedIndex().lineOf(key) !== null;
}

/** Keys that share an OpenThesaurus group with one of `keys` (without the keys themselves). */
export function thesaurusKeys(keys: readonly string[]): string[] {
  const out = new Set<string>();
  for (const key of keys) for (const synonym of thesaurusOf(key)) out.add(synonym);
  for (const key of keys) out.delete(key);
  return [...out];
}

/**
 * Narrower words OpenThesaurus lacks under a broader term readers ask by, folded ("Welche Behörde …" where the article
 * names "das Landesamt für Umwelt" or "die Staatsanwaltschaft").
 */
const MORE_NARROWER: Readonly<Record<string, string>> = {
  behoerde: `amt landesamt landratsamt ordnungsamt gesundheitsamt veterinaeramt forstamt jugendamt bauamt umweltamt finanzamt
    polizei staatsanwaltschaft ministerium verwaltung kreisverwaltung stadtverwaltung praesidium polizeipraesidium inspektion
    polizeiinspektion direktion polizeidirektion bezirksregierung regierungspraesidium`,
  // Arms a news text names by kind ("Welche Waffen wurden entdeckt?" ~ "Raketen aus nordkoreanischer Produktion").
  waffe: `rakete raketen granate granaten geschoss geschosse munition drohne drohnen gewehr gewehre pistole pistolen artillerie
    kampfjet kampfjets marschflugkoerper`,
};
/** The keys of MORE_NARROWER, by the key of the broader term; made on first use. */
let moreNarrower: Map<string, string[]> | null = null;

function moreNarrowerKeys(key: string): readonly string[] {
  moreNarrower ??= new Map(Object.entries(MORE_NARROWER).map(([broader, words]) => [wordKeys(broader)[0]!, words.trim().split(/\s+/).flatMap((word) => wordKeys(word))]));
  return moreNarrower.get(key) ?? [];
}

/** Keys of the narrower words OpenThesaurus lists under the broader term `key` ("firma" -> werkstatt, brauerei, …), and MORE_NARROWER; found once per key. */
export const hyponymKeys: (key: string) => readonly string[] = memoizeWords(20_000, (key) => {
  const listed = sortedHyponyms().lineOf(key)?.split(' ').slice(1) ?? [];
  const more = moreNarrowerKeys(key);
  return more.length > 0 ? [...listed, ...more.filter((extra) => !listed.includes(extra))] : listed;
});

/** Inflection endings of adjectives ("offizielle", "verdächtiges", "neueste"). */
const ADJECTIVE_ENDING = /(e|en|er|es|em|ere|eren|erer|eres|erem|ste|sten|ster|stes|stem)$/;

/** Whether a folded word is one OpenThesaurus knows only in lower case (an adjective, adverb or verb), perhaps inflected; kept per word. */
export const isNeverNoun: (folded: string) => boolean = memoizeWords(20_000, (folded) => neverNoun(folded));

function neverNoun(folded: string): boolean {
  const known = (word: string): boolean => word.length >= 3 && sortedNotNouns().lineOf(word) !== null;
  if (known(folded)) return true;
  const ending = ADJECTIVE_ENDING.exec(folded);
  return ending !== null && known(folded.slice(0, ending.index));
}

/**
 * Whether a folded capitalised word is a common noun OpenThesaurus knows ("Bahnhof", "Firma", "Anwohner"), not a name; kept
 * per word. Only a key that is the word less an ending counts ("Herbert" stems to "herb", which is another word).
 */
const commonNoun = memoizeWords(20_000, (folded) => !neverNoun(folded)
  && wordKeys(folded).some((key) => folded.length - key.length <= 2 && sortedIndex().lineOf(key) !== null));
export const isCommonNoun = (folded: string): boolean => !/\d/.test(folded) && commonNoun(folded);
