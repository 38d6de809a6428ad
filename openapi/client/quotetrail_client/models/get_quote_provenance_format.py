from enum import StrEnum


class GetQuoteProvenanceFormat(StrEnum):
    JSON = "json"
    PROV_JSON = "prov-json"
    PROV_TURTLE = "prov-turtle"

    def __str__(self) -> str:
        return str(self.value)
