<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>DataGrandEst</name>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="168" />
      <source>&amp;Add to map</source>
      <translation>&amp;Ajouter à la carte</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/services_panel.py" line="49" />
      <source>&amp;Check the services</source>
      <translation>&amp;Vérifier les services</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="173" />
      <source>&amp;Copy the service URL</source>
      <translation>&amp;Copier l'URL du service</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layer_choice_dialog.py" line="23" />
      <source>&amp;Layer</source>
      <translation>&amp;Couche</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layer_choice_dialog.py" line="24" />
      <source>&amp;Style</source>
      <translation>&amp;Style</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="20" />
      <source>--bbox takes xmin,ymin,xmax,ymax in degrees (WGS84), for example 3.8,49.1,4.2,49.4.</source>
      <translation>--bbox attend xmin,ymin,xmax,ymax en degrés (WGS84), par exemple 3.8,49.1,4.2,49.4.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="53" />
      <source>--page starts at 1 and --page-size is between 1 and 200.</source>
      <translation>--page commence à 1 et --page-size est compris entre 1 et 200.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/favourites.py" line="150" />
      <source>A saved search needs a name.</source>
      <translation>Une recherche enregistrée doit avoir un nom.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="95" />
      <source>Abstract</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layer_choice_dialog.py" line="12" />
      <source>Add to map</source>
      <translation>Ajouter à la carte</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="176" />
      <source>Add to or remove from the favourites</source>
      <translation>Ajouter aux favoris ou en retirer</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="117" />
      <source>All organisations</source>
      <translation>Tous les organismes</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/services_panel.py" line="110" />
      <source>All services answer.</source>
      <translation>Tous les services répondent.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="111" />
      <source>All sources</source>
      <translation>Toutes les sources</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="115" />
      <source>All themes</source>
      <translation>Tous les thèmes</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/base.py" line="222" />
      <source>Cannot reach {host}: {reason}.</source>
      <translation>Impossible de joindre {host} : {reason}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/dock.py" line="20" />
      <source>Catalogue</source>
      <translation>Catalogue</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/plugin.py" line="95" />
      <source>Check the services</source>
      <translation>Vérifier les services</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/services_panel.py" line="63" />
      <source>Checking…</source>
      <translation>Vérification en cours…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/layer_links.py" line="154" />
      <source>Choose a layer of the service.</source>
      <translation>Choisissez une couche du service.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="91" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/services_panel.py" line="50" />
      <source>Contact each endpoint in the background; QGIS stays usable.</source>
      <translation>Interroge chaque service en arrière-plan ; QGIS reste utilisable.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/doctor.py" line="79" />
      <source>Content</source>
      <translation>Contenus</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/doctor.py" line="53" />
      <source>D4C API 1.0 ({count} datasets)</source>
      <translation>API D4C 1.0 ({count} jeux de données)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/dock.py" line="15" />
      <source>DataGrandEst</source>
      <translation>DataGrandEst</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/locator_filter.py" line="50" />
      <source>DataGrandEst catalogue and layers</source>
      <translation>Catalogue et couches DataGrandEst</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="511" />
      <source>DataGrandEst favourites (*.json)</source>
      <translation>Favoris DataGrandEst (*.json)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="42" />
      <source>DataGrandEst from the command line.</source>
      <translation>DataGrandEst en ligne de commande.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/services_panel.py" line="69" />
      <source>DataGrandEst: checking {service}</source>
      <translation>DataGrandEst : vérification de {service}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_actions.py" line="49" />
      <source>DataGrandEst: downloading “{title}”</source>
      <translation>DataGrandEst : téléchargement de « {title} »</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layer_loader.py" line="38" />
      <source>DataGrandEst: loading “{title}”</source>
      <translation>DataGrandEst : chargement de « {title} »</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_actions.py" line="76" />
      <source>DataGrandEst: reading the service of “{title}”</source>
      <translation>DataGrandEst : lecture du service de « {title} »</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="378" />
      <source>DataGrandEst: reading “{title}”</source>
      <translation>DataGrandEst : lecture de « {title} »</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="276" />
      <source>DataGrandEst: searching {source}</source>
      <translation>DataGrandEst : recherche dans {source}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="418" />
      <source>DataGrandEst: thumbnail</source>
      <translation>DataGrandEst : vignette</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="91" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layer_choice_dialog.py" line="42" />
      <source>Default style</source>
      <translation>Style par défaut</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/record_view.py" line="40" />
      <source>Download</source>
      <translation>Téléchargement</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="510" />
      <source>Export the favourites</source>
      <translation>Exporter les favoris</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="184" />
      <source>Export the favourites…</source>
      <translation>Exporter les favoris…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="93" />
      <source>Extent</source>
      <translation>Emprise</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/locator_filter.py" line="63" />
      <source>Favourite</source>
      <translation>Favori</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/browser_provider.py" line="47" />
      <source>Favourites</source>
      <translation>Favoris</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="96" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="89" />
      <source>Identifier</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="521" />
      <source>Import favourites</source>
      <translation>Importer des favoris</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="185" />
      <source>Import favourites…</source>
      <translation>Importer des favoris…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="146" />
      <source>Interrupted.</source>
      <translation>Interrompu.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="139" />
      <source>Invalid command line: a command is required. See --help.</source>
      <translation>Ligne de commande invalide : une commande est nécessaire. Voir --help.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="23" />
      <source>Invalid command line: {detail}. See --help.</source>
      <translation>Ligne de commande invalide : {detail}. Voir --help.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="92" />
      <source>Keywords</source>
      <translation>Mots-clés</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/doctor.py" line="27" />
      <source>Latency</source>
      <translation>Latence</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/doctor.py" line="80" />
      <source>Layer tree</source>
      <translation>Arbre des couches</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layer_loader.py" line="29" />
      <source>Layer “{title}” added.</source>
      <translation>Couche « {title} » ajoutée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="91" />
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="92" />
      <source>Lineage</source>
      <translation>Généalogie</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="125" />
      <source>Link {index} of this record cannot be loaded in QGIS.</source>
      <translation>Le lien {index} de cette fiche ne peut pas être chargé dans QGIS.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="97" />
      <source>Links:</source>
      <translation>Liens :</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/doctor.py" line="27" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/layer_factory.py" line="46" />
      <source>Metadata record</source>
      <translation>Fiche de métadonnées</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="166" />
      <source>More &amp;results</source>
      <translation>Plus de &amp;résultats</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="120" />
      <source>Most recent</source>
      <translation>Plus récents</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="499" />
      <source>Name of the search:</source>
      <translation>Nom de la recherche :</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/base.py" line="190" />
      <source>Offline mode: {host} was not contacted.</source>
      <translation>Mode hors ligne : {host} n'a pas été contacté.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/record_view.py" line="67" />
      <source>Online resources</source>
      <translation>Ressources en ligne</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/base.py" line="188" />
      <source>Only http and https addresses can be used.</source>
      <translation>Seules les adresses http et https peuvent être utilisées.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="125" />
      <source>Only in the map &amp;extent</source>
      <translation>Seulement dans l'&amp;emprise de la carte</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="172" />
      <source>Open the record &amp;page</source>
      <translation>Ouvrir la &amp;fiche</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="90" />
      <source>Organisation</source>
      <translation>Organisme</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/record_view.py" line="43" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="94" />
      <source>Page</source>
      <translation>Page</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/doctor.py" line="27" />
      <source>Protocol</source>
      <translation>Protocole</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/doctor.py" line="27" />
      <source>Reachable</source>
      <translation>Accessible</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="119" />
      <source>Relevance</source>
      <translation>Pertinence</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="70" />
      <source>Results: {totals}; page {page}; a dataset found in both catalogues is shown once.</source>
      <translation>Résultats : {totals} ; page {page} ; un jeu présent dans les deux catalogues n'est affiché qu'une fois.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="499" />
      <source>Save this search</source>
      <translation>Enregistrer cette recherche</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="182" />
      <source>Save this search…</source>
      <translation>Enregistrer cette recherche…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/browser_provider.py" line="79" />
      <source>Saved searches</source>
      <translation>Recherches enregistrées</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="504" />
      <source>Search saved: it is in the DataGrandEst node of the Browser.</source>
      <translation>Recherche enregistrée : elle figure dans le nœud DataGrandEst de l'Explorateur.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="106" />
      <source>Search the DataGrandEst catalogues (e.g. OCS, PCRS, communes)…</source>
      <translation>Chercher dans les catalogues DataGrandEst (ex. OCS, PCRS, communes)…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/doctor.py" line="27" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="470" />
      <source>Service URL copied.</source>
      <translation>URL du service copiée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="144" />
      <source>Services</source>
      <translation>Services</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/plugin.py" line="75" />
      <source>Show or hide the DataGrandEst panel</source>
      <translation>Afficher ou masquer le panneau DataGrandEst</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="144" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="90" />
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/services_panel.py" line="37" />
      <source>State of the DataGrandEst services configured in the plugin settings.</source>
      <translation>État des services DataGrandEst configurés dans les paramètres de l'extension.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/d4c_client.py" line="46" />
      <source>The D4C portal</source>
      <translation>Le portail D4C</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/d4c_client.py" line="48" />
      <source>The D4C portal answered with unexpected content.</source>
      <translation>Le portail D4C a répondu par un contenu inattendu.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/d4c_client.py" line="84" />
      <source>The D4C portal has no dataset “{id}”.</source>
      <translation>Le portail D4C n'a pas de jeu de données « {id} ».</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/doctor.py" line="42" />
      <source>The WFS service</source>
      <translation>Le service WFS</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/doctor.py" line="38" />
      <source>The WMS service</source>
      <translation>Le service WMS</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/doctor.py" line="46" />
      <source>The WMTS service</source>
      <translation>Le service WMTS</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/base.py" line="215" />
      <source>The answer of {host} is larger than {size} MB and was refused.</source>
      <translation>La réponse de {host} dépasse {size} Mo et a été refusée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/qgis_transport.py" line="50" />
      <source>The authentication configuration {id} cannot be used.</source>
      <translation>La configuration d'authentification {id} est inutilisable.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/csw_client.py" line="44" />
      <source>The catalogue</source>
      <translation>Le catalogue</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/csw_client.py" line="46" />
      <source>The catalogue answered with a document that is not a CSW answer.</source>
      <translation>Le catalogue a répondu par un document qui n'est pas une réponse CSW.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/csw_client.py" line="106" />
      <source>The catalogue has no record “{id}”.</source>
      <translation>Le catalogue n'a pas de fiche « {id} ».</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/doctor.py" line="57" />
      <source>The content file</source>
      <translation>Le fichier de contenus</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/doctor.py" line="59" />
      <source>The content file has an unexpected shape.</source>
      <translation>Le fichier de contenus n'a pas la forme attendue.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/layer_links.py" line="188" />
      <source>The download is a web page, not data.</source>
      <translation>Le téléchargement est une page web, pas des données.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/layer_links.py" line="186" />
      <source>The download is empty.</source>
      <translation>Le téléchargement est vide.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/favourites.py" line="113" />
      <source>The favourites file cannot be read.</source>
      <translation>Le fichier de favoris est illisible.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/doctor.py" line="64" />
      <source>The layer tree file</source>
      <translation>Le fichier de l'arbre des couches</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/doctor.py" line="66" />
      <source>The layer tree file has an unexpected shape.</source>
      <translation>Le fichier de l'arbre des couches n'a pas la forme attendue.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/layer_factory.py" line="24" />
      <source>The layer “{title}” could not be loaded from {host}.</source>
      <translation>La couche « {title} » n'a pas pu être chargée depuis {host}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/qgis_transport.py" line="122" />
      <source>The proxy requires authentication.</source>
      <translation>Le proxy demande une authentification.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="121" />
      <source>The record has {count} links: --link goes from 0 to {last}.</source>
      <translation>La fiche a {count} liens : --link va de 0 à {last}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="129" />
      <source>The record “{id}” has no link QGIS can load.</source>
      <translation>La fiche « {id} » n'a aucun lien que QGIS peut charger.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/errors.py" line="47" />
      <source>The request was cancelled.</source>
      <translation>La requête a été annulée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/layer_links.py" line="66" />
      <source>The service</source>
      <translation>Le service</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/layer_links.py" line="108" />
      <source>The service capabilities could not be read.</source>
      <translation>Les capacités du service sont illisibles.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/layer_links.py" line="157" />
      <source>The service does not offer the style “{style}”.</source>
      <translation>Le service ne propose pas le style « {style} ».</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/layer_links.py" line="150" />
      <source>The service offers no layer.</source>
      <translation>Le service ne propose aucune couche.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/layer_factory.py" line="32" />
      <source>The style of “{title}” could not be applied.</source>
      <translation>Le style de « {title} » n'a pas pu être appliqué.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="64" />
      <source>The timeout must be a positive number of seconds.</source>
      <translation>Le délai doit être un nombre de secondes positif.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/layer_links.py" line="181" />
      <source>This download cannot be opened in QGIS.</source>
      <translation>Ce téléchargement ne peut pas être ouvert dans QGIS.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/favourites.py" line="115" />
      <source>This file is not a DataGrandEst favourites file.</source>
      <translation>Ce fichier n'est pas un fichier de favoris DataGrandEst.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/layer_links.py" line="115" />
      <source>This link is not an OGC service.</source>
      <translation>Ce lien n'est pas un service OGC.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="137" />
      <source>This link names no layer; choose one with --layer among: {names}.</source>
      <translation>Ce lien ne nomme aucune couche ; choisissez-en une avec --layer parmi : {names}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="441" />
      <source>This record has no layer QGIS can load.</source>
      <translation>Cette fiche n'a aucune couche que QGIS peut charger.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="94" />
      <source>Thumbnail</source>
      <translation>Vignette</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="89" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="151" />
      <source>Unexpected error ({kind}); rerun with DGE_DEBUG=1 for details.</source>
      <translation>Erreur inattendue ({kind}) ; relancez avec DGE_DEBUG=1 pour le détail.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/toolbelt/tasks.py" line="39" />
      <source>Unexpected error; details are in the DataGrandEst message log.</source>
      <translation>Erreur inattendue ; le détail est dans le journal des messages DataGrandEst.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="96" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/record_view.py" line="42" />
      <source>Web page</source>
      <translation>Page web</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="34" />
      <source>bound of each whole request (environment: DGE_TIMEOUT)</source>
      <translation>durée maximale de chaque requête complète (environnement : DGE_TIMEOUT)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/doctor.py" line="12" />
      <source>check each configured endpoint: reachable, protocol version, latency</source>
      <translation>vérifie chaque service configuré : accessibilité, version du protocole, latence</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/qgis_transport.py" line="112" />
      <source>connection refused</source>
      <translation>connexion refusée</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/doctor.py" line="60" />
      <source>content file v{version}</source>
      <translation>fichier de contenus v{version}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="32" />
      <source>endpoint (environment: {env})</source>
      <translation>adresse du service (environnement : {env})</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="28" />
      <source>global options</source>
      <translation>options globales</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/doctor.py" line="67" />
      <source>historical layer tree</source>
      <translation>arbre historique des couches</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="110" />
      <source>index of the link (from 0); default: the first loadable</source>
      <translation>numéro du lien (à partir de 0) ; par défaut le premier chargeable</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="111" />
      <source>layer name, when the link names none</source>
      <translation>nom de la couche, quand le lien n'en donne pas</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="106" />
      <source>load a record's layer in headless QGIS and describe it</source>
      <translation>charge la couche d'une fiche dans QGIS sans fenêtre et la décrit</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="36" />
      <source>machine-readable output</source>
      <translation>sortie lisible par une machine (JSON)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="35" />
      <source>never use the network</source>
      <translation>ne jamais utiliser le réseau</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/doctor.py" line="21" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="109" />
      <source>record identifier</source>
      <translation>identifiant de la fiche</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="38" />
      <source>search the GeoNetwork and D4C catalogues</source>
      <translation>cherche dans les catalogues GeoNetwork et D4C</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="79" />
      <source>show a catalogue record in full, with its links</source>
      <translation>affiche une fiche de catalogue complète, avec ses liens</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/qgis_transport.py" line="106" />
      <source>the answer was cut off</source>
      <translation>la réponse a été interrompue</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/qgis_transport.py" line="125" />
      <source>the connection failed</source>
      <translation>la connexion a échoué</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="113" />
      <source>the project CRS to prefer</source>
      <translation>le SCR du projet à privilégier</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/qgis_transport.py" line="120" />
      <source>the proxy cannot be reached</source>
      <translation>le proxy est injoignable</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/qgis_transport.py" line="118" />
      <source>the secure connection (SSL) failed</source>
      <translation>la connexion sécurisée (SSL) a échoué</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/qgis_transport.py" line="124" />
      <source>the server closed the connection</source>
      <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/qgis_transport.py" line="114" />
      <source>unknown host name</source>
      <translation>nom d'hôte inconnu</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="41" />
      <source>words to search</source>
      <translation>mots à chercher</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="43" />
      <source>xmin,ymin,xmax,ymax in WGS84 degrees</source>
      <translation>xmin,ymin,xmax,ymax en degrés WGS84</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/doctor.py" line="21" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="529" />
      <source>{count} favourites and searches imported.</source>
      <translation>{count} favoris et recherches importés.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="514" />
      <source>{count} favourites exported.</source>
      <translation>{count} favoris exportés.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/doctor.py" line="32" />
      <source>{count} of {total} endpoints failed: {names}.</source>
      <translation>{count} service(s) sur {total} en échec : {names}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/services_panel.py" line="110" />
      <source>{count} service(s) do not answer.</source>
      <translation>{count} service(s) ne répondent pas.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/base.py" line="136" />
      <source>{host} answered with an unexpected status ({status}).</source>
      <translation>{host} a répondu avec un statut inattendu ({status}).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/base.py" line="207" />
      <source>{host} did not answer within {seconds} seconds.</source>
      <translation>{host} n'a pas répondu en {seconds} secondes.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/base.py" line="125" />
      <source>{host} does not know this address (404).</source>
      <translation>{host} ne connaît pas cette adresse (404).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/base.py" line="134" />
      <source>{host} had an internal error ({status}).</source>
      <translation>{host} a rencontré une erreur interne ({status}).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/base.py" line="193" />
      <source>{host} is not an allowed host here.</source>
      <translation>{host} n'est pas un hôte autorisé ici.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/base.py" line="132" />
      <source>{host} is temporarily unavailable (503).</source>
      <translation>{host} est momentanément indisponible (503).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/base.py" line="130" />
      <source>{host} is temporarily unavailable (503); retry in {seconds} seconds.</source>
      <translation>{host} est momentanément indisponible (503) ; réessayez dans {seconds} secondes.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/base.py" line="175" />
      <source>{host} redirects to a login page: authentication is required.</source>
      <translation>{host} redirige vers une page de connexion : une authentification est nécessaire.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/base.py" line="183" />
      <source>{host} redirects too many times.</source>
      <translation>{host} redirige trop de fois.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/base.py" line="123" />
      <source>{host} refused access to this resource (403).</source>
      <translation>{host} refuse l'accès à cette ressource (403).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/base.py" line="120" />
      <source>{host} requires authentication: choose an authentication configuration in the plugin settings.</source>
      <translation>{host} demande une authentification : choisissez une configuration d'authentification dans les paramètres de l'extension.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog_panel.py" line="346" />
      <source>{shown} shown ({counts})</source>
      <translation>{shown} affichés ({counts})</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/parsing.py" line="47" />
      <source>{what} answered with a web page instead of data.</source>
      <translation>{what} a répondu par une page web au lieu de données.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/parsing.py" line="58" />
      <source>{what} reported an error: {detail}</source>
      <translation>{what} a signalé une erreur : {detail}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/parsing.py" line="49" />
      <source>{what} sent an XML document with entity declarations, refused for safety.</source>
      <translation>{what} a envoyé un document XML avec des déclarations d'entités, refusé par sécurité.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/parsing.py" line="44" />
      <source>{what} sent an empty answer.</source>
      <translation>{what} a envoyé une réponse vide.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/parsing.py" line="53" />
      <source>{what} sent an unreadable XML document.</source>
      <translation>{what} a envoyé un document XML illisible.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/parsing.py" line="72" />
      <source>{what} sent invalid JSON.</source>
      <translation>{what} a envoyé un JSON invalide.</translation>
    </message>
  </context>
</TS>
