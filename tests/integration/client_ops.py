"""Find the generated client's function module for an operation by its method and path.

Module names come from the spec's operationIds, which the service may still rename; the method and
path are the stable contract. Looking modules up by what they request (their generated
`_get_kwargs` spells both out) keeps the story test about behaviour, not about naming.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import quotetrail_client.api

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "openapi.json"


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SPEC_PATH.read_text())
    return loaded


def in_spec(method: str, path: str) -> bool:
    return method.lower() in spec()["paths"].get(path, {})


@cache
def _index() -> dict[tuple[str, str], ModuleType]:
    found: dict[tuple[str, str], ModuleType] = {}
    root = quotetrail_client.api
    for info in pkgutil.walk_packages(root.__path__, prefix=root.__name__ + "."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        source = Path(module.__file__ or "").read_text()
        methods = [m for m in ("get", "post", "put", "patch", "delete") if f'"method": "{m}"' in source]
        urls = [p for p in spec()["paths"] if f'"url": "{p}"' in source]
        if len(methods) == 1 and len(urls) == 1:
            found[(methods[0].upper(), urls[0])] = module
    return found


def op(method: str, path: str) -> Any:
    """The generated module for METHOD path (with sync, sync_detailed, asyncio, ...)."""
    try:
        return _index()[(method.upper(), path)]
    except KeyError:
        raise AssertionError(f"the generated client has no function for {method} {path}") from None
