"""The Neo4j compose file and Browser style are complete (no Docker engine here: checked as files)."""

from __future__ import annotations

import re
from pathlib import Path

from kg.schema import LABELS, REL_TYPES

DOCKER = Path(__file__).resolve().parents[2] / "docker"


def test_compose_runs_neo4j5_with_health_check_and_env_auth() -> None:
    text = (DOCKER / "compose.yaml").read_text()
    assert "image: neo4j:5-community" in text
    assert '"${NEO4J_BOLT_PORT:-7687}:7687"' in text and '"${NEO4J_HTTP_PORT:-7474}:7474"' in text
    assert 'NEO4J_AUTH: "neo4j/${NEO4J_PASSWORD:-kg-password}"' in text
    assert "cypher-shell" in text and "'RETURN 1'" in text
    assert 'NEO4J_PLUGINS: "${NEO4J_PLUGINS:-[]}"' in text  # APOC only when asked
    assert re.search(r"- kg-neo4j-data:/data", text)


def test_grass_styles_every_label_and_relationship_type() -> None:
    text = (DOCKER / "kg.grass").read_text()
    for label in LABELS:
        assert re.search(rf"node\.{label} \{{[^}}]*color: #[0-9a-f]{{6}};", text), label
    for rel in REL_TYPES:
        assert f"relationship.{rel} {{" in text, rel
    assert text.count("{") == text.count("}")
