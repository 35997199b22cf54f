"""Every keyboard shortcut in one table: the actions use it and the help dialog lists it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ui.qt import QCoreApplication


@dataclass(frozen=True)
class Shortcut:
    id: str
    keys: str  # portable text form, e.g. "Ctrl+Right"
    context: str


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("pick_letter", "A … I", "exam"),
    Shortcut("pick", "1 … 9", "exam"),
    Shortcut("strike_letter", "Alt+A … Alt+I", "exam"),
    Shortcut("strike", "Alt+1 … Alt+9", "exam"),
    Shortcut("next", "Ctrl+Right", "exam"),
    Shortcut("previous", "Ctrl+Left", "exam"),
    Shortcut("flag", "Ctrl+M", "exam"),
    Shortcut("review", "Ctrl+R", "exam"),
    Shortcut("submit", "Ctrl+Return", "exam"),
    Shortcut("check", "Ctrl+K", "exam"),
    Shortcut("pause", "Ctrl+P", "exam"),
    Shortcut("move_up", "Alt+Up", "exam"),
    Shortcut("move_down", "Alt+Down", "exam"),
    Shortcut("home", "Alt+Home", "app"),
    Shortcut("actions", "Alt+O", "app"),
    Shortcut("highlight", "Ctrl+H", "exam"),
    Shortcut("zoom_in", "Ctrl++", "app"),
    Shortcut("zoom_out", "Ctrl+-", "app"),
    Shortcut("zoom_reset", "Ctrl+0", "app"),
    Shortcut("help", "F1", "app"),
    Shortcut("quit", "Ctrl+Q", "app"),
)


def describe(shortcut_id: str) -> str:
    """What a shortcut does, in the current language."""
    texts = {
        "pick_letter": QCoreApplication.translate("Shortcuts", "Choose option A to I (toggle in multiple response)"),
        "pick": QCoreApplication.translate("Shortcuts", "Choose option 1 to 9 (toggle in multiple response)"),
        "strike_letter": QCoreApplication.translate(
            "Shortcuts", "Strike out option A to I, or restore it (a chosen option is unchosen)"
        ),
        "strike": QCoreApplication.translate("Shortcuts", "Strike out option 1 to 9, or restore it"),
        "next": QCoreApplication.translate("Shortcuts", "Next item"),
        "previous": QCoreApplication.translate("Shortcuts", "Previous item"),
        "flag": QCoreApplication.translate("Shortcuts", "Flag the item for review, or clear the flag"),
        "review": QCoreApplication.translate("Shortcuts", "Open the review screen"),
        "submit": QCoreApplication.translate("Shortcuts", "Submit the exam"),
        "check": QCoreApplication.translate("Shortcuts", "Check the answer (practice with instant feedback)"),
        "pause": QCoreApplication.translate("Shortcuts", "Pause or resume (practice only)"),
        "move_up": QCoreApplication.translate("Shortcuts", "Ordering: move the selected step up"),
        "move_down": QCoreApplication.translate("Shortcuts", "Ordering: move the selected step down"),
        "home": QCoreApplication.translate("Shortcuts", "Go to the home screen"),
        "actions": QCoreApplication.translate("Shortcuts", "Open the Actions menu: every button of this screen"),
        "highlight": QCoreApplication.translate("Shortcuts", "Highlight the selected words of the question, or clear"),
        "zoom_in": QCoreApplication.translate("Shortcuts", "Larger text"),
        "zoom_out": QCoreApplication.translate("Shortcuts", "Smaller text"),
        "zoom_reset": QCoreApplication.translate("Shortcuts", "Normal text size"),
        "help": QCoreApplication.translate("Shortcuts", "Keyboard shortcuts"),
        "quit": QCoreApplication.translate("Shortcuts", "Quit"),
    }
    return texts[shortcut_id]


def keys(shortcut_id: str) -> str:
    for shortcut in SHORTCUTS:
        if shortcut.id == shortcut_id:
            return shortcut.keys
    raise KeyError(shortcut_id)


def native(shortcut_id: str) -> str:
    """The shortcut's keys as the platform and the current language name them ('Ctrl+Derecha')."""
    from ui.keyboard import native_keys

    return native_keys(keys(shortcut_id))


def with_native_keys(text: str, *shortcut_ids: str) -> str:
    """`text` with %1, %2, ... replaced by the named shortcuts' keys in native text, in one pass (so %1 never
    eats the start of %10): a translated sentence never spells a key name in English."""
    names = [native(shortcut_id) for shortcut_id in shortcut_ids]
    return re.sub(r"%(\d+)", lambda m: names[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(names) else m[0], text)


def with_keys(text: str, shortcut_id: str) -> str:
    """A tooltip that names the shortcut, e.g. 'Next item (Ctrl+Right)'."""
    return f"{text} ({native(shortcut_id)})"
