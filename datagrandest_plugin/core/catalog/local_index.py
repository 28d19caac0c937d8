"""The catalogue records already seen, kept on disk and searchable offline.

Every record a search returned is remembered (by source: the catalogue's
address); when a catalogue cannot be reached, the search runs over these
records instead and the page is marked stale ("hors ligne").

An SQLite file beside the cache (``sqlite3`` ships with Python and QGIS): each
answer adds or updates its own rows (the whole JSON file used to be rewritten
at every answer, seconds at 20,000 records), and a search reads only what it
shows. Matching is accent- and case-insensitive on every word, as a substring,
over a normalised text per record, indexed by FTS5's trigram tokenizer when
this SQLite has it. A folder that cannot be written keeps the records in memory.
The JSON file of earlier versions is read once into the database, then removed.
"""

import json
import logging
import sqlite3
import threading
import time
from pathlib import Path
from typing import Optional

from ..net.cache import atomic_write
from ..i18n import tr
from ..text_search import normalise
from .models import CatalogRecord, Link, SearchPage, SearchQuery, merge_records

MAX_RECORDS = 20000
_LOG = logging.getLogger("datagrandest")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS records (
    id INTEGER PRIMARY KEY, source TEXT NOT NULL, key TEXT NOT NULL, data TEXT NOT NULL,
    haystack TEXT NOT NULL, themes TEXT NOT NULL, organisation TEXT NOT NULL, date TEXT NOT NULL,
    west REAL, south REAL, east REAL, north REAL, UNIQUE (source, key));
"""


def record_from_dict(data: dict) -> CatalogRecord:
    values = dict(data)
    values["links"] = [Link(**link) for link in values.get("links") or []]
    values["bbox"] = tuple(values["bbox"]) if values.get("bbox") else None
    return CatalogRecord(**values)


def _haystack(record: CatalogRecord) -> str:
    return normalise(" ".join([record.title, record.abstract, record.organisation, record.identifier,
                               " ".join(record.keywords), " ".join(record.themes)]))


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class LocalCatalog:
    def __init__(self, path):
        self.path = Path(path)  # the JSON file of earlier versions; the database sits beside it
        self.database = self.path.with_suffix(".sqlite")
        self._lock = threading.Lock()
        self._db: Optional[sqlite3.Connection] = None
        self._fts = False
        self._decoded = {}  # row id -> CatalogRecord already read (typing on reads the same rows again)
        self.latest_path = self.path.with_name(self.path.stem + "-latest.json")
        self.saved_at = 0.0

    # -- storage ----------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        if self._db is not None:
            return self._db
        try:
            self.database.parent.mkdir(parents=True, exist_ok=True)
            db = self._connect(str(self.database))
        except (OSError, sqlite3.Error) as error:
            _LOG.warning(tr("The offline catalogue {file} cannot be written ({reason}): it is kept in memory only.")
                         .format(file=self.database, reason=error))
            db = self._connect(":memory:")
        self._db = db
        row = db.execute("SELECT value FROM meta WHERE name = 'saved_at'").fetchone()
        self.saved_at = float(row[0]) if row else 0.0
        self._migrate_json()
        return db

    def _connect(self, where: str) -> sqlite3.Connection:
        db = sqlite3.connect(where, timeout=10, check_same_thread=False, isolation_level=None)
        # no WAL: a search that only reads leaves every file as it was (the last good copy, untouched)
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(_SCHEMA)
        try:
            db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS haystacks USING fts5(haystack, tokenize='trigram')")
            self._fts = True
        except sqlite3.Error:  # an SQLite without FTS5 or its trigram tokenizer: LIKE over the column
            self._fts = False
        return db

    def _migrate_json(self):
        """The records of the JSON file earlier versions wrote, once."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError:
            return
        try:
            data = json.loads(text)
            saved_at = float(data.get("saved_at", 0))
            for source, records in data.get("records", {}).items():
                self._store(source, [record_from_dict(r) for r in records])
        except (ValueError, KeyError, TypeError, AttributeError):
            pass  # no usable copy: nothing to carry over
        else:
            self._set_saved_at(max(saved_at, self.saved_at))
        try:
            self.path.unlink()
        except OSError:
            pass

    def _set_saved_at(self, value: float):
        self.saved_at = value
        self._db.execute("INSERT INTO meta (name, value) VALUES ('saved_at', ?) "
                         "ON CONFLICT (name) DO UPDATE SET value = excluded.value", (str(value),))

    def _store(self, source: str, records):
        db = self._db
        db.execute("BEGIN")
        try:
            for record in records:
                box = tuple(record.bbox) if record.bbox else (None, None, None, None)
                haystack = _haystack(record)
                gone = db.execute("SELECT id FROM records WHERE source = ? AND key = ?", (source, record.key)).fetchone()
                if gone is not None:  # seen again: it becomes the newest, the last to make room
                    self._forget([gone[0]])
                rowid = db.execute(
                    "INSERT INTO records (source, key, data, haystack, themes, organisation, date, west, south, east, "
                    "north) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (source, record.key, json.dumps(record.as_dict(), ensure_ascii=False), haystack,
                     normalise(" ".join(record.themes + record.keywords)), normalise(record.organisation),
                     record.date or "") + box).lastrowid
                if self._fts:
                    db.execute("INSERT INTO haystacks (rowid, haystack) VALUES (?, ?)", (rowid, haystack))
            excess = db.execute("SELECT COUNT(*) FROM records").fetchone()[0] - MAX_RECORDS
            if excess > 0:  # the oldest of this catalogue make room
                old = [row[0] for row in db.execute(
                    "SELECT id FROM records WHERE source = ? ORDER BY id LIMIT ?", (source, excess))]
                self._forget(old)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _forget(self, ids):
        self._db.executemany("DELETE FROM records WHERE id = ?", [(i,) for i in ids])
        if self._fts:
            self._db.executemany("DELETE FROM haystacks WHERE rowid = ?", [(i,) for i in ids])
        for rowid in ids:
            self._decoded.pop(rowid, None)

    def remember(self, source: str, records):
        """Add or update ``records`` of ``source``: only their rows are written (called in tasks)."""
        if not records:
            return
        with self._lock:
            self._open()
            try:
                self._store(source, records)
                self._set_saved_at(time.time())
            except sqlite3.Error as error:  # a full disk, a damaged file: the catalogue still answers
                _LOG.warning(tr("The offline catalogue {file} could not be saved ({reason}).")
                             .format(file=self.database, reason=error))

    # -- reading ----------------------------------------------------------------
    def count(self, source: str = "") -> int:
        with self._lock:
            db = self._open()
            if source:
                return db.execute("SELECT COUNT(*) FROM records WHERE source = ?", (source,)).fetchone()[0]
            return db.execute("SELECT COUNT(*) FROM records").fetchone()[0]

    def _where(self, source: str, query: SearchQuery):
        words = [normalise(w) for w in " ".join((query.text, query.title, query.keyword)).split()]
        clauses, values = ["records.source = ?"], [source]
        column = "haystacks.haystack" if self._fts else "records.haystack"
        for word in sorted(set(words), key=len, reverse=True):
            clauses.append(f"{column} LIKE ? ESCAPE '\\'")
            values.append(_like(word))
        theme, organisation = normalise(query.theme), normalise(query.organisation)
        if theme:
            clauses.append("records.themes LIKE ? ESCAPE '\\'")
            values.append(_like(theme))
        if organisation:
            clauses.append("records.organisation LIKE ? ESCAPE '\\'")
            values.append(_like(organisation))
        if query.bbox:
            west, south, east, north = query.bbox
            clauses.append("(records.west IS NULL OR NOT (records.east < ? OR records.west > ? OR records.north < ? "
                           "OR records.south > ?))")
            values += [west, east, south, north]
        joined = " JOIN haystacks ON haystacks.rowid = records.id" if self._fts else ""
        order = "records.date DESC, records.id" if query.sort == "date" else "records.id"
        return f"FROM records{joined} WHERE {' AND '.join(clauses)}", values, order

    def _records(self, rows):
        out = []
        for rowid, data in rows:
            record = self._decoded.get(rowid)
            if record is None:
                record = self._decoded[rowid] = record_from_dict(json.loads(data))
            out.append(record)
        return out

    def matches(self, source: str, query: SearchQuery):
        """Records of ``source`` matching every word of the query, in stored order (or by date)."""
        with self._lock:
            db = self._open()
            where, values, order = self._where(source, query)
            return self._records(db.execute(f"SELECT records.id, records.data {where} ORDER BY {order}", values))

    def keep_latest(self, text: str, keys, buckets=()) -> None:
        """Remember which records (their keys, in the order shown) the search ``text`` gave: they are
        shown again when QGIS starts next. A small file of its own, quick to write after each search."""
        payload = {"text": text, "keys": list(keys), "buckets": list(buckets), "at": time.time()}
        atomic_write(self.latest_path, json.dumps(payload, ensure_ascii=False).encode("utf-8"))

    def latest(self, buckets=None):
        """(text, records, when) of the last search kept, each record merged over the sources
        that have it; None when none was kept (or the file is unreadable). ``buckets``: only the
        records kept for these catalogues (their addresses now), as the offline search does."""
        try:
            kept = json.loads(self.latest_path.read_text(encoding="utf-8"))
            text, keys, at = str(kept["text"]), [str(k) for k in kept["keys"]], float(kept.get("at", 0))
        except (OSError, ValueError, KeyError, TypeError):
            return None
        found = []
        with self._lock:
            db = self._open()
            for key in keys:
                rows = [(rowid, data) for rowid, source, data in db.execute(
                    "SELECT id, source, data FROM records WHERE key = ? ORDER BY id", (key,))
                    if buckets is None or source in buckets]
                versions = self._records(rows)
                if versions:
                    found.append(merge_records(versions)[0])
        return text, found, at

    def search(self, source: str, query: SearchQuery) -> Optional[SearchPage]:
        """A page of remembered records, or None when nothing of ``source`` is remembered."""
        if not self.count(source):
            return None
        with self._lock:
            db = self._open()
            where, values, order = self._where(source, query)
            total = db.execute(f"SELECT COUNT(*) {where}", values).fetchone()[0]
            rows = db.execute(f"SELECT records.id, records.data {where} ORDER BY {order} LIMIT ? OFFSET ?",
                              values + [query.page_size, query.start])
            records = self._records(rows)
        page = SearchPage(source=source, records=records, total=total, page=query.page, page_size=query.page_size)
        page.stale = True
        page.saved_at = self.saved_at
        return page
