import pytest

from datagrandest_plugin.core.errors import BadAnswer
from datagrandest_plugin.core.parsing import clean_text, parse_json, parse_xml


def test_good_xml_is_parsed():
    root = parse_xml(b'<?xml version="1.0"?><Capabilities version="2.0.2"/>')
    assert root.get("version") == "2.0.2"


def test_external_entity_is_refused_and_file_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    body = f'<!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]><r>&x;</r>'.encode()
    with pytest.raises(BadAnswer) as error:
        parse_xml(body)
    assert "TOPSECRET" not in error.value.message


def test_entity_bomb_is_refused():
    body = b'<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><l>&b;</l>'
    with pytest.raises(BadAnswer):
        parse_xml(body)


def test_html_page_and_exception_report_have_their_own_sentence():
    with pytest.raises(BadAnswer, match="web page"):
        parse_xml(b"<!DOCTYPE html><html><body>login</body></html>")
    report = (b'<ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows"><ows:Exception>'
              b"<ows:ExceptionText>Layer\n\t unknown</ows:ExceptionText></ows:Exception></ows:ExceptionReport>")
    with pytest.raises(BadAnswer, match="Layer unknown"):
        parse_xml(report)


def test_json_errors():
    assert parse_json(b'\xef\xbb\xbf{"a": 1}') == {"a": 1}
    for body in (b"", b"{broken", b"<html><body/></html>", b"\xff\xfe"):
        with pytest.raises(BadAnswer):
            parse_json(body)


def test_clean_text_bounds_and_strips_control_characters():
    text = clean_text("a\x00b\n\tc" + "x" * 500, limit=20)
    assert "\x00" not in text and "\n" not in text and len(text) == 20
