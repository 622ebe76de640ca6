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
# nine check sets written apart from the extractor; devplus5-11 are training text written blind (aggregate scores only; see tests/nlp/data/README.md).
EVAL_SETS := $(SHARED)/corpus/dev.jsonl \
	$(foreach n,devplus devplus2 devplus3 devplus4 devplus5 devplus6 devplus7 devplus8 devplus9 devplus10 devplus11 checkset checkset2 checkset3 checkset4 checkset5 checkset6 checkset7 checkset8 checkset9,tests/nlp/data/$(n).jsonl)

eval: $(STAMP)
	@for set in $(EVAL_SETS); do \
	  name=$$(basename $$set .jsonl); echo "== $$name"; \
	  $(BIN)/oreline extract --jsonl $$set --out data/eval/$$name.pred.jsonl || exit 1; \
	  $(BIN)/python $(SHARED)/eval/score.py $$set data/eval/$$name.pred.jsonl || exit 1; \
	done

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
