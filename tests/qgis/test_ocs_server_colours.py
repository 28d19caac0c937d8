"""Cut OCS GE² features take the platform's colour of each class (its SLD for the reading) on the
bundled classes, and keep it in their GeoPackage; classes the server does not colour keep theirs."""

from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer

from datagrandest_plugin.core.ocs import store as ocs_store
from datagrandest_plugin.core.layers.field_types import field_type
from datagrandest_plugin.core.ocs.nomenclature import COUVERTURE, hex_to_rgb
from datagrandest_plugin.core.ogc.server_styles import ServerStyle, class_colours

SLD_1_1 = b"""<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" xmlns:se="http://www.opengis.net/se"
    xmlns:ogc="http://www.opengis.net/ogc" version="1.1.0"><NamedLayer><se:Name>ocs</se:Name><UserStyle>
  <se:Name>ocs_grand_est_cs_2021</se:Name><se:FeatureTypeStyle>
  <se:Rule><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>code_cs</ogc:PropertyName>
    <ogc:Literal>CS1.1.1.1</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
    <se:PolygonSymbolizer><se:Fill><se:SvgParameter name="fill">#123456</se:SvgParameter></se:Fill></se:PolygonSymbolizer>
  </se:Rule>
  <se:Rule><ogc:Filter><ogc:PropertyIsLike><ogc:PropertyName>code_cs</ogc:PropertyName>
    <ogc:Literal>CS2%</ogc:Literal></ogc:PropertyIsLike></ogc:Filter>
    <se:PolygonSymbolizer><se:Fill><se:SvgParameter name="fill">#654321</se:SvgParameter></se:Fill></se:PolygonSymbolizer>
  </se:Rule></se:FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>"""

SLD_1_0 = b"""<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    version="1.0.0"><NamedLayer><Name>ocs</Name><UserStyle><FeatureTypeStyle><Rule>
  <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>code_cs</ogc:PropertyName><ogc:Literal>CS1.2.2</ogc:Literal>
  </ogc:PropertyIsEqualTo></ogc:Filter>
  <PolygonSymbolizer><Fill><CssParameter name="fill">#ABCDEF</CssParameter></Fill></PolygonSymbolizer>
  </Rule></FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>"""


def test_class_colours_reads_the_rules_that_test_one_value():
    assert class_colours(ServerStyle(name="a", sld=SLD_1_1)) == {"CS1.1.1.1": "#123456"}  # the LIKE rule is not a class
    assert class_colours(ServerStyle(name="b", sld=SLD_1_0)) == {"CS1.2.2": "#abcdef"}
    assert class_colours(ServerStyle(name="c", sld=b"<html>not a style</html>")) == {}


def category_colours(layer):
    return {c.value(): c.symbol().color().name() for c in layer.renderer().categories()}


def test_the_bundled_classes_take_the_server_colours_and_keep_them_in_the_geopackage(qgis_app, tmp_path):
    memory = QgsVectorLayer("Polygon?crs=EPSG:2154", "cut", "memory")
    memory.dataProvider().addAttributes([QgsField("code_cs", field_type("String"))])
    memory.updateFields()
    feature = QgsFeature(memory.fields())
    feature.setAttributes(["CS1.1.1.1"])
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 10 0, 10 10, 0 0))"))
    memory.dataProvider().addFeatures([feature])
    colours = class_colours(ServerStyle(name="ocs_grand_est_cs_2021", sld=SLD_1_1))
    uri = ocs_store.write_layer(memory, tmp_path / "ocs.gpkg", "ocs_2021", "OCS 2021", str(COUVERTURE.qml_path),
                                colours=colours)
    reopened = category_colours(QgsVectorLayer(uri, "OCS 2021", "ogr"))  # the GeoPackage's default style
    assert reopened["CS1.1.1.1"] == "#123456"
    other = COUVERTURE.by_code()["CS1.2.2"]
    assert tuple(int(reopened["CS1.2.2"][i:i + 2], 16) for i in (1, 3, 5)) == hex_to_rgb(other.color)


def test_no_colour_of_the_server_leaves_the_bundled_style(qgis_app, tmp_path):
    memory = QgsVectorLayer("Polygon?crs=EPSG:2154&field=code_cs:string", "cut", "memory")
    bundled = ocs_store.write_layer(memory, tmp_path / "a.gpkg", "ocs_2021", "OCS 2021", str(COUVERTURE.qml_path))
    unknown = ocs_store.write_layer(memory, tmp_path / "b.gpkg", "ocs_2021", "OCS 2021", str(COUVERTURE.qml_path),
                                    colours={"CS9.9": "#000000"})
    before = category_colours(QgsVectorLayer(bundled, "OCS 2021", "ogr"))
    assert ocs_store.recolour(QgsVectorLayer(bundled, "OCS 2021", "ogr"), {}) == 0
    assert category_colours(QgsVectorLayer(unknown, "OCS 2021", "ogr")) == before
