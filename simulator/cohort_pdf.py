"""The cohort PDF, in the house style of simulator/report_pdf.py: candidates by readiness with its range, a
candidate × task statement mastery heat map, the cohort's weakest task statements and the items to revise."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table, TableStyle

from simulator.cohort import WEAK_MASTERY, Cohort
from simulator.output_files import write_atomically
from simulator.report_pdf import (
    GRID,
    INK,
    WEAK_BG,
    ReportError,
    _bar,
    _register_fonts,
    _styles,
    build_document,
    text,
)

LABELS: dict[str, dict[str, str]] = {
    "es": {
        "title": "Informe de la cohorte",
        "header": "Simulacro · {exam} · cohorte",
        "page": "Página {n} de {total}",
        "summary": "{people} candidatos con intentos terminados · generado el {date}{demo}",
        "demo": " · incluye intentos simulados",
        "estimate_note": "La preparación es una estimación (media ponderada del dominio por tarea, con su intervalo "
        "del 95 %) y la probabilidad de aprobar el siguiente examen completo; no es una nota oficial de AWS.",
        "ready": "Candidatos por preparación",
        "candidate": "Candidato",
        "attempts": "Intentos",
        "estimate": "Estimación",
        "range": "Intervalo 95 %",
        "chance": "P(aprobar)",
        "none": "—",
        "heat": "Dominio por tarea (candidato × tarea)",
        "heat_note": "Porcentaje de dominio estimado por tarea; rojo por debajo del 50 %, ámbar por debajo del "
        "70 %, verde desde el 70 %. Una celda vacía: sin respuestas en esa tarea.",
        "weakest": "Tareas más débiles de la cohorte",
        "task": "Tarea",
        "statement": "Enunciado",
        "mean": "Dominio medio",
        "below": "Bajo el 70 %",
        "flagged": "Preguntas a revisar",
        "flagged_none": "Ninguna pregunta cumple aún los criterios de revisión (o no hay respuestas suficientes).",
        "flagged_note": "Marcadas por discriminación negativa o casi nula, facilidad < 0,2 o > 0,95, o un "
        "distractor elegido más que la clave por el 27 % superior: clave quizá errónea o enunciado ambiguo.",
        "item": "Pregunta",
        "answers": "n",
        "facility": "Facil.",
        "discrimination": "Discr.",
        "why": "Motivo",
        "negative-discrimination": "discriminación negativa",
        "low-discrimination": "discriminación casi nula",
        "too-hard": "demasiado difícil",
        "too-easy": "demasiado fácil",
        "distractor-beats-key": "distractor más elegido que la clave",
        "no_people": "Aún no hay intentos terminados en esta base de datos.",
    },
    "en": {
        "title": "Cohort report",
        "header": "Simulacro · {exam} · cohort",
        "page": "Page {n} of {total}",
        "summary": "{people} candidates with finished attempts · generated {date}{demo}",
        "demo": " · includes simulated attempts",
        "estimate_note": "Readiness is an estimate (blueprint-weighted mastery per task statement, with its 95 % "
        "range) and the chance of passing the next full exam; it is not an official AWS score.",
        "ready": "Candidates by readiness",
        "candidate": "Candidate",
        "attempts": "Attempts",
        "estimate": "Estimate",
        "range": "95 % range",
        "chance": "P(pass)",
        "none": "—",
        "heat": "Mastery per task statement (candidate × task)",
        "heat_note": "Estimated mastery per task statement; red below 50 %, amber below 70 %, green from 70 %. "
        "An empty cell: no answers in that task statement.",
        "weakest": "The cohort's weakest task statements",
        "task": "Task",
        "statement": "Statement",
        "mean": "Mean mastery",
        "below": "Below 70 %",
        "flagged": "Questions to revise",
        "flagged_none": "No question meets the revision criteria yet (or there are not enough answers).",
        "flagged_note": "Flagged for negative or near-zero discrimination, facility < 0.2 or > 0.95, or a "
        "distractor the top 27 % chose more than the key: a likely wrong key or an ambiguous stem.",
        "item": "Question",
        "answers": "n",
        "facility": "Facil.",
        "discrimination": "Discr.",
        "why": "Why",
        "negative-discrimination": "negative discrimination",
        "low-discrimination": "near-zero discrimination",
        "too-hard": "too hard",
        "too-easy": "too easy",
        "distractor-beats-key": "a distractor beats the key",
        "no_people": "No finished attempts in this database yet.",
    },
}

HEAT_RED = colors.HexColor("#f4c7c3")
HEAT_AMBER = colors.HexColor("#fde3b5")
HEAT_GREEN = colors.HexColor("#c6e7cf")
MAX_FLAGGED = 40  # the worst first; the CSV export (stats items --csv) lists every one


def heat_colour(mastery: float) -> colors.Color:
    return HEAT_GREEN if mastery >= WEAK_MASTERY else (HEAT_AMBER if mastery >= 0.5 else HEAT_RED)


def _grid_style(extra: list[Any] | None = None) -> TableStyle:
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
            *(extra or []),
        ]
    )


def _name(value: str, limit: int = 40) -> str:
    return text(value if len(value) <= limit else value[: limit - 1] + "…")


def _candidates(cohort: Cohort, t: dict[str, str], s: dict[str, ParagraphStyle]) -> list[Any]:
    head = [
        Paragraph(f"<b>{h}</b>", s["cell"])
        for h in ("#", t["candidate"], t["attempts"], t["estimate"], t["range"], t["chance"], "")
    ]
    rows: list[list[Any]] = [head]
    mark = cohort.blueprint.scale_pass
    for n, c in enumerate(cohort.candidates, start=1):
        r = c.readiness
        rows.append(
            [
                Paragraph(str(n), s["cell"]),
                Paragraph(_name(c.name), s["cell"]),
                Paragraph(str(c.attempts), s["cell"]),
                Paragraph(f"<b>{r.scaled}</b>" if r else t["none"], s["cell"]),
                Paragraph(f"{r.scaled_low}–{r.scaled_high}" if r else t["none"], s["cell"]),
                Paragraph(f"{round(r.pass_probability * 100)} %" if r else t["none"], s["cell"]),
                _bar(r.pass_probability * 100 if r else None, width=24 * mm),
            ]
        )
    table = Table(rows, colWidths=[9 * mm, None, 19 * mm, 23 * mm, 29 * mm, 25 * mm, 26 * mm], repeatRows=1)
    table.setStyle(_grid_style([("ALIGN", (2, 0), (5, -1), "RIGHT")]))
    note = Paragraph(f"{t['estimate_note']} ({mark}/{cohort.blueprint.scale_max})", s["small"])
    return [Paragraph(t["ready"], s["h1"]), table, Spacer(1, 1.5 * mm), note]


def _heat_map(cohort: Cohort, t: dict[str, str], s: dict[str, ParagraphStyle]) -> list[Any]:
    tasks = [task.id for task in cohort.blueprint.tasks]
    tiny = ParagraphStyle("tiny", parent=s["cell"], fontSize=7, leading=9, alignment=1)
    head = [Paragraph(f"<b>{t['candidate']}</b>", s["cell"])] + [Paragraph(f"<b>{task}</b>", tiny) for task in tasks]
    rows: list[list[Any]] = [head]
    style: list[Any] = [("ALIGN", (1, 0), (-1, -1), "CENTER"), ("GRID", (1, 1), (-1, -1), 0.25, colors.white)]
    for n, c in enumerate(cohort.candidates, start=1):
        by_task = {m.task: m for m in c.masteries}
        cells: list[Any] = [Paragraph(_name(c.name, 26), s["cell"])]
        for col, task in enumerate(tasks, start=1):
            m = by_task.get(task)
            if m is None or not m.answers:
                cells.append("")
                continue
            cells.append(Paragraph(f"{round(m.mastery * 100)}", tiny))
            style.append(("BACKGROUND", (col, n), (col, n), heat_colour(m.mastery)))
        rows.append(cells)
    width = (A4[0] - 36 * mm - 38 * mm) / len(tasks)
    table = Table(rows, colWidths=[38 * mm] + [width] * len(tasks), repeatRows=1)
    table.setStyle(_grid_style(style))
    return [
        CondPageBreak(60 * mm),
        Paragraph(t["heat"], s["h1"]),
        table,
        Spacer(1, 1.5 * mm),
        Paragraph(t["heat_note"], s["small"]),
    ]


def _weakest(cohort: Cohort, t: dict[str, str], s: dict[str, ParagraphStyle]) -> list[Any]:
    head = [Paragraph(f"<b>{h}</b>", s["cell"]) for h in (t["task"], t["statement"], t["mean"], t["below"], "")]
    rows: list[list[Any]] = [head]
    for task in cohort.weakest(5):
        rows.append(
            [
                Paragraph(f"<b>{task.task}</b>", s["cell"]),
                Paragraph(text(task.title), s["cell"]),
                Paragraph(f"{round(task.mean_mastery * 100)} %", s["cell"]),
                Paragraph(f"{task.weak}/{task.candidates}", s["cell"]),
                _bar(task.mean_mastery * 100, width=30 * mm),
            ]
        )
    table = Table(rows, colWidths=[14 * mm, None, 22 * mm, 20 * mm, 32 * mm], repeatRows=1)
    table.setStyle(_grid_style([("ALIGN", (2, 0), (3, -1), "RIGHT"), ("BACKGROUND", (0, 1), (-1, 1), WEAK_BG)]))
    return [CondPageBreak(50 * mm), Paragraph(t["weakest"], s["h1"]), table]


def _decimal(figure: str, language: str) -> str:
    """A decimal as the report's language writes it: 0,25 in Spanish, 0.25 in English."""
    return figure if language == "en" else figure.replace(".", ",")


def _flagged(cohort: Cohort, t: dict[str, str], s: dict[str, ParagraphStyle]) -> list[Any]:
    flow: list[Any] = [CondPageBreak(50 * mm), Paragraph(t["flagged"], s["h1"])]
    if not cohort.flagged:
        return [*flow, Paragraph(t["flagged_none"], s["base"])]
    head = [
        Paragraph(f"<b>{h}</b>", s["cell"])
        for h in (t["item"], t["task"], t["answers"], t["facility"], t["discrimination"], t["why"])
    ]
    rows: list[list[Any]] = [head]
    # Worst first: the most negative discrimination, then the most answers (the surest evidence).
    worst = sorted(
        cohort.flagged, key=lambda f: (f.discrimination if f.discrimination is not None else 1.0, -f.answers)
    )
    for stat in worst[:MAX_FLAGGED]:
        stem = stat.stem if len(stat.stem) <= 140 else stat.stem[:139] + "…"
        disc = "—" if stat.discrimination is None else _decimal(f"{stat.discrimination:+.2f}", cohort.language)
        rows.append(
            [
                Paragraph(f"<b>{text(stat.key)}</b> r{stat.revision}<br/>{text(stem)}", s["cell"]),
                Paragraph(stat.task, s["cell"]),
                Paragraph(str(stat.answers), s["cell"]),
                Paragraph(_decimal(f"{stat.facility:.2f}", cohort.language), s["cell"]),
                Paragraph(disc, s["cell"]),
                Paragraph(", ".join(t.get(f, f) for f in stat.flags), s["cell"]),
            ]
        )
    table = Table(rows, colWidths=[None, 14 * mm, 11 * mm, 19 * mm, 19 * mm, 36 * mm], repeatRows=1)
    table.setStyle(_grid_style([("VALIGN", (0, 1), (-1, -1), "TOP"), ("ALIGN", (2, 0), (4, -1), "RIGHT")]))
    extra = len(cohort.flagged) - MAX_FLAGGED
    more = [Paragraph(f"… +{extra}", s["small"])] if extra > 0 else []
    return [*flow, table, *more, Spacer(1, 1.5 * mm), Paragraph(t["flagged_note"], s["small"])]


def render_cohort(cohort: Cohort, target: Path) -> Path:
    """Write the cohort PDF to `target` atomically: the file appears only once it is complete."""
    _register_fonts()
    t = LABELS["en" if cohort.language == "en" else "es"]
    s = _styles()
    bp = cohort.blueprint
    story: list[Any] = [
        Paragraph(t["title"], s["title"]),
        Paragraph(text(bp.title_en if cohort.language == "en" else bp.title_es), s["small"]),
        Paragraph(
            t["summary"].format(
                people=len(cohort.candidates),
                date=cohort.generated_at.strftime("%Y-%m-%d %H:%M"),
                demo=t["demo"] if cohort.include_demo else "",
            ),
            s["small"],
        ),
        Spacer(1, 3 * mm),
    ]
    if cohort.candidates:
        story += _candidates(cohort, t, s) + _heat_map(cohort, t, s) + _weakest(cohort, t, s)
    else:
        story.append(Paragraph(t["no_people"], s["base"]))
    story += _flagged(cohort, t, s)

    def write(handle: IO[bytes]) -> None:
        build_document(
            handle, story, title=t["title"], author="Simulacro", exam=bp.exam, header=t["header"], page_label=t["page"]
        )

    # The same atomic, refuse-odd-targets write as the candidate's report (simulator.output_files).
    return write_atomically(Path(target), write, what="the report", extension=".pdf", error=ReportError)
