#!/usr/bin/env python3
"""Build each dev article on its own and score it against its gold file.

    python scripts/evaluate.py                       # examples/articles vs examples/gold
    python scripts/evaluate.py --verbose             # list every miss and false alarm
    python scripts/evaluate.py --extra ../shared/eval/dev   # add a folder of NAME.txt + NAME.json

The scorer is the shared one (../shared/eval/score.py by default, --scorer to change): it is
not part of kg and is not needed to build or test kg.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=Path, default=ROOT / "examples" / "articles")
    parser.add_argument("--gold", type=Path, default=ROOT / "examples" / "gold")
    parser.add_argument("--extra", type=Path, action="append", default=[],
                        help="a folder holding NAME.txt/.md articles beside NAME.json gold files")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--out", type=Path, help="keep the built graphs here")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.scorer.is_file():
        parser.error(f"{args.scorer}: no scorer there; pass --scorer PATH/TO/score.py")

    from kg.api import build  # imported late: --help works without loading spaCy

    out = args.out or Path(tempfile.mkdtemp(prefix="kg-eval-"))
    gold_dir = out / "gold"
    gold_dir.mkdir(parents=True, exist_ok=True)
    pairs = [(args.articles, args.gold), *((folder, folder) for folder in args.extra)]
    for articles, golds in pairs:
        for gold in sorted(golds.glob("*.json")):
            article = next((p for p in (articles / f"{gold.stem}.md", articles / f"{gold.stem}.txt")
                            if p.is_file()), None)
            if article is None:
                print(f"no article for {gold}", file=sys.stderr)
                continue
            build([str(article)], out / gold.stem, formats=("turtle",))
            (gold_dir / gold.name).write_bytes(gold.read_bytes())
    command = [sys.executable, str(args.scorer), "--runs", str(out), str(gold_dir)]
    command += ["--verbose"] if args.verbose else []
    command += ["--json"] if args.json else []
    return subprocess.call(command)


if __name__ == "__main__":
    sys.exit(main())
