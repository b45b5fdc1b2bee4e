import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/core/qa/question.js';
import { answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Badespaß mit Verspätung: Hallenbad Lindental wird erst 2027 fertig

Die Sanierung des Hallenbads in Lindental dauert länger und wird teurer. Schulen weichen bis dahin nach Kornheim aus.

Das Hallenbad Lindental im Oktober. (Foto) Suche
Das Hallenbad Lindental im Oktober. Bild: picture alliance/dpa | Jonas Reiter

Die Stadt Lindental muss auf ihr Hallenbad ein weiteres Jahr verzichten. Statt im Herbst 2026 soll es erst im September 2027 wieder öffnen. Für das neue Bad läuft ein Namenswettbewerb, bisher sind 230 Vorschläge eingegangen. Die Sanierung kostet nun 14,8 Millionen Euro statt 11 Millionen.

Warum wird es teurer?

Unter dem Lehrschwimmbecken steht das Grundwasser höher als gedacht. Das Becken muss deshalb auf 140 Stahlpfählen gegründet werden, das allein kostet 1,2 Millionen Euro zusätzlich. Die Genehmigung für die Pfähle erteilte das Landratsamt im Mai. Dazu kommen höhere Preise für Fliesen und Technik. Die Raiffeisenbank Lindental spendet 5.000 Euro für neue Startblöcke. Das Bad hatte zuvor drei Saisons in Folge Verluste geschrieben. Auch die Toiletten im Keller müssen für 90.000 Euro erneuert werden. Die neue Zisterne im Keller fasst 30.000 Liter. Die Zisterne sammelt Regenwasser, damit die Duschen weniger Trinkwasser brauchen.

Wo lernen die Kinder schwimmen?

Eintrittskarten kosten nach der Wiedereröffnung sechs Euro, ermäßigt vier Euro. Es soll sie dann auch digital geben. Bundesweit sind nach Angaben der Gesellschaft für das Badewesen rund 900 Hallenbäder sanierungsbedürftig.

Die Grundschulen fahren mit Bussen in das Nachbarbad nach Kornheim. Die Fahrt dauert 25 Minuten. Auch der Umsatz des Kiosks im Nachbarbad ist eingebrochen. 2019 lag er noch bei 80.000 Euro. Der Landkreis will mehr Nichtschwimmerbecken bauen. Bislang gibt es im Landkreis vier solcher Anlagen. Rettungsschwimmer Jonas Falk begleitet die Kinder. Im Herbst beginnt er eine Ausbildung zum Fachangestellten für Bäderbetriebe.

Im Nachbarbad in Kornheim ist das Wasser seit Wochen trüb.

Der Grund ist eine defekte Filteranlage. Ersatzteile kommen erst im Januar.

Was ist auf der Baustelle passiert?

Im März wurden von der Baustelle Kupferrohre gestohlen. Die Polizei ermittelt, Hinweise gibt es bislang nicht. Bei einem Unfall mit einem Bagger wurde im April ein Arbeiter leicht verletzt. Hinweise auf Alkohol gab es nicht.

Ein Gutachter fand außerdem Mängel an der Lüftung. Gegen den 52-jährigen Bauleiter der Firma wird wegen Betrugs ermittelt.

Was wird aus der Sauna?

Der Förderverein des Bads will mit der Stadt über einen Zuschuss für eine neue Sauna verhandeln. Bürgermeister Tim Ohlsen zeigte sich offen. "Eine Sauna macht das Bad für Familien attraktiver", sagte er. Eine Entscheidung soll der Gemeinderat im Mai treffen.

/news.de/dpa
`;
const answer = answerAbout(text, 'hallenbad-lindental.de.txt', { withCitations: false });

// Two more invented articles, shorter: a padel club and a music school.
const courtText = `Erstellt von - Uhr

Neue Plätze in Erlenried: Tennisclub baut drei Padel-Courts

Der TC Erlenried baut drei Courts für die Trendsportart Padel. Im Mai soll gespielt werden.

Gegründet wurde der TC Erlenried im Jahr 1954 von zwölf Lehrern. Der Kunstrasen für die Courts kostet allein 40.000 Euro. Die Glaswände kommen aus Spanien. Sie umgeben jeden Court, damit der Ball im Spiel bleibt.

Wer zahlt?

Die Gesamtkosten liegen bei 385.000 Euro. Die Stadt gibt 60.000 Euro dazu.

Der Aufbau auf dem Parkplatz dauert drei Wochen.

Auf dem Parkplatz vor der Anlage sind 10 Kilometer pro Stunde erlaubt.

Wegen der Verletzungsgefahr für die Spieler werden die Pfosten gepolstert.

Beim Probetraining stürzte ein Spieler gegen die Wand und zog sich eine Prellung zu.

/news.de/dpa
`;

const musicText = `Erstellt von - Uhr

Mehr Schüler in Erlenried: Musikschule sucht Lehrkräfte

Die Musikschule Erlenried wächst. Für den Instrumentalunterricht fehlen zwei Lehrkräfte.

Die meisten Kinder lernen an der Musikschule Klavier und Gitarre. Der Unterricht kostet 60 Euro im Monat. Eine Familie mit drei Kindern zahlt damit 70 Euro mehr als bisher.

Eine durchschnittliche Familie zahlt 40 Euro mehr. Neue Notenständer werden vom Land zur Hälfte bezuschusst.

/news.de/dpa
`;
const court = answerAbout(courtText, 'padel.de.txt', { withCitations: false });
const music = answerAbout(musicText, 'musikschule.de.txt', { withCitations: false });

describe('reader questions about an invented article (session 23)', () => {
  it('meets a compound by its head as a word and its modifier as the head of another compound (Pfahlgründung ~ auf Stahlpfählen gegründet)', () => {
    expect(answer('Was kostet die Pfahlgründung zusätzlich?')).toContain('1,2 Millionen Euro');
  });

  it('reads "Eine Entscheidung soll … treffen" as the decision on what its paragraph so far is about', () => {
    expect(answer('Wann wird über den Zuschuss entschieden?')).toContain('im Mai');
  });

  it('takes a kind named with an indefinite article as named when a noun after "zum", "zur" or "als" says which', () => {
    expect(answer('Welche Ausbildung macht Jonas Falk?')).toContain('Fachangestellten für Bäderbetriebe');
  });

  it('counts by "vier solcher Anlagen" what the sentence before named', () => {
    expect(answer('Wie viele Nichtschwimmerbecken gibt es im Landkreis?')).toContain('vier solcher Anlagen');
  });

  it('reads a count of things in a row as a duration ("drei Saisons in Folge")', () => {
    expect(answer('Wie lange hat das Bad Verluste geschrieben?')).toContain('drei Saisons in Folge');
  });

  it('reads "jemanden" as someone a sentence names by name or age', () => {
    expect(answer('Wird gegen jemanden ermittelt?')).toContain('52-jährigen Bauleiter');
    expect(answer('Wird gegen jemanden ermittelt?')).not.toContain('Die Polizei ermittelt');
  });

  it('meets a word by a synonym the article uses instead (Klo ~ Toilette, Raiba ~ Raiffeisenbank, normal ~ durchschnittlich, online ~ digital, Deutschland ~ bundesweit)', () => {
    expect(answer('Gibt es die Eintrittskarten auch online?')).toContain('auch digital');
    expect(answer('Wie viele Hallenbäder in ganz Deutschland müssen saniert werden?')).toContain('900 Hallenbäder');
    expect(music('Wie viel mehr zahlt eine normale Familie?')).toContain('40 Euro mehr');
    expect(music('Wie viel mehr zahlt eine normale Familie?')).not.toContain('70 Euro');
    expect(answer('Was kosten die neuen Klos?')).toContain('90.000 Euro');
    expect(answer('Wie viel spendet die Raiba?')).toContain('5.000 Euro');
  });

  it('reads "gut" in "Wofür … gut sein?" as asking the purpose only', () => {
    expect(court('wofür sollen die glaswände gut sein')).toContain('damit der Ball');
  });

  it('reads "War … im Spiel?" as whether it played a part', () => {
    expect(answer('War Alkohol im Spiel?')).toContain('Hinweise auf Alkohol gab es nicht');
  });

  it('answers "Warum …" by the paragraph after the one matched when it opens with the reason ("Der Grund ist …")', () => {
    expect(answer('Warum ist das Wasser in Kornheim trüb?')).toContain('defekte Filteranlage');
  });

  it('reads a sentence with its subject pronoun after a strong past verb ("2019 lag sie noch bei …") with the one before', () => {
    expect(answer('Wie hoch war der Umsatz des Kiosks 2019?')).toContain('80.000 Euro');
  });

  it('names the kind asked for by a narrower word when the article has the kind only in compounds (Verletzung ~ Prellung)', () => {
    expect(court('Welche Verletzung hatte der Spieler?')).toContain('Prellung');
  });

  it('takes no narrower word the question names itself as the kind asked for ("außer Klavier und Gitarre")', () => {
    expect(music('Welche Instrumente lernen die Kinder?')).toContain('Klavier und Gitarre');
    expect(music('Welche Instrumente kann man außer Klavier und Gitarre lernen?')).toBe('abstained');
  });

  it('names an authority asked for by "Welche Behörde" by the office the article names (Landratsamt, Staatsanwaltschaft)', () => {
    expect(answer('Welche Behörde hat die Pfähle genehmigt?')).toContain('Landratsamt');
  });

  it('reads "Wie wahrscheinlich …" as asking the probability, and "wahrscheinlich" elsewhere as a hedge', () => {
    const soft = (question: string): boolean | undefined => parseQuestion(question, [], new Map()).terms.find((term) => term.words[0] === 'wahrscheinlich')?.soft;
    expect(soft('Wie wahrscheinlich ist ein Sechser im Lotto?')).toBe(false);
    expect(soft('Wann öffnet das Bad wahrscheinlich?')).toBe(true);
  });

  it('meets a noun by the verb made of it with "be-" (Zuschüsse ~ bezuschusst)', () => {
    expect(music('Gibt es Zuschüsse für Notenständer?')).toContain('zur Hälfte bezuschusst');
  });

  it('meets a compound by its head as a word beside another compound of its modifier (Namensvorschläge ~ Namenswettbewerb … Vorschläge)', () => {
    expect(answer('Wie viele Namensvorschläge gibt es?')).toContain('230 Vorschläge');
  });

  it('reads "Wie schnell … dort fahren …" as asking a speed, though "dort" often asks how soon', () => {
    expect(court('Wie schnell darf man dort auf dem Parkplatz fahren?')).toContain('10 Kilometer pro Stunde');
    expect(court('Wie schnell darf man dort auf dem Parkplatz fahren?')).not.toContain('drei Wochen');
  });

  it('answers "Seit wann gibt es den Verein?" by the article\'s one founding where it names the club by its name', () => {
    expect(court('Seit wann gibt es den Verein?')).toContain('1954');
  });

  it('reads an adjective made a noun after a preposition ("für Erwachsene") as a circumstance a price answers without', () => {
    expect(answer('Was kostet eine Eintrittskarte für Erwachsene?')).toContain('sechs Euro');
  });

  it('answers "Was kostet das ganze Projekt?" by the sum of the story\'s costs where the article never says "Projekt"', () => {
    expect(answer('Was kostet das ganze Projekt?')).toContain('14,8 Millionen Euro');
    // So the whole of the one thing a question names, where no sentence gives its price ("die ganze Baustelle").
    expect(answer('Was kostet die ganze Baustelle?')).toContain('14,8 Millionen Euro');
    // A sum said to be the whole comes before an earlier one of a part.
    expect(court('Was kostet das ganze Vorhaben?')).toContain('385.000 Euro');
    expect(court('Wie teuer wird das Projekt?')).toContain('385.000 Euro');
  });
});
