"""YAML read defensively: duplicate keys reported, alias expansion bounded before construction.

PyYAML lets a later duplicate key silently replace an earlier one (an `expect:` written
twice loses its first expectation), and builds anchors and aliases by reference, so a
small file can stand for billions of values that blow up whatever copies them later.
Both are caught on the composed node graph, before any Python object is built.
"""

from __future__ import annotations

from typing import Any

import yaml

# libyaml's loader when PyYAML was built with it: ten times faster on large suites.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Values a document may expand to, beyond one per byte of text (which no alias needs).
EXPANSION_ALLOWANCE = 1_000_000


class YamlProblem(Exception):
    """A YAML document that must not be loaded; `line` and `column` are 1-based or None."""

    def __init__(self, reason: str, line: int | None = None, column: int | None = None):
        super().__init__(reason)
        self.reason, self.line, self.column = reason, line, column


def _expanded_size(root: yaml.Node, limit: int) -> int:
    """How many nodes the document has with every alias expanded, counting only up to `limit`."""
    sizes: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if id(node) in sizes:
            continue
        children = _children(node)
        if children_done:
            sizes[id(node)] = min(limit + 1, 1 + sum(sizes.get(id(c), 0) for c in children))
            continue
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in sizes)
    return sizes[id(root)]


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _duplicate_key(root: yaml.Node) -> YamlProblem | None:
    """The first mapping key written twice in the same mapping, by its line."""
    seen_nodes: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen_nodes:
            continue
        seen_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first: dict[tuple[str, str], int] = {}
            for key, _ in node.value:
                if not isinstance(key, yaml.ScalarNode) or key.value == "<<":
                    continue
                line = key.start_mark.line + 1
                if (key.tag, key.value) in first:
                    return YamlProblem(
                        f"duplicate key {key.value!r} (also on line {first[(key.tag, key.value)]}); "
                        "the later one would silently replace the first",
                        line,
                        key.start_mark.column + 1,
                    )
                first[(key.tag, key.value)] = line
        stack.extend(_children(node))
    return None


def load_yaml(text: str) -> Any:
    """One YAML document as Python data, or YamlProblem / yaml.YAMLError saying why not."""
    loader = YAML_LOADER(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None
        problem = _duplicate_key(root)
        if problem is not None:
            raise problem
        limit = len(text) + EXPANSION_ALLOWANCE
        if _expanded_size(root, limit) > limit:
            raise YamlProblem(
                f"anchors and aliases expand to more than {limit:,} values; "
                "write the repeated parts out, or split the file"
            )
        return loader.construct_document(root)
    finally:
        loader.dispose()
