"""Where the community content comes from: network, cache, or the bundled copy.

``load_content`` always returns something to show. The cache keeps only files
in which every entry is valid, so a broken or hostile file never replaces the
last good copy. A file that is sound as a whole but has invalid entries is
shown without them; an invalid entry that the last good copy also holds (same
id) is shown in its last good version.
"""

import time
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import List, Optional

from ..net.cache import DiskCache, fetch_cached
from ..errors import BadAnswer, Cancelled, DgeError
from ..i18n import tr
from ..net.transport import HttpRequest
from .model import Content, ParsedContent
from .validation import parse_content

BUNDLED_FILE = Path(__file__).resolve().parents[2] / "data" / "content.json"
MAX_CONTENT_BYTES = 4 * 1024 * 1024
SECTIONS = ("webinars", "events", "trainings", "groups")
MAX_DETAILS = 50

NETWORK, CACHE, BUNDLED = "network", "cache", "bundled"


class InvalidEntries(BadAnswer):
    """The file is sound as a whole, but some entries break the rules."""


@dataclass
class ContentLoad:
    content: Content
    origin: str  # network | cache | bundled
    message: str = ""  # one sentence for the user; empty when all went well
    details: List[str] = field(default_factory=list)  # one line per problem, for the message log
    fetched_at: float = 0.0
    failed: bool = False  # the file could not be read from the network: a last good copy is shown

    @property
    def degraded(self) -> bool:
        return bool(self.message)


@lru_cache(maxsize=1)
def bundled_content() -> Content:
    parsed = parse_content(BUNDLED_FILE.read_bytes())
    return parsed.content


def _copy_label(origin: str, fetched_at: float) -> str:
    if origin == BUNDLED:
        return tr("the copy bundled with the plugin")
    stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(fetched_at))
    return tr("the copy downloaded on {date}").format(date=stamp)


def last_good(cache: DiskCache, url: str):
    """(content, origin, fetched_at) of the last good copy: the cache, else the bundled file."""
    entry = cache.read(url)
    if entry is not None:
        try:
            parsed = parse_content(entry.body)
            if not parsed.invalid:
                return parsed.content, CACHE, entry.fetched_at
        except DgeError:
            pass
    return bundled_content(), BUNDLED, 0.0


def merge_with_last_good(parsed: ParsedContent, previous: Content):
    """The new entries, plus the last good version of each invalid entry that had one."""
    changes, kept = {}, 0
    for section in SECTIONS:
        ids = parsed.invalid_ids.get(section, set())
        stand_ins = tuple(e for e in getattr(previous, section) if e.id in ids)
        if stand_ins:
            changes[section] = getattr(parsed.content, section) + stand_ins
            kept += len(stand_ins)
    if "webinar_series" in parsed.invalid_ids and previous.series is not None:
        changes["series"] = previous.series
        kept += 1
    return replace(parsed.content, **changes), kept


def _problems(parsed: ParsedContent) -> List[str]:
    lines = [str(problem) for problem in parsed.invalid]
    lines += [tr("{path}: field unknown to this version, ignored").format(path=path) for path in parsed.unknown]
    if len(lines) > MAX_DETAILS:  # a hostile file must not flood the message log
        lines = lines[:MAX_DETAILS] + [tr("… and {count} more.").format(count=len(lines) - MAX_DETAILS)]
    return lines


def _unknown_sentence(parsed: ParsedContent) -> str:
    if not parsed.unknown:
        return ""
    return tr("{count} field(s) of the content file unknown to this version of the plugin were ignored.").format(
        count=len(parsed.unknown))


def content_request(settings) -> HttpRequest:
    return HttpRequest(settings.content_url, authcfg=settings.authcfg_content or None, timeout=settings.timeout,
                       max_bytes=min(MAX_CONTENT_BYTES, settings.max_download_bytes))


def load_content(transport, cache: DiskCache, settings, feedback=None, force: bool = False) -> ContentLoad:
    request = content_request(settings)
    key = request.full_url()
    captured = {}

    def validate(body):
        parsed = parse_content(body)
        captured["parsed"] = parsed
        if parsed.invalid:
            raise InvalidEntries(tr("The content file has {count} invalid entry(ies).").format(count=len(parsed.invalid)))

    failure: Optional[DgeError] = None
    result = None
    try:
        result = fetch_cached(transport, cache, request, settings.cache_lifetime_seconds, validate, key,
                              feedback, force)
        failure = result.error if result.stale else None
    except Cancelled:
        raise
    except DgeError as error:
        failure = error

    if failure is None:
        parsed = captured.get("parsed")
        if result.from_cache:
            try:
                parsed = parse_content(result.body)
            except DgeError as error:  # a copy written by another version of the plugin
                parsed, failure = None, error
            if parsed is not None and parsed.invalid and not force:
                # kept by a version that checked less: not trusted, asked again whatever its age
                return load_content(transport, cache, settings, feedback, force=True)
        if parsed is not None:
            origin = CACHE if result.from_cache else NETWORK
            return ContentLoad(content=parsed.content, origin=origin, message=_unknown_sentence(parsed), details=_problems(parsed),
                               fetched_at=result.fetched_at)

    previous, previous_origin, previous_at = last_good(cache, key)
    if isinstance(failure, InvalidEntries) and "parsed" in captured:
        parsed = captured["parsed"]
        content, kept = merge_with_last_good(parsed, previous)
        count = len(parsed.invalid)
        if kept:
            message = tr("The content file has {count} invalid entry(ies): left out, and the last good version of "
                         "{kept} of them is shown (details in the message log).").format(count=count, kept=kept)
        else:
            message = tr("The content file has {count} invalid entry(ies), left out (details in the message log).").format(
                count=count)
        return ContentLoad(content=content, origin=NETWORK, message=message, details=_problems(parsed), fetched_at=time.time())

    message = tr("Content not updated: {reason} Shown: {copy}.").format(
        reason=failure.message, copy=_copy_label(previous_origin, previous_at))
    return ContentLoad(content=previous, origin=previous_origin, message=message, details=[failure.message], fetched_at=previous_at,
                       failed=True)
