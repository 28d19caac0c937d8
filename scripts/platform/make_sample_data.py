#!/usr/bin/python3
"""Generate the local platform's sample data: ``make_sample_data.py OUTDIR``.

Deterministic, no download (see ``sample_data.py`` for what is written).
"""
import json
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / d) for d in ("platform", "qa", "release", "demo", "bench")]

import sample_data


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1 or argv[0].startswith("-"):
        print("usage: make_sample_data.py OUTDIR", file=sys.stderr)
        return 2
    counts = sample_data.generate(Path(argv[0]))
    print(json.dumps(counts, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
