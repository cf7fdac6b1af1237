"""The QR codes of certificates, with the standard's mask choice made fast.

Why this module exists: a certificate's QR code carries the issuer's signed statement,
about 420 bytes, which makes a QR code of version 15-17 at error level M. The QR
standard (ISO/IEC 18004, 7.8 "Data masking") has the encoder try all eight data mask
patterns and keep the one with the lowest penalty (7.8.3.1 "Evaluation of QR Code
symbols"), and segno does that in pure Python, module by module: about 90 % of
making such a code (60-75 ms on a loaded machine against 7-13 ms with a given mask).
A class of a thousand certificates must print within 8 seconds
(docs/PERFORMANCE.md), which the per-module evaluation alone would take ten times over.

So segno builds the code ONCE with mask 0, and this module:

1. packs the symbol into two Python integers, one bit per module with a gap of four
   light bits after every row (``_Layout``): one integer row by row, one column by
   column, so that a rule over whole rows or columns is a handful of shifts and ANDs
   over the whole symbol;
2. turns mask 0 into each other mask by XOR with the difference of the two mask
   patterns over the encoding region (function patterns never change);
3. scores each masked symbol by the standard's four penalty rules (Table 11):

   - **N1, adjacent modules in a row or column in the same colour**: a run of
     5 + i modules costs 3 + i;
   - **N2, block of modules in the same colour**: every 2 x 2 block costs 3
     (overlapping blocks each count, so an m x n block costs 3 (m-1)(n-1));
   - **N3, 1:1:3:1:1 (dark:light:dark:light:dark) pattern in a row or column**,
     preceded or followed by 4 light modules (outside the symbol is the light quiet
     zone): 40 each;
   - **N4, proportion of dark modules**: 10 for every full 5 % away from 50 %;

4. keeps the lowest score (the lower mask number on a tie) and writes that mask's
   format information (7.9: BCH(15,5) code of level and mask, XOR 101010000010010).

The scoring follows segno 1.6 exactly, so the code printed is the very code segno
would make on its own (a test compares both for hundreds of statements): the symbol is
scored after masking and before the format and version information are written
(those modules count as light, as does the dark module beside the lower-left finder),
and an N3 pattern counted in a line hides an overlapping one that starts 4 or 6
modules further on, because segno continues its search after the pattern's end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import segno
from segno import consts as segno_consts

__all__ = ["QrCode", "make_qr", "mask_penalties"]

_BASE_MASK = 0
"""The mask segno builds with; the others are derived from it."""

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
    """Where things are in a symbol of one size, as packed bit masks.

    Module (row r, column c) is bit ``_GAP + r * stride + c`` of a row-packed integer
    and bit ``_GAP + c * stride + r`` of a column-packed one; the four bits before
    every line and after the last are gaps that stay light.
    """

    size: int
    stride: int
    valid: int  # one bit per module (the same set in both packings)
    everything: int  # every bit, gaps included
    info_rows: int  # format and version information and the dark module
    info_cols: int
    flips_rows: tuple[int, ...]  # per mask: mask 0's pattern XOR its own, over the data
    flips_cols: tuple[int, ...]
    format_flips: tuple[int, ...]  # per mask: its format information XOR mask 0's, placed


def _bit(layout_size: int, r: int, c: int) -> int:
    return 1 << (_GAP + r * (layout_size + _GAP) + c)


@lru_cache(maxsize=8)
def _layout(version: int) -> _Layout:
    """Build (once per version) the bit masks of a symbol of ``version``."""
    n = version * 4 + 17
    stride = n + _GAP
    function = [[False] * n for _ in range(n)]

    def mark(rows: range, cols: range) -> None:
        for r in rows:
            for c in cols:
                function[r][c] = True

    # Finder patterns with their separators and the format information beside them.
    mark(range(9), range(9))
    mark(range(9), range(n - 8, n))
    mark(range(n - 8, n), range(9))
    mark(range(n), range(6, 7))  # timing patterns
    mark(range(6, 7), range(n))
    if version >= 2:
        centres = segno_consts.ALIGNMENT_POS[version - 2]
        first, last = centres[0], centres[-1]
        for cr in centres:
            for cc in centres:
                if (cr, cc) not in ((first, first), (first, last), (last, first)):
                    mark(range(cr - 2, cr + 3), range(cc - 2, cc + 3))
    info: set[tuple[int, int]] = set()
    for i in (0, 1, 2, 3, 4, 5, 7, 8):
        info.update({(i, 8), (8, i)})
    for i in range(8):
        info.update({(8, n - 1 - i), (n - 1 - i, 8)})
    if version >= 7:
        for i in range(6):
            for k in range(n - 11, n - 8):
                info.update({(i, k), (k, i)})
                mark(range(i, i + 1), range(k, k + 1))
                mark(range(k, k + 1), range(i, i + 1))

    valid = sum(_bit(n, r, c) for r in range(n) for c in range(n))
    everything = (1 << (_GAP + n * stride)) - 1
    info_rows = sum(_bit(n, r, c) for r, c in info)
    info_cols = sum(_bit(n, c, r) for r, c in info)
    base = [[not function[r][c] and _mask_dark(_BASE_MASK, r, c) for c in range(n)]
            for r in range(n)]
    flips_rows, flips_cols, format_flips = [], [], []
    for mask in range(8):
        by_rows = by_cols = 0
        for r in range(n):
            for c in range(n):
                if base[r][c] != (not function[r][c] and _mask_dark(mask, r, c)):
                    by_rows |= _bit(n, r, c)
                    by_cols |= _bit(n, c, r)
        flips_rows.append(by_rows)
        flips_cols.append(by_cols)
        # The format code is linear, so the change from mask 0 to another mask is the
        # same whatever error level segno settled on (it may raise M to Q or H).
        change = format_bits("M", mask) ^ format_bits("M", _BASE_MASK)
        format_flips.append(_placed_format(n, change))
    return _Layout(n, stride, valid, everything, info_rows, info_cols, tuple(flips_rows),
                   tuple(flips_cols), tuple(format_flips))


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


def _evaluation_lines(qr: segno.QRCode) -> tuple[int, int, _Layout]:
    """Return the mask-0 symbol packed by rows and columns, its information modules light."""
    layout = _layout(int(qr.version))
    matrix = qr.matrix
    rows = _pack(matrix) & ~layout.info_rows
    cols = _pack([bytes(col) for col in zip(*matrix, strict=True)]) & ~layout.info_cols
    return rows, cols, layout


def mask_penalties(text: str) -> list[int]:
    """Return the penalty score of each of the eight masks for ``text`` at level M."""
    qr = segno.make(text, error="m", micro=False, mask=_BASE_MASK)
    rows, cols, layout = _evaluation_lines(qr)
    return [_penalty(rows ^ layout.flips_rows[m], cols ^ layout.flips_cols[m], layout)
            for m in range(8)]


@dataclass(frozen=True)
class QrCode:
    """A finished QR code: its version, chosen mask and modules (rows, 1 = dark)."""

    version: int
    mask: int
    matrix: tuple[bytearray, ...]


def make_qr(text: str) -> QrCode:
    """Make the QR code of ``text`` at level M, with the mask the standard chooses.

    Returns the same modules as ``segno.make(text, error="m", micro=False)``, in a
    tenth of the time for a signed statement.
    """
    qr = segno.make(text, error="m", micro=False, mask=_BASE_MASK)
    rows, cols, layout = _evaluation_lines(qr)
    best, best_score = _BASE_MASK, -1
    for mask in range(8):
        score = _penalty(rows ^ layout.flips_rows[mask], cols ^ layout.flips_cols[mask], layout)
        if best_score < 0 or score < best_score:
            best, best_score = mask, score
    if best == _BASE_MASK:
        return QrCode(int(qr.version), best, tuple(qr.matrix))
    final = _pack(qr.matrix) ^ layout.flips_rows[best] ^ layout.format_flips[best]
    n, stride = layout.size, layout.stride
    digits = format(final >> _GAP, f"0{n * stride}b")[::-1].encode("ascii")
    matrix = tuple(bytearray(digits[r * stride:r * stride + n].translate(_TO_MODULES))
                   for r in range(n))
    return QrCode(int(qr.version), best, matrix)
