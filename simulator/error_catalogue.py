"""Engine error messages by code: English text with {named} arguments; the window translates them by code."""

from __future__ import annotations

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
}


def message(code: str, **args: object) -> str:
    """The English sentence for `code` (the CLI and logs show it as it is)."""
    return MESSAGES[code].format(**args)
