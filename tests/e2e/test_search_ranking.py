"""Search quality, measured: fixed French queries over the local platform's records and the record each
must return first (and those that must come before any other). Listed in docs/ (recherche);
a change of ranking shows here."""

import pytest
from dataclasses import replace

from datagrandest_plugin.core.catalog.models import SOURCE_CSW, SOURCES, SearchQuery
from datagrandest_plugin.core.catalog.service import CatalogService
from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport
from datagrandest_plugin.toolbelt.settings import PlgSettings

OCS = "FR-200052264-GGE-OCS-GRAND-EST"
# query -> (the first record, records that must all come before any other)
RANKING = {
    "occupation sol": (OCS, {OCS, f"{OCS}-D51", f"{OCS}-D54", f"{OCS}-D51-2019", f"{OCS}-D51-2021",
                             f"{OCS}-D54-2019", f"{OCS}-D54-2021"}),
    "occupation du sol 2021 marne": (f"{OCS}-D51-2021", {f"{OCS}-D51-2021"}),
    "bâti": ("FR-200052264-GGE-PCRS-VECTEUR-NANCY", {"FR-200052264-GGE-PCRS-VECTEUR-NANCY"}),
    "communes meurthe": ("FR-200052264-Commune_Grand_Est", {"FR-200052264-Commune_Grand_Est"}),
    "communes": ("FR-200052264-Commune_Grand_Est", {"FR-200052264-Commune_Grand_Est",
                                                     "FR-200052264-REGION-GRAND-EST-LIMITES-ADMINISTRATIVES",
                                                     "FR-200052264-GGE-OCS-INDICATEURS-COMMUNES"}),
    "plans corps de rue": ("FR-200052264-GGE-PCRS-GRAND-EST", {"FR-200052264-GGE-PCRS-GRAND-EST",
                                                               "FR-200052264-GGE-PCRS-VECTEUR-NANCY",
                                                               "FR-200052264-GGE-PCRS-RASTER-NANCY-2021"}),
    "orthophotographies": ("FR-200052264-GGE-ORTHO-RVB-ACTUELLE", {"FR-200052264-GGE-ORTHO-RVB-ACTUELLE",
                                                                   "FR-200052264-GGE-PCRS-RASTER-NANCY-2021"}),
}


@pytest.fixture(scope="module", params=[("csw", SOURCES), ("csw", (SOURCE_CSW,)), ("oarec", (SOURCE_CSW,))],
                ids=["both-catalogues", "csw", "oarec"])
def searching(request, local_platform, tmp_path_factory):
    protocol, sources = request.param
    urls = local_platform.urls
    settings = replace(PlgSettings(), csw_url=urls["csw_url"], oarec_url=urls["oarec_url"], d4c_url=urls["d4c_url"],
                       catalogue_protocol=protocol, cache_dir=str(tmp_path_factory.mktemp("ranking")))
    service = CatalogService(RequestsTransport(timeout=20), settings)
    return lambda text: [r.identifier for r in service.search(SearchQuery(text=text, page_size=50,
                                                                            sources=sources)).records]


@pytest.mark.parametrize("text", sorted(RANKING))
def test_ranking(searching, text):
    first, leaders = RANKING[text]
    found = searching(text)
    assert found and found[0] == first, found[:5]
    assert set(found[:len(leaders)]) == leaders, found[:len(leaders) + 2]
