import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/content/parse-article.js';
import { indexArticle } from '../../../src/core/qa/article-index.js';
import { otherRoleMatches } from '../../../src/core/qa/compounds.js';
import { createQaEngine } from '../../../src/core/qa/engine.js';
import { answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Skatepark Hohenau: Stadtrat gibt grünes Licht - Anwohner fürchten Lärm

Nach jahrelangem Streit bekommt Hohenau einen Skatepark am Festplatz. Die Anwohner der Lindenstraße sind unzufrieden.

Der Stadtrat von Hohenau hat am Montag den Bau eines Skateparks am Festplatz beschlossen. Die Entscheidung fiel mit 21 zu 8 Stimmen. Zuletzt wurde am Festplatz im Jahr 2015 gebaut.

Bedarf gibt es: 320 Jugendliche wünschen sich einen Platz zum Skaten, ergab eine Umfrage aus dem Jugendrat. In Hohenau leben 2.100 Jugendliche.

Die SPD-Stadträtin Eva Brandt befürchtet Lärm bis spät in die Nacht. Eine Studie der Universität Kellbach, erschienen im Fachjournal "Sport und Raum", sieht das anders.

Wie sieht der Skatepark aus?

Der neue Skatepark am Festplatz soll auf 1.400 Quadratmetern Beton entstehen. Er wird von einem Zaun umgeben und bekommt eine Flutlichtanlage, für die 48 Solarmodule auf dem Dach des Jugendhauses Strom liefern. Die Kosten schätzt die Stadt auf 620.000 Euro. Über ein Förderprogramm für Jugendsport übernimmt das Land 40 Prozent davon. Einen Beitrag von den Nutzern erhebt die Stadt nicht.

Der Förderverein Rollbrett hat 80 Mitglieder, doch nur 12 von ihnen sind aktive Skater. Skatelehrer Jonas Feld aus Hohenau bietet schon heute Kurse an. Für ihn würde der Park rund 2.000 Euro mehr Umsatz im Jahr bedeuten.

Warum braucht Hohenau den Park?

Die alte Rampe am Bahnhof ist marode. "Eine neue Halle für die Skater zu bauen, würde uns mehr als drei Millionen Euro kosten", sagte Bürgermeisterin Anke Roth. Im vergangenen Sommer stürzte dort ein 14-Jähriger. Es schleuderte ihn drei Meter weit, er brach sich den Arm. Nach Angaben der Polizei ist die Zahl der Verletzten auf Rampen im Kreis von 12 auf 19 gestiegen.

Rund um den Festplatz stehen 14 Gebäude. Die Sparkasse Hohenau betreibt dort eine von 9 Filialen im Kreis.

Für die Reinigung zahlt die Stadt künftig 2 Euro pro Haus im Monat. Der Bauhof fährt dafür mit einem weißen Lieferwagen vor.

Das alte Jugendhaus am Bahnhof wird geschlossen. Hauptgrund sind die Kosten für eine dringend nötige Sanierung. Die Stadt nennt mehrere Gründe für das Aus:

  • Für Brandschutz, ein neues Dach und neue Sanitäranlagen wären nach einem Gutachten rund 800.000 Euro nötig.
  • Das Jugendhaus machte im vergangenen Jahr ein Defizit von rund 50.000 Euro.

Im September startet ein kostenloser Anfängerkurs mit 12 Plätzen. Teilnehmen kann, wer mindestens acht Jahre alt ist. Anmeldeschluss ist der 1. September.

Im Vereinsheim am Festplatz trifft sich der Förderverein jeden Freitag, den Schlüssel hat Hausmeister Karl Weber.

"Wir brauchen den Park", sagte Vereinsvorsitzender Peter Lorenz.

Beim Brand im Jugendhaus im Mai dauerten die Löscharbeiten bis 4 Uhr morgens.

Die beiden alten Rampen am Bahnhof werden im Sommer abgerissen.

Wer nachts über den Zaun klettert, muss mit einem Bußgeld von bis zu 500 Euro rechnen.

Wann wird gebaut?

Die Bagger kommen im März 2026, eröffnet wird im Herbst.

/news.de/dpa
`;
const answer = answerAbout(text, 'skatepark-hohenau.de.txt', { withCitations: false });

describe('reader questions about an invented article (session 18)', () => {
  it('prices the thing a paragraph is about when its cost comes two sentences after its name ("Der Skatepark … Er … Die Kosten …")', () => {
    const reply = answer('Was kostet der neue Skatepark am Festplatz?');
    expect(reply).toContain('620.000 Euro');
    expect(reply).not.toContain('Bußgeld');
  });

  it('reads "durch die Luft" as how far, which the article says without the air', () => {
    expect(answer('Wie weit wurde der Junge durch die Luft geschleudert?')).toContain('drei Meter');
  });

  it('counts by "die Zahl der X … von 12 auf 19": the number after it counts the X', () => {
    expect(answer('Wie viele Verletzte gab es zuletzt auf Rampen im Kreis?')).toContain('von 12 auf 19');
  });

  it('reads "Für ihn …" with the sentence before, which names him', () => {
    expect(answer('Wieviel mehr Umsatz hätte Jonas Feld?')).toContain('2.000 Euro');
  });

  it('answers "Welchen Anteil …" with a share, though the article has a synonym of "Anteil" ("Beitrag")', () => {
    expect(answer('Welchen Anteil übernimmt das Land beim Skatepark?')).toContain('40 Prozent');
  });

  it('meets "Neubau" in "neue … zu bauen": the adjective and the noun of a short compound together', () => {
    expect(answer('Was würde der Neubau einer Skaterhalle kosten?')).toContain('drei Millionen Euro');
  });

  it('meets "Solarpanels" in "Solarmodule"', () => {
    expect(answer('Wie viele Solarpanels liefern Strom für das Flutlicht?')).toContain('48 Solarmodule');
  });

  it('counts no houses by a rate ("2 Euro pro Haus") and meets "Häuser" in "Gebäude"', () => {
    const reply = answer('Wie viele Häuser stehen um den Festplatz?');
    expect(reply).toContain('14 Gebäude');
    expect(reply).not.toContain('pro Haus');
  });

  it('reads a bullet with its list\'s intro also where the bullet meets the word asked only in part ("Sanierung" ~ "Sanitäranlagen")', () => {
    expect(answer('Was hätte die Sanierung gekostet?').split('\n')[0]).toContain('800.000 Euro');
  });

  it('counts by a partitive ("nur 12 von ihnen sind aktive Skater")', () => {
    expect(answer('Wie viele aktive Skater hat der Förderverein?')).toContain('12 von ihnen');
  });

  it('reads two matched sentences in a row together when the second holds the fact and the first the thing asked about', () => {
    expect(answer('ab welchem alter kann man beim anfängerkurs mitmachen')).toContain('acht Jahre alt');
  });

  it('meets a verb in a compound it opens, when nothing else meets it ("anmelden" ~ "Anmeldeschluss")', () => {
    expect(answer('Bis wann muss man sich anmelden?')).toContain('1. September');
  });

  it('meets "Politikerin" in the office the article names ("die SPD-Stadträtin")', () => {
    expect(answer('Was befürchtet die Politikerin der SPD?')).toContain('Lärm bis spät in die Nacht');
  });

  it('meets "Fachzeitschrift" in "Fachjournal"', () => {
    expect(answer('In welcher Fachzeitschrift erschien die Studie?')).toContain('Sport und Raum');
  });

  it('meets a verb in a compound it opens, beside other weak matches ("gelöscht" ~ "Löscharbeiten")', () => {
    expect(answer('Bis wann wurde gelöscht?')).toContain('bis 4 Uhr');
  });

  it('meets a head\'s role compound in the article\'s word for the head of the same thing ("Vereinschef" ~ "Vereinsvorsitzender")', () => {
    expect(answer('Wer ist der Vereinschef?').split('\n')[0]).toContain('Peter Lorenz');
    const index = indexArticle(parseArticle(text, 'skatepark-hohenau.de.txt'));
    // (As strong as the role itself, and stronger than "Vereinsheim", which shares only the modifier.)
    expect(otherRoleMatches('vereinschef', index)).toEqual([{ keys: ['vereinsvorsitz'], weight: 0.9 }]);
  });

  it('meets "Geschäftsstellen" in "Filialen"', () => {
    expect(answer('Wie viele Geschäftsstellen hat die Sparkasse im Kreis?')).toContain('9 Filialen');
  });

  it('routes no question to a heading it shares one word with when it asks a time before now the article has ("zuletzt")', () => {
    const reply = answer('Wann wurde zuletzt gebaut?');
    expect(reply).toContain('2015');
    expect(reply).not.toContain('März 2026');
  });

  it('meets "Auto" in "Lieferwagen"', () => {
    expect(answer('Mit welchem Auto kommt der Bauhof?')).toContain('weißen Lieferwagen');
  });

  it('answers "Was passiert mit den beiden X?" about the X, not with a summary', () => {
    expect(answer('Was passiert jetzt mit den beiden Rampen')).toContain('abgerissen');
  });

  it('answers "Woher stammt diese Zahl?" with the source the passage just quoted gives', () => {
    const engine = createQaEngine([parseArticle(text, 'skatepark-hohenau.de.txt')]);
    const first = engine.answer('Wie viele Jugendliche wollen einen Platz zum Skaten?');
    expect(first.text).toContain('320 Jugendliche');
    const source = engine.answer('woher stammt diese zahl?', { previous: { question: 'Wie viele Jugendliche wollen einen Platz zum Skaten?', answer: first.text } });
    expect(source.text).toContain('Umfrage aus dem Jugendrat');
  });
});
