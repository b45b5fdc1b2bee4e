import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Grundschule Lindenau: Anbau für 4,2 Millionen Euro beschlossen

Die Grundschule Lindenau platzt aus allen Nähten. Jetzt wird angebaut.

Der Gemeinderat von Lindenau hat am Dienstag beschlossen, die Grundschule am Lindenplatz um sechs Klassenräume zu erweitern. Die Kosten werden auf 4,2 Millionen Euro geschätzt.

Warum wird angebaut?

Der Ausbau ist nötig, weil die Zahl der Schüler seit 2020 von 180 auf 260 gestiegen ist, sagte Bürgermeisterin Ilse Hartwig. Schon jetzt kann die Schule keine Kinder aus den Nachbarorten mehr aufnehmen.

Die Gemeinde zahlt 2,4 Millionen Euro aus Rücklagen. Für den Rest nimmt sie einen Kredit über 1,8 Millionen Euro auf.

Die Schulbusse fahren künftig auch nach Oberau, um 7 Uhr und um 13 Uhr. Ein Busfahrer muss nach 4,5 Stunden Fahrt eine Pause von 45 Minuten einlegen.

Im Schulgarten pflücken die Kinder jeden Herbst Äpfel. "So eine Ernte hatten wir noch nie", sagt Hausmeister Udo Brand. Den Garten hat sein Vorgänger 1998 angelegt. Insgesamt rechnet Brand mit 300 Kilogramm Äpfeln, doppelt so viel wie im Vorjahr, als Hagel die Knospen zerstört hatte.

Auf dem Schulhof sollen zudem 14 Laub-Bäume gepflanzt werden, bezahlt vom Förderverein der Schule. Der Förderverein wurde 2005 gegründet.

Schulleiterin Vera Kühn nennt für den Anbau der Grundschule im Jahr 2024 mehrere Gründe.

Was fanden die Kinder beim Frühjahrsputz?

Beim Frühjahrsputz der Schule sammelten die Kinder am Lindenbach allerlei Müll ein:

  • Altreifen: Am Ufer lagen 12 Reifen auf einem Haufen.
  • Glas: Die Kinder füllten drei Säcke mit Flaschen.

Am Lindenbach brüten Eisvogel und Wasseramsel. Die Vögel stehen unter Schutz, deshalb bleibt das Ufer für Besucher gesperrt.

Eltern können sich donnerstags ab 16 Uhr im Rathaus zum Schulweg beraten lassen. Die Beratung ist kostenlos.

Für den kommenden Montag haben die Eltern eine Demonstration vor dem Rathaus angekündigt.

Die Gemeinde verlangt eine Gebühr für die Sperrmüllabholung, die Abholung erfolgt ab 9 Uhr. Seit 2024 kostet jede Abholung 30 Euro.

Warum schließt die Gemeinde die Turnhalle?

Das Dach der Turnhalle ist undicht, ein Gutachter hat Schimmel in den Umkleiden gefunden. Die Sanierung soll bis Ostern dauern.

Folgen Sie News.de schon bei WhatsApp, Facebook, Twitter, Pinterest und YouTube? Hier finden Sie brandaktuelle News, spannende Videos und den direkten Draht zur Redaktion.

/news.de/dpa
`;

const answer = answerAbout(text, 'grundschule-lindenau.de.txt', { withCitations: false });

// A short second article: its only passage on the new building lacks the question's verb.
const careHome = `Erstellt von - Uhr

Pflegeheim Oberau: Mehr Platz für Senioren

Das Pflegeheim in Oberau bekommt mehr Zimmer.

Die Pflegekräfte machen seit Monaten Überstunden, sagt Heimleiterin Anna Roth.

Der Neubau soll im Herbst 2028 bezogen werden.

/news.de/dpa
`;
const answerCareHome = answerAbout(careHome, 'pflegeheim-oberau.de.txt', { withCitations: false });

describe('reader questions about an invented article (session 16)', () => {
  it('finds the price of a thing the article names by a synonym beside the price ("Ausbau" ~ "erweitern")', () => {
    expect(answer('Was kostet der Ausbau der Grundschule am Lindenplatz?')).toContain('4,2 Millionen Euro');
  });

  it('reads "am Stück" as an idiom: the article need not say "Stück"', () => {
    expect(answer('Wie lange darf ein Busfahrer am Stück fahren?')).toContain('4,5 Stunden');
  });

  it('answers from a passage whose words are spread over its sentences ("Ernte" in one, "Vorjahr" two sentences on)', () => {
    expect(answer('Warum war die Ernte im Vorjahr so mies?')).toContain('Hagel');
  });

  it('counts a compound by its head in a sentence that names it ("Altreifen: … 12 Reifen")', () => {
    expect(answer('Wie viele Altreifen lagen am Ufer?')).toContain('12 Reifen');
  });

  it('finds the price of a compound named before by its head after "jede" ("Sperrmüllabholung" … "jede Abholung")', () => {
    expect(answer('Was kostet die Sperrmüllabholung seit 2024?')).toContain('30 Euro');
  });

  it('answers two questions joined by "und" each, quoting a sentence once', () => {
    const both = answer('Was kostet der Anbau und wie viele Schüler hat die Schule inzwischen?');
    expect(both).toContain('4,2 Millionen Euro');
    expect(both).toContain('auf 260');
    const founded = answer('Wer hat den Schulgarten angelegt und wann?');
    expect(founded).toContain('1998 angelegt');
    expect(founded.split('1998 angelegt')).toHaveLength(2);
  });

  it('reads "kostenlos" as a price, and "gratis" or "umsonst" as "kostenlos"', () => {
    expect(answer('Was kostet die Beratung zum Schulweg?')).toContain('Die Beratung ist kostenlos');
    expect(answer('Ist die Beratung zum Schulweg umsonst?')).toContain('Die Beratung ist kostenlos');
  });

  it('answers from a passage that meets every noun of the question, though it lacks the rest ("fertig")', () => {
    expect(answerCareHome('Wann könnte der Neubau fertig sein?')).toContain('Herbst 2028');
    // A noun the article lacks still makes the question unanswerable.
    expect(answerCareHome('Wann könnte die Turnhalle fertig sein?')).toBe('abstained');
  });

  it('reads "Vogelarten" as the birds the article names ("Eisvogel und Wasseramsel … Die Vögel")', () => {
    expect(answer('Welche Vogelarten brüten am Lindenbach?')).toContain('Eisvogel');
    expect(answer('Welche Fischarten leben im Lindenbach?')).toBe('abstained');
  });

  it('answers "Um wie viel Uhr …" only with an hour of the day, not with a day', () => {
    expect(answer('Um wie viel Uhr beginnt die Demonstration vor dem Rathaus?')).toBe('abstained');
    expect(answer('Um wie viel Uhr beginnt die Beratung zum Schulweg?')).toContain('ab 16 Uhr');
    expect(answer('Wann ist die Demonstration vor dem Rathaus?')).toContain('kommenden Montag');
  });

  it('dates a founding only by a sentence that says it was founded, not by one giving reasons ("Gründe")', () => {
    expect(answer('Wann wurde der Förderverein gegründet?')).toContain('2005');
    expect(answer('In welchem Jahr wurde die Grundschule gegründet?')).toBe('abstained');
  });

  it('routes a question to a heading asking the same of the same thing when all but one of its words meet it', () => {
    expect(answer('Warum macht der Bürgermeister die Turnhalle dicht?')).toContain('Schimmel');
    // A noun the article never uses still makes it unanswerable.
    expect(answer('Warum schließt der Landkreis die Turnhalle?')).toBe('abstained');
  });

  it('counts a hyphenated compound by its last part ("14 Laub-Bäume" answers "Wie viele Laubbäume …")', () => {
    expect(answer('Wie viele Laubbäume werden auf dem Schulhof gepflanzt?')).toContain('14 Laub-Bäume');
  });
});
