#!/bin/sh
# Regenerates the plan files in this folder from the three real plans (the .txt files in
# src/Loa.Demo/Plans), with LibreOffice and poppler. The files are committed, so CI needs neither tool;
# run this only to remake them (LibreOffice 7.4 made the committed ones).
#   <plan>.libreoffice.docx  soffice --convert-to docx <plan>.txt: every line a paragraph, the task table as
#                            tab-separated paragraphs (the defect of issue 13)
#   <plan>.table.pdf         the plan with its task table as a real bordered table (plan_to_html.py), saved
#                            as Word then printed to PDF by LibreOffice: a PDF with a text layer, as a commune's Word file exported
#   <plan>.table.docx        the same HTML saved as Word by LibreOffice: a table made by another producer
#   scanned.pdf              the first page of hung-phu as a picture only (no text layer), as a scanner makes
set -eu
here=$(cd "$(dirname "$0")" && pwd)
plans=$(cd "$here/../../../../../src/Loa.Demo/Plans" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for plan in hung-phu-2026 canh-vinh-2026 phuoc-tan-2026; do
  cp "$plans/$plan.txt" "$work/$plan.txt"
  (cd "$work" && soffice --headless --convert-to docx "$plan.txt" >/dev/null)
  cp "$work/$plan.docx" "$here/$plan.libreoffice.docx"
  python3 "$here/plan_to_html.py" "$plans/$plan.txt" > "$work/$plan.table.html"
  # HTML straight to PDF loses the first paragraph (LibreOffice 7.4): go through the Word file.
  (cd "$work" && soffice --headless --convert-to 'docx:MS Word 2007 XML' "$plan.table.html" >/dev/null \
    && mkdir -p pdf && cp "$plan.table.docx" pdf/ && cd pdf && soffice --headless --convert-to pdf "$plan.table.docx" >/dev/null)
  cp "$work/pdf/$plan.table.pdf" "$here/$plan.table.pdf"
  cp "$work/$plan.table.docx" "$here/$plan.table.docx"
done
pdftoppm -r 50 -gray -singlefile -f 1 -l 1 "$here/hung-phu-2026.table.pdf" "$work/scan"
python3 "$here/pgm_to_pdf.py" "$work/scan.pgm" "$here/scanned.pdf"
ls -l "$here"
