import { describe, expect, it } from 'vitest';
import { textKeys, wordKeys } from '../../../src/core/text/keys.js';
import { fold } from '../../../src/core/text/normalize.js';
import { findNames } from '../../../src/core/text/names.js';
import { stem } from '../../../src/core/text/stem.js';
import { isNeverNoun, listedKeysOneEditFrom, standardWord, synonymKeys, thesaurusKeys } from '../../../src/core/text/synonyms.js';

const keys = (word: string): string[] => wordKeys(fold(word));
const meet = (a: string, b: string): boolean => keys(a).some((key) => keys(b).includes(key));

describe('German stemming', () => {
  it('joins inflected forms, participles and separable participles', () => {
    expect(meet('liefert', 'geliefert')).toBe(true);
    expect(meet('liefert', 'liefern')).toBe(true);
    expect(meet('gelobt', 'lobt')).toBe(true);
    expect(meet('eingeladen', 'Einladung')).toBe(true);
    expect(meet('Nordkoreas', 'Nordkorea')).toBe(true);
    expect(meet('Zeitungen', 'Zeitung')).toBe(true);
    // (The genitive s of a short noun in -ee: "in der Mitte des Sees".)
    expect(meet('Sees', 'See')).toBe(true);
  });

  it('joins the participles of verbs with an adjective or noun particle, and the forms of -ieren verbs', () => {
    expect(meet('stillgelegt', 'stilllegen')).toBe(true);
    expect(meet('dichtgemacht', 'dichtmachen')).toBe(true);
    expect(meet('demonstrierten', 'demonstrieren')).toBe(true);
    expect(meet('kontrolliert', 'kontrollieren')).toBe(true);
    // A noun in -end is no participle: "Elternabend" keeps its head.
    expect(keys('Elternabend')).toEqual(['elternabend']);
  });

  it('keeps the s of compound heads in -haus, -preis, -kreis, -bus, -gas (no genitive), so their keys end in the head', () => {
    for (const [compound, head] of [['Gutshaus', 'haus'], ['Milchpreises', 'preis'], ['Landkreis', 'kreis'], ['Linienbus', 'bus'], ['Chlorgas', 'Gas']] as const) {
      expect(keys(compound)[0]!.endsWith(keys(head)[0]!), compound).toBe(true);
    }
    expect(meet('Gutshauses', 'Gutshaus')).toBe(true);
    // A word in -t read as a verb keeps no such head: "Fahrgast" is no compound of "Gas".
    expect(keys('Fahrgast').some((key) => key.endsWith('gas'))).toBe(false);
    expect(keys('Nordkoreas')[0]).toBe('nordkorea');
  });

  it('joins umlaut plurals with their singular', () => {
    expect(meet('Wälder', 'Wald')).toBe(true);
  });

  it('joins the forms of strong verbs, prefixed or not, and their ablaut nouns', () => {
    expect(meet('traf', 'getroffen')).toBe(true);
    expect(meet('trifft', 'Treffer')).toBe(true);
    expect(meet('fand', 'gefunden')).toBe(true);
    expect(meet('verlor', 'verloren')).toBe(true);
    expect(meet('zurückgegangen', 'zurückgehen')).toBe(true);
    expect(meet('geschossen', 'Schuss')).toBe(true);
    expect(meet('vorwirft', 'Vorwurf')).toBe(true);
    expect(meet('umgezogen', 'Umzug')).toBe(true);
  });

  it('keeps unrelated words apart', () => {
    expect(meet('Stahl', 'stehlen')).toBe(false);
    expect(meet('fand', 'fiel')).toBe(false);
    expect(meet('alt', 'veralteten')).toBe(false);
    expect(stem('panzer')).not.toBe(stem('putin'));
  });

  it('keys a stop word as itself, so it never meets a noun it would stem to', () => {
    expect(meet('wegen', 'Weg')).toBe(false);
    expect(meet('falls', 'Fall')).toBe(false);
    expect(meet('bereits', 'bereit')).toBe(false);
    // Nor does a noun in -t meet a function or question word as a verb stem ("Wert" is no form of "wer").
    expect(meet('Wert', 'wer')).toBe(false);
  });

  it('keeps nouns in ge- whole and joins them with their plurals; participles still lose their ge-', () => {
    expect(meet('Gehalt', 'halten')).toBe(false);
    expect(meet('Gehälter', 'Gehalt')).toBe(true);
    expect(meet('Gebiet', 'bieten')).toBe(false);
    expect(meet('Gebieten', 'Gebiet')).toBe(true);
    // (Also in the form without the umlaut's e: "Geschaft" is no "-schaft".)
    expect(keys('Geschäft')).not.toContain('schaft');
    expect(meet('gerichtet', 'richtet')).toBe(true);
    expect(meet('gehalten', 'halten')).toBe(true);
  });

  it('joins nouns in ge- with their plurals in -en, which look like participles', () => {
    expect(meet('Gemeinden', 'Gemeinde')).toBe(true);
    expect(meet('Gebäuden', 'Gebäude')).toBe(true);
    expect(meet('Gesetzen', 'Gesetz')).toBe(true);
    expect(meet('gesehen', 'sehen')).toBe(true);
  });

  it('joins nouns made of separable participles with their forms in -en ("Angeklagte" ~ "Angeklagten")', () => {
    expect(meet('Angeklagten', 'Angeklagte')).toBe(true);
    expect(meet('Angestellten', 'Angestellter')).toBe(true);
    expect(meet('Abgeordneten', 'Abgeordnete')).toBe(true);
  });

  it('keys the forms of a strong verb in ge- by its infinitive, not by a participle reading of it ("gelten" is no "ge-lten")', () => {
    expect(meet('gilt', 'gelten')).toBe(true);
    expect(meet('galt', 'gegolten')).toBe(true);
    expect(keys('gilt')).not.toContain('lten');
  });

  it('joins verbs in zurück- with their nouns in Rück-', () => {
    expect(meet('zurückgerufen', 'Rückruf')).toBe(true);
    expect(meet('zurückkehren', 'Rückkehr')).toBe(true);
  });

  it('joins nouns in -a with their plural in -en', () => {
    expect(meet('Firma', 'Firmen')).toBe(true);
    expect(meet('Thema', 'Themen')).toBe(true);
  });
});

describe('colloquial verbs and synonyms', () => {
  it('joins plurals in -s after p with their singular ("Tipps", "Laptops"), not words in -ps of their own ("Gips")', () => {
    expect(meet('Tipps', 'Tipp')).toBe(true);
    expect(meet('Laptops', 'Laptop')).toBe(true);
    expect(keys('Gips')).toEqual(['gips']);
  });

  it('joins the plural of a compound in -bau with its singular ("Umbauten" ~ "Umbau")', () => {
    expect(meet('Umbauten', 'Umbau')).toBe(true);
    expect(meet('Neubauten', 'Neubau')).toBe(true);
  });

  it('joins nouns in -in with their plural in -innen ("Favoritinnen" ~ "Favoritin"), not "Binnen"', () => {
    expect(meet('Favoritinnen', 'Favoritin')).toBe(true);
    expect(meet('Wirtinnen', 'Wirtin')).toBe(true);
    expect(meet('binnen', 'Bin')).toBe(false);
  });

  it('joins nouns in -us and -is with their plural in -usse, -isse; -nisse keeps its own rule', () => {
    expect(meet('Busse', 'Bus')).toBe(true);
    expect(meet('Zirkussen', 'Zirkus')).toBe(true);
    expect(meet('Kürbisse', 'Kürbis')).toBe(true);
    expect(meet('Ergebnisse', 'Ergebnis')).toBe(true);
    expect(meet('Kassen', 'Käse')).toBe(false);
  });

  it('replaces a colloquial verb by the standard one before matching', () => {
    expect(standardWord('kriegt')).toBe('bekommen');
    expect(standardWord('krieg')).toBe('krieg');
    expect(standardWord('aufmachen')).toBe('eroeffnen');
    expect(synonymKeys(keys('eröffnet'))).toEqual(expect.arrayContaining(keys('öffnet')));
  });

  it('lets a verb meet its synonym', () => {
    expect(synonymKeys(keys('braucht'))).toEqual(expect.arrayContaining(keys('benötigt')));
    // An event that "fällt aus" is called off ("abgesagt").
    expect(synonymKeys(keys('ausfallen'))).toEqual(expect.arrayContaining(keys('abgesagt')));
    // A reproach ("Was werfen die Grünen … vor?") is met by criticism ("Kritik der Grünen").
    expect(synonymKeys(keys('vorwerfen'))).toEqual(expect.arrayContaining(keys('Kritik')));
    expect(synonymKeys(keys('Kita'))).toEqual(expect.arrayContaining(keys('Kindergarten')));
    expect(synonymKeys(keys('Besucher'))).toEqual(expect.arrayContaining(keys('Zuschauern')));
  });

  it('lets the gender-neutral words of the news meet the plain ones (Studierende, Lehrkräfte, Fahrgäste, Pflegekräfte)', () => {
    expect(synonymKeys(keys('Studenten'))).toEqual(expect.arrayContaining(keys('Studierenden')));
    expect(synonymKeys(keys('Lehrer'))).toEqual(expect.arrayContaining(keys('Lehrkräfte')));
    expect(synonymKeys(keys('Passagiere'))).toEqual(expect.arrayContaining(keys('Fahrgäste')));
    expect(synonymKeys(keys('Pfleger'))).toEqual(expect.arrayContaining(keys('Pflegekräfte')));
    expect(synonymKeys(keys('Zuschüsse'))).toEqual(expect.arrayContaining(keys('Fördergeld')));
    expect(synonymKeys(keys('Grund'))).toEqual(expect.arrayContaining(keys('Auslöser')));
    expect(synonymKeys(keys('Höfe'))).toEqual(expect.arrayContaining(keys('Betriebe')));
  });

  it('finds the listed words one slip from a misspelt key, starting as it does', () => {
    expect(listedKeysOneEditFrom('lezt')).toContain('letzt');
    expect(listedKeysOneEditFrom('helikop')).toContain(keys('Helikopter')[0]);
    expect(listedKeysOneEditFrom('zqxw')).toEqual([]);
  });

  it('lets the news words for rescuers, germs, pay and children meet', () => {
    expect(synonymKeys(keys('Helfer'))).toEqual(expect.arrayContaining(keys('Einsatzkräfte')));
    expect(synonymKeys(keys('Retter'))).toEqual(expect.arrayContaining(keys('Helfer')));
    expect(synonymKeys(keys('Keim'))).toEqual(expect.arrayContaining(keys('Erreger')));
    expect(synonymKeys(keys('Gehälter'))).toEqual(expect.arrayContaining(keys('Löhne')));
    expect(synonymKeys(keys('Kids'))).toEqual(expect.arrayContaining(keys('Kinder')));
    expect(synonymKeys(keys('Sorge'))).toEqual(expect.arrayContaining(keys('Befürchtungen')));
    expect(synonymKeys(keys('Reparatur'))).toEqual(expect.arrayContaining(keys('Instandsetzung')));
    expect(synonymKeys(keys('Unglück'))).toEqual(expect.arrayContaining(keys('Unfall')));
    expect(synonymKeys(keys('Crash'))).toEqual(expect.arrayContaining(keys('Zusammenstoß')));
    expect(synonymKeys(keys('Knast'))).toEqual(expect.arrayContaining(keys('Haft')));
    expect(synonymKeys(keys('Kitas'))).toEqual(expect.arrayContaining(keys('Kindertagesstätten')));
  });

  it('meets the zu-infinitive of a separable verb ("zusammenzuarbeiten" ~ "zusammenarbeiten")', () => {
    expect(keys('zusammenzuarbeiten')).toContain(stem('zusammenarbeiten'));
    expect(stem('zusammenarbeiten')).toBe('zusammenarbeit');
  });

  it('keys the elided compound of "Camping- und Parktickets" as "Campingtickets"', () => {
    expect(textKeys('Gebühren für Camping- und Parktickets')).toContain(stem('campingtickets'));
    expect(textKeys('Camping und Parktickets')).not.toContain(stem('campingtickets'));
  });

  it('finds thesaurus synonyms of a key, and none for a word the thesaurus lacks', () => {
    expect(thesaurusKeys(keys('Fahrrad'))).toContain(stem('zweirad'));
    expect(thesaurusKeys(keys('Xylofonbauer'))).toEqual([]);
  });

  it('keeps no thesaurus word whose stem cut a compound apart ("Morgenstern" -> "morg" would make "Abend" a synonym of "Morgen")', () => {
    expect(thesaurusKeys(keys('Abend'))).not.toContain(keys('Morgen')[0]);
  });

  it('knows adjectives and adverbs as never nouns, also inflected, but not nouns', () => {
    expect(isNeverNoun('offizielle')).toBe(true);
    expect(isNeverNoun('einfach')).toBe(true);
    expect(isNeverNoun('haus')).toBe(false);
  });

  it('lets a vehicle abbreviation meet its full word', () => {
    expect(synonymKeys(keys('Lkw'))).toEqual(expect.arrayContaining(keys('Lastwagen')));
    expect(synonymKeys(keys('Pkw'))).toEqual(expect.arrayContaining(keys('Auto')));
  });
});

describe('findNames', () => {
  it('reads "die Stadt" before a common noun as no part of a name ("hatte die Stadt Aussteller bevorzugt")', () => {
    const names = findNames(['Bislang hatte die Stadt Aussteller bevorzugt.', 'Die Aussteller sind verärgert.', 'Die Stadt Moosbrunn spart.', 'Moosbrunn hat 18.400 Einwohner.']);
    expect(names).not.toContainEqual(['stadt', 'aussteller']);
    expect(names).toContainEqual(['stadt', 'moosbrunn']);
  });
  it('reads a noun with a derivational ending before another noun as no part of a name ("bei Sanierungen Nistplätze")', () => {
    const names = findNames(['Vor allem verschwinden bei Sanierungen Nistplätze.', 'Die Nistplätze sind wichtig.', 'Sanierungen sind teuer.']);
    expect(names.flat()).not.toContain('nistplaetze');
  });
  it('finds multi-word names the text repeats, not noun pairs seen once', () => {
    const names = findNames([
      'Wladimir Putin besucht Kim Jong Un.', 'Der Präsident trifft Kim Jong Un.', 'Wladimir Putin lobt Nordkoreas Unterstützung.',
      'Es liefert nach westlichen Erkenntnissen Munition.',
    ]);
    expect(names).toEqual(expect.arrayContaining([['kim', 'jong', 'un'], ['wladimir', 'putin']]));
    expect(names.flat()).not.toContain('erkenntnissen');
  });

  it('leaves a common noun before a name out of it: the role or kind is no part of the name', () => {
    const names = findNames([
      'Am Montag sprach Landrat Michael Pfleiderer in Hohenried.', 'Pfleiderer warnte.', 'Der Bahnhof Wolfsgrund schließt.',
      'In Wolfsgrund gibt es Ärger.', 'Die Kasseler Firma Edunetic GmbH schweigt.', 'Edunetic GmbH bestätigte den Fehler.',
    ]);
    expect(names).toEqual(expect.arrayContaining([['michael', 'pfleiderer'], ['edunetic', 'gmbh']]));
    expect(names.flat()).not.toContain('landrat');
    expect(names.flat()).not.toContain('bahnhof');
    expect(names.flat()).not.toContain('firma');
  });

  it('takes the words after a role for a name even when the text names the person once, a first name like "Anke" included', () => {
    const names = findNames(['Kiels Verkehrsdezernentin Anke Lorenzen begrüßte die Schritte.', 'Die Fähren seien wichtig, sagte die 52-Jährige.']);
    expect(names).toContainEqual(['anke', 'lorenzen']);
    expect(names.flat()).not.toContain('verkehrsdezernentin');
  });

  it('takes a person named once after an academic title, with or without a role before it, for a name', () => {
    const names = findNames(['"Jede Minute zählt", sagte Chefärztin Dr. Katharina Weiler-Osmani, die die Abteilung leitet.', 'Das bestätigte Dr. Jonas Reuter.']);
    expect(names).toContainEqual(['katharina', 'weiler', 'osmani']);
    expect(names).toContainEqual(['jonas', 'reuter']);
  });

  it('takes a person named once after a hyphenated role, or before an age in brackets, for a name; not a place after a noun', () => {
    const names = findNames([
      'Das räumte Stadtwerke-Geschäftsführer Henrik Maaßen am Montag ein.',
      'Auch Busfahrer Ralf Demirci (58) ist frustriert.',
      'Am Bahnhof Wolfsgrund Mitte hält kein Zug mehr.',
    ]);
    expect(names).toContainEqual(['henrik', 'maassen']);
    expect(names).toContainEqual(['ralf', 'demirci']);
    expect(names.flat()).not.toContain('wolfsgrund');
  });

  it('takes a person named once in apposition to a role, after it or before it, for a name; not words after a comma alone', () => {
    const names = findNames([
      '"Das war knapp", sagte der Leiter der Feuerwehr Lindentrup, Carsten Meyerhoff.',
      'Julia Weber, die Sprecherin des Amts, bestätigte den Einsatz.',
      'Betroffen sind Lindentrup, Bad Salzeck und Hornau.',
    ]);
    expect(names).toContainEqual(['carsten', 'meyerhoff']);
    expect(names).toContainEqual(['julia', 'weber']);
    expect(names).not.toContainEqual(['bad', 'salzeck']);
  });

  it('takes hyphenated first names and surnames whole, but no hyphenated compound beside a name', () => {
    const names = findNames([
      'Das sagte Susanne Pfeiffer-Lange am Montag.', 'Pfeiffer-Lange ist Ärztin.', 'Klaus-Dieter Brandt (61) leitet den Verein.',
      'Nordkorea-Führer Kim Jong Un lobte.', 'Kim Jong Un lachte.', 'Im Ukraine-Krieg gibt es keinen Krieg mehr, sagte Krieg.',
    ]);
    expect(names).toContainEqual(['susanne', 'pfeiffer', 'lange']);
    expect(names).toContainEqual(['klaus', 'dieter', 'brandt']);
    expect(names).toContainEqual(['kim', 'jong', 'un']);
    expect(names.flat()).not.toContain('ukraine');
    expect(names.flat()).not.toContain('fuehrer');
  });
});
