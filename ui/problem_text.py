"""Bank problems (validator, YAML, blueprint, catalogue, converter, refused packs) in the user's language.

Each problem carries a code from question_bank.messages and its arguments: its sentence is translated here, then
filled in; the file, line and id before it, and any value quoted from the file, stay plain text as they are. A
problem without a known code shows its English text."""

from __future__ import annotations

from collections.abc import Iterable

from question_bank.messages import PHRASE_ARGUMENTS
from question_bank.messages import PLURALS as COUNTS
from ui.detail_text import DETAIL_ARGUMENTS, detail_text
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QObject

_CONTEXT = "BankProblem"

# The same English sentences as question_bank.messages.MESSAGES (a test keeps them equal), marked for lupdate.
TEMPLATES: dict[str, object] = {  # QT_TRANSLATE_NOOP returns its text (typed object)
    "not_file_or_folder": QT_TRANSLATE_NOOP("BankProblem", "not a regular file or folder"),
    "no_such_path": QT_TRANSLATE_NOOP("BankProblem", "no such file or folder"),
    "not_regular_file": QT_TRANSLATE_NOOP("BankProblem", "not a regular file"),
    "cannot_read": QT_TRANSLATE_NOOP("BankProblem", "cannot read file: {reason}"),
    "cannot_read_source": QT_TRANSLATE_NOOP("BankProblem", "cannot read: {reason}"),
    "second_document": QT_TRANSLATE_NOOP("BankProblem", "only one YAML document per file (found a second '---')"),
    "anchors": QT_TRANSLATE_NOOP("BankProblem", "anchors and aliases (&name, *name) are not allowed in bank files"),
    "merge_keys": QT_TRANSLATE_NOOP("BankProblem", "merge keys (<<) are not allowed in bank files"),
    "yaml_tags": QT_TRANSLATE_NOOP("BankProblem", "tags such as {tag} are not allowed in bank files"),
    "unsupported_node": QT_TRANSLATE_NOOP("BankProblem", "unsupported YAML node"),
    "nesting_deeper": QT_TRANSLATE_NOOP("BankProblem", "nesting deeper than {depth} levels"),
    "too_many_values": QT_TRANSLATE_NOOP("BankProblem", "more than {count} values in one file"),
    "key_plain": QT_TRANSLATE_NOOP("BankProblem", "mapping keys must be plain text"),
    "key_twice": QT_TRANSLATE_NOOP("BankProblem", "key '{key}' appears twice"),
    "text_too_long": QT_TRANSLATE_NOOP("BankProblem", "text longer than {count} characters"),
    "control_character": QT_TRANSLATE_NOOP("BankProblem", "control character U+{point} is not allowed in bank files"),
    "bad_value": QT_TRANSLATE_NOOP("BankProblem", "bad value '{value}': not {expected}"),
    "yaml_tab": QT_TRANSLATE_NOOP(
        "BankProblem", "not valid YAML: a tab where YAML needs spaces (indent with spaces, never tabs)"
    ),
    "yaml_syntax": QT_TRANSLATE_NOOP("BankProblem", "not valid YAML: {detail}"),
    "nesting_too_deep": QT_TRANSLATE_NOOP("BankProblem", "nesting too deep"),
    "file_too_large": QT_TRANSLATE_NOOP("BankProblem", "file larger than {size} MB"),
    "wide_encoding": QT_TRANSLATE_NOOP("BankProblem", "not UTF-8 text (looks like {encoding}); save the file as UTF-8"),
    "nul_byte": QT_TRANSLATE_NOOP("BankProblem", "binary data (NUL byte) in a text file"),
    "not_utf8": QT_TRANSLATE_NOOP("BankProblem", "not UTF-8 text (byte 0x{byte}); save the file as UTF-8"),
    "bank_file_mapping": QT_TRANSLATE_NOOP("BankProblem", "a bank file is a mapping with exam, language and items"),
    "exam_field": QT_TRANSLATE_NOOP("BankProblem", "missing or invalid field 'exam'"),
    "language_field": QT_TRANSLATE_NOOP("BankProblem", "field 'language' must be es or en"),
    "unknown_top_field": QT_TRANSLATE_NOOP("BankProblem", "unknown top-level field {field}"),
    "no_blueprint": QT_TRANSLATE_NOOP("BankProblem", "no blueprint.yaml found for exam '{exam}'"),
    "must_be_list": QT_TRANSLATE_NOOP("BankProblem", "'{field}' must be a list"),
    "duplicate_id": QT_TRANSLATE_NOOP("BankProblem", "duplicate id (first used at {first})"),
    "unknown_item_field": QT_TRANSLATE_NOOP("BankProblem", "unknown item field {field} (ignored; a typo?)"),
    "unknown_case_field": QT_TRANSLATE_NOOP("BankProblem", "unknown case study field {field} (ignored; a typo?)"),
    "unknown_option_field": QT_TRANSLATE_NOOP(
        "BankProblem", "unknown option {number} field {field} (ignored; a typo?)"
    ),
    "unknown_prompt_field": QT_TRANSLATE_NOOP(
        "BankProblem", "unknown prompt {number} field {field} (ignored; a typo?)"
    ),
    "unknown_response_field": QT_TRANSLATE_NOOP(
        "BankProblem", "unknown response {number} field {field} (ignored; a typo?)"
    ),
    "unknown_step_field": QT_TRANSLATE_NOOP("BankProblem", "unknown step {number} field {field} (ignored; a typo?)"),
    "verified_date": QT_TRANSLATE_NOOP("BankProblem", "verified must be a date such as 2026-11-27"),
    "kind_value": QT_TRANSLATE_NOOP("BankProblem", "kind must be application or recall"),
    "covers_list": QT_TRANSLATE_NOOP("BankProblem", "covers must be a list of concept or svc: ids"),
    "covers_twice": QT_TRANSLATE_NOOP("BankProblem", "covers names a concept twice"),
    "missing_field": QT_TRANSLATE_NOOP("BankProblem", "missing field '{field}'"),
    "empty_text": QT_TRANSLATE_NOOP("BankProblem", "'{field}' must be non-empty text"),
    "item_mapping": QT_TRANSLATE_NOOP("BankProblem", "an item must be a mapping of fields"),
    "difficulty": QT_TRANSLATE_NOOP("BankProblem", "difficulty must be 1, 2 or 3"),
    "tags_list": QT_TRANSLATE_NOOP("BankProblem", "tags must be a list of text"),
    "bad_id": QT_TRANSLATE_NOOP(
        "BankProblem", "id must be lowercase letters, digits, '.', '_' or '-' (max 80), not {value}"
    ),
    "task_quoted": QT_TRANSLATE_NOOP("BankProblem", 'task must be quoted text such as "4.1"'),
    "unknown_task": QT_TRANSLATE_NOOP("BankProblem", "unknown task statement {value}"),
    "unknown_type": QT_TRANSLATE_NOOP("BankProblem", "unknown type {value} (use {types})"),
    "references_list": QT_TRANSLATE_NOOP("BankProblem", "references must be a non-empty list of URLs"),
    "reference_not_https": QT_TRANSLATE_NOOP("BankProblem", "reference {number} is not an https link: {reason}"),
    "wrong_shape_field": QT_TRANSLATE_NOOP("BankProblem", "field '{field}' does not belong to a {kind} item"),
    "option_mapping": QT_TRANSLATE_NOOP("BankProblem", "option {number} must be a mapping with text, why and correct"),
    "option_correct": QT_TRANSLATE_NOOP("BankProblem", "option {number}: correct must be true or false"),
    "same_option_text": QT_TRANSLATE_NOOP("BankProblem", "two options have the same text"),
    "single_options": QT_TRANSLATE_NOOP("BankProblem", "a single item has exactly 4 options, found {found}"),
    "single_correct": QT_TRANSLATE_NOOP("BankProblem", "a single item has exactly 1 correct option, found {found}"),
    "multiple_few": QT_TRANSLATE_NOOP("BankProblem", "a multiple item has at least 5 options, found {found}"),
    "multiple_many": QT_TRANSLATE_NOOP("BankProblem", "a multiple item has at most {most} options, found {found}"),
    "multiple_correct": QT_TRANSLATE_NOOP(
        "BankProblem", "a multiple item has at least 2 correct options, found {found}"
    ),
    "multiple_wrong": QT_TRANSLATE_NOOP("BankProblem", "a multiple item needs at least one incorrect option"),
    "response_mapping": QT_TRANSLATE_NOOP("BankProblem", "response {number} must be {{key, text}}"),
    "response_key": QT_TRANSLATE_NOOP("BankProblem", "response {number} needs a text key"),
    "responses_share_key": QT_TRANSLATE_NOOP("BankProblem", "two responses share a key"),
    "matching_responses": QT_TRANSLATE_NOOP("BankProblem", "a matching item needs at least 2 responses"),
    "matching_prompts": QT_TRANSLATE_NOOP("BankProblem", "a matching item has 3 to 7 prompts, found {found}"),
    "prompt_mapping": QT_TRANSLATE_NOOP("BankProblem", "prompt {number} must be {{text, answer}}"),
    "prompt_answer": QT_TRANSLATE_NOOP("BankProblem", "prompt {number} needs an answer key"),
    "prompt_undefined": QT_TRANSLATE_NOOP("BankProblem", "prompt {number}: undefined response key {value}"),
    "same_prompt_text": QT_TRANSLATE_NOOP("BankProblem", "two prompts have the same text"),
    "ordering_steps": QT_TRANSLATE_NOOP("BankProblem", "an ordering item has 3 to 5 steps, found {found}"),
    "step_shape": QT_TRANSLATE_NOOP("BankProblem", "step {number} must be text or {{text, why}}"),
    "same_step_text": QT_TRANSLATE_NOOP("BankProblem", "two steps have the same text"),
    "case_mapping": QT_TRANSLATE_NOOP("BankProblem", "a case study must be a mapping with id, scenario and items"),
    "case_id": QT_TRANSLATE_NOOP("BankProblem", "case study needs a valid id"),
    "case_items": QT_TRANSLATE_NOOP("BankProblem", "a case study needs a list of at least 2 items"),
    "unknown_concept": QT_TRANSLATE_NOOP("BankProblem", "covers an unknown concept {value}"),
    "unknown_service": QT_TRANSLATE_NOOP("BankProblem", "covers an unknown service {value}"),
    "blueprint_mapping": QT_TRANSLATE_NOOP("BankProblem", "a blueprint must be a mapping of fields"),
    "blueprint_unreadable": QT_TRANSLATE_NOOP("BankProblem", "cannot be read ({error})"),
    "wrong_type": QT_TRANSLATE_NOOP("BankProblem", "field '{field}' has the wrong type ({expected} expected)"),
    "between": QT_TRANSLATE_NOOP("BankProblem", "'{field}' must be between {low} and {high}, not {value}"),
    "unknown_in_blueprint": QT_TRANSLATE_NOOP("BankProblem", "unknown field {field} in the blueprint"),
    "unknown_in_scale": QT_TRANSLATE_NOOP("BankProblem", "unknown field {field} in 'scale'"),
    "unknown_in_languages": QT_TRANSLATE_NOOP("BankProblem", "unknown field {field} in '{key}' (use es and en)"),
    "unknown_in_domain": QT_TRANSLATE_NOOP("BankProblem", "unknown field {field} in domain {number}"),
    "unknown_in_task": QT_TRANSLATE_NOOP("BankProblem", "unknown field {field} in task {number}"),
    "unknown_in_resource": QT_TRANSLATE_NOOP("BankProblem", "unknown field {field} in resource {number}"),
    "not_empty": QT_TRANSLATE_NOOP("BankProblem", "'{field}' must not be empty"),
    "longer_than": QT_TRANSLATE_NOOP("BankProblem", "'{field}' is longer than {count} characters"),
    "exam_code": QT_TRANSLATE_NOOP("BankProblem", "exam code {value} must be lowercase letters, digits, . _ -"),
    "unscored_fewer": QT_TRANSLATE_NOOP("BankProblem", "items_unscored must be fewer than items_total"),
    "scale_order": QT_TRANSLATE_NOOP("BankProblem", "scale.min ({low}) must be below scale.max ({high})"),
    "scale_pass": QT_TRANSLATE_NOOP("BankProblem", "scale.pass ({mark}) must lie between scale.min and scale.max"),
    "estimate_entry": QT_TRANSLATE_NOOP("BankProblem", "each scaled_estimate entry is [share 0..1, score]"),
    "estimate_shares": QT_TRANSLATE_NOOP(
        "BankProblem", "scaled_estimate must run from 0.0 to 1.0 with rising shares (at least 2 points)"
    ),
    "estimate_falls": QT_TRANSLATE_NOOP("BankProblem", "scaled_estimate scores must not fall as the share right rises"),
    "estimate_scale": QT_TRANSLATE_NOOP(
        "BankProblem", "scaled_estimate scores must lie within the scale ({low}..{high})"
    ),
    "estimate_never_passes": QT_TRANSLATE_NOOP(
        "BankProblem", "scaled_estimate never reaches scale.pass ({mark}): even every item right would fail"
    ),
    "types_empty": QT_TRANSLATE_NOOP("BankProblem", "'{field}' must name at least one item type"),
    "unknown_item_type": QT_TRANSLATE_NOOP("BankProblem", "unknown item type {value} in '{field}' (use {known})"),
    "types_twice": QT_TRANSLATE_NOOP("BankProblem", "'{field}' names a type twice"),
    "no_domain": QT_TRANSLATE_NOOP("BankProblem", "a blueprint needs at least one domain"),
    "domain_mapping": QT_TRANSLATE_NOOP("BankProblem", "a domain must be a mapping with id, weight and title"),
    "domain_twice": QT_TRANSLATE_NOOP("BankProblem", "domain {domain} appears twice"),
    "task_mapping": QT_TRANSLATE_NOOP("BankProblem", "a task must be a mapping with id, title, covers and resources"),
    "task_id_domain": QT_TRANSLATE_NOOP("BankProblem", 'task id {value} does not name a domain (use "N.M")'),
    "task_twice": QT_TRANSLATE_NOOP("BankProblem", "task {value} appears twice"),
    "domain_no_tasks": QT_TRANSLATE_NOOP("BankProblem", "domain {domain} has no task statements"),
    "resources_list": QT_TRANSLATE_NOOP("BankProblem", "resources are a list of {{title, url}} entries"),
    "resource_not_https": QT_TRANSLATE_NOOP("BankProblem", "resource {number} is not an https link: {reason}"),
    "catalogue_list": QT_TRANSLATE_NOOP("BankProblem", "a catalogue file holds a list '{key}'"),
    "service_mapping": QT_TRANSLATE_NOOP("BankProblem", "a service is a mapping with an id"),
    "concept_mapping": QT_TRANSLATE_NOOP("BankProblem", "a concept is a mapping with an id"),
    "service_id": QT_TRANSLATE_NOOP("BankProblem", "service id must read '{shape}'"),
    "concept_id": QT_TRANSLATE_NOOP("BankProblem", "concept id must read '{shape}'"),
    "duplicate_service": QT_TRANSLATE_NOOP("BankProblem", "duplicate service id"),
    "duplicate_concept": QT_TRANSLATE_NOOP("BankProblem", "duplicate concept id"),
    "service_status": QT_TRANSLATE_NOOP("BankProblem", "status must be one of {statuses}"),
    "status_checked": QT_TRANSLATE_NOOP("BankProblem", "a service with a status needs 'checked: YYYY-MM-DD'"),
    "status_source": QT_TRANSLATE_NOOP("BankProblem", "a service with a status needs an https 'source'"),
    "concept_source": QT_TRANSLATE_NOOP("BankProblem", "source must be one of {sources}"),
    "mapping_shape": QT_TRANSLATE_NOOP(
        "BankProblem", "a mapping file maps each category to a task statement, e.g. 'Seguridad: \"5.1\"'"
    ),
    "mapping_value": QT_TRANSLATE_NOOP(
        "BankProblem", "category '{category}' must map to a task statement such as \"4.1\""
    ),
    "mapping_task": QT_TRANSLATE_NOOP(
        "BankProblem", "category '{category}' maps to an unknown task statement '{task}'"
    ),
    "no_task_category": QT_TRANSLATE_NOOP(
        "BankProblem", "category '{category}': no task statement for this question (give --task, or a --map file)"
    ),
    "no_task_none": QT_TRANSLATE_NOOP(
        "BankProblem", "no category: no task statement for this question (give --task, or a --map file)"
    ),
    "no_task_foreign": QT_TRANSLATE_NOOP(
        "BankProblem",
        "task '{task}' is not a task statement of {exam}: no task statement for this question "
        "(give --task, or a --map file)",
    ),
    "empty_stem": QT_TRANSLATE_NOOP("BankProblem", "the question text is empty"),
    "empty_answer": QT_TRANSLATE_NOOP("BankProblem", "an answer is empty"),
    "one_answer_shape": QT_TRANSLATE_NOOP(
        "BankProblem", "a one-answer question needs exactly 4 options, 1 right; this one has {count} with {right} right"
    ),
    "several_answers_shape": QT_TRANSLATE_NOOP(
        "BankProblem",
        "a several-answer question needs 5 or more options, 2 or more right and 1 or more wrong; "
        "this one has {count} with {right} right",
    ),
    "same_answer_text": QT_TRANSLATE_NOOP("BankProblem", "two answers have the same text"),
    "empty_pair": QT_TRANSLATE_NOOP("BankProblem", "a matching pair is empty"),
    "same_matching_prompt": QT_TRANSLATE_NOOP("BankProblem", "two matching prompts have the same text"),
    "unknown_format": QT_TRANSLATE_NOOP(
        "BankProblem", "cannot tell the format: not Moodle XML, GIFT, Aiken or the CSV layout of FORMAT.md"
    ),
    "no_exam_blueprint": QT_TRANSLATE_NOOP("BankProblem", "no blueprint for exam '{exam}'"),
    "task_option": QT_TRANSLATE_NOOP("BankProblem", "--task {task} is not a task statement of {exam}"),
    "reference_option": QT_TRANSLATE_NOOP("BankProblem", "--reference {url} is not a safe https link: {reason}"),
    "reference_unsafe": QT_TRANSLATE_NOOP("BankProblem", "reference {url} is not a safe https link: {reason}"),
    "no_reference": QT_TRANSLATE_NOOP(
        "BankProblem", "missing field 'references': give --reference URL (a page that supports the key)"
    ),
    "no_questions": QT_TRANSLATE_NOOP("BankProblem", "no questions found"),
    "pack_not_ready": QT_TRANSLATE_NOOP("BankProblem", "nothing written: the conversion has problems (see above)"),
    "pack_not_folder": QT_TRANSLATE_NOOP("BankProblem", "{folder} is not a folder"),
    "pack_link": QT_TRANSLATE_NOOP("BankProblem", "{folder} is a link; name a real folder"),
    "pack_other_files": QT_TRANSLATE_NOOP(
        "BankProblem", "{folder} holds other files ({name}…); name a new or empty folder"
    ),
    "pack_mkdir": QT_TRANSLATE_NOOP("BankProblem", "cannot create {folder}: {reason}"),
    "cannot_show": QT_TRANSLATE_NOOP("BankProblem", "holds {what}, which Simulacro cannot show"),
    "no_counterpart": QT_TRANSLATE_NOOP("BankProblem", "question type '{lacking}' has no Simulacro counterpart"),
    "aiken_text_after": QT_TRANSLATE_NOOP(
        "BankProblem", "line {number}: text after the options where ANSWER: was expected"
    ),
    "aiken_no_answer": QT_TRANSLATE_NOOP("BankProblem", "the last question has no 'ANSWER:' line"),
    "aiken_lone_answer": QT_TRANSLATE_NOOP(
        "BankProblem", "an ANSWER: line without a question and lettered options before it"
    ),
    "aiken_answer_unknown": QT_TRANSLATE_NOOP("BankProblem", "ANSWER: {key} names no option of this question"),
    "csv_header": QT_TRANSLATE_NOOP(
        "BankProblem", "the first row must name the columns, with at least 'question' and 'answer'"
    ),
    "csv_columns": QT_TRANSLATE_NOOP(
        "BankProblem", "unknown column(s) {columns} (see FORMAT.md, 'Questions from a spreadsheet')"
    ),
    "csv_invalid": QT_TRANSLATE_NOOP("BankProblem", "not valid CSV: {detail}"),
    "csv_cells": QT_TRANSLATE_NOOP("BankProblem", "the row has more cells than the header has columns"),
    "csv_answer": QT_TRANSLATE_NOOP("BankProblem", "'answer' must name option letters of this row ({letters})"),
    "csv_type": QT_TRANSLATE_NOOP("BankProblem", "type '{kind}' is not single, multiple or ordering in a CSV"),
    "csv_ordering": QT_TRANSLATE_NOOP(
        "BankProblem", "an ordering row's 'answer' lists every step letter in the right order"
    ),
    "gift_title": QT_TRANSLATE_NOOP("BankProblem", "a title opened with :: is never closed"),
    "gift_description": QT_TRANSLATE_NOOP("BankProblem", "no answer block {{ ... }}: a description, not a question"),
    "gift_unclosed": QT_TRANSLATE_NOOP("BankProblem", "the answer block {{ is never closed with }}"),
    "gift_missing_word": QT_TRANSLATE_NOOP(
        "BankProblem", "a 'missing word' question (text after the answers) has no counterpart"
    ),
    "gift_pair": QT_TRANSLATE_NOOP("BankProblem", "a matching pair lacks its '->'"),
    "moodle_deep": QT_TRANSLATE_NOOP("BankProblem", "elements nested too deep to be a Moodle quiz"),
    "moodle_xml": QT_TRANSLATE_NOOP("BankProblem", "not well-formed XML: {detail}"),
    "moodle_root": QT_TRANSLATE_NOOP("BankProblem", "a Moodle XML file starts with <quiz>, not <{tag}>"),
    "moodle_fraction": QT_TRANSLATE_NOOP("BankProblem", "an answer's fraction is not a number"),
    "moodle_partial": QT_TRANSLATE_NOOP(
        "BankProblem", "an answer gives partial credit; Simulacro scores all or nothing"
    ),
    "moodle_refused": QT_TRANSLATE_NOOP(
        "BankProblem", "refused: the file declares {declared} (DTDs and entities are never read or expanded)"
    ),
}


class BankProblem(QObject):
    """The translations' context; its tr() gives the sentences with a count (question_bank.messages.PLURALS)
    in the plural forms of the user's language."""

    def plural(self, code: str, n: int) -> str:
        return {
            "too_many_errors": self.tr("more than %n error(s); stopped checking this file", "", n),
            "too_many_questions": self.tr("%n question(s): split the file (at most {most} per pack)", "", n),
            "no_feedback_source": self.tr(
                "the source gives no feedback for %n answer(s) or explanation(s); the items say so", "", n
            ),
            "ordering_shape": self.tr("an ordering question needs 3 to 5 steps; this one has %n step(s)", "", n),
            "matching_question": self.tr(
                "a matching question needs 3 to 7 pairs and 2 or more answers; this one has %n pair(s)", "", n
            ),
        }[code]


# English words a problem passes as an argument (question_bank.messages.PHRASES), translated when one is.
PHRASES: dict[str, object] = {
    "a mapping": QT_TRANSLATE_NOOP("BankProblem", "a mapping"),
    "a list": QT_TRANSLATE_NOOP("BankProblem", "a list"),
    "text": QT_TRANSLATE_NOOP("BankProblem", "text"),
    "a whole number": QT_TRANSLATE_NOOP("BankProblem", "a whole number"),
    "a number": QT_TRANSLATE_NOOP("BankProblem", "a number"),
    "true or false": QT_TRANSLATE_NOOP("BankProblem", "true or false"),
    "null": QT_TRANSLATE_NOOP("BankProblem", "null"),
    "a date": QT_TRANSLATE_NOOP("BankProblem", "a date"),
    "a date value": QT_TRANSLATE_NOOP("BankProblem", "a date value"),
    "a datetime value": QT_TRANSLATE_NOOP("BankProblem", "a datetime value"),
    "an image": QT_TRANSLATE_NOOP("BankProblem", "an image"),
    "a formula": QT_TRANSLATE_NOOP("BankProblem", "a formula"),
    "embedded media": QT_TRANSLATE_NOOP("BankProblem", "embedded media"),
    "a DTD": QT_TRANSLATE_NOOP("BankProblem", "a DTD"),
    "an entity": QT_TRANSLATE_NOOP("BankProblem", "an entity"),
    "an external": QT_TRANSLATE_NOOP("BankProblem", "an external"),
    "a DTD or entity": QT_TRANSLATE_NOOP("BankProblem", "a DTD or entity"),
    "true/false": QT_TRANSLATE_NOOP("BankProblem", "true/false"),
    "short answer": QT_TRANSLATE_NOOP("BankProblem", "short answer"),
    "numerical": QT_TRANSLATE_NOOP("BankProblem", "numerical"),
    "essay": QT_TRANSLATE_NOOP("BankProblem", "essay"),
    "embedded answers (Cloze)": QT_TRANSLATE_NOOP("BankProblem", "embedded answers (Cloze)"),
    "calculated": QT_TRANSLATE_NOOP("BankProblem", "calculated"),
    "calculated multichoice": QT_TRANSLATE_NOOP("BankProblem", "calculated multichoice"),
    "drag and drop into text": QT_TRANSLATE_NOOP("BankProblem", "drag and drop into text"),
    "drag and drop onto image": QT_TRANSLATE_NOOP("BankProblem", "drag and drop onto image"),
    "drag and drop markers": QT_TRANSLATE_NOOP("BankProblem", "drag and drop markers"),
    "select missing words": QT_TRANSLATE_NOOP("BankProblem", "select missing words"),
    "random short-answer matching": QT_TRANSLATE_NOOP("BankProblem", "random short-answer matching"),
    "random question": QT_TRANSLATE_NOOP("BankProblem", "random question"),
    "untyped": QT_TRANSLATE_NOOP("BankProblem", "untyped"),
    "a link must be non-empty text": QT_TRANSLATE_NOOP("BankProblem", "a link must be non-empty text"),
    "a link is at most 2000 characters": QT_TRANSLATE_NOOP("BankProblem", "a link is at most 2000 characters"),
    "a link must not hold spaces, control, bidi or invisible characters": QT_TRANSLATE_NOOP(
        "BankProblem", "a link must not hold spaces, control, bidi or invisible characters"
    ),
    "a link must start with https://": QT_TRANSLATE_NOOP("BankProblem", "a link must start with https://"),
    "a link must not hold a backslash": QT_TRANSLATE_NOOP("BankProblem", "a link must not hold a backslash"),
    "a link must be a well-formed URL": QT_TRANSLATE_NOOP("BankProblem", "a link must be a well-formed URL"),
    "a link must not carry a user name or password (text before '@')": QT_TRANSLATE_NOOP(
        "BankProblem", "a link must not carry a user name or password (text before '@')"
    ),
    "a link must name a host such as docs.aws.amazon.com (non-ASCII hosts in punycode)": QT_TRANSLATE_NOOP(
        "BankProblem", "a link must name a host such as docs.aws.amazon.com (non-ASCII hosts in punycode)"
    ),
}


def _argument(name: str, value: object) -> object:
    if name in PHRASE_ARGUMENTS and isinstance(value, str) and value in PHRASES:
        return QCoreApplication.translate(_CONTEXT, str(PHRASES[value]))
    if name in DETAIL_ARGUMENTS:  # what the system or a parser said
        return detail_text(value)
    return value


def problem_text(problem: object) -> str:
    """One problem line: where it is (plain, as given) and its message in the user's language."""
    from ui.error_text import engine_text  # a pack the database refused: the engine's own sentences

    code = str(getattr(problem, "code", ""))
    params = {name: _argument(name, value) for name, value in getattr(problem, "params", ())}
    where = str(getattr(problem, "where", ""))
    try:
        if code in COUNTS:
            template = BankProblem().plural(code, int(str(params[COUNTS[code]])))
        elif code in TEMPLATES:
            template = QCoreApplication.translate(_CONTEXT, str(TEMPLATES[code]))
        else:
            said = engine_text(code, params)
            return str(problem) if said is None else where + said
        return where + template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return str(problem)


def problems_text(problems: Iterable[object]) -> str:
    """Problems one a line, each in the user's language."""
    return "\n".join(problem_text(p) for p in problems)
