"""The bundled OCS GE couverture colours are the national IGN palette.

Reference: IGN, « OCS GE – Descriptif de contenu » (nomenclature de la couverture
du sol, couleurs RVB de la légende), as published by the Géoplateforme in the
official OCS GE vector-tile style
https://data.geopf.fr/annexes/ressources/vectorTiles/styles/OCSGE/ocsge_couverture.json
(the same values are used by the État's « Mon diagnostic artificialisation »).
Written here by hand from that source, never read from the plugin.
"""

import pytest

from datagrandest_plugin.core.ocs.nomenclature import COUVERTURE, hex_to_rgb

IGN_COUVERTURE_RGB = {
    "CS1.1.1.1": (255, 55, 122),    # Zones bâties
    "CS1.1.1.2": (255, 145, 145),   # Zones non bâties
    "CS1.1.2.1": (255, 255, 153),   # Zones à matériaux minéraux
    "CS1.1.2.2": (166, 77, 0),      # Zones à autres matériaux composites
    "CS1.2.1": (204, 204, 204),     # Sols nus
    "CS1.2.2": (0, 204, 242),       # Surfaces d'eau
    "CS1.2.3": (166, 230, 204),     # Névés et glaciers
    "CS2.1.1.1": (128, 255, 0),     # Peuplement de feuillus
    "CS2.1.1.2": (0, 166, 0),       # Peuplement de conifères
    "CS2.1.1.3": (128, 190, 0),     # Peuplement mixte
    "CS2.1.2": (166, 255, 128),     # Formations arbustives et sous-arbrisseaux
    "CS2.1.3": (230, 128, 0),       # Autres formations ligneuses
    "CS2.2.1": (204, 242, 77),      # Formations herbacées
    "CS2.2.2": (204, 255, 204),     # Autres formations non ligneuses
}


def test_every_ign_class_is_bundled():
    assert {c.code for c in COUVERTURE.classes} == set(IGN_COUVERTURE_RGB)


@pytest.mark.parametrize("code", sorted(IGN_COUVERTURE_RGB))
def test_bundled_colour_is_the_ign_colour(code):
    bundled = COUVERTURE.by_code()[code]
    assert hex_to_rgb(bundled.color) == IGN_COUVERTURE_RGB[code], bundled.label
