"""Extractors: one module per entity type, relations last. Each a ``Stage``."""
from __future__ import annotations

from .analyse import analyse
from .campaigns import campaigns
from .documents import policy_documents
from .events import events
from .organizations import organizations
from .persons import persons
from .projects import projects
from .regions import regions
from .relations import relations
from .slogans import slogans
from .teams import teams

DEFAULT_STAGES = (
    analyse, regions, organizations, teams, persons, policy_documents, campaigns, events, projects, slogans, relations,
)
