"""quotetrail: quote attribution and provenance."""
