"""Names vulture cannot see used: framework hooks (Qt overrides, Alembic, ReportLab attributes, pytest)."""

# ruff: noqa
# Qt calls these overrides itself.
filterAcceptsRow
headerData
sizeHint
eventFilter
supportedDropActions
mimeTypes
# eventFilter's first parameter
watched
# ui.qt resolves names lazily through the module __getattr__
__getattr__
USED_NAMES
# Alembic reads these from every revision module.
down_revision
branch_labels
depends_on
downgrade
# SQLAlchemy and the database: columns and engine options that are written, not read in Python.
synced_at
isolation_level
item_key
# ReportLab charts and drawings are configured by setting attributes.
fillColor
strokeColor
strokeWidth
strokeDashArray
valueMax
valueMin
valueStep
fontName
fontSize
categoryNames
boxAnchor
textAnchor
reverseDirection
barLabelFormat
nudge
# pytest and configparser read these.
pytestmark
abuse_report
optionxform
# Columns written through SQLAlchemy (read by queries and migrations, not by attribute name).
updated_at
# importlib's finder protocol (tests/no_qt/sitecustomize.py).
find_spec
# html.parser.HTMLParser calls these hooks itself (question_bank/interop/text.py).
handle_starttag
handle_endtag
handle_data
# lupdate reads the QT_TRANSLATE_NOOP texts (ui/i18n.py); the window reads its flag through __dict__.
QT_GAPS
_later_built
