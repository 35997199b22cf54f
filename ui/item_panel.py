"""One item on screen: scenario (case studies), stem, the view for its type, hints and feedback.
Shared by the exam screen and the answer review."""

from __future__ import annotations

import html

from simulator.links import is_safe_link
from simulator.views import Feedback, ItemView
from ui.item_views import ChoiceView, ItemWidget, MatchingView, OrderingView
from ui.keyboard import PushButton, focusable
from ui.plain import open_link, plain_label
from ui.qt import (
    QApplication,
    QEvent,
    QFrame,
    QHBoxLayout,
    QPoint,
    QRect,
    QResizeEvent,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    Qt,
    QTextBrowser,
    QTextCharFormat,
    QTextCursor,
    QTextEdit,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.shortcuts import with_keys
from ui.theme import set_text_role, status_colour


def feedback_html(
    feedback: Feedback, verdict: str, credit_label: str, read_more: str, colour: str, link: str = "#1a5fb4"
) -> str:
    """Right or wrong, the explanation and links; every bank string escaped."""
    parts = [
        f'<p><b style="color:{colour}">{html.escape(verdict)}</b>'
        + (f" · {html.escape(credit_label)}" if credit_label else "")
        + "</p>",
        f"<p>{html.escape(feedback.explanation)}</p>",
    ]
    if feedback.references:
        links = "".join(
            f'<li><a style="color:{link}" href="{html.escape(url, quote=True)}">{html.escape(url)}</a></li>'
            if is_safe_link(url)
            else f"<li>{html.escape(url)}</li>"  # shown, never a link: file:, javascript:, userinfo, bidi...
            for url in feedback.references
        )
        parts.append(f"<p><b>{html.escape(read_more)}</b></p><ul>{links}</ul>")
    return "".join(parts)


class StemView(QTextEdit):
    """The stem as plain text (never markup) that the candidate can select and highlight, like the real
    exam's highlighter; highlights are painted as selections over the text, so the text itself is untouched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextEdit { background: transparent; }")
        self.highlights: tuple[tuple[int, int], ...] = ()
        self._resizing = False
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())

    def set_content(self, text: str, highlights: tuple[tuple[int, int], ...] = ()) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)
        self.set_highlights(highlights)

    def set_highlights(self, highlights: tuple[tuple[int, int], ...]) -> None:
        self.highlights = highlights
        marks = []
        for start, end in highlights:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            look = QTextCharFormat()
            look.setBackground(Qt.GlobalColor.yellow)
            look.setForeground(Qt.GlobalColor.black)
            selection.format = look
            marks.append(selection)
        self.setExtraSelections(marks)

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        return (cursor.selectionStart(), cursor.selectionEnd()) if cursor.hasSelection() else None

    # QLabel's reading API, so callers and checks see the plain text it shows.
    def text(self) -> str:
        return self.toPlainText()

    def textFormat(self) -> Qt.TextFormat:
        return Qt.TextFormat.PlainText

    def _fit(self) -> None:
        if self._resizing:
            return  # the document is being laid out for a resize: resizing again inside that layout is unsafe
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 4
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._resizing = True
        try:
            super().resizeEvent(event)
            width = self.viewport().width()
            if self.document().textWidth() != width:  # setting the same width lays the whole text out again
                self.document().setTextWidth(width)
        finally:
            self._resizing = False
        self._fit()


class ItemPanel(QWidget):
    answer_changed = Signal(object)
    draft_changed = Signal(object)  # ordering: an order not yet confirmed
    highlight_requested = Signal(int, int)  # start, end of the selected stem text
    strike_requested = Signal(int)
    hint = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scenario = QTextBrowser()
        self.scenario.setOpenExternalLinks(False)
        self.scenario.setMinimumWidth(260)
        self.scenario_title = plain_label()
        self.scenario_title.setTextFormat(Qt.TextFormat.PlainText)
        self.scenario_box = QWidget()
        scenario_layout = QVBoxLayout(self.scenario_box)
        scenario_layout.setContentsMargins(0, 0, 0, 0)
        scenario_layout.addWidget(self.scenario_title)
        scenario_layout.addWidget(self.scenario, 1)

        self.stem = StemView()
        set_text_role(self.stem, "lead")
        self.highlight_button = PushButton()
        self.highlight_button.setVisible(False)
        self.highlight_button.clicked.connect(self.toggle_highlight)
        self.partial_credit = False  # practice shows partial credit for multi-part items
        self.choose_label = plain_label(wrap=False)
        self.hint_label = plain_label()
        self.choice_view = ChoiceView()
        self.matching_view = MatchingView()
        self.ordering_view = OrderingView()
        # Only the current view is visible: a hidden widget takes no space, so the item is as tall as its content.
        self.views = QWidget()
        views_layout = QVBoxLayout(self.views)
        views_layout.setContentsMargins(0, 0, 0, 0)
        views_layout.addWidget(self.choose_label)  # shown and hidden with a change of type: see show_item
        self.current: ItemWidget = self.choice_view
        self._shape: tuple[object, ...] = ()  # what decides which controls show: see show_item
        for view in (self.choice_view, self.matching_view, self.ordering_view):
            views_layout.addWidget(view)
            view.setVisible(view is self.current)
            view.answer_changed.connect(self.answer_changed)
            view.draft_changed.connect(self.draft_changed)
            view.strike_requested.connect(self.strike_requested)
            view.hint.connect(self.show_hint)
        self.feedback = QTextBrowser()
        # Links open in the system browser, each checked again when clicked (see open_link).
        self.feedback.setOpenLinks(False)
        self.feedback.anchorClicked.connect(open_link)
        self.feedback.setVisible(False)
        self.feedback.setMinimumHeight(160)
        item_box = QWidget()
        item_layout = QVBoxLayout(item_box)
        stem_row = QHBoxLayout()
        stem_row.addWidget(self.stem, 1)
        stem_row.addWidget(self.highlight_button, 0, Qt.AlignmentFlag.AlignTop)
        item_layout.addLayout(stem_row)
        item_layout.addWidget(self.views)
        item_layout.addWidget(self.hint_label)
        item_layout.addWidget(self.feedback)
        item_layout.addStretch(1)
        item_box.setMaximumWidth(1100)  # long lines are hard to read on wide screens
        centred = QWidget()
        centred_layout = QHBoxLayout(centred)
        centred_layout.setContentsMargins(0, 0, 0, 0)
        centred_layout.addWidget(item_box)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # No invisible Tab stop: the area scrolls to the focused option by itself.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(centred)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.scenario_box)
        self.splitter.addWidget(self.scroll_area)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.retranslate()

    def retranslate(self) -> None:
        self.scenario.setAccessibleName(self.tr("Case study scenario"))
        self.feedback.setAccessibleName(self.tr("Feedback"))
        self.stem.setAccessibleName(self.tr("Question"))
        self.highlight_button.setText(self.tr("Highlight"))
        self.highlight_button.setToolTip(
            with_keys(self.tr("Select words of the question, then highlight them (again to clear)"), "highlight")
        )
        self.highlight_button.setAccessibleName(self.tr("Highlight the selected text"))

    def enable_highlighting(self, enabled: bool) -> None:
        self.highlight_button.setVisible(enabled)

    def toggle_highlight(self) -> None:
        span = self.stem.selected_span()
        if span is None:
            self.show_hint(self.tr("Select some words of the question first."))
            return
        self.highlight_requested.emit(*span)
        cursor = self.stem.textCursor()
        cursor.clearSelection()
        self.stem.setTextCursor(cursor)

    def show_item(self, view: ItemView) -> None:
        self.stem.set_content(view.stem, view.highlights)
        target: ItemWidget
        if view.type in ("single", "multiple"):
            target = self.choice_view
        elif view.type == "matching":
            target = self.matching_view
        else:
            target = self.ordering_view
        # Showing a widget inside a visible window lays the whole window out again, at once, each time: a change
        # of type or of the number of rows shows and hides many controls, so it happens while their container is
        # hidden and costs one layout pass instead of one per control (most of the time to show the next item).
        shape = (view.type, len(view.options), len(view.prompts), len(view.steps), view.feedback is not None)
        reshaping = shape != self._shape and self.views.isVisible()
        self._shape = shape
        focused = QApplication.focusWidget() if reshaping else None
        if focused is not None and not self.views.isAncestorOf(focused):
            focused = None
        if reshaping:
            if focused is not None:
                focused.clearFocus()  # else hiding it would first move the focus along the chain
            self.views.setVisible(False)
        if view.type == "multiple":
            self.choose_label.setText(self.tr("(Choose %1.)").replace("%1", str(view.choose)))
        self.choose_label.setVisible(view.type == "multiple")
        target.blockSignals(True)
        target.show_item(view)
        target.blockSignals(False)
        for page in (self.choice_view, self.matching_view, self.ordering_view):
            page.setVisible(page is target)
        self.current = target
        if reshaping:
            self.views.setVisible(True)
            # Rows changed while hidden have asked to be laid out later: do it now, so the new item shows settled.
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        showing = not self.scenario_box.isHidden()
        self.scenario_box.setVisible(view.scenario is not None)
        if view.scenario is not None and not showing:
            # Coming back into view the scenario would keep its old share; give it 40 % beside the item.
            width = max(self.splitter.width(), 800)
            self.splitter.setSizes([width * 2 // 5, width - width * 2 // 5])
        if view.scenario is not None:
            self.scenario_title.setText(self.tr("Case study: %1").replace("%1", view.case_title or ""))
            self.scenario.setPlainText(view.scenario)
        self.show_feedback(view.feedback, multi_part=view.type != "single", scored=view.scored)
        if focused is not None:
            self._refocus(focused)

    def _refocus(self, focused: QWidget) -> None:
        """Focus back on `focused` after a change of shape or, when it no longer takes focus (hidden, or an
        option locked once checked), on the next control that does, as Qt itself would."""
        candidate: QWidget | None = focused
        while candidate is not None:
            if focusable(candidate):
                candidate.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            candidate = candidate.nextInFocusChain()
            if candidate is focused:
                return

    def show_feedback(self, feedback: Feedback | None, *, multi_part: bool = False, scored: bool = True) -> None:
        if feedback is None:
            self.feedback.setVisible(False)
            return
        colour = status_colour("ok" if feedback.correct else "bad", self).name()
        verdict = self.tr("Correct") if feedback.correct else self.tr("Incorrect")
        notes = []
        if not scored:
            notes.append(self.tr("Unscored item: it does not count in the score"))
        if self.partial_credit and multi_part:  # partial credit exists only for multi-part items, in practice
            notes.append(self.tr("Partial credit (practice only): %1 %").replace("%1", f"{feedback.credit * 100:.0f}"))
        credit = " · ".join(notes)
        link = status_colour("link", self).name()  # the palette's own link blue is unreadable on dark themes
        self.feedback.setHtml(feedback_html(feedback, verdict, credit, self.tr("Read more"), colour, link))
        self.feedback.setVisible(True)

    def show_hint(self, text: str) -> None:
        self.hint_label.setText(text)
        self.hint_label.setStyleSheet(f"color: {status_colour('bad', self).name()};" if text else "")
        if text:
            self.hint.emit(text)

    def focus_widgets(self) -> list[QWidget]:
        """The item's controls in Tab order: the scenario, the answer, then the feedback."""
        return [
            w
            for w in (self.scenario, *self.current.focus_widgets(), self.feedback)
            if not w.isHidden() and (w is not self.scenario or not self.scenario_box.isHidden())
        ]

    def scroll_area_shows(self, widget: QWidget) -> bool:
        """Whether `widget` (inside the item) is at least partly in view without scrolling."""
        viewport = self.scroll_area.viewport()
        corner = widget.mapTo(viewport, QPoint(0, 0))
        return widget.isVisible() and viewport.rect().intersects(QRect(corner, widget.size()))

    def scroll_to_top(self) -> None:
        self.scroll_area.verticalScrollBar().setValue(0)
