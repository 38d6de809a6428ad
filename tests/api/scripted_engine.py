"""A tiny deterministic stand-in for the attribution engine, for storage and API tests.

The real engine is being rewritten and its output will change; tests about storing speakers,
relays and chains need output they can predict. Grammar understood, one sentence per quote:

    "WORDS," said First Last[, according to Relay].

gives speaker First Last (person), an optional relay (media), and the article's outlet as publisher.
`create_app` is a zero-argument factory so a real uvicorn process can serve the app with this engine.
"""

from __future__ import annotations

import regex
from litestar import Litestar

from service.app import create_app as real_create_app
from service.attribution import ArticleMeta, ChainLink, Entity, Quote

_SENTENCE = regex.compile(
    r'"(?P<words>[^"\n]+)"\s*said\s+(?P<speaker>[A-Z]\w*(?: [A-Z]\w*)*)'
    r"(?:,\s*according to\s+(?P<relay>[A-Z]\w*(?: [A-Z]\w*)*))?"
)


def scripted_extract(text: str, meta: ArticleMeta) -> list[Quote]:
    quotes = []
    for m in _SENTENCE.finditer(text):
        speaker = Entity(name=m["speaker"], type="person", aliases=(m["speaker"].split()[-1],))
        chain = [ChainLink(role="speaker", entity=speaker, cue="said")]
        if m["relay"]:
            chain.append(
                ChainLink(role="relay", entity=Entity(name=m["relay"], type="media"), cue="according to")
            )
        if meta.outlet:
            chain.append(ChainLink(role="publisher", entity=Entity(name=meta.outlet, type="media")))
        quotes.append(
            Quote(
                text=m["words"],
                start=m.start("words"),
                end=m.end("words"),
                kind="full",
                speaker=speaker,
                cue="said",
                confidence=0.9,
                chain=tuple(chain),
            )
        )
    return quotes


def create_app() -> Litestar:
    return real_create_app(extractor=scripted_extract)
