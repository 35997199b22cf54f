"""What the window asks of the core, as plain functions run on the op runner (never on the UI thread).

Imported lazily by the main window so that SQLAlchemy, Alembic and YAML load after the window is painted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from question_bank.workspace import Workspace
from simulator.assembly import FullSpec, PracticeSpec, plan_full, plan_practice
from simulator.clock import Clock
from simulator.cohort import Cohort, build_cohort
from simulator.cohort_pdf import render_cohort
from simulator.content import ITEM_TYPES
from simulator.error_catalogue import Lines
from simulator.errors import SimulacroError
from simulator.history import attempt_history
from simulator.item_stats import ItemStat, write_stats_csv
from simulator.os_reasons import os_reason
from simulator.review_tools import drill_plan, export_reports_csv, flagged_plan, missed_plan, standing
from simulator.session import ExamSession
from simulator.storage.attempts import abandon_attempt, last_seen
from simulator.storage.bank import bank_index, load_blueprint
from simulator.storage.candidates import CandidateRow, candidate_name, list_candidates, use_candidate
from simulator.storage.packs import PackInfo, list_packs, remove_pack
from simulator.storage.review import (
    FlaggedItem,
    ReportRow,
    add_item_report,
    clear_flag,
    item_reports,
    open_flags,
)
from simulator.storage.stats import item_statistics
from ui.history_page import HistoryData
from ui.home_backend import exam_for as _exam
from ui.home_backend import load_home as load_home
from ui.home_backend import open_and_load as open_and_load
from ui.home_data import HomeData


def enter_as(
    workspace: Workspace, name: str, exam: str | None = None, exam_date: date | None = None
) -> tuple[str, HomeData]:
    """Make `name` (created if new) the candidate whose data the window shows and writes; then Home."""
    use_candidate(workspace.store, name)  # a name it cannot store raises CandidateNameError, a SimulacroError
    return candidate_name(workspace.store), load_home(workspace, exam, exam_date)


def candidates(workspace: Workspace) -> list[CandidateRow]:
    return list_candidates(workspace.store)


def load_item_stats(workspace: Workspace, exam: str | None, include_demo: bool) -> tuple[list[ItemStat], list[str]]:
    store = workspace.store
    code = _exam(workspace, exam)
    tasks = [t.id for t in load_blueprint(store, code).tasks]
    return item_statistics(store, code, include_demo=include_demo), tasks


def export_item_stats(workspace: Workspace, exam: str | None, include_demo: bool, target: Path) -> int:
    stats = item_statistics(workspace.store, _exam(workspace, exam), include_demo=include_demo)
    write_stats_csv(stats, target)
    return len(stats)


def load_cohort(workspace: Workspace, exam: str | None, include_demo: bool, language: str) -> Cohort:
    return build_cohort(workspace.store, _exam(workspace, exam), include_demo=include_demo, language=language)


def write_cohort_pdf(workspace: Workspace, exam: str | None, include_demo: bool, language: str, target: Path) -> Path:
    cohort = build_cohort(workspace.store, _exam(workspace, exam), include_demo=include_demo, language=language)
    return render_cohort(cohort, target)


def start_exam(
    workspace: Workspace, spec: FullSpec | PracticeSpec, clock: Clock, exam_code: str | None = None
) -> ExamSession:
    """Plan an exam (fresh items first) and persist it as a new attempt."""
    store = workspace.store
    exam = _exam(workspace, exam_code)
    index = bank_index(store, exam)
    seed = int(datetime.now().timestamp() * 1000) % 2**31
    seen = last_seen(store, exam)
    plan = plan_full(index, spec, seed, seen) if isinstance(spec, FullSpec) else plan_practice(index, spec, seed, seen)
    return ExamSession.start(store, plan, clock)


def start_plan(
    workspace: Workspace, kind: str, clock: Clock, count: int = 15, attempt_id: int = 0, exam_code: str | None = None
) -> ExamSession:
    """Start a drill, the flagged set or a retake of an attempt's missed items."""
    store = workspace.store
    exam = _exam(workspace, exam_code)
    seed = int(datetime.now().timestamp() * 1000) % 2**31
    if kind == "drill":
        plan = drill_plan(store, exam, count, seed, datetime.now())
    elif kind == "flagged":
        plan = flagged_plan(store, exam, seed)
    else:
        plan = missed_plan(store, exam, attempt_id, seed)
    return ExamSession.start(store, plan, clock)


def load_history(workspace: Workspace, exam: str | None = None) -> HistoryData:
    store = workspace.store
    blueprint = load_blueprint(store, _exam(workspace, exam))
    attempts = [a for a in attempt_history(store) if a.exam == blueprint.exam]
    return HistoryData(blueprint, attempts, standing(store, blueprint))


def load_flagged(workspace: Workspace, exam: str | None = None) -> list[FlaggedItem]:
    return open_flags(workspace.store, _exam(workspace, exam))


def clear_item_flag(workspace: Workspace, key: str, exam: str | None = None) -> list[FlaggedItem]:
    clear_flag(workspace.store, _exam(workspace, exam), key, datetime.now())
    return load_flagged(workspace, exam)


def report_item(workspace: Workspace, attempt_id: int, position: int, note: str) -> int:
    return add_item_report(workspace.store, attempt_id, position, note, datetime.now())


def load_reports(workspace: Workspace) -> list[ReportRow]:
    return item_reports(workspace.store)


def export_reports(workspace: Workspace, target: Path) -> int:
    try:
        return export_reports_csv(workspace.store, target)
    except OSError as exc:
        raise SimulacroError(code="file_write", target=str(target), reason=os_reason(exc)) from exc


def open_attempt(workspace: Workspace, attempt_id: int, clock: Clock, take_over: bool = False) -> ExamSession:
    """The candidate opens an attempt: an unfinished one resumes (its clock ran while away)."""
    return ExamSession.open(workspace.store, attempt_id, clock, resumed=True, take_over=take_over)


def submit_unfinished(workspace: Workspace, attempt_id: int, clock: Clock) -> None:
    """Submit an unfinished attempt as it stands (asked before starting another)."""
    session = ExamSession.open(workspace.store, attempt_id, clock, resumed=True)
    if not session.submitted:
        session.submit(expired=session.timer.expired())


def load_packs(workspace: Workspace) -> list[PackInfo]:
    return list_packs(workspace.store)


def remove_pack_named(workspace: Workspace, name: str) -> list[PackInfo]:
    """Remove a pack and return the packs left (Preferences lists them)."""
    remove_pack(workspace.store, name, now=datetime.now())
    return list_packs(workspace.store)


@dataclass(frozen=True)
class ImportPreview:
    """What a file converts to, for the import dialog: counts per task and type, problems and notes."""

    format: str
    count: int
    counts: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]
    problems: tuple[str, ...]
    notes: tuple[str, ...]
    ready: bool


def _convert(options: dict[str, Any]) -> tuple[Path, Any, Any]:
    from question_bank.importer import pack_name_for  # only when a pack is imported
    from question_bank.interop.convert import ConvertOptions, convert

    if not options.get("file"):
        raise SimulacroError(code="import_choose_file")
    source = Path(options["file"])
    mapping = Path(options["mapping"]) if options.get("mapping") else None
    settings = ConvertOptions(
        task=options.get("task"),
        mapping=mapping,
        references=tuple(options.get("references", ())),
        language=options.get("language", "es"),
        prefix=pack_name_for([source]),
        skip=bool(options.get("skip")),
    )
    return source, settings, convert(source, settings)


def _type_order(entry: tuple[str, int]) -> int:
    return ITEM_TYPES.index(entry[0]) if entry[0] in ITEM_TYPES else len(ITEM_TYPES)


def preview_conversion(options: dict[str, Any]) -> ImportPreview:
    _, _, conversion = _convert(options)
    counts = tuple((task, tuple(sorted(c.items(), key=_type_order))) for task, c in conversion.counts().items())
    return ImportPreview(
        conversion.format, len(conversion.items), counts, conversion.problems, conversion.notes, conversion.ready
    )


def import_conversion(workspace: Workspace, data_dir: Path, options: dict[str, Any]) -> tuple[str, int]:
    """Convert again (the file may have changed), write the pack folder in the data dir, import it as a pack."""
    from question_bank.importer import import_paths, pack_name_for  # only when a pack is imported
    from question_bank.interop.convert import PackFolderError, write_pack

    source, settings, conversion = _convert(options)
    if not conversion.ready:
        raise SimulacroError(code="import_nothing", problem=conversion.problems[0] if conversion.problems else "-")
    name = pack_name_for([source])
    folder = data_dir / "packs" / name
    try:
        write_pack(conversion, settings, folder)
    except PackFolderError as exc:
        raise SimulacroError(code="pack_write", reason=exc.problem) from exc
    outcome = import_paths(workspace.store, [folder], name=name)
    if not outcome.ok:
        raise SimulacroError(code="import_nothing_list", errors=Lines(outcome.errors[:10]))
    return name, len(conversion.items)


def export_selection(
    workspace: Workspace,
    target: str,
    path: Path,
    *,
    attempt_id: int | None = None,
    missed: bool = False,
    exam: str | None = None,
) -> Any:
    """An attempt's items (or only the missed ones) or the flagged items, to Anki, Moodle XML or GIFT."""
    from question_bank.interop.export import export_items
    from simulator.results_out import attempt_items, flagged_items

    if attempt_id is not None:
        code, items = attempt_items(workspace.store, attempt_id, missed=missed)
    else:
        code = _exam(workspace, exam)
        items = flagged_items(workspace.store, code)
    if not items:
        raise SimulacroError(code="export_empty")
    return export_items(items, code, target, path)


def discard(workspace: Workspace, attempt_id: int) -> None:
    abandon_attempt(workspace.store, attempt_id, datetime.now())


def write_report(
    workspace: Workspace, attempt_id: int, target: Path, language: str, candidate: str, progress: Any
) -> Path:
    """Gather and draw the PDF report; `progress(share, step)` may be called from this thread."""
    from simulator.report_data import build_report_data
    from simulator.report_pdf import render_report

    progress(0.05, "data")
    data = build_report_data(workspace.store, attempt_id, language=language, candidate=candidate)
    return render_report(data, target, progress)


def item_content(workspace: Workspace, item_id: int) -> Any:
    """The newest revision of an item, to read it from the flagged-items screen."""
    from simulator.storage.bank import latest_content

    content = latest_content(workspace.store, item_id)
    if content is None:
        raise SimulacroError(code="item_gone")
    return content
