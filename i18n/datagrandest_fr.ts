<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>DataGrandEst</name>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="197" />
      <source> MB</source>
      <translation> Mo</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="112" />
      <source> — style: {name}</source>
      <translation> — style : {name}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/layout.py" line="122" />
      <source>&amp;Add to map</source>
      <translation>A&amp;jouter à la carte</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/trainings.py" line="35" />
      <source>&amp;Audience</source>
      <translation>Public</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/services/panel.py" line="52" />
      <source>&amp;Check the services</source>
      <translation>Vérifier les &amp;services</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="217" />
      <source>&amp;Clear the cache</source>
      <translation>&amp;Vider le cache</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/layout.py" line="127" />
      <source>&amp;Copy the service URL</source>
      <translation>Copier l'&amp;URL du service</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/agenda.py" line="81" />
      <source>&amp;Export the agenda (.ics)…</source>
      <translation>Exporter l'agenda (.ic&amp;s)…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/integration/help_viewer.py" line="69" />
      <source>&amp;Guide</source>
      <translation>&amp;Guide</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/common/layer_choice_dialog.py" line="26" />
      <source>&amp;Layer</source>
      <translation>&amp;Couche</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/trainings.py" line="35" />
      <source>&amp;Level</source>
      <translation>&amp;Niveau</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="115" />
      <source>&amp;Load</source>
      <translation>C&amp;harger</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/groups.py" line="33" />
      <source>&amp;Load the group's layers</source>
      <translation>C&amp;harger les couches du groupe</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/scenario_player.py" line="208" />
      <source>&amp;Next step ▶</source>
      <translation>Étape &amp;suivante ▶</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/webinars.py" line="49" />
      <source>&amp;Register</source>
      <translation>S'i&amp;nscrire</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="122" />
      <source>&amp;Restore defaults</source>
      <translation>&amp;Restaurer les valeurs par défaut</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/groups.py" line="34" />
      <source>&amp;Search the catalogue</source>
      <translation>Rechercher dans le cata&amp;logue</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/common/layer_choice_dialog.py" line="27" />
      <source>&amp;Style</source>
      <translation>&amp;Style</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/trainings.py" line="35" />
      <source>&amp;Topic</source>
      <translation>T&amp;hème</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/integration/help_viewer.py" line="71" />
      <source>&amp;Trainers</source>
      <translation>&amp;Formateurs</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/panel.py" line="52" />
      <source>&amp;Update</source>
      <translation>Act&amp;ualiser</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/webinars.py" line="50" />
      <source>&amp;Watch the replay</source>
      <translation>Voir le rep&amp;lay</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/agenda.py" line="54" />
      <source>(date to be confirmed)</source>
      <translation>(date à confirmer)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/items.py" line="118" />
      <source>(no workspace)</source>
      <translation>(sans espace de travail)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/platform_project.py" line="177" />
      <source>(untitled group)</source>
      <translation>(groupe sans titre)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/platform_project.py" line="133" />
      <source>(untitled layer)</source>
      <translation>(couche sans titre)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/legacy.py" line="161" />
      <source>(untitled)</source>
      <translation>(sans titre)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="95" />
      <source>* from the series rule: the topic is not announced yet.</source>
      <translation>* date de la série mensuelle : le sujet n'est pas encore annoncé.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="23" />
      <source>--bbox takes xmin,ymin,xmax,ymax in degrees (WGS84), for example 3.8,49.1,4.2,49.4.</source>
      <translation>--bbox attend xmin,ymin,xmax,ymax en degrés (WGS84), par exemple 3.8,49.1,4.2,49.4.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="78" />
      <source>--count must be at least 1.</source>
      <translation>--count doit valoir au moins 1.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="73" />
      <source>--page starts at 1 and --page-size is between 1 and 200.</source>
      <translation>--page commence à 1 et --page-size est compris entre 1 et 200.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/ocs.py" line="83" />
      <source>--stats needs --territory or --department.</source>
      <translation>--stats demande --territory ou --department.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="76" />
      <source>--years takes a range of years FROM-TO, for example 2019-2021.</source>
      <translation>--years attend une plage d'années DÉBUT-FIN, par exemple 2019-2021.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/cache.py" line="149" />
      <source>A damaged cached copy of {url} was ignored; it is downloaded again.</source>
      <translation>Une copie en cache endommagée de {url} a été ignorée ; elle est téléchargée à nouveau.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/favourites.py" line="209" />
      <source>A saved search needs a name.</source>
      <translation>Une recherche enregistrée doit avoir un nom.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="166" />
      <source>Abstract</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs/panel.py" line="76" />
      <source>Add as &amp;image</source>
      <translation>Ajouter en ima&amp;ge</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs/panel.py" line="78" />
      <source>Add as &amp;vectors</source>
      <translation>Ajouter en vecteur&amp;s</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/scenario.py" line="116" />
      <source>Add the layer “{title}”</source>
      <translation>Ajouter la couche « {title} »</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/agenda.py" line="80" />
      <source>Add this event to my &amp;calendar</source>
      <translation>Ajouter cet événement à mon a&amp;genda</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/common/layer_choice_dialog.py" line="15" />
      <source>Add to map</source>
      <translation>Ajouter à la carte</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/webinars.py" line="51" />
      <source>Add to my &amp;calendar</source>
      <translation>Ajouter à mon a&amp;genda</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/widgets.py" line="90" />
      <source>Add to my calendar</source>
      <translation>Ajouter à mon agenda</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/layout.py" line="130" />
      <source>Add to or remove from the favourites</source>
      <translation>Ajouter aux favoris ou en retirer</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/panel.py" line="203" />
      <source>Add with the style</source>
      <translation>Ajouter avec le style</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="137" />
      <source>Addresses of the platform</source>
      <translation>Adresses de la plateforme</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="194" />
      <source>After this time a cached answer is revalidated with the server.</source>
      <translation>Passé ce délai, une réponse en cache est revalidée auprès du serveur.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/scenario.py" line="106" />
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="257" />
      <source>Agricultural or natural land turned artificial (ha)</source>
      <translation>Espaces agricoles ou naturels devenus artificialisés (ha)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/ocs.py" line="111" />
      <source>Agricultural or natural land turned artificial: {ha:.2f} ha.</source>
      <translation>Espaces agricoles ou naturels devenus artificialisés : {ha:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="306" />
      <source>Agricultural or natural land turned artificial: {ha}.</source>
      <translation>Espaces agricoles ou naturels devenus artificialisés : {ha}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/trainings.py" line="71" />
      <source>All</source>
      <translation>Tous</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/layout.py" line="50" />
      <source>All organisations</source>
      <translation>Tous les organismes</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/services/panel.py" line="119" />
      <source>All services answer.</source>
      <translation>Tous les services répondent.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/layout.py" line="44" />
      <source>All sources</source>
      <translation>Toutes les sources</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/layout.py" line="48" />
      <source>All themes</source>
      <translation>Tous les thèmes</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/legacy.py" line="155" />
      <source>An entry of the layer tree is not a node and was left out.</source>
      <translation>Une entrée de l'arbre des couches n'est pas un nœud : elle a été écartée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/facets.py" line="73" />
      <source>Anywhere</source>
      <translation>Partout</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="240" />
      <source>Area per class of the chosen reading of the nomenclature for one millésime and, with a second millésime, the change matrix between them (hectares moving from each class to each class) and the agricultural or natural land turned artificial.</source>
      <translation>Surface par classe de la lecture choisie de la nomenclature pour un millésime et, avec un second millésime, la matrice des évolutions entre les deux (hectares passés de chaque classe à chaque classe) ainsi que les espaces agricoles ou naturels devenus artificialisés.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="251" />
      <source>Areas per class</source>
      <translation>Surfaces par classe</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="284" />
      <source>Areas per class – {territory} – {years} – {reading}</source>
      <translation>Surfaces par classe – {territory} – {years} – {reading}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/layout.py" line="39" />
      <source>Ask the services again (only what changed is downloaded).</source>
      <translation>Interroger de nouveau les services (seul ce qui a changé est téléchargé).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="170" />
      <source>Audience</source>
      <translation>Public</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/trainings.py" line="106" />
      <source>Audience: {value}</source>
      <translation>Public : {value}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="172" />
      <source>Authentication (QGIS authentication configurations)</source>
      <translation>Authentification (configurations d'authentification de QGIS)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="165" />
      <source>CSW 2.0.2</source>
      <translation>CSW 2.0.2</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="229" />
      <source>Cache folder</source>
      <translation>Dossier du cache</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="210" />
      <source>Cache lifetime</source>
      <translation>Durée de vie du cache</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/widgets.py" line="101" />
      <source>Calendar file saved: {path}</source>
      <translation>Fichier d'agenda enregistré : {path}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/base.py" line="313" />
      <source>Cannot reach {host}: {reason}.</source>
      <translation>Impossible de joindre {host} : {reason}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="229" />
      <source>Cannot write {path}: {reason}.</source>
      <translation>Impossible d'écrire {path} : {reason}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/scenario.py" line="104" />
      <source>Catalogue</source>
      <translation>Catalogue</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="52" />
      <source>Catalogue (CSW)</source>
      <translation>Catalogue (CSW)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="53" />
      <source>Catalogue (OGC API Records)</source>
      <translation>Catalogue (OGC API Records)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="168" />
      <source>Catalogue protocol</source>
      <translation>Protocole du catalogue</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/groups.py" line="87" />
      <source>Catalogue query: {query}</source>
      <translation>Recherche dans le catalogue : {query}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="54" />
      <source>Catalogue record page</source>
      <translation>Page d'une fiche du catalogue</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/pcrs/entries.py" line="180" />
      <source>Catalogue: {error}</source>
      <translation>Catalogue : {error}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/pcrs/entries.py" line="162" />
      <source>Catalogue: {error}; the records seen before are used.</source>
      <translation>Catalogue : {error} ; les fiches vues auparavant sont utilisées.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/errors.py" line="66" />
      <source>Cause: {kind}: {detail}</source>
      <translation>Cause : {kind} : {detail}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="253" />
      <source>Change matrix</source>
      <translation>Matrice des évolutions</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="302" />
      <source>Change matrix – {territory} – {first} → {last} – {reading}</source>
      <translation>Matrice des évolutions – {territory} – {first} → {last} – {reading}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/ocs.py" line="108" />
      <source>Changes {first} → {last}</source>
      <translation>Évolutions {first} → {last}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ocs/workflow.py" line="71" />
      <source>Check at least one millésime.</source>
      <translation>Cochez au moins un millésime.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/plugin.py" line="108" />
      <source>Check the services</source>
      <translation>Vérifier les services</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/services/panel.py" line="72" />
      <source>Checking…</source>
      <translation>Vérification en cours…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/link_specs.py" line="97" />
      <source>Choose a layer of the service.</source>
      <translation>Choisissez une couche du service.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/ocs.py" line="104" />
      <source>Class</source>
      <translation>Classe</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/facets.py" line="95" />
      <source>Clear the filters</source>
      <translation>Effacer les filtres</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="77" />
      <source>Commune</source>
      <translation>Commune</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/facets.py" line="80" />
      <source>Commune, EPCI or department (e.g. departement:54)</source>
      <translation>Commune, EPCI ou département (ex. departement:54)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/scenario.py" line="105" />
      <source>Community</source>
      <translation>Communauté</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="60" />
      <source>Community content file</source>
      <translation>Fichier des contenus communautaires</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/panel.py" line="167" />
      <source>Community content of {date} (saved copy).</source>
      <translation>Contenus communautaires du {date} (copie enregistrée).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/panel.py" line="165" />
      <source>Community content of {date}, bundled with the plugin.</source>
      <translation>Contenus communautaires du {date}, fournis avec l'extension.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/panel.py" line="168" />
      <source>Community content of {date}, up to date.</source>
      <translation>Contenus communautaires du {date}, à jour.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="162" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/services/panel.py" line="53" />
      <source>Contact each endpoint in the background; QGIS stays usable.</source>
      <translation>Interroge chaque service en arrière-plan ; QGIS reste utilisable.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="151" />
      <source>Contact this address now, in the background, with the chosen authentication.</source>
      <translation>Contacter cette adresse maintenant, en tâche de fond, avec l'authentification choisie.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/groups.py" line="83" />
      <source>Contact: {who}</source>
      <translation>Contact : {who}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/checks.py" line="142" />
      <source>Content</source>
      <translation>Contenus</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/source.py" line="160" />
      <source>Content not updated: {reason} Shown: {copy}.</source>
      <translation>Contenu non mis à jour : {reason} Affiché : {copy}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/panel.py" line="208" />
      <source>Copy the layer name</source>
      <translation>Copier le nom de la couche</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/panel.py" line="209" />
      <source>Copy the service address</source>
      <translation>Copier l'adresse du service</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/checks.py" line="72" />
      <source>D4C API 1.0 ({count} datasets)</source>
      <translation>API D4C 1.0 ({count} jeux de données)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/dock.py" line="88" />
      <source>DataGrandEst</source>
      <translation>DataGrandEst</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="224" />
      <source>DataGrandEst agenda</source>
      <translation>Agenda DataGrandEst</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/integration/locator_filter.py" line="31" />
      <source>DataGrandEst catalogue and layers</source>
      <translation>Catalogue et couches DataGrandEst</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/favourites.py" line="56" />
      <source>DataGrandEst favourites (*.json)</source>
      <translation>Favoris DataGrandEst (*.json)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="92" />
      <source>DataGrandEst from the command line.</source>
      <translation>DataGrandEst en ligne de commande.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/provider.py" line="16" />
      <source>DataGrandEst regional data platform</source>
      <translation>Plateforme régionale de données DataGrandEst</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/layout.py" line="49" />
      <source>DataGrandEst services</source>
      <translation>Services DataGrandEst</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/integration/help_viewer.py" line="61" />
      <source>DataGrandEst user guide</source>
      <translation>Guide d'utilisation DataGrandEst</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/ics.py" line="100" />
      <source>DataGrandEst webinar: {topic}</source>
      <translation>Webinaire DataGrandEst : {topic}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/ics.py" line="99" />
      <source>DataGrandEst – {series}: {topic}</source>
      <translation>DataGrandEst – {series} : {topic}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="146" />
      <source>DataGrandEst: OCS GE² products and territories</source>
      <translation>DataGrandEst : produits OCS GE² et territoires</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="309" />
      <source>DataGrandEst: OCS GE² {years} for {territory}</source>
      <translation>DataGrandEst : OCS GE² {years} pour {territory}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs/panel.py" line="182" />
      <source>DataGrandEst: PCRS layers of {text}</source>
      <translation>DataGrandEst : couches PCRS de {text}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/services/panel.py" line="78" />
      <source>DataGrandEst: checking {service}</source>
      <translation>DataGrandEst : vérification de {service}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/panel.py" line="111" />
      <source>DataGrandEst: community content</source>
      <translation>DataGrandEst : contenus communautaires</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/actions.py" line="39" />
      <source>DataGrandEst: downloading “{title}”</source>
      <translation>DataGrandEst : téléchargement de « {title} »</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/search_controller.py" line="48" />
      <source>DataGrandEst: last results</source>
      <translation>DataGrandEst : derniers résultats</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/panel.py" line="155" />
      <source>DataGrandEst: legend</source>
      <translation>DataGrandEst : légende</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/common/layer_loader.py" line="83" />
      <source>DataGrandEst: loading “{title}”</source>
      <translation>DataGrandEst : chargement de « {title} »</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="336" />
      <source>DataGrandEst: outline of {territory}</source>
      <translation>DataGrandEst : contour de {territory}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/service_loading.py" line="49" />
      <source>DataGrandEst: reading the historical layer tree</source>
      <translation>DataGrandEst : lecture de l'arbre historique des couches</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/service_loading.py" line="53" />
      <source>DataGrandEst: reading the platform project</source>
      <translation>DataGrandEst : lecture du projet de la plateforme</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/actions.py" line="80" />
      <source>DataGrandEst: reading the service of “{title}”</source>
      <translation>DataGrandEst : lecture du service de « {title} »</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/facets.py" line="243" />
      <source>DataGrandEst: reading the territory {text}</source>
      <translation>DataGrandEst : lecture du territoire {text}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/service_loading.py" line="42" />
      <source>DataGrandEst: reading the {service} layers</source>
      <translation>DataGrandEst : lecture des couches {service}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/detail.py" line="46" />
      <source>DataGrandEst: reading “{title}”</source>
      <translation>DataGrandEst : lecture de « {title} »</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/plugin.py" line="177" />
      <source>DataGrandEst: removing the cache's leftover files</source>
      <translation>DataGrandEst : nettoyage des fichiers restés dans le cache</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs/panel.py" line="101" />
      <source>DataGrandEst: searching the PCRS layers</source>
      <translation>DataGrandEst : recherche des couches PCRS</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/search_controller.py" line="123" />
      <source>DataGrandEst: searching {source}</source>
      <translation>DataGrandEst : recherche dans {source}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs/panel.py" line="104" />
      <source>DataGrandEst: territories</source>
      <translation>DataGrandEst : territoires</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="345" />
      <source>DataGrandEst: testing {address}</source>
      <translation>DataGrandEst : test de {address}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/detail.py" line="88" />
      <source>DataGrandEst: thumbnail</source>
      <translation>DataGrandEst : vignette</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="162" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/webinars.py" line="131" />
      <source>Date from the monthly series: the topic is not announced yet.</source>
      <translation>Date de la série mensuelle : le sujet n'est pas encore annoncé.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="212" />
      <source>Default CRS</source>
      <translation>SCR par défaut</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/common/layer_choice_dialog.py" line="46" />
      <source>Default style</source>
      <translation>Style par défaut</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="289" />
      <source>Default values shown: click OK to save them.</source>
      <translation>Valeurs par défaut affichées : cliquez sur OK pour les enregistrer.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="219" />
      <source>Delete the cached answers; they are downloaded again when needed (not possible offline).</source>
      <translation>Supprimer les réponses en cache ; elles seront téléchargées à nouveau au besoin (impossible hors ligne).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/webinars.py" line="133" />
      <source>Demo scenario: {title} ({count} steps)</source>
      <translation>Scénario de démonstration : {title} ({count} étapes)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/scenario_player.py" line="187" />
      <source>Demo: {title}</source>
      <translation>Démo : {title}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/ocs.py" line="74" />
      <source>Department</source>
      <translation>Département</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/facets.py" line="44" />
      <source>Download</source>
      <translation>Téléchargement</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/panel.py" line="53" />
      <source>Download the community content again, in the background.</source>
      <translation>Télécharger de nouveau les contenus communautaires, en arrière-plan.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/common/link_labels.py" line="18" />
      <source>Download {format}</source>
      <translation>Télécharger ({format})</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/trainings.py" line="108" />
      <source>Duration: {value}</source>
      <translation>Durée : {value}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="65" />
      <source>EPCI</source>
      <translation>EPCI</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="93" />
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/scenario_player.py" line="275" />
      <source>End of the demo.</source>
      <translation>Fin de la démonstration.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="325" />
      <source>Environment variables override these settings while QGIS runs: {names}.</source>
      <translation>Des variables d'environnement remplacent ces réglages tant que QGIS tourne : {names}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/favourites.py" line="55" />
      <source>Export the favourites</source>
      <translation>Exporter les favoris</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/layout.py" line="138" />
      <source>Export the favourites…</source>
      <translation>Exporter les favoris…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="164" />
      <source>Extent</source>
      <translation>Emprise</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="179" />
      <source>Extract OCS GE² for a territory</source>
      <translation>Extraire l'OCS GE² d'un territoire</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/integration/locator_search.py" line="40" />
      <source>Favourite</source>
      <translation>Favori</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/scenario.py" line="105" />
      <source>Favourites</source>
      <translation>Favoris</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="229" />
      <source>Favourites folder</source>
      <translation>Dossier des favoris</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="95" />
      <source>Features cut to the territory</source>
      <translation>Objets découpés sur le territoire</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="182" />
      <source>Features of one millésime of the OCS GE² inside a territory, cut along its outline, with the labels of every reading of the nomenclature and their area in hectares. Only the territory's features are requested from the DataGrandEst WFS.</source>
      <translation>Objets d'un millésime de l'OCS GE² situés dans un territoire, découpés selon son contour, avec les libellés de chaque lecture de la nomenclature et leur surface en hectares. Seuls les objets du territoire sont demandés au WFS de DataGrandEst.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="167" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs/panel.py" line="61" />
      <source>Filter</source>
      <translation>Filtrer</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/layout.py" line="35" />
      <source>Filter: name, title, abstract…</source>
      <translation>Filtrer : nom, titre, résumé…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="228" />
      <source>Folders</source>
      <translation>Dossiers</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/webinars.py" line="55" />
      <source>For trainers: play a demo scenario from a local JSON file.</source>
      <translation>Pour les formateurs : jouer un scénario de démonstration depuis un fichier JSON local.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/webinars.py" line="53" />
      <source>For trainers: play this webinar's demo scenario step by step.</source>
      <translation>Pour les formateurs : jouer pas à pas le scénario de démonstration de ce webinaire.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/trainings.py" line="109" />
      <source>Format: {value}</source>
      <translation>Format : {value}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/ocs.py" line="110" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="102" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="104" />
      <source>GeoPackage for the extracted features</source>
      <translation>GeoPackage des objets découpés</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="128" />
      <source>Give the territory once: a layer, a WKT or a code.</source>
      <translation>Indiquez le territoire une seule fois : une couche, un WKT ou un code.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/groups.py" line="88" />
      <source>Group page</source>
      <translation>Page du groupe</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/scenario.py" line="106" />
      <source>Groups</source>
      <translation>Groupes</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/ocs.py" line="104" />
      <source>Hectares</source>
      <translation>Hectares</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/layout.py" line="53" />
      <source>Historical tree</source>
      <translation>Arbre historique</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="160" />
      <source>Identifier</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="94" />
      <source>Image (tiles)</source>
      <translation>Image (tuiles)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/favourites.py" line="66" />
      <source>Import favourites</source>
      <translation>Importer des favoris</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/layout.py" line="139" />
      <source>Import favourites…</source>
      <translation>Importer des favoris…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/facets.py" line="74" />
      <source>In a territory</source>
      <translation>Dans un territoire</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/facets.py" line="73" />
      <source>In the map canvas</source>
      <translation>Dans l'emprise de la carte</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/trainings.py" line="112" />
      <source>In the plugin: the {panel} panel.</source>
      <translation>Dans l'extension : le panneau {panel}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/facets.py" line="74" />
      <source>In the selected layer's extent</source>
      <translation>Dans l'emprise de la couche sélectionnée</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="226" />
      <source>Interrupted.</source>
      <translation>Interrompu.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="216" />
      <source>Invalid command line: a command is required. See --help.</source>
      <translation>Ligne de commande invalide : une commande est nécessaire. Voir --help.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="64" />
      <source>Invalid command line: {detail}. See --help.</source>
      <translation>Ligne de commande invalide : {detail}. Voir --help.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="26" />
      <source>Invalid date “{text}”: expected YYYY-MM-DD.</source>
      <translation>Date invalide « {text} » : format attendu AAAA-MM-JJ.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="28" />
      <source>Invalid date “{text}”: expected a date between {first} and {last}.</source>
      <translation>Date « {text} » invalide : une date entre {first} et {last} est attendue.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="139" />
      <source>Keyword</source>
      <translation>Mot-clé</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="163" />
      <source>Keywords</source>
      <translation>Mots-clés</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="137" />
      <source>Kind</source>
      <translation>Nature</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="138" />
      <source>Kind of resource</source>
      <translation>Type de ressource</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="67" />
      <source>Land cover (OCS GE²) of a territory, as tiles to look at or as features to analyse.</source>
      <translation>Occupation du sol (OCS GE²) d'un territoire, en tuiles pour la consulter ou en objets pour l'analyser.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="211" />
      <source>Largest download</source>
      <translation>Téléchargement maximal</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/search_controller.py" line="62" />
      <source>Last results ({copy}); searching again…</source>
      <translation>Derniers résultats ({copy}) ; nouvelle recherche…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/doctor.py" line="27" />
      <source>Latency</source>
      <translation>Latence</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/layout.py" line="47" />
      <source>Layer</source>
      <translation>Couche</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/checks.py" line="143" />
      <source>Layer tree</source>
      <translation>Arbre des couches</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="61" />
      <source>Layer tree file</source>
      <translation>Fichier de l'arbre des couches</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/common/layer_loader.py" line="73" />
      <source>Layer “{title}” added.</source>
      <translation>Couche « {title} » ajoutée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/scenario.py" line="104" />
      <source>Layers</source>
      <translation>Couches</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/groups.py" line="85" />
      <source>Layers: {names}</source>
      <translation>Couches : {names}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/layout.py" line="74" />
      <source>Legend of the chosen style, drawn by the server</source>
      <translation>Légende du style choisi, dessinée par le serveur</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="170" />
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/trainings.py" line="105" />
      <source>Level: {value}</source>
      <translation>Niveau : {value}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="138" />
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/facets.py" line="46" />
      <source>Licence not stated</source>
      <translation>Licence non précisée</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="163" />
      <source>Lineage</source>
      <translation>Généalogie</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="202" />
      <source>Link {index} of this record cannot be loaded in QGIS.</source>
      <translation>Le lien {index} de cette fiche ne peut pas être chargé dans QGIS.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="168" />
      <source>Links:</source>
      <translation>Liens :</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/webinars.py" line="54" />
      <source>Load a &amp;scenario…</source>
      <translation>Charger un &amp;scénario…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/webinars.py" line="164" />
      <source>Load a demo scenario</source>
      <translation>Charger un scénario de démonstration</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="99" />
      <source>Load as:</source>
      <translation>Charger en :</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/service_loading.py" line="36" />
      <source>Loading the layers…</source>
      <translation>Chargement des couches…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="253" />
      <source>Loading {count} layer(s) for {territory}…</source>
      <translation>Chargement de {count} couche(s) pour {territory}…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/panel.py" line="198" />
      <source>Loading {count} layer(s) of “{group}”…</source>
      <translation>Chargement de {count} couche(s) de « {group} »…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="189" />
      <source>Longest time a whole request may take, even from a server that answers drop by drop.</source>
      <translation>Durée maximale d'une requête entière, même face à un serveur qui répond goutte à goutte.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/facets.py" line="43" />
      <source>Map image (WMS, WMTS)</source>
      <translation>Image de carte (WMS, WMTS)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/doctor.py" line="27" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/layers/factory.py" line="111" />
      <source>Metadata record</source>
      <translation>Fiche de métadonnées</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/ocs.py" line="74" />
      <source>Millésime</source>
      <translation>Millésime</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/ocs.py" line="102" />
      <source>Millésime {year} – {reading}</source>
      <translation>Millésime {year} – {reading}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="74" />
      <source>Millésimes:</source>
      <translation>Millésimes :</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/layout.py" line="119" />
      <source>More &amp;results</source>
      <translation>Plus de résultat&amp;s</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/layout.py" line="53" />
      <source>Most recent</source>
      <translation>Plus récents</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="39" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/favourites.py" line="43" />
      <source>Name of the search:</source>
      <translation>Nom de la recherche :</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="82" />
      <source>Name or code (INSEE, SIREN)</source>
      <translation>Nom ou code (INSEE, SIREN)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/schedule.py" line="204" />
      <source>National event</source>
      <translation>Événement national</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="184" />
      <source>Network and cache</source>
      <translation>Réseau et cache</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/agenda.py" line="117" />
      <source>Next event: {title}, {when}.</source>
      <translation>Prochain événement : {title}, {when}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/webinars.py" line="114" />
      <source>Next: {label}</source>
      <translation>Prochain : {label}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/scenario_player.py" line="274" />
      <source>Next: {step}. {note}</source>
      <translation>À suivre : {step}. {note}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="104" />
      <source>No EPCI matches “{text}”.</source>
      <translation>Aucun EPCI ne correspond à « {text} ».</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/ocs.py" line="52" />
      <source>No OCS GE² product matches these options.</source>
      <translation>Aucun produit OCS GE² ne correspond à ces options.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ocs/workflow.py" line="114" />
      <source>No OCS GE² {year} covers this territory.</source>
      <translation>Aucune OCS GE² {year} ne couvre ce territoire.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="229" />
      <source>No OCS GE² {year} covers {territory}.</source>
      <translation>Aucune OCS GE² {year} ne couvre {territory}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/pcrs/entries.py" line="182" />
      <source>No PCRS source could be read.</source>
      <translation>Aucune source PCRS n'a pu être lue.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ocs/products.py" line="133" />
      <source>No WFS service publishes {product}.</source>
      <translation>Aucun service WFS ne publie {product}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="104" />
      <source>No commune matches “{text}”.</source>
      <translation>Aucune commune ne correspond à « {text} ».</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="105" />
      <source>No department matches “{text}”.</source>
      <translation>Aucun département ne correspond à « {text} ».</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ocs/products.py" line="91" />
      <source>No image service publishes {product}.</source>
      <translation>Aucun service d'images ne publie {product}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ogc/server_styles.py" line="97" />
      <source>No style for “{title}” on its server ({status}).</source>
      <translation>Aucun style pour « {title} » sur son serveur ({status}).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="106" />
      <source>No territory matches “{text}”.</source>
      <translation>Aucun territoire ne correspond à « {text} ».</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="97" />
      <source>No territory was given.</source>
      <translation>Aucun territoire n'a été indiqué.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="172" />
      <source>No training matches these filters.</source>
      <translation>Aucune formation ne correspond à ces filtres.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/agenda.py" line="121" />
      <source>No upcoming event in the agenda.</source>
      <translation>Aucun événement à venir dans l'agenda.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/webinars.py" line="100" />
      <source>No upcoming webinar is announced.</source>
      <translation>Aucun webinaire à venir n'est annoncé.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="97" />
      <source>No webinar found.</source>
      <translation>Aucun webinaire trouvé.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="335" />
      <source>Not a web address (http or https).</source>
      <translation>Ce n'est pas une adresse web (http ou https).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ocs/statistics.py" line="36" />
      <source>Not covered by the published OCS GE²</source>
      <translation>Non couvert par l'OCS GE² publiée</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="166" />
      <source>Not published by the configured services.</source>
      <translation>Non publié par les services configurés.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="300" />
      <source>Not saved, not a web address (http or https): {names}.</source>
      <translation>Non enregistré, ce n'est pas une adresse web (http ou https) : {names}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/scenario.py" line="104" />
      <source>OCS GE²</source>
      <translation>OCS GE²</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="85" />
      <source>OCS GE² land cover</source>
      <translation>Occupation du sol OCS GE²</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/ocs.py" line="29" />
      <source>OCS GE² land cover: millésimes and departments published, styles, areas for a territory</source>
      <translation>occupation du sol OCS GE² : millésimes et départements publiés, styles, surfaces d'un territoire</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="191" />
      <source>OCS GE² of the territory</source>
      <translation>OCS GE² du territoire</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="169" />
      <source>OCS GE² products used: {names}.</source>
      <translation>Produits OCS GE² utilisés : {names}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="237" />
      <source>OCS GE² statistics for a territory</source>
      <translation>Statistiques OCS GE² d'un territoire</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ocs/workflow.py" line="119" />
      <source>OCS GE² {year}</source>
      <translation>OCS GE² {year}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="287" />
      <source>OCS GE² {year} of {territory}, cut along its outline</source>
      <translation>OCS GE² {year} de {territory}, découpée selon son contour</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ocs/products.py" line="36" />
      <source>OCS GE² {year} – department {dep}</source>
      <translation>OCS GE² {year} – département {dep}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="223" />
      <source>OCS GE² – {name}</source>
      <translation>OCS GE² – {name}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="166" />
      <source>OGC API Records</source>
      <translation>OGC API Records</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/checks.py" line="49" />
      <source>OGC API Records {version}</source>
      <translation>OGC API Records {version}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="56" />
      <source>OGC services (OWS)</source>
      <translation>Services OGC (OWS)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="70" />
      <source>OGC services (WMS, WFS, WMTS)</source>
      <translation>Services OGC (WMS, WFS, WMTS)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="200" />
      <source>Off: images on other servers are not downloaded, so those servers do not learn what you browse. They never receive your credentials.</source>
      <translation>Décoché : les images situées sur d’autres serveurs ne sont pas téléchargées, ces serveurs ne savent donc pas ce que vous consultez. Ils ne reçoivent jamais vos identifiants.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/base.py" line="281" />
      <source>Offline mode: {host} was not contacted.</source>
      <translation>Mode hors ligne : {host} n'a pas été contacté.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/agenda.py" line="59" />
      <source>On site</source>
      <translation>Sur place</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="203" />
      <source>On: a WFS layer asks its server for its style (GetStyles). Off: QGIS's default style, or the plugin's own for OCS GE.</source>
      <translation>Coché : une couche WFS demande son style à son serveur (GetStyles). Décoché : le style par défaut de QGIS, ou celui de l’extension pour l’OCS GE.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/ics.py" line="127" />
      <source>Online</source>
      <translation>En ligne</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/record_view.py" line="69" />
      <source>Online resources</source>
      <translation>Ressources en ligne</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/base.py" line="279" />
      <source>Only http and https addresses can be used.</source>
      <translation>Seules les adresses http et https peuvent être utilisées.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/widgets.py" line="21" />
      <source>Only http and https links are opened.</source>
      <translation>Seuls les liens http et https sont ouverts.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/layout.py" line="59" />
      <source>Only in the map &amp;extent</source>
      <translation>Seu&amp;lement dans l'emprise de la carte</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/layout.py" line="42" />
      <source>Only layers in the map extent</source>
      <translation>Seulement dans l'emprise de la carte</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="173" />
      <source>Only the identifier of a QGIS authentication configuration is stored, never a password.</source>
      <translation>Seul l'identifiant d'une configuration d'authentification QGIS est enregistré, jamais un mot de passe.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/facets.py" line="45" />
      <source>Open licence</source>
      <translation>Licence ouverte</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/trainings.py" line="45" />
      <source>Open the &amp;material</source>
      <translation>Ouvrir le &amp;support</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/groups.py" line="32" />
      <source>Open the &amp;panel</source>
      <translation>&amp;Ouvrir le panneau</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/groups.py" line="31" />
      <source>Open the group's &amp;page</source>
      <translation>Ouvrir la pa&amp;ge du groupe</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/trainings.py" line="46" />
      <source>Open the matching &amp;panel</source>
      <translation>&amp;Ouvrir le panneau correspondant</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/panel.py" line="211" />
      <source>Open the metadata record</source>
      <translation>Ouvrir la fiche de métadonnées</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/layout.py" line="126" />
      <source>Open the record &amp;page</source>
      <translation>Ouvrir la &amp;fiche</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/groups.py" line="96" />
      <source>Open the {panel} &amp;panel</source>
      <translation>&amp;Ouvrir le panneau {panel}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/scenario.py" line="120" />
      <source>Open the {panel} panel</source>
      <translation>Ouvrir le panneau {panel}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="55" />
      <source>Open-data portal (D4C)</source>
      <translation>Portail open data (D4C)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="161" />
      <source>Organisation</source>
      <translation>Organisme</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/record_view.py" line="44" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/facets.py" line="45" />
      <source>Other licence</source>
      <translation>Autre licence</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/scenario.py" line="105" />
      <source>PCRS</source>
      <translation>PCRS</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/pcrs.py" line="11" />
      <source>PCRS (street plan) layers found in the services and the catalogue, by territory and date</source>
      <translation>couches PCRS (plan corps de rue simplifié) trouvées dans les services et le catalogue, par territoire et date</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="165" />
      <source>Page</source>
      <translation>Page</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/webinars.py" line="62" />
      <source>Past webinars with a replay</source>
      <translation>Webinaires passés avec replay</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="137" />
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs/panel.py" line="53" />
      <source>Plan Corps de Rue Simplifié layers published on DataGrandEst, by territory and date.</source>
      <translation>Couches du Plan Corps de Rue Simplifié publiées sur DataGrandEst, par territoire et date.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="62" />
      <source>Platform QGIS project</source>
      <translation>Projet QGIS de la plateforme</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/integration/locator_search.py" line="93" />
      <source>Platform project</source>
      <translation>Projet de la plateforme</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/webinars.py" line="52" />
      <source>Play the &amp;demo</source>
      <translation>&amp;Jouer la démo</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/scenario_player.py" line="210" />
      <source>Play the next step (Page Down)</source>
      <translation>Jouer l'étape suivante (Page suivante)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="63" />
      <source>Portal</source>
      <translation>Portail</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="138" />
      <source>Producer</source>
      <translation>Producteur</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/groups.py" line="29" />
      <source>Project and working groups</source>
      <translation>Groupes projets et groupes de travail</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="186" />
      <source>Project group</source>
      <translation>Groupe projet</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/doctor.py" line="27" />
      <source>Protocol</source>
      <translation>Protocole</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ogc/server_styles.py" line="137" />
      <source>QGIS cannot read the style “{style}” of “{title}”: its default style is kept.</source>
      <translation>QGIS ne sait pas lire le style « {style} » de « {title} » : son style par défaut est conservé.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/checks.py" line="93" />
      <source>QGIS project, {layers} layers</source>
      <translation>projet QGIS, {layers} couches</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/doctor.py" line="27" />
      <source>Reachable</source>
      <translation>Accessible</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="250" />
      <source>Reading of the nomenclature</source>
      <translation>Lecture de la nomenclature</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="190" />
      <source>Reading of the nomenclature shown by the style</source>
      <translation>Lecture de la nomenclature montrée par le style</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs/panel.py" line="181" />
      <source>Reading the territory…</source>
      <translation>Lecture du territoire…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="136" />
      <source>Reading what the services publish…</source>
      <translation>Lecture de ce que publient les services…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="92" />
      <source>Reading:</source>
      <translation>Lecture :</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/service.py" line="48" />
      <source>Record {id}: {count} unreadable link address(es) left out.</source>
      <translation>Fiche {id} : {count} adresse(s) de lien illisible(s) écartée(s).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="139" />
      <source>Reference system</source>
      <translation>Système de référence</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/schedule.py" line="201" />
      <source>Regional meeting</source>
      <translation>Rencontres régionales</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="93" />
      <source>Registration</source>
      <translation>Inscription</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/layout.py" line="52" />
      <source>Relevance</source>
      <translation>Pertinence</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/layout.py" line="38" />
      <source>Reload</source>
      <translation>Recharger</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="137" />
      <source>Remote</source>
      <translation>À distance</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/agenda.py" line="73" />
      <source>Remote or on site</source>
      <translation>À distance ou sur place</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="93" />
      <source>Replay</source>
      <translation>Replay</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/webinars.py" line="47" />
      <source>Replays</source>
      <translation>Replays</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="209" />
      <source>Request timeout</source>
      <translation>Délai maximal d'une requête</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="115" />
      <source>Results: {totals}; page {page}; a dataset found in both catalogues is shown once.</source>
      <translation>Résultats : {totals} ; page {page} ; un jeu présent dans les deux catalogues n'est affiché qu'une fois.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="111" />
      <source>Save in:</source>
      <translation>Enregistrer dans :</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/favourites.py" line="43" />
      <source>Save this search</source>
      <translation>Enregistrer cette recherche</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/layout.py" line="136" />
      <source>Save this search…</source>
      <translation>Enregistrer cette recherche…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="312" />
      <source>Saved in {path}.</source>
      <translation>Enregistré dans {path}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/integration/browser_items.py" line="100" />
      <source>Saved searches</source>
      <translation>Recherches enregistrées</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/webinars.py" line="165" />
      <source>Scenarios (*.json)</source>
      <translation>Scénarios (*.json)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/service.py" line="65" />
      <source>Search in {source}: {kind} while reading the answer.</source>
      <translation>Recherche dans {source} : {kind} à la lecture de la réponse.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/favourites.py" line="49" />
      <source>Search saved: it is in the DataGrandEst node of the Browser.</source>
      <translation>Recherche enregistrée : elle figure dans le nœud DataGrandEst de l'Explorateur.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/layout.py" line="39" />
      <source>Search the DataGrandEst catalogues (e.g. OCS, PCRS, communes)…</source>
      <translation>Chercher dans les catalogues DataGrandEst (ex. OCS, PCRS, communes)…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/integration/source_select.py" line="69" />
      <source>Search the DataGrandEst catalogues and add their layers</source>
      <translation>Chercher dans les catalogues DataGrandEst et ajouter leurs couches</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/scenario.py" line="114" />
      <source>Search “{text}”</source>
      <translation>Rechercher « {text} »</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs/panel.py" line="100" />
      <source>Searching the PCRS layers…</source>
      <translation>Recherche des couches PCRS…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="247" />
      <source>Second millésime (change matrix)</source>
      <translation>Second millésime (matrice des évolutions)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/ocs.py" line="74" />
      <source>Server style</source>
      <translation>Style du serveur</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/doctor.py" line="27" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/panel.py" line="141" />
      <source>Service URL copied.</source>
      <translation>URL du service copiée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/ocs.py" line="74" />
      <source>Services</source>
      <translation>Services</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="320" />
      <source>Set by the environment variable {variable} while QGIS runs.</source>
      <translation>Imposé par la variable d'environnement {variable} tant que QGIS tourne.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/toolbelt/settings.py" line="172" />
      <source>Setting {name} ({origin}): “{value}” is not valid; the default value {default} is used.</source>
      <translation>Paramètre {name} ({origin}) : « {value} » n'est pas valide ; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/plugin.py" line="123" />
      <source>Settings…</source>
      <translation>Paramètres…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="199" />
      <source>Show legends and thumbnails hosted outside the platform</source>
      <translation>Afficher les légendes et vignettes hébergées hors de la plateforme</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/plugin.py" line="80" />
      <source>Show or hide the DataGrandEst panel</source>
      <translation>Afficher ou masquer le panneau DataGrandEst</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="123" />
      <source>Show the default values; they are saved when you click OK.</source>
      <translation>Afficher les valeurs par défaut ; elles sont enregistrées quand vous cliquez sur OK.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/layout.py" line="81" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="161" />
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/webinars.py" line="129" />
      <source>Speakers: {names}</source>
      <translation>Intervenants : {names}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="93" />
      <source>Start</source>
      <translation>Début</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/services/panel.py" line="39" />
      <source>State of the DataGrandEst services configured in the plugin settings.</source>
      <translation>État des services DataGrandEst configurés dans les paramètres de l'extension.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/schedule.py" line="203" />
      <source>Steering meeting</source>
      <translation>Réunion de pilotage</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/scenario_player.py" line="259" />
      <source>Step {number} done.</source>
      <translation>Étape {number} jouée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/scenario_player.py" line="251" />
      <source>Step {number} in progress…</source>
      <translation>Étape {number} en cours…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/scenario_player.py" line="232" />
      <source>Step {number} undone.</source>
      <translation>Étape {number} annulée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/layout.py" line="64" />
      <source>Style drawn by the server for WMS and WMTS layers</source>
      <translation>Style dessiné par le serveur pour les couches WMS et WMTS</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="202" />
      <source>Style vector layers with the platform's style</source>
      <translation>Styler les couches vecteur avec le style de la plateforme</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/layout.py" line="62" />
      <source>Style:</source>
      <translation>Style :</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/items.py" line="112" />
      <source>Style: {name}</source>
      <translation>Style : {name}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/facets.py" line="44" />
      <source>Table</source>
      <translation>Tableau</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/schedule.py" line="202" />
      <source>Territorial day</source>
      <translation>Journée territoriale</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/pcrs.py" line="33" />
      <source>Territory</source>
      <translation>Territoire</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="95" />
      <source>Territory (polygon layer, its features merged)</source>
      <translation>Territoire (couche de polygones, objets fusionnés)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="255" />
      <source>Territory area (ha)</source>
      <translation>Surface du territoire (ha)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="85" />
      <source>Territory:</source>
      <translation>Territoire :</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs/panel.py" line="58" />
      <source>Territory: commune, EPCI or department (name or code)</source>
      <translation>Territoire : commune, EPCI ou département (nom ou code)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="149" />
      <source>Test</source>
      <translation>Tester</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="359" />
      <source>Test cancelled.</source>
      <translation>Test annulé.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="343" />
      <source>Testing…</source>
      <translation>Test en cours…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/backends/d4c.py" line="72" />
      <source>The D4C portal</source>
      <translation>Le portail D4C</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/backends/d4c.py" line="51" />
      <source>The D4C portal answered with unexpected content.</source>
      <translation>Le portail D4C a répondu par un contenu inattendu.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/backends/d4c.py" line="110" />
      <source>The D4C portal has no dataset “{id}”.</source>
      <translation>Le portail D4C n'a pas de jeu de données « {id} ».</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/plugin.py" line="132" />
      <source>The DataGrandEst user guide, in French, readable offline</source>
      <translation>Le guide d'utilisation de DataGrandEst, lisible sans connexion</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/legacy.py" line="328" />
      <source>The GDAL WMS file</source>
      <translation>Le fichier GDAL WMS</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/legacy.py" line="330" />
      <source>The GDAL WMS file is not a GDAL_WMS description.</source>
      <translation>Le fichier GDAL WMS n'est pas une description GDAL_WMS.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="120" />
      <source>The OCS GE² products are listed when this panel is first shown.</source>
      <translation>Les produits OCS GE² sont listés à la première ouverture de ce panneau.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/backends/oarec.py" line="108" />
      <source>The OGC API Records catalogue</source>
      <translation>Le catalogue OGC API Records</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/backends/oarec.py" line="38" />
      <source>The OGC API Records catalogue answered with unexpected content.</source>
      <translation>Le catalogue OGC API Records a répondu par un contenu inattendu.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs/panel.py" line="83" />
      <source>The PCRS layers are searched when this panel is first shown.</source>
      <translation>Les couches PCRS sont recherchées à la première ouverture de ce panneau.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/checks.py" line="61" />
      <source>The WFS service</source>
      <translation>Le service WFS</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/checks.py" line="57" />
      <source>The WMS service</source>
      <translation>Le service WMS</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/checks.py" line="65" />
      <source>The WMTS service</source>
      <translation>Le service WMTS</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/toolbelt/tasks.py" line="114" />
      <source>The answer could not be shown; details are in the DataGrandEst message log.</source>
      <translation>La réponse n'a pas pu être affichée ; les détails sont dans le journal des messages DataGrandEst.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/base.py" line="306" />
      <source>The answer of {host} is larger than {size} MB and was refused.</source>
      <translation>La réponse de {host} dépasse {size} Mo et a été refusée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/qgis_transport.py" line="111" />
      <source>The authentication configuration {id} cannot be used.</source>
      <translation>La configuration d'authentification {id} est inutilisable.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="160" />
      <source>The boundary layer {name}</source>
      <translation>La couche de limites {name}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="186" />
      <source>The boundary layers hold no territory.</source>
      <translation>Les couches de limites ne contiennent aucun territoire.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="208" />
      <source>The boundary of {territory} could not be read.</source>
      <translation>Le contour de {territory} n'a pas pu être lu.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/legacy.py" line="184" />
      <source>The bounding box of “{title}” could not be read; it is ignored.</source>
      <translation>L'emprise de « {title} » est illisible ; elle est ignorée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/cache.py" line="46" />
      <source>The cache folder {folder} cannot be written ({reason}): answers are used without being kept.</source>
      <translation>Impossible d’écrire dans le dossier de cache {folder} ({reason}) : les réponses sont utilisées sans être conservées.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/backends/csw.py" line="52" />
      <source>The catalogue</source>
      <translation>Le catalogue</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/backends/csw.py" line="54" />
      <source>The catalogue answered with a document that is not a CSW answer.</source>
      <translation>Le catalogue a répondu par un document qui n'est pas une réponse CSW.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/backends/csw.py" line="128" />
      <source>The catalogue has no record “{id}”.</source>
      <translation>Le catalogue n'a pas de fiche « {id} ».</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/scenario_player.py" line="46" />
      <source>The catalogue panel is not available in this version of the plugin: search “{text}” by hand.</source>
      <translation>Le panneau Catalogue n'existe pas dans cette version de l'extension : recherchez « {text} » à la main.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/panel.py" line="140" />
      <source>The community content could not be shown ({kind}).</source>
      <translation>Le contenu de la communauté n'a pas pu être affiché ({kind}).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/panel.py" line="48" />
      <source>The community content is read when this panel is first shown.</source>
      <translation>Les contenus communautaires sont lus à la première ouverture de ce panneau.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/checks.py" line="76" />
      <source>The content file</source>
      <translation>Le fichier de contenus</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/checks.py" line="78" />
      <source>The content file has an unexpected shape.</source>
      <translation>Le fichier de contenus n'a pas la forme attendue.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/validation.py" line="223" />
      <source>The content file has an unexpected shape: “{section}” is not a list.</source>
      <translation>Le fichier de contenus a une forme inattendue : « {section} » n'est pas une liste.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/validation.py" line="225" />
      <source>The content file has too many entries in “{section}”.</source>
      <translation>Le fichier de contenus a trop d'entrées dans « {section} ».</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/source.py" line="156" />
      <source>The content file has {count} invalid entry(ies), left out (details in the message log).</source>
      <translation>Le fichier de contenus a {count} entrée(s) invalide(s), écartée(s) (détails dans le journal des messages).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/source.py" line="119" />
      <source>The content file has {count} invalid entry(ies).</source>
      <translation>Le fichier de contenus a {count} entrée(s) invalide(s).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/source.py" line="153" />
      <source>The content file has {count} invalid entry(ies): left out, and the last good version of {kept} of them is shown (details in the message log).</source>
      <translation>Le fichier de contenus a {count} entrée(s) invalide(s) : écartée(s), la dernière version valide de {kept} d'entre elles est affichée (détails dans le journal des messages).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/link_specs.py" line="117" />
      <source>The download is a web page, not data.</source>
      <translation>Le téléchargement est une page web, pas des données.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/link_specs.py" line="115" />
      <source>The download is empty.</source>
      <translation>Le téléchargement est vide.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/favourites.py" line="229" />
      <source>The favourites could not be saved: {reason}.</source>
      <translation>Les favoris n'ont pas pu être enregistrés : {reason}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/favourites.py" line="158" />
      <source>The favourites file cannot be read.</source>
      <translation>Le fichier de favoris est illisible.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/favourites.py" line="163" />
      <source>The favourites file holds more than {count} entries: it was not read.</source>
      <translation>Le fichier de favoris contient plus de {count} entrées : il n'a pas été lu.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/favourites.py" line="154" />
      <source>The favourites file is larger than {size} MB: it was not read.</source>
      <translation>Le fichier de favoris dépasse {size} Mo : il n'a pas été lu.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="105" />
      <source>The features are saved in this GeoPackage with their style. Empty: ocs_ge2.gpkg next to the project, or in the QGIS profile while the project is not saved.</source>
      <translation>Les objets sont enregistrés dans ce GeoPackage avec leur style. Vide : ocs_ge2.gpkg à côté du projet, ou dans le profil QGIS tant que le projet n'est pas enregistré.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/legacy.py" line="318" />
      <source>The file {path} cannot be read.</source>
      <translation>Le fichier {path} ne peut pas être lu.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ocs/store.py" line="92" />
      <source>The folder {path} could not be created: choose another GeoPackage.</source>
      <translation>Le dossier {path} n'a pas pu être créé : choisissez un autre GeoPackage.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/checks.py" line="83" />
      <source>The layer tree file</source>
      <translation>Le fichier de l'arbre des couches</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/checks.py" line="85" />
      <source>The layer tree file has an unexpected shape.</source>
      <translation>Le fichier de l'arbre des couches n'a pas la forme attendue.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/legacy.py" line="151" />
      <source>The layer tree is nested more than {depth} levels deep: the deeper nodes were left out.</source>
      <translation>L'arbre des couches a plus de {depth} niveaux d'imbrication : les nœuds plus profonds ont été écartés.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/layers/factory.py" line="29" />
      <source>The layer “{title}” could not be loaded from {host}.</source>
      <translation>La couche « {title} » n'a pas pu être chargée depuis {host}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ocs/features.py" line="35" />
      <source>The layer “{title}” could not be loaded.</source>
      <translation>La couche « {title} » n'a pas pu être chargée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="298" />
      <source>The layer “{title}” could not be read from {path}.</source>
      <translation>La couche « {title} » n'a pas pu être lue dans {path}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ocs/store.py" line="118" />
      <source>The layer “{title}” just written could not be read back.</source>
      <translation>La couche « {title} » qui vient d'être écrite n'a pas pu être relue.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/layout.py" line="76" />
      <source>The layers are loaded when this panel is first shown.</source>
      <translation>Les couches sont chargées à la première ouverture de ce panneau.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="79" />
      <source>The live layer tree could not be read ({error}); the {source} copy is shown.</source>
      <translation>L'arbre des couches en ligne n'a pas pu être lu ({error}) ; la copie {source} est affichée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/local_index.py" line="159" />
      <source>The offline catalogue {file} cannot be written ({reason}): it is kept in memory only.</source>
      <translation>Le catalogue hors ligne {file} ne peut pas être écrit ({reason}) : il est gardé en mémoire seulement.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/local_index.py" line="105" />
      <source>The offline catalogue {file} could not be saved ({reason}).</source>
      <translation>Le catalogue hors ligne {file} n'a pas pu être enregistré ({reason}).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="131" />
      <source>The outline of {territory} could not be read.</source>
      <translation>Le contour de {territory} n'a pas pu être lu.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/platform_project.py" line="188" />
      <source>The platform project</source>
      <translation>Le projet de la plateforme</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="99" />
      <source>The platform project could not be read ({error}); the last good copy is shown.</source>
      <translation>Le projet de la plateforme n’a pas pu être lu ({error}) ; la dernière copie valide est affichée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/trees.py" line="43" />
      <source>The platform project could not be read: {error}</source>
      <translation>Le projet de la plateforme n’a pas pu être lu : {error}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/platform_project.py" line="65" />
      <source>The platform project holds no .qgs file.</source>
      <translation>Le projet de la plateforme ne contient aucun fichier .qgs.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/platform_project.py" line="190" />
      <source>The platform project is not a QGIS project.</source>
      <translation>Le projet de la plateforme n’est pas un projet QGIS.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/platform_project.py" line="71" />
      <source>The platform project is not a readable .qgz archive.</source>
      <translation>Le projet de la plateforme n’est pas une archive .qgz lisible.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/platform_project.py" line="68" />
      <source>The platform project is too large to be read.</source>
      <translation>Le projet de la plateforme est trop volumineux pour être lu.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/platform_project.py" line="153" />
      <source>The plugin cannot load this kind of layer ({provider}).</source>
      <translation>L’extension ne sait pas charger ce type de couche ({provider}).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/qgis_transport.py" line="59" />
      <source>The plugin's network is not started: call install() on the main thread.</source>
      <translation>Le réseau de l'extension n'est pas démarré : appeler install() sur le fil principal.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/qgis_transport.py" line="135" />
      <source>The proxy requires authentication.</source>
      <translation>Le proxy demande une authentification.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="227" />
      <source>The published OCS GE² {year} does not cover {missing} of the territory ({whole}).</source>
      <translation>L'OCS GE² {year} publiée ne couvre pas {missing} du territoire ({whole}).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="198" />
      <source>The record has {count} links: --link goes from 0 to {last}.</source>
      <translation>La fiche a {count} liens : --link va de 0 à {last}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="206" />
      <source>The record “{id}” has no link QGIS can load.</source>
      <translation>La fiche « {id} » n'a aucun lien que QGIS peut charger.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/errors.py" line="51" />
      <source>The request was cancelled.</source>
      <translation>La requête a été annulée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/panel.py" line="97" />
      <source>The saved community content cannot be read ({kind}).</source>
      <translation>La copie enregistrée du contenu de la communauté est illisible ({kind}).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/layers/factory.py" line="85" />
      <source>The saved style of “{title}” could not be read: its default style is kept.</source>
      <translation>Le style enregistré de « {title} » n’a pas pu être lu : son style par défaut est conservé.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/scenario.py" line="81" />
      <source>The scenario file</source>
      <translation>Le fichier de scénario</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/scenario.py" line="95" />
      <source>The scenario file is too large.</source>
      <translation>Le fichier de scénario est trop volumineux.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/scenario.py" line="98" />
      <source>The scenario file {name} cannot be read.</source>
      <translation>Le fichier de scénario {name} ne peut pas être lu.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/scenario.py" line="88" />
      <source>The scenario is invalid: {path} {message}.</source>
      <translation>Le scénario est invalide : {path} {message}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/parsing.py" line="67" />
      <source>The service</source>
      <translation>Le service</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/link_specs.py" line="100" />
      <source>The service does not offer the style “{style}”.</source>
      <translation>Le service ne propose pas le style « {style} ».</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ogc/server_styles.py" line="87" />
      <source>The service has no style “{style}” for this layer.</source>
      <translation>Le service n’a pas de style « {style} » pour cette couche.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/link_specs.py" line="93" />
      <source>The service offers no layer.</source>
      <translation>Le service ne propose aucune couche.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ocs/products.py" line="92" />
      <source>The services have no style “{style}” for {product}: its default style is shown.</source>
      <translation>Les services n'ont pas de style « {style} » pour {product} : son style par défaut est affiché.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/layers/factory.py" line="37" />
      <source>The style of “{title}” could not be applied.</source>
      <translation>Le style de « {title} » n'a pas pu être appliqué.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ocs/store.py" line="125" />
      <source>The style of “{title}” could not be saved in the GeoPackage.</source>
      <translation>Le style de « {title} » n'a pas pu être enregistré dans le GeoPackage.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ogc/server_styles.py" line="93" />
      <source>The style service of “{title}”</source>
      <translation>Le service de style de « {title} »</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ogc/server_styles.py" line="126" />
      <source>The style “{style}” of “{title}” is not readable: its default style is kept.</source>
      <translation>Le style « {style} » de « {title} » est illisible : son style par défaut est conservé.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="209" />
      <source>The territories are not known yet.</source>
      <translation>Les territoires ne sont pas encore connus.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="146" />
      <source>The territory WKT is not a polygon.</source>
      <translation>Le WKT du territoire n'est pas un polygone.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="137" />
      <source>The territory layer has no feature.</source>
      <translation>La couche du territoire n'a aucun objet.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="123" />
      <source>The timeout must be a positive number of seconds.</source>
      <translation>Le délai doit être un nombre de secondes positif.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/panel.py" line="174" />
      <source>The {panel} panel is not available in this version of the plugin.</source>
      <translation>Le panneau {panel} n'existe pas dans cette version de l'extension.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ogc/capabilities.py" line="326" />
      <source>The {service} service</source>
      <translation>Le service {service}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/specs.py" line="39" />
      <source>The {service} service does not answer: “{title}” was not added ({reason})</source>
      <translation>Le service {service} ne répond pas : « {title} » n'a pas été ajoutée ({reason})</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/service.py" line="67" />
      <source>The {source} catalogue answered with content the plugin cannot read.</source>
      <translation>Le catalogue {source} a répondu par un contenu que l'extension ne sait pas lire.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/schedule.py" line="200" />
      <source>Thematic day</source>
      <translation>Journée thématique</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/scenario_player.py" line="149" />
      <source>There is no map to zoom in.</source>
      <translation>Il n'y a pas de carte sur laquelle zoomer.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/link_specs.py" line="109" />
      <source>This download cannot be opened in QGIS.</source>
      <translation>Ce téléchargement ne peut pas être ouvert dans QGIS.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/favourites.py" line="160" />
      <source>This file is not a DataGrandEst favourites file.</source>
      <translation>Ce fichier n'est pas un fichier de favoris DataGrandEst.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/platform_project.py" line="135" />
      <source>This layer is missing from the project.</source>
      <translation>Cette couche est absente du projet.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/catalog/link_specs.py" line="52" />
      <source>This link is not an OGC service.</source>
      <translation>Ce lien n'est pas un service OGC.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="216" />
      <source>This link names no layer; choose one with --layer among: {names}.</source>
      <translation>Ce lien ne nomme aucune couche ; choisissez-en une avec --layer parmi : {names}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/panel.py" line="112" />
      <source>This record has no layer QGIS can load.</source>
      <translation>Cette fiche n'a aucune couche que QGIS peut charger.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="165" />
      <source>Thumbnail</source>
      <translation>Vignette</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="160" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/ocs.py" line="110" />
      <source>To</source>
      <translation>Vers</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="170" />
      <source>Topic</source>
      <translation>Thème</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/schedule.py" line="110" />
      <source>Topic to be announced</source>
      <translation>Sujet à annoncer</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/trainings.py" line="107" />
      <source>Topic: {value}</source>
      <translation>Thème : {value}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/trainings.py" line="43" />
      <source>Training modules</source>
      <translation>Modules de formation</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/scenario.py" line="106" />
      <source>Trainings</source>
      <translation>Formations</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="39" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/scenario_player.py" line="209" />
      <source>Undo the last step played (Page Up)</source>
      <translation>Annuler la dernière étape jouée (Page précédente)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="234" />
      <source>Unexpected error ({kind}); rerun with DGE_DEBUG=1 for details.</source>
      <translation>Erreur inattendue ({kind}) ; relancez avec DGE_DEBUG=1 pour le détail.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/toolbelt/tasks.py" line="96" />
      <source>Unexpected error; details are in the DataGrandEst message log.</source>
      <translation>Erreur inattendue ; le détail est dans le journal des messages DataGrandEst.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/legacy.py" line="163" />
      <source>Unknown node type “{type}” (“{title}”) left out.</source>
      <translation>Type de nœud inconnu « {type} » (« {title} ») écarté.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/webinars.py" line="44" />
      <source>Upcoming webinars</source>
      <translation>Prochains webinaires</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/panel.py" line="110" />
      <source>Updating the community content…</source>
      <translation>Mise à jour des contenus communautaires…</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/plugin.py" line="129" />
      <source>User guide</source>
      <translation>Guide d'utilisation</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="167" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/facets.py" line="43" />
      <source>Vector data (WFS)</source>
      <translation>Données vecteur (WFS)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="59" />
      <source>WMTS tiles</source>
      <translation>Tuiles WMTS</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/record_view.py" line="43" />
      <source>Web page</source>
      <translation>Page web</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/ics.py" line="116" />
      <source>Webinar</source>
      <translation>Webinaire</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/scenario.py" line="106" />
      <source>Webinars</source>
      <translation>Webinaires</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="198" />
      <source>Work offline: use only the cached copies</source>
      <translation>Travailler hors ligne : n'utiliser que les copies en cache</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="186" />
      <source>Working group</source>
      <translation>Groupe de travail</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="39" />
      <source>Workspace</source>
      <translation>Espace de travail</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="139" />
      <source>Year of the data</source>
      <translation>Année des données</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/panel.py" line="214" />
      <source>Zoom to the layer extent</source>
      <translation>Zoomer sur l'emprise de la couche</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/scenario.py" line="118" />
      <source>Zoom to {place}</source>
      <translation>Zoomer sur {place}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/ocs.py" line="39" />
      <source>a commune, EPCI or department, by code or by name</source>
      <translation>une commune, un EPCI ou un département, par code ou par nom</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/ocs.py" line="43" />
      <source>areas per class for the territory (needs --territory or --department)</source>
      <translation>surfaces par classe sur le territoire (demande --territory ou --department)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="161" />
      <source>audience</source>
      <translation>public</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="81" />
      <source>bound of each whole request (environment: DGE_TIMEOUT)</source>
      <translation>durée maximale de chaque requête complète (environnement : DGE_TIMEOUT)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/legacy.py" line="353" />
      <source>bundled</source>
      <translation>intégrée à l'extension</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/legacy.py" line="353" />
      <source>cached</source>
      <translation>en cache</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/doctor.py" line="12" />
      <source>check each configured endpoint: reachable, protocol version, latency</source>
      <translation>vérifie chaque service configuré : accessibilité, version du protocole, latence</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="65" />
      <source>commune</source>
      <translation>commune</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="64" />
      <source>commune:CODE, epci:CODE or departement:CODE: the records about it</source>
      <translation>commune:CODE, epci:CODE ou departement:CODE : les fiches qui le concernent</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/qgis_transport.py" line="125" />
      <source>connection refused</source>
      <translation>connexion refusée</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="75" />
      <source>contains control characters</source>
      <translation>contient des caractères de contrôle</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/checks.py" line="79" />
      <source>content file v{version}</source>
      <translation>fichier de contenus v{version}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/common/formats.py" line="29" />
      <source>copy of {date}</source>
      <translation>copie du {date}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/ics.py" line="105" />
      <source>datagrandest-webinar-{date}.ics</source>
      <translation>datagrandest-webinaire-{date}.ics</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="65" />
      <source>department</source>
      <translation>département</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/ocs.py" line="37" />
      <source>department code, e.g. 54</source>
      <translation>code du département, par exemple 54</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/validation.py" line="92" />
      <source>does not match the layer kind</source>
      <translation>ne correspond pas au type de couche</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/common/link_labels.py" line="24" />
      <source>download</source>
      <translation>téléchargement</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="79" />
      <source>endpoint (environment: {env})</source>
      <translation>adresse du service (environnement : {env})</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="70" />
      <source>first day (YYYY-MM-DD); default: now</source>
      <translation>premier jour (AAAA-MM-JJ) ; par défaut : maintenant</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="214" />
      <source>first day (YYYY-MM-DD); default: today</source>
      <translation>premier jour (AAAA-MM-JJ) ; par défaut : aujourd'hui</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/validation.py" line="90" />
      <source>gives both url and service: keep one</source>
      <translation>donne à la fois url et service : n'en garder qu'un</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="75" />
      <source>global options</source>
      <translation>options globales</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="151" />
      <source>has more than {limit} items</source>
      <translation>a plus de {limit} éléments</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/checks.py" line="86" />
      <source>historical layer tree</source>
      <translation>arbre historique des couches</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="71" />
      <source>how many sessions (default 5)</source>
      <translation>nombre de sessions (5 par défaut)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="83" />
      <source>how the GeoNetwork catalogue is asked: CSW 2.0.2 or OGC API Records (environment: DGE_CATALOGUE_PROTOCOL)</source>
      <translation>comment interroger le catalogue GeoNetwork : CSW 2.0.2 ou OGC API Records (environnement : DGE_CATALOGUE_PROTOCOL)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/widgets.py" line="90" />
      <source>iCalendar files (*.ics)</source>
      <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/pcrs/entries.py" line="51" />
      <source>image</source>
      <translation>image</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="232" />
      <source>in the QGIS profile</source>
      <translation>dans le profil QGIS</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="181" />
      <source>index of the link (from 0); default: the first loadable</source>
      <translation>numéro du lien (à partir de 0) ; par défaut le premier chargeable</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="68" />
      <source>is empty</source>
      <translation>est vide</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="57" />
      <source>is longer than {limit} characters</source>
      <translation>dépasse {limit} caractères</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="166" />
      <source>is missing</source>
      <translation>est absent</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/validation.py" line="272" />
      <source>is not a known time zone</source>
      <translation>n'est pas un fuseau horaire connu</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/validation.py" line="252" />
      <source>is used by another entry</source>
      <translation>est déjà utilisé par une autre entrée</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="58" />
      <source>kind of resource (repeatable: any of them)</source>
      <translation>type de ressource (répétable : l'un d'eux)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/legacy.py" line="353" />
      <source>last good</source>
      <translation>valide la plus récente</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="182" />
      <source>layer name, when the link names none</source>
      <translation>nom de la couche, quand le lien n'en donne pas</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/trainings.py" line="88" />
      <source>level {level}</source>
      <translation>niveau {level}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="159" />
      <source>level, such as 1a, 1b or 2</source>
      <translation>niveau, par exemple 1a, 1b ou 2</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="19" />
      <source>list the layers of the DataGrandEst OGC services (WMS, WFS, WMTS)</source>
      <translation>lister les couches des services OGC de DataGrandEst (WMS, WFS, WMTS)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="177" />
      <source>load a record's layer in headless QGIS and describe it</source>
      <translation>charge la couche d'une fiche dans QGIS sans fenêtre et la décrit</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="86" />
      <source>machine-readable output</source>
      <translation>sortie lisible par une machine (JSON)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/ocs.py" line="35" />
      <source>millésime (repeatable; two give the change matrix with --stats)</source>
      <translation>millésime (répétable ; deux donnent la matrice des évolutions avec --stats)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/scenario.py" line="45" />
      <source>must be [xmin, ymin, xmax, ymax] with xmin &lt; xmax and ymin &lt; ymax</source>
      <translation>doit être [xmin, ymin, xmax, ymax] avec xmin &lt; xmax et ymin &lt; ymax</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="133" />
      <source>must be a coordinate reference system such as EPSG:2154</source>
      <translation>doit être un système de coordonnées comme EPSG:2154</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="126" />
      <source>must be a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
      <translation>doit être une date (AAAA, AAAA-MM ou AAAA-MM-JJ)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="115" />
      <source>must be a date (YYYY-MM-DD)</source>
      <translation>doit être une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="106" />
      <source>must be a date between {first} and {last}</source>
      <translation>doit être une date entre {first} et {last}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/validation.py" line="78" />
      <source>must be a layer name without spaces</source>
      <translation>doit être un nom de couche sans espace</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="149" />
      <source>must be a list</source>
      <translation>doit être une liste</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/scenario.py" line="68" />
      <source>must be a list of 1 to {limit} steps</source>
      <translation>doit être une liste de 1 à {limit} étapes</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/validation.py" line="166" />
      <source>must be a monthly rule such as FREQ=MONTHLY;BYDAY=1TH</source>
      <translation>doit être une règle mensuelle comme FREQ=MONTHLY;BYDAY=1TH</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="100" />
      <source>must be a time (HH:MM)</source>
      <translation>doit être une heure (HH:MM)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/validation.py" line="111" />
      <source>must be after start_time</source>
      <translation>doit être après start_time</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="87" />
      <source>must be an e-mail address</source>
      <translation>doit être une adresse électronique</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="81" />
      <source>must be an http or https address</source>
      <translation>doit être une adresse http ou https</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="49" />
      <source>must be an identifier (lower-case letters, digits, dot, dash, underscore)</source>
      <translation>doit être un identifiant (minuscules, chiffres, point, tiret, tiret bas)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="160" />
      <source>must be an object</source>
      <translation>doit être un objet</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="66" />
      <source>must be one line of text</source>
      <translation>doit tenir sur une ligne</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="140" />
      <source>must be one of: {values}</source>
      <translation>doit valoir l'un de : {values}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="59" />
      <source>must be plain text, without HTML markup</source>
      <translation>doit être du texte brut, sans balise HTML</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="55" />
      <source>must be text</source>
      <translation>doit être du texte</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="93" />
      <source>must be true or false</source>
      <translation>doit valoir true ou false</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/validation.py" line="158" />
      <source>must not be before date</source>
      <translation>ne doit pas précéder date</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/validation.py" line="169" />
      <source>must not be before start</source>
      <translation>ne doit pas précéder start</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/validation.py" line="160" />
      <source>needs a full date (YYYY-MM-DD)</source>
      <translation>demande une date complète (AAAA-MM-JJ)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/validation.py" line="109" />
      <source>needs both start_time and end_time</source>
      <translation>demande à la fois start_time et end_time</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="85" />
      <source>never use the network</source>
      <translation>ne jamais utiliser le réseau</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="53" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/agenda.py" line="59" />
      <source>not said</source>
      <translation>non précisé</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="123" />
      <source>only events not over on this day (YYYY-MM-DD)</source>
      <translation>seulement les événements non terminés ce jour-là (AAAA-MM-JJ)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="24" />
      <source>only the layers of this workspace</source>
      <translation>seulement les couches de cet espace de travail</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/pcrs.py" line="15" />
      <source>only the layers over this commune, EPCI or department</source>
      <translation>seulement les couches sur cette commune, cet EPCI ou ce département</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="23" />
      <source>only this service type (repeatable; default: all three)</source>
      <translation>seulement ce type de service (répétable ; par défaut : les trois)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="59" />
      <source>open licence or not</source>
      <translation>licence ouverte ou non</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="72" />
      <source>past webinars that have a replay</source>
      <translation>webinaires passés qui ont un replay</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="65" />
      <source>print how many records have each facet value</source>
      <translation>affiche combien de fiches ont chaque valeur de facette</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="60" />
      <source>producer (repeatable)</source>
      <translation>producteur (répétable)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="191" />
      <source>project groups (OCS, PCRS) and working groups</source>
      <translation>groupes projets (OCS, PCRS) et groupes de travail</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="65" />
      <source>read this config.json instead of the configured address</source>
      <translation>lire ce config.json au lieu de l'adresse configurée</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/ocs.py" line="41" />
      <source>reading of the nomenclature</source>
      <translation>lecture de la nomenclature</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="180" />
      <source>record identifier</source>
      <translation>identifiant de la fiche</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="61" />
      <source>reference system, e.g. EPSG:2154</source>
      <translation>système de référence, par exemple EPSG:2154</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/common/formats.py" line="29" />
      <source>saved copy</source>
      <translation>copie enregistrée</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="43" />
      <source>search the GeoNetwork and D4C catalogues</source>
      <translation>cherche dans les catalogues GeoNetwork et D4C</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="148" />
      <source>show a catalogue record in full, with its links</source>
      <translation>affiche une fiche de catalogue complète, avec ses liens</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="61" />
      <source>show the curated layer tree of the historical DataGrandEst plugin (config.json)</source>
      <translation>afficher l'arbre des couches de l'ancienne extension DataGrandEst (config.json)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="67" />
      <source>show the groups and layers of the platform's QGIS project (.qgz or .qgs)</source>
      <translation>afficher les groupes et les couches du projet QGIS de la plateforme (.qgz ou .qgs)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="149" />
      <source>territory</source>
      <translation>territoire</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="208" />
      <source>the .ics file to write</source>
      <translation>le fichier .ics à écrire</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="32" />
      <source>the address</source>
      <translation>l'adresse</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="120" />
      <source>the agenda: every event of the content file, in date order</source>
      <translation>l'agenda : tous les événements du fichier de contenus, par date</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/qgis_transport.py" line="108" />
      <source>the answer was cut off</source>
      <translation>la réponse a été interrompue</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/qgis_transport.py" line="138" />
      <source>the connection failed</source>
      <translation>la connexion a échoué</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/source.py" line="57" />
      <source>the copy bundled with the plugin</source>
      <translation>la copie fournie avec l'extension</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/source.py" line="59" />
      <source>the copy downloaded on {date}</source>
      <translation>la copie téléchargée le {date}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/scenario.py" line="118" />
      <source>the extent {bbox}</source>
      <translation>l'emprise {bbox}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="184" />
      <source>the project CRS to prefer</source>
      <translation>le SCR du projet à privilégier</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/qgis_transport.py" line="133" />
      <source>the proxy cannot be reached</source>
      <translation>le proxy est injoignable</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/qgis_transport.py" line="131" />
      <source>the secure connection (SSL) failed</source>
      <translation>la connexion sécurisée (SSL) a échoué</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/qgis_transport.py" line="137" />
      <source>the server closed the connection</source>
      <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="160" />
      <source>topic</source>
      <translation>thème</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="156" />
      <source>training modules, filterable by level, topic and audience</source>
      <translation>modules de formation, filtrables par niveau, thème et public</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/qgis_transport.py" line="127" />
      <source>unknown host name</source>
      <translation>nom d'hôte inconnu</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="67" />
      <source>upcoming webinars (content file, then the monthly series rule)</source>
      <translation>prochains webinaires (fichier de contenus, puis règle de la série mensuelle)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/pcrs/entries.py" line="51" />
      <source>vector</source>
      <translation>vecteur</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="213" />
      <source>webinars and every event (default)</source>
      <translation>webinaires et tous les événements (par défaut)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="211" />
      <source>webinars only, with the series for {months} months</source>
      <translation>seulement les webinaires, avec la série sur {months} mois</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="26" />
      <source>words to find in names, titles and abstracts (any case, any accent)</source>
      <translation>mots à trouver dans les noms, titres et résumés (sans tenir compte de la casse ni des accents)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="48" />
      <source>words to search</source>
      <translation>mots à chercher</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="205" />
      <source>write webinars and events to an iCalendar (.ics) file</source>
      <translation>écrire webinaires et événements dans un fichier iCalendar (.ics)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="50" />
      <source>xmin,ymin,xmax,ymax in WGS84 degrees</source>
      <translation>xmin,ymin,xmax,ymax en degrés WGS84</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="62" />
      <source>years of the data, FROM-TO (2019-2021)</source>
      <translation>années des données, DÉBUT-FIN (2019-2021)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="53" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/panel.py" line="190" />
      <source>{added} of {total} layer(s) of “{group}” loaded.</source>
      <translation>{added} couche(s) sur {total} de « {group} » chargée(s).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="171" />
      <source>{count} OCS GE² products ({years}; departments {deps}).</source>
      <translation>{count} produits OCS GE² ({years} ; départements {deps}).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs/panel.py" line="121" />
      <source>{count} PCRS layer(s) found.</source>
      <translation>{count} couche(s) PCRS trouvée(s).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/pcrs/panel.py" line="178" />
      <source>{count} PCRS layer(s) over {territory}.</source>
      <translation>{count} couche(s) PCRS sur {territory}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="378" />
      <source>{count} cached file(s) deleted.</source>
      <translation>{count} fichier(s) du cache supprimé(s).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="232" />
      <source>{count} event(s) known only by their year were left out.</source>
      <translation>{count} événement(s) dont seule l'année est connue ont été écartés.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/community.py" line="230" />
      <source>{count} event(s) written to {path}.</source>
      <translation>{count} événement(s) écrit(s) dans {path}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/favourites.py" line="74" />
      <source>{count} favourites and searches imported.</source>
      <translation>{count} favoris et recherches importés.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/favourites.py" line="59" />
      <source>{count} favourites exported.</source>
      <translation>{count} favoris exportés.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="217" />
      <source>{count} features for {name}.</source>
      <translation>{count} objets pour {name}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/source.py" line="101" />
      <source>{count} field(s) of the content file unknown to this version of the plugin were ignored.</source>
      <translation>{count} champ(s) du fichier de contenus inconnu(s) de cette version de l'extension ont été ignorés.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="319" />
      <source>{count} layer(s) added.</source>
      <translation>{count} couche(s) ajoutée(s).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/service_loading.py" line="106" />
      <source>{count} layers from the services.</source>
      <translation>{count} couches issues des services.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/trainings.py" line="95" />
      <source>{count} module(s)</source>
      <translation>{count} module(s)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/doctor.py" line="32" />
      <source>{count} of {total} endpoints failed: {names}.</source>
      <translation>{count} service(s) sur {total} en échec : {names}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/services/panel.py" line="119" />
      <source>{count} service(s) do not answer.</source>
      <translation>{count} service(s) ne répondent pas.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/plugin.py" line="173" />
      <source>{count} temporary file(s) left by an interrupted download removed from the cache folder {folder}.</source>
      <translation>{count} fichier(s) temporaire(s) laissé(s) par un téléchargement interrompu retiré(s) du dossier de cache {folder}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/widgets.py" line="73" />
      <source>{day}, {start}–{end} (Paris time, {offset})</source>
      <translation>{day}, {start}–{end} (heure de Paris, {offset})</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/favourites.py" line="169" />
      <source>{file}: {count} unusable entry(ies) left out.</source>
      <translation>{file} : {count} entrée(s) inutilisable(s) écartée(s).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/layers.py" line="114" />
      <source>{folders} folders, {layers} layers.</source>
      <translation>{folders} dossiers, {layers} couches.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/base.py" line="172" />
      <source>{host} answered with an unexpected status ({status}).</source>
      <translation>{host} a répondu avec un statut inattendu ({status}).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/base.py" line="298" />
      <source>{host} did not answer within {seconds} seconds.</source>
      <translation>{host} n'a pas répondu en {seconds} secondes.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/base.py" line="161" />
      <source>{host} does not know this address (404).</source>
      <translation>{host} ne connaît pas cette adresse (404).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/base.py" line="170" />
      <source>{host} had an internal error ({status}).</source>
      <translation>{host} a rencontré une erreur interne ({status}).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/base.py" line="284" />
      <source>{host} is not an allowed host here.</source>
      <translation>{host} n'est pas un hôte autorisé ici.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/base.py" line="168" />
      <source>{host} is temporarily unavailable (503).</source>
      <translation>{host} est momentanément indisponible (503).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/base.py" line="166" />
      <source>{host} is temporarily unavailable (503); retry in {seconds} seconds.</source>
      <translation>{host} est momentanément indisponible (503) ; réessayez dans {seconds} secondes.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/base.py" line="247" />
      <source>{host} redirects this request to another server ({target}): it was not sent there again, as it carries data.</source>
      <translation>{host} redirige cette requête vers un autre serveur ({target}) : elle n’y a pas été renvoyée, car elle contient des données.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/base.py" line="266" />
      <source>{host} redirects to a login page: authentication is required.</source>
      <translation>{host} redirige vers une page de connexion : une authentification est nécessaire.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/base.py" line="274" />
      <source>{host} redirects too many times.</source>
      <translation>{host} redirige trop de fois.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/base.py" line="159" />
      <source>{host} refused access to this resource (403).</source>
      <translation>{host} refuse l'accès à cette ressource (403).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/base.py" line="156" />
      <source>{host} requires authentication: choose an authentication configuration in the plugin settings.</source>
      <translation>{host} demande une authentification : choisissez une configuration d'authentification dans les paramètres de l'extension.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/cli.py" line="33" />
      <source>{option} takes an http or https address; “{value}” is not one.</source>
      <translation>{option} attend une adresse http ou https ; « {value} » n'en est pas une.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ocs/store.py" line="104" />
      <source>{path} could not be written (full disk, protected folder or file in use?).</source>
      <translation>{path} n'a pas pu être écrit (disque plein, dossier protégé ou fichier ouvert ailleurs ?).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ocs/store.py" line="57" />
      <source>{path} is not a GeoPackage.</source>
      <translation>{path} n'est pas un GeoPackage.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/source.py" line="92" />
      <source>{path}: field unknown to this version, ignored</source>
      <translation>{path} : champ inconnu de cette version, ignoré</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/transport/base.py" line="201" />
      <source>{reason} (Last attempt at {time}; tried again from {retry}.)</source>
      <translation>{reason} (Dernière tentative à {time} ; nouvel essai à partir de {retry}.)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/panel.py" line="145" />
      <source>{reason} Shown: {copy}.</source>
      <translation>{reason} Affiché : {copy}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/shared.py" line="20" />
      <source>{service} ({url}): {error}</source>
      <translation>{service} ({url}) : {error}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/shared.py" line="24" />
      <source>{service}: last good copy shown ({error})</source>
      <translation>{service} : dernière copie valide affichée ({error})</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ogc/capabilities.py" line="138" />
      <source>{service}: several layers are named {names}; only the first of each is shown.</source>
      <translation>{service} : plusieurs couches s'appellent {names} ; seule la première de chaque nom est affichée.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ogc/capabilities.py" line="144" />
      <source>{service}: unknown coordinate reference systems ignored: {crs}.</source>
      <translation>{service} : systèmes de coordonnées inconnus ignorés : {crs}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/layers/service_loading.py" line="108" />
      <source>{service}: {copy}, the service does not answer.</source>
      <translation>{service} : {copy}, le service ne répond pas.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ogc/capabilities.py" line="134" />
      <source>{service}: {count} layer(s) without a name were left out.</source>
      <translation>{service} : {count} couche(s) sans nom ont été écartées.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ogc/capabilities.py" line="141" />
      <source>{service}: {count} unreadable bounding box(es) were ignored.</source>
      <translation>{service} : {count} emprise(s) illisible(s) ignorée(s).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/search_controller.py" line="229" />
      <source>{shown} dataset(s) listed; found per catalogue: {counts}</source>
      <translation>{shown} jeu(x) de données listé(s) (un jeu présent dans les deux catalogues n'occupe qu'une ligne) ; trouvés par catalogue : {counts}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/facets.py" line="188" />
      <source>{shown} of {total} results match the filters.</source>
      <translation>{shown} résultats sur {total} correspondent aux filtres.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/commands/catalogue.py" line="103" />
      <source>{source}: offline, answering from the records saved earlier ({reason})</source>
      <translation>{source} : hors ligne, réponse tirée des fiches enregistrées auparavant ({reason})</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/search_controller.py" line="233" />
      <source>{source}: offline, {copy} ({reason})</source>
      <translation>{source} : hors ligne, {copy} ({reason})</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/catalog/search_controller.py" line="224" />
      <source>{source}: {count}</source>
      <translation>{source} : {count}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/agenda.py" line="52" />
      <source>{start} to {end}</source>
      <translation>{start} – {end}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="211" />
      <source>{territory} has no outline in the boundary layer.</source>
      <translation>{territory} n'a pas de contour dans la couche de limites.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/ics.py" line="126" />
      <source>{title} (date to be confirmed)</source>
      <translation>{title} (date à confirmer)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/integration/browser_items.py" line="37" />
      <source>{title} — file to download ({format}); double-click to add it to the map</source>
      <translation>{title} — fichier à télécharger ({format}) ; double-cliquez pour l'ajouter à la carte</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="144" />
      <source>{uuid} stands for the record identifier.</source>
      <translation>{uuid} est remplacé par l'identifiant de la fiche.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/parsing.py" line="72" />
      <source>{what} answered with a web page instead of data.</source>
      <translation>{what} a répondu par une page web au lieu de données.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ogc/capabilities.py" line="341" />
      <source>{what} did not send a capabilities document.</source>
      <translation>{what} n'a pas envoyé de document de capacités.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="191" />
      <source>{what} has no valid schema_version.</source>
      <translation>{what} n'a pas de schema_version valide.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/parsing.py" line="86" />
      <source>{what} reported an error: {detail}</source>
      <translation>{what} a signalé une erreur : {detail}</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ogc/server_styles.py" line="88" />
      <source>{what} sent a style description without any style.</source>
      <translation>{what} a envoyé une description de style sans aucun style.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/parsing.py" line="43" />
      <source>{what} sent an XML document with entity declarations, refused for safety.</source>
      <translation>{what} a envoyé un document XML avec des déclarations d'entités, refusé par sécurité.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/parsing.py" line="69" />
      <source>{what} sent an empty answer.</source>
      <translation>{what} a envoyé une réponse vide.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/parsing.py" line="50" />
      <source>{what} sent an unreadable XML document.</source>
      <translation>{what} a envoyé un document XML illisible.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/net/parsing.py" line="111" />
      <source>{what} sent invalid JSON.</source>
      <translation>{what} a envoyé un JSON invalide.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/ogc/server_styles.py" line="70" />
      <source>{what} sent no style description (SLD).</source>
      <translation>{what} n’a envoyé aucune description de style (SLD).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/converters.py" line="194" />
      <source>{what} uses format {version}, which this version of the plugin cannot read: update the plugin.</source>
      <translation>{what} est au format {version}, que cette version de l'extension ne sait pas lire : mettez l'extension à jour.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="373" />
      <source>{year}: {covered} covered of {whole}; not covered by the published OCS GE²: {missing}.</source>
      <translation>{year} : {covered} couverts sur {whole} ; non couvert par l'OCS GE² publiée : {missing}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/ocs/panel.py" line="375" />
      <source>{year}: {covered}, the whole territory.</source>
      <translation>{year} : {covered}, tout le territoire.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/widgets.py" line="77" />
      <source>– {time} on your clock</source>
      <translation>– {time} à votre horloge</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="49" />
      <source>“{text}” is not the exact name of a territory: did you mean {names}?</source>
      <translation>« {text} » n'est pas le nom exact d'un territoire : vouliez-vous dire {names} ?</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/territories.py" line="51" />
      <source>“{text}” matches several territories: {names}. Choose one or type its code.</source>
      <translation>« {text} » correspond à plusieurs territoires : {names}. Choisissez-en un ou tapez son code.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/legacy.py" line="207" />
      <source>“{title}” cannot be turned into a layer.</source>
      <translation>« {title} » ne peut pas devenir une couche.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/legacy.py" line="198" />
      <source>“{title}” has an address that is not an http(s) address.</source>
      <translation>« {title} » a une adresse qui n'est pas une adresse http(s).</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/pcrs/entries.py" line="75" />
      <source>“{title}” is published by no WFS service.</source>
      <translation>« {title} » n'est publiée par aucun service WFS.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/pcrs/entries.py" line="70" />
      <source>“{title}” is published by no image service.</source>
      <translation>« {title} » n'est publiée par aucun service d'images.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/legacy.py" line="196" />
      <source>“{title}” lacks the parameter(s) {names}.</source>
      <translation>Il manque à « {title} » le(s) paramètre(s) {names}.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/legacy.py" line="194" />
      <source>“{title}” must be inside a usable {parent} node.</source>
      <translation>« {title} » doit se trouver dans un nœud {parent} utilisable.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/trees/legacy.py" line="204" />
      <source>“{title}” names a local file: only an http(s) address or a file shipped with the plugin is accepted.</source>
      <translation>« {title} » désigne un fichier local : seule une adresse http(s) ou un fichier fourni avec l'extension est accepté.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/core/community/source.py" line="94" />
      <source>… and {count} more.</source>
      <translation>… et {count} de plus.</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="98" />
      <source>…or territory as WKT (Lambert-93, or prefixed EPSG:xxxx;)</source>
      <translation>…ou territoire en WKT (Lambert-93, ou préfixé par EPSG:xxxx;)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/processing/ocs_algorithms.py" line="100" />
      <source>…or territory code (commune:54395, epci:245400676, departement:54)</source>
      <translation>…ou code du territoire (commune:54395, epci:245400676, departement:54)</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/integration/help_viewer.py" line="65" />
      <source>◀ &amp;Back</source>
      <translation>◀ &amp;Retour</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/community/scenario_player.py" line="207" />
      <source>◀ &amp;Previous step</source>
      <translation>◀ Étape &amp;précédente</translation>
    </message>
    <message>
      <location filename="../datagrandest_plugin/gui/settings/options_page.py" line="362" />
      <source>✓ {protocol}, answered in {ms} ms.</source>
      <translation>✓ {protocol}, réponse en {ms} ms.</translation>
    </message>
  </context>
</TS>
