"""The exam blueprint: domains, weights, task statements, timing and the scaled-score estimate."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise
from typing import Any


@dataclass(frozen=True)
class Resource:
    title: str
    url: str


@dataclass(frozen=True)
class Domain:
    id: int
    weight: int
    title_es: str
    title_en: str

    def title(self, language: str) -> str:
        return self.title_en if language == "en" else self.title_es


@dataclass(frozen=True)
class Task:
    id: str
    title_es: str
    title_en: str
    covers_es: str
    covers_en: str
    resources: tuple[Resource, ...]

    @property
    def domain(self) -> int:
        return int(self.id.split(".", 1)[0])

    def title(self, language: str) -> str:
        return self.title_en if language == "en" else self.title_es

    def covers(self, language: str) -> str:
        return self.covers_en if language == "en" else self.covers_es


@dataclass(frozen=True)
class Blueprint:
    exam: str
    title_es: str
    title_en: str
    items_total: int
    items_unscored: int
    minutes: int
    accommodation_minutes: int
    scale_min: int
    scale_max: int
    scale_pass: int
    scaled_anchors: tuple[tuple[float, int], ...]
    full_exam_types: tuple[str, ...]
    domains: tuple[Domain, ...]
    tasks: tuple[Task, ...]

    @property
    def items_scored(self) -> int:
        return self.items_total - self.items_unscored

    def task(self, task_id: str) -> Task:
        for task in self.tasks:
            if task.id == task_id:
                return task
        raise KeyError(task_id)

    def domain(self, domain_id: int) -> Domain:
        for domain in self.domains:
            if domain.id == domain_id:
                return domain
        raise KeyError(domain_id)

    @cached_property
    def _tasks_by_domain(self) -> dict[int, tuple[Task, ...]]:
        return {d.id: tuple(t for t in self.tasks if t.domain == d.id) for d in self.domains}

    def tasks_of(self, domain_id: int) -> tuple[Task, ...]:
        return self._tasks_by_domain.get(domain_id, ())

    def scaled_score(self, fraction: float) -> int:
        """Estimated scaled score for a share of scored items right (piecewise linear)."""
        fraction = min(1.0, max(0.0, fraction))
        anchors = self.scaled_anchors
        for (x0, y0), (x1, y1) in pairwise(anchors):
            if x0 <= fraction <= x1:
                if x1 == x0:
                    return y1
                return round(y0 + (y1 - y0) * (fraction - x0) / (x1 - x0))
        return anchors[-1][1]

    def to_json(self) -> dict[str, Any]:
        return {
            "exam": self.exam,
            "title": {"es": self.title_es, "en": self.title_en},
            "items_total": self.items_total,
            "items_unscored": self.items_unscored,
            "minutes": self.minutes,
            "accommodation_minutes": self.accommodation_minutes,
            "scale": {"min": self.scale_min, "max": self.scale_max, "pass": self.scale_pass},
            "scaled_estimate": [list(a) for a in self.scaled_anchors],
            "full_exam_types": list(self.full_exam_types),
            "domains": [
                {"id": d.id, "weight": d.weight, "title": {"es": d.title_es, "en": d.title_en}} for d in self.domains
            ],
            "tasks": [
                {
                    "id": t.id,
                    "title": {"es": t.title_es, "en": t.title_en},
                    "covers": {"es": t.covers_es, "en": t.covers_en},
                    "resources": [{"title": r.title, "url": r.url} for r in t.resources],
                }
                for t in self.tasks
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Blueprint:
        """Build from already-validated data (the blueprint file or its stored copy)."""
        return cls(
            exam=data["exam"],
            title_es=data["title"]["es"],
            title_en=data["title"]["en"],
            items_total=int(data["items_total"]),
            items_unscored=int(data["items_unscored"]),
            minutes=int(data["minutes"]),
            accommodation_minutes=int(data["accommodation_minutes"]),
            scale_min=int(data["scale"]["min"]),
            scale_max=int(data["scale"]["max"]),
            scale_pass=int(data["scale"]["pass"]),
            scaled_anchors=tuple((float(x), int(y)) for x, y in data["scaled_estimate"]),
            full_exam_types=tuple(data["full_exam_types"]),
            domains=tuple(
                Domain(int(d["id"]), int(d["weight"]), d["title"]["es"], d["title"]["en"]) for d in data["domains"]
            ),
            tasks=tuple(
                Task(
                    id=str(t["id"]),
                    title_es=t["title"]["es"],
                    title_en=t["title"]["en"],
                    covers_es=t.get("covers", {}).get("es", ""),
                    covers_en=t.get("covers", {}).get("en", ""),
                    resources=tuple(Resource(r["title"], r["url"]) for r in t.get("resources", ())),
                )
                for t in data["tasks"]
            ),
        )


def blueprint_hash(data: dict[str, Any]) -> str:
    """A stable digest of a blueprint's stored form: its revision identity."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
