import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// Invented articles in the export layout; their words appear in no rule of the engine.

// One about two towns joining forces ("Allianz") with a stated priority ("Oberste Priorität hat …").
const towns = answerAbout(`Erstellt von - Uhr

Gemeinsam gegen das Hochwasser: Rittbach und Selfingen schließen Allianz

Die Nachbarstädte Rittbach und Selfingen wollen künftig zusammenarbeiten. Die Allianz soll vor allem Geld sparen.

Beide Stadträte stimmten am Montag dem Vertrag zu. Gemeinsam wollen die Städte einen Bauhof, eine Kläranlage und eine Feuerwache betreiben.

Was haben die Städte vor?

Oberste Priorität hat für beide Bürgermeister der Hochwasserschutz an der Ritt. Bis 2029 sollen Deiche und ein Rückhaltebecken entstehen.

Die Kläranlage in Selfingen soll 2027 geschlossen werden, das Abwasser fließt dann nach Rittbach.

/news.de/dpa
`, 'allianz-rittbach-selfingen.de.txt', { withCitations: false });

// One lending things, bikes ("Lastenräder") among them in a list that does not say "leihen".
const lending = answerAbout(`Erstellt von - Uhr

Leihladen in Ostermoor: Werkzeug statt Neukauf

Im alten Pfarrhaus von Ostermoor hat am Freitag ein Leihladen eröffnet. Ausleihen kann jeder, der im Ort wohnt.

Die Leihfrist beträgt zwei Wochen. Wer etwas leihen will, braucht einen Ausweis der Gemeinde für fünf Euro im Jahr.

Was gibt es?

Zum Start stehen im Regal unter anderem:

  • zwei Bohrmaschinen und eine Stichsäge
  • ein Zelt für vier Personen
  • drei Lastenräder mit Kindersitz

Der Bürgermeister Tim Rolfes sagte: "Wir wollen, dass weniger Geräte im Keller verstauben."

/news.de/dpa
`, 'leihladen-ostermoor.de.txt', { withCitations: false });

// One counting a thing as "Gegenstände".
const shed = answerAbout(`Erstellt von - Uhr

Leihladen in Ostermoor: Werkzeug statt Neukauf

Im alten Pfarrhaus von Ostermoor hat am Freitag ein Leihladen eröffnet. Rund 90 Gegenstände stehen zum Start bereit.

Ausleihen kann jeder, der im Ort wohnt. Der Bürgermeister Tim Rolfes sagte: "Wir wollen, dass weniger Geräte im Keller verstauben."

/news.de/dpa
`, 'leihladen-start.de.txt', { withCitations: false });

// One giving a sum per resident ("Versorgung eines Bewohners rund 4.800 Euro"), and the residents as "neun Frauen und Männer".
const care = answerAbout(`Erstellt von - Uhr

Pflege-WG in Merzhausen schließt: Familien suchen neue Plätze

Die Wohngemeinschaft für Demenzkranke in der Lindenstraße in Merzhausen macht zum 31. März zu. Der Träger findet kein Personal.

In der WG leben neun Frauen und Männer zwischen 71 und 93 Jahren. Der Träger, die Diakonie Merzhausen, hat die Familien am Montag informiert.

Warum schließt die WG?

Von zwölf Stellen sind nur sieben besetzt. Im Schnitt kostet die Versorgung eines Bewohners rund 4.800 Euro im Monat, die Pflegekasse zahlt davon etwa die Hälfte.

Was sagen die Angehörigen?

Die Tochter einer Bewohnerin, Karin Melle, sagte: "Meine Mutter hat hier ihr Zuhause gefunden."

/news.de/dpa
`, 'pflege-wg-merzhausen.de.txt', { withCitations: false });

// One about a fish farm, told as a "Betrieb"; its headline names the fish, not the farm.
const trout = answerAbout(`Erstellt von - Uhr

Forellen aus dem Kuhstall: Landwirtin in Brechtal setzt auf Fischzucht

Wo früher Milchkühe standen, schwimmen heute Forellen: Eine Landwirtin aus Brechtal hat ihren Stall umgebaut.

Marlene Oswald hat 400.000 Euro in zwölf Becken investiert. Im Herbst will sie die ersten zwei Tonnen Fisch verkaufen.

Warum gibt es Streit?

Der Angelverein Brechtal kritisiert den Betrieb. Das Wasser für die Becken komme aus dem Bach, der im Sommer ohnehin wenig Wasser führe, sagte Vereinschef Ralf Keppler.

/news.de/dpa
`, 'forellen-brechtal.de.txt', { withCitations: false });

// One about a church spire fallen ("eingestürzt") in a place its headline names, a state ("Freistaat") helping to pay,
// donations gone in two days, more money ("weitere 50.000 Euro"), a society's words and poison baits ("Giftköder").
const spire = answerAbout(`Erstellt von - Uhr

Kirchturm in Wallersdorf eingestürzt: Gemeinde bittet um Spenden

Nach einem Sturm ist in Wallersdorf die Spitze des alten Kirchturms eingestürzt. Verletzt wurde niemand. Die Reparatur wird teuer.

Die hölzerne Spitze ist in der Nacht zum Freitag kurz nach Mitternacht auf den Friedhof eingestürzt. Sie zerstörte zwei Grabsteine und einen Teil der Mauer.

Die Turmspitze wurde im Jahr 1890 erneuert. Nach Angaben des Pfarrers kommen jedes Jahr rund 5.000 Besucher.

Wer zahlt die Reparatur?

Die Kosten schätzt ein Gutachter auf 420.000 Euro. Das Landesamt für Denkmalpflege hat Unterstützung signalisiert. Ein Sprecher sagte, bei bedeutenden Denkmälern könne der Freistaat bis zu 30 Prozent der Kosten übernehmen. Die Kirchengemeinde will weitere 50.000 Euro aus Rücklagen beisteuern. Die Freien Wähler im Gemeinderat halten das für zu wenig.

Ein Spendenaufruf brachte 12.000 Euro ein, das Geld war schon nach zwei Tagen da. Die Spendenkonten sind inzwischen leer, weil die Summe für die Sicherung gebraucht wurde.

Was sagt der Denkmalverein?

Der Vorsitzende des Denkmalvereins Wallersdorf, Georg Huber, sagte: "Jeder Euro zählt." Der Verein will selbst Spenden sammeln.

Gibt es Ärger mit den Köder-Fallen?

Gegen die Tauben im Turm hatte die Gemeinde Giftköder ausgelegt. Drei Katzen starben, ein Hund wurde schwer krank.

Ein Tierarzt aus dem Ort hat nach eigenen Angaben fünf Tiere wegen Gift behandelt.

/news.de/dpa
`, 'kirchturm-wallersdorf.de.txt', { withCitations: false });

// One lending board games: what a borrower owes for a damaged one.
const games = answerAbout(`Erstellt von - Uhr

Spielebibliothek in Hornau: Brettspiele zum Ausleihen

Die Stadtbibliothek Hornau verleiht seit Montag auch Brettspiele. Rund 300 Spiele stehen in den Regalen.

Die Ausleihe ist kostenlos, die Leihfrist beträgt drei Wochen. Wer ein Spiel verliert oder beschädigt, muss den Neupreis bezahlen.

Wer hat die Spiele gespendet?

Die meisten Spiele kommen vom Spieleverein Hornau. "Wir hatten zu viele Schachteln im Keller", sagte Vereinschef Uwe Kramer.

/news.de/dpa
`, 'spielebibliothek-hornau.de.txt', { withCitations: false });

// One counting a club's members and giving no fee.
const chess = answerAbout(`Erstellt von - Uhr

Schachclub Eltenau feiert 75 Jahre

Der Schachclub Eltenau feiert am Samstag sein 75-jähriges Bestehen. Zum Fest im Bürgerhaus werden 300 Gäste erwartet.

Der Verein hat heute 120 Mitglieder, davon sind 45 Kinder und Jugendliche. Trainiert wird dienstags und freitags ab 18 Uhr.

Die Stadt gibt für das Fest einen Zuschuss von 2.500 Euro.

/news.de/dpa
`, 'schachclub-eltenau.de.txt', { withCitations: false });

// One offering midwives a rent subsidy per month and naming no pay.
const midwives = answerAbout(`Erstellt von - Uhr

Hebammen gesucht: Kreisklinik Oberlahn lockt mit Wohnung

Die Kreisklinik Oberlahn findet keine Hebammen mehr. Jetzt will der Landkreis mit Geld helfen.

Neue Hebammen bekommen einen Mietzuschuss von 250 Euro im Monat. Außerdem zahlt der Kreis die Umzugskosten bis 2.000 Euro.

Der Kreis spart durch die Schließung der Geburtsstation in Weilrod rund 900.000 Euro im Jahr.

Derzeit arbeiten in der Klinik elf Hebammen, nötig wären 16.

/news.de/dpa
`, 'hebammen-oberlahn.de.txt', { withCitations: false });

// One giving support as a "Förderprogramm" and a "Gründungsprämie".
const bakery = answerAbout(`Erstellt von - Uhr

Neue Bäckerei in Hollbach: Junge Meisterin übernimmt

Die Bäckerei Sommer in Hollbach hat eine Nachfolgerin gefunden. Die 26-jährige Bäckermeisterin Lea Brunner übernimmt den Laden am 1. April.

Für den neuen Ofen und die Theke gibt Brunner rund 120.000 Euro aus. Aus einem Förderprogramm des Landes kommen 30.000 Euro. Außerdem erhält sie eine Gründungsprämie von 10.000 Euro.

Die Bäckerei hat sechs Mitarbeiter, alle sollen bleiben.

/news.de/dpa
`, 'baeckerei-hollbach.de.txt', { withCitations: false });

// One naming the penalty for a deed without naming who is to blame.
const fish = answerAbout(`Erstellt von - Uhr

Fischsterben in der Lauter: Polizei ermittelt

In der Lauter bei Bergheim sind Hunderte tote Fische gefunden worden. Vermutlich wurde Gülle eingeleitet.

Die Polizei ermittelt wegen Gewässerverunreinigung. Darauf stehen nach dem Strafgesetzbuch bis zu fünf Jahre Haft oder eine Geldstrafe.

Ein Landwirt aus dem Ort hat sich bei der Behörde gemeldet.

/news.de/dpa
`, 'fischsterben-lauter.de.txt', { withCitations: false });

// One counting cars as "Gebrauchtwagen" and "Neuwagen", with "Wagen" as a word of its own.
const cars = answerAbout(`Erstellt von - Uhr

Autohaus Berger in Lenzfeld schließt

Nach 60 Jahren schließt das Autohaus Berger in Lenzfeld Ende Juni. Der Inhaber findet keinen Nachfolger.

Im vergangenen Jahr verkaufte das Autohaus noch 140 Gebrauchtwagen und 35 Neuwagen. Die Werkstatt hat sieben Mitarbeiter. Die meisten Wagen gingen an Kunden aus der Region.

Die Kunden sollen künftig nach Selbach fahren, wo ein Partnerbetrieb die Wartung übernimmt. Das Gebäude soll verkauft werden.

/news.de/dpa
`, 'autohaus-lenzfeld.de.txt', { withCitations: false });

// One about a trial that never says "Verfahren" or "Prozess" (and has a "Fahrt" the question's "Verfahren" might seem to meet).
const trial = answerAbout(`Erstellt von - Uhr

Untreue beim Schützenverein: Ex-Kassierer vor Gericht

Der frühere Kassierer des Schützenvereins Nordheim muss sich vor dem Amtsgericht verantworten. Er soll 48.000 Euro veruntreut haben.

Staatsanwältin Petra Lange warf ihm vor, über fünf Jahre Geld vom Vereinskonto auf sein eigenes überwiesen zu haben. Der 61-Jährige räumte die Vorwürfe ein.

Die Auswärtsfahrt der Jugend musste der Verein absagen. Ein Urteil wird am Freitag erwartet.

/news.de/dpa
`, 'untreue-schuetzenverein-nordheim.de.txt', { withCitations: false });

describe('reader questions 32', () => {
  it('counts general words for things ("90 Gegenstände") for the kind of thing asked about ("Wie viele Geräte …")', () => {
    expect(shed('Wie viele Geräte gibt es zum Start?')).toContain('Rund 90 Gegenstände');
  });
  it('reads "Lastenfahrräder" as the "Lastenräder" the article names', () => {
    expect(lending('Gibt es auch Lastenfahrräder zum leihen?')).toContain('drei Lastenräder');
  });
  it('does not count people by a sum beside them ("die Versorgung eines Bewohners rund 4.800 Euro")', () => {
    expect(care('Wie viele Bewohner sind betroffen')).not.toContain('4.800 Euro');
  });
  it('reads a "Farm" as the "Betrieb" the article names', () => {
    expect(trout('Wer kritisiert die Farm?')).toContain('Angelverein Brechtal');
  });
  it('sums up the story for "Worum geht es bei der Forellenfarm?" where the headline names the fish', () => {
    expect(trout('Worum geht es bei der Forellenfarm?')).toContain('Worum es geht');
  });
  it('sums up the story for "Was ist in X passiert?" where the headline names the place', () => {
    expect(spire('Was ist in Wallersdorf passiert?')).toContain('Worum es geht');
  });
  it('reads "umfallen" as "einstürzen"', () => {
    expect(spire('Wann ist die Turmspitze umgefallen?')).toContain('Nacht zum Freitag');
  });
  it('reads "das Land" as the "Freistaat" the article names', () => {
    expect(spire('Hilft das Land beim Bezahlen?')).toContain('30 Prozent');
  });
  it('reads "Wie schnell war das Geld weg?" as how soon, not how fast', () => {
    expect(spire('Wie schnell war das Geld weg?')).toContain('nach zwei Tagen');
  });
  it('reads "noch mehr" as "weitere"', () => {
    expect(spire('Gibt es noch mehr Geld?')).toMatch(/^Die Kirchengemeinde will weitere 50.000 Euro/);
  });
  it('reads "Was halten X davon?" as asking for their words', () => {
    expect(spire('Was halten die Denkmalschützer davon?')).toContain('Jeder Euro zählt');
  });
  it('meets a short noun in a compound it starts ("Gift" in "Giftköder")', () => {
    expect(spire('Wurde Gift ausgelegt?')).toContain('Giftköder ausgelegt');
  });
  it('reads "kaputt mach" as "beschädigen"', () => {
    expect(games('Was passiert wenn ich was kaputt mach?')).toMatch(/^Wer ein Spiel verliert oder beschädigt/);
  });
  it('answers "Was passiert, wenn man X tut?" by what follows the act, not by a summary', () => {
    expect(games('Was passiert, wenn man was beschädigt?')).toMatch(/^Wer ein Spiel verliert oder beschädigt/);
    expect(games('Fass mir die Sache bitte kurz zusammen')).toContain('Worum es geht');
  });
  it('does not answer what a fee is ("Mitgliedsbeitrag") by a count of the first part of its compound ("120 Mitglieder")', () => {
    expect(chess('Wie hoch ist der Mitgliedsbeitrag im Verein?')).toBe('abstained');
    expect(chess('Wie viele Mitglieder hat der Verein?')).toContain('120 Mitglieder');
  });
  it('does not take a monthly sum of another kind ("Mietzuschuss von 250 Euro im Monat") for pay', () => {
    expect(midwives('Wie viel verdient eine Hebamme im Monat?')).toBe('abstained');
    expect(midwives('Was bekommen neue Hebammen?')).toContain('Mietzuschuss von 250 Euro');
  });
  it('reads a "Zuschuss" as the "Förderprogramm" or "Prämie" the article names', () => {
    expect(bakery('Wieviel Zuschuss gabs vom Land?')).toContain('30.000 Euro');
    expect(bakery('Bekommt sie einen Zuschuss?')).toContain('Gründungsprämie von 10.000 Euro');
  });
  it('takes "die Verantwortlichen" for a generic word for people, which the article need not have', () => {
    expect(fish('Welche Strafe droht den Verantwortlichen?')).toContain('fünf Jahre Haft');
  });
  it('counts a compound of a synonym of the noun counted ("140 Gebrauchtwagen" for "Wie viele Autos …")', () => {
    expect(cars('Wie viele Autos hat das Autohaus verkauft?')).toContain('140 Gebrauchtwagen');
  });
  it('reads "in dem Verfahren", "im Prozess" as the circumstance of the story, which the article need not name', () => {
    expect(trial('Wie heisst die Staatsanwältin in dem Verfahren?')).toContain('Petra Lange');
    expect(trial('Wie heißt die Staatsanwältin im Prozess?')).toContain('Petra Lange');
  });
  it('reads "Bündnis" as the "Allianz" the article names', () => {
    expect(towns('Was soll das Bündnis bringen?')).toContain('Geld sparen');
  });
  it('reads "am wichtigsten" as what has priority', () => {
    expect(towns('Was ist den Städten am wichtigsten?')).toContain('Hochwasserschutz');
  });
});
