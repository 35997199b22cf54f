"""Simulacro's entry point: the window by default, and command-line tools for the bank, exams and history."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from simulator.states import AttemptStatus, Mode

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one clear line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def skill(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0.0 and 1.0")
    return value


def path(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path names nothing")
    return Path(text)


def _control(text: str) -> bool:
    """Control characters (newline, NUL, escape) or bytes that are not UTF-8 (argv's lone surrogates)."""
    from simulator.output_files import has_control

    return has_control(text)


def name(text: str) -> str:
    if len(text) > 120:
        raise argparse.ArgumentTypeError("at most 120 characters")
    if _control(text):
        raise argparse.ArgumentTypeError("must be UTF-8 text without control characters")
    return text.strip()


def output(text: str) -> Path:
    target = path(text)
    if _control(target.name):
        raise argparse.ArgumentTypeError("the file name must not hold control characters or non-UTF-8 bytes")
    return target


def _positive(limit: int) -> Any:
    def parse(text: str) -> int:
        value = int(text)
        if not 1 <= value <= limit:
            raise argparse.ArgumentTypeError(f"must be between 1 and {limit}")
        return value

    parse.__name__ = "number"  # argparse names the type in "invalid number value"
    return parse


def seed(text: str) -> int:
    value = int(text)
    if not 0 <= value < 2**31:
        raise argparse.ArgumentTypeError("must be between 0 and 2147483647")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="simulacro", description="AWS Certified AI Practitioner exam simulator.")
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy database URL (default: SQLite in the data dir)")
    parser.add_argument("--data-dir", metavar="DIR", help="folder for user data (default: the platform's)")
    parser.add_argument("--smoke", action="store_true", help="start, show the window, finish start-up, exit")
    parser.add_argument("--lang", choices=["es", "en"], help="interface language for this run")
    parser.add_argument(
        "--candidate", type=name, metavar="NAME", help="whose attempts (a shared database; created if new)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    bank = commands.add_parser("bank", help="validate, import and count bank files")
    bank_commands = bank.add_subparsers(dest="bank_command", metavar="ACTION", required=True, parser_class=_Parser)
    validate = bank_commands.add_parser("validate", help="check bank files; exit 1 with every error")
    validate.add_argument("paths", nargs="+", type=path, metavar="PATH")
    imp = bank_commands.add_parser(
        "import", help="validate, then import a pack beside the shipped bank, all-or-nothing"
    )
    imp.add_argument("paths", nargs="+", type=path, metavar="PATH")
    imp.add_argument("--name", type=name, help="the pack's name (default: the first folder's name)")
    bank_commands.add_parser("packs", help="list the imported packs")
    remove = bank_commands.add_parser("remove", help="remove an imported pack (past attempts keep their items)")
    remove.add_argument("pack", type=name, metavar="PACK")
    convert = bank_commands.add_parser(
        "convert", help="turn a Moodle XML, GIFT, Aiken or CSV file into a pack folder (then validate/import it)"
    )
    convert.add_argument("file", type=path, metavar="FILE")
    convert.add_argument("-o", "--output", required=True, type=output, metavar="PACK_DIR")
    convert.add_argument("--task", type=name, help="task statement for questions whose category names none")
    convert.add_argument("--map", type=path, metavar="MAPPING", help="YAML file: category: task statement")
    convert.add_argument(
        "--reference", action="append", default=[], metavar="URL", help="https page supporting the keys (repeatable)"
    )
    convert.add_argument("--language", choices=["es", "en"], default="es", help="language of the questions")
    convert.add_argument("--format", choices=["moodle", "gift", "aiken", "csv"], help="skip recognising the format")
    convert.add_argument("--skip", action="store_true", help="leave out (whole) the questions that cannot be converted")
    convert.add_argument("--exam", type=name, default="aif-c01", metavar="CODE")
    stats = bank_commands.add_parser("stats", help="items by domain, task statement and type")
    stats.add_argument("--json", action="store_true")

    exam = commands.add_parser("exam", help="plan exams")
    exam_commands = exam.add_subparsers(dest="exam_command", metavar="ACTION", required=True, parser_class=_Parser)
    plan = exam_commands.add_parser("plan", help="show the composition an exam would have; saves nothing")
    plan.add_argument("--mode", choices=["full", "practice"], required=True)
    plan.add_argument("--tasks", help="practice: task statements or domains, e.g. 4.1,5.2 or 4,5")
    plan.add_argument("--count", type=_positive(200), default=20, help="practice: number of items")
    plan.add_argument("--case-studies", type=int, default=0, choices=range(0, 6), help="practice: whole case studies")
    plan.add_argument("--accommodation", action="store_true", help="full: +30 minutes")
    plan.add_argument("--seed", type=seed)
    plan.add_argument("--json", action="store_true")
    plan.add_argument("--exam", type=name, metavar="CODE", help="exam code (default: the shipped aif-c01)")

    demo = commands.add_parser("demo", help="simulated candidates take real exams (stored as demo attempts)")
    demo.add_argument("--attempts", type=_positive(10_000), required=True)
    demo.add_argument("--skill", type=skill, default=0.7)
    demo.add_argument("--seed", type=seed, default=1)
    demo.add_argument("--mode", choices=["full", "practice"], default="full")
    demo.add_argument("--exam", type=name, metavar="CODE", help="exam code (default: the shipped aif-c01)")
    demo.add_argument(
        "--candidates", type=_positive(1000), help="spread the attempts over N simulated candidates (demo-01, …)"
    )

    stats_cmd = commands.add_parser("stats", help="item statistics from finished attempts (every candidate)")
    stats_commands = stats_cmd.add_subparsers(
        dest="stats_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    items = stats_commands.add_parser("items", help="facility, discrimination, choices; items to revise first")
    items.add_argument("--json", action="store_true", help="print JSON")
    items.add_argument("--csv", type=output, metavar="FILE.csv", help="write CSV (spreadsheet-safe)")
    items.add_argument("--include-demo", action="store_true", help="count simulated (demo) attempts too")
    items.add_argument("--exam", type=name, metavar="CODE", help="exam code (default: the shipped aif-c01)")

    report = commands.add_parser("report", help="write the PDF report of a finished attempt, or of the cohort")
    report.add_argument("attempt_id", type=_positive(2**31 - 1), metavar="ATTEMPT_ID", nargs="?")
    report.add_argument("--cohort", action="store_true", help="the cohort report: every candidate of the database")
    report.add_argument("--include-demo", action="store_true", help="cohort: count simulated (demo) attempts too")
    report.add_argument("--exam", type=name, metavar="CODE", help="cohort: exam code (default: the shipped aif-c01)")
    report.add_argument("-o", "--output", required=True, type=output, metavar="FILE.pdf")
    report.add_argument("--name", default="", type=name, help="candidate name printed in the report")

    history = commands.add_parser("history", help="every attempt with its results")
    history.add_argument("--json", action="store_true")
    history.add_argument("--exam", type=name, metavar="CODE", help="exam for mastery (default: the shipped aif-c01)")
    history.add_argument("--csv", action="store_true", help="CSV for spreadsheets: attempts, or one attempt's items")
    history.add_argument("--attempt", type=_positive(2**31 - 1), metavar="ID", help="with --csv: that attempt's items")
    history.add_argument("-o", "--output", type=output, metavar="FILE.csv", help="with --csv: write here, not stdout")

    export = commands.add_parser("export", help="missed, flagged or chosen items to Anki, Moodle XML or GIFT")
    export.add_argument("target", choices=["anki", "moodle", "gift"])
    chosen = export.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--attempt", type=_positive(2**31 - 1), metavar="ID", help="the items of an attempt")
    chosen.add_argument("--flagged", action="store_true", help="the items with an open flag")
    chosen.add_argument("--tasks", help="every item of these task statements or domains, e.g. 4.1,5.2")
    export.add_argument("--missed", action="store_true", help="with --attempt: only items answered wrong or blank")
    export.add_argument("-o", "--output", required=True, type=output, metavar="FILE")
    export.add_argument("--exam", type=name, metavar="CODE", help="exam code (default: the shipped aif-c01)")
    return parser


def _print_errors(errors: Sequence[object]) -> None:
    for error in errors:
        print(error, file=sys.stderr)


def _workspace(args: argparse.Namespace, *, durable: bool = True, read_only: bool = False) -> Any:
    from question_bank.workspace import open_workspace

    workspace = open_workspace(args.db, args.data_dir, durable=durable, read_only=read_only)
    for notice in workspace.notices:
        print(f"note: {notice}", file=sys.stderr)
    if args.candidate is not None:
        from simulator.errors import StorageError
        from simulator.storage.candidates import find_candidate, use_candidate

        try:
            if read_only:  # a command that only reads names someone who is there; it adds nobody
                found = find_candidate(workspace.store, args.candidate)
                if found is None:
                    raise StorageError(f"There is no candidate named {args.candidate!r} in this database.")
                use_candidate(workspace.store, candidate_id=found)
            else:
                use_candidate(workspace.store, args.candidate)
        except ValueError as exc:
            raise StorageError(str(exc)) from exc
    return workspace


def _exam_code(store: Any, requested: str | None = None) -> str:
    """The exam asked for with --exam, else the shipped default: an imported pack never takes over."""
    from simulator.storage.bank import choose_exam

    return choose_exam(store, requested)


def cmd_bank(args: argparse.Namespace) -> int:
    import json

    from question_bank.validator import validate

    if args.bank_command == "validate":
        report = validate(args.paths)
        for warning in report.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        if not report.errors and not any(b.files for b in report.banks.values()):
            print(f"No bank files (*.yaml) found in {', '.join(map(str, args.paths))}.", file=sys.stderr)
            return EXIT_FAIL
        if report.errors:
            _print_errors(report.errors)
            print(f"{len(report.errors)} error(s) in {len(report.banks) or 'the'} bank(s).", file=sys.stderr)
            return EXIT_FAIL
        cases = sum(len(b.case_studies) for b in report.banks.values())
        files = sum(len(b.files) for b in report.banks.values())
        print(f"OK: {report.item_count} items ({cases} case studies) in {files} files.")
        return EXIT_OK
    if args.bank_command == "import":
        from question_bank.importer import import_paths, pack_name_for

        workspace = _workspace(args)
        outcome = import_paths(workspace.store, args.paths, name=args.name)
        if outcome.ok and not outcome.counts:
            print(f"No bank files (*.yaml) found in {', '.join(map(str, args.paths))}.", file=sys.stderr)
            return EXIT_FAIL
        if not outcome.ok:
            _print_errors(outcome.errors)
            print(f"{len(outcome.errors)} error(s); nothing was imported.", file=sys.stderr)
            return EXIT_FAIL
        pack = args.name or pack_name_for(args.paths)
        for exam, c in outcome.counts.items():
            print(
                f"{exam}: {c.added} added, {c.revised} revised, {c.unchanged} unchanged, {c.case_studies} case studies."
            )
        print(f"Imported as pack '{pack}' (see `bank packs`; `bank remove {pack}` takes it out again).")
        return EXIT_OK
    if args.bank_command in ("packs", "remove"):
        return _packs(args)
    if args.bank_command == "convert":
        from question_bank.interop.cli import cmd_convert

        return cmd_convert(args)
    from question_bank.stats import bank_stats

    workspace = _workspace(args)
    stats = bank_stats(workspace.store)
    if not stats and not args.json:
        print("No exam bank is loaded.")
    if args.json:
        print(json.dumps(stats, indent=2, ensure_ascii=False))
    else:
        for exam, data in stats.items():
            print(f"{exam}: {data['items']} items, {data['case_studies']} case studies")
            print("  by domain: " + ", ".join(f"{k}: {v}" for k, v in data["by_domain"].items()))
            print("  by task:   " + ", ".join(f"{k}: {v}" for k, v in data["by_task"].items()))
            print("  by type:   " + ", ".join(f"{k}: {v}" for k, v in data["by_type"].items()))
    return EXIT_OK


def _packs(args: argparse.Namespace) -> int:
    from datetime import datetime

    from simulator.storage.packs import list_packs, remove_pack

    workspace = _workspace(args)
    if args.bank_command == "remove":
        gone = remove_pack(workspace.store, args.pack, now=datetime.now())
        print(f"Removed pack '{gone.name}' ({gone.items} items); attempts that used them keep them.")
        return EXIT_OK
    packs = list_packs(workspace.store)
    if not packs:
        print("No packs imported.")
    for pack in packs:
        exams = ", ".join(pack.exams) or "-"
        source = "".join(c if c.isprintable() else "?" for c in pack.source)
        print(f"{pack.name}\t{exams}\t{pack.items} items\t{pack.imported_at:%Y-%m-%d %H:%M}\t{source}")
    return EXIT_OK


def _tasks_arg(text: str | None, blueprint: Any) -> tuple[str, ...]:
    if text is None:
        return tuple(t.id for t in blueprint.tasks)
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        raise ValueError("--tasks names no task statement or domain")
    chosen: list[str] = []
    domains = {str(d.id): d.id for d in blueprint.domains}
    for part in parts:
        shown = part if len(part) <= 20 else part[:19] + "…"
        if part in domains:
            chosen.extend(t.id for t in blueprint.tasks_of(domains[part]))
        elif any(t.id == part for t in blueprint.tasks):
            chosen.append(part)
        else:
            raise ValueError(f"unknown task statement or domain '{shown}'")
    return tuple(dict.fromkeys(chosen))


def cmd_exam(args: argparse.Namespace) -> int:
    import json
    import random

    from simulator.assembly import FullSpec, PracticeSpec, plan_full, plan_practice
    from simulator.storage.attempts import last_seen
    from simulator.storage.bank import bank_index, load_blueprint

    workspace = _workspace(args)
    store = workspace.store
    exam = _exam_code(store, args.exam)
    blueprint = load_blueprint(store, exam)
    try:
        tasks = _tasks_arg(args.tasks, blueprint)
    except ValueError as exc:
        print(f"simulacro: error: {exc} (see --help)", file=sys.stderr)
        return EXIT_USAGE
    index = bank_index(store, exam)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**31)
    seen = last_seen(store, exam)
    if args.mode == Mode.FULL:
        plan = plan_full(index, FullSpec(args.accommodation), seed, seen)
    else:
        plan = plan_practice(index, PracticeSpec(tasks, args.count, case_studies=args.case_studies), seed, seen)
    if args.json:
        print(json.dumps(plan.to_json(), indent=2, ensure_ascii=False))
        return EXIT_OK
    scored = sum(i.scored for i in plan.items)
    minutes = f"{plan.time_limit_s // 60} min" if plan.time_limit_s else "untimed"
    print(f"{plan.mode} exam, seed {plan.seed}: {len(plan.items)} items ({scored} scored), {minutes}")
    for n, item in enumerate(plan.items, start=1):
        mark = "" if item.scored else "  (unscored)"
        case = f"  [{item.case_study}]" if item.case_study else ""
        print(f"{n:3d}. {item.task:4s} {item.type:9s} {item.key}{case}{mark}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from simulator.demo import DemoSettings, run_demo

    # Simulated attempts need no fsync per answer: losing them to a power cut would cost nothing.
    workspace = _workspace(args, durable=False)
    exam = _exam_code(workspace.store, args.exam)
    settings = DemoSettings(args.attempts, args.skill, args.seed, args.mode, candidates=args.candidates or 0)
    results = run_demo(workspace.store, exam, settings)
    passed = sum(r.score.passed for r in results)
    spread = f" over {args.candidates} candidates" if args.candidates else ""
    print(f"{len(results)} demo attempts stored{spread} ({passed} estimated passes).")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    import json

    from simulator.item_stats import MIN_SAMPLE, write_stats_csv
    from simulator.output_files import shown
    from simulator.storage.stats import item_statistics

    workspace = _workspace(args, read_only=True)
    exam = _exam_code(workspace.store, args.exam)
    stats = item_statistics(workspace.store, exam, include_demo=args.include_demo)
    if args.csv is not None:
        target = write_stats_csv(stats, args.csv)
        print(f"{len(stats)} item revisions written to {shown(target)}", file=sys.stderr if args.json else sys.stdout)
    if args.json:
        payload = {"exam": exam, "min_sample": MIN_SAMPLE, "items": [s.to_json() for s in stats]}
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return EXIT_OK
    if args.csv is not None:
        return EXIT_OK
    if not stats:
        print("No finished attempts to count yet.")
        return EXIT_OK
    flagged = sum(s.revisar for s in stats)
    print(f"{exam}: {len(stats)} item revisions answered, {flagged} to revise (flags from {MIN_SAMPLE} answers)")
    for s in stats:
        disc = "  -  " if s.discrimination is None else f"{s.discrimination:+.2f}"
        mark = "revisar " + ",".join(s.flags) if s.revisar else ""
        print(f"{s.key} r{s.revision}\t{s.task}\tn={s.answers}\tp={s.facility:.2f}\tr={disc}\t{mark}")
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    import json

    from simulator.history import attempt_history
    from simulator.review_tools import standing
    from simulator.storage.bank import exam_codes, load_blueprint

    workspace = _workspace(args, read_only=True)
    if args.csv or args.attempt or args.output:
        from question_bank.interop.cli import history_csv

        return history_csv(args, workspace.store)
    rows = attempt_history(workspace.store)
    if args.json:
        exam = _exam_code(workspace.store, args.exam) if args.exam or exam_codes(workspace.store) else None
        state = standing(workspace.store, load_blueprint(workspace.store, exam)) if exam else None
        payload = {
            "attempts": [r.to_json() for r in rows],
            "mastery": [
                {
                    "task": m.task,
                    "mastery": round(m.mastery, 4),
                    "answers": m.answers,
                    "low": round(m.low, 4),
                    "high": round(m.high, 4),
                }
                for m in (state.masteries if state else ())
            ],
            "readiness": state.readiness.to_json() if state and state.readiness else None,
            "mastery_source": state.source if state else None,
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not rows:
        print("No attempts yet.")
    for r in rows:
        demo = " demo" if r.is_demo else ""
        if r.status == AttemptStatus.SUBMITTED:
            verdict = "pass" if r.passed else "fail"
            detail = f"{r.raw_correct}/{r.scored_total} scored right, {r.scaled_score} ({verdict}, estimate)"
        else:
            left = f", {int(r.remaining_s or 0) // 60} min left" if r.remaining_s is not None else ""
            partial = f", {r.incomplete} incomplete" if r.incomplete else ""
            detail = f"in progress, {r.answered}/{r.total} answered{partial}{left}"
        print(f"#{r.id} {r.created_at:%Y-%m-%d %H:%M} {r.mode}{demo}: {detail}")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from simulator.output_files import shown
    from simulator.report_data import build_report_data
    from simulator.report_pdf import render_report

    if args.cohort == (args.attempt_id is not None):
        print("simulacro: error: name an ATTEMPT_ID or --cohort (one of them) (see --help)", file=sys.stderr)
        return EXIT_USAGE
    workspace = _workspace(args, read_only=True)
    if args.cohort:
        from simulator.cohort import build_cohort
        from simulator.cohort_pdf import render_cohort

        exam = _exam_code(workspace.store, args.exam)
        cohort = build_cohort(workspace.store, exam, include_demo=args.include_demo, language=args.lang or "es")
        target = render_cohort(cohort, args.output)
        print(f"Cohort report written to {shown(target)}")
        return EXIT_OK
    data = build_report_data(workspace.store, args.attempt_id, language=args.lang or "es", candidate=args.name)
    target = render_report(data, args.output)
    print(f"Report written to {shown(target)}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from question_bank.interop.cli import cmd_export as export

    workspace = _workspace(args)
    exam = _exam_code(workspace.store, args.exam)
    tasks = None
    if args.tasks is not None:
        from simulator.storage.bank import load_blueprint

        try:
            tasks = _tasks_arg(args.tasks, load_blueprint(workspace.store, exam))
        except ValueError as exc:
            print(f"simulacro: error: {exc} (see --help)", file=sys.stderr)
            return EXIT_USAGE
    return export(args, workspace.store, exam, tasks)


def run_cli(args: argparse.Namespace) -> int:
    handlers = {
        "bank": cmd_bank,
        "exam": cmd_exam,
        "demo": cmd_demo,
        "history": cmd_history,
        "report": cmd_report,
        "stats": cmd_stats,
        "export": cmd_export,
    }
    return handlers[args.command](args)


def main(argv: Sequence[str] | None = None) -> int:
    if os.name == "posix":
        os.umask(0o077)  # the database, settings, logs and reports are the candidate's: owner-only files
    args = build_parser().parse_args(argv)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(db_url=args.db, data_dir=args.data_dir, smoke=args.smoke, language=args.lang)
    from simulator.errors import SimulacroError

    try:
        return run_cli(args)
    except SimulacroError as exc:
        print(f"simulacro: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
