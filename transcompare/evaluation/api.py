"""evaluate(), merge() and compare_runs(): the library calls behind `transcompare evaluate`."""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .. import __version__, language_id
from ..errors import InputError
from ..progress import progress_bar
from ..translate.base import GenerationSettings, settings_dict
from .analyses import buckets, differing_segments
from .metrics import METRICS, MetricOptions, make_metric, parse_metrics, with_test_settings
from .results import SCHEMA, Analyses, EvaluationResults, MetricInfo, Significance, SystemResult
from .scores import metric_scores
from .scoring import Scored, ScoringSetup, cached_metric, score
from .significance import seed_setting
from .systems import Hypotheses, Plan, System, safe_name, shard_bounds, translate_system
from .testset import TestSet, open_testset, read_hypotheses, text_lines

SIGNIFICANCE_TEST = "paired bootstrap resampling, two-sided on centred differences (sacrebleu's --paired-bs)"

__all__ = ["compare_runs", "evaluate", "merge"]


def detect_languages(testset: TestSet, source: str | None, target: str | None) -> tuple[str, str]:
    if source and target:
        return source, target
    sample = [s for _, s in zip(range(200), testset.segments())]
    src = source or language_id.detect_document_language(" ".join(s.src for s in sample))
    tgt = target or language_id.detect_document_language(" ".join(s.ref for s in sample))
    return src, tgt


def evaluate(testset: TestSet | str, models: Sequence[str] = (), hypotheses: Sequence[tuple[str, str]] = (),
             metrics: str = "bleu,chrf", baseline: str | None = None, out: Path | None = None,
             shard: tuple[int, int] = (0, 1), source_language: str | None = None, target_language: str | None = None,
             settings: GenerationSettings | None = None, use_cache: bool = True, bootstrap: int = 1000,
             trials: int = 1000, progress: bool = True, comet_model: str | None = None,
             order: Sequence[str] | None = None, analyses: bool = True, jobs: int = 1) -> EvaluationResults:
    """Score models and hypothesis files on a test set (a TestSet, or a TSV/JSONL path).

    ``order`` gives the kinds ("model" or "hyp") in the order the systems were named, so
    the default baseline is the first one named; without it, models come first.
    ``analyses=False`` leaves out the analyses (buckets, n-grams, segments that differ most);
    ``jobs`` scores chunks of the test set in that many processes (0: one per core)."""
    if isinstance(testset, str):
        testset = open_testset(testset)
    options = MetricOptions(comet_model)
    chosen, notes = _available_metrics(metrics, options)
    total = testset.count()
    if total == 0:
        raise InputError(f"{testset.name}: the test set is empty")
    systems = _systems(models, hypotheses, order, total)
    names = [s.name for s in systems]
    if baseline is not None and baseline not in names:
        raise InputError(f"--baseline {baseline!r} is not one of the systems ({', '.join(names)})")
    source, target = detect_languages(testset, source_language, target_language)
    plan = Plan(testset, tuple(chosen), source, target, out, shard, total, shard_bounds(testset, total, shard))
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    work = out / "hypotheses" if out is not None else Path(tempfile.mkdtemp(prefix="transcompare-evaluate-"))
    try:
        produced = _hypotheses(plan, systems, work, settings, use_cache, progress)
        info = {"testset": testset.name, "testset_fingerprint": testset.digest, "segments": total,
                "direction": f"{source}→{target}", "shard": tuple(shard), "bounds": plan.bounds,
                "documents": testset.docs_path is not None or testset.kind == "jsonl" and _has_documents(plan),
                "notes": notes, "comet_model": comet_model, "analyses": analyses,
                "jobs": jobs}
        results, scored = _evaluate_files(plan, produced, baseline or names[0], options, bootstrap, trials, info, progress)
        if out is not None:
            from .outputs import write_outputs

            write_outputs(out, results, scored, plan, produced)
        return results
    finally:
        if out is None:
            shutil.rmtree(work, ignore_errors=True)


def _available_metrics(metrics: str, options: MetricOptions) -> tuple[list[str], list[str]]:
    chosen = parse_metrics(metrics)
    notes = []
    for name in list(chosen):
        reason = METRICS[name].unavailable(options)
        if reason:
            notes.append(reason)
            chosen.remove(name)
    if not chosen:
        raise InputError(f"no metric left to compute ({'; '.join(notes)})")
    return chosen, notes


def _systems(models: Sequence[str], hypotheses: Sequence[tuple[str, str]], order: Sequence[str] | None,
             total: int) -> list[System]:
    from ..translate.registry import resolve

    files = iter(System(name, "hyp", str(read_hypotheses(path, total))) for name, path in hypotheses)
    specs = iter(System(resolve(spec).label, "model", spec) for spec in models)
    kinds = list(order) if order is not None else ["model"] * len(models) + ["hyp"] * len(hypotheses)
    if sorted(kinds) != sorted(["model"] * len(models) + ["hyp"] * len(hypotheses)):
        raise ValueError("order must name each model and hypothesis file once")
    systems = [next(specs) if kind == "model" else next(files) for kind in kinds]
    if not systems:
        raise InputError("nothing to evaluate: give --model SPEC or --hyp NAME=FILE")
    names = [s.name for s in systems]
    if len(set(names)) != len(names):
        raise InputError(f"two systems share a name: {', '.join(sorted({n for n in names if names.count(n) > 1}))}")
    files_named = [safe_name(n) for n in names]
    if len(set(files_named)) != len(files_named):
        raise InputError("two system names map to the same file name once unsafe characters become _: "
                         + ", ".join(n for n, f in zip(names, files_named) if files_named.count(f) > 1))
    return systems


def _has_documents(plan: Plan) -> bool:
    return any(s.doc for s in plan.segments())


def _hypotheses(plan: Plan, systems: list[System], folder: Path, settings: GenerationSettings | None,
                use_cache: bool, progress: bool) -> list[Hypotheses]:
    """Every system as a file of outputs: hypothesis files as given, models translated (or reused)."""
    produced = []
    session = None
    models = [s for s in systems if s.kind == "model"]
    settings_key = settings_dict(settings or GenerationSettings())
    with progress_bar(bool(progress and models and plan.size * len(models) >= 500), plan.size * len(models),
                      "translating") as advance:
        for system in systems:
            if system.kind == "hyp":
                produced.append(Hypotheses(system, Path(system.spec), plan.bounds[0]))
                continue

            def translator(system=system):
                nonlocal session
                if session is None:
                    from ..translate.session import TranslationSession

                    session = TranslationSession(settings, use_cache=use_cache, progress=False)
                return _Translator(session, system.spec, plan.source_language, plan.target_language)

            produced.append(translate_system(plan, system, folder, settings_key, translator, advance))
    return produced


class _Translator:
    """A model as systems.translate_system wants it: sources -> (outputs, newly translated, their tokens)."""

    def __init__(self, session, spec: str, source: str, target: str):
        self.engine = session.engine(spec, source, target)
        self.info = self.engine.info  # updated as the model loads and runs: device, revision, tokens, cost

    def __call__(self, sources: list[str]) -> tuple[list[str], int, int]:
        engine = self.engine
        before = engine.translated
        outputs = [engine.clean(o, s)[0] for o, s in zip(engine.translate(sources), sources)]
        new = engine.translated - before
        return outputs, new, sum(len(o.split()) for o in outputs) if new else 0


def _evaluate_files(plan: Plan, produced: list[Hypotheses], baseline: str, options: MetricOptions, samples: int,
                    trials: int, info: dict, progress: bool) -> tuple[EvaluationResults, Scored]:
    names = [h.system.name for h in produced]
    bleu = cached_metric("bleu", options)
    frequency = buckets.reference_frequencies(bleu.tokens(s.ref) for s in plan.testset.segments()) if info["analyses"] else {}
    setup = ScoringSetup(plan.metrics, options, plan.source_language, plan.target_language, info["documents"],
                         baseline, tuple(names), info["analyses"], info.get("jobs", 1), dict(frequency))
    with progress_bar(progress and plan.size * len(names) >= 5000, plan.size * len(names), "scoring") as advance:
        scored = score(plan, produced, setup, advance)
    metrics = {name: make_metric(name, options) for name in plan.metrics}
    seed = seed_setting()
    per_metric = {name: metric_scores(metric, {s: scored.stats[s][name] for s in names}, baseline, samples, trials)
                  for name, metric in metrics.items()}
    systems = [SystemResult(h.system.name, h.system.kind, h.system.spec, plan.size,
                            {m: per_metric[m][h.system.name] for m in plan.metrics},
                            scored.quotes[h.system.name].finish(), scored.artifacts[h.system.name].finish(), h.speed)
               for h in produced]
    rank = plan.metrics[0]
    systems.sort(key=lambda s: s.scores[rank].score, reverse=metrics[rank].higher_is_better)
    infos = [MetricInfo(name, metric.label, metric.higher_is_better,
                        with_test_settings(metric.signature(), samples, trials, seed)) for name, metric in metrics.items()]
    explained = None
    if info["analyses"]:
        chosen = differing_segments.pick(scored.sentence_chrf, baseline)
        rows = differing_segments.select(_rows(plan, produced), differing_segments.wanted(chosen))
        explained = Analyses(
            length_buckets=buckets.length_buckets(scored.source_lengths, scored.stats, metrics),
            frequency_buckets=scored.words.finish(),
            ngrams=scored.ngrams.finish(baseline),
            differing_segments=differing_segments.build(chosen, rows, scored.sentence_chrf, baseline))
    results = EvaluationResults(
        schema=SCHEMA, tool={"name": "transcompare", "version": __version__}, testset=info["testset"],
        testset_fingerprint=info["testset_fingerprint"], segments=info["segments"], direction=info["direction"],
        shard=tuple(info["shard"]), bounds=tuple(info["bounds"]), documents=info["documents"], metrics=infos,
        baseline=baseline, ranked_by=rank,
        significance=Significance(0.05, SIGNIFICANCE_TEST, samples, trials, seed), systems=systems,
        reference_artifacts=scored.reference_artifacts.finish(), analyses=explained,
        notes=list(info["notes"]), comet_model=info.get("comet_model"), merged_from=list(info.get("merged_from", [])))
    return results, scored


def _rows(plan: Plan, produced: list[Hypotheses]):
    """(index, segment, {system: output}) for every evaluated segment, streamed."""
    from itertools import islice

    readers = {h.system.name: islice(text_lines(Path(h.path)), h.start, None) for h in produced}
    for index, segment in enumerate(plan.segments()):
        yield index, segment, {name: next(reader, "") for name, reader in readers.items()}


def merge(folders: list[Path], out: Path, progress: bool = False, jobs: int = 1) -> EvaluationResults:
    """Combine the outputs of `--shard i/n` runs into the results of one run over the whole test set."""
    from ..io import atomic_writer

    runs = []
    for folder in folders:
        runs.append((read_results(folder), folder))
    runs.sort(key=lambda r: r[0].shard[0])
    first, first_folder = runs[0]
    count = first.shard[1]
    for run, folder in runs:
        for name in ("testset_fingerprint", "baseline", "direction", "documents", "comet_model"):
            if getattr(run, name) != getattr(first, name):
                raise InputError(f"{folder}: {name} differs from {first_folder}; these shards are not one run")
        if [m.name for m in run.metrics] != [m.name for m in first.metrics] or run.significance != first.significance:
            raise InputError(f"{folder}: metrics or significance settings differ from {first_folder}; these shards are not one run")
        if sorted(s.name for s in run.systems) != sorted(s.name for s in first.systems):
            raise InputError(f"{folder}: other systems than {first_folder}; these shards are not one run")
    if [list(r.shard) for r, _ in runs] != [[i, count] for i in range(count)]:
        raise InputError(f"shards {[r.shard[0] for r, _ in runs]} do not cover 0..{count - 1} exactly once")
    out.mkdir(parents=True, exist_ok=True)
    (out / "hypotheses").mkdir(exist_ok=True)
    names = [s.name for s in first.systems]
    testset_path = out / ".merged-testset.jsonl"
    paths = {name: out / "hypotheses" / f"{safe_name(name)}.txt" for name in names}
    writers = {}
    try:
        with contextlib.ExitStack() as stack:
            testset_file = stack.enter_context(atomic_writer(testset_path))
            writers = {name: stack.enter_context(atomic_writer(path)) for name, path in paths.items()}
            for _, folder in runs:  # each shard's segments.jsonl carries its segments and every system's outputs
                for number, line in enumerate(text_lines(folder / "segments.jsonl"), 1):
                    try:
                        row = json.loads(line)
                        segment = {k: row[k] for k in ("id", "src", "ref", "doc")}
                        outputs = {name: row["systems"][name]["hyp"] for name in names}
                    except (json.JSONDecodeError, KeyError, TypeError):
                        raise InputError(f"{folder / 'segments.jsonl'}:{number}: not a segment of this evaluation") from None
                    testset_file.write((json.dumps(segment, ensure_ascii=False) + "\n").encode("utf-8"))
                    for name, output in outputs.items():
                        writers[name].write((output + "\n").encode("utf-8"))
        produced = []
        for name in names:
            system = first.system(name)
            speed = {}
            if system.kind == "model":
                from .systems import speed_summary

                parts = [run.system(name).speed for run, _ in runs]
                totals = {k: sum(p.get(k, 0) or 0 for p in parts) for k in ("segments", "translated", "tokens", "seconds")}
                speed = {**speed_summary(**totals), **{k: parts[0].get(k) for k in ("device", "batch_size") if k in parts[0]}}
            produced.append(Hypotheses(System(name, system.kind, system.spec), paths[name], 0, speed))
        return _merge_scored(first, runs, out, testset_path, produced, progress, jobs)
    finally:
        testset_path.unlink(missing_ok=True)
        for name, path in paths.items():
            if first.system(name).kind != "model":
                path.unlink(missing_ok=True)  # a file system's outputs are in segments.jsonl


def _merge_scored(first: EvaluationResults, runs, out: Path, testset_path: Path, produced: list[Hypotheses],
                  progress: bool, jobs: int) -> EvaluationResults:
    testset = open_testset(str(testset_path))
    total = testset.count()
    produced.sort(key=lambda h: [s.name for s in first.systems].index(h.system.name))
    source, target = first.direction.split("→")
    plan = Plan(testset, tuple(m.name for m in first.metrics), source, target, out, (0, 1), total, (0, total))
    info = {"testset": first.testset, "testset_fingerprint": testset.digest, "segments": total,
            "direction": first.direction, "shard": (0, 1), "bounds": (0, total), "documents": first.documents,
            "notes": list(first.notes), "comet_model": first.comet_model, "analyses": first.analyses is not None,
            "jobs": jobs,
            "merged_from": [str(folder) for _, folder in runs]}
    if info["testset_fingerprint"] != first.testset_fingerprint:
        raise InputError(f"the shards' segments.jsonl do not make up the test set {first.testset} "
                         f"(fingerprint {info['testset_fingerprint']}, expected {first.testset_fingerprint})")
    results, scored = _evaluate_files(plan, produced, first.baseline, MetricOptions(first.comet_model),
                                      first.significance.bootstrap_resamples, first.significance.randomization_trials,
                                      info, progress)
    from .outputs import write_outputs

    write_outputs(out, results, scored, plan, produced)
    return results


def compare_runs(first: Path, second: Path):
    """Two earlier runs on the same test set side by side (evaluation.comparison, which reads the
    runs through this module: imported here on use)."""
    from .comparison import compare_runs as compare

    return compare(first, second)


def read_results(folder: Path) -> EvaluationResults:
    path = folder / "results.json"
    if not path.is_file():
        raise InputError(f"{folder}: no results.json (is it an evaluate --out folder?)")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not valid JSON ({exc})") from None
    if data.get("schema") != SCHEMA:
        raise InputError(f"{path}: written by another version of transcompare evaluate (schema "
                         f"{data.get('schema')!r}, expected {SCHEMA!r}); run the evaluation again")
    return EvaluationResults.from_json(data)


def load_statistics(folder: Path) -> dict[str, dict[str, np.ndarray]]:
    """statistics.npz: each system's per-segment statistics per metric."""
    path = folder / "statistics.npz"
    if not path.is_file():
        raise InputError(f"{folder}: no statistics.npz (is it an evaluate --out folder?)")
    found: dict[str, dict[str, np.ndarray]] = {}
    with np.load(path) as data:
        for key in data.files:
            system, metric = json.loads(key)
            found.setdefault(system, {})[metric] = data[key]
    return found
