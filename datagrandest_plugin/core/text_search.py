"""Accent- and case-insensitive text matching, fast enough for every keystroke.

Each searchable item keeps a precomputed key (``search_key``): filtering then
is only substring tests on plain ASCII-folded strings.
"""

import unicodedata

_LIGATURES = (("œ", "oe"), ("Œ", "oe"), ("æ", "ae"), ("Æ", "ae"), ("ß", "ss"), ("’", "'"))


def normalise(text) -> str:
    """Lower case, no accents, ligatures spelled out, spaces collapsed."""
    return " ".join(_fold(str(text or "")).split())


def _fold_slowly(text: str) -> str:
    """``normalise`` but the spaces, for any text: ligatures spelled out, decomposed accents and other
    non-Latin marks dropped (the query is folded the same way)."""
    if not text.isascii():
        for ligature, spelled in _LIGATURES:
            if ligature in text:
                text = text.replace(ligature, spelled)
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return text.casefold()


def _latin1_table():
    """What ``_fold_slowly`` makes of each Latin-1 character, as one byte table: the character it
    becomes, or none (deleted). The few it spells as several (ß, æ, ¼...) and the spaces ``str.split``
    sees beside " " and line breaks (tabs...) become NUL, which no text holds: a sign to fold slowly."""
    table, deleted = bytearray(range(256)), bytearray()
    for code in range(256):
        folded = _fold_slowly(chr(code))
        if code == 0 or (folded.isspace() and folded not in " \n") or len(folded) > 1:
            table[code] = 0
        elif folded:
            table[code] = ord(folded)
        else:
            deleted.append(code)
    return bytes(table), bytes(deleted)


_TABLE, _DELETED = _latin1_table()


def _fold(text: str) -> str:
    folded = _fold_latin1(text)
    return _fold_slowly(text) if folded is None else folded


def _fold_latin1(text: str):
    """``_fold_slowly`` of a Latin-1 text holding no other space than " " and line breaks, by one byte
    table (French text is Latin-1 but for a few signs: œ, ’), else None. A services tree makes a key
    for each of its thousands of layers: the Unicode path cost 3 µs each."""
    try:
        folded = text.encode("latin-1").translate(_TABLE, _DELETED)
    except UnicodeEncodeError:
        return None
    return None if b"\0" in folded else folded.decode("latin-1")  # ASCII by now


def search_key(*parts) -> str:
    """One string holding every searchable part, each folded as ``normalise`` folds it, one per line
    (so terms do not straddle two parts).

    The parts are folded in one call (a services tree builds thousands of keys), then split again
    only when spaces are to be collapsed."""
    parts = [p if isinstance(p, str) else str(p) for p in parts if p]
    folded = _fold_latin1("\n".join(parts))
    if folded is None or folded.count("\n") != len(parts) - 1:  # other signs, or a part holds a line break
        return "\n".join(normalise(p) for p in parts)
    if "  " in folded or " \n" in folded or "\n " in folded or folded[:1] == " " or folded[-1:] == " ":
        return "\n".join(" ".join(line.split()) for line in folded.split("\n"))
    return folded


def query_terms(query) -> list:
    """The words of a user query, each to be found somewhere in the key."""
    return normalise(query).split()


def matches(key: str, terms) -> bool:
    for term in terms:
        if term not in key:
            return False
    return True
