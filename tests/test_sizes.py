"""Crowd sizes: each convention, per language, as tables of made-up sentences; figures of several
places or of other things are no rally's size; a rally's reports give one range."""

from datetime import date

import pytest
from conftest import city
from hypothesis import given
from hypothesis import strategies as st

from rallymap.build.reports import CorpusDates, extract_reports, offline_resolver
from rallymap.extract.gazetteer import Gazetteer
from rallymap.extract.lexicon import default_lexicons
from rallymap.extract.sizes import Size, combined, convention, find_sizes, next_step
from rallymap.extract.text import Sentence
from rallymap.read.files import Article

LEXICONS = default_lexicons()


def sizes(sentence: str, language: str = "en") -> list[tuple[int, int | None, str, str]]:
    found = find_sizes(sentence, Sentence(0, 0, len(sentence), 0, True, True), LEXICONS[language])
    return [(s.low, s.high, s.text, s.source) for s in found]


@pytest.mark.parametrize("sentence, language, expected", [
    # The conventions (the Crowd Counting Consortium's), in English.
    pytest.param("Dozens of people gathered outside the embassy.", "en", (24, 99, "Dozens"), id="dozens"),
    pytest.param("Hundreds of protesters marched.", "en", (200, 999, "Hundreds"), id="hundreds"),
    pytest.param("In the capital, 9,000 joined the march.", "en", (9000, 9000, "9,000"), id="a-gathering-phrase-after"),
    # A people's name counts as a word for people: a nationality or group of the lexicon.
    pytest.param("Thousands of Iranians rallied in the square.", "en", (2000, 9999, "Thousands"),
                 id="a-nationality-counts-people"),
    pytest.param("About 300 Kurds gathered outside.", "en", (240, 360, "About 300"), id="a-people-counts"),
    pytest.param("Au moins 2 000 Iraniens ont manifesté.", "fr", (2000, 9999, "Au moins 2 000"),
                 id="fr-a-nationality-counts-people"),
    pytest.param("Migliaia di iraniani in piazza.", "it", (2000, 9999, "Migliaia"), id="it-a-nationality-counts-people"),
    pytest.param("Thousands of exiled students rallied.", "en", (2000, 9999, "Thousands"), id="thousands"),
    pytest.param("Tens of thousands of people marched.", "en", (20000, 99999, "Tens of thousands"),
                 id="tens-of-thousands"),
    pytest.param("Hundreds of thousands of people filled the streets.", "en",
                 (200000, 999999, "Hundreds of thousands"), id="hundreds-of-thousands"),
    pytest.param("About 5,000 people came together.", "en", (4000, 6000, "About 5,000"), id="about"),
    pytest.param("An estimated 15 000 people gathered.", "en", (12000, 18000, "An estimated 15 000"),
                 id="an-estimated-space-grouped"),
    pytest.param("More than 2,000 people marched.", "en", (2001, 4999, "More than 2,000"), id="more-than"),
    pytest.param("More than 200 people marched.", "en", (201, 499, "More than 200"), id="more-than-hundreds"),
    pytest.param("At least 30,000 demonstrators took part.", "en", (30000, 99999, "At least 30,000"),
                 id="at-least"),
    pytest.param("Up to 10,000 participants joined.", "en", (5000, 10000, "Up to 10,000"), id="up-to"),
    pytest.param("Between 150 and 200 people gathered.", "en", (150, 200, "Between 150 and 200"), id="between"),
    pytest.param("Some 150-200 people gathered.", "en", (150, 200, "150-200"), id="a-range"),
    pytest.param("Five thousand people marched.", "en", (5000, 5000, "Five thousand"), id="number-words"),
    pytest.param("More than 1.5 million people marched.", "en", (1500001, 1999999, "More than 1.5 million"),
                 id="a-decimal-with-a-multiplier"),
    pytest.param("A crowd of 4,000 filled the square.", "en", (4000, 4000, "4,000"), id="a-crowd-of"),
    # a gathering's verb right after the figure, told in the past with its auxiliary (lexicon past)
    pytest.param("Environ 335 ont manifesté.", "fr", (268, 402, "Environ 335"), id="fr-a-past-with-its-auxiliary"),
    pytest.param("Environ 335 Congolais se sont rassemblés.", "fr", (268, 402, "Environ 335"),
                 id="fr-a-people-s-name-then-a-reflexive-past"),
    # South Asian English: a lakh is a hundred thousand, a crore ten million
    pytest.param("About 3 lakh people marched.", "en", (240000, 360000, "About 3 lakh"), id="lakhs"),
    pytest.param("Over 1.5 lakh protesters gathered.", "en", (150001, 199999, "Over 1.5 lakh"), id="a-decimal-of-lakhs"),
    # Other languages: their number formats, number words and words for people.
    pytest.param("Tausende Menschen gingen auf die Straße.", "de", (2000, 9999, "Tausende"), id="de-tausende"),
    pytest.param("Die Polizei sprach von rund 450 Teilnehmern.", "de", (360, 540, "rund 450"), id="de-rund"),
    pytest.param("Es kamen mehrere hundert Menschen.", "de", (200, 999, "mehrere hundert"), id="de-mehrere-hundert"),
    pytest.param("Bis zu 10.000 Teilnehmer werden erwartet.", "de", (5000, 10000, "Bis zu 10.000"), id="de-bis-zu"),
    pytest.param("Un millier de personnes ont défilé.", "fr", (800, 1200, "Un millier"), id="fr-un-millier"),
    pytest.param("Près de 40.000 personnes participent à la marche.", "fr", (32000, 48000, "Près de 40.000"),
                 id="fr-pres-de"),
    pytest.param("Plusieurs centaines de manifestants se sont réunis.", "fr", (200, 999, "Plusieurs centaines"),
                 id="fr-plusieurs-centaines"),
    pytest.param("Oltre 3.000 persone hanno sfilato.", "it", (3001, 4999, "Oltre 3.000"), id="it-oltre"),
    pytest.param("Migliaia di manifestanti in piazza.", "it", (2000, 9999, "Migliaia"), id="it-migliaia"),
    pytest.param("Er liepen rond de tweehonderd mensen mee.", "nl", (160, 240, "rond de tweehonderd"),
                 id="nl-number-word"),
    pytest.param("Er waren tussen de 150 en 200 mensen.", "nl", (150, 200, "tussen de 150 en 200"), id="nl-tussen"),
    pytest.param("Koło 100 osób pojawiło się przed ambasadą.", "pl", (80, 120, "Koło 100"), id="pl-kolo-is-about"),
    # a range's thousands written once, at its high end
    pytest.param("Entre 17 et 20 000 personnes ont manifesté.", "fr", (17000, 20000, "Entre 17 et 20 000"),
                 id="fr-the-thousands-written-once"),
    pytest.param("Between 150 and 2,000 people marched.", "en", (150, 2000, "Between 150 and 2,000"),
                 id="a-low-end-of-another-order-is-its-own"),
    pytest.param("Ruim 100.000 mensen deden mee.", "nl", (100001, 199999, "Ruim 100.000"), id="nl-ruim"),
    pytest.param("Miles de personas marcharon.", "es", (2000, 9999, "Miles"), id="es-miles"),
    pytest.param("Cinco mil personas marcharon.", "es", (5000, 5000, "Cinco mil"), id="es-cinco-mil"),
    pytest.param("Unas 2.000 personas se concentraron.", "es", (1600, 2400, "Unas 2.000"), id="es-unas"),
    pytest.param("Det kom 2.500 menneske i toget.", "no", (2500, 2500, "2.500"), id="no-digits"),
    pytest.param("Na ulice wyszło ok. 100 tys. osób.", "pl", (80000, 120000, "ok. 100 tys."), id="pl-tys"),
    pytest.param("W marszu mogło wziąć udział nawet 100 tys. ludzi.", "pl", (50000, 100000, "nawet 100 tys."),
                 id="pl-as-many-as"),
    pytest.param("Cerca de 2 mil pessoas protestaram.", "pt", (1600, 2400, "Cerca de 2 mil"), id="pt-cerca-de"),
    pytest.param("Omkring 3 000 personer demonstrerade.", "sv", (2400, 3600, "Omkring 3 000"), id="sv-omkring"),
    pytest.param("Over 1.000 mennesker deltog.", "da", (1001, 1999, "Over 1.000"), id="da-over"),
    # the verbs a gathering counts its people with, a modifier allowed between
    pytest.param("Vigil brings 4 000 to the main square", "en", (4000, 4000, "4 000"), id="brings-n-to"),
    pytest.param("The march drew some 5,000.", "en", (4000, 6000, "some 5,000"), id="drew-some"),
    pytest.param("La convocatoria reunió a más de 3.000 en la plaza.", "es", (3001, 4999, "más de 3.000"),
                 id="es-reunio-a"),
    pytest.param("Le cortège a réuni quelque 22.000 dans le centre.", "fr", (17600, 26400, "quelque 22.000"),
                 id="fr-a-reuni"),
    pytest.param("Die Polizei zählte rund 3.000 auf dem Platz.", "de", (2400, 3600, "rund 3.000"), id="de-zaehlte"),
    # the crowd counted as those who were there
    pytest.param("À Lille, ils étaient 12 000 dans la rue.", "fr", (12000, 12000, "12 000"), id="fr-ils-etaient"),
    pytest.param("A Torino erano in 5mila in piazza.", "it", (5000, 5000, "5mila"), id="it-erano-in-glued-mila"),
    pytest.param("En Cádiz eran más de 3.000 en la plaza.", "es", (3001, 4999, "más de 3.000"), id="es-eran"),
    pytest.param("In piazza 1,5milioni di persone.", "it", (1500000, 1500000, "1,5milioni"), id="it-glued-milioni"),
    # an upper bound left out ('fewer than 100': 50 to 99); 'no fewer than' is a lower bound
    pytest.param("A gathering of fewer than 100 people waved flags.", "en", (50, 99, "fewer than 100"),
                 id="fewer-than"),
    pytest.param("No fewer than 500 people marched.", "en", (500, 999, "No fewer than 500"), id="no-fewer-than"),
    pytest.param("Moins de 200 personnes ont manifesté.", "fr", (100, 199, "Moins de 200"), id="fr-moins-de"),
    pytest.param("Weniger als 300 Menschen demonstrierten.", "de", (150, 299, "Weniger als 300"), id="de-weniger-als"),
    pytest.param("Färre än 80 personer demonstrerade.", "sv", (40, 79, "Färre än 80"), id="sv-farre-an"),
    # a number in words below a hundred, and before a multiplier
    pytest.param("Quince mil personas se han manifestado.", "es", (15000, 15000, "Quince mil"), id="es-quince-mil"),
    pytest.param("Twenty-five people held a vigil.", "en", (25, 25, "Twenty-five"), id="twenty-five"),
    # a smaller count with its multiplier after the larger
    pytest.param("Más de un millón 200 mil personas marcharon.", "es",
                 (1200001, 1999999, "Más de un millón 200 mil"), id="es-un-millon-200-mil"),
    pytest.param("About 2 million 500 thousand people marched.", "en",
                 (2000000, 3000000, "About 2 million 500 thousand"), id="two-million-five-hundred-thousand"),
    pytest.param("In 2019 300 thousand people marched.", "en", (300000, 300000, "300 thousand"),
                 id="a-year-then-a-count"),
    # a date in figures counts no one, and the words after it keep theirs
    pytest.param(" date 2022-02-24 Tysiące osób demonstrują na ulicach.", "pl", (2000, 9999, "Tysiące"),
                 id="pl-a-date-header-then-thousands"),
    pytest.param("On 2022-02-24 300 people marched.", "en", (300, 300, "300"), id="a-date-in-figures-then-a-count"),
    # a number and its multiplier in words, then a gathering verb
    pytest.param("Oltre 5 mila hanno sfilato per le vie della città.", "it", (5001, 9999, "Oltre 5 mila"),
                 id="it-5-mila-hanno-sfilato"),
    # half a million, and a range whose multiplier both ends share
    pytest.param("Pół miliona osób na demonstracji pokazało determinację.", "pl", (500000, 500000, "Pół miliona"),
                 id="pl-pol-miliona"),
    pytest.param("Eine halbe Million Menschen demonstrierten.", "de", (500000, 500000, "Eine halbe Million"),
                 id="de-eine-halbe-million"),
    pytest.param("W marszu wzięło udział między 90 a 120 tys. osób.", "pl", (90000, 120000, "między 90 a 120 tys."),
                 id="pl-miedzy-a-tys"),
    # feminine number words, which num2words does not write
    pytest.param("Estiveram presentes mais de duas mil pessoas.", "pt", (2001, 4999, "mais de duas mil"),
                 id="pt-duas-mil"),
    pytest.param("Unas doscientas personas se concentraron.", "es", (160, 240, "Unas doscientas"), id="es-doscientas"),
    pytest.param("Organisers claimed a crowd count of half a million.", "en", (500000, 500000, "half a million"),
                 id="half-a-million"),
    # an address's slug, words joined by hyphens, is a headline: its figure counts
    pytest.param("url: https://example.nl/manifestazione-a-roma-circa-7000-partecipanti/", "it", (7000, 7000, "7000"),
                 id="it-an-address-s-slug"),
])
def test_each_convention_in_each_language(sentence, language, expected):
    found = sizes(sentence, language)
    assert [f[:3] for f in found] == [expected]


@pytest.mark.parametrize("sentence, language", [
    pytest.param("The regime has killed at least 400 demonstrators.", "en", id="the-killed"),
    pytest.param("So far, 46 demonstrators in the city have been confirmed killed.", "en", id="killed-later-in-clause"),
    pytest.param("They mourned the killing of 1,500 protesters.", "en", id="the-killing-of"),
    pytest.param("More than 300 organisations signed the call.", "en", id="organisations"),
    pytest.param("Rallies were held in 40 countries.", "en", id="countries"),
    pytest.param("The city has 350,000 inhabitants.", "en", id="inhabitants"),
    pytest.param("On May 14 200 flags were waved.", "en", id="flags"),
    pytest.param("Paris, February 12, 2020 – Iranians and supporters gathered.", "en", id="a-year-before-a-dash"),
    pytest.param("Dozens of national flags were waved.", "en", id="vague-flags"),
    pytest.param("Trenta associazioni hanno aderito.", "it", id="it-associations"),
    pytest.param("200 Menschen wurden festgenommen.", "de", id="de-arrested"),
    # the dead of the protests, a gathering's noun between them and the word that says so
    pytest.param("Dort sollen 18.000 Menschen bei den Massenprotesten getötet worden sein.", "de",
                 id="de-killed-in-the-protests"),
    pytest.param("Some 300 people died in the protests last year.", "en", id="died-in-the-protests"),
    pytest.param("Jak informuje policja, zatrzymano 30 osób.", "pl", id="pl-detained-before"),
    pytest.param("It marked the expulsion of more than 700,000 Palestinians in 1948.", "en", id="a-people-expelled"),
    pytest.param("Vid 14-tiden samlades på torget.", "sv", id="sv-an-hour"),
    pytest.param("The appeal drew 300 signatures on Sunday 12 May.", "en", id="other-things-drawn"),
    pytest.param("À Lyon, ils étaient 3 à être interpellés.", "fr", id="fr-those-arrested"),
    # the dead counted with the verb first, as Romance languages may write it
    pytest.param("Em Portugal, morreram 16.762 pessoas desde o início da pandemia.", "pt", id="pt-morreram"),
    pytest.param("En España murieron 300 personas en la ola de calor.", "es", id="es-murieron"),
    pytest.param("In Italia sono morte 300 persone per il caldo.", "it", id="it-sono-morte"),
    pytest.param("Erano le 15 quando il corteo è partito.", "it", id="it-an-hour"),
    # those whose disappearance the gathering protests are not its crowd
    pytest.param("Depositaron flores por la desaparición de los 43 estudiantes.", "es", id="es-desaparicion-de"),
    pytest.param("They laid flowers for the disappearance of the 43 students.", "en", id="the-disappearance-of"),
    # a song's or a book's title that counts people is no crowd
    pytest.param("Terwijl ze liepen, zongen ze het lied 15 miljoen mensen.", "nl", id="nl-het-lied"),
    pytest.param("The marchers sang the song 15 Million People as they walked.", "en", id="the-song"),
    pytest.param("Ils ont chanté la chanson 10 000 personnes en marchant.", "fr", id="fr-la-chanson"),
    pytest.param("Die Kundgebung auf der Straße des 17. Juni war angemeldet.", "de", id="de-a-day-is-no-figure"),
    # a date's month or day after its year
    pytest.param(" date 2023-10 Bij de demonstranten was de woede te lezen.", "nl", id="nl-a-header-s-month"),
    pytest.param("Posted 2019/12 protesters marched through the city.", "en", id="a-year-and-month"),
    # a limit the rules set is not a crowd counted
    pytest.param("Current restrictions allow 1,800 people to gather.", "en", id="a-limit"),
    pytest.param("Rådande restriktioner tillåter att 1 800 personer samlas.", "sv", id="sv-a-limit"),
    pytest.param("Les rassemblements sont limités à 50 personnes.", "fr", id="fr-a-limit"),
    # a web address's numbers are ids and dates, whatever words follow them
    pytest.param("url: https://example.org/fr/actualite/107371/rassemblement", "fr", id="fr-an-address-s-id"),
    pytest.param("See www.example.com/news/2500/protesters for more.", "en", id="an-address-in-the-text"),
    pytest.param("Fotos: http://example.de/galerie/1200/menschen-demonstrieren", "de", id="de-an-address-s-folder"),
])
def test_counts_of_other_things_are_not_crowds(sentence, language):
    assert sizes(sentence, language) == []


@pytest.mark.parametrize("sentence, language, expected", [
    pytest.param("About 2,000 people marched, according to police.", "en", ["police"], id="police"),
    pytest.param("Organisers said 10,000 people took part.", "en", ["organisers"], id="organisers"),
    pytest.param("Thousands of people are expected to march.", "en", ["expected"], id="expected"),
    # what was expected before, told afterwards, counts no one who came
    pytest.param("Van tevoren gaf de organisator aan 25.000 deelnemers te verwachten.", "nl", ["expected"],
                 id="nl-expected-beforehand"),
    pytest.param("Los convocantes esperaban 25.000 personas.", "es", ["expected"], id="es-expected-beforehand"),
    pytest.param("Arrangörerna hade räknat med 25 000 deltagare.", "sv", ["expected"], id="sv-expected-beforehand"),
    pytest.param("Die Veranstalter hatten 25.000 Teilnehmer erhofft.", "de", ["expected"], id="de-hoped-for"),
    pytest.param("Organisatie hoopt op 100.000 deelnemers", "nl", ["expected"], id="nl-hoopt-op"),
    pytest.param("Organisers hope for 100,000 participants.", "en", ["expected"], id="hope-for"),
    pytest.param("Hundreds of people marched.", "en", ["article"], id="the-article"),
    pytest.param("Entre 23.000 personnes, selon la police, et 30.000, selon les organisateurs.", "fr",
                 ["police", "organisers"], id="fr-police-and-organisers"),
    # a figure with no noun, its source right after it
    pytest.param("Le parti revendique 160.000 participants pour sa « fête » à Lyon ce samedi, ils étaient 40.000 selon "
                 "la police.", "fr", ["article", "police"], id="fr-ils-etaient-selon-la-police"),
    # the second estimate with its source before it, and nothing after it in its clause
    pytest.param("Organisers said 10,000 people attended, police 4,000.", "en", ["organisers", "police"],
                 id="organisers-then-police-before-its-figure"),
    pytest.param("Les organisateurs ont compté 10 000 manifestants, la police 4 000.", "fr",
                 ["organisers", "police"], id="fr-organisers-then-police-before-its-figure"),
    pytest.param("Nach Angaben der Veranstalter kamen 10.000 Menschen, die Polizei sprach von 4000.", "de",
                 ["organisers", "police"], id="de-organisers-then-police-before-its-figure"),
    pytest.param("Organisers said 10,000 people attended; police deployed 4,000 officers.", "en", ["organisers"],
                 id="police-officers-are-no-estimate"),
])
def test_whose_figure(sentence, language, expected):
    assert [f[3] for f in sizes(sentence, language)] == expected


CITIES = [city(2988507, "Paris", 48.853, 2.349, "FR", "11", 2138551),
          city(2990440, "Nice", 43.703, 7.266, "FR", "93", 342669),
          city(2996944, "Lyon", 45.748, 4.847, "FR", "84", 472317),
          city(2643743, "London", 51.509, -0.126, "GB", "ENG", 8961989),
          city(2950159, "Berlin", 52.524, 13.411, "DE", "16", 3426354)]


@pytest.fixture(scope="module")
def tiny():
    countries = [{"iso": "FR", "name": "France"}, {"iso": "GB", "name": "United Kingdom"},
                 {"iso": "DE", "name": "Germany"}]
    return Gazetteer.from_records(CITIES, countries, [], min_alternate_population=0)


def reported(gazetteer, text, language="en"):
    article = Article("a", "a.txt", text, "", "", "", date(2024, 3, 10), "header line 'date'", language, "h")
    return {r.place.city: (r.size.low, r.size.high, r.size.source) if r.size else None
            for r in extract_reports(article, gazetteer, offline_resolver(gazetteer), CorpusDates(None, None),
                                     LEXICONS)}


@pytest.mark.parametrize("text, language, expected", [
    pytest.param("Thousands of people marched in Paris and Nice on Saturday.", "en", {"Paris": None, "Nice": None},
                 id="a-figure-for-two-cities"),
    pytest.param("Rallies across the country drew 50,000 people, with marches in Paris and Lyon.", "en",
                 {"Paris": None, "Lyon": None}, id="a-figure-for-the-country"),
    pytest.param("At the rally in Paris, 300 injured protesters were taken to hospital.", "en", {"Paris": None},
                 id="casualties-before-their-noun"),
    pytest.param("Under demonstrasjonen i Berlin var det rundt 50 bortviste personer.", "no", {"Berlin": None},
                 id="no-the-expelled-before-their-noun"),
    pytest.param("A Paris, ils étaient 5 000 à défiler.", "fr", {"Paris": (5000, 5000, "article")},
                 id="fr-an-accented-function-word-after-the-figure"),
    pytest.param("The protests marched through Berlin, drawing about 5 million participants in 2,100 events.", "en",
                 {"Berlin": None}, id="a-figure-for-many-events"),
    pytest.param("About 2,000 people rallied in London on Saturday, while hundreds marched in Berlin.", "en",
                 {"London": (1600, 2400, "article"), "Berlin": (200, 999, "article")}, id="each-city-its-own"),
    pytest.param("Protesters rallied in London on Saturday. Police put the crowd at 4,000 people.", "en",
                 {"London": (4000, 4000, "police")}, id="the-next-sentence"),
    pytest.param("Tens of thousands of people from across Europe gathered in Paris on Saturday.", "en",
                 {"Paris": (20000, 99999, "article")}, id="where-they-came-from-is-not-many-places"),
    pytest.param("Protesters rallied in London on Saturday. Police said 300 people were arrested.", "en",
                 {"London": None}, id="the-arrested-are-not-the-crowd"),
    pytest.param("Hundreds of people rallied in London, home to more than 200,000 citizens residing in the city.",
                 "en", {"London": (200, 999, "article")}, id="those-living-there-are-not-the-crowd"),
    pytest.param("Cientos de personas se concentraron en Lyon, con más de 20.000 ciudadanos residiendo en la "
                 "ciudad.", "es", {"Lyon": (200, 999, "article")}, id="es-those-living-there-are-not-the-crowd"),
    # a figure right before a word for gatherings counts gatherings, not people
    pytest.param("Last year, 832 demonstrations were held outside parliament in Paris.", "en", {"Paris": None},
                 id="a-count-of-demonstrations"),
    pytest.param("In Berlin fanden am Samstag 120 Kundgebungen statt.", "de", {"Berlin": None},
                 id="de-a-count-of-rallies"),
    # a comma before a multiplier is the decimal mark where the language writes decimals with one
    pytest.param("À Paris, 3,700 millions de personnes ont défilé dimanche.", "fr",
                 {"Paris": (3_700_000, 3_700_000, "article")}, id="fr-a-decimal-comma-before-millions"),
    pytest.param("In Berlin demonstrierten 1,200 Millionen Menschen.", "de",
                 {"Berlin": (1_200_000, 1_200_000, "article")}, id="de-a-decimal-comma-before-millionen"),
    pytest.param("In London, 1,500 thousand people marched.", "en",
                 {"London": (1_500_000, 1_500_000, "article")}, id="a-comma-groups-thousands-in-english"),
    pytest.param("In Berlin demonstrierten am Samstag laut Polizei rund 450 Menschen, die Veranstalter sprachen von 1.000 "
                 "Teilnehmern.", "de", {"Berlin": (360, 1000, "police, organisers")}, id="de-two-figures-one-range"),
    # A crowd counted in a city reports a gathering there, without a word for one.
    pytest.param("In London the organisers counted 3,200 participants.", "en", {"London": (3200, 3200, "organisers")},
                 id="a-count-is-a-gathering"),
    pytest.param("I Berlin talte arrangøren 3.200 deltakarar.", "no", {"Berlin": (3200, 3200, "organisers")},
                 id="no-a-count-is-a-gathering"),
    pytest.param("In London three people were arrested on Saturday.", "en", {}, id="the-arrested-are-no-gathering"),
    # A figure belongs to the town of its own clause, and a figure right before a town to that town.
    pytest.param("In Paris zählte die Polizei bis zu 3000 Menschen, in Lyon etwa 800 Menschen.", "de",
                 {"Paris": (1500, 3000, "police"), "Lyon": (640, 960, "article")}, id="de-the-figure-of-its-clause"),
    pytest.param("Des milliers de manifestants samedi. 1 500 à Paris, au moins 700 à Lyon, 2 200 à Nice.", "fr",
                 {"Paris": (1500, 1500, "article"), "Lyon": (700, 999, "article"), "Nice": (2200, 2200, "article")},
                 id="fr-counts-before-towns"),
    pytest.param("In Berlin, 9,000 joined the march while in Paris hundreds gathered.", "en",
                 {"Berlin": (9000, 9000, "article"), "Paris": (200, 999, "article")}, id="a-comma-after-the-town"),
    pytest.param("Unter dem Motto „Alle zusammen“ versammelten sich Tausende in Berlin.", "de",
                 {"Berlin": (2000, 9999, "article")}, id="de-a-slogan-is-not-many-places"),
    # 'zusammen' ends a separable verb: no total of many places
    pytest.param("Auch in Berlin gingen Menschen auf die Straße. Am Tor kamen rund 200 Menschen zusammen.", "de",
                 {"Berlin": (160, 240, "article")}, id="de-a-verb-particle-is-not-a-total"),
    # the reporter's town, among the reports of an article
    pytest.param("Jo Bloggs reports from Lyon that around 500 people turned out.", "en",
                 {"Lyon": (400, 600, "article")}, id="reports-from-a-town"),
    # an article about one town's rally: the crowd of a sentence that names no town is its
    pytest.param("Organisers of today's protest claimed that up to 20,000 people joined. The march set off "
                 "in London at noon.", "en", {"London": (10000, 20000, "organisers")}, id="one-town-the-leads-figure"),
    pytest.param("A march will set off in London on April 24, 2018. In 2015, over 20,000 people took part in the "
                 "march.", "en", {"London": None}, id="one-town-not-another-year-s-figure"),
    pytest.param("A march set off in London on April 24, 2018. In 2018, over 20,000 people took part in the "
                 "marches.", "en", {"London": (20001, 49999, "article")}, id="one-town-its-own-year-s-figure"),
    pytest.param("Thousands will march in London today. Last week's march, which drew 30,000 people, was "
                 "calm.", "en", {"London": None}, id="one-town-not-an-earlier-rallys-figure"),
    pytest.param("Thousands of people marched in London and Paris. The march drew 30,000 people.", "en",
                 {"London": None, "Paris": None}, id="two-towns-no-untied-figure"),
    # a following sentence that names another town speaks of it
    pytest.param("Protesters rallied in London on Saturday. The government in Lyon said 20,000 people were there.",
                 "en", {"London": None}, id="a-next-sentence-of-another-town"),
    # an untied figure of a one-town article that agrees with its town's narrows it
    pytest.param("Several hundred protesters gathered in Lyon on Saturday.\n\nWhen the crowd was at its largest, about "
                 "800 people were there.", "en", {"Lyon": (640, 960, "article")},
                 id="an-agreeing-untied-figure-narrows"),
    pytest.param("Several hundred protesters gathered in Lyon on Saturday.\n\nWhen the crowd was at its largest, about "
                 "8,000 people were there, the organisers said.", "en", {"Lyon": (200, 999, "article")},
                 id="a-disagreeing-untied-figure-is-left"),
    pytest.param("Flere hundrede demonstranter var samlet i Lyon lørdag.\n\nDa der var flest deltagere i "
                 "demonstrationen, var der efter politiets vurdering cirka 800 personer samlet.", "da",
                 {"Lyon": (640, 960, "article, police")}, id="da-i-is-no-earlier-time"),
    # a national total is no town's; the figure right before a town in the same sentence is its
    pytest.param("Environ 7.500 personnes ont participé aux 43 rassemblements sur tout le territoire, dont 2.300 à "
                 "Paris selon la police.", "fr", {"Paris": (2300, 2300, "police")}, id="fr-a-total-then-a-town-s-share"),
    # a figure after a country placed after the town counts the country; before the town, the town
    pytest.param("Berlin/dpa. - Am Wochenende haben in Deutschland mehr als 150 000 Menschen protestiert.", "de",
                 {"Berlin": None}, id="de-a-dateline-town-then-a-country-s-figure"),
    pytest.param("Paris - Ce week-end, en France, plus de 150 000 personnes ont manifesté.", "fr",
                 {"Paris": None}, id="fr-a-dateline-town-then-a-country-s-figure"),
    pytest.param("In Germany, 20,000 people rallied in Berlin on Saturday.", "en",
                 {"Berlin": (20000, 20000, "article")}, id="a-country-before-the-town-leaves-it-the-figure"),
    pytest.param("In Berlin demonstrierten 20.000 Menschen, so viele wie nirgends sonst in Deutschland.", "de",
                 {"Berlin": (20000, 20000, "article")}, id="de-a-country-after-the-figure"),
    # the figure nearer another town placed in the sentence is that town's
    pytest.param("Officials in Lyon said 75,000 showed up, while a smaller rally took place in Nice.", "en",
                 {"Nice": None}, id="the-figure-of-another-town-in-the-sentence"),
    # a list whose verb is written once: each town's figure right after it
    pytest.param("Thousands marched on Sunday. Police counted at least 100,000 in the capital, while Paris drew "
                 "70,000 and Lyon 15,000.", "en", {"Paris": (70000, 70000, "article"), "Lyon": (15000, 15000, "article")},
                 id="a-verb-written-once-each-town-s-figure"),
    pytest.param("Thousands marched on Sunday. London saw 5,000 people, Paris 2,000 and Nice 800.", "en",
                 {"London": (5000, 5000, "article"), "Paris": (2000, 2000, "article"), "Nice": (800, 800, "article")},
                 id="a-host-verb-written-once-each-town-s-figure"),
    # a people's name the lexicon lacks, between the figure and the gathering's verb
    pytest.param("Zo'n 200 Eritreeërs demonstreren op een plein in Berlin.", "nl", {"Berlin": (160, 240, "article")},
                 id="nl-a-people-s-name-then-the-verb"),
    pytest.param("About 300 Samoans protested in London.", "en", {"London": (240, 360, "article")},
                 id="a-people-s-name-then-the-verb"),
    pytest.param("About 300 Tractors blocked roads during a protest in London.", "en", {"London": None},
                 id="a-capitalised-noun-then-no-gathering-verb"),
])
def test_a_size_is_one_rallys_only(tiny, text, language, expected):
    assert reported(tiny, text, language) == expected


@given(st.integers(min_value=1, max_value=10 ** 9))
def test_every_convention_gives_a_range_around_its_figure(n):
    assert next_step(n) > n
    for kind in (None, "about", "more_than", "at_least", "up_to"):
        low, high = convention(kind, n)
        assert 0 < low <= high
        assert low <= n <= high or kind == "more_than" and low == n + 1


@pytest.mark.parametrize("figures, expected", [
    pytest.param([(2000, 9999), (8000, 9000)], (8000, 9000), id="the-narrower-inside-the-vaguer"),
    pytest.param([(1600, 2400), (2000, 9999)], (2000, 2400), id="what-both-allow"),
    pytest.param([(4000, 4000), (10000, 10000)], (4000, 10000), id="police-and-organisers-disagree"),
    pytest.param([(1001, None), (400, 600)], (400, None), id="an-open-figure-that-disagrees"),
    pytest.param([(1001, None), (2000, 9999)], (2000, 9999), id="an-open-figure-that-agrees"),
])
def test_a_reports_figures_together(figures, expected):
    size = combined([Size(low, high, f"figure {k}", k, k + 1, "article") for k, (low, high) in enumerate(figures)])
    assert (size.low, size.high) == expected


@pytest.mark.parametrize("sources, expected", [
    pytest.param(["article", "expected"], (5000, 5000), id="a-count-beside-an-expectation"),
    pytest.param(["expected", "expected"], (5000, 25000), id="expectations-alone"),
])
def test_what_was_expected_counts_only_where_nothing_is_counted(sources, expected):
    figures = [Size(n, n, str(n), k, k + 1, source) for k, (n, source) in enumerate(zip((5000, 25000), sources))]
    size = combined(figures)
    assert (size.low, size.high) == expected


def test_an_expectation_in_another_clause_is_not_the_count_s():
    assert sizes("About 5,000 people marched on Saturday, although organisers had expected 25,000 people.") == [
        (4000, 6000, "About 5,000", "article"), (25000, 25000, "25,000", "expected")]


@pytest.mark.parametrize("text, month", [
    pytest.param("Hundreds of people rallied in London today. Two years ago, on 2 March 2022, a march in London drew "
                 "20,000 people.", "2024-03", id="long-before-the-page-s-month"),
    # in a page with no date at all, the day a count of years back places is still an earlier time's
    pytest.param("Hundreds of people rallied in London today. A year ago, on 2 March 2023, a march in London drew "
                 "20,000 people.", "", id="a-year-ago-in-an-undated-page"),
    # a gathering told in the pluperfect, with its day and month, is an earlier one
    pytest.param("Hundreds of people rallied in London today. On 10 January, 20,000 people had marched in London.",
                 "", id="an-earlier-rally-in-the-pluperfect"),
])
def test_an_earlier_years_figure_is_not_the_reports(tiny, text, month):
    """A mention of the town that its own sentence dates long before gives the report no figure."""
    article = Article("a", "a.txt", text, "", "", "", None, "", "en", "h", month)
    (report,) = extract_reports(article, tiny, offline_resolver(tiny), CorpusDates(None, None), LEXICONS)
    assert (report.size.low, report.size.high) == (200, 999)
