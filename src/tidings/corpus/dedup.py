"""Near-duplicate articles (the same wire story on many sites), found with MinHash LSH.

Articles are taken oldest first; each is compared, through locality-sensitive hashing of its word
5-shingles, with the originals seen before it, and linked to the most similar one when their
estimated Jaccard similarity reaches the threshold. Nothing is dropped: a duplicate keeps its
record and gains a link to its original, which is never itself a duplicate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

SHINGLE = 5         # words per shingle: long enough that shared phrases of news style do not match
THRESHOLD = 0.8     # estimated Jaccard of shingles from which two texts are the same story
PERMUTATIONS = 128
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Duplicate:
    article_id: str
    original_id: str
    similarity: float     # estimated Jaccard similarity of the two texts' shingles


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """The set of `size`-word shingles of `text` (case and punctuation ignored); one for a shorter text."""
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


def find_duplicates(articles: Iterable[tuple[str, str]], *, threshold: float = THRESHOLD) -> list[Duplicate]:
    """Each near-duplicate among `articles` ((id, text), oldest first), linked to its original."""
    lsh = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
    hashes: dict[str, MinHash] = {}
    found: list[Duplicate] = []
    for article_id, text in articles:
        if article_id in hashes:
            continue
        grams = shingles(text or "")
        if not grams:
            continue
        minhash = MinHash(num_perm=PERMUTATIONS)
        minhash.update_batch(list(grams))
        scored = sorted(((minhash.jaccard(hashes[c]), c) for c in lsh.query(minhash)), key=lambda p: (-p[0], p[1]))
        if scored and scored[0][0] >= threshold:
            similarity, original = scored[0]
            found.append(Duplicate(article_id, original, round(similarity, 4)))
            continue
        hashes[article_id] = minhash
        lsh.insert(article_id, minhash)
    return found
