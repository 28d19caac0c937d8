"""The pictures of the user guide, rendered by `make screenshots`.

One entry per picture. A panel added to the dock needs one more entry here
(its key as in gui/dock.py's PANEL_ATTRIBUTES or a community page key) and a
paragraph in docs/guide-utilisateur.md showing ``images/<image>``; the tests
check that every entry is shown in the guide and every picture the guide
shows is made here.

``target`` is a panel key, or one of:
- ``window``: the whole QGIS window, the dock showing ``panel_for_window``;
- ``options``: the plugin's page of QGIS's Options dialog;
- ``scenario``: the trainer's scenario player on docs/scenario-exemple.json.
``prepare`` runs before the picture: ``check`` (services check), ``search:<text>``
(catalogue search, first result selected), ``play:<n>`` (play n scenario steps),
``test`` (options: press every address's Test button).
The picture is taken once no background task runs and the map is drawn.
"""

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Shot:
    image: str
    target: str
    caption: str
    prepare: str = ""
    panel_for_window: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


SHOTS = [
    Shot("fenetre-qgis.png", "window", "QGIS avec le panneau DataGrandEst, sur la plateforme locale",
         prepare="search:occupation du sol", panel_for_window="catalogue"),
    Shot("panneau-catalogue.png", "catalogue", "Le panneau Catalogue : une recherche et sa fiche",
         prepare="search:occupation du sol"),
    Shot("panneau-couches.png", "layers", "Le panneau Couches : l'arbre des services et l'arbre historique"),
    Shot("panneau-ocs.png", "ocs", "Le panneau OCS GE² : millésimes, territoire et lecture de la nomenclature "
         "(ici la couverture du sol, aux couleurs de l'IGN)", prepare="reading:couverture"),
    Shot("panneau-pcrs.png", "pcrs", "Le panneau PCRS : les couches du Plan Corps de Rue Simplifié"),
    Shot("panneau-services.png", "services", "Le panneau Services : l'état de chaque service", prepare="check"),
    Shot("communaute-webinaires.png", "webinars", "Communauté : les webinaires"),
    Shot("communaute-formations.png", "trainings", "Communauté : les formations"),
    Shot("communaute-groupes.png", "groups", "Communauté : les groupes"),
    Shot("communaute-agenda.png", "agenda", "Communauté : l'agenda"),
    Shot("options.png", "options", "La page DataGrandEst des options de QGIS, chaque adresse testée",
         prepare="test"),
    Shot("lecteur-scenario.png", "scenario", "Le lecteur de scénario des formateurs", prepare="play:3"),
]
