import { describe, expect, it } from 'vitest';
import { alternativesIn, answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Bücherei Ostrau: Rekordjahr in der Stadtbücherei - aber die Räume werden knapp

Die Stadtbücherei Ostrau hat so viele Leser wie nie. Jetzt soll das alte Gebäude saniert werden.

Leiterin Carla Berger zwischen vollen Regalen. (Foto) Suche
Leiterin Carla Berger zwischen vollen Regalen. Bild: picture alliance/dpa | Tom Rieger

Die Stadtbücherei Ostrau hat 2023 einen Rekord aufgestellt. Insgesamt 52.000 Bücher wurden dort ausgeliehen, wie die Stadt am Montag mitteilte. Hörbücher verliehen die Mitarbeiter etwa 3.100 Mal.

Leiterin Carla Berger kennt den Andrang seit Jahren. Die 58-Jährige arbeitet seit 1998 in der Bücherei. "Ich habe 800 Leser mit eigenem Ausweis in der Kartei. Ohne die Ehrenamtlichen wäre das nicht zu schaffen", sagt Berger. Für Kinder gibt es in der ganzen Stadt nur eine einzige Vorleserin.

Was plant die Stadt?

Der Stadtrat hat ein Sanierungsprojekt für das Gebäude beschlossen. Die Leser sollen in der Bauzeit eine Ausweichstelle im Rathaus nutzen.

Das Projekt kostet die Stadt in den nächsten zwei Jahren rund 3 Millionen Euro. Bürgermeister Paul Hensel (parteilos) verwies auf ähnliche Vorhaben in Sachsen, die gut gelaufen seien. Der 61-Jährige zeigte sich zuversichtlich. Die Fraktionen von Grünen und Linken haben angekündigt, den Umbau zu unterstützen.

Das alte Pfarrhaus neben der Bücherei wird für die Bauzeit zum Lesesaal. Nach einem Einbruch im Winter sicherten die Beamten dort Fingerabdrücke. Gefasst wurde ein 40 Jahre alter Mann aus Leipzig.

Die Staatsanwaltschaft wirft ihm den Diebstahl von 300 Büchern vor.

Wer bekommt Hilfe?

Der erste Lesesommer der Bücherei fand im Juli 2023 statt. Der nächste Bücherflohmarkt ist am 3. März.

Wer ehrenamtlich vorliest, hat Anspruch auf eine Aufwandspauschale. Nach der Satzung beträgt sie 200 Euro im Jahr.

Wer in einem Buch etwas findet und abgibt, hat Anspruch auf Finderlohn. Im Frühjahr fand ein Schüler 900 Euro in einem zurückgegebenen Buch.

Folgen Sie News.de schon bei WhatsApp, Facebook, Twitter, Pinterest und YouTube? Hier finden Sie brandheiße News, aktuelle Videos und den direkten Draht zur Redaktion.

/news.de/dpa

Themen:
`;
const answer = answerAbout(text, 'buecherei-ostrau.de.txt', { withCitations: true });

describe('reader questions: round 12 mechanisms', () => {
  it('counts "eine einzige X" as one X ("Wie viele Vorleserinnen gibt es für Kinder?")', () => {
    expect(answer('Wie viele Vorleserinnen gibt es für Kinder?')).toContain('nur eine einzige Vorleserin');
  });

  it('reads "N Mal" as a count of what the sentence counts ("Hörbücher verliehen die Mitarbeiter etwa 3.100 Mal")', () => {
    expect(answer('Wie viele Hörbücher wurden verliehen?')).toContain('3.100 Mal');
  });

  it('reads "ich" in a quote as its speaker ("Ich habe 800 Leser …", sagt Berger)', () => {
    expect(answer('Wie viele Leser hat Berger?')).toContain('800 Leser');
  });

  it('reads a sentence with a pronoun after its verb ("beträgt sie") with the sentence before it', () => {
    expect(answer('Wie hoch ist die Aufwandspauschale?')).toContain('200 Euro');
  });

  it('reads a sentence pointing back with "dort" with the sentence before it (the year of "Wie viele Bücher wurden 2023 ausgeliehen?")', () => {
    expect(answer('Wie viele Bücher wurden 2023 ausgeliehen?')).toContain('52.000 Bücher');
  });

  it('reads the head of a compound after a definite article as that compound ("das Projekt" after "Sanierungsprojekt")', () => {
    expect(answer('Was kostet das Sanierungsprojekt die Stadt?')).toContain('3 Millionen Euro');
  });

  it('abstains when the only figure of the answer is the question\'s own ("für die 900 Euro")', () => {
    expect(answer('Wie viel Finderlohn bekam der Schüler für die 900 Euro?')).toBe('abstained');
    expect(answer('Wie viel Geld fand der Schüler?')).toContain('900 Euro');
  });

  it('reads "die Grünen", "von Grünen und Linken" as parties', () => {
    expect(answer('Welche Parteien unterstützen den Umbau?')).toContain('Grünen und Linken');
  });

  it('meets a noun by the head of its compound synonym ("Polizisten" ~ "Polizeibeamte" ~ "die Beamten")', () => {
    expect(answer('Was sicherten die Polizisten nach dem Einbruch?')).toContain('Fingerabdrücke');
  });

  it('meets "Haus" in a compound ending in -haus ("Pfarrhaus"), whose s is no genitive', () => {
    expect(answer('Was wird aus dem Haus neben der Bücherei?')).toContain('Lesesaal');
  });

  it('reads "dem Mann" as pointing back to someone the article named ("Was wirft die Staatsanwaltschaft dem Mann vor?")', () => {
    expect(answer('Was wirft die Staatsanwaltschaft dem Mann vor?')).toContain('Diebstahl von 300 Büchern');
  });

  it('answers "Wann ist der nächste …?" only with a sentence that says which one is next', () => {
    expect(answer('Wann ist der nächste Lesesommer?')).toBe('abstained');
    expect(answer('Wann ist der nächste Bücherflohmarkt?')).toContain('3. März');
  });

  it('does not take an age for the sum asked by "wie hoch" ("Der 61-Jährige …" is no figure of a plan in Sachsen)', () => {
    expect(answer('Wie hoch sind die Kosten der Vorhaben in Sachsen?')).toBe('abstained');
  });
});

// A second invented article: a ferry strike, read by a reader on a phone (lower case, colloquial).
const ferry = `Erstellt von - Uhr

Fährstreik an der Ostsee: Reederei Nordlicht streicht 140 Fahrten

Die Beschäftigten der Reederei Nordlicht legen am Freitag die Arbeit nieder. Rund 9.000 Fahrgäste müssen umplanen. "Wir bitten um Verständnis", sagte Sprecherin Anna Pohl.

Was gilt für Fahrgäste?

  • Fahrgäste können ihr Ticket kostenlos in eine Bahnfahrkarte umtauschen.
  • Bei einer Verspätung von mehr als zwei Stunden steht ihnen eine Entschädigung von 25 Prozent des Fahrpreises zu.
  • Die Zeitung der Reederei erscheint trotzdem.

Die Baukosten des neuen Anlegers liegen bei 2,3 Millionen Euro. Gebaut wird seit Mai. Die Reparatur der alten Fähre dauert ein halbes Jahr.

/news.de/dpa

Themen:
`;
const answerFerry = answerAbout(ferry, 'faehrstreik-ostsee.de.txt', { withCitations: true });

describe('reader questions: round 12 mechanisms, a reader on a phone', () => {
  it('reads a word before "ich" as the verb in a question without capitals ("wie viel entschädigung krieg ich")', () => {
    expect(answerFerry('wie viel entschädigung krieg ich')).toContain('25 Prozent');
  });

  it('reads the compound of a short noun and "Kosten" as what the noun costs ("was kostet der bau" ~ "Baukosten")', () => {
    expect(answerFerry('was kostet der bau des anlegers')).toContain('2,3 Millionen Euro');
  });

  it('reads "ein halbes Jahr" as a duration', () => {
    expect(answerFerry('Wie lange dauert die Reparatur?')).toContain('halbes Jahr');
  });

  it('reads "wie heist" (heißt with one s) as asking for a name, not as "wie heiß"', () => {
    expect(answerFerry('wie heist die sprecherin')).toContain('Anna Pohl');
  });

  it('meets a four-letter noun as the start of a compound ("Bahn" ~ "Bahnfahrkarte")', () => {
    expect(answerFerry('Gibt es eine Fahrkarte für die Bahn?')).toContain('Bahnfahrkarte');
    // Not when the rest is an ending: "Zeitung" is no compound of "Zeit".
    expect(answerFerry('Gibt es die Zeit der Reederei trotzdem?')).toBe('abstained');
  });

  it('does not take a number word for the start of a compound ("vier" is no part of "Vier-Tage-Woche" to meet)', () => {
    const article = ferry.replace('Rund 9.000 Fahrgäste müssen umplanen.', 'Die Crew arbeitet künftig in der Vier-Tage-Woche.');
    const alternatives = alternativesIn(article, 'faehrstreik-ostsee.de.txt');
    expect(alternatives('Arbeitet die Crew vier Tage?', 'vier')).not.toContainEqual(['viertagewoch']);
  });
});

// A third invented article: the word of the question in one sentence, its synonym in another.
const priorities = `Erstellt von - Uhr

Bücherei Ostrau: Neues Dach oder mehr Vorlesen?

Die Stadtbücherei Ostrau hat so viele Leser wie nie.

Für die Leiterin Carla Berger ist ein neues Dach wichtig.

Besondere Priorität hat für Berger die Leseförderung an den Grundschulen.

/news.de/dpa

Themen:
`;
const answerPriorities = answerAbout(priorities, 'buecherei-prioritaeten.de.txt', { withCitations: true });

describe('reader questions: round 12 mechanisms, synonyms', () => {
  it('meets a synonym from the thesaurus also where the article has the word of the question elsewhere ("wichtig" ~ "Priorität")', () => {
    const reply = answerPriorities('Was ist Berger besonders wichtig?');
    expect(reply).toContain('Leseförderung');
    expect(reply).toContain('neues Dach');
  });
});
