"""The bundled sample corpus (FA-KES articles, CC BY 4.0; see README.md beside this file)."""

from pathlib import Path

SAMPLE_CORPUS: Path = Path(__file__).with_name("reports.jsonl")
