"""Engine error messages by code: English text with {named} arguments; the window translates them by code."""

from __future__ import annotations

from dataclasses import dataclass, field

MESSAGES: dict[str, str] = {
    "no_item": "There is no item {number} in this exam of {count}.",
    "submitted": "This exam has been submitted; its answers can no longer change.",
    "full_no_pause": "A full-length exam cannot be paused, as in the real test.",
    "time_up": "Time is up: the exam is being submitted with the answers given.",
    "paused": "The exam is paused; resume it to answer.",
    "already_checked": "This item was already checked; its answer is final.",
    "no_feedback": "Instant feedback is off for this exam.",
    "answer_first": "Answer the item completely before checking it.",
    "strike_choice_only": "Only the options of a choice item can be struck out.",
    "not_submitted": "The exam has not been submitted yet.",
    "answer_list": "An answer must be a list.",
    "option_range": "Options are numbered 0 to {last}.",
    "option_twice": "An option was chosen twice.",
    "takes_one": "This item takes one option.",
    "takes_n": "This item takes {count} options.",
    "order_every_step": "An order must use every step exactly once.",
    "matching_shape": "A matching answer names one known response (or none) per prompt.",
    "unknown_tasks": "Unknown task statement(s): {tasks}.",
    "choose_task": "Choose at least one domain or task statement.",
    "practice_size": "A practice set has 1 to {maximum} items.",
    "output_control": "Cannot write {what}: the file name {name} holds control characters.",
    "output_parent_file": "Cannot write {what}: {folder} is a file, not a folder.",
    "output_no_folder": "Cannot write {what}: the folder {folder} does not exist.",
    "output_write": "Cannot write {what} to {target}: {reason}.",
    "output_is_folder": "Cannot write {what}: {target} is a folder; name a {extension} file.",
    "output_symlink": "Cannot write {what}: {target} is a symbolic link; name a regular {extension} file.",
    "output_not_regular": "Cannot write {what}: {target} is not a regular file (a device, pipe or socket).",
    "report_unfinished": "Attempt {attempt} is not finished yet: submit it before making its report.",
    "no_bank": "No question bank is loaded.",
    "file_write": "Cannot write {target}: {reason}.",
    "item_gone": "This item is no longer in the bank.",
    "no_attempt": "There is no attempt with id {attempt}.",
    "submitted_elsewhere": (
        "This exam has been submitted (perhaps in another window); its answers can no longer change."
    ),
    "set_aside": "This exam was set aside; its answers can no longer change.",
    "taken_over": (
        "This exam is open in another window, which now saves its answers; this copy is read-only. "
        "Close it there, or reopen it here to take it over."
    ),
    "other_window": "This exam is open in another window; this copy is read-only. Close it there, or take it over.",
    "practice_shortfall": "The bank has {available} items for task(s) {tasks}, fewer than the {count} asked for.",
    "few_cases": "Only {found} case studies cover the chosen task statements; {wanted} were asked for.",
    "nothing_to_practise": "There are no items to practise in this selection.",
    "drill_size": "A drill has 1 to {maximum} items.",
    "no_drill_items": "The bank has no items for a drill yet.",
    "missed_unknown": "Attempt {attempt} is not finished: its missed items are not known yet.",
    "report_name_control": "Cannot write the report: the candidate name holds control characters.",
    "full_shortfall": "The bank cannot fill a full exam: {short}.",
    "no_item_key": "There is no item '{key}'.",
    "no_item_in_attempt": "There is no item {number} in attempt {attempt}.",
    "no_blueprint_revision": "The blueprint revision {revision} is not in the database.",
    "exam_not_imported": "The exam '{exam}' is not in the database: import its bank first.",
    "no_such_exam": "There is no exam '{exam}' in the database (known: {known}).",
    "no_exam_bank": "No exam bank is loaded: check the bank folder (SIMULACRO_BANK_DIR) or import one.",
    "no_stored_result": "Attempt {attempt} has no stored result.",
    "no_task_items": "No items in task statement(s) {tasks}.",
    "candidate_not_added": "Could not add the candidate {name}.",
    "no_candidate_id": "There is no candidate with id {candidate}.",
    "candidate_name_empty": "Write a name or alias for the candidate.",
    "candidate_name_long": "A candidate name has at most {maximum} characters.",
    "data_folder": "Cannot use the data folder {folder}: {reason}.",
    "db_not_url": "Cannot use the database URL {url}: it is not a database URL.",
    "db_parent_file": "Cannot open the database {path}: {parent} is a file, not a folder.",
    "db_foreign": (
        "{path} belongs to another application (it holds the tables {tables}); Simulacro left it untouched. "
        "Choose another database file."
    ),
    "db_not_ours": "{path} is not a Simulacro database ({problem}); choose another file.",
    "db_permission": "Cannot open the database {path}: permission denied ({reason}).",
    "db_cannot_open": "Cannot open the database {path}: {reason}.",
    "db_no_driver": (
        "Cannot use the database URL {url}: its driver is not installed ({driver}). For PostgreSQL install the "
        "postgres extra (pip install -e '.[postgres]') and use postgresql+psycopg://."
    ),
    "db_bad_url": "Cannot use the database URL {url}: {detail}",
    "db_locked": "The database {url} is locked by another program. Close it and try again.",
    "db_read_only": "The database {url} is read-only: answers cannot be saved. Check the file's permissions.",
    "db_disk_full": "The disk holding {url} is full: free some space and try again.",
    "db_unreachable": (
        "Cannot connect to the database {url}: {detail}. Check that the server runs and that the URL's host, "
        "port, database name, user and password are right (README: a classroom on PostgreSQL)."
    ),
    "db_error": "Database error on {url}: {detail}",
    "db_newer": (
        "The database {url} was written by a newer version of Simulacro (schema {revision}). Update Simulacro to "
        "open it; the file was left untouched."
    ),
    "db_moved_aside": (
        "The database {path} could not be used ({problem}). It was kept as {target} and a new, empty database "
        "was created."
    ),
    "bank_not_loaded": "The shipped question bank has errors and was not loaded:\n{errors}",
    "import_choose_file": "Choose a file to import.",
    "import_nothing": "Nothing was imported: {problem}",
    "import_nothing_list": "Nothing was imported:\n{errors}",
    "pack_write": "Cannot write the pack: {reason}.",
    "export_empty": "Nothing to export: the selection holds no items.",
    "pack_name": "'{name}' cannot name a pack: use 1-60 letters, digits, '.', '_' or '-' (e.g. --name my-pack).",
}

# Parts of a sentence, filled into a message's argument (a Part, or a tuple of them joined by "; ").
PARTS: dict[str, str] = {
    "task_short": "task {task} is short by {missing} (has {have}, needs {need})",
    "not_sqlite": "it is not a SQLite database",
    "unreadable": "it cannot be read ({detail})",
    "integrity": "its integrity check failed",
    # Why a pack was refused (simulator.storage.bank.PackConflictError), one per id
    "case_conflict": "would change a case study of the shipped bank or another pack: use a new id",
    "blueprint_conflict_shipped": (
        "its blueprint.yaml would change the blueprint of exam '{exam}', which the shipped bank defines "
        "(a pack may add items with new ids, or define an exam with another code)"
    ),
    "blueprint_conflict_pack": (
        "its blueprint.yaml would change the blueprint of exam '{exam}', which another pack defines "
        "(a pack may add items with new ids, or define an exam with another code)"
    ),
    "item_conflict_shipped": "would change an item of the shipped bank: give the pack's item a new id",
    "item_conflict_pack": "would change an item of another pack: give the pack's item a new id",
}


@dataclass(frozen=True)
class Part:
    """A translatable piece of a message: a PARTS code and its arguments."""

    code: str
    params: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return PARTS[self.code].format(**self.params)


class Lines(tuple[object, ...]):
    """An argument that is a list of problems, one a line: each item's str() is its English line (the window
    shows those that carry a code in the user's language)."""

    def __str__(self) -> str:
        return "\n".join(str(line) for line in self)


def english(value: object) -> object:
    """An argument as the English message shows it: parts spelled out, a tuple of parts joined by '; '."""
    if isinstance(value, Part | Lines):
        return str(value)
    if isinstance(value, tuple) and value and all(isinstance(v, Part) for v in value):
        return "; ".join(str(v) for v in value)
    return value


def message(code: str, **args: object) -> str:
    """The English sentence for `code` (the CLI and logs show it as it is)."""
    return MESSAGES[code].format(**{name: english(value) for name, value in args.items()})
