import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Dorfladen Grünhagen: Alte Schule wird zum Laden mit Café - Ärger über frühen Lieferverkehr

Im Dorf Grünhagen gibt es nach zwei Jahren wieder einen Laden. Eine Genossenschaft hat dafür die alte Dorfschule hergerichtet, die 1968 geschlossen worden war. Ihre alte Glocke hatte einst 40 Mark gekostet.

Die Genossenschaft Dorfladen Grünhagen hat die frühere Dorfschule am Lindenplatz in neun Monaten umgebaut. Das kostete 480.000 Euro. 60 Prozent davon trägt das Land aus dem Programm "Dorf mit Zukunft", den Rest zahlen die 320 Mitglieder. Der Laden beschäftigt künftig 14 Menschen, die meisten in Teilzeit. Im Sommer soll ein Lieferdienst für ältere Kunden starten. Eröffnet wird am Samstag, dem 3. Mai, mit einem Fest auf dem Lindenplatz. Beim Einräumen der Regale halfen kürzlich Schüler der Gesamtschule.

Was gibt es im Laden?

Die beiden Kaffeeautomaten im Café hat ein Hersteller aus Italien geliefert. Neben Lebensmitteln aus der Region gibt es eine Poststelle und ein kleines Café, auf das sich die Nachbarn aus dem Oberdorf freuen. Die Gemeinde stellt der Genossenschaft die Räume für zehn Jahre mietfrei bereit. Im Gegenzug übernimmt die Genossenschaft den Winterdienst am Lindenplatz. Im August musste die Eröffnung verschoben werden, weil die Kühltheken fehlten.

Warum gibt es Ärger?

Im Januar hatten Unbekannte den alten Zigarettenautomaten vor der Schule gesprengt. Ein Betrüger hatte zuvor drei Rentner aus dem Dorf am Telefon betrogen. Der Verdächtige wurde am 12. März in Kassel festgenommen. Und ein Jugendlicher hatte im Frühjahr zwei Brandstiftungen in der Scheune begangen.

Anwohner beschwerten sich in der Sitzung des Ortsrats über Lieferwagen, die schon um fünf Uhr morgens vorfahren. "Wir wollen den Laden, aber nicht den Lärm", sagte Ortsvorsteherin Helga Brinkmann.

Lesen Sie auch:

Dorfläden in Hessen: Jeder dritte schreibt schwarze Zahlen

Folgen Sie News.de schon bei WhatsApp, Facebook, Twitter, Pinterest und YouTube? Hier finden Sie brandaktuelle News, spannende Videos und den direkten Draht zur Redaktion.

/news.de/dpa
`;

const answer = answerAbout(text, 'dorfladen-gruenhagen.de.txt', { withCitations: false });

describe('reader questions about an invented article (session 12)', () => {
  it('counts the people a verb says something of ("beschäftigt 14 Menschen") for its noun ("Beschäftigte")', () => {
    expect(answer('Wie viele Beschäftigte hat der Laden künftig?')).toContain('14 Menschen');
  });

  it('meets a season in its months and the weekend in its days, one way only', () => {
    expect(answer('Warum wurde die Eröffnung im Sommer verschoben?')).toContain('Kühltheken');
    expect(answer('Was ist am Wochenende auf dem Lindenplatz los?')).toContain('Fest');
    expect(answer('Was passierte im Herbst?')).toBe('abstained');
    // The article's season does not say its months.
    expect(answer('Was soll im Juli starten?')).toBe('abstained');
    expect(answer('Was soll im Sommer starten?')).toContain('Lieferdienst');
  });

  it('meets a noun in the participle of its separable verb with "um" ("Umbau" ~ "umgebaut")', () => {
    expect(answer('Was hat der Umbau gekostet?')).toContain('480.000 Euro');
  });

  it('reads "den Großteil" as a share and "zur Verfügung stellen" as "bereitstellen"', () => {
    expect(answer('Wer zahlt den Großteil?')).toContain('60 Prozent');
    expect(answer('Wie lange stellt die Gemeinde die Räume zur Verfügung?')).toContain('zehn Jahre');
  });

  it('reads "als Gegenleistung" as the function word "dafür": the rest of the question finds the answer', () => {
    expect(answer('Was übernimmt die Genossenschaft als Gegenleistung?')).toContain('Winterdienst');
  });

  it('meets a noun in no word that is never a noun ("den Jungen" is no "kürzlich", a sense of "jüngst")', () => {
    expect(answer('Wer hat den Jungen gerettet?')).toBe('abstained');
    expect(answer('Wer hat beim Einräumen geholfen?')).toContain('Schüler');
  });

  it('meets a compound in the article\'s compound of its modifier and a synonym of its head', () => {
    expect(answer('Woher kommen die Kaffeemaschinen?')).toContain('Italien');
  });

  it('reads "in die Luft jagen" and "Feuer legen" as the plain words', () => {
    expect(answer('Wann wurde der Zigarettenautomat in die Luft gejagt?')).toContain('Im Januar');
    expect(answer('Wie oft hat der Jugendliche in der Scheune Feuer gelegt?')).toContain('zwei Brandstiftungen');
  });

  it('counts a soft word the passage lacks only in part ("der Mann" for "der Verdächtige")', () => {
    expect(answer('Wann wurde der Mann verhaftet?')).toContain('12. März');
  });

  it('takes the date of a one-off event ("gebaut") only from a sentence naming that event', () => {
    expect(answer('Wann wurde die Dorfschule geschlossen?')).toContain('1968');
    expect(answer('Wann wurde die Dorfschule gebaut?')).toBe('abstained');
  });

  it('knows old and foreign currencies as money ("40 Mark")', () => {
    expect(answer('Was hat die alte Glocke gekostet?')).toContain('40 Mark');
  });

  it('meets "Nachbarn" in "Anwohner", also when the article has the word elsewhere', () => {
    expect(answer('Worüber haben sich die Nachbarn beschwert?')).toContain('Lieferwagen');
  });
});
