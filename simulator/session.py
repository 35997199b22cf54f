"""A running exam: answers, flags, strike-outs and the clock, each committed before the call returns."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from simulator.assembly import ExamPlan
from simulator.blueprint import Blueprint
from simulator.clock import Clock
from simulator.content import ItemContent
from simulator.errors import AttemptStateError, InvalidAnswerError, StorageError
from simulator.scoring import (
    ExamScore,
    ItemScore,
    ScoredItem,
    check_answer,
    is_answered,
    key_of,
    score_exam,
    score_item,
)
from simulator.sealed import seal, unseal
from simulator.storage import attempts as attempt_store
from simulator.storage.bank import load_blueprint, load_blueprint_revision, revisions
from simulator.storage.db import Store
from simulator.timer import ExamTimer, level_for
from simulator.views import (
    AnswerChange,
    ClockState,
    ExamResult,
    Feedback,
    FlagChange,
    ItemResult,
    ItemStatus,
    ItemView,
    OptionView,
    Progress,
    PromptView,
    ResponseView,
    StepView,
    StrikeChange,
)

SAVE_EVERY_S = 5.0
OTHER_WINDOW = "This exam is open in another window; this copy is read-only. Close it there, or take it over."


def presentation_for(content: ItemContent, rng: random.Random) -> dict[str, Any]:
    """A shuffled order for the item's parts, stored with the attempt so it never changes."""

    def shuffled(n: int, avoid_identity: bool = False) -> list[int]:
        order = list(range(n))
        rng.shuffle(order)
        while avoid_identity and n > 1 and order == sorted(order):
            rng.shuffle(order)
        return order

    if content.type in ("single", "multiple"):
        return {"options": shuffled(len(content.options))}
    if content.type == "matching":
        return {"prompts": shuffled(len(content.prompts)), "responses": shuffled(len(content.responses))}
    return {"steps": shuffled(len(content.steps), avoid_identity=True)}


@dataclass
class _ItemState:
    position: int
    key: str
    item_id: int
    content: ItemContent
    scored: bool
    presentation: dict[str, Any]
    answer: list[Any] | None
    flagged: bool
    checked: bool
    struck: set[int]
    time_spent_s: float
    correct: bool | None
    credit: float | None = None


class ExamSession:
    """One attempt in memory, mirrored to the database on every change."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        blueprint: Blueprint,
        attempt_id: int,
        mode: str,
        is_demo: bool,
        submitted: bool,
        instant_feedback: bool,
        timer: ExamTimer,
        elapsed_s: float,
        items: list[_ItemState],
        current: int,
        expired: bool = False,
        *,
        blueprint_revision: int | None = None,
        blueprint_hash: str = "",
        sealed: dict[str, Any] | None = None,
        read_only: str | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.blueprint = blueprint
        self.attempt_id = attempt_id
        self.mode = mode
        self.is_demo = is_demo
        self.submitted = submitted
        self.instant_feedback = instant_feedback
        self.timer = timer
        self._elapsed_base = elapsed_s
        self._run_started = clock.monotonic()
        self._items = items
        self._current = current
        self._visit_started = clock.monotonic()
        self._last_save = clock.monotonic()
        self._dirty_time: set[int] = set()
        self.expired = expired
        self._result: ExamResult | None = None
        self.blueprint_revision = blueprint_revision
        self._blueprint_hash = blueprint_hash
        self._sealed = sealed
        # Why this unfinished attempt is shown but every change refused (another window holds it), or None.
        self.read_only_reason = read_only

    # ----- creation -------------------------------------------------------------------------------

    @classmethod
    def start(cls, store: Store, plan: ExamPlan, clock: Clock, *, is_demo: bool = False) -> ExamSession:
        """Persist a planned exam as a new attempt and open it at the first item."""
        contents = revisions(store, (p.revision_id for p in plan.items))
        rng = random.Random(f"{plan.seed}/presentation")
        new_items = [
            attempt_store.NewAttemptItem(
                p.item_id, p.revision_id, p.task, p.scored, presentation_for(contents[p.revision_id], rng)
            )
            for p in plan.items
        ]
        settings = dict(plan.settings, instant_feedback=plan.instant_feedback)
        attempt_id = attempt_store.create_attempt(
            store,
            exam=plan.exam,
            mode=plan.mode,
            seed=plan.seed,
            is_demo=is_demo,
            settings=settings,
            time_limit_s=plan.time_limit_s,
            items=new_items,
            now=clock.now(),
        )
        return cls.open(store, attempt_id, clock)

    @classmethod
    def open(cls, store: Store, attempt_id: int, clock: Clock, *, take_over: bool = False) -> ExamSession:
        """Resume an unfinished attempt with the time it had left, or open a finished one for review.

        An unfinished attempt that another live window holds opens read-only unless `take_over`."""
        read_only: str | None = None
        probe, _ = attempt_store.load_attempt(store, attempt_id, items=False)
        if probe.status == attempt_store.IN_PROGRESS:
            try:
                if not attempt_store.acquire_lease(store, attempt_id, store.owner, clock.now(), take_over=take_over):
                    read_only = OTHER_WINDOW
            except StorageError as exc:  # a read-only or full database can still show the attempt
                read_only = str(exc)
        attempt, rows = attempt_store.load_attempt(store, attempt_id)
        if attempt.blueprint_revision_id is not None:
            blueprint, digest = load_blueprint_revision(store, attempt.blueprint_revision_id)
        else:
            blueprint, digest = load_blueprint(store, attempt.exam_code), ""
        contents = revisions(store, (r.revision_id for r in rows))
        items = [
            _ItemState(
                position=r.position,
                key=contents[r.revision_id].id,
                item_id=r.item_id,
                content=contents[r.revision_id],
                scored=r.scored,
                presentation=r.presentation,
                answer=r.response,
                flagged=r.flagged,
                checked=r.checked,
                struck=set(r.struck),
                time_spent_s=r.time_spent_s,
                correct=r.correct,
                credit=r.credit,
            )
            for r in rows
        ]
        submitted = attempt.status == attempt_store.SUBMITTED
        timer = ExamTimer.start(clock, attempt.time_limit_s, attempt.remaining_s, paused=attempt.paused or submitted)
        return cls(
            store,
            clock,
            blueprint,
            attempt.id,
            attempt.mode,
            attempt.is_demo,
            submitted,
            bool(attempt.settings.get("instant_feedback", False)),
            timer,
            attempt.elapsed_s,
            items,
            min(attempt.current_position, max(0, len(items) - 1)),
            attempt.expired,
            blueprint_revision=attempt.blueprint_revision_id,
            blueprint_hash=digest,
            sealed=attempt.result if submitted else None,
            read_only=None if submitted else read_only,
        )

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    # ----- reading --------------------------------------------------------------------------------

    @property
    def count(self) -> int:
        return len(self._items)

    @property
    def current(self) -> int:
        return self._current

    @property
    def paused(self) -> bool:
        return self.timer.paused and not self.submitted

    def progress(self) -> Progress:
        answered = sum(is_answered(i.content, i.answer) for i in self._items)
        return Progress(len(self._items), answered, sum(i.flagged for i in self._items))

    def statuses(self) -> tuple[ItemStatus, ...]:
        return tuple(
            ItemStatus(i.position, is_answered(i.content, i.answer), i.flagged, i.content.case_study)
            for i in self._items
        )

    def view(self, position: int) -> ItemView:
        state = self._item(position)
        content = state.content
        pres = state.presentation
        options = tuple(OptionView(i, content.options[i].text, content.options[i].why) for i in pres.get("options", ()))
        prompts = tuple(PromptView(i, content.prompts[i].text) for i in pres.get("prompts", ()))
        responses = tuple(
            ResponseView(content.responses[i].key, content.responses[i].text) for i in pres.get("responses", ())
        )
        step_order = state.answer if content.type == "ordering" and state.answer else pres.get("steps", [])
        steps = tuple(StepView(i, content.steps[i].text) for i in step_order)
        choose = content.correct_count if content.type == "multiple" else (1 if content.type == "single" else 0)
        return ItemView(
            position=position,
            count=len(self._items),
            key=state.key,
            type=content.type,
            task=content.task,
            domain=content.domain,
            stem=content.stem,
            choose=choose,
            options=options,
            prompts=prompts,
            responses=responses,
            steps=steps,
            scenario=content.scenario,
            case_title=content.case_title,
            case_study=content.case_study,
            answer=tuple(state.answer) if state.answer is not None else None,
            answered=is_answered(content, state.answer),
            flagged=state.flagged,
            checked=state.checked,
            struck=frozenset(state.struck),
            feedback=self._feedback(state) if self.submitted or state.checked else None,
        )

    def content(self, position: int) -> ItemContent:
        """The item's full content, key included (for review, reports and simulated candidates)."""
        return self._item(position).content

    def _feedback(self, state: _ItemState) -> Feedback:
        content = state.content
        if self.submitted and state.correct is not None:
            score = ItemScore(state.correct, state.credit if state.credit is not None else float(state.correct))
        else:
            score = score_item(content, state.answer)
        return Feedback(
            correct=score.correct,
            credit=score.credit,
            key=tuple(key_of(content)),
            explanation=content.explanation,
            references=content.references,
            prompt_whys=tuple(p.why for p in content.prompts),
            step_whys=tuple(s.why for s in content.steps),
        )

    def _item(self, position: int) -> _ItemState:
        if not 0 <= position < len(self._items):
            raise AttemptStateError(code="no_item", number=position + 1, count=len(self._items))
        return self._items[position]

    def _write(self, call: Any, *args: Any, **kwargs: Any) -> None:
        """A store write; once the database refuses it (submitted elsewhere, taken over), this copy is read-only."""
        try:
            call(*args, **kwargs)
        except AttemptStateError as exc:
            self.read_only_reason = str(exc)
            raise

    def _require_open(self) -> None:
        if self.submitted:
            raise AttemptStateError(code="submitted")
        if self.read_only_reason is not None:
            raise AttemptStateError(self.read_only_reason)

    # ----- the clock ------------------------------------------------------------------------------

    def elapsed(self) -> float:
        if self.timer.paused or self.submitted:
            return self._elapsed_base
        return self._elapsed_base + (self.clock.monotonic() - self._run_started)

    def _settle_visit(self) -> None:
        """Add the time spent on the current item since it was shown."""
        now = self.clock.monotonic()
        if not self.timer.paused and not self.submitted and self._items:
            self._items[self._current].time_spent_s += now - self._visit_started
            self._dirty_time.add(self._current)
        self._visit_started = now

    def go_to(self, position: int) -> ItemView:
        """Show another item: account the time spent on the one being left."""
        self._item(position)
        self._settle_visit()
        self._current = position
        return self.view(position)

    def tick(self) -> ClockState:
        """Call often (the UI does every 250 ms): saves at least every 5 s and submits on expiry."""
        if self.submitted:
            return ClockState(None, self.elapsed(), level_for(None), False, False, None)
        if self.read_only:
            remaining = self.timer.remaining()
            return ClockState(remaining, self.elapsed(), level_for(remaining), self.timer.paused, False, None)
        if self.timer.expired():
            result = self.submit(expired=True)
            return ClockState(0.0, self.elapsed(), level_for(0.0), False, True, result)
        saved = False
        if self.clock.monotonic() - self._last_save >= SAVE_EVERY_S:
            self.save_clock()
            saved = True
        remaining = self.timer.remaining()
        return ClockState(remaining, self.elapsed(), level_for(remaining), self.timer.paused, saved, None)

    def save_clock(self) -> None:
        """Persist remaining time, elapsed time and per-item time now."""
        self._settle_visit()
        self._write(
            attempt_store.save_clock,
            self.store,
            self.attempt_id,
            remaining_s=self.timer.remaining(),
            elapsed_s=self.elapsed(),
            paused=self.timer.paused,
            item_times={p: self._items[p].time_spent_s for p in sorted(self._dirty_time)},
            now=self.clock.now(),
            owner=self.store.owner,
        )
        self._dirty_time.clear()
        self._last_save = self.clock.monotonic()

    def pause(self) -> ClockState:
        if self.mode != "practice":
            raise AttemptStateError(code="full_no_pause")
        self._require_open()
        self._settle_visit()
        self._elapsed_base = self.elapsed()
        self.timer.pause()
        self.save_clock()
        return self.tick()

    def resume(self) -> ClockState:
        self._require_open()
        if self.timer.paused:
            self.timer.resume()
            self._run_started = self.clock.monotonic()
            self._visit_started = self.clock.monotonic()
            self.save_clock()
        return self.tick()

    # ----- changes --------------------------------------------------------------------------------

    def _save(self, state: _ItemState, values: dict[str, Any]) -> None:
        self._settle_visit()
        values = dict(values, time_spent_s=state.time_spent_s)
        self._write(
            attempt_store.save_item_state,
            self.store,
            self.attempt_id,
            state.position,
            values,
            remaining_s=self.timer.remaining(),
            elapsed_s=self.elapsed(),
            now=self.clock.now(),
            owner=self.store.owner,
        )
        self._dirty_time.discard(state.position)
        self._last_save = self.clock.monotonic()

    def _require_time(self) -> None:
        self._require_open()
        if self.timer.expired():
            raise AttemptStateError(code="time_up")
        if self.timer.paused:
            raise AttemptStateError(code="paused")

    def answer(self, position: int, answer: list[Any] | None) -> AnswerChange:
        """Record an answer (None clears it); it is committed before this returns."""
        self._require_time()
        state = self._item(position)
        if state.checked:
            raise AttemptStateError(code="already_checked")
        normal = None if answer is None else check_answer(state.content, answer)
        if normal is not None and not is_answered(state.content, normal):
            normal = None
        # Saved first: if the write fails, memory still matches the database.
        self._save(state, {"response": normal, "answered_at": self.clock.now() if normal is not None else None})
        state.answer = normal
        return AnswerChange(position, is_answered(state.content, normal), self.progress(), None)

    def check(self, position: int) -> AnswerChange:
        """Practice with instant feedback: lock the answer and return right or wrong with every reason."""
        self._require_time()
        if not self.instant_feedback:
            raise AttemptStateError(code="no_feedback")
        state = self._item(position)
        if not is_answered(state.content, state.answer):
            raise InvalidAnswerError(code="answer_first")
        self._save(state, {"checked": True})
        state.checked = True
        return AnswerChange(position, True, self.progress(), self._feedback(state))

    def set_flag(self, position: int, flagged: bool) -> FlagChange:
        self._require_open()
        state = self._item(position)
        self._save(state, {"flagged": flagged})
        state.flagged = flagged
        return FlagChange(position, flagged, self.progress())

    def toggle_flag(self, position: int) -> FlagChange:
        return self.set_flag(position, not self._item(position).flagged)

    def toggle_strike(self, position: int, option_index: int) -> StrikeChange:
        """Cross out (or restore) an option the candidate has ruled out."""
        self._require_open()
        state = self._item(position)
        if state.content.type not in ("single", "multiple") or not 0 <= option_index < len(state.content.options):
            raise InvalidAnswerError(code="strike_choice_only")
        struck = state.struck ^ {option_index}
        self._save(state, {"struck": sorted(struck)})
        state.struck = struck
        return StrikeChange(position, frozenset(state.struck))

    # ----- submit ---------------------------------------------------------------------------------

    def submit(self, *, expired: bool = False) -> ExamResult:
        """Score every item and mark the attempt submitted in one transaction."""
        self._require_open()
        self._settle_visit()
        scores, exam = self._scored()
        remaining = 0.0 if expired else self.timer.remaining()
        elapsed = self.elapsed()
        sealed = seal(exam, self.blueprint, self.blueprint_revision, self._blueprint_hash)
        self._write(
            attempt_store.submit_attempt,
            self.store,
            self.attempt_id,
            item_results=[
                (i.position, s.correct, s.credit, i.time_spent_s) for i, s in zip(self._items, scores, strict=True)
            ],
            raw_correct=exam.raw_correct,
            scored_total=exam.scored_total,
            scaled=exam.scaled,
            passed=exam.passed,
            remaining_s=remaining,
            elapsed_s=elapsed,
            expired=expired,
            now=self.clock.now(),
            owner=self.store.owner,
            result=sealed,
            # Spaced repetition follows the candidate's own answers only, never simulated ones.
            schedule_results=[]
            if self.is_demo
            else [(i.item_id, s.correct) for i, s in zip(self._items, scores, strict=True)],
        )
        self.submitted = True
        self.expired = expired
        self._elapsed_base = elapsed
        self.timer.pause()
        self._sealed = sealed
        for item, score in zip(self._items, scores, strict=True):
            item.correct = score.correct
            item.credit = score.credit
        return self.result()

    def _scored(self) -> tuple[list[ItemScore], ExamScore]:
        scores = [score_item(i.content, i.answer) for i in self._items]
        exam = score_exam(
            self.blueprint, [ScoredItem(i.content.task, i.scored, s) for i, s in zip(self._items, scores, strict=True)]
        )
        return scores, exam

    def result(self) -> ExamResult:
        """The sealed result of a submitted attempt, as its submit stored it: never re-scored."""
        if not self.submitted:
            raise AttemptStateError(code="not_submitted")
        if self._result is None:
            if self._sealed is None:
                raise AttemptStateError(f"Attempt {self.attempt_id} has no stored result.")
            scores = [
                ItemScore(bool(i.correct), i.credit if i.credit is not None else float(bool(i.correct)))
                for i in self._items
            ]
            self._result = self._build_result(scores, unseal(self._sealed))
        return self._result

    def close(self) -> None:
        """Let another window take this attempt over at once (nothing else changes)."""
        if not self.submitted and not self.read_only:
            attempt_store.release_lease(self.store, self.attempt_id, self.store.owner)

    def _build_result(self, scores: list[ItemScore], exam: ExamScore) -> ExamResult:
        return ExamResult(
            attempt_id=self.attempt_id,
            exam=self.blueprint.exam,
            mode=self.mode,
            is_demo=self.is_demo,
            score=exam,
            time_limit_s=int(self.timer.limit_s) if self.timer.limit_s is not None else None,
            time_used_s=self.elapsed(),
            expired=self.expired,
            items=tuple(
                ItemResult(
                    i.position,
                    i.key,
                    i.content.task,
                    i.content.type,
                    i.scored,
                    is_answered(i.content, i.answer),
                    i.flagged,
                    s.correct,
                    s.credit,
                    i.time_spent_s,
                )
                for i, s in zip(self._items, scores, strict=True)
            ),
            blueprint=self.blueprint,
        )
