"""Open documents: text, version, and the syntax tree kept in step with every edit.

pygls keeps its own copy of each document; this one is the server's source of truth for
analysis because it also carries the incrementally edited tree-sitter tree: each incremental
change is applied to the text and, as an `InputEdit`, to the tree, so the next parse reuses
every unchanged subtree.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import PurePosixPath
from urllib.parse import unquote, urlparse

from lsprotocol import types
from tree_sitter import Point, Tree

from vigilint.analyzers.languages import TREE_LANGUAGES, language_for
from vigilint.server.positions import ByteEdit, LineIndex, byte_edit

# LSP language ids that name a language differently from our file-name detection.
_LANGUAGE_IDS: dict[str, str] = {
    "python": "python", "javascript": "javascript", "javascriptreact": "javascript",
    "typescript": "typescript", "typescriptreact": "tsx", "go": "go", "java": "java",
    "yaml": "yaml", "json": "json", "jsonc": "json", "toml": "toml", "terraform": "hcl",
    "hcl": "hcl", "shellscript": "bash", "dockerfile": "dockerfile", "dotenv": "dotenv",
    "properties": "properties", "ini": "properties",
}

PROMPT_DOCUMENT_PATTERNS: tuple[str, ...] = (
    "*.prompt.md", ".github/copilot-instructions.md", ".github/instructions/*.md",
    ".cursor/rules/*", "AGENTS.md", "CLAUDE.md",
)


def uri_to_path(uri: str) -> str:
    """A "/"-separated path for a document URI (the engine's display path)."""
    return unquote(urlparse(uri).path) or uri


def is_prompt_document(path: str) -> bool:
    """True for the files AI coding tools read as instructions (DESIGN.md)."""
    posix = PurePosixPath(path)
    name = posix.name
    for pattern in PROMPT_DOCUMENT_PATTERNS:
        if "/" not in pattern:
            if fnmatch(name, pattern):
                return True
            continue
        parts = pattern.split("/")
        tail = "/".join(posix.parts[-len(parts):])
        if fnmatch(tail, pattern):
            return True
    return False


@dataclass
class Document:
    uri: str
    text: str
    version: int | None
    language_id: str = ""
    path: str = ""
    language: str = "text"
    tree: Tree | None = None  # parsed earlier, edited since: the old tree for the next parse
    tree_version: int | None = None
    binary: bool = False
    # Edits since the last adopted analysis (None: unknown, e.g. after a full-text change).
    edits: list[ByteEdit] | None = field(default_factory=list)
    _index: LineIndex | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not self.path:
            self.path = uri_to_path(self.uri)
        self.language = self.detect_language()
        self.binary = "\0" in self.text[:8192]

    def detect_language(self) -> str:
        by_name = language_for(self.path, self.text[:200].encode("utf-8", "surrogatepass"))
        if by_name != "text":
            return by_name
        return _LANGUAGE_IDS.get(self.language_id, "text")

    @property
    def name(self) -> str:
        return posixpath.basename(self.path)

    @property
    def index(self) -> LineIndex:
        if self._index is None or self._index.text is not self.text:
            self._index = LineIndex(self.text)
        return self._index

    @property
    def has_tree(self) -> bool:
        return self.language in TREE_LANGUAGES

    @property
    def is_prompt(self) -> bool:
        return is_prompt_document(self.path)

    def apply(self, change: types.TextDocumentContentChangeEvent) -> int:
        """Apply one content change; return how many lines it inserted (for the AI
        heuristic). The tree, if any, is edited in step."""
        if not isinstance(change, types.TextDocumentContentChangePartial):
            self.text = change.text
            self.tree = None
            self.edits = None
            self._index = None
            self.binary = "\0" in self.text[:8192]
            return change.text.count("\n")
        index = self.index
        start = index.offset(change.range.start)
        end = max(start, index.offset(change.range.end))
        if self.has_tree:
            edit = byte_edit(index, start, end, change.text)
            if self.edits is not None:
                self.edits.append(edit)
        if self.tree is not None:
            tree = self.tree.copy()  # the analysis thread may still read the old one
            tree.edit(edit.start_byte, edit.old_end_byte, edit.new_end_byte,
                      Point(*edit.start_point), Point(*edit.old_end_point),
                      Point(*edit.new_end_point))
            self.tree = tree
        self.text = self.text[:start] + change.text + self.text[end:]
        self._index = None
        if start < 8192:
            self.binary = "\0" in self.text[:8192]
        return change.text.count("\n")


class DocumentStore:
    def __init__(self) -> None:
        self._docs: dict[str, Document] = {}

    def open(self, item: types.TextDocumentItem) -> Document:
        doc = Document(uri=item.uri, text=item.text, version=item.version,
                       language_id=item.language_id)
        self._docs[item.uri] = doc
        return doc

    def get(self, uri: str) -> Document | None:
        return self._docs.get(uri)

    def close(self, uri: str) -> Document | None:
        return self._docs.pop(uri, None)

    def __iter__(self) -> Iterator[Document]:
        return iter(list(self._docs.values()))

    def __len__(self) -> int:
        return len(self._docs)
