r"""The cue "the X dataset" (:func:`kg.extract.patterns.head_candidates`) scanned from its head words.

``HEAD_AFTER`` matches a cue word ("the", "on", "of", "in", "from", "and", "using", "with", "both"), a name
and a head word ("dataset", "model", …). A full ``finditer`` tries it at every white-space character of
the text (~200 an abstract, ~1.5-2% of extraction); :func:`head_after` tries it only before each head
word the text holds (a few an abstract), and returns exactly the matches of
``list(HEAD_AFTER.finditer(text))`` (docs/evaluation.md, "Session 15, speed").

Why that is exact. Every match ends with white space, a head word and a word boundary, so it ends at an
*occurrence* of a head word (white space before it, no word character after it). Its name is one to six
tokens joined by single spaces or " of " / " for ", each token holding no white space and every token but
the first starting with a capital or digit; a head word (lower case, neither "of" nor "for") can therefore
neither stand inside a name nor start one, so a match ending at an occurrence starts after the previous
occurrence's end. Walking back from the occurrence over the space-delimited chunks before it, the name can
reach no further back than the first chunk that cannot stand inside a name (empty, or not starting with a
capital or digit and not "of" / "for"), nor further than eleven chunks (six tokens, five joining words):
:func:`_name_floor` (and where the word right before the head is a plain lower-case word, no name ends
there at all: each of its tokens holds a capital or digit). So the occurrences are taken in order, and
the pattern is searched from the latest of those two bounds and the end of the last match, with the text
cut after the occurrence's head word (the character there is no word character, so no match can end at
the cut; every match that ends at the occurrence lies wholly before it). Searching the cut text finds the
leftmost match ending at the occurrence, which is the leftmost match of the full scan after the last
one, or none.

>>> t = "We evaluate on the Penn Treebank dataset and on both COCO and LVIS benchmarks."
>>> [m.group("name", "head") for m in head_after(t)]
[('Penn Treebank', 'dataset'), ('LVIS', 'benchmarks')]
>>> [m.span() for m in head_after(t)] == [m.span() for m in HEAD_AFTER.finditer(t)]
True
"""

from __future__ import annotations

import re

from kg.extract.anchored import places
from kg.extract.text_words import cue_forms, present

__all__ = ["HEAD_AFTER", "HEAD_WORDS", "head_after"]

# ("[a-z]++": possessive, since only a full lower-case run can be followed by [A-Z0-9]; it spares the
# regex engine a backtrack through every lower-case word after a cue.)
_TOK = r"[A-Z0-9][\w+.\-/]*[\w+]|[a-z]++[A-Z0-9](?:[\w+.\-/]*[\w+])?|[A-Z0-9]"
# A name: one token, or up to six capitalised / name-shaped tokens (joined by spaces or "of"/"for").
NAME = rf"(?:{_TOK})(?: (?:of |for )?(?:[A-Z0-9][\w+.\-/]*[\w+]|[A-Z])){{0,5}}"
# The head words, each written whole (a longer form before its prefix: "datasets" before "dataset").
HEAD_WORDS = (
    "datasets", "dataset", "corpus", "corpora", "benchmarks", "benchmark", "models", "model", "framework",
    "metric", "challenge", "treebank", "leaderboard", "suite", "architecture", "algorithm", "method", "task",
)  # fmt: skip
# "\b(?:the|on|of|in|from|and|using|with|both)\s(?P<name>…)", matched from the space after the cue word
# (the engine skips ahead to spaces, and only a space before a name-like word goes on to the look-behinds).
HEAD_AFTER = re.compile(
    r"\s(?=[A-Z0-9]|[a-z]++[A-Z0-9])(?<=[efmdghn]\s)(?:(?<=\bthe\s)|(?<=\bo[nf]\s)|(?<=\bin\s)|(?<=\bfrom\s)|"
    r"(?<=\band\s)|(?<=\busing\s)|(?<=\bwith\s)|(?<=\bboth\s))"
    rf"(?P<name>{NAME})\s"
    rf"(?P<head>{'|'.join(HEAD_WORDS)})\b"
)
_HEAD_FORMS = cue_forms({word: word for word in HEAD_WORDS})  # a head word is a token of the text
_CHUNKS = 11  # a name's space-delimited chunks at most: six tokens and five joining words
_INNER_START = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # what a name's later token starts with


def head_after(text: str) -> list[re.Match[str]]:
    """``list(HEAD_AFTER.finditer(text))``, tried only before the text's head words (see the module)."""
    occurrences = _occurrences(text)
    out: list[re.Match[str]] = []
    done = 0  # no match starts before: the end of the last match or of the last occurrence
    for space, end in occurrences:
        last = text[text.rfind(" ", 0, space) + 1 : space]  # the word before: _name_floor's first chunk
        if not (last.isalpha() and last.islower()):  # else _name_floor gives ``space``: no name ends here
            begin = max(done, _name_floor(text, space))
            if begin < space and (match := HEAD_AFTER.search(text, begin, end + 1)) is not None:
                out.append(match)
        done = end
    return out


# A plural head word holds its singular: where the text holds both, one pass finds the places of both.
_PLURAL = {"dataset": "datasets", "benchmark": "benchmarks", "model": "models"}
_SINGULAR = {plural: word for word, plural in _PLURAL.items()}


def _occurrences(text: str) -> list[tuple[int, int]]:
    """The (space before, end) of each occurrence of a head word the text holds (white space before it, no
    word character after it), sorted.

    Where the text holds a head word and its plural, the places of the plural are places of the singular, so
    the singular's pass finds both: at each place, no word character after the singular makes it one, an
    "s" there and no word character after the "s" makes it the plural (the two exclude each other, "s" being
    a word character); the plural's own pass is left out. The list is the same, sorted.

    >>> t = "Our model beats models, modelling and the COCO dataset."
    >>> _occurrences(t)
    [(3, 9), (15, 22), (46, 54)]
    """
    words = present(text, _HEAD_FORMS)
    out = []
    for word in words:
        if _SINGULAR.get(word) in words:
            continue  # found by its singular's pass
        plural = _PLURAL.get(word)
        both = plural is not None and plural in words
        size = len(word)
        for at in places(text, word, 1):
            if not text[at - 1].isspace():
                continue
            if not _word_char(text, at + size):
                out.append((at - 1, at + size))
            elif both and text[at + size] == "s" and not _word_char(text, at + size + 1):
                out.append((at - 1, at + size + 1))
    out.sort()
    return out


def _word_char(text: str, at: int) -> bool:
    """Whether ``text[at]`` is a word character (``\\w``: what ``\\b`` reads); False at the end."""
    return at < len(text) and (text[at].isalnum() or text[at] == "_")


def _name_floor(text: str, space: int) -> int:
    """A position no match whose name ends at ``space`` starts before (see the module); ``space`` itself when
    the word before it is a plain lower-case word (no name holds one as its last token).

    >>> t = "We use the proposed model and the Foo of Bar Set model."
    >>> _name_floor(t, t.index(" model")), _name_floor(t, t.rindex(" model"))
    (19, 29)
    """
    at = space
    for k in range(_CHUNKS):
        before = text.rfind(" ", 0, at)
        chunk = text[before + 1 : at]
        if k == 0 and chunk.isalpha() and chunk.islower():
            return space  # "the proposed model": every token of a name holds a capital or digit
        if before < 0:
            return 0
        if not chunk or not (chunk[0] in _INNER_START or chunk in ("of", "for")):
            return before  # the name starts in this chunk or after it
        at = before
    return at
