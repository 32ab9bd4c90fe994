"""The compiled core (rallymap.extract._scan) against its Python reference in text.py: the same words,
capitals and sentences for any text, the characters that matter to the rules drawn often."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from rallymap.extract import _scan as scan
from rallymap.extract import text

# Letters of several scripts and cases, digits of several kinds, sentence marks, quotes and
# brackets on both sides, every line break str.splitlines knows, other spaces, a lone surrogate and
# letters beyond the Basic Multilingual Plane.
SIGNIFICANT = [*"aZéÉßİǅⅫ²٣7_ .!?\"”’')]“‘([\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\t\u00a0-,:",
               "\ud800", "\U00010400", "\U0001d400"]
texts = st.text(alphabet=st.sampled_from(SIGNIFICANT) | st.characters(), max_size=200)
prose = st.lists(st.sampled_from(["Mr.", "Dr.", "St.", "U.S.", "J.", "In Paris.", "He said.", "“Go!”", "(AP)",
                                  "rally", "İstanbul.", "no.", " ", "  ", "\n", "\n\n", "\r\n", "5.", "A?"]),
                 max_size=30).map(" ".join)


def test_the_compiled_core_is_what_runs():
    """A build that lost the extension would still pass every other test, only slower."""
    assert text._words is scan.words and text._sentences is scan.sentences
    assert text.word_starts is scan.word_starts


@settings(max_examples=400, deadline=None)
@given(st.one_of(texts, prose))
@example("")
@example("Tokyo- JAPAN. Mr. Smith met Dr. J. Doe in St. Louis on Sept. 5.\r\n\r\nNext line? “Yes!” (AP) 5. Then.")
def test_words_match_the_reference(value):
    assert scan.words(value) == text.python_words(value)


@settings(max_examples=400, deadline=None)
@given(st.one_of(texts, prose))
@example("")
@example("Tokyo- JAPAN. Mr. Smith met Dr. J. Doe in St. Louis on Sept. 5.\r\n\r\nNext line? “Yes!” (AP) 5. Then.")
@example("İ. Next.\u2028x.\x0cY. Z")
def test_sentences_match_the_reference(value):
    found = text.sentences(value)
    assert found == text.python_sentences(value)
    assert all(type(sentence) is text.Sentence for sentence in found)


# Entries as a lexicon writes them: words, several words, a closing or opening '*', one that
# begins another, letters that lower-casing or IGNORECASE treat apart.
ENTRIES = st.lists(st.sampled_from(["rally", "rall*", "ral", "sit-in", "sit", "in the streets", "in", "é*", "ÉTÉ",
                                    "İn", "ſit", "2020", "_x", "\U00010428x", "a", "ab", "abc*", "b"]),
                   min_size=1, max_size=8)


@settings(max_examples=400, deadline=None)
@given(st.one_of(texts, prose, ENTRIES.map(" ".join)), st.lists(ENTRIES, max_size=3))
@example("in the rallying, sit-in #in ab", [["in", "rally", "sit-in", "ab"], ["sit", "a*"]])
def test_word_starts_match_the_reference(value, entry_lists):
    from rallymap.extract.lexicon import word_heads

    head_sets = tuple(heads for heads in map(word_heads, entry_lists) if heads is not None)
    assert scan.word_starts(value, head_sets) == text.python_word_starts(value, head_sets)


@pytest.mark.parametrize("head_sets", [
    pytest.param((("b", "a"),), id="unsorted"),
    pytest.param((("a", "a"),), id="twice"),
    pytest.param((("a",), ("a", "ab")), id="one-begins-another"),
    pytest.param((("",),), id="empty"),
    pytest.param(((1,),), id="not-a-string"),
    pytest.param((["a"],), id="not-a-tuple"),
])
def test_word_starts_refuses_heads_it_could_not_bisect(head_sets):
    with pytest.raises((ValueError, TypeError)):
        scan.word_starts("a b", head_sets)


def test_words_wants_a_string():
    with pytest.raises(TypeError):
        scan.words(b"bytes")


def test_sentences_are_made_only_as_tuples():
    with pytest.raises(TypeError):
        scan.sentences("A. B.", frozenset(), dict)


@pytest.mark.parametrize("value, expected", [
    # A capital of any script opens a sentence.
    pytest.param("À Lyon, deux cortèges. À Marseille, un rassemblement.",
                 ["À Lyon, deux cortèges.", "À Marseille, un rassemblement."], id="fr-a-capital-with-an-accent"),
    pytest.param("Protest w Warszawie. Łódź też protestowała.", ["Protest w Warszawie.", "Łódź też protestowała."],
                 id="pl-a-capital-of-another-letter"),
    pytest.param("Demo in Köln. Ähnlich in Bonn.", ["Demo in Köln.", "Ähnlich in Bonn."], id="de-an-umlaut"),
    pytest.param("Il y a eu. élancés du port.", ["Il y a eu. élancés du port."], id="a-small-letter-goes-on"),
    # A period after a number is no abbreviation's: a one-letter word ('y', 'w', 'e') before a
    # number is no initial (the period the number ends with ended no sentence, and the next
    # sentence's rally took this one's years)
    pytest.param("Banderas usadas entre 1933 y 1979. En Barcelona hubo una concentración.",
                 ["Banderas usadas entre 1933 y 1979.", "En Barcelona hubo una concentración."], id="es-y-before-a-year"),
    pytest.param("Protest odbył się w 2019. Potem w Krakowie.", ["Protest odbył się w 2019.", "Potem w Krakowie."],
                 id="pl-w-before-a-year"),
    pytest.param("Rally in the U.S.). Then in Paris.", ["Rally in the U.S.).", "Then in Paris."], id="after-a-bracket"),
    pytest.param("Dr. J. Doe met on Jan. 5. Then they left.", ["Dr. J. Doe met on Jan. 5.", "Then they left."],
                 id="an-abbreviation-before-a-number"),
    pytest.param("Dr. Doe met J. Smith.", ["Dr. Doe met J. Smith."], id="initials-still-end-none"),
    # ... nor is a possessive's or a contraction's letter after its apostrophe (a sentence that
    # ended in one ran on into the next, and its rally was lost)
    pytest.param("They passed Smith's. Later they rallied in Paris.",
                 ["They passed Smith's.", "Later they rallied in Paris."], id="a-possessive-s-letter"),
    pytest.param("Ils étaient devant Smith’s. Ensuite à Lyon.",
                 ["Ils étaient devant Smith’s.", "Ensuite à Lyon."], id="a-curly-apostrophe"),
    # Quotation marks of every language open and close sentences: guillemets with their space, German
    # low-high quotes, Danish and German reversed guillemets (a quote that went on into the next
    # sentence lent its future tense to the rally told before it)
    pytest.param("Ils se sont réunis à Lyon. « Si nous restons passifs, rien ne changera », dit-il.",
                 ["Ils se sont réunis à Lyon.", "« Si nous restons passifs, rien ne changera », dit-il."],
                 id="fr-an-opening-guillemet-and-its-space"),
    pytest.param("Er sagte: „Wir gehen.“ Dann demonstrierten sie in Köln.",
                 ["Er sagte: „Wir gehen.“", "Dann demonstrierten sie in Köln."], id="de-low-high-quotes"),
    pytest.param("De samlet seg i Oslo. «Vi går», sa hun.", ["De samlet seg i Oslo.", "«Vi går», sa hun."],
                 id="no-guillemets"),
    pytest.param("Han sa: »Vi går.« Så gikk de til Malmö.", ["Han sa: »Vi går.«", "Så gikk de til Malmö."],
                 id="da-reversed-guillemets"),
    pytest.param("Ils ont dit « non. » puis sont partis.", ["Ils ont dit « non. » puis sont partis."],
                 id="fr-a-small-letter-after-a-quote-goes-on"),
    # ... and two commas, as Dutch typewriters write the low quote
    pytest.param("Ze kwamen samen in Leiden. ,,We gaan door’’, zei ze.",
                 ["Ze kwamen samen in Leiden.", ",,We gaan door’’, zei ze."], id="nl-two-commas-open-a-quote"),
    pytest.param("Ze kwamen samen in Leiden. ,,we gaan door’’, zei ze.",
                 ["Ze kwamen samen in Leiden. ,,we gaan door’’, zei ze."], id="nl-two-commas-then-a-small-letter"),
    pytest.param("Ze kwamen samen. , Daarna.", ["Ze kwamen samen. , Daarna."], id="one-comma-opens-nothing"),
])
def test_where_a_sentence_ends(value, expected):
    for split in (text.sentences, text.python_sentences):
        assert [value[s.start:s.end] for s in split(value)] == expected


def test_a_languages_abbreviations_end_no_sentence():
    value = "Zebrało się ok. 200 osób na pl. Zamkowym. Potem m.in. Kraków."
    polish = frozenset({"ok", "pl", "in"})
    assert [value[s.start:s.end] for s in text.sentences(value, frozenset(), polish)] == [
        "Zebrało się ok. 200 osób na pl. Zamkowym.", "Potem m.in. Kraków."]
    assert text.sentences(value, frozenset(), polish) == text.python_sentences(value, text._ABBREVIATIONS | polish)
    assert len(text.sentences(value)) == 5  # without them, each of those periods ends a sentence


@pytest.mark.parametrize("value, expected", [
    pytest.param("Rassemblement à Paris sam. 9 mars à midi. Puis un concert.",
                 ["Rassemblement à Paris sam. 9 mars à midi.", "Puis un concert."], id="fr-before-a-day"),
    pytest.param("Rally in London on Sat. March 9 at 2pm. Bring banners.",
                 ["Rally in London on Sat. March 9 at 2pm.", "Bring banners."], id="en-before-a-month"),
    pytest.param("Kundgebung am Sa. 9. März in Berlin.", ["Kundgebung am Sa. 9. März in Berlin."],
                 id="de-before-an-ordinal-day"),
    pytest.param("Then we ate. Sat. Sun.", ["Then we ate.", "Sat.", "Sun."], id="before-no-day-it-ends-one"),
])
def test_an_abbreviated_weekday_before_a_day_ends_no_sentence(value, expected):
    weekdays = frozenset({"sam", "sat", "sun", "sa"})
    months = frozenset({"mars", "march", "marz"})
    assert [value[s.start:s.end] for s in text.sentences(value, months, frozenset(), weekdays)] == expected
