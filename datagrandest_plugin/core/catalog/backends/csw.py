"""GeoNetwork through CSW 2.0.2.

OWSLib builds the search requests (``getrecords2``, ``owslib.fes``) and parses
their Dublin Core answers; a record's detail (ISO 19139), and a search asking
for full records (``SearchQuery.full``), are read by the plugin's own reader (``iso_reader``),
which reads what OWSLib 0.27 cannot (GeoNetwork 4 multilingual records,
``gmx:Anchor``, ``gmx:MimeFileType``). The bytes travel through the plugin's
transport, so QGIS's proxy and authentication apply and every failure is one
sentence.
"""

import warnings

from lxml import etree
from owslib import fes
from owslib.catalogue.csw2 import CatalogueServiceWeb, namespaces
from owslib.util import bind_url, cleanup_namespaces, element_to_string
from owslib.etree import etree as owslib_etree

from ...errors import BadAnswer, cause_logged
from ...geo_boxes import catalogue_box
from ...i18n import tr
from ...net.parsing import clean_text, parse_xml, use_safe_default_parser
from ...net.transport import HttpRequest, check_status
from ..iso_reader import read_iso_record
from ..ranking import server_terms
from ..models import SOURCE_CSW, CatalogRecord, Link, SearchPage, SearchQuery

GMD = "http://www.isotc211.org/2005/gmd"


class _TransportCsw(CatalogueServiceWeb):
    """OWSLib's CSW client whose HTTP goes through a plugin transport."""

    def __init__(self, url, transport, authcfg="", feedback=None):
        super().__init__(url, skip_caps=True)
        self._transport = transport
        self._authcfg = authcfg or None
        self._feedback = feedback
        self.iso_records = []  # the gmd:MD_Metadata of an ISO answer, for iso_reader

    def _invoke(self):
        use_safe_default_parser()  # OWSLib parses with lxml's default parser, which lxml keeps per thread
        if isinstance(self.request, str):  # GET KVP (GetRecordById)
            request = HttpRequest(bind_url(self.url) + self.request, authcfg=self._authcfg)
        else:
            root = cleanup_namespaces(self.request)
            body = element_to_string(root, encoding="utf-8")
            request = HttpRequest(self.url, method="POST", data=body, authcfg=self._authcfg,
                                  headers={"Content-Type": "application/xml"})
        response = check_status(self._transport.fetch(request, self._feedback))
        root = parse_xml(response.content, tr("The catalogue"))
        if etree.QName(root).namespace != namespaces["csw"]:
            raise BadAnswer(tr("The catalogue answered with a document that is not a CSW answer."))
        # OWSLib's parsers expect its own etree flavour (lxml here), as a tree
        self._exml = owslib_etree.ElementTree(root)
        self.exceptionreport = None

    def _parserecords(self, outputschema, esn):
        if outputschema == GMD:  # read by iso_reader: OWSLib's ISO parser raises on valid GeoNetwork 4 records
            self.iso_records = list(self._exml.getroot().iter(f"{{{GMD}}}MD_Metadata"))
            return
        super()._parserecords(outputschema, esn)


class CswClient:
    def __init__(self, transport, url: str, authcfg: str = "", record_page_url: str = ""):
        self.transport = transport
        self.url = url
        self.authcfg = authcfg
        self.record_page_url = record_page_url

    def _csw(self, feedback=None):
        return _TransportCsw(self.url, self.transport, self.authcfg, feedback)

    @staticmethod
    def constraints(query: SearchQuery):
        parts = []
        for word in server_terms(query.text):  # every word somewhere in the record, as a search box means
            parts.append(fes.PropertyIsLike("csw:AnyText", f"%{word}%"))
        if query.title.strip():
            parts.append(fes.PropertyIsLike("dc:title", f"%{query.title.strip()}%"))
        for keyword in (query.keyword, query.theme):
            if keyword.strip():
                parts.append(fes.PropertyIsLike("dc:subject", f"%{keyword.strip()}%"))
        if query.organisation.strip():
            parts.append(fes.PropertyIsLike("apiso:OrganisationName", f"%{query.organisation.strip()}%"))
        if query.bbox:
            xmin, ymin, xmax, ymax = query.bbox
            # The URN's official axis order is latitude first; GeoNetwork and pycsw both honour it,
            # whereas plain "EPSG:4326" is read either way depending on the server.
            parts.append(fes.BBox([ymin, xmin, ymax, xmax], crs="urn:ogc:def:crs:EPSG::4326"))
        if len(parts) > 1:
            return [fes.And(parts)]
        return parts

    def search(self, query: SearchQuery, feedback=None) -> SearchPage:
        csw = self._csw(feedback)
        sortby = fes.SortBy([fes.SortProperty("dc:date", "DESC")]) if query.sort == "date" else None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                csw.getrecords2(constraints=self.constraints(query), sortby=sortby, esn="full",
                                outputschema=GMD if query.full else namespaces["csw"],
                                startposition=query.start + 1, maxrecords=query.page_size)
            except (AttributeError, ValueError, TypeError) as error:
                raise BadAnswer(tr("The catalogue answered with a document that is not a CSW answer.")) from cause_logged(error)
        if query.full:
            records = [read_iso_record(md, self._page_url) for md in csw.iso_records]
        else:
            records = [self._from_dublin_core(r) for r in csw.records.values()]
        return SearchPage(source=SOURCE_CSW, records=records, total=int(csw.results.get("matches", len(records))), page=query.page,
                          page_size=query.page_size)

    def record(self, identifier: str, feedback=None) -> CatalogRecord:
        """The full ISO 19139 record, read by the plugin's own reader (``iso_reader``)."""
        params = {"SERVICE": "CSW", "VERSION": "2.0.2", "REQUEST": "GetRecordById", "ID": identifier,
                  "OUTPUTSCHEMA": GMD, "ELEMENTSETNAME": "full"}
        request = HttpRequest(self.url, params, authcfg=self.authcfg or None)
        response = check_status(self.transport.fetch(request, feedback))
        root = parse_xml(response.content, tr("The catalogue"))
        if etree.QName(root).namespace != namespaces["csw"]:
            raise BadAnswer(tr("The catalogue answered with a document that is not a CSW answer."))
        md = root.find(f"{{{GMD}}}MD_Metadata")
        if md is None:
            md = next(root.iter(f"{{{GMD}}}MD_Metadata"), None)
        if md is None:
            raise BadAnswer(tr("The catalogue has no record “{id}”.").format(id=clean_text(identifier, 80)))
        return read_iso_record(md, self._page_url, identifier)

    # -- conversions ------------------------------------------------------
    def _page_url(self, identifier: str) -> str:
        return self.record_page_url.format(uuid=identifier) if self.record_page_url else ""

    def _from_dublin_core(self, r) -> CatalogRecord:
        links = [Link(ref.get("scheme") or "", ref.get("url") or "") for ref in (r.references or []) if ref.get("url")]
        links += [Link(protocol=u.get("protocol") or "", url=u.get("url") or "", name=u.get("name") or "",
                       description=u.get("description") or "")
                  for u in (r.uris or []) if u.get("url")]
        bbox = None
        if r.bbox is not None:
            bbox = catalogue_box((r.bbox.minx, r.bbox.miny, r.bbox.maxx, r.bbox.maxy))
        identifier = clean_text(r.identifier, 300)
        return CatalogRecord(
            identifier=identifier,
            title=clean_text(r.title, 500) or identifier,
            sources=[SOURCE_CSW],
            abstract=clean_text(r.abstract, 5000),
            organisation=clean_text(r.publisher or r.creator or r.contributor or "", 200),
            date=clean_text(r.modified or r.date or "", 40)[:10],
            licence=clean_text(" ".join(x for x in (r.rights or []) if x and x != "otherRestrictions"), 300),
            keywords=[clean_text(s, 100) for s in (r.subjects or []) if s],
            bbox=bbox,
            links=links,
            page_url=self._page_url(identifier),
        )
