#!/usr/bin/env python3
"""Prints the survey table of bench/RESULTS.md ("Survey of the national corpus") from `importer survey --format json`.

Usage: dotnet run --project src/Importer -- survey ../shared/data/disclosures/national --format json > /tmp/survey.json
       python3 bench/survey-table.py /tmp/survey.json ../shared/data/disclosures/national/README.md
PDF ms/page is the survey's CPU time for the file over the page count the corpus README gives.
"""
import json
import re
import statistics
import sys

survey = json.load(open(sys.argv[1], encoding="utf-8"))
readme = open(sys.argv[2], encoding="utf-8").read()
pages = {m.group(1): int(m.group(3)) for m in re.finditer(r"\| `(\w+/\w+)\.pdf` \|[^|]*\|[^|]*\| (\d{4}) \| (\d+) \|", readme)}

# A file holding several documents (a 汇总 and its 本级) has an entry per document: a row each, numbered "#2", "#3".
by_stem = {}
for f in survey["files"]:
    key = f["file"].split("national/")[1]
    stem, ext = key.rsplit(".", 1)
    entries = by_stem.setdefault(stem, {}).setdefault(ext, [])
    label = stem if not entries else f"{stem}#{len(entries) + 1}"
    entries.append(f)
    if label != stem:
        by_stem.setdefault(label, {}).setdefault(ext, []).append(f)
by_stem = {stem: {ext: entries[0] for ext, entries in files.items()} for stem, files in by_stem.items()}


def wan(value):
    return "" if value is None else f"{value / 10000:,.2f}"


print("| document (national/…) | outcome | profile | document id | total | printed 本年支出合计 | WARNING/ERROR | PDF ms/page | reason |")
print("|---|---|---|---|---|---|---|---|---|")
for stem in sorted(by_stem):
    text, pdf = by_stem[stem].get("txt"), by_stem[stem].get("pdf")
    # Where text and PDF differ, the row shows the PDF's reading (the original) and both outcomes.
    f = pdf or text
    same = text and pdf and all(text[k] == pdf[k] for k in ("outcome", "total", "documentId"))
    reason = f["reason"] or "" if f["outcome"] == "part" else re.sub(r"^[^:]*?:(\d+:)?\s*", "", f["reason"] or "", count=1)
    if not reason and text and text["reason"] and text["outcome"] == "refused":
        reason = "text: " + re.sub(r"^[^:]*?:(\d+:)?\s*", "", text["reason"], count=1)
    reason = reason.split(" (known:")[0][:120].replace("|", "/")
    findings = ", ".join(f"{x['code']}×{x['count']}" for x in f["findings"])
    cpu = f"{pdf['cpuMs'] / pages[stem]:.1f}" if pdf and stem in pages else ""
    outcome = f["outcome"] if same or not (text and pdf) else f"text {text['outcome']}, PDF {pdf['outcome']}"
    print(f"| `{stem}` | {outcome} | {f['family'] or ''} | {f['documentId'] or ''} "
          f"| {wan(f['total'])} | {wan(f['printedTotal'])} | {findings} | {cpu} | {reason} |")

per_page = sorted((by_stem[s]["pdf"]["cpuMs"] / pages[s], s) for s in by_stem if "pdf" in by_stem[s] and s in pages)
read = sum(1 for f in survey["files"] if f["outcome"] in ("read", "partial"))
parts = sum(1 for f in survey["files"] if f["outcome"] == "part")
documents = {f["documentId"] for f in survey["files"] if f["outcome"] in ("read", "partial")}
print(f"\nfiles read or partial: {read} of {len(survey['files'])} (and {parts} narrative parts); documents read: {len(documents)}; "
      f"PDF CPU per page: median {statistics.median(p for p, _ in per_page):.1f} ms, "
      f"worst {per_page[-1][1]} {per_page[-1][0]:.1f} ms, next {per_page[-2][1]} {per_page[-2][0]:.1f} ms")
