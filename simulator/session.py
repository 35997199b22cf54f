"""A running exam: answers, flags, strike-outs and the clock, each committed before the call returns."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from simulator.assembly import ExamPlan
from simulator.blueprint import Blueprint
from simulator.clock import Clock
from simulator.content import ItemContent
from simulator.errors import AttemptStateError, InvalidAnswerError, SimulacroError, StorageError
from simulator.scoring import (
    ANSWERED,
    INCOMPLETE,
    UNANSWERED,
    ExamScore,
    ItemScore,
    ScoredItem,
    answer_state,
    check_answer,
    key_of,
    missing_parts,
    score_exam,
    score_item,
)
from simulator.sealed import seal, unseal
from simulator.states import AttemptStatus, Mode
from simulator.storage import attempts as attempt_store
from simulator.storage.bank import load_blueprint, load_blueprint_revision, revisions
from simulator.storage.db import Store
from simulator.timer import GAP_S, ExamTimer, TimeLevel, level_for
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


def _resume_by_deadline(remaining: float, deadline: datetime, now: datetime) -> tuple[float, datetime]:
    """(remaining, deadline) for a full exam reopened at `now`: wall time may take time, never give it."""
    by_wall = (deadline - now).total_seconds()
    if by_wall < remaining - GAP_S:
        return max(0.0, by_wall), deadline
    if by_wall > remaining + GAP_S:  # the clock was set back while the app was closed
        return remaining, now + timedelta(seconds=remaining)
    return remaining, deadline


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
    confirmed: bool = True  # an ordering item counts once its order is confirmed
    seen: bool = False
    highlights: list[list[int]] | None = None

    @property
    def state(self) -> str:
        """unanswered, incomplete or answered (see simulator.scoring.answer_state)."""
        return answer_state(self.content, self.answer, self.confirmed)

    @property
    def scored_answer(self) -> list[Any] | None:
        """What scoring sees: an order never confirmed is no answer."""
        return self.answer if self.confirmed or self.content.type != "ordering" else None

    credit: float | None = None


class ExamSession:
    """One attempt in memory, mirrored to the database on every change."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        blueprint: Blueprint,
        attempt_id: int,
        mode: Mode,
        is_demo: bool,
        submitted: bool,
        instant_feedback: bool,
        timer: ExamTimer,
        elapsed_s: float,
        items: list[_ItemState],
        current: int,
        expired: bool = False,
        interruptions: int = 0,
        time_away_s: float = 0.0,
        *,
        blueprint_revision: int | None = None,
        blueprint_hash: str = "",
        sealed: dict[str, Any] | None = None,
        read_only: SimulacroError | None = None,
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
        # Items shown since the last save: saved with the clock (see go_to), not by a transaction per move.
        self._unsaved_seen: set[int] = set()
        self.expired = expired
        self._result: ExamResult | None = None
        self._interruptions = interruptions  # before this run's gaps, which the timer counts
        self._time_away_s = time_away_s
        self.expired_while_away = False  # reopened after its deadline: the next tick submits it
        self.blueprint_revision = blueprint_revision
        self._blueprint_hash = blueprint_hash
        self._sealed = sealed
        # Why this unfinished attempt is shown but every change refused (another window holds it), or None.
        self.read_only_reason: SimulacroError | None = read_only

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
            deadline_at=clock.now() + timedelta(seconds=plan.time_limit_s)
            if plan.mode == Mode.FULL and plan.time_limit_s is not None
            else None,
        )
        return cls.open(store, attempt_id, clock)

    @classmethod
    def open(
        cls, store: Store, attempt_id: int, clock: Clock, *, resumed: bool = False, take_over: bool = False
    ) -> ExamSession:
        """Open an attempt: an unfinished one to go on with, a finished one for review.

        `resumed=True` is the candidate coming back to it (the window does this): a full exam's clock ran while
        it was away, so it resumes with what its deadline leaves (none left: the next tick submits it), and the
        return counts as an interruption with the wall time since the last save, saved at once. Without it the
        attempt's clock is only read; its deadline still bounds the time left.

        An unfinished attempt that another live window holds opens read-only unless `take_over`."""
        read_only: SimulacroError | None = None
        probe, _ = attempt_store.load_attempt(store, attempt_id, items=False)
        if probe.status == AttemptStatus.IN_PROGRESS:
            try:
                if not attempt_store.acquire_lease(store, attempt_id, store.owner, clock.now(), take_over=take_over):
                    read_only = AttemptStateError(code="other_window")
            except StorageError as exc:  # a read-only or full database can still show the attempt
                read_only = exc
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
                confirmed=r.answered_at is not None or r.response is None,
                seen=bool(r.seen),
                highlights=r.highlights,
                credit=r.credit,
            )
            for r in rows
        ]
        submitted = attempt.status == AttemptStatus.SUBMITTED
        remaining, deadline = attempt.remaining_s, attempt.deadline_at
        interruptions, away = attempt.interruptions or 0, attempt.time_away_s or 0.0
        live = attempt.status == AttemptStatus.IN_PROGRESS
        if live and resumed:
            now = clock.now()
            interruptions += 1
            away += max(0.0, (now - attempt.updated_at).total_seconds())  # a clock set back reports no time
            if attempt.mode == Mode.FULL and remaining is not None:
                if deadline is None:  # left unfinished by an older version: its deadline starts now
                    deadline = now + timedelta(seconds=remaining)
                else:
                    remaining, deadline = _resume_by_deadline(remaining, deadline, now)
        timer = ExamTimer.start(
            clock, attempt.time_limit_s, remaining, paused=attempt.paused or submitted or not live, deadline=deadline
        )
        session = cls(
            store,
            clock,
            blueprint,
            attempt.id,
            Mode(attempt.mode),
            attempt.is_demo,
            submitted,
            bool(attempt.settings.get("instant_feedback", False)),
            timer,
            attempt.elapsed_s,
            items,
            min(attempt.current_position, max(0, len(items) - 1)),
            attempt.expired,
            interruptions,
            away,
            blueprint_revision=attempt.blueprint_revision_id,
            blueprint_hash=digest,
            sealed=attempt.result if submitted else None,
            read_only=None if submitted else read_only,
        )
        if live and resumed and not session.read_only:
            session.expired_while_away = bool(session.timer.expired())
            try:
                session._mark_seen(session._current)
                session.save_clock()
            except StorageError:
                # Opening must not fail on a full or read-only disk: the next tick saves the clock again.
                session.timer.changed = True
        return session

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
        states = [i.state for i in self._items]
        return Progress(
            len(self._items), states.count(ANSWERED), sum(i.flagged for i in self._items), states.count(INCOMPLETE)
        )

    def statuses(self) -> tuple[ItemStatus, ...]:
        return tuple(
            ItemStatus(
                i.position,
                i.state == ANSWERED,
                i.flagged,
                i.content.case_study,
                i.state,
                i.seen or i.state != UNANSWERED,
            )
            for i in self._items
        )

    @property
    def interruptions(self) -> int:
        return self._interruptions + self.timer.gaps

    @property
    def time_away_s(self) -> float:
        return self._time_away_s + self.timer.gap_s

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
            answered=state.state == ANSWERED,
            flagged=state.flagged,
            checked=state.checked,
            struck=frozenset(state.struck),
            feedback=self._feedback(state) if self.submitted or state.checked else None,
            state=state.state,
            missing=missing_parts(content, state.answer, state.confirmed),
            highlights=tuple((int(a), int(b)) for a, b in state.highlights or ()),
            scored=state.scored,
        )

    def content(self, position: int) -> ItemContent:
        """The item's full content, key included (for review, reports and simulated candidates)."""
        return self._item(position).content

    def _feedback(self, state: _ItemState) -> Feedback:
        content = state.content
        if self.submitted and state.correct is not None:
            score = ItemScore(state.correct, state.credit if state.credit is not None else float(state.correct))
        else:
            score = score_item(content, state.scored_answer)
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
            self.read_only_reason = exc
            raise

    def _require_open(self) -> None:
        if self.submitted:
            raise AttemptStateError(code="submitted")
        if (reason := self.read_only_reason) is not None:  # the same sentence, and code for the window
            raise AttemptStateError(str(reason), code=reason.code, **reason.params)

    # ----- the clock ------------------------------------------------------------------------------

    def elapsed(self) -> float:
        """Time used: a full exam's clock (time away included), otherwise the time on screen."""
        if self.mode == Mode.FULL and self.timer.limit_s is not None and not self.submitted:
            remaining = self.timer.remaining()
            assert remaining is not None
            return max(self._elapsed_base, self.timer.limit_s - remaining)
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
        """Show another item: account the time spent on the one being left. The new position, and that the item
        was seen, are saved as its time on screen is: with the clock (every 5 s, and when the window closes) or
        with the item's next change. A transaction per move was the biggest part of showing the next item."""
        self._item(position)
        self._settle_visit()
        self._current = position
        self._mark_seen(position)
        return self.view(position)

    def _mark_seen(self, position: int) -> None:
        """Count the item as seen; saved with the item's next change or the clock's next save."""
        state = self._items[position]
        if not state.seen and not self.submitted and not self.timer.paused and not self.read_only:
            state.seen = True
            self._unsaved_seen.add(position)

    def tick(self) -> ClockState:
        """Call often (the UI does every 250 ms): saves at least every 5 s and submits on expiry."""
        if self.submitted:
            return ClockState(None, self.elapsed(), level_for(None), False, False, None)
        if self.read_only:
            remaining = self.timer.remaining()
            return ClockState(remaining, self.elapsed(), level_for(remaining), self.timer.paused, False, None)
        if self.paused:
            return ClockState(self.timer.remaining(), self.elapsed(), TimeLevel.NORMAL, True, False, None)
        if self.timer.expired():
            result = self.submit(expired=True)
            return ClockState(0.0, self.elapsed(), level_for(0.0), False, True, result)
        saved = False
        if self.timer.changed or self.clock.monotonic() - self._last_save >= SAVE_EVERY_S:
            self.save_clock()
            saved = True
        remaining = self.timer.remaining()
        level = level_for(remaining, self.timer.limit_s)
        return ClockState(remaining, self.elapsed(), level, self.timer.paused, saved, None)

    def save_clock(self) -> None:
        """Persist the clock (remaining, elapsed, deadline, interruptions) and per-item time now."""
        self._settle_visit()
        remaining = self.timer.remaining()
        self._write(
            attempt_store.save_clock,
            self.store,
            self.attempt_id,
            remaining_s=remaining,
            elapsed_s=self.elapsed(),
            paused=self.timer.paused,
            item_times={p: self._items[p].time_spent_s for p in sorted(self._dirty_time)},
            seen=sorted(self._unsaved_seen),
            current_position=self._current,
            now=self.clock.now(),
            deadline_at=self.timer.deadline,
            interruptions=self.interruptions,
            time_away_s=self.time_away_s,
            owner=self.store.owner,
        )
        self.timer.changed = False
        self._dirty_time.clear()
        self._unsaved_seen.clear()
        self._last_save = self.clock.monotonic()

    def pause(self) -> ClockState:
        if self.mode != Mode.PRACTICE:
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
        if state.position in self._unsaved_seen:
            values["seen"] = True
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
        self._unsaved_seen.discard(state.position)
        self._last_save = self.clock.monotonic()

    def _require_time(self) -> None:
        self._require_open()
        if self.timer.expired():
            raise AttemptStateError(code="time_up")
        if self.timer.paused:
            raise AttemptStateError(code="paused")

    def answer(self, position: int, answer: list[Any] | None, *, confirmed: bool = True) -> AnswerChange:
        """Record an answer (None clears it); it is committed before this returns.

        A part answer (fewer options than asked, prompts left unpaired) is kept and the item is incomplete.
        For ordering, `confirmed=False` keeps a draft order: incomplete until the order is confirmed (once
        confirmed, moving a step keeps it answered)."""
        self._require_time()
        state = self._item(position)
        if state.checked:
            raise AttemptStateError(code="already_checked")
        normal = None if answer is None else check_answer(state.content, answer)
        confirm = confirmed or (state.confirmed and state.answer is not None)
        if normal is not None and answer_state(state.content, normal, confirm) == UNANSWERED:
            normal = None
        complete = normal is not None and answer_state(state.content, normal, confirm) == ANSWERED
        # Saved first: if the write fails, memory still matches the database.
        self._save(state, {"response": normal, "answered_at": self.clock.now() if complete else None, "seen": True})
        state.answer = normal
        state.confirmed = complete or normal is None or state.content.type != "ordering"
        state.seen = True
        return AnswerChange(position, complete, self.progress(), None)

    def arrange(self, position: int, order: list[int]) -> AnswerChange:
        """Ordering: keep the order the candidate is building; it counts once confirmed (see answer)."""
        return self.answer(position, order, confirmed=False)

    def toggle_highlight(self, position: int, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """Highlight part of the stem, or clear it if it is all highlighted already; kept with the attempt."""
        self._require_open()
        state = self._item(position)
        start, end = max(0, min(start, end)), min(len(state.content.stem), max(start, end))
        if start >= end:
            return tuple((a, b) for a, b in state.highlights or ())
        marked: set[int] = set()
        for a, b in state.highlights or ():
            marked.update(range(a, b))
        span = set(range(start, end))
        marked = marked - span if span <= marked else marked | span
        ranges: list[list[int]] = []
        for index in sorted(marked):
            if ranges and ranges[-1][1] == index:
                ranges[-1][1] = index + 1
            else:
                ranges.append([index, index + 1])
        self._save(state, {"highlights": ranges or None})
        state.highlights = ranges or None
        return tuple((a, b) for a, b in ranges)

    def check(self, position: int) -> AnswerChange:
        """Practice with instant feedback: lock the answer and return right or wrong with every reason."""
        self._require_time()
        if not self.instant_feedback:
            raise AttemptStateError(code="no_feedback")
        state = self._item(position)
        if state.state != ANSWERED:
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
                (i.position, s.correct, s.credit, i.time_spent_s, i.seen)
                for i, s in zip(self._items, scores, strict=True)
            ],
            raw_correct=exam.raw_correct,
            scored_total=exam.scored_total,
            scaled=exam.scaled,
            passed=exam.passed,
            remaining_s=remaining,
            elapsed_s=elapsed,
            expired=expired,
            now=self.clock.now(),
            interruptions=self.interruptions,
            time_away_s=self.time_away_s,
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
        scores = [score_item(i.content, i.scored_answer) for i in self._items]
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
                raise AttemptStateError(code="no_stored_result", attempt=self.attempt_id)
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
            interruptions=self.interruptions,
            time_away_s=self.time_away_s,
            items=tuple(
                ItemResult(
                    i.position,
                    i.key,
                    i.content.task,
                    i.content.type,
                    i.scored,
                    i.state == ANSWERED,
                    i.flagged,
                    s.correct,
                    s.credit,
                    i.time_spent_s,
                    i.state,
                )
                for i, s in zip(self._items, scores, strict=True)
            ),
            blueprint=self.blueprint,
        )
