"""Vietnamese text: cleaning input, tone placement, search keys and sort keys.

Names reach the database from the keyboard, from Excel files and from packages sent by
other installations. The same name then arrives in several spellings that a person
reads as identical: composed or decomposed Unicode (NFC/NFD), non-breaking spaces
pasted from the web, invisible zero-width characters, and the two accepted tone
placements ("Thủy" and "Thuỷ"). Everything here exists so that these spellings store,
search and sort as one name, while the name itself is kept as the user typed it.

Three derived strings are stored next to a name, because computing them inside a query
over a million rows is far too slow:

* :func:`search_key` folds to lowercase ASCII, so ``LIKE '%nguyen thi%'`` finds
  "Nguyễn Thị" whatever tones and case were typed.
* :func:`sort_key` is a printable ASCII string whose plain binary order (Python ``<``,
  SQLite's default ``BINARY`` collation, an ordinary index) is the order a Vietnamese
  reader expects: given name first, then middle name, then family name, each compared
  the way CLDR's ``vi`` collation compares words.
* :func:`normalize_tone_placement` is used by both so that old and new tone placement
  compare equal.

Layout of a sort key (for maintainers). Every name part (given, middle, family) is
encoded as::

    primary [ '"' secondary [ '"' tertiary ] ] '!'

* *primary*: one character per letter, in the order space < ASCII punctuation <
  other punctuation < digits < a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư
  v w x y z < other scripts. Characters outside this list are written as an escape
  character followed by four characters holding their code point, which keeps their
  order stable and the encoding prefix-free.
* *secondary*: the tone of every letter (none < huyền < hỏi < ngã < sắc < nặng < any
  other accent), two letters per character, trailing "no tone" dropped.
* *tertiary*: the case of every letter (lowercase first), six letters per character,
  trailing "lowercase" dropped.

``!`` ends a part and ``"`` separates levels; both sort below every other character
used, so a part that is a prefix of another sorts first ("An" < "Anh"), a part never
bleeds into the next one, and comparing two concatenated keys gives exactly the
comparison of the tuples (given, middle, family). The key uses characters ``!`` (0x21)
to ``p`` (0x70) only: no space, so databases that ignore trailing spaces still order
keys correctly. A name written in Latin letters gets a key of at most
``5 / 3 * len(name) + 10`` characters (a character of another script takes five).
"""

from __future__ import annotations

import re
import string
import unicodedata
from functools import lru_cache
from typing import Final

__all__ = [
    "VIETNAMESE_ALPHABET",
    "clean_text",
    "normalize_for_storage",
    "normalize_tone_placement",
    "search_key",
    "sort_key",
    "split_name",
    "text_sort_key",
]

VIETNAMESE_ALPHABET: Final = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
"""The 29 letters of the Vietnamese alphabet, lowercase, in dictionary order."""

# --------------------------------------------------------------------------------------
# Cleaning

# Characters that cannot be seen but make two identical-looking names differ: zero-width
# spaces and joiners, direction marks and embeddings pasted from web pages and Word,
# the byte-order mark Excel and Notepad put in front of CSV cells, the soft hyphen, and
# control characters from broken exports. Whitespace controls (tab, newline) are not in
# this list: they are collapsed into a space instead.
_INVISIBLE_CODEPOINTS: Final = (
    0x00AD,  # soft hyphen
    0x180E,  # Mongolian vowel separator (was a space before Unicode 6.3)
    *range(0x200B, 0x2010),  # zero-width space, ZWNJ, ZWJ, LRM, RLM
    *range(0x202A, 0x202F),  # bidi embeddings and overrides
    *range(0x2060, 0x2065),  # word joiner, invisible operators
    *range(0x2066, 0x206A),  # bidi isolates
    0xFEFF,  # byte-order mark / zero-width no-break space
)
_INVISIBLE_CHARS: Final = "".join(map(chr, _INVISIBLE_CODEPOINTS)) + "".join(
    chr(cp) for cp in (*range(0x20), *range(0x7F, 0xA0)) if not chr(cp).isspace()
)
_INVISIBLE_RE: Final = re.compile(f"[{re.escape(_INVISIBLE_CHARS)}]")


def clean_text(value: str | None) -> str:
    """Return ``value`` as it should be stored and compared: NFC, trimmed, single-spaced.

    Applied at every input boundary (keyboard, Excel import, packages), so that a name
    pasted from a web page with a non-breaking space, typed with a decomposed-Unicode
    keyboard, or carrying an invisible zero-width character from Word is the same
    string as the one typed by hand. Invisible characters are removed *before* NFC so
    that a mark separated from its letter by one of them still composes with it.

    Note that newlines are whitespace too: multi-line text comes out on one line.

    Args:
        value: Any text, or ``None`` for a missing value.

    Returns:
        The cleaned text; ``""`` for ``None`` or blank text.
    """
    if not value:
        return ""
    if _INVISIBLE_RE.search(value):
        value = _INVISIBLE_RE.sub("", value)
    return " ".join(unicodedata.normalize("NFC", value).split())


def clean_paragraphs(value: str | None) -> str:
    """Clean free text that may hold several lines (notes, minutes).

    Each line is cleaned like :func:`clean_text`; line breaks are kept, runs of empty
    lines shrink to one, and empty lines at either end are dropped.
    """
    if value is None:
        return ""
    lines = [clean_text(line) for line in value.replace("\r\n", "\n").split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip("\n")


def normalize_for_storage(text: str | None) -> str:
    """Return the form of ``text`` to store: :func:`clean_text` and nothing more.

    Names keep the spelling the user chose, including the tone placement ("Thuỷ" stays
    "Thuỷ"); only the derived keys are normalized further. Changing what people typed
    would make them distrust the register.

    Args:
        text: Text from any input, or ``None``.

    Returns:
        The cleaned text, ``""`` for ``None``.
    """
    return clean_text(text)


# --------------------------------------------------------------------------------------
# Tone placement

# Tone marks in CLDR ``vi`` order: huyền, hỏi, ngã, sắc, nặng. Tone n is _TONE_MARKS[n-1].
_TONE_MARKS: Final = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_VOWELS: Final = "aăâeêioôơuưy"
_VOWEL_SET: Final = frozenset(_VOWELS)
# Vowels whose own mark (breve, circumflex, horn) makes them the main vowel.
_MARKED_VOWELS: Final = frozenset("ăâêôơư")
# Initial consonants; the "u" of "qu" and the "i" of "gi" belong to the consonant.
_INITIALS: Final = frozenset(
    {"", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng"}
    | {"ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"}
)
_FINALS: Final = frozenset({"", "c", "ch", "m", "n", "ng", "nh", "p", "t"})
# Vowel pairs written "hoà, khoẻ, thuỷ" in the new style and "hòa, khỏe, thủy" in the old.
_NEW_STYLE_PAIRS: Final = frozenset({"oa", "oe", "uy"})

# (toneless vowel, tone) <-> precomposed character, both cases.
_WITH_TONE: Final[dict[tuple[str, int], str]] = {
    (vowel, tone): unicodedata.normalize("NFC", vowel + mark)
    for vowel in _VOWELS + _VOWELS.upper()
    for tone, mark in enumerate(_TONE_MARKS, start=1)
}
_WITHOUT_TONE: Final[dict[str, tuple[str, int]]] = {char: key for key, char in _WITH_TONE.items()}
_TONED: Final = frozenset(_WITHOUT_TONE)

_LETTERS: Final = "".join(
    sorted(set(VIETNAMESE_ALPHABET + "fjwz") | set(VIETNAMESE_ALPHABET.upper() + "FJWZ"))
) + "".join(sorted(_TONED))
# A whole word of Vietnamese letters: not glued to other letters, digits or marks, so
# that foreign words ("Noël", "Hòaß") are left alone rather than half-processed.
_WORD_RE: Final = re.compile(
    rf"(?<![\w\u0300-\u036f])[{re.escape(_LETTERS)}]+(?![\w\u0300-\u036f])"
)


def normalize_tone_placement(text: str) -> str:
    """Return ``text`` in NFC with every tone mark on its canonical vowel.

    Vietnamese has two accepted ways to place the tone in the open syllables *oa*, *oe*
    and *uy*: the old style puts it on the first vowel ("hòa", "khỏe", "thủy"), the new
    style (the Ministry of Education rules: the tone goes on the main vowel) on the
    second ("hoà", "khoẻ", "thuỷ"). Keyboards and people mix both, and careless typing
    produces further variants ("Qúy", "cuả"). This function picks one canonical form,
    the new style, so that all spellings of a syllable become the same string:

    1. The *u* of "qu" and the *i* of "gi" (before another vowel) belong to the
       consonant: "Quý", "giữ"; but "gì" has *i* as its vowel.
    2. If a vowel carries its own mark (ă â ê ô ơ ư), the tone goes on it; with two
       such vowels, on the second: "Nguyễn", "thuở", "người".
    3. Otherwise, with a final consonant, the tone goes on the last vowel: "toán",
       "Huỳnh".
    4. Otherwise, in *oa*, *oe*, *uy* on the second vowel ("hoà", "khoẻ", "Thuỷ"), in
       other pairs on the first ("mái", "của", "mía"), and in three vowels on the
       middle one ("ngoài", "khuỷu").

    Words that are not a single Vietnamese syllable (foreign names, several tone marks,
    letters outside the Vietnamese alphabet) are returned unchanged, as is the case of
    every letter. Applying the function twice gives the same result as applying it
    once.

    Args:
        text: Any text.

    Returns:
        The NFC text with tone marks moved to their canonical vowel.
    """
    text = unicodedata.normalize("NFC", text)
    if _TONED.isdisjoint(text):
        return text
    return _WORD_RE.sub(_replace_word, text)


def _replace_word(match: re.Match[str]) -> str:
    return _place_tone(match.group())


@lru_cache(maxsize=16384)
def _place_tone(word: str) -> str:
    # Cached because the number of distinct syllables in names is small (a few
    # thousand) while the number of names is large.
    letters: list[str] = []
    tone = 0
    toned_at = -1
    for index, char in enumerate(word):
        split = _WITHOUT_TONE.get(char)
        if split is None:
            letters.append(char)
            continue
        if tone:
            return word  # two tone marks: not a Vietnamese syllable
        base, tone = split
        toned_at = index
        letters.append(base)
    if not tone:
        return word
    target = _tone_position("".join(letters).lower())
    if target is None or target == toned_at:
        return word
    letters[target] = _WITH_TONE[letters[target], tone]
    return "".join(letters)


def _tone_position(syllable: str) -> int | None:
    """Return where the tone of a lowercase, toneless syllable goes, None if not one."""
    length = len(syllable)
    start = 0
    while start < length and syllable[start] not in _VOWEL_SET:
        start += 1
    if start == length:
        return None
    if start == 1 and syllable[:2] in ("qu", "gi") and length > 2 and syllable[2] in _VOWEL_SET:
        start = 2
    end = start
    while end < length and syllable[end] in _VOWEL_SET:
        end += 1
    nucleus = syllable[start:end]
    if syllable[:start] not in _INITIALS or syllable[end:] not in _FINALS or len(nucleus) > 3:
        return None
    for offset in range(len(nucleus) - 1, -1, -1):
        if nucleus[offset] in _MARKED_VOWELS:
            return start + offset
    if len(nucleus) == 1:
        return start
    if end < length:
        return end - 1
    if len(nucleus) == 2:
        return start + 1 if nucleus in _NEW_STYLE_PAIRS else start
    return start + 1


# --------------------------------------------------------------------------------------
# Names


def split_name(full_name: str) -> tuple[str, str, str]:
    """Split a Vietnamese full name into (family, middle, given).

    Vietnamese names are written family name first and given name last ("Nguyễn Thị
    Thu Hương" is family "Nguyễn", middle "Thị Thu", given "Hương"), and people are
    looked up and listed by the given name. Compound family names ("Tôn Nữ") cannot be
    told apart from middle names by rule, so the first word is always the family name.

    Args:
        full_name: A full name; it is cleaned first, so extra spaces do not matter.

    Returns:
        ``(family, middle, given)``; a one-word name is ``("", "", word)`` and an empty
        name ``("", "", "")``.
    """
    words = clean_text(full_name).split(" ")
    if len(words) == 1:
        return "", "", words[0]
    return words[0], " ".join(words[1:-1]), words[-1]


# --------------------------------------------------------------------------------------
# Search keys

_SEARCH_SPECIAL: Final = {
    # Letters that Unicode does not decompose into an ASCII letter plus marks.
    "đ": "d",
    "ð": "d",  # Icelandic eth, which legacy Vietnamese fonts used for "Đ"
    "ø": "o",
    "ł": "l",
    "ı": "i",
    "æ": "ae",
    "œ": "oe",
    "ß": "ss",
    "þ": "th",
}
_DROPPED_CATEGORIES: Final = frozenset({"Mn", "Mc", "Me", "Cf"})


class _SearchFolding(dict[int, str]):
    """Translation table for :func:`search_key` that fills itself on first use.

    ``str.translate`` runs in C, so one pass over a name costs well under a
    microsecond; working out what an unusual character folds to happens once per
    distinct character instead of once per name.
    """

    def __missing__(self, codepoint: int) -> str:
        parts: list[str] = []
        for char in unicodedata.normalize("NFKD", chr(codepoint).casefold()):
            if char in _SEARCH_SPECIAL:
                parts.append(_SEARCH_SPECIAL[char])
            elif char.isascii() and char.isalnum():
                parts.append(char.lower())
            elif unicodedata.category(char) not in _DROPPED_CATEGORIES:
                parts.append(" ")
        folded = "".join(parts)
        self[codepoint] = folded
        return folded


_SEARCH_FOLDING: Final = _SearchFolding()


def search_key(text: str) -> str:
    """Fold ``text`` to the lowercase ASCII form used for searching.

    Tones and letter marks are removed (ă â -> a, ê -> e, ô ơ -> o, ư -> u), đ becomes
    d, letters are lowercased, digits are kept, punctuation and any other character
    becomes a space, and spaces are collapsed. Stored next to every name and applied to
    what the user types in a search box, it lets "nguyen thi" (typed without a
    Vietnamese keyboard) find "Nguyễn Thị", and "thuy" find both "Thủy" and "Thuỷ".
    The result contains only ``a-z``, ``0-9`` and single spaces, so it can be put
    inside a SQL ``LIKE`` pattern without escaping.

    Compatibility forms are folded too (full-width letters from some input methods,
    ligatures), so the key does not depend on NFC/NFD or on case.

    Args:
        text: A stored name or a query string.

    Returns:
        The folded text, for example ``"nguyen thi thuy"`` for "Nguyễn Thị Thuỷ".
    """
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFKD", text).translate(_SEARCH_FOLDING).split())


# --------------------------------------------------------------------------------------
# Sort keys

_END: Final = "!"  # ends a name part; lowest character of every key
_LEVEL: Final = '"'  # separates primary, secondary and tertiary levels
_FIRST_WEIGHT: Final = 0x23
_LATIN_ORDER: Final = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
# ASCII punctuation and symbols in the order of CLDR's root collation.
_ASCII_PUNCTUATION: Final = "_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$"
# Primary weights, lowest first. Escapes are followed by a 4-character code point.
_PRIMARY_ORDER: Final = (
    " ",
    *_ASCII_PUNCTUATION,
    "<punctuation escape>",
    *string.digits,
    *_LATIN_ORDER,
    "<other escape>",
)
_WEIGHT: Final = {item: chr(_FIRST_WEIGHT + index) for index, item in enumerate(_PRIMARY_ORDER)}
_PUNCTUATION_ESCAPE: Final = _WEIGHT["<punctuation escape>"]
_OTHER_ESCAPE: Final = _WEIGHT["<other escape>"]
_OTHER_MARK: Final = "6"  # secondary weight of an accent that is not a Vietnamese tone
_TONE_WEIGHT: Final = {mark: str(tone) for tone, mark in enumerate(_TONE_MARKS, start=1)}
# Secondary weights go two letters to a character, tertiary six letters to a character.
_TONE_PAIRS: Final = {
    f"{first}{second}": chr(_FIRST_WEIGHT + 7 * first + second)
    for first in range(7)
    for second in range(7)
}
_CASE_GROUPS: Final = {f"{bits:06b}": chr(_FIRST_WEIGHT + bits) for bits in range(64)}

# Per-character translation tables for the three levels, for str.translate. They start
# with every Vietnamese and ASCII character and learn others on first sight.
_PRIMARY: Final[dict[int, str]] = {}
_TONES: Final[dict[int, str]] = {}
_CASES: Final[dict[int, str]] = {}
_KNOWN: Final[set[str]] = set()
_BASE_WEIGHT: Final = {char: _WEIGHT[char] for char in _PRIMARY_ORDER if len(char) == 1} | {
    "ð": _WEIGHT["đ"],  # legacy fonts typed "Ð" (eth) for "Đ"; they look the same
}


def _register(char: str, primary: str, tone: str, case: str) -> None:
    codepoint = ord(char)
    _PRIMARY[codepoint] = primary
    _TONES[codepoint] = tone
    _CASES[codepoint] = case
    _KNOWN.add(char)


def _code(codepoint: int) -> str:
    return "".join(chr(0x30 + ((codepoint >> shift) & 63)) for shift in (18, 12, 6, 0))


def _describe(char: str) -> tuple[str, str, str] | None:
    """Return the (primary, tone, case) weights of one character, None for a mark."""
    case = "1" if char.isupper() or char.istitle() else "0"
    toneless = _WITHOUT_TONE.get(char)
    if toneless is not None:
        return _BASE_WEIGHT[toneless[0].lower()], str(toneless[1]), case
    if char.lower() in _BASE_WEIGHT:  # ă, đ and the other letters with their own mark
        return _BASE_WEIGHT[char.lower()], "0", case
    if unicodedata.category(char)[0] == "M":
        return None
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[0], decomposed[1:]
    tone = "0"
    for mark in marks:
        tone = _TONE_WEIGHT.get(mark, _OTHER_MARK)
        if tone != _OTHER_MARK:
            break
    lower = base.lower()
    if len(lower) != 1:
        lower = base
    if lower in _BASE_WEIGHT:
        return _BASE_WEIGHT[lower], tone, case
    escape = _PUNCTUATION_ESCAPE if unicodedata.category(base)[0] in "PSZ" else _OTHER_ESCAPE
    return escape + _code(ord(lower)), tone, case


def _learn(part: str) -> bool:
    """Add the unknown characters of ``part`` to the tables; False if it has marks."""
    complete = True
    for char in set(part) - _KNOWN:
        weights = _describe(char)
        if weights is None:
            complete = False
        else:
            _register(char, *weights)
    return complete


for _char in (
    " "
    + string.punctuation
    + string.digits
    + _LATIN_ORDER
    + _LATIN_ORDER.upper()
    + "".join(_TONED)
    + "ðÐ"
):
    _learn(_char)
del _char


def _pack(tones: str, cases: str) -> str:
    """Return the secondary and tertiary levels after the primary one."""
    if not tones and not cases:
        return ""
    if len(tones) % 2:
        tones += "0"
    packed = _LEVEL + "".join([_TONE_PAIRS[tones[i : i + 2]] for i in range(0, len(tones), 2)])
    if cases:
        cases = cases.ljust(-(-len(cases) // 6) * 6, "0")
        groups = [_CASE_GROUPS[cases[i : i + 6]] for i in range(0, len(cases), 6)]
        packed += _LEVEL + "".join(groups)
    return packed


def _merge_tone(current: str, mark: str) -> str:
    """Return the tone of a letter that has tone ``current`` and gets one more mark."""
    # The first Vietnamese tone wins; any tone wins over another kind of accent.
    if current == "0" or (current == _OTHER_MARK and mark != _OTHER_MARK):
        return mark
    return current


def _slow_part_key(part: str) -> str:
    """Key a part that contains combining marks left over after NFC ("q́", "ẹ̄").

    A mark belongs to the letter before it. Like CLDR, a mark is never a letter of its
    own: a mark in front of the first letter goes with that letter, and a part made
    of marks only has no letters and just a secondary level.
    """
    primary: list[str] = []
    tones: list[str] = []
    cases: list[str] = []
    leading: list[str] = []
    for char in part:
        weights = _describe(char)
        if weights is None:
            mark = _TONE_WEIGHT.get(char, _OTHER_MARK)
            if tones:
                tones[-1] = _merge_tone(tones[-1], mark)
            else:
                leading.append(mark)
            continue
        tone = weights[1]
        if not primary:
            for mark in leading:
                tone = _merge_tone(tone, mark)
        primary.append(weights[0])
        tones.append(tone)
        cases.append(weights[2])
    if not primary:
        return _pack("".join(leading), "") + _END
    return "".join(primary) + _pack("".join(tones).rstrip("0"), "".join(cases).rstrip("0")) + _END


@lru_cache(maxsize=65536)
def _part_key(part: str) -> str:
    """Key one cleaned name part; cached because the same parts recur in every list.

    A register of a million members has a few thousand distinct given names and far
    fewer family and middle names, so after warming up the cache, keying a name costs
    little more than cleaning it.
    """
    if not part:
        return _END
    part = normalize_tone_placement(part)
    if not _KNOWN.issuperset(part) and not _learn(part):
        return _slow_part_key(part)
    return (
        part.translate(_PRIMARY)
        + _pack(part.translate(_TONES).rstrip("0"), part.translate(_CASES).rstrip("0"))
        + _END
    )


def text_sort_key(text: str) -> str:
    """Return the key that orders ``text`` left to right the Vietnamese way.

    This is the key of one name part, and the right key for anything that is not a
    person's name: units, places, topics ("Hà Nội" sorts under H, not under its last
    word). Letters follow the Vietnamese alphabet (a ă â b c d đ e ê ... with f j w z
    where Latin puts them); tones are compared only when the letters are equal (none <
    huyền < hỏi < ngã < sắc < nặng), then case (lowercase first); shorter text that is
    a prefix sorts first; digits come before letters. Old and new tone placement give
    the same key. See the module docstring for the layout.

    Args:
        text: Any text; it is cleaned first.

    Returns:
        A key of printable ASCII characters to compare with ``<`` or SQLite ``BINARY``.
    """
    return _part_key(clean_text(text))


def sort_key(full_name: str) -> str:
    """Return the stored key that orders people the Vietnamese way.

    Vietnamese lists are ordered by given name, then middle name, then family name:
    "Trần Văn Anh" comes before "Lê Thị Ánh" because "Anh" < "Ánh", whatever the
    other words. Each part is compared as :func:`text_sort_key` compares text (CLDR
    ``vi`` collation: letters first, then tones, then case). The key is the
    concatenation of the three part keys, built so that comparing keys as plain strings
    (Python ``<``, SQLite ``BINARY`` collation, an ordinary index) gives exactly the
    comparison of (given, middle, family).

    Args:
        full_name: A full name, family name first; it is cleaned first, so NFD input,
            extra spaces and old tone placement give the same key.

    Returns:
        A key of printable ASCII characters (``!`` to ``p``); for a name in Latin
        letters at most ``5 / 3 * len(full_name) + 10`` characters long.
    """
    family, middle, given = split_name(full_name)
    return _part_key(given) + _part_key(middle) + _part_key(family)
