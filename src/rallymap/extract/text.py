"""Text primitives shared by the stages: name folding, words, sentences, paragraphs, quotes.

Every function here is pure and works on character offsets into the article text, so that a
report can always point back at the exact characters that produced it.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from itertools import accumulate, compress
from operator import itemgetter
from typing import NamedTuple

# Letters that NFKD does not decompose into a base letter plus a mark.
_SPECIAL_FOLDS = str.maketrans({"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "ß": "ss", "ł": "l",
                                "Ł": "l", "đ": "d", "Đ": "d", "þ": "th", "ı": "i", "œ": "oe"})
WORD = re.compile(r"[^\W\d_]+")
_WORD_SPLIT = re.compile(r"([^\W\d_]+)")


def fold(text: str) -> str:
    """Lower-case, strip diacritics and reduce punctuation to single spaces: 'Malmö' -> 'malmo',
    'Washington, D.C.' -> 'washington d c'. Gazetteer keys and text n-grams use the same fold."""
    return " ".join(m.group(0) for m in WORD.finditer(unaccented(text).lower()))


def unaccented(text: str) -> str:
    """text without its diacritics, case kept ('Mercoledì' -> 'Mercoledi', 'lørdag' -> 'lordag';
    the letters without a decomposition, 'ø', 'ł', 'ß', as their base letters in lower case)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL_FOLDS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    """fold() of one word, memoised: news text repeats its words."""
    return fold(word)


def python_words(text: str) -> tuple[list[int], list[int], list[str], list[int]]:
    """The runs of letters of text (WORD) as parallel lists of starts, ends and texts, with the
    indices of the runs that begin with a capital. The compiled `_scan.words` does the same in
    one pass over the characters; this is its reference, and serves where it is not built."""
    parts = _WORD_SPLIT.split(text)  # separator, word, separator, ..., word, separator
    bounds = list(accumulate(map(len, parts)))
    texts = parts[1::2]
    capitals = list(compress(range(len(texts)), map(str.isupper, map(itemgetter(0), texts))))
    return bounds[0:-1:2], bounds[1::2], texts, capitals


@lru_cache(maxsize=64)
def _heads_pattern(heads: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<!\w)(?=" + "|".join(map(re.escape, heads)) + ")")


def python_word_starts(text: str, head_sets: tuple[tuple[str, ...], ...]) -> list[list[int]]:
    """For each tuple of heads, the offsets where text goes on with one of them and no word
    character (\\w) comes before: where a pattern whose every match begins with one of them may
    match. The compiled `_scan.word_starts` does the same in one pass (each tuple sorted, none of
    its heads the start of another); this is its reference, and serves where it is not built."""
    return [[m.start() for m in _heads_pattern(heads).finditer(text)] for heads in head_sets]


try:
    from ._scan import sentences as _sentences
    from ._scan import word_starts
    from ._scan import words as _words
except ImportError:  # a source tree without the built extension
    _words, _sentences, word_starts = python_words, None, python_word_starts


def any_between(offsets: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted offsets lies in [start, end)."""
    k = bisect.bisect_left(offsets, start)
    return k < len(offsets) and offsets[k] < end


class WordIndex:
    """The words of a whole text, tokenised once into parallel lists (starts, ends, texts), with
    the indices of those that begin with a capital (capitals) and range queries by character
    offset. Extraction works on the indices of words: no object is made per word."""

    def __init__(self, text: str):
        self.starts, self.ends, self.texts, self.capitals = _words(text)

    def range(self, start: int, end: int) -> tuple[int, int]:
        """Indices [i, j) of the words that start in [start, end)."""
        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)

    def count(self, start: int, end: int) -> int:
        i, j = self.range(start, end)
        return j - i


class LineStarts:
    """Where each line of a text begins ('\\n' breaks lines), for the line of any offset in
    O(log n): scanning back to the line's start for each of the thousands of places a long line
    may hold would be quadratic in its length."""

    def __init__(self, text: str):
        self.starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
        self.length = len(text)

    def start_of(self, position: int) -> int:
        """The offset at which the line holding position begins."""
        return self.starts[bisect.bisect_right(self.starts, position) - 1]

    def end_of(self, position: int) -> int:
        """The offset of the line break that ends the line holding position (the text's length
        for the last line)."""
        k = bisect.bisect_right(self.starts, position)
        return self.starts[k] - 1 if k < len(self.starts) else self.length


_NEWLINE = re.compile("\n")


def windows_near(words, text: str, lowered: str, start: int, end: int, before: int,
                 after: int) -> dict[str, list[tuple[int, int]]] | None:
    """Where the words of an Aho-Corasick automaton (each word's value: its length and the kinds
    of pattern that need it) occur in text[start:end] (lowered: that stretch, lower-cased): for
    each kind, stretches reaching `before` characters before each word and `after` after it,
    widened to whole words and merged where they overlap. A pattern that needs one of the words
    can then be sought in those stretches only. None when lower-casing changed the stretch's
    length, so that offsets no longer agree."""
    if len(lowered) != end - start:
        return None
    near: dict[str, list[tuple[int, int]]] = {}
    for last, (length, kinds) in words.iter(lowered):
        low, high = max(start, start + last + 1 - length - before), min(end, start + last + 1 + after)
        # A stretch that began or ended inside a word would let a pattern begin or end there.
        while low > start and (text[low - 1].isalnum() or text[low - 1] == "_"):
            low -= 1
        while high < end and (text[high].isalnum() or text[high] == "_"):
            high += 1
        for kind in kinds:
            spans = near.setdefault(kind, [])
            if spans and low <= spans[-1][1]:
                spans[-1] = (min(spans[-1][0], low), max(spans[-1][1], high))
            else:
                spans.append((low, high))
    return near


# Letters that re.IGNORECASE takes for other letters that str.lower() keeps apart: 'i' and dotless
# 'ı', 's' and long 'ſ', 'µ' and 'μ', Greek and Cyrillic variants (CPython's re._casefix; a test
# checks this against it).
CASE_PARTNERS = {
    'i': '\u0131', 's': '\u017f', '\xb5': '\u03bc', '\u0131': 'i', '\u017f': 's', '\u0345': '\u03b9\u1fbe',
    '\u0390': '\u1fd3', '\u03b0': '\u1fe3', '\u03b2': '\u03d0', '\u03b5': '\u03f5', '\u03b8': '\u03d1',
    '\u03b9': '\u0345\u1fbe', '\u03ba': '\u03f0', '\u03bc': '\xb5', '\u03c0': '\u03d6', '\u03c1': '\u03f1',
    '\u03c2': '\u03c3', '\u03c3': '\u03c2', '\u03c6': '\u03d5', '\u03d0': '\u03b2', '\u03d1': '\u03b8',
    '\u03d5': '\u03c6', '\u03d6': '\u03c0', '\u03f0': '\u03ba', '\u03f1': '\u03c1', '\u03f5': '\u03b5',
    '\u0432': '\u1c80', '\u0434': '\u1c81', '\u043e': '\u1c82', '\u0441': '\u1c83', '\u0442': '\u1c84\u1c85',
    '\u044a': '\u1c86', '\u0463': '\u1c87', '\u1c80': '\u0432', '\u1c81': '\u0434', '\u1c82': '\u043e',
    '\u1c83': '\u0441', '\u1c84': '\u0442\u1c85', '\u1c85': '\u0442\u1c84', '\u1c86': '\u044a',
    '\u1c87': '\u0463', '\u1c88': '\ua64b', '\u1e61': '\u1e9b', '\u1e9b': '\u1e61', '\u1fbe': '\u0345\u03b9',
    '\u1fd3': '\u0390', '\u1fe3': '\u03b0', '\ua64b': '\u1c88', '\ufb05': '\ufb06', '\ufb06': '\ufb05',
}


def case_partners_of(pattern: re.Pattern) -> frozenset[str]:
    """The letters re.IGNORECASE equates with a letter of the pattern's source that str.lower()
    does not map to it."""
    return frozenset(partner for char in set(pattern.pattern) for partner in CASE_PARTNERS.get(char, ""))


def lowers_plainly(text: str, lowered: str, partners: frozenset[str]) -> bool:
    """Whether case-insensitive (IGNORECASE) patterns find in text what their lower-case twins
    (lexicon.case_sensitive) find in lowered, text.lower(), at the same offsets: lower-casing
    kept every offset, and the text has none of partners, the letters IGNORECASE equates with
    one of the patterns' and lower-casing does not (case_partners_of). A match of such a pattern
    then begins, in lowered, with what its twin's matches begin with (lexicon.word_heads)."""
    return len(lowered) == len(text) and not any(partner in lowered for partner in partners)


def caseless_spans(pattern: re.Pattern, lower_pattern: re.Pattern, text: str, lowered: str, plain: bool,
                   starts: list[int] | None = None) -> list[tuple[int, int]]:
    """The spans of pattern.finditer(text), pattern being case-insensitive (IGNORECASE) and
    lower_pattern the same without it. lowered: text.lower(); plain: what lowers_plainly says of
    them for this pattern. Where it says yes, the spans are found by lower_pattern over lowered,
    twice as fast, and where starts are given (word_starts of the pattern's lexicon.word_heads
    in lowered), lower_pattern is tried only there."""
    if not plain:
        return [m.span() for m in pattern.finditer(text)]
    if starts is None:
        return [m.span() for m in lower_pattern.finditer(lowered)]
    # finditer's next match is at the first offset from the end of the last where the pattern
    # matches, and the pattern can match only where a head begins a word.
    spans: list[tuple[int, int]] = []
    last = 0
    match = lower_pattern.match
    for at in starts:
        if at >= last and (found := match(lowered, at)):
            spans.append(found.span())
            last = found.end()
    return spans


def word_automaton(kinds_of: dict[str, set[str]]):
    """An Aho-Corasick automaton of lower-case words, each with its length and the kinds of
    pattern that need it (see windows_near)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word, kinds in kinds_of.items():
        automaton.add_word(word, (len(word), tuple(sorted(kinds))))
    automaton.make_automaton()
    return automaton


class Sentence(NamedTuple):
    """A sentence: text[start:end] of its article, the index-th, in the paragraph-th paragraph.
    (A named tuple: articles make many, and the compiled splitter makes them directly.)"""

    index: int
    start: int
    end: int
    paragraph: int
    line_start: bool  # the sentence begins a line (headings, captions, datelines)
    line_end: bool  # the sentence ends its line


_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st mt ont que alta sask man gen sen rep gov jan feb mar apr jun jul aug sep sept "
    "oct nov dec co corp inc jr sr no vs prof lt col capt ave blvd ft pres rev e w n s u".split())
# Marks that may end a sentence, closing quotes or brackets ('.»', German '.“', Danish '.«'), then
# (looking ahead) spaces, an optional opening quote or bracket ('« Si', '„Wir', '»Vi', and the two
# commas Dutch typewriters write for '„': ',,We') and a word character: the sentence ends there
# when that character is a capital of any script or a digit (_opens_sentence).
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]»«“›‹]*(?=\s+(?:(?:[\"“‘(\[«»„‚‹›]|,,)\s*)?\w)")
_OPENING_QUOTES = "\"“‘([«»„‚‹›"
_TWO_COMMAS = ",,"


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the text after the spaces at `at` (and an optional opening quote or bracket) opens
    with a capital of any script ('À Lyon', 'Łódź') or a digit."""
    while text[at].isspace():
        at += 1
    if text[at] in _OPENING_QUOTES or text.startswith(_TWO_COMMAS, at):
        at += len(_TWO_COMMAS) if text.startswith(_TWO_COMMAS, at) else 1
        while text[at].isspace():
            at += 1
    ch = text[at]
    return ch.isupper() or "0" <= ch <= "9"


def sentences(text: str, ordinal_heads: frozenset[str] = frozenset(),
              abbreviations: frozenset[str] = frozenset(), short_weekdays: frozenset[str] = frozenset()
              ) -> list[Sentence]:
    """Split text into sentences. Lines are hard boundaries (titles, captions and headings stand
    alone); inside a line a period ends a sentence unless it closes an abbreviation or initial
    (the English ones and abbreviations, lower case: a language's 'ul', 'pl', 'in' of 'm.in.'),
    an ordinal number before one of ordinal_heads (folded words: months, 'am 12. Juni', '30.
    März'; a language's word for an anniversary, 'dem 35. Jahrestag'), or an abbreviated weekday
    (short_weekdays, folded) before a number or a month ('sam. 9 mars', 'Sa., 9. März')."""
    known = _ABBREVIATIONS | abbreviations if abbreviations else _ABBREVIATIONS
    found = python_sentences(text, known) if _sentences is None else _sentences(text, known, Sentence)
    return _rejoined(text, found, ordinal_heads, short_weekdays) if ordinal_heads or short_weekdays else found


def _rejoined(text: str, found: list[Sentence], heads: frozenset[str], short_weekdays: frozenset[str]
              ) -> list[Sentence]:
    """found with each sentence joined to the next on the same line when it ends in an ordinal
    ('12.') and that opens with one of heads ('am 12. Juni in Hamburg'), or ends in an
    abbreviated weekday and that opens with a number, perhaps in brackets, or one of heads ('le
    sam. 9 mars à Paris', 'am Sa. (9.3.)')."""
    longest = max(map(len, short_weekdays), default=0)
    joined: list[Sentence] = []
    for sentence in found:
        if joined and not joined[-1].line_end and text[joined[-1].end - 1] == ".":
            ordinal = _ends_in_ordinal(text, joined[-1].end)
            weekday = not ordinal and _ends_in_word(text, joined[-1], short_weekdays, longest)
            if ordinal or weekday:
                following = WORD.match(text, sentence.start)
                opens = fold(following.group(0)) if following else ""
                at = sentence.start + (text[sentence.start] == "(")
                figure = text[at:at + 1].isdigit()  # '9 mars', '(9.3.)'
                if opens in heads or weekday and figure:
                    last = joined[-1]
                    joined[-1] = last._replace(end=sentence.end, line_end=sentence.line_end)
                    continue
        joined.append(sentence._replace(index=len(joined)) if sentence.index != len(joined) else sentence)
    return joined


def _ends_in_word(text: str, sentence: Sentence, words: frozenset[str], longest: int) -> bool:
    """Whether a sentence's last word, before its closing period, is one of words (folded, none
    longer than longest letters)."""
    start = sentence.end - 2
    while start >= sentence.start and sentence.end - 1 - start <= longest and text[start].isalpha():
        start -= 1
    word = text[start + 1:sentence.end - 1]
    return 0 < len(word) <= longest and (start < sentence.start or not text[start].isalnum()) and fold(word) in words


def _ends_in_ordinal(text: str, end: int) -> bool:
    """Whether text[:end] ends in a number of one or two digits and a period ('12.', not '2019.')."""
    if end < 2 or text[end - 1] != ".":
        return False
    digits = 0
    while digits < 3 and end - 2 - digits >= 0 and text[end - 2 - digits].isdigit():
        digits += 1
    return 1 <= digits <= 2


_LETTERS_BEFORE = re.compile(r"[^\W\d_]+$")


def python_sentences(text: str, abbreviations: frozenset[str] = _ABBREVIATIONS) -> list[Sentence]:
    """sentences() in Python: the reference of the compiled `_scan.sentences`, and what
    serves where it is not built."""
    result: list[Sentence] = []
    paragraph = 0
    pos = 0
    previous_blank = False
    for line in text.splitlines(keepends=True):
        line_start, content_end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        if not line.strip():
            if not previous_blank and result:
                paragraph += 1
            previous_blank = True
            continue
        previous_blank = False
        cut = line_start
        pieces: list[tuple[int, int]] = []
        for m in _SENTENCE_END.finditer(text, line_start, content_end):
            if not _opens_sentence(text, m.end()):
                continue
            # the letters the period follows ('Jan.', 'J.'): not those before a number ('y 1979.'),
            # nor a possessive's or a contraction's letter after its apostrophe ("McDonald's.")
            word = _LETTERS_BEFORE.search(text, max(line_start, m.start() - 12), m.start())
            before = word.group().lower() if word else ""
            possessive = len(before) == 1 and word.start() > line_start and text[word.start() - 1] in "'’"
            if m.group(0).startswith(".") and not possessive and (before in abbreviations or len(before) == 1):
                continue
            pieces.append((cut, m.end()))
            cut = m.end()
        pieces.append((cut, content_end))
        for i, (a, b) in enumerate(pieces):
            while a < b and text[a].isspace():
                a += 1
            if a < b:
                result.append(Sentence(len(result), a, b, paragraph, i == 0, i == len(pieces) - 1))
    return result


_QUOTE_PAIRS = (("“", "”"), ("«", "»"))


# “English”, „German“ (or „…”), «French», »Danish and German«, "straight".
_DOUBLE_QUOTES = re.compile(r"“[^“”„]*”|„[^“”„]*[“”]|«[^«»]*»|»[^«»]*«|\"[^\"\n]*\"")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside double quotation marks (curly, guillemets, or straight ones on one line).
    Slogans and speech sit there; single quotes are left alone because they mark event names and
    apostrophes too. In text order (finditer's matches do not overlap)."""
    return [m.span() for m in _DOUBLE_QUOTES.finditer(text)]
