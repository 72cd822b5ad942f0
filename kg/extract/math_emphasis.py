"""A name set in text-mode emphasis inside math dollars, read as the emphasis alone (docs/typing.md rule 501).

Abstracts written for LaTeX often wrap a paper's name in math mode around a text-mode command:
"we propose $\\textbf{ZapFormat}$, a novel dynamic pruning strategy", "we release
$\\texttt{Poly2Graph}$: a library". The discovery rules read "\\textbf{X}" as an emphasised name (rules
128, 130), but the dollar glued before it breaks every cue ("propose $"), so such a name was linked
nowhere. :func:`unwrap_math_emphasis` blanks the two dollars (a space each: offsets stay valid) when they
wrap one text-mode emphasis whole, standing apart from the words around it. A dollar glued to a word on
either side stays ("$\\textbf{L}$able-Free": the emphasis spells a letter of a word, rule 316); math
commands ("$\\mathbf{X}$", "$\\mathcal{R}$") stay math.

>>> unwrap_math_emphasis(r"we propose $\\textbf{ZapFormat}$, a novel strategy")
'we propose  \\\\textbf{ZapFormat} , a novel strategy'
>>> unwrap_math_emphasis(r"We propose $\\textbf{L}$able-Free $\\mathbf{X}$ and $\\textit{\\textsc{Y}}$.")
'We propose $\\\\textbf{L}$able-Free $\\\\mathbf{X}$ and  \\\\textit{\\\\textsc{Y}} .'
"""

from __future__ import annotations

import re

__all__ = ["unwrap_math_emphasis"]

# "$\textbf{X}$" (or one nested command: "$\textbf{\textsc{X}}$"), not glued to a word on either side
# (nor by a hyphen: "$ρ$-$\texttt{EOS}$" is one name)
_WRAPPED = re.compile(
    r"(?<![\w$\\\-])\$(\\(?:textbf|textit|textsc|texttt|emph)\{(?:\\[a-z]+\{)?[^{}$\\]{1,60}\}{1,2})\$(?![\w$\-])"
)


def unwrap_math_emphasis(text: str) -> str:
    """``text`` with the math dollars around a whole text-mode emphasis blanked (same length); gated by a
    substring test, so a text with no "$\\t" or "$\\e" is returned as it is."""
    if "$\\t" not in text and "$\\e" not in text:
        return text
    # not at the very start: a title that opens with "$\\texttt{BluePrint}$: A … Dataset" is read whole by the
    # title-prefix rule, which types it by its subtitle
    return _WRAPPED.sub(lambda m: f" {m.group(1)} " if m.start() else m.group(), text)
