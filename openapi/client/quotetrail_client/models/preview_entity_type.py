from enum import StrEnum


class PreviewEntityType(StrEnum):
    GOVERNMENT = "government"
    MEDIA = "media"
    ORGANIZATION = "organization"
    PERSON = "person"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
