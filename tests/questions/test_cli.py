"""The command line on what teachers have at hand: a URL, a saved web page, an old
Windows text file (cp1252). Runs `python -m questions` as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.pageserver import DATA, PageServer, data_file, page

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "questions", *args, "--json", "--analyzer", "simple"],
        capture_output=True,
        input=stdin,
        cwd=ROOT,
        timeout=120,
    )


def test_a_url_is_fetched_and_read_like_the_app_imports_it():
    html = data_file("pages/boekenweek-oud.html")
    with PageServer({"/boekenweek": page(html)}) as server:
        run = cli(server.url("/boekenweek"), "--allow-private")
    assert run.returncode == 0, run.stderr.decode()
    payload = json.loads(run.stdout)
    assert payload["article"]["headline"].startswith("Boekenweekgeschenk")
    assert payload["questions"]


def test_a_private_address_is_refused_without_the_flag():
    with PageServer({"/x": page(data_file("pages/boekenweek-oud.html"))}) as server:
        run = cli(server.url("/x"))
    assert run.returncode == 2
    assert b"error:" in run.stderr


def test_a_saved_html_page_is_read_as_a_page():
    run = cli(str(DATA / "pages" / "boekenweek-oud.html"))
    assert run.returncode == 0, run.stderr.decode()
    assert json.loads(run.stdout)["article"]["headline"].startswith("Boekenweekgeschenk")


def test_a_windows_text_file_is_decoded(tmp_path):
    text = (
        "Café in Zwolle\n\nHet café aan de Grote Markt in Zwolle gaat op 1 mei weer open. "
        "De eigenaar investeerde 250.000 euro in de verbouwing van het pand uit 1904."
    )
    path = tmp_path / "cafe.txt"
    path.write_bytes(text.encode("cp1252"))
    run = cli(str(path))
    assert run.returncode == 0, run.stderr.decode()
    assert json.loads(run.stdout)["article"]["headline"] == "Café in Zwolle"


def test_a_missing_file_is_a_clear_error(tmp_path):
    run = cli(str(tmp_path / "weg.txt"))
    assert run.returncode == 2
    assert b"weg.txt" in run.stderr
