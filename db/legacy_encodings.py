"""Converting Vietnamese text typed in the pre-Unicode TCVN3 (ABC) and VNI encodings.

Commune offices still keep member lists made in the 1990s and 2000s with the ".VnTime"
(TCVN3) or "VNI-Times" fonts. Those fonts draw Vietnamese letters in place of Western
Latin-1 characters, so when Excel hands the cell to us as Unicode we receive, for
"Nguyễn Thị Thủy", either "NguyÔn ThÞ Thñy" (TCVN3) or "Nguyeãn Thò Thuûy" (VNI). This
module turns those back into Unicode NFC, and guesses which of the two a cell uses from
the font name when the file tells us, or from the characters when it does not.

The tables are built from the published character tables: TCVN 5712:1993 VN3 gives one
byte per lower-case letter (upper-case letters with tones live in the ".VnTimeH" fonts at
the same bytes); VNI-Windows writes a base letter followed by a byte that stands for the
tone or letter mark, with a few letters (đ, ơ, ư, and the toned i and ỵ) in one byte.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Final, Literal

__all__ = [
    "TCVN3_TABLE",
    "VNI_TABLE",
    "CellFont",
    "Reading",
    "decide_cell",
    "detect_from_font",
    "detect_legacy",
    "from_tcvn3",
    "from_vni",
    "is_vietnamese",
]

Encoding = Literal["tcvn3", "vni"]

# Tone order used by both tables below: grave, hook above, tilde, acute, dot below.
_TONES: Final = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")


def _toned(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


def _build_tcvn3() -> dict[str, str]:
    """TCVN3 (VN3) bytes, read as Latin-1 characters, to the Unicode letters they draw."""
    table: dict[str, str] = {}
    # Letters without tone: capitals that have their own byte, then lower case.
    for code, letter in zip(range(0xA1, 0xAF), "ĂÂÊÔƠƯĐăâêôơưđ", strict=True):
        table[chr(code)] = letter
    # Per base vowel: the bytes of grave, hook, tilde, acute, dot below.
    toned = {
        "a": (0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
        "ă": (0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
        "â": (0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
        "e": (0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
        "ê": (0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
        "i": (0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
        "o": (0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
        "ô": (0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
        "ơ": (0xEA, 0xEB, 0xEC, 0xED, 0xEE),
        "u": (0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
        "ư": (0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
        "y": (0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
    }
    for base, codes in toned.items():
        for code, tone in zip(codes, _TONES, strict=True):
            table[chr(code)] = _toned(base, tone)
    return table


TCVN3_TABLE: Final[dict[str, str]] = _build_tcvn3()
"""TCVN3 character (a Latin-1 code point) → Unicode letter, lower case plus Ă Â Ê Ô Ơ Ư Đ."""

# The ".VnTimeH" capital fonts draw capitals at the lower-case bytes.
_TCVN3_UPPER: Final[dict[int, str]] = {ord(k): v.upper() for k, v in TCVN3_TABLE.items()}
_TCVN3_LOWER: Final[dict[int, str]] = {ord(k): v for k, v in TCVN3_TABLE.items()}


def _build_vni() -> dict[str, str]:
    """VNI-Windows sequences (read as Latin-1 text) to Unicode letters, both cases."""
    lower: dict[str, str] = {"ñ": "đ", "ô": "ơ", "ö": "ư"}
    # Marks written after a base letter; the capital form of each mark is its
    # Latin-1 upper case, as used after capital letters.
    tone_marks = {"ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ù": "\u0301", "ï": "\u0323"}
    for base in ("a", "e", "o", "u", "y", "ô", "ö"):
        letter = lower.get(base, base)
        for mark, tone in tone_marks.items():
            if base == "y" and mark == "ï":
                continue  # ỵ has its own byte
            lower[base + mark] = _toned(letter, tone)
    circumflex = {"â": "", "à": "\u0300", "å": "\u0309", "ã": "\u0303",
                  "á": "\u0301", "ä": "\u0323"}
    for base, hat in (("a", "â"), ("e", "ê"), ("o", "ô")):
        for mark, tone in circumflex.items():
            lower[base + mark] = _toned(hat, tone)
    breve = {"ê": "", "è": "\u0300", "ú": "\u0309", "ü": "\u0303",
             "é": "\u0301", "ë": "\u0323"}
    for mark, tone in breve.items():
        lower["a" + mark] = _toned("ă", tone)
    # i and ỵ are single bytes.
    lower.update({"ì": "ì", "æ": "ỉ", "ó": "ĩ", "í": "í", "ò": "ị", "î": "ỵ"})
    table = dict(lower)
    for key, value in lower.items():
        table[key.upper()] = value.upper()
        if len(key) == 2:
            # A capital base with a lower-case mark (or the reverse) is seen in files
            # typed with Caps Lock toggled; the base letter decides the case.
            table[key[0].upper() + key[1]] = value.upper()
            table[key[0] + key[1].upper()] = value
    return table


VNI_TABLE: Final[dict[str, str]] = _build_vni()
"""VNI sequence (one or two Latin-1 characters) → Unicode letter."""

_VNI_RE: Final = re.compile(
    "|".join(re.escape(k) for k in sorted(VNI_TABLE, key=len, reverse=True))
)

_VIETNAMESE_LATIN1: Final = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
"""Latin-1 characters that are also Vietnamese letters in Unicode text."""

# Pairs that read as VNI but also occur in Unicode Vietnamese with the old tone
# placement ("hoà", "hoá", "hoãn"): they are weak evidence on their own.
_WEAK_VNI_PAIRS: Final = frozenset(
    a + b for a in "oO" for b in "àáãÀÁÃ"
)
_VNI_SINGLE_EVIDENCE: Final = frozenset("ñÑöÖæÆîÎ")


def _is_unicode_vietnamese(char: str) -> bool:
    """Whether ``char`` is a Vietnamese letter outside Latin-1 (ă, ơ, ư, đ, ạ, ế …)."""
    code = ord(char)
    return code in (0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169,
                    0x1A0, 0x1A1, 0x1AF, 0x1B0) or 0x1EA0 <= code <= 0x1EF9


def from_tcvn3(text: str, *, uppercase_font: bool = False) -> str:
    """Convert text typed with a TCVN3 (".VnTime") font to Unicode NFC.

    Args:
        text: The cell text as Excel gives it (Latin-1 look-alikes of the TCVN3 bytes).
        uppercase_font: The text was in a capitals font (".VnTimeH", ".VnArialH" …),
            which draws every letter as a capital at the lower-case byte.
    """
    if uppercase_font:
        return unicodedata.normalize("NFC", text.translate(_TCVN3_UPPER).upper())
    return unicodedata.normalize("NFC", text.translate(_TCVN3_LOWER))


def from_vni(text: str) -> str:
    """Convert text typed with a VNI font ("VNI-Times" …) to Unicode NFC."""
    return unicodedata.normalize("NFC", _VNI_RE.sub(lambda m: VNI_TABLE[m.group(0)], text))


def _residue(text: str) -> int:
    """Count characters that no Vietnamese Unicode text contains (left-over bytes)."""
    return sum(
        1 for ch in text if 0xA0 < ord(ch) <= 0xFF and ch not in _VIETNAMESE_LATIN1
    )


def _too_many_tones(text: str) -> int:
    """Count words that no Vietnamese text has.

    Two tone marks in a word, or a capital inside a word ("BÝch" is TCVN3 for "Bích").
    """
    bad = 0
    for word in unicodedata.normalize("NFD", text).split():
        if sum(1 for ch in word if ch in _TONES) > 1:
            bad += 1
    bad += len(_CASE_ANOMALY.findall(text))
    return bad


_CASE_ANOMALY: Final = re.compile(
    "[a-z\u00df-\u00ff][\u00c0-\u00de]|(?<=[A-Za-z\u00c0-\u00ff])[\u00c0-\u00de](?=[a-z])"
)


def detect_legacy(text: str) -> Encoding | None:
    """Guess whether ``text`` is TCVN3 or VNI seen as Latin-1, or neither.

    Unicode Vietnamese never contains characters such as "Þ", "ñ", "¸" or pairs such as
    "eã" and "uû"; plain ASCII contains no letters above 127. Text with a Vietnamese
    letter outside Latin-1 (ă, ư, ế …) is Unicode already. When both readings are
    possible, the one that leaves no stray Latin-1 characters and no word with two tones
    wins; ties go to the reading with more evidence.

    Returns:
        ``"tcvn3"``, ``"vni"`` or ``None`` (plain or Unicode text, or too little evidence).
    """
    if all(ord(ch) < 0x80 for ch in text):
        return None
    if any(_is_unicode_vietnamese(ch) for ch in text):
        return None
    tcvn_evidence = sum(
        1 for ch in text if ch in TCVN3_TABLE and ch not in _VIETNAMESE_LATIN1
    ) + len(_CASE_ANOMALY.findall(text))
    vni_evidence = sum(1 for ch in text if ch in _VNI_SINGLE_EVIDENCE)
    for match in _VNI_RE.finditer(text):
        seq = match.group(0)
        same_case = seq in (seq.lower(), seq.upper())
        if len(seq) == 2 and same_case and seq not in _WEAK_VNI_PAIRS:
            vni_evidence += 2
    if tcvn_evidence == 0 and vni_evidence == 0:
        return None
    candidates: list[tuple[int, int, Encoding]] = []
    for name, evidence, converted in (
        ("tcvn3", tcvn_evidence, from_tcvn3(text)),
        ("vni", vni_evidence, from_vni(text)),
    ):
        if evidence == 0:
            continue
        penalty = 2 * _residue(converted) + _too_many_tones(converted)
        candidates.append((penalty, -evidence, name))  # type: ignore[arg-type]
    candidates.sort()
    penalty, evidence, best = candidates[0]
    if len(candidates) == 2 and candidates[1][:2] == (penalty, evidence):
        return None  # both readings equally good: let the rest of the column decide
    if penalty > 2 * _residue(text) + _too_many_tones(text):
        return None  # converting would make the text less Vietnamese, not more
    return best


def detect_from_font(font_name: str | None) -> Encoding | None:
    """Tell the encoding from a cell's font name.

    TCVN3 fonts are named with a leading dot (".VnTime", ".VnTimeH", ".VnArial",
    ".VnArialH" …); VNI fonts start with "VNI-" ("VNI-Times", "VNI-Helve" …).
    """
    if not font_name:
        return None
    name = font_name.strip().lower()
    if name.startswith(".vn"):
        return "tcvn3"
    if name.startswith(("vni-", "vni ")):
        return "vni"
    return None


def is_uppercase_tcvn3_font(font_name: str | None) -> bool:
    """Whether a TCVN3 font draws capitals only (".VnTimeH", ".VnArialH" …)."""
    if not font_name:
        return False
    name = font_name.strip()
    return name.lower().startswith(".vn") and name.endswith("H")


# Deciding a cell --------------------------------------------------------------------------
#
# A cell's bytes alone are often ambiguous: "Lê Tú Anh" is a correct Unicode name and also
# the TCVN3 bytes of "Lờ Tỳ Anh". What settles it is, first, the font the file names for
# the cell or for a run of its rich text (what the person saw in Excel), then whether the
# words are Vietnamese syllables as they stand or only after converting. Text that is
# valid Vietnamese as it stands is never converted: at most it is marked doubtful.

Status = Literal["unchanged", "converted", "doubtful"]

type CellFont = str | tuple[tuple[str, str], ...]
"""A cell's font name, or its rich-text runs as (run text, font name; "" when unknown)."""

_ONSETS: Final = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
                  "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t",
                  "v", "x")
_NUCLEI: Final = ("uyê", "uya", "uyu", "iê", "yê", "uô", "ươ", "ia", "ua", "ưa", "oa", "oă",
                  "oe", "oo", "uâ", "uê", "uy", "uơ", "a", "ă", "â", "e", "ê", "i", "o",
                  "ô", "ơ", "u", "ư", "y")
_CODAS: Final = ("ch", "ng", "nh", "c", "m", "n", "p", "t", "i", "y", "o", "u")
_SYLLABLE_RE: Final = re.compile(
    "(?:{})?(?:{})(?:{})?".format(*("|".join(part) for part in (_ONSETS, _NUCLEI, _CODAS)))
)
_TONE_MARKS: Final = frozenset(_TONES)
_LATIN1_LETTERS: Final = frozenset(chr(c) for c in range(0xC0, 0x100)) - {"×", "÷"}
_TONE_CARRIERS: Final = frozenset("aeiouy\u0302\u0306\u031b")
"""After NFD, a tone mark follows a vowel or the circumflex, breve or horn on it."""
_EDGE_PUNCTUATION: Final = "\"'()[]{}.,;:!?-–—/\\*&%#+=<>0123456789“”‘’…_|"
_INNER_SEPARATORS: Final = re.compile(r"[-/.,;:()+&]")
_BEYOND_LATIN1_RE: Final = re.compile("[^\x00-\xff]")


def _is_syllable(word: str) -> bool:
    """Whether ``word`` (letters only, any case) is one Vietnamese syllable.

    The check is structural (onset, vowel nucleus, final) with at most one tone mark
    placed on a vowel: enough to tell "thị" from the stray look-alikes "thò" is not,
    but "thÞ", "hµ", "nguyeãn" and "bÝch" are.
    """
    if not (word == word.lower() or word == word.upper() or word[1:] == word[1:].lower()):
        return False  # a capital inside a word: "BÝch", "NGUYễN"
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = 0
    kept: list[str] = []
    for ch in decomposed:
        if ch in _TONE_MARKS:
            tones += 1
            if not kept or kept[-1] not in _TONE_CARRIERS:
                return False  # a tone on a consonant ("ñ" is n + tilde)
        else:
            kept.append(ch)
    if tones > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(kept))
    return _SYLLABLE_RE.fullmatch(base) is not None


def _word_is_vietnamese(word: str) -> bool:
    """Whether one space-separated word reads as Vietnamese (or plain ASCII) text."""
    word = word.strip(_EDGE_PUNCTUATION)
    if not word or word.isascii():
        return True
    for part in _INNER_SEPARATORS.split(word):
        piece = part.strip(_EDGE_PUNCTUATION)
        if not piece or piece.isascii():
            continue
        if any(ch.isdigit() for ch in piece) or not _is_syllable(piece):
            return False
    return True


def is_vietnamese(text: str) -> bool:
    """Whether every word of ``text`` is a Vietnamese syllable or plain ASCII."""
    return all(_word_is_vietnamese(word) for word in text.split())


def _has_unicode_only_letter(text: str) -> bool:
    """Whether ``text`` has a Vietnamese letter no legacy cell can hold (ư, ạ, đ …)."""
    if _BEYOND_LATIN1_RE.search(text) is None:
        return False
    return any(_is_unicode_vietnamese(ch) or ch in _TONE_MARKS for ch in text)


@dataclass(frozen=True)
class Reading:
    """How one text cell of an imported file is read.

    Attributes:
        text: The text to use: converted when ``status`` is "converted", otherwise the
            cell as written (a doubtful cell is kept as written until a person decides).
        original: The cell as written in the file.
        status: "unchanged", "converted" (certain) or "doubtful" (both readings shown).
        encoding: The legacy encoding converted from, or for a doubtful cell the one
            its other reading comes from.
        alternative: For a doubtful cell, the text read in ``encoding``.
    """

    text: str
    original: str
    status: Status
    encoding: Encoding | None = None
    alternative: str | None = None


def _convert(text: str, encoding: Encoding, upper: bool) -> str:
    return from_tcvn3(text, uppercase_font=upper) if encoding == "tcvn3" else from_vni(text)


def _evidence(original: str, converted: str) -> int:
    """Words that are Vietnamese only after converting (both texts keep their spaces)."""
    before, after = original.split(), converted.split()
    if len(before) != len(after):
        return 0
    return sum(
        1 for a, b in zip(before, after, strict=True)
        if not _word_is_vietnamese(a) and _word_is_vietnamese(b)
    )


@functools.lru_cache(maxsize=65_536)
def _decide_piece(text: str, font: str, hint: Encoding | None) -> Reading:
    """Decide one run of text (or a whole cell) given its font and the column's habit.

    Cached: a list repeats its genders, ethnicities, villages and many names.
    """
    from_font = detect_from_font(font)
    upper_font = from_font == "tcvn3" and is_uppercase_tcvn3_font(font)
    if not text or (text.isascii() and not upper_font) or _has_unicode_only_letter(text):
        return Reading(text, text, "unchanged")
    valid_now = is_vietnamese(text)
    if from_font is not None:
        converted = _convert(text, from_font, upper_font)
        if converted == text:
            return Reading(text, text, "unchanged")
        if valid_now and not upper_font:
            return Reading(text, text, "doubtful", from_font, converted)
        return Reading(converted, text, "converted", from_font)
    candidates: list[tuple[int, Encoding, str]] = []
    options: list[tuple[Encoding, bool]] = [("tcvn3", False), ("vni", False)]
    if not any("a" <= ch <= "z" for ch in text):
        options.insert(1, ("tcvn3", True))  # capitals typed in .VnTimeH, font unknown
    for encoding, upper in options:
        converted = _convert(text, encoding, upper)
        if converted != text and is_vietnamese(converted):
            candidates.append((_evidence(text, converted), encoding, converted))
    if valid_now:
        for _evidence_count, encoding, converted in candidates:
            if encoding == hint:
                return Reading(text, text, "doubtful", encoding, converted)
        return Reading(text, text, "unchanged")
    if not candidates:
        return Reading(text, text, "unchanged")
    candidates.sort(key=lambda c: (-c[0], c[1] != hint))
    evidence, encoding, converted = candidates[0]
    rivals = [c for c in candidates[1:] if c[1] != encoding and c[2] != converted]
    # One word is enough when its odd characters are all letters ("Nöõ", "Thñy"); a
    # lone symbol such as "¸", "µ" or "÷" may be just that in a Unicode note.
    letters_only = all(ch.isascii() or ch in _LATIN1_LETTERS for ch in text)
    strong = evidence >= 2 or (evidence >= 1 and letters_only)
    sure = encoding == hint or (strong and not (rivals and rivals[0][0] >= evidence))
    if sure:
        return Reading(converted, text, "converted", encoding)
    return Reading(text, text, "doubtful", encoding, converted)


def decide_cell(text: str, font: CellFont | None = None, hint: Encoding | None = None) -> Reading:
    """Read one text cell of an old file: convert it, keep it, or mark it doubtful.

    The evidence is taken in order of strength: the font of the cell or of each of its
    rich-text runs, then whether the words are Vietnamese as written or only after
    converting. Text that is Vietnamese as written is never converted. A conversion
    that rests on one word alone is made only when the rest of the column (``hint``)
    is in the same encoding; otherwise the cell is doubtful.

    Args:
        text: The cell as the reader gives it (legacy bytes appear as Latin-1 letters).
            Invisible characters must not have been removed: TCVN3's "ư" is the byte of
            the soft hyphen.
        font: The cell's font name, or its runs with their fonts, when the file says.
        hint: The encoding most cells of the same column (or sheet) were surely in.
    """
    if isinstance(font, tuple):
        if "".join(run for run, _font in font) != text:
            font = None
        else:
            pieces = [_decide_piece(run, run_font, hint) for run, run_font in font]
            statuses = {p.status for p in pieces}
            status: Status = (
                "doubtful" if "doubtful" in statuses
                else "converted" if "converted" in statuses else "unchanged"
            )
            encoding = next((p.encoding for p in pieces if p.encoding), None)
            if status == "doubtful":
                alternative = "".join(p.alternative or p.text for p in pieces)
                return Reading(text, text, status, encoding, alternative)
            joined = unicodedata.normalize("NFC", "".join(p.text for p in pieces))
            return Reading(joined, text, status, encoding)
    return _decide_piece(text, font or "", hint)
