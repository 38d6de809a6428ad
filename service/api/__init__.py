"""HTTP API v1: thin litestar controllers that parse, call a service function, return a Struct."""
