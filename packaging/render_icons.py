"""Render packaging/icons/simulacro.svg to the PNG sizes, the Windows .ico and the macOS .icns.

Run after editing the SVG; the outputs are committed, so a build needs neither this script nor Pillow:

    .venv/bin/python packaging/render_icons.py

PNGs come from Qt's SVG renderer (PySide6-Essentials); the .ico and .icns are packed by Pillow from those PNGs.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_layout

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = bundle_layout.ROOT / bundle_layout.ICON_SVG
    folder = svg.parent
    pngs: dict[int, Path] = {}
    for size in bundle_layout.ICON_SIZES:
        target = folder / f"simulacro-{size}.png"
        if not render(svg, size).save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        pngs[size] = target
        print(f"wrote {target.relative_to(bundle_layout.ROOT)}")
    try:
        from PIL import Image
    except ImportError:
        print("Pillow is not installed: simulacro.ico and simulacro.icns were not rebuilt", file=sys.stderr)
        return 0
    # Each size drawn by the SVG renderer, not scaled down from the largest.
    images = {size: Image.open(path) for size, path in pngs.items()}
    ico = [images[s] for s in ICO_SIZES]
    ico[-1].save(folder / "simulacro.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=ico[:-1])
    with tempfile.TemporaryDirectory() as scratch:  # macOS wants 1024 px (512 @2x); not shipped as a PNG
        retina = Path(scratch) / "simulacro-1024.png"
        render(svg, 1024).save(str(retina), "PNG")
        icns = [images[s] for s in (16, 32, 64, 128, 256, 512)]
        Image.open(retina).save(folder / "simulacro.icns", append_images=icns)
    print("wrote packaging/icons/simulacro.ico and packaging/icons/simulacro.icns")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
