import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/core/qa/question.js';
import { answerAbout } from './answer-about.js';

const parse = (question: string) => parseQuestion(question, []);

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Museumsraub in Talheim: Diebe stehlen Kupferstiche aus dem Stadtmuseum

Unbekannte haben aus dem Stadtmuseum Talheim zwölf wertvolle Kupferstiche gestohlen. Die Polizei bittet um Hinweise.

Der leere Ausstellungsraum im Stadtmuseum Talheim. (Foto) Suche
Der leere Ausstellungsraum im Stadtmuseum Talheim. Bild: picture alliance/dpa | Jana Voss

Die Diebe kamen in der Nacht zum Sonntag über ein Kellerfenster in das Gebäude. Sie nahmen zwölf Kupferstiche aus dem 17. Jahrhundert mit, wie die Polizei am Montag mitteilte. Den Einbruch bemerkte der Hausmeister des Museums am Morgen, wie Museumsleiterin Petra Hahn berichtete. Eine 71-jährige Besucherin aus Talheim hatte die Blätter am Samstag noch fotografiert. Der Wert der Blätter liegt bei rund 180.000 Euro. Die Versicherung des Museums ersetzt 80 Prozent davon. "Das ist ein herber Verlust für die ganze Stadt", sagte Museumsleiterin Petra Hahn.

Wie sucht die Polizei nach den Tätern?

Eine eigens gegründete Arbeitsgruppe mit dem Namen "Grabstichel" wertet die Aufnahmen der Überwachungskameras aus. Zwischen März und Mai waren bereits zwei Kirchen in der Region bestohlen worden. Die Ermittler sprechen von einer "Serie mit System".

Der Vorsitzende des Fördervereins, Klaus Berg, sprach von einem schweren Schlag für das Haus. Der Historiker kennt die Sammlung seit Jahrzehnten.

"Wir prüfen, ob die Taten zusammenhängen", sagte Polizeisprecher Tobias Renner.

Bürgermeister Paul Kern wies Vorwürfe zurück. "Wir haben alles getan, was möglich war", sagte der SPD-Politiker.

Warum schlug die Alarmanlage im Museum nicht an?

Seit dem Sommer war sie außer Betrieb. Ein Ersatzteil fehlte, die Reparatur war erst für Dezember geplant. Die Wartung der Anlage sieht Berg schon lange kritisch.

Folgen Sie News.de schon bei WhatsApp, Facebook, Twitter, Pinterest und YouTube? Hier finden Sie brandheiße News, aktuelle Videos und den direkten Draht zur Redaktion.

/news.de/dpa

Themen:
`;
const answer = answerAbout(text, 'museumsraub-talheim.de.txt', { withCitations: true });
const answerText = answerAbout(text, 'museumsraub-talheim.de.txt', { withCitations: false });

describe('reader questions: round 13 mechanisms', () => {
  it('summarises when asked to sum up the article itself, whatever else the request says', () => {
    expect(answer('Könnten Sie die wesentlichen Aussagen des Artikels kurz zusammenfassen?')).toContain('Diebe stehlen Kupferstiche');
    expect(answer('Fass mir den Text bitte zusammen')).toContain('Diebe stehlen Kupferstiche');
  });

  it('gives the photo credit for "Von welchem Fotografen …", with "bzw." no word of content', () => {
    expect(answer('Von welcher Agentur bzw. welchem Fotografen stammt das Bild?')).toContain('Jana Voss');
    expect(answer('Welcher Fotograf hat das Bild vom Stadtmuseum gemacht?')).toContain('Jana Voss');
  });

  it('answers "Wie heißt …?" with a name given in quotes ("mit dem Namen „Grabstichel“")', () => {
    // The name itself answers, not a sentence that names a person beside the group.
    expect(answerText('wie hieß die arbeitsgruppe').split('\n')[0]).toContain('Grabstichel');
  });

  it('reads "Mit welchen Worten …" as asking for a quote and "Welche Bezeichnung …" for what something is called', () => {
    expect(answer('Mit welchen Worten beschrieb die Museumsleiterin den Diebstahl?')).toContain('herber Verlust');
    expect(answer('Welche Bezeichnung haben die Ermittler für die Diebstähle in den Kirchen?')).toContain('Serie mit System');
  });

  it('routes a why question to a heading asking why about the same thing, though it says it with another verb', () => {
    expect(answer('Warum hat die Alarmanlage im Museum versagt?')).toContain('Ersatzteil fehlte');
  });

  it('meets a share noun the article does not use ("Anteil") by a percentage', () => {
    expect(answer('Welchen Anteil ersetzt die Versicherung?')).toContain('80 Prozent');
    expect(answer('Wie hoch ist der Anteil der Versicherung?')).toContain('80 Prozent');
  });

  it('answers "Wie heißt der …?" only with a name beside the role, not with any name in a sentence about it', () => {
    expect(answer('Wie heißt der Hausmeister des Museums?')).toBe('abstained');
    expect(answer('Wie heißt der Polizeisprecher?')).toContain('Tobias Renner');
    expect(answer('Wie heißt die Museumsleiterin?')).toContain('Petra Hahn');
  });

  it('meets "Chef" by the article\'s word for whoever heads something ("der Vorsitzende des Fördervereins")', () => {
    expect(answer('Was sagt der Chef des Fördervereins?')).toContain('schweren Schlag');
  });

  it('reads "die ältere Dame" as pointing back to someone the article describes, with an adjective between', () => {
    expect(answer('Was hat die ältere Dame aus Talheim gemacht?')).toContain('fotografiert');
  });

  it('reads "US" as the USA, which the article does not name, not as the initials of "Überwachungskameras"', () => {
    expect(answer('Was sagt die US-Polizei zu den Taten?')).toBe('abstained');
  });

  it('gives the source for "Von wem ist der Artikel?" and "Wer hat den Artikel geschrieben?"', () => {
    expect(answer('von wem ist der artikel')).toContain('news.de/dpa');
    expect(answer('Wer hat den Artikel geschrieben?')).toContain('news.de/dpa');
  });

  it('meets a verb in -isieren by its adjective in -isch ("kritisiert" ~ "kritisch")', () => {
    expect(answerText('Was kritisiert Berg?').split('\n')[0]).toContain('Wartung der Anlage');
  });

  it('meets "Beruf" by a profession the article names ("Der Historiker …")', () => {
    expect(answer('Was ist Berg von Beruf?')).toContain('Historiker');
  });

  it('answers "Was sagt X zu der Kritik?" with X\'s words, also where "der SPD-Politiker" says them', () => {
    expect(answer('Was sagt Kern zu der Kritik?')).toContain('alles getan');
  });

  it('reads "Was stört X?" as asking for X\'s words', () => {
    expect(parse('Was stört Berg an der Anlage?').focus).toBe('quote');
  });

  it('reads "In welchem Zeitraum …" as asking when', () => {
    expect(answer('In welchem Zeitraum wurden die Kirchen bestohlen?')).toContain('Zwischen März und Mai');
  });
});

// A second, short invented article: broadband in a village.
const broadband = `Erstellt von - Uhr

Breitband in Kessing: Schnelles Internet kommt später

Im Dorf Kessing surfen die Menschen bislang mit 16 Megabit pro Sekunde. Der Anschluss an das Glasfasernetz verzögert sich.

Bürgermeisterin Ute Lang bedauerte die Verzögerung. Das neue Netz soll 1 Gbit/s schaffen.

Verantwortlich für die Arbeiten vor Ort ist Baustellenleiter Sven Kurz von den Stadtwerken. Ein Sprecher der Stadtwerke, Tim Roth, nannte den Zeitplan ehrgeizig. Lkw-Fahrer müssen bis Juni eine Umleitung über Nordheim nehmen. Der Staat fördert den Ausbau mit 500.000 Euro.

/news.de/dpa

Themen:
`;
const answerBroadband = answerAbout(broadband, 'breitband-kessing.de.txt', { withCitations: true });

describe('reader questions: round 13 mechanisms, broadband', () => {
  it('reads a data rate ("16 Megabit pro Sekunde", "1 Gbit/s") as the speed "wie schnell" asks for', () => {
    expect(answerBroadband('Wie schnell ist das Internet in Kessing bisher?')).toContain('16 Megabit');
    expect(answerBroadband('wie schnell wird das neue netz')).toContain('1 Gbit/s');
  });

  it('meets a compound by one with a synonym of its modifier ("Lasterfahrer" ~ "Lkw-Fahrer")', () => {
    expect(answerBroadband('Was gilt für Lasterfahrer?')).toContain('Umleitung über Nordheim');
  });

  it('does not meet a country the article does not name by a thesaurus word ("USA" is no "Staat")', () => {
    expect(answerBroadband('Fördern die USA den Ausbau?')).toBe('abstained');
    expect(answerBroadband('Wer fördert den Ausbau?')).toContain('500.000 Euro');
  });

  it('meets "leitet die Baustelle" by the compound of noun and verb ("Baustellenleiter")', () => {
    expect(answerBroadband('Wer leitet die Baustelle?')).toContain('Sven Kurz');
  });
});
