import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// Invented articles in the export layout; their words appear in no rule of the engine.

// One counting children of an age ("18 Fünfjährigen") beside a trainer whose own age it does not give.
const gym = answerAbout(`Erstellt von - Uhr

Kinderturnen in Wessling: Lange Warteliste

Der TSV Wessling kann nicht alle Kinder aufnehmen, die turnen wollen. Auf der Warteliste stehen 64 Kinder.

Trainerin Maria Böll leitet selbst zwei Gruppen. "Dienstags turne ich mit 18 Fünfjährigen", sagte sie.

Der Verein sucht dringend weitere Übungsleiter.

/news.de/dpa
`, 'kinderturnen-wessling.de.txt', { withCitations: false });

// One giving a speed limit as "Tempo 50", after the one so far.
const speedLimit = answerAbout(`Erstellt von - Uhr

Mehr Sicherheit an der Kreisstraße 12 bei Olbing

Auf der Kreisstraße 12 zwischen Olbing und Hausen hat es in zwei Jahren 14 Unfälle gegeben. Bislang dürfen Autos dort 100 Kilometer pro Stunde fahren.

Der Kreis hat nun reagiert. Vor der Schule in Olbing gilt künftig Tempo 50, nachts sogar Tempo 30.

/news.de/dpa
`, 'tempo-olbing.de.txt', { withCitations: false });

// One about a pool that may close, with another decision of the council.
const pool = answerAbout(`Erstellt von - Uhr

Hallenbad Kellstedt macht hohe Verluste

Das Hallenbad in Kellstedt hat im vergangenen Jahr 410.000 Euro Verlust gemacht. Die Stadt kann das Geld nicht länger aufbringen.

Der Stadtrat will am 3. März über die Schließung des Bads entscheiden. Ein Förderverein sammelt Unterschriften dagegen.

Über neue Eintrittspreise hatte der Stadtrat schon am 12. Januar entschieden. Das Bad wurde 1974 eröffnet.

/news.de/dpa
`, 'hallenbad-kellstedt.de.txt', { withCitations: false });

// One giving a total of loot and the part of one break-in.
const burglaries = answerAbout(`Erstellt von - Uhr

Einbruchserie in Hellstadt: Polizei fasst zwei Männer

Die Polizei in Hellstadt hat zwei Männer festgenommen, die seit dem Frühjahr in Bäckereien eingebrochen sein sollen. Um insgesamt 42.000 Euro Beute soll es gehen.

Beim ersten Einbruch im März nahmen die Täter 8.000 Euro aus einem Tresor mit. Das Geld haben die Männer nach Angaben der Ermittler für Autos ausgegeben.

/news.de/dpa
`, 'einbruchserie-hellstadt.de.txt', { withCitations: false });

// One telling how a treasurer's fraud came to light.
const treasurer = answerAbout(`Erstellt von - Uhr

Kassenwart zweigt 60.000 Euro aus Vereinskasse ab

Der frühere Kassenwart des SV Grünau soll über fünf Jahre 60.000 Euro aus der Vereinskasse genommen haben. Der Verein hat Anzeige erstattet.

Aufgeflogen ist der Schwindel im Januar. Eine neue Kassenprüferin verglich die Kontoauszüge mit den Belegen.

Der Mann hat inzwischen einen Teil des Geldes zurückgezahlt.

/news.de/dpa
`, 'kassenwart-gruenau.de.txt', { withCitations: false });

// One about a trial that only its body calls "Prozess".
const trial = answerAbout(`Erstellt von - Uhr

Pflegerin soll in Wendach Senioren bestohlen haben

Vor dem Amtsgericht Wendach muss sich seit Dienstag eine 43 Jahre alte Pflegerin verantworten. Sie soll drei Senioren Schmuck im Wert von 12.000 Euro gestohlen haben.

Im Prozess hat das Gericht bisher vier Zeugen gehört. Die Angeklagte schweigt zu den Vorwürfen.

Ein Urteil wird für den 9. Mai erwartet.

/news.de/dpa
`, 'pflegerin-wendach.de.txt', { withCitations: false });

// One about a hedge that its body calls a quarrel ("Der Streit …").
const hedge = answerAbout(`Erstellt von - Uhr

Hecke in Lauterbach muss nicht weg

Eine 4,50 Meter hohe Thujahecke in Lauterbach darf stehen bleiben. Das hat das Amtsgericht Alsfeld am Mittwoch entschieden. Der Nachbar hatte geklagt, weil die Hecke seinen Garten verschatte.

Der Streit zwischen den beiden Familien dauert schon seit sieben Jahren. "Wir reden kaum noch miteinander", sagte der Kläger.

Das Urteil ist noch nicht rechtskräftig.

/news.de/dpa
`, 'hecke-lauterbach.de.txt', { withCitations: false });

// One about donations that have come in ("eingegangen").
const churchRoof = answerAbout(`Erstellt von - Uhr

Kirchendach in Berghofen muss saniert werden

Das Dach der Dorfkirche in Berghofen ist undicht. Die Sanierung kostet nach Schätzung der Gemeinde rund 180.000 Euro.

Der Förderverein hat im Juni eine Spendenaktion gestartet. Bis Ende Oktober sind bereits 23.400 Euro eingegangen.

Die Bauarbeiten sollen im Frühjahr beginnen.

/news.de/dpa
`, 'kirchendach-berghofen.de.txt', { withCitations: false });

// One naming the loot first with a time, then by its worth.
const jeweller = answerAbout(`Erstellt von - Uhr

Einbruch bei Juwelier in Kallstadt

Nach nur drei Minuten waren die Täter mit ihrer Beute verschwunden. Die Polizei sucht Zeugen.

In der Nacht zum Montag schlugen zwei Männer die Scheibe des Juweliergeschäfts Berger ein. Sie erbeuteten Schmuck im Wert von rund 95.000 Euro.

Eine Überwachungskamera hat die Tat gefilmt.

/news.de/dpa
`, 'juwelier-kallstadt.de.txt', { withCitations: false });

describe('reader questions (thirty-fifth set)', () => {
  it('does not read a number of children of an age ("18 Fünfjährigen") as the age of the one asked about', () => {
    expect(gym('Wie alt ist Maria Böll?')).toBe('abstained');
    expect(gym('Wie alt ist die Trainerin?')).toBe('abstained');
  });
  it('reads "Tempo 50" as a speed, and "künftig" as asking what will hold, not what holds so far', () => {
    expect(speedLimit('Wie schnell darf man künftig vor der Schule fahren?')).toBe('Vor der Schule in Olbing gilt künftig Tempo 50, nachts sogar Tempo 30.');
    expect(speedLimit('Wie schnell darf man in Zukunft in Olbing fahren?')).toMatch(/^Vor der Schule in Olbing gilt künftig Tempo 50/);
  });
  it('reads "das Aus" as a closing or dissolving, and "möglich" as no content word', () => {
    expect(pool('Wann wird über ein mögliches Aus entschieden?')).toBe('Der Stadtrat will am 3. März über die Schließung des Bads entscheiden.');
    expect(pool('Wann entscheidet der Stadtrat über das Aus?')).toBe('Der Stadtrat will am 3. März über die Schließung des Bads entscheiden.');
  });
  it('answers "insgesamt" first with the figure said to be the total', () => {
    expect(burglaries('Wieviel Geld haben die Männer insgesamt geklaut?')).toMatch(/^Um insgesamt 42\.000 Euro Beute/);
  });
  it('reads "rausgekommen" as "aufgeflogen"', () => {
    expect(treasurer('Wie ist das Ganze rausgekommen?')).toContain('Aufgeflogen ist der Schwindel im Januar');
  });
  it('answers "Worum geht es in dem Prozess?" with a summary: a noun readers use for whatever the story is about', () => {
    expect(trial('Worum geht es in dem Prozess?')).toMatch(/^Worum es geht:/);
  });
  it('answers "Worum geht es bei dem Streit?" with a summary, as it does for "Prozess"', () => {
    expect(hedge('Worum geht es bei dem Streit?')).toMatch(/^Worum es geht:/);
  });
  it('reads "zusammengekommen", "reingekommen" as money that came in ("eingegangen")', () => {
    expect(churchRoof('Wie viel Geld ist schon zusammengekommen?')).toBe('Bis Ende Oktober sind bereits 23.400 Euro eingegangen.');
    expect(churchRoof('Wie viel Geld ist bis jetzt reingekommen?')).toBe('Bis Ende Oktober sind bereits 23.400 Euro eingegangen.');
  });
  it('reads "Wie hoch ist die Beute?" as asking its worth, a sum of money', () => {
    expect(jeweller('Wie hoch ist die Beute?')).toBe('Sie erbeuteten Schmuck im Wert von rund 95.000 Euro.');
  });
});
