import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/content/parse-article.js';
import { indexArticle } from '../../../src/core/qa/article-index.js';
import { createQaEngine } from '../../../src/core/qa/engine.js';
import { parseQuestion } from '../../../src/core/qa/question.js';
import { answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const crash = answerAbout(`Erstellt von - Uhr

Unfall auf der B 27: Lkw kippt in Kurve um

Auf der B 27 bei Hornstetten ist ein Lastwagen umgekippt. Zwei Menschen wurden verletzt.

Der Fahrer des Lkw erlitt schwere Verletzungen. Er wurde mit dem Rettungshubschrauber in eine Klinik geflogen.

Die Beifahrerin kam mit einer Prellung und einer Schnittwunde am Arm davon. Die Straße war fünf Stunden gesperrt.

/news.de/dpa
`, 'lkw-b27.de.txt', { withCitations: false });

// One naming a bonus for train drivers and a trainee's pay, but no driver's pay.
const rail = answerAbout(`Erstellt von - Uhr

Lokführermangel: Weserland-Bahn streicht Fahrten

Der Weserland-Bahn fehlen Lokführer. Ab Montag fallen auf der Linie RB 12 jeden Tag acht Fahrten aus.

Die Weserland-Bahn bildet derzeit neun neue Lokführer aus. Zusätzlich will das Unternehmen mit einer Prämie von 4.000 Euro Lokführer von anderen Bahnen anwerben.

Für die Azubis gibt es im ersten Lehrjahr 1.150 Euro brutto im Monat.

/news.de/dpa
`, 'weserland-bahn.de.txt', { withCitations: false });

// One whose firm's founding is beside another thing's year, and one about a campsite whose age it gives only vaguely.
const ropes = answerAbout(`Erstellt von - Uhr

Seilerei Brandt in Wolfsau: Inhaber sucht Nachfolger

Der Inhaber der Seilerei Brandt will in den Ruhestand. Einen Nachfolger gibt es noch nicht.

Bootsbesitzer aus der ganzen Region kaufen ihre Taue bei der Seilerei Brandt in Wolfsau. Herzstück des Betriebs ist eine Seilmaschine aus dem Jahr 1931.

Gegründet wurde die Seilerei 1868 von seinem Urgroßvater.

/news.de/dpa
`, 'seilerei-brandt.de.txt', { withCitations: false });
const camp = answerAbout(`Erstellt von - Uhr

Campingplatz Birkenau: Dauercamper müssen gehen

Der Campingplatz Birkenau kündigt allen Dauercampern. Die Gemeinde will das Gelände verkaufen.

Seit Jahrzehnten verbringen viele Familien jeden Sommer auf dem Campingplatz Birkenau. Im Herbst schließt er für immer.

/news.de/dpa
`, 'campingplatz-birkenau.de.txt', { withCitations: false });

// One giving the size of a plot in another word than a reader's "Gelände", in an industrial estate.
const plant = answerAbout(`Erstellt von - Uhr

Neues Werk in Tannhausen: Hersteller baut Halle für Fahrradteile

Der Fahrradteile-Hersteller Rollwerk baut in Tannhausen ein zweites Werk. 180 neue Stellen sollen entstehen.

Das Grundstück im Gewerbegebiet Nord ist neun Hektar groß. Die Gemeinde verkauft es für 2,1 Millionen Euro.

/news.de/dpa
`, 'rollwerk-tannhausen.de.txt', { withCitations: false });

// One with a photo whose caption says in other words what a reader calls "the scene of the accident".
const bus = createQaEngine([parseArticle(`Erstellt von - Uhr

Busunfall bei Hollenried: Schulklasse mit Schrecken davongekommen

Ein Reisebus mit einer Schulklasse ist bei Hollenried von der Straße abgekommen. Niemand wurde schwer verletzt.

Helfer an dem umgekippten Bus auf der Landstraße bei Hollenried. (Foto) Suche
Helfer an dem umgekippten Bus auf der Landstraße bei Hollenried. Bild: picture alliance/dpa | Foto: Jana Fröhlich

Der Bus war am Montagmorgen mit 38 Kindern auf dem Weg ins Schullandheim. Der Fahrer wich einem Reh aus.

/news.de/dpa
`, 'busunfall-hollenried.de.txt')]);

// One whose photo caption says who stands left, and whose text has a left side of another thing.
const bridge = answerAbout(`Erstellt von - Uhr

Neue Brücke in Sellfeld: Verkehr rollt wieder

Nach zwei Jahren Bauzeit ist die neue Brücke über die Sell fertig. Autos und Radfahrer können sie ab sofort nutzen.

Bürgermeisterin Anna Vogt (links) und Landrat Peter Keil bei der Eröffnung. (Foto) Suche
Bürgermeisterin Anna Vogt (links) und Landrat Peter Keil bei der Eröffnung. Bild: picture alliance/dpa | Tim Berger

Die Brücke kostete 4,2 Millionen Euro. Auf der linken Seite gibt es einen breiten Radweg.

/news.de/dpa
`, 'bruecke-sellfeld.de.txt', { withCitations: false });

// One about a vote whose opponents the text names by their "Gegenstimmen".
const fee = answerAbout(`Erstellt von - Uhr

Parkgebühr am Wanderparkplatz: Gemeinderat Tannau beschließt Paket

Der Gemeinderat von Tannau hat am Dienstag mit 11 zu 3 Stimmen ein Paket für den Wanderparkplatz beschlossen.

Ab dem 1. Juli kostet das Parken 5 Euro pro Tag. Die Einnahmen sollen in die Pflege der Wege fließen.

Die drei Gegenstimmen kamen von den Freien Wählern. Ihr Fraktionschef Bernd Haller kritisierte die Parkgebühr.

Bürgermeisterin Eva Lenz (CSU) sagte, der Parkplatz sei an Wochenenden völlig überfüllt.

/news.de/dpa
`, 'parkgebuehr-tannau.de.txt', { withCitations: false });

// One whose list of bullets follows a paragraph that says what they are about, without a colon.
const museum = answerAbout(`Erstellt von - Uhr

Heimatmuseum Brunnfeld: Zuckerfabrik kommt ins Museum

Das Heimatmuseum Brunnfeld erinnert an die alte Zuckerfabrik. Viele frühere Arbeiter haben Fotos beigesteuert.

Die Fabrik schloss im Jahr 1994. Damals verloren 300 Menschen ihre Arbeit.

Was gibt es zu sehen?

Ab Mai zeigt das Museum eine Sonderausstellung über die Rübenkampagne.

  • Gezeigt werden rund 200 Fotos und eine alte Waage.
  • An einer Station dürfen Kinder selbst Rüben schneiden.
  • Der Eintritt kostet 4 Euro.

/news.de/dpa
`, 'heimatmuseum-brunnfeld.de.txt', { withCitations: false });

// One giving a lake's area after a length measured in it.
const algae = answerAbout(`Erstellt von - Uhr

Blaualgen im Lindensee: Baden verboten

Wer am Lindensee baden will, muss warten. Die Sichttiefe liegt nur noch bei 35 Zentimetern, normal sind zwei Meter.

Das Gesundheitsamt hat am Montag ein Badeverbot verhängt. Grund sind Blaualgen.

Der 84 Hektar große und bis zu elf Meter tiefe See ist ein beliebtes Ausflugsziel.

/news.de/dpa
`, 'lindensee.de.txt', { withCitations: false });

// One saying "nuklear" where a reader says "Atom-", and "Waffen" of other weapons.
const state = answerAbout(`Erstellt von - Uhr

Gipfel in Taloria: Präsident Varen besucht Marevia

Präsident Ivo Varen besucht den abgeschotteten Inselstaat Marevia. Beobachter sehen den Besuch mit Sorge.

Marevia liefert nach Erkenntnissen von Geheimdiensten Waffen an Taloria.

Marevia gilt als Land mit nuklearen Ambitionen.

Im Gegenzug könnte Marevia Getreide bekommen.

/news.de/dpa
`, 'gipfel-taloria.de.txt', { withCitations: false });

// One quoting a name for a conflict whose compound a reader uses ("Grenzkonflikt" ~ "an der Grenze").
const border = answerAbout(`Erstellt von - Uhr

Präsident Varen in Marevia: Lob für die Unterstützung

Präsident Ivo Varen lobt Marevias Hilfe im Grenzkonflikt mit Taloria. Beobachter sind besorgt.

Man danke für die Hilfe bei der "Sicherungsmaßnahme an der Grenze", schrieb Varen in einem Beitrag für eine Zeitung.

Marevia liefert nach Erkenntnissen von Geheimdiensten Waffen.

/news.de/dpa
`, 'varen-marevia.de.txt', { withCitations: false });

// One naming a report as the source of a figure, and an origin of other things.
const rockets = answerAbout(`Erstellt von - Uhr

Rüstung: Marevia liefert Raketen an Taloria

Marevia soll Taloria mit Waffen versorgen. Die Regierung in Marevia schweigt dazu.

Einem Bericht der Zeitung "Nordkurier" zufolge hat Marevia mehr als 200 Raketen an Taloria geliefert.

In Taloria wurden zuletzt Raketen aus marevianischer Produktion gefunden.

/news.de/dpa
`, 'marevia-raketen.de.txt', { withCitations: false });

// One counting nights beside the sum the nights bring in.
const spa = answerAbout(`Erstellt von - Uhr

Kurort Tannwald: Gemeinde erhöht die Kurtaxe

Die Gemeinde Tannwald erhöht die Kurtaxe. Im vergangenen Jahr zählte die Gemeinde 41.000 Übernachtungen.

Gäste zahlen derzeit 2,20 Euro pro Nacht, im Jahr kamen so rund 90.000 Euro zusammen. Das Geld fließt in die Wanderwege.

Der Kurpark hat 14 Bänke und einen Teich mit 40 Enten.

/news.de/dpa
`, 'kurtaxe-tannwald.de.txt', { withCitations: false });

// One saying "festgenommen" where a reader says "geschnappt".
const sheds = answerAbout(`Erstellt von - Uhr

Einbrüche in Gartenlauben: Zwei Männer in Haft

In der Kleingartenanlage Rosenhang ist eine Einbruchserie aufgeklärt. Die Täter hatten Werkzeug und Gartenzwerge gestohlen.

Die beiden Männer wurden am 14. Oktober in einer Wohnung in Feldheim festgenommen. Seit dem Sommer hatte es 23 Einbrüche gegeben.

/news.de/dpa
`, 'gartenlauben-rosenhang.de.txt', { withCitations: false });

describe('reader questions on invented articles (thirtieth set)', () => {
  it('answers "Welche X" by the narrower words the article names, though it has the word X elsewhere', () => {
    expect(crash('Welche Verletzungen hat die Beifahrerin?')).toContain('Prellung und einer Schnittwunde');
  });

  it('answers what someone earns only by pay (a salary word or a sum per month), not by a bonus or another sum', () => {
    expect(rail('Wie viel verdient ein Lokführer bei der Weserland-Bahn?')).toBe('abstained');
    expect(rail('Was verdient ein Azubi im ersten Lehrjahr?')).toContain('1.150 Euro brutto im Monat');
  });

  it('answers since when a firm exists by its founding, also asked with "gibts", not by the year of its machine', () => {
    expect(ropes('Seit wann gibts die Firma?')).toContain('1868');
    expect(ropes('Seit wann existiert die Firma?')).toContain('1868');
  });

  it('does not answer since when a thing exists by "seit Jahrzehnten"', () => {
    expect(camp('Seit wann gibt es den Campingplatz Birkenau?')).toBe('abstained');
  });

  it('answers the size of a "Gelände" by the size of its "Grundstück", though the sentence names an estate too', () => {
    expect(plant('Wie groß ist das Gelände?')).toContain('neun Hektar');
  });

  it('reads "dieser Text" after another question as the article itself, whose source is asked', () => {
    const before = 'Wie viele Kinder saßen im Bus?';
    const first = bus.answer(before);
    expect(first.text).toContain('38 Kindern');
    expect(bus.answer('Von welcher Agentur kommt dieser Text?', { previous: { question: before, answer: first.text } }).text).toContain('news.de/dpa');
  });

  it('gives the credit of the one photo to "Von wem ist das Foto vom Unfallort?", though the caption never says "Unfallort"', () => {
    expect(bus.answer('Von wem ist das Foto vom Unfallort?').text).toContain('Jana Fröhlich');
  });

  it('answers who is on the photo by its caption where the caption has a word of the question', () => {
    expect(bridge('Wer ist auf dem Foto auf der linken Seite zu sehen?')).toContain('Anna Vogt (links)');
    expect(bridge('Wer ist auf dem Foto auf der linken Seite zu sehen?')).not.toContain('Tim Berger');
  });

  it('reads a word of a question without capitals as a noun where the article writes it only with a capital', () => {
    const index = indexArticle(parseArticle(`Erstellt von - Uhr

Milchhof Bergwiesen: Junge Familie übernimmt den Betrieb

Der Milchhof Bergwiesen hat neue Besitzer. Die neue Bäuerin sagt, der Landrat habe geholfen.

Zum 1. Oktober übernehmen die beiden 46 Kühe und einen alten Stall. Oberste Priorität hat für die Familie ein neuer Melkstand.

/news.de/dpa
`, 'milchhof-bergwiesen.de.txt'));
    const nouns = (question: string): string[] => parseQuestion(question, index.names, index.words, index.capitalOnly).terms
      .filter((term) => term.nounLike).map((term) => term.words.join(' '));
    expect(nouns('wer ist landrat')).toContain('landrat');
    expect(nouns('wieviel kühe sind das')).toContain('kuehe');
    expect(nouns('was hat für die familie oberste priorität')).toContain('prioritaet');
  });

  it('answers who was against a decision by the sentence of voting against it ("Die drei Gegenstimmen kamen von …")', () => {
    expect(fee('Wer war dagegen?')).toContain('Gegenstimmen kamen von den Freien Wählern');
    expect(fee('Wer ist gegen das Paket?')).toContain('Gegenstimmen kamen von den Freien Wählern');
  });

  it('reads a bullet with the paragraph before its list, though that paragraph ends without a colon', () => {
    expect(museum('Was kostet der Eintritt in die Ausstellung?')).toContain('Der Eintritt kostet 4 Euro');
    expect(museum('Was dürfen Kinder in der Sonderausstellung machen?')).toContain('dürfen Kinder selbst Rüben schneiden');
  });

  it('answers the size of a lake with its area, not only with a length measured in it', () => {
    expect(algae('Wie groß ist der Lindensee?')).toContain('84 Hektar');
  });

  it('meets a compound whose modifier the article says by a synonym ("Atomwaffen" ~ "nuklearen Ambitionen"), before its head alone', () => {
    expect(state('Will Marevia Atomwaffen?')).toMatch(/^Marevia gilt als Land mit nuklearen Ambitionen/);
  });

  it('answers "Wie nennt X das Y-Z?" first with the quotation holding the compound\'s modifier', () => {
    expect(border('Wie nennt Varen den Grenzkonflikt in seinem Text?')).toMatch(/^Man danke für die Hilfe bei der "Sicherungsmaßnahme an der Grenze"/);
  });

  it('answers where a piece of information comes from with its source, not with the origin of the things it is about', () => {
    expect(rockets('Woher stammt die Info mit den Raketen?')).toContain('Einem Bericht der Zeitung "Nordkurier" zufolge');
  });

  it('answers "Wie viel nimmt X ein?" with a sum of money, not with a count', () => {
    expect(spa('Wie viel nimmt die Gemeinde damit im Jahr ein?')).toContain('90.000 Euro');
  });

  it('reads "geschnappt" as "festgenommen"', () => {
    expect(sheds('wann wurden die beiden typen geschnappt')).toContain('am 14. Oktober');
  });
});
