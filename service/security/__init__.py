"""Access control for the HTTP API: API keys, per-key rate limits, CORS.

Each concern is its own module; `middleware(settings)` in `stack.py` assembles them in the order
they must run (authenticate first, so the rate limiter can count per key, not per address).
"""
