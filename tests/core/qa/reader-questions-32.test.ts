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

// One about a fire brigade modernising its vehicles.
const brigade = answerAbout(`Erstellt von - Uhr

Feuerwehr Hagenau bekommt neue Fahrzeuge

Die Freiwillige Feuerwehr Hagenau will ihren veralteten Fuhrpark mit zwei neuen Löschfahrzeugen modernisieren. Der Stadtrat hat am Montag zugestimmt.

Die beiden Fahrzeuge kosten zusammen 780.000 Euro. Das Land gibt 250.000 Euro dazu.

Das älteste Fahrzeug der Wehr ist 34 Jahre alt. Es soll an einen Verein in Polen gehen.

/news.de/dpa
`, 'feuerwehr-hagenau.de.txt', { withCitations: false });

// One naming the arms found by their kinds ("zwei Pistolen, ein Gewehr").
const raid = answerAbout(`Erstellt von - Uhr

Razzia in Kellstadt: Polizei findet Waffenlager

Bei einer Durchsuchung in Kellstadt hat die Polizei am Dienstag ein Lager in einer Garage entdeckt. Ein 52-Jähriger wurde festgenommen.

In der Garage fanden die Beamten zwei Pistolen, ein Gewehr und rund 400 Schuss Munition. Der Mann besaß keinen Waffenschein.

Die Staatsanwaltschaft ermittelt wegen Verstoßes gegen das Waffengesetz. Der Mann schweigt bisher.

/news.de/dpa
`, 'razzia-kellstadt.de.txt', { withCitations: false });

// One naming a country and a compound starting with it ("Tansania-Reise").
const trip = answerAbout(`Erstellt von - Uhr

Schüler aus Lindbach fliegen nach Tansania

Zwölf Schülerinnen und Schüler des Gymnasiums Lindbach reisen im Juli für drei Wochen nach Tansania. Dort helfen sie beim Bau einer Schule.

Die Tansania-Reise kostet pro Person 2.400 Euro. Einen Teil zahlt der Förderverein des Gymnasiums.

Die Partnerschaft mit der Schule in Moshi besteht seit 2011. Seitdem waren schon 90 Jugendliche aus Lindbach in Tansania.

/news.de/dpa
`, 'tansania-lindbach.de.txt', { withCitations: false });

// One naming a new club only as "einen Verein aus Belgien".
const transfer = answerAbout(`Erstellt von - Uhr

Handball: Torhüter Jonas Pelzer verlässt Grünstadt

Der Torhüter des TV Grünstadt, Jonas Pelzer, wechselt im Sommer ins Ausland. Der 24-Jährige spielt künftig für einen Verein aus Belgien.

Pelzer war acht Jahre beim TV Grünstadt. "Der Abschied fällt mir schwer", sagte er.

/news.de/dpa
`, 'handball-pelzer-gruenstadt.de.txt', { withCitations: false });

// One about a lake seen on satellite images, and a satellite to be put into orbit.
const lake = answerAbout(`Erstellt von - Uhr

Dürre am Sorbensee: Forscher schlagen Alarm

Der Sorbensee in der Lausitz verliert seit Jahren Wasser. Forscher der Universität Cottbus wollen den See nun aus dem Weltraum beobachten.

Auf Satellitenbildern ist zu sehen, dass die Wasserfläche seit 2018 um ein Drittel geschrumpft ist. Am Nordufer liegen inzwischen Bootsstege im Trockenen.

Ein eigener Kleinsatellit der Universität soll im März in die Umlaufbahn gebracht werden. Er kostet 1,2 Millionen Euro.

/news.de/dpa
`, 'sorbensee-duerre.de.txt', { withCitations: false });

// One saying what a study cites ("berufen sich auf Tests an 48 Schulen").
const study = answerAbout(`Erstellt von - Uhr

Studie: Immer weniger Kinder können schwimmen

Immer weniger Grundschüler in Niedersachsen können sicher schwimmen. Das geht aus einer Studie der Universität Vechta hervor.

Demnach ist nur noch jedes dritte Kind am Ende der vierten Klasse ein sicherer Schwimmer. Die Forscher berufen sich auf Tests an 48 Schulen.

Der Landesschwimmverband fordert mehr Schwimmunterricht. Viele Bäder seien zu weit weg, sagte Präsidentin Ute Brandes.

/news.de/dpa
`, 'schwimmstudie-vechta.de.txt', { withCitations: false });

// One naming a country's form of government ("eine konstitutionelle Monarchie").
const partner = answerAbout(`Erstellt von - Uhr

Städtepartnerschaft: Bürgermeister aus Nuku'alofa besucht Wiesental

Zum ersten Mal besucht ein Bürgermeister aus Tonga die Gemeinde Wiesental. Die beiden Orte sind seit 2019 Partnerstädte.

Das Königreich im Südpazifik ist eine konstitutionelle Monarchie mit rund 100.000 Einwohnern. Viele Menschen leben vom Fischfang.

Der Gast bleibt eine Woche. Am Samstag gibt es ein Fest auf dem Marktplatz.

/news.de/dpa
`, 'partnerstadt-wiesental-tonga.de.txt', { withCitations: false });

// One about two towns building ("aufbauen") a harbour, and working together elsewhere.
const harbour = answerAbout(`Erstellt von - Uhr

Hafen Brunsholt: Zwei Gemeinden planen gemeinsames Projekt

Die Gemeinden Brunsholt und Leesum wollen gemeinsam einen neuen Sportboothafen aufbauen. Am Dienstag stellten die Bürgermeister die Pläne vor.

Der Hafen soll 120 Liegeplätze haben und 4,5 Millionen Euro kosten. Die Bauarbeiten könnten 2027 beginnen.

Naturschützer kritisieren das Vorhaben, weil im Watt vor Leesum Seehunde ruhen.

Brunsholt und Leesum arbeiten schon seit 2015 bei der Feuerwehr zusammen.

/news.de/dpa
`, 'hafen-brunsholt-leesum.de.txt', { withCitations: false });

// One about a freighter carrying "Munition".
const freighter = answerAbout(`Erstellt von - Uhr

Zoll stoppt Frachter im Hafen von Emsbrück

Der Zoll hat im Hafen von Emsbrück einen Frachter aus Panama festgesetzt. An Bord waren nach Angaben der Behörden 30 Tonnen Munition.

Die Ladung war als Maschinenteile angemeldet. Der Kapitän wurde vorläufig festgenommen.

Das Schiff sollte nach Angaben des Zolls weiter nach Nordafrika fahren.

/news.de/dpa
`, 'frachter-emsbrueck.de.txt', { withCitations: false });

// One naming further stretches of a dyke at risk as "Abschnitte".
const dyke = answerAbout(`Erstellt von - Uhr

Deich bei Wehrhusen: Risse nach dem Sturm

Nach dem Sturm am Wochenende hat der Deichverband am Deich bei Wehrhusen Risse entdeckt. Der Deich ist zum Teil im Besitz des Landes.

Ein Gutachter hält zwei weitere Abschnitte mit einer Länge von zusammen 300 Metern für gefährdet. Der Weg auf der Deichkrone bleibt gesperrt.

Die Reparatur soll im Frühjahr beginnen und rund 900.000 Euro kosten.

/news.de/dpa
`, 'deich-wehrhusen.de.txt', { withCitations: false });

// One calling a meeting a "Spitzengespräch".
const clinic = answerAbout(`Erstellt von - Uhr

Klinik Halbach vor dem Aus: Landrat lädt zum Gespräch

Der Kreisklinik Halbach droht die Schließung. Der Träger findet keine Ärzte für die Notaufnahme.

Landrat Thomas Vieth hat Träger, Krankenkassen und Bürgermeister für den 3. Juni zu einem Spitzengespräch ins Landratsamt eingeladen. "Wir brauchen eine Lösung bis zum Sommer", sagte Vieth.

Seit Januar ist die Notaufnahme nachts geschlossen. Patienten müssen bis zu 40 Kilometer nach Selbach fahren.

/news.de/dpa
`, 'kreisklinik-halbach.de.txt', { withCitations: false });

// One quoting a club through its chair named by "Dessen Vorsitzender".
const dogs = answerAbout(`Erstellt von - Uhr

Neue Hundewiese in Hallenbach

Die Stadt Hallenbach richtet am Stadtpark eine eingezäunte Wiese für Hunde ein. Sie soll im Mai öffnen.

Der Hundesportverein Hallenbach begrüßt den Plan. Dessen Vorsitzender Klaus Renner warnt aber vor zu kleinen Flächen. "Auf 2.000 Quadratmetern können große Hunde nicht richtig rennen", sagte er.

Die Wiese kostet die Stadt rund 45.000 Euro.

/news.de/dpa
`, 'hundewiese-hallenbach.de.txt', { withCitations: false });

// One giving how many are on a waiting list, and how long one waits.
const music = answerAbout(`Erstellt von - Uhr

Musikschule Dornheim sucht Lehrer

Die Musikschule Dornheim findet keine Lehrkräfte für Klavier und Gitarre. Seit dem Sommer fallen Stunden aus.

Auf der Warteliste für Klavierunterricht stehen inzwischen 85 Kinder.

Wer heute auf die Warteliste für Klavier kommt, wartet rund zwei Jahre.

Die Stadt will die Honorare um zehn Prozent erhöhen.

/news.de/dpa
`, 'musikschule-dornheim.de.txt', { withCitations: false });

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
  it('reads "auf Vordermann bringen" as "modernisieren"', () => {
    expect(brigade('Womit will die Feuerwehr ihren Fuhrpark auf Vordermann bringen?')).toContain('zwei neuen Löschfahrzeugen');
    expect(brigade('Wie bringt die Feuerwehr ihren Fuhrpark auf Vordermann?')).toContain('zwei neuen Löschfahrzeugen');
  });
  it('answers "Welche Waffen …" by the arms the article names ("Pistolen", "Gewehr")', () => {
    expect(raid('Welche Waffen hat die Polizei gefunden?')).toContain('zwei Pistolen, ein Gewehr');
  });
  it('reads a name misspelt ("Tansana") as the article\'s word, not only as the start of its compounds', () => {
    expect(trip('Wie lange bleiben die Schüler in Tansana?')).toContain('drei Wochen');
  });
  it('reads "Welchen belgischen Verein …" as asking which club, with an adjective before the kind, not answered by "einen Verein"', () => {
    expect(transfer('Für welchen belgischen Verein spielt Pelzer künftig?')).toBe('abstained');
    expect(transfer('Wohin wechselt Pelzer?')).toContain('Verein aus Belgien');
  });
  it('reads "Aufnahmen aus dem All" as satellite images and "ins All" as into orbit', () => {
    expect(lake('Was sieht man auf den Aufnahmen aus dem All?')).toContain('um ein Drittel geschrumpft');
    expect(lake('Wann soll der Satellit ins All?')).toContain('im März in die Umlaufbahn');
  });
  it('reads "Worauf stützt sich X?" as what X cites ("beruft sich auf")', () => {
    expect(study('Worauf stützt sich die Studie?')).toContain('Tests an 48 Schulen');
  });
  it('reads "Welches politische System …" as asking the form of government', () => {
    expect(partner('Welches politische System hat Tonga?')).toContain('konstitutionelle Monarchie');
  });
  it('reads "errichten" as "aufbauen"', () => {
    expect(harbour('Was wollen Brunsholt und Leesum zusammen errichten?')).toMatch(/^Die Gemeinden Brunsholt und Leesum wollen gemeinsam einen neuen Sportboothafen/);
  });
  it('reads "Kriegsmaterial", "Rüstungsgüter" as the arms and "Munition" the article names', () => {
    expect(freighter('Welches Kriegsmaterial hatte der Frachter geladen?')).toContain('30 Tonnen Munition');
    expect(freighter('Welche Rüstungsgüter waren an Bord?')).toContain('30 Tonnen Munition');
  });
  it('reads "Teile" as the "Abschnitte" the article names', () => {
    expect(dyke('Sind noch andere Teile des Deichs gefährdet?')).toContain('zwei weitere Abschnitte');
  });
  it('reads a "Treffen" as the "Gespräch" the article names ("Spitzentreffen" ~ "Spitzengespräch")', () => {
    expect(clinic('Wann ist das Spitzentreffen?')).toContain('3. Juni');
  });
  it('answers "Was sagt der Verein?" by its chair\'s words ("Dessen Vorsitzender Klaus Renner warnt …")', () => {
    expect(dogs('Was sagt der Hundesportverein dazu?')).toContain('große Hunde nicht richtig rennen');
  });
  it('reads "Wie lang ist die Warteliste?" as how many are on it', () => {
    expect(music('Wie lang ist die Warteliste für Klavier?')).toContain('85 Kinder');
  });
  it('reads "Bündnis" as the "Allianz" the article names', () => {
    expect(towns('Was soll das Bündnis bringen?')).toContain('Geld sparen');
  });
  it('reads "am wichtigsten" as what has priority', () => {
    expect(towns('Was ist den Städten am wichtigsten?')).toContain('Hochwasserschutz');
  });
});
