"""Places resolved in their context: an article's places are resolved together (the country and
region its other places point to, the country of its language where nothing else does), a list
of cities keeps its members, and group names are not towns. Made-up sentences, in several
languages, over a gazetteer of the ambiguous names they use."""

from datetime import date

import pytest
from conftest import city

from rallymap.build.reports import CorpusDates, extract_reports, offline_resolver
from rallymap.extract.gazetteer import Gazetteer
from rallymap.extract.geocode import Neighbours, region_pointed_to, resolve_place, resolve_together
from rallymap.extract.lexicon import default_lexicons
from rallymap.extract.places import PlaceMention, analyse
from rallymap.read.files import Article

CITIES = [
    city(2950159, "Berlin", 52.524, 13.411, "DE", "16", 3426354),
    city(2510911, "Sevilla", 37.383, -5.973, "ES", "51", 703206, "Seville"),
    city(3860259, "Córdoba", -31.413, -64.181, "AR", "05", 1428214, "Cordoba"),
    city(2519240, "Córdoba", 37.892, -4.779, "ES", "51", 325708, "Cordoba"),
    city(3530240, "Córdoba", 18.884, -96.926, "MX", "30", 204721, "Cordoba"),
    city(3523349, "Mérida", 20.975, -89.617, "MX", "31", 777615, "Merida"),
    city(3632308, "Mérida", 8.598, -71.145, "VE", "14", 300000, "Merida"),
    city(2513917, "Mérida", 38.916, -6.344, "ES", "57", 59335, "Merida"),
    city(2517117, "Granada", 37.188, -3.607, "ES", "51", 234325),
    city(3619136, "Granada", 11.930, -85.956, "NI", "06", 123697),
    city(3117735, "Madrid", 40.417, -3.704, "ES", "29", 3255944),
    city(2509954, "Valencia", 39.470, -0.377, "ES", "60", 814208),
    city(3625549, "Valencia", 10.162, -68.008, "VE", "07", 1385083),
    city(2063523, "Perth", -31.952, 115.861, "AU", "08", 1896548),
    city(2640354, "Perth", 56.396, -3.437, "GB", "SCT", 47180),
    city(2650225, "Edinburgh", 55.953, -3.193, "GB", "SCT", 464990),
    city(2648579, "Glasgow", 55.865, -4.258, "GB", "SCT", 591620),
    city(2650752, "Dundee", 56.469, -2.974, "GB", "SCT", 147268),
    city(2643743, "London", 51.509, -0.126, "GB", "ENG", 8961989),
    city(2147714, "Sydney", -33.868, 151.207, "AU", "02", 4627345),
    city(2158177, "Melbourne", -37.814, 144.963, "AU", "07", 4246375),
    city(3169070, "Rome", 41.894, 12.484, "IT", "07", 2318895, "Roma"),
    city(4219762, "Rome", 34.257, -85.165, "US", "GA", 36303),
    city(2988507, "Paris", 48.853, 2.349, "FR", "11", 2138551),
    city(4717560, "Paris", 33.661, -95.556, "US", "TX", 24782),
    city(4684888, "Dallas", 32.783, -96.807, "US", "TX", 1300092),
    city(4699066, "Houston", 29.763, -95.363, "US", "TX", 2296224),
    city(4671654, "Austin", 30.267, -97.743, "US", "TX", 931830),
    city(4140963, "Washington", 38.895, -77.036, "US", "DC", 689545, "Washington DC"),
    city(5145000, "Washington", 42.730, -73.701, "US", "NY", 10000),
    city(2660646, "Geneva", 46.202, 6.146, "CH", "GE", 183981),
    city(4893591, "Geneva", 41.888, -88.305, "US", "IL", 21495),
    city(2800866, "Brussels", 50.850, 4.349, "BE", "BRU", 1019022),
    city(3143244, "Oslo", 59.913, 10.746, "NO", "12", 580000),
    city(3936456, "Lima", -12.043, -77.028, "PE", "15", 7737002),
    city(5106834, "Albany", 42.653, -73.756, "US", "NY", 97856),
    city(4179574, "Albany", 31.578, -84.156, "US", "GA", 74843),
    city(5128581, "New York City", 40.714, -74.006, "US", "NY", 8804190, "New York"),
    city(4930956, "Boston", 42.358, -71.060, "US", "MA", 667137),
    city(1138958, "Hazara", 34.8, 67.8, "AF", "05", 2000),
    city(5105127, "Summit", 40.716, -74.365, "US", "NJ", 21457),
    city(9999001, "Hazelford", 40.65, -75.09, "US", "NJ", 800),
    # towns named as a square is ('Piazza della Libertà', 'Plaza de la Paz')
    city(9999011, "Piazza", 45.1, 9.1, "IT", "09", 2000),
    city(9999012, "Plaza", 40.1, -3.9, "ES", "29", 2000),
    city(9999002, "Boston", 42.62, -78.74, "US", "NY", 800),
    city(4393217, "Kansas City", 39.099, -94.578, "US", "MO", 508090),
    city(4180439, "Atlanta", 33.749, -84.388, "US", "GA", 498715),
    city(9999003, "Asia", 13.94, 121.3, "PH", "40", 23546),
    city(9999004, "Neumarkt", 49.28, 11.46, "DE", "02", 40000),
    city(9999005, "Libertad", 8.33, -69.62, "VE", "02", 30000),
    city(9999006, "Liberté", 14.7, -17.45, "SN", "01", 30000),
    city(9999007, "Kreuzberg", 52.499, 13.403, "DE", "16", 150000),
    # a made-up name: a town's own in Colorado, a larger borough's alternate in England
    city(9999008, "City of Greyminster", 51.497, -0.136, "GB", "ENG", 247614, "Greyminster"),
    city(9999009, "Greyminster", 39.837, -105.037, "US", "CO", 116317),
    city(9999010, "Norden", 53.6, 7.2, "DE", "06", 25000),
    # made-up hamlets named like the first word of a region of the world
    city(9999011, "North", 33.6, -81.1, "US", "SC", 742),
    city(9999012, "América", -35.47, -62.98, "AR", "01", 13619),
    # a made-up town named like a saint a London church is dedicated to
    city(9999021, "St. Aldhelm", 53.9, -113.3, "CA", "01", 5000),
    city(6167865, "Toronto", 43.7, -79.416, "CA", "08", 2600000),
    city(6058560, "London", 42.984, -81.246, "CA", "08", 346765),
    # made-up towns whose names open with an article, each with a namesake abroad without it, and
    # one named as a country is with its article
    city(9999031, "L'Orsina", 43.0, 12.5, "IT", "07", 60000),
    city(9999032, "Orsina", 40.0, -80.0, "US", "PA", 900),
    city(9999033, "Le Brévent", 47.0, 1.0, "FR", "24", 40000),
    city(9999034, "Brévent", 45.0, -70.0, "US", "ME", 3000),
    city(9999035, "La Germania", -34.0, -60.0, "AR", "01", 3000),
    # a made-up town whose name ends in a landmark's noun
    city(9999036, "Greystone Park", 33.9, -84.1, "US", "GA", 60000),
    # a made-up town of a state whose name is a larger town's old name there
    city(9999037, "Maconville", 32.8, -83.6, "US", "GA", 90000, "Oldbridge"),
    city(9999038, "Oldbridge", 33.5, -84.5, "US", "GA", 2000),
    # a made-up small Italian town
    city(9999039, "Colleverde", 43.1, 12.6, "IT", "18", 3000),
    # a made-up small French town with another name
    city(9999040, "Les Greymonts", 45.0, 3.0, "FR", "84", 5000, "Greymont"),
    # a made-up small Spanish town
    city(9999041, "Villaverdeja", 40.2, -3.9, "ES", "29", 3000),
    # a made-up district the gazetteer names with its town before a hyphen, and a made-up town of
    # its own so named, far from the town its first part names
    city(9999043, "Nordwall", 52.53, 13.41, "DE", "16", 90000, "Berlin-Nordwall"),
    city(9999044, "Perth-Andover", 46.74, -67.70, "CA", "04", 1600),
    # a made-up quarter of Madrid, whose name a large town abroad bears as another of its names
    city(9999045, "Solana", 40.417, -3.703, "ES", "29", 8000),
    city(9999046, "Grandsol", 37.5, 127.0, "KR", "11", 9000000, "Solana"),
    # a made-up town abroad, large enough to be never a common word, named as a frequent Spanish noun
    city(9999042, "Esperanza", 10.0, 124.0, "PH", "13", 260000),
]
COUNTRIES = [{"iso": iso, "name": name} for iso, name in [
    ("ES", "Spain"), ("AR", "Argentina"), ("MX", "Mexico"), ("VE", "Venezuela"), ("NI", "Nicaragua"),
    ("AU", "Australia"), ("GB", "United Kingdom"), ("IT", "Italy"), ("US", "United States"), ("FR", "France"),
    ("CH", "Switzerland"), ("DE", "Germany"), ("BE", "Belgium"), ("NO", "Norway"), ("PE", "Peru"),
    ("AF", "Afghanistan"), ("CA", "Canada")]]
STATES = [{"code": code, "name": name} for code, name in [
    ("NY", "New York"), ("TX", "Texas"), ("GA", "Georgia"), ("DC", "District of Columbia"), ("IL", "Illinois"),
    ("MA", "Massachusetts"), ("NJ", "New Jersey"), ("KS", "Kansas"), ("MO", "Missouri")]]
LEXICONS = default_lexicons()


@pytest.fixture(scope="module")
def ambiguous():
    return Gazetteer.from_records(CITIES, COUNTRIES, STATES, min_alternate_population=0)


def places_of(gazetteer, text, language="en"):
    article = Article("a", "a.txt", text, "", "", "", date(2024, 3, 10), "header line 'date'", language, "h")
    reports = extract_reports(article, gazetteer, offline_resolver(gazetteer), CorpusDates(None, None), LEXICONS)
    return {r.place.city: (r.place.country, r.place.admin1) for r in reports}


@pytest.mark.parametrize("text, language, expected", [
    # 1. A name resolved with the company it keeps.
    pytest.param("Miles de personas se manifestaron en ciudades como Sevilla, Córdoba, Mérida y Granada.", "es",
                 {"Sevilla": ("ES", "51"), "Córdoba": ("ES", "51"), "Mérida": ("ES", "57"), "Granada": ("ES", "51")},
                 id="es-spanish-cities-together"),
    pytest.param("Vigils were held in Edinburgh, Glasgow, Dundee and Perth.", "en",
                 {"Perth": ("GB", "SCT")}, id="perth-among-scottish-towns"),
    pytest.param("Rallies took place in Sydney, Melbourne and Perth.", "en",
                 {"Perth": ("AU", "08")}, id="perth-among-australian-cities"),
    pytest.param("Protesters marched in Dallas, Houston, Austin and Paris.", "en",
                 {"Paris": ("US", "TX")}, id="paris-among-texan-cities"),
    # a list's places keep to the part of the world their list names, whatever the article's focus
    pytest.param("Rallies were held in Dallas, Houston and Austin. Rallies were also held in Madrid and Paris.",
                 "en", {"Paris": ("FR", "11"), "Madrid": ("ES", "29")}, id="a-list-abroad-in-an-article-s-focus"),
    pytest.param("Rallies were held in Dallas, Houston and Austin. A rally was also held in Paris.", "en",
                 {"Paris": ("US", "TX")}, id="a-place-alone-in-an-article-s-focus"),
    # ... and so does a town whose sentence names the country where things happen, after a
    # locative; not one that names a country as a cause
    pytest.param("Rallies were held in Dallas, Houston and Austin. Demonstrators in Switzerland, at the square "
                 "in Geneva, handed in a petition.", "en", {"Geneva": ("CH", "GE")},
                 id="a-town-beside-a-country-where-things-happen"),
    pytest.param("Rallies were held in Dallas, Houston and Austin. Meanwhile in France, a rally was held in Paris.",
                 "en", {"Paris": ("FR", "11")}, id="a-town-after-meanwhile-in-a-country"),
    pytest.param("Es gab Kundgebungen in Dallas, Houston und Austin. Auch in der Schweiz demonstrierten Hunderte, "
                 "in Geneva.", "de", {"Geneva": ("CH", "GE")}, id="de-a-town-beside-a-country-where-things-happen"),
    pytest.param("Rallies were held in Dallas, Houston and Austin. A rally for France was also held in Paris.", "en",
                 {"Paris": ("US", "TX")}, id="a-town-beside-a-country-of-a-cause"),
    pytest.param("Miles de personas marcharon en Sevilla, Granada y Valencia para exigir el fin de la ocupación en "
                 "Venezuela.", "es", {"Valencia": ("ES", "60")}, id="es-a-country-of-a-cause-after-the-towns"),
    # a name a larger place of the country the article names bears as an alternate, and a smaller
    # one elsewhere as its own: the named country's
    pytest.param("Tamils in the United Kingdom came out in numbers. Hundreds gathered outside Greyminster.", "en",
                 {"City of Greyminster": ("GB", "ENG")}, id="a-named-country-s-alternate-over-a-foreign-own-name"),
    pytest.param("Hundreds gathered outside Greyminster.", "en", {"Greyminster": ("US", "CO")},
                 id="an-own-name-where-no-country-is-named"),
    pytest.param("Rallies were held in Brussels, Geneva, London, Oslo, Rome and Washington.", "en",
                 {"Geneva": ("CH", "GE"), "Rome": ("IT", "07")}, id="no-focus-in-a-world-list"),
    pytest.param("Cientos de personas se manifestaron en Valencia.", "es", {"Valencia": ("ES", "60")},
                 id="es-the-language-breaks-a-tie-where-nothing-else-points"),
    pytest.param("Hundreds of people rallied in Valencia.", "en", {"Valencia": ("VE", "07")},
                 id="english-points-nowhere"),
    # 2. A list member is not a qualifier.
    pytest.param("Marches also took place in Oslo, Lima, Albany, New York and Boston.", "en",
                 {"Albany": ("US", "NY"), "New York City": ("US", "NY"), "Boston": ("US", "MA")},
                 id="new-york-is-the-next-city"),
    # ... and a list's first city is not qualified by a region named like a larger city, when the
    # list goes on and the city's largest lies elsewhere ('Washington, New York, Boston')
    pytest.param("Protesters streamed through the streets of Washington, New York, Boston and Albany.", "en",
                 {"Washington": ("US", "DC"), "New York City": ("US", "NY"), "Boston": ("US", "MA")},
                 id="a-list-s-first-city-then-new-york"),
    pytest.param("Protesters marched in Washington, New York and Boston.", "en",
                 {"Washington": ("US", "DC"), "New York City": ("US", "NY"), "Boston": ("US", "MA")},
                 id="a-list-s-first-city-then-new-york-and"),
    pytest.param("Protesters marched in Albany, New York and Boston.", "en",
                 {"Albany": ("US", "NY"), "Boston": ("US", "MA")}, id="a-city-of-new-york-state-in-a-list"),
    # After a city with its region, a large city named like a region is the next city when the one
    # before lies, as its largest, elsewhere; and a region's name is no cue when it opens a city's.
    pytest.param("Large demonstrations are set for Washington, DC, Boston, New York, Atlanta, Kansas City and Albany.",
                 "en", {"Boston": ("US", "MA"), "New York City": ("US", "NY"), "Atlanta": ("US", "GA"),
                        "Kansas City": ("US", "MO"), "Albany": ("US", "NY")}, id="a-list-after-a-city-and-its-region"),
    # A code in capitals that holds no town of the name is another code ('Belém (PA)', a state of
    # Brazil, not Panama): no cue, and the town stays.
    pytest.param("Consulta los lugares de las manifestaciones:\n\nSevilla (GA) - Plaza Nueva - 8h\n\n"
                 "Granada (TX) - Plaza del Carmen - 9h", "es", {"Sevilla": ("ES", "51"), "Granada": ("ES", "51")},
                 id="es-codes-that-hold-no-town"),
    # A locative belongs to the nearest name after it.
    pytest.param("The rally in London comes as a Berlin court upheld a ban on demonstrations.", "en",
                 {"London": ("GB", "ENG")}, id="a-locative-is-the-next-names"),
    # 4. Peoples are not towns.
    pytest.param("Hundreds of Hazara protesters gathered in London.", "en", {"London": ("GB", "ENG")},
                 id="a-people-is-not-a-town"),
    # 5. The place protested about, or where the cause happened.
    pytest.param("The killing in Boston sparked rallies in Paris and Rome.", "en",
                 {"Paris": ("FR", "11"), "Rome": ("IT", "07")}, id="where-the-cause-happened"),
    pytest.param("Protesters in London condemned Madrid's crackdown on Saturday.", "en", {"London": ("GB", "ENG")},
                 id="a-city-as-an-actor"),
    pytest.param("Demonstranten in Berlin verurteilten den Krieg in Madrid.", "de", {}, id="de-the-war-in-a-city"),
    # ... or as a participle inflected before its noun, right after the town
    pytest.param("Hunderte demonstrierten in Berlin für den in Madrid getöteten Jungen.", "de", {"Berlin": ("DE", "16")},
                 id="de-the-participle-after-a-town"),
    pytest.param("Honderden mensen demonstreerden in Berlin voor de in Madrid vermoorde journalist.", "nl",
                 {"Berlin": ("DE", "16")}, id="nl-the-participle-after-a-town"),
    # ... told before a long name of the spot where it happened
    pytest.param("Crowds marched in Paris to protest violence after the slaying of nine students and teachers at "
                 "Saint Mary Grove High School in Boston.", "en", {"Paris": ("FR", "11")},
                 id="what-happened-before-a-long-name-of-the-spot"),
    # 6. A city that names its gathering with a word or two between.
    pytest.param("London's biggest rally took place on Saturday.", "en", {"London": ("GB", "ENG")},
                 id="a-city-names-its-biggest-rally"),
    pytest.param("Madrid's new government faced a protest.", "en", {}, id="not-a-gathering-it-names"),
    # 3. A word inside a longer proper name is not a town.
    pytest.param("Protesters rallied outside the Liberty Summit 2023 in London.", "en", {"London": ("GB", "ENG")},
                 id="part-of-an-event-name"),
    pytest.param("The #Rally4Summit marches were held in Berlin on Saturday.", "en", {"Berlin": ("DE", "16")},
                 id="part-of-a-tag"),
    # A part of any town, capitalised before its name, is that town's part, not a longer name.
    pytest.param("Tens of thousands of people are expected to march in Downtown Dallas on Sunday.", "en",
                 {"Dallas": ("US", "TX")}, id="downtown-before-a-town"),
    pytest.param("Hundreds of protesters gathered outside an embassy in Central London on Saturday.", "en",
                 {"London": ("GB", "ENG")}, id="central-before-a-town"),
    # A district the gazetteer lacks, named like a hamlet abroad, among one country's cities.
    pytest.param("Vigils were held in Edinburgh, Glasgow and Dundee, and a crowd gathered in Hazelford.", "en",
                 {"Edinburgh": ("GB", "SCT"), "Glasgow": ("GB", "SCT"), "Dundee": ("GB", "SCT")},
                 id="a-hamlet-abroad-is-not-taken"),
    pytest.param("Across the United Kingdom people are angry: a crowd gathered in Hazelford on Saturday.", "en",
                 {}, id="a-hamlet-abroad-in-an-article-about-one-named-country"),
    # The place a reporter writes from, among the reports of an article.
    pytest.param("Jo Bloggs reports from Berlin that around 500 people turned out.", "en", {"Berlin": ("DE", "16")},
                 id="reports-from-a-town"),
    pytest.param("A march in London called for a ceasefire in Madrid.", "en", {"London": ("GB", "ENG")},
                 id="what-the-gathering-asked-to-end"),
    # A town's name takes no article in German or Dutch: after one, it names a square ('auf dem Neumarkt')
    pytest.param("In Berlin versammelten sich rund 1500 Menschen auf dem Neumarkt.", "de", {"Berlin": ("DE", "16")},
                 id="de-a-square-named-like-a-town"),
    pytest.param("Honderden mensen kwamen bijeen op de Neumarkt in Oslo.", "nl", {"Oslo": ("NO", "12")},
                 id="nl-a-square-named-like-a-town"),
    pytest.param("Tausende demonstrierten in Neumarkt gegen die Pläne.", "de", {"Neumarkt": ("DE", "02")},
                 id="de-the-town-without-an-article"),
    # ... and a common noun after one is no town, whatever name it takes ('im Norden Syriens')
    pytest.param("Tausende demonstrierten in Berlin gegen den Krieg im Norden Syriens.", "de",
                 {"Berlin": ("DE", "16")}, id="de-a-common-noun-after-an-article"),
    # A gathering's noun and 'for' right before a place: what it was for, not where ('the rally for Gaza')
    pytest.param("At the rally for Perth in London, thousands marched.", "en", {"London": ("GB", "ENG")},
                 id="the-rally-for-a-place"),
    pytest.param("Auf der Demonstration für Perth in Berlin waren Tausende Menschen.", "de", {"Berlin": ("DE", "16")},
                 id="de-the-rally-for-a-place"),
    pytest.param("À la manifestation pour Perth à Paris, des milliers de personnes ont défilé.", "fr",
                 {"Paris": ("FR", "11")}, id="fr-the-rally-for-a-place"),
    pytest.param("Op de demonstratie voor Perth in Oslo zijn duizenden mensen afgekomen.", "nl",
                 {"Oslo": ("NO", "12")}, id="nl-the-rally-for-a-place"),
    # ... and where the word is also a locative ('per', 'por': through), only beside another place
    pytest.param("Alla manifestazione per Perth a piazza dei Cinquecento, a Roma, erano in migliaia.", "it",
                 {"Rome": ("IT", "07")}, id="it-the-rally-per-a-place"),
    pytest.param("Miles de personas participaron en la marcha por Perth en Madrid.", "es",
                 {"Madrid": ("ES", "29")}, id="es-the-march-por-a-place"),
    pytest.param("Il corteo per Roma è partito alle 14 da piazza Garibaldi.", "it", {"Rome": ("IT", "07")},
                 id="it-a-march-through-the-town"),
    pytest.param("La marcha por Madrid y Sevilla recorrió el centro el sábado.", "es",
                 {"Madrid": ("ES", "29"), "Sevilla": ("ES", "51")}, id="es-a-march-through-a-list-of-towns"),
    # The town stood with, then a locative and the town where the gathering was
    pytest.param("Thousands joined the march in solidarity with Perth in London.", "en", {"London": ("GB", "ENG")},
                 id="in-solidarity-with-a-town-in-another"),
    pytest.param("Tausende nahmen an dem Marsch in Solidarität mit Perth in Berlin teil.", "de",
                 {"Berlin": ("DE", "16")}, id="de-in-solidaritat-mit-a-town-in-another"),
    pytest.param("Miles de personas marcharon en solidaridad con Perth en Madrid.", "es", {"Madrid": ("ES", "29")},
                 id="es-en-solidaridad-con-a-town-en-otra"),
    pytest.param("Thousands marched in solidarity with the people in Perth.", "en", {},
                 id="in-solidarity-with-the-people-in-a-town"),
    pytest.param("Zondag zijn mensen de straat opgegaan om hun steun te betuigen aan de bewoners van Perth. Een "
                 "demonstratie in Oslo trok zo'n 5000 deelnemers.", "nl", {"Oslo": ("NO", "12")},
                 id="nl-support-told-with-a-verb"),
    # Two names and one street noun for both ('Hollywood and Hobart boulevards') are streets
    pytest.param("Thousands will gather near Perth and Geneva boulevards in Houston for a march.", "en",
                 {"Houston": ("US", "TX")}, id="two-streets-named-after-towns"),
    # A title of nobility before a town names a square or a person, not the town
    pytest.param("Milhares de pessoas estão concentradas na zona do Marquês de Perth em Madrid para o desfile.", "pt",
                 {"Madrid": ("ES", "29")}, id="pt-a-square-named-after-a-title"),
    pytest.param("Thousands gathered at the statue of the Duke of Perth in London for the march.", "en",
                 {"London": ("GB", "ENG")}, id="a-title-of-nobility"),
    # A continent or region of the world (CLDR) is no town, though a town bears its name
    pytest.param("La ola de manifestaciones empezó en Asia y acabó en Madrid, donde miles de personas marcharon.",
                 "es", {"Madrid": ("ES", "29")}, id="es-a-continent-is-no-town"),
    pytest.param("The wave of protests began in Asia and ended in London, where thousands marched.", "en",
                 {"London": ("GB", "ENG")}, id="a-continent-is-no-town"),
    # A common word first on its line is a word whatever marks stand before it: a field's label
    pytest.param("Rallies across the state\n| Summit: 19980201\nMore than 25,000 people marched in Boston.", "en",
                 {"Boston": ("US", "MA")}, id="a-label-after-a-mark-is-no-heading"),
    pytest.param("Protesters joined the Summit rally in London.", "en", {"London": ("GB", "ENG")},
                 id="a-word-of-an-events-name"),
    # A building a gathering stands at, which a word for rulers may name, says where, not what happened
    pytest.param("Hundreds protested at the airport in Perth against the travel ban.", "en", {"Perth": ("AU", "08")},
                 id="a-rally-at-the-airport"),
    pytest.param("Hundreds protested in front of the government building in Geneva.", "en",
                 {"Geneva": ("CH", "GE")}, id="the-government-building"),
    pytest.param("Des centaines de manifestants se sont rassemblés devant le siège du gouvernement à Paris.", "fr",
                 {"Paris": ("FR", "11")}, id="fr-le-siege-du-gouvernement"),
    pytest.param("Centinaia di persone hanno manifestato davanti alla sede del governo a Roma.", "it",
                 {"Rome": ("IT", "07")}, id="it-la-sede-del-governo"),
    pytest.param("Cientos de personas se concentraron ante la sede del gobierno en Madrid.", "es",
                 {"Madrid": ("ES", "29")}, id="es-la-sede-del-gobierno"),
    pytest.param("Thousands marched in Perth after a man was killed at the hospital in Geneva.", "en",
                 {"Perth": ("AU", "08")}, id="killed-at-the-hospital"),
    pytest.param("Thousands rallied in Perth after the destruction of the old bridge on Sunday in Geneva.", "en",
                 {"Perth": ("AU", "08")}, id="the-town-of-a-destruction"),
    # The plural of an attack says what happened there as the singular does
    pytest.param("Centenas de pessoas protestaram em Madrid contra as agressões ocorridas em Paris.", "pt",
                 {"Madrid": ("ES", "29")}, id="pt-the-assaults-in-a-town"),
    pytest.param("Cientos de personas se manifestaron en Madrid tras los atentados cometidos en Paris.", "es",
                 {"Madrid": ("ES", "29")}, id="es-the-attacks-in-a-town"),
    pytest.param("Centinaia di persone hanno manifestato a Roma dopo gli attentati avvenuti a Parigi.", "it",
                 {"Rome": ("IT", "07")}, id="it-the-attacks-in-a-town"),
    pytest.param("Des centaines de personnes ont manifesté à Rome après les attaques survenues à Paris.", "fr",
                 {"Rome": ("IT", "07")}, id="fr-the-attacks-in-a-town"),
    pytest.param("Hundratals demonstrerade i Madrid efter attackerna i Paris.", "sv", {"Madrid": ("ES", "29")},
                 id="sv-the-attacks-in-a-town"),
    pytest.param("Setki osób protestowały w Berlinie po zamachach w Paryżu.", "pl", {"Berlin": ("DE", "16")},
                 id="pl-the-attacks-in-a-town"),
    pytest.param("Hundrevis demonstrerte i Madrid mot krigføringen i Paris.", "no", {"Madrid": ("ES", "29")},
                 id="no-the-warfare-in-a-town"),
    # A smaller place named 'in' the town right after it, near it, is a part of that town
    pytest.param("Hundreds demonstrated in Kreuzberg in Berlin on Saturday.", "en", {"Berlin": ("DE", "16")},
                 id="a-part-of-the-town-after-it"),
    pytest.param("Hundreds rallied in Hazelford in New York City on Saturday.", "en",
                 {"Hazelford": ("US", "NJ"), "New York City": ("US", "NY")}, id="a-town-far-from-the-next-is-no-part"),
    # A word of a cause that names a street or square ('Avenida da Liberdade') is no cause
    pytest.param("Miles de personas llenaron la Avenida de la Libertad en Madrid durante la marcha.", "es",
                 {"Madrid": ("ES", "29")}, id="es-a-street-named-after-a-cause"),
    pytest.param("Des milliers de manifestants ont défilé place de la Liberté à Paris pour la paix.", "fr",
                 {"Paris": ("FR", "11")}, id="fr-a-square-named-after-a-cause"),
    # A frequent word capitalised after an article in lowercase is a title's noun, not a town: a
    # town's name that takes an article writes it with a capital (lexicon lowercase_articles)
    pytest.param("Miles de personas participaron en la Marcha por la Esperanza en Madrid el domingo.", "es",
                 {"Madrid": ("ES", "29")}, id="es-a-title-s-noun-after-a-lowercase-article"),
    pytest.param("Cientos de personas se concentraron el domingo por la Esperanza.", "es", {},
                 id="es-a-title-s-noun-alone"),
    pytest.param("Cientos de personas se concentraron el domingo en Esperanza.", "es", {"Esperanza": ("PH", "13")},
                 id="es-a-town-named-as-a-noun-without-an-article"),
    # A town that stands for its rulers, a locative a few words before ('sur le régime de Téhéran')
    pytest.param("Des milliers de personnes se sont réunies à Paris pour exiger une pression plus forte sur le "
                 "régime de Rome.", "fr", {"Paris": ("FR", "11")}, id="fr-the-regime-of-a-town"),
    # A square keeps its name in its own language in another's text, and a town is named as it is
    pytest.param("Milhares de manifestantes terminaram a passeata na Piazza della Libertà, em Roma.", "pt",
                 {"Rome": ("IT", "07")}, id="pt-an-italian-square-s-name"),
    pytest.param("Thousands marched to Plaza de la Paz in Madrid on Saturday.", "en", {"Madrid": ("ES", "29")},
                 id="a-spanish-square-s-name"),
    pytest.param("Hundreds rallied in Piazza on Saturday.", "en", {"Piazza": ("IT", "09")},
                 id="a-town-named-as-a-square-is"),
    # Two towns' names read as one name that names no place, the towns far apart: a person's title
    pytest.param("Tausende versammelten sich am Montag vor der Residenz des Perth Merida in Berlin.", "de",
                 {"Berlin": ("DE", "16")}, id="de-two-towns-names-as-one-title"),
    pytest.param("Thousands rallied in Madrid as the Perth Merida spoke.", "en", {"Madrid": ("ES", "29")},
                 id="two-towns-names-as-one-title"),
    # A span of names set off in its clause holds the places the gatherings spread over, both ends too
    pytest.param("Protests took place across the globe, from Sydney to London, on Saturday.", "en",
                 {"Sydney": ("AU", "02"), "London": ("GB", "ENG")}, id="a-span-of-places"),
    pytest.param("Protests took place across the globe, from Perth to Madrid to Paris, on Saturday.", "en",
                 {"Perth": ("AU", "08"), "Madrid": ("ES", "29"), "Paris": ("FR", "11")}, id="a-span-through-places"),
    pytest.param("Des milliers de personnes ont manifesté samedi, de Paris à Madrid, contre la guerre.", "fr",
                 {"Paris": ("FR", "11"), "Madrid": ("ES", "29")}, id="fr-a-span-of-places"),
    pytest.param("Am Samstag demonstrierten Tausende, von Berlin bis Madrid, gegen den Krieg.", "de",
                 {"Berlin": ("DE", "16"), "Madrid": ("ES", "29")}, id="de-a-span-of-places"),
    pytest.param("Da Madrid a Oslo, migliaia di persone sono scese in piazza.", "it",
                 {"Madrid": ("ES", "29"), "Oslo": ("NO", "12")}, id="it-a-span-opening-the-sentence"),
    pytest.param("Protesters stormed embassies in 21 cities on Tuesday, from Perth to Madrid.", "en",
                 {"Perth": ("AU", "08"), "Madrid": ("ES", "29")}, id="a-span-set-off-by-a-comma"),
    pytest.param("Protesters stormed embassies on Tuesday in European cities from Paris to Madrid.", "en",
                 {"Paris": ("FR", "11"), "Madrid": ("ES", "29")}, id="a-span-after-a-plural-of-towns"),
    pytest.param("Am Dienstag protestierten Kurden in mehr als 20 Städten von Paris bis Madrid.", "de",
                 {"Paris": ("FR", "11"), "Madrid": ("ES", "29")}, id="de-a-span-after-a-plural-of-towns"),
    # ... nor a span of states, a town's name among them
    pytest.param("From Texas to Paris, Americans held vigils for the victims on Sunday.", "en", {},
                 id="a-span-of-states-is-no-span-of-towns"),
    # ... not a journey's ends, which no mark sets off
    pytest.param("Protesters who travelled from Perth to Madrid rallied on Saturday.", "en", {},
                 id="a-journey-is-no-span"),
    # A town in what someone says, no gathering told after the words that open it, is the speech's
    pytest.param("During the rally in Madrid, the leader announced that at Monday's meeting in Perth he would ask "
                 "for their suspension.", "en", {"Madrid": ("ES", "29")}, id="a-town-in-what-is-said"),
    pytest.param("Während der Kundgebung in Berlin kündigte der Vorsitzende an, dass er beim Treffen am Montag in "
                 "Perth die Suspendierung beantragen werde.", "de", {"Berlin": ("DE", "16")},
                 id="de-a-town-in-what-is-said"),
    pytest.param("Police said that thousands marched in Perth on Saturday.", "en", {"Perth": ("AU", "08")},
                 id="a-gathering-told-in-what-is-said"),
    # A capture or an abduction there is what the gathering protested, not where it was
    pytest.param("Thousands marched in Madrid to protest the capture of their leader in Perth.", "en",
                 {"Madrid": ("ES", "29")}, id="the-capture-in-a-town"),
    pytest.param("Tausende demonstrierten in Berlin gegen die Gefangennahme ihres Anführers in Perth.", "de",
                 {"Berlin": ("DE", "16")}, id="de-the-capture-in-a-town"),
    # ... unless a word of gathering follows the town in its clause, at most a crowd's count between
    # (the place stands before its verb: 'haben in Berlin Tausende demonstriert'), and no other town
    # after it
    pytest.param("Zum Jahrestag des Überfalls auf die Ukraine haben in Berlin Tausende demonstriert.", "de",
                 {"Berlin": ("DE", "16")}, id="de-a-gathering-right-after-the-town"),
    pytest.param("On the anniversary of the invasion in Madrid thousands protested.", "en",
                 {"Madrid": ("ES", "29")}, id="a-gathering-right-after-the-town"),
    pytest.param("Nach dem Anschlag in Madrid demonstrierten in Berlin Tausende.", "de", {"Berlin": ("DE", "16")},
                 id="de-a-gathering-right-after-the-town-and-before-another"),
    pytest.param("The killing of a man in Madrid sparked protests.", "en", {},
                 id="a-deed-s-town-before-a-verb-of-its-own"),
    pytest.param("The attack in Madrid took place on Friday, and protests followed in Berlin.", "en",
                 {"Berlin": ("DE", "16")}, id="a-deed-s-town-before-a-verb-of-what-happened"),
    pytest.param("Nell'anniversario dell'invasione a Madrid hanno manifestato migliaia di persone.", "it",
                 {"Madrid": ("ES", "29")}, id="it-a-gathering-right-after-the-town-with-its-auxiliary"),
    pytest.param("Mehrere Tausend Menschen haben in Berlin gegen die Regierung in Madrid demonstriert.", "de",
                 {"Berlin": ("DE", "16")}, id="de-the-rulers-town-before-the-verb-last"),
    # ... but rulers are not dated: a weekday or a month between them and the town dates the gathering
    pytest.param("Des milliers de manifestants ont défié l'interdiction des autorités samedi après-midi à Paris.",
                 "fr", {"Paris": ("FR", "11")}, id="fr-a-day-between-the-rulers-and-the-town"),
    pytest.param("Thousands of protesters defied a ban by the authorities on Saturday in Madrid.", "en",
                 {"Madrid": ("ES", "29")}, id="a-day-between-the-rulers-and-the-town"),
    pytest.param("Thousands of protesters rallied against the authorities in Madrid.", "en", {},
                 id="the-rulers-of-a-town"),
    # A town in the country its sentence opens with, or the heading over its section names alone
    pytest.param("In the United States, hundreds of people rallied in Rome.", "en", {"Rome": ("US", "GA")},
                 id="a-sentence-framed-in-a-country"),
    pytest.param("United Kingdom\n\nHundreds held a vigil in Perth.\n\nAustralia\n\nThousands marched in Sydney.",
                 "en", {"Perth": ("GB", "SCT"), "Sydney": ("AU", "02")}, id="a-section-under-a-country-heading"),
    # ... a heading that names its country among other words, below the article's first line, and the
    # items of its list, a town first on each line
    pytest.param("Protests spread.\n\nRallies in the United Kingdom\n\nHundreds held a vigil in Perth.", "en",
                 {"Perth": ("GB", "SCT")}, id="a-section-under-a-heading-naming-its-country"),
    pytest.param("Protests spread.\n\nProtests planned in the United Kingdom\n\nLondon: Hyde Park, 15:00\n\n"
                 "Perth: the Leisure Centre, 16:00", "en", {"Perth": ("GB", "SCT")},
                 id="a-list-under-a-heading-naming-its-country"),
    # ... not a byline's or a date line's, which holds figures ('BY staff | United States | 3/25/04')
    pytest.param("Protests spread.\nBY staff | United Kingdom | 3/25/04\nHundreds held a vigil in Perth.", "en",
                 {"Perth": ("AU", "08")}, id="a-byline-naming-a-country-frames-nothing"),
    pytest.param("Protests in the United Kingdom\n\nHundreds held a vigil in Perth.", "en", {"Perth": ("AU", "08")},
                 id="a-title-naming-a-country-frames-nothing"),
    # ... nor a heading that names a country as a mission's owner, abroad ('Protest at U.S. Consulate')
    pytest.param("Protests spread.\n\nProtest at the United Kingdom Consulate\n\nHundreds held a vigil in Perth.",
                 "en", {"Perth": ("AU", "08")}, id="a-heading-naming-a-mission-s-country-frames-nothing"),
    pytest.param("Protests spread.\n\nVigil at Embassy of the United Kingdom\n\nHundreds held a vigil in Perth.",
                 "en", {"Perth": ("AU", "08")}, id="a-heading-naming-a-mission-s-country-after-it-frames-nothing"),
    pytest.param("Protests spread.\n\nVigil at an embassy in United Kingdom\n\nHundreds held a vigil in Perth.",
                 "en", {"Perth": ("GB", "SCT")}, id="a-heading-naming-where-a-mission-stands-frames-its-section"),
    # ... nor a page's rubric over a story's wire dateline: the story begins there
    pytest.param("Protests spread.\n\nUnited Kingdom and the World\n\nSYDNEY (Agency) - Hundreds held vigils on "
                 "Saturday. Vigils were held in Perth and Melbourne.", "en",
                 {"Perth": ("AU", "08"), "Sydney": ("AU", "02"), "Melbourne": ("AU", "07")},
                 id="a-rubric-over-a-dateline-frames-nothing"),
    pytest.param("Protests spread.\n\nUnited Kingdom and the World\n\nIn Sydney, hundreds held vigils on Saturday. "
                 "Vigils were held in Perth and Melbourne.", "en", {"Perth": ("GB", "SCT")},
                 id="a-heading-naming-its-country-frames-its-section"),
    pytest.param("In the United States, protests grew, and in Paris, hundreds marched.", "en",
                 {"Paris": ("FR", "11")}, id="the-frame-ends-at-another-place-s-clause"),
    pytest.param("Aux États-Unis, des centaines de personnes ont manifesté à Rome.", "fr", {"Rome": ("US", "GA")},
                 id="fr-a-sentence-framed-in-a-country"),
    # A name that opens a region of the world's ('North America', 'América del Sur') is no town
    pytest.param("In North America, thousands marched in Dallas and Houston.", "en",
                 {"Dallas": ("US", "TX"), "Houston": ("US", "TX")}, id="a-region-of-the-world-opened-by-a-town-s-name"),
    pytest.param("En América del Sur, miles de personas marcharon en Lima.", "es", {"Lima": ("PE", "15")},
                 id="es-a-region-of-the-world-opened-by-a-town-s-name"),
    # a possessive before a building's noun names whom the building is dedicated to, no town (the
    # saint's namesake abroad had drawn London there too)
    pytest.param("In London, hundreds gathered on the steps of St. Aldhelm's Cathedral.", "en",
                 {"London": ("GB", "ENG")}, id="a-church-s-saint-is-no-town"),
    # two other places in two countries are no focus: one of them is no majority (Toronto and
    # the Canada its sentence names had drawn London to Ontario in a story of rallies around the world)
    pytest.param("Protesters marched in New York on Saturday. In London, hundreds gathered near the stock exchange. "
                 "In Toronto, hundreds converged near the headquarters of some of Canada's major banks.", "en",
                 {"London": ("GB", "ENG"), "Toronto": ("CA", "08"), "New York City": ("US", "NY")},
                 id="one-of-two-other-places-is-no-focus"),
    pytest.param("Hundreds rallied in Toronto and in London against Canada's new law.", "en",
                 {"London": ("CA", "08"), "Toronto": ("CA", "08")}, id="the-only-other-place-is-a-focus"),
])
def test_places_are_resolved_in_their_context(ambiguous, text, language, expected):
    found = places_of(ambiguous, text, language)
    for place, where in expected.items():
        assert found.get(place) == where, (place, found)
    assert set(found) <= set(expected) | {"Sevilla", "Granada", "Edinburgh", "Glasgow", "Dundee", "Sydney",
                                          "Melbourne", "Dallas", "Houston", "Austin", "Brussels", "London", "Oslo",
                                          "Washington", "Lima", "Berlin", "Albany"}


@pytest.mark.parametrize("text, language, expected", [
    # a town whose name opens with an article, after a preposition fused with it
    pytest.param("Centinaia di persone hanno manifestato sabato all’Orsina.", "it", {"L'Orsina": ("IT", "07")},
                 id="it-an-elided-article-fused-with-a-locative"),
    pytest.param("Centinaia di persone hanno manifestato sabato all'Orsina e a Roma.", "it",
                 {"L'Orsina": ("IT", "07"), "Rome": ("IT", "07")}, id="it-a-straight-elision-mark"),
    pytest.param("Des centaines de personnes ont manifesté samedi au Brévent.", "fr", {"Le Brévent": ("FR", "24")},
                 id="fr-an-article-fused-with-a-locative"),
    # 'du', 'dell'' (of) say whose, not where
    pytest.param("Le maire du Brévent a défilé à Paris avec 300 personnes.", "fr", {"Paris": ("FR", "11")},
                 id="fr-a-fused-article-that-says-whose"),
    # a country takes its article too, and a square's noun joins its name with one
    pytest.param("Una lettera alla Germania, poi un corteo a Roma.", "it", {"Rome": ("IT", "07")},
                 id="it-a-country-after-a-fused-article"),
    pytest.param("Manifestazione in piazza dell'Orsina a Roma.", "it", {"Rome": ("IT", "07")},
                 id="it-a-square-named-with-a-fused-article"),
    # a state's abbreviation in news style, with its period, is the state
    pytest.param("Hundreds held a vigil in Rome, Ga., on Sunday.", "en", {"Rome": ("US", "GA")},
                 id="a-state-s-news-abbreviation"),
    pytest.param("ROME, Ga. (Agency) — Hundreds held a vigil on Sunday.", "en", {"Rome": ("US", "GA")},
                 id="a-dateline-s-state-abbreviation"),
    pytest.param("Vigils were held in Geneva, Ill., and in Paris, Texas.", "en",
                 {"Geneva": ("US", "IL"), "Paris": ("US", "TX")}, id="two-states-abbreviated-and-written-out"),
    # ... and a town so named is that town where the article writes its name alone, though the
    # name ends in a landmark's noun
    pytest.param("GREYSTONE PARK, Ga. (Agency) — Candles were placed at city hall.\nMore than 100 people "
                 "gathered in Greystone Park on Monday night.", "en", {"Greystone Park": ("US", "GA")},
                 id="a-town-named-with-its-state-is-no-landmark"),
    pytest.param("More than 100 people gathered in Greystone Park on Monday night.", "en", {},
                 id="a-name-ending-in-a-landmark-s-noun-alone"),
    # within the state, the town whose own name it is, not a larger town's old name; and that town
    # where the article writes the name alone
    pytest.param("Hundreds held a vigil in Oldbridge\n\nOLDBRIDGE, Ga. (Agency) — Hundreds held a vigil on Friday "
                 "night.", "en", {"Oldbridge": ("US", "GA")}, id="a-town-s-own-name-in-its-state"),
    # a country named as a cause does not make a small town of the language's country foreign ...
    pytest.param("Centinaia di persone hanno manifestato a Colleverde, con le bandiere della Palestina.", "it",
                 {"Colleverde": ("IT", "18")}, id="it-a-small-town-of-the-language-s-country"),
    # ... where a small town elsewhere, in an article about another country, is a district's name,
    # and so is a small town of the language's country that bears the name as another of its names
    pytest.param("Hundreds rallied in Colleverde, waving the flags of Palestine.", "en", {},
                 id="a-small-town-abroad-in-an-article-about-another-country"),
    pytest.param("Des centaines de personnes ont manifesté à Greymont, avec des drapeaux de la Palestine.", "fr", {},
                 id="fr-another-name-of-a-small-town-of-the-language-s-country"),
    # a landmark the article names in full, written short after a locative, unless a large town bears
    # the name
    pytest.param("Centenares de personas acudieron a la Plaza de Villaverdeja, en Madrid. Los manifestantes se "
                 "concentraron en Villaverdeja a las tres.", "es", {"Madrid": ("ES", "29")}, id="es-a-landmark-written-short"),
    pytest.param("Cientos de personas se concentran en Solana\n\nHoy, en la Puerta de Solana de Madrid, cientos de "
                 "personas se concentraron.", "es", {"Madrid": ("ES", "29")},
                 id="es-a-landmark-written-short-a-quarter-of-the-town-bears"),
    pytest.param("Centenares de personas acudieron a la Plaza de Roma, en Madrid. Otros se manifestaron en Roma.",
                 "es", {"Madrid": ("ES", "29"), "Rome": ("IT", "07")}, id="es-a-large-town-named-like-a-landmark"),
    # a district named with its town before a hyphen is that town's gathering, not a row of its own
    pytest.param("Hunderte Menschen demonstrierten am Samstag in Berlin-Nordwall.", "de", {"Berlin": ("DE", "16")},
                 id="de-a-district-named-with-its-town"),
    pytest.param("Hundreds rallied in Perth-Andover on Saturday.", "en", {"Perth-Andover": ("CA", "04")},
                 id="a-town-named-with-a-hyphen-far-from-the-first-part-s"),
    # a wire's dateline over a gathering in a square named like a town: the dateline's town alone
    pytest.param("ROMA - Centinaia di persone hanno manifestato sabato in piazza Colleverde.", "it",
                 {"Rome": ("IT", "07")}, id="it-a-dateline-over-a-square-named-like-a-town"),
    pytest.param("LONDON — Hundreds of people rallied on Sunday in Greyminster Square.", "en",
                 {"London": ("GB", "ENG")}, id="a-dateline-over-a-square-named-like-a-town"),
])
def test_exactly_these_places(ambiguous, text, language, expected):
    """The article's rally places and where each is, and no other: towns whose article a preposition
    holds, towns named with their state, small towns beside a country named as a cause."""
    assert places_of(ambiguous, text, language) == expected


@pytest.mark.parametrize("text, language", [
    pytest.param("Alrededor de 100.000 personas, según la Delegación del Gobierno en Madrid, inundaron este sábado el "
                 "centro de la capital para exigir el fin del genocidio en Palestina.", "es", id="es-palestina"),
    pytest.param("Rund 5.000 Menschen, so die Polizei, füllten am Samstag das Zentrum der Hauptstadt gegen den Krieg "
                 "in Palästina.", "de", id="de-palaestina"),
])
def test_a_country_s_everyday_name_is_the_country(gazetteer, text, language):
    """A country's everyday name that CLDR keeps only as a variant ('Palestina' beside 'Territorios
    Palestinos'; lexicon country_names) is the country, not a town of that name."""
    analysis = analyse(text, gazetteer, default_lexicons()[language])
    assert [p.kind for p in analysis.places if p.key in ("palestina", "palastina")] == ["country"]
    assert not analysis.rallies


@pytest.mark.parametrize("text, expected", [
    pytest.param("About 500 people protested outside the embassy in Kensington, West London on Sunday.",
                 {"Kensington": "GB"}, id="a-part-then-its-town"),
    pytest.param("About 500 people protested in Kensington, London on Sunday.", {"Kensington": "GB"},
                 id="a-part-comma-its-town"),
    pytest.param("About 500 people protested in Kensington in London on Sunday.", {"London": "GB"},
                 id="a-part-in-its-town"),
    # towns of like size side by side, or a list going on after the second, are towns each
    pytest.param("Rallies were held in Oakland, San Francisco and San Jose on Sunday.",
                 {"Oakland": "US", "San Francisco": "US", "San Jose": "US"}, id="neighbours-of-like-size"),
    pytest.param("Rallies were held in Salford, Manchester and Leeds on Sunday.",
                 {"Salford": "GB", "Manchester": "GB", "Leeds": "GB"}, id="a-list-goes-on"),
])
def test_a_part_of_a_town_is_placed_by_the_town(gazetteer, text, expected):
    """A place named with a town after it, within 20 km of it and far smaller, is a part of that
    town: the town's name places it, whatever is larger of its name elsewhere."""
    assert {city: where[0] for city, where in places_of(gazetteer, text).items()} == expected


def test_the_reason_says_which_evidence_decided(ambiguous):
    article = Article("a", "a.txt", "Vigils were held in Edinburgh, Glasgow, Dundee and Perth.", "", "", "",
                      date(2024, 3, 10), "header line 'date'", "en", "h")
    reports = extract_reports(article, ambiguous, offline_resolver(ambiguous), CorpusDates(None, None), LEXICONS)
    perth = next(r for r in reports if r.place.city == "Perth")
    assert "the article's other places in GB-SCT" in perth.place.geo_reason
    assert "edinburgh" in perth.place.geo_reason


@pytest.mark.parametrize("name, pointed", [
    pytest.param("sevilla", ("ES", "51"), id="one-country"),
    pytest.param("perth", ("AU", "08"), id="forty-times-larger"),
    pytest.param("cordoba", None, id="four-times-larger-is-ambiguous"),
    pytest.param("atlantis", None, id="unknown"),
])
def test_where_a_name_points_on_its_own(ambiguous, name, pointed):
    assert region_pointed_to(name, ambiguous) == pointed


def test_a_lone_place_is_resolved_as_before(ambiguous):
    mention = PlaceMention(0, 7, "Córdoba", "cordoba", "city", 0, None, None, 7)
    assert resolve_place(mention, ambiguous).country == "AR"
    assert resolve_together([mention], ambiguous) == Neighbours()
