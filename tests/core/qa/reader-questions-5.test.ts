import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

const text = `Erstellt von - Uhr

Leihräder in Talheim: Gemeinde startet eigenes Verleihsystem

Ab Mai können Bürger in Talheim Fahrräder ausleihen. Der Gemeinderat hat das Projekt am Montag beschlossen.

Ute Brandl stellte die Pläne am Montag im Rathaus vor. Das Projekt startet am 1. Mai.

Die Gemeinde Talheim stellt ab Mai 60 Fahrräder an vier Stationen bereit. Organisiert wird der Verleih vom Heimatverein Talheim. Das amtliche Ergebnis der Bürgerbefragung wird am Freitag verkündet.

Kämmerin Ute Brandl hält die Kosten für tragbar. "Das Geld ist gut angelegt", sagte sie dem Gemeindeblatt. Das Projekt gibt es seit 2019 als Idee, den Antrag stellten die Grünen im Frühjahr.

Ein Jahresabo kostet 40 Euro, ein Ticket für einen Tag 3 Euro. Gebühren für Lasten- und Kinderräder legt der Gemeinderat im Juni fest. Kindertickets gibt es an der Tourist-Info.

Die Landesstraße 310 bleibt wegen Bauarbeiten bis Juni gesperrt. Fällt eine Fahrt wegen eines Defekts aus, bekommen Kunden ihr Geld innerhalb von zwei Wochen zurück.
`;
const answer = answerAbout(text, 'leihraeder-talheim.de.txt', { withCitations: true });

describe('reader questions: round 7 mechanisms', () => {
  it('meets a noun the article never uses through a thesaurus synonym (Zweiräder ~ Fahrräder, Kommune ~ Gemeinde)', () => {
    expect(answer('Wie viele Zweiräder stellt die Kommune bereit?')).toContain('60 Fahrräder');
  });

  it('still abstains when no synonym of the asked thing is in the article', () => {
    expect(answer('Wie viele E-Scooter stellt die Gemeinde bereit?')).toBe('abstained');
  });

  it('reads a lower-case adjective the lexicon knows as no noun ("offizielle"), so the article need not hold it', () => {
    expect(answer('wann kommt das offizielle ergebnis der befragung')).toContain('Freitag');
  });

  it('reads the first word before a pronoun as the verb of a yes/no question ("Krieg ich …")', () => {
    expect(answer('Krieg ich mein Geld zurück, wenn die Fahrt ausfällt?')).toContain('innerhalb von zwei Wochen');
  });

  it('does not read a road number as the verb of a separable particle ("Ist die L 310 dicht?")', () => {
    expect(answer('Ist die L 310 dicht?')).toContain('Landesstraße 310');
  });

  it('gives a quote to the person a pronoun speaker points back to ("…, sagte sie")', () => {
    expect(answer('Was sagt Brandl zum Verleih?')).toContain('gut angelegt');
  });

  it('forgives a typo in a short name the article gives in full ("Brndl" for "Ute Brandl")', () => {
    expect(answer('Was sagt Brndl zum Verleih?')).toContain('gut angelegt');
  });

  it('answers "Seit wann" from the sentence with "seit"', () => {
    expect(answer('Seit wann gibt es das Projekt?')).toContain('seit 2019');
  });

  it('answers "Wer ist X?" with the sentence giving X\'s role', () => {
    expect(answer('Wer ist Ute Brandl?')).toContain('Kämmerin Ute Brandl');
  });

  it('abstains when a price is stated only of the head of the asked compound the article also names whole', () => {
    expect(answer('Wie viel kostet ein Kinderticket?')).toBe('abstained');
    expect(answer('Wie viel kostet ein Ticket?')).toContain('3 Euro');
  });

  it('reads a word in capitals as an abbreviation of the article\'s word with those initials ("LS" ~ "Landesstraße")', () => {
    expect(answer('Bis wann ist die LS 310 gesperrt?')).toContain('bis Juni');
  });

  it('answers each question of a message with two', () => {
    const reply = answer('Was kostet ein Jahresabo? Wer organisiert den Verleih?');
    expect(reply).toContain('40 Euro');
    expect(reply).toContain('Heimatverein');
  });

  it('reads "das Ganze" as the story, not as a noun the article must hold', () => {
    expect(answer('Wer organisiert das Ganze?')).toContain('Heimatverein');
  });
});

const abroad = `Erstellt von - Uhr

Raumfahrt: Frankreich und Polen bauen gemeinsam eine Bodenstation

Frankreich und Polen wollen gemeinsam eine Bodenstation für Wettersatelliten bauen. Die Gespräche gehen weiter.

Frankreich und Polen haben vereinbart, bis 2028 eine gemeinsame Bodenstation an der Ostsee zu bauen. Die ersten Satelliten sollen im Herbst 2029 starten.

Zur Einweihung kamen rund 400 Gäste aus beiden Ländern. Im Juli wurden an der Bodenstation 35 Grad gemessen. Ein Besucherausweis für die Zone A kostet 12 Euro. Der Probebetrieb soll vor der Sommerpause enden.

Das Gelände bewacht der Schäferhund Rex. Das erst zwei Jahre alte Tier stammt aus Toulouse. Wie sicher ist die Anlage?

Jan Nowak, Vorsitzender der Bauernpartei, sprach am Montag in Krakau von einem großen Tag für die Region.
`;
const answerAbroad = answerAbout(abroad, 'bodenstation-ostsee.de.txt', { withCitations: true });

describe('reader questions: places, compounds, roles', () => {
  it('holds a one-letter identifier ("Zone B") like a number: another zone\'s price is no answer', () => {
    expect(answerAbroad('Wie viel kostet ein Besucherausweis für die Zone A?')).toContain('12 Euro');
    expect(answerAbroad('Wie viel kostet ein Besucherausweis für die Zone B?')).toBe('abstained');
  });

  it('counts anyone for "Wie viele Leute", but not a measure ("35 Grad")', () => {
    expect(answerAbroad('Wie viele Leute kamen zur Einweihung?')).toContain('400 Gäste');
    expect(answerAbroad('Wie viele Leute waren im Juli an der Bodenstation?')).toBe('abstained');
  });

  it('never quotes a question of the text as an answer', () => {
    expect(answerAbroad('Wie sicher ist die Anlage?')).toBe('abstained');
  });

  it('meets the compounds of a word corrected for a typo ("Bodenstaton" -> "Bodenstation")', () => {
    expect(answerAbroad('Wo soll die Bodenstaton gebaut werden?')).toContain('Ostsee');
  });

  it('reads a generic noun after an age as the one the text is about ("das zwei Jahre alte Tier")', () => {
    expect(answerAbroad('Wie alt ist Rex?')).toContain('zwei Jahre alte');
  });

  it('reads a break or holiday as a time ("vor der Sommerpause")', () => {
    expect(answerAbroad('Bis wann soll der Probebetrieb enden?')).toContain('Sommerpause');
  });

  it('reads a capital as its country ("Paris und Warschau" for France and Poland)', () => {
    expect(answerAbroad('Was wollen Paris und Warschau an der Ostsee bauen?')).toContain('Bodenstation');
  });

  it('meets a compound the article lacks by its known modifier ("Satellitenprogramm" ~ "Satelliten")', () => {
    expect(answerAbroad('Wann startet das Satellitenprogramm?')).toContain('Herbst 2029');
  });

  it('takes no one-letter change in a short word for a typo ("Wetter" is not "weiter")', () => {
    expect(answerAbroad('Wie ist das Wetter in Warschau?')).toBe('abstained');
  });

  it('meets a role compound the article has no word for by a sentence naming a person, unless asked who holds it', () => {
    expect(answerAbroad('Wo sprach der Parteichef?')).toContain('Krakau');
    expect(answerAbroad('Wer ist der Parteichef?')).toBe('abstained');
  });
});
