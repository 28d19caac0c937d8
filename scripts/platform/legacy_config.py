"""``config.json`` of the historical DataGrandEst plugin, small, for the local platform.

Same schema as shared/reference/datagrandest-legacy-plugin-config.json
(recursive nodes: title, description, type, metadata_url, params,
bounding_boxes, children) with URLs pointing at the local front server.
"""
from __future__ import annotations

import sample_layers as sl


def _meta(base: str, dataset_id: str) -> str:
    return f"{base}/data4citizen/visualisation/information/?id={dataset_id}"


def _bbox(layer: sl.Layer) -> list:
    return [list(layer.bbox)]


def build(base_url: str) -> dict:
    base = base_url.rstrip("/")
    wmts = f"{base}/geoserver/gwc/service/wmts"

    def wmts_node(name: str, style: str | None = None) -> dict:
        lyr = sl.layer(name)
        params = {"url": wmts, "tilematrixset_name": "EPSG:2154", "name": lyr.qualified_name,
                  "format": lyr.wmts_format, "srs": "EPSG:2154"}
        if style:
            params["style"] = style
        return {"title": lyr.title, "description": lyr.abstract, "type": "wmts_layer",
                "metadata_url": _meta(base, _dataset_of(name)), "params": params,
                "bounding_boxes": _bbox(lyr)}

    def wms_node(name: str) -> dict:
        lyr = sl.layer(name)
        return {"title": lyr.title, "description": lyr.abstract, "type": "wms_layer",
                "metadata_url": _meta(base, _dataset_of(name)),
                "params": {"url": f"{base}/geoserver/{lyr.workspace}/ows", "name": lyr.name,
                           "format": "image/png", "srs": "EPSG:2154"},
                "bounding_boxes": _bbox(lyr)}

    def wfs_node(name: str) -> dict:
        lyr = sl.layer(name)
        return {"title": lyr.title, "description": lyr.abstract, "type": "wfs_feature_type",
                "metadata_url": _meta(base, _dataset_of(name)),
                "params": {"url": f"{base}/geoserver/{lyr.workspace}/wfs",
                           "name": lyr.qualified_name, "srs": "epsg:2154"},
                "bounding_boxes": _bbox(lyr)}

    def folder(title: str, description: str, children: list) -> dict:
        return {"title": title, "description": description, "type": "folder", "children": children}

    ocs = [wmts_node(f"ocs_grand_est_{y}_d{d}", "geograndest:ocs_grand_est_niveau_1_a_5")
           for d in ("51", "54") for y in (2021, 2019)]
    return folder("DataGrandEst - plateforme locale", "", [
        folder("Fonds de plan", "Orthophotographies", [
            wmts_node("GGE_ORTHO_RVB_ACTUELLE"), wms_node("ortho_pcrs_2021")]),
        folder("Occupation du sol", "Occupation du sol à grande échelle (OCS GE²)", [
            *ocs, wms_node("ocs_grand_est_2021_d51"), wfs_node("ocs_grand_est_2021_d54")]),
        folder("PCRS", "Plan Corps de Rue Simplifié", [
            wms_node("ortho_pcrs_2021"), wfs_node("pcrs_bordure_trottoir"), wfs_node("pcrs_facade")]),
        folder("Limites administratives", "Découpages administratifs du Grand Est", [
            wfs_node("departement"), wfs_node("epci"), wfs_node("commune_actuelle"),
            wms_node("commune_actuelle")]),
    ])


def _dataset_of(name: str) -> str:
    """D4C dataset id that describes a layer (see csw_records.catalogue)."""
    if name.startswith("ocs_grand_est_"):
        year, dep = name.split("_")[3], name.split("_d")[-1]
        return f"fr-200052264-gge-ocs-grand-est-d{dep}-{year}"
    return {
        "ortho_pcrs_2021": "fr-200052264-gge-pcrs-raster-nancy-2021",
        "GGE_ORTHO_RVB_ACTUELLE": "fr-200052264-gge-ortho-rvb-actuelle",
        "pcrs_bordure_trottoir": "fr-200052264-gge-pcrs-vecteur-nancy",
        "pcrs_facade": "fr-200052264-gge-pcrs-vecteur-nancy",
        "departement": "fr-200052264-departement_grand_est",
        "epci": "fr-200052264-epci_grand_est",
        "commune_actuelle": "fr-200052264-commune_grand_est",
    }[name]
