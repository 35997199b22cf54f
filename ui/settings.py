"""User preferences kept in an INI file inside the data dir (language, zoom, theme, candidate names, exam date, window
place)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ui.qt import QSettings

LANGUAGES = ("es", "en")
THEMES = ("system", "light", "dark")
ZOOM_STEPS = (80, 90, 100, 110, 125, 150, 175, 200)


@dataclass(frozen=True)
class PracticeChoice:
    """Home's last practice set-up: the checked task statements, the count and the timed / feedback boxes."""

    tasks: tuple[str, ...]
    count: int = 20
    timed: bool = False
    feedback: bool = True


class AppSettings:
    def __init__(self, store: QSettings) -> None:
        self._store = store

    @property
    def language(self) -> str:
        value = str(self._store.value("ui/language", "es"))
        return value if value in LANGUAGES else "es"

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("ui/language", value if value in LANGUAGES else "es")
        self._store.sync()

    @property
    def zoom(self) -> int:
        try:
            value = int(str(self._store.value("ui/zoom", 100)))
        except ValueError:
            return 100
        return value if value in ZOOM_STEPS else 100

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._store.setValue("ui/zoom", value if value in ZOOM_STEPS else 100)
        self._store.sync()

    @property
    def theme(self) -> str:
        """'system' (the desktop's colours), 'light' or 'dark'."""
        value = str(self._store.value("ui/theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._store.setValue("ui/theme", value if value in THEMES else "system")
        self._store.sync()

    @property
    def candidate_name(self) -> str:
        return str(self._store.value("report/candidate_name", ""))

    @candidate_name.setter
    def candidate_name(self, value: str) -> None:
        self._store.setValue("report/candidate_name", value.strip()[:120])
        self._store.sync()

    @property
    def window_state(self) -> bytes:
        """The main window's saved geometry (Qt's own format), hex-encoded in the INI file."""
        try:
            return bytes.fromhex(str(self._store.value("window/geometry", "")))
        except ValueError:
            return b""

    @window_state.setter
    def window_state(self, value: bytes) -> None:
        self._store.setValue("window/geometry", value.hex())
        self._store.sync()

    @property
    def classroom_candidate(self) -> str:
        """Who sat at this machine last on a shared database (asked again at start, preselected)."""
        return str(self._store.value("classroom/candidate", ""))

    @classroom_candidate.setter
    def classroom_candidate(self, value: str) -> None:
        self._store.setValue("classroom/candidate", value.strip()[:80])
        self._store.sync()

    @property
    def exam_date(self) -> date | None:
        """The day the candidate sits the real exam (Home counts down to it), or None when not set."""
        try:
            return date.fromisoformat(str(self._store.value("coach/exam_date", "")))
        except ValueError:
            return None

    @exam_date.setter
    def exam_date(self, value: date | None) -> None:
        self._store.setValue("coach/exam_date", "" if value is None else value.isoformat())
        self._store.sync()

    @property
    def practice_choice(self) -> PracticeChoice | None:
        """The last practice Home started (tasks as a comma-separated string), or None when none was saved."""
        tasks = str(self._store.value("practice/tasks", "")).strip()
        if not tasks:
            return None
        try:
            count = int(str(self._store.value("practice/count", 20)))
        except ValueError:
            count = 20
        return PracticeChoice(
            tuple(t.strip() for t in tasks.split(",") if t.strip()),
            count,
            str(self._store.value("practice/timed", "false")).lower() == "true",
            str(self._store.value("practice/feedback", "true")).lower() == "true",
        )

    @practice_choice.setter
    def practice_choice(self, value: PracticeChoice) -> None:
        self._store.setValue("practice/tasks", ",".join(value.tasks))
        self._store.setValue("practice/count", value.count)
        self._store.setValue("practice/timed", "true" if value.timed else "false")
        self._store.setValue("practice/feedback", "true" if value.feedback else "false")
        self._store.sync()
