"""Bank statistics from the database: counts by domain, task statement, type and case study."""

from __future__ import annotations

from collections import Counter
from typing import Any

from simulator.storage.bank import case_study_order, exam_codes, item_counts
from simulator.storage.db import Store


def bank_stats(store: Store) -> dict[str, dict[str, Any]]:
    result: dict[str, dict[str, Any]] = {}
    for exam in exam_codes(store):
        by_domain: Counter[str] = Counter()
        by_task: Counter[str] = Counter()
        by_type: Counter[str] = Counter()
        in_cases = 0
        total = 0
        for task, kind, in_case, count in item_counts(store, exam):
            total += count
            by_domain[task.split(".")[0]] += count
            by_task[task] += count
            by_type[kind] += count
            in_cases += count if in_case else 0
        result[exam] = {
            "items": total,
            "standalone_items": total - in_cases,
            "case_study_items": in_cases,
            "case_studies": len(case_study_order(store, exam)),
            "by_domain": dict(sorted(by_domain.items())),
            "by_task": dict(sorted(by_task.items(), key=lambda kv: tuple(int(x) for x in kv[0].split(".")))),
            "by_type": dict(sorted(by_type.items())),
        }
    return result
