"""Accent- and case-insensitive text matching, fast enough for every keystroke.

Each searchable item keeps a precomputed key (``search_key``): filtering then
is only substring tests on plain ASCII-folded strings.
"""

import unicodedata

_LIGATURES = (("œ", "oe"), ("Œ", "oe"), ("æ", "ae"), ("Æ", "ae"), ("ß", "ss"), ("’", "'"))


def normalise(text) -> str:
    """Lower case, no accents, ligatures spelled out, spaces collapsed."""
    return " ".join(_fold(str(text or "")).split())


def _fold(text: str) -> str:
    """``normalise`` but the spaces: character by character, so it can fold several parts at once."""
    if not text.isascii():
        # decomposed accents and other non-Latin marks are dropped (the query is folded the same way)
        for ligature, spelled in _LIGATURES:
            if ligature in text:
                text = text.replace(ligature, spelled)
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return text.casefold()


def search_key(*parts) -> str:
    """One string holding every searchable part, separated so terms do not straddle two parts.

    The parts are folded in one call (a services tree builds thousands of keys): joined by a
    character that folding keeps and no text holds, then split again."""
    parts = [str(p) for p in parts if p]
    joined = "\x00".join(parts)
    if joined.count("\x00") != len(parts) - 1:  # a part holds the separator: one at a time
        return "\n".join(normalise(p) for p in parts)
    return "\n".join(" ".join(part.split()) for part in _fold(joined).split("\x00"))


def query_terms(query) -> list:
    """The words of a user query, each to be found somewhere in the key."""
    return normalise(query).split()


def matches(key: str, terms) -> bool:
    for term in terms:
        if term not in key:
            return False
    return True
