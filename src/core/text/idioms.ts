/**
 * German idioms readers use in questions, read as the plain word a news text would use: "Wer hat den Verein ins Leben
 * gerufen?" asks who founded it, "aus eigener Tasche" means oneself. The nouns of an idiom ("Leben", "Tasche", "Arme")
 * are in no article that answers the question, so unread they make it look unanswerable. General German only.
 */

/**
 * An idiom (whole words, any case) and the plain words it stands for ($1 keeps what stands between the parts of one
 * said with the verb first: "Was legt man ihm zur Last?" -> "Was wirft man ihm vor?"). Most are a noun phrase beside a
 * verb that says little ("gab grünes Licht" -> "gab Genehmigung"), so the verb may stand anywhere.
 */
const IDIOMS: readonly (readonly [RegExp, string])[] = [
  [/\bins\s+leben\s+ger(?:u|ie)fen\b/giu, 'gegründet'],
  [/\bins\s+leben\s+(?:rufen|ruft|rief|riefen)\b/giu, 'gründen'],
  [/\b(?:rief|riefen|ruft)\b(.*?)\s+ins\s+leben\b/giu, 'gründete$1'],
  [/\baus\s+(?:eigener|der\s+eigenen)\s+tasche\b/giu, 'selbst'],
  [/\bunter\s+die\s+arme\s+(?:greifen|greift|griff|griffen|gegriffen)\b/giu, 'helfen'],
  [/\bzur\s+last\s+(?:legen|legt|legte|legten|gelegt)\b/giu, 'vorwerfen'],
  [/\b(?:legt|legte|legen|legten)\b(.*?)\s+zur\s+last\b/giu, 'wirft$1 vor'],
  [/\bknapp\s+bei\s+kasse\b/giu, 'in Geldnot'],
  [/\bauf\s+dem\s+tisch\s+(?:liegen|liegt|lag|lagen)\b/giu, 'vorliegen'],
  [/\bgrünes\s+licht\b/giu, 'Genehmigung'],
  [/\bschwarze\s+zahlen\b/giu, 'Gewinn'],
  [/\brote\s+zahlen\b/giu, 'Verlust'],
  [/\bin\s+die\s+luft\s+(?:gejagt|jagen|jagt|jagte|jagten|gesprengt|sprengen|sprengt|sprengte|sprengten|geflogen|fliegen|fliegt|flog|flogen)\b/giu, 'gesprengt'],
  [/\b(?:jagt|jagte|jagten|jagen|sprengt|sprengte|sprengten|fliegt|flog|flogen)\b(.*?)\s+in\s+die\s+luft\b/giu, 'sprengte$1'],
  [/\bfeuer\b(.*?)\s+(?:gelegt|gelegen|legen|legt|legte|legten)\b/giu, 'Brandstiftungen$1 begangen'],
  [/\b(?:legt|legte|legten)\b(.*?)\s+feuer\b/giu, 'beging$1 Brandstiftung'],
  [/(?<!\p{L})übers\s+ohr\s+(?:gehauen|hauen|haut|haute|hauten)\b/giu, 'betrogen'],
  [/\b(?:als|im)\s+(?:gegenleistung|gegenzug|austausch)\b/giu, 'dafür'],
  [/\bzur\s+verf(?:ü|ue)gung\s+(?:stellen|stellt|stellte|stellten|gestellt)\b/giu, 'bereitstellen'],
  [/\b(stellt|stellte|stellen|stellten)\b(.*?)\s+zur\s+verf(?:ü|ue)gung\b/giu, '$1$2 bereit'],
  // "Wie viele Rasenmäher haben die Diebe mitgehen lassen?": stolen.
  [/\bmitgehen\s+(?:lassen|gelassen)\b/giu, 'gestohlen'],
  [/\b(?:ließen|ließ|liessen|liess|lässt|laesst)\b(.*?)\s+mitgehen\b/giu, 'stahl$1'],
  // "Wie viel Geld steht für das Programm zur Verfügung?": how much there is, which a sentence says by its figure alone.
  [/\bzur\s+verf(?:ü|ue)gung\s+(stehen|steht|stand|standen|gestanden)\b/giu, '$1'],
  [/\b(steht|stehen|stand|standen)\b(.*?)\s+zur\s+verf(?:ü|ue)gung\b/giu, '$1$2'],
  [/\bim\s+vergleich\s+(?:zu|zum|zur|mit)\b/giu, 'gegenüber'],
  // "Wie teuer ist das Parken in der Kreisstadt im Vergleich?": a comparison an answer makes by its figure alone.
  [/\s+(?:im|zum)\s+vergleich\b(?!\s+(?:zu|zum|zur|mit)\b)/giu, ''],
  // "Wie viel Zwiebelkuchen ging über die Theke?": how much was sold.
  [/(?<!\p{L})(?:ü|ue)ber\s+die\s+(?:laden)?theke\s+(?:gegangen|gehen|geht|ging|gingen)\b/giu, 'verkauft'],
  [/\b(?:geht|gehen|ging|gingen)\b(.*?)\s+(?:ü|ue)ber\s+die\s+(?:laden)?theke\b/giu, 'wurde$1 verkauft'],
  // "War Alkohol im Spiel?": whether it played a part, which a sentence on it says by itself.
  [/\b(war|waren|ist|sind)\b(.*?)\s+im\s+spiel(?=\s*\??\s*$)/giu, '$1$2'],
  // "Kann man das Wasser aus dem Hahn trinken?": tap water.
  [/\bwasser\s+aus\s+dem\s+(?:wasser)?hahn\b/giu, 'Leitungswasser'],
  // "Wer beschwert sich im Namen von Kleinhessel?": for them.
  [/\bim\s+namen\s+(?:von|vom|des|der)\b/giu, 'für'],
  // "Wer hat sich für die Wiedereröffnung stark gemacht?": who campaigned for it.
  [/\bstark\s+(?:gemacht|machen|macht|machte|machten)\b/giu, 'eingesetzt'],
  [/\b(?:macht|machte|machen|machten)\b(.*?)\s+stark\b/giu, 'setzt$1 ein'],
  // "Wo könnten die Sportler in Zukunft trainieren?": later, what "künftig" says; "im Einsatz" is what "eingesetzt" says.
  [/\bin\s+zukunft\b/giu, 'künftig'],
  [/\bim\s+einsatz\b/giu, 'eingesetzt'],
  [/\b(?:im\s+moment|zur\s+zeit|zurzeit)\b/giu, 'derzeit'],
  // "Was springt für Kim dabei raus?": what one gets.
  [/\b(?:springt|sprang|springen)\b(.*?)\s+(?:raus|heraus)\b/giu, 'bekommt$1'],
  [/\b(?:rausspringt|herausspringt|rausspringen|herausspringen|rausgesprungen|herausgesprungen)\b/giu, 'bekommt'],
  // "Was wollen die beiden Länder auf die Beine stellen?": build up, organise.
  [/\bauf\s+die\s+beine\s+(?:stellen|stellt|stellte|stellten|gestellt)\b/giu, 'aufbauen'],
  [/\b(?:stellt|stellte|stellen|stellten)\b(.*?)\s+auf\s+die\s+beine\b/giu, 'baut$1 auf'],
  // "Worauf legt die Führung viel Wert?", "Welchem Projekt gibt das Land großes Gewicht?": what has priority.
  [/\b(?:legt|legte|legen|legten)\b(.*?)\s+(?:(?:ganz\s+)?besonders\s+viel|sehr\s+viel|viel|gro(?:ß|ss)en|besonderen|h(?:ö|oe)chsten)\s+wert\b/giu, 'hat$1 Priorität'],
  [/\b(?:gibt|gab|geben|gaben|misst|ma(?:ß|ss)|messen)(?!\p{L})(.*?)\s+(?:(?:ganz\s+)?besonders\s+viel|sehr\s+viel|viel|gro(?:ß|ss)es|besonderes|h(?:ö|oe)chstes)\s+gewicht(?:\s+bei)?\b/giu, 'gibt$1 Priorität'],
  // "Was ist Nordkorea besonders wichtig?", "Was ist ihm am wichtigsten?", "… einen hohen Stellenwert": what has priority.
  [/(?<!\p{L})(?:ganz\s+)?(?:besonders|sehr|(?:ä|ae)u(?:ß|ss)erst)\s+wichtig\b|\bam\s+wichtigsten\b/giu, 'Priorität'],
  [/\b(?:einen\s+)?(?:besonders\s+)?(?:hohen|gro(?:ß|ss)en|besonderen|h(?:ö|oe)chsten)\s+stellenwert\b/giu, 'Priorität'],
  // "Wie teuer war der Bus in der Anschaffung?": the price to buy it, what "kostet" says.
  [/\s+in\s+der\s+anschaffung\b/giu, ''],
  // "Wie viele Haushalte saßen im Dunkeln?": they had no electricity.
  [/\bim\s+dunkeln\s+(?:sitzen|sitzt|sa(?:ß|ss)en|sa(?:ß|ss)|gesessen)(?!\p{L})/giu, 'ohne Strom'],
  [/\b(?:sitzen|sitzt|sa(?:ß|ss)en|sa(?:ß|ss))(?!\p{L})(.*?)\s+im\s+dunkeln\b/giu, 'waren$1 ohne Strom'],
  // "Was will der Westen nach Putins Meinung verhindern?": whose view it is, which the article gives by the name.
  [/\bnach\s+(\p{L}+s)\s+(?:meinung|ansicht|auffassung|einsch(?:ä|ae)tzung)\b/giu, '$1'],
  [/\b(?:nach\s+)?(?:meinung|ansicht|auffassung)\s+(?:von|des|der)\s+/giu, ''],
  // "Was möchte Putin nach eigenen Worten … bringen?": he says so himself, which the article shows by quoting him.
  [/\s+(?:nach|laut)\s+(?:eigenen|eigener|seinen|ihren)\s+(?:worten|angaben|aussagen?)\b/giu, ''],
  // "Wann rollen die Bagger an?": when building work starts.
  [/\bbagger\s+(?:anrollen|anr(?:ü|ue)cken|rollen)\b/giu, 'Bauarbeiten beginnen'],
  [/\b(?:rollen|rollten|r(?:ü|ue)cken|r(?:ü|ue)ckten)\s+(?:die\s+|endlich\s+)*bagger(?:\s+an)?\b/giu, 'beginnen die Bauarbeiten'],
  // "Wer steckt hinter dem Obsthof?": who runs it, founded it or is behind it: whoever the article makes responsible.
  [/\b(?:steckt|stecken|steckte|steckten)\s+(?:eigentlich\s+)?hinter\b/giu, 'ist verantwortlich für'],
  // "Wie weit wurde die Frau durch die Luft geschleudert?": how far, which an answer says without the air.
  [/\s+durch\s+die\s+luft\b/giu, ''],
  // "Wo kann man in der Nähe gratis parken?": nearby, which an answer need not say.
  [/\s+in\s+der\s+n(?:ä|ae)he\b/giu, ''],
  // "Wer hat was gegen die Pandas?": who objects, what "kritisiert" says (the critics' group of words); not "… hat was gegen
  // die Ratten unternommen", something done against them.
  [/\b(?:hat|haben|hatte|hatten)\s+(?:denn\s+|eigentlich\s+)?(?:was|etwas)\s+gegen\b(?![^?.]*\b(?:unternommen|getan|gemacht|geholfen|eingesetzt|vor)\b)/giu, 'kritisiert'],
  // "Wann steigt die Jubiläumsfeier?": when a party or a match takes place (not a price that rises).
  [/\bwann\s+(?:steigt|steigen|stieg)\s+((?:die|das|der|den)\s+(?:\p{L}+\s+)?\p{L}*(?:feier|fest|party|sause|konzert|festival|spiel|turnier|derby|finale)\b)/giu, 'wann findet $1 statt'],
  // "Wird die Steuer später noch mal auf den Prüfstand gestellt?": checked again, what "überprüft" says.
  [/\bauf\s+den\s+pr(?:ü|ue)fstand\s+(?:gestellt|stellen|stellt|stellte|stellten|kommen|kommt|kam)\b/giu, 'überprüft'],
  [/\b(?:stellt|stellte|stellen|stellten|kommt|kommen|kam)\b(.*?)\s+auf\s+den\s+pr(?:ü|ue)fstand\b/giu, 'überprüft$1'],
  // "Was zahlt eine vierköpfige Familie?": what "ein Vier-Personen-Haushalt" says.
  [/\b(zwei|drei|vier|f(?:ü|ue)nf|sechs)k(?:ö|oe)pfige[nmr]?\s+familie\b/giu, '$1-Personen-Haushalt'],
  // "Was hat der Sturm kaputt gemacht?", "Was passiert, wenn ich was kaputt mach?", "… wenn was kaputtgeht?": damaged.
  [/\bkaputt\s*(?:gemacht|machen|macht|machte|machten|mache|mach|geht|gehen|ging|gingen|gegangen)\b/giu, 'beschädigt'],
  [/\b(?:macht|machte|machen|machten)\b(.*?)\s+kaputt\b/giu, 'beschädigte$1'],
  // "Wofür dankt der Kremlchef …?": the Russian president, as news texts also call him.
  [/\bkremlchefs?\b/giu, 'russische Präsident'],
  // "Womit will Nordkorea seine Luftwaffe auf Vordermann bringen?": modernise it.
  [/\bauf\s+vordermann\s+(?:bringen|bringt|brachte|brachten|gebracht)\b/giu, 'modernisieren'],
  [/\b(?:bringt|brachte|bringen|brachten)\b(.*?)\s+auf\s+vordermann\b/giu, 'modernisiert$1'],
  // "Was war auf den Aufnahmen aus dem All zu erkennen?": satellite images; "Sachen ins All schießen": into orbit.
  [/\b(?:aufnahmen|aufnahme|fotos|foto|bildern|bilder|bild)\s+aus\s+dem\s+all\b/giu, 'Satellitenbildern'],
  [/\bins\s+all\b/giu, 'in die Umlaufbahn'],
  // "Was hat die Hochschule im All vor?": in space.
  [/\bim\s+all\b/giu, 'im Weltraum'],
  // "Worauf stützt sich der Bericht?": what it cites, what "beruft sich auf" says.
  [/\bst(?:ü|ue)tz(?:t|en|te|ten)\s+sich\b/giu, 'beruft sich'],
  // "Welches politische System herrscht in Nordkorea?": how it is governed.
  [/\bpolitische[sn]?\s+system\b/giu, 'Regierungsform'],
  // "Auf welche Busse ist die Stadt scharf?": what it wants, not anything hot ("heiß", which "heißt" would meet).
  [/\bscharf\s+auf\b/giu, 'interessiert an'],
  [/\bauf\b(.*?)\bscharf\b/giu, 'an$1interessiert'],
  // "Wer findet das nicht ok?": who criticises it.
  [/\b(?:findet|finden|fand|fanden)\b(.*?)\bnicht\s+(?:ok|okay|gut|in\s+ordnung|richtig)\b/giu, 'kritisiert$1'],
  // "Gibt es Geld zurück?", "Krieg ich mein Geld zurück?": a refund.
  [/\b(?:kein|keine|mein|sein|ihr|das|unser|euer)?\s*geld\s+zur(?:ü|ue)ck\b/giu, 'Erstattung'],
  // "Ab wann fährt nix mehr?": when traffic stands still.
  [/\bf(?:ä|ae)hrt\s+(?:nix|nichts|gar\s+nichts)(?:\s+mehr)?\b/giu, 'steht alles still'],
  // "Was nimmt der Caterer pro Essen?": what it charges for each.
  [/\b(?:nimmt|nehmen|nahm|nahmen)\b(?=.*\b(?:pro|je)\s)/giu, 'verlangt'],
  // "Wann wird über ein mögliches Aus entschieden?": the end of a shop, club or firm, its closing or dissolving (the noun,
  // capitalised: "das aus Sicht der Stadt" is none).
  [/\b(?:[Dd]as|[Ee]in|dem|vom|ihr|sein|m(?:ö|oe)gliche[ns]?|drohende[ns]?|endg(?:ü|ue)ltige[ns]?)\s+Aus\b(?!\s+(?:de[mnrs]|die|das|einer?|einem)\b)/gu, '$& Schließung oder Auflösung'],
  // "Seit wann ist das Kesselhaus dicht?", "… ist das Becken zu?": closed (not "dicht besiedelt", not "zu teuer").
  [/\b(ist|sind|war|waren|bleibt|bleiben|blieb|blieben)\b(.*?)\s+(?:dicht|zu)(?=\s*\??\s*$)/giu, '$1$2 geschlossen'],
  // "Warum fährt er überhaupt hin?", "Wann fliegt sie hin?": a visit, what "besucht" says (not "Wo fährt der Bus hin?").
  [/(?<!^\s*(?:und\s+)?wo\b.*)\b(?:f(?:ä|ae)hrt|fahren|fuhr|fuhren|fliegt|fliegen|flog|flogen|reist|reisen|reiste|reisten)\b(.*?)\s+(?:dort\s*)?hin(?=\s*\??\s*$)/giu, 'besucht$1'],
  // "Was kostet der ganze Spaß?": the whole thing, what "das Ganze" asks.
  [/\b(?:der|den|dem)\s+ganzen?\s+spa(?:ß|ss)(?!\p{L})/giu, 'das Ganze'],
  // "Gibt es noch mehr Geld?": more of it on top, what "weitere" says ("weitere 100.000 Euro").
  [/\bnoch\s+mehr\b/giu, 'weitere'],
  // "Wie viele Wohnmobile werden im ganzen Land geklaut?": what "landesweit" says.
  [/\bim\s+ganzen\s+land\b/giu, 'landesweit'],
  // "Warum bringt die Holzwand nix?": why it has no effect.
  [/\b(?:bringt|bringen|brachte|brachten)\b(.*?)\s+(?:nix|nichts)\b/giu, 'ist$1 wirkungslos'],
  // "Kann sie gegen das Urteil vorgehen?", "… sich gegen die Entscheidung wehren?": an appeal.
  [/\bgegen\s+((?:das|dieses|ein|den|die|diese)\s+(?:urteil|entscheidung|beschluss|bescheid))\s+(?:vorgehen|vorgegangen|wehren|gewehrt)\b/giu, 'Berufung gegen $1 einlegen'],
  // "Wann hat es angefangen zu brennen?", "Wann fing die Halle an zu brennen?": when the fire broke out.
  [/\b(?:angefangen|anfangen|begonnen|beginnen)\s+zu\s+brennen\b/giu, 'Feuer ausgebrochen'],
  [/\b(?:fing|fingen|begann|begannen)\b(.*?)\s+(?:an\s+)?zu\s+brennen\b/giu, 'brach$1 Feuer aus'],
];

/** A cheap test before the patterns run: every idiom has one of these word pairs (not "zahlen" alone, a common verb). */
const IDIOM_WORD = /ins\s+leben|tasche|die\s+arme|zur\s+last|bei\s+kasse|dem\s+tisch|grünes\s+licht|schwarze\s+zahlen|rote\s+zahlen|zur\s+verf|gegenleistung|gegenzug|im\s+austausch|die\s+luft|\bfeuer\b|übers\s+ohr|(?:im|zum)\s+vergleich|theke|dem\s+(?:wasser)?hahn|im\s+namen|stark\s+(?:ge)?mach|mach\w*\s(?:.*\s)?stark\b|anschaffung|in\s+zukunft|im\s+einsatz|im\s+moment|zur\s+zeit|zurzeit|\bwert\b|gewicht|die\s+beine|spr[ia]ng|der\s+n(?:ä|ae)he|im\s+dunkeln|steck\w*\s+(?:eigentlich\s+)?hinter|bagger|meinung|ansicht|auffassung|einsch(?:ä|ae)tzung|(?:eigene[nr]|seinen|ihren)\s+(?:worten|angaben|aussage)|\s+wichtig\b|am\s+wichtigsten|stellenwert|im\s+spiel|mitgehen|ganzen\s+land|was\s+gegen|wann\s+st(?:ei|ie)g|pr(?:ü|ue)fstand|k(?:ö|oe)pfige|kaputt|kremlchef|noch\s+mehr|vordermann|\ball\b|st(?:ü|ue)tz\w*\s+sich|politische[sn]?\s+system|\bscharf\b|nicht\s+(?:ok|okay|gut|in\s+ordnung|richtig)\b|geld\s+zur|f(?:ä|ae)hrt\s+(?:nix|nichts|gar)|\bn(?:imm|ehm|ahm)\w*\b.*\b(?:pro|je)\s|ganzen?\s+spa|\s(?:dicht|zu|hin)\s*\??\s*$|bring\w*\s(?:.*\s)?(?:nix|nichts)\b|gegen\s+\S+\s+(?:urteil|entscheidung|beschluss|bescheid)|zu\s+brennen/i;
/** The same for the one idiom whose word is told by its capital ("das Aus"; "aus" is in most questions). */
const CAPITAL_IDIOM_WORD = /\sAus\b/;
/** Whether a question may hold an idiom (the cheap test before the patterns). */
function mayHoldIdiom(question: string): boolean {
  return IDIOM_WORD.test(question) || CAPITAL_IDIOM_WORD.test(question);
}

/**
 * The longest run of letters that every match of `pattern` holds: letters outside groups, classes and lookarounds, not
 * made optional by a quantifier; '' when there is none (or the pattern has alternatives at its top). A cheap `includes`
 * of it tells most questions the pattern cannot match, before the pattern runs.
 */
export function requiredLetters(pattern: RegExp): string {
  const source = pattern.source;
  let depth = 0;
  let run = '';
  let longest = '';
  const close = (): void => {
    if (run.length > longest.length) longest = run;
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      close();
      i += source[i + 1] === 'p' || source[i + 1] === 'P' ? source.indexOf('}', i) - i : 1;
    } else if (char === '[') {
      close();
      while (source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (char === '(') {
      close();
      depth++;
    } else if (char === ')') {
      depth--;
    } else if (char === '|' && depth === 0) {
      return '';
    } else if (char === '?' || char === '*' || char === '{') {
      run = run.slice(0, -1);
      close();
    } else if (depth === 0 && /\p{L}/u.test(char)) {
      run += char;
    } else {
      close();
    }
  }
  close();
  return pattern.ignoreCase ? longest.toLowerCase() : longest;
}

/** Each idiom with the letters it requires, and whether to look for them in the lower-cased question. */
const GUARDED_IDIOMS = IDIOMS.map(([pattern, plain]) => ({ pattern, plain, letters: requiredLetters(pattern), caseless: pattern.ignoreCase }));

/** Whether `question` (and its lower-cased form) may match `idiom`: it holds the letters the idiom requires. */
function mayMatch(idiom: (typeof GUARDED_IDIOMS)[number], question: string, lower: string): boolean {
  return (idiom.caseless ? lower : question).includes(idiom.letters);
}

/**
 * Whether `text` uses an idiom of `question` itself ("rote Zahlen" in both): then the question is best read as asked.
 * `textUses` remembers which idioms the text uses, by their index, as far as asked: a caller asking about one text again
 * and again keeps one per text.
 */
export function sharesIdiom(question: string, text: string, textUses: (boolean | undefined)[] = []): boolean {
  if (!mayHoldIdiom(question)) return false;
  const lower = question.toLowerCase();
  // (`search` ignores the global flag the patterns carry for `replace`: no lastIndex to reset.)
  return GUARDED_IDIOMS.some((idiom, i) => mayMatch(idiom, question, lower) && question.search(idiom.pattern) >= 0
    && (textUses[i] ??= text.search(idiom.pattern) >= 0));
}

/** The question with each idiom replaced by its plain words; the question itself when it has none. */
export function withIdiomsPlain(question: string): string {
  if (!mayHoldIdiom(question)) return question;
  let out = question;
  let lower = question.toLowerCase();
  for (const idiom of GUARDED_IDIOMS) {
    if (!mayMatch(idiom, out, lower)) continue;
    const replaced = out.replace(idiom.pattern, idiom.plain);
    if (replaced !== out) {
      out = replaced;
      lower = out.toLowerCase();
    }
  }
  return out;
}
