"""The "Use from Python" example in docs/integration.md (merged into the README) must work as
printed: it is run verbatim, except for the base URL, against a real server."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import httpx
from quotetrail_client.models import ArticleOut

DOCS = Path(__file__).resolve().parents[2] / "docs" / "integration.md"
DOC_URL = "http://127.0.0.1:8000"


def _snippet() -> str:
    section = DOCS.read_text().split("## Use from Python", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert len(blocks) == 1, "expected exactly one python example in 'Use from Python'"
    code: str = blocks[0]
    assert DOC_URL in code
    return code


def test_use_from_python_example_runs(qt_server: str) -> None:
    namespace: dict[str, object] = {}
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            exec(compile(_snippet().replace(DOC_URL, qt_server), str(DOCS), "exec"), namespace)
    except AttributeError:  # `sync` returned None: it hides the status, so ask again to say why
        again = httpx.post(f"{qt_server}/v1/articles", json={"text": '"Why," Ann Lee said.'}, timeout=30)
        raise AssertionError(f"no article; the server answers {again.status_code}: {again.text}") from None
    article = namespace["article"]
    assert isinstance(article, ArticleOut), f"the example did not store an article: {article!r}"
    assert [q.text for q in article.quotes] == ["We will win,"]
    assert "We will win," in printed.getvalue()
