import { existsSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreEval } from './eval-score.js';

/** Floors measured when the engine was written; raise them when the engine improves. */
const floors: Record<string, number> = {
  'seed-questions.de.json': 23,
  'seed-extra-questions.de.json': 26,
  'bundesliga-mainz-freiburg.questions.de.json': 27,
  'hitzewelle-sachsen.questions.de.json': 32,
  // (Lowered by one in the twelfth session: for 'Was sagt Lindner zu den Investitionen' the passage with the quote asked for had
  // joined the best one at 0.867 of its score; a soft word counting half now puts it at 0.848, under the share of 0.85.)
  'stadtrat-haushalt-regensburg.questions.de.json': 34,
  'voltaris-stellenabbau.questions.de.json': 37,
  'blind/bahnstreik-gdl-maerz.questions.de.json': 24,
  // (One less since the sixteenth session: a passage meeting every noun of a question now answers at 45 % coverage
  // (WEAK_COVERAGE), +21 -5 over all sets; here an unanswerable question gets a near-miss.)
  'blind/meteorit-emsland.questions.de.json': 22,
  'blind/urteil-pflegebetrug-augsburg.questions.de.json': 23,
  'blind2/hochwasser-vilshofen.questions.de.json': 23,
  'blind2/museum-goldmuenzen-wolfhagen.questions.de.json': 24,
  'blind2/rueckruf-bio-joghurt.questions.de.json': 23,
  'blind3/klinik-schliessung-wettersberg.questions.de.json': 25,
  'blind3/startup-gruenstapel-leipzig.questions.de.json': 23,
  'blind3/wolf-sichtung-weidenbach.questions.de.json': 24,
  // blind4: measured once on the final engine of the session that wrote it, never tuned on.
  'blind4/cyberangriff-rathaus-altenwerth.questions.de.json': 23,
  'blind4/elefantenbaby-zoo-wernstadt.questions.de.json': 20,
  'blind4/talbruecke-muehlbach-a73.questions.de.json': 22,
  // blind5 and seed-blind: written by colleagues who never saw the engine. First run: 42/75 and 29/40.
  'blind5/festival-rock-am-kiessee.questions.de.json': 20,
  'blind5/stichwahl-kaltenstein.questions.de.json': 20,
  // 20 since the third session: one right answer came from a false name ("Hundert Feuerwehrleute"), now no name.
  'blind5/waldbrand-luebbenwalde.questions.de.json': 22,
  // 37 since the fourth session: "neue Flieger" was met by "andere" (a stop word that stemmed to "and"); stop words now key as themselves.
  'seed-blind-questions.de.json': 37,
  // blind6 and seed-blind2: held out until the end of the session that wrote them. First run: 51/75 and 27/30.
  'blind6/fahrpreise-lindenau.questions.de.json': 20,
  'blind6/grossbrand-ebersfeld.questions.de.json': 18,
  // (One less since the sixteenth session: with facts allowed to spread over a passage's sentences (SENTENCE_COVERAGE 0.3),
  // an unanswerable question here gets a near-miss answer; 17 answerable ones over 21 sets are answered now.)
  'blind6/trainer-wendhausen.questions.de.json': 21,
  'seed-blind2-questions.de.json': 28,
  // blind7 and seed-blind3: held out until the engine of this session was final. First run: 50/75 and 30/30.
  'blind7/aerztestreik-kliniken-nrw.questions.de.json': 22,
  // 15 since the fourth session: "ändern" was met by "anderen" (a stop word that stemmed to "and"), not by what the zoo changes.
  'blind7/pavian-zoo-lindenau.questions.de.json': 16,
  'blind7/windpark-kappelbach-buergerentscheid.questions.de.json': 19,
  'seed-blind3-questions.de.json': 30,
  // blind8 and seed-blind4: written by colleagues at the start of the third session, measured before any change. First run: 51/75 and 16/30.
  'blind8/datenleck-lernwolke.questions.de.json': 19,
  'blind8/deichbruch-kleinsteinau.questions.de.json': 21,
  'blind8/felsbachtalbahn-stilllegung.questions.de.json': 22,
  'seed-blind4-questions.de.json': 27,
  // blind9 and seed-blind5: written mid-session, measured once before any change was made for them. First run: 41/75 and 22/30.
  'blind9/geburtsstation-ebersfeld.questions.de.json': 19,
  'blind9/vogelgrippe-barnstede.questions.de.json': 17,
  'blind9/wiesenbachtalbruecke-sperrung.questions.de.json': 17,
  'seed-blind5-questions.de.json': 27,
  // blind10 and seed-blind6: written near the end of the third session, measured on its final engine before any change for them.
  // First run: 50/75 and 20/30 (the engine at the start of that session: 43/75 and 15/30).
  'blind10/lotto-jackpot-oberweilach.questions.de.json': 20,
  // (Lowered by one in the eleventh session: 'Sind auch Leherer betroffen?' had passed only by the three-letter verb key 'leh' of the
  // misspelt word meeting compounds; a three-letter key now meets compounds only as a short noun's own.)
  'blind10/schulkantine-lebensmittelvergiftung.questions.de.json': 17,
  // (Lowered by one in the thirteenth session: "Wie heißt das Sturmtief?" now needs a sentence giving a name; it had passed
  // by citing the teaser for its sentence "… stürzte … in die Tiefe", which the head "tief" met.)
  'blind10/sturm-kirchturm-attenbach.questions.de.json': 20,
  'seed-blind6-questions.de.json': 27,
  // blind11 and seed-blind7: written at the start of the fourth session, measured before any change for them. First run: 44/75 and 24/30.
  'blind11/bergwanderer-rettung-schartenkopf.questions.de.json': 21,
  'blind11/busunternehmen-insolvenz-kornheim.questions.de.json': 16,
  'blind11/hagel-weinberge-kallenheim.questions.de.json': 23,
  // (Lowered by one in the ninth session: 'wie viele granaten …' in lower case had passed only while the unknown noun was read as a verb.)
  'seed-blind7-questions.de.json': 26,
  // blind12 and seed-blind8: written mid fourth session, measured once on its engine before any change for them.
  // First run: 48/75 and 24/30 (the engine at the start of that session: 48/75 and 22/30). The 'insgesamt' rule was then softened
  // (a total is demanded only of a qualified count, "sechs neue Busse"): it had cost a right answer here ("Der Schaden liegt bei …").
  'blind12/faehre-kollision-kiel.questions.de.json': 21,
  'blind12/fiebersaft-engpass-hohenweiler.questions.de.json': 21,
  'blind12/razzia-schockanrufe-bremen.questions.de.json': 17,
  'seed-blind8-questions.de.json': 26,
  // blind13 and seed-blind9: written at the start of the fifth session, measured before any change for them.
  // First run: 47/75 and 19/30 (the same on the engine of the session's start, 8662de3).
  'blind13/dorfbaeckerei-kirchweiler.questions.de.json': 18,
  'blind13/erdfall-wiehenrode.questions.de.json': 20,
  'blind13/kirchenglocke-muehlreuth.questions.de.json': 21,
  'seed-blind9-questions.de.json': 23,
  // blind14: written mid fifth session, measured before any change for it. First run 44/75 (the session's start engine: 45/75).
  'blind14/brauerei-lindenhof-verkauf.questions.de.json': 18,
  // (Lowered by one in the tenth session: questions are asked in order, and 'Was hat er früher gearbeitet?' now reads 'er' as the
  // witness named in the answer before, not the defendant; five follow-ups elsewhere gained.)
  'blind14/falscher-arzt-prozess-passau.questions.de.json': 17,
  'blind14/fischsaurier-fund-ohmden.questions.de.json': 17,
  // blind15 and blind16: written mid fifth session and held out until its end; measured once, nothing changed for them.
  // First run 47/75 and 42/75 (the session's start engine: 47/75 and 43/75).
  'blind15/laermblitzer-kassel.questions.de.json': 14,
  'blind15/physiklehrer-wittstock.questions.de.json': 19,
  // (Lowered by one in the tenth session: its 'Seit wann …?' had been right only by the passage around a sentence that says
  // nothing of the start; such a sentence no longer answers.)
  // (One less since the sixteenth session: with facts allowed to spread over a passage's sentences (SENTENCE_COVERAGE 0.3),
  // an unanswerable question here gets a near-miss answer; 17 answerable ones over 21 sets are answered now.)
  'blind15/smart-meter-rechnungen.questions.de.json': 17,
  // (Lowered by one in the tenth session: its 'Seit wann …?' had been right only by the passage around a sentence that says
  // nothing of the start; such a sentence no longer answers.)
  'blind16/bienen-gift-laubach.questions.de.json': 14,
  'blind16/buergeramt-kassel-wartezeit.questions.de.json': 18,
  'blind16/eishalle-marktoberdorf.questions.de.json': 19,
  // blind17 and seed-blind10: written at the start of the sixth session, measured before any change for them.
  // First run: 53/75 and 20/30 (the session's start engine, b113683).
  'blind17/blaualgen-hainsee-badeverbot.questions.de.json': 21,
  'blind17/klinikum-kirchhelden-op-roboter.questions.de.json': 21,
  'blind17/urteil-mieterhoehung-lindenhof.questions.de.json': 21,
  'seed-blind10-questions.de.json': 22,
  // blind18 and seed-blind11: written early in the sixth session and held out until its rules were done; measured then,
  // on that engine and on the session's start engine: 56/75 and 21/30 on both.
  'blind18/freibad-sanierung-bad-wallersau.questions.de.json': 24,
  'blind18/stadtbibliothek-loernitz-schatzinsel.questions.de.json': 19,
  // (Lowered by one in the thirteenth session: a number of "Tiere" now counts the animal asked about, and "Wie viele Wölfe
  // leben in ganz Niedersachsen?" gets the pack "mit derzeit mindestens sieben Tieren" near the village, a near-miss.)
  'blind18/wolf-schafe-hollenbrueck.questions.de.json': 21,
  'seed-blind11-questions.de.json': 24,
  // blind19: written mid sixth session and held out until its rules were done; measured then: 44/75 (the session's start
  // engine: 43/75). Studied after that measurement.
  'blind19/gemeinderatswahl-nachzaehlung-gruenwittingen.questions.de.json': 17,
  'blind19/honig-betrug-felsbach.questions.de.json': 18,
  'blind19/strassenbahn-unfall-markwalden.questions.de.json': 14,
  // blind20: written late in the sixth session and held out to its end; measured once, nothing changed for it.
  // The session's start engine: 60/75; its end engine: 61/75.
  'blind20/apotheke-unterbrunnbach-schliesst.questions.de.json': 23,
  'blind20/heizungsausfall-gymnasium-kirchtellingen.questions.de.json': 17,
  'blind20/traktor-diebstahl-lindenbrueck.questions.de.json': 24,
  // blind21 and seed-blind12: written at the start of the seventh session, measured before any change for them.
  // First run: 65/75 and 26/30 (the session's start engine, bb40e03).
  'blind21/feuerwehr-nachwuchs-hohenbrunnen.questions.de.json': 24,
  'blind21/fundbuero-rekord-leipzig.questions.de.json': 24,
  'blind21/zahnarztmangel-prignitz.questions.de.json': 25,
  'seed-blind12-questions.de.json': 27,
  // blind22 and seed-blind13: written early in the seventh session and held out until its first rules were done
  // (1428ed5); 56/75 and 27/30 on that engine and on the session's start engine alike. Studied after that.
  'blind22/gemeinschaftsgarten-offenbach.questions.de.json': 20,
  'blind22/hochzeit-betrug-gutshaus.questions.de.json': 20,
  'blind22/milchpreis-protest-niederzell.questions.de.json': 21,
  'seed-blind13-questions.de.json': 28,
  // blind24 and blind25: written mid seventh session, measured before any change for them: 61/75 and 61/75 on the
  // session's start engine, 62/75 and 61/75 on 1e6cd10 (its rules up to then). Studied after that.
  // (21 until the twenty-seventh session: a bullet is now read with the paragraph before its list, so "Wie hoch ist die
  // Strafe für Nutzer …?" meets the providers' fine, "müssen die Anbieter ein Bußgeld von bis zu 100 Euro zahlen".)
  'blind24/e-scooter-verbot-regensburg.questions.de.json': 20,
  // (Lowered by one in the tenth session: a verb the article lacks weighs 0.4, not 0.5, and the unanswerable 'Wie viele Kinder
  // sind in Hildesheim letztes Jahr ertrunken?' now passes the coverage bar; four other sets gained one each.)
  'blind24/schwimmkurse-hildesheim.questions.de.json': 21,
  'blind24/storchenzaehlung-uckermark.questions.de.json': 21,
  'blind25/kaffeebecher-pfand.questions.de.json': 23,
  'blind25/pilotenstreik-suedwind.questions.de.json': 20,
  'blind25/rhein-niedrigwasser.questions.de.json': 22,
  // blind23 and seed-blind14 (written early in the seventh session) and blind26 and seed-blind15 (written late in it):
  // held out until its rules were done and measured once: the session's start engine 61/75, 23/30, 57/75, 23/30; its
  // end engine 62/75, 23/30, 55/75, 23/30.
  'blind23/capitol-kino-abriss.questions.de.json': 21,
  'blind23/hundesteuer-schlitzenbach.questions.de.json': 21,
  // (Lowered by one in the fourteenth session: "Open" now meets the article's "Schachopen", so "Wie viele Großmeister spielten
  // beim Open … mit?" is answered with the two the girl beat instead of abstained: a near-miss.)
  'blind23/schach-talent-goettingen.questions.de.json': 21,
  'seed-blind14-questions.de.json': 24,
  'blind26/porto-erhoehung.questions.de.json': 20,
  'blind26/ruderverein-jubilaeum.questions.de.json': 19,
  'blind26/schule-viertagewoche.questions.de.json': 18,
  'seed-blind15-questions.de.json': 26,
  // blind27 and seed-blind16: written at the start of the eighth session, measured on its start engine (e611bed)
  // before any change: 54/75 and 18/30. Studied.
  // (Lowered by one in the eleventh session: 'Sandra Ebert', named once after a hyphenated role ('Nabu-Kreisvorsitzende'), is now a
  // name, and the unanswerable 'Wie heißen die beiden Biber?' takes her quote for the beavers' names.)
  'blind27/biber-wanderweg.questions.de.json': 17,
  'blind27/geldautomaten-sprenger-urteil.questions.de.json': 19,
  'blind27/glasfaser-ausbau.questions.de.json': 21,
  'seed-blind16-questions.de.json': 23,
  // blind28, blind29, blind30 and seed-blind17: written in the eighth session (blind30 late in it), measured on its start
  // engine (e611bed) before any change: 55/75, 49/75, 53/75, 23/30; held out until the session's rules were done and measured
  // once on 31dcbaa: 55/75, 49/75, 54/75, 23/30.
  'blind28/bluttest-darmkrebs.questions.de.json': 19,
  'blind28/tornado-grabenitz.questions.de.json': 21,
  'blind28/wohngeld-reform.questions.de.json': 18,
  'blind29/eisrettung-muehlweiher.questions.de.json': 17,
  'blind29/kfz-versicherung-beitraege.questions.de.json': 16,
  'blind29/seilbahn-stadtrat.questions.de.json': 19,
  'blind30/brandserie-urteil.questions.de.json': 18,
  // (Lowered by one in the twelfth session: 'Wie lange konnte man die Kleinen … lassen?' had been right only by the thesaurus's
  // "kurz" for "klein"; a noun ("die Kleinen") no longer meets a word that is never a noun.)
  'blind30/kita-oeffnungszeiten.questions.de.json': 17,
  'blind30/trinkwasser-knappheit.questions.de.json': 19,
  // (Lowered by one in the ninth session: 'wie viele granaten …' in lower case had passed only while the unknown noun was read as a verb.)
  'seed-blind17-questions.de.json': 23,
  // blind31 and seed-blind18: written late in the eighth session, measured on its start engine (e611bed): 48/75, 23/30;
  // held out until its rules were done and measured once on a7f0143: 49/75, 23/30.
  'blind31/handball-aufstieg.questions.de.json': 19,
  'blind31/kaserne-wohnquartier.questions.de.json': 19,
  'blind31/masern-ausbruch.questions.de.json': 15,
  'seed-blind18-questions.de.json': 24,
  // blind32 to blind36 and seed-blind19 to seed-blind21: written at the start of the ninth session, measured on its start
  // engine (73a8991) before any change: 53/75, 53/75, 47/75, 43/75, 58/75 (254/375, 68%); 23/30, 23/30, 27/30 (73/90).
  'blind32/digitaler-dorfladen-brunnstetten.questions.de.json': 18,
  'blind32/leerstand-laden-auf-probe-hohenmoor.questions.de.json': 20,
  'blind32/werksschliessung-behring-kressbach.questions.de.json': 23,
  // (One less since the sixteenth session: a passage meeting every noun of a question now answers at 45 % coverage
  // (WEAK_COVERAGE), +21 -5 over all sets; here an unanswerable question gets a near-miss.)
  'blind33/freilichtbuehne-hohenwald-rekordsaison.questions.de.json': 18,
  'blind33/jugendzentrum-kesselhaus-bad-sternau.questions.de.json': 17,
  'blind33/kirche-kletterhalle-rotenfels.questions.de.json': 21,
  // (Lowered by one in the fourteenth session: "Firma" now meets "Forstbetrieb" by the synonym "Betrieb", so "Von welcher
  // Firma kommen die Harvester?" is answered with the passage about the harvesters, which names none.)
  'blind34/borkenkaefer-frankenwald.questions.de.json': 16,
  'blind34/fischsterben-wiehe.questions.de.json': 16,
  'blind34/kroetenwanderung-seebronn.questions.de.json': 16,
  'blind35/fuehrerschein-betrug-prozess.questions.de.json': 15,
  'blind35/geruest-einsturz-bad-saalbrunn.questions.de.json': 17,
  'blind35/vermisster-senior-maisfeld.questions.de.json': 17,
  'blind36/ferienwohnungen-duenenhagen.questions.de.json': 19,
  'blind36/grundsteuer-rabenfeld.questions.de.json': 21,
  'blind36/hausarztpraxis-heidmoor.questions.de.json': 21,
  'seed-blind19-questions.de.json': 27,
  'seed-blind20-questions.de.json': 26,
  'seed-blind21-questions.de.json': 27,
  // blind37 to blind40 and seed-blind22, seed-blind23: written early in the ninth session, measured on its start engine
  // (73a8991): 54/75, 52/75, 50/75, 53/75, 22/30, 21/30; held out until the session's rules were done and measured once on
  // 57b6b67: 55/75, 52/75, 51/75, 54/75, 22/30, 22/30 (articles 209 -> 212 of 300, seed 43 -> 44 of 60).
  'blind37/kurtaxe-feldmoos-schwarzwald.questions.de.json': 21,
  'blind37/muehlentallauf-hitze-treuenbach.questions.de.json': 15,
  'blind37/padel-tennisclub-erlenbrunn.questions.de.json': 24,
  // (One less since the sixteenth session: a passage meeting every noun of a question now answers at 45 % coverage
  // (WEAK_COVERAGE), +21 -5 over all sets; here an unanswerable question gets a near-miss.)
  'blind38/ostheider-bahn-kellinghausen.questions.de.json': 21,
  'blind38/radschnellweg-auental.questions.de.json': 16,
  'blind38/rufbus-wolfsgrund.questions.de.json': 18,
  'blind39/batterie-recycling-grimmenfeld.questions.de.json': 20,
  'blind39/ki-pruefungen-uni-wesselburg.questions.de.json': 19,
  'blind39/kleinsatellit-th-sarnau.questions.de.json': 15,
  'blind40/kaeltebus-weserbrueck-obdachlose.questions.de.json': 19,
  'blind40/pflegeheim-oberwaldach-schliessung.questions.de.json': 21,
  'blind40/tafel-ostermuehl-aufnahmestopp.questions.de.json': 17,
  // (Lowered by one in the ninth session: 'wie viele granaten …' in lower case had passed only while the unknown noun was read as a verb.)
  'seed-blind22-questions.de.json': 22,
  'seed-blind23-questions.de.json': 23,
  // blind41 to blind43 and seed-blind24: written late in the ninth session, measured on its start engine (73a8991): 44/75,
  // 52/75, 44/75, 24/30; held out until its rules were done and measured once on 9648099: 45/75, 53/75, 46/75, 23/30
  // (articles 140 -> 144 of 225; the seed set lost 'wie viele granaten …', read as a verb before).
  'blind41/fernwaerme-preiserhoehung-halvensee.questions.de.json': 19,
  'blind41/hitzeinseln-mergenthal.questions.de.json': 19,
  'blind41/solarpark-deponie-hasselfurt.questions.de.json': 12,
  'blind42/hygiene-barometer-wendelsheim.questions.de.json': 17,
  'blind42/preisfehler-kasse-kaltenbruegge.questions.de.json': 17,
  'blind42/spielzeug-schadstoffe-lauenstedt.questions.de.json': 19,
  'blind43/heimatmuseum-brunnhagen-jubilaeum.questions.de.json': 19,
  'blind43/roemischer-gutshof-hellweiler.questions.de.json': 16,
  'blind43/zeitkapsel-turmkugel-mittelstedt.questions.de.json': 13,
  'seed-blind24-questions.de.json': 23,
  // blind44, blind45 and seed-blind26: written early in the tenth session, measured on its start engine (e3bc841): 51/75,
  // 55/75, 24/30; studied in that session (blind46, blind47 and seed-blind25 were held out).
  'blind44/berufsschule-hohenbrueck-baecker-azubis.questions.de.json': 20,
  'blind44/musikschule-bad-lindach-gebuehren.questions.de.json': 20,
  'blind44/stadtbibliothek-kerzenfeld-open-library.questions.de.json': 14,
  'blind45/pflegekraefte-indien-marwitz.questions.de.json': 20,
  'blind45/rettungshubschrauber-nachtflug-lindenhorst.questions.de.json': 22,
  'blind45/telenotarzt-kreis-haselbach.questions.de.json': 19,
  'seed-blind26-questions.de.json': 27,
  // blind48 and blind49: written in the tenth session, measured on its start engine (e3bc841): 50/75, 53/75; studied in it.
  'blind48/hotel-schwanen-vier-tage-woche.questions.de.json': 14,
  'blind48/orgelbau-kaemmerer-busan.questions.de.json': 20,
  'blind48/wochenmarkt-ebersrode.questions.de.json': 17,
  // (Lowered by one late in the tenth session: 'wie viele davon sind noch belegt' now reads 'davon' with the nouns of the
  // question before, which lead to another passage.)
  'blind49/friedhof-dernhausen-bestattungswald.questions.de.json': 20,
  'blind49/stadttheater-hollweiden-zirkuszelt.questions.de.json': 17,
  'blind49/wendtaler-anzeiger-letzte-ausgabe.questions.de.json': 21,
  // blind46, blind47 and seed-blind25: written early in the tenth session, held out until its first rules were done and measured
  // once: start engine (e3bc841) 52/75, 48/75, 15/30; on 431bfb9 52, 48, 16; at the session's end 52, 50, 16.
  'blind46/letzter-kutterfischer-steinwarder.questions.de.json': 19,
  'blind46/stadtjaeger-bad-kernbach.questions.de.json': 16,
  'blind46/weinkrise-mosel-rodung.questions.de.json': 19,
  'blind47/gaffer-prozess-halbergen.questions.de.json': 16,
  'blind47/sirenen-probealarm-rodenau.questions.de.json': 18,
  'blind47/sturzflut-ober-lindach.questions.de.json': 16,
  'seed-blind25-questions.de.json': 16,
  // blind50, blind51 and seed-blind27: written at the end of the tenth session and measured once on its start engine (e3bc841):
  // 39/75, 54/75, 23/30, then on its end engine: 40, 56, 24 (seed-blind27's misses had been looked at by then).
  'blind50/fahrlehrermangel-ostervelde.questions.de.json': 13,
  'blind50/tankstelle-kellbach-genossenschaft.questions.de.json': 19,
  'blind50/weserfaehre-lindenwerder-elektro.questions.de.json': 9,
  'blind51/feinstaub-murgenbach.questions.de.json': 19,
  'blind51/gruenbruecke-tannried.questions.de.json': 20,
  'blind51/kanu-obergrenze-aschel.questions.de.json': 17,
  'seed-blind27-questions.de.json': 25,
  // blind52 and blind53: written at the start of the eleventh session, measured on its start engine (cedc95a): 47/75, 52/75;
  // their misses were studied in it.
  'blind52/fc-viktoria-haldenbrueck-finanznot.questions.de.json': 19,
  'blind52/schreinerei-hollerbach-tiefenstein.questions.de.json': 15,
  'blind52/wasserstoffbusse-kaltenau.questions.de.json': 15,
  'blind53/containerschule-rottenfurt.questions.de.json': 18,
  'blind53/korruption-urteil-haldenbrunn.questions.de.json': 16,
  // (Lowered by one in the twelfth session: 'Wer finanziert den Umbau zum größten Teil?' had been right only while "Umbau" met
  // nothing but "Umbaukosten"; now that it meets "umgebaut", the sentence saying who pays covers too little of the question.)
  'blind53/studentenwohnheim-auenfels.questions.de.json': 17,
  // blind54 and seed-blind28: written early in the eleventh session, measured on its start engine (cedc95a): 55/75, 21/30;
  // held out (scores only, no miss looked at) until the end: 57/75, 21/30.
  'blind54/blutkonserven-knapp-hagenbrueck.questions.de.json': 22,
  'blind54/flussputz-kelse.questions.de.json': 17,
  'blind54/folknaechte-wendelstedt.questions.de.json': 18,
  'seed-blind28-questions.de.json': 21,
  // blind55 and blind56: written mid eleventh session, measured on its start engine (cedc95a): 55/75, 51/75; studied in it.
  'blind55/campingplatz-seewinkel-dauercamper.questions.de.json': 19,
  'blind55/schleichverkehr-hengstbach-poller.questions.de.json': 20,
  'blind55/spaetfrost-kirschernte-wiesentreuth.questions.de.json': 18,
  'blind56/hollmann-lastenrad-werk.questions.de.json': 21,
  'blind56/schuldnerberatung-erlenstadt.questions.de.json': 19,
  'blind56/uni-greifenau-pilz-plastik.questions.de.json': 15,
  // blind57-59 and seed-blind29: written at the start of the twelfth session, measured on its start engine (bec4f7e):
  // 56/75, 52/75, 57/75, 25/30; their misses were studied in it.
  'blind57/sockenfabrik-reinholdt-thalbrunn.questions.de.json': 21,
  'blind57/spargelhof-ernteroboter-grossenwerder.questions.de.json': 17,
  'blind57/weihnachtsmarkt-hohenbuergel-standgebuehren.questions.de.json': 19,
  'blind58/demenzdorf-bad-wiesenau.questions.de.json': 20,
  'blind58/housing-first-kaltenbrunn.questions.de.json': 21,
  'blind58/medibus-rehnitz.questions.de.json': 15,
  'blind59/elbhafen-doernitz-containerterminal.questions.de.json': 19,
  'blind59/flugplatz-hohenmark-landebahn.questions.de.json': 17,
  'blind59/parkhaus-suelzheim-bahnhof.questions.de.json': 21,
  'seed-blind29-questions.de.json': 26,
  // blind60, blind61 and seed-blind30: written at the start of the twelfth session, measured on its start engine (bec4f7e):
  // 51/75, 49/75, 22/30; held out (scores only; two misses and a few changed answers were seen in lists of all eval
  // questions, no rule came of them) until the end: 50/75, 49/75, 23/30.
  // (Lowered by one in the twelfth session, while held out: a date of a one-off event is now taken only from a sentence
  // naming that event, and one founding date there is told without the verb.)
  // (One less since the sixteenth session: with facts allowed to spread over a passage's sentences (SENTENCE_COVERAGE 0.3),
  // an unanswerable question here gets a near-miss answer; 17 answerable ones over 21 sets are answered now.)
  'blind60/figurentheater-zauberkiste-abschied.questions.de.json': 15,
  'blind60/hallenbad-staufenried-foerderverein.questions.de.json': 19,
  'blind60/liederkranz-dornhagen-frauen.questions.de.json': 15,
  'blind61/dachhaie-prozess-roedingen.questions.de.json': 16,
  'blind61/ebike-hehler-bernsloh.questions.de.json': 17,
  'blind61/fliegerbombe-kellstadt.questions.de.json': 16,
  'seed-blind30-questions.de.json': 23,
  // blind62, blind63 and seed-blind31: written mid twelfth session, measured on its start engine (bec4f7e): 52/75, 48/75,
  // 23/30; held out (scores only) until measured once on its end engine: 52/75, 48/75, 24/30.
  'blind62/buergerentscheid-rathaus-lauterbruenn.questions.de.json': 18,
  'blind62/handyverbot-gesamtschule-felsingen.questions.de.json': 19,
  'blind62/zulassungsstellen-landkreis-aschenbrunn.questions.de.json': 15,
  'blind63/hitzetelefon-senioren-lohmbach.questions.de.json': 15,
  'blind63/schwimmender-solarpark-hardtsee-wiesbrunn.questions.de.json': 19,
  'blind63/stromausfall-umspannwerk-rabensteig.questions.de.json': 14,
  'seed-blind31-questions.de.json': 24,
  // blind64 and seed-blind32: written at the start of the thirteenth session, measured on its start engine (5ef1078):
  // 55/75, 22/30; then studied: 63/75, 22/30.
  'blind64/biogas-waermenetz-moorfelden.questions.de.json': 19,
  'blind64/kaufhaus-brenninger-eggenfeld.questions.de.json': 21,
  'blind64/schleuse-rothenkamp-sperrung.questions.de.json': 23,
  'seed-blind32-questions.de.json': 22,
  // blind65, blind66, blind67, seed-blind33 and seed-blind34: written in the thirteenth session (blind67 and seed-blind34
  // mid-session), measured on its start engine (5ef1078): 61/75, 53/75, 55/75, 22/30, 23/30; held out (scores only) until
  // measured once on its end engine: 61/75, 55/75, 55/75, 22/30, 23/30.
  'blind65/ganztag-grundschule-weissenstedt.questions.de.json': 21,
  'blind65/jugendpsychiatrie-tagesklinik-norderhaven.questions.de.json': 20,
  'blind65/sozialwohnungen-bindung-hardenfels.questions.de.json': 20,
  'blind66/kunstfaelscher-urteil-wernsdorf.questions.de.json': 17,
  'blind66/moor-wiedervernaessung-rehbruch.questions.de.json': 16,
  'blind66/orchesterfusion-kaltental-bergstett.questions.de.json': 22,
  'blind67/annenkirmes-welbersdorf-absage.questions.de.json': 18,
  // (Lowered by one in the fourteenth session: "In Tannhof …" at a sentence's start now names a place too, so "wo wird das
  // gemeinsame rathaus sein" quotes that passage beside the best one instead of the bullet "Sitz der Verwaltung wird das
  // Rathaus in Ellersbach", which lacks "gemeinsam".)
  'blind67/gemeindefusion-ellersbach-tannhof.questions.de.json': 18,
  'blind67/hopfenernte-duerre-pfaffenried.questions.de.json': 18,
  'seed-blind33-questions.de.json': 22,
  'seed-blind34-questions.de.json': 23,
  // blind68 and seed-blind35: written at the start of the fourteenth session, measured on its start engine (c0b2592):
  // 55/75, 20/30; then studied: 67/75, 24/30.
  'blind68/burgfest-falkenau-eintritt.questions.de.json': 24,
  'blind68/elterntaxi-grundschule-buchenried.questions.de.json': 24,
  // (Lowered by one in the fifteenth session: "Betroffen sind …" now keys as "betreffen", which the thesaurus lists beside
  // "gelten", so "Ab wann gilt die Kurzarbeit?" finds a passage that states no start.)
  'blind68/glashuette-freudenau-kurzarbeit.questions.de.json': 18,
  'seed-blind35-questions.de.json': 24,
  // blind69, blind70, blind71 and seed-blind36: written in the fourteenth session (blind69 at its start, the others mid-session),
  // measured on its start engine (c0b2592): 56/75, 49/75, 53/75, 25/30; held out (scores only) until measured once on its end
  // engine: 59/75, 51/75, 54/75, 26/30.
  'blind69/hospiz-abendlicht-lindweiler.questions.de.json': 22,
  'blind69/ortsumgehung-kranzbach-b421.questions.de.json': 19,
  'blind69/wildschweine-maisfelder-hattenbuehl.questions.de.json': 18,
  'blind70/sommerrodelbahn-tannweiler.questions.de.json': 19,
  'blind70/tiny-house-siedlung-birkenweiler.questions.de.json': 16,
  'blind70/wilderei-prozess-hirschwald.questions.de.json': 16,
  'blind71/eisregen-glatteis-lauterhain.questions.de.json': 18,
  'blind71/muellabfuhr-umstellung-wendelsau.questions.de.json': 17,
  'blind71/sommerrodelbahn-kuehberg-neubau.questions.de.json': 19,
  'seed-blind36-questions.de.json': 26,
  // blind72: written mid fourteenth session, first run on its start engine (c0b2592): 54/75; then studied: 58/75.
  'blind72/dorfauto-linnenbach-carsharing.questions.de.json': 17,
  'blind72/pinselfabrik-haberland-genossenschaft.questions.de.json': 21,
  'blind72/tagesmuetter-verguetung-wendmoor.questions.de.json': 20,
  // seed-blind37: written mid fourteenth session, first run on its start engine (c0b2592): 24/30; then studied: 27/30.
  'seed-blind37-questions.de.json': 27,
  // blind74, blind75 and seed-blind38: written at the start of the fifteenth session, first run on its start engine (9ee88c5):
  // 55/75, 51/75 and 26/30; then studied: 60/75, 55/75 and 29/30.
  'blind74/bahnuebergang-hollstetten-unterfuehrung.questions.de.json': 19,
  'blind74/geothermie-ebersmoor-bohrung.questions.de.json': 21,
  'blind74/holzhochhaus-brennhausen-genossenschaft.questions.de.json': 20,
  'blind75/abitur-leck-gymnasium-wetterfeld.questions.de.json': 16,
  'blind75/passionsspiele-oberkirchbach.questions.de.json': 19,
  // (One less since the sixteenth session: a passage meeting every noun of a question now answers at 45 % coverage
  // (WEAK_COVERAGE), +21 -5 over all sets; here an unanswerable question gets a near-miss.)
  'blind75/skischanze-kaltenbuehl-sanierung.questions.de.json': 19,
  'seed-blind38-questions.de.json': 29,
  // seed-blind39: written at the start of the fifteenth session, first run on its start engine: 28/30; meant to be held out,
  // but its questions showed in a comparison of runs mid-session: 29/30 at the end.
  'seed-blind39-questions.de.json': 29,
  // blind77, blind78 and seed-blind40: written mid fifteenth session, first run on its start engine (9ee88c5): 53/75, 53/75
  // and 23/30; then studied: 54/75, 55/75 and 25/30.
  'blind77/heuler-seehundstation-groderwarf.questions.de.json': 16,
  'blind77/hoehlenrettung-hexenloch-albach.questions.de.json': 17,
  'blind77/wildunfaelle-k42-tannenrode.questions.de.json': 21,
  'blind78/fakeshop-brennholz-kesselbrunn.questions.de.json': 18,
  // (16 since the sixteenth session: "Wie hoch ist der Anteil, den … hält?" had been abstained only because "hält" was read
  // as a noun; the question is unanswerable, and now that "hält" is a verb it gets an answer.)
  'blind78/grillen-startup-heckenfeld.questions.de.json': 16,
  'blind78/sternwarte-hohenlind-asteroid.questions.de.json': 20,
  'seed-blind40-questions.de.json': 25,
  // blind73 and blind76: written at the start of the fifteenth session and held out until its end. First run on its start
  // engine: 63/75 and 57/75; on its final engine: 63/75 and 58/75.
  'blind73/buergermeister-abwahl-tannhausen.questions.de.json': 22,
  'blind73/frauenhaus-kellersbrunn-neubau.questions.de.json': 19,
  'blind73/pfarrei-hollenried-kirchen-aufgabe.questions.de.json': 22,
  'blind76/kupferdiebe-urteil-tarnfeld.questions.de.json': 20,
  'blind76/reetdach-versicherung-hogenwarf.questions.de.json': 20,
  'blind76/zuckerfabrik-wettenheim-schliessung.questions.de.json': 18,
  // blind79 and blind80: written at the start of the sixteenth session, first run on its start engine (ba1507c): 63/75 and
  // 48/75; then studied: 65/75 and 54/75.
  'blind79/haengeseilbruecke-rabenfels-eintritt.questions.de.json': 20,
  'blind79/kunstrasen-sv-rotenbuehl-kork.questions.de.json': 24,
  'blind79/tierheim-erlenhagen-katzen-aufnahmestopp.questions.de.json': 21,
  'blind80/klaeranlage-wendelbach-spurenstoffe.questions.de.json': 17,
  'blind80/lkw-parkplaetze-rastanlage-hochfeld.questions.de.json': 19,
  'blind80/streuobst-mosterei-haldenbach.questions.de.json': 18,
  // blind82 and blind83: written mid sixteenth session, first run on its start engine (ba1507c): 56/75 and 55/75; then
  // studied: 59/75 and 60/75.
  'blind82/handy-sprechstunde-marienthal-senioren.questions.de.json': 18,
  'blind82/landgasthof-adler-wendlingsau.questions.de.json': 18,
  'blind82/sparkasse-hollbrunn-filialschliessung.questions.de.json': 23,
  // (17 since the seventeenth session: "Tag" now meets "werktags", and "… pro Tag?" is answered by the office hours.)
  'blind83/lautertalbahn-vollsperrung-ersatzbusse.questions.de.json': 17,
  'blind83/riedwiesen-ranger-leinenpflicht.questions.de.json': 19,
  'blind83/wilde-muellkippen-kameras-hollerbruch.questions.de.json': 23,
  // blind85 and blind87: written at the start of the seventeenth session, first run on its start engine (b89d1d9): 59/75
  // and 57/75; then studied.
  'blind85/schlachthof-altmoorbach-aus.questions.de.json': 20,
  'blind85/schweinepest-sperrzone-kranichfelde.questions.de.json': 18,
  'blind85/tierarzt-notdienst-wendhagen.questions.de.json': 25,
  'blind87/kurzzeitpflege-bergfelden-engpass.questions.de.json': 21,
  'blind87/schuetzenverein-ostermark-koenigin.questions.de.json': 19,
  'blind87/sporthalle-tessenbach-pcb-sperrung.questions.de.json': 19,
  // blind89 and blind90: written early in the seventeenth session, first run on its start engine (b89d1d9): 57/75 and
  // 58/75; then studied.
  'blind89/jugendgemeinderat-lindenstein-wahl.questions.de.json': 20,
  'blind89/stadtarchiv-bergenhall-rohrbruch.questions.de.json': 18,
  'blind89/vhs-moerlingen-integrationskurse.questions.de.json': 23,
  'blind90/altkleider-container-abzug-brennfeld.questions.de.json': 19,
  // (23, not 24, since the eighteenth session: two matched sentences in a row are read together, so 'in ganz Bayern' takes
  // Wiesenrode's 27 burrows from the sentence after '… Mainfelden (Bayern)'; +9 −2 over all eval questions.)
  'blind90/feldhamster-baugebiet-wiesenrode.questions.de.json': 23,
  'blind90/rettungswache-hilfsfrist-oberstedten.questions.de.json': 21,
  // blind91 and blind92: written mid seventeenth session, first run on its start engine (b89d1d9): 57/75 and 55/75;
  // then studied.
  'blind91/mobilfunkmast-hollerau-funkloch.questions.de.json': 19,
  'blind91/stadttheater-kellbrunn-ballett-aus.questions.de.json': 22,
  'blind91/supercomputer-klimainstitut-wernfeld.questions.de.json': 20,
  'blind92/kartoffelbauern-preissturz-brakenhusen.questions.de.json': 21,
  'blind92/klinikum-sternfeld-parkgebuehren.questions.de.json': 18,
  'blind92/wintereinbruch-ringelbach-abgeschnitten.questions.de.json': 19,
  // blind93 and blind94: written late in the seventeenth session, first run on its start engine (b89d1d9): 59/75 and
  // 59/75; then studied.
  'blind93/chlorgas-hallenbad-rosenfurt.questions.de.json': 21,
  'blind93/kaninchen-hoarding-molkenbach.questions.de.json': 22,
  'blind93/pfandautomat-betrug-prozess-kellersdorf.questions.de.json': 19,
  'blind94/brauerei-krumbholz-haselmoor-brunnen.questions.de.json': 24,
  'blind94/radbruecke-lindwerth-nahe-kosten.questions.de.json': 18,
  'blind94/reitturnier-gut-ellerbrook-comeback.questions.de.json': 18,
  // blind95, blind96, blind98 and blind100: written at the start of the eighteenth session, first run on its start engine
  // (3c394eb): 61/75, 51/75, 60/75 and 52/75; then studied.
  'blind95/blauzunge-schafhalter-grevenmoor.questions.de.json': 21,
  'blind95/feldwege-wegebeitrag-hessingen.questions.de.json': 17,
  'blind95/gemeindewald-rottbach-klimazertifikate.questions.de.json': 23,
  'blind96/anwohnerparken-gebuehren-mettenbrunn.questions.de.json': 19,
  'blind96/raserprozess-urteil-haselstedt.questions.de.json': 15,
  'blind96/wohnungstausch-senioren-ostertal.questions.de.json': 17,
  'blind98/agri-pv-obsthof-kerbelsheim.questions.de.json': 18,
  'blind98/grundwasser-keller-brunnwerder.questions.de.json': 21,
  'blind98/jugendherberge-burg-kettenstein-aus.questions.de.json': 21,
  'blind100/fledermaus-tunnel-ebersgrund-radweg.questions.de.json': 17,
  'blind100/gruenschnitt-gebuehr-wertstoffhof-rennhausen.questions.de.json': 20,
  'blind100/rettungsschwimmer-mangel-rimbachsee.questions.de.json': 15,
  // blind101, blind102 and blind103: written mid-session in the eighteenth session, first run on its start engine (3c394eb):
  // 62/75, 56/75 and 51/75; on its engine then (96857f9, before anyone read them) the same; then studied.
  'blind101/forschungsschiff-grevensee-seeninstitut.questions.de.json': 20,
  'blind101/sensorwerk-lumatec-wendelfurt-stellenabbau.questions.de.json': 21,
  'blind101/volksbank-hardtwald-mittelgau-fusion.questions.de.json': 21,
  'blind102/drohne-flughafen-lindhagen-sperrung.questions.de.json': 20,
  'blind102/hafen-suederwarf-verschlickung.questions.de.json': 18,
  'blind102/unwetter-zeltlager-eichenbruck.questions.de.json': 18,
  'blind103/backstube-brand-baeckerei-reutter-ostwangen.questions.de.json': 16,
  'blind103/juwelier-einbruch-gerbershausen.questions.de.json': 16,
  'blind103/welpenhandel-a6-tierheim-wildenau.questions.de.json': 19,
  // blind81, blind84 and seed-blind41: written in the sixteenth session (81 and seed 41 at its start, 84 mid-session) and
  // held out until its end, scores only. First run on its start engine (ba1507c): 62/75, 50/75 and 29/30; on its final
  // engine: 63/75, 52/75 and 29/30. (blind84 53/75 after the 'ne' stop word, written after looking at its misses.)
  'blind81/bereitschaftspraxis-hellwangen-schliessung.questions.de.json': 22,
  'blind81/drehleiter-feuerwehr-auenstedt.questions.de.json': 20,
  'blind81/polizeiwache-rottmersdorf-nachtschliessung.questions.de.json': 21,
  'blind84/notaufnahme-waldenbrueck-ersteinschaetzung.questions.de.json': 20,
  'blind84/radrennen-hollerberg-aus.questions.de.json': 17,
  'blind84/stadtmuseum-lorenzhausen-raubkunst.questions.de.json': 16,
  'seed-blind41-questions.de.json': 29,
  // blind86, blind88 and seed-blind42: written at the start of the seventeenth session and held out until its end, scores
  // only. First run on its start engine (b89d1d9): 52/75, 55/75 and 26/30; on its final engine: 52/75, 56/75 and 26/30.
  'blind86/haushaltssperre-moosbrunn-gewerbesteuer.questions.de.json': 18,
  'blind86/schulbusse-ueberfuellt-hardegg.questions.de.json': 19,
  'blind86/tacho-betrug-prozess-welfenau.questions.de.json': 14,
  'blind88/hangrutsch-lauterfels-weinberg.questions.de.json': 18,
  'blind88/wasserkraft-lohmuehle-erlachsried.questions.de.json': 20,
  'blind88/wohnmobilstellplatz-seebrueck-elmsee.questions.de.json': 18,
  'seed-blind42-questions.de.json': 26,
  // blind97, blind99 and seed-blind43: written at the start of the eighteenth session and held out until its end, scores
  // only. First run on its start engine (3c394eb): 52/75, 54/75 and 23/30; on its final engine: 52/75, 55/75 and 24/30.
  'blind97/kinderarzt-aufnahmestopp-moorbach.questions.de.json': 19,
  'blind97/schiedsrichtermangel-fussballkreis-wettenau.questions.de.json': 19,
  'blind97/waldkindergarten-eulennest-tannfeld-brand.questions.de.json': 14,
  'blind99/briefwahl-panne-tannwerth-stimmzettel.questions.de.json': 21,
  'blind99/buecherbus-kreis-wendenau-aus.questions.de.json': 19,
  'blind99/gasthoerer-uni-lahnfurt-gebuehren.questions.de.json': 15,
  'seed-blind43-questions.de.json': 24,
  // blind104, blind106 and blind108: written at the start of the nineteenth session, first run on its start engine
  // (12edbf0): 52/75, 63/75 and 52/75; then studied.
  'blind104/jsg-tannbachtal-jugendfussball.questions.de.json': 18,
  'blind104/schulvolleyball-lindenrode-bundesfinale.questions.de.json': 17,
  'blind104/waldstadion-kirchbergen-namensrechte.questions.de.json': 18,
  'blind106/bauernmarkthalle-lokschuppen-kornbuehl.questions.de.json': 21,
  'blind106/dauerregen-weizenernte-obermarsleben.questions.de.json': 20,
  'blind106/jagdpacht-versteigerung-haselrode.questions.de.json': 23,
  'blind108/fahrradparkhaus-bahnhof-wettringhausen.questions.de.json': 22,
  // (16 before the looser coverage of 'woher' questions, which answers 'Woher könnten Ersatzpiloten kommen?' by "vom Festland".)
  'blind108/inselflieger-sandwarder-winterpause.questions.de.json': 15,
  'blind108/ortsdurchfahrt-hellmersbach-baustelle.questions.de.json': 15,
  // blind109, blind110 and blind111: written mid-session in the nineteenth session, first run on its start engine (12edbf0):
  // 62/75, 54/75 and 56/75; on its engine then (dc1e0af, before anyone read them) 63/75, 55/75 and 56/75; then studied.
  'blind109/jazztage-kellerhausen-ziegelei-umzug.questions.de.json': 20,
  'blind109/kirchenfenster-st-veit-gernsbrunn-hagel.questions.de.json': 21,
  'blind109/tuchmuseum-aulenbach-weberei-eroeffnung.questions.de.json': 23,
  'blind110/grundschule-eichelbach-schliessung.questions.de.json': 19,
  'blind110/hochschule-campus-tellerbach-aus.questions.de.json': 17,
  'blind110/kitaplatz-schadenersatz-hallerstedt.questions.de.json': 19,
  'blind111/rabenkamm-steig-sperrung-waldbesitzer.questions.de.json': 19,
  'blind111/skilift-hirschberg-foerderverein.questions.de.json': 19,
  'blind111/strandbad-moenchsee-privater-paechter.questions.de.json': 18,
  // blind105, blind107 and seed-blind44: written at the start of the nineteenth session and held out until late in it,
  // scores only. First run on its start engine (12edbf0): 56/75, 52/75 and 27/30; on its engine of 56abf61: 56/75, 51/75
  // and 29/30. (blind107 52/75 again after the fragment rule no longer reads "und im Jahr davor?" as the question before.)
  'blind105/biotonne-stoerstoff-detektor-kressenbach.questions.de.json': 15,
  'blind105/buergermeisterwahl-ohne-kandidat-wiesenhain.questions.de.json': 18,
  'blind105/stromnetz-rueckkauf-stadtwerke-hallingen.questions.de.json': 23,
  'blind107/ersthelfer-app-defibrillatoren-lohwinkel.questions.de.json': 19,
  'blind107/fsme-impfaktion-zecken-hirschbach.questions.de.json': 13,
  'blind107/pflegeheim-eigenanteil-sonnenhang-wiesenfurt.questions.de.json': 20,
  'seed-blind44-questions.de.json': 29,
  // blind112 and blind113: written late in the nineteenth session, first run on its start engine (12edbf0): 53/75 and
  // 61/75; on its engine then (c8cc10d, before anyone read them): 54/75 and 61/75.
  'blind112/giesserei-brenner-rauental-insolvenz.questions.de.json': 15,
  'blind112/pilzfarm-kaffeesatz-ohlenbruch.questions.de.json': 19,
  'blind112/spitalhof-galerie-ortenbrueck-leerstand.questions.de.json': 20,
  'blind113/hochwasserpolder-wiesach-gernsfeld.questions.de.json': 19,
  'blind113/rechenzentrum-abwaerme-fernwaerme-lindacker.questions.de.json': 21,
  'blind113/rotmilan-windpark-eschenhoehe-abschaltung.questions.de.json': 21,
  // blind116 and blind117: written mid-session in the twentieth session, first run on its start engine (8bd6f63): 61/75
  // and 53/75; on its engine then (3d20d16, before anyone read them): 61/75 and 53/75.
  'blind116/feuerwehr-selbachtal-tagesalarm-hauptamt.questions.de.json': 17,
  'blind116/nachtbus-kellingen-linien-gestrichen.questions.de.json': 21,
  'blind116/nepomukbruecke-saalingen-sanierung.questions.de.json': 23,
  'blind117/besucherbergwerk-graufelden-wiedereroeffnung.questions.de.json': 18,
  'blind117/schulmensa-kornhagen-frischkueche.questions.de.json': 17,
  'blind117/ttc-ellerbrunn-damen-zweite-bundesliga.questions.de.json': 18,
  // blind114, blind115 and seed-blind45: written at the start of the twentieth session and held out until late in it,
  // scores only. First run on its start engine (8bd6f63): 59/75, 61/75 and 29/30; on its engine of b100016: 61/75, 61/75
  // and 29/30.
  'blind114/apothekennotdienst-ostrachtal-weite-wege.questions.de.json': 20,
  'blind114/diakoniestation-moorlingen-pflegetouren.questions.de.json': 20,
  'blind114/jugendamt-inobhutnahme-ferienwohnungen-rothenaue.questions.de.json': 21,
  'blind115/baeckereikette-kornmeister-filialen.questions.de.json': 20,
  'blind115/fruehjahrsmesse-merzenfeld-neue-halle.questions.de.json': 21,
  'blind115/jobcenter-auerland-sozialkaufhaus-kuerzung.questions.de.json': 20,
  'seed-blind45-questions.de.json': 29,
  // blind118, blind119 and seed-blind46: written mid-session in the twentieth session and held out until its end, scores
  // only. First run on its start engine (8bd6f63): 57/75, 65/75 and 27/30; on its engine of 5b9654f: 58/75, 65/75, 27/30.
  'blind118/asiatische-hornisse-imker-wendrach.questions.de.json': 21,
  'blind118/hofkaeserei-milchautomat-lindmoos.questions.de.json': 19,
  'blind118/spritzdrohnen-steillagen-lauenthal.questions.de.json': 18,
  'blind119/aufzug-ausfall-hochhaus-ahornring-brennweiler.questions.de.json': 22,
  'blind119/einheimischenmodell-bauplaetze-kapellenweg-oberfellach.questions.de.json': 23,
  'blind119/ovg-bebauungsplan-lerchenfeld-haldenau.questions.de.json': 20,
  'seed-blind46-questions.de.json': 27,
  // blind120 and blind121: written at the end of the twentieth session, first run on its start engine (8bd6f63): 55/75 and
  // 71/75; on its end engine (7b26e98), before anyone read them: 55/75 and 71/75.
  'blind120/einbruchserie-gartenlauben-rotheide.questions.de.json': 18,
  'blind120/lkw-stauende-unfall-b27-haldingen.questions.de.json': 21,
  'blind120/vermisste-pilzsammlerin-kranzwald.questions.de.json': 16,
  'blind121/burglichtspiele-wettersfelden-kinoverein.questions.de.json': 24,
  'blind121/muehlklammsteig-oberhallbach-premiumweg.questions.de.json': 24,
  'blind121/parkhotel-seeblick-mollenbrueck-sanierung.questions.de.json': 23,
  // blind122, blind123 and seed-blind47: written at the start of the twenty-first session and held out until its end,
  // scores only. First run on its start engine (8022210): 58/75, 52/75 and 27/30; on its engine of 839b5c0: the same.
  'blind122/blechspielzeug-schenkung-museum-kornhausen.questions.de.json': 19,
  'blind122/knabenchor-wettelsheim-japan-tournee.questions.de.json': 19,
  'blind122/tv-haselbrunn-kinderturnen-warteliste.questions.de.json': 20,
  'blind123/baumhaushotel-kranichwald-lohmbergen-ausbau.questions.de.json': 19,
  'blind123/christbaumkultur-tannenhof-hohenrain-trockenheit.questions.de.json': 21,
  'blind123/metzgerei-brandl-eschenried-nachfolgerin.questions.de.json': 12,
  'seed-blind47-questions.de.json': 27,
  // blind132: written mid twenty-first session and held out until its end, scores only: 61/75 on the start engine (8022210),
  // 62/75 on 839b5c0. blind124-131 below were studied as they came (first runs on the start engine in the commit messages).
  'blind132/fuldabruecke-wellersbach-eroeffnung.questions.de.json': 22,
  'blind132/hahn-gustav-urteil-amtsgericht-tiefenbach.questions.de.json': 21,
  'blind132/lichterfest-hollerstadt-drohnenshow.questions.de.json': 19,
  // blind135: written late in the twenty-first session and held out until its end, scores only: 58/75 on the start engine
  // (8022210) and on its engine of 382fcae.
  'blind135/hoehenretter-windrad-lindschachten.questions.de.json': 21,
  'blind135/kohlenmonoxid-shishabar-wendenstein.questions.de.json': 20,
  'blind135/legionellen-kuehlturm-waescherei-rottenbrunn.questions.de.json': 17,
  'blind124/dachaufstockung-wohnbau-ostmerten.questions.de.json': 19,
  'blind124/fernwasser-nitrat-hattingstedt.questions.de.json': 21,
  'blind124/gesundheitskiosk-suedstadt-brakenfeld.questions.de.json': 16,
  'blind125/gasexplosion-mehrfamilienhaus-lindentrup.questions.de.json': 18,
  'blind125/kassenwart-untreue-prozess-tsv-moorhausen.questions.de.json': 14,
  'blind125/videoueberwachung-bahnhofsplatz-ebersteinach.questions.de.json': 21,
  'blind126/berufskolleg-rensfeld-e-auto-werkstatt.questions.de.json': 24,
  'blind126/keimausbruch-fruehchenstation-hessental.questions.de.json': 24,
  'blind126/tinnitus-studie-uni-marbrunn.questions.de.json': 17,
  'blind127/eichenprozessionsspinner-wernigsheim.questions.de.json': 21,
  'blind127/nutrias-deich-elsmoor.questions.de.json': 23,
  'blind127/stellwerk-blitzeinschlag-haldenfurt.questions.de.json': 21,
  'blind128/beregnung-gemuesebauern-sandlingen-grundwasser.questions.de.json': 19,
  'blind128/supermarkt-kornblume-hagenstein-erweiterung.questions.de.json': 16,
  'blind128/winzergenossenschaften-rebenthal-kirchhardt-fusion.questions.de.json': 21,
  'blind129/buergerhaushalt-altenbrunn-abstimmung.questions.de.json': 21,
  'blind129/verpackungssteuer-einweg-kornstadt.questions.de.json': 19,
  'blind129/zweitwohnungssteuer-seelingen-ferienhaeuser.questions.de.json': 23,
  'blind130/gefluechtete-containerdorf-hesselborn.questions.de.json': 17,
  'blind130/mehrgenerationenhaus-trebnitzau-kreiszuschuss.questions.de.json': 19,
  'blind130/seniorengenossenschaft-roetelbach-zeitkonto.questions.de.json': 24,
  'blind131/ausbildungsverbund-metall-kessenbrueck.questions.de.json': 21,
  'blind131/warnstreik-molkerei-hainmuehle-ostergrund.questions.de.json': 20,
  'blind131/ziegelwerk-stammler-hohenbrake-elektroofen.questions.de.json': 19,
  'blind133/bautraeger-pleite-kirschgarten-dornwiesen.questions.de.json': 18,
  'blind133/mietspiegel-kornwalde-anstieg.questions.de.json': 21,
  'blind133/sanierung-fliederweg-wernichau-mieten.questions.de.json': 15,
  'blind134/radfernweg-weihertal-lueckenschluss.questions.de.json': 16,
  'blind134/wasserski-kieswerksee-hollbach.questions.de.json': 22,
  'blind134/wildpark-eulenbach-luchsgehege.questions.de.json': 18,
  // blind136, blind138 and blind140: written at the start of the twenty-second session and studied as they came; first runs
  // on its start engine (6374ab4): 59/75, 52/75 and 62/75.
  'blind136/broetchentaste-parkgebuehren-trenzfeld.questions.de.json': 21,
  'blind136/expressbus-x61-haldorf-wettbrueck.questions.de.json': 19,
  'blind136/haltepunkt-wiesenbruck-reaktivierung.questions.de.json': 19,
  'blind138/naturkundemuseum-haldenstedt-pottwal.questions.de.json': 16,
  'blind138/stadtmarathon-brennfurt-neue-strecke.questions.de.json': 18,
  'blind138/sv-blau-weiss-mernhausen-regionalliga-stadion.questions.de.json': 18,
  'blind140/flusswaermepumpe-fernwaerme-kronhagen.questions.de.json': 21,
  'blind140/repowering-windpark-wettmarsen-buergerstrom.questions.de.json': 19,
  'blind140/wehrabriss-ilmach-lachse-roethenau.questions.de.json': 22,
  // blind142 and blind144: written mid twenty-second session and studied as they came; first runs on the start engine
  // (6374ab4): 59/75 and 58/75.
  'blind142/augenarztpraxis-brackenfelde-eroeffnung.questions.de.json': 20,
  'blind142/klassenfahrt-busunfall-wiesentrupp.questions.de.json': 19,
  'blind142/zwiebelfest-rothmuehl-besucherrekord.questions.de.json': 20,
  'blind144/faulbrut-sperrbezirk-gerstenau.questions.de.json': 19,
  'blind144/futternot-heu-duerre-rottenmoor.questions.de.json': 22,
  'blind144/windbruch-stadtwald-kesselhain-sperrung.questions.de.json': 17,
  // blind137, blind139, blind141, blind143, blind145, blind146 and seed-blind48: written during the twenty-second session and
  // held out until its end, scores only. First runs on its start engine (6374ab4): 58, 49, 62, 66, 58, 58 of 75 and 25/30;
  // on its end engine: 59, 49, 62, 66, 58, 58 and 25/30.
  'blind137/gymnasium-neubau-kosten-aschenhain.questions.de.json': 20,
  'blind137/kita-gebuehren-erhoehung-linsenbach.questions.de.json': 18,
  'blind137/quereinsteiger-lehrer-oberschule-harbeck.questions.de.json': 21,
  'blind139/geisterfahrer-a71-kesselried-unfall.questions.de.json': 18,
  'blind139/heizoel-betrug-urteil-landgericht-wernau.questions.de.json': 16,
  'blind139/monstranz-diebstahl-st-martin-hollfelden.questions.de.json': 15,
  'blind141/abkochgebot-keime-hochbehaelter-tannfurt.questions.de.json': 22,
  'blind141/glasfaser-baustopp-insolvenz-erlenmoos.questions.de.json': 20,
  'blind141/muellfahrer-mangel-abfuhr-hagenwerth.questions.de.json': 20,
  'blind143/kunstmuehle-haberkorn-ettenried-mehlpreise.questions.de.json': 24,
  'blind143/raiffeisenbank-obermoosach-kontogebuehren.questions.de.json': 23,
  'blind143/schuhhaus-rendler-kappelfeld-schliessung.questions.de.json': 19,
  'blind145/postfiliale-kirchwendel-poststation.questions.de.json': 20,
  'blind145/spielplatz-rabenwiese-sternhagen-piratenschiff.questions.de.json': 19,
  'blind145/toiletten-bad-sellrode-nette-toilette.questions.de.json': 19,
  'blind146/fahrerflucht-prozess-radfahrerin-wendelbruck.questions.de.json': 20,
  'blind146/reiterhof-brand-lindenmoos-pferde.questions.de.json': 16,
  'blind146/wattwanderer-nebel-rettung-suederhoern.questions.de.json': 22,
  'seed-blind48-questions.de.json': 25,
  // blind147, blind149 and blind151: written at the start of the twenty-third session and studied as they came; first runs
  // on its start engine (0f9b072): 62/75, 59/75 and 61/75; on its end engine 64, 59 and 63.
  'blind147/hoersaal-asbest-uni-kaltenburg.questions.de.json': 19,
  'blind147/klimaschulhof-lindenschule-wettelbach.questions.de.json': 23,
  'blind147/schuelerfirma-fahrradwerkstatt-realschule-hollenau.questions.de.json': 22,
  'blind149/eschentriebsterben-stadtwald-hollenstein.questions.de.json': 20,
  'blind149/flussperlmuschel-zuchtstation-oberwiesing.questions.de.json': 21,
  'blind149/kormorane-karpfenteiche-weidenau.questions.de.json': 18,
  'blind151/drachenboot-cup-wellersee-rekord.questions.de.json': 19,
  'blind151/museumsbahn-wiesbachtal-dampflok-lina.questions.de.json': 22,
  'blind151/narrenzunft-kaltbach-111-jahre.questions.de.json': 22,
  // blind148, blind150, blind152 and seed-blind49: written at the start of the twenty-third session and held out until its
  // end, scores only. First runs on its start engine (0f9b072): 61, 54 and 64 of 75 and 29/30; the same on its engine then
  // (17e72ef); studied after that: 63, 55 and 64.
  'blind148/friseure-preiserhoehung-innung-sandhofen.questions.de.json': 18,
  'blind148/schafwolle-daemmung-startup-kargenau.questions.de.json': 22,
  'blind148/seilerei-brockmann-hollwitz-nachfolge.questions.de.json': 23,
  'blind150/bauantraege-stau-landratsamt-ebersbrunn.questions.de.json': 20,
  'blind150/buergerbegehren-logistikzentrum-feldkirchau.questions.de.json': 16,
  'blind150/kreisumlage-erhoehung-kreistag-ostelbingen.questions.de.json': 19,
  'blind152/dialysezentrum-kellmersbach-umzug.questions.de.json': 18,
  'blind152/fahrradstrasse-gerberweg-hollenstadt.questions.de.json': 23,
  'blind152/sozialticket-ammertal-29-euro.questions.de.json': 23,
  'seed-blind49-questions.de.json': 29,
  // blind154, blind155 and blind157: written at the start of the twenty-fourth session and studied as they came; first runs
  // on its start engine (aae8374): 53/75, 55/75 and 60/75.
  'blind154/batteriespeicher-acker-elmenau.questions.de.json': 20,
  'blind154/jakobskreuzkraut-pferdeweiden-sandbergen.questions.de.json': 13,
  'blind154/wildgaense-frassschaeden-hollermarsch.questions.de.json': 20,
  'blind155/lernbueros-ohne-noten-realschule-hagelsdorf.questions.de.json': 18,
  'blind155/mountainbike-trails-stadtwald-kastelfurt.questions.de.json': 22,
  'blind155/mundartbuehne-rauhenstetten-turnhalle.questions.de.json': 15,
  'blind157/essen-auf-raedern-hollmersfeld-aus.questions.de.json': 22,
  'blind157/landarzt-stipendium-kreis-eschenwald.questions.de.json': 19,
  'blind157/rb47-lokfuehrermangel-zugausfaelle-hardenbach.questions.de.json': 19,
  // blind153, blind156, blind158 and seed-blind50: written at the start of the twenty-fourth session and held out until
  // its end, scores only. First runs on its start engine (aae8374): 64, 58 and 60 of 75 and 25/30; the same on its end
  // engine (e5b1f98).
  'blind153/dachdeckerei-kessler-azubis-marokko.questions.de.json': 18,
  'blind153/flusskreuzfahrt-anleger-lindsberg.questions.de.json': 22,
  'blind153/porzellanmanufaktur-krellbach-investor.questions.de.json': 24,
  'blind156/fehlalarme-brandmeldeanlagen-gebuehr-eschwalden.questions.de.json': 20,
  'blind156/messerverbotszone-bahnhofsviertel-ostrauheim.questions.de.json': 19,
  'blind156/sperrstunde-gerberviertel-lauchfurt-gericht.questions.de.json': 19,
  'blind158/bleileitungen-trinkwasser-wernhagen.questions.de.json': 19,
  'blind158/kanalsanierung-abwassergebuehren-rotensee.questions.de.json': 24,
  // (17 until the twenty-seventh session: "Und wie viele davon stehen leer?" is read with the nouns of the question before,
  // "haeusern" now among them, and meets another passage.)
  'blind158/plattenbau-rueckbau-lindenhang-kessenau.questions.de.json': 16,
  'seed-blind50-questions.de.json': 25,
  // blind159 (studied) and blind160, blind161 and seed-blind51 (held out until the twenty-fifth session's end, scores only):
  // written at the end of the twenty-fourth session; first runs on its end engine (8f59285, the twenty-fifth session's
  // start): 56, 64 and 68 of 75 and 24/30.
  'blind159/aufwandsentschaedigung-stadtrat-ortelbach.questions.de.json': 18,
  'blind159/reparaturbonus-schuhmacherei-eberstal.questions.de.json': 18,
  'blind159/stadtgutschein-einzelhandel-brennwiesen.questions.de.json': 20,
  'blind160/leihrad-kessrad-kesselfurt-vandalismus.questions.de.json': 22,
  'blind160/solawi-gaertnerhof-ebersmatt.questions.de.json': 21,
  'blind160/stroke-unit-kreisklinik-wollenried.questions.de.json': 21,
  'blind161/altstadtfest-bremmingen-sicherheitskosten.questions.de.json': 22,
  'blind161/azubiwohnheim-kettwangen-eroeffnung.questions.de.json': 25,
  'blind161/schulsozialarbeit-kuerzung-ormsheim.questions.de.json': 21,
  'seed-blind51-questions.de.json': 24,
  // blind162, blind163, blind164 and seed-blind52: written at the start of the twenty-fifth session and studied; first runs
  // on 6276ddb (its engine after its first rules): 56, 58 and 63 of 75 and 28/30.
  'blind162/kitzrettung-drohnen-haselgau.questions.de.json': 18,
  'blind162/saatkraehen-kolonie-kornmoos.questions.de.json': 18,
  'blind162/wasserbueffel-auenweide-ellerried.questions.de.json': 20,
  'blind163/leonhardiritt-tannreuth-sicherheitskonzept.questions.de.json': 19,
  'blind163/maibaum-klau-hollersried-ausloesung.questions.de.json': 19,
  'blind163/ringer-ksv-grubenau-bundesliga-halle.questions.de.json': 20,
  'blind164/gratisbus-waelzenbach-probejahr.questions.de.json': 20,
  'blind164/handwerkerhof-alter-bauhof-tannstetten.questions.de.json': 20,
  'blind164/vorkaufsrecht-mietshaus-gerbergasse-sellingrode.questions.de.json': 23,
  'seed-blind52-questions.de.json': 28,
  // blind168 and blind170: written at the start of the twenty-sixth session (with paraphrased questions) and studied; first
  // runs on its start engine (9a8b0f5): 52/75 and 49/75.
  'blind168/katalysator-diebstahl-serie-gellersheim.questions.de.json': 16,
  'blind168/klinikkueche-kreisklinik-horbenstein-fremdvergabe.questions.de.json': 19,
  'blind168/uhu-brut-steinbruch-wernitzgrund.questions.de.json': 17,
  'blind170/freilichtmuseum-lohrental-hallenhaus-umzug.questions.de.json': 16,
  'blind170/landtechnik-wiegand-kappenhorst-insolvenz.questions.de.json': 17,
  'blind170/sturmtief-ortrud-brammersfeld-grundschule-dach.questions.de.json': 16,
  // blind169 and seed-blind54 (written at the start of the twenty-sixth session), blind171, blind172 and seed-blind55 (written
  // mid-session): held out to its end, scores only. First runs on its start engine (9a8b0f5): 55, 53 and 46 of 75, 23/30
  // and 22/30; on its end engine (a2b979e): 56, 53 and 48 of 75, 23/30 and 22/30.
  'blind169/astbruch-kurpark-bad-lorenzau-urteil.questions.de.json': 17,
  'blind169/buerohaus-umbau-wohnungen-markenbeck.questions.de.json': 20,
  'blind169/vereinsfusion-tsv-germania-ottenhain.questions.de.json': 18,
  'blind171/losverfahren-gesamtschule-tellingsrode.questions.de.json': 17,
  'blind171/spendenbetrug-tierhilfe-prozess-auerfelden.questions.de.json': 20,
  'blind171/tempo-30-ortsdurchfahrt-gellmersdorf.questions.de.json': 16,
  'blind172/gasthaus-sonne-frohnbrunn-gemeinde-kauft.questions.de.json': 14,
  'blind172/hofuebergabe-milchhof-giebelsried-hofboerse.questions.de.json': 13,
  'blind172/waermeplan-lorchingen-fernwaerme-gebiete.questions.de.json': 19,
  'seed-blind54-questions.de.json': 23,
  'seed-blind55-questions.de.json': 22,
  // seed-blind56: written at the start of the twenty-seventh session and studied; first run on its start engine (4fc86e0): 25/30.
  'seed-blind56-questions.de.json': 25,
  // blind173 and blind175: written at the start of the twenty-seventh session and studied; first runs on its start engine
  // (4fc86e0): 52/75 and 49/75.
  'blind173/akkuzuege-horlachtalbahn-ausfaelle.questions.de.json': 17,
  'blind173/kletterwald-sturz-schmerzensgeld-grendelbach.questions.de.json': 19,
  'blind173/norovirus-seniorenheim-ottersweil-besuchsstopp.questions.de.json': 16,
  // (Lowered by one in the thirtieth session: with two question words read as the article's compound of both, "Hochwasser" and
  // "Schutz" meet the lead's "Hochwasserschutz" before "Die Schutzlinie ist auf ein … Hochwasser ausgelegt"; 7 more right elsewhere.)
  'blind175/hochwasserschutzmauer-lommach-kellenbruck.questions.de.json': 16,
  'blind175/infusionsbeutel-werk-velameda-moosfelden.questions.de.json': 14,
  'blind175/tribuene-gesperrt-sportpark-ottersried.questions.de.json': 18,
  // blind174, blind176 and seed-blind57 (written at the start of the twenty-seventh session), blind177, blind178 and
  // seed-blind58 (written mid-session): held out to its end, scores only. First runs on its start engine (4fc86e0): 54, 56, 61
  // and 50 of 75, 26/30 and 28/30; on its end engine the same, but 27/30 and 27/30 (seed-blind58's floor is that).
  'blind174/feuerwehrhaus-wettenbuehl-zusammenlegung-sassenroth.questions.de.json': 22,
  'blind174/kita-wiesenkamp-ellingrode-neubau-verzoegerung.questions.de.json': 16,
  'blind174/klangwiese-festival-tennfeld-unwetter-abbruch.questions.de.json': 16,
  'blind176/luftkurort-praedikat-hirschweiler.questions.de.json': 19,
  'blind176/satelliteninternet-zuschuss-einzelhoefe-wolfsteinach.questions.de.json': 19,
  'blind176/wohnmobil-diebstaehle-ermittlungsgruppe-rettenbrueck.questions.de.json': 18,
  'blind177/buchhandlung-kranich-sulzhofen-menschenkette.questions.de.json': 20,
  'blind177/livestream-stadtrat-ramsfelden-streit.questions.de.json': 20,
  'blind177/taubenschlag-stadttauben-mollingen-parkhaus.questions.de.json': 21,
  'blind178/bismarckturm-ellerkopf-ebbinghofen-sanierung.questions.de.json': 17,
  'blind178/jugendbauwagen-oberbruchhausen-standortstreit.questions.de.json': 16,
  'blind178/kreisverkehr-unfallkreuzung-broelingen.questions.de.json': 17,
  'seed-blind57-questions.de.json': 26,
  'seed-blind58-questions.de.json': 27,
  // blind179, blind181 and seed-blind60: written at the start of the twenty-eighth session and studied; first runs on its
  // start engine (293f697): 53/75, 47/75 and 24/30.
  'blind179/ausfallgebuehr-hausarztpraxis-orlenbach-termine.questions.de.json': 19,
  'blind179/brauerei-genussrechte-ottmarsried-abfuellanlage.questions.de.json': 16,
  'blind179/maehboot-wasserpest-tessinger-see.questions.de.json': 18,
  'blind181/klassenfahrten-stopp-realschule-brechtenau.questions.de.json': 20,
  'blind181/rote-pandas-tierpark-lorbach-gehege.questions.de.json': 13,
  'blind181/zehntscheune-brand-wolfertsau-loeschwasser.questions.de.json': 14,
  'seed-blind60-questions.de.json': 24,
  // blind180, blind182 and seed-blind59: written at the start of the twenty-eighth session and held out to its end, scores
  // only. First runs on its start engine (293f697): 53/75, 57/75 and 29/30; measured once late in it (0d64c55) the same, then
  // studied.
  'blind180/kleingartenverein-muehlgraben-bruchhagen-100-jahre.questions.de.json': 21,
  'blind180/strassenbahn-linie-5-verlaengerung-ravensfurt.questions.de.json': 16,
  'blind180/waermepumpe-laerm-nachbarstreit-welzingen-urteil.questions.de.json': 16,
  'blind182/dfb-pokal-fv-baernried-ausweichstadion.questions.de.json': 17,
  'blind182/fensterwerk-holmberg-ebbelsdorf-arbeitsplaetze.questions.de.json': 21,
  'blind182/pferdesteuer-roedelsried-reitvereine.questions.de.json': 19,
  'seed-blind59-questions.de.json': 29,
  // blind183, blind185 and seed-blind61: written at the start of the twenty-ninth session and studied; first runs on its
  // start engine (5819f2e): 45/75, 54/75 and 26/30.
  'blind183/bibliothek-der-dinge-stadtbuecherei-hollmarsfeld.questions.de.json': 13,
  'blind183/garnelenfarm-schweinestall-lutterdingen.questions.de.json': 16,
  'blind183/intensivpflege-wg-haldermoor-schliessung.questions.de.json': 16,
  'blind185/balkonkraftwerke-foerderprogramm-kellwitz.questions.de.json': 19,
  'blind185/giftkoeder-prozess-gerstwiesen.questions.de.json': 19,
  'blind185/stadtmauer-einsturz-merklingshausen.questions.de.json': 16,
  'seed-blind61-questions.de.json': 26,
  // blind184, blind186 and seed-blind62: written at the start of the twenty-ninth session and held out to its end, scores
  // only. First runs on its start engine (5819f2e): 56/75, 56/75 and 25/30; measured once late in it (9ef8117): 57/75, 56/75
  // and 25/30.
  'blind184/schwimmcontainer-lehrschwimmbecken-wennigsried.questions.de.json': 17,
  'blind184/strassenumbenennung-brauneckstrasse-weidlingen.questions.de.json': 20,
  'blind184/tonnenlimit-kranzachbruecke-obersellbach.questions.de.json': 19,
  'blind186/armaturen-lindmayer-selbitzau-uebernahme.questions.de.json': 21,
  'blind186/waschbaeren-dachschaeden-goedelsheim.questions.de.json': 17,
  'blind186/wasserfall-rauschenklamm-besucheransturm-shuttle.questions.de.json': 18,
  'seed-blind62-questions.de.json': 25,
  // blind187, blind188, blind191 and seed-blind63: written in the thirtieth session and studied; first runs on its start
  // engine (70c85da): 53/75, 52/75, 55/75 and 26/30.
  'blind187/schulessen-caterer-kuendigung-bardenfels.questions.de.json': 17,
  'blind187/solarpark-ackerland-pacht-sollbrunn.questions.de.json': 15,
  'blind187/toepfermarkt-haffelbach-schlosswiese-losverfahren.questions.de.json': 21,
  'blind188/altarbild-fund-dachboden-wettelsried.questions.de.json': 17,
  'blind188/deichrueckverlegung-merse-bruchwerder.questions.de.json': 18,
  'blind188/warnstreik-tram-bus-hallbergen.questions.de.json': 17,
  'blind191/dorfladen-eg-kornwinkel-umsatzkrise.questions.de.json': 20,
  'blind191/lohnbuchhalterin-scheinmitarbeiter-urteil-metallbau-ruhnke.questions.de.json': 16,
  'blind191/radweg-k58-ebertshain-linnau-baustart.questions.de.json': 19,
  'seed-blind63-questions.de.json': 26,
  // blind189, blind190, blind192 and seed-blind64: written in the thirtieth session and held out to its end, scores only.
  // First runs on its start engine (70c85da): 57/75, 60/75, 54/75 and 29/30; measured once late in it (99ee040): the same.
  'blind189/klinikfusion-hartelsfeld-marienhospital-ortenstein.questions.de.json': 21,
  'blind189/neubauquartier-ziegelwiese-brunnhofen-mieten.questions.de.json': 18,
  'blind189/passfaelschung-sv-eintracht-grolzheim-punktabzug.questions.de.json': 18,
  'blind190/baeckerei-hartlieb-eppenau-brotautomaten.questions.de.json': 20,
  'blind190/feldbraende-hitzewelle-ernte-burgwenden.questions.de.json': 19,
  'blind190/froschteich-quaken-urteil-ockenbrueck.questions.de.json': 21,
  'blind192/gymnasium-sanierung-mellinghofen-verzoegerung.questions.de.json': 18,
  'blind192/kammerphilharmonie-lennefeld-zuschuss-kuerzung.questions.de.json': 22,
  'blind192/reptilienhaus-tierheim-ebbingrode-exoten.questions.de.json': 14,
  'seed-blind64-questions.de.json': 29,
  // blind193, blind194 and seed-blind65: written in the thirty-first session and studied; first runs on its start engine
  // (2e5013b, whose answers are those of 2400873): 52/75, 49/75 and 25/30.
  'blind193/klaerschlamm-verbrennung-hergenrode-phosphor.questions.de.json': 18,
  'blind193/musikschule-honorarkraefte-festanstellung-ottenbrueck.questions.de.json': 15,
  'blind193/zahnmobil-pflegeheime-kreis-wernsberg.questions.de.json': 19,
  'blind194/eisstadion-kaelteanlage-ausfall-wilmersried.questions.de.json': 19,
  'blind194/mieterhoehung-siedlung-hasenberg-tornstedt.questions.de.json': 16,
  'blind194/paketzusteller-diebstahl-prozess-erzingen.questions.de.json': 14,
  'seed-blind65-questions.de.json': 25,
  // blind195, blind196 and seed-blind66: written in the thirty-first session and held out to its end, scores only. First
  // runs on its start engine (2e5013b): 49/75, 55/75 and 28/30; measured once late in it (a926879): the same.
  'blind195/kalkbergtunnel-nachtsperrungen-nachruestung-ossenfeld.questions.de.json': 17,
  'blind195/mauersegler-nester-fassadensanierung-meerhausen.questions.de.json': 14,
  'blind195/senfmuehle-lohbach-senfsaat-vertragsanbau.questions.de.json': 18,
  'blind196/autohaus-kellermann-wittgenfeld-neuwagen-aus.questions.de.json': 18,
  'blind196/sonnenbrand-aepfel-hitzewelle-obstbauern-wallertal.questions.de.json': 21,
  'blind196/staedtepartnerschaft-rosslingen-saint-aubin-50-jahre.questions.de.json': 16,
  'seed-blind66-questions.de.json': 28,
  // blind197, blind198 and seed-blind67: written at the end of the thirty-first session, held out, scores only. First runs on
  // its start engine (2e5013b) and on its end engine (b940142) alike: 61/75, 59/75 and 21/30.
  'blind197/gasthof-gruener-baum-gernsweiler-neue-wirte.questions.de.json': 22,
  'blind197/kabinenbahn-wesselkopf-bad-kelmbach-stillstand.questions.de.json': 17,
  'blind197/kinderstation-kreisklinik-hambrechtsau-schliessung.questions.de.json': 22,
  'blind198/merowinger-graeberfeld-dettenwang-gewerbegebiet.questions.de.json': 19,
  'blind198/triathlon-brechlinger-see-sperrungen.questions.de.json': 22,
  'blind198/windpark-hohe-scheid-schwertransporte-fellbrunn.questions.de.json': 18,
  'seed-blind67-questions.de.json': 21,
  // blind199, blind200 and seed-blind68: written in the thirty-second session and studied; first runs on its start engine
  // (7a54ea1): 54/75, 56/75 and 29/30; on its end engine 58/75, 59/75 and 30/30.
  'blind199/hundegebell-zwinger-urteil-hessmannsried.questions.de.json': 15,
  'blind199/lehrermangel-realschule-muehlberg-grafenwerth.questions.de.json': 19,
  'blind199/regionalflughafen-brakenhorst-muenchen-linie-aus.questions.de.json': 20,
  'blind200/pyrotechnik-derby-sc-kettelbach-geisterspiel.questions.de.json': 19,
  'blind200/rettungsdienst-neuvergabe-drk-kreis-hadersfeld.questions.de.json': 19,
  'blind200/stadthalle-brand-kelmarshausen-wiederaufbau.questions.de.json': 18,
  'seed-blind68-questions.de.json': 29,
  // blind201 to blind204 and seed-blind69: written in the thirty-second session and held out to its end, scores only. First
  // runs on its start engine (7a54ea1): 51/75, 52/75, 57/75, 53/75 and 28/30; measured once late in it (8a94bb4): 51, 52,
  // 56, 54 and 28 (floors at the lower of the two).
  'blind201/kurzstreckenticket-aus-tarifreform-kaltenweiler.questions.de.json': 16,
  'blind201/nudelfabrik-brettschneider-wolmersheim-schliessung.questions.de.json': 15,
  'blind201/zauneidechsen-umsiedlung-bahndamm-huettenbrunn.questions.de.json': 20,
  'blind202/mammut-ausstellung-stadtmuseum-gessenried.questions.de.json': 19,
  'blind202/uebernachtungssteuer-brellingen-hotels.questions.de.json': 15,
  'blind202/waffendiebstahl-schuetzenhaus-oberlinnach.questions.de.json': 18,
  'blind203/bahnsteg-abriss-moerlingshausen-umweg.questions.de.json': 18,
  'blind203/falscher-mehltau-bioweingut-mettelsheim.questions.de.json': 21,
  'blind203/kommunales-mvz-trebelsdorf-hausaerzte.questions.de.json': 17,
  'blind204/buergerentscheid-seehotel-sandersweiler.questions.de.json': 20,
  'blind204/jugendtreff-alte-sparkasse-wiskenau-umzug.questions.de.json': 18,
  'blind204/parkausweise-faelschung-prozess-bruemmersfeld.questions.de.json': 15,
  'seed-blind69-questions.de.json': 28,
  // blind205, blind206 and seed-blind70: written late in the thirty-second session and held out to its end, scores only. First
  // runs on its start engine (7a54ea1): 49/75, 58/75 and 26/30; measured once at its end: 49, 58 and 27.
  'blind205/fundtiervertraege-tierheim-ottersbach-kuendigung.questions.de.json': 16,
  'blind205/kuechenwerk-sandhoff-halvesbeck-insolvenz-investor.questions.de.json': 15,
  'blind205/semesterbeitrag-uni-rehmsfeld-erhoehung-protest.questions.de.json': 18,
  'blind206/abriss-wohnblocks-finkenweg-rettelsheim-mieterprotest.questions.de.json': 18,
  'blind206/barockorgel-st-johannis-wellendorf-pfeifenpaten.questions.de.json': 22,
  'blind206/rasensprengverbot-wasserverband-egelsried-trockenheit.questions.de.json': 18,
  'seed-blind70-questions.de.json': 26,
};

describe('question answering on the evaluation sets', () => {
  it('holds a floor for every question file in tests/eval', () => {
    const folder = join(import.meta.dirname, '..', '..', 'eval');
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.json')).map((file) => file.split(sep).join('/'));
    expect(files.sort()).toEqual(Object.keys(floors).sort());
  });

  for (const [file, floor] of Object.entries(floors)) {
    const present = existsSync(join(import.meta.dirname, '..', '..', 'eval', file));
    it.skipIf(!present)(`answers at least ${floor} questions of ${file} right`, () => {
      const score = scoreEval(file);
      expect(score.right, score.misses.join('\n')).toBeGreaterThanOrEqual(floor);
    });
  }
});
