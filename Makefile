# Set-up is part of every target: a fresh machine needs only python3 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: demo test eval lint bench dev clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/oreline demo

test: $(STAMP)
	$(BIN)/python -m pytest -q -n 3 --dist loadfile

# The shared development set, the project's own development sets (devplus … devplus4), then its
# four independent check sets (never tuned on: aggregate scores only).
eval: $(STAMP)
	$(BIN)/oreline extract --jsonl $(SHARED)/corpus/dev.jsonl --out data/eval/dev.pred.jsonl
	$(BIN)/python $(SHARED)/eval/score.py $(SHARED)/corpus/dev.jsonl data/eval/dev.pred.jsonl
	$(BIN)/oreline extract --jsonl tests/nlp/data/devplus.jsonl --out data/eval/devplus.pred.jsonl
	$(BIN)/python $(SHARED)/eval/score.py tests/nlp/data/devplus.jsonl data/eval/devplus.pred.jsonl
	$(BIN)/oreline extract --jsonl tests/nlp/data/devplus2.jsonl --out data/eval/devplus2.pred.jsonl
	$(BIN)/python $(SHARED)/eval/score.py tests/nlp/data/devplus2.jsonl data/eval/devplus2.pred.jsonl
	$(BIN)/oreline extract --jsonl tests/nlp/data/devplus3.jsonl --out data/eval/devplus3.pred.jsonl
	$(BIN)/python $(SHARED)/eval/score.py tests/nlp/data/devplus3.jsonl data/eval/devplus3.pred.jsonl
	$(BIN)/oreline extract --jsonl tests/nlp/data/devplus4.jsonl --out data/eval/devplus4.pred.jsonl
	$(BIN)/python $(SHARED)/eval/score.py tests/nlp/data/devplus4.jsonl data/eval/devplus4.pred.jsonl
	$(BIN)/oreline extract --jsonl tests/nlp/data/checkset.jsonl --out data/eval/checkset.pred.jsonl
	$(BIN)/python $(SHARED)/eval/score.py tests/nlp/data/checkset.jsonl data/eval/checkset.pred.jsonl
	$(BIN)/oreline extract --jsonl tests/nlp/data/checkset2.jsonl --out data/eval/checkset2.pred.jsonl
	$(BIN)/python $(SHARED)/eval/score.py tests/nlp/data/checkset2.jsonl data/eval/checkset2.pred.jsonl
	$(BIN)/oreline extract --jsonl tests/nlp/data/checkset3.jsonl --out data/eval/checkset3.pred.jsonl
	$(BIN)/python $(SHARED)/eval/score.py tests/nlp/data/checkset3.jsonl data/eval/checkset3.pred.jsonl
	$(BIN)/oreline extract --jsonl tests/nlp/data/checkset4.jsonl --out data/eval/checkset4.pred.jsonl
	$(BIN)/python $(SHARED)/eval/score.py tests/nlp/data/checkset4.jsonl data/eval/checkset4.pred.jsonl

lint: $(STAMP)
	$(BIN)/ruff check spiders nlp warehouse pipelines tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/nlp.py
	$(BIN)/python benchmarks/warehouse.py
	$(BIN)/python benchmarks/crawl.py

dev: $(STAMP)
	$(BIN)/dagster dev

clean:
	rm -rf $(VENV) data
