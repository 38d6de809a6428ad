from enum import StrEnum


class ChainLinkOutRole(StrEnum):
    PUBLISHER = "publisher"
    RELAY = "relay"
    SPEAKER = "speaker"

    def __str__(self) -> str:
        return str(self.value)
