"""The roles the whole extractor gives a text's names: one helper for the roles-round tests.

>>> roles_of("We propose GlorpNet, a model for parsing.")["GlorpNet"]
'introduced'
"""

from __future__ import annotations

from kg.extract import extract_text


def roles_of(text: str, title: str = "") -> dict[str, str]:
    """Each mention's text (white space collapsed) and its role; ``introduced`` wins over ``used``."""
    out: dict[str, str] = {}
    for m in extract_text(text, title=title):
        name = " ".join(m.text.split())
        if out.get(name) != "introduced":
            out[name] = m.role
    return out
