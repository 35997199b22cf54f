"""Messages from the engine and the database that reach a Spanish user: each carries a code and arguments and
the window shows it in Spanish (the CLI keeps the English sentence)."""

from __future__ import annotations

import shutil
import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from simulator.assembly import FullSpec, plan_full
from simulator.error_catalogue import MESSAGES, PARTS
from simulator.errors import BankShortfallError, SimulacroError
from simulator.storage.candidates import clean_name, use_candidate
from simulator.storage.db import open_store
from tests.sqlite_lock import held_by_another_program
from tests.test_assembly import BLUEPRINT, index_of
from tests.test_keyboard import english_words
from ui.error_text import PARTS as UI_PARTS
from ui.error_text import error_text
from ui.i18n import install_translators
from ui.qt import QApplication


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "es")
    yield
    install_translators(qapp, "en")


def raised(call: object) -> SimulacroError:
    with pytest.raises(SimulacroError) as info:
        call()  # type: ignore[operator]
    return info.value


def no_english(text: str, *allowed: str) -> None:
    for fragment in allowed:
        text = text.replace(fragment, " ")
    assert not english_words([text], set()), text


def test_the_parts_of_messages_match_the_engine() -> None:
    assert UI_PARTS == PARTS
    assert {"full_shortfall", "db_locked", "db_newer", "candidate_name_empty"} <= set(MESSAGES)


@pytest.mark.usefixtures("spanish")
def test_full_exam_shortfall_in_spanish() -> None:
    counts = {t.id: 10 for t in BLUEPRINT.tasks} | {"1.1": 2, "4.2": 0}
    error = raised(lambda: plan_full(index_of(counts), FullSpec(), 5))
    assert isinstance(error, BankShortfallError)
    assert str(error).startswith("The bank cannot fill a full exam: task 1.1 is short by")  # the CLI's English
    text = error_text(error)
    missing = error.shortfalls["1.1"]
    assert text == (
        f"El banco no alcanza para un examen completo: a la tarea 1.1 le faltan {missing} (tiene 2, necesita "
        f"{missing + 2}); a la tarea 4.2 le faltan 4 (tiene 0, necesita 4)."
    )


@pytest.mark.usefixtures("spanish")
def test_database_open_errors_in_spanish(data_dir: Path, db_url: str) -> None:
    bad_url = raised(lambda: open_store("no es una url"))
    assert (
        error_text(bad_url)
        == "No se puede usar la URL de base de datos 'no es una url': no es una URL de base de datos."
    )
    assert str(bad_url).startswith("Cannot use the database URL")

    not_ours = data_dir / "notas.txt"
    not_ours.write_text("la lista de la compra\n" * 20)
    text = error_text(raised(lambda: open_store(f"sqlite:///{not_ours}")))
    assert (
        text == f"{not_ours} no es una base de datos de Simulacro (no es una base de datos SQLite); elige otro archivo."
    )

    foreign = data_dir / "otra.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE facturas (id INTEGER)")
    connection.close()
    text = error_text(raised(lambda: open_store(f"sqlite:///{foreign}")))
    assert text.startswith(f"{foreign} pertenece a otra aplicación (contiene las tablas facturas)")

    store = open_store(db_url)
    with store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    store.close()
    newer = raised(lambda: open_store(db_url))
    assert "newer version of Simulacro" in str(newer)
    assert error_text(newer).startswith("La base de datos sqlite:///")
    assert "la escribió una versión más reciente de Simulacro (esquema 9999_future)" in error_text(newer)

    blocked = data_dir / "archivo"
    blocked.write_text("x")
    text = error_text(raised(lambda: open_store(f"sqlite:///{blocked}/sub/db.sqlite3")))
    assert (
        text == f"No se puede abrir la base de datos {blocked}/sub/db.sqlite3: {blocked} es un archivo, no una carpeta."
    )


@pytest.mark.usefixtures("spanish")
def test_locked_and_corrupt_sqlite_in_spanish(data_dir: Path, db_url: str) -> None:
    path = data_dir / "test.sqlite3"
    open_store(db_url).close()
    with held_by_another_program(path):
        store = open_store(db_url, migrate=False)
        locked = raised(lambda: use_candidate(store, "Ana"))
        store.close()
    assert error_text(locked).startswith("Otro programa tiene bloqueada la base de datos sqlite:///")
    assert error_text(locked).endswith(". Ciérralo y vuelve a intentarlo.")

    data = path.read_bytes()
    path.write_bytes(b"no es SQLite" + data[12:])
    for companion in ("-wal", "-shm"):
        path.with_name(path.name + companion).unlink(missing_ok=True)
    reopened = open_store(db_url)
    notice = reopened.notices[0]
    assert "could not be used" in notice.message
    shown = error_text(SimulacroError(notice.message, code=notice.code, **notice.params))
    assert shown.startswith(
        f"No se pudo usar la base de datos {path} (no es una base de datos SQLite). Se ha guardado como"
    )
    reopened.close()


@pytest.mark.usefixtures("spanish")
def test_unreachable_postgresql_in_spanish() -> None:
    pytest.importorskip("psycopg")
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    error = raised(lambda: open_store(f"postgresql+psycopg://ana:secreta@127.0.0.1:{port}/clase"))
    text = error_text(error)
    assert text.startswith(
        f"No se puede conectar con la base de datos postgresql+psycopg://ana:***@127.0.0.1:{port}/clase"
    )
    assert "Comprueba que el servidor está en marcha" in text and "secreta" not in text


@pytest.mark.usefixtures("spanish")
def test_candidate_errors_in_spanish(db_url: str) -> None:
    assert error_text(raised(lambda: clean_name(" \t "))) == "Escribe un nombre o alias para el candidato."
    assert error_text(raised(lambda: clean_name("x" * 500))).startswith("El nombre de un candidato tiene como mucho")
    with pytest.raises(ValueError, match="name or alias"):  # still a ValueError for the CLI's argument checks
        clean_name("")
    store = open_store(db_url)
    assert error_text(raised(lambda: use_candidate(store, candidate_id=4242))) == (
        "No hay ningún candidato con el identificador 4242."
    )
    store.close()


def test_the_window_says_why_it_cannot_open_the_data_in_spanish(
    qtbot: QtBot, data_dir: Path, shipped_template: Path
) -> None:
    """A database from a newer Simulacro: the loading page explains it in Spanish, nothing else is shown."""
    from tests.ui_helpers import open_window
    from ui.main_window import MainWindow
    from ui.qt import QSettings
    from ui.settings import AppSettings

    shutil.copyfile(shipped_template, data_dir / "simulacro.sqlite3")
    with sqlite3.connect(data_dir / "simulacro.sqlite3") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    settings = AppSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = "es"
    install_translators(QApplication.instance(), "es")  # type: ignore[arg-type]
    window = MainWindow(settings, db_url=None, data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=30_000) as blocker:
        window.start_loading()
    assert blocker.args == [False]
    text = window.loading.label.text()
    assert "la escribió una versión más reciente de Simulacro" in text and "newer" not in text
    no_english(text, str(data_dir))
    window.close()

    # A damaged database file: it is moved aside and Home says so, in Spanish.
    (data_dir / "simulacro.sqlite3").write_bytes(b"no es SQLite" + bytes(4096))
    again = open_window(qtbot, data_dir, shipped_template)
    qtbot.waitUntil(lambda: again.home.notice.isVisible())
    notice = again.home.notice.text()
    assert notice.startswith("No se pudo usar la base de datos") and "no es una base de datos SQLite" in notice
    no_english(notice, str(data_dir))
    # What a screen reader says of the window's indicators, hidden most of the time.
    names = (again.exam.alert.accessibleName(), again.loading.bar.accessibleName())
    assert names == ("Aviso", "Trabajando…") and again.report_progress.accessibleName() == "Escribiendo el informe"
