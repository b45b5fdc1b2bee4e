/**
 * Word classes for questions, all folded (see `fold`). Stop words and question words never
 * count as content; soft words (generic verbs, words about the article itself) may add to a
 * match but never decide one, because readers pick them freely ("nennt", "steht").
 */

const list = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Question words; they set the intent, never the content. */
export const QUESTION_WORDS = list(`
  wer wen wem wessen was wo wohin woher wann wie wieviel wieviele wievielen wievieler warum weshalb wieso weswegen
  wofuer womit wodurch worum worueber wovon wozu woran worauf woraus worin welche welcher welches
  welchen welchem inwiefern wievielte wievielten wievielter wievieltes wobei wovor wonach wogegen worunter
`);

/** Function words: articles, pronouns, prepositions, auxiliaries, particles, and "Ex-" as a prefix ("Ex-Marktleiter"). */
export const STOP_WORDS = list(`
  der die das den dem des ein eine einer eines einem einen kein keine keiner keines keinem keinen ne ner nem nen ausser is
  ich du er sie es wir ihr man mich dich sich uns euch ihm ihn ihnen mir dir mein meine dein deine
  sein seine seiner seinen seinem seines ihre ihrer ihren ihrem ihres unser unsere euer eure
  meiner meinen meinem meines deiner deinen deinem deines unserer unseren unserem unseres eurer euren eurem eures
  dieser diese dieses diesen diesem jener jene jenes derselbe dieselbe dasselbe selbst
  und oder aber sondern denn doch als wie ob dass weil wenn falls obwohl damit sodass bzw
  in im ins an am ans auf aus bei beim mit nach seit von vom vor zu zum zur ueber unter um durch ab
  fuer gegen ohne bis zwischen hinter neben gegenueber waehrend wegen trotz laut per pro je
  ist sind war waren bin bist seid sei waere waeren wird werden wurde wurden worden werde wirst
  hat haben hatte hatten habe hast hattest gehabt geworden gewesen haette haetten haettest
  kann kannst koennen konnte konnten koennte koennten koenntest muss musst muessen musste mussten soll sollst sollen sollte
  sollten will willst wollen wollte wollten darf darfst duerfen durfte moechte moechtest moechten mag magst moegen
  nicht nur auch noch schon sehr so dann da hier dort nun jetzt eigentlich denn etwa eben halt
  mal bitte genau wirklich ja nein gar ganz mehr weniger viel viele vielen etwas alles alle allen allem
  jemand niemand nichts einer andere anderen anderer immer oft wieder gibt gab geben gegeben es's
  bzw usw etc sowie sogar bereits dabei dazu davon darum daran darauf darueber dafuer damit
  dahinter davor danach daneben darin darunter dadurch dazwischen
  ran rein raus rauf runter drauf dran drin los hin her schon mal
  aufs uebers fuers durchs ums unters vors hinters
  wars isses hab habs ham anderes anderem andersrum andersherum umgekehrt beide beiden beider beides
  nix nich fuern aufm aufn innem evtl eig
  dessen deren derer denen
  ex
  aeh aehm oehm hm hmm
`);

/** Particles of separable verbs ("gehen … zurück", "brachen … ab"), folded: kept as keys of the text though many are stop words. */
/** The definite articles of a noun that points back to one named before ("der Präsident", "dem Mann"), folded. */
export const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'dem', 'den', 'des']);

export const PARTICLES: ReadonlySet<string> = new Set([
  'ab', 'an', 'auf', 'aus', 'bei', 'ein', 'fest', 'fort', 'her', 'hin', 'los', 'mit', 'nach', 'vor', 'weg', 'zu',
  'zurueck', 'zusammen', 'heraus', 'herum', 'hervor', 'voran', 'vorbei', 'weiter', 'entgegen', 'hoch', 'heim', 'dicht',
  'statt', 'teil', 'frei', 'bereit',
]);

/**
 * Generic verbs and words about the text itself. A question may use them ("Was steht im
 * Artikel über …", "Wie nennt Putin …") without the article using them.
 */
export const SOFT_WORDS = list(`
  artikel text textes meldung nachricht beitrag story bericht berichtet steht stehen stehn stand
  geht gehen gehn ging gehts gibts passiert passieren geschehen geschah los
  sagt sagen sagte gesagt meint meinen meinte nennt nennen nannte genannt heisst heissen hiess
  bezeichnet bezeichnen beschreibt beschreiben erfahre erfahren lese lesen liest weiss wissen
  macht machen machte gemacht tut tun tat getan kommt kommen kam gekommen sieht sehen sah gesehen
  schreibt schreiben schrieb geschrieben findet finden fand erwaehnt erwaehnen genau konkret
  eigentlich genau denn los thema infos informationen details erklaert erklaeren erzaehlt
  zeigt zeigen zeigte abgebildet leute leuten menschen personen jemand insgesamt
  besonders endlich ueberhaupt ziemlich gerade derzeit momentan zurzeit
  problem probleme sache sachen ding dinge zeug ganze ganzen info
  bleibt bleiben blieb blieben besteht bestehen bestand bestanden
  zitat zitats zitaten zitiert zitierte aussage aussagen zustaendig zustaendige zustaendigen verantwortlich
  verantwortliche verantwortlichen beteiligte beteiligten betroffene betroffenen
  aendert aendern aenderte veraendert veraendern
  ausgesprochen aussprechen geaeussert aeussert aeusserte aeussern
`);

/** Words asking for the whole story, not one fact. */
export const SUMMARY_WORDS = list(`
  worum zusammenfassung zusammenfassen zusammengefasst fasse fass ueberblick kurzfassung
  inhalt inhalts kernaussage tldr wichtigste kurz passiert los zusammen gehts
`);

/** Words asking who took the photo. */
export const PHOTO_WORDS = list(`foto fotos bild bilder bildnachweis fotograf fotografen fotografin aufnahme bildquelle copyright urheber`);

/** Words asking for further reading: the article's "Lesen Sie auch" links. */
export const RELATED_WORDS = list(`weiterfuehrende weiterfuehrenden weiterfuehrend verwandte verwandten lesetipp lesetipps weiterlesen verlinkt verlinkte links lesen lese liest`);

/** Words asking where to follow the publisher ("Wo kann ich News.de folgen?"), and the channels they name. */
export const FOLLOW_WORDS = list(`folgen folge folgt abonnieren abonniere whatsapp facebook instagram twitter youtube pinterest tiktok kanal kanaele kanaelen sozialen netzwerken netzwerk netzwerke medien plattform plattformen social media`);

/** Words asking where the article comes from. */
export const SOURCE_WORDS = list(`
  quelle quellen nachrichtenagentur agentur agenturen herkunft autor autorin verfasser verfasst
  kuerzel autorenkuerzel redakteur redakteurin redakteure
  stammt stammen herausgeber medium portal website webseite internetseite homepage publiziert veroeffentlicht
`);

/**
 * Adverbs, particles and adjectives of degree: they colour a question ("Wie viele Fragmente
 * wurden bisher gefunden?") but never name what it asks about, so they never force abstention.
 * ("die zusätzliche Treppe" is the stairs; "Womit helfen sie sich zusätzlich?" asks for the extra.)
 */
export const FILLER_WORDS = list(`
  bisher bislang noch jetzt gerade derzeit aktuell aktuellen zuletzt kuenftig zukuenftig insgesamt ueberhaupt
  moeglich moegliche moeglichen moeglicher moegliches eventuell eventuelle eventuellen
  ungefaehr eigentlich wirklich besonders genau eher ziemlich etwa fast rund circa knapp beinahe mindestens
  hoechstens wenigstens schon bereits inzwischen mittlerweile nun heute heutzutage damals frueher spaeter
  danach vorher zuvor zuerst erst zunaechst endlich schliesslich letztlich tatsaechlich wohl vielleicht
  vermutlich angeblich offenbar offensichtlich sicher bestimmt natuerlich ebenfalls ausserdem zudem ebenso
  sonst trotzdem dennoch allerdings jedoch immerhin sogar bloss lediglich allein alleine weiterhin stets
  haeufig selten manchmal meistens meist konkret recht total voellig extrem wieder erneut nochmal nochmals dauernd staendig andauernd
  ueberall irgendwo irgendwie irgendwann also momentan zurzeit gegenwaertig neuerdings kuerzlich juengst
  voraussichtlich wahrscheinlich womoeglich eventuell moeglicherweise komplett drueber rueber drauf dran drin
  demnaechst bald sofort gleich seitdem seither dabei darin sowieso ohnehin jedenfalls ueblicherweise
  normalerweise eventuell moeglicherweise womoeglich jeweils gemeinsam zusammen jeweils weiter weiterhin
  insbesondere vorerst vorlaeufig endgueltig eigentlich genauso einfach oberste obersten oberster hoechste hoechsten hoechster zusaetzliche zusaetzlichen zusaetzlicher zusaetzliches
`);

