"""Organisations named by their head word: universities, hospitals, international organisations
(docs/typing.md rule 146).

"at Maastricht University", "from Airlangga University Hospital", "developed by Ocean University of
China", "the International Maritime Organisation": the head word makes the capitalised words before
(or after "University of") an organisation's name. The same heads end dataset names ("Pavia
University", "the Noor Eye Hospital (NEH) dataset", "Temple University Hospital (TUH) Abnormal EEG
dataset"), so a name counts only when

- a university or hospital stands after "at / from / by / of" (where a paper says where something was
  done or who made it, not what it was evaluated on: "on the Pavia University and Salinas datasets");
- the name ends there: no capitalised word or data word follows, after an optional "(ACR)"
  ("from Iranian University Entrance Exams", "the Simon Fraser University Speech Error Database");
- no word before the head is a demonym ("a Finnish University", "Brazilian University Entrance Exams");
- it is in the abstract, not the title-cased title ("Optimizing Hospital Capacity During Pandemics").

>>> t = "Patients were seen at Lausanne University Hospital (CHUV). We tested it at Maastricht University."
>>> [c.name for c in org_candidates(t, 0)]
['Lausanne University Hospital', 'Maastricht University']
>>> [c.name for c in org_candidates("data from the University of California, Berkeley, and Meta", 0)]
['University of California']
>>> org_candidates("It was tested on the Temple University Hospital (TUH) Abnormal EEG dataset.", 0)
[]
>>> org_candidates("data from the University of Leeds Driving Simulator and Eye Hospital for Children", 0)
[]
>>> org_candidates("Results of University-1652 and of the University improve.", 0)
[]
>>> org_candidates("questions from Iranian University Entrance Exams and the Pavia University data.", 0)
[]
>>> t = "images from the First Affiliated Hospital of Nanjing Medical University"
>>> [c.name for c in org_candidates(t, 0)]
['First Affiliated Hospital of Nanjing Medical University']
>>> [c.name for c in org_candidates("Rules of the International Civil Aviation Organization apply.", 0)]
['International Civil Aviation Organization']
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.org_defined import defined_org_candidates

__all__ = ["org_candidates"]

# "Lausanne", "Zürich", "Wilfrid-Laurier", "UCL"
_CAP = r"(?:[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?|[A-Z]{2,5})"
_PLACE = rf"{_CAP}(?: {_CAP}){{0,3}}"
_UNIVERSITY = re.compile(
    r"\b(?:at|from|by|of) (?:the |The )?(?P<name>"
    rf"(?:{_PLACE} )?University(?: Hospital)?(?: of (?:the )?{_CAP}(?: {_CAP})?)?"
    rf"|{_PLACE} (?:Hospitals?|Medical Center|Medical Centre)(?: of (?:the )?{_PLACE} University)?"
    r")\b"
)
_INTERNATIONAL = re.compile(
    rf"\b(?P<name>(?:International|World|United|European) {_CAP}(?: (?:and )?{_CAP}){{0,3}} "
    r"(?:Organization|Organisation|Agency))\b"
)
# what may not follow the name: a longer capitalised name, or a word that makes it data
_CONTINUES = re.compile(
    r"(?: \([A-Za-z][\w\-]{0,11}\))?"
    r"(?:'s [A-Z]|[\-/\d\\]| [A-Z0-9]| for [A-Z]"
    r"| (?:dataset|datasets|database|data|corpus|benchmark|challenge)\b)"
)
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|ic|an)$")
# place names ending in a demonym-like suffix that universities are named after
_PLACES_IN_AN = frozenset(("Michigan", "Wisconsin", "Taiwan", "Sichuan", "Wuhan", "Jinan", "Hunan", "Oman"))
_NOT_FIRST = frozenset(
    ("University", "Hospital", "Medical", "Clinical", "Anonymous", "Private", "The", "A", "An", "Our", "This")
)


def _name_ok(name: str) -> bool:
    words = name.split()
    head = words.index("University") if "University" in words else len(words) - 1
    before = words[:head]
    if len(words) == 1:
        return False  # "University-1652" (a dataset), a bare "University"
    if any(_DEMONYM.search(w) and w not in _PLACES_IN_AN for w in before):
        return False
    return not before or before[0] not in _NOT_FIRST


def org_candidates(text: str, title_len: int) -> list[Candidate]:
    """Universities, hospitals and international organisations named by their head word (rule 146), and
    public bodies defined with an acronym (rule 260, :mod:`kg.extract.org_defined`)."""
    defined = defined_org_candidates(text, title_len)
    if (
        "University" not in text
        and "Hospital" not in text
        and "Medical Cent" not in text
        and ("Organi" not in text and "Agency" not in text)
    ):
        return defined
    out = []
    for pattern in (_UNIVERSITY, _INTERNATIONAL):
        for match in pattern.finditer(text, title_len):
            start, end = match.span("name")
            name = text[start:end]
            if _CONTINUES.match(text, end) or not _name_ok(name):
                continue
            out.append(Candidate(start, end, "organization", name, confidence=0.7, rule="cue.org_head"))
    spans = [(c.start, c.end) for c in out]
    return out + [c for c in defined if not any(s < c.end and c.start < e for s, e in spans)]
