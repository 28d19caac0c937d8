"""Search both catalogues and read a record in full, as one service."""

import logging
import math
from dataclasses import dataclass, field
from typing import Dict, List

from ..errors import AuthenticationRequired, BadAnswer, Cancelled, DgeError, cause_logged
from ..geo_boxes import boxes_intersect
from ..i18n import tr
from ..net.parsing import url_splits
from .backends.csw import CswClient
from .link_specs import record_quick_spec
from .local_index import LocalCatalog
from .link_kinds import is_loadable
from .backends.d4c import D4cClient
from .backends.oarec import OarecClient
from .ranking import rank
from .models import SOURCE_CSW, SOURCE_D4C, CatalogRecord, SearchPage, SearchQuery, merge_records


LOCAL_FILE = "catalogue-records.json"
LOG = logging.getLogger("datagrandest")


@dataclass
class SearchResult:
    records: List[CatalogRecord]
    pages: Dict[str, SearchPage] = field(default_factory=dict)
    errors: Dict[str, str] = field(default_factory=dict)  # source -> sentence
    failures: Dict[str, DgeError] = field(default_factory=dict)  # source -> the error (its exit code)

    @property
    def total(self) -> int:
        return sum(page.total for page in self.pages.values())


def bbox_intersects(a, b) -> bool:
    return boxes_intersect(tuple(a), tuple(b))


def _checked_record(record: CatalogRecord) -> CatalogRecord:
    """What a catalogue says, bounded at the gate for both sources: a link whose address urllib
    cannot take apart (``http://[::1``) is left out, as merging, badges and layer specs split every
    address; an extent that is not four finite degrees is dropped."""
    kept = [link for link in record.links if url_splits(link.url)]
    if len(kept) != len(record.links):
        LOG.warning(tr("Record {id}: {count} unreadable link address(es) left out.").format(
            id=record.identifier, count=len(record.links) - len(kept)))
        record.links = kept
    if record.bbox is not None and not _degrees(record.bbox):
        record.bbox = None
    return record


def _degrees(box) -> bool:
    try:
        return len(box) == 4 and all(math.isfinite(float(v)) for v in box) and \
            all(-180 <= float(box[i]) <= 180 for i in (0, 2)) and all(-90 <= float(box[i]) <= 90 for i in (1, 3))
    except (TypeError, ValueError, OverflowError):
        return False


def _unreadable(source: str, error: Exception) -> BadAnswer:
    LOG.warning(tr("Search in {source}: {kind} while reading the answer.").format(source=source,
                                                                                 kind=type(error).__name__))
    return BadAnswer(tr("The {source} catalogue answered with content the plugin cannot read.").format(
        source="D4C" if source == SOURCE_D4C else "GeoNetwork"))


def catalogue_client(transport, settings):
    """The GeoNetwork catalogue's backend for the ``catalogue_protocol`` setting: CSW or OGC API Records."""
    if getattr(settings, "catalogue_protocol", "csw") == "oarec":
        return OarecClient(transport, settings.oarec_url, settings.authcfg_csw, settings.csw_record_page_url)
    return CswClient(transport, settings.csw_url, settings.authcfg_csw, settings.csw_record_page_url)


class CatalogService:
    def __init__(self, transport, settings, local=None):
        if local is None and getattr(settings, "cache_dir", None) is not None:
            local = LocalCatalog(settings.cache_directory() / LOCAL_FILE)
        self.csw = catalogue_client(transport, settings)
        self.d4c = D4cClient(transport, settings.d4c_url, settings.authcfg_d4c)
        self.local = local  # a LocalCatalog: records seen before, searched when a catalogue fails
        self.settings = settings  # for the layers of the records (CRS, authcfg): see layer_resolver

    def client(self, source: str):
        return self.csw if source == SOURCE_CSW else self.d4c

    def bucket(self, source: str) -> str:
        """Where the offline copy of a catalogue's records is kept: by catalogue address, so that the
        records of one CSW never answer for another one that is down."""
        return f"{source} {self.client(source).url.strip()}"

    def _client_search(self, source: str, query: SearchQuery, feedback=None) -> SearchPage:
        try:
            page = self.client(source).search(query, feedback)
            for record in page.records:
                _checked_record(record)
            return page
        except DgeError:
            raise
        except Exception as error:  # noqa: BLE001 - one source's unreadable answer must not sink the others
            raise _unreadable(source, error) from cause_logged(error)

    def search_source(self, source: str, query: SearchQuery, feedback=None) -> SearchPage:
        try:
            page = self._client_search(source, query, feedback)
        except Cancelled:
            raise
        except DgeError as error:
            stale = None if self.local is None or isinstance(error, AuthenticationRequired) else \
                self.local.search(self.bucket(source), query)
            if stale is None:
                raise
            stale.error = error.message
            stale.source = source
            return stale
        if self.local is not None:
            self.local.remember(self.bucket(source), page.records)
        if query.bbox:
            # a portal may ignore geofilter.bbox, a server may read points or the antimeridian its own way
            page.records = [r for r in page.records if r.bbox is None or bbox_intersects(r.bbox, query.bbox)]
        return page

    def search(self, query: SearchQuery, feedback=None) -> SearchResult:
        """Every requested source; a failing source is reported, the others still answer."""
        result = SearchResult([])
        found = []
        for source in query.sources:
            try:
                page = self.search_source(source, query, feedback)
            except Cancelled:
                raise
            except DgeError as error:
                result.errors[source] = error.message
                result.failures[source] = error
                continue
            result.pages[source] = page
            found.extend(page.records)
        result.records = merge_records(found)
        if query.sort != "date" and query.text.strip():
            result.records = rank(result.records, query.text)
        return result

    def record(self, identifier: str, sources=(SOURCE_CSW, SOURCE_D4C), feedback=None) -> CatalogRecord:
        """The full record from each catalogue that has it, merged."""
        found, errors = [], []
        for source in sources:
            try:
                record = _checked_record(self.client(source).record(identifier, feedback))
                found.append(record)
                if self.local is not None:
                    self.local.remember(self.bucket(source), [record])
            except Cancelled:
                raise
            except DgeError as error:
                errors.append(error)
            except Exception as error:  # noqa: BLE001 - as in search: each source fails alone
                errors.append(_unreadable(source, error))
        if not found:
            raise errors[0]
        return merge_records(found)[0]

    def quick_layers(self, records, feedback=None):
        """(record, LayerSpec) for each record with a layer, reading a record in full
        only when its search result does not name the layer (Dublin Core lists)."""
        for record in records:
            if feedback is not None and feedback.isCanceled():
                return
            spec = record_quick_spec(record, self.settings)
            if spec is None and not record.detailed and any(is_loadable(link) for link in record.links):
                try:
                    record = self.record(record.identifier, feedback=feedback)
                except Cancelled:
                    return
                except DgeError:
                    continue
                spec = record_quick_spec(record, self.settings)
            if spec is not None:
                yield record, spec
