"""The PDF weakness report, drawn with ReportLab: summary, per-task results, what to study, missed items,
time and trend. Bank text is escaped, never interpreted as markup; the file appears only when complete."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from bidi import get_display
from reportlab.graphics import shapes
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from simulator.errors import OutputError
from simulator.links import is_safe_link
from simulator.output_files import has_control, write_atomically
from simulator.report_data import ItemDetail, ReportData
from simulator.scoring import GroupScore, shows_estimate
from simulator.states import Mode
from simulator.timer import used_minutes

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
FONT = "SimulacroSans"
SYMBOLS = "SimulacroSymbols"  # Symbola: emoji and symbols DejaVu Sans lacks
Progress = Callable[[float, str], None]

LABELS: dict[str, dict[str, str]] = {
    "es": {
        "title": "Informe de resultados",
        "header": "Simulacro · {exam}",
        "page": "Página {n} de {total}",
        "candidate": "Candidato",
        "anonymous": "(sin nombre)",
        "date": "Fecha",
        "mode": "Modo",
        "full": "Examen completo",
        "practice": "Práctica",
        "duration": "Duración",
        "minutes": "{used} min de {limit}",
        "untimed": "{used} min (sin límite)",
        "raw": "Puntuación bruta",
        "raw_value": "{right} de {total} preguntas puntuables ({percent} %)",
        "scaled": "Puntuación escalada (estimación)",
        "verdict": "Resultado estimado",
        "pass": "APROBADO",
        "fail": "NO APROBADO",
        "readiness": "Preparación estimada",
        "readiness_value": "{scaled} (entre {low} y {high}); probabilidad de llegar a {mark}: {chance} %",
        "readiness_none": "Aún no hay respuestas suficientes.",
        "estimate_note": "AWS no publica cómo convierte los aciertos en la puntuación escalada (100–1000, se "
        "aprueba con 700). Las cifras escaladas de este informe son estimaciones de Simulacro.",
        "expired": "Se acabó el tiempo y el examen se entregó automáticamente.",
        "by_task": "Resultados por tarea",
        "task": "Tarea",
        "domain": "Dominio",
        "statement": "Enunciado",
        "right": "Aciertos",
        "weak_note": "En rojo, las tareas más débiles de este intento.",
        "by_domain": "Resultados por dominio (% de aciertos)",
        "study": "Qué estudiar ahora",
        "covers": "Qué abarca",
        "resources": "Recursos",
        "mastery": "Nivel acumulado (todas tus respuestas; las recientes pesan más)",
        "missed": "Preguntas falladas y marcadas",
        "none_missed": "No hay preguntas falladas ni marcadas en este intento.",
        "item": "Pregunta {n}",
        "wrong": "Incorrecta",
        "unanswered": "Sin responder",
        "correct": "Correcta",
        "flagged": "Marcada para revisar",
        "case": "Caso práctico",
        "your_answer": "Tu respuesta",
        "key": "Respuesta correcta",
        "explanation": "Explicación",
        "read_more": "Para leer más",
        "time": "Tiempo",
        "time_summary": "Tiempo usado: {used} min de {limit} min; media de {avg} s por pregunta (el ritmo "
        "del examen real es de {pace} s por pregunta).",
        "time_summary_untimed": "Tiempo usado: {used} min; media de {avg} s por pregunta.",
        "slowest": "Las preguntas en las que más tiempo pasaste",
        "seconds": "Segundos",
        "per_item": "Segundos por pregunta, en el orden en que aparecieron",
        "trend": "Evolución",
        "trend_note": "Puntuación escalada estimada de tus intentos; la línea marca el aprobado ({mark}).",
        "pass_line": "Aprobado: {mark}",
        "target_line": "Objetivo: 70 %",
        "attempt": "Intento",
        "none": "—",
    },
    "en": {
        "title": "Results report",
        "header": "Simulacro · {exam}",
        "page": "Page {n} of {total}",
        "candidate": "Candidate",
        "anonymous": "(no name)",
        "date": "Date",
        "mode": "Mode",
        "full": "Full-length exam",
        "practice": "Practice",
        "duration": "Duration",
        "minutes": "{used} min of {limit}",
        "untimed": "{used} min (untimed)",
        "raw": "Raw score",
        "raw_value": "{right} of {total} scored items ({percent} %)",
        "scaled": "Scaled score (estimate)",
        "verdict": "Estimated result",
        "pass": "PASS",
        "fail": "FAIL",
        "readiness": "Estimated readiness",
        "readiness_value": "{scaled} (between {low} and {high}); chance of reaching {mark}: {chance} %",
        "readiness_none": "Not enough answers yet.",
        "estimate_note": "AWS does not publish how raw results become scaled scores (100–1000, pass at 700). "
        "Scaled figures in this report are Simulacro's estimates.",
        "expired": "Time ran out and the exam was submitted automatically.",
        "by_task": "Results by task statement",
        "task": "Task",
        "domain": "Domain",
        "statement": "Statement",
        "right": "Right",
        "weak_note": "In red, the weakest task statements of this attempt.",
        "by_domain": "Results by domain (% right)",
        "study": "What to study next",
        "covers": "What it covers",
        "resources": "Resources",
        "mastery": "Overall mastery (all your answers, recent ones weigh more)",
        "missed": "Missed and flagged items",
        "none_missed": "No missed or flagged items in this attempt.",
        "item": "Item {n}",
        "wrong": "Wrong",
        "unanswered": "Unanswered",
        "correct": "Right",
        "flagged": "Flagged for review",
        "case": "Case study",
        "your_answer": "Your answer",
        "key": "Correct answer",
        "explanation": "Explanation",
        "read_more": "Read more",
        "time": "Time",
        "time_summary": "Time used: {used} min of {limit} min; {avg} s per item on average (the real exam's "
        "pace is {pace} s per item).",
        "time_summary_untimed": "Time used: {used} min; {avg} s per item on average.",
        "slowest": "The items you spent the most time on",
        "seconds": "Seconds",
        "per_item": "Seconds per item, in the order they appeared",
        "trend": "Trend",
        "trend_note": "Estimated scaled score of your attempts; the line marks the pass mark ({mark}).",
        "pass_line": "Pass mark: {mark}",
        "target_line": "Target: 70 %",
        "attempt": "Attempt",
        "none": "—",
    },
}

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b76")
OK = colors.HexColor("#1b7f3b")
BAD = colors.HexColor("#b3261e")
AMBER = colors.HexColor("#b26a00")
WEAK_BG = colors.HexColor("#fdecea")
GRID = colors.HexColor("#d5dbe1")


class ReportError(OutputError):
    """The report could not be written (path, permissions, disk)."""


def _register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    files = {
        FONT: "DejaVuSans.ttf",
        f"{FONT}-Bold": "DejaVuSans-Bold.ttf",
        f"{FONT}-Italic": "DejaVuSans-Oblique.ttf",
        f"{FONT}-BoldItalic": "DejaVuSans-BoldOblique.ttf",
        SYMBOLS: "Symbola.ttf",
    }
    fonts = {name: TTFont(name, str(FONT_DIR / file)) for name, file in files.items()}
    for font in fonts.values():
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=f"{FONT}-Bold", italic=f"{FONT}-Italic", boldItalic=f"{FONT}-BoldItalic"
    )
    _COVERAGE["main"] = frozenset(fonts[FONT].face.charToGlyph)
    _COVERAGE["symbols"] = frozenset(fonts[SYMBOLS].face.charToGlyph)
    # A chart's drawing starts in this font before its labels set theirs: Helvetica would be added to the file
    # (unembedded) although no text uses it. Simulacro's process draws only these reports.
    shapes.STATE_DEFAULTS["fontName"] = FONT


_COVERAGE: dict[str, frozenset[int]] = {}


def text(value: str) -> str:
    """Bank or user text made safe for a Paragraph: shown literally, line breaks kept, and characters the
    main font lacks (emoji, many symbols) set in the symbol font, so nothing prints as an empty box."""
    if any(unicodedata.bidirectional(char) in ("R", "AL") for char in value):
        # ReportLab lays text out left to right; reorder right-to-left runs for display (uharfbuzz,
        # when installed, then joins Arabic letters).
        value = "\n".join(get_display(line, base_dir="L") for line in value.split("\n"))
    main, symbols = _COVERAGE.get("main"), _COVERAGE.get("symbols")
    if not main or not symbols:
        return escape(value).replace("\n", "<br/>")
    parts: list[str] = []
    run: list[str] = []
    run_symbols = False
    for char in value:
        code = ord(char)
        use_symbols = code not in main and code in symbols and not unicodedata.combining(char)
        if use_symbols != run_symbols and run:
            parts.append(_run("".join(run), run_symbols))
            run = []
        run_symbols = use_symbols
        run.append(char)
    if run:
        parts.append(_run("".join(run), run_symbols))
    return "".join(parts).replace("\n", "<br/>")


def _run(chunk: str, symbols: bool) -> str:
    escaped = escape(chunk)
    return f'<font name="{SYMBOLS}">{escaped}</font>' if symbols else escaped


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, alignment=TA_LEFT)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        "title": ParagraphStyle("title", parent=base, fontName=f"{FONT}-Bold", fontSize=18, leading=23, spaceAfter=6),
        "h1": ParagraphStyle(
            "h1", parent=base, fontName=f"{FONT}-Bold", fontSize=13.5, leading=18, spaceBefore=10, spaceAfter=5
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=f"{FONT}-Bold", fontSize=10.5, leading=14, spaceBefore=7, spaceAfter=2
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "label": ParagraphStyle(
            "label", parent=base, fontName=f"{FONT}-Bold", fontSize=8.5, leading=11, textColor=MUTED
        ),
    }


def _numbered_canvas(header: str, page_label: str) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Writes 'page n of total' once the total is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # ReportLab starts every canvas in Helvetica, which then appears in the file (not embedded) although
            # no text uses it: start in the embedded font instead.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # ReportLab's page reset

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = A4
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            self.drawString(18 * mm, height - 11 * mm, header)
            self.drawRightString(width - 18 * mm, 10 * mm, page_label.format(n=self.getPageNumber(), total=total))
            self.setStrokeColor(GRID)
            self.line(18 * mm, height - 12.5 * mm, width - 18 * mm, height - 12.5 * mm)

    return NumberedCanvas


def _table_style(commands: list[Any]) -> TableStyle:
    """A table style whose cells start in the embedded font (a table's default is Helvetica, unembedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def _two_lines(name: str, width: int) -> str:
    """A chart label on at most two lines of `width` characters (the second shortened with '…' if need be)."""
    if len(name) <= width:
        return name
    cut = name.rfind(" ", 0, width + 1)
    cut = cut if cut > 0 else width
    rest = name[cut:].strip()
    return name[:cut] + "\n" + (rest if len(rest) <= width else rest[: width - 1] + "…")


def _filled_rect(width: float, height: float, colour: colors.Color) -> Rect:
    rect = Rect(0, 0, width, height)
    rect.fillColor = colour
    rect.strokeColor = None
    return rect


def _bar(percent: float | None, width: float = 34 * mm, height: float = 3.2 * mm) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(_filled_rect(width, height, colors.HexColor("#eef1f4")))
    if percent is not None:
        colour = OK if percent >= 70 else (AMBER if percent >= 50 else BAD)
        drawing.add(_filled_rect(width * percent / 100, height, colour))
    return drawing


def _weakest(data: ReportData, count: int = 5) -> list[GroupScore]:
    """The 3-5 weakest task statements: lowest share right in this attempt, ties broken by overall mastery."""
    mastery = {m.task: m.mastery for m in data.mastery}
    with_items = [g for g in data.result.score.tasks if g.total]
    ranked = sorted(with_items, key=lambda g: (g.percent, mastery.get(g.id, 0.5), g.id))
    chosen = [g for g in ranked if g.percent < 100][:count]
    if len(chosen) < 3:
        chosen = ranked[: max(3, len(chosen))]
    return chosen


def _summary(data: ReportData, t: dict[str, str], s: dict[str, ParagraphStyle]) -> list[Any]:
    result = data.result
    score = result.score
    bp = data.blueprint
    used = used_minutes(result.time_used_s)
    duration = (
        t["minutes"].format(used=used, limit=result.time_limit_s // 60)
        if result.time_limit_s
        else t["untimed"].format(used=used)
    )
    verdict_colour = OK if score.passed else BAD
    verdict = f'<font color="{verdict_colour.hexval()}"><b>{t["pass"] if score.passed else t["fail"]}</b></font>'
    if data.readiness is not None:
        r = data.readiness
        ready = t["readiness_value"].format(
            scaled=r.scaled,
            low=r.scaled_low,
            high=r.scaled_high,
            mark=bp.scale_pass,
            chance=round(r.pass_probability * 100),
        )
    else:
        ready = t["readiness_none"]
    rows = [
        (t["candidate"], text(data.candidate[:120]) if data.candidate else t["anonymous"]),
        (t["date"], (data.submitted_at or data.started_at).strftime("%Y-%m-%d %H:%M")),
        (t["mode"], t[result.mode] if result.mode in tuple(Mode) else result.mode),
        (t["duration"], duration),
        (
            t["raw"],
            t["raw_value"].format(right=score.raw_correct, total=score.scored_total, percent=round(score.percent)),
        ),
        (t["scaled"], f"<b>{score.scaled}</b> / {bp.scale_max}"),
        (t["verdict"], verdict),
        (t["readiness"], ready),
    ]
    if not shows_estimate(result.mode, score.scored_total):
        # As on the results screen: too few scored items for a scaled estimate or a verdict.
        rows = [row for row in rows if row[0] not in (t["scaled"], t["verdict"])]
    table = Table(
        [[Paragraph(label, s["label"]), Paragraph(value, s["base"])] for label, value in rows],
        colWidths=[48 * mm, None],
    )
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    title = bp.title_en if data.language == "en" else bp.title_es
    flow: list[Any] = [
        Paragraph(t["title"], s["title"]),
        Paragraph(text(title), s["small"]),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 2 * mm),
    ]
    if result.expired:
        flow.append(Paragraph(t["expired"], s["small"]))
    flow.append(Paragraph(t["estimate_note"], s["small"]))
    return flow


def _task_table(data: ReportData, t: dict[str, str], s: dict[str, ParagraphStyle]) -> list[Any]:
    bp = data.blueprint
    weak = {g.id for g in _weakest(data)}
    header = [Paragraph(f"<b>{h}</b>", s["cell"]) for h in (t["task"], t["statement"], t["right"], "%", "")]
    rows: list[list[Any]] = [header]
    style: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
        ("ALIGN", (2, 0), (3, -1), "RIGHT"),
    ]
    for n, group in enumerate(data.result.score.tasks, start=1):
        task = bp.task(group.id)
        title = task.title(data.language)
        percent = group.percent if group.total else None
        rows.append(
            [
                Paragraph(f"<b>{group.id}</b>", s["cell"]),
                Paragraph(text(title), s["cell"]),
                Paragraph(f"{group.correct}/{group.total}" if group.total else t["none"], s["cell"]),
                Paragraph(f"{percent:.0f}" if percent is not None else t["none"], s["cell"]),
                _bar(percent),
            ]
        )
        if group.id in weak:
            style.append(("BACKGROUND", (0, n), (-1, n), WEAK_BG))
    table = Table(rows, colWidths=[15 * mm, None, 19 * mm, 11 * mm, 37 * mm], repeatRows=1)
    table.setStyle(_table_style(style))
    return [Paragraph(t["by_task"], s["h1"]), table, Spacer(1, 1.5 * mm), Paragraph(t["weak_note"], s["small"])]


def _domain_chart(data: ReportData, t: dict[str, str], s: dict[str, ParagraphStyle]) -> list[Any]:
    groups = data.result.score.domains
    drawing = Drawing(170 * mm, 62 * mm)
    chart = HorizontalBarChart()
    # Room on the left for two-line domain names and on the right for "100 %" after a full bar.
    chart.x, chart.y = round(64 * mm), round(6 * mm)
    chart.width, chart.height = round(88 * mm), round(48 * mm)
    chart.data = [[round(g.percent, 1) if g.total else 0 for g in groups]]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    names = [f"{g.id}. {data.blueprint.domain(int(g.id)).title(data.language)}" for g in groups]
    chart.categoryAxis.categoryNames = [_two_lines(n, 38) for n in names]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.textAnchor = "end"  # both lines of a two-line name against the axis
    chart.categoryAxis.reverseDirection = True
    chart.bars[0].fillColor = colors.HexColor("#3b6ea5")
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%.0f %%"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 12
    drawing.add(chart)
    pass_x = chart.x + chart.width * 0.7
    drawing.add(Line(pass_x, chart.y, pass_x, chart.y + chart.height, strokeColor=OK, strokeDashArray=[2, 2]))
    top = chart.y + chart.height + 1.5 * mm
    drawing.add(String(pass_x, top, t["target_line"], fontName=FONT, fontSize=7, fillColor=OK, textAnchor="middle"))
    return [CondPageBreak(70 * mm), Paragraph(t["by_domain"], s["h1"]), drawing]


def _link(url: str) -> str:
    """A clickable https link whose text is the address it opens; anything else (file:, pdf:, javascript:,
    document:, userinfo, bidi characters) is printed as plain text and never becomes a link."""
    if not is_safe_link(url):
        return text(url)
    return f'<link href="{escape(url, {chr(34): "&quot;"})}" color="#1a5fb4"><u>{text(url)}</u></link>'


def _study(data: ReportData, t: dict[str, str], s: dict[str, ParagraphStyle]) -> list[Any]:
    flow: list[Any] = [Paragraph(t["study"], s["h1"])]
    mastery = {m.task: m for m in data.mastery}
    for group in _weakest(data):
        task = data.blueprint.task(group.id)
        block: list[Any] = [
            Paragraph(
                f"{group.id} · {text(task.title(data.language))} — {group.correct}/{group.total} "
                f"({group.percent:.0f} %)",
                s["h2"],
            ),
            Paragraph(f"<b>{t['covers']}:</b> {text(task.covers(data.language))}", s["base"]),
        ]
        known = mastery.get(group.id)
        if known is not None and known.answers:
            block.append(Paragraph(f"{t['mastery']}: {known.mastery * 100:.0f} % ({known.answers})", s["small"]))
        if task.resources:
            links = " · ".join(f"{text(r.title)}: {_link(r.url)}" for r in task.resources)
            block.append(Paragraph(f"<b>{t['resources']}:</b> {links}", s["base"]))
        flow.append(KeepTogether(block))
    return flow


def _detail(detail: ItemDetail, t: dict[str, str], s: dict[str, ParagraphStyle]) -> list[Any]:
    status = t["correct"] if detail.correct else (t["unanswered"] if not detail.answered else t["wrong"])
    colour = OK if detail.correct else BAD
    number = t["item"].format(n=detail.position + 1)
    head = f'{number} · {t["task"]} {detail.task} · <font color="{colour.hexval()}">{status}</font>'
    if detail.flagged:
        head += f' · <font color="{AMBER.hexval()}">⚑ {t["flagged"]}</font>'
    flow: list[Any] = [Paragraph(head, s["h2"])]
    if detail.scenario:
        flow.append(Paragraph(f"<b>{t['case']}:</b> {text(detail.scenario)}", s["small"]))
    flow.append(Paragraph(text(detail.stem), s["base"]))
    yours = "<br/>".join(text(line) for line in detail.your_answer) or t["unanswered"]
    key = "<br/>".join(text(line) for line in detail.correct_answer)
    flow.append(Paragraph(f"<b>{t['your_answer']}:</b><br/>{yours}", s["base"]))
    flow.append(Paragraph(f"<b>{t['key']}:</b><br/>{key}", s["base"]))
    flow.append(Paragraph(f"<b>{t['explanation']}:</b> {text(detail.explanation)}", s["base"]))
    if detail.references:
        links = " · ".join(_link(url) for url in detail.references)
        flow.append(Paragraph(f"{t['read_more']}: {links}", s["small"]))
    flow.append(Spacer(1, 2 * mm))
    return flow


def _missed(data: ReportData, t: dict[str, str], s: dict[str, ParagraphStyle]) -> list[Any]:
    flow: list[Any] = [CondPageBreak(40 * mm), Paragraph(t["missed"], s["h1"])]
    if not data.details:
        flow.append(Paragraph(t["none_missed"], s["base"]))
    for detail in data.details:
        flow.extend(_detail(detail, t, s))
    return flow


def _time(data: ReportData, t: dict[str, str], s: dict[str, ParagraphStyle]) -> list[Any]:
    result = data.result
    items = result.items
    used = used_minutes(result.time_used_s)
    average = round(result.time_used_s / len(items)) if items else 0
    if result.time_limit_s:
        pace = round(data.blueprint.minutes * 60 / data.blueprint.items_total)
        summary = t["time_summary"].format(used=used, limit=result.time_limit_s // 60, avg=average, pace=pace)
    else:
        summary = t["time_summary_untimed"].format(used=used, avg=average)
    flow: list[Any] = [CondPageBreak(90 * mm), Paragraph(t["time"], s["h1"]), Paragraph(summary, s["base"])]
    drawing = Drawing(170 * mm, 45 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = round(12 * mm), round(6 * mm)
    chart.width, chart.height = round(155 * mm), round(34 * mm)
    chart.data = [[round(i.time_spent_s) for i in items]]
    chart.bars[0].fillColor = colors.HexColor("#3b6ea5")
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = [str(i.position + 1) if (i.position + 1) % 5 == 0 else "" for i in items]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6
    drawing.add(chart)
    flow += [Paragraph(t["per_item"], s["small"]), drawing]
    slowest = sorted(items, key=lambda i: i.time_spent_s, reverse=True)[:5]
    rows = [[Paragraph(f"<b>{h}</b>", s["cell"]) for h in ("#", t["task"], t["seconds"], "")]]
    for item in slowest:
        status = t["correct"] if item.correct else (t["unanswered"] if not item.answered else t["wrong"])
        rows.append(
            [
                Paragraph(str(item.position + 1), s["cell"]),
                Paragraph(item.task, s["cell"]),
                Paragraph(f"{item.time_spent_s:.0f}", s["cell"]),
                Paragraph(status, s["cell"]),
            ]
        )
    table = Table(rows, colWidths=[14 * mm, 18 * mm, 22 * mm, None], hAlign="LEFT")
    table.setStyle(
        _table_style([("LINEBELOW", (0, 0), (-1, 0), 0.6, INK), ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID)])
    )
    flow += [Paragraph(t["slowest"], s["h2"]), table]
    return flow


def _trend(data: ReportData, t: dict[str, str], s: dict[str, ParagraphStyle]) -> list[Any]:
    if len(data.trend) < 2:
        return []
    mark = data.blueprint.scale_pass
    drawing = Drawing(170 * mm, 60 * mm)
    plot = LinePlot()
    plot.x, plot.y = round(14 * mm), round(8 * mm)
    plot.width, plot.height = round(150 * mm), round(46 * mm)
    points = [(n, p.scaled) for n, p in enumerate(data.trend, start=1)]
    plot.data = [points, [(1, mark), (len(points), mark)]]
    plot.lines[0].strokeColor = colors.HexColor("#3b6ea5")
    plot.lines[0].strokeWidth = 1.5
    plot.lines[1].strokeColor = OK
    plot.lines[1].strokeDashArray = [3, 2]
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 1, max(2, len(points))
    plot.xValueAxis.valueStep = max(1, len(points) // 10)
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax, plot.yValueAxis.valueStep = 100, 1000, 100
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7
    drawing.add(plot)
    drawing.add(String(plot.x, 1 * mm, t["attempt"], fontName=FONT, fontSize=7, fillColor=MUTED))
    mark_y = plot.y + plot.height * (mark - 100) / 900 + 1 * mm
    label = t["pass_line"].format(mark=mark)
    right = plot.x + plot.width
    drawing.add(String(right, mark_y, label, fontName=FONT, fontSize=7, fillColor=OK, textAnchor="end"))
    return [
        CondPageBreak(80 * mm),
        Paragraph(t["trend"], s["h1"]),
        Paragraph(t["trend_note"].format(mark=mark), s["small"]),
        drawing,
    ]


def build_document(
    handle: IO[bytes], story: list[Any], *, title: str, author: str, exam: str, header: str, page_label: str
) -> None:
    """Lay `story` out on A4 in the house style (margins, metadata, numbered pages with the exam in the header)."""
    doc = SimpleDocTemplate(
        handle,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=16 * mm,
        title=title,
        author=author,
        subject=exam.upper(),
        creator="Simulacro",
        initialFontName=FONT,  # the canvas starts in DejaVu: no unused Helvetica object in the file
    )
    doc.build(story, canvasmaker=_numbered_canvas(header.format(exam=exam.upper()), page_label))


def render_report(data: ReportData, target: Path, progress: Progress | None = None) -> Path:
    """Write the PDF to `target` atomically: the file appears only once it is complete."""
    report = progress or (lambda _share, _step: None)
    # The name and exam code go into the PDF's metadata, where a newline or escape would forge fields.
    if has_control(data.candidate) or has_control(data.blueprint.exam):
        raise ReportError(code="report_name_control")
    _register_fonts()
    t = LABELS["en" if data.language == "en" else "es"]
    s = _styles()
    report(0.1, "summary")
    story: list[Any] = _summary(data, t, s)
    story += _task_table(data, t, s)
    story += _domain_chart(data, t, s)
    report(0.3, "study")
    story += _study(data, t, s)
    report(0.5, "items")
    story += _missed(data, t, s)
    report(0.7, "time")
    story += _time(data, t, s)
    story += _trend(data, t, s)

    def write(handle: IO[bytes]) -> None:
        report(0.8, "layout")
        build_document(
            handle,
            story,
            title=t["title"],
            author=data.candidate or "Simulacro",
            exam=data.blueprint.exam,
            header=t["header"],
            page_label=t["page"],
        )

    target = write_atomically(Path(target), write, what="the report", extension=".pdf", error=ReportError)
    report(1.0, "done")
    return target
