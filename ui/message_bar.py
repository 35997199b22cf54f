"""A message strip above the current page: what the status bar says, where the candidate is looking."""

from __future__ import annotations

from collections.abc import Callable

from ui.keyboard import PushButton
from ui.plain import plain_label
from ui.qt import QFrame, QHBoxLayout, QTimer, QWidget
from ui.theme import status_colour


class MessageBar(QFrame):
    """One message at a time, with up to two action buttons and a close button; plain text only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = plain_label(selectable=True)  # file names and engine messages: never markup
        self.first = PushButton()
        self.second = PushButton()
        self.close_button = PushButton("✕")
        self.close_button.setMaximumWidth(40)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.first)
        layout.addWidget(self.second)
        layout.addWidget(self.close_button)
        self._handlers: list[Callable[[], object]] = [lambda: None, lambda: None]
        self.first.clicked.connect(lambda: self._handlers[0]())
        self.second.clicked.connect(lambda: self._handlers[1]())
        self.close_button.clicked.connect(self.dismiss)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.close_button.setAccessibleName(self.tr("Close the message"))
        self.close_button.setToolTip(self.tr("Close the message"))
        self.setAccessibleName(self.tr("Message"))

    def show_message(
        self,
        text: str,
        kind: str = "ok",
        actions: tuple[tuple[str, Callable[[], object]], ...] = (),
        timeout_ms: int = 0,
    ) -> None:
        """Show `text` ('ok', 'bad' or 'amber' colour); `actions` are (label, handler) buttons."""
        self.text.setText(text)
        self.text.setStyleSheet(f"color: {status_colour(kind, self).name()}; font-weight: bold;")
        self.text.setAccessibleName(text)
        for button, index in ((self.first, 0), (self.second, 1)):
            if index < len(actions):
                label, handler = actions[index]
                button.setText(label)
                button.setAccessibleName(label)
                self._handlers[index] = handler
                button.setVisible(True)
            else:
                button.setVisible(False)
        self.setVisible(True)
        if timeout_ms:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def dismiss(self) -> None:
        self._timer.stop()
        self.setVisible(False)
