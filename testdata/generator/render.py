"""Render a compiled act to DOCX (python-docx) and PDF (reportlab, embedded subset TTF).

Both renderings carry exactly the words of the TXT: same paragraphs, table rows as table
rows, the running header/footer as DOCX header/footer (PDF: drawn on every page), and
footnotes as real DOCX footnotes (PDF: after the body, in a smaller font).
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import os
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (HRFlowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_TIME = dt.datetime(2024, 1, 1, 0, 0, 0)

rl_config.invariant = 1  # deterministic PDF bytes (no timestamps, fixed document id)
_fonts_done = False


def _dehinted(name: str) -> str:
    """DejaVu without hinting instructions, limited to Latin/Cyrillic: PDFs get ~3x smaller.

    reportlab then embeds only the glyphs each act uses (a subset font)."""
    import tempfile
    from fontTools import subset
    cache = os.path.join(tempfile.gettempdir(), "courtpub-testdata-fonts")
    os.makedirs(cache, exist_ok=True)
    out = os.path.join(cache, f"{name}.ttf")
    if not os.path.exists(out):
        opts = subset.Options()
        opts.hinting = False
        opts.notdef_outline = True
        opts.layout_features = []
        opts.drop_tables += ["GSUB", "GPOS", "GDEF", "kern", "FFTM"]
        font = subset.load_font(f"{FONT_DIR}/{name}.ttf", opts)
        sub = subset.Subsetter(opts)
        sub.populate(unicodes=list(range(0x20, 0x7F)) + list(range(0xA0, 0x180))
                     + list(range(0x400, 0x530)) + list(range(0x2010, 0x2040)) + [0x2116])
        sub.subset(font)
        tmp = out + f".{os.getpid()}"
        subset.save_font(font, tmp, opts)
        os.replace(tmp, out)
    return out


def _register_fonts():
    global _fonts_done
    if _fonts_done:
        return
    pdfmetrics.registerFont(TTFont("Serif", _dehinted("DejaVuSerif")))
    pdfmetrics.registerFont(TTFont("Serif-Bold", _dehinted("DejaVuSerif-Bold")))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif",
                       boldItalic="Serif-Bold")
    _fonts_done = True


# ---------------------------------------------------------------- DOCX
_ALIGN_DOCX = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
               "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _add_runs(par, runs, bold_all=False, size=None):
    for text, bold in runs:
        if not text:
            continue
        r = par.add_run(text)   # python-docx turns \n into <w:br/> and \t into <w:tab/>
        if bold or bold_all:
            r.bold = True
        if size:
            r.font.size = Pt(size)


def _footnotes_part(doc, notes):
    body = []
    for i, runs in enumerate(notes, start=1):
        rs = "".join(
            f'<w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>'
            for t, b in runs if t)
        body.append(
            f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
            f'</w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>{rs}'
            f'</w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
           '</w:r></w:p></w:footnote>' + "".join(body) + "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def _footnote_ref(par, n):
    par._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{n}"/></w:r>'))


def render_docx(act, c) -> bytes:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    st.paragraph_format.space_after = Pt(0)
    cp = doc.core_properties
    cp.author = "courtpub testdata"
    cp.title = act.id
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.last_modified_by = "courtpub testdata"
    cp.revision = 1
    sec = doc.sections[0]
    notes_by_anchor = {}
    note_runs = []
    for item in c.layout:
        if item[0] == "footnote":
            note_runs.append(item[1])
            notes_by_anchor.setdefault(item[2].anchor, []).append(len(note_runs))
    pending_break = False
    for item in c.layout:
        kind = item[0]
        if kind == "header":
            _add_runs(sec.header.paragraphs[0], item[1], size=9)
        elif kind == "footer":
            _add_runs(sec.footer.paragraphs[0], item[1], size=9)
        elif kind == "p":
            _, runs, para, idx = item
            par = doc.add_paragraph()
            par.alignment = _ALIGN_DOCX[para.align]
            if pending_break:
                par.paragraph_format.page_break_before = True
                pending_break = False
            _add_runs(par, runs, para.bold, para.size)
            for n in notes_by_anchor.get(idx, []):
                _footnote_ref(par, n)
        elif kind == "table":
            _, rows, blk, idx = item
            ncols = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncols)
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, runs in enumerate(row):
                    cell = t.cell(i, j)
                    _add_runs(cell.paragraphs[0], runs, bold_all=(blk.header and i == 0))
        elif kind == "pagebreak":
            pending_break = True
    if note_runs:
        _footnotes_part(doc, note_runs)
    buf = io.BytesIO()
    doc.save(buf)
    return _normalize_zip(buf.getvalue())


# Optional parts of python-docx's template that only add size (Word 2010 style effects,
# the preview thumbnail); their references are removed as well.
_DROP_PARTS = {"word/stylesWithEffects.xml", "docProps/thumbnail.jpeg"}


def _drop_refs(xml: bytes) -> bytes:
    import re
    for part in _DROP_PARTS:
        name = part.split("/")[-1].encode()
        xml = re.sub(rb"<(Relationship|Override)\b[^>]*" + re.escape(name) + rb"[^>]*/>", b"", xml)
    return xml


def _normalize_zip(data: bytes) -> bytes:
    """Rewrite the zip with fixed timestamps so the output is byte-for-byte reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in _DROP_PARTS:
                continue
            data = src.read(info.filename)
            if info.filename in ("[Content_Types].xml", "_rels/.rels",
                                 "word/_rels/document.xml.rels"):
                data = _drop_refs(data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data, compresslevel=9)
    return out.getvalue()


# ---------------------------------------------------------------- PDF
_ALIGN_PDF = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


def _markup(runs, bold_all=False):
    out = []
    for text, bold in runs:
        if not text:
            continue
        t = escape(text).replace("\n", "<br/>").replace("\t", " ")
        out.append(f"<b>{t}</b>" if (bold or bold_all) else t)
    return "".join(out)


def render_pdf(act, c, font_size=11.5) -> bytes:
    _register_fonts()
    base = ParagraphStyle("base", fontName="Serif", fontSize=font_size,
                          leading=font_size * 1.35, alignment=TA_JUSTIFY)
    small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=10.5, alignment=TA_LEFT)
    cell = ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12, alignment=TA_LEFT)
    story = []
    header_text = footer_text = None
    notes = []
    for item in c.layout:
        kind = item[0]
        if kind == "header":
            header_text = "".join(t for t, _ in item[1])
        elif kind == "footer":
            footer_text = "".join(t for t, _ in item[1])
        elif kind == "p":
            _, runs, para, _idx = item
            st = copy.copy(base)
            st.alignment = _ALIGN_PDF[para.align]
            if para.size:
                st.fontSize, st.leading = para.size, para.size * 1.3
            if para.space_before:
                st.spaceBefore = para.space_before
            if act.wrap:
                st.alignment = TA_LEFT if para.align == "justify" else st.alignment
            story.append(Paragraph(_markup(runs, para.bold), st))
        elif kind == "table":
            _, rows, blk, _idx = item
            data = [[Paragraph(_markup(r, blk.header and i == 0), cell) for r in row]
                    for i, row in enumerate(rows)]
            t = Table(data, repeatRows=1 if blk.header else 0)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(Spacer(1, 4))
            story.append(t)
            story.append(Spacer(1, 4))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "footnote":
            notes.append(item[1])
    if notes:
        story.append(Spacer(1, 8))
        story.append(HRFlowable(width="30%", thickness=0.5, hAlign="LEFT"))
        for runs in notes:
            story.append(Paragraph(_markup(runs), small))

    def on_page(canvas, doc):
        canvas.saveState()
        if header_text:
            canvas.setFont("Serif", 8)
            canvas.drawString(20 * mm, A4[1] - 12 * mm, header_text)
        if footer_text:
            canvas.setFont("Serif", 8)
            canvas.drawString(20 * mm, 10 * mm, footer_text)
        if act.page_numbers:
            canvas.setFont("Serif", 8)
            canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"стр. {doc.page}")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=act.id,
                            author="courtpub testdata", invariant=1, pageCompression=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()
