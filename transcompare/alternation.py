"""Alternations of many words as regular expressions that stay fast to compile and to match."""

from __future__ import annotations

import re


def trie_regex(words: set[str], continuations: dict[str, str] | None = None) -> str:
    """An alternation of ``words`` factored by common prefixes, so matching stays fast. With
    ``continuations``, each word is followed by its own regex (longer words are tried first)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = word

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            if continuations is not None:
                branches.append(f"(?:{continuations[node['']]})")
            elif branches:
                branches.append("")
        if not branches:
            return ""
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return build(trie)
