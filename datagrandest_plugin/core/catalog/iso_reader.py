"""ISO 19139 records (``gmd:MD_Metadata``) read by the plugin itself.

OWSLib 0.27 (QGIS 3.22's) raises on valid records GeoNetwork 4 writes (a
``gmd:locale`` whose ``gmd:characterEncoding`` is empty), reads no
``gmx:Anchor`` or ``gmx:MimeFileType`` value and ignores ``PT_FreeText``
translations. This reader takes each value as the record writes it: a
``gco:CharacterString``, a ``gmx:Anchor`` or a ``gmx:MimeFileType``, and the
French translation of a multilingual record when there is one.
"""

from typing import List, Optional

from ..geo_boxes import wrapped_box
from ..text import clean_text
from .models import SOURCE_CSW, CatalogRecord, Link

NS = {
    "gmd": "http://www.isotc211.org/2005/gmd",
    "gco": "http://www.isotc211.org/2005/gco",
    "gmx": "http://www.isotc211.org/2005/gmx",
    "srv": "http://www.isotc211.org/2005/srv",
    "xlink": "http://www.w3.org/1999/xlink",
}
FRENCH = ("fr", "fre", "fra", "fr-fr")


def _french_locales(md) -> set:
    """The ids (``#FR``) of the record's French locales."""
    ids = set()
    for locale in md.iterfind(".//gmd:locale/gmd:PT_Locale", NS):
        code = locale.find("gmd:languageCode/gmd:LanguageCode", NS)
        value = (code.get("codeListValue") or code.text or "") if code is not None else ""
        if value.strip().lower() in FRENCH and locale.get("id"):
            ids.add("#" + locale.get("id"))
    return ids


class _Values:
    def __init__(self, md):
        self.md = md
        self.french = _french_locales(md)
        main = md.find("gmd:language/gmd:LanguageCode", NS)
        main_value = (main.get("codeListValue") or main.text or "") if main is not None else ""
        if main is None:
            main_text = md.find("gmd:language/gco:CharacterString", NS)
            main_value = main_text.text if main_text is not None and main_text.text else ""
        self.main_is_french = main_value.strip().lower() in FRENCH or not main_value.strip()

    def text(self, element, limit: int = 500) -> str:
        """The value of a character element, in French when the record has it."""
        if element is None:
            return ""
        if not self.main_is_french and self.french:
            for localised in element.iterfind("gmd:PT_FreeText/gmd:textGroup/gmd:LocalisedCharacterString", NS):
                if localised.get("locale") in self.french and (localised.text or "").strip():
                    return clean_text(localised.text, limit)
        for path in ("gco:CharacterString", "gmx:Anchor", "gmx:MimeFileType", "gmd:URL", "gco:Decimal",
                     "gco:Date", "gco:DateTime"):
            value = element.find(path, NS)
            if value is not None and (value.text or "").strip():
                return clean_text(value.text, limit)
        if self.french:
            for localised in element.iterfind("gmd:PT_FreeText/gmd:textGroup/gmd:LocalisedCharacterString", NS):
                if (localised.text or "").strip():
                    return clean_text(localised.text, limit)
        return ""

    def first(self, root, path: str, limit: int = 500) -> str:
        for element in root.iterfind(path, NS):
            value = self.text(element, limit)
            if value:
                return value
        return ""

    def all(self, root, path: str, limit: int = 500) -> List[str]:
        return [v for v in (self.text(e, limit) for e in root.iterfind(path, NS)) if v]


def _identification(md):
    for path in ("gmd:identificationInfo/gmd:MD_DataIdentification", "gmd:identificationInfo/srv:SV_ServiceIdentification",
                 "gmd:identificationInfo/*"):
        found = md.find(path, NS)
        if found is not None:
            return found
    return None


def _box(values: _Values, ident) -> Optional[tuple]:
    for extent in ident.iterfind(".//gmd:EX_GeographicBoundingBox", NS):
        try:
            west, east, south, north = (float(values.first(extent, f"gmd:{name}")) for name in (
                "westBoundLongitude", "eastBoundLongitude", "southBoundLatitude", "northBoundLatitude"))
        except ValueError:
            continue
        box = wrapped_box(west, south, east, north)
        if box is not None:
            return box
    return None


def _links(values: _Values, md) -> List[Link]:
    links = []
    for online in md.iterfind("gmd:distributionInfo//gmd:CI_OnlineResource", NS):
        url = values.first(online, "gmd:linkage", 2000)
        if not url:
            continue
        links.append(Link(protocol=values.first(online, "gmd:protocol", 100), url=url.strip(),
                          name=values.first(online, "gmd:name", 200),
                          description=values.first(online, "gmd:description", 500)))
    return links


def read_iso_record(md, page_url=lambda identifier: "", identifier: str = "") -> CatalogRecord:
    """A ``CatalogRecord`` from a ``gmd:MD_Metadata`` element."""
    values = _Values(md)
    ident = _identification(md)
    if ident is None:
        ident = md
    parties = list(ident.iterfind("gmd:pointOfContact/gmd:CI_ResponsibleParty", NS)) + list(
        md.iterfind("gmd:contact/gmd:CI_ResponsibleParty", NS))
    organisation = next((v for v in (values.first(p, "gmd:organisationName", 200) for p in parties) if v), "")
    contact = next((v for v in (values.first(p, ".//gmd:electronicMailAddress", 200) for p in parties) if v), "")
    dates = sorted(values.all(ident, "gmd:citation/gmd:CI_Citation/gmd:date/gmd:CI_Date/gmd:date", 40), reverse=True)
    keywords, themes = [], []
    for group in ident.iterfind("gmd:descriptiveKeywords/gmd:MD_Keywords", NS):
        thesaurus = values.first(group, "gmd:thesaurusName/gmd:CI_Citation/gmd:title", 200)
        for word in values.all(group, "gmd:keyword", 100):
            (themes if thesaurus and "th" in thesaurus.lower() else keywords).append(word)
    constraints = ident.findall("gmd:resourceConstraints/*", NS)
    licence = " ".join(v for c in constraints for v in values.all(c, "gmd:useLimitation", 500)) or " ".join(
        v for c in constraints for v in values.all(c, "gmd:otherConstraints", 500))
    identifier = values.first(md, "gmd:fileIdentifier", 300) or clean_text(identifier, 300)
    thumbnail = values.first(ident, "gmd:graphicOverview/gmd:MD_BrowseGraphic/gmd:fileName", 2000)
    return CatalogRecord(
        identifier=identifier,
        title=values.first(ident, "gmd:citation/gmd:CI_Citation/gmd:title", 500) or identifier,
        sources=[SOURCE_CSW],
        abstract=values.first(ident, "gmd:abstract", 5000),
        organisation=organisation,
        contact=contact,
        date=(dates[0] if dates else values.first(md, "gmd:dateStamp", 40))[:10],
        licence=clean_text(licence, 500),
        keywords=keywords,
        themes=themes,
        lineage=values.first(md, "gmd:dataQualityInfo/gmd:DQ_DataQuality/gmd:lineage/gmd:LI_Lineage/gmd:statement",
                             2000),
        thumbnail_url=thumbnail.strip(),
        bbox=_box(values, ident),
        links=_links(values, md),
        page_url=page_url(identifier),
        crs=list(dict.fromkeys(values.all(md, "gmd:referenceSystemInfo/gmd:MD_ReferenceSystem/"
                                          "gmd:referenceSystemIdentifier/gmd:RS_Identifier/gmd:code", 80))),
        detailed=True,
    )
