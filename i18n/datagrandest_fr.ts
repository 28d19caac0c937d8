<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>DataGrandEst</name>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="143" />
      <source>&amp;Add to map</source>
      <translation>&amp;Ajouter à la carte</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/services_panel.py" line="49" />
      <source>&amp;Check the services</source>
      <translation>&amp;Vérifier les services</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="86" />
      <source>&amp;Load</source>
      <translation>&amp;Charger</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layer_items.py" line="115" />
      <source>(no workspace)</source>
      <translation>(sans espace de travail)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/legacy_tree.py" line="152" />
      <source>(untitled)</source>
      <translation>(sans titre)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="194" />
      <source>--stats needs --territory or --department.</source>
      <translation>--stats demande --territory ou --department.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs_panel.py" line="72" />
      <source>Add as &amp;image</source>
      <translation>Ajouter en &amp;image</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs_panel.py" line="74" />
      <source>Add as &amp;vectors</source>
      <translation>Ajouter en &amp;vecteurs</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="470" />
      <source>Add to map</source>
      <translation>Ajouter à la carte</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="472" />
      <source>Add with the style</source>
      <translation>Ajouter avec le style</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="204" />
      <source>Agricultural or natural land turned artificial (ha)</source>
      <translation>Espaces agricoles ou naturels devenus artificialisés (ha)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="229" />
      <source>Agricultural or natural land turned artificial: {ha:.2f} ha.</source>
      <translation>Espaces agricoles ou naturels devenus artificialisés : {ha:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/services_panel.py" line="110" />
      <source>All services answer.</source>
      <translation>Tous les services répondent.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/legacy_tree.py" line="149" />
      <source>An entry of the layer tree is not a node and was left out.</source>
      <translation>Une entrée de l'arbre des couches n'est pas un nœud : elle a été écartée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="185" />
      <source>Area per class of the chosen reading of the nomenclature for one millésime and, with a second millésime, the change matrix between them (hectares moving from each class to each class) and the agricultural or natural land turned artificial.</source>
      <translation>Surface par classe de la lecture choisie de la nomenclature pour un millésime et, avec un second millésime, la matrice des évolutions entre les deux (hectares passés de chaque classe à chaque classe) ainsi que les espaces agricoles ou naturels devenus artificialisés.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="198" />
      <source>Areas per class</source>
      <translation>Surfaces par classe</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="119" />
      <source>Ask the services again (only what changed is downloaded).</source>
      <translation>Interroger de nouveau les services (seul ce qui a changé est téléchargé).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/base.py" line="222" />
      <source>Cannot reach {host}: {reason}.</source>
      <translation>Impossible de joindre {host} : {reason}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/pcrs.py" line="214" />
      <source>Catalogue: {error}</source>
      <translation>Catalogue : {error}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="200" />
      <source>Change matrix</source>
      <translation>Matrice des évolutions</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="226" />
      <source>Changes {first} → {last}</source>
      <translation>Évolutions {first} → {last}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="190" />
      <source>Check at least one millésime.</source>
      <translation>Cochez au moins un millésime.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/plugin.py" line="85" />
      <source>Check the services</source>
      <translation>Vérifier les services</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/services_panel.py" line="63" />
      <source>Checking…</source>
      <translation>Vérification en cours…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="222" />
      <source>Class</source>
      <translation>Classe</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="65" />
      <source>Commune</source>
      <translation>Commune</translation>
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
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="476" />
      <source>Copy the layer name</source>
      <translation>Copier le nom de la couche</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="477" />
      <source>Copy the service address</source>
      <translation>Copier l'adresse du service</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/doctor.py" line="53" />
      <source>D4C API 1.0 ({count} datasets)</source>
      <translation>API D4C 1.0 ({count} jeux de données)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/dock.py" line="17" />
      <source>DataGrandEst</source>
      <translation>DataGrandEst</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="42" />
      <source>DataGrandEst from the command line.</source>
      <translation>DataGrandEst en ligne de commande.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/provider.py" line="16" />
      <source>DataGrandEst regional data platform</source>
      <translation>Plateforme régionale de données DataGrandEst</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="131" />
      <source>DataGrandEst services</source>
      <translation>Services DataGrandEst</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="116" />
      <source>DataGrandEst: OCS GE² products and territories</source>
      <translation>DataGrandEst : produits OCS GE² et territoires</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="240" />
      <source>DataGrandEst: OCS GE² {year} for {territory}</source>
      <translation>DataGrandEst : OCS GE² {year} pour {territory}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs_panel.py" line="158" />
      <source>DataGrandEst: PCRS layers of {text}</source>
      <translation>DataGrandEst : couches PCRS de {text}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/services_panel.py" line="69" />
      <source>DataGrandEst: checking {service}</source>
      <translation>DataGrandEst : vérification de {service}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="433" />
      <source>DataGrandEst: legend</source>
      <translation>DataGrandEst : légende</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layer_loader.py" line="48" />
      <source>DataGrandEst: loading “{title}”</source>
      <translation>DataGrandEst : chargement de « {title} »</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="272" />
      <source>DataGrandEst: outline of {territory}</source>
      <translation>DataGrandEst : contour de {territory}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="202" />
      <source>DataGrandEst: reading the historical layer tree</source>
      <translation>DataGrandEst : lecture de l'arbre historique des couches</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="197" />
      <source>DataGrandEst: reading the {service} layers</source>
      <translation>DataGrandEst : lecture des couches {service}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs_panel.py" line="101" />
      <source>DataGrandEst: searching the PCRS layers</source>
      <translation>DataGrandEst : recherche des couches PCRS</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="269" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="184" />
      <source>Department</source>
      <translation>Département</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="49" />
      <source>EPCI</source>
      <translation>EPCI</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="141" />
      <source>Extract OCS GE² for a territory</source>
      <translation>Extraire l'OCS GE² d'un territoire</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="80" />
      <source>Features cut to the territory</source>
      <translation>Objets découpés sur le territoire</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="144" />
      <source>Features of one millésime of the OCS GE² inside a territory, cut along its outline, with the labels of every reading of the nomenclature and their area in hectares. Only the territory's features are requested from the DataGrandEst WFS.</source>
      <translation>Objets d'un millésime de l'OCS GE² situés dans un territoire, découpés selon son contour, avec les libellés de chaque lecture de la nomenclature et leur surface en hectares. Seuls les objets du territoire sont demandés au WFS de DataGrandEst.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs_panel.py" line="57" />
      <source>Filter</source>
      <translation>Filtrer</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="114" />
      <source>Filter: name, title, abstract…</source>
      <translation>Filtrer : nom, titre, résumé…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="228" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="78" />
      <source>Give the territory once: a layer, a WKT or a code.</source>
      <translation>Indiquez le territoire une seule fois : une couche, un WKT ou un code.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="222" />
      <source>Hectares</source>
      <translation>Hectares</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="135" />
      <source>Historical tree</source>
      <translation>Arbre historique</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="79" />
      <source>Image (tiles)</source>
      <translation>Image (tuiles)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="150" />
      <source>Interrupted.</source>
      <translation>Interrompu.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="143" />
      <source>Invalid command line: a command is required. See --help.</source>
      <translation>Ligne de commande invalide : une commande est nécessaire. Voir --help.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="23" />
      <source>Invalid command line: {detail}. See --help.</source>
      <translation>Ligne de commande invalide : {detail}. Voir --help.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="269" />
      <source>Kind</source>
      <translation>Nature</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="56" />
      <source>Land cover (OCS GE²) of a territory, as tiles to look at or as features to analyse.</source>
      <translation>Occupation du sol (OCS GE²) d'un territoire, en tuiles pour la consulter ou en objets pour l'analyser.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/doctor.py" line="27" />
      <source>Latency</source>
      <translation>Latence</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="129" />
      <source>Layer</source>
      <translation>Couche</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/doctor.py" line="80" />
      <source>Layer tree</source>
      <translation>Arbre des couches</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layer_loader.py" line="39" />
      <source>Layer “{title}” added.</source>
      <translation>Couche « {title} » ajoutée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/dock.py" line="23" />
      <source>Layers</source>
      <translation>Couches</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="152" />
      <source>Legend of the chosen style, drawn by the server</source>
      <translation>Légende du style choisi, dessinée par le serveur</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="84" />
      <source>Load as:</source>
      <translation>Charger en :</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="191" />
      <source>Loading the layers…</source>
      <translation>Chargement des couches…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="218" />
      <source>Loading {count} layer(s) for {territory}…</source>
      <translation>Chargement de {count} couche(s) pour {territory}…</translation>
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
      <location filename="../datagrandest_plugin/commands/layers.py" line="184" />
      <source>Millésime</source>
      <translation>Millésime</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="220" />
      <source>Millésime {year} – {reading}</source>
      <translation>Millésime {year} – {reading}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="62" />
      <source>Millésimes:</source>
      <translation>Millésimes :</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="63" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="70" />
      <source>Name or code (INSEE, SIREN)</source>
      <translation>Nom ou code (INSEE, SIREN)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="97" />
      <source>No EPCI matches “{text}”.</source>
      <translation>Aucun EPCI ne correspond à « {text} ».</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ocs.py" line="194" />
      <source>No OCS GE² product covers this territory for this millésime.</source>
      <translation>Aucun produit OCS GE² ne couvre ce territoire pour ce millésime.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="162" />
      <source>No OCS GE² product matches these options.</source>
      <translation>Aucun produit OCS GE² ne correspond à ces options.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="121" />
      <source>No OCS GE² {year} covers this territory.</source>
      <translation>Aucune OCS GE² {year} ne couvre ce territoire.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="204" />
      <source>No OCS GE² {year} covers {territory}.</source>
      <translation>Aucune OCS GE² {year} ne couvre {territory}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/pcrs.py" line="216" />
      <source>No PCRS source could be read.</source>
      <translation>Aucune source PCRS n'a pu être lue.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ocs.py" line="116" />
      <source>No WFS service publishes {product}.</source>
      <translation>Aucun service WFS ne publie {product}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="97" />
      <source>No commune matches “{text}”.</source>
      <translation>Aucune commune ne correspond à « {text} ».</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="98" />
      <source>No department matches “{text}”.</source>
      <translation>Aucun département ne correspond à « {text} ».</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ocs.py" line="88" />
      <source>No image service publishes {product}.</source>
      <translation>Aucun service d'images ne publie {product}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="99" />
      <source>No territory matches “{text}”.</source>
      <translation>Aucun territoire ne correspond à « {text} ».</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="81" />
      <source>No territory was given.</source>
      <translation>Aucun territoire n'a été indiqué.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="139" />
      <source>Not published by the configured services.</source>
      <translation>Non publié par les services configurés.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/dock.py" line="25" />
      <source>OCS GE</source>
      <translation>OCS GE</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="46" />
      <source>OCS GE² land cover</source>
      <translation>Occupation du sol OCS GE²</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="139" />
      <source>OCS GE² land cover: millésimes and departments published, styles, areas for a territory</source>
      <translation>occupation du sol OCS GE² : millésimes et départements publiés, styles, surfaces d'un territoire</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="152" />
      <source>OCS GE² of the territory</source>
      <translation>OCS GE² du territoire</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="122" />
      <source>OCS GE² products used: {names}.</source>
      <translation>Produits OCS GE² utilisés : {names}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="182" />
      <source>OCS GE² statistics for a territory</source>
      <translation>Statistiques OCS GE² d'un territoire</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ocs.py" line="205" />
      <source>OCS GE² {year}</source>
      <translation>OCS GE² {year}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ocs.py" line="35" />
      <source>OCS GE² {year} – department {dep}</source>
      <translation>OCS GE² {year} – département {dep}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="198" />
      <source>OCS GE² – {name}</source>
      <translation>OCS GE² – {name}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/base.py" line="190" />
      <source>Offline mode: {host} was not contacted.</source>
      <translation>Mode hors ligne : {host} n'a pas été contacté.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/base.py" line="188" />
      <source>Only http and https addresses can be used.</source>
      <translation>Seules les adresses http et https peuvent être utilisées.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="123" />
      <source>Only layers in the map extent</source>
      <translation>Seulement les couches dans l'emprise de la carte</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="479" />
      <source>Open the metadata record</source>
      <translation>Ouvrir la fiche de métadonnées</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/dock.py" line="27" />
      <source>PCRS</source>
      <translation>PCRS</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="243" />
      <source>PCRS (street plan) layers found in the services and the catalogue, by territory and date</source>
      <translation>couches PCRS (plan corps de rue simplifié) trouvées dans les services et le catalogue, par territoire et date</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs_panel.py" line="49" />
      <source>Plan Corps de Rue Simplifié layers published on DataGrandEst, by territory and date.</source>
      <translation>Couches du Plan Corps de Rue Simplifié publiées sur DataGrandEst, par territoire et date.</translation>
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
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="195" />
      <source>Reading of the nomenclature</source>
      <translation>Lecture de la nomenclature</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs_panel.py" line="157" />
      <source>Reading the territory…</source>
      <translation>Lecture du territoire…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="106" />
      <source>Reading what the services publish…</source>
      <translation>Lecture de ce que publient les services…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="77" />
      <source>Reading:</source>
      <translation>Lecture :</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="118" />
      <source>Reload</source>
      <translation>Recharger</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs_panel.py" line="100" />
      <source>Searching the PCRS layers…</source>
      <translation>Recherche des couches PCRS…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="192" />
      <source>Second millésime (change matrix)</source>
      <translation>Second millésime (matrice des évolutions)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="184" />
      <source>Server style</source>
      <translation>Style du serveur</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/doctor.py" line="27" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="184" />
      <source>Services</source>
      <translation>Services</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/plugin.py" line="77" />
      <source>Show or hide the DataGrandEst panel</source>
      <translation>Afficher ou masquer le panneau DataGrandEst</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/services_panel.py" line="37" />
      <source>State of the DataGrandEst services configured in the plugin settings.</source>
      <translation>État des services DataGrandEst configurés dans les paramètres de l'extension.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="141" />
      <source>Style drawn by the server for WMS and WMTS layers</source>
      <translation>Style dessiné par le serveur pour les couches WMS et WMTS</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="139" />
      <source>Style:</source>
      <translation>Style :</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layer_items.py" line="109" />
      <source>Style: {name}</source>
      <translation>Style : {name}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="269" />
      <source>Territory</source>
      <translation>Territoire</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="56" />
      <source>Territory (polygon layer, its features merged)</source>
      <translation>Territoire (couche de polygones, objets fusionnés)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="202" />
      <source>Territory area (ha)</source>
      <translation>Surface du territoire (ha)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="72" />
      <source>Territory:</source>
      <translation>Territoire :</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs_panel.py" line="54" />
      <source>Territory: commune, EPCI or department (name or code)</source>
      <translation>Territoire : commune, EPCI ou département (nom ou code)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/doctor.py" line="50" />
      <source>The D4C portal</source>
      <translation>Le portail D4C</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/doctor.py" line="52" />
      <source>The D4C portal answered with unexpected content.</source>
      <translation>Le portail D4C a répondu par un contenu inattendu.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/legacy_tree.py" line="295" />
      <source>The GDAL WMS file</source>
      <translation>Le fichier GDAL WMS</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/legacy_tree.py" line="297" />
      <source>The GDAL WMS file is not a GDAL_WMS description.</source>
      <translation>Le fichier GDAL WMS n'est pas une description GDAL_WMS.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="91" />
      <source>The OCS GE² products are listed when this panel is first shown.</source>
      <translation>Les produits OCS GE² sont listés à la première ouverture de ce panneau.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs_panel.py" line="79" />
      <source>The PCRS layers are searched when this panel is first shown.</source>
      <translation>Les couches PCRS sont recherchées à la première ouverture de ce panneau.</translation>
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
      <location filename="../datagrandest_plugin/core/territories.py" line="124" />
      <source>The boundary layer {name}</source>
      <translation>La couche de limites {name}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="150" />
      <source>The boundary layers hold no territory.</source>
      <translation>Les couches de limites ne contiennent aucun territoire.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="170" />
      <source>The boundary of {territory} could not be read.</source>
      <translation>Le contour de {territory} n'a pas pu être lu.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/legacy_tree.py" line="177" />
      <source>The bounding box of “{title}” could not be read; it is ignored.</source>
      <translation>L'emprise de « {title} » est illisible ; elle est ignorée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/doctor.py" line="34" />
      <source>The catalogue</source>
      <translation>Le catalogue</translation>
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
      <location filename="../datagrandest_plugin/core/legacy_tree.py" line="285" />
      <source>The file {path} cannot be read.</source>
      <translation>Le fichier {path} ne peut pas être lu.</translation>
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
      <location filename="../datagrandest_plugin/core/ocs.py" line="148" />
      <source>The layer “{title}” could not be loaded.</source>
      <translation>La couche « {title} » n'a pas pu être chargée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="155" />
      <source>The layers are loaded when this panel is first shown.</source>
      <translation>Les couches sont chargées à la première ouverture de ce panneau.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="99" />
      <source>The live layer tree could not be read ({error}); the {source} copy is shown.</source>
      <translation>L'arbre des couches en ligne n'a pas pu être lu ({error}) ; la copie {source} est affichée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/transport/qgis_transport.py" line="122" />
      <source>The proxy requires authentication.</source>
      <translation>Le proxy demande une authentification.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/errors.py" line="47" />
      <source>The request was cancelled.</source>
      <translation>La requête a été annulée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/parsing.py" line="45" />
      <source>The service</source>
      <translation>Le service</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ocs.py" line="89" />
      <source>The services have no style “{style}” for {product}: its default style is shown.</source>
      <translation>Les services n'ont pas de style « {style} » pour {product} : son style par défaut est affiché.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/layer_factory.py" line="32" />
      <source>The style of “{title}” could not be applied.</source>
      <translation>Le style de « {title} » n'a pas pu être appliqué.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="186" />
      <source>The territories are not known yet.</source>
      <translation>Les territoires ne sont pas encore connus.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="96" />
      <source>The territory WKT is not a polygon.</source>
      <translation>Le WKT du territoire n'est pas un polygone.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="87" />
      <source>The territory layer has no feature.</source>
      <translation>La couche du territoire n'a aucun objet.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="64" />
      <source>The timeout must be a positive number of seconds.</source>
      <translation>Le délai doit être un nombre de secondes positif.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/capabilities.py" line="361" />
      <source>The {service} service</source>
      <translation>Le service {service}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="63" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="228" />
      <source>To</source>
      <translation>Vers</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="63" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="155" />
      <source>Unexpected error ({kind}); rerun with DGE_DEBUG=1 for details.</source>
      <translation>Erreur inattendue ({kind}) ; relancez avec DGE_DEBUG=1 pour le détail.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/toolbelt/tasks.py" line="39" />
      <source>Unexpected error; details are in the DataGrandEst message log.</source>
      <translation>Erreur inattendue ; le détail est dans le journal des messages DataGrandEst.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/legacy_tree.py" line="154" />
      <source>Unknown node type “{type}” (“{title}”) left out.</source>
      <translation>Type de nœud inconnu « {type} » (« {title} ») écarté.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="63" />
      <source>Workspace</source>
      <translation>Espace de travail</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="482" />
      <source>Zoom to the layer extent</source>
      <translation>Zoomer sur l'emprise de la couche</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="149" />
      <source>a commune, EPCI or department, by code or by name</source>
      <translation>une commune, un EPCI ou un département, par code ou par nom</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="153" />
      <source>areas per class for the territory (needs --territory or --department)</source>
      <translation>surfaces par classe sur le territoire (demande --territory ou --department)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="34" />
      <source>bound of each whole request (environment: DGE_TIMEOUT)</source>
      <translation>durée maximale de chaque requête complète (environnement : DGE_TIMEOUT)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/legacy_tree.py" line="320" />
      <source>bundled</source>
      <translation>intégrée à l'extension</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/legacy_tree.py" line="320" />
      <source>cached</source>
      <translation>en cache</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/doctor.py" line="12" />
      <source>check each configured endpoint: reachable, protocol version, latency</source>
      <translation>vérifie chaque service configuré : accessibilité, version du protocole, latence</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="49" />
      <source>commune</source>
      <translation>commune</translation>
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
      <location filename="../datagrandest_plugin/core/territories.py" line="49" />
      <source>department</source>
      <translation>département</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="147" />
      <source>department code, e.g. 54</source>
      <translation>code du département, par exemple 54</translation>
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
      <location filename="../datagrandest_plugin/core/pcrs.py" line="70" />
      <source>image</source>
      <translation>image</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/legacy_tree.py" line="320" />
      <source>last good</source>
      <translation>valide la plus récente</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="43" />
      <source>list the layers of the DataGrandEst OGC services (WMS, WFS, WMTS)</source>
      <translation>lister les couches des services OGC de DataGrandEst (WMS, WFS, WMTS)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="36" />
      <source>machine-readable output</source>
      <translation>sortie lisible par une machine (JSON)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="145" />
      <source>millésime (repeatable; two give the change matrix with --stats)</source>
      <translation>millésime (répétable ; deux donnent la matrice des évolutions avec --stats)</translation>
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
      <location filename="../datagrandest_plugin/commands/layers.py" line="48" />
      <source>only the layers of this workspace</source>
      <translation>seulement les couches de cet espace de travail</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="247" />
      <source>only the layers over this commune, EPCI or department</source>
      <translation>seulement les couches sur cette commune, cet EPCI ou ce département</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="47" />
      <source>only this service type (repeatable; default: all three)</source>
      <translation>seulement ce type de service (répétable ; par défaut : les trois)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="89" />
      <source>read this config.json instead of the configured address</source>
      <translation>lire ce config.json au lieu de l'adresse configurée</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="151" />
      <source>reading of the nomenclature</source>
      <translation>lecture de la nomenclature</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="85" />
      <source>show the curated layer tree of the historical DataGrandEst plugin (config.json)</source>
      <translation>afficher l'arbre des couches de l'ancienne extension DataGrandEst (config.json)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="99" />
      <source>territory</source>
      <translation>territoire</translation>
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
      <location filename="../datagrandest_plugin/core/pcrs.py" line="70" />
      <source>vector</source>
      <translation>vecteur</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="50" />
      <source>words to find in names, titles and abstracts (any case, any accent)</source>
      <translation>mots à trouver dans les noms, titres et résumés (sans tenir compte de la casse ni des accents)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/doctor.py" line="21" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="144" />
      <source>{count} OCS GE² products ({years}; departments {deps}).</source>
      <translation>{count} produits OCS GE² ({years} ; départements {deps}).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs_panel.py" line="112" />
      <source>{count} PCRS layer(s) found.</source>
      <translation>{count} couche(s) PCRS trouvée(s).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs_panel.py" line="154" />
      <source>{count} PCRS layer(s) over {territory}.</source>
      <translation>{count} couche(s) PCRS sur {territory}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="173" />
      <source>{count} features for {name}.</source>
      <translation>{count} objets pour {name}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs_panel.py" line="248" />
      <source>{count} layer(s) added.</source>
      <translation>{count} couche(s) ajoutée(s).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers_panel.py" line="247" />
      <source>{count} layers from the services.</source>
      <translation>{count} couches issues des services.</translation>
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
      <location filename="../datagrandest_plugin/commands/layers.py" line="107" />
      <source>{folders} folders, {layers} layers.</source>
      <translation>{folders} dossiers, {layers} couches.</translation>
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
      <location filename="../datagrandest_plugin/commands/layers.py" line="30" />
      <source>{service} ({url}): {error}</source>
      <translation>{service} ({url}) : {error}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="34" />
      <source>{service}: last good copy shown ({error})</source>
      <translation>{service} : dernière copie valide affichée ({error})</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/capabilities.py" line="124" />
      <source>{service}: several layers are named {names}; only the first of each is shown.</source>
      <translation>{service} : plusieurs couches s'appellent {names} ; seule la première de chaque nom est affichée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/capabilities.py" line="130" />
      <source>{service}: unknown coordinate reference systems ignored: {crs}.</source>
      <translation>{service} : systèmes de coordonnées inconnus ignorés : {crs}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/capabilities.py" line="120" />
      <source>{service}: {count} layer(s) without a name were left out.</source>
      <translation>{service} : {count} couche(s) sans nom ont été écartées.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/capabilities.py" line="127" />
      <source>{service}: {count} unreadable bounding box(es) were ignored.</source>
      <translation>{service} : {count} emprise(s) illisible(s) ignorée(s).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="173" />
      <source>{territory} has no outline in the boundary layer.</source>
      <translation>{territory} n'a pas de contour dans la couche de limites.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/parsing.py" line="50" />
      <source>{what} answered with a web page instead of data.</source>
      <translation>{what} a répondu par une page web au lieu de données.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/capabilities.py" line="375" />
      <source>{what} did not send a capabilities document.</source>
      <translation>{what} n'a pas envoyé de document de capacités.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/parsing.py" line="67" />
      <source>{what} reported an error: {detail}</source>
      <translation>{what} a signalé une erreur : {detail}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/parsing.py" line="52" />
      <source>{what} sent an XML document with entity declarations, refused for safety.</source>
      <translation>{what} a envoyé un document XML avec des déclarations d'entités, refusé par sécurité.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/parsing.py" line="47" />
      <source>{what} sent an empty answer.</source>
      <translation>{what} a envoyé une réponse vide.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/capabilities.py" line="372" />
      <source>{what} sent an unreadable XML document.</source>
      <translation>{what} a envoyé un document XML illisible.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/parsing.py" line="91" />
      <source>{what} sent invalid JSON.</source>
      <translation>{what} a envoyé un JSON invalide.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="95" />
      <source>“{text}” matches several territories: {names}.</source>
      <translation>« {text} » correspond à plusieurs territoires : {names}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/legacy_tree.py" line="195" />
      <source>“{title}” cannot be turned into a layer.</source>
      <translation>« {title} » ne peut pas devenir une couche.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/pcrs.py" line="95" />
      <source>“{title}” is published by no WFS service.</source>
      <translation>« {title} » n'est publiée par aucun service WFS.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/pcrs.py" line="90" />
      <source>“{title}” is published by no image service.</source>
      <translation>« {title} » n'est publiée par aucun service d'images.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/legacy_tree.py" line="189" />
      <source>“{title}” lacks the parameter(s) {names}.</source>
      <translation>Il manque à « {title} » le(s) paramètre(s) {names}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/legacy_tree.py" line="187" />
      <source>“{title}” must be inside a usable {parent} node.</source>
      <translation>« {title} » doit se trouver dans un nœud {parent} utilisable.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="59" />
      <source>…or territory as WKT (Lambert-93, or prefixed EPSG:xxxx;)</source>
      <translation>…ou territoire en WKT (Lambert-93, ou préfixé par EPSG:xxxx;)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="61" />
      <source>…or territory code (commune:54395, epci:245400676, departement:54)</source>
      <translation>…ou code du territoire (commune:54395, epci:245400676, departement:54)</translation>
    </message>
  </context>
</TS>
