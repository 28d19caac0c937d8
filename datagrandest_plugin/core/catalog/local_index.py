"""The catalogue records already seen, kept on disk and searchable offline.

Every record a search returned is remembered (by source); when a catalogue
cannot be reached, the search runs over these records instead and the page
is marked stale ("hors ligne"). Matching is accent- and case-insensitive on
every word, over a haystack precomputed per record, so filtering thousands
of records per keystroke stays in the millisecond range.
"""

import json
import threading
import time
from pathlib import Path
from typing import Dict, Optional

from ..cache import atomic_write
from ..text_search import normalise
from .models import CatalogRecord, Link, SearchPage, SearchQuery, merge_records

MAX_RECORDS = 20000




def record_from_dict(data: dict) -> CatalogRecord:
    values = dict(data)
    values["links"] = [Link(**link) for link in values.get("links") or []]
    values["bbox"] = tuple(values["bbox"]) if values.get("bbox") else None
    return CatalogRecord(**values)


def _haystack(record: CatalogRecord) -> str:
    return normalise(" ".join([record.title, record.abstract, record.organisation, record.identifier,
                               " ".join(record.keywords), " ".join(record.themes)]))


class LocalCatalog:
    def __init__(self, path):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._records: Optional[Dict[str, Dict[str, CatalogRecord]]] = None  # source -> key -> record
        self._haystacks: Dict[tuple, str] = {}
        self._pairs: Dict[str, list] = {}  # source -> [(haystack, record)], rebuilt after a change
        self._last = ("", [], [])  # the previous filter: (source, words, matching pairs)
        self.latest_path = self.path.with_name(self.path.stem + "-latest.json")
        self.saved_at = 0.0

    def _load(self):
        if self._records is not None:
            return
        self._records = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self.saved_at = float(data.get("saved_at", 0))
            for source, records in data.get("records", {}).items():
                self._records[source] = {r["identifier"].lower(): record_from_dict(r) for r in records}
        except (OSError, ValueError, KeyError, TypeError):
            self._records = {}  # no usable copy: start empty, the file is replaced at the next save
        for source, records in self._records.items():
            for key, record in records.items():
                self._haystacks[(source, key)] = _haystack(record)

    def remember(self, source: str, records):
        if not records:
            return
        with self._lock:
            self._load()
            bucket = self._records.setdefault(source, {})
            for record in records:
                bucket[record.key] = record
                self._haystacks[(source, record.key)] = _haystack(record)
            self._pairs.pop(source, None)
            self._last = ("", [], [])
            while sum(len(b) for b in self._records.values()) > MAX_RECORDS:
                oldest = next(iter(bucket))
                del bucket[oldest]
                self._haystacks.pop((source, oldest), None)
            self._save()

    def _save(self):
        """Kept in memory whatever happens; on disk when the cache folder can be written."""
        self.saved_at = time.time()
        payload = {"saved_at": self.saved_at,
                   "records": {s: [r.as_dict() for r in b.values()] for s, b in self._records.items()}}
        atomic_write(self.path, json.dumps(payload, ensure_ascii=False).encode("utf-8"))

    def count(self, source: str = "") -> int:
        with self._lock:
            self._load()
            return sum(len(b) for s, b in self._records.items() if not source or s == source)

    def matches(self, source: str, query: SearchQuery):
        """Records of ``source`` matching every word of the query, in stored order."""
        words = [normalise(w) for w in " ".join((query.text, query.title, query.keyword)).split()]
        theme, organisation = normalise(query.theme), normalise(query.organisation)
        with self._lock:
            self._load()
            pairs = self._pairs.get(source)
            if pairs is None:
                pairs = [(self._haystacks[(source, key)], record)
                         for key, record in self._records.get(source, {}).items()]
                self._pairs[source] = pairs
            # typing on: the new words extend the previous ones, so only the previous matches can match
            last_source, last_words, last_found = self._last
            if last_source == source and last_words and _extends(words, last_words):
                pairs = last_found
            for word in sorted(words, key=len, reverse=True):
                pairs = [pair for pair in pairs if word in pair[0]]
            self._last = (source, words, pairs)
        found = [record for _haystack, record in pairs]
        if theme:
            found = [r for r in found if theme in normalise(" ".join(r.themes + r.keywords))]
        if organisation:
            found = [r for r in found if organisation in normalise(r.organisation)]
        if query.bbox:
            found = [r for r in found if not r.bbox or _intersects(r.bbox, query.bbox)]
        if query.sort == "date":
            found.sort(key=lambda r: r.date, reverse=True)
        return found

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
        with self._lock:
            self._load()
            found = []
            wanted = [b for name, b in self._records.items() if buckets is None or name in buckets]
            for key in keys:
                versions = [bucket[key] for bucket in wanted if key in bucket]
                if versions:
                    found.append(merge_records(versions)[0])
        return text, found, at

    def search(self, source: str, query: SearchQuery) -> Optional[SearchPage]:
        """A page of remembered records, or None when nothing of ``source`` is remembered."""
        if not self.count(source):
            return None
        found = self.matches(source, query)
        page = SearchPage(source, found[query.start:query.start + query.page_size], len(found), query.page,
                          query.page_size)
        page.stale = True
        page.saved_at = self.saved_at
        return page


def _extends(words, previous) -> bool:
    """Every previous word is contained in the word at its place now (more letters, more words)."""
    return len(words) >= len(previous) and all(old in new for old, new in zip(previous, words))


def _intersects(a, b) -> bool:
    return not (a[2] < b[0] or a[0] > b[2] or a[3] < b[1] or a[1] > b[3])
