"""Data other packages ship in slow forms, kept ready in the cache folder: the same answers as
the packages give, read from the kept copy the second time."""

import py3langid
import pytest
from wordfreq import zipf_frequency

from rallymap.extract import resources

SENTENCES = [
    "Hundreds of people rallied outside the embassy on Saturday.",
    "Des centaines de personnes ont manifesté samedi devant l'ambassade.",
    "Hunderte Menschen demonstrierten am Samstag vor der Botschaft.",
    "Cientos de personas se manifestaron el sábado frente a la embajada.",
    "Setki osób protestowały w sobotę przed ambasadą.",
]


def test_the_kept_language_model_classifies_as_py3langid_does(tmp_path):
    resources.language_identifier.cache_clear()
    first = resources.language_identifier(tmp_path)
    (kept,) = tmp_path.glob("langid-*")
    resources.language_identifier.cache_clear()
    again = resources.language_identifier(tmp_path)  # read from the kept copy
    damaged = kept / "damaged"
    damaged.write_bytes(b"damaged")
    damaged.replace(kept / "nextmove.npy")  # not written in place: `again` maps the file it replaces
    resources.language_identifier.cache_clear()
    repaired = resources.language_identifier(tmp_path)  # derived again
    for sentence in SENTENCES:
        assert (first.classify(sentence) == again.classify(sentence) == repaired.classify(sentence)
                == py3langid.classify(sentence)), sentence
    assert not list(tmp_path.glob(".*.tmp"))
    resources.language_identifier.cache_clear()


NAMES = ["the", "march", "reading", "many", "paris", "berlin", "solidarity", "zzyzx", "aukland", "globe",
         "new york", "the hague", "new zealand", "san francisco", "long island", "march the", "zzyzx road", "über"]


@pytest.mark.parametrize("language", ["en", "de"])
def test_frequent_words_give_wordfreq_frequencies_above_the_floor(language, tmp_path):
    for attempt in range(2):  # derived, then read from the kept copy
        resources.frequent_words.cache_clear()
        table = resources.frequent_words(language, 3.0, tmp_path)
        for name in NAMES:
            expected = zipf_frequency(name, language)
            found = resources.zipf_frequency(name.split(" "), table)
            assert found == expected if expected >= 3.0 else found < 3.0, (name, attempt)


@pytest.mark.parametrize("key, plain", [
    ("paris", True), ("new york", False), ("malmö", True), ("independência", True), ("l'aquila", False), ("größte", False),
    ("Paris", False), ("route66", False), ("", False),
])
def test_plain_words_are_those_wordfreq_looks_up_as_they_are(key, plain):
    assert resources.plain_word(key) is plain


def test_a_damaged_kept_copy_is_derived_again(tmp_path):
    resources.subdivisions.cache_clear()
    names = resources.subdivisions(tmp_path)
    assert names["lombardia"] == ["IT"] and "PT" in names["evora"]
    for kept in tmp_path.glob("subdivisions-*.msgpack"):
        kept.write_bytes(b"damaged")
    resources.subdivisions.cache_clear()
    assert resources.subdivisions(tmp_path) == names
