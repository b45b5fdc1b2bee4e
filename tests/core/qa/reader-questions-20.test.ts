import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Geflügelpest bei Wiesental: Stallpflicht und Schutzzone um den Fundort

Ein toter Schwan am Mühlenteich hat den Landkreis Auental alarmiert. Das Virus ist nachgewiesen.

Ein Spaziergänger hatte am 2. November den toten Schwan am Mühlenteich bei Wiesental entdeckt und gemeldet. Das Landeslabor bestätigte den Verdacht zwei Tage später.

Wiesental ist ein Ortsteil der Gemeinde Brunnhofen. In Wiesental leben 700 Menschen.

Betroffen ist auch ein kleiner Hof am Ortsrand. Die Besitzerin, eine 71 Jahre alte Rentnerin, musste 40 Hühner töten lassen.

Was gilt in der Schutzzone?

Um den Fundort hat der Landkreis eine Schutzzone mit einem Radius von zehn Kilometern eingerichtet. In der Schutzzone liegen 41 Betriebe mit zusammen rund 90.000 Hühnern. Geflügel darf nur mit Genehmigung aus der Zone gebracht werden.

Wie soll die Seuche gestoppt werden?

Außerhalb der Schutzzone, in einem Beobachtungsgebiet von weiteren zwölf Kilometern, sollen die Halter ihre Tiere täglich kontrollieren. Der Landkreis zahlt dafür eine Aufwandsentschädigung von 50 Euro pro Woche. Kreisveterinär Peter Sommer hält das für richtig. Für Menschen ist das Virus nach seinen Worten ungefährlich.

Auch im Wald wird nach dem Virus gesucht: Jäger haben seit Oktober 210 Wildschweine erlegt und beproben lassen.

Am Mühlenteich haben Helfer außerdem 12 Biber-Baue gefunden.

Was kostet der Ausbruch die Halter?

Der Geflügelverband hat seine Mitglieder im Landkreis befragt:

  • 312 Halter haben geantwortet, 47 von ihnen mussten Tiere töten lassen.
  • Die meisten rechnen mit Verlusten bis zum Frühjahr.

Für die Kontrollen stellt der Zweckverband Tierärzte ein. Pro Kontrollgang kostet ihn das rund 300 Euro.

Der Landkreis prüft außerdem den Kauf eines Desinfektionsanhängers für Fahrzeuge. Ein solcher Anhänger kostet rund 45.000 Euro.

Ein Hersteller aus Celle könnte den Anhänger im Frühjahr liefern.

/news.de/dpa
`;
const answer = answerAbout(text, 'gefluegelpest-wiesental.de.txt', { withCitations: false });

const building = `Erstellt von - Uhr

Baugebiet Mühlacker: Seltene Kröten stoppen 60 Bauplätze

Auf dem 6,2 Hektar großen Gelände am Ortsrand von Lindfeld leben Kreuzkröten. Die Gemeinde muss umplanen.

Was muss die Gemeinde tun?

Die Naturschutzbehörde hat Auflagen gemacht:

  • Die Gemeinde muss mindestens 9 Hektar Ausgleichsflächen anlegen.
  • Die Tiere dürfen erst im Herbst umgesiedelt werden.

Die Ausgleichsflächen sollen am Mühlbach liegen. Helfer des Technischen Hilfswerks haben dort schon Schutzzäune aufgestellt.

Rund 40 Forschende der Universität Lindfeld begleiten die Umsiedlung. Geleitet wird das Team von einem Klimaforscher.

Was sagen die Bauwilligen?

Der Bauverein Lindfeld vertritt 80 Familien. Der Bauverein Lindfeld will klagen.

Seit 2019 hat der Bauverein eine eigene Geschäftsstelle am Markt.

Der Bauverein war 1987 gegründet worden.

"Für eine Familie sind das 140 Euro mehr im Monat", rechnet der Vorsitzende des Bauvereins, Tobias Reinhold, vor.

/news.de/dpa
`;
const answerBuilding = answerAbout(building, 'baugebiet-muehlacker.de.txt', { withCitations: false });

describe('reader questions about an invented article (session 17)', () => {
  it('answers "Welche X" with the sentence right after the one matched when only that names the X', () => {
    expect(answer('Welche Aufwandsentschädigung bekommen Halter im Beobachtungsgebiet für die Kontrolle?')).toContain('50 Euro');
  });

  it('meets a short noun in a compound headed by it, though the article also has the noun alone ("Zone" ~ "Schutzzone")', () => {
    expect(answer('Wie viele Geflügelbetriebe liegen in der Zone?')).toContain('41 Betriebe');
  });

  it('prices the thing, not the one charged ("Was kostet den Zweckverband …": the association pays)', () => {
    expect(answer('Was kostet den Zweckverband ein Kontrollgang?')).toContain('300 Euro');
  });

  it('meets an adjective in its negation by "un-" ("gefährlich" ~ "ungefährlich")', () => {
    const reply = answer('Ist das Virus gefährlich?');
    expect(reply).toContain('ungefährlich');
    // (Not the other sentence naming the virus: without the adjective both would meet the question alike.)
    expect(reply).not.toContain('im Wald');
  });

  it('meets a compound through the head of a synonym of its head ("Wildsäue" ~ "Wildschweine" by "Sau" ~ "Mutterschwein")', () => {
    expect(answer('Wie viele Wildsäue haben die Jäger seit Oktober erlegt?')).toContain('210 Wildschweine');
  });

  it('reads "Ein solcher …" with the sentence before it, which names the thing', () => {
    expect(answer('Was kostet so ein Desinfektionsanhänger?')).toContain('45.000 Euro');
  });

  it('takes no unit for a name ("9 Hektar Ausgleichsflächen"): the size of the land asked about, not of another', () => {
    expect(answerBuilding('Wie groß müssen die Ausgleichsflächen sein?')).toContain('9 Hektar');
    expect(answerBuilding('Wie groß müssen die Ausgleichsflächen sein?')).not.toContain('6,2 Hektar');
  });

  it('finds a person named once, set off between commas after the role', () => {
    expect(answerBuilding('wer ist der vorsitzende vom bauverein')).toContain('Tobias Reinhold');
  });

  it('reads a slip of "kostet" as the price asked for ("Was kosted …")', () => {
    const reply = answer('Was kosted der Anhänger?');
    expect(reply).toContain('45.000 Euro');
    expect(reply).not.toContain('Celle');
  });

  it('counts a compound written with a hyphen as one word ("12 Biber-Baue" ~ "Biberbaue")', () => {
    expect(answer('Wie viele Biberbaue wurden am Mühlenteich gefunden?')).toContain('12 Biber-Baue');
  });

  it('reads an abbreviation as the initials of words in a row and of a compound\'s parts ("THW" ~ "Technischen Hilfswerks")', () => {
    expect(answerBuilding('Was hat das THW am Mühlbach gemacht?')).toContain('Schutzzäune aufgestellt');
  });

  it('meets an agent noun in the participle said of the same people ("Forscher" ~ "Forschende")', () => {
    expect(answerBuilding('Wie viele Forscher begleiten die Umsiedlung?')).toContain('40 Forschende');
  });

  it('prefers the sentence naming the kind of place asked for ("Zu welcher Gemeinde …")', () => {
    // (First: another sentence naming the village, with a place of its own, may follow.)
    expect(answer('Zu welcher Gemeinde gehört Wiesental?').split('\n')[0]).toContain('Gemeinde Brunnhofen');
  });

  it('meets "die Frau" in a role the article gives in its female form ("eine 71 Jahre alte Rentnerin")', () => {
    expect(answer('Wie alt ist die Frau, der die Hühner gehörten?')).toContain('71 Jahre');
  });

  it('answers "Seit wann gibt es …?" with the founding, not with another "seit"', () => {
    const reply = answerBuilding('Seit wann gibt es den Bauverein?');
    expect(reply.split('\n')[0]).toContain('1987');
  });

  it('reads a bullet with the paragraph introducing its list', () => {
    expect(answer('Wie viele Halter haben bei der Umfrage des Geflügelverbands im Landkreis geantwortet?')).toContain('312 Halter');
  });
});
