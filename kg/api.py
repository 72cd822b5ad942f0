"""The Python graph API (public import path; it lives in :mod:`kg.query.api`)."""

from kg.query.api import *  # noqa: F403
from kg.query.api import __all__ as __all__
