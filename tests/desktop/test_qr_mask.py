"""The fast mask choice makes the very QR codes segno makes on its own, and they scan."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import subprocess
from pathlib import Path

import segno
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from segno import consts as segno_consts
from segno import encoder as segno_encoder

from db.certificate_statement import MAX_COURSE, StatementFields, write_statement
from desktop.documents import qr_mask
from desktop.documents.certificate import CertificateSheet, QrCache, render_certificates

KEY = hashlib.sha256(b"test qr mask").digest()

FAMILIES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý")
MIDDLES = ("Thị", "Văn", "Thị Thu", "Thị Minh", "Ngọc", "Thị Kim", "Hữu", "")
GIVEN = ("Hương", "Lan", "Thủy", "Hạnh", "Nguyệt", "Yến", "Phượng", "Ngọc", "Hằng", "Ánh",
         "Nhung", "Tuyết", "Khuê", "Loan", "Oanh", "Xuân", "Ỷ", "Hoa")
WORDS = ("Bồi dưỡng", "nghiệp vụ", "công tác Hội", "kỹ năng", "tuyên truyền", "pháp luật",
         "phòng, chống", "bạo lực gia đình", "khởi nghiệp", "chuyển đổi số", "năm 2026",
         "(lớp 2)", "cho chi hội trưởng", "Hội LHPN", "cơ sở", "sinh kế", "an toàn thực phẩm")
ISSUERS = ("Hội LHPN xã Hưng Hà", "Hội LHPN phường Bến Thành", "Hội LHPN xã Ea Tu",
           "Hội LHPN thị trấn Phố Lu", "Hội LHPN xã Mường Nhé")
CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


@st.composite
def statements(draw: st.DrawFn) -> str:
    """A signed statement as a site prints it: Vietnamese names, courses and dates."""
    name = " ".join(part for part in (draw(st.sampled_from(FAMILIES)),
                                      draw(st.sampled_from(MIDDLES)),
                                      draw(st.sampled_from(GIVEN))) if part)
    course = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=9)))
    start = draw(st.dates(dt.date(2015, 1, 1), dt.date(2035, 12, 31)))
    end = start + dt.timedelta(days=draw(st.integers(0, 12)))
    return write_statement(StatementFields(
        number=f"{draw(st.integers(1, 999)):03d}/{start.year}/GCN-HLHPN",
        full_name=name,
        birth_year=draw(st.sampled_from(("", *map(str, range(1950, 2008))))),
        course_title=course,
        start=draw(st.sampled_from((start, None))),
        end=end,
        issued_on=end,
        issuer_code=str(draw(st.integers(10, 99999))),
        issuer_name=draw(st.sampled_from(ISSUERS)),
        verification_code="".join(draw(st.lists(st.sampled_from(CODE_LETTERS), min_size=10,
                                                max_size=10))),
    ), KEY)


def _seeded_statements(count: int) -> list[str]:
    rng = random.Random(20261204)
    texts = []
    for n in range(count):
        day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
        texts.append(write_statement(StatementFields(
            f"{n + 1:03d}/GCN-HLHPN",
            f"{rng.choice(FAMILIES)} {rng.choice(MIDDLES)} {rng.choice(GIVEN)}",
            str(rng.randint(1955, 2005)),
            " ".join(rng.choices(WORDS, k=rng.randint(2, 9))),
            day, day + dt.timedelta(days=rng.randint(0, 4)), day + dt.timedelta(days=5),
            str(rng.randint(1000, 99999)), rng.choice(ISSUERS),
            "".join(rng.choices(CODE_LETTERS, k=10)),
        ), KEY))
    return texts


@settings(max_examples=300, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(statements())
def test_mask_and_modules_equal_segnos_own_choice(text: str) -> None:
    own = segno.make(text, error="m", micro=False)  # segno scores all eight masks itself
    fast = qr_mask.make_qr(text)
    assert (fast.version, fast.mask) == (own.version, own.mask)
    assert fast.matrix == tuple(own.matrix)


def test_the_comparison_covers_real_sizes_and_many_masks() -> None:
    """Statements make versions 15-17 and segno picks many different masks for them.

    Otherwise the comparison above could pass with an evaluator that always answers
    the same mask.
    """
    texts = _seeded_statements(40)
    codes = [segno.make(text, error="m", micro=False) for text in texts]
    assert all(qr_mask._byte_mode_data(text) is not None for text in texts)  # encoded here
    assert {code.version for code in codes} <= {14, 15, 16, 17}
    assert len({code.mask for code in codes}) >= 5


def test_other_sizes_equal_segnos() -> None:
    """Byte-mode texts of every kind of size: no alignment, version information, remainders."""
    rng = random.Random(31)
    versions = set()
    for length in (1, 7, 20, 40, 70, 100, 130, 180, 230, 290, 380, 520, 620, 700):
        text = "".join(rng.choices("abcdefghijklmnopqrstuvwxyz é,.-0123456789", k=length))
        own = segno.make(text, error="m", micro=False)
        fast = qr_mask.make_qr(text)
        assert (fast.version, fast.level, fast.mask, fast.matrix) == \
            (own.version, own.error, own.mask, tuple(own.matrix))
        versions.add(own.version)
    assert min(versions) == 1 and max(versions) >= 21


def _line_pieces(rng: random.Random, size: int) -> bytearray:
    """A line rich in what the rules look for: finder-like patterns, long runs, overlaps."""
    pieces = ("1011101", "0000", "10111011101", "1011101011101", "11111", "00000", "1", "0",
              "01", "10")
    line = ""
    while len(line) < size:
        line += rng.choice(pieces)
    return bytearray(int(ch) for ch in line[:size])


def test_penalties_equal_segnos_scores_on_hard_matrices() -> None:
    """Each rule, packed into integers, scores like segno's module-by-module evaluation."""
    rng = random.Random(18004)
    for version in (1, 2, 5, 7, 15, 16, 17):
        layout = qr_mask._layout(version)
        n = layout.size
        for _ in range(12):
            matrix = [_line_pieces(rng, n) for _ in range(n)]
            if rng.random() < 0.5:  # the columns get the patterns too
                matrix = [bytearray(col) for col in zip(*matrix, strict=True)]
            rows = qr_mask._pack(matrix)
            cols = qr_mask._pack([bytes(col) for col in zip(*matrix, strict=True)])
            assert qr_mask._penalty(rows, cols, layout) == \
                sum(segno_encoder.mask_scores(matrix, n, n))


def test_format_bits_are_the_standards() -> None:
    ours = [qr_mask.format_bits(level, mask) for level in "MLHQ" for mask in range(8)]
    assert ours == list(segno_consts.FORMAT_INFO)  # the standard's table, in segno's order


def test_version_bits_are_the_standards() -> None:
    assert [qr_mask._version_bits(version) for version in range(7, 41)] == \
        list(segno_consts.VERSION_INFO)


def test_short_codes_equal_segnos_even_when_it_raises_the_level() -> None:
    """ "SOHOI-CERT:code" fits a small code whose level segno raises to Q or H."""
    rng = random.Random(7)
    levels = set()
    for _ in range(60):
        text = "SOHOI-CERT:" + "".join(rng.choices(CODE_LETTERS, k=10))
        own = segno.make(text, error="m", micro=False)
        fast = qr_mask.make_qr(text)
        assert (fast.version, fast.mask, fast.matrix) == (own.version, own.mask,
                                                          tuple(own.matrix))
        levels.add(own.error)
    assert "M" not in levels  # the raised levels were exercised


def test_course_is_cut_so_statements_stay_within_version_17() -> None:
    longest = write_statement(StatementFields(
        "999/2026/GCN-HLHPN", "Nguyễn Thị Ngọc Phượng Hoàng", "1985", "Ư" * (MAX_COURSE * 2),
        dt.date(2026, 12, 28), dt.date(2026, 12, 31), dt.date(2026, 12, 31), "99999",
        "Hội LHPN thị trấn Phố Lu", "ABCDEFGHJK"), KEY)
    assert qr_mask.make_qr(longest).version <= 17


def test_codes_with_the_chosen_masks_scan(tmp_path: Path) -> None:
    """Codes encoded here with different masks, printed and scanned, read back with zbar."""
    chosen: dict[int, str] = {}
    for text in _seeded_statements(40):
        mask = qr_mask.make_qr(text).mask
        if mask != 0 and mask not in chosen:
            chosen[mask] = text
    texts = list(chosen.values())[:3]
    assert len(texts) == 3
    sheets = [CertificateSheet(
        issuer_parent="HỘI LHPN TỈNH HƯNG YÊN", issuer="HỘI LHPN XÃ HƯNG HÀ", honorific="bà",
        full_name="Nguyễn Thị Hoa", birth_year="1985", unit="Chi hội Thôn 3",
        course_title="Bồi dưỡng nghiệp vụ", period="ngày 03/03/2026",
        place_and_date="Hưng Hà, ngày 10 tháng 3 năm 2026", signer_title="CHỦ TỊCH",
        signer_name="Trần Thị Ký", number=f"{n}/GCN", verification_code="ABCDEFGHJK", qr=text,
    ) for n, text in enumerate(texts)]
    pdf = tmp_path / "gcn.pdf"
    render_certificates(sheets, pdf)
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(pdf), str(tmp_path / "page")],
                   check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == 3
    for page, text in zip(pages, texts, strict=True):
        found = subprocess.run(["zbarimg", "--raw", "-q", "-Sbinary", str(page)],
                               capture_output=True, check=True)
        assert found.stdout.decode("utf-8").rstrip("\n") == text


def test_a_print_job_encodes_each_text_once() -> None:
    text = _seeded_statements(1)[0]
    codes = QrCache()
    first = codes.path(text)
    assert codes.path(text) is first  # the second sheet with this text reuses the code
    width, count, path = first
    matrix = qr_mask.make_qr(text).matrix
    assert width == len(matrix) and count == path.count(" re\n") > 0
