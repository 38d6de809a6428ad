"""One-command developer tools (`uv run python -m scripts.<name>`); not shipped in the wheel."""
