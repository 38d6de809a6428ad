from enum import StrEnum


class GraphNodeRolesItem(StrEnum):
    PUBLISHER = "publisher"
    RELAY = "relay"
    SPEAKER = "speaker"

    def __str__(self) -> str:
        return str(self.value)
