import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// Invented articles in the export layout; their words appear in no rule of the engine.

// One naming the hall only as a compound of the question's noun and verb ("Kletterhalle").
const climbing = answerAbout(`Erstellt von - Uhr

Alpenverein Bornstedt baut neue Kletterhalle

Der Alpenverein Bornstedt baut im Gewerbegebiet Nord eine Kletterhalle. Sie soll vom 1. April an geöffnet sein und kostet 1,2 Millionen Euro.

Bisher trainieren die Mitglieder in einer Turnhalle der Gesamtschule. Dort dürfen sie nur zweimal in der Woche an die Wand, sagte der Vorsitzende Ralf Kessing.

Auch draußen wird geklettert: Am Bornstedter Felsen gibt es 40 Routen. Im Winter sind sie aber seit Jahren gesperrt.

/news.de/dpa
`, 'kletterhalle-bornstedt.de.txt', { withCitations: false });

// One about a bus order, with its source, a maker named in a sentence with "heißt", and a town that wants the buses too.
const buses = answerAbout(`Erstellt von - Uhr

Stadtwerke Kellberg kaufen zwölf Elektrobusse

Die Stadtwerke Kellberg kaufen zwölf Elektrobusse. Das hat der Aufsichtsrat am Mittwoch beschlossen. Der Auftrag kostet insgesamt 7,2 Millionen Euro.

Der Hersteller der Busse heißt Vanterra und sitzt in Lindau. Dort baut er jedes Jahr rund 400 Busse. Laut einem Bericht der "Kellberger Rundschau" sollen die Busse ab März fahren. Die Rundschau beruft sich auf Angaben aus dem Rathaus.

Auch die Nachbarstadt Ostwingen schielt auf die neuen Elektrobusse. Sie hatte im vergangenen Jahr eigene Pläne für Wasserstoffbusse aufgegeben.

/news.de/dpa
`, 'elektrobusse-kellberg.de.txt', { withCitations: false });

// One about a satellite students build, with "allerdings" beside it in another paragraph.
const satellite = answerAbout(`Erstellt von - Uhr

Studenten aus Wendorf bauen einen Satelliten

Studenten der Hochschule Wendorf bauen einen Kleinsatelliten. Er soll im Weltraum die Luftqualität über Europa messen.

Der Satellit ist so groß wie ein Schuhkarton und wiegt 1,3 Kilogramm. Einen Starttermin gibt es allerdings noch nicht, der Satellit soll mit einer Rakete aus Neuseeland fliegen.

/news.de/dpa
`, 'satellit-wendorf.de.txt', { withCitations: false });

// One about a painting found, without a photo of its own.
const painting = answerAbout(`Erstellt von - Uhr

Verschollenes Gemälde in Scheune bei Altmark entdeckt

Ein seit 1945 verschollenes Gemälde des Malers Anton Rehbach ist wieder aufgetaucht. Gefunden hat das Bild der Landwirt Bernd Ostrowski beim Aufräumen seiner Scheune.

Das Bild zeigt die Dorfkirche von Altmark im Winter. Es hing einst im Pfarrhaus des Ortes. Das Bistum Halbach will es nicht zurück, es verzichtet auf alle Ansprüche.

Das Heimatmuseum will das Bild für 8.000 Euro kaufen. Ostrowski ist einverstanden.

/news.de/dpa
`, 'gemaelde-altmark.de.txt', { withCitations: false });

// One naming a road written out ("Kreisstraße 17") and by its letter ("B 236").
const road = answerAbout(`Erstellt von - Uhr

Brückenbau: Kreisstraße bei Haldorf wird gesperrt

Der Landkreis erneuert die Brücke über die Lenne bei Haldorf. Die Kreisstraße 17 zwischen Haldorf und Moosbach wird dafür ab dem 4. Mai für acht Monate gesperrt.

Die Umleitung führt über die B 236 und ist elf Kilometer lang. Für Radfahrer gibt es eine Behelfsbrücke.

Anwohner kritisieren den Zeitplan. "Die L 550 ist schon voll genug", sagte Ortsvorsteherin Jana Brenner.

/news.de/dpa
`, 'kreisstrasse-haldorf.de.txt', { withCitations: false });

// One telling how a group stands, then quoting one of them.
const cyclePath = answerAbout(`Erstellt von - Uhr

Neuer Radweg am Sillbach: Bauarbeiten beginnen im Juli

Die Gemeinde Wernau baut einen Radweg entlang des Sillbachs. Er soll 3,4 Kilometer lang werden und 1,1 Millionen Euro kosten.

Die Anwohner im Ortsteil Kappel sind zufrieden. "Endlich können unsere Kinder sicher zur Schule fahren", sagte Elternsprecherin Dana Roth.

Die Naturschützer sind skeptisch. "Am Bach brüten Eisvögel, die Bauzeit muss darauf Rücksicht nehmen", sagte Mirko Hahn vom Nabu.

/news.de/dpa
`, 'radweg-wernau.de.txt', { withCitations: false });

// One quoting the head of a firm by his role alone ("Geschäftsführer Tom Wendt").
const utility = answerAbout(`Erstellt von - Uhr

Stadtwerke Ellbach erhöhen den Gaspreis

Die Stadtwerke Ellbach erhöhen zum 1. März den Gaspreis um elf Prozent. Ein Haushalt mit 15.000 Kilowattstunden zahlt dann rund 190 Euro mehr im Jahr.

Eine Rücknahme der Erhöhung schließen die Stadtwerke aus, teilten sie am Montag mit. Die Kunden würden per Brief informiert.

Geschäftsführer Tom Wendt hält den Schritt für unvermeidlich. "Wir kaufen das Gas selbst teurer ein als vor einem Jahr", sagte er.

Die Verbraucherzentrale rät Kunden, Angebote zu vergleichen.

/news.de/dpa
`, 'gaspreis-ellbach.de.txt', { withCitations: false });

// One about a strike that stops the ferries, and a refund refused.
const ferries = answerAbout(`Erstellt von - Uhr

Warnstreik bei der Reederei Nordlicht

Von Dienstag, 5 Uhr, bis Donnerstag, 5 Uhr, steht der Fährverkehr zwischen Hafstedt und der Insel Lünsum still. Die Gewerkschaft Verdi hat die Beschäftigten der Reederei Nordlicht zu einem Warnstreik aufgerufen.

Eine Erstattung für Zehnerkarten gibt es nicht, teilte die Reederei mit. Verbraucherschützer kritisieren das. "Wer für eine Fahrt bezahlt hat, muss etwas zurückbekommen", sagte Lena Marx von der Verbraucherzentrale.

Ab Donnerstagmittag sollen die Schiffe wieder nach Fahrplan fahren.

/news.de/dpa
`, 'warnstreik-faehren-luensum.de.txt', { withCitations: false });

// One about a car park, its charges, and a cost estimate that names nothing of what it is for.
const carPark = answerAbout(`Erstellt von - Uhr

Neues Parkhaus am Bahnhof Gerlingen öffnet

Am Bahnhof Gerlingen öffnet am Montag ein neues Parkhaus mit 420 Stellplätzen. Betrieben wird es von der Firma Parkon aus Ulm.

Die Stadt hatte lange einen neuen Betreiber gesucht. Der neue Betreiber öffnet das Parkhaus rund um die Uhr, 24 Stunden am Tag. "Mit der Firma Parkon haben wir einen erfahrenen Partner", sagte Bürgermeisterin Ute Kraus.

Das Unternehmen verlangt 1,50 Euro pro Stunde, ein Monatsticket kostet 45 Euro.

Langfristig plant die Stadt auch eine eigene Tiefgarage am Rathaus. Eine erste Kostenschätzung geht von rund 4,2 Millionen Euro aus.

/news.de/dpa
`, 'parkhaus-gerlingen.de.txt', { withCitations: false });

// One about a wind farm the text also calls "das Vorhaben", with a club's view quoted by a role that does not name the club.
const windFarm = answerAbout(`Erstellt von - Uhr

Windpark im Hellwald: Gemeinde Orsbach stimmt zu

Der Gemeinderat von Orsbach hat am Dienstag dem geplanten Windpark im Hellwald zugestimmt. Die Firma Nordwind will dort ab dem kommenden Jahr vier Anlagen bauen.

Die Anlagen sollen 240 Meter hoch werden. Die Gemeinde erhält für jede erzeugte Kilowattstunde 0,2 Cent, nach Berechnungen der Firma rund 90.000 Euro im Jahr.

Wer ist dafür?

Auch der Sportverein hat das Vorhaben unterstützt, er bekommt von der Firma einen neuen Rasenplatz. "Das Vorhaben hilft dem ganzen Ort", sagte Vereinschef Jens Rohde.

Wer ist dagegen?

Gegen die Anlagen haben 320 Bürger unterschrieben. Sie fürchten Lärm und Schattenwurf.

Unterstützung für die Gegner kommt vom Heimatverein. "Der Hellwald ist unser schönstes Stück Natur", sagte Ortsheimatpfleger Peter Gall.

/news.de/dpa
`, 'windpark-orsbach.de.txt', { withCitations: false });

// One with "die Stadt" before a common noun ("hatte die Stadt Händler … bevorzugt") and a fee for a market stand.
const fleaMarket = answerAbout(`Erstellt von - Uhr

Flohmarkt in Rebbach zieht auf den Festplatz

Der Rebbacher Flohmarkt zieht in diesem Jahr auf den Festplatz. Bislang hatte die Stadt Händler aus dem Ort bevorzugt, nun werden die Plätze verlost.

Die Gebühr beträgt 15 Euro pro Meter für einen Stand. Viele Händler sind verärgert.

"Wir kommen seit 20 Jahren", sagte Händler Bernd Auer. Der Markt ist am 3. Mai.

/news.de/dpa
`, 'flohmarkt-rebbach.de.txt', { withCitations: false });

// One counting plots for sale and giving their price.
const plots = answerAbout(`Erstellt von - Uhr

Baugebiet Lindenfeld: Stadt Hollbach verkauft Grundstücke

Die Stadt Hollbach verkauft im neuen Baugebiet Lindenfeld zwölf Grundstücke an junge Familien. Bewerben kann man sich bis zum 30. April.

Der Preis liegt bei 240 Euro pro Quadratmeter. Ein Grundstück mit 500 Quadratmetern kostet damit 120.000 Euro.

/news.de/dpa
`, 'baugebiet-hollbach.de.txt', { withCitations: false });

// One about less money for a food bank.
const foodBank = answerAbout(`Erstellt von - Uhr

Tafel Ohrdorf bekommt weniger Geld vom Land

Die Tafel in Ohrdorf bekommt im kommenden Jahr weniger Geld vom Land. Grund sind Kürzungen im Landeshaushalt.

Bisher gab es 40.000 Euro im Jahr, künftig sind es 25.000 Euro. Die Tafel versorgt jede Woche rund 300 Haushalte.

/news.de/dpa
`, 'tafel-ohrdorf.de.txt', { withCitations: false });

// One about a credit for season-ticket holders after a line was closed.
const railLine = answerAbout(`Erstellt von - Uhr

Bahnstrecke nach Wellmar wieder frei

Nach drei Wochen Sperrung fahren die Züge zwischen Aldorf und Wellmar wieder. Ein Blitz hatte im Mai das Stellwerk beschädigt.

Der Verkehrsverbund schreibt allen Abokunden auf der Strecke eine Gutschrift von 20 Euro gut. Wer ein Einzelticket hatte, bekommt nichts.

/news.de/dpa
`, 'bahnstrecke-wellmar.de.txt', { withCitations: false });

describe('reader questions (thirty-fourth set)', () => {
  it('reads two words of the question as the article\'s compound of both ("in der Halle klettern" ~ "Kletterhalle")', () => {
    expect(climbing('Ab wann kann man in der Halle klettern?')).toContain('1. April');
  });
  it('reads "Knete" after "wie viel" as money and the word after "pro" as a noun: a price the article does not state is not answered by a count', () => {
    expect(buses('wie viel knete kriegt vanterra pro bus')).toBe('abstained');
    expect(buses('wie viel knete kostet der auftrag')).toContain('7,2 Millionen Euro');
  });
  it('reads "die Zahl" as whatever the article states, asked for its source', () => {
    expect(buses('woher hat die rundschau die zahl')).toContain('Angaben aus dem Rathaus');
  });
  it('reads "scharf auf" as wanting, not as anything hot ("heißt")', () => {
    expect(buses('Wer ist noch scharf auf die Elektrobusse?')).toContain('Ostwingen schielt');
  });
  it('reads "im All" as in space', () => {
    expect(satellite('Was soll der Satellit im All machen?')).toMatch(/^Studenten der Hochschule Wendorf bauen einen Kleinsatelliten\. Er soll im Weltraum die Luftqualität/);
  });
  it('reads "das Bild" as the painting the story is about when the article has no photo of its own', () => {
    expect(painting('Wer hat das Bild gefunden?')).toContain('Bernd Ostrowski');
  });
  it('reads "Kirche" as the "Bistum" and "ursprünglich" as "einst"', () => {
    expect(painting('Will die Kirche das Gemälde zurückhaben?')).toContain('verzichtet auf alle Ansprüche');
    expect(painting('Wo war das Bild ursprünglich?')).toBe('Es hing einst im Pfarrhaus des Ortes.');
  });
  it('reads a road typed as one word ("K17") as the article\'s "Kreisstraße 17" or "K 17"', () => {
    expect(road('Ab wann ist die K17 dicht?')).toContain('ab dem 4. Mai');
    expect(road('Wie lange ist die K17 gesperrt?')).toContain('acht Monate');
  });
  it('answers "Was sagen die Naturschützer?" with their words, quoted in the sentence after the one telling how they stand', () => {
    expect(cyclePath('Was sagen die Naturschützer dazu?')).toBe('Die Naturschützer sind skeptisch. "Am Bach brüten Eisvögel, die Bauzeit muss darauf Rücksicht nehmen", sagte Mirko Hahn vom Nabu.');
  });
  it('answers "Was sagt der Chef der Stadtwerke?" with the words of its head, not only of the firm', () => {
    expect(utility('Was sagt der Chef der Stadtwerke dazu?')).toContain('Wir kaufen das Gas selbst teurer ein');
  });
  it('reads "fährt nix mehr" as standing still, "Geld zurück" as a refund and "nicht ok finden" as criticising', () => {
    expect(ferries('Ab wann fährt nix mehr?')).toContain('Von Dienstag, 5 Uhr');
    expect(ferries('Gibt es Geld zurück?')).toContain('Eine Erstattung für Zehnerkarten gibt es nicht');
    expect(ferries('Wer findet das nicht ok, dass es kein Geld zurück gibt?')).toContain('Lena Marx');
  });
  it('reads "Was nimmt X pro Stunde?" as asking the charge, a price', () => {
    expect(carPark('Was nimmt der neue Betreiber pro Stunde?')).toContain('1,50 Euro pro Stunde');
  });
  it('reads "Eine erste Kostenschätzung geht von …" as the costs of what the sentence before it names', () => {
    expect(carPark('Was würde eine eigene Tiefgarage kosten?')).toContain('4,2 Millionen Euro');
  });
  it('reads "das Vorhaben" beside another word as the story\'s undertaking, which every passage is about', () => {
    expect(windFarm('Was sagt der Heimatverein zu dem Vorhaben?')).toContain('Der Hellwald ist unser schönstes Stück Natur');
  });
  it('reads "Was hat X finanziell davon?" as asking a sum of money', () => {
    expect(windFarm('Was hat die Gemeinde finanziell davon?')).toBe('Die Gemeinde erhält für jede erzeugte Kilowattstunde 0,2 Cent, nach Berechnungen der Firma rund 90.000 Euro im Jahr.');
  });
  it('reads "die Stadt Händler" as no name and "Stand" capitalised in a question as the noun, not a soft verb', () => {
    expect(fleaMarket('Was muss ein Händler für seinen Stand bezahlen?')).toContain('15 Euro pro Meter');
  });
  it('reads "Für wie viel …?" as asking a price, not a count', () => {
    expect(plots('Für wie viel verkauft die Stadt die Grundstücke?')).toContain('120.000 Euro');
  });
  it('reads a short noun with two letters swapped ("Gled") as the article\'s word ("Geld")', () => {
    expect(foodBank('Warum bekommt die Tafel weniger Gled?')).toContain('Kürzungen im Landeshaushalt');
  });
  it('reads "Entschädigung" as the "Gutschrift" the article names', () => {
    expect(railLine('Gibts für Abokunden eine Entschädigung?')).toContain('Gutschrift von 20 Euro');
  });
});
