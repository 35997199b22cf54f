"""Engine errors in the candidate's language: each catalogue code's sentence, translated, then filled in."""

from __future__ import annotations

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
}

# What an output error is about (the engine names it in English).
WHAT: dict[str, object] = {
    "the report": QT_TRANSLATE_NOOP("EngineError", "the report"),
    "the CSV export": QT_TRANSLATE_NOOP("EngineError", "the CSV export"),
}


def error_text(error: BaseException) -> str:
    """What to show for `error`: its translated sentence when it carries a known code, else its own text."""
    code = getattr(error, "code", "")
    if code in TEMPLATES:
        params = dict(getattr(error, "params", {}))
        if params.get("what") in WHAT:
            params["what"] = QCoreApplication.translate("EngineError", str(WHAT[str(params["what"])]))
        try:
            return QCoreApplication.translate("EngineError", str(TEMPLATES[code])).format(**params)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
            return str(error)
    return str(error)
