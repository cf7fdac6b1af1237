"""Members: listing and searching in Vietnamese order, adding, editing, status changes.

Functions take a Session and return plain frozen dataclasses: the screens never hold a
live ORM object, so nothing they do can touch the database behind the worker's back.
"""

from __future__ import annotations

import datetime as dt
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    case,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.orm import QueryableAttribute, Session

from db.accounts import Action, PermissionDeniedError, can
from db.cancel import Cancel, cancellable
from db.dialects import dialect_of
from db.dialects.sql import in_bytes, json_values
from db.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentChangeError,
    FieldsError,
    Message,
    NotFoundError,
    UserError,
)
from db.formatting import date as format_date
from db.models import Gender, Member, MemberKind, MemberStatus, MemberStatusEvent, Post, Unit
from db.rules import is_live, live, live_sql, post_open_on
from db.scope import WHOLE, Scope, check_branch, check_member, check_sensitive, members_in
from db.search_index import TRIGRAM, fts_query, index_term, leaves_out_common
from db.site import find_site
from db.text import (
    clean_paragraphs,
    clean_text,
    search_key,
    sort_key,
    split_name,
    text_sort_key,
)
from db.validation import (
    PartialDate,
    ValidationError,
    cccd_birth_year,
    mask_id_number,
    normalize_phone,
    parse_partial_date,
    require,
    validate_id_number,
)
from db.vocabulary import ETHNICITY, MEMBER_KIND, MEMBER_STATUS, RELIGION

STATUS_LABELS = MEMBER_STATUS.labels
KIND_LABELS = MEMBER_KIND.labels
AGE_GROUPS = {
    "18-30": (18, 30),
    "31-45": (31, 45),
    "46-60": (46, 60),
    "61-75": (61, 75),
    "76+": (76, 200),
}


def name_columns(full_name: str) -> dict[str, str]:
    """Return the stored columns derived from a name (used by forms and bulk loaders)."""
    name = clean_text(full_name)
    return {
        "full_name": name,
        "given_name": split_name(name)[2],
        "search_key": search_key(name),
        "sort_key": sort_key(name),
    }


@dataclass(frozen=True)
class MemberRow:
    """One line of a member list; the ID number is already masked."""

    id: str
    full_name: str
    birth_date: str | None
    gender: str
    branch: str | None
    branch_id: str | None
    status: str
    kind: str
    id_number_masked: str
    phone: str | None
    address: str | None
    joined_on: dt.date | None
    sort_key: str

    @property
    def birth_display(self) -> str:
        """Return the birth date the way Vietnamese forms print it."""
        return PartialDate.from_iso(self.birth_date).display() if self.birth_date else ""

    @property
    def status_label(self) -> str:
        """Return the status in Vietnamese."""
        return STATUS_LABELS.get(MemberStatus(self.status), self.status)


@dataclass(frozen=True)
class MemberSort:
    """A list order the person chose by clicking a column header.

    ``column`` is a key of :data:`SORT_COLUMNS`; ties keep the Vietnamese name order, so
    sorting by branch still lists each branch's members by name.
    """

    column: str = "full_name"
    descending: bool = False


def _by_label(column: Any, labels: dict[Any, str]) -> Any:
    """Order stored codes by their Vietnamese labels, as the list shows them."""
    ranked = sorted(labels, key=lambda code: text_sort_key(labels[code]))
    return case({str(code): rank for rank, code in enumerate(ranked)}, value=column,
                else_=len(ranked))


SORT_COLUMNS: dict[str, Any] = {
    "full_name": Member.sort_key,
    "birth": Member.birth_date,
    "branch": Unit.sort_key,
    "status": _by_label(Member.status, STATUS_LABELS),
    "kind": _by_label(Member.kind, KIND_LABELS),
    "id_number": Member.id_number,
    "phone": Member.phone,
    "address": in_bytes(Member.address),
    "joined_on": Member.joined_on,
}
"""The columns a member list can be sorted by, as the list's column keys name them."""


@dataclass(frozen=True)
class MemberFilter:
    """What the person asked to see; every field narrows the list."""

    text: str = ""
    commune_id: str | None = None
    branch_id: str | None = None
    status: str | None = None
    kind: str | None = None
    age_group: str | None = None
    officer: bool | None = None
    reference_date: dt.date | None = None
    without_branch: bool = False
    """Only members in no branch ("Chưa có chi hội"); ``branch_id`` is then ignored."""
    sort: MemberSort | None = None
    """None: the Vietnamese name order (the stored sort key), the quickest to read."""
    scope: Scope = WHOLE
    """Whose list it is: a branch leader's lists hold her branches' members only, and
    asking for another branch is refused (see :mod:`db.scope`)."""


@dataclass(frozen=True)
class SearchTerms:
    """A search box's text split into what each part of it means.

    People type more than names into the search box: a CCCD or a phone number read off
    a paper, a card number, or "hoa 1975" for the Hoa born in 1975. Each kind of token
    matches its own stored column; what is left are name words.
    """

    words: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()
    """9 to 12 digits: a CCCD / old CMND or a phone number (prefix of either)."""
    cards: tuple[str, ...] = ()
    """Anything else with a digit in it: the start of a card number."""
    years: tuple[int, ...] = ()
    """Four digits from 1900 to 2099: the birth year."""


_YEAR = re.compile(r"(19|20)\d\d")
_NUMBER = re.compile(r"\d{9,12}")


def search_terms(query: str) -> SearchTerms:
    """Split the search box's text into name words, numbers, card numbers and years."""
    words: list[str] = []
    numbers: list[str] = []
    cards: list[str] = []
    years: list[int] = []
    for token in clean_text(query).split():
        bare = token.replace(".", "").replace("-", "")
        if _YEAR.fullmatch(token):
            years.append(int(token))
        elif _NUMBER.fullmatch(bare):
            numbers.append(bare)
        elif bare.startswith("+84") and bare[1:].isdigit():
            numbers.append("0" + bare[3:])
        elif any(ch.isdigit() for ch in token):
            cards.append(token.upper())
        else:
            words.extend(search_key(token).split())
    return SearchTerms(tuple(words), tuple(numbers), tuple(cards), tuple(years))


# How the first screen of a name search is found (see ``_first_screen``). Costs
# measured at a million members: walking an ordered list (the name index or one
# initial's list) costs about 0.1 ms per thousand entries; fetching a candidate row
# found by the full-text index costs about 1.3 ms per thousand when its pages are
# cached, and several times more when they are not.
FEW_MATCHES_MIN = 1000
FEW_MATCHES_PER_MEMBERS = 200
"""Up to max(FEW_MATCHES_MIN, members / FEW_MATCHES_PER_MEMBERS) candidates (twice
that when Thị was left out of the index query) are counted and may be fetched and
sorted; beyond that the matches are common and a walk meets them soon."""
FIRST_WALK = 10_000
"""Entries walked before asking the full-text index at all: common prefixes ("ng",
"tran", "nguyen thi") fill a screen within a few thousand entries, as the plain query
does, without paying for a full-text lookup (about 1 ms at a million members)."""
WALK_PER_CANDIDATE = 10
"""With few candidates, a walk of ten entries per candidate (about the price of
fetching them) is tried first: it succeeds when the matches come early in name order,
and bounds what is lost when they cluster late (given names near the end of the
alphabet, or an initial such as T that nearly every name has, through Thị)."""
LONGEST_WALK_PER_MEMBERS = 2
"""A walk stops after half the register even when matches are many; the candidates
are then fetched and sorted, so no query walks a whole huge list."""
SAMPLE_PARTS = 8
SAMPLE_PER_PART = 250
"""The name sample (see ``_name_sample``): 8 runs of 250 consecutive live members,
spread over the register, read once per connection (2,000 rows: 1–5 ms at a million
members, from a single page range per run)."""
FTS_POSTINGS_PER_FETCH = 2
"""The full-text lookup costs about one candidate row's fetch per two postings of its
rarest word ("hoang" AND "thu": 12–25 ms for 40,000 names with "hoang"; a word of
several trigrams is matched as a phrase of them)."""
ESTIMATED_WALK_PER_MEMBERS = 4
"""A walk bounded by the sample's estimate stops after a quarter of the register: when
every word is common and the matches are few, counting them is not dearer than that."""
SAMPLE_MANY = 2
"""When the sample's matches stand for more than twice "few" (20 sample entries at a
million members), the matches are many without asking the full-text index to count."""
RARE_WORD_PER_MEMBERS = 20
"""A word of three letters or more lets the walk take its initial's list only if the
sample finds it in at most one name in twenty: checking that no member holds it only
inside a word reads its whole posting list (2 ms for "van", 24,000 names; 126 ms for
"nguyen", 379,000)."""
SHORT_LIST_PER_MEMBERS = 8
"""A rare word's list of at most an eighth of the register is walked without a bound
(at most 12 ms at a million members), before the candidates are counted."""
INSIDE_WORDS_AT_MOST = 1000
"""Members holding such a word only inside another word ("thoa" for "hoa") are fetched
beside the walk; when there are more, that list is not taken."""


def _conditions(flt: MemberFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [live(Member)]
    if not flt.scope.whole:
        if flt.branch_id and not flt.without_branch:
            check_branch(flt.scope, flt.branch_id)
        conditions.append(members_in(flt.scope))
    terms = search_terms(flt.text)
    for number in terms.numbers:
        # The stored columns are normalised (digits only, phone from 0), so a prefix
        # is a range of each column's index (migration 0015 gave the phone one).
        conditions.append(or_(_starting_with(Member.id_number, number),
                              _starting_with(Member.phone, number)))
    for card in terms.cards:
        # A card number of digits only is a range of its index; letters may be stored
        # in either case, so a card number with letters is compared in capitals.
        conditions.append(
            _starting_with(Member.card_number, card) if card.isdigit()
            else func.upper(Member.card_number).startswith(card, autoescape=True))
    for year in terms.years:
        conditions.append(Member.birth_year == year)
    conditions += _word_conditions(list(terms.words))
    if flt.commune_id:
        conditions.append(Member.commune_id == flt.commune_id)
    if flt.without_branch:
        conditions.append(Member.branch_id.is_(None))
    elif flt.branch_id:
        conditions.append(Member.branch_id == flt.branch_id)
    if flt.status:
        conditions.append(Member.status == flt.status)
    if flt.kind:
        conditions.append(Member.kind == flt.kind)
    if flt.age_group:
        low, high = AGE_GROUPS[flt.age_group]
        year = (flt.reference_date or dt.date.today()).year
        conditions.append(Member.birth_year.between(year - high, year - low))
    if flt.officer is not None:
        # A post counts on the day it is open, as on the officers page.
        day = flt.reference_date or dt.date.today()
        holds_post = (
            select(Post.id)
            .where(
                Post.member_id == Member.id,
                live(Post),
                post_open_on(day),
            )
            .exists()
        )
        conditions.append(holds_post if flt.officer else ~holds_post)
    return conditions


def _starting_with(column: Any, prefix: str) -> ColumnElement[bool]:
    """Return "``column`` starts with ``prefix``" as a range an ordinary index serves.

    ``LIKE 'prefix%'`` ignores case, so SQLite cannot use an index comparing bytes for
    it and reads every row (seconds at a million members). The values starting with
    the prefix are exactly those from the prefix up to, not including, the prefix with
    its last character raised by one, in the byte order the index keeps.
    """
    after = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < after)


_ROW_COLUMNS = (
    Member.id,
    Member.full_name,
    Member.birth_date,
    Member.gender,
    Unit.name,
    Member.branch_id,
    Member.status,
    Member.kind,
    Member.id_number,
    Member.phone,
    Member.address,
    Member.joined_on,
    Member.sort_key,
)


def _to_row(values: Sequence[Any]) -> MemberRow:
    (mid, name, birth, gender, branch, branch_id, status, kind, id_number, phone, address,
     joined, key) = values
    return MemberRow(
        id=mid,
        full_name=name,
        birth_date=birth,
        gender=gender,
        branch=branch,
        branch_id=branch_id,
        status=status,
        kind=kind,
        id_number_masked=mask_id_number(id_number),
        phone=phone,
        address=address,
        joined_on=joined,
        sort_key=key,
    )


def search_members(
    session: Session,
    flt: MemberFilter,
    *,
    limit: int = 100,
    after: tuple[str, str] | None = None,
    cancel: Cancel | None = None,
) -> list[MemberRow]:
    """Return up to ``limit`` members matching ``flt`` in Vietnamese name order.

    ``after`` is the (sort_key, id) of the last row already shown: keyset paging reads
    the next screen at the same cost wherever it is in a million rows, where OFFSET
    would walk every row before it. Setting ``cancel`` abandons the search (the next
    keystroke replaced it).

    Raises:
        Cancelled: ``cancel`` was set before the search finished.
    """
    with cancellable(session, cancel):
        return _search(session, flt, limit, after)


def _search(
    session: Session, flt: MemberFilter, limit: int, after: tuple[str, str] | None
) -> list[MemberRow]:
    if _sorted_by_column(flt):
        # A column the person chose: one ordered query (no keyset paging; the table
        # pages through the id list of :func:`member_rowids` instead).
        by_column = (
            select(*_ROW_COLUMNS)
            .outerjoin(Unit, Unit.id == Member.branch_id)
            .where(and_(*_conditions(flt)))
            .order_by(*_order(flt))
            .limit(limit)
        )
        return [_to_row(row) for row in session.execute(by_column)]
    words = list(search_terms(flt.text).words)
    if words and after is None and _text_only(flt):
        return _first_screen(session, words, limit)
    conditions = _conditions(flt)
    fts = fts_query(words)
    if fts is not None:
        few = _few(session, words)
        found = _candidates(session, words, few + 1)
        if not found:
            return []
        if len(found) <= few:
            # Few matches: fetch them by row number and sort them, instead of walking
            # the whole name index looking for them (a full scan for a rare name).
            return _fetch_sorted(session, conditions, found, limit, after)
    # The screen's row numbers first, then its rows: the filter indexes (migration 0005)
    # and the name index answer the first query alone, so only the rows shown are read
    # from the table (an age group otherwise read all its members to sort them).
    query = (
        select(MEMBER_ROWID)
        .select_from(Member)
        .where(and_(*conditions))
        .order_by(Member.sort_key, Member.id)
        .limit(limit)
    )
    if after is not None:
        query = query.where(tuple_(Member.sort_key, Member.id) > tuple_(*after))
    return _rows_in_order(session, MEMBER_ROWID, list(session.execute(query).scalars()))


def _few(session: Session, words: list[str]) -> int:
    """Return how many candidates count as few for this register and these words."""
    few = max(FEW_MATCHES_MIN, _register_size(session) // FEW_MATCHES_PER_MEMBERS)
    # When the index query left out Thị it finds more rows than the search keeps.
    return few * 2 if leaves_out_common(words) else few


def _candidates(session: Session, words: list[str], at_most: int | None) -> list[int]:
    """Return the row numbers the trigram index finds for ``words`` (all if None)."""
    return dialect_of(session).member_candidates(session, words, at_most)


def _fetch_sorted(
    session: Session,
    conditions: list[ColumnElement[bool]],
    found: Sequence[int],
    limit: int,
    after: tuple[str, str] | None,
) -> list[MemberRow]:
    """Fetch the candidate rows by row number, keep those matching, sort, cut.

    The numbers travel as one JSON parameter rather than thousands of them; the
    concatenation keeps SQLite from walking the name index instead of sorting them.
    """
    listed = json_values(found, Integer())
    query = (
        select(*_ROW_COLUMNS)
        .outerjoin(Unit, Unit.id == Member.branch_id)
        .where(and_(*conditions, MEMBER_ROWID.in_(listed)))
        .order_by(Member.sort_key.op("||")(""), Member.id)
        .limit(limit)
    )
    if after is not None:
        query = query.where(tuple_(Member.sort_key, Member.id) > tuple_(*after))
    return [_to_row(row) for row in session.execute(query)]


def _text_only(flt: MemberFilter) -> bool:
    """Tell whether a filter asks for nothing but a name (what the search indexes know)."""
    terms = search_terms(flt.text)
    return flt.scope.whole and not (
        flt.commune_id or flt.branch_id or flt.status or flt.kind or flt.age_group
        or flt.officer is not None or terms.numbers or terms.cards or terms.years)


def _sorted_by_column(flt: MemberFilter) -> bool:
    """Tell whether the person chose an order other than the default name order."""
    return flt.sort is not None and flt.sort != MemberSort()


def _order(flt: MemberFilter) -> tuple[Any, ...]:
    """Return the ORDER BY of a list: the chosen column, then the name order.

    Empty values (no birth date, no branch) go last whichever the direction, as in a
    spreadsheet, so the filled rows are the ones seen first.
    """
    if flt.sort is None or flt.sort.column not in SORT_COLUMNS:
        return (Member.sort_key, Member.id)
    column = SORT_COLUMNS[flt.sort.column]
    ordered = column.desc() if flt.sort.descending else column.asc()
    return (column.is_(None), ordered, Member.sort_key, Member.id)


def _first_screen(session: Session, words: list[str], limit: int) -> list[MemberRow]:
    """Return the first screen of a name search, choosing the cheapest way to it.

    Two ways reach it. Walking an ordered list (the live members in name order, or
    only those having a word with a given initial: migration 0003) costs per entry
    passed and wins when matches come early. Fetching the full-text index's
    candidates and sorting them costs per candidate and wins when they are few or lie
    late in name order. Where the matches lie cannot be known beforehand (names sort
    by given name, so "nguyen van t" gathers near V and T), so every walk is bounded
    by what the other way would cost and falls back to it: a short walk first (common
    prefixes end there), then the candidates are counted; few of them bound a walk to
    about their fetch, many of them to half the register. The list walked is the
    shortest one known to hold every match: a one- or two-letter word's initial, or
    a rare longer word's ("van": 8 % of the names where N or T is in most of them).
    A sample of names (``_name_sample``) tells the lists' lengths and where a walk of
    so many entries ends, so the walk is one range of its index. No query walks a
    huge list to its end.
    """
    size = _register_size(session)
    sample = _name_sample(session, size)
    # The rarest word is checked first: most entries a walk passes fail on it.
    words = sorted(words, key=sample.holding)
    short = {w[0] for w in words if len(w) < TRIGRAM}
    initial = min(sorted(short), key=sample.share) if short else None
    ids = _walk(session, words, initial, limit, sample.bound(initial, FIRST_WALK))
    if ids is not None:
        return _rows_in_order(session, Member.id, ids)
    fts = fts_query(words)
    if fts is None:  # only one-letter words: their initial list holds every match
        return _rows_in_order(session, Member.id,
                              _walk(session, words, initial, limit, None) or [])
    rarer, inside = _rarer_list(session, words, initial, sample)
    if rarer != initial and sample.share(rarer) * SHORT_LIST_PER_MEMBERS <= 1:
        # A short list ("van": 8 %) is walked to its end if need be, for less than
        # what counting the candidates costs ("nguyen" AND "van": 12 ms).
        ids = _walk(session, words, rarer, limit, None) or []
        return _with_inside(session, words, _rows_in_order(session, Member.id, ids),
                            inside, limit)
    few = max(FEW_MATCHES_MIN, size // FEW_MATCHES_PER_MEMBERS)
    walked = FIRST_WALK if rarer == initial else 0
    # The sample tells about how many members match. Far beyond "few", they are many
    # and a walk of half the register meets a screen of them; otherwise the walk is
    # bounded by what the other way would cost: the full-text lookup (about a tenth
    # of a fetch per posting of its rarest word) and the fetch of the matches. Only
    # when that walk fails are the candidates counted (15–25 ms for "ngoc anh" or
    # "nguyen thi thu h", which a walk of a few thousand entries answers).
    matches = sample.matching(words) * size // max(1, len(sample.keys))
    many = matches > SAMPLE_MANY * few
    if many:
        budget = size // LONGEST_WALK_PER_MEMBERS
    else:
        postings = min(sample.holding(w) for w in words if index_term(w) is not None)
        budget = min(size // ESTIMATED_WALK_PER_MEMBERS, WALK_PER_CANDIDATE * (
            matches + int(postings * size) // FTS_POSTINGS_PER_FETCH))
    found: list[int] = []
    for attempt in ("estimated", "counted"):
        if budget > walked:
            ids = _walk(session, words, rarer, limit, sample.bound(rarer, budget))
            if ids is not None:
                return _with_inside(session, words,
                                    _rows_in_order(session, Member.id, ids), inside, limit)
            walked = budget
        if many or attempt == "counted":
            break
        few = _few(session, words)
        found = _candidates(session, words, few + 1)
        if not found:
            return []
        many = len(found) > few
        budget = size // LONGEST_WALK_PER_MEMBERS if many else len(found) * WALK_PER_CANDIDATE
    if many:
        found = _candidates(session, words, None)
    return _fetch_sorted(session, [live(Member), *_word_conditions(words)],
                         found, limit, None)


@dataclass(frozen=True)
class _NameSample:
    """Live members' (sort key, search key) from a few runs of the register, in name order.

    Each entry stands for ``size / len(keys)`` members: the share of entries having a
    word with some initial is the share of that initial's list, and the sort key of
    the k-th such entry is where a walk of k such shares of that list ends. The search
    keys are kept with a leading space, so every test is one substring test.
    """

    size: int
    keys: tuple[tuple[str, str], ...]
    _lists: dict[str | None, list[str]] = field(default_factory=dict, compare=False)
    _shares: dict[str, float] = field(default_factory=dict, compare=False)

    @staticmethod
    def _pattern(word: str) -> str:
        """A word as the search matches it: anywhere, or a short one at a word's start."""
        return word if len(word) >= TRIGRAM else " " + word

    def listed(self, initial: str | None) -> list[str]:
        """Return the sort keys of the entries in ``initial``'s list (None: all)."""
        found = self._lists.get(initial)
        if found is None:
            found = self._lists[initial] = [
                key for key, words in self.keys if initial is None or f" {initial}" in words]
        return found

    def share(self, initial: str | None) -> float:
        """Return the estimated share of the live members in ``initial``'s list."""
        return len(self.listed(initial)) / max(1, len(self.keys))

    def holding(self, word: str) -> float:
        """Return the estimated share of the live members matching ``word``."""
        share = self._shares.get(word)
        if share is None:
            pattern = self._pattern(word)
            share = self._shares[word] = (
                sum(pattern in words for _key, words in self.keys) / max(1, len(self.keys)))
        return share

    def matching(self, words: list[str]) -> int:
        """Return how many entries match every word (as the walk checks them)."""
        patterns = [self._pattern(w) for w in words]
        return sum(all(p in key for p in patterns) for _sort, key in self.keys)

    def bound(self, initial: str | None, entries: int | None) -> str | None:
        """Return the sort key about ``entries`` entries into a list (None: its end)."""
        listed = self.listed(initial)
        if entries is None or not self.keys:
            return None
        index = entries * len(self.keys) // max(1, self.size)
        return listed[index] if index < len(listed) else None


_SAMPLE_INFO = "sohoi_member_name_sample"


def _name_sample(session: Session, size: int) -> _NameSample:
    """Return the name sample, read again when the register grew or shrank by an eighth.

    It is kept with the database connection (SQLAlchemy's ``Connection.info`` lives
    as long as the pooled connection), so each connection pays for it once; a stale
    sample only makes a search choose a slower way, never a wrong answer.
    """
    info = session.connection().info
    cached = info.get(_SAMPLE_INFO)
    if isinstance(cached, _NameSample) and abs(cached.size - size) * 8 <= size:
        return cached
    seen: dict[int, tuple[str, str]] = {}
    for part in range(SAMPLE_PARTS):
        for rowid, key, words in session.execute(
            text("SELECT rowid, sort_key, search_key FROM members "
                 f"WHERE rowid >= :start AND {live_sql()} ORDER BY rowid LIMIT :n"),
            {"start": 1 + size * part // SAMPLE_PARTS, "n": SAMPLE_PER_PART},
        ):
            seen[rowid] = (key, words)
    sample = _NameSample(size, tuple(sorted((key, f" {words}") for key, words in seen.values())))
    info[_SAMPLE_INFO] = sample
    return sample


def _rarer_list(
    session: Session, words: list[str], initial: str | None, sample: _NameSample
) -> tuple[str | None, list[int]]:
    """Return the initial of the shortest list holding every match, and who it misses.

    ``initial`` (a short word's, or None for the whole register) holds every match.
    A longer word's initial holds every match that has the word at the start of one
    of its words; the others (the word inside another: "hoa" in "Thoa") are found by
    the full-text index and returned as row numbers, to be checked and merged. Only
    a word rare in the sample is tried, and only if its list is under half as long.
    """
    best, best_share, inside = initial, sample.share(initial), []
    for word in sorted({w for w in words if len(w) >= TRIGRAM}, key=sample.holding):
        share = sample.share(word[0])
        if share * 2 > best_share or sample.holding(word) * RARE_WORD_PER_MEMBERS > 1:
            continue
        within = _inside_words(session, word, INSIDE_WORDS_AT_MOST + 1)
        if len(within) <= INSIDE_WORDS_AT_MOST:
            best, best_share, inside = word[0], share, within
    return best, inside


def _inside_words(session: Session, word: str, at_most: int) -> list[int]:
    """Return the row numbers of members holding ``word`` but never at a word's start."""
    return dialect_of(session).members_with_word_inside(session, word, at_most)


def _with_inside(
    session: Session, words: list[str], walked: list[MemberRow], inside: list[int], limit: int
) -> list[MemberRow]:
    """Merge a walk's screen with the matches among the members it could not see."""
    if not inside:
        return walked
    others = _fetch_sorted(session, [live(Member), *_word_conditions(words)], inside,
                           limit, None)
    merged = {row.id: row for row in [*walked, *others]}
    return sorted(merged.values(), key=lambda row: (row.sort_key, row.id))[:limit]


def _walk(
    session: Session,
    words: list[str],
    initial: str | None,
    limit: int,
    bound: str | None,
) -> list[str] | None:
    """Walk a list in name order, checking every word; return the first ``limit`` ids.

    The list is the live members having a word that starts with ``initial`` (every
    match of a word starting so at a word's start is among them), or all live members
    by the name index, which carries the search key so nothing else is read. The walk
    stops before ``bound`` (a sort key); it returns None when it stopped there without
    completing the screen (more may lie beyond), and the caller then takes the other
    way, which is always right, only dearer. One range of one index is read, in its
    order, and the statement ends at the screen's last row.
    """
    checks = " AND ".join(
        f"instr(' ' || search_key, :w{i}) > 0" if len(word) < TRIGRAM
        else f"instr(search_key, :w{i}) > 0"
        for i, word in enumerate(words)
    )
    params: dict[str, Any] = {
        f"w{i}": " " + word if len(word) < TRIGRAM else word for i, word in enumerate(words)
    }
    params.update(initial=initial, n=limit, bound=bound)
    before = "" if bound is None else "AND sort_key < :bound "
    if initial is not None:
        listed = f"FROM member_search_initials WHERE initial = :initial {before}"
    else:
        listed = f"FROM members WHERE {live_sql()} {before}"
    ids = list(session.execute(
        text(f"SELECT id {listed}AND {checks} ORDER BY sort_key, id LIMIT :n"), params
    ).scalars())
    return ids if len(ids) == limit or bound is None else None


def _register_size(session: Session) -> int:
    """Return the largest row number of members: at least the count, found at no cost."""
    return int(session.execute(text("SELECT max(rowid) FROM members")).scalar() or 0)


def _word_conditions(words: list[str]) -> list[ColumnElement[bool]]:
    """Return the conditions requiring every typed word (as the walk checks them)."""
    conditions: list[ColumnElement[bool]] = []
    for word in words:
        if len(word) >= TRIGRAM:
            conditions.append(Member.search_key.contains(word, autoescape=True))
        else:
            # Short words match the start of a name word (see db.search_index).
            padded = literal(" ").concat(Member.search_key)
            conditions.append(padded.contains(" " + word, autoescape=True))
    return conditions


def _rows_in_order(
    session: Session, key: ColumnElement[Any] | QueryableAttribute[Any], keys: Sequence[Any]
) -> list[MemberRow]:
    """Return the member rows whose ``key`` (id or row number) is listed, in name order.

    The concatenation makes SQLite look the few keys up and sort them, rather than
    walk the name index looking for them.
    """
    if not keys:
        return []
    query = (
        select(*_ROW_COLUMNS)
        .outerjoin(Unit, Unit.id == Member.branch_id)
        .where(key.in_(list(keys)))
        .order_by(Member.sort_key.op("||")(""), Member.id)
    )
    return [_to_row(row) for row in session.execute(query)]


def count_members(session: Session, flt: MemberFilter, *, cancel: Cancel | None = None) -> int:
    """Count the members matching ``flt`` (for the status line).

    Raises:
        Cancelled: ``cancel`` was set before the count finished.
    """
    query = select(func.count()).select_from(Member).where(and_(*_conditions(flt)))
    with cancellable(session, cancel):
        return int(session.execute(query).scalar_one())


MEMBER_ROWID: ColumnElement[int] = literal_column("members.rowid", Integer)


# Row numbers fetched per step of the id list: small enough that the driver's rows in
# flight stay a few megabytes, large enough that the steps cost nothing measurable.
ROWID_CHUNK = 20_000


def member_rowids(
    session: Session, flt: MemberFilter, *, cancel: Cancel | None = None
) -> array[int]:
    """Return the internal row numbers of every matching member, in list order.

    The member table on screen holds only this array (8 bytes a member) and fetches the
    rows it paints, so a million members cost megabytes, not gigabytes, and the scroll
    bar can jump anywhere. The numbers stream from the cursor in chunks straight into
    the array, so no list of a million rows exists even for a moment; the partial
    indexes of migration 0005 give them in name order without a sort in memory.

    Raises:
        Cancelled: ``cancel`` was set before the list was complete.
    """
    query = (
        select(MEMBER_ROWID)
        .select_from(Member)
        .where(and_(*_conditions(flt)))
        .order_by(*_order(flt))
    )
    if flt.sort is not None and flt.sort.column == "branch":
        query = query.outerjoin(Unit, Unit.id == Member.branch_id)
    result = array("q")
    with cancellable(session, cancel):
        # The driver's cursor itself: integers need no conversion, and skipping the
        # result rows halves the time of a million-row list.
        cursor = session.connection().execute(query).cursor
        try:
            while chunk := cursor.fetchmany(ROWID_CHUNK):
                result.extend(row[0] for row in chunk)
                if cancel is not None:
                    cancel.check()
        finally:
            cursor.close()
    return result


def members_by_rowids(
    session: Session, rowids: Sequence[int], *, scope: Scope = WHOLE
) -> dict[int, MemberRow]:
    """Return the rows for the given row numbers, keyed by row number (inside ``scope``)."""
    query = (
        select(MEMBER_ROWID, *_ROW_COLUMNS)
        .outerjoin(Unit, Unit.id == Member.branch_id)
        .where(dialect_of(session).one_of(MEMBER_ROWID, rowids), members_in(scope))
    )
    return {row[0]: _to_row(row[1:]) for row in session.execute(query)}


def members_by_ids(
    session: Session, ids: Sequence[str], *, scope: Scope = WHOLE
) -> list[MemberRow]:
    """Return the rows for the given keys, in the order given (those inside ``scope``)."""
    query = (
        select(*_ROW_COLUMNS)
        .outerjoin(Unit, Unit.id == Member.branch_id)
        .where(Member.id.in_(ids), members_in(scope))
    )
    rows = {row[0]: _to_row(row) for row in session.execute(query)}
    return [rows[i] for i in ids if i in rows]


@dataclass(frozen=True)
class MemberDraft:
    """What a person typed in the member form, before validation.

    Every field is text as typed (or None), so the form can hand over exactly what is on
    screen and get back messages per field.
    """

    full_name: str = ""
    gender: str = Gender.FEMALE
    birth_date: str = ""
    ethnicity: str = ""
    religion: str = ""
    id_number: str = ""
    phone: str = ""
    address: str = ""
    occupation: str = ""
    education: str = ""
    professional_level: str = ""
    political_theory: str = ""
    party_member: bool = False
    kind: str = MemberKind.ORDINARY
    joined_on: dt.date | None = None
    card_number: str = ""
    card_issued_on: dt.date | None = None
    branch_id: str | None = None
    consent_on: dt.date | None = None
    consent_method: str = ""
    notes: str = ""
    version: int | None = None


class InvalidDraftError(FieldsError):
    """Validation messages per field, all of them at once (not only the first)."""


GENDER_REFUSED = QT_TRANSLATE_NOOP("DbErrors", "Giới tính phải là Nữ hoặc Nam.")
"""One wording for a gender that is neither, typed in the form or read from a file."""


def validate_draft(draft: MemberDraft, today: dt.date | None = None) -> dict[str, Any]:
    """Turn a draft into column values, or raise InvalidDraftError naming each bad field."""
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}

    def attempt(name: str, func: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ValidationError as exc:
            errors[name] = exc.message
            return None

    name = attempt("full_name", require, draft.full_name, field="full_name", label="Họ và tên")
    if name:
        values.update(name_columns(name))
    birth: PartialDate | None = None
    if clean_text(draft.birth_date):
        birth = attempt("birth_date", parse_partial_date, draft.birth_date, today=today)
    values["birth_date"] = birth.iso() if birth else None
    values["birth_year"] = birth.year if birth else None
    if draft.gender not in {g.value for g in Gender}:
        errors["gender"] = Message(GENDER_REFUSED)
    if draft.kind not in {k.value for k in MemberKind}:
        errors["kind"] = Message(
            QT_TRANSLATE_NOOP(
                "DbErrors", "Loại hội viên phải là thường, đương nhiên hoặc danh dự."))
    if errors.keys() & {"gender", "kind"}:
        raise InvalidDraftError(errors)
    if clean_text(draft.id_number):
        values["id_number"] = attempt(
            "id_number",
            validate_id_number,
            draft.id_number,
            birth_year=birth.year if birth else None,
            gender=draft.gender,
            today=today,
        )
    else:
        values["id_number"] = None
    values["phone"] = (
        attempt("phone", normalize_phone, draft.phone) if clean_text(draft.phone) else None
    )
    for text_field in (
        "address", "occupation", "education", "professional_level",
        "political_theory", "card_number", "consent_method",
    ):
        values[text_field] = clean_text(getattr(draft, text_field)) or None
    # "tin lanh" typed in the form is stored as the list writes it, so statistics count
    # one religion on one row; a value the list does not know is kept as typed.
    values["ethnicity"] = ETHNICITY.normalise(draft.ethnicity) or None
    values["religion"] = RELIGION.normalise(draft.religion) or None
    values["notes"] = clean_paragraphs(draft.notes) or None
    values["gender"] = Gender(draft.gender)
    values["kind"] = MemberKind(draft.kind)
    if values["gender"] == Gender.MALE and values["kind"] != MemberKind.HONORARY:
        errors["gender"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Nam giới chỉ có thể là hội viên danh dự."))
    for date_field in ("joined_on", "card_issued_on", "consent_on"):
        values[date_field] = getattr(draft, date_field)
    _check_dates(draft, birth, today or dt.date.today(), errors)
    values["party_member"] = draft.party_member
    values["branch_id"] = draft.branch_id
    if errors:
        raise InvalidDraftError(errors)
    return values


def _check_dates(
    draft: MemberDraft, birth: PartialDate | None, today: dt.date, errors: dict[str, str]
) -> None:
    """Add a message for each date that cannot be true."""
    labels = {"joined_on": Message(QT_TRANSLATE_NOOP("DbErrors", "Ngày vào Hội")),
              "card_issued_on": Message(QT_TRANSLATE_NOOP("DbErrors", "Ngày cấp thẻ")),
              "consent_on": Message(QT_TRANSLATE_NOOP("DbErrors", "Ngày đồng ý"))}
    for name, label in labels.items():
        value: dt.date | None = getattr(draft, name)
        if value is None:
            continue
        if value > today:
            errors[name] = Message(
                QT_TRANSLATE_NOOP("DbErrors", "{label} không được sau ngày hôm nay."),
                {"label": label})
        elif birth is not None and value.year < birth.year + 15:
            errors[name] = Message(
                QT_TRANSLATE_NOOP(
                    "DbErrors", "{label} ({day}) quá sớm so với năm sinh {birth_year}."),
                {"label": label, "day": format_date(value), "birth_year": birth.year})
    if (
        draft.card_issued_on and draft.joined_on and draft.card_issued_on < draft.joined_on
        and "card_issued_on" not in errors
    ):
        errors["card_issued_on"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Ngày cấp thẻ không được trước ngày vào Hội."))


def _live_member(session: Session, member_id: str) -> Member:
    """Return a member that exists and is not deleted, or say so in Vietnamese."""
    member = session.get(Member, member_id)
    if member is None or not is_live(member) or member.erased_at is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không tìm thấy hội viên này (có thể đã bị xóa).",
            ),
        )
    return member


def _scoped_values(scope: Scope, draft: MemberDraft, values: dict[str, Any]) -> None:
    """Apply the scope to a validated draft: her branches only, sensitive fields if allowed.

    Without the right to see them, ethnicity and religion typed in a draft are refused,
    and left empty ones are dropped from ``values`` so that saving keeps what is stored
    (the form never showed them to her).

    Raises:
        PermissionDeniedError: another branch, or a sensitive field filled in.
    """
    check_branch(scope, values.get("branch_id"), "chi hội đã chọn")
    if not scope.sensitive:
        check_sensitive(scope, [c for c in ("ethnicity", "religion")
                                if clean_text(getattr(draft, c))])
        values.pop("ethnicity", None)
        values.pop("religion", None)


def draft_of(session: Session, member_id: str, *, scope: Scope = WHOLE) -> MemberDraft:
    """Return the stored member as a draft, to fill the edit form.

    The draft carries the record's version, so that saving it later can tell whether
    someone else changed the member in between. Outside the scope's right to see them,
    ethnicity and religion come back empty.

    Raises:
        NotFoundError: the member no longer exists.
        PermissionDeniedError: the member is outside ``scope``.
    """
    member = _live_member(session, member_id)
    check_member(scope, member)
    birth = PartialDate.from_iso(member.birth_date).display() if member.birth_date else ""
    values: dict[str, Any] = {}
    for f in fields(MemberDraft):
        stored = getattr(member, f.name)
        if f.name == "birth_date":
            values[f.name] = birth
        elif isinstance(f.default, str) and stored is None:
            values[f.name] = ""
        else:
            values[f.name] = stored
    if not scope.sensitive:
        values["ethnicity"] = values["religion"] = ""
    return MemberDraft(**values)


@dataclass(frozen=True)
class PossibleDuplicate:
    """A member already in the commune who may be the same person."""

    id: str
    full_name: str
    birth_date: str | None
    reason: str


def possible_duplicates(
    session: Session, commune_id: str, draft: MemberDraft, exclude_id: str | None = None,
    *, scope: Scope = WHOLE,
) -> list[PossibleDuplicate]:
    """Find members with the same ID number, or the same name and birth year.

    A branch leader is told only of members inside her scope: the others' names are
    not hers to see.
    """
    found: list[PossibleDuplicate] = []
    digits = "".join(ch for ch in draft.id_number if ch.isdigit())
    key = search_key(draft.full_name)
    year: int | None = None
    try:
        year = parse_partial_date(draft.birth_date).year if draft.birth_date.strip() else None
    except ValidationError:
        year = None
    if year is None and len(digits) == 12:
        try:
            year = cccd_birth_year(digits)
        except ValidationError:
            year = None
    clauses: list[ColumnElement[bool]] = []
    if len(digits) == 12:
        clauses.append(Member.id_number == digits)
    if key and year is not None:
        clauses.append(and_(Member.search_key == key, Member.birth_year == year))
    if not clauses:
        return found
    query = select(Member).where(
        Member.commune_id == commune_id, live(Member), or_(*clauses), members_in(scope)
    )
    if exclude_id:
        query = query.where(Member.id != exclude_id)
    for member in session.scalars(query):
        reason = (
            "cùng số CCCD"
            if len(digits) == 12 and member.id_number == digits
            else "cùng họ tên và năm sinh"
        )
        found.append(PossibleDuplicate(member.id, member.full_name, member.birth_date, reason))
    return found


def refuse_new_members_here(session: Session) -> None:
    """Refuse to add members on a branch's own laptop.

    Members are the commune's records: a branch site corrects those the commune sent it,
    and the commune's import refuses a branch package with a member it does not know
    (docs/ARCHITECTURE.md §6). A new member is therefore entered at the commune office,
    and reaches the branch with the commune's next package.

    Raises:
        UserError: this site is a branch's laptop.
    """
    site = find_site(session)
    if site is not None and site.is_branch:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Máy riêng của chi hội không thêm được hội viên mới: hãy báo văn phòng Hội LHPN "
                "xã thêm; hội viên sẽ có ở đây sau gói dữ liệu tới của xã.",
            ),
        )


def add_member(
    session: Session, commune_id: str, draft: MemberDraft, today: dt.date | None = None,
    *, scope: Scope = WHOLE,
) -> str:
    """Validate and store a new member; return its key.

    Raises:
        UserError: this is a branch's own laptop (see :func:`refuse_new_members_here`).
        InvalidDraftError: one message per field that is not acceptable.
        PermissionDeniedError: a branch outside ``scope`` (a branch leader's new member
            must join one of her branches), or a sensitive field she may not fill.
    """
    refuse_new_members_here(session)
    values = validate_draft(draft, today)
    _scoped_values(scope, draft, values)
    joined: dt.date | None = values.get("joined_on")
    recorded = joined or (today or dt.date.today())
    member = Member(
        owner_unit_id=commune_id,
        commune_id=commune_id,
        status=MemberStatus.ACTIVE,
        status_since=joined,
        **values,
    )
    session.add(member)
    session.flush()
    # Old paper lists often lack the joining date: the history then says when the
    # member was entered in the register, not an invented joining day.
    session.add(
        MemberStatusEvent(
            owner_unit_id=commune_id,
            member_id=member.id,
            status=MemberStatus.ACTIVE,
            effective_on=recorded,
            reason="Kết nạp" if joined else "Ghi vào sổ (chưa rõ ngày vào Hội)",
        )
    )
    return member.id


def update_member(
    session: Session, member_id: str, draft: MemberDraft, today: dt.date | None = None,
    *, scope: Scope = WHOLE,
) -> None:
    """Validate and store changes to a member.

    Raises:
        InvalidDraftError: one message per field that is not acceptable.
        NotFoundError: the member no longer exists.
        PermissionDeniedError: the member, or the branch she is moved to, lies outside
            ``scope``; or a sensitive field the scope may not write.
        UserError: someone else saved the member after this draft was read.
    """
    member = _live_member(session, member_id)
    check_member(scope, member)
    values = validate_draft(draft, today)
    _scoped_values(scope, draft, values)
    if draft.version is not None and draft.version != member.version:
        raise ConcurrentChangeError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Hội viên này vừa được sửa ở nơi khác sau khi bạn mở. Hãy đóng rồi mở lại để xem "
                "bản mới nhất; những gì bạn gõ chưa được lưu.",
            ),
        )
    for name, value in values.items():
        setattr(member, name, value)
    session.flush()


@dataclass(frozen=True)
class StatusEventRow:
    """One line of a member's status history."""

    status: str
    effective_on: dt.date
    reason: str | None
    destination: str | None


def change_status(
    session: Session,
    member_id: str,
    status: str,
    effective_on: dt.date,
    reason: str = "",
    destination: str = "",
    today: dt.date | None = None,
    *,
    scope: Scope = WHOLE,
) -> None:
    """Record a dated status change (transfer out, leaving, death, return).

    Raises:
        ValidationError: a transfer without a destination, the status she already has, a
            date in the future or before the last change.
        NotFoundError: the member no longer exists.
        PermissionDeniedError: the member lies outside ``scope``.
    """
    member = _live_member(session, member_id)
    check_member(scope, member)
    if status not in {s.value for s in MemberStatus}:
        raise ValidationError("status", QT_TRANSLATE_NOOP("DbErrors", "Tình trạng không hợp lệ."))
    new_status = MemberStatus(status)
    if new_status == member.status:
        raise ValidationError(
            "status",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Hội viên đang ở tình trạng “{new_status}”.",
            ),
            new_status=Message(STATUS_LABELS[new_status]),
        )
    if effective_on > (today or dt.date.today()):
        raise ValidationError(
            "effective_on",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Ngày thay đổi tình trạng không được sau ngày hôm nay.",
            ),
        )
    if new_status == MemberStatus.TRANSFERRED and not clean_text(destination):
        raise ValidationError(
            "destination",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Chuyển sinh hoạt cần ghi rõ nơi chuyển đến.",
            ),
        )
    if member.status_since and effective_on < member.status_since:
        raise ValidationError(
            "effective_on",
            QT_TRANSLATE_NOOP("DbErrors", "Ngày thay đổi phải từ {status_since} trở về sau "
            "(ngày của lần thay đổi trước)."), status_since=format_date(member.status_since),
        )
    member.status = new_status
    member.status_since = effective_on
    session.add(
        MemberStatusEvent(
            owner_unit_id=member.owner_unit_id,
            member_id=member.id,
            status=new_status,
            effective_on=effective_on,
            reason=clean_text(reason) or None,
            destination=(
                clean_text(destination) or None
                if new_status == MemberStatus.TRANSFERRED
                else None
            ),
        )
    )
    session.flush()


def status_history(
    session: Session, member_id: str, *, scope: Scope = WHOLE
) -> list[StatusEventRow]:
    """Return a member's status changes, oldest first.

    Raises:
        PermissionDeniedError: the member lies outside ``scope``.
    """
    if not scope.whole:
        check_member(scope, session.get_one(Member, member_id))
    query = (
        select(MemberStatusEvent)
        .where(MemberStatusEvent.member_id == member_id, live(MemberStatusEvent))
        .order_by(MemberStatusEvent.effective_on, MemberStatusEvent.created_at)
    )
    return [
        StatusEventRow(e.status, e.effective_on, e.reason, e.destination)
        for e in session.scalars(query)
    ]


def commune_names(session: Session, member_ids: Sequence[str]) -> dict[str, str]:
    """Return each member's commune name ("Xã Hưng Hà"), for lists across communes.

    The member list itself does not carry the commune (a commune site needs none);
    an upper-level picker asks for the few hundred rows it shows, in one query.
    """
    if not member_ids:
        return {}
    rows = session.execute(
        select(Member.id, Unit.name)
        .join(Unit, Unit.id == Member.commune_id)
        .where(Member.id.in_(list(member_ids)))
    )
    return {member_id: name for member_id, name in rows}


def _check_may_edit(role: str) -> None:
    if not can(role, Action.EDIT):
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tài khoản của bạn chỉ được xem, không được sửa hội viên.",
            ),
        )


def _live_members(session: Session, member_ids: Sequence[str]) -> list[Member]:
    """Return the members to change in a bulk action, or refuse if one is gone."""
    members = list(session.scalars(select(Member).where(Member.id.in_(list(member_ids)))))
    found = {m.id: m for m in members if is_live(m) and m.erased_at is None}
    missing = [i for i in member_ids if i not in found]
    if missing:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "{count} hội viên đã chọn không còn trong sổ (có thể vừa bị xóa). Không có gì "
                "được đổi; hãy chọn lại.",
            ),
            count=len(missing),
        )
    return [found[i] for i in dict.fromkeys(member_ids)]


def bulk_change_branch(
    session: Session, member_ids: Sequence[str], branch_id: str | None, *, role: str,
    scope: Scope = WHOLE,
) -> int:
    """Move the chosen members to one branch (None: no branch), all or none.

    Each member is changed through the ORM as a single save is, so the audit trail
    records one event per member and each version advances; the caller's one
    transaction makes the whole move one action. Returns how many were moved.

    Raises:
        PermissionDeniedError: the role may only view, or a member or the branch lies
            outside ``scope``.
        NotFoundError: the branch or one of the members no longer exists.
    """
    _check_may_edit(role)
    check_branch(scope, branch_id, "chi hội đã chọn")
    if branch_id is not None:
        branch = session.get(Unit, branch_id)
        if branch is None or not is_live(branch) or branch.level != "branch":
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Không tìm thấy chi hội này (có thể đã bị xóa).",
                ),
            )
    moved = 0
    for member in _live_members(session, member_ids):
        check_member(scope, member)
        if member.branch_id != branch_id:
            member.branch_id = branch_id
            moved += 1
    session.flush()
    return moved


def bulk_change_status(
    session: Session,
    member_ids: Sequence[str],
    status: str,
    effective_on: dt.date,
    *,
    role: str,
    reason: str = "",
    destination: str = "",
    today: dt.date | None = None,
    scope: Scope = WHOLE,
) -> int:
    """Record the same dated status change for the chosen members, all or none.

    The rules of :func:`change_status` apply to each member; if one of them refuses
    (a member already in that status, a date before her last change), nothing is
    stored and the message names her. Returns how many were changed.

    Raises:
        PermissionDeniedError: the role may only view, or a member lies outside ``scope``.
        ValidationError: a member the change does not apply to.
    """
    _check_may_edit(role)
    members = _live_members(session, member_ids)
    for member in members:
        check_member(scope, member)
    for member in members:
        try:
            change_status(session, member.id, status, effective_on, reason, destination,
                          today=today, scope=scope)
        except ValidationError as exc:
            raise ValidationError(
                exc.field,
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "{full_name}: {message_text}",
                ),
                full_name=member.full_name,
                message_text=exc.message,
            ) from exc
    return len(members)
