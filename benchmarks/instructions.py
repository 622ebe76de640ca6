"""Instructions of one warm extraction pass, counted by callgrind: a figure load does not move.

usage: python benchmarks/instructions.py [--docs N] [--top K] [--json] [--bytecodes]

On the shared 2-core build machine, wall-clock medians of the same code differ by more than
the few per cent a byte-identical speed change is worth (two runs of one pass: 4.4 and 8.2
ms/doc). Callgrind counts the CPU instructions of the pass instead; two runs of unchanged
code differ by under 0.1 %. The pass reads the development sets (the shared dev set and the
four devplus sets), once to warm the tokenizer cache and the vocabulary, then once with
counting on; building the pipeline is not counted (`--instr-atstart=no`, then
`callgrind_control -i on` from inside the pass). Hash seeds are fixed so that set and dict
order, and with it the work, repeat.

Instructions are not time: they miss cache misses (the extractor runs at well under one
instruction per cycle), and callgrind sees C functions only (all Python code is the
interpreter's loop). A change that cuts instructions and keeps the output is worth keeping;
a change that moves only wall-clock figures needs paired runs on a quiet machine. Needs
valgrind (`apt-get install valgrind`); the counted pass runs some 50 times slower than a
normal one (two to three minutes for the development sets).

`--bytecodes` needs no valgrind: it counts the Python bytecodes each function executes in
the same pass (a trace hook, ~25 s; run it with PYTHONHASHSEED=0 to repeat counts exactly).
A map of where the Python work is, not a verdict: a loop moved into C calls (`map`,
`itemgetter`) runs fewer bytecodes and can still be slower.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_SETS = [
    ROOT / ".." / "shared" / "corpus" / "dev.jsonl",
    *(ROOT / "tests" / "nlp" / "data" / f"devplus{n}.jsonl" for n in ("", "2", "3", "4")),
]
_TOTAL = re.compile(r"^\s*([\d,]+)\s.*PROGRAM TOTALS")
_ROW = re.compile(r"^\s*([\d,]+)\s+\(\s*([\d.]+)%\)\s+(.*)$")


def development_documents(limit: int | None = None) -> list[dict]:
    """The development sets' documents (never the validation sets), in file order."""
    docs: list[dict] = []
    for path in DEV_SETS:
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                docs += [json.loads(line) for line in handle if line.strip()]
    return docs[:limit] if limit else docs


def _counted_pass(limit: int | None) -> None:
    """Inside valgrind: build, warm up, count one pass, leave without tearing down."""
    sys.path.insert(0, str(ROOT))
    from nlp.extract import Extractor

    docs = development_documents(limit)
    ex = Extractor()
    for doc in docs:
        ex.extract(doc)
    control = ["callgrind_control", "-i"]
    subprocess.run([*control, "on", str(os.getpid())], check=True, capture_output=True)
    for doc in docs:
        ex.extract(doc)
    subprocess.run([*control, "off", str(os.getpid())], check=True, capture_output=True)
    print(len(docs), flush=True)
    os._exit(0)  # the interpreter's teardown is no part of a pass


def bytecodes(limit: int | None = None, top: int = 15) -> dict:
    """Bytecodes executed per function in one warm pass (after a first, uncounted one)."""
    sys.path.insert(0, str(ROOT))
    from nlp.extract import Extractor

    docs = development_documents(limit)
    ex = Extractor()
    for doc in docs:
        ex.extract(doc)
    counts: collections.Counter[tuple[str, str]] = collections.Counter()

    def on_call(frame, event, arg):  # noqa: ANN001, ANN202 - sys.settrace's signature
        frame.f_trace_opcodes = True
        code = frame.f_code
        key = (f"{Path(code.co_filename).name}:{code.co_firstlineno}", code.co_qualname)

        def on_opcode(frame, event, arg):  # noqa: ANN001, ANN202
            if event == "opcode":
                counts[key] += 1
            return on_opcode

        return on_opcode

    sys.settrace(on_call)
    try:
        for doc in docs:
            ex.extract(doc)
    finally:
        sys.settrace(None)
    total = sum(counts.values())
    rows = [
        {"bytecodes": n, "function": f"{where} {name}"}
        for (where, name), n in counts.most_common(top)
    ]
    return {"documents": len(docs), "bytecodes": total, "top": rows}


def count(limit: int | None = None, top: int = 15) -> dict:
    """Run the counted pass under callgrind; total and heaviest C functions (exclusive)."""
    if shutil.which("valgrind") is None or shutil.which("callgrind_annotate") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=str(ROOT))
        command = [
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            f"--callgrind-out-file={out}",
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
        ]
        if limit:
            command += ["--docs", str(limit)]
        run = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        documents = int(run.stdout.split()[-1])
        report = subprocess.run(
            ["callgrind_annotate", str(out)], capture_output=True, text=True, check=True
        ).stdout
    total = 0
    rows = []
    for line in report.splitlines():
        if m := _TOTAL.match(line):
            total = int(m.group(1).replace(",", ""))
        elif total and (m := _ROW.match(line)) and len(rows) < top:
            # "path/ceval.c:_PyEval_EvalFrameDefault [lib]" -> "ceval.c:_PyEval_EvalFrameDefault"
            where = m.group(3).split(" [")[0].split("(")[0].rsplit("/", 1)[-1]
            rows.append({"instructions": int(m.group(1).replace(",", "")), "function": where})
    return {
        "documents": documents,
        "instructions": total,
        "per_document": round(total / max(documents, 1)),
        "top": rows,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=None, help="first N documents only")
    parser.add_argument("--top", type=int, default=15, help="heaviest C functions to list")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--bytecodes", action="store_true", help="Python bytecodes per function")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _counted_pass(args.docs)
    if args.bytecodes:
        result, unit, width = bytecodes(args.docs, args.top), "bytecodes", 12
        title = f"{result['bytecodes']:,} bytecodes in one warm pass over"
    else:
        result, unit, width = count(args.docs, args.top), "instructions", 14
        title = f"{result['instructions']:,} instructions for one warm pass over"
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    per_document = f" ({result['per_document']:,} a document)" if "per_document" in result else ""
    print(f"{title} {result['documents']} development documents{per_document}")
    for row in result["top"]:
        share = 100 * row[unit] / max(result[unit], 1)
        print(f"{row[unit]:>{width},} {share:5.1f}%  {row['function']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
