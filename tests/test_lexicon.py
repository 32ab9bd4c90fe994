"""Lexicon files: words as data. A new language is a new file; a broken file is a named error."""

import re
from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from rallymap.errors import LexiconError
from rallymap.extract.dates import Reference, find_dates, resolve
from rallymap.extract.lexicon import calendar_of, default_lexicons, load_lexicons, prefix_trie, word_heads, word_pattern
from rallymap.extract.places import analyse

MADE_UP = """
language = "xx"
name = "Made-up"
babel_locale = "en"

[gathering]
words = ["zorblat*", "*kundo"]
event_nouns = ["zorblat"]

[place]
locatives = ["ka", "ke"]
away = ["fu"]
list_joiners = ["i"]

[time]
yesterday = ["blee"]
"""


@pytest.mark.parametrize("entries, text, found", [
    pytest.param(["demonstr*"], "Demonstrators marched", ["Demonstrators"], id="trailing-star-inflects"),
    pytest.param(["*kundgebung*"], "zwei Solidaritätskundgebungen", ["Solidaritätskundgebungen"], id="compound"),
    pytest.param(["rally"], "a rallying cry", [], id="whole-words-only"),
    pytest.param(["took to the streets"], "they took  to the\nstreets", ["took  to the\nstreets"], id="phrase"),
    # a gap: a few words of the clause, figures among them, between an entry's parts
    pytest.param(["waren … gegangen"], "Am 3. März waren 20.000 Menschen in Berlin gegangen",
                 ["waren 20.000 Menschen in Berlin gegangen"], id="gap"),
    pytest.param(["waren … gegangen"], "waren gegangen", ["waren gegangen"], id="gap-of-no-words"),
    pytest.param(["waren … gegangen"], "Sie waren müde, viele sind gegangen", [], id="gap-stops-at-a-clause-mark"),
    pytest.param(["waren … gegangen"], "waren a b c d e f g h i gegangen", [], id="gap-of-too-many-words"),
    # an elided entry runs into the word after it
    pytest.param(["anniversario dell'", "anniversario del"], "l'anniversario dell'insurrezione",
                 ["anniversario dell'"], id="elided-entry"),
    pytest.param(["dell’"], "dell’insurrezione", ["dell’"], id="elided-entry-curly"),
])
def test_word_patterns(entries, text, found):
    assert [m.group(0) for m in word_pattern(entries).finditer(text)] == found


@pytest.mark.parametrize("entries, text, found", [
    pytest.param(["march", "marches", "marching"], "Marches, a march and MARCHING", ["Marches", "march", "MARCHING"],
                 id="words-sharing-a-start"),
    pytest.param(["sit-in", "sit-down", "sitting"], "a sit-down, then a sit-in", ["sit-down", "sit-in"],
                 id="punctuation-in-a-word"),
    pytest.param(["flash mob", "flash mobs", "flashmob"], "flash\nmobs and a flashmob", ["flash\nmobs", "flashmob"],
                 id="phrases-and-their-first-words"),
    pytest.param(["kundgebung*", "kund"], "Kundgebungen, Kunden, kund", ["Kundgebungen", "kund"], id="star-and-prefix"),
])
def test_where_entries_begin_does_not_change_what_they_match(entries, text, found):
    assert [m.group(0) for m in word_pattern(entries).finditer(text)] == found


@pytest.mark.parametrize("entries, unless_in, text, found", [
    pytest.param(["mañana"], ["la mañana", "esta mañana"], "Mañana marcharán; ayer por la mañana, no; esta mañana, no",
                 ["Mañana"], id="the-morning-is-not-tomorrow"),
    pytest.param(["morgen"], ["am morgen"], "am Morgen, AM MORGEN, morgen, am  morgen", ["morgen", "morgen"],
                 id="as-written-with-one-space"),
    pytest.param(["próxima"], ["la mañana"], "la próxima semana", ["próxima"], id="only-the-entry-a-phrase-ends-in"),
    pytest.param(["próxima"], ["próxima al"], "la plaza próxima al Congreso, la próxima alcaldesa, la próxima marcha",
                 ["próxima", "próxima"], id="nor-before-the-words-after-it"),
])
def test_a_word_means_something_else_in_some_phrases(entries, unless_in, text, found):
    assert [m.group(0) for m in word_pattern(entries, unless_in=unless_in).finditer(text)] == found


def test_a_verb_s_ending_matches_only_as_verbs_are_written():
    pattern = word_pattern(["*era", "sera"], lower_endings=True)
    assert [m.group(0) for m in pattern.finditer("Vera défilera, Sera sera là, Cabrera aussi; SERA")] == \
        ["défilera", "Sera", "sera", "SERA"]


@pytest.mark.parametrize("entries, heads", [
    pytest.param(["rally", "rallies", "rall*"], ("rall",), id="a-start-shared"),
    pytest.param(["took to the streets", "take part", "took"], ("take", "took"), id="first-words-of-phrases"),
    pytest.param(["sit-in", "sit-down", "in"], ("in", "sit-down", "sit-in"), id="punctuation-and-short-words"),
    pytest.param(["Demo", "demonstr*"], ("demo",), id="lower-case"),
    pytest.param(["zorblat", "*kundo"], None, id="an-entry-opening-with-a-star"),
    pytest.param([" ", ""], None, id="no-entries"),
])
def test_word_heads_say_what_every_match_begins_with(entries, heads):
    assert word_heads(entries) == heads


@given(st.lists(st.sampled_from(["rally", "march", "marche", "sit-in", "sit*", "in the streets", "vigil",
                                 "vigils", "demo*", "to"]), min_size=1, max_size=10), st.randoms())
def test_word_pattern_is_one_pattern_whatever_the_order_of_its_entries(entries, random):
    shuffled = list(entries)
    random.shuffle(shuffled)
    assert word_pattern(shuffled).pattern == word_pattern(entries).pattern


WORDS = st.lists(st.text(alphabet="abcé-ß", min_size=1, max_size=5), min_size=1, max_size=8)


@given(words=WORDS, text=st.text(alphabet="abcé-ß ", max_size=8))
def test_prefix_trie_matches_where_a_word_begins(words, text):
    assert (re.match(prefix_trie(words), text) is not None) == any(text.startswith(w) for w in words)


def test_every_shipped_language_loads():
    lexicons = default_lexicons()
    assert {"en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "pl"} <= set(lexicons)
    assert lexicons["nb"] is lexicons["no"]  # a detector's other code for the same language


@pytest.mark.parametrize("language", sorted(default_lexicons()))
def test_the_words_of_who_rules_a_place_are_words_of_what_is_not_the_rally(language):
    """`actors` narrows not_the_rally (a ruler counts only right before its place's locative): a
    word of it that not_the_rally lacks would say nothing."""
    lexicon = default_lexicons()[language]
    assert set(lexicon.get("place", "actors")) <= lexicon.not_the_rally


def test_a_new_language_is_a_new_file(tmp_path, tiny_gazetteer):
    (tmp_path / "xx.toml").write_text(MADE_UP, encoding="utf-8")
    made_up = load_lexicons(tmp_path)["xx"]
    analysis = analyse("Bra zorblatu ka Paris i Rome; fu Oslo nim.", tiny_gazetteer, made_up)
    assert [r.place.surface for r in analysis.rallies] == ["Paris", "Rome"]
    assert analyse("Bra nim ka Paris.", tiny_gazetteer, made_up).rallies == ()
    [mention] = find_dates("blee", lexicon=made_up)
    interval = resolve(mention, Reference(date(2024, 10, 9), "published", "test"))
    assert interval.start == date(2024, 10, 8)


@pytest.mark.parametrize("content, message", [
    pytest.param('language = "xx"\n', "needs 'language' and \\[gathering\\] words", id="no-gathering-words"),
    pytest.param(MADE_UP + "\n[place.extra]\n", "unknown keys", id="unknown-key"),
    pytest.param("language = ", "cannot read lexicon", id="not-toml"),
    pytest.param(MADE_UP.replace('yesterday = ["blee"]', 'weekday_forms = ["blursday=Blursday"]'), "not a CLDR name",
                 id="form-of-an-unknown-name"),
])
def test_broken_lexicon_is_a_named_error(tmp_path, content, message):
    (tmp_path / "xx.toml").write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        calendar_of(load_lexicons(tmp_path)["xx"])


def test_empty_folder_is_a_named_error(tmp_path):
    with pytest.raises(LexiconError, match="no lexicon files"):
        load_lexicons(tmp_path)


GATHERING_TEXT = st.lists(st.sampled_from([
    "rally", "Rallies", "RALLIED", "took", "to", "the", "streets", "street", "took to the streets", "flash mob",
    "flash\nmobs", "sit-in", "sit", "in", "commemorations", "picketing", "Kundgebung", "Solidaritätskundgebungen",
    "manifestation", "manifestations", "Demo", "Demonstration", "corteo", "presidio", "betoging", "demonstratie",
    "no", "protests", "vigil", "Paris", ",", ".", "-", "\n", "  ", "2020", "_", "x",
    # letters that lower-casing lengthens, or that IGNORECASE equates with others and lower() does not
    "İ", "ı", "ſ", "K", "ς", "µ", "rallı", "ſit-in", "İn", "proteſt"]), max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(GATHERING_TEXT, st.sampled_from(["en", "de", "fr", "it", "nl", "es", "sv", "pl", "da", "no", "pt"]))
def test_gathering_words_found_in_the_lower_cased_text_are_those_found_ignoring_case(text, language):
    from rallymap.extract.text import case_partners_of, caseless_spans, lowers_plainly, word_starts

    lexicon = default_lexicons()[language]
    expected = [m.span() for m in lexicon.gathering.finditer(text)]
    lowered = text.lower()
    plain = lowers_plainly(text, lowered, case_partners_of(lexicon.gathering))
    assert caseless_spans(lexicon.gathering, lexicon.gathering_lower, text, lowered, plain) == expected
    starts = word_starts(lowered, (lexicon.heads["gathering"],))[0] if lexicon.heads["gathering"] else None
    assert caseless_spans(lexicon.gathering, lexicon.gathering_lower, text, lowered, plain, starts) == expected


WINDOW_TEXT = st.lists(st.sampled_from([
    "MP for", "mp  for\n", "Mayor of", "the", "no", "NOT", "never", "without", "will", "Will", "is due to",
    "plan to", "Bürgermeister von", "keine", "maire de", "sans", "sindaco di", "non", "zal", "geen", "nie", "bez",
    "odbędzie się", "não", "vai", "utan", "ska", "rally", "Paris", ",", ".", "“", "”", "\n", "2020", "_", "x",
    "İ", "ı", "ſ", "K", "İs", "wıll", "ſans", "mp_for", "xwill", "anot", "2no", "_will"]), max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(WINDOW_TEXT, st.sampled_from(["en", "de", "fr", "it", "nl", "es", "sv", "pl", "da", "no", "pt"]),
       st.integers(0, 200), st.integers(0, 200))
@example("the MP for Paris", "en", 0, 11)
@example("xwill go", "en", 1, 8)  # searched alone, the stretch begins a word
def test_lexicon_patterns_match_only_where_their_heads_begin_a_word(text, language, a, b):
    """What extract.analyse relies on to skip searching: where lowers_plainly holds for the
    lexicon, a match of its negated, office or future pattern in text[a:b] (searched in place,
    or alone) begins where a word, or the stretch, begins with one of the pattern's heads."""
    from rallymap.extract.text import any_between, lowers_plainly, word_starts

    lexicon = default_lexicons()[language]
    lowered = text.lower()
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    if not lowers_plainly(text, lowered, lexicon.case_partners):
        return
    for name, pattern in (("negated", lexicon.negated), ("office", lexicon.office), ("future", lexicon.future)):
        heads = lexicon.heads[name]
        if pattern is None or heads is None:
            continue
        starts = word_starts(lowered, (heads,))[0]
        if pattern.search(text, a, b):
            assert any_between(starts, a, b)
        if pattern.search(text[a:b]):
            assert any_between(starts, a, b) or lowered.startswith(heads, a)


def test_the_case_partners_are_those_of_the_regex_engine():
    from re import _casefix

    from rallymap.extract.text import CASE_PARTNERS

    assert CASE_PARTNERS == {chr(k): "".join(map(chr, v)) for k, v in _casefix._EXTRA_CASES.items()}


def test_a_package_lexicon_travels_as_its_language_and_others_whole():
    import pickle

    package = default_lexicons()["de"]
    assert pickle.loads(pickle.dumps(package)) is package
    copy = load_lexicons()["de"]  # the same words, another object: not the package's own
    travelled = pickle.loads(pickle.dumps(copy))
    assert travelled is not package and travelled.gathering.pattern == package.gathering.pattern
