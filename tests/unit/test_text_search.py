"""Accent- and case-blind search keys: every folding path gives what the definition gives."""

import unicodedata

from hypothesis import given, settings, strategies as st

from datagrandest_plugin.core.text_search import normalise, query_terms, search_key


def _definition(text: str) -> str:
    """Written here on its own: ligatures spelled out, Unicode's compatibility decomposition, marks and
    other non-ASCII signs dropped, case folded, spaces collapsed."""
    for ligature, spelled in (("œ", "oe"), ("Œ", "oe"), ("æ", "ae"), ("Æ", "ae"), ("ß", "ss"), ("’", "'")):
        text = text.replace(ligature, spelled)
    return " ".join(unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").casefold().split())


# French text is Latin-1 but for a few signs (œ, ’): the table's path, and every other path
_TEXT = st.text(alphabet=st.one_of(st.characters(max_codepoint=0xFF), st.sampled_from("œŒ’‘“”–—…€ﬁ\u0301\u00a0\u2003Ωжあ")))


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT, max_size=5))
def test_a_search_key_is_each_part_folded_as_the_definition_folds_it(parts):
    assert search_key(*parts) == "\n".join(_definition(part) for part in parts if part)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_normalise_and_query_terms_follow_the_definition(text):
    assert normalise(text) == _definition(text)
    assert query_terms(text) == _definition(text).split()


def test_every_latin1_character_folds_as_the_definition_says():
    for code in range(256):
        assert normalise(f"a{chr(code)}b") == _definition(f"a{chr(code)}b"), hex(code)
