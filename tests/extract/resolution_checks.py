"""A check the resolution property tests share: one result in any paper order, and stable when re-run."""

from __future__ import annotations

import random
from collections.abc import Sequence

from kg.extract.lexicon import Lexicon
from kg.model import Mention, Paper
from kg.resolve.resolver import Resolution, resolve


def resolved_alike(
    docs: Sequence[tuple[Paper, Sequence[Mention]]], rnd: random.Random, lexicon: Lexicon
) -> Resolution:
    """``resolve(docs)``, asserted order-independent (``docs`` shuffled by ``rnd`` give the same entities
    and mentions) and idempotent (resolving its own output changes nothing)."""
    shuffled = list(docs)
    rnd.shuffle(shuffled)
    a, b = resolve(docs, lexicon=lexicon), resolve(shuffled, lexicon=lexicon)
    assert a.entities == b.entities
    assert sorted(a.docs, key=lambda d: d[0].id) == sorted(b.docs, key=lambda d: d[0].id)
    again = resolve(a.docs, lexicon=lexicon)
    assert again.docs == a.docs and again.entities == a.entities
    return a
