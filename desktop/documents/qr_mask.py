"""The QR codes of certificates, made fast with the standard's own mask choice.

Why this module exists: a certificate's QR code carries the issuer's signed statement,
about 420 bytes, which makes a QR code of version 15-17 at error level M. The QR
standard (ISO/IEC 18004, 7.8 "Data masking") has the encoder try all eight data mask
patterns and keep the one with the lowest penalty (7.8.3.1 "Evaluation of QR Code
symbols"); segno does that module by module in pure Python, about 90 % of making
such a code (60-75 ms on a loaded machine), and even with a given mask it places and
masks the modules one by one (5-10 ms). A class of a thousand certificates must print
within 8 seconds (docs/PERFORMANCE.md); segno alone would take that eight times over.

So a symbol is handled as two Python integers, one bit per module with a gap of four
light bits after every line (``_Layout``): one integer row by row, one column by
column, so that a rule over whole rows or columns is a handful of shifts and ANDs over
the whole symbol:

1. a byte-mode text (every signed statement) is encoded here: segno's choice of
   version and level (M, raised to Q or H while the data still fits), the bit stream
   (7.4), Reed-Solomon codewords (7.5) interleaved (7.6), and the modules placed in
   the standard's order (7.7.3) by one precomputed gather per version; other texts
   (the short "SOHOI-CERT:code") are built by segno with mask 0 and unmasked;
2. each mask pattern (7.8.2, Table 10) is an XOR over the encoding region;
3. each masked symbol is scored by the standard's four penalty rules (Table 11):

   - **N1, adjacent modules in a row or column in the same colour**: a run of
     5 + i modules costs 3 + i;
   - **N2, block of modules in the same colour**: every 2 x 2 block costs 3
     (overlapping blocks each count, so an m x n block costs 3 (m-1)(n-1));
   - **N3, 1:1:3:1:1 (dark:light:dark:light:dark) pattern in a row or column**,
     preceded or followed by 4 light modules (outside the symbol is the light quiet
     zone): 40 each;
   - **N4, proportion of dark modules**: 10 for every full 5 % away from 50 %;

4. the lowest score wins (the lower mask number on a tie), and that mask's format
   information (7.9: BCH(15,5) code of level and mask, XOR 101010000010010) and the
   version information (7.10: BCH(18,6)) are written.

The result is the very matrix segno makes on its own (tests compare both for hundreds
of statements, score each rule against segno's, and scan the printed codes), so the
scoring follows segno 1.6 where the standard leaves room: the symbol is scored after
masking and before the format and version information are written (those modules
count as light, as does the dark module beside the lower-left finder), and an N3
pattern counted in a line hides an overlapping one that starts 4 or 6 modules further
on, because segno continues its search after the pattern's end. The tables of the
standard (alignment pattern centres, capacities, block structure) are read from
segno's constants, so both always agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import zip_longest
from operator import itemgetter
from typing import Any, cast

import segno
from segno import consts as segno_consts

__all__ = ["QrCode", "make_qr", "mask_penalties"]

_BASE_MASK = 0
"""The mask segno is asked for when it builds a text not encoded here (then unmasked)."""

_GAP = 4
"""Light bits after each packed line: N3 needs four light modules beyond a line's end."""

_TO_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_TO_MODULES = bytes.maketrans(b"01", b"\x00\x01")


def _mask_dark(mask: int, i: int, j: int) -> bool:
    """Tell whether data mask ``mask`` flips module (row i, column j) (7.8.2, Table 10)."""
    if mask == 0:
        return (i + j) % 2 == 0
    if mask == 1:
        return i % 2 == 0
    if mask == 2:
        return j % 3 == 0
    if mask == 3:
        return (i + j) % 3 == 0
    if mask == 4:
        return (i // 2 + j // 3) % 2 == 0
    if mask == 5:
        return (i * j) % 2 + (i * j) % 3 == 0
    if mask == 6:
        return ((i * j) % 2 + (i * j) % 3) % 2 == 0
    return ((i + j) % 2 + (i * j) % 3) % 2 == 0


_LEVEL_BITS = {"L": 0b01, "M": 0b00, "Q": 0b11, "H": 0b10}
"""The error correction level's two bits in the format information (7.9.1, Table 12)."""


def format_bits(level: str, mask: int) -> int:
    """Return the 15 format information bits of error ``level`` and ``mask`` (7.9.1).

    The five data bits (level, mask) are followed by the remainder of their division
    by the generator x^10 + x^8 + x^5 + x^4 + x^2 + x + 1, and the whole is XORed with
    101010000010010.
    """
    data = _LEVEL_BITS[level] << 3 | mask
    value = data << 10
    for bit in range(14, 9, -1):
        if value >> bit & 1:
            value ^= 0b10100110111 << (bit - 10)
    return ((data << 10) | value) ^ 0b101010000010010


@dataclass(frozen=True)
class _Layout:
    """Where things are in a symbol of one version, as packed bit masks.

    Module (row r, column c) is bit ``_GAP + r * stride + c`` of a row-packed integer
    and bit ``_GAP + c * stride + r`` of a column-packed one; the four bits before
    every line and after the last are gaps that stay light.
    """

    version: int
    size: int
    stride: int
    valid: int  # one bit per module (the same set in both packings)
    everything: int  # every bit, gaps included
    info_rows: int  # format and version information and the dark module
    info_cols: int
    functions_rows: int  # the dark modules of finder, timing and alignment patterns
    functions_cols: int
    patterns_rows: tuple[int, ...]  # per mask: the modules it flips (encoding region only)
    patterns_cols: tuple[int, ...]
    fixed_rows: int  # version information and the dark module, as printed
    data_modules: int  # how many modules carry codewords
    place_rows: Callable[[str], tuple[str, ...]]  # message bits to the row-packed digits
    place_cols: Callable[[str], tuple[str, ...]]


def _bit(layout_size: int, r: int, c: int) -> int:
    return 1 << (_GAP + r * (layout_size + _GAP) + c)


def _version_bits(version: int) -> int:
    """Return the 18 version information bits (7.10): BCH(18,6), generator 1111100100101."""
    value = version << 12
    for bit in range(17, 11, -1):
        if value >> bit & 1:
            value ^= 0b1111100100101 << (bit - 12)
    return version << 12 | value


@lru_cache(maxsize=8)
def _layout(version: int) -> _Layout:
    """Build (once per version) the bit masks of a symbol of ``version``."""
    n = version * 4 + 17
    stride = n + _GAP
    function = [[False] * n for _ in range(n)]
    dark: set[tuple[int, int]] = set()

    def mark(rows: range, cols: range) -> None:
        for r in rows:
            for c in cols:
                function[r][c] = True

    # Finder patterns (6.3.3) with their separators and the format information beside them.
    mark(range(9), range(9))
    mark(range(9), range(n - 8, n))
    mark(range(n - 8, n), range(9))
    for top, left in ((0, 0), (0, n - 7), (n - 7, 0)):
        for r in range(7):
            for c in range(7):
                if max(abs(r - 3), abs(c - 3)) != 2:  # dark ring, light ring, dark centre
                    dark.add((top + r, left + c))
    mark(range(n), range(6, 7))  # timing patterns (6.3.5), dark on even modules
    mark(range(6, 7), range(n))
    dark.update((6, k) for k in range(8, n - 8, 2))
    dark.update((k, 6) for k in range(8, n - 8, 2))
    if version >= 2:  # alignment patterns (6.3.6), centres from the standard's Annex E
        centres = segno_consts.ALIGNMENT_POS[version - 2]
        first, last = centres[0], centres[-1]
        for cr in centres:
            for cc in centres:
                if (cr, cc) not in ((first, first), (first, last), (last, first)):
                    mark(range(cr - 2, cr + 3), range(cc - 2, cc + 3))
                    dark.update((cr + r, cc + c) for r in range(-2, 3) for c in range(-2, 3)
                                if max(abs(r), abs(c)) != 1)
    info: set[tuple[int, int]] = set()
    for i in (0, 1, 2, 3, 4, 5, 7, 8):
        info.update({(i, 8), (8, i)})
    for i in range(8):
        info.update({(8, n - 1 - i), (n - 1 - i, 8)})
    fixed = _bit(n, n - 8, 8)  # the dark module
    if version >= 7:
        bits = _version_bits(version)
        for i in range(18):
            r, k = i // 3, n - 11 + i % 3
            info.update({(r, k), (k, r)})
            mark(range(r, r + 1), range(k, k + 1))
            mark(range(k, k + 1), range(r, r + 1))
            if bits >> i & 1:
                fixed |= _bit(n, r, k) | _bit(n, k, r)
    dark -= info

    valid = sum(_bit(n, r, c) for r in range(n) for c in range(n))
    everything = (1 << (_GAP + n * stride)) - 1
    patterns_rows, patterns_cols = [], []
    for mask in range(8):
        by_rows = by_cols = 0
        for r in range(n):
            for c in range(n):
                if not function[r][c] and _mask_dark(mask, r, c):
                    by_rows |= _bit(n, r, c)
                    by_cols |= _bit(n, c, r)
        patterns_rows.append(by_rows)
        patterns_cols.append(by_cols)

    # Codeword placement (7.7.3): two-module columns from the right, alternately upwards
    # and downwards, skipping the vertical timing pattern and every function module.
    order = []
    for column in range(n - 1, 0, -2):
        right = column - 1 if column <= 6 else column
        for step in range(n):
            for j in (right, right - 1):
                upwards = ((right & 2) == 0) != (j < 6)
                i = n - 1 - step if upwards else step
                if not function[i][j]:
                    order.append((i, j))
    light = len(order)  # the index of a "0" put after the message bits
    by_row_source = [light] * (_GAP + n * stride)
    by_col_source = [light] * (_GAP + n * stride)
    for k, (i, j) in enumerate(order):
        by_row_source[_GAP + i * stride + j] = k
        by_col_source[_GAP + j * stride + i] = k
    return _Layout(
        version, n, stride, valid, everything,
        sum(_bit(n, r, c) for r, c in info), sum(_bit(n, c, r) for r, c in info),
        sum(_bit(n, r, c) for r, c in dark), sum(_bit(n, c, r) for r, c in dark),
        tuple(patterns_rows), tuple(patterns_cols), fixed, len(order),
        itemgetter(*by_row_source), itemgetter(*by_col_source),
    )


def _placed_format(n: int, bits: int) -> int:
    """Return the format bits at their two places (7.9.1, Figure 25), row-packed."""
    placed = 0
    for i in range(8):
        low, high = bits >> i & 1, bits >> (14 - i) & 1
        near = i if i < 6 else i + 1  # the timing pattern's row and column are skipped
        if low:
            placed |= _bit(n, near, 8) | _bit(n, 8, n - 1 - i)
        if high:
            placed |= _bit(n, 8, near)
            if i < 7:  # beside the lower-left finder: 7 bits, then the dark module
                placed |= _bit(n, n - 1 - i, 8)
    return placed


def _pack(lines: Sequence[bytes | bytearray]) -> int:
    """Pack lines of 0/1 bytes into one integer, line k's first module at bit 4 + k * stride."""
    joined = b"0000".join(bytes(line).translate(_TO_DIGITS) for line in lines)
    return int(joined[::-1], 2) << _GAP


def _runs_penalty(lines: int, valid: int) -> int:
    """N1 over every packed line: 3 + i for each run of 5 + i modules of one colour."""
    total = 0
    for same in (lines, ~lines & valid):
        five = same & same >> 1 & same >> 2 & same >> 3 & same >> 4
        # Each run of length L >= 5 leaves L - 4 bits in ``five``, in one stretch.
        total += five.bit_count() + 2 * (five & ~(five << 1)).bit_count()
    return total


def _blocks_penalty(rows: int, layout: _Layout) -> int:
    """N2: 3 for every 2 x 2 block of one colour, overlapping blocks each counted."""
    below = layout.stride
    total = 0
    for same in (rows, ~rows & layout.valid):
        total += (same & same >> 1 & same >> below & same >> (below + 1)).bit_count()
    return 3 * total


def _finder_penalty(lines: int, everything: int) -> int:
    """N3: 40 for each 1:1:3:1:1 pattern with four light modules before or after it."""
    light = ~lines & everything  # the gaps are light, like the quiet zone
    found = (lines & light >> 1 & lines >> 2 & lines >> 3 & lines >> 4 & light >> 5
             & lines >> 6)
    four_light = light & light >> 1 & light >> 2 & light >> 3
    counted = found & ((four_light << 4) | (four_light >> 7))
    if not counted & ((counted << 4) | (counted << 6)):
        return 40 * counted.bit_count()
    # Rare: a counted pattern overlaps the next one. segno goes on searching after the
    # end of a counted pattern, so an overlapping one 4 or 6 modules on is not counted.
    total, last = 0, -100
    while counted:
        low = counted & -counted
        position = low.bit_length() - 1
        if position - last not in (4, 6):
            total += 40
            last = position
        counted ^= low
    return total


def _proportion_penalty(rows: int, size: int) -> int:
    """N4: 10 for every full 5 % the dark modules are away from half of the symbol."""
    percent = rows.bit_count() / (size * size)  # in floating point, as segno computes it
    return 10 * int(abs(percent * 100 - 50) / 5)


def _penalty(rows: int, cols: int, layout: _Layout) -> int:
    return (_runs_penalty(rows, layout.valid) + _runs_penalty(cols, layout.valid)
            + _blocks_penalty(rows, layout)
            + _finder_penalty(rows, layout.everything) + _finder_penalty(cols, layout.everything)
            + _proportion_penalty(rows, layout.size))


# --- encoding (byte mode, the statements' mode) ---------------------------------------------

_EXP = [0] * 512
_LOG = [0] * 256
_value = 1
for _power in range(255):
    _EXP[_power] = _EXP[_power + 255] = _value
    _LOG[_value] = _power
    _value <<= 1
    if _value & 0x100:
        _value ^= 0x11D  # the field's polynomial x^8 + x^4 + x^3 + x^2 + 1 (7.5.2)
_ALPHANUMERIC = re.compile(rb"[0-9A-Z $%*+\-./:]*\Z")
_CAPACITIES = cast("dict[int, dict[int, int]]", segno_consts.SYMBOL_CAPACITY)
"""Data bits a version holds at each level (the standard's Table 7)."""
_BLOCKS = cast("dict[int, dict[int, tuple[Any, ...]]]", segno_consts.ECC)
"""Error correction block structure of each version and level (the standard's Table 9)."""
_LEVELS = {"M": segno_consts.ERROR_LEVEL_M, "Q": segno_consts.ERROR_LEVEL_Q,
           "H": segno_consts.ERROR_LEVEL_H}


@lru_cache(maxsize=16)
def _ec_table(count: int) -> tuple[int, ...]:
    """Return, for each byte value f, f times the generator polynomial of ``count`` ec words.

    The generator is (x - a^0)(x - a^1)...(x - a^(count-1)) (7.5.2); each entry holds its
    coefficients below the leading one, packed big-endian into one integer, so that
    one division step of Reed-Solomon encoding is a shift and an XOR.
    """
    generator = [1]
    for power in range(count):
        nxt = [*generator, 0]
        for k in range(1, len(nxt)):
            if generator[k - 1]:
                nxt[k] ^= _EXP[_LOG[generator[k - 1]] + power]
        generator = nxt
    table = [0]
    for f in range(1, 256):
        table.append(int.from_bytes(bytes(
            _EXP[_LOG[f] + _LOG[g]] if g else 0 for g in generator[1:]), "big"))
    return tuple(table)


def _ec_words(block: bytes, count: int) -> bytes:
    """Return the ``count`` Reed-Solomon error correction codewords of ``block``."""
    table = _ec_table(count)
    top, keep = 8 * (count - 1), (1 << 8 * count) - 1
    rest = 0
    for byte in block:
        rest = ((rest << 8) & keep) ^ table[byte ^ (rest >> top)]
    return rest.to_bytes(count, "big")


def _byte_mode_data(text: str) -> bytes | None:
    """Return the bytes segno would put in one byte-mode segment; None if another mode.

    segno encodes text as ISO 8859-1 when it can, else tries Shift JIS (for kanji mode),
    else UTF-8; digits, the alphanumeric set and kanji get their own modes. Those cases
    are short codes or not ours, and are left to segno.
    """
    try:
        data = text.encode("iso-8859-1")
    except UnicodeError:
        try:
            text.encode("shift_jis")
        except UnicodeError:
            data = text.encode("utf-8")
        else:
            return None
    if not data or data[0] >= 0x81 or _ALPHANUMERIC.match(data):
        return None  # digits are alphanumeric too; a kanji pair starts at 0x81 or above
    return data


def _message_bits(data: bytes) -> tuple[int, str, str] | None:
    """Return (version, level, codeword bits) for byte-mode ``data`` at level M or above.

    The smallest version that holds the data at level M; the level is raised to Q, then
    H, while the data still fits that version, as segno does.
    """
    capacities = _CAPACITIES
    for version in range(1, 41):
        needed = 4 + (8 if version < 10 else 16) + 8 * len(data)
        if capacities[version][segno_consts.ERROR_LEVEL_M] >= needed:
            break
    else:
        return None
    level = "M"
    for higher in ("Q", "H"):
        if capacities[version][_LEVELS[higher]] < needed:
            break
        level = higher
    capacity = capacities[version][_LEVELS[level]]
    count_bits = 8 if version < 10 else 16
    stream = (f"0100{len(data):0{count_bits}b}"
              f"{int.from_bytes(data, 'big'):0{8 * len(data)}b}")
    stream += "0" * min(capacity - len(stream), 4)  # terminator (7.4.9)
    stream += "0" * (8 - len(stream) % 8)  # to a byte boundary (segno adds 8 when aligned)
    pads = capacity // 8 - len(stream) // 8
    if pads > 0:
        stream += ("1110110000010001" * (pads // 2 + 1))[: 8 * pads]
    codewords = int(stream, 2).to_bytes(len(stream) // 8, "big")
    data_blocks, ec_blocks, start = [], [], 0
    for group in _BLOCKS[version][_LEVELS[level]]:
        for _ in range(group.num_blocks):
            block = codewords[start:start + group.num_data]
            start += group.num_data
            data_blocks.append(block)
            ec_blocks.append(_ec_words(block, group.num_total - group.num_data))
    # Interleaved (7.6): the first codeword of every block, then the second, ...
    message = bytes(word for column in zip_longest(*data_blocks) for word in column
                    if word is not None)
    message += bytes(word for column in zip_longest(*ec_blocks) for word in column
                     if word is not None)
    return version, level, f"{int.from_bytes(message, 'big'):0{8 * len(message)}b}"


def _unmasked(text: str) -> tuple[int, int, _Layout, str]:
    """Return the symbol before masking, packed by rows and by columns, with its level.

    Format and version information and the dark module are left light, as segno has
    them when it scores the masks. A byte-mode text (every signed statement) is encoded
    here; anything else is built by segno with mask 0 and unmasked.
    """
    data = _byte_mode_data(text)
    encoded = None if data is None else _message_bits(data)
    if encoded is not None:
        version, level, bits = encoded
        layout = _layout(version)
        spare = layout.data_modules - len(bits)
        if 0 <= spare < 8:  # remainder bits (7.6), light
            bits += "0" * spare + "0"  # and the light module for everything else
            rows = int("".join(layout.place_rows(bits))[::-1], 2) | layout.functions_rows
            cols = int("".join(layout.place_cols(bits))[::-1], 2) | layout.functions_cols
            return rows, cols, layout, level
    qr = segno.make(text, error="m", micro=False, mask=_BASE_MASK)
    layout = _layout(int(qr.version))
    matrix = qr.matrix
    rows = (_pack(matrix) & ~layout.info_rows) ^ layout.patterns_rows[_BASE_MASK]
    cols = ((_pack([bytes(col) for col in zip(*matrix, strict=True)]) & ~layout.info_cols)
            ^ layout.patterns_cols[_BASE_MASK])
    return rows, cols, layout, str(qr.error)


def mask_penalties(text: str) -> list[int]:
    """Return the penalty score of each of the eight masks for ``text``."""
    rows, cols, layout, _level = _unmasked(text)
    return [_penalty(rows ^ layout.patterns_rows[m], cols ^ layout.patterns_cols[m], layout)
            for m in range(8)]


@dataclass(frozen=True)
class QrCode:
    """A finished QR code: its version, error level, chosen mask and modules (1 = dark)."""

    version: int
    level: str
    mask: int
    matrix: tuple[bytearray, ...]


def make_qr(text: str) -> QrCode:
    """Make the QR code of ``text`` at level M (or higher), with the standard's mask.

    Returns the same modules as ``segno.make(text, error="m", micro=False)``, in a
    fraction of the time for a signed statement.
    """
    rows, cols, layout, level = _unmasked(text)
    best, best_score = 0, -1
    for mask in range(8):
        score = _penalty(rows ^ layout.patterns_rows[mask], cols ^ layout.patterns_cols[mask],
                         layout)
        if best_score < 0 or score < best_score:
            best, best_score = mask, score
    final = (rows ^ layout.patterns_rows[best] | layout.fixed_rows
             | _placed_format(layout.size, format_bits(level, best)))
    n, stride = layout.size, layout.stride
    digits = format(final >> _GAP, f"0{n * stride}b")[::-1].encode("ascii")
    matrix = tuple(bytearray(digits[r * stride:r * stride + n].translate(_TO_MODULES))
                   for r in range(n))
    return QrCode(layout.version, level, best, matrix)
