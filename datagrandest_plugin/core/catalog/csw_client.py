"""GeoNetwork through CSW 2.0.2.

OWSLib builds the requests (``getrecords2``, ``getrecordbyid``, ``owslib.fes``)
and parses the answers (Dublin Core for lists, ISO 19139 for a record's
detail); the bytes travel through the plugin's transport, so QGIS's proxy and
authentication apply and every failure is one sentence.
"""

import warnings

from lxml import etree
from owslib import fes
from owslib.catalogue.csw2 import CatalogueServiceWeb, namespaces
from owslib.util import bind_url, cleanup_namespaces, element_to_string
from owslib.etree import etree as owslib_etree

from ..errors import BadAnswer
from ..i18n import tr
from ..parsing import clean_text, parse_xml, use_safe_default_parser
from ..transport import HttpRequest, check_status
from .models import SOURCE_CSW, CatalogRecord, Link, SearchPage, SearchQuery

GMD = "http://www.isotc211.org/2005/gmd"


class _TransportCsw(CatalogueServiceWeb):
    """OWSLib's CSW client whose HTTP goes through a plugin transport."""

    def __init__(self, url, transport, authcfg="", feedback=None):
        super().__init__(url, skip_caps=True)
        self._transport = transport
        self._authcfg = authcfg or None
        self._feedback = feedback

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
        for word in query.text.split():  # every word somewhere in the record, as a search box means
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
                                startposition=query.start + 1, maxrecords=query.page_size)
            except (AttributeError, ValueError, TypeError):
                raise BadAnswer(tr("The catalogue answered with a document that is not a CSW answer.")) from None
        records = [self._from_dublin_core(r) for r in csw.records.values()]
        return SearchPage(SOURCE_CSW, records, int(csw.results.get("matches", len(records))), query.page,
                          query.page_size)

    def record(self, identifier: str, feedback=None) -> CatalogRecord:
        csw = self._csw(feedback)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                csw.getrecordbyid([identifier], esn="full", outputschema=GMD)
            except (AttributeError, ValueError, TypeError):
                raise BadAnswer(tr("The catalogue answered with a document that is not a CSW answer.")) from None
            if not csw.records:
                raise BadAnswer(tr("The catalogue has no record “{id}”.").format(id=clean_text(identifier, 80)))
            return self._from_iso(next(iter(csw.records.values())), identifier)

    # -- conversions ------------------------------------------------------
    def _page_url(self, identifier: str) -> str:
        return self.record_page_url.format(uuid=identifier) if self.record_page_url else ""

    def _from_dublin_core(self, r) -> CatalogRecord:
        links = [Link(ref.get("scheme") or "", ref.get("url") or "") for ref in (r.references or []) if ref.get("url")]
        links += [Link(u.get("protocol") or "", u.get("url") or "", u.get("name") or "", u.get("description") or "")
                  for u in (r.uris or []) if u.get("url")]
        bbox = None
        if r.bbox is not None:
            try:
                bbox = (float(r.bbox.minx), float(r.bbox.miny), float(r.bbox.maxx), float(r.bbox.maxy))
            except (TypeError, ValueError):
                bbox = None
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

    def _from_iso(self, md, identifier) -> CatalogRecord:
        ident = md.identification
        if isinstance(ident, list):
            ident = ident[0] if ident else None
        contacts = list(getattr(ident, "contact", []) or []) + list(md.contact or [])
        organisation = next((c.organization for c in contacts if getattr(c, "organization", None)), "")
        contact = next((c.email for c in contacts if getattr(c, "email", None)), "")
        dates = sorted((d.date for d in (getattr(ident, "date", []) or []) if getattr(d, "date", None)), reverse=True)
        keywords, themes = [], []
        for group in _keyword_groups(ident):
            thesaurus = (group.thesaurus or {}).get("title") if group.thesaurus else None
            for word in group.keywords or []:
                word = clean_text(getattr(word, "name", word) or "", 100)
                if word:
                    (themes if thesaurus and "th" in thesaurus.lower() else keywords).append(word)
        links = []
        if md.distribution is not None:
            for online in md.distribution.online or []:
                if online.url:
                    links.append(Link(clean_text(online.protocol or "", 100), online.url.strip(),
                                      clean_text(online.name or "", 200), clean_text(online.description or "", 500)))
        bbox = None
        extent = getattr(ident, "bbox", None)
        if extent is not None:
            try:
                bbox = (float(extent.minx), float(extent.miny), float(extent.maxx), float(extent.maxy))
            except (TypeError, ValueError):
                bbox = None
        licence = " ".join(getattr(ident, "uselimitation", []) or []) or " ".join(
            x for x in (getattr(ident, "otherconstraints", []) or []) if x)
        thumbnails = getattr(ident, "graphicoverview", []) or []
        lineage = md.dataquality.lineage if md.dataquality is not None else ""
        identifier = clean_text(md.identifier or identifier, 300)
        return CatalogRecord(
            identifier=identifier,
            title=clean_text(getattr(ident, "title", "") or identifier, 500),
            sources=[SOURCE_CSW],
            abstract=clean_text(getattr(ident, "abstract", "") or "", 5000),
            organisation=clean_text(organisation, 200),
            contact=clean_text(contact, 200),
            date=clean_text(dates[0] if dates else (md.datestamp or ""), 40)[:10],
            licence=clean_text(licence, 500),
            keywords=keywords,
            themes=themes,
            lineage=clean_text(lineage or "", 2000),
            thumbnail_url=(thumbnails[0] or "").strip() if thumbnails else "",
            bbox=bbox,
            links=links,
            page_url=self._page_url(identifier),
            detailed=True,
        )


def _keyword_groups(ident) -> list:
    """The MD_Keywords groups of an identification, across OWSLib versions.

    OWSLib < 0.29 (QGIS 3.22 on Debian 12) keeps them in ``keywords2`` with plain
    strings; later ones in ``keywords``, as ``Keyword`` objects (``.name``)."""
    groups = getattr(ident, "keywords2", None)
    if groups is None:
        groups = [g for g in (getattr(ident, "keywords", None) or []) if hasattr(g, "keywords")]
    return list(groups or [])
