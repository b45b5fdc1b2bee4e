import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Tierheim Pfotenhilfe: Neubau für 1,2 Millionen Euro - Verein sucht Pflegestellen

Das Tierheim in Moorbach platzt aus allen Nähten. Der Tierschutzverein will deshalb neu bauen und wirbt um Familien, die Tiere vorübergehend aufnehmen.

Im vergangenen Jahr hat das Tierheim Moorbach 412 Tiere aufgenommen, so viele wie nie zuvor. Auch Igel päppelt der Verein auf: Im vergangenen Winter überwinterten 64 Tiere in der Igelstation. Dafür hat der Verein 20 Futterhäuschen bestellt. Für den Winter reicht das kaum, jedes kostet rund 35 Euro. Die Zufahrt saniert die Gemeinde seit dem 2. Mai. Der Neubau am Ortsrand würde nach Schätzung des Vereins rund 1,2 Millionen Euro kosten. Vom Landkreis kamen bisher 150.000 Euro. Die neue Wärmepumpe spart dem Verein nach eigenen Angaben 4.000 Euro im Jahr gegenüber der alten Ölheizung. Der Transporter des Vereins hat 31.000 Euro gekostet. Der frühere Kassenwart wurde wegen Untreue zu einer Strafe von einem Jahr auf Bewährung verurteilt. Ein Architekturbüro aus Hannover plant den Neubau.

Warum wird das Tierheim erweitert?

Die Zahl der abgegebenen Hunde hat sich seit 2020 verdoppelt. Viele Halter sind mit den Kosten für Futter und Tierarzt überfordert.

Die Pfotenhilfe hat dafür ein Grundstück an der Kreisstraße gekauft. Die neue Hundewiese soll "Buddelplatz" heißen. In Moorbach selbst gibt es kaum Bauland.

Die Kosten für den neuen Hundeauslauf sind deutlich gestiegen. Anfangs rechnete der Verein mit 30.000 Euro, inzwischen mit 45.000 Euro. Für die alte Halle zahlt der Verein seit 15 Jahren Miete an die Gemeinde. Der Verein verhandelt mit zwei Baufirmen über den Auftrag. Abgegeben werden vor allem drei Rassen: Dackel, Boxer und Pudel. Zwölf Ehrenamtliche helfen beim Bau, erfahrene Handwerker sind kaum zu finden. Wegen der Arbeiten fallen im Sommer 14 Besuchstage aus.

Wie hilft man als Pflegestelle?

Die fünf Mitarbeiter des Tierheims erhalten ab Juli einen Zuschlag von 100 Euro im Monat. Zwei Aushilfen verlieren dagegen ihre Arbeit.

Wer ein Tier für einige Wochen bei sich aufnimmt, erhält vom Verein eine Prämie von 250 Euro. Futter und Tierarzt zahlt weiterhin das Tierheim. Seit dem 1. März betreut Tierärztin Jana Oltmann die Quarantäne. "Viele wissen gar nicht, wie einfach das ist", sagte Vereinschefin Marion Kettler.

Lesen Sie auch:

Tierheime in Niedersachsen: Jedes zweite nimmt keine Hunde mehr auf

Folgen Sie News.de schon bei WhatsApp, Facebook, Twitter, Pinterest und YouTube? Hier finden Sie brandaktuelle News, spannende Videos und den direkten Draht zur Redaktion.

/news.de/dpa
`;

const answer = answerAbout(text, 'tierheim-moorbach.de.txt', { withCitations: false });

describe('reader questions about an invented article (session 13)', () => {
  it('takes a kind named with an indefinite article and a figure after "von" as the kind asked for ("eine Prämie von 250 Euro")', () => {
    expect(answer('Welche Prämie gibt es für Pflegestellen?')).toContain('250 Euro');
  });

  it('reads function words as people say them: without their last e ("wär"), the e of -en ("habn") or with \'s ("gabs")', () => {
    expect(answer('wie teuer wär der neubau')).toContain('1,2 Millionen Euro');
    expect(answer('wie viele tiere habn die im tierheim letztes jahr aufgenommen')).toContain('412 Tiere');
    expect(answer('Wie viel Geld gabs vom Landkreis?')).toContain('150.000 Euro');
  });

  it('routes a question asking why of the story\'s subject by its name to the heading asking why by its noun', () => {
    // The name is the story's subject ("Tierheim Pfotenhilfe"): it tells no passage of the section apart.
    expect(answer('Warum wird die Pfotenhilfe erweitert?')).toContain('verdoppelt');
  });

  it('takes a sum of money from the sentence after one naming its cost without a figure', () => {
    expect(answer('Wie viel kostet der Hundeauslauf inzwischen?')).toContain('45.000 Euro');
  });

  it('asks for money with "Wie viel … bezahlt?", the verb of paying at the end', () => {
    expect(answer('Wie viel haben die Ehrenamtlichen bezahlt?')).toBe('abstained');
    expect(answer('Wie viel hat der Hundeauslauf anfangs gekostet?')).toContain('30.000 Euro');
  });

  it('asks for money with "Wie viel Miete …" and other sums after "viel"', () => {
    // "seit 15 Jahren" is no rent.
    expect(answer('Wie viel Miete zahlt der Verein für die Halle?')).toBe('abstained');
  });

  it('asks for money with "Wieviel verdient" as with "Wie viel verdient"', () => {
    // "Zwölf Ehrenamtliche" says how many there are, not what they earn.
    expect(answer('Wieviel verdienen die Ehrenamtlichen?')).toBe('abstained');
    expect(answer('Wie viel verdienen die Ehrenamtlichen?')).toBe('abstained');
  });

  it('meets "Angestellten" in "Mitarbeiter" and "Job" in "Arbeit"', () => {
    expect(answer('wie viele leute verlieren ihren job')).toContain('Zwei Aushilfen');
    expect(answer('Was bekommen die Angestellten ab Juli?')).toContain('100 Euro');
  });

  it('reads the word after "viele" or "welche" in a question without capitals as a noun, not the verb of the particle at the end', () => {
    expect(answer('wie viele besuchstage fallen aus')).toContain('14 Besuchstage');
  });

  it('takes a kind counted by a number ("mit zwei Baufirmen") as naming none of them, unless the sentence lists them', () => {
    expect(answer('Welche Baufirmen sollen das Tierheim bauen?')).toBe('abstained');
    expect(answer('Welche Rassen werden vor allem abgegeben?')).toContain('Dackel');
  });

  it('counts the animals asked about by "Tiere", the kind the sentence is about', () => {
    expect(answer('Wie viele Igel haben in der Station überwintert?')).toContain('64 Tiere');
  });

  it('answers "Wie heißt das …?" only with a name the article gives', () => {
    expect(answer('Wie heißt das Architekturbüro aus Hannover?')).toBe('abstained');
    expect(answer('Wie heißt die neue Hundewiese?')).toContain('Buddelplatz');
  });

  it('reads "jedes kostet …" with the sentence before, which names the thing', () => {
    expect(answer('Was kostet so ein Futterhäuschen?')).toContain('35 Euro');
  });

  it('does not take "Seit wann wird … gebaut?" for the date of a one-off building', () => {
    expect(answer('Seit wann wird an der Zufahrt gebaut?')).toContain('2. Mai');
  });

  it('reads "in der Anschaffung" as the price, and a kind with a duration after "von" as named ("einer Strafe von einem Jahr")', () => {
    expect(answer('Wie teuer war der Transporter in der Anschaffung?')).toContain('31.000 Euro');
    expect(answer('Welche Strafe hat der frühere Kassenwart bekommen?')).toContain('einem Jahr');
  });

  it('lets an adjective or adverb the answer lacks count a little less than a noun ("die erfahrene Tierärztin … dort")', () => {
    expect(answer('Seit wann betreut die erfahrene Tierärztin dort?')).toContain('1. März');
  });

  it('lets a circumstance the article lacks ("trotz der Kälte") weigh like a verb when the rest of the question is met', () => {
    expect(answer('Wie viele Futterhäuschen hat der Verein trotz der Kälte bestellt?')).toContain('20 Futterhäuschen');
    // The thing paid for is no circumstance: the article has no horses.
    expect(answer('Was zahlt der Verein für die Pferde?')).toBe('abstained');
  });

  it('reads "im Vergleich zu" as "gegenüber" when the article does not compare in those words', () => {
    expect(answer('Wie viel spart die Wärmepumpe im Vergleich zur Ölheizung?')).toContain('4.000 Euro');
  });
});
