"""Query parameters shared by the listing endpoints, documented once."""

from __future__ import annotations

from typing import Annotated

from litestar.params import Parameter

Limit = Annotated[int, Parameter(ge=1, le=200, description="Page size, 1..200.")]
Cursor = Annotated[str | None, Parameter(description="`next_cursor` from the previous page.")]
DEFAULT_LIMIT = 50
