import logging

import pytest

from datagrandest_plugin.core.errors import BadAnswer
from datagrandest_plugin.core.net.parsing import check_answer, clean_text, parse_json, parse_xml


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


def test_owslibs_default_parser_is_made_safe_in_the_thread_that_parses(tmp_path):
    """OWSLib calls ``etree.fromstring`` without a parser: lxml's default one, which lxml keeps per thread."""
    import threading

    from lxml import etree

    from datagrandest_plugin.core.net.parsing import use_safe_default_parser

    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    body = f'<!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]><r>&x;</r>'.encode()
    seen = {}

    def worker():
        use_safe_default_parser()
        seen["text"] = etree.tostring(etree.fromstring(body))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert b"TOPSECRET" not in seen["text"]


@pytest.mark.parametrize("body", [
    b'<?xml version="1.0"?><!DOCTYPE WMT_MS_Capabilities SYSTEM "x.dtd" [<!ELEMENT VendorSpecificCapabilities EMPTY>]>'
    b'<WMT_MS_Capabilities version="1.1.1"/>',
    b"<!-- " + b"x" * 5000 + b" -->\n<!DOCTYPE r [<!ELEMENT r ANY>]><r/>",
])
def test_a_doctype_declaring_only_elements_is_read(body):
    assert parse_xml(body) is not None


@pytest.mark.parametrize("body", [
    '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE r [<!ENTITY a "b">]><r>&a;</r>'.encode("utf-16"),
    b"<!-- " + b"x" * 5000 + b' -->\n<!DOCTYPE r [<!ENTITY a "b">]><r>&a;</r>',
    b'<!DOCTYPE r [<!ELEMENT r ANY><!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]><r/>',
])
def test_entities_are_refused_whatever_the_encoding_or_what_comes_first(body):
    with pytest.raises(BadAnswer, match="entity"):
        parse_xml(body)


def test_the_cause_of_an_unreadable_answer_is_logged_before_the_sentence_replaces_it(caplog):
    with caplog.at_level(logging.INFO, logger="datagrandest"):
        with pytest.raises(BadAnswer) as raised:
            parse_xml(b"<root><unclosed></root>", "Le test")
        with pytest.raises(BadAnswer):
            parse_json(b"{not json", "Le test")
    assert raised.value.__cause__ is None and raised.value.__suppress_context__, "the user reads one sentence"
    causes = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert any("XMLSyntaxError" in c for c in causes), causes
    assert any("JSONDecodeError" in c for c in causes), causes


@pytest.mark.parametrize("body", [b"", b" ", b"\n\r\n\t  \n"])
def test_an_empty_or_blank_answer_is_one_sentence(body):
    with pytest.raises(BadAnswer, match="empty answer"):
        check_answer(body, "Le service WMS")


def test_a_document_ending_with_a_newline_is_read():
    assert check_answer(b"<a/>\n", "Le service WMS") == "Le service WMS"
