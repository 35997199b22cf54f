"""The command-line side of interoperability: `bank convert`, `export` and `history --csv`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from question_bank.interop.convert import Conversion, ConvertOptions, PackFolderError, convert, write_pack
from question_bank.interop.export import export_items, write_bytes
from simulator.content import ITEM_TYPES
from simulator.results_out import attempt_csv, attempt_items, flagged_items, task_items
from simulator.results_out import history_csv as history_text
from simulator.storage.db import Store

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def summary(conversion: Conversion) -> list[str]:
    """Counts per task statement and type, as printed and previewed."""
    lines = [f"{conversion.format}: {len(conversion.items)} questions convert"]
    for task, counts in conversion.counts().items():
        ordered = sorted(counts.items(), key=lambda kv: ITEM_TYPES.index(kv[0]))
        lines.append(f"  {task}: " + ", ".join(f"{n} {kind}" for kind, n in ordered))
    return lines


def cmd_convert(args: argparse.Namespace) -> int:
    options = ConvertOptions(
        task=args.task or None,
        mapping=args.map,
        references=tuple(args.reference),
        language=args.language,
        exam=args.exam,
        prefix=args.output.name,
        skip=args.skip,
        format=args.format,
    )
    conversion = convert(args.file, options)
    for line in summary(conversion):
        print(line)
    for note in conversion.notes:
        print(f"note: {note}", file=sys.stderr)
    for problem in conversion.problems:
        print(problem, file=sys.stderr)
    if not conversion.ready:
        count = len(conversion.problems)
        hint = " (or --skip to leave those questions out whole)" if conversion.items or conversion.left_out else ""
        print(f"{count} problem(s); nothing was written{hint}.", file=sys.stderr)
        return EXIT_FAIL
    try:
        target = write_pack(conversion, options, args.output)
    except (PackFolderError, OSError) as exc:
        print(f"simulacro: cannot write the pack: {exc}", file=sys.stderr)
        return EXIT_FAIL
    if conversion.problems:
        print(f"{len(conversion.problems)} problem(s): those questions were left out.", file=sys.stderr)
    print(f"Wrote {target}. Next: `bank validate {args.output}` and `bank import {args.output}`.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, store: Store, exam: str, tasks: tuple[str, ...] | None) -> int:
    if args.missed and args.attempt is None:
        print("simulacro: error: --missed goes with --attempt ID (see --help)", file=sys.stderr)
        return EXIT_USAGE
    if args.attempt is not None:
        exam, items = attempt_items(store, args.attempt, missed=args.missed)
    elif args.flagged:
        items = flagged_items(store, exam)
    else:
        items = task_items(store, exam, tasks or ())
    if not items:
        print("Nothing to export: the selection holds no items.", file=sys.stderr)
        return EXIT_FAIL
    result = export_items(items, exam, args.target, args.output)
    for left in result.left_out:
        print(f"note: {left}", file=sys.stderr)
    print(f"Exported {result.written} item(s) to {result.path}.")
    return EXIT_OK


def history_csv(args: Any, store: Store) -> int:
    if not args.csv:
        print("simulacro: error: --attempt and -o go with --csv (see --help)", file=sys.stderr)
        return EXIT_USAGE
    text = attempt_csv(store, args.attempt) if args.attempt else history_text(store)
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    # UTF-8 with a byte order mark, so spreadsheet apps read the accents right.
    data = text.encode("utf-8-sig")
    write_bytes(args.output, data, what="the CSV", extension=".csv")
    print(f"Wrote {args.output}.", file=sys.stderr)
    return EXIT_OK
