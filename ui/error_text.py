"""Engine errors in the candidate's language: each catalogue code's sentence, translated, then filled in."""

from __future__ import annotations

from question_bank.messages import Located
from simulator.error_catalogue import Lines, Part
from simulator.errors import SimulacroError
from ui.detail_text import DETAIL_ARGUMENTS, detail_text
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

# The same English sentences as simulator.error_catalogue (a test keeps them equal), marked for lupdate.
TEMPLATES: dict[str, object] = {  # QT_TRANSLATE_NOOP returns its text (typed object)
    "no_item": QT_TRANSLATE_NOOP("EngineError", "There is no item {number} in this exam of {count}."),
    "submitted": QT_TRANSLATE_NOOP("EngineError", "This exam has been submitted; its answers can no longer change."),
    "full_no_pause": QT_TRANSLATE_NOOP("EngineError", "A full-length exam cannot be paused, as in the real test."),
    "time_up": QT_TRANSLATE_NOOP("EngineError", "Time is up: the exam is being submitted with the answers given."),
    "paused": QT_TRANSLATE_NOOP("EngineError", "The exam is paused; resume it to answer."),
    "already_checked": QT_TRANSLATE_NOOP("EngineError", "This item was already checked; its answer is final."),
    "no_feedback": QT_TRANSLATE_NOOP("EngineError", "Instant feedback is off for this exam."),
    "answer_first": QT_TRANSLATE_NOOP("EngineError", "Answer the item completely before checking it."),
    "strike_choice_only": QT_TRANSLATE_NOOP("EngineError", "Only the options of a choice item can be struck out."),
    "not_submitted": QT_TRANSLATE_NOOP("EngineError", "The exam has not been submitted yet."),
    "answer_list": QT_TRANSLATE_NOOP("EngineError", "An answer must be a list."),
    "option_range": QT_TRANSLATE_NOOP("EngineError", "Options are numbered 0 to {last}."),
    "option_twice": QT_TRANSLATE_NOOP("EngineError", "An option was chosen twice."),
    "takes_one": QT_TRANSLATE_NOOP("EngineError", "This item takes one option."),
    "takes_n": QT_TRANSLATE_NOOP("EngineError", "This item takes {count} options."),
    "order_every_step": QT_TRANSLATE_NOOP("EngineError", "An order must use every step exactly once."),
    "matching_shape": QT_TRANSLATE_NOOP(
        "EngineError", "A matching answer names one known response (or none) per prompt."
    ),
    "unknown_tasks": QT_TRANSLATE_NOOP("EngineError", "Unknown task statement(s): {tasks}."),
    "choose_task": QT_TRANSLATE_NOOP("EngineError", "Choose at least one domain or task statement."),
    "practice_size": QT_TRANSLATE_NOOP("EngineError", "A practice set has 1 to {maximum} items."),
    "output_control": QT_TRANSLATE_NOOP(
        "EngineError", "Cannot write {what}: the file name {name} holds control characters."
    ),
    "output_parent_file": QT_TRANSLATE_NOOP("EngineError", "Cannot write {what}: {folder} is a file, not a folder."),
    "output_no_folder": QT_TRANSLATE_NOOP("EngineError", "Cannot write {what}: the folder {folder} does not exist."),
    "output_write": QT_TRANSLATE_NOOP("EngineError", "Cannot write {what} to {target}: {reason}."),
    "output_is_folder": QT_TRANSLATE_NOOP(
        "EngineError", "Cannot write {what}: {target} is a folder; name a {extension} file."
    ),
    "output_symlink": QT_TRANSLATE_NOOP(
        "EngineError", "Cannot write {what}: {target} is a symbolic link; name a regular {extension} file."
    ),
    "output_not_regular": QT_TRANSLATE_NOOP(
        "EngineError", "Cannot write {what}: {target} is not a regular file (a device, pipe or socket)."
    ),
    "report_unfinished": QT_TRANSLATE_NOOP(
        "EngineError", "Attempt {attempt} is not finished yet: submit it before making its report."
    ),
    "no_bank": QT_TRANSLATE_NOOP("EngineError", "No question bank is loaded."),
    "file_write": QT_TRANSLATE_NOOP("EngineError", "Cannot write {target}: {reason}."),
    "item_gone": QT_TRANSLATE_NOOP("EngineError", "This item is no longer in the bank."),
    "no_attempt": QT_TRANSLATE_NOOP("EngineError", "There is no attempt with id {attempt}."),
    "submitted_elsewhere": QT_TRANSLATE_NOOP(
        "EngineError",
        "This exam has been submitted (perhaps in another window); its answers can no longer change.",
    ),
    "set_aside": QT_TRANSLATE_NOOP("EngineError", "This exam was set aside; its answers can no longer change."),
    "taken_over": QT_TRANSLATE_NOOP(
        "EngineError",
        "This exam is open in another window, which now saves its answers; this copy is read-only. "
        "Close it there, or reopen it here to take it over.",
    ),
    "other_window": QT_TRANSLATE_NOOP(
        "EngineError",
        "This exam is open in another window; this copy is read-only. Close it there, or take it over.",
    ),
    "practice_shortfall": QT_TRANSLATE_NOOP(
        "EngineError",
        "The bank has {available} items for task(s) {tasks}, fewer than the {count} asked for.",
    ),
    "few_cases": QT_TRANSLATE_NOOP(
        "EngineError",
        "Only {found} case studies cover the chosen task statements; {wanted} were asked for.",
    ),
    "nothing_to_practise": QT_TRANSLATE_NOOP("EngineError", "There are no items to practise in this selection."),
    "drill_size": QT_TRANSLATE_NOOP("EngineError", "A drill has 1 to {maximum} items."),
    "no_drill_items": QT_TRANSLATE_NOOP("EngineError", "The bank has no items for a drill yet."),
    "missed_unknown": QT_TRANSLATE_NOOP(
        "EngineError",
        "Attempt {attempt} is not finished: its missed items are not known yet.",
    ),
    "report_name_control": QT_TRANSLATE_NOOP(
        "EngineError",
        "Cannot write the report: the candidate name holds control characters.",
    ),
    "full_shortfall": QT_TRANSLATE_NOOP("EngineError", "The bank cannot fill a full exam: {short}."),
    "no_item_key": QT_TRANSLATE_NOOP("EngineError", "There is no item '{key}'."),
    "no_item_in_attempt": QT_TRANSLATE_NOOP("EngineError", "There is no item {number} in attempt {attempt}."),
    "no_blueprint_revision": QT_TRANSLATE_NOOP(
        "EngineError", "The blueprint revision {revision} is not in the database."
    ),
    "exam_not_imported": QT_TRANSLATE_NOOP(
        "EngineError", "The exam '{exam}' is not in the database: import its bank first."
    ),
    "no_such_exam": QT_TRANSLATE_NOOP("EngineError", "There is no exam '{exam}' in the database (known: {known})."),
    "no_exam_bank": QT_TRANSLATE_NOOP(
        "EngineError", "No exam bank is loaded: check the bank folder (SIMULACRO_BANK_DIR) or import one."
    ),
    "no_stored_result": QT_TRANSLATE_NOOP("EngineError", "Attempt {attempt} has no stored result."),
    "no_task_items": QT_TRANSLATE_NOOP("EngineError", "No items in task statement(s) {tasks}."),
    "candidate_not_added": QT_TRANSLATE_NOOP("EngineError", "Could not add the candidate {name}."),
    "no_candidate_id": QT_TRANSLATE_NOOP("EngineError", "There is no candidate with id {candidate}."),
    "candidate_name_empty": QT_TRANSLATE_NOOP("EngineError", "Write a name or alias for the candidate."),
    "candidate_name_long": QT_TRANSLATE_NOOP("EngineError", "A candidate name has at most {maximum} characters."),
    "data_folder": QT_TRANSLATE_NOOP("EngineError", "Cannot use the data folder {folder}: {reason}."),
    "db_not_url": QT_TRANSLATE_NOOP("EngineError", "Cannot use the database URL {url}: it is not a database URL."),
    "db_parent_file": QT_TRANSLATE_NOOP(
        "EngineError", "Cannot open the database {path}: {parent} is a file, not a folder."
    ),
    "db_foreign": QT_TRANSLATE_NOOP(
        "EngineError",
        "{path} belongs to another application (it holds the tables {tables}); Simulacro left it untouched. "
        "Choose another database file.",
    ),
    "db_not_ours": QT_TRANSLATE_NOOP(
        "EngineError", "{path} is not a Simulacro database ({problem}); choose another file."
    ),
    "db_permission": QT_TRANSLATE_NOOP("EngineError", "Cannot open the database {path}: permission denied ({reason})."),
    "db_cannot_open": QT_TRANSLATE_NOOP("EngineError", "Cannot open the database {path}: {reason}."),
    "db_no_driver": QT_TRANSLATE_NOOP(
        "EngineError",
        "Cannot use the database URL {url}: its driver is not installed ({driver}). For PostgreSQL install "
        "the postgres extra (pip install -e '.[postgres]') and use postgresql+psycopg://.",
    ),
    "db_bad_url": QT_TRANSLATE_NOOP("EngineError", "Cannot use the database URL {url}: {detail}"),
    "db_locked": QT_TRANSLATE_NOOP(
        "EngineError", "The database {url} is locked by another program. Close it and try again."
    ),
    "db_read_only": QT_TRANSLATE_NOOP(
        "EngineError", "The database {url} is read-only: answers cannot be saved. Check the file's permissions."
    ),
    "db_disk_full": QT_TRANSLATE_NOOP("EngineError", "The disk holding {url} is full: free some space and try again."),
    "db_unreachable": QT_TRANSLATE_NOOP(
        "EngineError",
        "Cannot connect to the database {url}: {detail}. Check that the server runs and that the URL's host, "
        "port, database name, user and password are right (README: a classroom on PostgreSQL).",
    ),
    "db_error": QT_TRANSLATE_NOOP("EngineError", "Database error on {url}: {detail}"),
    "db_newer": QT_TRANSLATE_NOOP(
        "EngineError",
        "The database {url} was written by a newer version of Simulacro (schema {revision}). Update "
        "Simulacro to open it; the file was left untouched.",
    ),
    "db_moved_aside": QT_TRANSLATE_NOOP(
        "EngineError",
        "The database {path} could not be used ({problem}). It was kept as {target} and a new, empty "
        "database was created.",
    ),
    "bank_not_loaded": QT_TRANSLATE_NOOP(
        "EngineError", "The shipped question bank has errors and was not loaded:\n{errors}"
    ),
    "import_choose_file": QT_TRANSLATE_NOOP("EngineError", "Choose a file to import."),
    "import_nothing": QT_TRANSLATE_NOOP("EngineError", "Nothing was imported: {problem}"),
    "import_nothing_list": QT_TRANSLATE_NOOP("EngineError", "Nothing was imported:\n{errors}"),
    "pack_write": QT_TRANSLATE_NOOP("EngineError", "Cannot write the pack: {reason}."),
    "export_empty": QT_TRANSLATE_NOOP("EngineError", "Nothing to export: the selection holds no items."),
    "pack_name": QT_TRANSLATE_NOOP(
        "EngineError", "'{name}' cannot name a pack: use 1-60 letters, digits, '.', '_' or '-' (e.g. --name my-pack)."
    ),
}

# Pieces of a message (simulator.error_catalogue.PARTS), translated before they are filled in.
PARTS: dict[str, object] = {
    "task_short": QT_TRANSLATE_NOOP("EngineError", "task {task} is short by {missing} (has {have}, needs {need})"),
    "not_sqlite": QT_TRANSLATE_NOOP("EngineError", "it is not a SQLite database"),
    "unreadable": QT_TRANSLATE_NOOP("EngineError", "it cannot be read ({detail})"),
    "integrity": QT_TRANSLATE_NOOP("EngineError", "its integrity check failed"),
    "case_conflict": QT_TRANSLATE_NOOP(
        "EngineError", "would change a case study of the shipped bank or another pack: use a new id"
    ),
    "blueprint_conflict_shipped": QT_TRANSLATE_NOOP(
        "EngineError",
        "its blueprint.yaml would change the blueprint of exam '{exam}', which the shipped bank defines "
        "(a pack may add items with new ids, or define an exam with another code)",
    ),
    "blueprint_conflict_pack": QT_TRANSLATE_NOOP(
        "EngineError",
        "its blueprint.yaml would change the blueprint of exam '{exam}', which another pack defines "
        "(a pack may add items with new ids, or define an exam with another code)",
    ),
    "item_conflict_shipped": QT_TRANSLATE_NOOP(
        "EngineError", "would change an item of the shipped bank: give the pack's item a new id"
    ),
    "item_conflict_pack": QT_TRANSLATE_NOOP(
        "EngineError", "would change an item of another pack: give the pack's item a new id"
    ),
}

# What an output error is about (the engine names it in English).
WHAT: dict[str, object] = {
    "the report": QT_TRANSLATE_NOOP("EngineError", "the report"),
    "the CSV export": QT_TRANSLATE_NOOP("EngineError", "the CSV export"),
}


def _translated(value: object) -> object:
    """An argument as the candidate reads it: a message part translated and filled in, a tuple of parts joined,
    a list of bank problems one a line, each translated."""
    if isinstance(value, Lines | Located):  # bank problems (one, or a list one a line)
        from ui.problem_text import problem_text, problems_text

        return problem_text(value) if isinstance(value, Located) else problems_text(value)
    if isinstance(value, Part) and value.code in PARTS:
        params = {name: _detail(name, v) for name, v in value.params.items()}
        try:
            return QCoreApplication.translate("EngineError", str(PARTS[value.code])).format(**params)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
            return str(value)
    if isinstance(value, tuple) and value and all(isinstance(v, Part) for v in value):
        return "; ".join(str(_translated(v)) for v in value)
    return value


def _detail(name: str, value: object) -> object:
    """What the system or a parser said (a `reason` or `detail` argument), in the candidate's language."""
    return detail_text(value) if name in DETAIL_ARGUMENTS else value


def error_text(error: BaseException) -> str:
    """What to show for `error`: its translated sentence when it carries a known code, else its own text."""
    code = getattr(error, "code", "")
    if code in TEMPLATES:
        params = {name: _detail(name, _translated(value)) for name, value in dict(getattr(error, "params", {})).items()}
        if params.get("what") in WHAT:
            params["what"] = QCoreApplication.translate("EngineError", str(WHAT[str(params["what"])]))
        try:
            return QCoreApplication.translate("EngineError", str(TEMPLATES[code])).format(**params)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
            return str(error)
    return str(error)


def engine_text(code: str, params: dict[str, object]) -> str | None:
    """The translated sentence or message part of an engine `code` (a problem the database raised while
    importing a pack), or None when `code` is neither."""
    if code in TEMPLATES:
        return error_text(SimulacroError("", code=code, **params))
    if code in PARTS:
        return str(_translated(Part(code, params)))
    return None
