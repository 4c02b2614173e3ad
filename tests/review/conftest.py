"""Review tests reuse the hand-made store of tests/api/sampledata.py."""
