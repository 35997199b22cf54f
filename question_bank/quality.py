"""Editorial checks on bank content: counts, mix, coverage, cues that give keys away, staleness."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from question_bank.blind import Verdict, blind_shares
from question_bank.blind import load as load_verdicts
from question_bank.catalogue import SERVICE_PREFIX, Catalogue
from simulator.content import ItemContent

if TYPE_CHECKING:
    from question_bank.validator import ItemMeta, ValidationReport

NEAR_DUPLICATE = 0.8
# Two items with the same key in one task are the same point when their stems share this much vocabulary.
SAME_KEY_STEMS = 0.4
# A distractor text seen in more items than this is a throwaway habit, not a considered option.
REPEAT_LIMIT = 3
_WORD = re.compile(r"\w+", re.UNICODE)
_BANNED = (
    "todas las anteriores",
    "ninguna de las anteriores",
    "todas las opciones anteriores",
    "all of the above",
    "none of the above",
)
# Absolute words test-wise candidates learn to reject; matched on accent-free lower-case text.
ABSOLUTE = re.compile(
    r"(\b(?:siempre|nunca|jamas|garantiza\w*|garantia total|por completo|totalmente|completamente|"
    r"en ningun caso|sin excepcion|always|never|guarantee\w*|completely)\b|(?<!\d)100 ?%)"
)
# Phrases that once served as a throwaway distractor in many items; each may appear in few items at most.
WATCHED_PHRASES = ("subir la temperatura", "aumentar la temperatura")


def plain(text: str) -> str:
    """Lower-case, accent-free text for matching words."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def tokens(text: str) -> frozenset[str]:
    """Lower-case, accent-free word set used for stem similarity."""
    return frozenset(_WORD.findall(plain(text)))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def near_duplicates(items: Sequence[ItemContent], threshold: float = NEAR_DUPLICATE) -> list[tuple[str, str, float]]:
    """Pairs of items whose stems share at least `threshold` of their word sets."""
    sets = [(item.id, tokens(item.stem)) for item in items]
    found = []
    for (id_a, a), (id_b, b) in combinations(sets, 2):
        # Jaccard >= t needs the smaller set to be at least t times the larger one.
        if min(len(a), len(b)) < threshold * max(len(a), len(b)):
            continue
        score = similarity(a, b)
        if score >= threshold:
            found.append((id_a, id_b, round(score, 3)))
    return found


def key_signature(item: ItemContent) -> str:
    """What a candidate must answer, as normalised text: the keyed options, pairs or order."""
    if item.type in ("single", "multiple"):
        parts = sorted(" ".join(_WORD.findall(plain(o.text))) for o in item.options if o.correct)
    elif item.type == "matching":
        responses = {r.key: r.text for r in item.responses}
        parts = sorted(f"{plain(p.text)}={plain(responses.get(p.answer, ''))}" for p in item.prompts)
    else:
        parts = [plain(s.text) for s in item.steps]
    return " | ".join(parts)


def same_key_duplicates(
    items: Sequence[ItemContent], threshold: float = SAME_KEY_STEMS
) -> list[tuple[str, str, float]]:
    """Pairs in one task with the same key whose stems are alike: the same point asked twice."""
    groups: dict[tuple[str, str, str], list[ItemContent]] = defaultdict(list)
    for item in items:
        groups[(item.task, item.type, key_signature(item))].append(item)
    found = []
    for group in groups.values():
        for a, b in combinations(group, 2):
            score = similarity(tokens(a.stem), tokens(b.stem))
            if score >= threshold:
                found.append((a.id, b.id, round(score, 3)))
    return sorted(found)


def correct_is_longest(item: ItemContent) -> bool:
    """True when the correct option of a single item is strictly longer than every distractor."""
    correct = [len(o.text) for o in item.options if o.correct]
    others = [len(o.text) for o in item.options if not o.correct]
    return bool(correct) and bool(others) and correct[0] > max(others)


def keys_are_longest(item: ItemContent) -> bool:
    """True when the keys of a multiple-response item are exactly its N longest options."""
    correct = [len(o.text) for o in item.options if o.correct]
    others = [len(o.text) for o in item.options if not o.correct]
    return bool(correct) and bool(others) and min(correct) > max(others)


def key_too_short(item: ItemContent) -> bool:
    """True when a single item's key is under half as long as its shortest distractor (a giveaway)."""
    correct = [len(o.text) for o in item.options if o.correct]
    others = [len(o.text) for o in item.options if not o.correct]
    return bool(correct) and bool(others) and correct[0] * 2 < min(others)


def banned_phrases(item: ItemContent) -> list[str]:
    texts = [o.text.lower() for o in item.options]
    return [phrase for phrase in _BANNED for text in texts if phrase in text]


def absolute_words(text: str) -> list[str]:
    return ABSOLUTE.findall(plain(text))


def distractor_texts(item: ItemContent) -> list[str]:
    """The wrong choices a candidate reads: wrong options, or responses no prompt takes."""
    if item.type in ("single", "multiple"):
        return [o.text for o in item.options if not o.correct]
    if item.type == "matching":
        used = {p.answer for p in item.prompts}
        return [r.text for r in item.responses if r.key not in used]
    return []


def key_texts(item: ItemContent) -> list[str]:
    if item.type in ("single", "multiple"):
        return [o.text for o in item.options if o.correct]
    return []


def repeated_distractors(items: Iterable[ItemContent], limit: int = REPEAT_LIMIT) -> dict[str, list[str]]:
    """Distractor texts (and watched phrases) found in more than `limit` items, with those items."""
    where: dict[str, set[str]] = defaultdict(set)
    for item in items:
        for text in distractor_texts(item):
            normal = " ".join(_WORD.findall(plain(text)))
            where[normal].add(item.id)
            for phrase in WATCHED_PHRASES:
                if phrase in normal:
                    where[f"«{phrase}»"].add(item.id)
    return {text: sorted(ids) for text, ids in sorted(where.items()) if len(ids) > limit}


def landing_page(url: str) -> bool:
    """A reference that names a product or guide home rather than the page that supports a claim."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    if parts.hostname == "aws.amazon.com":
        return len(segments) <= 1
    if parts.hostname == "docs.aws.amazon.com":
        return len(segments) <= 3 and not (segments and "." in segments[-1])
    return False


@dataclass(frozen=True)
class MixReport:
    total: int
    by_type: dict[str, int]
    by_task: dict[str, int]
    longest_correct_share: float

    def share(self, kind: str) -> float:
        return self.by_type.get(kind, 0) / self.total if self.total else 0.0


def mix(items: Iterable[ItemContent]) -> MixReport:
    """Type and task counts over standalone items (case studies excluded)."""
    chosen = [i for i in items if i.case_study is None]
    singles = [i for i in chosen if i.type == "single"]
    longest = sum(correct_is_longest(i) for i in singles)
    return MixReport(
        total=len(chosen),
        by_type=dict(Counter(i.type for i in chosen)),
        by_task=dict(sorted(Counter(i.task for i in chosen).items())),
        longest_correct_share=longest / len(singles) if singles else 0.0,
    )


@dataclass
class QualityReport:
    """Every editorial figure of a set of items; `problems()` lists what misses a target."""

    items: list[ItemContent]
    meta: dict[str, ItemMeta]
    catalogue: Catalogue
    stale_before: dt.date | None = None
    blind: dict[str, Verdict] = field(default_factory=dict)  # latest blind review verdict per item
    standalone: list[ItemContent] = field(init=False)

    def __post_init__(self) -> None:
        self.standalone = [i for i in self.items if i.case_study is None]

    def covers_of(self, item: ItemContent) -> tuple[str, ...]:
        meta = self.meta.get(item.id)
        return meta.covers if meta else ()

    def verified_of(self, item: ItemContent) -> dt.date | None:
        meta = self.meta.get(item.id)
        return meta.verified if meta else None

    def kind_of(self, item: ItemContent) -> str | None:
        meta = self.meta.get(item.id)
        return meta.kind if meta else None

    # --- shares -------------------------------------------------------------------------------------
    def application_share(self, items: Sequence[ItemContent] | None = None) -> float:
        chosen = self.standalone if items is None else items
        labelled = [i for i in chosen if self.kind_of(i) is not None]
        if not labelled:
            return 0.0
        return sum(self.kind_of(i) == "application" for i in labelled) / len(labelled)

    def blind_summary(self, items: Sequence[ItemContent] | None = None) -> dict[str, Any]:
        """Blind reviewers' verdicts on the standalone items, counting only items unchanged since review."""
        shares = blind_shares(self.standalone if items is None else items, self.blind)
        return {
            "reviewed": shares.reviewed,
            "A": shares.current["A"],
            "R": shares.current["R"],
            "W": shares.current["W"],
            "application_share": round(shares.share("A"), 3),
            "changed_since_review": shares.changed,
            "unreviewed": shares.unreviewed,
        }

    def multiple_longest_share(self) -> float:
        multiples = [i for i in self.items if i.type == "multiple"]
        return sum(keys_are_longest(i) for i in multiples) / len(multiples) if multiples else 0.0

    def absolute_rates(self) -> tuple[float, float]:
        """Share of keys and of distractors that carry an absolute word."""
        keys = [t for i in self.items for t in key_texts(i)]
        wrong = [t for i in self.items for t in distractor_texts(i)]
        key_rate = sum(bool(absolute_words(t)) for t in keys) / len(keys) if keys else 0.0
        wrong_rate = sum(bool(absolute_words(t)) for t in wrong) / len(wrong) if wrong else 0.0
        return key_rate, wrong_rate

    # --- coverage -----------------------------------------------------------------------------------
    def coverage(self) -> dict[str, list[str]]:
        """For every catalogued concept and service (svc:id), the items that key on it."""
        found: dict[str, list[str]] = {cid: [] for cid in self.catalogue.concepts}
        found.update({SERVICE_PREFIX + sid: [] for sid in self.catalogue.services})
        for item in self.items:
            for cover in self.covers_of(item):
                found.setdefault(cover, []).append(item.id)
        return found

    def thin(self, minimum: int = 2, *, services: bool = True) -> dict[str, int]:
        return {
            cid: len(ids)
            for cid, ids in self.coverage().items()
            if len(ids) < minimum and (services or not cid.startswith(SERVICE_PREFIX))
        }

    # --- upkeep -------------------------------------------------------------------------------------
    def unverified(self) -> list[str]:
        return sorted(i.id for i in self.items if self.verified_of(i) is None)

    def stale(self, before: dt.date) -> list[tuple[str, dt.date]]:
        found = []
        for item in self.items:
            verified = self.verified_of(item)
            if verified is not None and verified < before:
                found.append((item.id, verified))
        return sorted(found)

    def keyed_on_flagged_services(self) -> list[tuple[str, str, str]]:
        """(item, service, status) for items whose key depends on a closed, legacy or renamed service."""
        found = []
        for item in self.items:
            for cover in self.covers_of(item):
                service = self.catalogue.services.get(cover.removeprefix(SERVICE_PREFIX))
                if cover.startswith(SERVICE_PREFIX) and service is not None and service.flagged:
                    found.append((item.id, service.id, service.status))
        return sorted(found)

    def landing_references(self) -> list[str]:
        """Items none of whose references is a specific page."""
        return sorted(i.id for i in self.items if all(landing_page(u) for u in i.references))

    # --- the whole report ---------------------------------------------------------------------------
    def as_dict(self) -> dict[str, Any]:
        m = mix(self.items)
        key_rate, wrong_rate = self.absolute_rates()
        singles = [i for i in self.standalone if i.type == "single"]
        per_task = {}
        for task, count in m.by_task.items():
            scoped = [i for i in self.standalone if i.task == task]
            task_mix = mix(scoped)
            per_task[task] = {
                "items": count,
                "types": {k: task_mix.by_type.get(k, 0) for k in ("single", "multiple", "matching", "ordering")},
                "application_share": round(self.application_share(scoped), 3),
                "blind": self.blind_summary(scoped),
                "concepts": {
                    cid: len(ids)
                    for cid, ids in self.coverage().items()
                    if cid in self.catalogue.concepts and self.catalogue.concepts[cid].task == task
                },
            }
        coverage = self.coverage()
        return {
            "items": len(self.items),
            "standalone": m.total,
            "by_domain": dict(sorted(Counter(str(i.domain) for i in self.standalone).items())),
            "types": {k: {"count": v, "share": round(m.share(k), 3)} for k, v in sorted(m.by_type.items())},
            "application_share": round(self.application_share(), 3),
            "blind": self.blind_summary(),
            "unlabelled_kind": sorted(i.id for i in self.items if self.kind_of(i) is None),
            "single_key_longest_share": round(m.longest_correct_share, 3),
            "single_key_too_short": sorted(i.id for i in singles if key_too_short(i)),
            "multiple_keys_longest_share": round(self.multiple_longest_share(), 3),
            "absolute_words": {"keys": round(key_rate, 3), "distractors": round(wrong_rate, 3)},
            "repeated_distractors": repeated_distractors(self.items),
            "near_duplicate_stems": near_duplicates(self.items),
            "near_duplicate_keys": same_key_duplicates(self.items),
            "per_task": per_task,
            "services": {
                cid.removeprefix(SERVICE_PREFIX): len(ids)
                for cid, ids in coverage.items()
                if cid.startswith(SERVICE_PREFIX)
            },
            "thin_concepts": self.thin(services=False),
            "thin_services": {k: v for k, v in self.thin().items() if k.startswith(SERVICE_PREFIX)},
            "deck_concepts": {
                cid: len(ids)
                for cid, ids in coverage.items()
                if cid in self.catalogue.concepts and self.catalogue.concepts[cid].source == "deck"
            },
            "unverified": self.unverified(),
            "stale": [[i, d.isoformat()] for i, d in self.stale(self.stale_before)] if self.stale_before else [],
            "keyed_on_flagged_services": [list(x) for x in self.keyed_on_flagged_services()],
            "landing_page_references": self.landing_references(),
        }


def _print_text(data: dict[str, Any]) -> None:
    print(f"items: {data['items']} ({data['standalone']} standalone)  by domain: {data['by_domain']}")
    print("types: " + ", ".join(f"{k} {v['count']} ({v['share']:.0%})" for k, v in data["types"].items()))
    print(f"application items (authors' labels): {data['application_share']:.0%} (target >= 70%)")
    print(f"blind review: {_blind_line(data['blind'])}")
    print(f"singles whose key is strictly the longest option: {data['single_key_longest_share']:.0%} (< 40%)")
    print(f"multiple-response items whose keys are the N longest: {data['multiple_keys_longest_share']:.0%} (<= 15%)")
    rates = data["absolute_words"]
    print(f"absolute words: keys {rates['keys']:.1%}, distractors {rates['distractors']:.1%} (<= 8%)")
    for task, row in data["per_task"].items():
        types = " ".join(f"{k[0]}{v}" for k, v in row["types"].items())
        print(
            f"  {task}: {row['items']} items [{types}] application {row['application_share']:.0%}; "
            f"blind {_blind_line(row['blind'])}"
        )
        for cid, count in row["concepts"].items():
            print(f"      {count:3d}  {cid}{'   <-- under 2' if count < 2 else ''}")
    print("services (items keyed on each): " + ", ".join(f"{k} {v}" for k, v in data["services"].items()))
    sections = (
        ("singles with a key under half the shortest distractor", data["single_key_too_short"]),
        ("items without kind", data["unlabelled_kind"]),
        ("thin concepts (< 2 items)", data["thin_concepts"]),
        ("thin services (< 2 items)", data["thin_services"]),
        ("repeated distractors (> 3 items)", data["repeated_distractors"]),
        ("near-duplicate stems", data["near_duplicate_stems"]),
        ("same key, alike stems", data["near_duplicate_keys"]),
        ("items without 'verified'", data["unverified"]),
        ("stale (verified before the given date)", data["stale"]),
        ("keyed on a closed, legacy or renamed service", data["keyed_on_flagged_services"]),
        ("only landing-page references", data["landing_page_references"]),
    )
    for title, value in sections:
        print(f"{title}: {len(value)}")
        entries = value.items() if isinstance(value, dict) else value
        for entry in entries:
            print(f"    {entry}")


def _blind_line(blind: dict[str, Any]) -> str:
    if not blind["reviewed"]:
        changed, never = blind["changed_since_review"], blind["unreviewed"]
        return f"no current verdicts ({changed} changed since review, {never} never reviewed)"
    return (
        f"A {blind['application_share']:.0%} of {blind['reviewed']} (R {blind['R']}, W {blind['W']}); "
        f"{blind['changed_since_review']} changed since review, {blind['unreviewed']} never reviewed"
    )


def build_report(
    paths: Sequence[Path], tasks: Sequence[str] | None = None, stale_before: dt.date | None = None
) -> tuple[ValidationReport, QualityReport]:
    """Validate `paths` and build the report over one exam's items (all exams' items if several)."""
    from question_bank.validator import validate

    report = validate(paths)
    catalogue = Catalogue()
    meta: dict[str, ItemMeta] = {}
    items: list[ItemContent] = []
    blind: dict[str, Verdict] = {}
    for path in paths:
        if path.is_dir():
            blind.update(load_verdicts(path))
    for bank in report.banks.values():
        catalogue.concepts.update(bank.catalogue.concepts)
        catalogue.services.update(bank.catalogue.services)
        meta.update(bank.meta)
        items.extend(i for i in bank.items if tasks is None or i.task in tasks)
    return report, QualityReport(items, meta, catalogue, stale_before, blind)


def main(argv: Sequence[str]) -> int:
    """Print the editorial report for bank folders; exit 1 on validation errors or stale items."""
    parser = argparse.ArgumentParser(prog="python -m question_bank.quality", description=main.__doc__)
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--tasks", help="comma-separated task statements, e.g. 4.1,5.2")
    parser.add_argument("--stale-before", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    wanted = args.tasks.split(",") if args.tasks else None
    report, quality = build_report(args.paths or [Path(__file__).resolve().parent], wanted, args.stale_before)
    for error in report.errors:
        print(error, file=sys.stderr)
    data = quality.as_dict()
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        _print_text(data)
    return 1 if report.errors or data["stale"] else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
