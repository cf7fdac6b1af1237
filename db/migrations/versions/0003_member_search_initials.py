"""member search by word initial

A search ending in a one- or two-letter word ("pham thi l", "le thi hoa") matches names
with a word starting with those letters; when the other words are common, the first
screen of such names lies deep in the name order, and walking the name index to it
read 400,000 entries (45–65 ms) among a million members. This table lists every live
member once per distinct initial of her name's words, in name order, so that such a
search walks only the members having a word with that initial: the first screen is
reached within a few thousand entries.

On PostgreSQL one PL/pgSQL trigger keeps the same table, the name order compares under
``COLLATE "C"``, and ``instr`` (SQLite's, used by the walk) is defined as ``strpos``.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 11:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGERS = ("member_initials_insert", "member_initials_delete", "member_initials_update")


def _words(prefix: str) -> str:
    """The words of a member's search key (a-z, 0-9 and single spaces) as json_each rows."""
    return f"json_each('[\"' || replace({prefix}.search_key, ' ', '\",\"') || '\"]')"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        upgrade_postgresql()
        return
    op.execute(
        "CREATE TABLE member_search_initials ("
        "initial TEXT NOT NULL, sort_key TEXT NOT NULL, id TEXT NOT NULL, "
        "search_key TEXT NOT NULL, PRIMARY KEY (initial, sort_key, id)) WITHOUT ROWID"
    )
    insert_new = (
        "INSERT INTO member_search_initials(initial, sort_key, id, search_key) "
        f"SELECT DISTINCT substr(value, 1, 1), new.sort_key, new.id, new.search_key "
        f"FROM {_words('new')} WHERE value != ''"
    )
    delete_old = (
        "DELETE FROM member_search_initials WHERE initial IN "
        f"(SELECT substr(value, 1, 1) FROM {_words('old')}) "
        "AND sort_key = old.sort_key AND id = old.id"
    )
    op.execute(
        "CREATE TRIGGER member_initials_insert AFTER INSERT ON members "
        f"WHEN new.deleted_at IS NULL BEGIN {insert_new}; END"
    )
    op.execute(
        f"CREATE TRIGGER member_initials_delete AFTER DELETE ON members BEGIN {delete_old}; END"
    )
    op.execute(
        "CREATE TRIGGER member_initials_update "
        "AFTER UPDATE OF search_key, sort_key, deleted_at ON members BEGIN "
        f"{delete_old}; {insert_new} AND new.deleted_at IS NULL; END"
    )
    op.execute(
        "INSERT INTO member_search_initials(initial, sort_key, id, search_key) "
        "SELECT DISTINCT substr(value, 1, 1), m.sort_key, m.id, m.search_key "
        f"FROM members AS m, {_words('m')} WHERE m.deleted_at IS NULL AND value != ''"
    )


PG_FUNCTION = """
CREATE FUNCTION member_initials_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM member_search_initials WHERE id = OLD.id AND sort_key = OLD.sort_key;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.deleted_at IS NULL THEN
        INSERT INTO member_search_initials(initial, sort_key, id, search_key)
        SELECT DISTINCT substr(w, 1, 1), NEW.sort_key, NEW.id, NEW.search_key
        FROM unnest(string_to_array(NEW.search_key, ' ')) AS w WHERE w <> '';
    END IF;
    RETURN NULL;
END
$$
"""


def upgrade_postgresql() -> None:
    op.execute(
        "CREATE TABLE member_search_initials ("
        'initial TEXT NOT NULL, sort_key TEXT COLLATE "C" NOT NULL, id TEXT NOT NULL, '
        "search_key TEXT NOT NULL, PRIMARY KEY (initial, sort_key, id))"
    )
    op.execute("CREATE INDEX ix_member_search_initials_id ON member_search_initials (id)")
    op.execute(PG_FUNCTION)
    op.execute(
        "CREATE TRIGGER member_initials AFTER INSERT OR DELETE OR UPDATE OF search_key, "
        "sort_key, deleted_at ON members FOR EACH ROW EXECUTE FUNCTION member_initials_keep()"
    )
    op.execute(
        "CREATE FUNCTION instr(text, text) RETURNS integer LANGUAGE sql IMMUTABLE "
        "PARALLEL SAFE AS 'SELECT strpos($1, $2)'"
    )
    op.execute(
        "INSERT INTO member_search_initials(initial, sort_key, id, search_key) "
        "SELECT DISTINCT substr(w, 1, 1), m.sort_key, m.id, m.search_key FROM members AS m, "
        "unnest(string_to_array(m.search_key, ' ')) AS w "
        "WHERE m.deleted_at IS NULL AND w <> ''"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS member_initials ON members")
        op.execute("DROP FUNCTION IF EXISTS member_initials_keep()")
        op.execute("DROP FUNCTION IF EXISTS instr(text, text)")
        op.execute("DROP TABLE IF EXISTS member_search_initials")
        return
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS member_search_initials")
