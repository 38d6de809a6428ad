"""Terminal view of a provenance graph: the speaker at the root, each reporter under its source.

A tree reads the way people tell the story ("Duarte told Meridian; the Herald took it from
Meridian"), which a list of edges does not. Cycles (two outlets citing each other) are cut at the
first repeat so the renderer always terminates.
"""

from __future__ import annotations

from io import StringIO

from rich.console import Console
from rich.markup import escape
from rich.tree import Tree

from service.provenance.graph import ProvenanceGraph


def provenance_tree(graph: ProvenanceGraph, words: str | None = None) -> Tree:
    """A rich Tree for `quotetrail provenance "words"`."""
    nodes = {n.key: n for n in graph.nodes}
    shown = words or (graph.variants[0] if graph.variants else "")
    root = Tree(f"[bold]\u201c{escape(shown)}\u201d[/bold]")
    if graph.speaker is not None:
        origin = root.add(f"[green]{escape(graph.speaker.name)}[/green] ({graph.speaker.type}, speaker)")
        start = [graph.speaker.key]
    else:
        origin = root.add("[red]speaker unknown[/red]")
        # without a speaker, start from the entities nearest the source: reported, never reporting
        start = sorted({e.target for e in graph.edges} - {e.source for e in graph.edges})
    by_target: dict[str, list[tuple[str, str]]] = {}
    for e in graph.edges:
        cue = ", ".join(e.cues) or "reported"
        n = len(e.articles)
        by_target.setdefault(e.target, []).append(
            (e.source, f"{escape(cue)} \u00b7 {n} article{'s' if n != 1 else ''}"))

    def grow(branch: Tree, key: str, seen: frozenset[str]) -> None:
        for src, label in sorted(by_target.get(key, [])):
            node = nodes[src]
            child = branch.add(f"[cyan]{escape(node.name)}[/cyan] [dim]({label})[/dim]")
            if src not in seen:
                grow(child, src, seen | {src})

    for key in start:
        branch = origin if graph.speaker is not None else origin.add(escape(nodes[key].name))
        grow(branch, key, frozenset({key}))
    if graph.first is not None:
        f = graph.first
        root.add(f"[yellow]first seen[/yellow] {escape(f.published_at or 'undated')} "
                 f"{escape(f.outlet or '?')} ({escape(f.article_id)})")
    arts = root.add(f"appearances ({len(graph.appearances)})")
    for a in graph.appearances:
        via = " via " + " \u2192 ".join(a.via) if a.via else ""
        arts.add(f"{escape(a.published_at or 'undated')} {escape(a.outlet or '?')}{escape(via)}: "
                 f"\u201c{escape(a.text)}\u201d")
    return root


def render_tree(graph: ProvenanceGraph, words: str | None = None, width: int = 100) -> str:
    """The tree as plain text (no colour codes), for logs, tests and non-terminal output."""
    console = Console(file=StringIO(), width=width, color_system=None, force_terminal=False)
    console.print(provenance_tree(graph, words))
    out = console.file
    assert isinstance(out, StringIO)
    return out.getvalue()
