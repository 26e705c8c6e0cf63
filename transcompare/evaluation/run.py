"""evaluate() and merge(): the library calls behind `transcompare evaluate`."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .. import langid
from ..errors import InputError
from ..progress import progress_bar
from ..translate.base import GenerationSettings, settings_dict
from . import comet
from . import metrics as metrics_module
from .metrics import parse_metrics
from .outputs import write_chart, write_html, write_results, write_segments
from .results import summarise
from .runner import (Plan, System, SystemRun, load_finished, reference_index, run_system, safe_name, shard_bounds,
                     speed_summary)
from .testset import TestSet, open_testset, read_hypotheses
from .quotes import QuoteTally


def detect_languages(testset: TestSet, source: str | None, target: str | None) -> tuple[str, str]:
    if source and target:
        return source, target
    sample = [s for _, s in zip(range(200), testset.segments())]
    src = source or langid.detect_document_language(" ".join(s.src for s in sample))
    tgt = target or langid.detect_document_language(" ".join(s.ref for s in sample))
    return src, tgt


def _translator(session, spec: str, source: str, target: str):
    engine = session.engine(spec, source, target)

    def translate(sources: list[str]) -> tuple[list[str], int, int]:
        before = engine.translated
        outputs = [engine.clean(o, s)[0] for o, s in zip(engine.translate(sources), sources)]
        new = engine.translated - before
        return outputs, new, sum(len(o.split()) for o in outputs) if new else 0

    translate.info = engine.info  # updated as the model loads and runs: device, revision, tokens, cost
    return translate


def evaluate(testset: TestSet | str, models: list[str] = (), hypotheses: list[tuple[str, str]] = (), metrics: str = "bleu,chrf",
             baseline: str | None = None, out: Path | None = None, shard: tuple[int, int] = (0, 1),
             source_language: str | None = None, target_language: str | None = None,
             settings: GenerationSettings | None = None, use_cache: bool = True, bootstrap: int = 1000,
             trials: int = 1000, progress: bool = True, comet_model: str | None = None) -> dict:
    """Score models and hypothesis files on a test set (a TestSet, or a TSV/JSONL path); returns results.json's data."""
    if isinstance(testset, str):
        testset = open_testset(testset)
    chosen = parse_metrics(metrics)
    notes = []
    if comet.NAME in chosen:
        reason = comet.unavailable(comet_model)
        if reason:
            notes.append(reason)
            chosen.remove(comet.NAME)
        if not chosen:
            raise InputError(f"no metric left to compute ({reason})")
    total = testset.count()
    if total == 0:
        raise InputError(f"{testset.name}: the test set is empty")
    from ..translate.registry import resolve

    systems = [System(name, "hyp", str(read_hypotheses(path, total))) for name, path in hypotheses]
    systems += [System(resolve(spec).label, "model", spec) for spec in models]
    if not systems:
        raise InputError("nothing to evaluate: give --model SPEC or --hyp NAME=FILE")
    names = [s.name for s in systems]
    if len(set(names)) != len(names):
        raise InputError(f"two systems share a name: {', '.join(sorted(n for n in names if names.count(n) > 1))}")
    if baseline is not None and baseline not in names:
        raise InputError(f"--baseline {baseline!r} is not one of the systems ({', '.join(names)})")
    source, target = detect_languages(testset, source_language, target_language)
    plan = Plan(testset, tuple(chosen), source, target, out, shard, total, shard_bounds(testset, total, shard),
                comet_model if comet.NAME in chosen else None)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    references = reference_index(plan)
    settings_key = settings_dict(settings or GenerationSettings())
    # A COMET model is large and may hold a GPU: score everything in this process then.
    files = [s for s in systems if s.kind == "hyp"] if plan.comet_model is None else []
    finished = _score_files_in_parallel(plan, files, references, settings_key)
    session = None
    runs: list[SystemRun] = []
    size = plan.bounds[1] - plan.bounds[0]
    with progress_bar(progress and len(systems) * size >= 500, len(systems) * size, "evaluating") as advance:
        for system in systems:
            if system.name in finished:
                runs.append(finished[system.name])
                advance(size)
                continue
            translate = None
            if system.kind == "model":
                if session is None:
                    from ..translate.session import TranslationSession

                    session = TranslationSession(settings, use_cache=use_cache, progress=False)
                translate = _translator(session, system.spec, source, target)
            runs.append(run_system(plan, system, references, translate, settings_key, advance))
    info = {"testset": testset.name, "testset_fingerprint": testset.digest, "segments": total,
            "direction": f"{source}→{target}", "shard": list(shard), "bounds": list(plan.bounds), "notes": notes,
            "comet_model": plan.comet_model,
            "bootstrap": bootstrap, "trials": trials}
    results = summarise(runs, chosen, baseline, info, bootstrap, trials, plan.comet_model)
    if out is not None:
        write_outputs(out, results, runs, plan)
    return results


def _score_files_in_parallel(plan: Plan, systems: list[System], references, settings_key: dict) -> dict[str, SystemRun]:
    """Systems given as files need no model: score them on every core at once."""
    workers = min(len(systems), os.cpu_count() or 1)
    if workers < 2:
        return {}
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=metrics_module.serial) as pool:
        futures = {s.name: pool.submit(run_system, plan, s, references, None, settings_key) for s in systems}
        return {name: future.result() for name, future in futures.items()}


def write_outputs(out: Path, results: dict, runs: list[SystemRun], plan: Plan | None) -> None:
    if plan is not None:
        write_segments(out, plan, runs)
    chart = write_chart(out, results)
    write_results(out, results)
    write_html(out, results, chart)


def _append_file(handle, path: Path) -> None:
    with path.open("rb") as source:
        shutil.copyfileobj(source, handle, 1 << 20)  # streamed: shards can be large


def merge(folders: list[Path], out: Path) -> dict:
    """Combine the outputs of `--shard i/n` runs into the results of one run."""
    metas = []
    for folder in folders:
        path = folder / "results.json"
        if not path.is_file():
            raise InputError(f"{folder}: no results.json (is it an evaluate --out folder?)")
        metas.append((json.loads(path.read_text(encoding="utf-8")), folder))
    metas.sort(key=lambda m: m[0]["shard"][0])
    first = metas[0][0]
    count = first["shard"][1]
    for meta, folder in metas:
        for field in ("testset_fingerprint", "metrics", "baseline", "direction", "bootstrap", "trials"):
            if meta[field] != first[field]:
                raise InputError(f"{folder}: {field} differs from {metas[0][1]}; these shards are not one run")
    if [m[0]["shard"] for m in metas] != [[i, count] for i in range(count)]:
        raise InputError(f"shards {[m[0]['shard'][0] for m in metas]} do not cover 0..{count - 1} exactly once")
    out.mkdir(parents=True, exist_ok=True)
    (out / "hypotheses").mkdir(exist_ok=True)
    runs = []
    import numpy as np

    from ..io import atomic_writer

    for entry in first["systems"]:
        system = System(entry["name"], entry["kind"], entry["spec"])
        parts = [load_finished(folder, system) for _, folder in metas]
        if any(p is None for p in parts):
            raise InputError(f"system {system.name!r} is missing from a shard")
        tally = QuoteTally()
        for part in parts:
            tally.merge(part.tally)
        hypotheses = out / "hypotheses" / f"{safe_name(system.name)}.txt"
        with atomic_writer(hypotheses) as handle:
            for part in parts:
                _append_file(handle, part.hypotheses)
        speed = {}
        if system.kind == "model":
            totals = {k: sum(p.speed.get(k, 0) for p in parts) for k in ("segments", "translated", "tokens", "seconds")}
            speed = speed_summary(**totals)
        runs.append(SystemRun(system, {m: np.concatenate([p.stats[m] for p in parts]) for m in first["metrics"]},
                              tally, speed, hypotheses))
    with atomic_writer(out / "segments.jsonl") as handle:
        for _, folder in metas:
            _append_file(handle, folder / "segments.jsonl")
    info = {k: first[k] for k in ("testset", "testset_fingerprint", "segments", "direction", "bootstrap", "trials")}
    info.update({"shard": [0, 1], "bounds": [0, first["segments"]], "notes": list(first.get("notes", [])),
                 "merged_from": [str(folder) for _, folder in metas]})
    comet_model = first.get("comet_model")
    info["comet_model"] = comet_model
    results = summarise(runs, first["metrics"], first["baseline"], info, first["bootstrap"], first["trials"], comet_model)
    write_outputs(out, results, runs, None)
    return results
