"""Members edited on both sides: what a branch site's package may change at the commune.

Members stay the commune's records (the commune office keeps the register and answers
for it); a branch site holds a copy of its own members and may correct them. Which side
wins is decided per field (docs/ARCHITECTURE.md §6):

- the branch wins for the contact details it sees every month (:data:`BRANCH_WINS`);
- the commune office wins for everything else (status, branch, identity, card,
  membership), and a different value the branch set is kept only in the member's
  history, as a change the branch proposed.

Either way the other side's change is never dropped silently: each member touched gets
an event in her change history naming the fields, the commune's value and the branch's,
and the commune's copy is marked changed so that its next package brings the merged
record back to the branch.
"""

from __future__ import annotations

from typing import Any, Final

from sqlalchemy.orm import Session

from db.audit import record_bulk
from db.dialects import dialect_of
from db.sync.tables import TableRows, columns_of

BRANCH_WINS: Final = ("phone", "address", "occupation")
"""Contact details the branch leader corrects at the meeting; her value wins."""

_NOT_COMPARED: Final = frozenset({
    "id", "owner_unit_id", "created_at", "updated_at", "version", "deleted_at",
    "given_name", "search_key", "sort_key", "erased_at",
})

COMMUNE_WINS: Final = tuple(
    column for column in columns_of("members")
    if column not in _NOT_COMPARED and column not in BRANCH_WINS
)
"""Everything else of a member: the commune office's value stays."""

APPLIED_ACTION: Final = "branch_edit"
KEPT_ACTION: Final = "branch_kept"


def merge_branch_members(
    session: Session, rows: TableRows, branch_id: str, commune_id: str, now: str,
) -> tuple[int, int]:
    """Merge a branch's copies of its members into the commune's records.

    Runs in the import's transaction, after the authority check made sure every row is
    a member of the commune in that branch. A branch sends only the members it changed
    since the commune's last package reached it, so each row is a branch edit; where the
    commune changed the same contact detail meanwhile, the event keeps the commune's
    value beside the branch's.

    Returns:
        How many members took a branch value, and how many had a branch value refused.
    """
    if not rows.rows:
        return 0, 0
    wanted = [c for c in ("id", *BRANCH_WINS, *COMMUNE_WINS) if c in rows.columns]
    incoming = {row[rows.columns.index("id")]: dict(zip(rows.columns, row, strict=True))
                for row in rows.rows}
    cursor = dialect_of(session).raw_cursor(session)
    applied_ids: list[str] = []
    applied: list[dict[str, Any]] = []
    kept_ids: list[str] = []
    kept: list[dict[str, Any]] = []
    try:
        quoted = ", ".join(f'"{c}"' for c in wanted)
        for member_id, theirs in incoming.items():
            found = cursor.execute(
                f"SELECT {quoted} FROM members WHERE id = ? AND owner_unit_id = ? "
                "AND branch_id = ?", (member_id, commune_id, branch_id),
            ).fetchone()
            if found is None:
                continue
            ours = dict(zip(wanted, found, strict=True))
            taken: dict[str, list[Any]] = {c: [ours[c], theirs[c]] for c in BRANCH_WINS
                     if c in theirs and theirs[c] != ours[c]}
            refused: dict[str, list[Any]] = {c: [ours[c], theirs[c]] for c in COMMUNE_WINS
                       if c in theirs and theirs[c] != ours[c]}
            if not taken and not refused:
                continue
            sets = "".join(f'"{c}" = ?, ' for c in taken)
            cursor.execute(
                f"UPDATE members SET {sets}updated_at = ?, version = version + 1 WHERE id = ?",
                [*(pair[1] for pair in taken.values()), now, member_id],
            )
            if taken:
                applied_ids.append(member_id)
                applied.append(taken)
            if refused:
                kept_ids.append(member_id)
                kept.append(refused)
    finally:
        cursor.close()
    record_bulk(session, "members", applied_ids, APPLIED_ACTION, applied, commune_id,
                limit=None)
    record_bulk(session, "members", kept_ids, KEPT_ACTION, kept, commune_id, limit=None)
    return len(applied_ids), len(kept_ids)
