import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// Invented articles in the export layout; their words appear in no rule of the engine.

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

describe('reader questions 33', () => {
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
});
