import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Seilbahn Talheim: Gondeln schweben über den Fluss - Anwohner klagen über Lärm

Seit einer Woche fährt in Talheim die erste städtische Seilbahn Baden-Württembergs. Pendler sparen Zeit, doch die Anwohner am Ufer sind unzufrieden.

Projektleiter Jonas Feldt in einer Gondel über dem Neckar. (Foto) Suche
Projektleiter Jonas Feldt in einer Gondel über dem Neckar. Bild: picture alliance/dpa | Mara Lenz

Die Gondeln hängen an einem Stahlseil von 1,8 Kilometern Länge. Die erste Fahrt mit geladenen Gästen gab es am 12. April. "Wir haben sieben Jahre auf diesen Tag hingearbeitet", sagte Projektleiter Jonas Feldt. Die Anlage kostete 41 Millionen Euro. Gesteuert hat die Gondeln an diesem Tag die Technikerin Lea Brandt. "Der Wind war ruhig. Es war ein perfekter Tag", sagte die 34-Jährige.

Die Bauarbeiten dauerten 26 Monate. "Die Auslastung liegt über unseren Erwartungen", sagte die Leiterin der Verkehrsbetriebe, Dr. Ines Haberkorn. Nach der Streckeneröffnung am 19. April kamen an einem Tag 9.000 Fahrgäste.

Welche Vorteile haben Pendler?

Nach Angaben der Verkehrsbetriebe lohnt sich der Umstieg:

  • Die Fahrt vom Bahnhof zur Hochschule dauert nur noch acht Minuten.
  • Eine Gondel kommt alle 30 Sekunden.
  • Das Monatsticket gilt ohne Aufpreis.

Warum ärgern sich die Anwohner?

Die Bürgerinitiative Neckarufer beklagt das Summen der Rollen an den Stützen. Ihre Sprecherin Hanna Roth sammelte 600 Unterschriften. Statt der erhofften Ruhe gebe es seit der ersten Fahrt nur Lärm, sagte Roth. Oberbürgermeisterin Nina Vogt (SPD) versprach Lärmschutz an den Stützen.

Im Mai rammte ein Lkw eine Stütze. Gegen den 47 Jahre alten Besitzer des Sattelzugs wird ermittelt.

Gondeln fahren auch bei Sturm

Bis Windstärke 8 bleibt die Bahn in Betrieb.

Wann fahren die Gondeln morgens?

Der Betrieb beginnt um 6 Uhr.

Was kostet das Parken?

Ein Tag auf dem Platz am Bahnhof kostet 4 Euro. Das Bahnhofsgebäude war 1911 eröffnet worden.

Was plant Feldt als Nächstes?

Eine zweite Linie zum Messegelände ist in Planung. Bei der Preisverkündung am 2. Mai erhielt die Bahn einen Designpreis.

Folgen Sie News.de schon bei WhatsApp, Facebook, Twitter, Pinterest und YouTube? Hier finden Sie brandheiße News, aktuelle Videos und den direkten Draht zur Redaktion.

/news.de/dpa

Themen:
`;
const answer = answerAbout(text, 'seilbahn-talheim.de.txt', { withCitations: true });

// A second invented article: a weekday before a noun ("seit Freitag Bilder") next to a person's name.
const gallery = `Erstellt von - Uhr

Ausstellung in Talheim: Malerin zeigt Bilder vom Fluss

Eine Ausstellung zeigt seit Freitag Bilder vom Neckar.

Die Malerin Mara Lenz stellt in Talheim aus. Ihre Bilder hängen in der Neuen Galerie Talheim. "Ich bin glücklich", sagte die 34-Jährige.

/news.de/dpa

Themen:
`;
const answerGallery = answerAbout(gallery, 'galerie-talheim.de.txt', { withCitations: true });

describe('reader questions: round 11 mechanisms', () => {
  it('reads the genitive of a word about the text itself ("die Quelle des Artikels") as asking for the source', () => {
    expect(answer('Was ist die Quelle des Artikels?')).toContain('dpa');
  });

  it('joins "statt" to its verb ("Wann fand … statt?") instead of asking for the word "statt"', () => {
    expect(answer('Wann fand die erste Fahrt statt?')).toContain('12. April');
  });

  it('routes to a heading that leaves out the words of the title ("Welche Vorteile hat die Seilbahn für Pendler?")', () => {
    const reply = answer('Welche Vorteile hat die Seilbahn für Pendler?');
    expect(reply).toContain('acht Minuten');
    expect(reply).toContain('alle 30 Sekunden');
  });

  it('meets a compound of the question\'s noun and verb ("Wann wurde die Strecke eröffnet?" ~ "Streckeneröffnung")', () => {
    expect(answer('Wann wurde die Strecke eröffnet?')).toContain('19. April');
    expect(answer('Wann wurde der Preis verkündet?')).toContain('2. Mai');
  });

  it('reads the name after a title with a dot as a name ("Dr. Ines Haberkorn")', () => {
    expect(answer('Wie heißt die Chefin der Verkehrsbetriebe?')).toContain('Haberkorn');
  });

  it('answers "Als was wird X bezeichnet?" with the role the article gives X', () => {
    expect(answer('als was wird feldt im artikel bezeichnet')).toContain('Projektleiter');
  });

  it('reads a compound of a source word ("Nachrichtenportal") as asking for the source', () => {
    expect(answer('Auf welchem Nachrichtenportal ist der Text erschienen?')).toContain('news.de');
  });

  it('reads a measure under a heading naming the thing as the measure of that thing ("Was kostet das Parken?")', () => {
    expect(answer('Was kostet das Parken am Bahnhof?')).toContain('4 Euro');
  });

  it('takes three capitalised words after an article for a role and a name ("die Technikerin Lea Brandt … die 34-Jährige")', () => {
    expect(answer('Wie alt ist die Technikerin?')).toContain('34-Jährige');
  });

  it('answers which party someone belongs to with the party written beside them ("Nina Vogt (SPD)"), and only theirs', () => {
    expect(answer('Welcher Partei gehört die Oberbürgermeisterin an?')).toContain('(SPD)');
    expect(answer('In welcher Partei ist Feldt?')).toBe('abstained');
  });

  it('answers who a photo shows with its caption ("Wer ist der Mann in der Gondel auf dem Foto?"), not with the credit', () => {
    const reply = answer('Wer ist der Mann in der Gondel auf dem Foto?');
    expect(reply).toContain('Projektleiter Jonas Feldt in einer Gondel');
    expect(reply).not.toContain('Mara Lenz');
    expect(answer('Wie heißt die Frau von Feldt?')).toBe('abstained');
  });

  it('reads the year a thing was opened as its age ("Wie alt ist das Bahnhofsgebäude?" ~ "1911 eröffnet")', () => {
    expect(answer('Wie alt ist das Bahnhofsgebäude?')).toContain('1911');
  });

  it('of two headings a question meets, routes to the one asking what it asks ("Wann fahren die Gondeln morgens?")', () => {
    expect(answer('Ab wann fahren die Gondeln?')).toContain('6 Uhr');
  });

  it('abstains when a word picking one of several ("die dritte Fahrt", "durchschnittlich") is not in the article', () => {
    expect(answer('Wann gab es die dritte Fahrt?')).toBe('abstained');
    expect(answer('Wie hoch ist die durchschnittliche Auslastung?')).toBe('abstained');
    expect(answer('Wann gab es die erste Fahrt?')).toContain('12. April');
  });

  it('reads the part before a hyphen as saying which one ("Wie alt ist der Lkw-Besitzer?" asks the owner\'s age)', () => {
    expect(answer('Wie alt ist der Lkw-Besitzer?')).toContain('47 Jahre alten');
  });

  it('does not take a weekday and a noun for a person ("seit Freitag Bilder"), so a later age points back to the named one', () => {
    expect(answerGallery('Wie alt ist Mara Lenz?')).toContain('34-Jährige');
  });

  it('reads "Website" as asking for the source', () => {
    expect(answer('Auf welcher Website ist der Text erschienen?')).toContain('news.de');
  });

  it('still abstains on what the article does not say', () => {
    expect(answer('Wie viel kostet eine Einzelfahrt?')).toBe('abstained');
    expect(answer('Wann fährt die letzte Gondel am Abend?')).toBe('abstained');
    expect(answer('Wie heißt der Landrat?')).toBe('abstained');
    expect(answer('Wie schnell fahren die Gondeln?')).toBe('abstained');
  });
});
