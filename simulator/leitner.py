"""Spaced repetition with Leitner boxes: a missed item goes to box 1 (due at once); each right answer moves
it one box up and waits longer before it comes back: box 1 now, 2 after 1 day, 3 after 3, 4 after 7, 5 after 14."""

from __future__ import annotations

BOX_DELAY_DAYS = {1: 0, 2: 1, 3: 3, 4: 7, 5: 14}
TOP_BOX = 5


def next_box(box: int | None, correct: bool) -> tuple[int, int] | None:
    """(new box, days until due) after an answer; None when an item not in the schedule is answered right."""
    if not correct:
        return 1, BOX_DELAY_DAYS[1]
    if box is None:
        return None
    new = min(TOP_BOX, box + 1)
    return new, BOX_DELAY_DAYS[new]
