"""The code cites the contract as "docs/contract.md section N": every cited section must exist there."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = ROOT / "docs" / "contract.md"
CITATION = re.compile(r"(?i)contract(?:\.md|'s)? section (\d+)")
CITED_IN = (".py", ".tsv", ".json", ".md", ".html")


def contract_sections(text: str) -> set[int]:
    return {int(n) for n in re.findall(r"^## (\d+)\. ", text, flags=re.M)}


def citations(root: Path, base: Path = ROOT) -> list[tuple[str, int]]:
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in CITED_IN:
            for number in CITATION.findall(path.read_text(encoding="utf-8", errors="replace")):
                found.append((str(path.relative_to(base)), int(number)))
    return found


def test_the_contract_is_in_the_docs_and_linked() -> None:
    text = CONTRACT.read_text(encoding="utf-8")
    assert contract_sections(text) == {1, 2, 3, 4, 5, 6}
    assert "docs/contract.md" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_cited_section_exists() -> None:
    sections = contract_sections(CONTRACT.read_text(encoding="utf-8"))
    cited = citations(ROOT / "src" / "harmledger")
    assert len(cited) >= 20, "the citations were not found: has the citation form changed?"
    missing = [(path, n) for path, n in cited if n not in sections]
    assert not missing, f"cited sections that docs/contract.md does not have: {missing}"


def test_a_citation_of_a_missing_section_is_caught(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text('"""The output of docs/contract.md section 9."""\n', encoding="utf-8")
    assert citations(tmp_path, tmp_path) == [("m.py", 9)]
    assert 9 not in contract_sections(CONTRACT.read_text(encoding="utf-8"))
