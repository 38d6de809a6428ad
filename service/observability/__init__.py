"""Seeing what the service does and what goes wrong: JSON logs with request ids, Prometheus
metrics, and turning database faults into fast 503 answers instead of hangs or 500s."""
