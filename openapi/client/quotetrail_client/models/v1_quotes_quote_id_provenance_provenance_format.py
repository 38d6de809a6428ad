from enum import StrEnum


class V1QuotesQuoteIdProvenanceProvenanceFormat(StrEnum):
    JSON = "json"
    PROV_JSON = "prov-json"
    PROV_TURTLE = "prov-turtle"

    def __str__(self) -> str:
        return str(self.value)
