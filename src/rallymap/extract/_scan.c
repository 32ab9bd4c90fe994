/* rallymap._scan: the per-character loops of text.py, compiled.
 *
 * words(text) -> (starts, ends, texts, capitals) gives the runs of letters of text exactly as
 * text.py's WORD pattern [^\W\d_]+ finds them (a letter: a character Python's re counts as \w,
 * that is str.isalnum(), that is not a decimal digit and not '_'), and the indices of the runs
 * whose first character is upper case (str.isupper()).
 *
 * sentences(text, abbreviations, record) splits text into sentences as text.python_sentences does
 * (see there for the rules), each made a record(index, start, end, paragraph, line_start, line_end).
 *
 * word_starts(text, head_sets) gives, for each tuple of heads, where text goes on with one of them at
 * the start of a word: where a pattern whose every match begins with one of them can match
 * (text.python_word_starts), for several patterns in one pass.
 *
 * text.py holds both in Python: tests compare these against them, and they serve where this
 * module is not built.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static inline int is_letter(Py_UCS4 ch) {
    if (ch < 128) return (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z';  /* most text: no lookup in the Unicode tables */
    return Py_UNICODE_ISALNUM(ch) && !Py_UNICODE_ISDECIMAL(ch);
}

/* str.splitlines()'s line breaks; ASCII without a call into the Unicode tables. */
static inline int is_line_break(Py_UCS4 ch) {
    if (ch < 128) return ch == '\n' || ch == '\r' || (ch >= 0x0b && ch <= 0x0c) || (ch >= 0x1c && ch <= 0x1e);
    return Py_UNICODE_ISLINEBREAK(ch);
}

static int append_index(PyObject *list, Py_ssize_t value) {
    PyObject *number = PyLong_FromSsize_t(value);
    if (number == NULL) return -1;
    int failed = PyList_Append(list, number);
    Py_DECREF(number);
    return failed;
}

static PyObject *words(PyObject *module, PyObject *text) {
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "words() takes a str");
        return NULL;
    }
    if (PyUnicode_READY(text) < 0) return NULL;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    PyObject *starts = PyList_New(0), *ends = PyList_New(0), *texts = PyList_New(0), *capitals = PyList_New(0);
    if (starts == NULL || ends == NULL || texts == NULL || capitals == NULL) goto failed;
    Py_ssize_t count = 0, i = 0;
    while (i < length) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (!is_letter(ch)) {
            i++;
            continue;
        }
        Py_ssize_t start = i;
        int capital = ch < 128 ? ch <= 'Z' : Py_UNICODE_ISUPPER(ch);
        while (++i < length && is_letter(PyUnicode_READ(kind, data, i)));
        PyObject *word = PyUnicode_Substring(text, start, i);
        if (word == NULL) goto failed;
        int appended = PyList_Append(texts, word);
        Py_DECREF(word);
        if (appended < 0 || append_index(starts, start) < 0 || append_index(ends, i) < 0) goto failed;
        if (capital && append_index(capitals, count) < 0) goto failed;
        count++;
    }
    return Py_BuildValue("(NNNN)", starts, ends, texts, capitals);
failed:
    Py_XDECREF(starts);
    Py_XDECREF(ends);
    Py_XDECREF(texts);
    Py_XDECREF(capitals);
    return NULL;
}

static inline int ends_sentence(Py_UCS4 ch) { return ch == '.' || ch == '!' || ch == '?'; }

/* Right after the marks: ” ’ » « “ › ‹ close ('.»', German '.“', Danish '.«'). */
static inline int closes_quote(Py_UCS4 ch) {
    return ch == '"' || ch == 0x201D || ch == 0x2019 || ch == '\'' || ch == ')' || ch == ']' ||
           ch == 0x00BB || ch == 0x00AB || ch == 0x201C || ch == 0x203A || ch == 0x2039;
}

/* Before the next sentence: “ ‘ « „ » ‚ ‹ › open ('« Si', '„Wir', '»Vi'), a space after them too;
 * so do two commas, as Dutch typewriters write '„' (',,We'). */
static inline int opens_quote(Py_UCS4 ch) {
    return ch == '"' || ch == 0x201C || ch == 0x2018 || ch == '(' || ch == '[' ||
           ch == 0x00AB || ch == 0x00BB || ch == 0x201E || ch == 0x201A || ch == 0x2039 || ch == 0x203A;
}

/* A capital of any script (str.isupper() of the one character: 'À', 'Ł', 'Ö' open sentences too)
 * or an ASCII digit. */
static inline int capital_or_digit(Py_UCS4 ch) {
    return (ch >= '0' && ch <= '9') || (ch < 128 ? (ch >= 'A' && ch <= 'Z') : Py_UNICODE_ISUPPER(ch));
}

/* Whether the sentence end text[at:...] closes an abbreviation or an initial: the run of letters
 * right before it, within the 12 characters before it (and the line), lower-cased, is one letter
 * long or one of abbreviations ('Jan.', 'J.'; not 'y 1979.', whose period follows a number, nor
 * the letter of a possessive or a contraction after an apostrophe: "McDonald's."). -1 on error. */
static int closes_abbreviation(PyObject *text, int kind, const void *data, Py_ssize_t line_start, Py_ssize_t at,
                               PyObject *abbreviations) {
    Py_ssize_t low = at - 12 > line_start ? at - 12 : line_start, end = at;
    if (end == low || !is_letter(PyUnicode_READ(kind, data, end - 1))) return 0;
    Py_ssize_t start = end;
    while (start > low && is_letter(PyUnicode_READ(kind, data, start - 1))) start--;
    if (end - start == 1 && start > line_start) {
        Py_UCS4 before = PyUnicode_READ(kind, data, start - 1);
        if (before == '\'' || before == 0x2019) return 0;
    }
    PyObject *word = PyUnicode_Substring(text, start, end);
    if (word == NULL) return -1;
    PyObject *lowered = PyObject_CallMethod(word, "lower", NULL);
    Py_DECREF(word);
    if (lowered == NULL) return -1;
    int found = PyUnicode_GET_LENGTH(lowered) == 1 ? 1 : PySequence_Contains(abbreviations, lowered);
    Py_DECREF(lowered);
    return found;
}

/* pieces[count] = (start, end), growing the buffer of capacity pairs as needed. */
static int push_piece(Py_ssize_t **pieces, Py_ssize_t *capacity, Py_ssize_t count, Py_ssize_t start, Py_ssize_t end) {
    if (count == *capacity) {
        Py_ssize_t *grown = PyMem_Realloc(*pieces, 4 * *capacity * sizeof(Py_ssize_t));
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        *pieces = grown;
        *capacity *= 2;
    }
    (*pieces)[2 * count] = start;
    (*pieces)[2 * count + 1] = end;
    return 0;
}

/* record(index, start, end, paragraph, line_start, line_end) appended to sentences: made as
 * tuple.__new__(record, ...) makes it, record being a tuple type. */
static int append_sentence(PyObject *sentences, PyTypeObject *record, Py_ssize_t start, Py_ssize_t end,
                           Py_ssize_t paragraph, int line_start, int line_end) {
    PyObject *fields[6] = {PyLong_FromSsize_t(PyList_GET_SIZE(sentences)), PyLong_FromSsize_t(start),
                           PyLong_FromSsize_t(end), PyLong_FromSsize_t(paragraph), PyBool_FromLong(line_start),
                           PyBool_FromLong(line_end)};
    PyObject *sentence = record->tp_alloc(record, 6);
    int failed = sentence == NULL;
    for (int k = 0; k < 6; k++) {
        if (fields[k] == NULL) failed = 1;
        if (sentence != NULL) PyTuple_SET_ITEM(sentence, k, fields[k]);
        else Py_XDECREF(fields[k]);
    }
    if (!failed) failed = PyList_Append(sentences, sentence) < 0;
    Py_XDECREF(sentence);
    return failed ? -1 : 0;
}

static PyObject *sentences(PyObject *module, PyObject *args) {
    PyObject *text, *abbreviations;
    PyTypeObject *record;
    if (!PyArg_ParseTuple(args, "UOO!:sentences", &text, &abbreviations, &PyType_Type, &record)) return NULL;
    if (!PyType_IsSubtype(record, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "sentences() makes records of a tuple type");
        return NULL;
    }
    if (PyUnicode_READY(text) < 0) return NULL;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    PyObject *found = PyList_New(0);
    Py_ssize_t pieces_capacity = 16, *pieces = PyMem_Malloc(2 * pieces_capacity * sizeof(Py_ssize_t));
    if (pieces == NULL) {
        PyErr_NoMemory();
        goto failed;
    }
    if (found == NULL) goto failed;
    Py_ssize_t paragraph = 0, position = 0;
    int previous_blank = 0;
    while (position < length) {
        /* a line as str.splitlines(keepends=True) gives it: [line_start, next) */
        Py_ssize_t line_start = position, next = position;
        while (next < length && !is_line_break(PyUnicode_READ(kind, data, next))) next++;
        if (next < length) {
            if (PyUnicode_READ(kind, data, next) == '\r' && next + 1 < length &&
                PyUnicode_READ(kind, data, next + 1) == '\n')
                next++;
            next++;
        }
        position = next;
        Py_ssize_t content_end = next;
        while (content_end > line_start) {
            Py_UCS4 ch = PyUnicode_READ(kind, data, content_end - 1);
            if (ch != '\r' && ch != '\n') break;
            content_end--;
        }
        int blank = 1;
        for (Py_ssize_t k = line_start; k < next && blank; k++)
            blank = Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, k));
        if (blank) {
            if (!previous_blank && PyList_GET_SIZE(found) > 0) paragraph++;
            previous_blank = 1;
            continue;
        }
        previous_blank = 0;
        Py_ssize_t count = 0, cut = line_start, at = line_start;
        while (at < content_end) {
            if (!ends_sentence(PyUnicode_READ(kind, data, at))) {
                at++;
                continue;
            }
            /* [.!?]+ then closing quotes or brackets, then (looking ahead) spaces, an optional
             * opening quote or bracket and a capital or digit: the pattern can match nowhere else
             * in this run of marks, so the scan goes on after it either way */
            Py_ssize_t marks_end = at;
            while (marks_end < content_end && ends_sentence(PyUnicode_READ(kind, data, marks_end))) marks_end++;
            Py_ssize_t end = marks_end;
            while (end < content_end && closes_quote(PyUnicode_READ(kind, data, end))) end++;
            Py_ssize_t ahead = end;
            while (ahead < content_end && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, ahead))) ahead++;
            int ends_here = 0;
            if (ahead > end && ahead < content_end) {
                Py_UCS4 ch = PyUnicode_READ(kind, data, ahead);
                int two_commas = ch == ',' && ahead + 1 < content_end && PyUnicode_READ(kind, data, ahead + 1) == ',';
                if (opens_quote(ch) || two_commas) {
                    ahead += two_commas ? 2 : 1;
                    while (ahead < content_end && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, ahead))) ahead++;
                    ends_here = ahead < content_end && capital_or_digit(PyUnicode_READ(kind, data, ahead));
                } else {
                    ends_here = capital_or_digit(ch);
                }
            }
            if (!ends_here) {
                at = marks_end;
                continue;
            }
            if (PyUnicode_READ(kind, data, at) == '.') {
                int abbreviation = closes_abbreviation(text, kind, data, line_start, at, abbreviations);
                if (abbreviation < 0) goto failed;
                if (abbreviation) {
                    at = end;
                    continue;
                }
            }
            if (push_piece(&pieces, &pieces_capacity, count++, cut, end) < 0) goto failed;
            cut = at = end;
        }
        if (push_piece(&pieces, &pieces_capacity, count++, cut, content_end) < 0) goto failed;
        for (Py_ssize_t k = 0; k < count; k++) {
            Py_ssize_t a = pieces[2 * k], b = pieces[2 * k + 1];
            while (a < b && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, a))) a++;
            if (a >= b) continue;
            if (append_sentence(found, record, a, b, paragraph, k == 0, k == count - 1) < 0) goto failed;
        }
    }
    PyMem_Free(pieces);
    return found;
failed:
    PyMem_Free(pieces);
    Py_XDECREF(found);
    return NULL;
}

/* Whether re counts ch as a word character (\\w: str.isalnum() or '_'); the first 256 from a
 * table filled when the module loads. */
static unsigned char word_characters[256];

static inline int is_word(Py_UCS4 ch) { return ch < 256 ? word_characters[ch] : Py_UNICODE_ISALNUM(ch); }

/* How text[at:] compares with head over head's length: 0 when it starts with head. */
static int compare_head(int kind, const void *data, Py_ssize_t length, Py_ssize_t at, PyObject *head) {
    const int head_kind = PyUnicode_KIND(head);
    const void *head_data = PyUnicode_DATA(head);
    const Py_ssize_t head_length = PyUnicode_GET_LENGTH(head);
    for (Py_ssize_t k = 0; k < head_length; k++) {
        if (at + k >= length) return -1;
        Py_UCS4 a = PyUnicode_READ(kind, data, at + k), b = PyUnicode_READ(head_kind, head_data, k);
        if (a != b) return a < b ? -1 : 1;
    }
    return 0;
}

/* First-character ranges of one tuple of heads: heads[low[c]:high[c]] begin with the ASCII
 * character c (sorted, they stand together); beyond ASCII, all are bisected. */
typedef struct {
    PyObject *heads;
    Py_ssize_t count, low[128], high[128];
    int beyond_ascii;
    PyObject *found;
} HeadSet;

static int prepare_heads(HeadSet *set, PyObject *heads) {
    if (!PyTuple_Check(heads)) {
        PyErr_SetString(PyExc_TypeError, "word_starts() takes tuples of heads");
        return -1;
    }
    set->heads = heads;
    set->count = PyTuple_GET_SIZE(heads);
    set->beyond_ascii = 0;
    memset(set->low, 0, sizeof set->low);
    memset(set->high, 0, sizeof set->high);
    for (Py_ssize_t k = 0; k < set->count; k++) {
        PyObject *head = PyTuple_GET_ITEM(heads, k);
        if (!PyUnicode_Check(head) || PyUnicode_READY(head) < 0 || PyUnicode_GET_LENGTH(head) == 0) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "word_starts() takes heads that are non-empty str");
            return -1;
        }
        if (k > 0) {
            PyObject *previous = PyTuple_GET_ITEM(heads, k - 1);
            if (PyUnicode_Compare(previous, head) >= 0 ||
                PyUnicode_Tailmatch(head, previous, 0, PyUnicode_GET_LENGTH(previous), -1)) {
                PyErr_SetString(PyExc_ValueError, "word_starts() takes heads sorted, none the start of another");
                return -1;
            }
        }
        Py_UCS4 first = PyUnicode_READ_CHAR(head, 0);
        if (first >= 128) {
            set->beyond_ascii = 1;
        } else {
            if (set->high[first] == 0) set->low[first] = k;
            set->high[first] = k + 1;
        }
    }
    set->found = PyList_New(0);
    return set->found == NULL ? -1 : 0;
}

/* Whether one of the set's heads begins text[at:] (ch: the character there). Heads are sorted and
 * none begins another: at most one does, and bisection finds it. */
static int head_at(const HeadSet *set, int kind, const void *data, Py_ssize_t length, Py_ssize_t at, Py_UCS4 ch) {
    Py_ssize_t from = 0, to = 0;
    if (ch < 128) from = set->low[ch], to = set->high[ch];
    else if (set->beyond_ascii) to = set->count;
    while (from < to) {
        Py_ssize_t middle = (from + to) / 2;
        int order = compare_head(kind, data, length, at, PyTuple_GET_ITEM(set->heads, middle));
        if (order == 0) return 1;
        if (order < 0) to = middle;
        else from = middle + 1;
    }
    return 0;
}

static PyObject *word_starts(PyObject *module, PyObject *args) {
    PyObject *text, *head_sets, *result = NULL;
    if (!PyArg_ParseTuple(args, "UO!:word_starts", &text, &PyTuple_Type, &head_sets)) return NULL;
    const Py_ssize_t sets = PyTuple_GET_SIZE(head_sets);
    HeadSet *set = PyMem_Calloc(sets ? sets : 1, sizeof(HeadSet));
    if (set == NULL) return PyErr_NoMemory();
    for (Py_ssize_t k = 0; k < sets; k++)
        if (prepare_heads(&set[k], PyTuple_GET_ITEM(head_sets, k)) < 0) goto done;
    if (PyUnicode_READY(text) < 0) goto done;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    int after_word = 0;
    for (Py_ssize_t at = 0; at < length; at++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, at);
        int no_word_before = !after_word;
        after_word = is_word(ch);
        if (!no_word_before) continue;
        for (Py_ssize_t k = 0; k < sets; k++)
            if (head_at(&set[k], kind, data, length, at, ch) && append_index(set[k].found, at) < 0) goto done;
    }
    result = PyList_New(sets);
    if (result == NULL) goto done;
    for (Py_ssize_t k = 0; k < sets; k++) {
        PyList_SET_ITEM(result, k, set[k].found);
        set[k].found = NULL;
    }
done:
    for (Py_ssize_t k = 0; k < sets; k++) Py_XDECREF(set[k].found);
    PyMem_Free(set);
    return result;
}

static PyMethodDef methods[] = {
    {"words", words, METH_O,
     "words(text) -> (starts, ends, texts, capitals): the runs of letters of text, their offsets, "
     "and the indices of those that begin with a capital."},
    {"sentences", sentences, METH_VARARGS,
     "sentences(text, abbreviations, record) -> the sentences of text as text.python_sentences finds them, "
     "each a record(index, start, end, paragraph, line_start, line_end) of the tuple type record."},
    {"word_starts", word_starts, METH_VARARGS,
     "word_starts(text, head_sets) -> for each tuple of heads (sorted, none the start of another), the "
     "offsets, in order, where text goes on with one of them and no word character (re's \\w) comes before."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_scan", NULL, 0, methods};

PyMODINIT_FUNC PyInit__scan(void) {
    for (Py_UCS4 ch = 0; ch < 256; ch++) word_characters[ch] = ch == '_' || Py_UNICODE_ISALNUM(ch);
    return PyModule_Create(&module);
}
