"""The house rules that keep the code easy to live in, checked rather than hoped for."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_questions_library_never_loads_flask_or_the_database():
    code = (
        "import sys, questions, questions.__main__, questions.evaluate, questions.analysis;"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'flask', 'flask_sqlalchemy', 'sqlalchemy', 'quiz', 'werkzeug'});"
        "print(','.join(bad))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == ""


def test_no_module_in_questions_imports_the_app():
    for path in (ROOT / "questions").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            for name in names:
                assert name.split(".")[0] not in {"flask", "quiz", "sqlalchemy"}, (path, name)


def test_templates_have_no_inline_scripts():
    for path in (ROOT / "templates").rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        for chunk in html.split("<script")[1:]:
            tag = chunk.split(">", 1)[0]
            assert "src=" in tag, f"inline <script> in {path.relative_to(ROOT)}"
