"""LLM translators over the OpenAI-compatible chat API (``openai:MODEL``): vLLM, Ollama,
llama.cpp server, TGI or a hosted API.

Document-level: each request carries one paragraph, its sentences numbered, with the
paragraphs before and after as context; the numbered answer is mapped back to the
sentences (an answer that cannot be mapped is retried sentence by sentence). Requests
run N at a time, are retried with backoff on 429, 5xx, timeouts and broken answers, and
count tokens and cost. The API key is read from the environment variable the registry
entry names and goes only into the request header: never into the cache key, logs,
errors or reports. Needs the ``llm`` extra: ``pip install 'transcompare[llm]'``.

Registry keys (models/registry.toml): ``api_base``, ``api_key_env`` (default
OPENAI_API_KEY), ``system`` and ``prompt`` (templates with {source_language},
{target_language}, {before}, {sentences}, {after}, {count}), ``price_input`` and
``price_output`` (USD per million tokens), ``concurrency``, ``timeout`` (seconds),
``retries``, ``backoff`` (first wait, seconds).
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import string
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

from ..errors import InputError, ModelError
from . import languages
from .base import BackendBase, GenerationSettings, Located, Passage
from .registry import ModelSpec

INSTALL = "pip install 'transcompare[llm]'"
DEFAULT_API_BASE = "https://api.openai.com/v1"
DEFAULT_KEY_ENV = "OPENAI_API_KEY"
SYSTEM = ("You are a professional translator of news from {source_language} into {target_language}. "
          "Keep names, numbers and quotations exactly; use the quotation marks {target_language} uses. "
          "Answer with the translation only: no notes, no explanations.")
PROMPT = ("Context before (do not translate):\n{before}\n\n"
          "Translate these {count} numbered sentences into {target_language}. Answer with exactly {count} lines, "
          "each starting with its number in brackets, e.g. [1] …\n{sentences}\n\n"
          "Context after (do not translate):\n{after}")
FIELDS = {"source_language", "target_language", "before", "sentences", "after", "count"}
RETRY_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}
_NUMBERED = re.compile(r"^\s*\[(\d+)\]\s?(.*)$")
_TRUE = {"localhost", "127.0.0.1", "::1"}


class MalformedAnswer(Exception):
    """The server answered, but not with one line per sentence."""


def _check_template(template: str, label: str, key: str) -> str:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as exc:
        raise InputError(f"{label}: registry key {key!r} is not a valid template ({exc})") from None
    unknown = names - FIELDS
    if unknown:
        raise InputError(f"{label}: registry key {key!r} uses unknown fields {sorted(unknown)}; "
                         f"use {', '.join(sorted(FIELDS))}")
    return template


def _public_address(api_base: str) -> str:
    """The server address without credentials or query (it goes into the cache key)."""
    parts = urlsplit(api_base)
    return f"{parts.scheme}://{parts.hostname or ''}{f':{parts.port}' if parts.port else ''}{parts.path.rstrip('/')}"


def language_name(code: str) -> str:
    return languages.NAMES.get(code, code)


def numbered(sentences: tuple[str, ...]) -> str:
    return "\n".join(f"[{i}] {s}" for i, s in enumerate(sentences, 1))


def parse_answer(answer: str, count: int) -> list[str]:
    """One translation per sentence from a numbered answer; MalformedAnswer when it does not map."""
    found: dict[int, list[str]] = {}
    current = None
    for line in answer.strip().splitlines():
        match = _NUMBERED.match(line)
        if match:
            current = int(match.group(1))
            if current in found or not 1 <= current <= count:
                raise MalformedAnswer(f"sentence number [{current}] repeated or out of range")
            found[current] = [match.group(2).strip()]
        elif current is not None and line.strip():
            found[current].append(line.strip())  # a sentence the model broke over two lines
    if not found and count == 1 and answer.strip():
        return [" ".join(answer.split())]  # one sentence, answered without its number
    if sorted(found) != list(range(1, count + 1)):
        raise MalformedAnswer(f"{len(found)} numbered lines for {count} sentences")
    return [" ".join(found[i]) for i in range(1, count + 1)]


class ChatBackend(BackendBase):
    kind = "openai"
    context = "paragraph"

    # ------------------------------------------------------------------ spec level (cheap)
    @staticmethod
    def default_pairs(target: str) -> tuple[str, ...]:
        return ("*",)

    @classmethod
    def locate(cls, spec: ModelSpec, settings: GenerationSettings) -> Located:
        api_base = (settings.api_base or spec.option("api_base") or os.environ.get("OPENAI_BASE_URL")
                    or DEFAULT_API_BASE).rstrip("/")
        if urlsplit(api_base).scheme not in ("http", "https"):
            raise InputError(f"{spec.label}: --api-base {api_base!r} is not an http(s) address")
        key_env = spec.option("api_key_env", DEFAULT_KEY_ENV)
        if not os.environ.get(key_env) and (spec.option("api_key_env") or urlsplit(api_base).hostname == "api.openai.com"):
            raise ModelError(f"{spec.label}: set the API key in the environment variable {key_env}")
        system = _check_template(spec.option("system", SYSTEM), spec.label, "system")
        prompt = _check_template(spec.option("prompt", PROMPT), spec.label, "prompt")
        template = hashlib.sha256(f"{system}\x1e{prompt}".encode()).hexdigest()[:12]
        details = {"api_base": api_base, "key_env": key_env, "system": system, "prompt": prompt,
                   "price_input": spec.option("price_input"), "price_output": spec.option("price_output"),
                   "concurrency": int(settings.concurrency or spec.option("concurrency", 8)),
                   "timeout": float(spec.option("timeout", 60)), "retries": int(spec.option("retries", 5)),
                   "backoff": float(spec.option("backoff", 0.5))}
        return Located(f"openai:{spec.target}@{_public_address(api_base)}#{template}", details=details)

    @classmethod
    def load(cls, spec, source, target, settings, located) -> ChatBackend:
        return cls(spec, source, target, settings, located)

    @classmethod
    def is_available(cls, spec: ModelSpec) -> bool:
        """Usable without the internet: a server on this machine."""
        return urlsplit(spec.option("api_base") or DEFAULT_API_BASE).hostname in _TRUE

    # ------------------------------------------------------------------ loaded
    def __init__(self, spec: ModelSpec, source: str, target: str, settings: GenerationSettings | None = None,
                 located: Located | None = None):
        try:
            import httpx
        except ImportError:
            raise ModelError(f"the chat API backend needs httpx: {INSTALL}") from None
        self.spec, self.name, self.source, self.target = spec, spec.label, source, target
        self.settings = settings or GenerationSettings()
        located = located or self.locate(spec, self.settings)
        self.fingerprint, self.options = located.fingerprint, located.details
        self.device = "api"
        self.concurrency = max(1, self.options["concurrency"])
        self.preferred_batch_size = self.concurrency * 4  # paragraphs per engine call
        headers = {"Content-Type": "application/json"}
        key = os.environ.get(self.options["key_env"])
        if key:
            headers["Authorization"] = f"Bearer {key}"
        self._client = httpx.Client(base_url=self.options["api_base"], headers=headers,
                                    timeout=httpx.Timeout(self.options["timeout"]),
                                    limits=httpx.Limits(max_connections=self.concurrency))
        self._httpx = httpx
        self._lock = threading.Lock()
        self.info = {"requests": 0, "retries": 0, "input_tokens": 0, "output_tokens": 0, "cost_usd": None}

    # ------------------------------------------------------------------ translation
    def translate(self, segments: list[str]) -> list[str]:
        """Sentence by sentence (each its own request), for callers without paragraphs."""
        return [out[0] for out in self.translate_passages([Passage((s,)) for s in segments])]

    def translate_passages(self, passages: list[Passage]) -> list[list[str]]:
        with ThreadPoolExecutor(self.concurrency) as pool:
            return list(pool.map(self._passage, passages))

    def _passage(self, passage: Passage) -> list[str]:
        try:
            return self._ask_twice(passage)
        except MalformedAnswer:
            if len(passage.sentences) == 1:
                raise ModelError(f"{self.name}: the server's answers cannot be read as a translation") from None
        # The paragraph's answer did not map to its sentences: one request per sentence, same context.
        outputs = []
        for index, sentence in enumerate(passage.sentences):
            before = " ".join((passage.before, *passage.sentences[:index])).strip()
            after = " ".join((*passage.sentences[index + 1 :], passage.after)).strip()
            try:
                outputs.append(self._ask_twice(Passage((sentence,), before, after))[0])
            except MalformedAnswer:
                raise ModelError(f"{self.name}: the server's answers cannot be read as a translation") from None
        return outputs

    def _ask_twice(self, passage: Passage) -> list[str]:
        try:
            return self._ask(passage)
        except MalformedAnswer:
            self._count(retries=1)
            return self._ask(passage)

    def _messages(self, passage: Passage) -> list[dict]:
        fields = {"source_language": language_name(self.source), "target_language": language_name(self.target),
                  "before": passage.before or "(none)", "after": passage.after or "(none)",
                  "sentences": numbered(passage.sentences), "count": len(passage.sentences)}
        return [{"role": "system", "content": self.options["system"].format(**fields)},
                {"role": "user", "content": self.options["prompt"].format(**fields)}]

    def _ask(self, passage: Passage) -> list[str]:
        """One request, retried with backoff on transient failures (a 429, a 5xx, a timeout)."""
        body = {"model": self.spec.target, "messages": self._messages(passage), "temperature": 0,
                "max_tokens": self.settings.max_new_tokens * len(passage.sentences)}
        retries, wait = self.options["retries"], self.options["backoff"]
        for attempt in range(retries + 1):
            last = attempt == retries
            try:
                response = self._client.post("/chat/completions", json=body)
            except self._httpx.TimeoutException:
                problem, delay = f"no answer within {self.options['timeout']:g} s", None
            except self._httpx.TransportError as exc:
                problem, delay = f"connection failed ({type(exc).__name__})", None
            else:
                self._count(requests=1)
                if response.status_code == 200:
                    return self._read(response, len(passage.sentences))
                elif response.status_code in RETRY_STATUS:
                    problem, delay = f"HTTP {response.status_code}", _retry_after(response)
                else:
                    raise ModelError(f"{self.name}: {self.options['api_base']} answered HTTP {response.status_code}: "
                                     f"{_server_message(response)}")
            if last:
                raise ModelError(f"{self.name}: {self.options['api_base']}: {problem} after {retries + 1} attempts")
            self._count(retries=1)
            time.sleep(delay if delay is not None else wait * (2**attempt) * (0.5 + random.random()))
        raise AssertionError("unreachable")

    def _read(self, response, count: int) -> list[str]:
        try:
            data = response.json()
            content = data["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise MalformedAnswer("the answer is not a chat completion") from None
        if not isinstance(content, str):
            raise MalformedAnswer("the answer has no text")
        usage = data.get("usage") or {}
        self._count(input_tokens=int(usage.get("prompt_tokens") or 0),
                    output_tokens=int(usage.get("completion_tokens") or 0))
        return parse_answer(content, count)

    def _count(self, **amounts: int) -> None:
        with self._lock:
            for name, amount in amounts.items():
                self.info[name] += amount
            prices = self.options["price_input"], self.options["price_output"]
            if None not in prices:
                self.info["cost_usd"] = round((self.info["input_tokens"] * prices[0]
                                               + self.info["output_tokens"] * prices[1]) / 1e6, 6)


def _retry_after(response) -> float | None:
    value = response.headers.get("retry-after")
    try:
        return min(60.0, max(0.0, float(value))) if value else None
    except ValueError:
        return None


def _server_message(response) -> str:
    try:
        data = response.json()
        message = data.get("error", {}).get("message") if isinstance(data.get("error"), dict) else data.get("error")
    except (ValueError, AttributeError):
        message = None
    text = " ".join(str(message or response.text).split())
    return text[:200] or "(no message)"
