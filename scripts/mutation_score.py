"""Print the mutation score from mutmut's results (mutants/*.meta) per module and overall; list what survived.

`make mutation` runs it after `mutmut run`. Killed = a test failed (or timed out) on the mutant; every other
decided verdict (survived, no tests) counts against the score; mutants not yet checked are reported apart.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

KILLED = {1, 3, 36, 24, -24, 152, 255, 37}  # failed, pytest error, timeouts, caught by the type checker
SURVIVED = {0}
NO_TESTS = {5, 33}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--min", type=float, default=0.0, help="fail below this score (percent)")
    parser.add_argument("--list", action="store_true", help="list every survivor")
    args = parser.parse_args()
    metas = sorted(Path("mutants").rglob("*.py.meta"))
    if not metas:
        print("no mutmut results: run `mutmut run` first", file=sys.stderr)
        return 2
    total: Counter[str] = Counter()
    survivors: list[str] = []
    for meta in metas:
        codes = json.loads(meta.read_text())["exit_code_by_key"]
        counts: Counter[str] = Counter()
        for name, code in codes.items():
            kind = (
                "unchecked"
                if code is None
                else "killed"
                if code in KILLED
                else "survived"
                if code in SURVIVED
                else "no tests"
                if code in NO_TESTS
                else "other"
            )
            counts[kind] += 1
            if kind in ("survived", "no tests", "other"):
                survivors.append(f"{name}  ({kind})")
        total.update(counts)
        decided = sum(counts.values()) - counts["unchecked"]
        score = 100 * counts["killed"] / decided if decided else 0.0
        module = str(meta.relative_to("mutants")).removesuffix(".meta")
        unchecked = counts["unchecked"]
        print(f"{module:32s} {counts['killed']:5d}/{decided:<5d} killed  {score:5.1f} %  ({unchecked} unchecked)")
    decided = sum(total.values()) - total["unchecked"]
    score = 100 * total["killed"] / decided if decided else 0.0
    print(
        f"{'overall':32s} {total['killed']:5d}/{decided:<5d} killed  {score:5.1f} %  ({total['unchecked']} unchecked)"
    )
    if args.list:
        print("\n".join(["", "survivors:", *survivors]))
    if total["unchecked"]:
        print(f"{total['unchecked']} mutants are not checked yet: the score is provisional", file=sys.stderr)
    return 1 if score < args.min else 0


if __name__ == "__main__":
    sys.exit(main())
