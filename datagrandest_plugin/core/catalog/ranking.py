"""Relevance of catalogue results for French queries: words folded, plurals and small words aside.

The catalogues are asked with the meaningful words of the query, each reduced
to its singular ("communes" -> "commune", so that "%commune%" finds both) and
without the small words ("occupation du sol" -> "occupation", "sol"). The
records then are ordered here, the same for every catalogue and protocol: a
word in the title counts most, then in the keywords, then in the abstract; a
title that starts with the query, then a shorter title, come first.
The fixed queries of ``tests/e2e/test_search_ranking.py`` (listed in the
user guide) show any change of this order.
"""

from typing import List

from ..text_search import normalise
from .models import CatalogRecord

STOP_WORDS = frozenset("""a au aux avec d de des du en et l la le les par pour sur un une dans ou""".split())


def _singular(word: str) -> str:
    """French plural marks off a word of more than three letters (communes, réseaux → réseau)."""
    if len(word) > 4 and word.endswith("aux"):
        return word[:-1]
    if len(word) > 3 and word[-1] in "sx" and not word.endswith("ss"):
        return word[:-1]
    return word


def server_terms(text: str) -> List[str]:
    """The words to send to a catalogue, as typed (accents kept: the server compares them), singular."""
    words = []
    for word in text.replace("'", " ").replace("’", " ").split():
        if normalise(word) in STOP_WORDS:
            continue
        words.append(_singular(word))
    return words or text.split()


def folded_terms(text: str) -> List[str]:
    return [normalise(word) for word in server_terms(text)]


def score(record: CatalogRecord, terms: List[str]) -> float:
    title = normalise(record.title)
    keywords = normalise(" ".join(record.keywords + record.themes))
    abstract = normalise(record.abstract)
    title_words = title.replace("-", " ").split()
    value = 0.0
    for term in terms:
        if term in title:
            value += 4 + (1 if any(w.startswith(term) for w in title_words) else 0)
        if term in keywords:
            value += 2
        if term in abstract:
            value += 1
    if terms and title.startswith(terms[0]):
        value += 3
    return value - len(title) / 1000.0  # a shorter title first, all else equal


def rank(records: List[CatalogRecord], text: str) -> List[CatalogRecord]:
    """The records, most relevant to ``text`` first (stable: equal records keep their order)."""
    terms = folded_terms(text)
    if not terms:
        return list(records)
    return sorted(records, key=lambda r: -score(r, terms))
