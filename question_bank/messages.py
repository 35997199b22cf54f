"""Bank problems by code: each English sentence with {named} arguments. The CLI prints the English text; the
window translates each problem by its code (ui/problem_text.py holds the same sentences, marked for tr())."""

from __future__ import annotations

from simulator.links import MAX_LINK_LENGTH

MESSAGES: dict[str, str] = {
    # Files and folders
    "not_file_or_folder": "not a regular file or folder",
    "no_such_path": "no such file or folder",
    "not_regular_file": "not a regular file",
    "cannot_read": "cannot read file: {reason}",
    "cannot_read_source": "cannot read: {reason}",
    # YAML (question_bank.yaml_lines)
    "second_document": "only one YAML document per file (found a second '---')",
    "anchors": "anchors and aliases (&name, *name) are not allowed in bank files",
    "merge_keys": "merge keys (<<) are not allowed in bank files",
    "yaml_tags": "tags such as {tag} are not allowed in bank files",
    "unsupported_node": "unsupported YAML node",
    "nesting_deeper": "nesting deeper than {depth} levels",
    "too_many_values": "more than {count} values in one file",
    "key_plain": "mapping keys must be plain text",
    "key_twice": "key '{key}' appears twice",
    "text_too_long": "text longer than {count} characters",
    "control_character": "control character U+{point} is not allowed in bank files",
    "bad_value": "bad value '{value}': not {expected}",
    "yaml_tab": "not valid YAML: a tab where YAML needs spaces (indent with spaces, never tabs)",
    "yaml_syntax": "not valid YAML: {detail}",
    "nesting_too_deep": "nesting too deep",
    "file_too_large": "file larger than {size} MB",
    "wide_encoding": "not UTF-8 text (looks like {encoding}); save the file as UTF-8",
    "nul_byte": "binary data (NUL byte) in a text file",
    "not_utf8": "not UTF-8 text (byte 0x{byte}); save the file as UTF-8",
    # Bank files (question_bank.validator)
    "bank_file_mapping": "a bank file is a mapping with exam, language and items",
    "exam_field": "missing or invalid field 'exam'",
    "language_field": "field 'language' must be es or en",
    "unknown_top_field": "unknown top-level field {field}",
    "no_blueprint": "no blueprint.yaml found for exam '{exam}'",
    "must_be_list": "'{field}' must be a list",
    "too_many_errors": "more than {count} errors; stopped checking this file",
    "duplicate_id": "duplicate id (first used at {first})",
    "unknown_item_field": "unknown item field {field} (ignored; a typo?)",
    "unknown_case_field": "unknown case study field {field} (ignored; a typo?)",
    "unknown_option_field": "unknown option {number} field {field} (ignored; a typo?)",
    "unknown_prompt_field": "unknown prompt {number} field {field} (ignored; a typo?)",
    "unknown_response_field": "unknown response {number} field {field} (ignored; a typo?)",
    "unknown_step_field": "unknown step {number} field {field} (ignored; a typo?)",
    "verified_date": "verified must be a date such as 2026-11-27",
    "kind_value": "kind must be application or recall",
    "covers_list": "covers must be a list of concept or svc: ids",
    "covers_twice": "covers names a concept twice",
    "missing_field": "missing field '{field}'",
    "empty_text": "'{field}' must be non-empty text",
    "item_mapping": "an item must be a mapping of fields",
    "difficulty": "difficulty must be 1, 2 or 3",
    "tags_list": "tags must be a list of text",
    "bad_id": "id must be lowercase letters, digits, '.', '_' or '-' (max 80), not {value}",
    "task_quoted": 'task must be quoted text such as "4.1"',
    "unknown_task": "unknown task statement {value}",
    "unknown_type": "unknown type {value} (use {types})",
    "references_list": "references must be a non-empty list of URLs",
    "reference_not_https": "reference {number} is not an https link: {reason}",
    "wrong_shape_field": "field '{field}' does not belong to a {kind} item",
    "option_mapping": "option {number} must be a mapping with text, why and correct",
    "option_correct": "option {number}: correct must be true or false",
    "same_option_text": "two options have the same text",
    "single_options": "a single item has exactly 4 options, found {found}",
    "single_correct": "a single item has exactly 1 correct option, found {found}",
    "multiple_few": "a multiple item has at least 5 options, found {found}",
    "multiple_many": "a multiple item has at most {most} options, found {found}",
    "multiple_correct": "a multiple item has at least 2 correct options, found {found}",
    "multiple_wrong": "a multiple item needs at least one incorrect option",
    "response_mapping": "response {number} must be {{key, text}}",
    "response_key": "response {number} needs a text key",
    "responses_share_key": "two responses share a key",
    "matching_responses": "a matching item needs at least 2 responses",
    "matching_prompts": "a matching item has 3 to 7 prompts, found {found}",
    "prompt_mapping": "prompt {number} must be {{text, answer}}",
    "prompt_answer": "prompt {number} needs an answer key",
    "prompt_undefined": "prompt {number}: undefined response key {value}",
    "same_prompt_text": "two prompts have the same text",
    "ordering_steps": "an ordering item has 3 to 5 steps, found {found}",
    "step_shape": "step {number} must be text or {{text, why}}",
    "same_step_text": "two steps have the same text",
    "case_mapping": "a case study must be a mapping with id, scenario and items",
    "case_id": "case study needs a valid id",
    "case_items": "a case study needs a list of at least 2 items",
    "unknown_concept": "covers an unknown concept {value}",
    "unknown_service": "covers an unknown service {value}",
    # Blueprints (question_bank.blueprint_file)
    "blueprint_mapping": "a blueprint must be a mapping of fields",
    "blueprint_unreadable": "cannot be read ({error})",
    "wrong_type": "field '{field}' has the wrong type ({expected} expected)",
    "between": "'{field}' must be between {low} and {high}, not {value}",
    "unknown_in_blueprint": "unknown field {field} in the blueprint",
    "unknown_in_scale": "unknown field {field} in 'scale'",
    "unknown_in_languages": "unknown field {field} in '{key}' (use es and en)",
    "unknown_in_domain": "unknown field {field} in domain {number}",
    "unknown_in_task": "unknown field {field} in task {number}",
    "unknown_in_resource": "unknown field {field} in resource {number}",
    "not_empty": "'{field}' must not be empty",
    "longer_than": "'{field}' is longer than {count} characters",
    "exam_code": "exam code {value} must be lowercase letters, digits, . _ -",
    "unscored_fewer": "items_unscored must be fewer than items_total",
    "scale_order": "scale.min ({low}) must be below scale.max ({high})",
    "scale_pass": "scale.pass ({mark}) must lie between scale.min and scale.max",
    "estimate_entry": "each scaled_estimate entry is [share 0..1, score]",
    "estimate_shares": "scaled_estimate must run from 0.0 to 1.0 with rising shares (at least 2 points)",
    "estimate_falls": "scaled_estimate scores must not fall as the share right rises",
    "estimate_scale": "scaled_estimate scores must lie within the scale ({low}..{high})",
    "estimate_never_passes": "scaled_estimate never reaches scale.pass ({mark}): even every item right would fail",
    "types_empty": "'{field}' must name at least one item type",
    "unknown_item_type": "unknown item type {value} in '{field}' (use {known})",
    "types_twice": "'{field}' names a type twice",
    "no_domain": "a blueprint needs at least one domain",
    "domain_mapping": "a domain must be a mapping with id, weight and title",
    "domain_twice": "domain {domain} appears twice",
    "task_mapping": "a task must be a mapping with id, title, covers and resources",
    "task_id_domain": 'task id {value} does not name a domain (use "N.M")',
    "task_twice": "task {value} appears twice",
    "domain_no_tasks": "domain {domain} has no task statements",
    "resources_list": "resources are a list of {{title, url}} entries",
    "resource_not_https": "resource {number} is not an https link: {reason}",
    # Catalogues (question_bank.catalogue)
    "catalogue_list": "a catalogue file holds a list '{key}'",
    "service_mapping": "a service is a mapping with an id",
    "concept_mapping": "a concept is a mapping with an id",
    "service_id": "service id must read '{shape}'",
    "concept_id": "concept id must read '{shape}'",
    "duplicate_service": "duplicate service id",
    "duplicate_concept": "duplicate concept id",
    "service_status": "status must be one of {statuses}",
    "status_checked": "a service with a status needs 'checked: YYYY-MM-DD'",
    "status_source": "a service with a status needs an https 'source'",
    "concept_source": "source must be one of {sources}",
    # Converting Moodle XML, GIFT, Aiken and CSV (question_bank.interop)
    "mapping_shape": "a mapping file maps each category to a task statement, e.g. 'Seguridad: \"5.1\"'",
    "mapping_value": "category '{category}' must map to a task statement such as \"4.1\"",
    "mapping_task": "category '{category}' maps to an unknown task statement '{task}'",
    "no_task_category": ("category '{category}': no task statement for this question (give --task, or a --map file)"),
    "no_task_none": "no category: no task statement for this question (give --task, or a --map file)",
    "no_task_foreign": (
        "task '{task}' is not a task statement of {exam}: no task statement for this question "
        "(give --task, or a --map file)"
    ),
    "empty_stem": "the question text is empty",
    "empty_answer": "an answer is empty",
    "one_answer_shape": (
        "a one-answer question needs exactly 4 options, 1 right; this one has {count} with {right} right"
    ),
    "several_answers_shape": (
        "a several-answer question needs 5 or more options, 2 or more right and 1 or more wrong; "
        "this one has {count} with {right} right"
    ),
    "same_answer_text": "two answers have the same text",
    "matching_question": "a matching question needs 3 to 7 pairs and 2 or more answers; this one has {count}",
    "empty_pair": "a matching pair is empty",
    "same_matching_prompt": "two matching prompts have the same text",
    "ordering_shape": "an ordering question needs 3 to 5 steps; this one has {count}",
    "unknown_format": "cannot tell the format: not Moodle XML, GIFT, Aiken or the CSV layout of FORMAT.md",
    "no_exam_blueprint": "no blueprint for exam '{exam}'",
    "task_option": "--task {task} is not a task statement of {exam}",
    "reference_option": "--reference {url} is not a safe https link: {reason}",
    "too_many_questions": "{count} questions: split the file (at most {most} per pack)",
    "reference_unsafe": "reference {url} is not a safe https link: {reason}",
    "no_reference": "missing field 'references': give --reference URL (a page that supports the key)",
    "no_questions": "no questions found",
    "no_feedback_source": "the source gives no feedback for {count} answer(s) or explanation(s); the items say so",
    "pack_not_ready": "nothing written: the conversion has problems (see above)",
    "pack_not_folder": "{folder} is not a folder",
    "pack_link": "{folder} is a link; name a real folder",
    "pack_other_files": "{folder} holds other files ({name}…); name a new or empty folder",
    "pack_mkdir": "cannot create {folder}: {reason}",
    # The parsers (question_bank.interop.aiken, gift, moodle_xml, csv_layout)
    "cannot_show": "holds {what}, which Simulacro cannot show",
    "no_counterpart": "question type '{lacking}' has no Simulacro counterpart",
    "aiken_text_after": "line {number}: text after the options where ANSWER: was expected",
    "aiken_no_answer": "the last question has no 'ANSWER:' line",
    "aiken_lone_answer": "an ANSWER: line without a question and lettered options before it",
    "aiken_answer_unknown": "ANSWER: {key} names no option of this question",
    "csv_header": "the first row must name the columns, with at least 'question' and 'answer'",
    "csv_columns": "unknown column(s) {columns} (see FORMAT.md, 'Questions from a spreadsheet')",
    "csv_invalid": "not valid CSV: {detail}",
    "csv_cells": "the row has more cells than the header has columns",
    "csv_answer": "'answer' must name option letters of this row ({letters})",
    "csv_type": "type '{kind}' is not single, multiple or ordering in a CSV",
    "csv_ordering": "an ordering row's 'answer' lists every step letter in the right order",
    "gift_title": "a title opened with :: is never closed",
    "gift_description": "no answer block {{ ... }}: a description, not a question",
    "gift_unclosed": "the answer block {{ is never closed with }}",
    "gift_missing_word": "a 'missing word' question (text after the answers) has no counterpart",
    "gift_pair": "a matching pair lacks its '->'",
    "moodle_deep": "elements nested too deep to be a Moodle quiz",
    "moodle_xml": "not well-formed XML: {detail}",
    "moodle_root": "a Moodle XML file starts with <quiz>, not <{tag}>",
    "moodle_fraction": "an answer's fraction is not a number",
    "moodle_partial": "an answer gives partial credit; Simulacro scores all or nothing",
    "moodle_refused": "refused: the file declares {declared} (DTDs and entities are never read or expanded)",
}

# Codes whose sentence holds a count the window shows with plural forms: the code and the count's name.
PLURALS: dict[str, str] = {
    "too_many_errors": "count",
    "too_many_questions": "count",
    "no_feedback_source": "count",
    "ordering_shape": "count",
    "matching_question": "count",
}

# Arguments that may hold English words of ours (what a value should be, why a link is refused, what a question
# holds): the window translates such an argument when it is one of PHRASES. Other arguments (field names, values
# from a file) are shown as they are.
PHRASE_ARGUMENTS = frozenset({"expected", "reason", "what", "declared", "lacking"})
PHRASES: tuple[str, ...] = (
    "a mapping",
    "a list",
    "text",
    "a whole number",
    "a number",
    "true or false",
    "null",
    "a date",
    "a date value",
    "a datetime value",
    "an image",
    "a formula",
    "embedded media",
    "a DTD",
    "an entity",
    "an external",
    "a DTD or entity",
    "true/false",
    "short answer",
    "numerical",
    "essay",
    "embedded answers (Cloze)",
    "calculated",
    "calculated multichoice",
    "drag and drop into text",
    "drag and drop onto image",
    "drag and drop markers",
    "select missing words",
    "random short-answer matching",
    "random question",
    "untyped",
    "a link must be non-empty text",
    f"a link is at most {MAX_LINK_LENGTH} characters",
    "a link must not hold spaces, control, bidi or invisible characters",
    "a link must start with https://",
    "a link must not hold a backslash",
    "a link must be a well-formed URL",
    "a link must not carry a user name or password (text before '@')",
    "a link must name a host such as docs.aws.amazon.com (non-ASCII hosts in punycode)",
)

Params = tuple[tuple[str, object], ...]


def text(code: str, **args: object) -> str:
    """The English sentence of `code` filled in (the CLI's text)."""
    return MESSAGES[code].format(**args)


class Located(str):
    """A problem as one line, `where` (file:line: …, plain text) then the English message; it is that str, and
    also carries the message's code and arguments so the window can show it in the user's language."""

    where: str
    message: str
    code: str
    params: Params

    def __new__(cls, where: str, message: str, code: str = "", params: Params = ()) -> Located:
        line = super().__new__(cls, where + message)
        line.where, line.message, line.code, line.params = where, message, code, params
        return line

    @classmethod
    def coded(cls, where: str, code: str, **args: object) -> Located:
        return cls(where, text(code, **args), code, tuple(args.items()))

    @classmethod
    def same(cls, where: str, problem: object) -> Located:
        """`problem` (a BankError, YamlProblem or Located) with its message placed at `where`."""
        message = str(getattr(problem, "message", problem))
        return cls(where, message, str(getattr(problem, "code", "")), tuple(getattr(problem, "params", ())))
