"""Start-up's share of the backend: open the data and load what Home shows, run on the op runner.

Kept apart from ui.backend so the path to Home imports only what Home needs (no planner, session, review tools
or pack code, no other page); the window loads ui.backend on the op runner once Home is showing.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from pathlib import Path

from question_bank.workspace import Workspace, open_workspace
from simulator.errors import SimulacroError
from simulator.history import attempt_history, open_attempts
from simulator.review_tools import coaching
from simulator.storage.bank import choose_exam, exam_codes, item_refs, load_blueprint
from simulator.storage.candidates import CandidateRow, list_candidates
from simulator.storage.review import item_reports, open_flags, schedule
from ui.home_data import HomeData


def open_and_load(
    db_url: str | None, data_dir: Path, exam: str | None = None, exam_date: date | None = None
) -> tuple[Workspace, HomeData | list[CandidateRow]]:
    """Open the database; on a shared one, the candidates to choose from instead of Home (the window asks)."""
    workspace = open_workspace(db_url, data_dir)
    if workspace.store.is_shared:
        return workspace, list_candidates(workspace.store)
    return workspace, load_home(workspace, exam, exam_date)


def exam_for(workspace: Workspace, exam: str | None) -> str:
    """The exam chosen on Home if it still exists (a pack may have been removed), else the shipped default."""
    codes = exam_codes(workspace.store)
    if not codes:
        raise SimulacroError(code="no_bank")
    return choose_exam(workspace.store, exam if exam in codes else None)


def load_home(workspace: Workspace, exam: str | None = None, exam_date: date | None = None) -> HomeData:
    """Everything the home screen shows, for the chosen exam."""
    store = workspace.store
    code = exam_for(workspace, exam)
    codes = exam_codes(store)
    blueprint = load_blueprint(store, code)
    refs = item_refs(store, code)
    domain_counts = Counter(ref.task.split(".")[0] for ref in refs)
    task_counts = Counter(ref.task for ref in refs if ref.case_study is None)
    every = attempt_history(store)
    # Every unfinished attempt, of any exam: none is left behind.
    unfinished = open_attempts(every)
    history = [h for h in every if h.exam == code]  # results of the chosen exam only
    now = datetime.now()
    due_at = [s.due_at for s in schedule(store, code)]
    return HomeData(
        blueprint,
        dict(domain_counts),
        dict(task_counts),
        history,
        unfinished,
        flagged=len(open_flags(store, code)),
        due=sum(1 for when in due_at if when <= now),
        reports=len(item_reports(store)),
        exams=tuple(codes),
        coaching=coaching(store, blueprint, now, every, due_at, exam_date),
    )
