"""Articles in other languages: per language, made-up sentences with the rally places they report
and the dates they give. Words come from the lexicon files, month and weekday names from CLDR."""

from datetime import date

import pytest

from conftest import TINY_CITIES, TINY_COUNTRIES, TINY_STATES, city

from rallymap.extract.dates import DatedTarget, Reference, date_targets, find_dates, resolve
from rallymap.extract.gazetteer import Gazetteer
from rallymap.extract.lexicon import default_lexicons
from rallymap.extract.places import analyse
from rallymap.extract.text import sentences
from rallymap.read.files import language

SAT = Reference(date(2024, 10, 5), "published", "test")  # a Saturday
WED = Reference(date(2024, 10, 9), "published", "test")  # the Wednesday after


def lexicon(code):
    return default_lexicons()[code]


PLACES = [
    pytest.param("de", "Tausende Menschen demonstrierten am Samstag in Berlin, Hamburg und München.",
                 ["Berlin", "Hamburg", "München"], id="de-list"),
    pytest.param("de", "Auch in Hamburg fanden Solidaritätskundgebungen statt.", ["Hamburg"], id="de-compound-cue"),
    pytest.param("de", "Vor dem Rathaus in Hamburg wird für Samstag zu einem Lichtermeer gegen Rassismus aufgerufen.",
                 ["Hamburg"], id="de-a-sea-of-lights-is-a-gathering"),
    pytest.param("de", "Teilnehmer aus Hamburg und Berlin waren zur Kundgebung in München angereist.",
                 ["München"], id="de-people-came-from"),
    pytest.param("de", "Der Bürgermeister von Berlin sprach über das Wetter.", [], id="de-no-gathering"),
    pytest.param("fr", "Des milliers de personnes ont manifesté samedi à Paris, Lyon et Marseille.",
                 ["Paris", "Lyon", "Marseille"], id="fr-list"),
    pytest.param("fr", "La manifestation de Lyon a réuni 2 000 personnes.", ["Lyon"], id="fr-names-the-event"),
    pytest.param("fr", "Le maire de Lyon a condamné les violences.", [], id="fr-office"),
    pytest.param("es", "Miles de personas se manifestaron el pasado sábado en Madrid y Barcelona.",
                 ["Madrid", "Barcelona"], id="es-list"),
    pytest.param("es", "Hubo concentraciones en ciudades como Madrid, Barcelona y Lisboa.",
                 ["Madrid", "Barcelona", "Lisboa"], id="es-cities-like"),
    pytest.param("it", "Migliaia di persone hanno manifestato sabato a Roma, Milano e Torino.",
                 ["Roma", "Milano", "Torino"], id="it-local-spellings"),
    pytest.param("it", "Ecco il programma dei presidi\n\nMilano: ore 15 in piazza\n\nTorino: ore 16 in piazza",
                 ["Milano", "Torino"], id="it-lines-under-a-cue"),
    pytest.param("pt", "Milhares de pessoas protestaram no sábado em Lisboa e no Porto.", ["Lisboa", "Porto"],
                 id="pt-list"),
    # a list after a colon that a list's head opens, a word between its noun and the colon at most
    pytest.param("pt", "Há protestos organizados em várias cidades europeias: Lisboa, Porto e Madrid.",
                 ["Lisboa", "Porto", "Madrid"], id="pt-a-list-after-a-colon"),
    pytest.param("en", "Protests were held in several cities: London, Paris and Berlin.", ["London", "Paris", "Berlin"],
                 id="en-a-list-after-a-colon"),
    pytest.param("fr", "Des manifestations ont eu lieu dans plusieurs villes françaises : Paris, Lyon et Marseille.",
                 ["Paris", "Lyon", "Marseille"], id="fr-a-list-after-a-colon"),
    pytest.param("pt", "Brasileiros estão se manifestando neste sábado em Lisboa.", ["Lisboa"],
                 id="pt-a-gathering-told-as-it-goes-on"),
    pytest.param("nl", "Duizenden mensen demonstreerden zaterdag in Amsterdam en Rotterdam.",
                 ["Amsterdam", "Rotterdam"], id="nl-list"),
    pytest.param("nl", "Betogers uit Rotterdam kwamen naar de betoging in Amsterdam.", ["Amsterdam"],
                 id="nl-people-came-from"),
    # a compound whose last part is a rally word ('coronademonstranten') reports one as that word does
    pytest.param("nl", "Coronademonstranten trokken zondag door het centrum van Rotterdam.", ["Rotterdam"],
                 id="nl-compound-ending-in-demonstranten"),
    pytest.param("nl", "Klimaatbetogers blokkeerden zondag een brug in Amsterdam.", ["Amsterdam"],
                 id="nl-compound-ending-in-betogers"),
    # a square or the centre of a town: the town ('the main square of X', 'auf dem Marktplatz von X')
    pytest.param("en", "Hundreds of people gathered on the main square of Kraków this afternoon.", ["Kraków"],
                 id="en-the-main-square-of-a-town"),
    pytest.param("de", "Hunderte Menschen versammelten sich am Samstag auf dem Marktplatz von Hamburg.", ["Hamburg"],
                 id="de-the-market-square-of-a-town"),
    pytest.param("de", "Tausende demonstrierten am Samstag im Zentrum von München.", ["München"],
                 id="de-the-centre-of-a-town"),
    pytest.param("da", "Klimademonstranter fyldte søndag gaderne i Aarhus.", ["Aarhus"], id="da-compound-demonstranter"),
    pytest.param("no", "Klimademonstrantene fylte søndag gatene i Bergen.", ["Bergen"], id="no-compound-demonstrantene"),
    pytest.param("sv", "Klimatdemonstranter fyllde på söndagen gatorna i Malmö.", ["Malmö"], id="sv-compound-demonstranter"),
    # a march or a torchlight procession in its definite form, a compound's perhaps ('nazimarsjen')
    pytest.param("sv", "Vi blev 3000 som deltog i fackeltåget i Göteborg.", ["Göteborg"], id="sv-the-torchlight-procession"),
    pytest.param("sv", "I lördags deltog tusentals i marschen genom Malmö.", ["Malmö"], id="sv-the-march"),
    pytest.param("no", "Lørdag møtte flere tilhengere opp til den planlagte nazimarsjen gjennom Oslo.", ["Oslo"],
                 id="no-a-compound-s-march"),
    pytest.param("da", "Lørdag deltog flere hundrede i fakkeltoget gennem Aarhus.", ["Aarhus"], id="da-the-torchlight-procession"),
    pytest.param("sv", "Tusentals personer demonstrerade i lördags i Stockholm och Göteborg.",
                 ["Stockholm", "Göteborg"], id="sv-list"),
    pytest.param("da", "Tusindvis af mennesker demonstrerede lørdag i København og Aarhus.",
                 ["København", "Aarhus"], id="da-list"),
    pytest.param("no", "Tusenvis av mennesker demonstrerte lørdag i Oslo og Bergen.", ["Oslo", "Bergen"],
                 id="no-list"),
    # a part of a town by its name ('in zona X', 'nel quartiere X', 'dans le quartier X', 'en el
    # barrio X'; lexicon landmark_nouns) is no town of that name
    pytest.param("it", "Una ventina di persone si è radunata in zona Torino, davanti al consolato.", [],
                 id="it-a-zone-named-like-a-town"),
    pytest.param("it", "A Roma centinaia di persone hanno manifestato nel quartiere Milano.", ["Roma"],
                 id="it-a-quarter-named-like-a-town"),
    pytest.param("fr", "Des centaines de personnes ont manifesté dans le quartier Lyon à Paris.", ["Paris"],
                 id="fr-a-quarter-named-like-a-town"),
    pytest.param("es", "Cientos de personas se concentraron en el barrio Madrid de Barcelona.", ["Barcelona"],
                 id="es-a-quarter-named-like-a-town"),
    # a town in brackets after a square named like another town is where the square lies
    pytest.param("es", "Cientos de venezolanos se concentraron en la Puerta del Sol (Madrid).", ["Madrid"],
                 id="es-a-square-s-town-in-brackets"),
    # a gathering's tense between what befell others and the town says where the gathering is
    pytest.param("en", "A vigil for the victims of the attacks will be held on Saturday in London.", ["London"],
                 id="en-a-vigil-for-the-victims-will-be-held-there"),
    pytest.param("en", "A vigil for the victims of the attack was held in Paris.", ["Paris"],
                 id="en-a-vigil-for-the-victims-was-held-there"),
    pytest.param("fr", "Une veillée pour les victimes de l'attentat aura lieu samedi à Paris.", ["Paris"],
                 id="fr-a-vigil-for-the-victims-will-be-held-there"),
    pytest.param("de", "Eine Mahnwache für die Opfer des Anschlags wird am Samstag in Berlin stattfinden.", ["Berlin"],
                 id="de-a-vigil-for-the-victims-will-be-held-there"),
    pytest.param("en", "Vigils were held for the victims of the shooting in Paris.", [],
                 id="en-the-shooting-s-town"),
    # a gathering's name whose noun is a month's ('March for Justice'), and a common word in it that
    # names a small town abroad, which is no other place of the sentence
    pytest.param("en", "Thousands of people attended March for Justice in London on Sunday.", ["London"],
                 id="a-march-s-name-with-a-town-s-word"),
    pytest.param("en", "Thousands attended the rally for Justice in London.", ["London"],
                 id="a-cause-s-word-that-names-a-town-is-no-place"),
    # a gathering called off or put off is none (lexicon cancelled), unless one is told in the past beside it
    pytest.param("en", "Sunday's vigil in London was called off.", [], id="en-called-off"),
    pytest.param("de", "Die für Samstag geplante Demonstration in Berlin wurde abgesagt.", [], id="de-abgesagt"),
    pytest.param("fr", "La manifestation prévue samedi à Paris a été annulée.", [], id="fr-annulee"),
    pytest.param("es", "La marcha prevista para el sábado en Madrid fue cancelada.", [], id="es-cancelada"),
    pytest.param("it", "Il corteo di sabato a Roma è stato rinviato.", [], id="it-rinviato"),
    pytest.param("nl", "De demonstratie van zaterdag in Amsterdam is afgelast.", [], id="nl-afgelast"),
    pytest.param("en", "The concert was cancelled, but thousands marched in London on Saturday.", ["London"],
                 id="en-a-march-beside-a-cancellation"),
    # a compound's head names the gathering: a 'support marking' is a rally
    pytest.param("no", "Stor støttemarkering i Oslo: artister opptrådte", ["Oslo"], id="no-compound-marking"),
    pytest.param("da", "Stor støttemarkering i København: talere og musik", ["København"],
                 id="da-compound-marking"),
    pytest.param("pl", "Tysiące ludzi protestowało w sobotę w Warszawie i Krakowie.", ["Warszawie", "Krakowie"],
                 id="pl-inflected-city-names"),
    pytest.param("pl", "Pogoda w Warszawie była ładna.", [], id="pl-no-gathering"),
    pytest.param("de", "BERLIN (dpa) - Tausende Menschen haben am Samstag gegen den Krieg demonstriert.", ["BERLIN"],
                 id="de-wire-dateline"),
    pytest.param("de", "BERLIN (dpa) - In Deutschland demonstrierten am Samstag Tausende Menschen.", ["BERLIN"],
                 id="de-wire-dateline-in-its-own-country"),
    pytest.param("en", "OSLO (Agency) - Hundreds of thousands of people in Canada are joining marches Saturday.", [],
                 id="a-wire-dateline-over-another-country-s-marches"),
    pytest.param("fr", "PARIS (AFP) - Des milliers de personnes manifestent samedi en Suisse.", [],
                 id="fr-a-wire-dateline-over-another-country-s-marches"),
    # ... not an embassy's country: the march went to the embassy, in the wire's town
    pytest.param("es", "MADRID (Agencia).- Un centenar de personas marchó esta tarde hasta la embajada de Francia.",
                 ["MADRID"], id="es-a-wire-dateline-over-a-march-to-an-embassy"),
    pytest.param("en", "OSLO (Agency) - Hundreds of people marched on Saturday to the embassy of France.", ["OSLO"],
                 id="a-wire-dateline-over-a-march-to-an-embassy"),
    pytest.param("en", "Protesters rally worldwide in solidarity with marchers\n\nOSLO (Agency) - Hundreds of thousands "
                 "of people in Canada are joining marches Saturday.", [], id="a-wire-dateline-under-a-headline"),
    pytest.param("it", "ROMA - Migliaia di persone hanno manifestato oggi contro la guerra.", ["ROMA"],
                 id="it-short-name-in-capitals-opens-a-dateline"),
    pytest.param("nl", "Honderden mensen demonstreerden in het Franse Lyon.", ["Lyon"],
                 id="nl-a-country-s-capitalised-adjective-before-a-town"),
    pytest.param("nl", "Honderden mensen demonstreerden in het Australische Sydney.", ["Sydney"],
                 id="nl-a-country-s-adjective-in-sche"),
    pytest.param("nl", "Honderden mensen demonstreerden met Anna Lyon in Oslo.", ["Oslo"],
                 id="nl-a-surname-after-a-first-name-stays-a-name"),
    pytest.param("es", "Madrid.- Miles de personas se manifestaron hoy en España contra la guerra.", ["Madrid"],
                 id="es-a-wire-dateline-s-full-stop-and-hyphen"),
    pytest.param("pt", "LISBOA.- Milhares de pessoas manifestaram-se hoje contra a guerra.", ["LISBOA"],
                 id="pt-a-wire-dateline-s-full-stop-and-hyphen"),
    pytest.param("es", "MADRID (EFE) - Miles de personas se manifestaron este domingo contra la guerra.", ["MADRID"],
                 id="es-dateline-and-a-common-word-town"),
    pytest.param("fr", "Des rassemblements ont eu lieu samedi. À Lyon, la police a compté 3000 personnes.", ["Lyon"],
                 id="fr-continues-a-paragraph"),
    pytest.param("de", "Lesen Sie auch: Demo in Hamburg verläuft friedlich", [], id="de-page-furniture"),
    pytest.param("de", "In Hamburg gab es keine Demonstration.", [], id="de-negated"),
    pytest.param("fr", "Des manifestations ont eu lieu dans la capitale, Paris, samedi.", ["Paris"],
                 id="fr-the-capital-comma-city"),
    pytest.param("it", "Leggi anche: Corteo a Milano, scontri con la polizia", [], id="it-page-furniture"),
    # A square or street named after a town is not that town.
    pytest.param("es", "Miles de personas se concentraron en la plaza de Lisboa, en Madrid.", ["Madrid"],
                 id="es-a-square-named-after-a-town"),
    pytest.param("fr", "Des milliers de personnes ont manifesté place de la Bastille puis rue de Lyon à Paris.",
                 ["Paris"], id="fr-squares-and-streets-named-after-towns"),
    pytest.param("it", "Migliaia di persone hanno manifestato a Roma e in piazza Milano.", ["Roma"],
                 id="it-a-square-named-after-a-town"),
    # An elided word is part of the name after it; an elided article, of the place it goes with.
    pytest.param("it", "Il presidio si terrà sabato a Sant'Andrea, davanti alla chiesa.", [], id="it-an-elided-word"),
    pytest.param("it", "Manifestazione a L'Aquila sabato pomeriggio.", ["Aquila"], id="it-an-elided-article"),
    pytest.param("it", "Migliaia al corteo che si sta svolgendo nel centro storico di Roma.", ["Roma"],
                 id="it-the-historic-centre-of"),
    pytest.param("no", "Fleire hundre personar har samla seg på Oslo plass i Bergen.", ["Bergen"],
                 id="no-a-square-named-after-a-town-written-after-it"),
    pytest.param("de", "Hunderte demonstrierten am Hamburg Hauptbahnhof.", ["Hamburg"],
                 id="de-a-town-s-own-station-written-after-it"),
    pytest.param("it", "Manifestazione a L’Aquila sabato pomeriggio.", ["Aquila"], id="it-a-curly-elision"),
    # A figure right before a town counts its crowd: the town's own rally, its noun left out.
    pytest.param("es", "Más de 20.000 en Madrid, otros 1.000 en Barcelona y un centenar en Lisboa.",
                 ["Madrid", "Barcelona", "Lisboa"], id="es-counts-before-towns"),
    pytest.param("fr", "Des milliers de manifestants samedi. Au moins 700 à Lyon, 1 500 à Marseille selon la préfecture.",
                 ["Lyon", "Marseille"], id="fr-counts-before-towns"),
    # Those a gathering stood for are not where it was.
    pytest.param("sv", "Tusentals demonstranter samlades i Stockholm för att visa sitt stöd för folket i Malmö.",
                 ["Stockholm"], id="sv-in-support-of-those-in-a-town"),
    pytest.param("en", "Hundreds marched in London in solidarity with the people of Hong Kong.", ["London"],
                 id="in-solidarity-with-a-town"),
    pytest.param("en", "A rally in support of refugees took place in Berlin.", ["Berlin"],
                 id="in-support-of-others-in-the-town-itself"),
    pytest.param("de", "Aus Solidarität mit der Ukraine demonstrierten Tausende in Berlin.", ["Berlin"],
                 id="de-solidarity-with-a-country-in-a-town"),
    # A town that opens a sentence counting a crowd is where the crowd was.
    pytest.param("fr", "Lyon a de son côté réuni quelque 22.000 personnes.", ["Lyon"], id="fr-the-town-gathered"),
    pytest.param("en", "Moscow has banned all protests.", [], id="a-town-as-government-counts-no-crowd"),
    # A common word capitalised where a clause opens does not name a town's event.
    pytest.param("de", "Berlin/Hamburg – Aus Protest gegen die Regierung zogen Tausende durch die Straßen.", [],
                 id="de-a-common-word-before-an-event-noun"),
    # A common word that opens a name ('Dia do Trabalhador') is no town.
    pytest.param("pt", "Milhares de pessoas manifestaram-se em Lisboa no Dia do Trabalhador.", ["Lisboa"],
                 id="pt-a-named-day-s-first-word"),
    pytest.param("pt", "Milhares desfilaram em Lisboa.", ["Lisboa"], id="pt-paraded"),
    # The town of a time zone, in brackets after an hour, is no rally's.
    pytest.param("pt", "A praça em Lisboa ficou lotada por manifestantes às 16h (12h no horário de Brasília).",
                 ["Lisboa"], id="pt-a-time-zone-s-town"),
    pytest.param("en", "Protesters gathered at noon (6 a.m. New York time) in London.", ["London"],
                 id="a-time-zone-s-town"),
    # A town's name joined by a hyphen to a capitalised word is part of a longer name.
    pytest.param("fr", "Des centaines de manifestants ont défilé à Lyon, selon Nice-Matin.", ["Lyon"],
                 id="fr-a-town-before-a-hyphen"),
    pytest.param("fr", "Des centaines de manifestants ont défilé à Lyon et dans les Deux-Nice.", ["Lyon"],
                 id="fr-a-town-after-a-hyphen"),
    pytest.param("it", "Migliaia di persone hanno manifestato a Roma, scrive Milano-Finanza.", ["Roma"],
                 id="it-a-town-before-a-hyphen"),
    # A square named, then its town after a comma: the town is where the rally was.
    pytest.param("en", "A rally was held in Hyde Park, London, on Sunday.", ["London"], id="the-town-of-a-square"),
    pytest.param("en", "Protesters gathered in Washington Square Park, New York.", ["New York"],
                 id="the-town-of-a-square-named-after-a-place"),
    pytest.param("fr", "Des milliers de personnes se sont rassemblées sur la place de la République, Paris.",
                 ["Paris"], id="fr-the-town-of-a-square"),
    pytest.param("it", "Presidio in piazza Milano a Roma.", ["Roma"], id="it-a-square-named-after-a-town-is-not-it"),
    # ... nor is it where the article, having named the square or street in full, writes its name
    # short after an article ('Avenida Paulista', then 'na Paulista'); a town's name alone is the town
    pytest.param("pt", "Manifestantes ocuparam a Avenida Sol em Lisboa. Este é mais um ato na Sol contra o governo.",
                 ["Lisboa"], id="pt-a-street-named-in-full-then-short"),
    pytest.param("es", "Miles de personas marcharon por la avenida Barcelona en Madrid. La marcha terminó en la "
                 "Barcelona con un manifiesto.", ["Madrid"], id="es-a-street-named-in-full-then-short"),
    pytest.param("it", "Il corteo è partito da piazza Milano a Roma. Anche a Milano centinaia di persone hanno "
                 "manifestato.", ["Roma", "Milano"], id="it-a-square-named-after-a-town-and-the-town"),
    # ... its article elided before the name ('piazza dell'Esquilino'), even when a square follows:
    # from one square to another, not a town and then its square
    pytest.param("it", "I manifestanti hanno sfilato a Roma da piazza dell’Oslo a piazza Venezia.", ["Roma"],
                 id="it-a-square-named-after-a-town-with-an-elided-article"),
    pytest.param("fr", "Des milliers de personnes ont défilé à Lyon de la place de l'Oslo à la place Bellecour.",
                 ["Lyon"], id="fr-a-square-named-after-a-town-with-an-elided-article"),
    # A word right before the figure qualifies it ('Vele honderden': many hundreds): no town, even
    # when it spells some far city's alternate name.
    pytest.param("nl", "Vele honderden mensen verzamelden zich op het plein.", [], id="nl-a-word-before-the-figure"),
    # Lines of a schedule: a label, then towns, each with its square and time.
    pytest.param("it", "Oggi manifestazioni in più di 80 città. Di seguito la lista delle manifestazioni previste.\n\n"
                 "Lombardia: Milano (piazza Fontana, 17:30)\n\nLazio: Roma (piazza del Popolo, 17:30), Torino "
                 "(piazza Castello, 17:30).", ["Milano", "Roma", "Torino"], id="it-labelled-schedule-lines"),
    # German quotation marks hold slogans, not places.
    pytest.param("de", "Unter dem Motto „Ganz Hamburg gegen rechts“ demonstrierten Tausende in Berlin.", ["Berlin"],
                 id="de-a-town-in-a-slogan"),
    # What the gathering asked to end there is not where it was.
    pytest.param("no", "Lørdag er det demonstrasjoner mot krigen i Oslo, blant annet i Bergen.", ["Bergen"],
                 id="no-the-war-in-a-town"),
    pytest.param("sv", "Tusentals demonstrerade för vapenvila i Malmö, bland annat i Stockholm.", ["Stockholm"],
                 id="sv-a-ceasefire-in-a-town"),
    pytest.param("pl", "Tysiące osób protestowały przeciw wojnie w Krakowie, m.in. w Warszawie.", ["Warszawie"],
                 id="pl-the-war-in-a-town"),
    # where the one a march remembers was shot, told of him in any case, a year between
    pytest.param("pl", "W Warszawie odbył się marsz pamięci przywódcy, zastrzelonym w 1968 r. w Krakowie.",
                 ["Warszawie"], id="pl-where-the-one-remembered-was-shot"),
    # What an army does there (invasion, offensive) is not where the gathering was.
    pytest.param("nl", "Honderden betogers protesteerden tegen de inval in Rotterdam, onder meer in Amsterdam.",
                 ["Amsterdam"], id="nl-the-invasion-in-a-town"),
    pytest.param("fr", "Des milliers de manifestants ont dénoncé l'offensive à Marseille, notamment à Lyon.", ["Lyon"],
                 id="fr-the-offensive-in-a-town"),
    pytest.param("pl", "Tysiące osób protestowały przeciw inwazji w Krakowie, m.in. w Warszawie.", ["Warszawie"],
                 id="pl-the-invasion-in-a-town"),
    pytest.param("pt", "Milhares de pessoas protestaram contra a invasão em Porto, entre outras cidades em Lisboa.",
                 ["Lisboa"], id="pt-the-invasion-in-a-town"),
    pytest.param("sv", "Tusentals demonstrerade mot invasionen i Malmö, bland annat i Stockholm.", ["Stockholm"],
                 id="sv-the-invasion-in-a-town"),
    # Shelling and air strikes there are what the gathering protested, not where it was.
    pytest.param("de", "Hunderte protestierten gegen das Artilleriefeuer auf die Stadt Hamburg, unter anderem in Berlin.",
                 ["Berlin"], id="de-artillery-fire-on-a-town"),
    pytest.param("fr", "Des centaines de personnes ont dénoncé les frappes à Marseille, notamment à Lyon.", ["Lyon"],
                 id="fr-strikes-on-a-town"),
    pytest.param("nl", "Honderden mensen protesteerden tegen de beschietingen in Rotterdam, onder meer in Amsterdam.",
                 ["Amsterdam"], id="nl-shelling-in-a-town"),
    pytest.param("pl", "Setki osób protestowały przeciwko nalotom w Krakowie, m.in. w Warszawie.", ["Warszawie"],
                 id="pl-air-raids-on-a-town"),
    pytest.param("sv", "Hundratals demonstrerade mot beskjutningen i Malmö, bland annat i Stockholm.", ["Stockholm"],
                 id="sv-shelling-in-a-town"),
    pytest.param("da", "Hundredvis demonstrerede mod beskydningen i Aarhus, blandt andet i København.", ["København"],
                 id="da-shelling-in-a-town"),
    pytest.param("no", "Hundrevis demonstrerte mot beskytningen i Bergen, blant annet i Oslo.", ["Oslo"],
                 id="no-shelling-in-a-town"),
    pytest.param("pt", "Centenas de pessoas protestaram contra o bombardeio em Porto, entre outras cidades em Lisboa.",
                 ["Lisboa"], id="pt-bombing-of-a-town"),
    # A quotation a gathering word opens is the event's name, not a slogan.
    pytest.param("pl", "W Warszawie zakończył się \"Protest Wolnych Polaków\".", ["Warszawie"],
                 id="pl-an-events-name-in-quotes"),
    pytest.param("en", "The \"Protest of Free Poles\" ended in Warsaw.", ["Warsaw"], id="an-events-name-in-quotes"),
    pytest.param("da", "I Århus var der mødt flere hundrede op.", ["Århus"], id="da-turned-up"),
    pytest.param("sv", "Tusentals personer tågade också genom Malmö.", ["Malmö"], id="sv-marched-through"),
    pytest.param("pl", "Licznie gromadzili się też m.in. w Krakowie.", ["Krakowie"], id="pl-gathered"),
    # A period after a language's abbreviation ends no sentence: the list after 'm.in.' stays.
    pytest.param("pl", "Protesty odbyły się też w ośmiu miejscowościach, m.in. Krakowie i Warszawie.",
                 ["Krakowie", "Warszawie"], id="pl-a-list-after-an-abbreviation"),
    # 'the centre of London' is London's (English joins no square's name with 'of').
    pytest.param("en", "Over 100,000 people marched through the centre of London.", ["London"],
                 id="the-centre-of-a-town"),
    pytest.param("en", "In Germany's capital, Berlin, police surrounded thousands of marchers.", ["Berlin"],
                 id="a-capital-in-apposition"),
    # ... after its adjective, as the Romance languages write it, and after Italian 'nella', 'nel'
    pytest.param("es", "Miles de personas se manifestaron en la capital española, Madrid, contra la ley.", ["Madrid"],
                 id="es-a-capital-and-its-adjective-in-apposition"),
    pytest.param("fr", "Des milliers de personnes ont manifesté dans la capitale française, Paris, contre la loi.",
                 ["Paris"], id="fr-a-capital-and-its-adjective-in-apposition"),
    pytest.param("it", "Migliaia di persone hanno manifestato nella capitale, Roma, contro la legge.", ["Roma"],
                 id="it-nella-a-capital-in-apposition"),
    pytest.param("it", "Migliaia di persone hanno sfilato nel capoluogo lombardo, Milano, contro la legge.", ["Milano"],
                 id="it-nel-a-regional-capital-and-its-adjective"),
    pytest.param("pt", "Milhares de pessoas protestaram na capital portuguesa, Lisboa, contra a lei.", ["Lisboa"],
                 id="pt-a-capital-and-its-adjective-in-apposition"),
    pytest.param("es", "Miles de personas se manifestaron en la capital, donde Madrid negocia, contra la ley.", [],
                 id="es-a-clause-after-the-comma-is-no-apposition"),
    pytest.param("es", "Decenas de miles de personas salieron a las calles de la capital española, Madrid, contra la ley.",
                 ["Madrid"], id="es-the-streets-of-a-capital-and-its-adjective"),
    # A locative governs no place past a word that opens another clause.
    pytest.param("en", "It was one of the largest marches in the city since Hamburg began its protests.", [],
                 id="a-locative-before-since"),
    pytest.param("de", "Es war die größte Demonstration in der Stadt, seit Hamburg die Proteste begann.", [],
                 id="de-a-locative-before-seit"),
    # A town, then where in it: 'Milano a piazza Duomo'.
    pytest.param("it", "Le manifestazioni si terranno a Roma in piazza del Popolo e Milano a piazza Duomo.",
                 ["Roma", "Milano"], id="it-a-town-then-its-square"),
    # What happened there and set the gatherings off.
    pytest.param("en", "Hundreds protested in Paris in solidarity with the victims of the recent violence in Berlin.",
                 ["Paris"], id="the-violence-in-a-town"),
    # A place alone after a comma, no gathering after it: where the clause before it says a deed was done.
    pytest.param("pt", "Cartazes em homenagem à vereadora, que foi executada em março, em Paris.", [],
                 id="pt-a-deed-s-place-after-a-comma"),
    pytest.param("en", "Crowds held signs for the activist who was killed in March, in Berlin.", [],
                 id="a-deed-s-place-after-a-comma"),
    pytest.param("en", "Crowds held signs for the activist who was killed in March, in Berlin, where they "
                 "gathered.", ["Berlin"], id="a-deed-s-place-then-a-gathering-there"),
    pytest.param("en", "Thousands marched on Saturday, in Berlin.", ["Berlin"], id="a-gathering-s-place-after-a-comma"),
    # An English landmark's name keeps its English noun in any language's text: no town
    pytest.param("pt", "Brasileiros fizeram uma manifestação menor no Hyde Park, em Paris.", ["Paris"],
                 id="pt-an-english-landmark-s-name"),
    pytest.param("es", "Cientos de personas se concentraron en Hyde Park y en Madrid.", ["Madrid"],
                 id="es-an-english-landmark-s-name"),
    # A town and a district of it, joined by a hyphen: the town's gathering, no town of the district
    pytest.param("de", "Vor der Botschaft in London-Hendon protestierten Hunderte.", ["London"],
                 id="de-a-town-and-its-district-joined"),
    pytest.param("en", "Hundreds protested outside the embassy in London-Hendon.", ["London"],
                 id="a-town-and-its-district-joined"),
    # A district's number in brackets after a name: a district of the story's town, named like a small
    # town elsewhere; a town large enough to have numbered districts is that town.
    pytest.param("fr", "Des centaines de personnes ont défilé dans les rues de Nice (3e), puis à Paris (12e).", ["Paris"],
                 id="fr-a-district-s-number"),
    pytest.param("en", "Protesters marched through the streets of Nice (12th arrondissement).", [],
                 id="a-district-s-number"),
    pytest.param("fr", "Des milliers de personnes ont manifesté à Paris (12e) samedi.", ["Paris"],
                 id="fr-a-town-s-district-number"),
    # A disaster there (a collapse, an earthquake, a blast) is what happened there, not a gathering.
    pytest.param("de", "Die Uhrzeit des Protests ist symbolisch: Am 1. November stürzte in Berlin ein Vordach ein.", [],
                 id="de-a-collapse-there"),
    pytest.param("de", "Hunderte solidarisierten sich in Wien mit den Protesten gegen die Verantwortlichen des "
                 "Bahnhofdach-Einsturzes in Berlin.", [], id="de-a-hyphenated-collapse-there"),
    pytest.param("it", "Migliaia in piazza a Roma dopo il crollo del ponte a Milano.", ["Roma"], id="it-a-collapse-there"),
    pytest.param("fr", "Des milliers ont manifesté à Lyon après l'effondrement d'immeubles à Marseille.", ["Lyon"],
                 id="fr-a-collapse-there"),
    pytest.param("es", "Miles de personas marcharon en Madrid tras el derrumbe del edificio en Barcelona.", ["Madrid"],
                 id="es-a-collapse-there"),
    pytest.param("en", "Thousands marched in London after the earthquake in Paris.", ["London"], id="an-earthquake-there"),
    # The deaths there, a shooting, a hostage-taking and the rescue tried: what happened there, not a gathering.
    pytest.param("pt", "Em Lisboa, os manifestantes denunciavam as 30 mortes em Porto durante a paralisação.", ["Lisboa"],
                 id="pt-the-deaths-there"),
    pytest.param("pt", "Em Lisboa, os manifestantes empunhavam cartazes com a imagem de uma jovem baleada pela polícia "
                 "em Porto.", ["Lisboa"], id="pt-shot-there"),
    pytest.param("en", "Residents marched in London on Sunday to show their anger over the botched rescue attempt in "
                 "Paris.", ["London"], id="a-rescue-attempt-there"),
    pytest.param("fr", "Des centaines de personnes ont manifesté à Lyon contre la prise d'otages à Paris.", ["Lyon"],
                 id="fr-a-hostage-taking-there"),
    pytest.param("de", "Hunderte demonstrierten in Berlin nach den Toten in Hamburg.", ["Berlin"], id="de-the-dead-there"),
    pytest.param("es", "Cientos de personas marcharon en Madrid por las muertes en Barcelona.", ["Madrid"],
                 id="es-the-deaths-there"),
    pytest.param("it", "Migliaia in piazza a Roma per i morti a Milano.", ["Roma"], id="it-the-dead-there"),
    pytest.param("nl", "Honderden mensen demonstreerden in Amsterdam na de doden in Rotterdam.", ["Amsterdam"],
                 id="nl-the-dead-there"),
    pytest.param("sv", "Hundratals demonstrerade i Stockholm efter dödsfallen i Malmö.", ["Stockholm"],
                 id="sv-the-deaths-there"),
    pytest.param("pl", "Setki osób protestowały w Warszawie po śmierci trzech osób w Krakowie.", ["Warszawie"],
                 id="pl-the-deaths-there"),
    # ... and so is a place in a relative clause of such an event's noun
    pytest.param("de", "Die Kundgebung in München erinnerte an den Jahrestag eines Massakers, welches in Berlin "
                 "stattgefunden hatte.", ["München"], id="de-a-massacre-which-took-place-there"),
    pytest.param("en", "The rally in London marked the anniversary of a massacre, which took place in Paris.", ["London"],
                 id="a-massacre-which-took-place-there"),
    pytest.param("fr", "Le rassemblement à Lyon rappelait le massacre, qui a eu lieu à Paris.", ["Lyon"],
                 id="fr-a-massacre-which-took-place-there"),
    pytest.param("es", "La concentración en Madrid recordó la masacre, que tuvo lugar en Barcelona.", ["Madrid"],
                 id="es-a-massacre-which-took-place-there"),
    pytest.param("it", "Il presidio a Roma ricordava la strage, che è avvenuta a Milano.", ["Roma"],
                 id="it-a-massacre-which-took-place-there"),
    pytest.param("en", "Thousands joined the march, which ended in Paris.", ["Paris"], id="a-march-which-ended-there"),
    pytest.param("de", "Die Demonstranten, die in Berlin protestierten, forderten Freiheit.", ["Berlin"],
                 id="de-protesters-who-protested-there"),
    # ... though a gathering may stand at its site
    pytest.param("en", "Thousands gathered at the site of the collapse in Paris.", ["Paris"], id="at-the-site-of-a-collapse"),
    pytest.param("en", "Thousands gathered at the scene of the attack in Paris.", ["Paris"], id="at-the-scene-of-an-attack"),
    pytest.param("de", "Tausende versammelten sich am Ort des Einsturzes in Berlin.", ["Berlin"],
                 id="de-at-the-site-of-a-collapse"),
    pytest.param("fr", "Des centaines se sont rassemblées sur le lieu de l'effondrement à Lyon.", ["Lyon"],
                 id="fr-at-the-site-of-a-collapse"),
    # 'took place' says that an event happened: a gathering's only when its subject is one.
    pytest.param("en", "The attack took place in Paris on Friday.", [], id="an-attack-took-place"),
    pytest.param("en", "The massacre took place on 4 June 1989 in Paris.", [], id="a-massacre-took-place-on-a-day"),
    pytest.param("en", "A vigil took place in Paris on Friday.", ["Paris"], id="a-vigil-took-place"),
    # A square or street the locative names, then its town after the language's 'of'.
    pytest.param("es", "En Madrid, cientos de personas se han reunido frente al consulado.", ["Madrid"],
                 id="es-se-han-reunido"),
    pytest.param("es", "Los exiliados se juntaron en el parque, en el centro de Madrid.", ["Madrid"],
                 id="es-se-juntaron"),
    pytest.param("pl", "Orkiestra poprowadziła przemarsz na plac w Warszawie.", ["Warszawie"], id="pl-przemarsz"),
    pytest.param("pl", "Pochód w Krakowie poprowadziła polska orkiestra.", ["Krakowie"], id="pl-pochod"),
    pytest.param("pl", "Maciej, pochodzący z Częstochowy, mieszka w Krakowie.", [], id="pl-pochodzacy-is-no-procession"),
    pytest.param("fr", "Des centaines de militants ont battu le pavé dimanche à Lyon.", ["Lyon"],
                 id="fr-battre-le-pave"),
    pytest.param("en", "Supporters held a mass procession in London demanding new elections.", ["London"],
                 id="a-procession"),
    pytest.param("fr", "À Lyon, les Libanais se recueillent pour les victimes de l'explosion.", ["Lyon"],
                 id="fr-se-recueillir"),
    pytest.param("es", "Decenas de venezolanos se concentraron en la Puerta del Sol de Madrid.", ["Madrid"],
                 id="es-a-square-of-a-town"),
    pytest.param("es", "En la Puerta del Sol de Madrid se concentraron cientos de personas.", ["Madrid"],
                 id="es-a-square-of-a-town-opens"),
    pytest.param("es", "Una multitud se congregó en la Plaza de Mayo de la ciudad de Madrid.", ["Madrid"],
                 id="es-a-square-of-the-city-of-a-town"),
    pytest.param("it", "Migliaia di persone si sono radunate in piazza del Duomo della città di Milano.", ["Milano"],
                 id="it-a-square-of-the-city-of-a-town"),
    pytest.param("it", "In duecento hanno partecipato alla fiaccolata che ha attraversato il centro cittadino di Milano.",
                 ["Milano"], id="it-the-town-centre-of-a-town"),
    pytest.param("pt", "Centenas de pessoas concentraram-se na Praça do Comércio de Lisboa.", ["Lisboa"],
                 id="pt-a-square-of-a-town"),
    pytest.param("it", "Centinaia di persone si sono radunate in Piazza del Popolo di Roma.", ["Roma"],
                 id="it-a-square-of-a-town"),
    pytest.param("fr", "Des centaines de personnes se sont rassemblées sur la place de la République de Lyon.",
                 ["Lyon"], id="fr-a-square-of-a-town"),
    # ... but a square named after a town is the square's, not the town's.
    pytest.param("es", "Cientos se concentraron en la plaza de Madrid.", [], id="es-a-square-named-after-a-town"),
    # The perfect, and verbs of gathering beside the common ones.
    pytest.param("es", "En Madrid se han concentrado decenas de venezolanos.", ["Madrid"], id="es-have-gathered"),
    pytest.param("es", "Cientos de venezolanos se congregaron en Madrid.", ["Madrid"], id="es-congregated"),
    pytest.param("it", "A Milano si sono ritrovati in centinaia.", ["Milano"], id="it-met-up"),
    pytest.param("it", "Centocinquantamila persone si sono riunite ieri sera nel centro di Milano.", ["Milano"],
                 id="it-gathered-with-a-count-in-one-word"),
    pytest.param("es", "El atentado tuvo lugar en Madrid el jueves.", [], id="es-an-attack-took-place"),
    pytest.param("es", "La marcha tuvo lugar en Madrid el jueves.", ["Madrid"], id="es-a-march-took-place"),
    pytest.param("fr", "L'attentat a eu lieu à Paris vendredi.", [], id="fr-an-attack-took-place"),
    pytest.param("de", "Der Anschlag fand am Freitag in Berlin statt.", [], id="de-an-attack-took-place"),
    # a crowd through a town's centre or streets is a march; one thing through them is none
    pytest.param("de", "In Berlin und Köln zogen jeweils Tausende durch die Innenstadt.", ["Berlin", "Köln"],
                 id="de-crowds-through-the-centre"),
    pytest.param("de", "Ein Sturm zog am Freitag durch die Innenstadt von Köln.", [], id="de-a-storm-through-the-centre"),
    # A list of towns that opens a sentence or a clause, then a verb that hosts (plural too).
    pytest.param("en", "Oslo and Bergen also hosted protests on Saturday.", ["Oslo", "Bergen"],
                 id="a-list-of-towns-hosted"),
    pytest.param("pt", "Além de Madrid, também o Porto e Lisboa acolheram este sábado ações de protesto.",
                 ["Porto", "Lisboa"], id="pt-a-clause-of-towns-hosted"),
    pytest.param("es", "Madrid y Barcelona acogieron manifestaciones el sábado.", ["Madrid", "Barcelona"],
                 id="es-a-list-of-towns-hosted"),
    pytest.param("fr", "Lyon et Marseille ont aussi connu des manifestations samedi.", ["Lyon", "Marseille"],
                 id="fr-a-list-of-towns-hosted"),
    pytest.param("en", "Protesters from Oslo and Bergen hosted a rally in Paris.", ["Paris"],
                 id="towns-after-from-host-nothing"),
    # ... or that says they are among the towns where people gathered
    pytest.param("en", "Oslo, Bergen and Paris are among the cities where exiles have rallied.",
                 ["Oslo", "Bergen", "Paris"], id="towns-among-the-cities-where"),
    pytest.param("es", "Madrid y Barcelona son algunas de las ciudades donde se han manifestado.",
                 ["Madrid", "Barcelona"], id="es-towns-among-the-cities-where"),
    pytest.param("de", "Berlin und Köln gehören zu den Städten, in denen Exilanten demonstriert haben.",
                 ["Berlin", "Köln"], id="de-towns-among-the-cities-where"),
    pytest.param("fr", "Lyon et Marseille font partie des villes où des exilés ont manifesté.",
                 ["Lyon", "Marseille"], id="fr-towns-among-the-cities-where"),
    pytest.param("it", "Milano e Torino sono tra le città dove gli esuli hanno manifestato.", ["Milano", "Torino"],
                 id="it-towns-among-the-cities-where"),
    pytest.param("en", "Oslo and Paris are among the cities where the company has offices.", [],
                 id="towns-among-the-cities-where-nothing-gathered"),
    # a town for its people, told in the past, after a page's date header at most; in the present it
    # may be a headline of a gathering to come, which nothing dates
    pytest.param("it", " date 2019-10 Milano è scesa in piazza al fianco del popolo curdo.", ["Milano"],
                 id="it-a-town-took-to-the-square"),
    pytest.param("de", "Berlin ging auf die Straße: Tausende forderten Frieden.", ["Berlin"],
                 id="de-a-town-took-to-the-street"),
    pytest.param("en", "London marched against the war.", ["London"], id="a-town-marched"),
    pytest.param("it", "Milano scende in piazza al fianco del popolo curdo.", [], id="it-a-town-in-the-present"),
    # a town for its rulers, its noun inflected
    pytest.param("da", "Søndag gik tusinder på gaden i København for at protestere mod folkedrabet i Berlin.",
                 ["København"], id="da-the-town-of-a-genocide"),
    # a list of towns in brackets after the word for towns, as after its colon
    pytest.param("it", "Il corteo, in contemporanea con altre sei città italiane (Torino, Roma e Milano), è stato "
                 "organizzato dalla Fondazione.", ["Torino", "Roma", "Milano"], id="it-towns-in-brackets"),
    pytest.param("en", "Rallies were held on Saturday in six other cities (Paris, Lyon and Marseille).",
                 ["Paris", "Lyon", "Marseille"], id="towns-in-brackets"),
    # a list's bullet before a sentence's capitalised locative: the locative still opens the sentence
    pytest.param("fr", "Des rassemblements samedi.\n- A Lyon, 75 000 personnes ont défilé.\n• A Marseille, 45 000 ont manifesté.",
                 ["Lyon", "Marseille"], id="fr-a-bullet-before-a-capital-locative"),
    pytest.param("en", "Rallies on Saturday.\n- In Paris, 75,000 people marched.\n* In Lyon, 45,000 marched.",
                 ["Paris", "Lyon"], id="a-bullet-before-a-locative"),
    # a town after its locative, then the people who gathered there: no longer name
    pytest.param("en", "Hundreds rallied in Paris, while in London Kurds and their supporters marched.",
                 ["Paris", "London"], id="a-town-then-a-people"),
    pytest.param("de", "In Berlin demonstrierten Hunderte, in Hamburg Kurden und ihre Unterstützer.",
                 ["Berlin", "Hamburg"], id="de-a-town-then-a-people"),
    # a town's adjective before a part or a landmark of it is the town ('in der Hamburger Innenstadt')
    pytest.param("de", "Mitten in der Hamburger Innenstadt haben sich Dutzende zu einer Kundgebung versammelt.",
                 ["Hamburger"], id="de-a-town-s-adjective-before-its-centre"),
    pytest.param("de", "Vor dem Kölner Dom demonstrierten am Samstag Hunderte Menschen.", ["Kölner"],
                 id="de-a-town-s-adjective-before-its-cathedral"),
    pytest.param("de", "Tausende demonstrierten in der Münchner Innenstadt.", ["Münchner"],
                 id="de-a-town-s-adjective-of-another-ending"),
    # a group that gathered, in the singular ('um grupo se concentrou')
    pytest.param("pt", "De manhã, em Lisboa, um grupo de brasileiros se concentrou na praça.", ["Lisboa"],
                 id="pt-a-group-gathered"),
    pytest.param("it", "Sabato un gruppo si è concentrato davanti al consolato a Roma.", ["Roma"], id="it-a-group-gathered"),
    pytest.param("es", "El sábado un grupo de personas se reunió en Madrid.", ["Madrid"], id="es-a-group-gathered"),
    pytest.param("pl", "W sobotę grupa osób zebrała się w Warszawie.", ["Warszawie"], id="pl-a-group-gathered"),
    pytest.param("nl", "Zaterdag kwam een groep mensen bijeen in Den Haag.", ["Den Haag"], id="nl-a-group-gathered"),
    # a protest called an action, with a verb of taking place ('an action was held'); not 'legal action'
    pytest.param("en", "On Sunday an action of the diaspora was held near the embassy. Another action was held in "
                 "London.", ["London"], id="an-action-was-held"),
    pytest.param("en", "Legal action was taken in London against the organisers.", [], id="legal-action-is-no-rally"),
    # a town, then what makes it one of the places of a gathering told after it, or one of the towns
    # that were not the only ones
    pytest.param("en", "London was one of the cities where protesters marched on Saturday.", ["London"],
                 id="one-of-the-cities-where"),
    pytest.param("pt", "Lisboa e Porto não foram as únicas cidades em que os manifestantes saíram à rua.",
                 ["Lisboa", "Porto"], id="pt-not-the-only-cities-where"),
    pytest.param("es", "Madrid fue una de las ciudades donde los manifestantes salieron a la calle.", ["Madrid"],
                 id="es-one-of-the-cities-where"),
    # a wire's dateline over a gathering is where it was, though the sentence names a country of a
    # cause ('pro-X'); not over gatherings in towns it counts and does not name
    pytest.param("it", "ROMA (Agenzia) - Centinaia di persone hanno partecipato a un corteo pro-Palestina nelle vie "
                 "della città.", ["ROMA"], id="it-a-wire-s-dateline-and-a-country-of-a-cause"),
    pytest.param("en", "PARIS (Agency) — Iranians held rallies in four cities on Saturday.", [],
                 id="a-wire-s-dateline-over-towns-counted"),
    pytest.param("de", "BERLIN (dpa) - In zehn Städten demonstrierten am Samstag Tausende.", [],
                 id="de-a-wire-s-dateline-over-towns-counted"),
    pytest.param("it", "Un anno dopo, Roma è tornata in piazza per le vittime.", ["Roma"],
                 id="it-a-town-went-back-to-the-square"),
    # a town getting ready for a gathering ('X si prepara a', 'X se prépare à', 'X is bracing for')
    pytest.param("it", "Roma si prepara a una nuova giornata di mobilitazione.", ["Roma"], id="it-a-town-prepares-for"),
    pytest.param("en", "London is bracing for a huge march on Saturday.", ["London"], id="a-town-braces-for"),
    # raids there are what a gathering protested
    pytest.param("fr", "Après une marche, des centaines de personnes ont appelé à Paris à arrêter les raids à Lyon.",
                 ["Paris"], id="fr-raids-there"),
    # a French procession
    pytest.param("fr", "À Lyon s'est déroulée samedi une procession silencieuse.", ["Lyon"], id="fr-a-procession"),
    # a standing protest as Latin America calls it ('un plantón')
    pytest.param("es", "Y en Madrid, los colombianos hicieron un plantón ante la Embajada.", ["Madrid"],
                 id="es-a-planton"),
    # where a march heads is where it gathers ('hacia el centro de X')
    pytest.param("es", "Cientos de personas marcharon el sábado hacia el monumento de Madrid.", ["Madrid"],
                 id="es-a-march-heading-to-a-town-s-landmark"),
    # a list of towns after a phrase of coming from is where the people came from
    pytest.param("fr", "Venus de différentes villes du pays, notamment Nice et Paris, six cents manifestants ont "
                 "commencé leur marche.", [], id="fr-a-list-of-towns-people-came-from"),
    pytest.param("en", "Coming from cities such as Toronto and Ottawa, hundreds of protesters marched in London.",
                 ["London"], id="a-list-of-towns-people-came-from"),
    # a locative that opens an idiom places nothing after it ('In time for the start of X')
    pytest.param("en", "In time for the visit to Moscow, a group leads a rally in front of the embassy in London.",
                 ["London"], id="a-locative-opening-an-idiom"),
    pytest.param("en", "In the wake of the summit of Moscow, a group held a rally in front of the embassy in London.",
                 ["London"], id="a-locative-opening-another-idiom"),
    # people turning up at a place ('sich eingefunden')
    pytest.param("de", "Hunderte hatten sich am Samstag vor dem Rathaus in Hamburg eingefunden.", ["Hamburg"],
                 id="de-people-turned-up"),
    pytest.param("de", "Am Samstag fanden sich rund 300 Menschen vor dem Rathaus in Hamburg ein.", ["Hamburg"],
                 id="de-people-turned-up-a-split-verb"),
    # a sentence that says where the gathering just told took place ('That happened in …')
    pytest.param("nl", "Zaterdag werd er gedemonstreerd tegen de oorlog. Dat gebeurde onder meer in Den Haag en Hamburg.",
                 ["Den Haag", "Hamburg"], id="nl-that-happened-in"),
    pytest.param("en", "Rallies were held on Saturday against the war. That happened in London and Toronto.",
                 ["London", "Toronto"], id="that-happened-in"),
    pytest.param("en", "A storm hit the coast on Saturday. That happened in London and Toronto.", [],
                 id="that-happened-after-no-gathering"),
    # a square named after another town is no town ('piazzale Bologna' in Vicenza)
    pytest.param("it", "Il corteo partirà per proseguire verso piazzale Roma e raggiungere il Duomo.", [],
                 id="it-a-square-named-after-another-town"),
    # ... or before a compound on such a noun with a name of its own; a square or a street bearing
    # the town's name alone lies in another town
    pytest.param("de", "Am Samstag demonstrierten Hunderte auf dem Hamburger Marienplatz.", ["Hamburger"],
                 id="de-a-town-s-adjective-before-a-named-square"),
    pytest.param("de", "Am 13. Oktober fand auf der Kölner Buchmesse eine Demonstration statt.", ["Kölner"],
                 id="de-a-town-s-adjective-before-its-fair"),
    pytest.param("de", "Am Samstag demonstrierten Hunderte auf dem Hamburger Platz in Berlin.", ["Berlin"],
                 id="de-a-square-named-after-another-town"),
    pytest.param("de", "Am Hamburger Platz der Republik haben am Samstag Hunderte protestiert.", ["Hamburger"],
                 id="de-a-town-s-adjective-before-a-square-with-its-own-name"),
    # 'X was the scene of', in the tenses beside the simple past
    pytest.param("fr", "Le samedi 30 août, Paris a été le théâtre d'une mobilisation de la diaspora.", ["Paris"],
                 id="fr-a-town-has-been-the-scene"),
    pytest.param("es", "El sábado, Madrid ha sido escenario de una concentración de la diáspora.", ["Madrid"],
                 id="es-a-town-has-been-the-scene"),
    pytest.param("en", "On Saturday, Paris will be the scene of a march against the war.", ["Paris"],
                 id="a-town-will-be-the-scene"),
    pytest.param("de", "In Köln gab es eine Mahnwache für den getöteten Jungen im Frankfurter Hauptbahnhof.", ["Köln"],
                 id="de-where-the-one-a-vigil-mourns-was-killed"),
    # where the people a march mourns were killed, or those it defends were arrested: not where it marched
    pytest.param("fr", "En tête du cortège à Lyon, des femmes portaient les portraits des militantes assassinées à Paris.",
                 ["Lyon"], id="fr-where-those-mourned-were-killed"),
    pytest.param("fr", "Des milliers ont défilé à Lyon contre l'interpellation de 17 militants à Paris et Marseille.",
                 ["Lyon"], id="fr-where-those-defended-were-arrested"),
    pytest.param("en", "Thousands marched in London against the arrest of 17 activists in Paris.", ["London"],
                 id="where-those-defended-were-arrested"),
    pytest.param("it", "Migliaia hanno sfilato a Roma contro l'arresto di 17 attivisti a Milano.", ["Roma"],
                 id="it-where-those-defended-were-arrested"),
    pytest.param("de", "Tausende demonstrierten in Berlin gegen die Festnahme von 17 Aktivisten in Hamburg.", ["Berlin"],
                 id="de-where-those-defended-were-arrested"),
    pytest.param("de", "Tausende versammelten sich in Berlin, um gegen die Politik in Hamburg zu protestieren.", ["Berlin"],
                 id="de-a-policy-there"),
    # who called or led a gathering is not where it went ('convocada por', by, not through)
    pytest.param("es", "La marcha, convocada por Barcelona y sus aliados, reunió a miles en Madrid.", ["Madrid"],
                 id="es-the-agent-of-a-call-is-no-route"),
    pytest.param("es", "Miles de personas marcharon por Madrid.", ["Madrid"], id="es-por-a-town-is-its-route"),
    pytest.param("pl", "Protesty były w wielu miastach: Warszawie czy Krakowie.",
                 ["Warszawie", "Krakowie"], id="pl-czy-joins-a-list"),
    # a crowd that packs or fills a place ('han abarrotado el corazón de Madrid')
    pytest.param("es", "Miles de personas han abarrotado el corazón de Madrid.", ["Madrid"],
                 id="es-a-crowd-packs-the-heart-of-a-town"),
    pytest.param("es", "Miles de personas llenaron las calles de Barcelona.", ["Barcelona"],
                 id="es-a-crowd-fills-the-streets-of-a-town"),
    pytest.param("de", "Eine Anti-Hamburg Kundgebung fand am Samstag statt.", [], id="de-anti-a-place-is-a-cause"),
    # who rules a place stands for it only right before its locative, not across another place's phrase
    pytest.param("no", "Flere hundre hadde møtt opp i en demonstrasjon mot regimet foran Stortinget i Oslo lørdag.",
                 ["Oslo"], id="no-the-regime-before-another-place-s-phrase"),
    pytest.param("en", "Hundreds protested against the regime outside Parliament in London.", ["London"],
                 id="the-regime-before-another-place-s-phrase"),
    pytest.param("en", "Hundreds protested in London against the regime in Paris.", ["London"],
                 id="the-regime-right-before-its-place"),
    # a capital after its country's genitive and a comma: 'Norges hovedstad, Oslo'
    pytest.param("da", "En demonstration foran ambassaden i Norges hovedstad, Oslo, endte i uro.", ["Oslo"],
                 id="da-a-country-s-capital-then-its-name"),
    # what happened there: 'de gebeurtenissen in X'
    pytest.param("nl", "Duizenden demonstreerden in Amsterdam naar aanleiding van de gebeurtenissen in Rotterdam.",
                 ["Amsterdam"], id="nl-the-events-there"),
    pytest.param("nl", "Duizenden mensen demonstreerden zaterdag in de Amsterdamse binnenstad.", ["Amsterdamse"],
                 id="nl-a-town-s-adjective-before-its-centre"),
    pytest.param("nl", "Honderden mensen verzamelden zich bij het Rotterdamse stadhuis.", ["Rotterdamse"],
                 id="nl-a-town-s-adjective-before-its-town-hall"),
    pytest.param("de", "Hunderte demonstrierten vor dem Berliner Ensemble.", [],
                 id="de-a-town-s-adjective-before-a-name-is-no-town"),
    # a circle or esplanade named after a town is a square, not the town
    pytest.param("pt", "Centenas de pessoas reuniram-se no Círculo do Porto, em Lisboa, e marcharam até a embaixada.",
                 ["Lisboa"], id="pt-a-circle-named-after-a-town"),
    pytest.param("es", "Cientos de personas se concentraron en la Glorieta de Barcelona, en Madrid.", ["Madrid"],
                 id="es-a-roundabout-named-after-a-town"),
    # where someone serves as a pastor, a priest, an imam: the person's town, not the gathering's
    pytest.param("sv", "Hundratals demonstrerade i Stockholm, bland dem en pastor i Malmö.", ["Stockholm"],
                 id="sv-a-pastor-s-town"),
    pytest.param("en", "Thousands marched in London, led by a pastor in Oslo.", ["London"], id="a-pastor-s-town"),
    pytest.param("de", "Tausende demonstrierten in Berlin, darunter ein Imam in Hamburg.", ["Berlin"],
                 id="de-an-imam-s-town"),
    pytest.param("de", "In der Hauptstadt Berlin haben Hunderte Menschen demonstriert.", ["Berlin"],
                 id="de-the-capital-then-its-name"),
    pytest.param("de", "In der französischen Hauptstadt Paris haben Hunderte Menschen demonstriert.", ["Paris"],
                 id="de-an-adjective-the-capital-then-its-name"),
    pytest.param("es", "Cientos de venezolanos se han congregado este sábado en el centro de Madrid.", ["Madrid"],
                 id="es-se-han-congregado"),
    pytest.param("es", "Grupos de venezolanos comenzaron a concentrarse este sábado frente al consulado en Madrid.",
                 ["Madrid"], id="es-comenzaron-a-concentrarse"),
    pytest.param("pl", "Setki osób protestowały w Krakowie przeciwko reżimowi w Warszawie.", ["Krakowie"],
                 id="pl-against-the-regime-in-a-town"),
    pytest.param("pl", "Setki osób protestowały przed siedzibą rządu w Warszawie.", ["Warszawie"],
                 id="pl-the-seat-of-government-in-a-town"),
    # what happened elsewhere, told with its own place, before the venue and town of the gathering
    pytest.param("en", "Exiles protested the coup in their homeland at the consulate in Oslo.", ["Oslo"],
                 id="what-happened-told-with-its-own-place"),
    pytest.param("de", "Exilanten protestierten gegen den Putsch in ihrer Heimat vor dem Konsulat in Hamburg.",
                 ["Hamburg"], id="de-what-happened-told-with-its-own-place"),
    pytest.param("en", "Hundreds marched against the killing of a student at a school in Oslo.", [],
                 id="what-happened-at-a-spot-in-a-town"),
    # a list's last items after an intensifier ('and even')
    pytest.param("en", "Thousands protested in Berlin, Paris, and even Warsaw and Rome.",
                 ["Berlin", "Paris", "Warsaw", "Rome"], id="and-even-joins-a-list"),
    pytest.param("fr", "Des milliers de personnes ont manifesté à Paris, Lyon et même à Rome.", ["Paris", "Lyon", "Rome"],
                 id="fr-et-meme-joins-a-list"),
    pytest.param("de", "Tausende demonstrierten in Berlin, Hamburg und sogar in Köln.", ["Berlin", "Hamburg", "Köln"],
                 id="de-und-sogar-joins-a-list"),
    pytest.param("pl", "Protestowano w Warszawie, Krakowie, a nawet w Berlinie.", ["Warszawie", "Krakowie", "Berlinie"],
                 id="pl-a-nawet-joins-a-list"),
    # a list's last items after 'or also', 'or else' ('ou encore', 'oder auch', 'o ancora')
    pytest.param("fr", "Des manifestants ont protesté jeudi à Berlin, Paris ou encore Rome et Oslo.",
                 ["Berlin", "Paris", "Rome", "Oslo"], id="fr-ou-encore-joins-a-list"),
    pytest.param("de", "Demonstranten protestierten am Donnerstag in Berlin, Hamburg oder auch Oslo.",
                 ["Berlin", "Hamburg", "Oslo"], id="de-oder-auch-joins-a-list"),
    pytest.param("es", "Los manifestantes protestaron el jueves en Madrid, Barcelona o también Lisboa.",
                 ["Madrid", "Barcelona", "Lisboa"], id="es-o-tambien-joins-a-list"),
    pytest.param("it", "I manifestanti hanno protestato giovedì a Roma, Milano o ancora Torino.",
                 ["Roma", "Milano", "Torino"], id="it-o-ancora-joins-a-list"),
    pytest.param("it", "I manifestanti hanno protestato giovedì a Roma, Milano oppure Torino.",
                 ["Roma", "Milano", "Torino"], id="it-oppure-joins-a-list"),
    pytest.param("pt", "Os manifestantes protestaram na quinta-feira em Lisboa, Porto ou ainda Madrid.",
                 ["Lisboa", "Porto", "Madrid"], id="pt-ou-ainda-joins-a-list"),
    pytest.param("nl", "Demonstranten protesteerden donderdag in Amsterdam, Rotterdam of ook Berlin.",
                 ["Amsterdam", "Rotterdam", "Berlin"], id="nl-of-ook-joins-a-list"),
    # a wire's dateline with its date, day first, the agency in brackets after it
    pytest.param("fr", "PARIS, 23 nov (AFP) - Des milliers de personnes ont manifesté samedi devant le Sénat.",
                 ["PARIS"], id="fr-wire-dateline-with-its-date"),
    pytest.param("de", "BERLIN, 23. Nov. (dpa) - Tausende Menschen haben am Samstag vor dem Reichstag demonstriert.",
                 ["BERLIN"], id="de-wire-dateline-with-its-date"),
    # a gathering told in the present, as a photograph's caption tells it
    pytest.param("en", "Members of the community demonstrate in Oslo on 3 March 2019 against the plan.", ["Oslo"],
                 id="demonstrate-in-the-present"),
    pytest.param("fr", "Des membres de la communauté manifestent à Lyon le 3 mars 2019.", ["Lyon"],
                 id="fr-manifestent-in-the-present"),
    pytest.param("es", "Miembros de la comunidad marchan en Madrid el 3 de marzo de 2019.", ["Madrid"],
                 id="es-marchan-in-the-present"),
    pytest.param("it", "Membri della comunità manifestano a Milano il 3 marzo 2019.", ["Milano"],
                 id="it-manifestano-in-the-present"),
    pytest.param("pl", "Członkowie społeczności demonstrują 3 marca 2019 w Warszawie.", ["Warszawie"],
                 id="pl-demonstruja-in-the-present"),
    # a list whose verb is written once, each town with its figure
    pytest.param("en", "Police counted 100,000 in Berlin, while Paris drew 70,000 and Rome 15,000.",
                 ["Berlin", "Paris", "Rome"], id="a-verb-written-once-for-each-town-s-figure"),
    pytest.param("en", "Oslo saw 5,000 people, Stockholm 2,000 and Geneva 800.", ["Oslo", "Stockholm", "Geneva"],
                 id="a-host-verb-written-once-for-each-town-s-figure"),
    pytest.param("en", "Paris drew 70,000 and Rome 2024 was a year of protest.", ["Paris"],
                 id="a-year-after-a-town-is-no-figure"),
    # the streets of a town, in the plural after its name; a square named after a town is no town
    pytest.param("en", "A few hundred people protested in Oslo streets.", ["Oslo"], id="a-town-s-streets"),
    pytest.param("en", "A few hundred people protested in Oslo Street in Sydney.", ["Sydney"],
                 id="a-street-named-after-a-town"),
    pytest.param("en", "A few hundred people bowed their heads in Oslo park before marching in Sydney.", ["Sydney"],
                 id="a-park-named-after-a-town"),
    pytest.param("en", "Exiles have taken to the streets of cities including Oslo, Geneva and Rome.",
                 ["Oslo", "Geneva", "Rome"], id="have-taken-to-the-streets"),
    # an embassy 'of' a capital is its country's, wherever it stands; a consulate 'of' a town stands there
    pytest.param("it", "Decine di persone hanno manifestato a Roma davanti all'ambasciata di Oslo.", ["Roma"],
                 id="it-the-embassy-of-a-capital"),
    pytest.param("fr", "Des dizaines de personnes ont manifesté devant l'ambassade d'Oslo à Paris.", ["Paris"],
                 id="fr-the-embassy-of-an-elided-capital"),
    pytest.param("es", "Decenas de personas protestaron frente a la embajada de Oslo.", [],
                 id="es-the-embassy-of-a-capital"),
    pytest.param("it", "Decine di persone hanno manifestato davanti al consolato di Milano.", ["Milano"],
                 id="it-the-consulate-of-a-town-stands-there"),
    # where an organisation sits is not where its people gathered
    pytest.param("es", "Según una ONG con sede en Oslo, miles de personas protestaron en Roma.", ["Roma"],
                 id="es-con-sede-en"),
    pytest.param("pt", "Segundo uma ONG com sede em Oslo, milhares de pessoas protestaram em Roma.", ["Roma"],
                 id="pt-com-sede-em"),
    pytest.param("it", "Secondo una ONG con sede a Oslo, migliaia di persone hanno manifestato a Roma.", ["Roma"],
                 id="it-con-sede-a"),
    pytest.param("de", "Laut einer NGO mit Sitz in Oslo demonstrierten Tausende in Berlin.", ["Berlin"],
                 id="de-mit-sitz-in"),
    pytest.param("nl", "Volgens een ngo gevestigd in Oslo demonstreerden duizenden mensen in Rome.", ["Rome"],
                 id="nl-gevestigd-in"),
    pytest.param("fr", "Selon une ONG basée à Oslo, des milliers de personnes ont manifesté à Rome.", ["Rome"],
                 id="fr-basee-a"),
    pytest.param("pl", "Według organizacji z siedzibą w Oslo tysiące osób protestowały w Warszawie.", ["Warszawie"],
                 id="pl-z-siedziba-w"),
    pytest.param("sv", "Enligt en organisation med säte i Oslo demonstrerade tusentals i Stockholm.", ["Stockholm"],
                 id="sv-med-sate-i"),
    pytest.param("es", "Cientos de personas se concentraron frente a la sede del partido en Madrid.", ["Madrid"],
                 id="es-the-seat-as-a-venue-stands-there"),
    pytest.param("it", "A Milano è stato un partito a dar vita al sit in davanti alla prefettura.", ["Milano"],
                 id="it-sit-in-written-apart"),
    # a place inside a gathering's title-case name is what it stands with, not where it was
    pytest.param("en", "Up to 1,000 joined the Stand With Oslo protest in London.", ["London"],
                 id="a-place-in-a-title-case-name"),
    pytest.param("en", "Thousands joined the Oslo protest.", ["Oslo"], id="a-place-naming-the-protest"),
    # a town after a place's comma and 'near' says where the place lies
    pytest.param("en", "Hundreds marched in Lyon, near Paris, on Saturday.", ["Lyon"], id="a-town-near-another"),
    pytest.param("fr", "Des centaines de personnes ont manifesté à Lyon, près de Paris.", ["Lyon"],
                 id="fr-a-town-pres-d-une-autre"),
    pytest.param("de", "Hunderte demonstrierten in Köln, unweit von Berlin.", ["Köln"], id="de-a-town-unweit-another"),
    # a town and its full stop opening a line label the story after it
    pytest.param("pl", "Przed ambasadą protestują Ukraińcy.\n\nWarszawa. Protest przed ambasadą. Protestujący skandują.",
                 ["Warszawa"], id="pl-a-town-labels-the-line"),
    # what befell a place (destroyed, evicted) is not the gathering's
    pytest.param("fr", "Un cortège a rejoint la place, les Roms dont le campement avait été détruit le 12 août à Lyon.",
                 [], id="fr-a-camp-destroyed-there"),
    pytest.param("en", "Hundreds marched in London against the camp demolished last week in Paris.", ["London"],
                 id="a-camp-demolished-there"),
]


@pytest.mark.parametrize("code, text, expected", PLACES)
def test_rally_places_per_language(tiny_gazetteer, code, text, expected):
    analysis = analyse(text, tiny_gazetteer, lexicon(code))
    assert [r.place.surface for r in analysis.rallies] == expected


def test_a_town_s_adjective_is_read_in_every_article(tiny_gazetteer):
    """A capitalised word that names no place alone is remembered as starting none; a town's
    adjective must not be, or a second article loses the town."""
    texts = ["Mitten in der Hamburger Innenstadt haben sich Dutzende versammelt.",
             "Am Samstag demonstrierten Hunderte auf dem Hamburger Rathausmarkt."]
    assert [[r.place.key for r in analyse(text, tiny_gazetteer, lexicon("de")).rallies] for text in texts] == [
        ["hamburg"], ["hamburg"]]


@pytest.fixture(scope="module")
def accented_words_gazetteer():
    """The tiny gazetteer and small towns named by words of the language that carry accents."""
    towns = [city(9000001, "Independência", -5.39, -40.31, "BR", "06", 25000),
             city(9000002, "Constitución", -35.33, -72.41, "CL", "11", 46000),
             city(9000003, "Libération", 45.0, 5.0, "FR", "84", 9000),
             # parts of towns that GeoNames lists as places
             city(9000004, "Centro", 40.42, -3.70, "ES", "29", 88000),
             city(9000005, "Downtown", 43.65, -79.38, "CA", "08", 12000),
             city(9000006, "Altstadt", 50.0, 8.0, "DE", "05", 12000),
             # a large town whose name a country's is, but for its accent (França)
             city(9000007, "Franca", -20.54, -47.40, "BR", "27", 358539),
             # a town, and a large city another language names as the river it lies on
             city(9000008, "Traben-Trarbach", 49.95, 7.12, "DE", "08", 5600),
             city(9000009, "Riverton", 36.3, 43.1, "IQ", "01", 1683000, "Mosel"),
             # a town named by a common noun ('union')
             city(9000010, "Union", 40.70, -74.26, "US", "NJ", 58000),
             # a town whose peace a gathering elsewhere asks for
             city(281133, "Gaza", 31.50, 34.47, "PS", "", 410000),
             # a town's district that GeoNames lists as a place
             city(2870912, "Mitte", 52.52, 13.40, "DE", "16", 330000),
             # a village spelled as a word of gathering ('Demo', a German demonstration)
             city(9000011, "Kundgebung", 46.0, 10.3, "IT", "09", 780),
             # a town named by a common word of its language (a mill)
             city(9000012, "Molen", 51.4, 5.4, "NL", "06", 9000)]
    return Gazetteer.from_records(TINY_CITIES + towns, TINY_COUNTRIES, TINY_STATES, min_alternate_population=0)


@pytest.mark.parametrize("code, text, expected", [
    pytest.param("pt", "O ato acontece em Lisboa no dia em que se comemora a Independência.", ["Lisboa"],
                 id="pt-a-word-with-accents"),
    pytest.param("es", "La marcha en Madrid se celebra el día en que se conmemora la Constitución.", ["Madrid"],
                 id="es-a-word-with-accents"),
    pytest.param("fr", "La manifestation à Lyon a eu lieu le jour où l'on fête la Libération.", ["Lyon"],
                 id="fr-a-word-with-accents"),
    pytest.param("pt", "A concentração foi na Praça do Comércio, no Centro, e houve caminhada com faixas.", [],
                 id="pt-the-centre-is-no-town"),
    pytest.param("es", "Los manifestantes marcharon por el Centro de Madrid.", ["Madrid"], id="es-the-centre-of-a-town"),
    pytest.param("en", "Hundreds rallied in Downtown on Saturday.", [], id="downtown-is-no-town"),
    pytest.param("de", "Hunderte demonstrierten in der Altstadt.", [], id="de-the-old-town-is-no-town"),
    pytest.param("de", "Nur zwei Menschen bei Kundgebung?", [], id="de-the-word-of-gathering-is-no-town"),
    # a town named by a common word after its locative, its article and a region's adjective
    pytest.param("nl", "Zaterdag demonstreerden honderden mensen in het Brabantse Molen.", ["Molen"],
                 id="nl-a-region-s-adjective-before-a-town"),
    pytest.param("nl", "Zaterdag demonstreerden honderden mensen bij de oude Molen.", [],
                 id="nl-an-adjective-before-a-common-word"),
    pytest.param("de", "Hunderte demonstrierten an der Jannowitzbrücke in Mitte.", [], id="de-a-district-called-centre"),
    pytest.param("pt", "Há manifestações marcadas em Madrid, na Espanha, e em Paris, na França.", ["Madrid", "Paris"],
                 id="pt-a-country-spelled-apart-from-a-town"),
    pytest.param("de", "Auch in Traben-Trarbach an der Mosel wurde demonstriert.", ["Traben-Trarbach"],
                 id="de-the-river-a-town-lies-on"),
    pytest.param("de", "Demonstriert wurde in Berlin am Brandenburger Tor und in Hamburg.", ["Berlin", "Hamburg"],
                 id="de-am-before-a-landmark"),
    pytest.param("pt", "Centenas de manifestantes se reuniram na Avenida Paulista, região central de Lisboa.",
                 ["Lisboa"], id="pt-the-central-part-of-a-town"),
    pytest.param("es", "Cientos de manifestantes se concentraron en la Plaza Mayor, zona céntrica de Madrid.",
                 ["Madrid"], id="es-the-central-part-of-a-town"),
    # the town a gathering asks peace for is not where people gathered
    pytest.param("en", "On Saturday thousands marched in London for peace in Gaza.", ["London"], id="peace-in-a-town"),
    pytest.param("de", "Am Samstag demonstrierten Tausende in Berlin für Frieden in Gaza.", ["Berlin"],
                 id="de-frieden-in"),
    pytest.param("fr", "Samedi, des milliers de personnes ont défilé à Paris pour la paix à Gaza.", ["Paris"],
                 id="fr-la-paix-a"),
    pytest.param("no", "Lørdag er det demonstrasjoner for fred i Gaza over hele Norge, også i Oslo.", ["Oslo"],
                 id="no-fred-i"),
    pytest.param("pl", "W sobotę tysiące osób protestowały w Warszawie o pokój w Gazie.", ["Warszawie"],
                 id="pl-pokoj-w"),
    pytest.param("en", "A peace march in London drew thousands on Saturday.", ["London"], id="a-peace-march-in-a-town"),
    pytest.param("en", "On Saturday thousands marched in London for democracy in Hong Kong.", ["London"],
                 id="democracy-in-a-town"),
    pytest.param("fr", "Samedi, des milliers de personnes ont défilé à Paris pour la démocratie à Hong Kong.", ["Paris"],
                 id="fr-la-democratie-a"),
    # ... but a cause asked for where people gathered, or in a list of the gatherings' towns, is theirs
    pytest.param("en", "On Saturday thousands marched for human rights in London.", ["London"],
                 id="a-cause-in-the-only-town"),
    pytest.param("en", "On Saturday thousands marched for peace in London and Paris.", ["London", "Paris"],
                 id="a-cause-in-a-list-of-towns"),
    # the town where an assault set the protest off is not where people gathered
    pytest.param("pl", "Bezpośrednim powodem protestu stało się poturbowanie Polaka w Krakowie.", [],
                 id="pl-where-an-assault-happened"),
    pytest.param("es", "La protesta se convocó después de que un joven fuera agredido en Madrid.", [],
                 id="es-where-an-assault-happened"),
    # a common noun after its elided article ('à l'Union européenne') is no town ('a L'Aquila' is:
    # see it-an-elided-article)
    pytest.param("fr", "Des militants ont manifesté devant la représentation de la Russie à l'Union européenne à Lyon.",
                 ["Lyon"], id="fr-a-common-noun-after-its-elided-article"),
    # an army's operation there is what the gathering was against, not where it was
    pytest.param("en", "Thousands marched in London on Saturday against the military operation in Paris.", ["London"],
                 id="an-operation-in-a-town"),
    pytest.param("fr", "Des milliers de personnes ont manifesté à Lyon contre l'opération militaire à Paris.", ["Lyon"],
                 id="fr-une-operation-a"),
    # ... and so is an oppression there that the gathering protested
    pytest.param("en", "Fifty people rallied in front of the embassy in London to protest the oppression of the "
                 "Uighurs in Paris.", ["London"], id="an-oppression-in-a-town"),
    pytest.param("de", "Hunderte demonstrierten in Berlin gegen die Unterdrückung der Uiguren in Hamburg.", ["Berlin"],
                 id="de-die-unterdrueckung-in"),
    # a town that names a deed ('the London van attack') is where it happened, not where people gathered
    pytest.param("en", "Residents gathered on Wednesday for a vigil in memory of the April 23 London van attack "
                 "victims.", [], id="a-town-naming-an-attack"),
    pytest.param("en", "Hundreds attended a vigil in memory of the London nightclub shooting victims.", [],
                 id="a-town-naming-a-shooting"),
    pytest.param("en", "Thousands joined the London protest against the killings.", ["London"],
                 id="a-town-naming-its-gathering-first"),
    # a town's name that opens a compound word is no town; a town and its part joined so are a place
    pytest.param("de", "Tausende nahmen in Berlin an der Demonstration gegen die Paris-Massnahmenpolitik teil.",
                 ["Berlin"], id="de-a-town-opening-a-compound"),
    pytest.param("en", "A London-based group held a rally in Paris on Saturday.", ["Paris"],
                 id="a-town-opening-a-compound"),
    # a region whose name opens with a town's ('Baden' of 'Baden-Württemberg', an ISO 3166-2 name) is the region
    pytest.param("de", "Auch in Baden-Württemberg gingen Tausende auf die Straße, in Berlin demonstrierten 500.",
                 ["Berlin"], id="de-a-region-named-after-a-town"),
])
def test_a_common_word_or_a_town_s_part_is_no_town(accented_words_gazetteer, code, text, expected):
    analysis = analyse(text, accented_words_gazetteer, lexicon(code))
    assert [r.place.surface for r in analysis.rallies] == expected


@pytest.fixture(scope="module")
def polish_towns_gazetteer():
    """The tiny gazetteer and made-up Polish towns whose locatives soften their last consonant."""
    towns = [city(9100000 + n, name, 50.0 + n / 10, 20.0, "PL", "72", 60000)
             for n, name in enumerate(["Zaręga", "Brzoda", "Lipka", "Sitra", "Mielta", "Wiła"])]
    return Gazetteer.from_records(TINY_CITIES + towns, TINY_COUNTRIES, TINY_STATES, min_alternate_population=0)


@pytest.mark.parametrize("code, text, expected", [
    pytest.param("pl", "w Warszawie", "warszawa", id="pl-ie-to-a"),
    pytest.param("pl", "w Krakowie", "krakow", id="pl-owie-to-ow"),
    pytest.param("pl", "w Lisbonie", "lisbon", id="pl-ie-dropped"),
    pytest.param("pl", "w Porto", "porto", id="pl-uninflected"),
    # the locative softens the name's last consonant: -ga -> -dze, -da -> -dzie, -ka -> -ce,
    # -ra -> -rze, -ta -> -cie, -ła -> -le
    pytest.param("pl", "w Zarędze", "zarega", id="pl-dze-to-ga"),
    pytest.param("pl", "w Brzodzie", "brzoda", id="pl-dzie-to-da"),
    pytest.param("pl", "w Lipce", "lipka", id="pl-ce-to-ka"),
    pytest.param("pl", "w Sitrze", "sitra", id="pl-rze-to-ra"),
    pytest.param("pl", "w Mielcie", "mielta", id="pl-cie-to-ta"),
    pytest.param("pl", "w Wile", "wila", id="pl-le-to-la"),
])
def test_inflected_names_resolve_to_their_town(polish_towns_gazetteer, code, text, expected):
    analysis = analyse(f"Protestowali {text}.", polish_towns_gazetteer, lexicon(code))
    assert [r.place.key for r in analysis.rallies] == [expected]


def test_an_inflected_name_s_reason_says_so(polish_towns_gazetteer):
    """The place's reason says an inflected name was read as its town's; it had called 'w Mielcie'
    a misspelling 'one letter apart, in a list of places', neither of which it is."""
    from rallymap.extract.geocode import resolve_place
    analysis = analyse("Protestowali w Mielcie.", polish_towns_gazetteer, lexicon("pl"))
    reason = resolve_place(analysis.rallies[0].place, polish_towns_gazetteer).geo_reason
    assert "inflected form" in reason and "one letter apart" not in reason


DATES = [
    pytest.param("de", "am Samstag", WED, ("2024-10-05", "2024-10-05", "day"), id="de-weekday"),
    # a holiday's name fused before its weekday is that weekday (lexicon weekday_heads)
    pytest.param("de", "am Rosenmontag", WED, ("2024-10-07", "2024-10-07", "day"), id="de-rosenmontag-is-a-monday"),
    pytest.param("nl", "op Paasmaandag", WED, ("2024-10-07", "2024-10-07", "day"), id="nl-paasmaandag-is-a-monday"),
    pytest.param("sv", "på långfredagen", WED, ("2024-10-04", "2024-10-04", "day"), id="sv-langfredagen-is-a-friday"),
    pytest.param("da", "langfredag", WED, ("2024-10-04", "2024-10-04", "day"), id="da-langfredag-is-a-friday"),
    pytest.param("no", "skjærtorsdag", WED, ("2024-10-03", "2024-10-03", "day"), id="no-skjaertorsdag-is-a-thursday"),
    pytest.param("de", "am vergangenen Samstag", SAT, ("2024-09-28", "2024-09-28", "day"), id="de-last-weekday"),
    pytest.param("de", "am 10. Januar 2015", WED, ("2015-01-10", "2015-01-10", "day"), id="de-day-month-year"),
    # an English month its day glued to it, a year after a comma ('(Review.net, Mar19, 2014)')
    pytest.param("en", "(Review.net, Mar19, 2014)", WED, ("2014-03-19", "2014-03-19", "day"), id="en-month-day-glued"),
    # a month's year after 'del' ('15 de febrero del 2003', 'nel febbraio del 2003')
    pytest.param("es", "el 10 de enero del 2015", WED, ("2015-01-10", "2015-01-10", "day"), id="es-del-year"),
    pytest.param("it", "il 10 gennaio del 2015", WED, ("2015-01-10", "2015-01-10", "day"), id="it-del-year"),
    pytest.param("it", "nel gennaio del 2015", WED, ("2015-01-01", "2015-01-31", "month"), id="it-month-del-year"),
    pytest.param("de", "gestern", WED, ("2024-10-08", "2024-10-08", "day"), id="de-yesterday"),
    # last night, the night before the day of writing: the day before it
    pytest.param("de", "in der vergangenen Nacht", WED, ("2024-10-08", "2024-10-08", "day"), id="de-last-night"),
    pytest.param("fr", "la nuit dernière", WED, ("2024-10-08", "2024-10-08", "day"), id="fr-last-night"),
    pytest.param("it", "ieri notte", WED, ("2024-10-08", "2024-10-08", "day"), id="it-last-night"),
    pytest.param("es", "la pasada noche", WED, ("2024-10-08", "2024-10-08", "day"), id="es-last-night"),
    pytest.param("pt", "na noite passada", WED, ("2024-10-08", "2024-10-08", "day"), id="pt-last-night"),
    pytest.param("nl", "afgelopen nacht", WED, ("2024-10-08", "2024-10-08", "day"), id="nl-last-night"),
    pytest.param("pl", "ostatniej nocy", WED, ("2024-10-08", "2024-10-08", "day"), id="pl-last-night"),
    pytest.param("en", "overnight", WED, ("2024-10-08", "2024-10-08", "day"), id="overnight"),
    # the start of the month of writing ('Anfang des Monats', 'au début du mois'; lexicon months_relative)
    pytest.param("de", "Anfang des Monats", WED, ("2024-10-01", "2024-10-09", "approximate"), id="de-anfang-des-monats"),
    pytest.param("fr", "au début du mois", WED, ("2024-10-01", "2024-10-09", "approximate"), id="fr-au-debut-du-mois"),
    pytest.param("es", "a principios de mes", WED, ("2024-10-01", "2024-10-09", "approximate"),
                 id="es-a-principios-de-mes"),
    pytest.param("it", "all'inizio del mese", WED, ("2024-10-01", "2024-10-09", "approximate"),
                 id="it-all-inizio-del-mese"),
    pytest.param("pl", "na początku miesiąca", WED, ("2024-10-01", "2024-10-09", "approximate"),
                 id="pl-na-poczatku-miesiaca"),
    pytest.param("en", "at the start of the month", WED, ("2024-10-01", "2024-10-09", "approximate"),
                 id="en-at-the-start-of-the-month"),
    # a month's name as a region of the language writes it (CLDR's regional locales)
    pytest.param("de", "am 10. Jänner 2015", WED, ("2015-01-10", "2015-01-10", "day"), id="de-austria-s-january"),
    pytest.param("es", "el 12 de setiembre de 2019", WED, ("2019-09-12", "2019-09-12", "day"),
                 id="es-peru-s-september"),
    pytest.param("fr", "samedi dernier", WED, ("2024-10-05", "2024-10-05", "day"), id="fr-weekday-last-after"),
    pytest.param("fr", "samedi 10 janvier 2015", WED, ("2015-01-10", "2015-01-10", "day"), id="fr-full-date"),
    pytest.param("fr", "le 3 octobre", WED, ("2024-10-03", "2024-10-03", "day"), id="fr-day-month"),
    pytest.param("fr", "mi-septembre", WED, ("2024-09-11", "2024-09-20", "approximate"), id="fr-mid-month"),
    pytest.param("es", "el pasado sábado", WED, ("2024-10-05", "2024-10-05", "day"), id="es-el-pasado"),
    pytest.param("es", "el 2 de octubre de 2024", WED, ("2024-10-02", "2024-10-02", "day"), id="es-de-de"),
    pytest.param("it", "sabato scorso", WED, ("2024-10-05", "2024-10-05", "day"), id="it-scorso"),
    pytest.param("it", "ieri", WED, ("2024-10-08", "2024-10-08", "day"), id="it-yesterday"),
    pytest.param("pt", "no sábado", WED, ("2024-10-05", "2024-10-05", "day"), id="pt-weekday"),
    pytest.param("pt", "na segunda", WED, ("2024-10-07", "2024-10-07", "day"), id="pt-short-weekday"),
    pytest.param("nl", "afgelopen zaterdag", WED, ("2024-10-05", "2024-10-05", "day"), id="nl-afgelopen"),
    pytest.param("nl", "op 5 oktober", WED, ("2024-10-05", "2024-10-05", "day"), id="nl-day-month"),
    pytest.param("sv", "i lördags", WED, ("2024-10-05", "2024-10-05", "day"), id="sv-i-lordags"),
    pytest.param("sv", "den 5 oktober 2024", WED, ("2024-10-05", "2024-10-05", "day"), id="sv-den"),
    pytest.param("da", "i lørdags", WED, ("2024-10-05", "2024-10-05", "day"), id="da-i-lordags"),
    pytest.param("no", "forrige lørdag", WED, ("2024-10-05", "2024-10-05", "day"), id="no-forrige"),
    pytest.param("pl", "w sobotę", WED, ("2024-10-05", "2024-10-05", "day"), id="pl-accusative-weekday"),
    pytest.param("pl", "5 października 2024", WED, ("2024-10-05", "2024-10-05", "day"), id="pl-genitive-month"),
    pytest.param("es", "el Primero de Mayo", WED, ("2024-05-01", "2024-05-01", "day"), id="es-named-may-day"),
    pytest.param("es", "el 8-M", WED, ("2024-03-08", "2024-03-08", "day"), id="es-named-8-m"),
    pytest.param("fr", "le 1er-Mai 2018", WED, ("2018-05-01", "2018-05-01", "day"), id="fr-named-day-holding-a-month"),
    pytest.param("pt", "no 1.º de Maio de 2018", WED, ("2018-05-01", "2018-05-01", "day"),
                 id="pt-named-day-with-its-year"),
    pytest.param("pl", "we wrześniu", WED, ("2024-09-01", "2024-09-30", "month"), id="pl-locative-month"),
    pytest.param("pl", "w lipcu 2019 r.", WED, ("2019-07-01", "2019-07-31", "month"), id="pl-locative-month-and-year"),
    pytest.param("de", "05.10.2024", WED, ("2024-10-05", "2024-10-05", "day"), id="de-numeric-day-first"),
    # the day's period joined to its month without a space
    pytest.param("de", "am 5.Oktober 2024", WED, ("2024-10-05", "2024-10-05", "day"), id="de-period-joined-to-month"),
    pytest.param("pl", "5.października 2024", WED, ("2024-10-05", "2024-10-05", "day"), id="pl-period-joined-to-month"),
    pytest.param("nl", "op 5.oktober 2024", WED, ("2024-10-05", "2024-10-05", "day"), id="nl-period-joined-to-month"),
    pytest.param("en", "Saturday, 10/05/2024", WED, ("2024-10-05", "2024-10-05", "day"), id="en-numeric-month-first"),
    pytest.param("en", "Sunday, 02/05/2023", WED, ("2023-02-05", "2023-02-05", "day"), id="en-weekday-fixes-order"),
    pytest.param("fr", "dimanche 05/02/2023", WED, ("2023-02-05", "2023-02-05", "day"), id="fr-numeric-day-first"),
]


@pytest.mark.parametrize("code, text, reference, expected", DATES)
def test_dates_per_language(code, text, reference, expected):
    mentions = find_dates(text, lexicon=lexicon(code))
    assert len(mentions) == 1, mentions
    interval = resolve(mentions[0], reference)
    assert (interval.start.isoformat(), interval.end.isoformat(), interval.precision) == expected


@pytest.mark.parametrize("code, text", [
    pytest.param("de", "Die Demo in Berlin verlief friedlich, sagte die Polizei am Abend."),
    pytest.param("fr", "La manifestation à Paris s'est déroulée dans le calme, selon la police."),
    pytest.param("es", "La manifestación en Madrid transcurrió sin incidentes, según la policía."),
    pytest.param("it", "La manifestazione a Roma si è svolta senza incidenti, secondo la polizia."),
    pytest.param("pt", "A manifestação em Lisboa decorreu sem incidentes, segundo a polícia."),
    pytest.param("nl", "De demonstratie in Amsterdam verliep rustig, volgens de politie."),
    pytest.param("sv", "Demonstrationen i Stockholm var lugn, enligt polisen som var på plats."),
    pytest.param("da", "Demonstrationen i København forløb roligt, oplyser politiet i en pressemeddelelse."),
    pytest.param("pl", "Manifestacja w Warszawie przebiegła spokojnie, poinformowała policja."),
    pytest.param("en", "The rally in Paris was peaceful, police said on Sunday evening."),
    # the words of a page's address are no words of its text
    pytest.param("de", "url: https://example.org/news/story-of-the-week\n\nTausende demonstrierten am Samstag in Berlin.",
                 id="de-under-an-english-address"),
    pytest.param("pl", "url: https://www.example.com/world/news/live-updates\n\nTysiące osób protestowały w sobotę.",
                 id="pl-under-an-english-address"),
])
def test_language_is_detected(code, text):
    assert language(text) == code


def test_month_names_are_not_gathering_words(tiny_gazetteer):
    """'March' the month does not report a march."""
    assert analyse("In March, Paris hosted a fair.", tiny_gazetteer).rallies == ()


def test_month_only_publication_gives_the_days_its_days_allow():
    """'zaterdag' in a page of December 2018: a Saturday on or before some day of December."""
    month = Reference(date(2018, 12, 31), "month", "the page gives only the month 2018-12")
    text = "Gele hesjes demonstreerden zaterdag in Amsterdam."
    [(interval, _)] = date_targets(text, sentences(text), frozenset({0}), [DatedTarget(text.index("Amsterdam"), 0, False)],
                                   month, lexicon=lexicon("nl"))
    assert (interval.start, interval.end, interval.precision) == (date(2018, 12, 1), date(2018, 12, 29), "approximate")
    assert "day is not known" in interval.reason


def test_a_state_s_abbreviation_is_no_town():
    """'Helena, Mont.': a state's abbreviation after a town (lexicon abbreviations), though a town
    bears the name."""
    with_mont = Gazetteer.from_records([*TINY_CITIES, city(2790472, "Mont", 50.45, 4.0, "BE", "WAL", 20000)],
                                       TINY_COUNTRIES, TINY_STATES, min_alternate_population=0)
    text = "Rallies were held in cities including Oslo; Paris, Mont.; and Geneva. Mont is quiet."
    analysis = analyse(text, with_mont, lexicon("en"))
    assert [r.place.surface for r in analysis.rallies] == ["Oslo", "Paris", "Geneva"]
    assert "Mont" in [p.surface for p in analysis.places]
