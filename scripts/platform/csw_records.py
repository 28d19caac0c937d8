"""Catalogue records of the local platform, shaped like DataGrandEst's GeoNetwork.

``catalogue(base_url)`` returns the records (ids, French titles, keywords,
dates, boxes, online resources pointing at the front server ``base_url``);
``to_iso19139(record)`` renders one as an ISO 19139 (gmd) document for pycsw;
``write_iso_files(base_url, outdir)`` writes them all. The D4C stand-in lists
the same records as its datasets (dataset id = record id in lower case).
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import sample_layers as sl

ORG = "Région Grand Est - DataGrandEst"
ORG_EMAIL = "contact@datagrandest.fr"
LICENSE = "Licence Ouverte / Open Licence version 2.0"
D4C_API = "/data4citizen/d4c/api"


def resource_id(stem: str) -> str:
    """Stable D4C resource id of the data behind an export stem."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"datagrandest-local/{stem}"))


@dataclass
class Link:
    protocol: str  # OGC:WMS, OGC:WFS, OGC:WMTS, OGC:WCS, WWW:DOWNLOAD-1.0-http--download, WWW:LINK-1.0-http--link
    url: str
    name: str
    description: str
    format: str  # D4C resource format: WMS, WFS, WMTS, GeoJSON, CSV, HTML
    rid: str = ""


@dataclass
class Record:
    identifier: str
    title: str
    abstract: str
    keywords: list
    theme: str  # D4C theme
    topic: str  # ISO topic category
    bbox: tuple  # WGS84 lon_min, lat_min, lon_max, lat_max
    created: str
    revised: str
    hierarchy: str = "dataset"
    lineage: str = ""
    links: list = field(default_factory=list)
    data_stem: str = ""  # file stem of the data under <data>/d4c (records, downloads)
    has_geometry: bool = True
    thumbnail: str = ""  # URL of a graphic overview, set by catalogue()

    @property
    def datasetid(self) -> str:
        return self.identifier.lower()


def _ows_links(base: str, layer: sl.Layer, wms_caps: bool = False, wmts: bool = True,
               wfs: bool = True) -> list[Link]:
    ws = f"{base}/geoserver/{layer.workspace}"
    out = []
    wms_url = f"{ws}/ows?SERVICE=WMS&REQUEST=GetCapabilities" if wms_caps else f"{ws}/wms"
    out.append(Link("OGC:WMS", wms_url, layer.name,
                    "Webservice : flux WMS pour visualiser les données", "WMS"))
    if wfs and layer.is_vector and layer.wfs:
        out.append(Link("OGC:WFS", f"{ws}/wfs", layer.name,
                        "Webservice : flux WFS pour télécharger les données", "WFS"))
    if wmts:
        out.append(Link("OGC:WMTS", f"{base}/geoserver/gwc/service/wmts", layer.qualified_name,
                        "Webservice : flux WMTS (tuiles) pour visualiser les données", "WMTS"))
    if not layer.is_vector:
        out.append(Link("OGC:WCS", f"{ws}/wcs", layer.name,
                        "Webservice : flux WCS pour télécharger les valeurs de l'image", "WCS"))
    return out


def _downloads(base: str, stem: str, title: str, geo: bool = True) -> list[Link]:
    rid = resource_id(stem)
    api = f"{base}{D4C_API}/records/2.0/downloadfile"
    out = []
    if geo:
        out.append(Link("WWW:DOWNLOAD-1.0-http--download",
                        f"{api}/format=geojson&resource_id={rid}", f"{stem}.geojson",
                        f"Téléchargement GeoJSON : {title}", "GeoJSON", rid))
    out.append(Link("WWW:DOWNLOAD-1.0-http--download", f"{api}/format=csv&resource_id={rid}",
                    f"{stem}.csv", f"Téléchargement CSV : {title}", "CSV", rid))
    return out


def _page(base: str, datasetid: str) -> Link:
    return Link("WWW:LINK-1.0-http--link",
                f"{base}/data4citizen/visualisation/information/?id={datasetid}",
                "Fiche sur DataGrandEst", "Page du jeu de données sur le portail", "HTML")


def _portal(base: str, slug: str, title: str) -> Link:
    return Link("WWW:LINK-1.0-http--link", f"{base}/portail/fr/projets/{slug}", title,
                "Page du projet sur le portail DataGrandEst", "HTML")


OCS_KEYWORDS = ["OCS", "occupation du sol", "OCS GE2", "BdOCS GE²", "usage du sol",
                "couverture du sol", "artificialisation", "données ouvertes"]


def catalogue(base_url: str) -> list[Record]:
    """Every record of the local catalogue, with links to the front server base_url."""
    base = base_url.rstrip("/")
    recs: list[Record] = []
    for dep in ("51", "54"):
        dname = sl.DEPT_NAMES[dep]
        for year in (2019, 2021):
            lyr = sl.layer(f"ocs_grand_est_{year}_d{dep}")
            rid = f"FR-200052264-GGE-OCS-GRAND-EST-D{dep}-{year}"
            recs.append(Record(
                rid, f"Occupation du sol {year} à grande échelle (OCS GE²) - Département {dep} {dname}",
                f"Base de données d'occupation du sol à grande échelle BdOCS GE² du département "
                f"{dep} ({dname}), millésime {year}. Chaque polygone porte sa couverture (code_cs), "
                f"son usage (code_us) et la nomenclature Grand Est à 4 niveaux (code_niv1 à "
                f"code_niv4). Production DataGrandEst / Région Grand Est.",
                OCS_KEYWORDS + [str(year), dname], "Occupation du sol", "planningCadastre",
                sl.WGS84[lyr.bbox], f"{year + 1}-03-15", f"{year + 2}-06-30",
                lineage=f"Photo-interprétation des orthophotographies {year} assistée par "
                        f"traitements automatiques.",
                links=(_ows_links(base, lyr, wms_caps=(year == 2019))
                       + _downloads(base, lyr.name, lyr.title)
                       + [_page(base, rid.lower())]),
                data_stem=lyr.name))
        series = f"FR-200052264-GGE-OCS-GRAND-EST-D{dep}"
        links = []
        for year in (2019, 2021):
            links += _ows_links(base, sl.layer(f"ocs_grand_est_{year}_d{dep}"), wfs=False)
        recs.append(Record(
            series, f"Occupation du sol à grande échelle (OCS GE²) - Département {dep} {dname} - "
                    f"millésimes 2019 et 2021",
            f"Série des millésimes 2019 et 2021 de l'occupation du sol à grande échelle du "
            f"département {dep} ({dname}), diffusés en WMS et en tuiles WMTS (style "
            f"ocs_grand_est_niveau_1_a_5).",
            OCS_KEYWORDS + [dname], "Occupation du sol", "planningCadastre",
            sl.WGS84[sl.BBOX_D51 if dep == "51" else sl.BBOX_D54], "2020-03-15", "2023-06-30",
            hierarchy="series", links=links + [_page(base, series.lower())]))
    recs.append(Record(
        "FR-200052264-GGE-OCS-GRAND-EST", "Occupation du sol à grande échelle (OCS GE²) - Grand Est",
        "Occupation du sol à grande échelle de la région Grand Est (BdOCS GE²), produite par "
        "département pour les millésimes 2010, 2019 et 2021. Nomenclature emboîtée à 5 niveaux.",
        OCS_KEYWORDS + ["Grand Est"], "Occupation du sol", "planningCadastre",
        sl.WGS84[sl.BBOX_ALL], "2020-03-15", "2023-06-30", hierarchy="series",
        links=[_portal(base, "occupation-du-sol", "Projet Occupation du sol"),
               *_downloads(base, "nomenclature_ocs_ge2", "Nomenclature OCS GE²", geo=False)]))
    recs.append(Record(
        "FR-200052264-GGE-OCS-NOMENCLATURE", "Nomenclature de l'occupation du sol OCS GE² Grand Est",
        "Table de la nomenclature Grand Est à 4 niveaux de l'OCS GE² et sa correspondance avec "
        "les codes de couverture (CS) et d'usage (US) de l'OCS GE nationale.",
        ["OCS", "occupation du sol", "nomenclature", "OCS GE2"], "Occupation du sol",
        "planningCadastre", sl.WGS84[sl.BBOX_ALL], "2020-01-10", "2023-01-10",
        hierarchy="nonGeographicDataset",
        links=_downloads(base, "nomenclature_ocs_ge2", "Nomenclature OCS GE²", geo=False)
        + [_page(base, "fr-200052264-gge-ocs-nomenclature")],
        data_stem="nomenclature_ocs_ge2", has_geometry=False))
    recs.append(Record(
        "FR-200052264-GGE-OCS-INDICATEURS-COMMUNES",
        "Artificialisation des sols par commune 2019-2021 (OCS GE²)",
        "Surfaces artificialisées par commune en 2019 et 2021 et leur évolution, calculées "
        "depuis l'OCS GE² (niveau 1 = espaces artificialisés).",
        ["OCS", "occupation du sol", "artificialisation", "ZAN", "indicateur", "commune"],
        "Occupation du sol", "planningCadastre", sl.WGS84[sl.BBOX_ALL], "2022-09-01", "2023-06-30",
        links=_downloads(base, "ocs_indicateurs_communes", "Artificialisation par commune",
                         geo=False) + [_page(base, "fr-200052264-gge-ocs-indicateurs-communes")],
        data_stem="ocs_indicateurs_communes", has_geometry=False))

    ortho = sl.layer("ortho_pcrs_2021")
    recs.append(Record(
        "FR-200052264-GGE-PCRS-RASTER-NANCY-2021",
        "PCRS raster - Orthophotographie très grande échelle 2021 - Nancy",
        "Orthophotographie très haute résolution servant de socle au Plan Corps de Rue "
        "Simplifié (PCRS) raster sur le territoire de Nancy, acquisition 2021.",
        ["PCRS", "Plan Corps de Rue Simplifié", "orthophotographie", "très grande échelle",
         "imagerie"], "Imagerie", "imageryBaseMapsEarthCover", sl.WGS84[ortho.bbox],
        "2021-11-02", "2022-02-15", lineage="Prises de vue aériennes 2021, orthorectification.",
        links=_ows_links(base, ortho, wms_caps=True) + [_page(base, "fr-200052264-gge-pcrs-raster-nancy-2021")]))
    links = []
    for name in ("pcrs_bordure_trottoir", "pcrs_facade"):
        lyr = sl.layer(name)
        links += _ows_links(base, lyr, wmts=False) + _downloads(base, name, lyr.title)
    recs.append(Record(
        "FR-200052264-GGE-PCRS-VECTEUR-NANCY", "PCRS vecteur - Nancy (bordures de trottoir, façades)",
        "Plan Corps de Rue Simplifié vecteur sur Nancy : limites apparentes de voirie "
        "(bordures de trottoir) et façades, précision de classe A.",
        ["PCRS", "Plan Corps de Rue Simplifié", "voirie", "bordure de trottoir", "façade",
         "bâti", "réseaux"], "Voirie et réseaux", "transportation", sl.WGS84[sl.BBOX_ORTHO],
        "2022-03-01", "2023-09-12", links=links + [_page(base, "fr-200052264-gge-pcrs-vecteur-nancy")],
        data_stem="pcrs_bordure_trottoir"))
    recs.append(Record(
        "FR-200052264-GGE-PCRS-GRAND-EST", "Plan Corps de Rue Simplifié (PCRS) - Grand Est",
        "Démarche régionale de production mutualisée du PCRS en Grand Est : avancement, "
        "cahier des charges et accès aux données par territoire.",
        ["PCRS", "Plan Corps de Rue Simplifié", "DT-DICT", "réseaux"], "Voirie et réseaux",
        "transportation", sl.WGS84[sl.BBOX_ALL], "2019-05-20", "2024-01-15", hierarchy="series",
        links=[_portal(base, "pcrs", "Projet PCRS"),
               Link("OGC:WMS", f"{base}/geoserver/geograndest/ows?SERVICE=WMS&REQUEST=GetCapabilities",
                    "pcrs_facade", "Webservice : flux WMS du PCRS", "WMS")]))
    recs.append(Record(  # a record with nothing to load, only a page (as replays of webinars are)
        "FR-200052264-DGE-WEBINAIRE-PLUGIN-QGIS", "Webinaire : tout connaître du plugin QGIS DataGrandEst",
        "Replay du webinaire mensuel « Le jeudi, adonnez-vous à la donnée ! » du 3 février 2022 "
        "consacré au plugin QGIS DataGrandEst.",
        ["webinaire", "QGIS", "plugin", "formation"], "Formation", "society", sl.WGS84[sl.BBOX_ALL],
        "2022-02-03", "2022-02-10", hierarchy="nonGeographicDataset",
        links=[Link("WWW:LINK-1.0-http--link",
                    f"{base}/portail/fr/ressources/tout-connaitre-du-plugin-qgis-datagrandest",
                    "Replay du webinaire", "Page du replay sur le portail DataGrandEst", "HTML")],
        has_geometry=False))
    gge = sl.layer("GGE_ORTHO_RVB_ACTUELLE")
    recs.append(Record(
        "FR-200052264-GGE-ORTHO-RVB-ACTUELLE", "Orthophotographie RVB la plus récente - Grand Est",
        "Mosaïque des orthophotographies couleur (RVB) les plus récentes de la région Grand Est, "
        "diffusée en tuiles WMTS (EPSG:2154).",
        ["orthophotographie", "ortho", "imagerie", "RVB", "fond de plan"], "Imagerie",
        "imageryBaseMapsEarthCover", sl.WGS84[gge.bbox], "2020-06-01", "2023-10-01",
        links=_ows_links(base, gge) + [_page(base, "fr-200052264-gge-ortho-rvb-actuelle")]))

    for ident, name, title, abstract, kw, created in (
            ("FR-200052264-Commune_Grand_Est", "commune_actuelle",
             "DONNEE - Commune du Grand Est (petite échelle)",
             "Donnée des communes du Grand Est (échantillon : communes de la Marne et de "
             "Meurthe-et-Moselle), mise à jour régulière par le management et "
             "valorisation de la donnée de la Région Grand Est.",
             ["COMMUNE", "DONNEES GEOGRAPHIQUES", "données ouvertes", "limites administratives"],
             "2016-01-01"),
            ("FR-200052264-EPCI_Grand_Est", "epci",
             "DONNEE - EPCI du Grand Est",
             "Établissements publics de coopération intercommunale à fiscalité propre du Grand Est.",
             ["EPCI", "intercommunalité", "données ouvertes", "limites administratives"],
             "2017-01-01"),
            ("FR-200052264-Departement_Grand_Est", "departement",
             "DONNEE - Départements du Grand Est",
             "Limites des départements de la région Grand Est.",
             ["DEPARTEMENT", "données ouvertes", "limites administratives"], "2016-01-01")):
        lyr = sl.layer(name)
        recs.append(Record(
            ident, title, abstract, kw, "Limites administratives", "boundaries",
            sl.WGS84[sl.BBOX_ALL], created, "2023-06-13",
            links=_ows_links(base, lyr, wms_caps=(name == "epci"), wmts=(name != "epci"))
            + _downloads(base, name, title) + [_page(base, ident.lower())], data_stem=name))
    recs.append(Record(
        "FR-200052264-REGION-GRAND-EST-LIMITES-ADMINISTRATIVES",
        "Limites administratives du Grand Est (communes, EPCI, départements)",
        "Ensemble des couches de limites administratives publiées par la Région Grand Est.",
        ["limites administratives", "COMMUNE", "EPCI", "DEPARTEMENT"], "Limites administratives",
        "boundaries", sl.WGS84[sl.BBOX_ALL], "2016-01-01", "2023-06-13", hierarchy="series",
        links=[Link("OGC:WMS",
                    f"{base}/geoserver/region-grand-est/ows?SERVICE=WMS&REQUEST=GetCapabilities",
                    "", "Service WMS des limites administratives", "WMS"),
               Link("OGC:WFS",
                    f"{base}/geoserver/region-grand-est/ows?SERVICE=WFS&REQUEST=GetCapabilities",
                    "", "Service WFS des limites administratives", "WFS")]))
    for rec in recs:  # GeoNetwork serves thumbnails as record attachments
        rec.thumbnail = f"{base}/geonetwork/srv/api/records/{rec.identifier}/attachments/thumbnail.png"
    for rec in recs:  # D4C resource ids of OGC links and pages: stable too
        for k, link in enumerate(rec.links):
            if not link.rid:
                link.rid = resource_id(f"{rec.identifier}/{k}")
    return recs


# --------------------------------------------------------------------------
# ISO 19139
# --------------------------------------------------------------------------

NS = ('xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco" '
      'xmlns:gml="http://www.opengis.net/gml" xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"')


def _cs(text: str) -> str:
    return f"<gco:CharacterString>{escape(text)}</gco:CharacterString>"


def _party(role: str) -> str:
    return f"""<gmd:CI_ResponsibleParty>
        <gmd:organisationName>{_cs(ORG)}</gmd:organisationName>
        <gmd:contactInfo><gmd:CI_Contact><gmd:address><gmd:CI_Address>
          <gmd:city>{_cs("Strasbourg")}</gmd:city>
          <gmd:electronicMailAddress>{_cs(ORG_EMAIL)}</gmd:electronicMailAddress>
        </gmd:CI_Address></gmd:address></gmd:CI_Contact></gmd:contactInfo>
        <gmd:role><gmd:CI_RoleCode codeList="http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#CI_RoleCode" codeListValue="{role}">{role}</gmd:CI_RoleCode></gmd:role>
      </gmd:CI_ResponsibleParty>"""


def _date(value: str, kind: str) -> str:
    return f"""<gmd:date><gmd:CI_Date>
            <gmd:date><gco:Date>{value}</gco:Date></gmd:date>
            <gmd:dateType><gmd:CI_DateTypeCode codeList="http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#CI_DateTypeCode" codeListValue="{kind}">{kind}</gmd:CI_DateTypeCode></gmd:dateType>
          </gmd:CI_Date></gmd:date>"""


def _online(link: Link) -> str:
    return f"""<gmd:onLine><gmd:CI_OnlineResource>
            <gmd:linkage><gmd:URL>{escape(link.url)}</gmd:URL></gmd:linkage>
            <gmd:protocol>{_cs(link.protocol)}</gmd:protocol>
            <gmd:name>{_cs(link.name)}</gmd:name>
            <gmd:description>{_cs(link.description)}</gmd:description>
          </gmd:CI_OnlineResource></gmd:onLine>"""


def to_iso19139(rec: Record) -> str:
    w, s, e, n = rec.bbox
    keywords = "".join(f"<gmd:keyword>{_cs(k)}</gmd:keyword>" for k in rec.keywords)
    onlines = "\n          ".join(_online(link) for link in rec.links)
    graphic = (f"<gmd:graphicOverview><gmd:MD_BrowseGraphic><gmd:fileName>{_cs(rec.thumbnail)}</gmd:fileName>"
               f"<gmd:fileType>{_cs('png')}</gmd:fileType></gmd:MD_BrowseGraphic></gmd:graphicOverview>"
               if rec.thumbnail else "")
    lineage = ""
    if rec.lineage:
        lineage = f"""<gmd:dataQualityInfo><gmd:DQ_DataQuality>
      <gmd:scope><gmd:DQ_Scope><gmd:level><gmd:MD_ScopeCode codeList="http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#MD_ScopeCode" codeListValue="{rec.hierarchy}">{rec.hierarchy}</gmd:MD_ScopeCode></gmd:level></gmd:DQ_Scope></gmd:scope>
      <gmd:lineage><gmd:LI_Lineage><gmd:statement>{_cs(rec.lineage)}</gmd:statement></gmd:LI_Lineage></gmd:lineage>
    </gmd:DQ_DataQuality></gmd:dataQualityInfo>"""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<gmd:MD_Metadata {NS}>
  <gmd:fileIdentifier>{_cs(rec.identifier)}</gmd:fileIdentifier>
  <gmd:language><gmd:LanguageCode codeList="http://www.loc.gov/standards/iso639-2/" codeListValue="fre">fre</gmd:LanguageCode></gmd:language>
  <gmd:characterSet><gmd:MD_CharacterSetCode codeList="http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#MD_CharacterSetCode" codeListValue="utf8">utf8</gmd:MD_CharacterSetCode></gmd:characterSet>
  <gmd:hierarchyLevel><gmd:MD_ScopeCode codeList="http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#MD_ScopeCode" codeListValue="{rec.hierarchy}">{rec.hierarchy}</gmd:MD_ScopeCode></gmd:hierarchyLevel>
  <gmd:contact>{_party("pointOfContact")}</gmd:contact>
  <gmd:dateStamp><gco:DateTime>{rec.revised}T10:00:00</gco:DateTime></gmd:dateStamp>
  <gmd:metadataStandardName>{_cs("ISO 19115:2003/19139")}</gmd:metadataStandardName>
  <gmd:metadataStandardVersion>{_cs("1.0")}</gmd:metadataStandardVersion>
  <gmd:referenceSystemInfo><gmd:MD_ReferenceSystem><gmd:referenceSystemIdentifier><gmd:RS_Identifier>
    <gmd:code>{_cs("EPSG:2154")}</gmd:code>
  </gmd:RS_Identifier></gmd:referenceSystemIdentifier></gmd:MD_ReferenceSystem></gmd:referenceSystemInfo>
  <gmd:identificationInfo>
    <gmd:MD_DataIdentification>
      <gmd:citation><gmd:CI_Citation>
        <gmd:title>{_cs(rec.title)}</gmd:title>
        {_date(rec.created, "creation")}
        {_date(rec.revised, "revision")}
        <gmd:identifier><gmd:MD_Identifier><gmd:code>{_cs(rec.identifier)}</gmd:code></gmd:MD_Identifier></gmd:identifier>
      </gmd:CI_Citation></gmd:citation>
      <gmd:abstract>{_cs(rec.abstract)}</gmd:abstract>
      <gmd:pointOfContact>{_party("owner")}</gmd:pointOfContact>
      <gmd:pointOfContact>{_party("publisher")}</gmd:pointOfContact>
      {graphic}
      <gmd:descriptiveKeywords><gmd:MD_Keywords>{keywords}</gmd:MD_Keywords></gmd:descriptiveKeywords>
      <gmd:descriptiveKeywords><gmd:MD_Keywords><gmd:keyword>{_cs(rec.theme)}</gmd:keyword>
        <gmd:thesaurusName><gmd:CI_Citation><gmd:title>{_cs("Thèmes DataGrandEst")}</gmd:title>{_date("2020-01-01", "publication")}</gmd:CI_Citation></gmd:thesaurusName>
      </gmd:MD_Keywords></gmd:descriptiveKeywords>
      <gmd:resourceConstraints><gmd:MD_LegalConstraints>
        <gmd:useLimitation>{_cs(LICENSE)}</gmd:useLimitation>
        <gmd:useConstraints><gmd:MD_RestrictionCode codeList="http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#MD_RestrictionCode" codeListValue="otherRestrictions">otherRestrictions</gmd:MD_RestrictionCode></gmd:useConstraints>
        <gmd:otherConstraints>{_cs(LICENSE)}</gmd:otherConstraints>
      </gmd:MD_LegalConstraints></gmd:resourceConstraints>
      <gmd:resourceConstraints><gmd:MD_LegalConstraints>
        <gmd:accessConstraints><gmd:MD_RestrictionCode codeList="http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#MD_RestrictionCode" codeListValue="otherRestrictions">otherRestrictions</gmd:MD_RestrictionCode></gmd:accessConstraints>
        <gmd:otherConstraints>{_cs("Pas de restriction d'accès public")}</gmd:otherConstraints>
      </gmd:MD_LegalConstraints></gmd:resourceConstraints>
      <gmd:language><gmd:LanguageCode codeList="http://www.loc.gov/standards/iso639-2/" codeListValue="fre">fre</gmd:LanguageCode></gmd:language>
      <gmd:topicCategory><gmd:MD_TopicCategoryCode>{rec.topic}</gmd:MD_TopicCategoryCode></gmd:topicCategory>
      <gmd:extent><gmd:EX_Extent><gmd:geographicElement><gmd:EX_GeographicBoundingBox>
        <gmd:westBoundLongitude><gco:Decimal>{w}</gco:Decimal></gmd:westBoundLongitude>
        <gmd:eastBoundLongitude><gco:Decimal>{e}</gco:Decimal></gmd:eastBoundLongitude>
        <gmd:southBoundLatitude><gco:Decimal>{s}</gco:Decimal></gmd:southBoundLatitude>
        <gmd:northBoundLatitude><gco:Decimal>{n}</gco:Decimal></gmd:northBoundLatitude>
      </gmd:EX_GeographicBoundingBox></gmd:geographicElement></gmd:EX_Extent></gmd:extent>
    </gmd:MD_DataIdentification>
  </gmd:identificationInfo>
  <gmd:distributionInfo><gmd:MD_Distribution>
    <gmd:distributionFormat><gmd:MD_Format><gmd:name>{_cs("ESRI Shapefile / GeoJSON")}</gmd:name><gmd:version>{_cs("-")}</gmd:version></gmd:MD_Format></gmd:distributionFormat>
    <gmd:transferOptions><gmd:MD_DigitalTransferOptions>
          {onlines}
    </gmd:MD_DigitalTransferOptions></gmd:transferOptions>
  </gmd:MD_Distribution></gmd:distributionInfo>
  {lineage}
</gmd:MD_Metadata>
"""


def write_iso_files(base_url: str, outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    for old in outdir.glob("*.xml"):
        old.unlink()
    paths = []
    for rec in catalogue(base_url):
        path = outdir / f"{rec.identifier}.xml"
        path.write_text(to_iso19139(rec), encoding="utf-8")
        paths.append(path)
    return paths
