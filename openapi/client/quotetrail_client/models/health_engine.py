from enum import StrEnum


class HealthEngine(StrEnum):
    COMPILED = "compiled"
    INTERPRETED = "interpreted"

    def __str__(self) -> str:
        return str(self.value)
