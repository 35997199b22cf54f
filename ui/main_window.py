"""The main window: shows at once, loads the database in the background, then hosts every screen."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path

from question_bank.workspace import Workspace, open_workspace
from simulator.assembly import BankIndex, FullSpec, PracticeSpec, plan_full, plan_practice
from simulator.clock import SystemClock
from simulator.errors import SimulacroError
from simulator.history import attempt_history
from simulator.session import ExamSession
from simulator.storage.attempts import abandon_attempt, last_seen
from simulator.storage.bank import case_study_order, exam_codes, item_refs, load_blueprint
from simulator.views import ExamResult
from ui.dialogs import PreferencesDialog, ShortcutsDialog
from ui.exam_page import ExamPage
from ui.home_page import HomeData, HomePage
from ui.i18n import install_translators
from ui.ops import OpRunner
from ui.qt import (
    QAction,
    QApplication,
    QEvent,
    QKeySequence,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    Qt,
    QTranslator,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.results_page import ResultsPage
from ui.settings import ZOOM_STEPS, AppSettings
from ui.shortcuts import keys
from ui.theme import apply_zoom


class LoadingPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy indicator
        self.bar.setMaximumWidth(360)
        self.bar.setAccessibleName("busy")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)


def load_home(workspace: Workspace) -> HomeData:
    """Runs on the op runner: everything the home screen needs."""
    store = workspace.store
    codes = exam_codes(store)
    if not codes:
        raise SimulacroError("No question bank is loaded.")
    blueprint = load_blueprint(store, codes[0])
    refs = item_refs(store, codes[0])
    domain_counts = Counter(ref.task.split(".")[0] for ref in refs)
    task_counts = Counter(ref.task for ref in refs if ref.case_study is None)
    history = [h for h in attempt_history(store) if not h.is_demo]
    unfinished = next((h for h in history if h.status == "in_progress"), None)
    history_all = attempt_history(store)
    return HomeData(blueprint, dict(domain_counts), dict(task_counts), history_all, unfinished)


class MainWindow(QMainWindow):
    loaded = Signal(bool)

    def __init__(self, settings: AppSettings, *, db_url: str | None, data_dir: Path) -> None:
        super().__init__()
        self.settings = settings
        self.db_url = db_url
        self.data_dir = data_dir
        self.workspace: Workspace | None = None
        self.translators: list[QTranslator] = []
        self.ops = OpRunner(self)
        self.clock = SystemClock()
        self.home_data: HomeData | None = None
        self.loading = LoadingPage()
        self.home = HomePage()
        self.exam = ExamPage()
        self.results = ResultsPage()
        self.results.set_features(review=False, report=False)
        self.pages = QStackedWidget()
        for page in (self.loading, self.home, self.exam, self.results):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)
        self._build_menus()
        self._connect()
        self.resize(1280, 800)
        apply_zoom(QApplication.instance(), settings.zoom)  # type: ignore[arg-type]
        self.retranslate()

    # ----- menus and texts ------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.view_menu = self.menuBar().addMenu("")
        self.help_menu = self.menuBar().addMenu("")
        self.home_action = QAction(self)
        self.preferences_action = QAction(self)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(keys("quit")))
        self.zoom_in_action = QAction(self)
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out_action = QAction(self)
        self.zoom_out_action.setShortcut(QKeySequence(keys("zoom_out")))
        self.zoom_reset_action = QAction(self)
        self.zoom_reset_action.setShortcut(QKeySequence(keys("zoom_reset")))
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence(keys("help")))
        self.about_action = QAction(self)
        self.file_menu.addActions([self.home_action, self.preferences_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        self.help_menu.addActions([self.shortcuts_action, self.about_action])
        self.home_action.triggered.connect(self.go_home)
        self.preferences_action.triggered.connect(self.open_preferences)
        self.quit_action.triggered.connect(self.close)
        self.zoom_in_action.triggered.connect(lambda: self.step_zoom(1))
        self.zoom_out_action.triggered.connect(lambda: self.step_zoom(-1))
        self.zoom_reset_action.triggered.connect(lambda: self.set_zoom(100))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action.triggered.connect(self.show_about)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Simulacro — AWS Certified AI Practitioner"))
        self.file_menu.setTitle(self.tr("&Simulacro"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.home_action.setText(self.tr("&Home"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.zoom_in_action.setText(self.tr("Larger text"))
        self.zoom_out_action.setText(self.tr("Smaller text"))
        self.zoom_reset_action.setText(self.tr("Normal text size"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Simulacro"))
        self.loading.label.setText(self.tr("Opening your data and the question bank…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.home.retranslate()
            self.exam.retranslate()
            self.results.retranslate()
            if self.home_data is not None:
                self.home.show_data(self.home_data, self.settings.language)
        super().changeEvent(event)

    def _connect(self) -> None:
        self.home.full_requested.connect(self.start_full)
        self.home.practice_requested.connect(self.start_practice)
        self.home.resume_requested.connect(self.resume_attempt)
        self.home.discard_requested.connect(self.discard_attempt)
        self.home.attempt_opened.connect(self.show_attempt)
        self.exam.finished.connect(self.show_result)
        self.exam.failed.connect(self.show_error)
        self.exam.announce.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.results.home_requested.connect(self.go_home)
        self.ops.busy_changed.connect(self._busy)

    def _busy(self, busy: bool) -> None:
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    # ----- start-up -------------------------------------------------------------------------------

    def start_loading(self) -> None:
        """Show first, then open the database and sync the bank on the op runner."""
        self.pages.setCurrentWidget(self.loading)
        db_url, data_dir = self.db_url, self.data_dir

        def op() -> tuple[Workspace, HomeData]:
            workspace = open_workspace(db_url, data_dir)
            return workspace, load_home(workspace)

        self.ops.submit(op, self._loaded, self._load_failed)

    def _loaded(self, value: tuple[Workspace, HomeData]) -> None:
        self.workspace, data = value
        self._show_home(data)
        self.home.show_notices(self.workspace.notices)
        self.loaded.emit(True)

    def _load_failed(self, error: BaseException) -> None:
        self.loading.bar.setVisible(False)
        self.loading.label.setText(
            self.tr("Simulacro could not open its data.")
            + "\n\n"
            + str(error)
            + "\n\n"
            + self.tr("Nothing was deleted. Fix the problem and start Simulacro again.")
        )
        self.loaded.emit(False)

    def _show_home(self, data: HomeData) -> None:
        self.home_data = data
        self.home.show_data(data, self.settings.language)
        self.pages.setCurrentWidget(self.home)

    def refresh_home(self) -> None:
        workspace = self.workspace
        if workspace is not None:
            self.ops.submit(lambda: load_home(workspace), self._show_home, self.show_error_from)

    def go_home(self) -> None:
        if self.pages.currentWidget() is self.exam and self.exam.session is not None:
            self.exam.close_session()
        self.refresh_home()

    # ----- exams ----------------------------------------------------------------------------------

    def _task_titles(self) -> dict[str, str]:
        if self.home_data is None:
            return {}
        return {t.id: t.title(self.settings.language) for t in self.home_data.blueprint.tasks}

    def _open_session(self, op: object) -> None:
        def opened(session: ExamSession) -> None:
            if session.submitted:
                self.show_result(session.result())
                return
            self.pages.setCurrentWidget(self.exam)
            self.exam.open_session(session, self._task_titles())

        self.ops.submit(op, opened, self.show_error_from)  # type: ignore[arg-type]

    def _plan_and_start(self, spec: FullSpec | PracticeSpec) -> ExamSession:
        assert self.workspace is not None
        store = self.workspace.store
        exam = exam_codes(store)[0]
        blueprint = load_blueprint(store, exam)
        index = BankIndex(blueprint, item_refs(store, exam), case_study_order(store, exam))
        seed = int(datetime.now().timestamp() * 1000) % 2**31
        seen = last_seen(store, exam)
        if isinstance(spec, FullSpec):
            plan = plan_full(index, spec, seed, seen)
        else:
            plan = plan_practice(index, spec, seed, seen)
        return ExamSession.start(store, plan, self.clock)

    def start_full(self, spec: FullSpec) -> None:
        self._open_session(lambda: self._plan_and_start(spec))

    def start_practice(self, spec: PracticeSpec) -> None:
        self._open_session(lambda: self._plan_and_start(spec))

    def resume_attempt(self, attempt_id: int) -> None:
        assert self.workspace is not None
        store = self.workspace.store
        self._open_session(lambda: ExamSession.open(store, attempt_id, self.clock))

    def show_attempt(self, attempt_id: int) -> None:
        self.resume_attempt(attempt_id)

    def discard_attempt(self, attempt_id: int) -> None:
        assert self.workspace is not None
        store = self.workspace.store
        answer = QMessageBox.question(
            self,
            self.tr("Discard the unfinished exam?"),
            self.tr("It will stay in your history as discarded and will not be offered again."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ops.submit(lambda: abandon_attempt(store, attempt_id, datetime.now()), lambda _: self.refresh_home())

    def show_result(self, result: ExamResult) -> None:
        assert self.workspace is not None
        blueprint = load_blueprint(self.workspace.store, result.exam)
        self.results.show_result(result, blueprint, self.settings.language)
        self.pages.setCurrentWidget(self.results)

    # ----- errors, settings, help -----------------------------------------------------------------

    def show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Simulacro"), message, QMessageBox.StandardButton.Ok, self)
        box.open()
        self.statusBar().showMessage(message, 10000)

    def show_error_from(self, error: BaseException) -> None:
        self.show_error(
            str(error)
            if isinstance(error, SimulacroError)
            else self.tr("Unexpected error: %1").replace("%1", str(error))
        )

    def open_preferences(self) -> None:
        dialog = PreferencesDialog(self.settings.language, self.settings.zoom, self.settings.candidate_name, self)

        def accepted() -> None:
            self.settings.candidate_name = dialog.candidate.text()
            self.set_zoom(int(dialog.zoom.currentData()))
            self.set_language(str(dialog.language.currentData()))

        dialog.accepted.connect(accepted)
        dialog.open()

    def set_language(self, language: str) -> None:
        if language == self.settings.language:
            return
        self.settings.language = language
        app = QApplication.instance()
        assert app is not None
        self.translators = install_translators(app, language)

    def set_zoom(self, zoom: int) -> None:
        self.settings.zoom = zoom
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_zoom(app, zoom)

    def step_zoom(self, direction: int) -> None:
        current = ZOOM_STEPS.index(self.settings.zoom)
        self.set_zoom(ZOOM_STEPS[max(0, min(len(ZOOM_STEPS) - 1, current + direction))])

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).open()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Simulacro"),
            self.tr(
                "Simulacro 0.1 — an offline practice simulator for the AWS Certified AI Practitioner exam. "
                "Not affiliated with Amazon Web Services. Scaled scores are estimates."
            ),
        )

    def closeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self.exam.close_session()
        self.ops.wait(10_000)
        if self.workspace is not None:
            self.workspace.store.close()
        super().closeEvent(event)  # type: ignore[arg-type]
