"""Correlation coefficients named by their inventor's surname (docs/typing.md rule 116).

The lexicon knows the Pearson, Spearman and Kendall coefficients by their usual names ("Pearson
correlation", "Spearman's rho", "Kendall's tau"); abstracts also report them in shorter or looser forms
that no alias can list: a statistic symbol after the surname ("Pearson r = 0.98", "Spearman $\\rho=0.63$",
"Kendall-$\\tau$ of 56.43", "Spearman's $r_s$=0.85"), the plural ("Spearman correlations of up to
0.85"), a qualifier ("Pearson linear correlation coefficient", "Spearman rank-order correlation"),
several surnames sharing one head ("Pearson and Spearman correlations of 0.92 and 0.90",
"Pearson/Spearman correlations") or a bare surname with a value ("(Spearman = 0.71)"). Each is the
lexicon's coefficient of that surname (``rule="metric.correlation"``).

The surname alone names nothing: "Karl Pearson", "Pearson Education" or a loss built on the coefficient
("Pearson correlation loss", "Spearman correlation-based selection") link no metric.

>>> [(c.name, t[c.start:c.end]) for t in ["It reaches Pearson r = 0.98 and Spearman $\\\\rho=0.9$."]
...  for c in correlation_candidates(t)]
[('Pearson Correlation Coefficient', 'Pearson r'), ("Spearman's Rank Correlation", 'Spearman')]
>>> t = "It gets Pearson and Spearman correlations of 0.92 and 0.90."
>>> [t[c.start:c.end] for c in correlation_candidates(t)]
['Pearson', 'Spearman correlations']
>>> correlation_candidates("We add a Pearson correlation loss; Karl Pearson wrote it.")
[]
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate

__all__ = ["correlation_candidates"]

_RULE = "metric.correlation"
_ENTITIES = {
    "pearson": ("Pearson Correlation Coefficient", "metric:pearson-correlation-coefficient"),
    "spearman": ("Spearman's Rank Correlation", "metric:spearmans-rank-correlation"),
    "kendall": ("Kendall's Tau", "metric:kendalls-tau"),
}
_NAME = r"(?:Pearson|Spearman|Kendall)(?:'s|’s)?"
_QUALIFIER = r"(?:[\s-]+(?:[Rr]ank(?:[\s-][Oo]rder)?|[Ll]inear|[Pp]roduct[\s-][Mm]oment))?"
_HEAD = r"[\s-]+(?:[Cc]orrelations?(?:[\s-]+[Cc]oefficients?)?|[Cc]oefficients?)"
# a statistic symbol, plain or in LaTeX: r (only before a value or a closing mark), rho, tau, r_s, tau-b
_SYMBOL = (
    r"(?:[\s-]*\$\s*\\?(?:rho|tau|r|ρ|τ)(?:_\{?s\}?)?\b(?:\s*\$)?"
    r"|[\s-]*(?:ρ|τ)|\s+(?:[Rr]ho|[Tt]au)(?:-b)?\b"
    r"|\s+r(?:_s)?(?=\s*(?:[=<>≈~,;)]|\\approx|of\b)))"
)
_VALUE = r"(?=\s*(?:=|:)\s*\$?[-−+]?\d)"
_ITEM = re.compile(rf"(?<![\w-])(?P<name>{_NAME})(?:(?P<tail>{_QUALIFIER}{_HEAD}|{_SYMBOL})|{_VALUE})")
# "Pearson and Spearman correlations", "Pearson/Spearman correlations", "Kendall, Spearman, and Pearson …"
_SHARED = re.compile(
    rf"(?<![\w-])(?P<first>{_NAME})(?P<rest>(?:\s*(?:,|/|&|\band\b)\s*(?:and\s+)?{_NAME}(?:{_QUALIFIER})?)+)"
    rf"(?={_HEAD})"
)
_SURNAME = re.compile(_NAME)
_HEAD_AT = re.compile(_HEAD)
# what the coefficient is built into: no measure reported
_BUILT = re.compile(
    r"(?:[\s-]+(?:loss|losses|based|guided|driven|weighted|matrix|matrices|graphs?|networks?|filter\w*|"
    r"features?|distance|regulari[sz]\w*|penalty|objective|rewards?|tests?|Composite)\b)"
)


def correlation_candidates(text: str) -> list[Candidate]:
    """The Pearson, Spearman and Kendall coefficients in ``text`` (module docstring)."""
    if "Pearson" not in text and "Spearman" not in text and "Kendall" not in text:
        return []
    out: list[Candidate] = []
    for m in _ITEM.finditer(text):
        if _BUILT.match(text, m.end()):
            continue
        tail = m.group("tail") or ""
        end = m.end("name") if "$" in tail else m.end()  # "Pearson $r = 0.98$": the surname, not the TeX
        out.append(_candidate(m.group("name"), m.start(), end))
    for m in _SHARED.finditer(text):
        head = _HEAD_AT.match(text, m.end())
        if head is None or _BUILT.match(text, head.end()):
            continue
        names = list(_SURNAME.finditer(text, m.start(), m.end()))
        for s in names[:-1]:
            out.append(_candidate(s.group(), s.start(), s.end()))  # "Pearson's and Spearman's …"
        out.append(_candidate(names[-1].group(), names[-1].start(), head.end()))
    unique = {(c.start, c.end): c for c in out}
    return sorted(unique.values(), key=lambda c: (c.start, c.end))


def _candidate(name: str, start: int, end: int) -> Candidate:
    canonical, key = _ENTITIES[name.rstrip("'s’").lower()]
    return Candidate(start, end, "metric", canonical, key, confidence=0.75, rule=_RULE)
