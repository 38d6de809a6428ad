"""Struct docstrings and field examples into the OpenAPI document, which litestar leaves out.

litestar's msgspec plugin copies field `Meta` into property schemas but gives the component
schema itself no description (the Struct docstring is ignored) and no example, and leaves list and
nested-object properties without examples. Integrators read the spec, not our source, so this
plugin (registered ahead of litestar's own) adds: the docstring as the schema description, a
whole-object example assembled from the fields' own `Meta` examples, and the same assembled
example on any property that has none. Examples are derived, never invented here, so one
`Meta(examples=...)` edit shows up everywhere the type is used.
"""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any

import msgspec
import msgspec.inspect as mi
from litestar._openapi.schema_generation.plugins.struct import StructSchemaPlugin
from litestar.openapi.spec import Schema

if TYPE_CHECKING:
    from litestar._openapi.schema_generation import SchemaCreator
    from litestar.typing import FieldDefinition

_MISSING = object()


def example_of(node: mi.Type) -> Any:
    """First `Meta` example found for a type, composing objects and lists; `_MISSING` if none."""
    if isinstance(node, mi.Metadata):
        examples = (node.extra_json_schema or {}).get("examples")
        return examples[0] if examples else example_of(node.type)
    if isinstance(node, mi.StructType):
        fields = {f.encode_name: example_of(f.type) for f in node.fields}
        return _MISSING if _MISSING in fields.values() else fields
    if isinstance(node, mi.ListType):
        item = example_of(node.item_type)
        return _MISSING if item is _MISSING else [item]
    if isinstance(node, mi.UnionType):
        options = [example_of(t) for t in node.types if not isinstance(t, mi.NoneType)]
        return next((o for o in options if o is not _MISSING), _MISSING)
    if isinstance(node, mi.LiteralType):
        return node.values[0]
    return _MISSING


class DocumentedStructPlugin(StructSchemaPlugin):
    """litestar's Struct schema plus description and examples (see the module docstring)."""

    def to_openapi_schema(self, field_definition: FieldDefinition, schema_creator: SchemaCreator) -> Schema:
        schema = super().to_openapi_schema(field_definition, schema_creator)
        struct: type[msgspec.Struct] = field_definition.type_
        info = mi.type_info(struct)
        assert isinstance(info, mi.StructType)
        if schema.description is None and struct.__doc__:
            schema.description = inspect.cleandoc(struct.__doc__)
        if not schema.examples and (whole := example_of(info)) is not _MISSING:
            schema.examples = [whole]
        fields = {f.encode_name: f for f in info.fields}
        for name, prop in (schema.properties or {}).items():
            if not isinstance(prop, Schema) or name not in fields:
                continue
            value = example_of(fields[name].type)
            if not prop.examples and value is not _MISSING:
                prop.examples = [value]
            _exact_int_bounds(prop, fields[name].type)
        return schema


def _exact_int_bounds(prop: Schema, node: mi.Type) -> None:
    """litestar writes integer bounds as floats; float(2**63-1) is 2**63, past what BIGINT stores."""
    while isinstance(node, mi.Metadata):
        node = node.type
    if isinstance(node, mi.UnionType):
        ints = [t for t in node.types if isinstance(t, (mi.IntType, mi.Metadata))]
        node = ints[0] if len(ints) == 1 else node
        while isinstance(node, mi.Metadata):
            node = node.type
    if isinstance(node, mi.IntType):
        if node.le is not None:
            prop.maximum = node.le
        if node.ge is not None:
            prop.minimum = node.ge
