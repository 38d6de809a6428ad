"""Query parameters shared by the listing endpoints, documented once."""

from __future__ import annotations

from typing import Annotated

from litestar.params import Parameter, ParameterKwarg

from models.schemas import MAX_ID

__all__ = ["DEFAULT_LIMIT", "MAX_ID", "Cursor", "Limit", "id_param"]


def id_param(description: str) -> ParameterKwarg:
    """An id parameter, 1..2**63-1 (BIGINT): larger ids are a 422, never a database error.

    `schema_extra` repeats the maximum because litestar writes `le` of a required parameter as a
    float, and float(2**63-1) rounds up to 2**63, a value the database refuses.
    """
    kwarg: ParameterKwarg = Parameter(
        ge=1, le=MAX_ID, description=description, schema_extra={"maximum": MAX_ID}
    )
    return kwarg


Limit = Annotated[int, Parameter(ge=1, le=200, description="Page size, 1..200.")]
Cursor = Annotated[
    str | None,
    Parameter(description="`next_cursor` from the previous page; a cursor that does not parse is a 422."),
]
DEFAULT_LIMIT = 50
