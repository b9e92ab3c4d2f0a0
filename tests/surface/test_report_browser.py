"""The report in a real browser: headless Chromium loads it, the entities are in the DOM, no console output.

Needs Debian `chromium` (+ `fonts-noto-core` for Persian glyphs); skipped when it is not installed.
Set UPDATE_SCREENSHOT=1 to refresh docs/report-screenshot.png from the seed run.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.report import render_report
from pipeline.schema import read_table

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
         "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
         "--enable-logging=stderr", "--v=0"]


@pytest.fixture(scope="module")
def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("headless Chromium not installed (Debian: apt-get install -y chromium fonts-noto-core)")


def browse(chromium: str, url: str, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    return subprocess.run([chromium, *FLAGS, f"--user-data-dir={profile}", *extra, url],
                          capture_output=True, text=True, timeout=180, check=False)


def console_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]


class DomMarks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.texts, self.root_attrs, self._open, self._skip = [], {}, None, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.root_attrs = attrs
        if tag == "mark" and "ent" in (attrs.get("class") or "").split():
            self._open = ""
        elif tag == "span" and self._open is not None:
            self._skip = True

    def handle_endtag(self, tag):
        if tag == "span":
            self._skip = False
        elif tag == "mark" and self._open is not None:
            self.texts.append(self._open)
            self._open = None

    def handle_data(self, data):
        if self._open is not None and not self._skip:
            self._open += data


def check_in_browser(chromium: str, tables: Path, tmp_path: Path) -> tuple[Path, DomMarks]:
    html_path = tmp_path / "report.html"
    html_path.write_text(render_report(tables), encoding="utf-8")
    result = browse(chromium, html_path.as_uri(), tmp_path, "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    assert console_lines(result.stderr) == []
    dom = DomMarks()
    dom.feed(result.stdout)
    assert dom.root_attrs.get("lang") == "fa" and dom.root_attrs.get("dir") == "rtl"
    assert "data-js-errors" not in dom.root_attrs
    assert int(dom.root_attrs.get("data-report-ready", "-1")) == len(dom.texts) > 0  # our script ran to the end
    return html_path, dom


def test_seed_entities_in_the_dom_without_console_errors(chromium, seed_tables, tmp_path):
    _, dom = check_in_browser(chromium, seed_tables, tmp_path)
    for name in ("سید ابوالحسن فیروزآبادی", "سید محمود حسینی پور", "مرکز ملی فضای مجازی", "استانداری مازندران",
                 "خبرگزاری فارس"):
        assert name in dom.texts


def test_real_run_report_in_the_browser(chromium, real_run, tmp_path):
    _, dom = check_in_browser(chromium, real_run, tmp_path)
    mentions = read_table(real_run, "mentions").to_pylist()
    if mentions:
        drawn = set(dom.texts)
        # nested mentions are folded into the outer one, so most but not necessarily all are drawn
        assert sum(m["text"] in drawn for m in mentions) >= 0.5 * len(mentions)


def test_screenshot(chromium, seed_tables, tmp_path, request):
    """Screenshot of the seed run's report (the hand-made seed tables while the pipeline cannot run)."""
    from pipeline.card import pipeline_version

    try:
        tables = request.getfixturevalue("real_run")
    except pytest.skip.Exception:
        tables = seed_tables
    html_path = tmp_path / "report.html"
    html_path.write_text(render_report(tables, run_info={"pipeline": pipeline_version()}), encoding="utf-8")
    shot = tmp_path / "report.png"
    result = browse(chromium, html_path.as_uri(), tmp_path, "--window-size=1280,1800", f"--screenshot={shot}")
    assert result.returncode == 0 and shot.stat().st_size > 20_000, result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("UPDATE_SCREENSHOT") == "1":
        shutil.copyfile(shot, REPO / "docs" / "report-screenshot.png")


def test_console_errors_are_detected(chromium, tmp_path):
    """The check itself works: a page with an uncaught error is caught."""
    page = tmp_path / "broken.html"
    page.write_text("<html><body><script>notDefined();</script></body></html>", encoding="utf-8")
    result = browse(chromium, page.as_uri(), tmp_path, "--dump-dom")
    assert any(re.search(r"Uncaught ReferenceError", line) for line in console_lines(result.stderr))
