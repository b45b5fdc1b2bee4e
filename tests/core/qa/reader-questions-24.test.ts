import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Freibad Tannweiler: Neue Rutsche kommt erst im Juli - Gutachten fand Risse im Becken

Das Freibad Tannweiler öffnet in diesem Sommer später. Die neue Wasserrutsche für 310.000 Euro wird erst im Juli fertig.

Das Freibad Tannweiler im Winter. (Foto) Suche
Das Freibad Tannweiler im Winter. Bild: picture alliance/dpa | Tom Weller

Eigentlich sollte das Freibad Tannweiler am 15. Mai öffnen. Doch bei den Arbeiten an der neuen Rutsche stieß die Baufirma auf Risse im Schwimmerbecken. Ein Gutachter soll nun klären, wie tief sie gehen. Einen Teil der Kosten trägt die Versicherung der Stadt.

Die 80 Meter lange Rutsche hat die Stadt beim Hersteller Aquaform aus Bremen bestellt. Sie kostet 310.000 Euro. Die Fliesen im Becken verlegt ein Fachbetrieb aus der Region. Das Wasser im Becken hatte am Montag 14 Grad.

Wie funktioniert die neue Rutsche?

Die neue Rutsche hat drei Kurven und einen dunklen Tunnel. Gestartet wird von einem Turm.

Was sagt die Stadt?

"Wir hätten lieber im Mai geöffnet", sagte Bürgermeisterin Petra Lind. Die Badegäste sollen als Ausgleich im Juli zwei Wochen lang freien Eintritt bekommen. Die Saisonkarte kostet 95 Euro. Auf die neue Rutsche dürfen nur Kinder, die mindestens acht Jahre alt sind.

"Das Becken ist nicht gefährdet", sagte der Leiter des Freibads Tannweiler, Jonas Brehm.

Am Kiosk verkauft weiter die Familie Ortner Pommes und Eis. Der Pachtvertrag läuft bis 2027.

/news.de/dpa
`;
const answer = answerAbout(text, 'freibad-tannweiler.de.txt', { withCitations: false });

describe('reader questions about an invented article (session 21)', () => {
  it('does not route a question for a sum to a heading about the same thing whose section states none', () => {
    expect(answer('Was kostet die neue Rutsche?')).toContain('310.000 Euro');
  });

  it('answers "Ab welchem Alter …" by an age limit, whatever verb the article uses', () => {
    expect(answer('Ab welchem Alter darf man mitrutschen?')).toContain('mindestens acht Jahre');
  });

  it('reads a compound of a measure noun after "welche" as asking that measure ("Welche Wassertemperatur …")', () => {
    expect(answer('Welche Wassertemperatur hatte das Becken am Montag?')).toContain('14 Grad');
  });

  it('knows a person named once in apposition to a role as a name ("der Leiter des Freibads Tannweiler, Jonas Brehm")', () => {
    expect(answer('Wer ist der Chef vom Freibad Tannweiler?')).toContain('Jonas Brehm');
    expect(answer('Was sagt Brehm zum Becken?')).toContain('nicht gefährdet');
  });

  it('answers "Welche Firma / Welcher Hersteller …" with the firm the article names, and abstains when it names none', () => {
    expect(answer('Von welchem Hersteller kommt die Rutsche?')).toContain('Aquaform');
    // "die Baufirma" and "ein Fachbetrieb aus der Region" are of the kind asked for, but no firm is named.
    expect(answer('Welche Baufirma baut die Rutsche?')).toBe('abstained');
    expect(answer('Welcher Betrieb verlegt die Fliesen?')).toBe('abstained');
    // So for a professional: "Ein Gutachter soll nun klären …" names none.
    expect(answer('Welcher Gutachter prüft die Risse?')).toBe('abstained');
    // Also asked in the plural, or of an insurer: "die Versicherung der Stadt" names none.
    expect(answer('Bei welchen Herstellern hat die Stadt bestellt?')).toContain('Aquaform');
    expect(answer('Welche Versicherung trägt die Kosten?')).toBe('abstained');
  });
});

const beavers = `Erstellt von - Uhr

Mühlbach: Biber stauen den Bach - Wiesen stehen unter Wasser

Am Mühlbach bei Ostrau haben Biber drei Dämme gebaut. Die Wiesen der Landwirte stehen unter Wasser.

Die Dämme liegen zwischen der Mühle und der Landstraße. Der größte ist 1,2 Meter hoch. Der Landkreis will zwei der Dämme absenken lassen. Am Ufer haben die Biber 14 Bäumchen gefällt. Auf der Kiesbank brütet seit dem Frühjahr ein seltener Flussregenpfeifer.

Besonders hart trifft der Stau den Hof der Familie Krämer in Ostrau. Seit Wochen stehen die Weiden unter Wasser. Auf die Wiesen kommt kein Traktor mehr. Insgesamt liegt der Schaden bei 12.000 Euro.

Am Mühlenteich füttern Spaziergänger die Biber mit Brot. Dort hat die Gemeinde Schilder aufgestellt. Wer dagegen verstößt, muss mit einem Bußgeld von bis zu 500 Euro rechnen.

/news.de/dpa
`;
const answerOnBeavers = answerAbout(beavers, 'biber-muehlbach.de.txt', { withCitations: false });

describe('reader questions about an invented article on animals (session 21)', () => {
  it('takes "Tiere" and "Viecher" for whatever animal the article is about', () => {
    expect(answerOnBeavers('Welche Tiere haben die Dämme gebaut?')).toContain('Biber');
    expect(answerOnBeavers('Wie hoch ist der größte Damm der Viecher?')).toContain('1,2 Meter');
  });

  it('reads a sentence opening with "Dort" or holding "dagegen" with the one before it', () => {
    expect(answerOnBeavers('Wie hoch ist das Bußgeld fürs Füttern am Mühlenteich?')).toContain('500 Euro');
  });

  it('reads the later sentences of a paragraph with its first one, which names what they are about', () => {
    expect(answerOnBeavers('Wie hoch ist der Schaden für den Hof der Familie Krämer?')).toContain('12.000 Euro');
  });

  it('meets the kind a "welche" question asks for by a compound sharing the head of a narrower word ("Vogel" ~ "Flussregenpfeifer" beside "Mornellregenpfeifer")', () => {
    expect(answerOnBeavers('Welcher seltene Vogel brütet auf der Kiesbank?')).toContain('Flussregenpfeifer');
  });

  it('meets a noun by its diminutive ("Bäume" ~ "Bäumchen")', () => {
    expect(answerOnBeavers('Wie viele Bäume haben die Biber gefällt?')).toContain('14 Bäumchen');
  });
});

const trial = `Erstellt von - Uhr

Prozess in Kellberg: Ex-Kassierer gesteht Griff in die Vereinskasse

Der frühere Kassierer des Schützenvereins Kellberg hat vor Gericht gestanden. Er muss nicht ins Gefängnis.

Vor dem Amtsgericht Kellberg hat der frühere Kassierer des Schützenvereins gestanden, 48.000 Euro veruntreut zu haben. Richterin Anna Vogt verurteilte ihn zu einer Bewährungsstrafe von zwei Jahren. Revision ist innerhalb eines Monats möglich.

/news.de/dpa
`;
const answerOnTrial = answerAbout(trial, 'prozess-kellberg.de.txt', { withCitations: false });

describe('reader questions about an invented article on a trial (session 21)', () => {
  it('takes a noun only the kicker has ("Prozess in Kellberg: …") for the topic of the story', () => {
    expect(answerOnTrial('Wie hoch ist die Strafe im Prozess?')).toContain('zwei Jahren');
    expect(answerOnTrial('Um wie viel Geld ging es im Prozess?')).toContain('48.000 Euro');
  });

  it('reads "eines Monats" as a duration, and the time a duration is of as that duration', () => {
    expect(answerOnTrial('Wie lange hat man Zeit für die Revision?')).toContain('innerhalb eines Monats');
  });
});
