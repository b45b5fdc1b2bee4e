/**
 * Strong and irregular German verbs: every form of one verb shares one lemma key, so "traf",
 * "trifft" and "getroffen" meet "treffen", and prefixed forms ("verlor", "zurückgegangen",
 * "abgeschlossen") meet their prefixed infinitive. A few ablaut nouns of the same verb
 * (Schuss ~ schießen, Wurf ~ werfen) share the key too. General German only; folded spelling.
 */
import { nounStemOfParticiple, stem } from './stem.js';

/** infinitive, 3rd person present, past, participle, then optional ablaut nouns. */
const TABLE = `
backen baeckt backte gebacken|beginnen beginnt begann begonnen|beissen beisst biss gebissen biss
bergen birgt barg geborgen|betruegen betruegt betrog betrogen betrug|biegen biegt bog gebogen
bieten bietet bot geboten gebot|binden bindet band gebunden|bitten bittet bat gebeten
blasen blaest blies geblasen|bleiben bleibt blieb geblieben|braten braet briet gebraten
brechen bricht brach gebrochen bruch|brennen brennt brannte gebrannt brand|bringen bringt brachte gebracht
denken denkt dachte gedacht|dringen dringt drang gedrungen|empfehlen empfiehlt empfahl empfohlen
essen isst ass gegessen|fahren faehrt fuhr gefahren fahrt|fallen faellt fiel gefallen
fangen faengt fing gefangen|fechten ficht focht gefochten|finden findet fand gefunden fund
fliegen fliegt flog geflogen flug|fliehen flieht floh geflohen flucht|fliessen fliesst floss geflossen fluss
fressen frisst frass gefressen|frieren friert fror gefroren frost|gebaeren gebiert gebar geboren geburt
geben gibt gab gegeben gabe|gedeihen gedeiht gedieh gediehen|gehen geht ging gegangen
gelingen gelingt gelang gelungen|gelten gilt galt gegolten|genesen genest genas genesen
geniessen geniesst genoss genossen genuss|geschehen geschieht geschah geschehen
gewinnen gewinnt gewann gewonnen gewinn|giessen giesst goss gegossen guss|gleichen gleicht glich geglichen
gleiten gleitet glitt geglitten|graben graebt grub gegraben|greifen greift griff gegriffen griff
halten haelt hielt gehalten halt|haengen haengt hing gehangen|hauen haut hieb gehauen hieb
heben hebt hob gehoben|heissen heisst hiess geheissen|helfen hilft half geholfen hilfe
kennen kennt kannte gekannt|klingen klingt klang geklungen klang|kommen kommt kam gekommen
kriechen kriecht kroch gekrochen|laden laedt lud geladen|lassen laesst liess gelassen
laufen laeuft lief gelaufen|leiden leidet litt gelitten|leihen leiht lieh geliehen|lesen liest las gelesen
liegen liegt lag gelegen lage|luegen luegt log gelogen luege|meiden meidet mied gemieden
messen misst mass gemessen|nehmen nimmt nahm genommen|nennen nennt nannte genannt
pfeifen pfeift pfiff gepfiffen pfiff|raten raet riet geraten rat|reiben reibt rieb gerieben
reissen reisst riss gerissen riss|reiten reitet ritt geritten ritt|rennen rennt rannte gerannt
riechen riecht roch gerochen geruch|ringen ringt rang gerungen|rufen ruft rief gerufen ruf
saufen saeuft soff gesoffen|schaffen schafft schuf geschaffen|scheiden scheidet schied geschieden
scheinen scheint schien geschienen schein|schieben schiebt schob geschoben schub
schiessen schiesst schoss geschossen schuss|schlafen schlaeft schlief geschlafen schlaf
schlagen schlaegt schlug geschlagen schlag|schleichen schleicht schlich geschlichen
schliessen schliesst schloss geschlossen schluss|schmeissen schmeisst schmiss geschmissen
schmelzen schmilzt schmolz geschmolzen|schneiden schneidet schnitt geschnitten schnitt
schreiben schreibt schrieb geschrieben schrift|schreien schreit schrie geschrien schrei
schreiten schreitet schritt geschritten schritt|schweigen schweigt schwieg geschwiegen
schwimmen schwimmt schwamm geschwommen|schwinden schwindet schwand geschwunden schwund
schwoeren schwoert schwor geschworen schwur|sehen sieht sah gesehen|senden sendet sandte gesandt
singen singt sang gesungen|sinken sinkt sank gesunken|sitzen sitzt sass gesessen sitz
sprechen spricht sprach gesprochen spruch|springen springt sprang gesprungen sprung
stechen sticht stach gestochen stich|stehen steht stand gestanden stand|stehlen stiehlt stahl gestohlen
steigen steigt stieg gestiegen|sterben stirbt starb gestorben tod|stinken stinkt stank gestunken
stossen stoesst stiess gestossen stoss|streichen streicht strich gestrichen strich
streiten streitet stritt gestritten streit|tragen traegt trug getragen|treffen trifft traf getroffen treffer
treiben treibt trieb getrieben trieb|treten tritt trat getreten tritt|trinken trinkt trank getrunken trank
truegen truegt trog getrogen trug|tun tut tat getan tat|verderben verdirbt verdarb verdorben
vergessen vergisst vergass vergessen|verlieren verliert verlor verloren verlust
verzeihen verzeiht verzieh verziehen|wachsen waechst wuchs gewachsen wuchs|waschen waescht wusch gewaschen
weichen weicht wich gewichen|weisen weist wies gewiesen|wenden wendet wandte gewandt wende
werben wirbt warb geworben werbung|werfen wirft warf geworfen wurf|wiegen wiegt wog gewogen gewicht
ziehen zieht zog gezogen zug|zwingen zwingt zwang gezwungen zwang
`;

/** Past forms that are also everyday nouns; they keep their own meaning only. */
const AMBIGUOUS = new Set(['band', 'stahl', 'bot', 'lag', 'las', 'mass', 'rat', 'tat', 'halt', 'stand', 'sitz', 'schein', 'lage', 'weiss']);

/** Prefixes a verb can carry (separable and inseparable); "zurueckgegangen" = zurueck + gegangen. */
const PREFIXES = [
  'zurueck', 'zusammen', 'heraus', 'herum', 'hervor', 'voran', 'vorbei', 'weiter', 'entgegen',
  'ab', 'an', 'auf', 'aus', 'bei', 'ein', 'fest', 'fort', 'her', 'hin', 'los', 'mit', 'nach', 'vor', 'weg', 'zu',
  'be', 'ver', 'er', 'ent', 'zer', 'miss', 'emp', 'ueber', 'unter', 'um', 'durch', 'wider',
];

/** Prefixes that are never split off and take no "ge" in the participle ("bewerben" -> "beworben"). */
const INSEPARABLE: ReadonlySet<string> = new Set(['be', 'ver', 'er', 'ent', 'zer', 'miss', 'emp']);

/** The endings of an inflected adjective. */
const ADJECTIVE_ENDINGS = ['e', 'er', 'es', 'em', 'en'];

const lemmaOfForm = new Map<string, string>();
/** The participles of the table ("geworben"). */
const PARTICIPLES = new Set<string>();
const nounsOfLemma = new Map<string, string[]>();
for (const entry of TABLE.trim().split(/[|\n]/)) {
  const [infinitive, present, past, participle, ...nouns] = entry.trim().split(' ');
  if (!infinitive || !present || !past || !participle) continue;
  const forms = [infinitive, present, past, `${past}en`, `${past}st`, participle];
  PARTICIPLES.add(participle);
  if (past.endsWith('te')) forms.push(`${past}n`);
  // The participle as an adjective ("ausgerissene Pflanzen", "der geschlossenen Halle").
  if (participle.endsWith('en')) for (const ending of ADJECTIVE_ENDINGS) forms.push(participle + ending);
  for (const form of forms) if (!AMBIGUOUS.has(form) && !lemmaOfForm.has(form)) lemmaOfForm.set(form, infinitive);
  nounsOfLemma.set(infinitive, nouns);
  for (const noun of nouns) if (!AMBIGUOUS.has(noun) && !lemmaOfForm.has(noun)) lemmaOfForm.set(noun, infinitive);
}

/** Shortest remainder after a prefix that is looked up (avoids "an" + "tat"). */
const MIN_REST = 4;

/** The infinitive of a folded irregular verb form or ablaut noun, prefix kept ("verlor" -> "verlieren"), or null. */
export function irregularLemma(folded: string): string | null {
  const own = lemmaOfForm.get(folded);
  if (own) return own;
  for (const prefix of PREFIXES) {
    if (!folded.startsWith(prefix) || folded.length - prefix.length < MIN_REST) continue;
    const rest = folded.slice(prefix.length);
    // An inseparable prefix takes the participle without its "ge" ("beworben" ~ "geworben", "entschieden" ~ "geschieden").
    const lemma = lemmaOfForm.get(rest) ?? (INSEPARABLE.has(prefix) && PARTICIPLES.has(`ge${rest}`) ? lemmaOfForm.get(`ge${rest}`) : undefined);
    if (lemma) return prefix + lemma;
  }
  return null;
}

/** Keys an irregular form adds: the stem of its infinitive and of the verb's ablaut nouns (with the prefix). */
export function irregularKeys(folded: string): string[] {
  const lemma = irregularLemma(folded);
  if (!lemma) return [];
  const base = lemma;
  const prefix = PREFIXES.find((candidate) => base.startsWith(candidate) && nounsOfLemma.has(base.slice(candidate.length))) ?? '';
  const nouns = nounsOfLemma.get(base.slice(prefix.length)) ?? nounsOfLemma.get(base) ?? [];
  // The lemma is an infinitive: "gelten" keys "gelt", not the participle reading "lten".
  return [nounStemOfParticiple(base) ?? stem(base), ...nouns.filter((noun) => !AMBIGUOUS.has(noun)).map((noun) => stem(prefix + (prefix && noun.startsWith('ge') ? noun.slice(2) : noun)))];
}
