import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Brotpleite in Wiesenau: Bäckerei Kornfeld stellt Insolvenzantrag

Die Bäckerei Kornfeld in Wiesenau ist zahlungsunfähig. Der Betrieb mit sieben Filialen backt vorerst weiter.

Die Backstube der Bäckerei Kornfeld. (Foto) Suche
Die Backstube der Bäckerei Kornfeld. Bild: picture alliance/dpa | Lena Vogt

Die Bäckerei Kornfeld hat beim Amtsgericht Wiesenau Insolvenz beantragt. Wegen der Schulden müssen 38 Beschäftigte um ihre Stelle bangen. Vorläufiger Insolvenzverwalter ist der Anwalt Martin Seidel. Kunden mit Gutscheinen rät Seidel, sie bis Ende März einzulösen. Die Mehlpreise sind seit 2021 um 40 Prozent gestiegen.

Wie geht es weiter?

Die Bäckerei will trotz der Insolvenz investieren. Für die Backstube hat Kornfeld einen neuen Ofen bestellt. Geliefert wird er im März aus Italien. Die Kosten liegen bei 85.000 Euro. Weil er mit Strom backt, stößt die Bäckerei künftig 14 Tonnen CO2 im Jahr weniger aus.

Auch die Filiale am Markt wird umgebaut, die Arbeiten beginnen im April. Die Kosten liegen bei 40.000 Euro. Den größten Teil trägt die Sparkasse Wiesenau.

Das Backfest zum 100. Geburtstag der Bäckerei muss auf den 12. Mai verschoben werden.

Beim letzten Backfest wollten die Bäcker die längste Brezelkette der Region legen. Zwölf Helfer legten am Samstag eine Kette von 48 Metern Länge. Auf dem Dach der Backstube nisten seit Jahren zwei Störche. Um ihr Nest gilt im Frühjahr ein Sperrbezirk von 50 Metern. Die sieben Filialen bleiben bis auf Weiteres geöffnet. Der Lieferwagen der Bäckerei fährt morgens zwölf Haltestellen im Landkreis an. "Ohne den Wagen gibt es in unseren Dörfern keine frischen Semmeln mehr", kritisierte Ortsvorsteherin Anja Rehm. Wer freiwillig geht, bekommt eine Abfindung von einem halben Monatsgehalt pro Jahr im Betrieb.

Woher kommt das Mehl?

Seit 30 Jahren beliefert die Mühle Sander aus dem Nachbarort Hainfeld die Backstube. Auch Roggen aus der Region wird verbacken.

Was sagt die Politik?

Die Stadtverordnetenversammlung hat am Montag einen Zuschuss von 50.000 Euro für die Bäckerei abgelehnt. Dafür stimmten nur SPD und Grüne. Bürgermeister Klaus Berger (CDU) bedauerte die Entscheidung. Einen Gutschein der Bäckerei hatte die Stadt im Dezember an alle Senioren verteilt. Die Kritiker des Zuschusses sammelten 640 Unterschriften. Säuglinge bekommen in der Bäckerei weiter ein Gläschen Brei gratis. Mit dem Smartphone kann man in allen Filialen bezahlen. Nachts bewacht ein Sicherheitsdienst die Backstube. Im Januar waren zwei Männer in die Backstube eingebrochen. Die beiden Festgenommenen sind 24 und 31 Jahre alt, sagte Kommissar Jan Ebert. Alkohol war bei dem Einbruch im Spiel. Der Rabatt für Stammkunden ist auf 20 Euro im Monat gedeckelt. Eine Dividende zahlt die Genossenschaft der Bäcker seit Jahren nicht. Schulleiterin Maria Hahn bestellt dort das Pausenbrot für 300 Kinder. Im Gegenzug für ihre Treue bekommen Stammkunden jeden zehnten Kaffee gratis. Für kontaktlose Transaktionen stehen in jeder Filiale zwei Kartenleser.

/news.de/dpa
`;
const answer = answerAbout(text, 'baeckerei-kornfeld.de.txt', { withCitations: false });

describe('reader questions about an invented article (session 22)', () => {
  it('asks a sum of money with "Wie hoch …" of debts, costs or a fee, not any figure near the word', () => {
    // The article names the debts but gives no sum: "38 Beschäftigte" is no height of debts.
    expect(answer('Wie hoch sind die Schulden?')).toBe('abstained');
  });

  it('reads "Die Kosten liegen bei …" as the costs of what its paragraph so far is about', () => {
    expect(answer('Was kostet der neue Ofen?')).toContain('85.000 Euro');
    expect(answer('Wie teuer ist der Ofen?')).toContain('85.000 Euro');
  });

  it('answers "Welche Fraktionen …" by the parties a sentence names as groups', () => {
    expect(answer('Welche Fraktionen haben dafür gestimmt?')).toContain('SPD und Grüne');
  });

  it('meets a word by a general synonym the article uses instead (Station ~ Haltestelle, Gegner ~ Kritiker, Security ~ Sicherheitsdienst …)', () => {
    expect(answer('An wie vielen Stationen hält der Lieferwagen?')).toContain('zwölf Haltestellen');
    expect(answer('Wer beschwert sich über das drohende Aus des Lieferwagens?')).toContain('Anja Rehm');
    expect(answer('Wie viel Kohlendioxid spart die Bäckerei künftig ein?')).toContain('14 Tonnen');
    expect(answer('Wie groß ist die Sperrzone um das Nest?')).toContain('50 Metern');
    expect(answer('Wie viele Unterschriften haben die Gegner gesammelt?')).toContain('640 Unterschriften');
    expect(answer('Was bekommen Babys in der Bäckerei?')).toContain('Gläschen Brei');
    expect(answer('Kann man mit dem Handy bezahlen?')).toContain('Smartphone');
    expect(answer('Was hat das Stadtparlament abgelehnt?')).toContain('Zuschuss von 50.000 Euro');
    expect(answer('Gibt es in der Backstube Security?')).toContain('Sicherheitsdienst');
    expect(answer('War jemand betrunken?')).toContain('Alkohol');
    expect(answer('Gibt es eine Rendite für die Genossenschaft?')).toContain('Dividende');
    expect(answer('Wer ist die Rektorin, die das Pausenbrot bestellt?')).toContain('Maria Hahn');
    expect(answer('Welche Gegenleistung bekommen Stammkunden für ihre Treue?')).toContain('zehnten Kaffee');
    const payments = answer('Was gibt es für kontaktlose Zahlungen?');
    expect(payments).toContain('zwei Kartenleser');
    expect(payments).not.toContain('Dividende');
    expect(answer('Gibt es beim Rabatt für Stammkunden eine Obergrenze?')).toContain('20 Euro');
  });

  it('reads "Auf welchen Termin …" as asking a time, which the article never calls a "Termin"', () => {
    expect(answer('Auf welchen Termin wurde das Backfest verschoben?')).toContain('12. Mai');
  });

  it('reads "Leuten" as a word for anyone, as "Leute" is', () => {
    expect(answer('Was rät der Insolvenzverwalter Leuten mit Gutscheinen?')).toContain('bis Ende März');
  });

  it('answers who pays by the one a sentence says bears the costs ("Den größten Teil trägt die Sparkasse Wiesenau")', () => {
    expect(answer('Wer zahlt dafür?')).toContain('Sparkasse Wiesenau');
    // Not the costs of the new oven, which no one is said to bear.
    expect(answer('Wer bezahlt die Kosten?')).not.toContain('85.000 Euro');
  });

  it('summarises the story when asked about what only the kicker names, by a compound of a synonym ("Brotfiasko" ~ "Brotpleite")', () => {
    expect(answer('Fass kurz zusammen, was bei dem Brotfiasko passiert ist')).toContain('zahlungsunfähig');
  });

  it('reads the head of a compound right after the sentence naming it as that compound ("… eine Kette von 48 Metern")', () => {
    expect(answer('Wie lang war die Brezelkette?')).toContain('48 Metern');
  });

  it('answers "Welche Vogelart …" (singular) by a narrower word of the thing the article names', () => {
    expect(answer('Welche Vogelart nistet auf dem Dach?')).toContain('Störche');
  });

  it('answers "Was soll ich tun, wenn …" by the passage giving advice, not another on the same thing', () => {
    const advice = answer('Was soll ich tun, wenn ich noch einen Gutschein habe?');
    expect(advice).toContain('bis Ende März einzulösen');
    expect(advice).not.toContain('an alle Senioren verteilt');
  });

  it('asks the name of the ones a participle names ("die Festgenommenen"), not any name in a sentence about them', () => {
    expect(answer('Wie heißen die beiden Festgenommenen?')).toBe('abstained');
    expect(answer('Wie heißt der Kommissar?')).toContain('Jan Ebert');
  });

  it('reads "Wo kommt … her?" as "Woher kommt …?"', () => {
    expect(answer('Wo kommt das Mehl her?')).toContain('Mühle Sander');
  });

  it('takes a sum counted in pay ("einem halben Monatsgehalt") as a sum of money', () => {
    expect(answer('Wie hoch ist die Abfindung?')).toContain('Monatsgehalt');
  });
});
