"""The home screen: bank summary, full exam, practice set-up, resume banner and latest results."""

from __future__ import annotations

from simulator.assembly import FullSpec, PracticeSpec
from simulator.coach import Action, Advice
from simulator.states import AttemptStatus, Mode
from simulator.views import AttemptSummary
from ui.coach_panel import PRACTICE_TASK_ITEMS, CoachPanel
from ui.home_data import HomeData as HomeData
from ui.keyboard import PushButton
from ui.locale_text import short_datetime
from ui.models import AttemptsModel, BankSummaryModel, TaskChoiceModel
from ui.plain import plain_label
from ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QModelIndex,
    QPersistentModelIndex,
    QPushButton,
    QRect,
    QSize,
    QSpinBox,
    QStyledItemDelegate,
    Qt,
    QTableView,
    QTreeView,
    QtWidgets,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.scrolling import scrolled_body
from ui.settings import AppSettings, PracticeChoice
from ui.theme import page_margins, set_text_role, status_colour

WEAKEST_PRESET = 3  # task statements the "weakest" preset checks
RESPONSIBLE_DOMAINS = (4, 5)  # responsible AI, and security, compliance and governance


class _WrappingDelegate(QStyledItemDelegate):
    """Rows of a tree as high as their wrapped text at the width they get (Qt measures them unwrapped)."""

    def sizeHint(self, option: QtWidgets.QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        assert isinstance(view, QTreeView)
        depth = 2 if index.parent().isValid() else 1
        measured = QtWidgets.QStyleOptionViewItem(option)
        self.initStyleOption(measured, index)
        measured.rect = QRect(0, 0, max(80, view.viewport().width() - view.indentation() * depth), 1)
        size = view.style().sizeFromContents(QtWidgets.QStyle.ContentsType.CT_ItemViewItem, measured, QSize(), view)
        return QSize(measured.rect.width(), size.height())


class HomePage(QWidget):
    full_requested = Signal(object)  # FullSpec
    practice_requested = Signal(object)  # PracticeSpec
    resume_requested = Signal(int)
    discard_requested = Signal(int)
    attempt_opened = Signal(int)
    flagged_requested = Signal()
    drill_requested = Signal(int)
    history_requested = Signal()
    reports_requested = Signal()
    exam_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: HomeData | None = None
        self.language = "es"
        self.settings: AppSettings | None = None  # where the last practice choice is kept (the window sets it)
        self._choice_restored = False
        self._build_banners()
        self._build_full_exam()
        self._build_practice()
        self._build_after_exam()
        self._build_bank_and_history()
        self._lay_out()
        self._connect()
        self.retranslate()

    def _build_banners(self) -> None:
        """Title, start-up notices and the resume banner."""
        self.title = plain_label(wrap=False)
        set_text_role(self.title, "title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)

        # Shown only when packs add another exam: the shipped one stays the default, nothing takes over.
        self.exam_label = plain_label(wrap=False)
        self.exam_picker = QComboBox()
        self.exam_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.exam_picker.activated.connect(lambda index: self.exam_chosen.emit(self.exam_picker.itemData(index)))
        self.exam_row = QWidget()
        exam_layout = QHBoxLayout(self.exam_row)
        exam_layout.setContentsMargins(0, 0, 0, 0)
        exam_layout.addWidget(self.exam_label)
        exam_layout.addWidget(self.exam_picker)
        exam_layout.addStretch(1)
        self.exam_row.setVisible(False)

        self.notice = plain_label()
        self.notice.setVisible(False)
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)

        # Every unfinished attempt, each with Resume and Discard: none is left behind.
        self.resume_box = QFrame()
        self.resume_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.resume_layout = QVBoxLayout(self.resume_box)
        self.resume_rows: list[tuple[QLabel, QPushButton, QPushButton]] = []
        self.resume_box.setVisible(False)

        # Am I ready, and what next: the coach's recommendation is one button (or Alt+its letter) away.
        self.coach = CoachPanel()
        self.coach.action_requested.connect(self._follow_advice)

    def _build_full_exam(self) -> None:
        """The full exam's description, the accommodation box and its start button."""
        self.full_box = QGroupBox()
        self.full_text = plain_label()
        self.accommodation = QCheckBox()
        self.full_button = PushButton()
        self.full_button.setDefault(True)
        full_layout = QVBoxLayout(self.full_box)
        full_layout.addWidget(self.full_text)
        full_layout.addWidget(self.accommodation)
        full_layout.addWidget(self.full_button)

    def _build_practice(self) -> None:
        """Domain buttons, the task list, size and the timed / feedback / case-study boxes."""
        self.practice_box = QGroupBox()
        self.task_model = TaskChoiceModel(self)
        # The domains as groups that expand to their task statements (open at first: every task in view).
        self.task_list = QTreeView()
        self.task_list.setModel(self.task_model)
        self.task_list.setHeaderHidden(True)
        self.task_list.setWordWrap(True)
        self.task_list.setUniformRowHeights(False)
        self.task_list.setMinimumHeight(180)
        self.task_model.modelReset.connect(self.task_list.expandAll)
        # Long titles wrap rather than being cut: the rows are measured at the column's width, again when it changes.
        self.task_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.task_list.setItemDelegate(_WrappingDelegate(self.task_list))
        self.task_list.header().sectionResized.connect(lambda *_: self.task_list.doItemsLayout())
        self.domain_buttons: list[QPushButton] = []
        domain_row = QHBoxLayout()
        self.domains_label = plain_label(wrap=False)
        domain_row.addWidget(self.domains_label)
        for number in range(1, 6):
            button = PushButton(str(number))
            button.setMaximumWidth(44)
            button.clicked.connect(lambda _=False, d=number: self._toggle_domain(d))
            self.domain_buttons.append(button)
            domain_row.addWidget(button)
        self.all_button = PushButton()
        self.none_button = PushButton()
        domain_row.addStretch(1)
        domain_row.addWidget(self.all_button)
        domain_row.addWidget(self.none_button)
        self.weakest_button = PushButton()
        self.responsible_button = PushButton()
        preset_row = QHBoxLayout()
        preset_row.addWidget(self.weakest_button)
        preset_row.addWidget(self.responsible_button)
        preset_row.addStretch(1)
        self.count = QSpinBox()
        self.count.setRange(1, 200)
        self.count.setValue(20)
        self.count_label = plain_label(wrap=False)
        self.count_label.setBuddy(self.count)
        self.timed = QCheckBox()
        self.feedback = QCheckBox()
        self.feedback.setChecked(True)
        self.case_study = QCheckBox()
        self.practice_button = PushButton()
        self.practice_hint = plain_label()
        options = QGridLayout()
        options.addWidget(self.count_label, 0, 0)
        options.addWidget(self.count, 0, 1)
        options.addWidget(self.timed, 1, 0, 1, 2)
        options.addWidget(self.feedback, 2, 0, 1, 2)
        options.addWidget(self.case_study, 3, 0, 1, 2)
        practice_layout = QVBoxLayout(self.practice_box)
        practice_layout.addLayout(domain_row)
        practice_layout.addLayout(preset_row)
        practice_layout.addWidget(self.task_list, 1)
        practice_layout.addLayout(options)
        practice_layout.addWidget(self.practice_hint)
        practice_layout.addWidget(self.practice_button)

    def _build_after_exam(self) -> None:
        """Drill, flagged items, history and question reports."""
        self.after_box = QGroupBox()
        self.flagged_button = PushButton()
        self.history_button = PushButton()
        self.reports_button = PushButton()
        self.drill_button = PushButton()
        self.drill_count = QSpinBox()
        self.drill_count.setRange(5, 60)
        self.drill_count.setValue(15)
        self.drill_text = plain_label()
        after = QGridLayout(self.after_box)
        # Two columns, so the column fits beside the practice box on a 1024-pixel screen.
        after.addWidget(self.drill_text, 0, 0, 1, 2)
        drill_row = QHBoxLayout()
        drill_row.addWidget(self.drill_count)
        drill_row.addWidget(self.drill_button, 1)
        after.addLayout(drill_row, 1, 0, 1, 2)
        after.addWidget(self.flagged_button, 2, 0)
        after.addWidget(self.history_button, 2, 1)
        after.addWidget(self.reports_button, 3, 0)

    def _build_bank_and_history(self) -> None:
        """Items per domain and the latest finished exams."""
        self.bank_box = QGroupBox()
        self.bank_model = BankSummaryModel(self)
        self.bank_table = self._table(self.bank_model)
        QVBoxLayout(self.bank_box).addWidget(self.bank_table)
        self.history_box = QGroupBox()
        self.history_model = AttemptsModel(self)
        self.history_table = self._table(self.history_model)
        self.history_empty = plain_label()
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.history_table)
        history_layout.addWidget(self.history_empty)

    def _lay_out(self) -> None:
        """Full exam and practice on the left; bank, after-exam tools and latest results on the right."""
        left = QVBoxLayout()
        left.addWidget(self.full_box)
        left.addWidget(self.practice_box, 1)
        right = QVBoxLayout()
        right.addWidget(self.bank_box)
        right.addWidget(self.after_box)
        right.addWidget(self.history_box, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(scrolled_body(self))  # scrolls on a small screen instead of squeezing
        page_margins(layout)
        layout.addWidget(self.title)
        layout.addWidget(self.exam_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.resume_box)
        layout.addWidget(self.coach)
        layout.addLayout(columns, 1)

    def _connect(self) -> None:
        """Buttons to the screen's signals and handlers."""
        self.flagged_button.clicked.connect(self.flagged_requested)
        self.history_button.clicked.connect(self.history_requested)
        self.reports_button.clicked.connect(self.reports_requested)
        self.drill_button.clicked.connect(lambda: self.drill_requested.emit(self.drill_count.value()))
        self.history_table.activated.connect(self._open_attempt)
        self.full_button.clicked.connect(self._start_full)
        self.practice_button.clicked.connect(self._start_practice)
        self.all_button.clicked.connect(lambda: self._set_tasks(all_tasks=True))
        self.none_button.clicked.connect(lambda: self._set_tasks(all_tasks=False))
        self.weakest_button.clicked.connect(self._check_weakest)
        self.responsible_button.clicked.connect(lambda: self._check_domains(RESPONSIBLE_DOMAINS))
        self.task_model.dataChanged.connect(self._update_practice_state)
        self.count.valueChanged.connect(self._update_practice_state)

    @staticmethod
    def _table(model: BankSummaryModel | AttemptsModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, model.columnCount()):
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        return table

    def retranslate(self) -> None:
        self.title.setText(self.tr("AWS Certified AI Practitioner (AIF-C01) exam simulator"))
        self.exam_label.setText(self.tr("Exam:"))
        self.exam_picker.setAccessibleName(self.tr("Exam"))
        self.full_box.setTitle(self.tr("Full-length exam"))
        self.full_text.setText(
            self.tr(
                "65 items in 90 minutes, drawn like the real exam: domain weights, every item type, "
                "15 unscored items you cannot tell apart. Domain and task are hidden until the end."
            )
        )
        self.accommodation.setText(self.tr("+30 minutes (accommodation for non-native English speakers)"))
        self.accommodation.setAccessibleName(self.tr("Add 30 minutes"))
        self.full_button.setText(self.tr("Start full exam"))
        self.full_button.setAccessibleName(self.tr("Start full exam"))
        self.practice_box.setTitle(self.tr("Practice"))
        self.domains_label.setText(self.tr("Domains:"))
        for number, button in enumerate(self.domain_buttons, start=1):
            button.setToolTip(self.tr("Select or clear every task of domain %1").replace("%1", str(number)))
            button.setAccessibleName(self.tr("Domain %1").replace("%1", str(number)))
        self.all_button.setText(self.tr("All"))
        self.all_button.setAccessibleName(self.tr("Select every task statement"))
        self.none_button.setText(self.tr("None"))
        self.none_button.setAccessibleName(self.tr("Clear every task statement"))
        self.weakest_button.setText(self.tr("My 3 weakest task statements"))
        self.weakest_button.setAccessibleName(self.tr("Select my 3 weakest task statements"))
        self.responsible_button.setText(self.tr("Domains 4 and 5 — responsible AI and security"))
        self.responsible_button.setAccessibleName(self.tr("Select every task of domains 4 and 5"))
        self.responsible_button.setToolTip(self.tr("Select every task statement of domains 4 and 5, and nothing else"))
        self._update_weakest_button()
        self.task_list.setAccessibleName(self.tr("Task statements to practise"))
        self.count_label.setText(self.tr("Number of items:"))
        self.count.setAccessibleName(self.tr("Number of items"))
        self.timed.setText(self.tr("Timed (same pace as the real exam)"))
        self.timed.setAccessibleName(self.tr("Timed"))
        self.feedback.setText(self.tr("Instant feedback after each answer"))
        self.feedback.setAccessibleName(self.tr("Instant feedback"))
        self.case_study.setText(self.tr("Add a case study (practice material)"))
        self.case_study.setAccessibleName(self.tr("Add a case study"))
        self.practice_button.setText(self.tr("Start practice"))
        self.practice_button.setAccessibleName(self.tr("Start practice"))
        self.bank_box.setTitle(self.tr("Question bank"))
        self.bank_table.setAccessibleName(self.tr("Items per domain"))
        self.history_box.setTitle(self.tr("Latest results"))
        self.history_table.setAccessibleName(self.tr("Latest results"))
        self.history_empty.setText(self.tr("No finished exams yet. Your results will appear here."))
        self.after_box.setTitle(self.tr("After the exam"))
        self.drill_button.setText(self.tr("Start weak-area drill"))
        self.drill_button.setAccessibleName(self.tr("Start weak-area drill"))
        self.drill_count.setAccessibleName(self.tr("Items in the drill"))
        self.history_button.setText(self.tr("History and mastery"))
        self.history_button.setAccessibleName(self.tr("History and mastery"))
        if self.data is not None:
            self.show_data(self.data, self.language)

    def show_notices(self, messages: list[str]) -> None:
        self.notice.setText("\n\n".join(messages))
        self.notice.setStyleSheet(f"color: {status_colour('bad', self).name()};")
        self.notice.setVisible(bool(messages))

    def show_data(self, data: HomeData, language: str) -> None:
        self.data = data
        self.language = language
        blueprint = data.blueprint
        self.exam_picker.clear()
        for code in data.exams:
            self.exam_picker.addItem(code, code)  # plain text: a pack's exam code is untrusted
        self.exam_picker.setCurrentIndex(max(0, self.exam_picker.findData(blueprint.exam)))
        self.exam_row.setVisible(len(data.exams) > 1)
        if blueprint.exam != "aif-c01":
            self.title.setText(blueprint.title_en if language == "en" else blueprint.title_es)
        else:
            self.title.setText(self.tr("AWS Certified AI Practitioner (AIF-C01) exam simulator"))
        total = sum(data.domain_counts.values())
        self.bank_box.setTitle(self.tr("Question bank: %1 items").replace("%1", str(total)))
        self.bank_model.set_rows(
            [(str(d.id), d.title(language), d.weight, data.domain_counts.get(str(d.id), 0)) for d in blueprint.domains]
        )
        self.bank_table.resizeRowsToContents()
        checked = self.task_model.checked()
        self.task_model.set_blueprint(blueprint, language)
        self.task_model.set_checked(checked)
        coaching = data.coaching
        self.task_model.set_mastery({m.task: m.mastery for m in coaching.masteries if m.answers} if coaching else {})
        self._update_weakest_button()
        self._restore_choice()
        finished = [h for h in data.history if h.status == AttemptStatus.SUBMITTED][:20]
        self.history_model.set_rows(finished)
        self.history_table.setVisible(bool(finished))
        self.history_empty.setVisible(not finished)
        self.drill_text.setText(
            self.tr(
                "A drill brings back the items you missed when they are due (Leitner boxes: again after 1, 3, 7 "
                "and 14 days) and fills up with your weakest task statements. Due now: %1."
            ).replace("%1", str(data.due))
        )
        self.flagged_button.setText(self.tr("Review flagged (%1)").replace("%1", str(data.flagged)))
        self.flagged_button.setAccessibleName(self.tr("Review flagged items"))
        self.reports_button.setText(self.tr("Question reports (%1)").replace("%1", str(data.reports)))
        self.reports_button.setAccessibleName(self.tr("Question reports"))
        self.history_button.setEnabled(any(h.status == AttemptStatus.SUBMITTED for h in data.history))
        self.drill_button.setEnabled(
            any(h.status == AttemptStatus.SUBMITTED and not h.is_demo for h in data.history) or data.due > 0
        )
        self._show_unfinished(data.unfinished)
        if data.coaching is not None:
            self.coach.show_coaching(data.coaching, blueprint, language, data.unfinished)
        self._update_practice_state()

    def _show_unfinished(self, unfinished: list[AttemptSummary]) -> None:
        for label, resume, discard in self.resume_rows:
            for widget in (label, resume, discard):
                widget.setParent(None)
                widget.deleteLater()
        while self.resume_layout.count():
            self.resume_layout.takeAt(0)
        self.resume_rows = []
        self.resume_box.setVisible(bool(unfinished))
        for attempt in unfinished:
            mode = self.tr("full exam") if attempt.mode == Mode.FULL else self.tr("practice")
            text = self.tr("Unfinished %1 from %2: %3 of %4 answered.").replace("%1", mode)
            text = text.replace("%2", short_datetime(attempt.created_at))
            text = text.replace("%3", str(attempt.answered)).replace("%4", str(attempt.total))
            if attempt.incomplete:
                text += " " + self.tr("%n incomplete.", "", attempt.incomplete)
            if attempt.remaining_s is not None:
                text += " " + (
                    self.tr("Its clock is running: at most %1 min left.")
                    if attempt.mode == Mode.FULL
                    else self.tr("%1 min left.")
                ).replace("%1", str(int(attempt.remaining_s // 60)))
            label = plain_label(text)
            when = short_datetime(attempt.created_at)
            resume = PushButton(self.tr("Resume"))
            resume.setAccessibleName(self.tr("Resume the unfinished attempt of %1").replace("%1", when))
            discard = PushButton(self.tr("Discard"))
            discard.setAccessibleName(self.tr("Discard the unfinished attempt of %1").replace("%1", when))
            resume.clicked.connect(lambda _=False, i=attempt.id: self.resume_requested.emit(i))
            discard.clicked.connect(lambda _=False, i=attempt.id: self.discard_requested.emit(i))
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(resume)
            row.addWidget(discard)
            self.resume_layout.addLayout(row)
            self.resume_rows.append((label, resume, discard))

    @property
    def resume_button(self) -> QPushButton | None:
        """Resume for the most recent unfinished attempt."""
        return self.resume_rows[0][1] if self.resume_rows else None

    def _toggle_domain(self, domain: int) -> None:
        if self.data is None:
            return
        ids = [t.id for t in self.data.blueprint.tasks_of(domain)]
        checked = set(self.task_model.checked())
        if set(ids) <= checked:
            checked -= set(ids)
        else:
            checked |= set(ids)
        self.task_model.set_checked(sorted(checked))

    def _weakest(self) -> tuple[str, ...]:
        coaching = self.data.coaching if self.data is not None else None
        return coaching.weakest_tasks(WEAKEST_PRESET) if coaching is not None else ()

    def _update_weakest_button(self) -> None:
        enabled = bool(self._weakest())
        self.weakest_button.setEnabled(enabled)
        self.weakest_button.setToolTip(
            self.tr("Select only the three task statements where your mastery is lowest")
            if enabled
            else self.tr("Available once you have answered a practice or exam of your own: mastery comes from it")
        )

    def _check_weakest(self) -> None:
        weakest = self._weakest()
        if weakest:
            self.task_model.set_checked(weakest)

    def _check_domains(self, domains: tuple[int, ...]) -> None:
        if self.data is not None:
            self.task_model.set_checked([t.id for d in domains for t in self.data.blueprint.tasks_of(d)])

    def _restore_choice(self) -> None:
        """The last practice set-up, once, when Home first shows data (unknown task ids are left out)."""
        if self._choice_restored or self.settings is None:
            return
        self._choice_restored = True
        choice = self.settings.practice_choice
        if choice is None:
            return
        known = set(self.task_model.task_ids())
        self.task_model.set_checked([t for t in choice.tasks if t in known])
        self.count.setValue(choice.count)
        self.timed.setChecked(choice.timed)
        self.feedback.setChecked(choice.feedback)

    def _set_tasks(self, all_tasks: bool) -> None:
        if self.data is not None:
            self.task_model.set_checked([t.id for t in self.data.blueprint.tasks] if all_tasks else [])

    def _available(self) -> int:
        if self.data is None:
            return 0
        return sum(self.data.task_counts.get(t, 0) for t in self.task_model.checked())

    def _update_practice_state(self) -> None:
        chosen = self.task_model.checked()
        available = self._available()
        if not chosen:
            self.practice_hint.setText(self.tr("Choose at least one task statement or domain."))
        else:
            self.practice_hint.setText(self.tr("%n item(s) available in the chosen task statements.", "", available))
        self.practice_button.setEnabled(bool(chosen) and 0 < self.count.value() <= available)

    def _follow_advice(self, advice: Advice) -> None:
        """The coach's next step, started through the same signals as Home's own buttons."""
        if advice.action == Action.RESUME and advice.attempt_id is not None:
            self.resume_requested.emit(advice.attempt_id)
        elif advice.action in (Action.FIRST_EXAM, Action.FULL_EXAM):
            self._start_full()
        elif advice.action == Action.DRILL:
            self.drill_requested.emit(self.drill_count.value())
        elif advice.task is not None and self.data is not None:
            count = min(PRACTICE_TASK_ITEMS, self.data.task_counts.get(advice.task, 0))
            if count:
                self.practice_requested.emit(PracticeSpec((advice.task,), count, instant_feedback=True))

    def _start_full(self) -> None:
        self.full_requested.emit(FullSpec(self.accommodation.isChecked()))

    def _start_practice(self) -> None:
        tasks = self.task_model.checked()
        if not tasks:
            return
        spec = PracticeSpec(
            tasks,
            self.count.value(),
            timed=self.timed.isChecked(),
            instant_feedback=self.feedback.isChecked(),
            case_studies=1 if self.case_study.isChecked() else 0,
        )
        if self.settings is not None:
            self.settings.practice_choice = PracticeChoice(
                tasks, self.count.value(), self.timed.isChecked(), self.feedback.isChecked()
            )
        self.practice_requested.emit(spec)

    def _open_attempt(self, index: QModelIndex) -> None:
        self.attempt_opened.emit(self.history_model.attempt(index.row()).id)
