"""Bank problems (validator, YAML, blueprint, catalogue, converter, refused packs) carry a code and arguments:
the CLI prints the English sentence unchanged, the window shows each in its language (ui/problem_text.py)."""

from __future__ import annotations

import errno
import shutil
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from question_bank.errors import BankError
from question_bank.importer import ImportOutcome, import_paths
from question_bank.interop.convert import ConvertOptions, PackFolderError, convert, write_pack
from question_bank.messages import MESSAGES, PHRASE_ARGUMENTS, PHRASES, PLURALS, Located
from question_bank.validator import SHIPPED_ROOT, validate
from question_bank.workspace import Workspace
from question_bank.yaml_lines import YamlProblem, load_text
from simulator.error_catalogue import MESSAGES as ENGINE_MESSAGES
from simulator.error_catalogue import PARTS as ENGINE_PARTS
from simulator.error_catalogue import Lines
from simulator.errors import SimulacroError
from simulator.os_reasons import REASONS, os_reason
from simulator.storage.db import Store
from tests.test_keyboard import english_words
from tests.test_trust import reversed_key_pack
from tests.ui_helpers import open_window
from ui.detail_text import DETAILS
from ui.error_text import error_text
from ui.i18n import install_translators
from ui.interop_dialogs import ImportQuestionsDialog
from ui.problem_text import PHRASES as UI_PHRASES
from ui.problem_text import TEMPLATES, BankProblem, problem_text
from ui.qt import QApplication, QCoreApplication, Qt

REF = "https://docs.aws.amazon.com/bedrock/latest/userguide/what-is-bedrock.html"
BROKEN_GIFT = """::Tres::¿Qué servicio ofrece modelos gestionados? {=Amazon Bedrock ~Amazon S3 ~AWS Lambda}

::VF::Amazon Bedrock es un servicio gestionado. {TRUE}

::Buena::¿Qué servicio ofrece modelos mediante una API? {=Amazon Bedrock ~Amazon S3 ~Amazon EC2 ~AWS Lambda}

::Img::[html]<p>¿Qué muestra <img src\\="diagrama.png">?</p> {=Bedrock ~S3 ~EC2 ~Lambda}

::Orden::Ordena los pasos {=uno -> 1 =dos -> 2}
"""


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "es")
    yield
    install_translators(qapp, "en")


def no_english(text: str, *allowed: str) -> None:
    """No English word outside the allowed fragments (paths, names) and the values quoted from the file."""
    for fragment in allowed:
        text = text.replace(fragment, " ")
    text = "".join(part for index, part in enumerate(text.split("'")) if index % 2 == 0)
    assert not english_words([text], set()), text


def names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def bank_folder(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "pack"
    folder.mkdir(parents=True)
    (folder / "items.yaml").write_text(text, encoding="utf-8")
    return folder


ITEM = """exam: aif-c01
language: es
items:
  - id: demo.1
    task: "1.1"
    type: single
    stem: ¿Cuál?
    dificultad: 2
    explanation: Porque sí.
    references: ["http://docs.aws.amazon.com/x"]
    options:
      - {text: uno, correct: true, why: a}
      - {text: dos, why: b}
      - {text: tres, why: c}
"""


# ----- every code, every language --------------------------------------------------------------------------


def test_the_window_knows_every_problem_code() -> None:
    """A new code in question_bank.messages fails here until the window has its sentence (and lupdate its entry)."""
    assert set(TEMPLATES) | set(PLURALS) == set(MESSAGES)
    assert not set(TEMPLATES) & set(PLURALS)
    for code, template in TEMPLATES.items():
        assert template == MESSAGES[code], code
    assert set(UI_PHRASES) == set(PHRASES) and all(UI_PHRASES[p] == p for p in PHRASES)
    # Every argument that may carry a phrase is one some message has.
    assert all(any("{" + name + "}" in m for m in MESSAGES.values()) for name in PHRASE_ARGUMENTS)
    # An engine code (a pack the database refuses) never shadows a bank problem's code, nor the other way.
    assert not set(MESSAGES) & (set(ENGINE_MESSAGES) | set(ENGINE_PARTS))
    for code, count in PLURALS.items():
        assert "{" + count + "}" in MESSAGES[code], code


@pytest.mark.usefixtures("spanish")
def test_every_problem_code_has_a_spanish_translation() -> None:
    untranslated = []
    for code, template in TEMPLATES.items():
        spanish = QCoreApplication.translate("BankProblem", str(template))
        if spanish == template or names(spanish) != names(str(template)):
            untranslated.append(code)
    problems = BankProblem()
    for code, count in PLURALS.items():
        wanted = names(MESSAGES[code]) - {count}
        for n in (1, 2, 5):
            spanish = problems.plural(code, n)
            if "%n" in spanish or str(n) not in spanish or names(spanish) != wanted:
                untranslated.append(f"{code} ({n})")
    install_translators(QApplication.instance(), "en")  # type: ignore[arg-type]
    english = {code: [problems.plural(code, n) for n in (1, 2, 5)] for code in PLURALS}
    install_translators(QApplication.instance(), "es")  # type: ignore[arg-type]
    for code in PLURALS:
        if [problems.plural(code, n) for n in (1, 2, 5)] == english[code]:
            untranslated.append(code)
    untranslated += [p for p in PHRASES if QCoreApplication.translate("BankProblem", p) == p]
    assert not untranslated, untranslated


def test_in_english_the_window_says_what_the_cli_says(tmp_path: Path) -> None:
    report = validate([bank_folder(tmp_path, ITEM)])
    lines = [*report.errors, *report.warnings]
    assert lines and all(e.code for e in lines)
    assert [problem_text(e) for e in lines] == [str(e) for e in lines]


# ----- exact Spanish renderings ------------------------------------------------------------------------------


@pytest.mark.usefixtures("spanish")
def test_validator_problems_in_spanish_keep_file_line_and_id(tmp_path: Path) -> None:
    folder = bank_folder(tmp_path, ITEM)
    report = validate([folder])
    where = f"{folder / 'items.yaml'}"
    english = [str(e) for e in report.errors + report.warnings]
    assert english == [
        f"{where}:10: demo.1: reference 1 is not an https link: a link must start with https://",
        f"{where}:11: demo.1: a single item has exactly 4 options, found 3",
        f"{where}:8: demo.1: unknown item field 'dificultad' (ignored; a typo?)",
    ]
    assert [problem_text(e) for e in report.errors + report.warnings] == [
        f"{where}:10: demo.1: la referencia 1 no es un enlace https: un enlace debe empezar por https://",
        f"{where}:11: demo.1: una pregunta de tipo 'single' tiene exactamente 4 opciones; esta tiene 3",
        f"{where}:8: demo.1: campo de pregunta desconocido: 'dificultad' (se ignora; ¿una errata?)",
    ]
    missing = BankError.coded("banco/x.yaml", 7, "demo.2", "missing_field", field="stem")
    assert str(missing) == "banco/x.yaml:7: demo.2: missing field 'stem'"
    assert problem_text(missing) == "banco/x.yaml:7: demo.2: falta el campo 'stem'"
    value = BankError.coded("b.yaml", 3, "-", "bad_value", value="doce", expected="a whole number")
    assert problem_text(value) == "b.yaml:3: -: valor incorrecto 'doce': no es un número entero"
    # A field named like one of the phrases stays the field: the file must use that name.
    text = BankError.coded("b.yaml", 5, "demo.3", "missing_field", field="text")
    assert problem_text(text) == "b.yaml:5: demo.3: falta el campo 'text'"
    wrong = BankError.coded("blueprint.yaml", 2, "blueprint", "wrong_type", field="title", expected="text")
    assert (
        problem_text(wrong)
        == "blueprint.yaml:2: blueprint: el campo 'title' tiene un tipo incorrecto (se esperaba texto)"
    )


@pytest.mark.usefixtures("spanish")
def test_counts_take_the_plural_forms_of_spanish() -> None:
    many = BankError.coded("x.yaml", 4001, "-", "too_many_errors", count=1000)
    assert str(many) == "x.yaml:4001: -: more than 1000 errors; stopped checking this file"
    assert problem_text(many) == "x.yaml:4001: -: más de 1000 errores; se dejó de revisar este archivo"
    one = Located.coded("", "no_feedback_source", count=1)
    assert problem_text(one) == "el origen no trae comentario para 1 respuesta o explicación; las preguntas lo indican"
    three = Located.coded("", "no_feedback_source", count=3)
    assert str(three) == "the source gives no feedback for 3 answer(s) or explanation(s); the items say so"
    assert problem_text(three).startswith("el origen no trae comentario para 3 respuestas o explicaciones;")
    steps = Located.coded("q.csv:4: (Orden) ", "ordering_shape", count=1)
    assert problem_text(steps) == "q.csv:4: (Orden) una pregunta de ordenar necesita de 3 a 5 pasos; esta tiene 1 paso"
    split = Located.coded("q.xml:1: ", "too_many_questions", count=5001, most=5000)
    assert problem_text(split) == "q.xml:1: 5001 preguntas: divide el archivo (como mucho 5000 por paquete)"


@pytest.mark.usefixtures("spanish")
def test_untrusted_text_and_unknown_codes_stay_as_they_are() -> None:
    hostile = BankError.coded("<b>x</b>.yaml", 2, "-", "key_twice", key="<a href='x'>clic</a>")
    assert problem_text(hostile) == "<b>x</b>.yaml:2: -: la clave '<a href='x'>clic</a>' aparece dos veces"
    assert problem_text(BankError("a.yaml", 1, "-", "something new")) == "a.yaml:1: -: something new"
    unknown = BankError("a.yaml", 1, "-", "an English sentence", "no_such_code", (("x", 1),))
    assert problem_text(unknown) == "a.yaml:1: -: an English sentence"
    broken = BankError("a.yaml", 1, "-", "missing field", "missing_field", ())  # an argument is missing
    assert problem_text(broken) == "a.yaml:1: -: missing field"
    assert problem_text("plain text, no code") == "plain text, no code"


@pytest.mark.usefixtures("spanish")
def test_a_refused_pack_and_an_unloaded_bank_are_explained_in_spanish(shipped_store: Store, tmp_path: Path) -> None:
    folder, key = reversed_key_pack(shipped_store, tmp_path)
    outcome = import_paths(shipped_store, [folder])
    (refused,) = outcome.errors
    assert "would change an item of the shipped bank" in str(refused)  # the CLI's English
    error = SimulacroError(code="import_nothing_list", errors=Lines(outcome.errors))
    assert str(error) == f"Nothing was imported:\n{refused}"
    text = error_text(error)
    assert text == (
        f"No se ha importado nada:\n{refused.path}:{refused.line}: {key}: cambiaría una pregunta del banco incluido: "
        "da a la pregunta del paquete un identificador nuevo"
    )
    bad_name = import_paths(shipped_store, [folder], name="../fuera")
    (named,) = bad_name.errors
    assert named.code == "pack_name" and "cannot name a pack" in str(named)
    assert problem_text(named).endswith(
        "'../fuera' no sirve como nombre de paquete: usa de 1 a 60 letras, "
        "dígitos, '.', '_' o '-' (p. ej. --name mi-paquete)."
    )

    broken = validate([bank_folder(tmp_path / "roto", ITEM)])
    workspace = Workspace(shipped_store, tmp_path, ImportOutcome({}, tuple(broken.errors), 0))
    (notice,) = [n for n in workspace.notices if n.code == "bank_not_loaded"]
    assert str(notice).startswith("The shipped question bank has errors and was not loaded:\n")
    shown = error_text(notice)
    assert shown.startswith("El banco de preguntas incluido tiene errores y no se ha cargado:\n")
    assert "una pregunta de tipo 'single' tiene exactamente 4 opciones; esta tiene 3" in shown
    no_english(shown, str(tmp_path / "roto" / "pack" / "items.yaml"), "https://", "demo.1")


@pytest.mark.usefixtures("spanish")
def test_a_pack_folder_that_cannot_be_written_in_spanish(tmp_path: Path) -> None:
    source = tmp_path / "bien.gift"
    source.write_text("::Una::¿Qué? {=Bedrock ~S3 ~EC2 ~Lambda}\n", encoding="utf-8")
    options = ConvertOptions(task="1.1", references=(REF,))
    taken = tmp_path / "ocupado"
    taken.write_text("x")
    with pytest.raises(PackFolderError) as refused:
        write_pack(convert(source, options), options, taken)
    assert str(refused.value) == f"{taken} is not a folder"  # what the CLI prints
    error = SimulacroError(code="pack_write", reason=refused.value.problem)
    assert str(error) == f"Cannot write the pack: {taken} is not a folder."
    assert error_text(error) == f"No se puede escribir el paquete: {taken} no es una carpeta."


# ----- what the system or a parser said ------------------------------------------------------------------------

BROKEN_YAML = {  # a fault, and the fixed phrase libyaml gives for it
    "a: b: c": "mapping values are not allowed in this context",
    "a: [1, 2": "did not find expected ',' or ']'",
    "a: {b: 1": "did not find expected ',' or '}'",
    "- a\nb: 1": "did not find expected '-' indicator",
    "a: 'x": "found unexpected end of stream",
    'a: "\\q"': "found unknown escape character",
    "a:\n  - b\n c: d": "did not find expected key",
    "%YAML 2.0\n---\na: 1": "found incompatible YAML document",
    "a: |0\n x": "found an indentation indicator equal to 0",
    "a: @x": "found character that cannot start any token",
    "{a: 1}}": "did not find expected <document start>",
}


def test_os_errors_give_the_same_phrase_whatever_the_platform_words() -> None:
    assert os_reason(PermissionError(errno.EACCES, "Access is denied")) == "Permission denied"
    assert os_reason(OSError(errno.ENOSPC, "There is not enough space on the disk")) == "No space left on device"
    assert os_reason(OSError(errno.ECONNRESET, "Connection reset by peer")) == "Connection reset by peer"
    assert os_reason(OSError("no number")) == "no number"
    assert set(REASONS.values()) <= set(DETAILS)  # the window has each one's sentence


@pytest.mark.parametrize("text", sorted(BROKEN_YAML))
def test_a_yaml_fault_is_reported_with_libyamls_fixed_phrase(text: str) -> None:
    with pytest.raises(YamlProblem) as fault:
        load_text(text)
    assert fault.value.code == "yaml_syntax"
    assert dict(fault.value.params)["detail"] == BROKEN_YAML[text]
    assert BROKEN_YAML[text] in DETAILS


@pytest.mark.usefixtures("spanish")
def test_what_the_system_or_a_parser_said_is_said_in_spanish(tmp_path: Path) -> None:
    untranslated = [p for p in DETAILS if QCoreApplication.translate("SystemDetail", p) == p]
    assert not untranslated, untranslated
    with pytest.raises(YamlProblem) as fault:
        load_text("pregunta: a: b")
    problem = Located.same("banco.yaml:1: ", fault.value)
    assert problem_text(problem) == (
        "banco.yaml:1: YAML no válido: aquí no se admiten valores de clave (¿falta un espacio tras ':' o "
        "sobran comillas?)"
    )
    unreadable = BankError.coded("b.yaml", 0, "-", "cannot_read", reason=os_reason(PermissionError(errno.EACCES, "")))
    assert problem_text(unreadable).endswith("permiso denegado")
    full = SimulacroError(
        code="output_write", what="the report", target="informe.pdf", reason=os_reason(OSError(errno.ENOSPC, ""))
    )
    assert str(full) == "Cannot write the report to informe.pdf: No space left on device."
    assert error_text(full) == "No se puede escribir el informe en informe.pdf: no queda espacio en el disco."
    options = ConvertOptions(task="1.1", references=(REF,))
    sheet = tmp_path / "hoja.csv"
    sheet.write_text('question,a,b,c,d,answer\n"¿Qué?"x,S3,EC2,Lambda,Bedrock,D\n', encoding="utf-8")
    xml = tmp_path / "moodle.xml"
    xml.write_text("<quiz><question type='multichoice'></quiz>", encoding="utf-8")
    said = [problem_text(p) for p in [*convert(sheet, options).problems, *convert(xml, options).problems]]
    assert said == [
        f"{sheet}:2: CSV no válido: tras unas comillas de cierre debe venir el separador",
        f"{xml}:1: XML mal formado: etiqueta de cierre que no corresponde",
    ]


# ----- the window, as a user drives it ---------------------------------------------------------------------------


def test_the_import_dialog_lists_a_broken_files_problems_in_spanish(
    qtbot: QtBot, data_dir: Path, shipped_template: Path, tmp_path: Path
) -> None:
    source = tmp_path / "preguntas-rotas.gift"
    source.write_text(BROKEN_GIFT, encoding="utf-8")
    window = open_window(qtbot, data_dir, shipped_template, language="es")
    window.import_action.trigger()  # Archivo → Importar preguntas…
    dialog = window.import_dialog
    assert isinstance(dialog, ImportQuestionsDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.file, str(source))
    qtbot.keyClick(dialog.task, Qt.Key.Key_Down)  # the first task statement, for questions without a category
    qtbot.keyClicks(dialog.reference, REF)
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    lines = dialog.problems.toPlainText().split("\n")
    assert lines == [
        f"{source}:1: (Tres) una pregunta de una respuesta necesita exactamente 4 opciones, 1 correcta; esta tiene "
        "opciones: 3, correctas: 1",
        f"{source}:3: (VF) el tipo de pregunta 'verdadero/falso' no tiene equivalente en Simulacro",
        f"{source}:7: (Img) contiene una imagen, que Simulacro no puede mostrar",
        f"{source}:9: (Orden) una pregunta de relacionar necesita de 3 a 7 parejas y 2 respuestas o más; esta tiene "
        "2 parejas",
        "el origen no trae comentario para 5 respuestas o explicaciones; las preguntas lo indican",
    ]
    no_english(dialog.problems.toPlainText(), str(source), "(Tres)", "(VF)", "(Img)", "(Orden)")
    summary = dialog.summary.text().split("\n")
    assert summary[0] == "Formato: gift · se convierte 1 pregunta"  # Spanish plural forms, one and many
    assert summary[-1] == "4 problemas: véase la lista de abajo."
    assert not dialog.import_button.isEnabled()  # nothing partial
    conversion = convert(source, ConvertOptions(task="1.1", references=(REF,)))
    assert "a one-answer question needs exactly 4 options" in conversion.problems[0]  # the CLI's English
    dialog.close()


def test_a_bank_folder_with_errors_is_reported_on_home_in_spanish(
    qtbot: QtBot, data_dir: Path, shipped_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIMULACRO_BANK_DIR names a classroom's bank with a broken file: Home says why, in Spanish."""
    exam = tmp_path / "banco" / "aif-c01"
    exam.mkdir(parents=True)
    shutil.copyfile(SHIPPED_ROOT / "aif-c01" / "blueprint.yaml", exam / "blueprint.yaml")
    (exam / "items.yaml").write_text(ITEM, encoding="utf-8")
    monkeypatch.setenv("SIMULACRO_BANK_DIR", str(tmp_path / "banco"))
    window = open_window(qtbot, data_dir, shipped_template, language="es")
    qtbot.waitUntil(lambda: window.home.notice.isVisible(), timeout=20_000)
    notice = window.home.notice.text()
    assert notice.startswith("El banco de preguntas incluido tiene errores y no se ha cargado:")
    assert f"{exam / 'items.yaml'}:11: demo.1: una pregunta de tipo 'single' tiene exactamente 4 opciones" in notice
    no_english(notice, str(exam / "items.yaml"), "https://", "demo.1")
