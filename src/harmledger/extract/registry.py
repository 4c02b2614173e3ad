"""Named pipeline components, the registry plugins add to, and the pipeline that runs them in order.

A component is a factory ``factory(context) -> callable(doc)``, declared with ``@component`` to say
what it assigns on the :class:`~harmledger.extract.doc.Doc` and what it requires earlier components to
have assigned. ``Pipeline`` refuses an order in which a requirement comes after its user, so a plugin
that swaps or adds a component finds out at construction, not with wrong output.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from .._errors import ExtractionError
from .doc import Doc

# Attributes a Doc has before any component ran.
BASE_ATTRIBUTES = frozenset({"text", "lower", "published", "limit"})


class Component(Protocol):
    def __call__(self, doc: Doc) -> None: ...


@dataclass
class PipelineContext:
    """What factories may use: the geocoder and free-form options (``options[name]`` per component)."""

    geocoder: Any | None = None
    options: dict[str, Any] = field(default_factory=dict)


Factory = Callable[[PipelineContext], Component]


@dataclass(frozen=True)
class ComponentInfo:
    name: str
    factory: Factory
    assigns: tuple[str, ...]
    requires: tuple[str, ...]


def component(*, name: str, assigns: Iterable[str] = (), requires: Iterable[str] = ()) -> Callable[[Factory], Factory]:
    """Declare a component factory; ``registry.add(factory)`` then registers it under ``name``."""

    def mark(factory: Factory) -> Factory:
        factory.component_info = ComponentInfo(name, factory, tuple(assigns), tuple(requires))  # type: ignore[attr-defined]
        return factory

    return mark


class Registry:
    """Component factories by name. Adding a name again replaces it (that is how a plugin swaps one)."""

    def __init__(self) -> None:
        self._infos: dict[str, ComponentInfo] = {}

    def add(self, factory: Factory) -> None:
        info = getattr(factory, "component_info", None)
        if not isinstance(info, ComponentInfo):
            raise ExtractionError(
                f"{factory!r} is not a declared component; decorate it with @harmledger.extract.component(name=...)",
                code="E041",
            )
        self._infos[info.name] = info

    def get(self, name: str) -> ComponentInfo:
        try:
            return self._infos[name]
        except KeyError:
            known = ", ".join(sorted(self._infos))
            raise ExtractionError(f"no extraction component named {name!r}; known: {known}", code="E042") from None

    def names(self) -> list[str]:
        return list(self._infos)

    def __contains__(self, name: object) -> bool:
        return name in self._infos


class Pipeline:
    """Components run in order over a Doc. Checks at construction that every requirement is met."""

    def __init__(self, names: Iterable[str], registry: Registry, context: PipelineContext | None = None) -> None:
        self.context = context or PipelineContext()
        self.infos = [registry.get(n) for n in names]
        assigned = set(BASE_ATTRIBUTES)
        for info in self.infos:
            missing = [r for r in info.requires if r not in assigned]
            if missing:
                raise ExtractionError(
                    f"component {info.name!r} requires {', '.join(missing)}, which no earlier component assigns; "
                    "put the component that assigns it earlier in the pipeline",
                    code="E043",
                )
            assigned.update(info.assigns)
        self.components: list[tuple[str, Component]] = [(i.name, i.factory(self.context)) for i in self.infos]

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.components]

    def __call__(self, doc: Doc) -> Doc:
        for _name, comp in self.components:
            comp(doc)
        return doc

