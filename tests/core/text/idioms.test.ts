import { describe, expect, it } from 'vitest';
import { requiredLetters, sharesIdiom, withIdiomsPlain } from '../../../src/core/text/idioms.js';

describe('idioms in questions', () => {
  it('reads an idiom as the plain words a news text uses, in any case and either word order', () => {
    expect(withIdiomsPlain('Wer hat die Tischlerei ins Leben gerufen?')).toBe('Wer hat die Tischlerei gegründet?');
    expect(withIdiomsPlain('Wer rief den Chor ins Leben?')).toBe('Wer gründete den Chor?');
    expect(withIdiomsPlain('Wie viel zahlt jeder aus eigener Tasche?')).toBe('Wie viel zahlt jeder selbst?');
    expect(withIdiomsPlain('Was legt man dem Mann zur Last?')).toBe('Was wirft man dem Mann vor?');
    expect(withIdiomsPlain('Wer gab GRÜNES LICHT?')).toBe('Wer gab Genehmigung?');
    expect(withIdiomsPlain('Wo trainieren die Sportler in Zukunft?')).toBe('Wo trainieren die Sportler künftig?');
    expect(withIdiomsPlain('Wie viele Kleinbusse sind im Einsatz?')).toBe('Wie viele Kleinbusse sind eingesetzt?');
    expect(withIdiomsPlain('Was zahlt der Kreis im Moment pro Stunde?')).toBe('Was zahlt der Kreis derzeit pro Stunde?');
    expect(withIdiomsPlain('Wer leitet zurzeit die Schule?')).toBe('Wer leitet derzeit die Schule?');
    expect(withIdiomsPlain('Was wollen die Vereine auf die Beine stellen?')).toBe('Was wollen die Vereine aufbauen?');
    expect(withIdiomsPlain('Wer stellte das Fest auf die Beine?')).toBe('Wer baut das Fest auf?');
    expect(withIdiomsPlain('Worauf legt die Stadt viel Wert?')).toBe('Worauf hat die Stadt Priorität?');
    expect(withIdiomsPlain('Wo kann man in der Nähe gratis parken?')).toBe('Wo kann man gratis parken?');
    expect(withIdiomsPlain('Wie teuer ist das Parken dort im Vergleich?')).toBe('Wie teuer ist das Parken dort?');
    expect(withIdiomsPlain('Wer beschwert sich im Namen der Anwohner?')).toBe('Wer beschwert sich für Anwohner?');
    expect(withIdiomsPlain('Wie viel Kuchen ging über die Theke?')).toBe('Wie viel Kuchen wurde verkauft?');
    expect(withIdiomsPlain('Kann man das Wasser aus dem Hahn trinken?')).toBe('Kann man das Leitungswasser trinken?');
    // "im Spiel" at the end of "War … im Spiel?" says whether it played a part; a game stays one.
    expect(withIdiomsPlain('War Alkohol im Spiel?')).toBe('War Alkohol?');
    expect(withIdiomsPlain('Wer war im Spiel gegen Köln dabei?')).toBe('Wer war im Spiel gegen Köln dabei?');
    // Idioms with an umlaut or ß at a word's edge, where \b sees no word boundary.
    expect(withIdiomsPlain('Wer hat die Kunden übers Ohr gehauen?')).toBe('Wer hat die Kunden betrogen?');
    expect(withIdiomsPlain('Was ist der Stadt äußerst wichtig?')).toBe('Was ist der Stadt Priorität?');
    expect(withIdiomsPlain('Welchem Projekt maß die Stadt großes Gewicht bei?')).toBe('Welchem Projekt gibt die Stadt Priorität?');
    expect(withIdiomsPlain('Wie viele Haushalte saß im Dunkeln?')).toBe('Wie viele Haushalte waren ohne Strom?');
    expect(withIdiomsPlain('Wie viele Brote sind über die Ladentheke gegangen?')).toBe('Wie viele Brote sind verkauft?');
    expect(withIdiomsPlain('Wer hat sich für den Halt stark gemacht?')).toBe('Wer hat sich für den Halt eingesetzt?');
    expect(withIdiomsPlain('Wer macht sich für den Halt stark?')).toBe('Wer setzt sich für den Halt ein?');
    expect(withIdiomsPlain('Wie viele Haushalte saßen im Dunkeln?')).toBe('Wie viele Haushalte waren ohne Strom?');
    expect(withIdiomsPlain('wer steckt hinter dem obsthof')).toBe('wer ist verantwortlich für dem obsthof');
    expect(withIdiomsPlain('Wie weit flog der Helm durch die Luft?')).toBe('Wie weit flog der Helm?');
    expect(withIdiomsPlain('Wann sollen die Bagger anrollen?')).toBe('Wann sollen die Bauarbeiten beginnen?');
    expect(withIdiomsPlain('Wann rücken die Bagger an?')).toBe('Wann beginnen die Bauarbeiten?');
    expect(withIdiomsPlain('Was will der Westen nach Putins Meinung verhindern?')).toBe('Was will der Westen Putins verhindern?');
    expect(withIdiomsPlain('Was will die Trainerin nach eigenen Worten erreichen?')).toBe('Was will die Trainerin erreichen?');
    expect(withIdiomsPlain('Wie viele Boote hat der Club laut eigener Aussage?')).toBe('Wie viele Boote hat der Club?');
    expect(withIdiomsPlain('Was ist der Stadt besonders wichtig?')).toBe('Was ist der Stadt Priorität?');
    expect(withIdiomsPlain('Welches Projekt hat einen hohen Stellenwert?')).toBe('Welches Projekt hat Priorität?');
    expect(withIdiomsPlain('Was ist nach Ansicht der Polizei die Ursache?')).toBe('Was ist Polizei die Ursache?');
  });

  it('tells whether a text uses an idiom of the question itself', () => {
    expect(sharesIdiom('Warum schreibt die Klinik rote Zahlen?', 'Das Haus schreibt seit Jahren rote Zahlen.')).toBe(true);
    expect(sharesIdiom('Warum schreibt die Klinik rote Zahlen?', 'Das Haus macht seit Jahren Verlust.')).toBe(false);
  });

  it('leaves the words of an idiom alone outside it', () => {
    expect(withIdiomsPlain('Wie lange leben Biber?')).toBe('Wie lange leben Biber?');
    expect(withIdiomsPlain('Was liegt auf dem Tisch im Rathaus?')).toBe('Was liegt auf dem Tisch im Rathaus?');
    expect(withIdiomsPlain('Welche Zahlen nennt die Kasse?')).toBe('Welche Zahlen nennt die Kasse?');
    expect(withIdiomsPlain('Was kostet der Einsatz?')).toBe('Was kostet der Einsatz?');
  });
  it('reads "der ganze Spaß" as the whole thing asked about', () => {
    expect(withIdiomsPlain('Was kostet der ganze Spaß die Stadt?')).toBe('Was kostet das Ganze die Stadt?');
    expect(withIdiomsPlain('Wer bezahlt den ganzen Spass?')).toBe('Wer bezahlt das Ganze?');
  });
  it('reads "ist … dicht" and "ist … zu" at the end of a question as closed', () => {
    expect(withIdiomsPlain('Seit wann ist das Kesselhaus dicht?')).toBe('Seit wann ist das Kesselhaus geschlossen?');
    expect(withIdiomsPlain('Wie lange bleibt die Straße zu?')).toBe('Wie lange bleibt die Straße geschlossen?');
    expect(withIdiomsPlain('Ist das zu teuer?')).toBe('Ist das zu teuer?');
  });
  it('reads "fährt … hin" ending a question as a visit, but not "Wo … hin"', () => {
    expect(withIdiomsPlain('Warum fährt die Ministerin überhaupt hin?')).toBe('Warum besucht die Ministerin überhaupt?');
    expect(withIdiomsPlain('Wo fährt der Bus hin?')).toBe('Wo fährt der Bus hin?');
  });
});

describe('the letters an idiom pattern requires (its cheap guard)', () => {
  it('takes the longest run outside groups and classes, without a letter a quantifier makes optional', () => {
    expect(requiredLetters(/\bins\s+leben\s+ger(?:u|ie)fen\b/giu)).toBe('leben');
    expect(requiredLetters(/\bpolitische[sn]?\s+system\b/giu)).toBe('politische');
    expect(requiredLetters(/\bkremlchefs?\b/giu)).toBe('kremlchef');
    expect(requiredLetters(/\bauf\s+den\s+pr(?:ü|ue)fstand\b/giu)).toBe('fstand');
  });

  it('requires nothing of a pattern with alternatives at its top, and keeps the case of a case-sensitive one', () => {
    expect(requiredLetters(/\bsehr\s+wichtig\b|\bam\s+wichtigsten\b/giu)).toBe('');
    expect(requiredLetters(/\b(?:im|zum)\s+(?:vergleich|gegenzug)\b/giu)).toBe('');
    expect(requiredLetters(/\b[Dd]as\s+Aus\b/gu)).toBe('Aus');
  });

  it('still reads an idiom written in capitals or after an earlier idiom was replaced', () => {
    expect(withIdiomsPlain('WER HAT DEN VEREIN INS LEBEN GERUFEN?')).toBe('WER HAT DEN VEREIN gegründet?');
    expect(withIdiomsPlain('Worauf legt die Stadt im Moment viel Wert?')).toBe('Worauf hat die Stadt derzeit Priorität?');
  });
});
