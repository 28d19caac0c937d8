"""The shipped OCS QML styles match the nomenclature table, and QML expressions classify like Python."""

import itertools

import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsFields, QgsField, QgsVectorLayer

from datagrandest_plugin.core.layers.field_types import field_type
from datagrandest_plugin.core.ocs.nomenclature import READINGS, hex_to_rgb

FIELDS = ("code_niv1", "code_niv4", "code_cs", "code_us")
CS = ["CS1.1.1.1", "CS1.1.1.2", "CS1.1.2.1", "CS1.1.2.2", "CS1.2.1", "CS1.2.2", "CS2.1.1.1", "CS2.1.2", "CS2.2.1",
      "CS2.2.2", "", None]
US = ["US1.1", "US1.2", "US1.3", "US2", "US235", "US3", "US4.1.1", "US5", "US6.1", "US6.3", "", None]


@pytest.mark.parametrize("reading", READINGS, ids=[r.key for r in READINGS])
def test_qml_matches_the_table(qgis_app, reading):
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:2154&" + "&".join(f"field={f}:string" for f in FIELDS), "t", "memory")
    message, ok = layer.loadNamedStyle(str(reading.qml_path))
    assert ok, message
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol"
    assert renderer.classAttribute() == reading.expression()
    categories = {c.value(): c for c in renderer.categories()}
    for cls in reading.classes:
        category = categories[cls.code]
        assert category.label() == cls.label
        color = category.symbol().color()
        assert (color.red(), color.green(), color.blue()) == hex_to_rgb(cls.color)
    assert "" in categories  # every other code still drawn, in grey


@pytest.mark.parametrize("reading", [r for r in READINGS if r.rules], ids=[r.key for r in READINGS if r.rules])
def test_qgis_expression_classifies_like_python(qgis_app, reading):
    fields = QgsFields()
    for name in FIELDS:
        fields.append(QgsField(name, field_type("String")))
    expression = QgsExpression(reading.expression())
    assert not expression.hasParserError(), expression.parserErrorString()
    checked = 0
    for cs, us, niv1 in itertools.product(CS, US, ["1", "2", "3", "4", None]):
        attributes = {"code_cs": cs, "code_us": us, "code_niv1": niv1, "code_niv4": None}
        feature = QgsFeature(fields)
        feature.setAttributes([attributes[name] for name in FIELDS])
        context = QgsExpressionContext()
        context.setFeature(feature)
        assert expression.evaluate(context) == reading.class_of(attributes), attributes
        checked += 1
    assert checked == 12 * 12 * 5
