"""The catalogue records already seen, kept on disk and searchable offline.

Every record a search returned is remembered (by source: the catalogue's
address); when a catalogue cannot be reached, the search runs over these
records instead and the page is marked stale ("hors ligne").

An SQLite file beside the cache (``sqlite3`` ships with Python and QGIS): each
answer adds or updates its own rows, in one transaction, written by a thread of
its own (``_Writes``) so that the search which found the records never waits
for the disk, however many are saved. A read first waits for the writes asked
before it. Matching is accent- and case-insensitive on every word, as a
substring, over a normalised text per record computed once when it is saved:
these keys are read once into memory (a few bytes per record beside its text)
and filtered there, so that a keystroke costs a pass of ``in`` over them; a
record is decoded only when it is shown. A folder that cannot be written keeps
the records in memory. The JSON file of earlier versions is read once into the
database, then removed.
"""

import json
import logging
import sqlite3
import threading
import time
from collections import deque
from pathlib import Path
from typing import NamedTuple, Optional

from ..net.cache_files import atomic_write
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
CREATE INDEX IF NOT EXISTS records_of_source ON records (source);
"""  # records_of_source: a catalogue's records in stored order (the row id ends each entry), none sorted
_RECENT = 8  # searches whose matches a search typed on from them filters again
_KEY_COLUMNS = "id, haystack, themes, organisation, date, west, south, east, north"


class _Keys(NamedTuple):
    """What a search compares of one saved record (its normalised texts, date and extent)."""
    rowid: int
    haystack: str
    themes: str
    organisation: str
    date: str
    west: Optional[float]
    south: Optional[float]
    east: Optional[float]
    north: Optional[float]


class _Writes:
    """The writes waiting for one database file, and the one thread that does them, in order.

    Shared by every ``LocalCatalog`` of that file (the panel's, the locator's, the command
    line's). The thread is not a daemon: a command line that ends waits for its last answer to
    be saved. ``generation`` counts the writes done, for the keys read into memory."""

    _of_file = {}
    _of_file_lock = threading.Lock()

    def __init__(self, database: Path):
        self.database = database
        self.state = threading.Condition()
        self.pending = deque()
        self.thread = None
        self.generation = 0

    @classmethod
    def of(cls, database: Path) -> "_Writes":
        with cls._of_file_lock:
            name = str(database.resolve())
            if name not in cls._of_file:
                cls._of_file[name] = cls(database)
            return cls._of_file[name]

    def add(self, write):
        with self.state:
            self.pending.append(write)
            if self.thread is None:
                self.thread = threading.Thread(target=self._run, name="DataGrandEst offline catalogue")
                self.thread.start()

    def _run(self):
        while True:
            with self.state:
                if not self.pending:
                    self.thread = None
                    self.state.notify_all()
                    return
                write = self.pending.popleft()
            try:
                write()
            except Exception as error:  # noqa: BLE001 - one answer's copy may be lost, never the writes after it
                _LOG.warning(tr("The offline catalogue {file} could not be saved ({reason}).").format(
                    file=self.database, reason=type(error).__name__))
            with self.state:
                self.generation += 1

    def wait(self) -> int:
        """Until every write asked so far is done (at once from the writing thread); the generation."""
        with self.state:
            while self.thread is not None and self.thread is not threading.current_thread():
                self.state.wait()
            return self.generation


def record_from_dict(data: dict) -> CatalogRecord:
    values = dict(data)
    values["links"] = [Link(**link) for link in values.get("links") or []]
    values["bbox"] = tuple(values["bbox"]) if values.get("bbox") else None
    return CatalogRecord(**values)


def _haystack(record: CatalogRecord) -> str:
    return normalise(" ".join([record.title, record.abstract, record.organisation, record.identifier,
                               " ".join(record.keywords), " ".join(record.themes)]))


def _rows(records) -> list:
    """(key, data, haystack, themes, organisation, date, west, south, east, north) of each record."""
    return [(record.key, json.dumps(record.as_dict(), ensure_ascii=False), _haystack(record),
             normalise(" ".join(record.themes + record.keywords)), normalise(record.organisation), record.date or "")
            + (tuple(record.bbox) if record.bbox else (None, None, None, None)) for record in records]


def _kept_details(row, stored: str):
    """``row``, or, when it holds a search's summary of a record saved read in full, the summary's
    fields with the full record's lineage, links and other fields the summary lacks."""
    try:
        old = json.loads(stored)
        if not old.get("detailed"):  # the common case: nothing to keep, the new row is not read back
            return row
        new = json.loads(row[1])
        if new.get("detailed"):
            return row
        return _rows(merge_records([record_from_dict(new), record_from_dict(old)]))[0]
    except (ValueError, KeyError, TypeError, AttributeError):
        return row  # a row this version cannot read: the new answer replaces it


class LocalCatalog:
    def __init__(self, path):
        self.path = Path(path)  # the JSON file of earlier versions; the database sits beside it
        self.database = self.path.with_suffix(".sqlite")
        self._writes = _Writes.of(self.database)
        self._lock = threading.Lock()
        self._db: Optional[sqlite3.Connection] = None
        self._keys = {}  # source -> [_Keys in stored order], read when first searched
        self._recent = {}  # (source, other filters) -> the last few (words, keys found): typing on filters those
        self._decoded = {}  # row id -> CatalogRecord already read (typing on shows the same rows again)
        self._generation = -1  # of the writes when _keys and _decoded were read
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

    @staticmethod
    def _connect(where: str) -> sqlite3.Connection:
        db = sqlite3.connect(where, timeout=10, check_same_thread=False, isolation_level=None)
        # no WAL: a search that only reads leaves every file as it was (the last good copy, untouched)
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(_SCHEMA)
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'haystacks'").fetchone():
            db.execute("DROP TABLE haystacks")  # the full-text index of the version before: the keys replace it
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
                self._store(source, _rows(record_from_dict(r) for r in records), max(saved_at, self.saved_at))
        except (ValueError, KeyError, TypeError, AttributeError):
            pass  # no usable copy: nothing to carry over
        try:
            self.path.unlink()
        except OSError:
            pass

    def _store(self, source: str, rows, saved_at: float):
        """The ``rows`` (of ``_rows``) and the time saved, in one transaction (one commit per answer)."""
        db = self._db
        db.execute("BEGIN")
        try:
            for row in rows:
                gone = db.execute("SELECT id, data FROM records WHERE source = ? AND key = ?", (source, row[0])).fetchone()
                if gone is not None:  # seen again: it becomes the newest, the last to make room
                    row = _kept_details(row, gone[1])
                    db.execute("DELETE FROM records WHERE id = ?", gone[:1])
                db.execute(
                    "INSERT INTO records (source, key, data, haystack, themes, organisation, date, west, south, east, "
                    "north) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (source,) + row)
            excess = db.execute("SELECT COUNT(*) FROM records").fetchone()[0] - MAX_RECORDS
            if excess > 0:  # the oldest of this catalogue make room
                db.execute("DELETE FROM records WHERE id IN (SELECT id FROM records WHERE source = ? ORDER BY id "
                           "LIMIT ?)", (source, excess))
            db.execute("INSERT INTO meta (name, value) VALUES ('saved_at', ?) "
                       "ON CONFLICT (name) DO UPDATE SET value = excluded.value", (str(saved_at),))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        self.saved_at = saved_at

    def remember(self, source: str, records):
        """Add or update ``records`` of ``source``: their rows are made here (what the caller does with
        the records next is not saved) and written by the writing thread; the caller goes on at once."""
        if not records:
            return
        if self._db is None:
            with self._lock:
                self._open()  # here, once: the file exists when this returns
        rows, saved_at = _rows(records), time.time()
        self._writes.add(lambda: self._write(source, rows, saved_at))

    def _write(self, source: str, rows, saved_at: float):
        with self._lock:
            try:
                self._store(source, rows, saved_at)
            except sqlite3.Error as error:  # a full disk, a damaged file: the catalogue still answers
                _LOG.warning(tr("The offline catalogue {file} could not be saved ({reason}).")
                             .format(file=self.database, reason=error))

    def flush(self):
        """Until every answer remembered so far (by any catalogue of this file) is written: for
        who reads the files themselves. A search of this catalogue waits for it anyway."""
        self._writes.wait()

    # -- reading ----------------------------------------------------------------
    def count(self, source: str = "") -> int:
        self._writes.wait()
        with self._lock:
            db = self._open()
            if source:
                return db.execute("SELECT COUNT(*) FROM records WHERE source = ?", (source,)).fetchone()[0]
            return db.execute("SELECT COUNT(*) FROM records").fetchone()[0]

    def _reading(self, generation: int) -> sqlite3.Connection:
        """The database, what was read of it before the last writes let go (a row id may name another
        record after a write, from this catalogue or another one of the same file)."""
        db = self._open()
        if self._generation != generation:
            self._keys, self._recent, self._decoded, self._generation = {}, {}, {}, generation
            row = db.execute("SELECT value FROM meta WHERE name = 'saved_at'").fetchone()
            self.saved_at = float(row[0]) if row else 0.0
        return db

    def _source_keys(self, db, source: str):
        if source not in self._keys:
            rows = db.execute(f"SELECT {_KEY_COLUMNS} FROM records WHERE source = ? ORDER BY id", (source,))
            self._keys[source] = [_Keys(*row) for row in rows]
        return self._keys[source]

    def _found(self, db, source: str, query: SearchQuery):
        """The keys of the records of ``source`` matching every word and filter of ``query``, in stored
        order (or by date, newest first)."""
        words = sorted({normalise(w) for w in " ".join((query.text, query.title, query.keyword)).split()},
                       key=len, reverse=True)  # the longest first: it leaves the fewest
        theme, organisation = normalise(query.theme), normalise(query.organisation)
        filters = (source, theme, organisation, tuple(query.bbox) if query.bbox else None)
        recent = self._recent.setdefault(filters, deque(maxlen=_RECENT))
        found = self._source_keys(db, source)
        for earlier_words, earlier in recent:
            # typing on (or back to an earlier text): a record with every new word has every earlier
            # word when each earlier one lies inside a new one, so only the earlier matches can match
            if len(earlier) < len(found) and all(any(old in new for new in words) for old in earlier_words):
                found = earlier
        for word in words:
            found = [k for k in found if word in k.haystack]
        if theme:
            found = [k for k in found if theme in k.themes]
        if organisation:
            found = [k for k in found if organisation in k.organisation]
        if query.bbox:
            west, south, east, north = query.bbox
            found = [k for k in found if k.west is None or not (
                k.east < west or k.west > east or k.north < south or k.south > north)]
        recent.append((words, found))
        if query.sort == "date":
            found = sorted(found, key=lambda k: k.date, reverse=True)  # stable: stored order within a date
        return found

    def _records(self, db, ids):
        """The records of the row ``ids``, in that order, each decoded once."""
        missing = [rowid for rowid in ids if rowid not in self._decoded]
        for start in range(0, len(missing), 500):
            chunk = missing[start:start + 500]
            rows = db.execute(f"SELECT id, data FROM records WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
            for rowid, data in rows:
                self._decoded[rowid] = record_from_dict(json.loads(data))
        return [self._decoded[rowid] for rowid in ids if rowid in self._decoded]

    def matches(self, source: str, query: SearchQuery):
        """Records of ``source`` matching every word of the query, in stored order (or by date)."""
        generation = self._writes.wait()
        with self._lock:
            db = self._reading(generation)
            return self._records(db, [k.rowid for k in self._found(db, source, query)])

    def keep_latest(self, text: str, keys, buckets=()) -> None:
        """Remember which records (their keys, in the order shown) the search ``text`` gave: they are
        shown again when QGIS starts next. A small file of its own, written by the writing thread
        (the panel asks for it on the GUI thread)."""
        payload = {"text": text, "keys": list(keys), "buckets": list(buckets), "at": time.time()}
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self._writes.add(lambda: atomic_write(self.latest_path, data))

    def latest(self, buckets=None):
        """(text, records, when) of the last search kept, each record merged over the sources
        that have it; None when none was kept (or the file is unreadable). ``buckets``: only the
        records kept for these catalogues (their addresses now), as the offline search does."""
        generation = self._writes.wait()
        try:
            kept = json.loads(self.latest_path.read_text(encoding="utf-8"))
            text, keys, at = str(kept["text"]), [str(k) for k in kept["keys"]], float(kept.get("at", 0))
        except (OSError, ValueError, KeyError, TypeError):
            return None
        found = []
        with self._lock:
            db = self._reading(generation)
            for key in keys:
                ids = [rowid for rowid, source in db.execute(
                    "SELECT id, source FROM records WHERE key = ? ORDER BY id", (key,))
                    if buckets is None or source in buckets]
                versions = self._records(db, ids)
                if versions:
                    found.append(merge_records(versions)[0])
        return text, found, at

    def search(self, source: str, query: SearchQuery) -> Optional[SearchPage]:
        """A page of remembered records, or None when nothing of ``source`` is remembered."""
        generation = self._writes.wait()
        with self._lock:
            db = self._reading(generation)
            if not self._source_keys(db, source):
                return None
            found = self._found(db, source, query)
            records = self._records(db, [k.rowid for k in found[query.start:query.start + query.page_size]])
        page = SearchPage(source=source, records=records, total=len(found), page=query.page, page_size=query.page_size)
        page.stale = True
        page.saved_at = self.saved_at
        return page
