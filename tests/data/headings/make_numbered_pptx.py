"""Writes numbered.pptx beside this file, the presentation tests/test_compose.py reads: slides
whose titles are numbered (一、 二、), under a cover slide. From the repository's root:
python -m tests.data.headings.make_numbered_pptx"""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

TITLE_SLIDE, TITLE_AND_CONTENT = 0, 1


def main() -> None:
    deck = Presentation()
    cover = deck.slides.add_slide(deck.slide_layouts[TITLE_SLIDE])
    cover.shapes.title.text = "关于加强基层治理的学习体会"
    slides = [
        ("一、深刻认识重大意义", ["夯实国家治理的基石", "筑牢党的执政根基"]),
        ("二、准确把握目标任务", ["健全基层治理体系", "提升基层治理能力"]),
    ]
    for title, points in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[TITLE_AND_CONTENT])
        slide.shapes.title.text = title
        body = slide.placeholders[1].text_frame
        body.text = points[0]
        for text in points[1:]:
            body.add_paragraph().text = text
    deck.save(Path(__file__).with_name("numbered.pptx"))


if __name__ == "__main__":
    main()
