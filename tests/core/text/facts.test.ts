import { describe, expect, it } from 'vitest';
import { FACT, factKeys } from '../../../src/core/text/facts.js';

describe('factKeys', () => {
  it('reads a measure with its unit', () => {
    expect(factKeys('Er trat mit rund 18 Kilometern pro Sekunde ein.')).toContain(FACT.speed);
    // A length beside a speed stated as such stays a length; in a sentence about a speed, a length is read as the speed.
    expect(factKeys('Die Seilbahn hat 860 Meter Seil und zieht mit bis zu 30 Kilometern pro Stunde.')).toEqual(expect.arrayContaining([FACT.length, FACT.speed]));
    expect(factKeys('Die Höchstgeschwindigkeit liegt bei 80 Kilometern.')).toContain(FACT.speed);
    expect(factKeys('Die Höchstgeschwindigkeit liegt bei 80 Kilometern.')).not.toContain(FACT.length);
    // A computer's speed is written in floating-point operations per second.
    expect(factKeys('Der Rechner schafft 48 Petaflops.')).toContain(FACT.speed);
    expect(factKeys('Der Stein wiegt 87 Gramm.')).toContain(FACT.mass);
    expect(factKeys('Der Schaden liegt bei 2,3 Millionen Euro.')).toContain(FACT.money);
    // One unit written as a word is a sum too. An area is no length: it answers "wie groß", never "wie lang".
    expect(factKeys('Die Gründer zahlen nur einen Euro pro Quadratmeter.')).toContain(FACT.money);
    expect(factKeys('Einen Plan gibt es nicht.')).not.toContain(FACT.money);
    // An age estimated: "den Fachleute auf etwa 25 Jahre schätzen".
    expect(factKeys('Es war ein Bulle, den Fachleute auf etwa 25 Jahre schätzen.')).toContain(FACT.age);
    // An average age, and an age above or below one, are ages too.
    for (const text of ['Das Durchschnittsalter lag bei 67 Jahren.', 'Der Altersdurchschnitt liegt bei 54.', 'Rund 1.100 waren älter als 60 Jahre.']) expect(factKeys(text), text).toContain(FACT.age);
    // Who bears a cost: a verb of bearing beside a sum or a share, not any verb of taking over.
    expect(factKeys('75 Prozent davon übernimmt der Bund.')).toContain(FACT.payer);
    expect(factKeys('Die Kosten trägt das Land.')).toContain(FACT.payer);
    expect(factKeys('Der Bund übernimmt die Führung.')).not.toContain(FACT.payer);
    // A sum counted in pay or rent is money.
    expect(factKeys('Die Abfindung beträgt ein Monatsgehalt pro Jahr.')).toContain(FACT.money);
    expect(factKeys('Die Kaution beträgt drei Monatsmieten.')).toContain(FACT.money);
    // A party named as a group, not in brackets after a name, is a faction.
    expect(factKeys('Dafür stimmten CDU und Grüne.')).toContain(FACT.faction);
    expect(factKeys('Nur die AfD-Fraktion stimmte dagegen.')).toContain(FACT.faction);
    expect(factKeys('Das sagte Thomas Gruber (CSU).')).not.toContain(FACT.faction);
    // Free of charge is a price too: "Was kostet die Beratung?" is answered by "Die Beratung ist kostenlos".
    expect(factKeys('Die Beratung ist kostenlos.')).toContain(FACT.price);
    expect(factKeys('Die Beratung findet im Rathaus statt.')).not.toContain(FACT.price);
    expect(factKeys('Der Laden hat 68 Quadratmeter.')).toContain(FACT.area);
    expect(factKeys('Das Feuer wütet auf 180 Hektar.')).toContain(FACT.area);
    expect(factKeys('Das Feuer wütet auf 180 Hektar.')).not.toContain(FACT.length);
    expect(factKeys('Das Streufeld ist zwölf Kilometer lang.')).toContain(FACT.length);
    expect(factKeys('Der Streik dauert 48 Stunden.')).toContain(FACT.duration);
    expect(factKeys('Die Ärzte traten in einen zweitägigen Warnstreik.')).toContain(FACT.duration);
    expect(factKeys('Die Ärzte traten in einen Warnstreik.')).not.toContain(FACT.duration);
    // Halves: "ein halbes Jahr", "eineinhalb Jahre", "anderthalb Stunden".
    for (const text of ['Die Ausbildung dauert ein halbes Jahr.', 'Die Reparatur dauert eineinhalb Jahre.', 'Die Sitzung dauerte anderthalb Stunden.']) expect(factKeys(text), text).toContain(FACT.duration);
    // One or a few units in words: "ein Jahr lang", "seit einem Monat", "mehrere Wochen"; not "Eines Tages".
    for (const text of ['Der Test läuft ein Jahr lang.', 'Die Anlage steht seit einem Monat still.', 'Die Sanierung dauert mehrere Wochen.']) expect(factKeys(text), text).toContain(FACT.duration);
    // An end named by a holiday or season states how long something goes on.
    for (const text of ['Bezahlt ist der Bus bislang nur bis zu den Sommerferien.', 'Die Straße bleibt bis zum Jahresende gesperrt.', 'Die Arbeiten dauern bis in den Herbst.']) expect(factKeys(text), text).toContain(FACT.duration);
    expect(factKeys('Der Bus fährt im Sommer häufiger.')).not.toContain(FACT.duration);
    expect(factKeys('Eines Tages kam er zurück.')).not.toContain(FACT.duration);
    // A count of things in a row or "lang" is one too; a length is not.
    for (const text of ['Der Jackpot war elf Ziehungen in Folge nicht geknackt worden.', 'Sie spielte drei Spielzeiten lang in Kiel.']) expect(factKeys(text), text).toContain(FACT.duration);
    expect(factKeys('Die Strecke ist 20 Kilometer lang.')).not.toContain(FACT.duration);
    expect(factKeys('Widerspruch ist innerhalb eines Monats möglich.')).toContain(FACT.duration);
    // An end point answers "wie lange", also after a hedge ("bis mindestens Freitag").
    expect(factKeys('Die Bibliothek bleibt bis mindestens Dienstag geschlossen.')).toContain(FACT.duration);
    expect(factKeys('Die Bibliothek bleibt bis voraussichtlich Ende März geschlossen.')).toContain(FACT.duration);
  });

  it('counts quantities and shares, not years, dates or clock times', () => {
    expect(factKeys('Etwa jeder fünfte Zug fährt.')).toContain(FACT.quantity);
    expect(factKeys('Sie fanden neun Fragmente.')).toContain(FACT.quantity);
    expect(factKeys('Es begann am 12. März 2023 um 2 Uhr.')).not.toContain(FACT.quantity);
  });

  it('tells precise times from vague ones', () => {
    expect(factKeys('Sie war um 23.41 Uhr zu sehen.')).toContain(FACT.clock);
    expect(factKeys('Sie war am Wochenende zu sehen.')).not.toContain(FACT.clock);
  });

  it('finds personal names mid-sentence, not noun phrases', () => {
    expect(factKeys('Das sagte Verteidiger Markus Hohlfeld.')).toContain(FACT.person);
    expect(factKeys('Die Anklage hatte sieben Jahre Haft gefordert.')).not.toContain(FACT.person);
  });

  it('reads an age the news gives after a name, in brackets or between commas', () => {
    expect(factKeys('Chorsprecherin Ute Brand (63) nimmt Anmeldungen entgegen.')).toContain(FACT.age);
    expect(factKeys('Dessen Vorsitzende Gertrud Wiesinger, 78, fürchtet Probleme.')).toContain(FACT.age);
    expect(factKeys('In Lindau, Wangen, 14 weitere Orte kamen dazu.')).not.toContain(FACT.age);
  });

  it('marks a leader\'s role, also as the head of a compound, not a companion', () => {
    expect(factKeys('Das sagte Bibliotheksleiterin Sabine Grothues.')).toContain(FACT.leader);
    expect(factKeys('Thomas Wiedemann ist Kreisvorsitzender des Verbands.')).toContain(FACT.leader);
    expect(factKeys('Ihr Begleiter Jonas Brandt blieb im Auto.')).not.toContain(FACT.leader);
  });

  it('marks a vote\'s result, not a score or a time', () => {
    expect(factKeys('Die Entscheidung fiel mit 21 zu 8 Stimmen.')).toContain(FACT.tally);
    expect(factKeys('Der Gemeinderat stimmte einstimmig zu.')).toContain(FACT.tally);
    expect(factKeys('Der Antrag wurde ohne Gegenstimme angenommen.')).toContain(FACT.tally);
    expect(factKeys('Der SV gewann das Spiel 3:1.')).not.toContain(FACT.tally);
    expect(factKeys('Die Sitzung dauerte von 18 bis 21 Uhr.')).not.toContain(FACT.tally);
  });
});
