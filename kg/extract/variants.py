"""The spellings under which the lexicon matcher (``kg.extract.component``) finds a lower-case form.

Hyphens and spaces are one spelling ("self-supervised learning" / "self supervised learning"); a metric's
rate or score is the same measure in the plural ("success rates", "FID scores"), while other plurals are
mostly the things measured ("translation errors", "signal-to-noise ratios") and are not matched.
"""

from __future__ import annotations

__all__ = ["form_variants"]


def form_variants(form: str, kind: str = "") -> set[str]:
    """Spellings of a lower-case form: hyphens as spaces and back; a metric's rate or score in the plural.

    >>> sorted(form_variants("success rate", "metric")), len(form_variants("translation error", "metric"))
    (['success rate', 'success rates', 'success-rate', 'success-rates'], 2)
    """
    out = {form, form + "s"} if kind == "metric" and form.endswith(("rate", "score")) else {form}
    for one in list(out):
        if "-" in one:
            out.add(one.replace("-", " "))
        if " " in one and len(one.split()) <= 4:
            out.add(one.replace(" ", "-"))
    return out
