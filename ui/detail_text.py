"""Details that come from the system or a parser (an OS error, a YAML, CSV or XML syntax fault) in the
user's language: the core passes them on as fixed English phrases; a phrase not listed here stays as it is."""

from __future__ import annotations

from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

# The argument names that carry such a detail, in bank problems and engine errors.
DETAIL_ARGUMENTS = frozenset({"reason", "detail"})

DETAILS: dict[str, object] = {
    # simulator.os_reasons: what the operating system said (errno), as glibc words it
    "No such file or directory": QT_TRANSLATE_NOOP("SystemDetail", "No such file or directory"),
    "Permission denied": QT_TRANSLATE_NOOP("SystemDetail", "Permission denied"),
    "Operation not permitted": QT_TRANSLATE_NOOP("SystemDetail", "Operation not permitted"),
    "Is a directory": QT_TRANSLATE_NOOP("SystemDetail", "Is a directory"),
    "Not a directory": QT_TRANSLATE_NOOP("SystemDetail", "Not a directory"),
    "No space left on device": QT_TRANSLATE_NOOP("SystemDetail", "No space left on device"),
    "Read-only file system": QT_TRANSLATE_NOOP("SystemDetail", "Read-only file system"),
    "File name too long": QT_TRANSLATE_NOOP("SystemDetail", "File name too long"),
    "Too many levels of symbolic links": QT_TRANSLATE_NOOP("SystemDetail", "Too many levels of symbolic links"),
    "Input/output error": QT_TRANSLATE_NOOP("SystemDetail", "Input/output error"),
    "Disk quota exceeded": QT_TRANSLATE_NOOP("SystemDetail", "Disk quota exceeded"),
    "File too large": QT_TRANSLATE_NOOP("SystemDetail", "File too large"),
    "Device or resource busy": QT_TRANSLATE_NOOP("SystemDetail", "Device or resource busy"),
    "Too many open files": QT_TRANSLATE_NOOP("SystemDetail", "Too many open files"),
    "File exists": QT_TRANSLATE_NOOP("SystemDetail", "File exists"),
    "Invalid argument": QT_TRANSLATE_NOOP("SystemDetail", "Invalid argument"),
    # PyYAML (libyaml) syntax problems
    "block sequence entries are not allowed in this context": QT_TRANSLATE_NOOP(
        "SystemDetail", "block sequence entries are not allowed in this context"
    ),
    "control characters are not allowed": QT_TRANSLATE_NOOP("SystemDetail", "control characters are not allowed"),
    "could not find expected ':'": QT_TRANSLATE_NOOP("SystemDetail", "could not find expected ':'"),
    "could not find expected directive name": QT_TRANSLATE_NOOP(
        "SystemDetail", "could not find expected directive name"
    ),
    "did not find URI escaped octet": QT_TRANSLATE_NOOP("SystemDetail", "did not find URI escaped octet"),
    "did not find expected '!'": QT_TRANSLATE_NOOP("SystemDetail", "did not find expected '!'"),
    "did not find expected ',' or ']'": QT_TRANSLATE_NOOP("SystemDetail", "did not find expected ',' or ']'"),
    "did not find expected ',' or '}'": QT_TRANSLATE_NOOP("SystemDetail", "did not find expected ',' or '}'"),
    "did not find expected '-' indicator": QT_TRANSLATE_NOOP("SystemDetail", "did not find expected '-' indicator"),
    "did not find expected <document start>": QT_TRANSLATE_NOOP(
        "SystemDetail", "did not find expected <document start>"
    ),
    "did not find expected alphabetic or numeric character": QT_TRANSLATE_NOOP(
        "SystemDetail", "did not find expected alphabetic or numeric character"
    ),
    "did not find expected comment or line break": QT_TRANSLATE_NOOP(
        "SystemDetail", "did not find expected comment or line break"
    ),
    "did not find expected digit or '.' character": QT_TRANSLATE_NOOP(
        "SystemDetail", "did not find expected digit or '.' character"
    ),
    "did not find expected hexdecimal number": QT_TRANSLATE_NOOP(
        "SystemDetail", "did not find expected hexdecimal number"
    ),
    "did not find expected key": QT_TRANSLATE_NOOP("SystemDetail", "did not find expected key"),
    "did not find expected node content": QT_TRANSLATE_NOOP("SystemDetail", "did not find expected node content"),
    "did not find expected tag URI": QT_TRANSLATE_NOOP("SystemDetail", "did not find expected tag URI"),
    "did not find expected version number": QT_TRANSLATE_NOOP("SystemDetail", "did not find expected version number"),
    "did not find expected whitespace": QT_TRANSLATE_NOOP("SystemDetail", "did not find expected whitespace"),
    "did not find expected whitespace or line break": QT_TRANSLATE_NOOP(
        "SystemDetail", "did not find expected whitespace or line break"
    ),
    "did not find the expected '>'": QT_TRANSLATE_NOOP("SystemDetail", "did not find the expected '>'"),
    "exceeded maximum nesting depth": QT_TRANSLATE_NOOP("SystemDetail", "exceeded maximum nesting depth"),
    "found a tab character that violates indentation": QT_TRANSLATE_NOOP(
        "SystemDetail", "found a tab character that violates indentation"
    ),
    "found a tab character where an indentation space is expected": QT_TRANSLATE_NOOP(
        "SystemDetail", "found a tab character where an indentation space is expected"
    ),
    "found an incorrect leading UTF-8 octet": QT_TRANSLATE_NOOP(
        "SystemDetail", "found an incorrect leading UTF-8 octet"
    ),
    "found an incorrect trailing UTF-8 octet": QT_TRANSLATE_NOOP(
        "SystemDetail", "found an incorrect trailing UTF-8 octet"
    ),
    "found an indentation indicator equal to 0": QT_TRANSLATE_NOOP(
        "SystemDetail", "found an indentation indicator equal to 0"
    ),
    "found character that cannot start any token": QT_TRANSLATE_NOOP(
        "SystemDetail", "found character that cannot start any token"
    ),
    "found duplicate %TAG directive": QT_TRANSLATE_NOOP("SystemDetail", "found duplicate %TAG directive"),
    "found duplicate %YAML directive": QT_TRANSLATE_NOOP("SystemDetail", "found duplicate %YAML directive"),
    "found extremely long version number": QT_TRANSLATE_NOOP("SystemDetail", "found extremely long version number"),
    "found incompatible YAML document": QT_TRANSLATE_NOOP("SystemDetail", "found incompatible YAML document"),
    "found invalid Unicode character escape code": QT_TRANSLATE_NOOP(
        "SystemDetail", "found invalid Unicode character escape code"
    ),
    "found undefined tag handle": QT_TRANSLATE_NOOP("SystemDetail", "found undefined tag handle"),
    "found unexpected ':'": QT_TRANSLATE_NOOP("SystemDetail", "found unexpected ':'"),
    "found unexpected document indicator": QT_TRANSLATE_NOOP("SystemDetail", "found unexpected document indicator"),
    "found unexpected end of stream": QT_TRANSLATE_NOOP("SystemDetail", "found unexpected end of stream"),
    "found unexpected non-alphabetical character": QT_TRANSLATE_NOOP(
        "SystemDetail", "found unexpected non-alphabetical character"
    ),
    "found unknown directive name": QT_TRANSLATE_NOOP("SystemDetail", "found unknown directive name"),
    "found unknown escape character": QT_TRANSLATE_NOOP("SystemDetail", "found unknown escape character"),
    "incomplete UTF-8 octet sequence": QT_TRANSLATE_NOOP("SystemDetail", "incomplete UTF-8 octet sequence"),
    "input is too long": QT_TRANSLATE_NOOP("SystemDetail", "input is too long"),
    "invalid Unicode character": QT_TRANSLATE_NOOP("SystemDetail", "invalid Unicode character"),
    "invalid leading UTF-8 octet": QT_TRANSLATE_NOOP("SystemDetail", "invalid leading UTF-8 octet"),
    "invalid length of a UTF-8 sequence": QT_TRANSLATE_NOOP("SystemDetail", "invalid length of a UTF-8 sequence"),
    "invalid trailing UTF-8 octet": QT_TRANSLATE_NOOP("SystemDetail", "invalid trailing UTF-8 octet"),
    "mapping keys are not allowed in this context": QT_TRANSLATE_NOOP(
        "SystemDetail", "mapping keys are not allowed in this context"
    ),
    "mapping values are not allowed in this context": QT_TRANSLATE_NOOP(
        "SystemDetail", "mapping values are not allowed in this context"
    ),
    "syntax error": QT_TRANSLATE_NOOP("SystemDetail", "syntax error"),
    # question_bank.interop.csv_layout: Python's csv module, reworded
    "a closing quote must be followed by the separator": QT_TRANSLATE_NOOP(
        "SystemDetail", "a closing quote must be followed by the separator"
    ),
    "the file ends inside a quoted cell": QT_TRANSLATE_NOOP("SystemDetail", "the file ends inside a quoted cell"),
    "a cell is longer than the field limit": QT_TRANSLATE_NOOP("SystemDetail", "a cell is longer than the field limit"),
    "a line break inside an unquoted cell": QT_TRANSLATE_NOOP("SystemDetail", "a line break inside an unquoted cell"),
    "binary data (NUL byte)": QT_TRANSLATE_NOOP("SystemDetail", "binary data (NUL byte)"),
    # question_bank.interop.moodle_xml: expat's messages
    "no element found": QT_TRANSLATE_NOOP("SystemDetail", "no element found"),
    "not well-formed (invalid token)": QT_TRANSLATE_NOOP("SystemDetail", "not well-formed (invalid token)"),
    "unclosed token": QT_TRANSLATE_NOOP("SystemDetail", "unclosed token"),
    "partial character": QT_TRANSLATE_NOOP("SystemDetail", "partial character"),
    "mismatched tag": QT_TRANSLATE_NOOP("SystemDetail", "mismatched tag"),
    "duplicate attribute": QT_TRANSLATE_NOOP("SystemDetail", "duplicate attribute"),
    "junk after document element": QT_TRANSLATE_NOOP("SystemDetail", "junk after document element"),
    "undefined entity": QT_TRANSLATE_NOOP("SystemDetail", "undefined entity"),
    "reference to invalid character number": QT_TRANSLATE_NOOP("SystemDetail", "reference to invalid character number"),
    "XML or text declaration not at start of entity": QT_TRANSLATE_NOOP(
        "SystemDetail", "XML or text declaration not at start of entity"
    ),
    "unknown encoding": QT_TRANSLATE_NOOP("SystemDetail", "unknown encoding"),
    "encoding specified in XML declaration is incorrect": QT_TRANSLATE_NOOP(
        "SystemDetail", "encoding specified in XML declaration is incorrect"
    ),
    "unclosed CDATA section": QT_TRANSLATE_NOOP("SystemDetail", "unclosed CDATA section"),
    "unbound prefix": QT_TRANSLATE_NOOP("SystemDetail", "unbound prefix"),
    "XML declaration not well-formed": QT_TRANSLATE_NOOP("SystemDetail", "XML declaration not well-formed"),
}


def detail_text(value: object) -> object:
    """`value` in the user's language when it is a known system or parser phrase; anything else unchanged."""
    if isinstance(value, str) and value in DETAILS:
        return QCoreApplication.translate("SystemDetail", value)
    return value
