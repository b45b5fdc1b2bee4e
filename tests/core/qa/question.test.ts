import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/core/qa/question.js';

const names = [['kim', 'jong', 'un'], ['wladimir', 'putin']];
const parse = (question: string) => parseQuestion(question, names);

describe('parseQuestion', () => {
  it('reads the intent from the question word', () => {
    expect(parse('Wie viele Panzer hat Russland?').focus).toBe('count');
    expect(parse('wieviele panzer').focus).toBe('count');
    expect(parse('Wann kam Putin?').focus).toBe('time');
    expect(parse('Warum kam Putin?').focus).toBe('reason');
    expect(parse('Wofür lobt Putin Nordkorea?').focus).toBe('purpose');
    expect(parse('Wie nennt Putin den Krieg?').focus).toBe('naming');
    expect(parse('Wie stakr werden die Böen?').focus).toBe('count');
  });

  it('asks for an age with "wie alt", and for the name of a person (not a temperature) with "wie heißt der/die"', () => {
    expect(parse('Wie alt ist Kim?').focus).toBe('age');
    expect(parse('Ab welchem Alter darf man wählen?').focus).toBe('age');
    expect(parse('Wie heißt die Frau von Kim?')).toMatchObject({ focus: 'person', asksIdentity: 'name' });
    expect(parse('Wie heißt das Programm?').focus).toBe('naming');
    expect(parse('Wie heiß wird es?').focus).toBe('count');
  });

  it('reads a separable verb with its particle at the end as one verb', () => {
    const verb = parse('Warum gehen die Einnahmen zurück?').terms.find((term) => term.words[0] === 'zurueckgehen');
    expect(verb?.separated).toEqual(['geh', 'zurueck']);
    expect(parse('Was wirft Putin dem Westen vor?').terms.map((term) => term.words[0])).toEqual(['vorwirft', 'putin', 'westen']);
  });

  it('never counts stop words or question words as content', () => {
    expect(parse('Was ist das denn?').terms).toEqual([]);
  });

  it('groups a short or full name into one term covering the whole name', () => {
    const short = parse('Was bekommt Kim?').terms.find((term) => term.words.includes('kim'));
    const full = parse('Was bekommt Kim Jong Un?').terms.filter((term) => term.words.includes('kim') || term.words.includes('jong'));
    expect(short?.keys).toEqual(expect.arrayContaining(['kim', 'jong']));
    expect(full).toHaveLength(1);
  });

  it('marks generic verbs soft and recognises summary, photo and source requests', () => {
    expect(parse('Wie nennt Putin den Krieg?').terms.find((term) => term.words[0] === 'nennt')?.soft).toBe(true);
    expect(parse('Zusammenfassung bitte').asksSummary).toBe(true);
    expect(parse('Von wem stammt das Foto?').asksPhoto).toBe(true);
    expect(parse('Welche Nachrichtenagentur steht dahinter?').asksSource).toBe(true);
    // "Was ändert sich für …" asks what happens; "dauernd" only colours the question.
    expect(parse('Was ändert sich für die Fahrgäste?').terms.find((term) => term.words[0] === 'aendert')?.soft).toBe(true);
    expect(parse('Was fehlt dem Land dauernd?').terms.some((term) => term.words[0] === 'dauernd' && !term.soft)).toBe(false);
    // "ein Lob aussprechen", "Kritik äußern": the noun says what was said.
    expect(parse('Wann hat er das Lob ausgesprochen?').terms.find((term) => term.words[0] === 'ausgesprochen')?.soft).toBe(true);
  });

  it('reads "zusammen" as a summary request only with a verb of writing or putting ("Fass zusammen")', () => {
    expect(parse('was wollen die beiden zusammen aufbauen').asksSummary).toBe(false);
    expect(parse('Fass mal zusammen').asksSummary).toBe(true);
  });

  it('reads the closing lower-case word after "ist" as the predicate, but not after a comma, where it ends a clause', () => {
    expect(parse('Wie viel ist Grünstapel jetzt wert?').terms.find((term) => term.words[0] === 'wert')?.nounLike).toBe(true);
    expect(parse('Wie hoch ist das Darlehen, das der Verein aufnimmt?').terms.find((term) => term.words[0] === 'aufnimmt')?.nounLike).toBeFalsy();
  });

  it('reads "ne" as the spoken "eine": "Gib mir mal ne kurze Zusammenfassung" asks for nothing else', () => {
    expect(parse('Gib mir mal ne kurze Zusammenfassung').terms).toHaveLength(0);
  });

  it('reads "Zeug" as a soft word, like "Sachen": "Wie viel Zeug …" asks an amount of whatever the article names', () => {
    expect(parse('Wie viel Zeug hat der Bauhof weggeräumt?').terms.find((term) => term.words[0] === 'zeug')?.soft).toBe(true);
  });

  it('reads "Ex-" as a prefix, not as a word the article must have ("Ex-Marktleiter")', () => {
    expect(parse('Hat der Ex-Marktleiter schon was gezahlt?').terms.map((term) => term.words.join(' '))).not.toContain('ex');
  });

  it('reads a function word with two letters swapped as that word ("wurdne"), not as a word to find', () => {
    expect(parse('Wie viele Nester wurdne gefunden?').terms.map((term) => term.words.join(' '))).toEqual(['nester', 'gefunden']);
  });

  it('reads a long summary word with one slip as a request for the whole summary ("Zusammenfasung")', () => {
    const slipped = parse('Gib mir eine kurze Zusammenfasung');
    expect(slipped.asksSummary).toBe(true);
    expect(slipped.terms).toHaveLength(0);
    // A short word is not read through a slip: "Kurzfasung" might be anything.
    expect(parse('Kurzfasung').asksSummary).toBe(false);
  });

  it('reads the word after "wieviel" before another content word as its noun, not as a separable verb', () => {
    expect(parse('wieviel müll kam insgesamt zusammen').terms.map((term) => term.words.join(' '))).toContain('muell');
  });

  it('reads "Als was bezeichnet …" as asking the name given, and the noun of "als was für einen …" as its frame', () => {
    expect(parse('Als was bezeichnet Putin das Land?').focus).toBe('naming');
    const framed = parse('Als was für einen Partner bezeichnet Putin das Land?');
    expect(framed.focus).toBe('naming');
    expect(framed.terms.find((term) => term.words[0] === 'partner')?.soft).toBe(true);
  });

  it('drops hesitation fillers ("ähm", "äh")', () => {
    expect(parse('Was kostet, ähm, das Ticket?').terms.map((term) => term.words.join(' '))).toEqual(['ticket', '#price']);
  });
});

describe('parseQuestion: what forces abstention', () => {
  it('lets only nouns force abstention, never adverbs or particles', () => {
    const terms = parse('Wie viele Fragmente wurden bisher gefunden?').terms;
    expect(terms.find((term) => term.words[0] === 'bisher')?.nounLike).toBe(false);
    expect(terms.find((term) => term.words[0] === 'fragmente')?.nounLike).toBe(true);
  });

  it('asks a measure question for its unit instead of the adjective', () => {
    const terms = parse('Wie schnell war der Zug?').terms;
    expect(terms.map((term) => term.words[0])).toEqual(['zug', '#speed']);
    expect(terms[1]?.markersRequired).toBe(true);
    expect(parse('Wie hoch ist der Turm?').terms.find((term) => term.markers)?.markersRequired).toBe(false);
    // A sum noun makes "hoch" ask for money alone.
    expect(parse('Wie hoch ist der Schaden?').terms.find((term) => term.markers)?.markersRequired).toBe(true);
  });

  it('reads the first word of a yes/no question before its subject as the verb ("Gilt das …", "Fährt der Bus …")', () => {
    expect(parse('Gilt das auch fürs Parkhaus?').terms[0]).toMatchObject({ words: ['gilt'], verbLike: true });
    expect(parse('Fährt der Bus auch sonntags?').terms[0]).toMatchObject({ verbLike: true });
  });

  it('reads "der wievielte" as a question for an ordinal of the noun', () => {
    const parsed = parse('Der wievielte Streik ist das?');
    expect(parsed.focus).toBe('ordinal');
    expect(parsed.terms[parsed.countedTerm]?.words).toEqual(['streik']);
  });
});

describe('parseQuestion on colloquial and lower-case questions', () => {
  it('reads a misspelt question word at the start as that word ("Wiviele", "Wiso"), not "warm" as "warum"', () => {
    const count = parse('Wiviele Puten werden getötet');
    expect(count.focus).toBe('count');
    expect(count.terms[count.countedTerm]?.words).toEqual(['puten']);
    expect(parse('Wiso könnte Nordkorea Flugzeuge wollen?').focus).toBe('reason');
    expect(parse('warm wird es morgen?').focus).not.toBe('reason');
    expect(parse('Wan kommen die Ergebnisse?').focus).toBe('time');
    expect(parse('Kann man die Ergebnisse sehen?').focus).not.toBe('time');
  });

  it('reads hedging adverbs ("voraussichtlich"), colloquial "is" and modal verbs ("kannst") as no content', () => {
    expect(parse('Wie lange dauern die Bauarbeiten voraussichtlich?').terms.find((term) => term.words[0] === 'voraussichtlich')?.soft).toBe(true);
    expect(parse('wie alt is der chefarzt').terms.map((term) => term.words[0])).not.toContain('is');
    // Modal verbs in the second person ask for nothing either.
    expect(parse('kannst du mir sagen was passiert ist').terms.map((term) => term.words[0])).not.toContain('kannst');
    expect(parse('willst du wissen, wie alt Putin ist').terms.map((term) => term.words[0])).not.toContain('willst');
  });

  it('reads a closing adverb after "ist/war" as how, not as the required predicate ("Wie lange war der Affe unterwegs?")', () => {
    expect(parse('Wie lange war der Affe unterwegs?').terms.find((term) => term.words[0] === 'unterwegs')?.nounLike).toBe(false);
    expect(parse('Wie viel ist Grünstapel jetzt wert?').terms.find((term) => term.words[0] === 'wert')?.nounLike).toBe(true);
  });

  it('reads a participle with a long particle as a verb, not as the predicate noun ("ist … kaputtgegangen")', () => {
    expect(parse('Warum ist der Damm kaputtgegangen?').terms.find((term) => term.words[0] === 'kaputtgegangen')).toMatchObject({ verbLike: true, nounLike: false });
  });

  it('reads the word after an article or preposition of a lower-case question as a noun, whatever its ending', () => {
    const terms = parse('warum kommen die feuerwehrleute nicht für die landwirte').terms;
    expect(terms.find((term) => term.words[0] === 'feuerwehrleute')).toMatchObject({ verbLike: false, nounLike: true });
    expect(terms.find((term) => term.words[0] === 'landwirte')).toMatchObject({ verbLike: false, nounLike: true });
  });

  it('reads the word after the question word of a lower-case question as its verb, and possessives as function words', () => {
    const terms = parse('was mache ich mit meinem hund').terms;
    expect(terms.map((term) => term.words[0])).toEqual(['mache', 'hund']);
    expect(terms[0]).toMatchObject({ verbLike: true, nounLike: false });
  });

  it('reads the word after "ab wann", "seit wann" or "bis wann" of a lower-case question as its verb', () => {
    expect(parse('ab wann gilt die neue regelung').terms.find((term) => term.words[0] === 'gilt')).toMatchObject({ verbLike: true, nounLike: false });
    expect(parse('seit wann wohnt sie in bremen').terms.find((term) => term.words[0] === 'wohnt')).toMatchObject({ verbLike: true, nounLike: false });
  });

  it('does not read the measure after "wie" as the verb of a trailing particle, and lets the particle go', () => {
    const terms = parse('Wie weit war der Wolf weg?').terms;
    expect(terms.find((term) => term.separated)).toBeUndefined();
    expect(terms.find((term) => term.words[0] === 'weg')?.soft).toBe(true);
  });

  it('takes a capitalised last word for a noun, not the particle of a separable verb, unless all is lower case', () => {
    expect(parse('Wer finanziert den Umbau zum größten Teil?').terms.map((term) => term.words[0])).toEqual(expect.arrayContaining(['finanziert', 'teil']));
    expect(parse('wer nimmt am lauf teil').terms.map((term) => term.words[0])).toContain('teilnimmt');
  });

  it('reads a function word written with one consonant of its double as the function word ("muste", "konte")', () => {
    expect(parse('Wie weit muste sie fahren?').terms.map((term) => term.words[0])).not.toContain('muste');
    expect(parse('Wann konte man wieder baden?').terms.map((term) => term.words[0])).toEqual(['baden']);
  });

  it('reads a common role abbreviation in capitals as the role ("OB"), not the conjunction "ob"', () => {
    expect(parse('Wie heißt der OB von Lörnitz?').terms.find((term) => term.words[0] === 'oberbuergermeister')).toMatchObject({ nounLike: true, verbLike: false });
    expect(parse('Weiß man, ob der Markt stattfindet?').terms.map((term) => term.words[0])).not.toContain('oberbuergermeister');
  });

  it('reads a relative pronoun as a function word, not a verb ("dessen")', () => {
    expect(parse('Wie alt ist der Mann, dessen Bienen gestorben sind?').terms.map((term) => term.words[0])).not.toContain('dessen');
  });

  it('reads "macht … dicht" as "schließen"', () => {
    expect(parse('Wann macht die Notaufnahme dicht?').terms.map((term) => term.words[0])).toContain('schliessen');
  });

  it('reads the last word of a clause after a conjunction and a pronoun as its verb, also without capitals ("wenn man beitritt")', () => {
    const joining = parse('Was muss man einmalig zahlen, wenn man beitritt?').terms.find((term) => term.words[0] === 'beitritt');
    expect(joining?.verbLike).toBe(true);
    expect(joining?.nounLike).toBe(false);
    // (A noun after the pronoun and before the clause's end stays one: "wenn man Kinder hat" keeps "Kinder".)
    expect(parse('was kostet es, wenn man kinder hat').terms.find((term) => term.words[0] === 'kinder')?.nounLike).toBe(true);
  });

  it('drops "Anfang", "Mitte" or "Ende" before a month or a year: it only places the time', () => {
    expect(parse('Was ist Anfang Juli am See passiert?').terms.map((term) => term.words[0])).not.toContain('anfang');
    expect(parse('Was passiert Ende 2025?').terms.map((term) => term.words[0])).not.toContain('ende');
    expect(parse('Wann ist das Ende der Sperrung?').terms.map((term) => term.words[0])).toContain('ende');
  });

  it('reads "ein paar" and "in wenigen Sätzen" as no content, and "der Typ" as someone the article names', () => {
    const words = (question: string) => parse(question).terms.filter((term) => !term.soft).map((term) => term.words[0]);
    expect(words('Kannst du mir in ein paar Sätzen sagen, worum es geht?')).toEqual([]);
    expect(words('Wie viel kostete das vor ein paar Jahren?')).not.toContain('paar');
    expect(words('Wie viele Autos hat der Typ manipuliert?')).not.toContain('typ');
  });

  it('reads "In welchem Umkreis …", "Mit welcher Geschwindigkeit …" as asking a distance, a speed', () => {
    const terms = parse('In welchem Umkreis um den Flughafen sind Drohnen verboten?').terms;
    expect(terms.map((term) => term.words[0])).not.toContain('umkreis');
    expect(terms.some((term) => term.markers?.some((marker) => marker.key === '#length'))).toBe(true);
    const marker = (question: string) => parse(question).terms.find((term) => term.markers)?.markers?.[0]?.key;
    expect(marker('Mit welcher Geschwindigkeit fuhr der Zug?')).toBe('#speed');
    expect(marker('Welche Temperatur wurde gemessen?')).toBe('#temp');
  });
});
