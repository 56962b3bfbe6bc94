"""Writes xiangcun.pptx beside this file, the small presentation tests/test_slides.py reads:
python -m tests.data.slides.make_xiangcun_pptx (from the repository's root)."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.util import Inches

TITLE_SLIDE, TITLE_AND_CONTENT = 0, 1


def main() -> None:
    deck = Presentation()
    cover = deck.slides.add_slide(deck.slide_layouts[TITLE_SLIDE])
    cover.shapes.title.text = "全面推进乡村振兴"
    cover.placeholders[1].text = "主题党日学习课件"
    slides = [
        ("产业振兴", [("发展特色种养业", 0), ("培育农产品加工企业", 0), ("推动农文旅融合发展", 0)]),
        ("人才振兴", [("引导高校毕业生返乡创业", 0), ("培养高素质农民", 0), ("选派驻村第一书记", 0)]),
        (
            "组织振兴",
            [
                ("建强村党组织", 0),
                ("选优配强带头人", 1),
                ("整顿软弱涣散村党组织", 1),
                ("健全村民自治制度", 0),
            ],
        ),
    ]
    for title, points in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[TITLE_AND_CONTENT])
        slide.shapes.title.text = title
        body = slide.placeholders[1].text_frame
        body.text = points[0][0]
        for text, level in points[1:]:
            paragraph = body.add_paragraph()
            paragraph.text, paragraph.level = text, level
        slide.notes_slide.notes_text_frame.text = f"讲{title}时结合本镇实际，时间控制在五分钟左右。"
    box = deck.slides[1].shapes.add_textbox(Inches(1), Inches(6), Inches(6), Inches(1))
    box.text_frame.text = "产业兴旺是解决农村一切问题的前提"
    deck.save(Path(__file__).with_name("xiangcun.pptx"))


if __name__ == "__main__":
    main()
