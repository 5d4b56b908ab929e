"""Reports: capacity, one factory and availability history as PDF, CSV, XLSX or HTML.

``model`` (what a report is), ``kinds`` (the registry of report kinds), ``inputs`` (what
reports are made from), the writers (``pdf_out``, ``spreadsheets``, ``html_out``) and
``exporter`` (runs an export off the UI thread). Nothing here imports pandas, openpyxl
or pyqtgraph at import time; the writers import them when an export runs.
"""
