#!/usr/bin/env python3
"""Writes a plan's text (the .txt form: Markdown marks, tab-separated table rows) as HTML whose task table is a
real bordered table, so that LibreOffice turns it into a Word document and a PDF with a table, as a commune's
own Word file exported to PDF would have. Usage: plan_to_html.py PLAN.txt > PLAN.html"""
import html
import re
import sys


def inline(text):
    text = html.escape(text.strip())
    text = re.sub(r"^#+\s*", "", text)
    text = re.sub(r"\*\*\*(.+?)\*\*\*", r"<b><i>\1</i></b>", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    return text.replace("*", "")


def main(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>']
    rows = []

    def flush():
        if rows:
            out.append('<table border="1" cellspacing="0" cellpadding="6" width="100%">')
            for cells in rows:
                rest = (64 // (len(cells) - 2)) if len(cells) > 2 else 0
                widths = [f' width="{6 if i == 0 else 30 if i == 1 else rest}%"' for i in range(len(cells))]
                out.append("<tr>" + "".join(f'<td valign="top"{w}>{inline(c)}</td>' for w, c in zip(widths, cells)) + "</tr>")
            out.append("</table>")
            rows.clear()

    for line in lines:
        if "\t" in line:
            cells = line.split("\t")
            if sum(1 for c in cells if c.strip()) >= 1 and len(cells) >= 3:
                rows.append(cells)
                continue
        if line.strip() == "" and rows:
            continue  # a page break inside the table: the rows go on
        flush()
        if line.strip():
            out.append(f"<p>{inline(line)}</p>")
    flush()
    out.append("</body></html>")
    print("\n".join(out))


main(sys.argv[1])
