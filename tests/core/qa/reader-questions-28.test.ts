import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Neue Fähre für Lindenwerth: Seilfähre über die Weser wird ersetzt

Die alte Seilfähre zwischen Lindenwerth und Oberhude hat ausgedient. Ab Mai soll ein Elektroschiff Autos und Radfahrer über den Fluss bringen.

Die Fähre "Möwe" pendelt seit 1968 über die Weser, eine Überfahrt dauert vier Minuten. Der Kreis hat nun ein neues Schiff für 3,4 Millionen Euro bestellt.

Das Elektroschiff bietet Platz für 150 Fahrgäste und zwölf Autos.

Die Werft in Bremerhaven liefert das Schiff im April. Die Bauarbeiten am Anleger dauern danach noch sechs Wochen.

Am Ufer in Oberhude entstehen 40 neue Parkplätze für Pendler. In der Hafenstraße stehen sieben Ladenlokale leer. Die Zufahrt wird dafür verbreitert.

Der TÜV prüft die Fähre zweimal im Jahr.

Ein Ticket kostet am Automaten 2,20 Euro. In der Hafenstraße gibt es dafür fünf Verkaufsstellen.

Wer ohne gültigen Fahrschein übersetzt, riskiert ein Bußgeld von 60 Euro.

Der Betrieb beschäftigt zwölf Fährleute.

Die Fährleute kontrollieren das Seil wöchentlich. Die Wartung kostet dreimal so viel wie früher.

In diesem Jahr setzten 18.000 Fahrgäste über. Im Vorjahr waren es 14.500 Fahrgäste.

Tagsüber legt die Fähre alle 20 Minuten ab. Neu im Team sind drei polnische Kollegen. Für eine Umfrage befragte der Kreis 600 Pendler.

In der Vorwoche fiel die Fähre wegen Hochwassers an drei Tagen aus. Am Anleger sicherten 40 Einsatzkräfte die Ufer. Zwei Fährleute kamen danach mit einer Lungenentzündung ins Krankenhaus. Die beiden Patienten sind 58 und 61 Jahre alt.

Die Wache in Oberhude hat 30 Polizisten. Für Kontrollen an Bord stellt die Polizei zwei Beamte ab.

In Oberhude leben derzeit 120 Flüchtlinge. Täglich fahren rund 30 Geflüchtete mit der Fähre zum Sprachkurs nach Lindenwerth.

Am Wochenende zählt der Kreis bis zu 90 Radfahrer am Tag. Am Steg zählte er zudem 200 Passanten.

An Bord lebt eine Katze namens "Kompass". "Wir freuen uns auf leisere Überfahrten", sagte Fährmann Jonas Brehmer.

Zum Abschied der "Möwe" feiert der Ort ein Fest am Anleger. Beim Aufbau halfen 35 Freiwillige aus dem Dorf.

/news.de/dpa
`;
const answer = answerAbout(text, 'faehre-lindenwerth.de.txt', { withCitations: false });

// Three more: one on new prices and a rebate from the winter term, one quoting a newspaper's sources, one that says "im
// vergangenen Jahr", never "Vorjahr".
const prices = answerAbout(`Erstellt von - Uhr

Fähre Lindenwerth: Überfahrt wird teurer

Wer mit der Fähre über die Weser will, muss bald mehr zahlen.

Die Preise steigen zum 1. März um zehn Prozent. Ein Erwachsener zahlt dann 2,20 Euro, ein Auto 6,50 Euro.

Für Schulklassen gelten weiter die Preise von 2019. Der Kreis begründet den Schritt mit höheren Kosten für Personal und Strom.

Wintersemester: Studenten fahren günstiger

Für Studenten gilt ab dem Wintersemester ein Rabatt von 50 Prozent.

/news.de/dpa
`, 'preise-faehre-lindenwerth.de.txt', { withCitations: false });
const operator = answerAbout(`Erstellt von - Uhr

Fähre Lindenwerth: Neuer Betreiber im Gespräch

Für die Fähre in Lindenwerth könnte es bald einen neuen Betreiber geben.

Nach einem Bericht des "Weserkuriers" verhandelt der Kreis mit einer Reederei aus Bremen. Die Zeitung beruft sich auf Quellen aus dem Kreishaus.

Eine Entscheidung soll im Herbst fallen.

/news.de/dpa
`, 'betreiber-faehre-lindenwerth.de.txt', { withCitations: false });
const classes = answerAbout(`Erstellt von - Uhr

Schulklassen an der Fähre: Lindenwerth zählt mehr Ausflüge

Die Fähre in Lindenwerth ist ein beliebtes Ausflugsziel für Schulen.

In diesem Jahr kamen 52 Schulklassen an den Anleger.

Im vergangenen Jahr waren es noch 40 Schulklassen gewesen.

/news.de/dpa
`, 'schulklassen-lindenwerth.de.txt', { withCitations: false });

describe('reader questions about an invented article (session 25)', () => {
  it('answers "Wie oft …" by a number of times ("zweimal im Jahr") or a word of frequency ("wöchentlich"), and "Um wie viel Euro …" by neither', () => {
    expect(answer('Wie oft wird die Fähre vom TÜV geprüft?')).toContain('zweimal im Jahr');
    expect(answer('Wie oft wird das Seil kontrolliert?')).toContain('wöchentlich');
    expect(answer('Um wie viel Euro ist die Wartung teurer geworden?')).toBe('abstained');
  });

  it('meets a verb the article lacks by its compounds with another noun ("gebaut" ~ "Bauarbeiten", "parken" ~ "Parkplätze")', () => {
    expect(answer('Wie lange wird gebaut?')).toContain('sechs Wochen');
    expect(answer('Wie lange wird gebaut?')).not.toContain('vier Minuten');
    expect(answer('Kann man dort parken?')).toContain('40 neue Parkplätze');
  });

  it('reads "im Vorjahr" as "im vergangenen Jahr" and "letztes Jahr", "letzte Woche" as "im Vorjahr", "in der Vorwoche"', () => {
    expect(classes('Wie viele Schulklassen kamen im Vorjahr?')).toContain('40 Schulklassen');
    expect(classes('Wie viele Schulklassen kamen im Vorjahr?')).not.toContain('52 Schulklassen');
    expect(answer('Wie viele Fahrgäste waren es letztes Jahr?')).toContain('14.500 Fahrgäste');
    expect(answer('Wie oft fiel die Fähre letzte Woche aus?')).toContain('an drei Tagen');
  });

  it('takes "namens „Kompass“" as the name asked for by "Wie heißt …"', () => {
    expect(answer('wie heißt die katze')).toContain('Kompass');
  });

  it('reads "Fass bitte die wichtigsten Punkte zusammen" as a request for a summary', () => {
    expect(answer('Fass bitte die wichtigsten Punkte zusammen')).toContain('Worum es geht');
  });

  it('reads "In welchem Takt …" as asking how often, and "im Rahmen der …" as a filler', () => {
    expect(answer('In welchem Takt fährt die Fähre tagsüber?')).toContain('alle 20 Minuten');
    expect(answer('Wie viele Pendler wurden im Rahmen der Umfrage befragt?')).toContain('600 Pendler');
  });

  it('counts by the counted noun\'s own adjective after the number ("drei polnische Kollegen" for "polnische Fährleute")', () => {
    expect(answer('Wie viele polnische Fährleute gibt es?')).toContain('drei polnische Kollegen');
    expect(answer('Wie viele Fährleute gibt es?')).toContain('zwölf Fährleute');
    expect(answer('Wie viele Fährleute gibt es?')).not.toContain('polnische');
  });

  it('reads "gelten" in "Ab wann gilt …", "Seit wann …", "Wie lange …" as asking the start or span, which the answer need not say with it', () => {
    // (The answer leads with the start; the prices that stay, which also "gelten", come second at most.)
    expect(prices('Ab wann gelten die neuen Preise?')).toMatch(/^Die Preise steigen zum 1\. März/);
  });

  it('takes a term of the university year ("ab dem Wintersemester") as a time', () => {
    expect(prices('Ab wann gilt der Rabatt für Studenten?')).toContain('ab dem Wintersemester');
  });

  it('reads "Wie viele … passen rein?" as asking the room there is ("bietet Platz für 150 Fahrgäste")', () => {
    expect(answer('Wie viele Leute passen rein?')).toContain('Platz für 150 Fahrgäste');
  });

  it('meets "droht" in "riskiert": the answer leads with the fine, not with the price of a ticket', () => {
    expect(answer('Was droht Leuten ohne Ticket?')).toMatch(/^Wer ohne gültigen Fahrschein übersetzt, riskiert ein Bußgeld/);
  });

  it('answers a question on sources from the text where the text names them ("beruft sich auf Quellen aus …"), the article\'s own source where it asks for that', () => {
    expect(operator('Auf welche Quellen beruft sich dieser Bericht?')).toContain('Quellen aus dem Kreishaus');
    expect(operator('Aus welcher Quelle stammt der Artikel?')).toContain('news.de/dpa');
  });

  it('counts helpers by volunteers ("35 Freiwillige" for "Wie viele Helfer …"), firefighters by "Einsatzkräfte", police officers by "Beamte"', () => {
    expect(answer('Wie viele Helfer gab es beim Fest?')).toContain('35 Freiwillige');
    expect(answer('Wie viele Feuerwehrleute sicherten die Ufer?')).toContain('40 Einsatzkräfte');
    expect(answer('Wie viele Polizisten kontrollieren an Bord?')).toContain('zwei Beamte');
  });

  it('meets "die Erkrankten" in "die Patienten"', () => {
    expect(answer('Wie alt sind die Erkrankten?')).toContain('58 und 61 Jahre alt');
  });

  it('counts shops by "Ladenlokale", not by the ticket counters of the same street', () => {
    expect(answer('Wie viele Geschäfte stehen in der Hafenstraße leer?')).toContain('sieben Ladenlokale');
  });

  it('counts Flüchtlinge by "Geflüchtete" and Fußgänger by "Passanten"', () => {
    expect(answer('Wie viele Flüchtlinge fahren mit der Fähre zum Sprachkurs?')).toMatch(/^Täglich fahren rund 30 Geflüchtete/);
    expect(answer('Wie viele Fußgänger wurden am Steg gezählt?')).toContain('200 Passanten');
  });
});
