"""Which places a sentence reports a rally in: a table of sentences and expected places."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import city

from rallymap.extract.places import analyse, find_places
from rallymap.extract.text import sentences

CASES = [
    # lists and locatives
    pytest.param("The MEK rallies were held in Brussels, Geneva, London, Oslo, Rome, Stockholm, Toronto, and Washington, DC.",
                 ["Brussels", "Geneva", "London", "Oslo", "Rome", "Stockholm", "Toronto", "Washington"], id="list-after-held-in"),
    pytest.param("Iranians and the MEK supporters in Toronto, Canada voiced their support for the Iran protests.",
                 ["Toronto"], id="people-in-city"),
    pytest.param("In addition to Gothenburg, Iranians gathered in Malmo and voiced support.", ["Gothenburg", "Malmo"],
                 id="ascii-spelling-of-malmo"),
    pytest.param("Iranians in Arhus, Denmark, held a protest rally.", ["Arhus"], id="arhus-with-country"),
    pytest.param("Meanwhile, in The Hague, the Netherlands, Iranians held a protest outside the Dutch Parliament.",
                 ["The Hague"], id="the-hague"),
    pytest.param("In the capital Minsk, demonstrators marched in different parts of the city.", [], id="unknown-city-ignored"),
    pytest.param("Similar protests were also held in Paris, Zzyzxville, Perth and Rome.", ["Paris", "Perth", "Rome"],
                 id="list-survives-unknown-item"),
    pytest.param("Similar protests were also held in Paris, Aukland, Perth and Rome.",
                 ["Paris", "Aukland", "Perth", "Rome"], id="misspelled-city-in-a-list"),
    pytest.param("Aukland residents protested.", [], id="misspelling-outside-a-list-is-not-read"),
    pytest.param("In France, hundreds of people protested in cities like Paris and Nice.", ["Paris", "Nice"],
                 id="common-word-town-in-a-list"),
    pytest.param("To the Stockholm MEK rally, Rajavi sent a video message.", ["Stockholm"], id="city-modifies-rally"),
    # a town that names a gathering another town locates ('a Hong Kong rally in Toronto') is its cause,
    # or its part: the gathering was in the second
    pytest.param("Hundreds joined a Hong Kong solidarity rally in Toronto.", ["Toronto"], id="a-rally-named-for-another"),
    pytest.param("Thousands marched to a Washington rally in London.", ["London"], id="a-rally-named-for-a-street"),
    pytest.param("Thousands joined the London rally in Hyde Park.", ["London"], id="a-rally-in-a-park-of-its-town"),
    # where people disappeared is not where the gathering asking for them was
    pytest.param("Hundreds marched in London to demand the return of the students who disappeared in Paris.",
                 ["London"], id="where-people-disappeared"),
    # a place a gathering is for or against ('anti-', 'pro-' joined to it) is its cause, not its venue
    pytest.param("An anti-Moscow protest was held in Paris.", ["Paris"], id="anti-a-place-is-a-cause"),
    pytest.param("Pro-Hong Kong demonstrators gathered outside the town hall on Sunday.", [], id="pro-a-place-is-a-cause"),
    # a month's name after a determiner or a possessive, with no number after it, names a march
    pytest.param("On 24 April the March for Peace will take place in London.", ["London"], id="the-march-for"),
    pytest.param("Millions joined the Women's March in Paris.", ["Paris"], id="a-possessive-s-march"),
    pytest.param("The March 2019 fair in Paris was a success.", [], id="the-month-before-a-number"),
    pytest.param("Protest brings 15 000 to Berlin’s Brandenburg Gate", ["Berlin"], id="possessive-landmark"),
    pytest.param("Washington DC, USA", [], id="heading-needs-a-rally-article"),
    # rejections
    pytest.param("They chanted “From Tehran to Baghdad our slogan is Revolution” at the rally in Oslo.", ["Oslo"],
                 id="quoted-slogan"),
    pytest.param("Speakers at the rally included the Conservative MP for Hendon, Matthew Offord.", [], id="constituency"),
    pytest.param("Thousands rallied in London to demand regime change in Tehran.", ["London"], id="metonym-regime-change"),
    pytest.param("In Belarus, the protests came despite the government having sided with Moscow.", [], id="sided-with-moscow"),
    pytest.param("Protesters read the Washington Post at the march.", [], id="newspaper-name"),
    pytest.param("Hundreds held a vigil outside Toronto City Hall.", ["Toronto"], id="the-town-s-own-hall"),
    pytest.param("Protesters read the Toronto Star at the vigil.", [], id="a-name-after-the-town-is-no-hall"),
    pytest.param("In London, hundreds rallied at Hendon Town Hall.", ["London"], id="a-neighbour-s-hall-in-the-town"),
    pytest.param("In Paris, hundreds rallied; others held a vigil at Toronto City Hall.", ["Paris", "Toronto"],
                 id="a-far-town-s-hall-is-its-own"),
    pytest.param("Demonstrators were killed in Tehran during the protests.", [], id="killed-in"),
    pytest.param("Protesters gathered outside the White House.", [], id="the-institution"),
    pytest.param("In Sydney, Australia, Iranians gathered in Hyde Park.", ["Sydney"], id="park-is-a-landmark"),
    # the federal district, which GeoNames names only as a region, is its one city
    pytest.param("Thousands marched in D.C. on Saturday.", ["D.C"], id="the-district-s-initials"),
    pytest.param("Thousands gathered near D.C.'s Lincoln Memorial.", ["D.C"], id="the-district-s-possessive"),
    # a name written as initials keeps its list: its full stop is no sentence's
    pytest.param("Thousands marched in Washington D.C. and Toronto on Saturday.", ["Washington D.C", "Toronto"],
                 id="a-list-after-a-name-s-initials"),
    pytest.param("Police said the rally in Paris was peaceful.", ["Paris"], id="police-at-sentence-start"),
    pytest.param("Paris, February 12, 2020—Iranians rallied in Paris on Tuesday.", ["Paris"], id="dateline-not-counted-twice"),
    pytest.param("The weather in Paris was cold.", [], id="no-gathering-cue"),
    pytest.param("Rallies were held in Rome, Oslo.com and Paris.", ["Rome", "Paris"], id="name-in-a-bare-web-address"),
    pytest.param("Protesters rallied in www.Oslo.org on Saturday.", [], id="name-in-a-www-address"),
    pytest.param("Read about the protest in Oslo at www.rally-Berlin.com today.", ["Oslo"],
                 id="name-inside-a-web-address"),
    pytest.param("Protests swept Iran and Germany last week.", [], id="countries-alone"),
    # lists under one gathering word
    pytest.param("In Canada, the cities of Toronto, Ottawa, and Oshawa were scenes of similar protests.",
                 ["Toronto", "Ottawa", "Oshawa"], id="the-cities-of-list"),
    pytest.param("Iranians living in the German cities of Berlin, Hamburg and Munich also held demonstrations.",
                 ["Berlin", "Hamburg", "Munich"], id="living-in-the-cities-of"),
    pytest.param("Similar events took place in Lyon, Marseille, and Paris.", ["Lyon", "Marseille", "Paris"],
                 id="similar-events-took-place"),
    pytest.param("Protests were held in Berlin (5,000 people), Hamburg (3,000) and Munich (about 1,000 marchers).",
                 ["Berlin", "Hamburg", "Munich"], id="items-with-their-figures-in-brackets"),
    pytest.param("Protests were held in Berlin (police counted 5,000) while Hamburg stayed calm.", ["Berlin"],
                 id="an-aside-is-no-glue-of-its-own"),
    pytest.param("PARIS\n\n02 March 2020\n\nProtesters rallied in Berlin on Saturday.", ["Berlin"],
                 id="a-place-over-a-date-line-is-a-dateline"),
    pytest.param("Rallies were held on Saturday.\n\nPARIS\n\nThousands marched to the square.", ["PARIS"],
                 id="a-place-heading-over-its-story"),
    pytest.param("Rallies were held on Saturday.\n\nPARIS PARK —\n\nThousands marched in Berlin.", ["Berlin"],
                 id="a-landmark-named-after-a-town-heads-no-story-of-the-town"),
    pytest.param("Rallies were held on Saturday.\n\n© XYZ3 / Paris\n\nThousands marched in Berlin.", ["Berlin"],
                 id="a-photo-credit-line-is-no-heading"),
    pytest.param("  •   Paris, France  |\n  • Web edition\n\nRallies were held on Saturday in Berlin.", ["Berlin"],
                 id="a-menu-item-with-a-bar-is-no-heading"),
    pytest.param("Vigils are planned in several cities:\n- Paris: from 4 to 7 p.m.\n- Berlin: at 7 p.m.\n- Rome (Italy)",
                 ["Paris", "Berlin", "Rome"], id="bullet-lines-under-a-cue"),
    pytest.param("Protests were held in 10 European and six US cities:\nLondon\nParis\nWashington, DC",
                 ["London", "Paris", "Washington"], id="place-lines-under-a-cue"),
    # a numbered list, whose numbers the sentence splitter reads apart; an item without a town goes on
    pytest.param("Millions joined the protest on Saturday.\n1. London, England\n2. Rome, Italy\n3. Cape Zzyzx, "
                 "Antarctica\n4. Paris, France", ["London", "Rome", "Paris"], id="numbered-lines-under-a-cue"),
    pytest.param("Millions joined the protest on Saturday.\n\nThe weather was mild.\n1. London is large.", [],
                 id="numbered-lines-after-a-prose-line"),
    pytest.param("Rallies were held in Paris.\n\nThe weather\nLondon is rainy.", ["Paris"], id="list-ends-at-a-prose-line"),
    pytest.param("Solidarity rallies were held across Canada (Toronto, Ottawa and Oshawa) on Sunday.",
                 ["Toronto", "Ottawa", "Oshawa"], id="list-in-brackets-after-a-country"),
    pytest.param("Rallies took place in Germany: Berlin, Hamburg and Munich saw thousands on the streets.",
                 ["Berlin", "Hamburg", "Munich"], id="list-after-a-colon"),
    pytest.param("Other cities where protests took place include Paris, Lyon and Rome.", ["Paris", "Lyon", "Rome"],
                 id="cities-include"),
    pytest.param("Climate strikers filled the streets of Berlin, Paris and Rome.", ["Berlin", "Paris", "Rome"],
                 id="the-streets-of"),
    pytest.param("Similar vigils were organised by the Iranian communities of Oslo and Stockholm.",
                 ["Oslo", "Stockholm"], id="the-communities-of"),
    pytest.param("Thousands marched through central London on Saturday.", ["London"], id="through"),
    pytest.param("Protesters gathered in front of the Iranian embassy in Berlin, Germany.", ["Berlin"],
                 id="embassy-in-the-city"),
    pytest.param("Diaspora protests spread to Toronto, Sydney, Perth", ["Toronto", "Sydney", "Perth"], id="spread-to"),
    pytest.param("More than 2,000 people gathered in the Swedish capital, Stockholm, on Saturday.", ["Stockholm"],
                 id="the-capital-comma-city"),
    pytest.param("Berlin saw the biggest crowd, with tens of thousands marching.", ["Berlin"], id="city-saw-a-gathering"),
    pytest.param("Moscow saw no protests this time.", [], id="negated-gathering"),
    pytest.param("Tehran condemned the protests abroad.", [], id="capital-as-government"),
    # datelines, paragraphs and page furniture
    pytest.param("LONDON (Reuters) — Thousands of people marched on Saturday to demand a ceasefire.", ["LONDON"],
                 id="wire-dateline-of-a-gathering"),
    pytest.param("PARIS — Hundreds rallied outside parliament in Rome on Tuesday.", ["Rome"],
                 id="wire-dateline-of-a-report-from-elsewhere"),
    # a wire's dateline with its date, the agency in brackets after it; a press release's is none
    pytest.param("LONDON, March 3 (Reuters) - Thousands of people protested outside parliament on Sunday.",
                 ["LONDON"], id="wire-dateline-with-its-date"),
    pytest.param("Oslo, April 22 (Agency) In one of the biggest demonstrations at parliament, thousands protested "
                 "on Tuesday.", ["Oslo"], id="wire-dateline-with-its-date-and-no-dash"),
    pytest.param("PARIS, FRANCE, September 7, 2022 /PRNewswire/ -- The group announced a rally in Rome.", ["Rome"],
                 id="a-press-release-s-dateline-is-no-rally-s"),
    pytest.param("OTTAWA, (CTV)—Organizers expect people to gather at a rally against racism on Saturday morning.",
                 ["OTTAWA"], id="wire-dateline-with-a-comma-before-the-station"),
    pytest.param("TORONTO, Ont. — Hundreds of people rallied at the legislature on Saturday.", ["TORONTO"],
                 id="wire-dateline-with-a-province"),
    pytest.param("OAKLAND, Calif. (AP) — Thousands of people marched on Saturday.", ["OAKLAND"],
                 id="wire-dateline-with-a-state-the-lexicon-abbreviates"),
    pytest.param("Rallies were held across Europe on Saturday. In Paris, police counted 5,000 people.", ["Paris"],
                 id="in-city-continues-a-paragraph"),
    pytest.param("Rallies were held across Europe on Saturday.\n\nIn Paris, prices rose.", [],
                 id="a-new-paragraph-is-not-a-continuation"),
    pytest.param("Thousands rallied in Rome.\n\nRelated stories\nProtesters rally in Oslo\nVigil held in Stockholm",
                 ["Rome"], id="related-stories-block"),
    # ... and the links' titles after it, blank lines between, to the first line of prose
    pytest.param("Thousands rallied in Rome.\n\nRelated stories\n\nProtesters rally in Oslo – 12 March 2019\n\n"
                 "Vigil held in Stockholm – 3 April 2021\n\nHundreds marched in Paris on Sunday, organisers said.",
                 ["Rome", "Paris"], id="related-stories-blank-lines-between"),
    pytest.param("Read more: Thousands rally in Oslo against war", [], id="read-more-line"),
    pytest.param("Thousands rallied in Rome.\nProtesters rally in Oslo against the new law and…\n\nVigil held in "
                 "Bergen for the…", ["Rome"], id="teasers-cut-off-in-mid-phrase"),
    pytest.param("Thousands rallied in Rome.\nMore rallies will follow in Oslo...", ["Rome", "Oslo"],
                 id="an-ellipsis-after-a-whole-phrase-is-the-writer-s"),
    pytest.param("Related protests were held in Oslo.", ["Oslo"], id="a-word-of-furniture-in-a-sentence"),
    pytest.param("About 300 people gathered on Oslo's downtown square on Saturday.", ["Oslo"],
                 id="a-possessive-city-and-its-square"),
    pytest.param("Protesters blamed Oslo's mayor for the rally.", [], id="a-possessive-city-and-its-mayor"),
    # what happened at a place, a few words before its locative, unless a gathering's word comes between
    pytest.param("Vigils were held for the people killed at a nightclub in Oslo.", [],
                 id="killed-at-a-place-in-a-town"),
    pytest.param("Thousands angry over the police killing marched in Oslo.", ["Oslo"],
                 id="a-gathering-word-between-is-the-town-s"),
    # words that are also towns
    pytest.param("Many protesters held English and Canadian flags at the rally in Ottawa.", ["Ottawa"],
                 id="demonyms-and-common-words"),
    pytest.param("The Globe reported that protesters gathered in Toronto.", ["Toronto"], id="newspaper-word"),
    pytest.param("Protesters gathered in Globe, Arizona.", ["Globe"], id="common-word-with-a-locative"),
    pytest.param("Ontario residents rallied in Ottawa.", ["Ottawa"], id="province-not-its-namesake-town"),
    pytest.param("Rallies were held in Ontario, California.", ["Ontario"], id="a-region-name-with-a-state-is-a-town"),
    pytest.param("Protesters from Toronto travelled to the rally in Ottawa.", ["Ottawa"], id="people-came-from"),
    pytest.param("Mahsa Perth was remembered; at the vigil in London, speakers read Perth's letters.", ["London"],
                 id="surname-that-is-a-town"),
    # a town and a colon over a sentence of gatherings: the town's, unless the sentence tells them in
    # other towns (where the story was filed: 'New Delhi: Thousands gathered in Berlin …')
    pytest.param("Protests for Iran\n\nParis: Thousands of people gathered on Saturday.", ["Paris"],
                 id="a-town-and-a-colon-heads-its-gathering"),
    pytest.param("Protests for Iran\n\nOttawa: Thousands of people gathered in Berlin and Toronto on Saturday.",
                 ["Berlin", "Toronto"], id="a-town-and-a-colon-where-the-story-was-filed"),
    pytest.param("Protests planned\n\nOttawa: City Hall, 14:00\n\nToronto: Nathan Phillips Square, 15:00",
                 ["Ottawa", "Toronto"], id="list-lines-of-a-town-and-a-colon"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_rally_places(tiny_gazetteer, text, expected):
    analysis = analyse(text, tiny_gazetteer)
    assert [r.place.surface for r in analysis.rallies] == expected


def test_heading_lines_count_in_an_article_about_rallies(tiny_gazetteer):
    text = "Thousands rallied in over 40 cities over the weekend.\n\nWashington DC, USA\nPhoto: DC4HK.\nParis, France\n"
    analysis = analyse(text, tiny_gazetteer)
    assert [(r.place.surface, r.place.country_cue) for r in analysis.rallies] == [("Washington DC", "US"), ("Paris", "FR")]
    assert all("heading" in r.why for r in analysis.rallies)


def test_dateline_is_not_a_rally(tiny_gazetteer):
    text = "PARIS, FRANCE, September 7, 2022 / EINPresswire.com / -- Iranians held rallies in four cities on Saturday."
    assert analyse(text, tiny_gazetteer).rallies == ()


def test_cues_after_a_city(tiny_gazetteer):
    text = "Protesters gathered in London, Ont., and in Washington DC on Thursday."
    places = find_places(text, sentences(text)[0], tiny_gazetteer)
    cues = {p.surface: (p.country_cue, p.region_cue) for p in places if p.kind == "city"}
    assert cues == {"London": ("CA", ("CA", "08")), "Washington DC": (None, None)}


@pytest.mark.parametrize("text, cue", [
    pytest.param("Protesters gathered in Paris Texas on Thursday.", ("Paris", "US", ("US", "TX")), id="state-holds-the-town"),
    pytest.param("Protesters gathered in London Ontario on Thursday.", ("London", "CA", ("CA", "08")),
                 id="province-holds-the-town"),
    pytest.param("Protesters gathered in Toronto Canada on Thursday.", ("Toronto", "CA", None), id="country-holds-it"),
    pytest.param("Protesters gathered in Paris Ontario on Thursday.", ("Paris", None, None),
                 id="a-region-without-the-town-is-no-cue"),
])
def test_a_region_written_out_without_a_comma(tiny_gazetteer, text, cue):
    places = find_places(text, sentences(text)[0], tiny_gazetteer)
    assert [(p.surface, p.country_cue, p.region_cue) for p in places if p.kind == "city"] == [cue]


def test_scheduled_sentences(tiny_gazetteer):
    analysis = analyse("Demonstrations are also planned later on Monday in Paris and Rome.", tiny_gazetteer)
    assert [r.scheduled for r in analysis.rallies] == [True, True]
    analysis = analyse("Hundreds gathered in Toronto on Thursday, and calls are being made to gather on Friday.",
                       tiny_gazetteer)
    assert [r.scheduled for r in analysis.rallies] == [False]


def test_respelling(tiny_gazetteer):
    assert tiny_gazetteer.respelled("aukland") == "auckland"  # Oakland's alternate 'Oukland' loses to a name
    assert tiny_gazetteer.respelled("stockholm") is None  # a known name is not respelled
    assert tiny_gazetteer.respelled("oslo") is None  # too short to guess
    analysis = analyse("Rallies were held in Paris, Aukland and Rome.", tiny_gazetteer)
    from rallymap.extract.geocode import resolve_place
    place = resolve_place(analysis.rallies[1].place, tiny_gazetteer)
    assert place.city == "Auckland" and "misspelling" in place.geo_reason


def test_strength_says_how_firm(tiny_gazetteer):
    near = analyse("Thousands rallied in Paris.", tiny_gazetteer).rallies[0]
    listed = analyse("Thousands rallied in Paris, Lyon, Marseille and Rome.", tiny_gazetteer).rallies[-1]
    common = analyse("Protesters gathered in Globe, Arizona and in Many.", tiny_gazetteer).rallies[-1]
    assert 0 < common.strength < listed.strength < near.strength <= 1
    assert "common word" in common.why


def test_every_rally_says_why(tiny_gazetteer):
    analysis = analyse("Iranians held a protest in Oslo, Norway and rallied in Stockholm.", tiny_gazetteer)
    assert [r.place.surface for r in analysis.rallies] == ["Oslo", "Stockholm"]
    assert all(r.why for r in analysis.rallies)


# Nationality adjectives as the regular expression the word-index reading replaced found them: one
# or two capitalised words, the second after one space, each read once, left to right.
DEMONYM_REFERENCE = r"[A-Z](?<!\w[A-Z])[a-z]+(?: [A-Z][a-z]+)?\b"
DEMONYM_TEXT = st.lists(st.sampled_from([
    "Canadian", "Iranian", "New", "Zealand", "New Zealand", "Prime", "Minister", "the", "CANADIAN", "Canadians",
    "Québec", "Iranian2", "_Iranian", "2Canadian", "McDonald", "Ça", "A", " ", "  ", "\n", ",", "-", "İ"]),
    max_size=25).map(lambda words: "".join(w if w in " \n,-" else w + " " for w in words).rstrip())


@settings(max_examples=400, deadline=None)
@given(DEMONYM_TEXT)
@example("the Canadian Prime Minister met New Zealand and Iranian Canadian Iranian protesters")
def test_demonyms_are_read_as_the_reference_pattern_reads_them(tiny_gazetteer, text):
    import re

    from rallymap.extract.lexicon import english
    from rallymap.extract.places import _demonym_countries, vocabulary
    from rallymap.extract.text import WordIndex

    demonyms = tiny_gazetteer.demonyms
    expected = {demonyms[w] for w in {m.lower() for m in re.findall(DEMONYM_REFERENCE, text)} if w in demonyms}
    vocab = vocabulary(english(), tiny_gazetteer)
    assert _demonym_countries(text, WordIndex(text), tiny_gazetteer, vocab) == expected


URL_TEXT = st.lists(st.sampled_from([
    "https://example.com/a", "http://x.org", "www.Example.NET", "news.co.uk/story.html", "page.htm", "a.b.com",
    "HTTPS://WWW.X.COM", "httpſ://x", "//", ".com", "Paris", "rally", " ", "\n", "\t", "\u2028", "İ", "(", ")", "_",
    "-", "."]), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(URL_TEXT)
@example("see www.x.com\nor http://y.org/z and news.co.uk/a.html")
def test_web_addresses_are_those_the_pattern_finds_in_the_whole_text(text):
    from rallymap.extract.places import _URL, _urls

    assert _urls(text, text.lower()) == [m.span() for m in _URL.finditer(text)]


GAP = st.lists(st.sampled_from([", ", ",", "; ", "/", " & ", " and ", " and in ", " as well as ", " or ", " plus ",
                                " in ", " held a rally in ", "Zzyzx", "Aukland", "New Foo", " ", "  ", "\n", "(",
                                "2020", "Ands", "andy"]), max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(GAP, st.sampled_from(["en", "fr", "de", "it"]))
@example(", Zzyzx and ", "en")
@example(" held a rally in Zzyzx, ", "en")
def test_list_glue_is_read_as_after_setting_unknown_items_aside(tiny_gazetteer, gap, language):
    from rallymap.extract.lexicon import default_lexicons
    from rallymap.extract.places import vocabulary

    lexicon = default_lexicons()[language]
    vocab = vocabulary(lexicon, tiny_gazetteer)
    text = "Paris" + gap + "Rome"
    expected = bool(lexicon.list_glue.match(vocab.unknown_item.sub(" ", gap)))
    assert vocab.listed(text, len("Paris"), len(text) - len("Rome")) == expected


@pytest.mark.parametrize("language, word, common", [
    # a big town by another language's name is a town, as frequent as the town is big
    pytest.param("it", "Milano", False, id="it-another-language-s-name-of-a-big-town"),
    pytest.param("de", "Mailand", False, id="de-another-language-s-name-of-a-big-town"),
    # ... unless that name is a word of the article's language far more frequent than that
    pytest.param("pl", "Jej", True, id="pl-a-pronoun-that-names-a-big-town-elsewhere"),
    pytest.param("sv", "Och", True, id="sv-a-conjunction-that-names-a-big-town-elsewhere"),
    # a big town's own name is never a word
    pytest.param("en", "Bigport", False, id="a-big-town-s-own-name"),
])
def test_a_big_town_s_names_in_other_languages_may_be_words(language, word, common):
    from rallymap.extract.gazetteer import Gazetteer
    from rallymap.extract.lexicon import default_lexicons
    from rallymap.extract.places import vocabulary
    from rallymap.extract.text import fold

    gazetteer = Gazetteer.from_records([
        city(1, "Milan", 45.46, 9.19, "IT", "09", 1371498, "Milano", "Mailand"),
        city(2, "Bigport", 4.0, 31.0, "SS", "01", 300000, "Jej", "Och"),
    ], min_alternate_population=0)
    vocab = vocabulary(default_lexicons()[language], gazetteer)
    assert vocab.common(fold(word), word) == common
