"""Accent- and case-insensitive text matching, fast enough for every keystroke.

Each searchable item keeps a precomputed key (``search_key``): filtering then
is only substring tests on plain ASCII-folded strings.
"""

import unicodedata

_LIGATURES = (("œ", "oe"), ("Œ", "oe"), ("æ", "ae"), ("Æ", "ae"), ("ß", "ss"), ("’", "'"))


def normalise(text) -> str:
    """Lower case, no accents, ligatures spelled out, spaces collapsed."""
    text = str(text or "")
    if not text.isascii():
        # decomposed accents and other non-Latin marks are dropped (the query is folded the same way)
        for ligature, spelled in _LIGATURES:
            if ligature in text:
                text = text.replace(ligature, spelled)
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(text.casefold().split())


def search_key(*parts) -> str:
    """One string holding every searchable part, separated so terms do not straddle two parts."""
    return "\n".join(normalise(p) for p in parts if p)


def query_terms(query) -> list:
    """The words of a user query, each to be found somewhere in the key."""
    return normalise(query).split()


def matches(key: str, terms) -> bool:
    for term in terms:
        if term not in key:
            return False
    return True
