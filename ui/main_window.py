"""The main window: shows at once, loads the database in the background, then hosts every screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from simulator.clock import SystemClock
from simulator.errors import SimulacroError
from ui.error_text import error_text
from ui.i18n import install_translators
from ui.keyboard import focus_start, page_buttons, release_tab
from ui.message_bar import MessageBar
from ui.ops import OpRunner
from ui.plain import plain_label, plain_message
from ui.qt import (
    QAction,
    QApplication,
    QCloseEvent,
    QDesktopServices,
    QEvent,
    QKeySequence,
    QMainWindow,
    QMenu,
    QMessageBox,
    QObject,
    QProgressBar,
    QStackedWidget,
    Qt,
    QTimer,
    QTranslator,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.settings import ZOOM_STEPS, AppSettings
from ui.shortcuts import keys, with_native_keys
from ui.theme import apply_theme, apply_zoom
from ui.window_place import place_window, window_state


class LoadingPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label(wrap=False)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy indicator
        self.bar.setMaximumWidth(360)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)


if TYPE_CHECKING:
    from question_bank.workspace import Workspace
    from simulator.assembly import FullSpec, PracticeSpec
    from simulator.session import ExamSession
    from simulator.views import ExamResult
    from ui.home_data import HomeData


class _Page(Protocol):
    def retranslate(self) -> None: ...


def _home_backend() -> Any:
    """What start-up needs of the core (the database, the bank sync, Home's data), on the op runner."""
    import ui.home_backend

    return ui.home_backend


def _home_quick() -> Any:
    """Home's first read (sqlite3, no SQLAlchemy), on the op runner."""
    import ui.home_quick

    return ui.home_quick


def _backend() -> Any:
    """The core, imported on first use (on the op runner's thread): the window paints before it loads."""
    import ui.backend

    return ui.backend


class _ProgressRelay(QObject):
    """Carries progress from the op runner's thread to the UI thread (queued signal)."""

    progress = Signal(float)


class MainWindow(QMainWindow):
    loaded = Signal(bool)
    report_written = Signal(str)
    item_reported = Signal()
    reports_exported = Signal(str)
    items_exported = Signal(str)
    questions_imported = Signal(str)

    def __init__(self, settings: AppSettings, *, db_url: str | None, data_dir: Path) -> None:
        super().__init__()
        self.settings = settings
        self.db_url = db_url
        self.data_dir = data_dir
        self.workspace: Workspace | None = None
        self._waiting: list[Callable[[], None]] = []  # requests made before the database was open
        self._closing = False
        self.translators: list[QTranslator] = []
        self.ops = OpRunner(self)
        self.clock = SystemClock()
        self.home_data: HomeData | None = None
        self.exam_code: str | None = None  # the exam chosen on Home; None: the shipped default
        self.candidate_shown = ""  # who is sitting, on a shared database
        self._exam_note = ""  # the exam page's last status-bar note, cleared when the page is left
        # Only what the first paint needs is built here; the other screens (and the modules behind
        # them) load while the database opens, so the window appears as fast as a bare one.
        self.loading = LoadingPage()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.loading)
        self.message_bar = MessageBar()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.message_bar)
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.pages.currentChanged.connect(self._page_changed)
        self._screens_built = False
        self._build_menus()
        self.ops.busy_changed.connect(self._busy)
        self.report_progress = QProgressBar()
        self.report_progress.setRange(0, 100)
        self.report_progress.setMaximumWidth(220)
        self.report_progress.setVisible(False)
        self.statusBar().addPermanentWidget(self.report_progress)
        self._progress_relay = _ProgressRelay(self)
        self._progress_relay.progress.connect(lambda share: self.report_progress.setValue(round(share * 100)))
        place_window(self, settings.window_state)
        apply_theme(QApplication.instance(), settings.theme)  # type: ignore[arg-type]
        apply_zoom(QApplication.instance(), settings.zoom)  # type: ignore[arg-type]
        self.retranslate()

    # ----- menus and texts ------------------------------------------------------------------------

    def _build_menus(self) -> None:
        # Menus made here and kept by Python: a menu the menu bar creates loses its Python wrapper.
        self.file_menu, self.go_menu, self.actions_menu, self.view_menu, self.teacher_menu, self.help_menu = (
            QMenu(self) for _ in range(6)
        )
        for menu in (
            self.file_menu,
            self.go_menu,
            self.actions_menu,
            self.view_menu,
            self.teacher_menu,
            self.help_menu,
        ):
            self.menuBar().addMenu(menu)
        # Every button of the current page, listed when the menu opens: no action is mouse-only.
        self.actions_menu.aboutToShow.connect(self._fill_actions_menu)
        self.go_home_action = QAction(self)
        self.go_home_action.setShortcut(QKeySequence(keys("home")))
        self.go_flagged_action = QAction(self)
        self.go_history_action = QAction(self)
        self.go_reports_action = QAction(self)
        self.go_menu.addActions(
            [self.go_home_action, self.go_flagged_action, self.go_history_action, self.go_reports_action]
        )
        self.go_home_action.triggered.connect(self.go_home)
        self.go_flagged_action.triggered.connect(lambda: self._leave_exam_for(self.show_flagged))
        self.go_history_action.triggered.connect(lambda: self._leave_exam_for(self.show_history))
        self.go_reports_action.triggered.connect(lambda: self._leave_exam_for(self.show_reports))
        self.stats_action = QAction(self)
        self.cohort_action = QAction(self)
        self.switch_candidate_action = QAction(self)
        self.switch_candidate_action.setVisible(False)  # a shared database only
        self.teacher_menu.addActions([self.stats_action, self.cohort_action])
        self.stats_action.triggered.connect(lambda: self._when_open(self.show_item_stats))
        self.cohort_action.triggered.connect(lambda: self._when_open(self.show_cohort))
        self.switch_candidate_action.triggered.connect(self.ask_candidate)
        self.home_action = QAction(self)
        self.preferences_action = QAction(self)
        self.import_action = QAction(self)
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
        self.rules_action = QAction(self)
        self.about_action = QAction(self)
        self.file_menu.addActions(
            [self.home_action, self.switch_candidate_action, self.preferences_action, self.import_action]
        )
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        self.help_menu.addActions([self.rules_action, self.shortcuts_action, self.about_action])
        self.home_action.triggered.connect(self.go_home)
        self.preferences_action.triggered.connect(self.open_preferences)
        self.import_action.triggered.connect(self.open_import)
        self.quit_action.triggered.connect(self.close)
        self.zoom_in_action.triggered.connect(lambda: self.step_zoom(1))
        self.zoom_out_action.triggered.connect(lambda: self.step_zoom(-1))
        self.zoom_reset_action.triggered.connect(lambda: self.set_zoom(100))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.rules_action.triggered.connect(self.show_rules_help)
        self.about_action.triggered.connect(self.show_about)

    def retranslate(self) -> None:
        # The application display name ("Simulacro") is appended by Qt: it is not repeated here.
        title = self.tr("AWS Certified AI Practitioner")
        # On a shared database the title names who is sitting (plain text: a window title is never markup).
        self.setWindowTitle(f"{title} — {self.candidate_shown}" if self.candidate_shown else title)
        # Mnemonics avoid A-I: Alt+A ... Alt+I strike options out in the exam.
        self.file_menu.setTitle(self.tr("&Simulacro"))
        self.go_menu.setTitle(self.tr("Go &to"))
        self.actions_menu.setTitle(self.tr("Acti&ons"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("He&lp"))
        self.go_home_action.setText(self.tr("Home screen"))
        self.go_flagged_action.setText(self.tr("Flagged items"))
        self.go_history_action.setText(self.tr("History and mastery"))
        self.go_reports_action.setText(self.tr("Question reports"))
        self.message_bar.retranslate()
        self.teacher_menu.setTitle(self.tr("&Teacher"))
        self.stats_action.setText(self.tr("&Item statistics"))
        self.cohort_action.setText(self.tr("&Cohort"))
        self.switch_candidate_action.setText(self.tr("&Change candidate…"))
        self.home_action.setText(self.tr("&Home"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.import_action.setText(self.tr("&Import questions…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.zoom_in_action.setText(self.tr("Larger text"))
        self.zoom_out_action.setText(self.tr("Smaller text"))
        self.zoom_reset_action.setText(self.tr("Normal text size"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.rules_action.setText(self.tr("How the &exam and its clock work"))
        self.about_action.setText(self.tr("&About Simulacro"))
        self.loading.label.setText(self.tr("Opening your data and the question bank…"))
        self.loading.bar.setAccessibleName(self.tr("Working…"))
        self.report_progress.setAccessibleName(self.tr("Writing the report"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._redraw()
        super().changeEvent(event)

    def _redraw(self) -> None:
        """Every text, icon and status colour again (a new language or theme)."""
        if self._closing:
            # A language or theme change is application-wide: a window already closed (its pages' charts may be
            # gone) must not redraw — drawing History's chart there crashed the process.
            return
        self.retranslate()
        if self._screens_built:
            if self.__dict__.get("_later_built"):  # pages with blueprint titles redraw them in the new language
                self.history.language = self.results.language = self.settings.language
            for page in self._screens:
                page.retranslate()
            if self.home_data is not None:
                self.home.show_data(self.home_data, self.settings.language)

    LATER_PAGES = (
        "exam",
        "results",
        "review",
        "history",
        "flagged",
        "reports",
        "item_stats",
        "cohort",
        "start_page",
    )

    def __getattr__(self, name: str) -> Any:
        """The pages other than Home are built after Home shows its data (start-up is Home's); one asked for
        sooner (a test, a quick click) is built there and then."""
        if name in MainWindow.LATER_PAGES and self.__dict__.get("_screens_built"):
            self._build_later_pages()
            return self.__dict__[name]
        raise AttributeError(name)

    @property
    def _screens(self) -> tuple[_Page, ...]:
        names = ("home", *MainWindow.LATER_PAGES) if self.__dict__.get("_later_built") else ("home",)
        return tuple(self.__dict__[name] for name in names if name in self.__dict__)

    def _build_screens(self) -> None:
        if self._screens_built:
            return
        from ui.home_page import HomePage

        self.home = HomePage()
        self.home.settings = self.settings
        self.pages.addWidget(self.home)
        release_tab(self.home)
        self._screens_built = True
        self._connect_home()

    def _build_later_pages(self) -> None:
        if self.__dict__.get("_later_built") or not self._screens_built:
            return
        self._later_built = True
        from ui.answer_review import AnswerReviewPage
        from ui.classroom import CohortPage, ItemStatsPage
        from ui.exam_page import ExamPage
        from ui.history_page import HistoryPage
        from ui.results_page import ResultsPage
        from ui.start_page import StartPage
        from ui.tool_pages import FlaggedPage, ReportsPage

        self.exam = ExamPage(ops=self.ops)
        self.results = ResultsPage()
        self.results.set_features(review=True, report=True)
        self.review = AnswerReviewPage()
        self.history = HistoryPage()
        self.flagged = FlaggedPage()
        self.reports = ReportsPage()
        self.item_stats = ItemStatsPage()
        self.cohort = CohortPage()
        self.start_page = StartPage()
        for page in (
            self.exam,
            self.results,
            self.review,
            self.history,
            self.flagged,
            self.reports,
            self.item_stats,
            self.cohort,
            self.start_page,
        ):
            self.pages.addWidget(page)
            release_tab(page)
        self._connect()

    def _connect_home(self) -> None:
        # Home may show before the database is open the usual way: its requests wait for it (a moment at most).
        home, later = self.home, self._when_open
        home.full_requested.connect(lambda spec: later(lambda: self.request_start(spec)))
        home.practice_requested.connect(lambda spec: later(lambda: self.request_start(spec)))
        home.resume_requested.connect(lambda attempt: later(lambda: self.resume_attempt(attempt)))
        home.discard_requested.connect(lambda attempt: later(lambda: self.discard_attempt(attempt)))
        home.attempt_opened.connect(lambda attempt: later(lambda: self.resume_attempt(attempt)))  # finished: results
        home.exam_chosen.connect(lambda code: later(lambda: self.choose_exam(code)))
        home.flagged_requested.connect(lambda: later(self.show_flagged))
        home.history_requested.connect(lambda: later(self.show_history))
        home.reports_requested.connect(lambda: later(self.show_reports))
        home.drill_requested.connect(lambda count: later(lambda: self.request_set("drill", count=count)))

    def _connect(self) -> None:
        self.start_page.begin.connect(self._begin)
        self.start_page.back.connect(self.go_home)
        self.exam.finished.connect(self.show_result)
        self.exam.failed.connect(self.show_error)
        self.exam.announce.connect(self._exam_status)
        self.exam.announce.connect(self._exam_message)
        self.results.home_requested.connect(self.go_home)
        self.results.report_requested.connect(self.ask_report_path)
        self.results.review_requested.connect(self.open_review)
        self.review.home_requested.connect(self.go_home)
        self.review.retake_requested.connect(lambda attempt: self.request_set("missed", attempt_id=attempt))
        self.review.report_item.connect(self.report_item)
        self.review.pdf_requested.connect(self.ask_report_path)
        self.history.home_requested.connect(self.go_home)
        self.history.attempt_opened.connect(self.open_review)
        self.flagged.home_requested.connect(self.go_home)
        self.flagged.practice_requested.connect(lambda: self.request_set("flagged"))
        self.flagged.clear_requested.connect(self.clear_flag)
        self.flagged.item_opened.connect(self.open_flagged_item)
        self.reports.home_requested.connect(self.go_home)
        self.reports.export_requested.connect(self.ask_reports_csv)
        self.item_stats.home_requested.connect(self.go_home)
        self.item_stats.reload_requested.connect(lambda demo: self.show_item_stats(demo))
        self.item_stats.export_requested.connect(self.ask_stats_csv)
        self.cohort.home_requested.connect(self.go_home)
        self.cohort.reload_requested.connect(lambda demo: self.show_cohort(demo))
        self.cohort.pdf_requested.connect(self.ask_cohort_pdf)
        self.review.export_requested.connect(self.ask_export)
        self.flagged.export_requested.connect(lambda: self.ask_export(None))

    # ----- keyboard ---------------------------------------------------------------------------------

    def _page_changed(self, _index: int) -> None:
        """A new page gets the focus at its natural start (never on a control of the page left behind)."""
        page = self.pages.currentWidget()
        if page is None:
            return
        # A note about the item on screen means nothing on Results or Home: it leaves with the exam page.
        note = self._exam_note
        if note and page is not self.__dict__.get("exam") and self.statusBar().currentMessage() == note:
            self.statusBar().clearMessage()
        release_tab(page)
        QTimer.singleShot(0, lambda: self._focus_page(page))

    def _focus_page(self, page: QWidget) -> None:
        if self.pages.currentWidget() is not page or QApplication.activeModalWidget() is not None:
            return
        preferred: dict[int, QWidget] = {}
        if self._screens_built:
            preferred[id(self.home)] = self.home.full_button
        if self.__dict__.get("_later_built"):
            preferred |= {
                id(self.results): self.results.review_button,
                id(self.review): self.review.list,
                id(self.history): self.history.table,
                id(self.flagged): self.flagged.table,
                id(self.reports): self.reports.table,
                id(self.start_page): self.start_page.start_button,
            }
        target = preferred.get(id(page))
        if target is not None and target.isVisible() and target.isEnabled():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            focus_start(page)

    def _fill_actions_menu(self) -> None:
        self.actions_menu.clear()
        page = self.pages.currentWidget()
        buttons = page_buttons(self.message_bar) if self.message_bar.isVisible() else []
        buttons += page_buttons(page) if page is not None else []
        for button in buttons:
            action = self.actions_menu.addAction(button.text().replace("&", "&&"))
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        if not buttons:
            self.actions_menu.addAction(self.tr("(nothing to do on this screen)")).setEnabled(False)

    def _leave_exam(self) -> bool:
        """Before another screen opens from a menu, the running exam saves its clock and closes."""
        if self._screens_built and self.pages.currentWidget() is self.exam and self.exam.session is not None:
            self.exam.close_session()
        return self._screens_built

    def _leave_exam_for(self, show: Callable[[], None]) -> None:
        if self._leave_exam():
            self._when_open(show)

    def _exam_status(self, text: str) -> None:
        """The exam's passing notes ("choose 1 more…") go to the status bar, and are the exam page's own."""
        self._exam_note = text
        self.statusBar().showMessage(text, 8000)

    def _exam_message(self, text: str) -> None:
        """Time warnings and time-up reach the message strip; a refusal about an answer stays under the item."""
        if text and text != self.exam.hint_label.text():
            self.message_bar.show_message(text, "amber", timeout_ms=15000)

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

        exam = self.exam_code
        exam_date = self.settings.exam_date
        # Home paints from a plain sqlite3 read when it can (the everyday start); the usual open follows once it
        # has painted (importing SQLAlchemy meanwhile would slow the paint) and hands the window its workspace.
        self.ops.submit(
            lambda: _home_quick().quick_home(db_url, data_dir, exam, exam_date), self._quick_loaded, self._quick_failed
        )
        # The screens are built on this thread while the op runner opens the database (it waits on disk and
        # SQLite, which let this thread run): Home shows sooner than building them after the data arrives.
        QTimer.singleShot(0, self._build_screens)

    def _quick_loaded(self, data: HomeData | None) -> None:
        """Home from the first read, before the database is open the usual way (None: wait for that)."""
        if data is None:
            self._open_usual()
            return
        self._build_screens()
        self._show_home(data)
        QTimer.singleShot(0, self._open_usual)  # after Home has painted

    def _quick_failed(self, error: BaseException) -> None:
        self._open_usual()
        self.show_error_from(error)  # a bug in the first read: to the log (and the tests)

    def _open_usual(self) -> None:
        """Open the database (schema check, bank sync) and read Home the usual way, on the op runner."""
        if self._closing:
            return
        db_url, data_dir, exam, exam_date = self.db_url, self.data_dir, self.exam_code, self.settings.exam_date
        self.ops.submit(
            lambda: _home_backend().open_and_load(db_url, data_dir, exam, exam_date), self._loaded, self._load_failed
        )

    def _when_open(self, call: Callable[[], None]) -> None:
        """Run `call` now if the database is open, else as soon as it is (Home may show a moment before)."""
        if self.workspace is not None:
            call()
        else:
            self._waiting.append(call)

    def _loaded(self, value: tuple[Workspace, Any]) -> None:
        self._build_screens()
        self.workspace, data = value
        if isinstance(data, list):  # a shared database: who is sitting?
            self.home_data = None
            self.pages.setCurrentWidget(self.loading)
            self.switch_candidate_action.setVisible(True)
            self.ask_candidate(data)
            return
        if data != self.home_data or self.pages.currentWidget() is not self.home:
            self._show_home(data)  # the first read showed something else (or nothing): this is what holds
        self.home.show_notices([error_text(n) for n in self.workspace.notices])
        # The rest of the core loads while Home is read (queued before `loaded`, so closing waits for it).
        self.ops.submit(_backend, None, self.show_error_from)
        QTimer.singleShot(0, self._build_later_pages)
        self.loaded.emit(True)
        waiting, self._waiting = self._waiting, []
        for call in waiting:
            call()

    # ----- candidates (a shared database) ---------------------------------------------------------

    def ask_candidate(self, candidates: list[Any] | None = None) -> None:
        """The dialog listing the database's candidates and 'new'; the last one at this machine preselected."""
        workspace = self.workspace
        if workspace is None:
            return
        if candidates is None:
            self.ops.submit(lambda: _backend().candidates(workspace), self.ask_candidate, self.show_error_from)
            return
        from ui.classroom import CandidateDialog

        dialog = CandidateDialog(candidates, self.settings.classroom_candidate, self)
        dialog.accepted.connect(lambda: self.enter_as(dialog.chosen()))
        dialog.rejected.connect(self._no_candidate)
        dialog.open()

    def _no_candidate(self) -> None:
        if self.home_data is None:  # nobody chosen yet: nothing to show until someone is
            self.loading.bar.setVisible(False)
            self.loading.label.setText(self.tr("Choose who you are to continue: Simulacro ▸ Change candidate…"))

    def enter_as(self, name: str) -> None:
        workspace, exam = self.workspace, self.exam_code

        def entered(value: tuple[str, HomeData]) -> None:
            shown, data = value
            self.settings.classroom_candidate = shown
            self.candidate_shown = shown
            self.retranslate()
            self._show_home(data)
            assert self.workspace is not None
            self.home.show_notices([error_text(n) for n in self.workspace.notices])
            self.loaded.emit(True)

        exam_date = self.settings.exam_date
        self.ops.submit(lambda: _backend().enter_as(workspace, name, exam, exam_date), entered, self._candidate_failed)

    def _candidate_failed(self, error: BaseException) -> None:
        self.show_error_from(error)
        self.ask_candidate()

    # ----- teacher screens ------------------------------------------------------------------------

    def show_item_stats(self, include_demo: bool | None = None) -> None:
        workspace, exam = self.workspace, self.exam_code
        if workspace is None:
            return
        demo = self.item_stats.include_demo.isChecked() if include_demo is None else include_demo

        def loaded(value: tuple[list[Any], list[str]]) -> None:
            self.item_stats.show_stats(*value)
            self.pages.setCurrentWidget(self.item_stats)

        self.ops.submit(lambda: _backend().load_item_stats(workspace, exam, demo), loaded, self.show_error_from)

    def ask_stats_csv(self) -> None:
        from ui.save_dialogs import ask_save_path

        suggested = Path.home() / "simulacro-estadisticas.csv"
        title, kinds = self.tr("Export item statistics"), self.tr("CSV (*.csv)")
        ask_save_path(self, title, suggested, kinds, "csv", self.export_stats_csv)

    def export_stats_csv(self, target: Path) -> None:
        workspace, exam, demo = self.workspace, self.exam_code, self.item_stats.include_demo.isChecked()

        def done(count: int) -> None:
            self.statusBar().showMessage(
                self.tr("%n item revision(s) exported to %1", "", count).replace("%1", str(target)), 10000
            )
            self.reports_exported.emit(str(target))

        self.ops.submit(lambda: _backend().export_item_stats(workspace, exam, demo, target), done, self.show_error_from)

    def show_cohort(self, include_demo: bool | None = None) -> None:
        workspace, exam, language = self.workspace, self.exam_code, self.settings.language
        if workspace is None:
            return
        demo = self.cohort.include_demo.isChecked() if include_demo is None else include_demo

        def loaded(cohort: Any) -> None:
            self.cohort.show_cohort(cohort)
            self.pages.setCurrentWidget(self.cohort)

        self.ops.submit(lambda: _backend().load_cohort(workspace, exam, demo, language), loaded, self.show_error_from)

    def ask_cohort_pdf(self) -> None:
        from ui.save_dialogs import ask_save_path

        suggested = Path.home() / "simulacro-cohorte.pdf"
        title, kinds = self.tr("Save the cohort report"), self.tr("PDF (*.pdf)")
        ask_save_path(self, title, suggested, kinds, "pdf", self.export_cohort_pdf)

    def export_cohort_pdf(self, target: Path) -> None:
        workspace, exam, language = self.workspace, self.exam_code, self.settings.language
        demo = self.cohort.include_demo.isChecked()

        def done(path: Path) -> None:
            self.report_written.emit(str(path))
            self.statusBar().showMessage(self.tr("Report saved: %1").replace("%1", str(path)), 15000)

        self.ops.submit(
            lambda: _backend().write_cohort_pdf(workspace, exam, demo, language, target), done, self.show_error_from
        )

    def _load_failed(self, error: BaseException) -> None:
        self._waiting.clear()
        self.home_data = None
        self.pages.setCurrentWidget(self.loading)  # Home may have shown from the first read
        self.loading.bar.setVisible(False)
        self.loading.label.setText(
            self.tr("Simulacro could not open its data.")
            + "\n\n"
            + error_text(error)
            + "\n\n"
            + self.tr("Nothing was deleted. Fix the problem and start Simulacro again.")
        )
        self.loaded.emit(False)
        if not isinstance(error, SimulacroError):
            raise error  # a bug, not a bad database: to the log (and the tests fail on it)

    def _show_home(self, data: HomeData) -> None:
        self.home_data = data
        self.exam_code = data.blueprint.exam
        self.home.show_data(data, self.settings.language)
        self.pages.setCurrentWidget(self.home)
        if self.workspace is not None:  # else once the database is open (building them would slow the open)
            QTimer.singleShot(0, self._build_later_pages)  # once Home has painted

    def refresh_home(self) -> None:
        workspace = self.workspace
        if workspace is not None:
            exam, exam_date = self.exam_code, self.settings.exam_date
            self.ops.submit(
                lambda: _backend().load_home(workspace, exam, exam_date), self._show_home, self.show_error_from
            )

    def choose_exam(self, code: str) -> None:
        """Home's exam picker: every screen then works on this exam."""
        self.exam_code = code
        self.refresh_home()

    def go_home(self) -> None:
        if not self._screens_built:
            return
        if self.exam.submitting:
            return  # the result screen follows in a moment
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
            if session.read_only and not self._take_over(session):
                return
            self.pages.setCurrentWidget(self.exam)
            self.exam.open_session(session, self._titles_of(session))
            if session.expired_while_away:
                self._say_expired_while_away()

        self.ops.submit(op, opened, self.show_error_from)  # type: ignore[arg-type]

    def _titles_of(self, session: ExamSession) -> dict[str, str]:
        """Task titles from the blueprint revision the attempt was made with."""
        return {t.id: t.title(self.settings.language) for t in session.blueprint.tasks}

    def _take_over(self, session: ExamSession) -> bool:
        """Another window holds this unfinished attempt: offer to take it over, else stay where we are."""
        answer = QMessageBox.question(
            self,
            "Simulacro",
            self.tr(
                "This exam is open in another window. Take it over here? The other window will no longer be "
                "able to save answers."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # the safe choice is the default: Enter leaves the other window be
        )
        if answer == QMessageBox.StandardButton.Yes:
            workspace, attempt_id = self.workspace, session.attempt_id
            self._open_session(lambda: _backend().open_attempt(workspace, attempt_id, self.clock, True))
        return False

    # ----- before starting: no unfinished attempt is left behind ----------------------------------

    def _unfinished(self) -> list[Any]:
        """Every unfinished attempt (of any exam), most recent first."""
        return [] if self.home_data is None else list(self.home_data.unfinished)

    def _settle_unfinished(self, then: Any) -> None:
        """With an attempt unfinished, ask first: resume it, submit it (full exams), discard it, or cancel."""
        unfinished = self._unfinished()
        if not unfinished:
            then()
            return
        from ui.dialogs import UnfinishedDialog

        attempt = unfinished[0]
        dialog = UnfinishedDialog(attempt, self)
        choice = dialog.ask()
        workspace = self.workspace
        if choice == "resume":
            self.resume_attempt(attempt.id)
        elif choice in ("submit", "discard"):
            op = (
                (lambda: _backend().submit_unfinished(workspace, attempt.id, self.clock))
                if choice == "submit"
                else (lambda: _backend().discard(workspace, attempt.id))
            )

            def done(_: object) -> None:
                message = (
                    self.tr("The unfinished exam was submitted; its result is in the history.")
                    if choice == "submit"
                    else self.tr("The unfinished attempt was discarded.")
                )
                self.statusBar().showMessage(message, 10000)

                def reloaded(data: HomeData) -> None:
                    self.home_data = data
                    self.home.show_data(data, self.settings.language)
                    self._settle_unfinished(then)

                exam, exam_date = self.exam_code, self.settings.exam_date
                self.ops.submit(
                    lambda: _backend().load_home(workspace, exam, exam_date), reloaded, self.show_error_from
                )

            self.ops.submit(op, done, self.show_error_from)

    def request_start(self, spec: FullSpec | PracticeSpec) -> None:
        """Home's start buttons: settle any unfinished attempt, then show the rules before it begins."""
        self._settle_unfinished(lambda: self.show_start_page(spec))

    def show_start_page(self, spec: FullSpec | PracticeSpec) -> None:
        if self.home_data is None:
            return
        self.start_page.show_rules(spec, self.home_data.blueprint)
        self.pages.setCurrentWidget(self.start_page)
        self.start_page.start_button.setFocus()

    def _begin(self, spec: FullSpec | PracticeSpec) -> None:
        from simulator.assembly import FullSpec

        if isinstance(spec, FullSpec):
            self.start_full(spec)
        else:
            self.start_practice(spec)

    def request_set(self, kind: str, *, count: int = 15, attempt_id: int = 0) -> None:
        self._settle_unfinished(lambda: self.start_set(kind, count=count, attempt_id=attempt_id))

    def start_full(self, spec: FullSpec) -> None:
        workspace, exam = self.workspace, self.exam_code
        self._open_session(lambda: _backend().start_exam(workspace, spec, self.clock, exam))

    def start_practice(self, spec: PracticeSpec) -> None:
        workspace, exam = self.workspace, self.exam_code
        self._open_session(lambda: _backend().start_exam(workspace, spec, self.clock, exam))

    def resume_attempt(self, attempt_id: int) -> None:
        workspace = self.workspace
        self._open_session(lambda: _backend().open_attempt(workspace, attempt_id, self.clock))

    def start_set(self, kind: str, *, count: int = 15, attempt_id: int = 0) -> None:
        """Drill, flagged set or retake of the missed items: a practice session made by the engine."""
        workspace, exam = self.workspace, self.exam_code
        self._open_session(lambda: _backend().start_plan(workspace, kind, self.clock, count, attempt_id, exam))

    # ----- after the exam -------------------------------------------------------------------------

    def open_review(self, attempt_id: int) -> None:
        workspace = self.workspace

        def opened(session: ExamSession) -> None:
            if not session.submitted:
                if session.read_only and not self._take_over(session):
                    return
                self.pages.setCurrentWidget(self.exam)
                self.exam.open_session(session, self._titles_of(session))
                if session.expired_while_away:
                    self._say_expired_while_away()
                return
            self.review.open_attempt(session, self._titles_of(session))
            self.pages.setCurrentWidget(self.review)

        self.ops.submit(
            lambda: _backend().open_attempt(workspace, attempt_id, self.clock), opened, self.show_error_from
        )

    def show_history(self) -> None:
        workspace = self.workspace

        def loaded(data: object) -> None:
            self.history.show_data(data, self.settings.language)  # type: ignore[arg-type]
            self.pages.setCurrentWidget(self.history)

        exam = self.exam_code
        self.ops.submit(lambda: _backend().load_history(workspace, exam), loaded, self.show_error_from)

    def show_flagged(self) -> None:
        workspace = self.workspace

        def loaded(rows: list[Any]) -> None:
            self.flagged.show_items(rows)
            self.pages.setCurrentWidget(self.flagged)

        exam = self.exam_code
        self.ops.submit(lambda: _backend().load_flagged(workspace, exam), loaded, self.show_error_from)

    def open_flagged_item(self, item_id: int) -> None:
        workspace = self.workspace

        def loaded(content: Any) -> None:
            from ui.text_dialog import TextDialog, item_as_text

            TextDialog(self.tr("Flagged item %1").replace("%1", content.id), item_as_text(content), self).open()

        self.ops.submit(lambda: _backend().item_content(workspace, item_id), loaded, self.show_error_from)

    def clear_flag(self, key: str) -> None:
        workspace = self.workspace
        self.ops.submit(
            lambda: _backend().clear_item_flag(workspace, key, self.exam_code),
            self.flagged.show_items,
            self.show_error_from,
        )

    def show_reports(self) -> None:
        workspace = self.workspace

        def loaded(rows: list[Any]) -> None:
            self.reports.show_reports(rows)
            self.pages.setCurrentWidget(self.reports)

        self.ops.submit(lambda: _backend().load_reports(workspace), loaded, self.show_error_from)

    def report_item(self, attempt_id: int, position: int, note: str) -> None:
        workspace = self.workspace

        def saved(_: object) -> None:
            self.statusBar().showMessage(self.tr("Thank you: the report was saved."), 8000)
            self.message_bar.show_message(self.tr("Thank you: the report was saved."), "ok", timeout_ms=15000)
            self.item_reported.emit()

        self.ops.submit(
            lambda: _backend().report_item(workspace, attempt_id, position, note), saved, self.show_error_from
        )

    def ask_reports_csv(self) -> None:
        from ui.save_dialogs import ask_save_path

        suggested = Path.home() / "simulacro-reportes.csv"
        title, kinds = self.tr("Export question reports"), self.tr("CSV (*.csv)")
        ask_save_path(self, title, suggested, kinds, "csv", self.export_reports_csv)

    def export_reports_csv(self, target: Path) -> None:
        workspace = self.workspace

        def done(count: int) -> None:
            text = self.tr("%n report(s) exported to %1", "", count).replace("%1", str(target))
            self.statusBar().showMessage(text, 10000)
            self.message_bar.show_message(text, "ok", self._open_actions(target))
            self.reports_exported.emit(str(target))

        self.ops.submit(lambda: _backend().export_reports(workspace, target), done, self.show_error_from)

    # ----- questions in and out ------------------------------------------------------------------

    def open_import(self) -> None:
        """Convert a Moodle XML, GIFT, Aiken or CSV file, preview it, and import it as a pack (on the op runner)."""
        from ui.interop_dialogs import ImportQuestionsDialog

        if self.workspace is None or self.home_data is None:
            self.show_error(self.tr("The question bank is still loading; try again in a moment."))
            return
        language = self.settings.language
        tasks = [(t.id, t.title(language)) for t in self.home_data.blueprint.tasks]
        dialog = ImportQuestionsDialog(tasks, self)
        self.import_dialog = dialog
        workspace, data_dir = self.workspace, self.data_dir

        def imported(value: tuple[str, int]) -> None:
            name, count = value
            message = self.tr("%1 questions imported as pack '%2' (Preferences lists and removes packs).")
            self.statusBar().showMessage(message.replace("%1", str(count)).replace("%2", name), 15000)
            dialog.accept()
            self.questions_imported.emit(name)
            self.refresh_home()

        dialog.preview_requested.connect(
            lambda options: self.ops.submit(
                lambda: _backend().preview_conversion(options), dialog.show_preview, self.show_error_from
            )
        )
        dialog.import_requested.connect(
            lambda options: self.ops.submit(
                lambda: _backend().import_conversion(workspace, data_dir, options), imported, self.show_error_from
            )
        )
        dialog.open()

    def ask_export(self, attempt_id: int | None) -> None:
        from ui.interop_dialogs import EXPORT_SUFFIX, ExportDialog

        dialog = ExportDialog(attempt=attempt_id is not None, parent=self)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        target, missed = dialog.choice()
        stem = f"simulacro-{attempt_id}" if attempt_id is not None else "simulacro-marcadas"
        from ui.save_dialogs import ask_save_path

        suggested = Path.home() / f"{stem}{EXPORT_SUFFIX[target]}"
        suffix = EXPORT_SUFFIX[target].lstrip(".")
        ask_save_path(
            self,
            self.tr("Export items"),
            suggested,
            "",
            suffix,
            lambda path: self.export_items(target, path, attempt_id, missed),
        )

    def export_items(self, target: str, path: Path, attempt_id: int | None, missed: bool) -> None:
        workspace, exam = self.workspace, self.exam_code

        def done(result: Any) -> None:
            message = self.tr("%n item(s) exported to %1", "", result.written).replace("%1", str(path))
            if result.left_out:
                message += " " + self.tr("(%1 left out: the format cannot hold them)").replace(
                    "%1", str(len(result.left_out))
                )
            self.statusBar().showMessage(message, 15000)
            self.items_exported.emit(str(path))

        self.ops.submit(
            lambda: _backend().export_selection(
                workspace, target, path, attempt_id=attempt_id, missed=missed, exam=exam
            ),
            done,
            self.show_error_from,
        )

    def discard_attempt(self, attempt_id: int) -> None:
        from ui.dialogs import confirm

        workspace = self.workspace
        if confirm(
            self,
            self.tr("Discard the unfinished attempt?"),
            self.tr(
                "Its answers are kept in your history as discarded, with no result, and it will not be offered again."
            ),
            self.tr("Discard"),
            self.tr("No"),
        ):
            self.ops.submit(
                lambda: _backend().discard(workspace, attempt_id), lambda _: self.refresh_home(), self.show_error_from
            )

    def _say_expired_while_away(self) -> None:
        """Reopened after its deadline: it was submitted on opening, with the answers given; say so."""
        plain_message(
            self,
            QMessageBox.Icon.Information,
            self.tr("Time ran out"),
            self.tr(
                "The exam's time ran out while Simulacro was closed or you were elsewhere, as it would in the real "
                "test. It was submitted with the answers you had given."
            ),
        ).open()

    def show_result(self, result: ExamResult) -> None:
        assert self.home_data is not None
        # The blueprint revision the attempt was made with: titles and scale as they were.
        self.results.show_result(result, result.blueprint or self.home_data.blueprint, self.settings.language)
        self.pages.setCurrentWidget(self.results)

    # ----- reports --------------------------------------------------------------------------------

    def ask_report_path(self, attempt_id: int) -> None:
        """File name first, then the name to print (prefilled from Preferences), then the report is written."""
        from ui.save_dialogs import CandidateNameDialog, ask_save_path

        def chosen(path: Path) -> None:
            dialog = CandidateNameDialog(self.settings.candidate_name, self)

            def named() -> None:
                self.settings.candidate_name = dialog.name.text()
                self.export_report(attempt_id, path)

            dialog.accepted.connect(named)
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()

        suggested = Path.home() / f"simulacro-informe-{attempt_id}.pdf"
        ask_save_path(self, self.tr("Save the PDF report"), suggested, self.tr("PDF (*.pdf)"), "pdf", chosen)

    def _open_actions(self, path: Path) -> tuple[tuple[str, Callable[[], object]], ...]:
        """'Open' and 'Open folder' buttons for a file just written."""

        def open_local(target: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

        return (
            (self.tr("Open"), lambda: open_local(path)),
            (self.tr("Open folder"), lambda: open_local(path.parent)),
        )

    def export_report(self, attempt_id: int, target: Path) -> None:
        """Write the report on the op runner, with progress in the status bar; the app stays usable."""
        workspace = self.workspace
        language, candidate = self.settings.language, self.settings.candidate_name
        relay = self._progress_relay
        self.report_progress.setValue(0)
        self.report_progress.setVisible(True)
        self.results.report_button.setEnabled(False)

        def done(path: Path) -> None:
            self._report_finished()
            self.report_written.emit(str(path))
            text = self.tr("Report saved: %1").replace("%1", str(path))
            self.statusBar().showMessage(text, 15000)
            self.message_bar.show_message(text, "ok", self._open_actions(Path(path)))

        def failed(error: BaseException) -> None:
            self._report_finished()
            self.show_error_from(error)

        self.ops.submit(
            lambda: _backend().write_report(
                workspace, attempt_id, target, language, candidate, lambda share, _step: relay.progress.emit(share)
            ),
            done,
            failed,
        )

    def _report_finished(self) -> None:
        self.report_progress.setVisible(False)
        self.results.report_button.setEnabled(True)

    # ----- errors, settings, help -----------------------------------------------------------------

    def show_error(self, message: str) -> None:
        box = plain_message(self, QMessageBox.Icon.Warning, self.tr("Simulacro"), message)
        box.open()
        self.statusBar().showMessage(message, 10000)
        self.message_bar.show_message(message, "bad")

    def show_error_from(self, error: BaseException) -> None:
        """The app's own errors are messages, in the interface's language; anything else is a bug: shown, then
        raised to the log (and to the tests, which fail on it)."""
        if isinstance(error, SimulacroError):
            self.show_error(error_text(error))
            return
        self.show_error(self.tr("Unexpected error: %1").replace("%1", str(error)))
        raise error

    def open_preferences(self) -> None:
        from ui.dialogs import PreferencesDialog

        settings = self.settings
        dialog = PreferencesDialog(
            settings.language, settings.zoom, settings.candidate_name, settings.exam_date, self, settings.theme
        )

        def accepted() -> None:
            self.settings.candidate_name = dialog.candidate.text()
            if dialog.chosen_exam_date() != self.settings.exam_date:
                self.settings.exam_date = dialog.chosen_exam_date()
                self.refresh_home()
            self.set_zoom(int(dialog.zoom.currentData()))
            self.set_theme(str(dialog.theme.currentData()))
            self.set_language(str(dialog.language.currentData()))

        dialog.accepted.connect(accepted)
        workspace = self.workspace
        if workspace is not None:
            self.ops.submit(lambda: _backend().load_packs(workspace), dialog.set_packs, self.show_error_from)

            def removed(packs: list[Any]) -> None:
                dialog.set_packs(packs)
                self.refresh_home()  # the exams and items a pack brought are gone from Home too

            dialog.remove_requested.connect(
                lambda name: self.ops.submit(
                    lambda: _backend().remove_pack_named(workspace, name), removed, self.show_error_from
                )
            )
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

    def set_theme(self, theme: str) -> None:
        """Light, dark or the system's colours, live: the palette changes and every page redraws its icons and
        status colours."""
        if theme == self.settings.theme:
            return
        self.settings.theme = theme
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, self.settings.theme)
        self._redraw()

    def step_zoom(self, direction: int) -> None:
        current = ZOOM_STEPS.index(self.settings.zoom)
        self.set_zoom(ZOOM_STEPS[max(0, min(len(ZOOM_STEPS) - 1, current + direction))])

    def show_shortcuts(self) -> None:
        from ui.dialogs import ShortcutsDialog

        ShortcutsDialog(self).open()

    def show_rules_help(self) -> None:
        """Help: the rules of the full exam (as on its start screen) and exactly how the clock behaves."""
        if not self._screens_built or self.home_data is None:
            return
        from simulator.assembly import FullSpec

        rules = self.start_page.full_rules(FullSpec(), self.home_data.blueprint)
        clock = self.tr(
            "The clock of a full exam is a deadline stored with the attempt: it keeps running while Simulacro is "
            "closed, while you are on Home and while the computer sleeps. Within one run it is measured with the "
            "monotonic clock; across runs, and when wall time runs ahead (a computer asleep), with wall time "
            "guarded against jumps: a clock set back never adds time, a jump forward uses up the time it skips, and "
            "a jump beyond the deadline submits the exam. Reopening an exam after its deadline submits it with the "
            "answers given, and Simulacro says so. The results record the interruptions: how many times the exam "
            "was left and the minutes away.\n\nPractice may pause (%1): the item is hidden and navigation is "
            "disabled until you resume. A practice clock stops while Simulacro is closed. Timed practice warns "
            "when 25 % and 10 % of its time are left."
        )
        clock = with_native_keys(clock, "pause")
        from ui.text_dialog import TextDialog

        # A scrolling text, not a message box: a message box grows with its text past a 768-pixel screen.
        TextDialog(self.tr("How the exam and its clock work"), rules + "\n\n" + clock, self).open()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Simulacro"),
            self.tr(
                "Simulacro 0.1 — an offline practice simulator for the AWS Certified AI Practitioner exam. "
                "Not affiliated with Amazon Web Services. Scaled scores are estimates."
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self.settings.window_state = window_state(self)
        if self.__dict__.get("_later_built"):
            self.exam.close_session()
        self.ops.wait(10_000)
        if self.workspace is not None:
            self.workspace.store.close()
        super().closeEvent(event)
