# Set-up is part of every target: a fresh machine needs only python3 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: demo test eval lint bench dev clean train-status status-cv train-actions actions-cv

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
# eleven check sets written apart from the extractor; devplus5-11 are training text written blind (aggregate scores only; see tests/nlp/data/README.md).
EVAL_SETS := $(SHARED)/corpus/dev.jsonl \
	$(foreach n,devplus devplus2 devplus3 devplus4 devplus5 devplus6 devplus7 devplus8 devplus9 devplus10 devplus11 checkset checkset2 checkset3 checkset4 checkset5 checkset6 checkset7 checkset8 checkset9 checkset10 checkset11 checkset12,tests/nlp/data/$(n).jsonl)

eval: $(STAMP)
	@for set in $(EVAL_SETS); do \
	  name=$$(basename $$set .jsonl); echo "== $$name"; \
	  $(BIN)/oreline extract --jsonl $$set --out data/eval/$$name.pred.jsonl || exit 1; \
	  $(BIN)/python $(SHARED)/eval/score.py $$set data/eval/$$name.pred.jsonl || exit 1; \
	  $(BIN)/python -m nlp.field_score $$set data/eval/$$name.pred.jsonl || exit 1; \
	done

# The learned status model (nlp/status_model.py, docs/learned-models.md): its training text is
# the development sets, check sets 1-8 and the 93 sets written for the models (tests/nlp/data/train);
# never checkset9-checkset12, the clean tests. STATUS_SETTING: see docs/learned-models.md, sessions 11 and 20.
D := tests/nlp/data
STATUS_GROUPS := rule,action,cues,nearest,date,place,actions,words,verb,tense,when,speech,cross,verbx
STATUS_SETTING := --l2 30 --margin 0.75 --groups $(STATUS_GROUPS)
STATUS_DEV := $(SHARED)/corpus/dev.jsonl $(foreach n,devplus devplus2 devplus3 devplus4 devplus5 devplus6 devplus7,$(D)/$(n).jsonl)
# eight folds of unseen-like text: one check set with the training sets of sessions 10-12
T := $(D)/train
fold = $(subst $(space),$(comma),$(strip $(1)))
comma := ,
space := $(empty) $(empty)
STATUS_FOLDS := fold1=$(call fold,$(D)/checkset.jsonl $(T)/t10a.jsonl $(T)/t10b.jsonl $(T)/t10o.jsonl $(T)/t11a.jsonl $(T)/t12a.jsonl $(T)/t12i.jsonl $(T)/t14a.jsonl $(T)/t15a.jsonl $(T)/t16a.jsonl $(T)/t17a.jsonl $(T)/t18a.jsonl $(T)/t18i.jsonl) \
	fold2=$(call fold,$(D)/checkset2.jsonl $(T)/t10c.jsonl $(T)/t10d.jsonl $(T)/t10p.jsonl $(T)/t11b.jsonl $(T)/t12b.jsonl $(T)/t12j.jsonl $(T)/t14b.jsonl $(T)/t15b.jsonl $(T)/t16b.jsonl $(T)/t17b.jsonl $(T)/t18b.jsonl $(T)/t18j.jsonl) \
	fold3=$(call fold,$(D)/checkset3.jsonl $(T)/t10e.jsonl $(T)/t10f.jsonl $(T)/t10q.jsonl $(T)/t11c.jsonl $(T)/t12c.jsonl $(T)/t12k.jsonl $(T)/t14c.jsonl $(T)/t15c.jsonl $(T)/t16c.jsonl $(T)/t17c.jsonl $(T)/t18c.jsonl $(T)/t18k.jsonl) \
	fold4=$(call fold,$(D)/checkset4.jsonl $(T)/t10g.jsonl $(T)/t10h.jsonl $(T)/t10r.jsonl $(T)/t11d.jsonl $(T)/t12d.jsonl $(T)/t12l.jsonl $(T)/t14d.jsonl $(T)/t15d.jsonl $(T)/t16d.jsonl $(T)/t17d.jsonl $(T)/t18d.jsonl $(T)/t18l.jsonl) \
	fold5=$(call fold,$(D)/checkset5.jsonl $(T)/t10i.jsonl $(T)/t10j.jsonl $(T)/t10s.jsonl $(T)/t11e.jsonl $(T)/t12e.jsonl $(T)/t13a.jsonl $(T)/t14e.jsonl $(T)/t15e.jsonl $(T)/t16e.jsonl $(T)/t17e.jsonl $(T)/t18e.jsonl $(T)/t18m.jsonl) \
	fold6=$(call fold,$(D)/checkset6.jsonl $(T)/t10k.jsonl $(T)/t10l.jsonl $(T)/t10t.jsonl $(T)/t11f.jsonl $(T)/t12f.jsonl $(T)/t13b.jsonl $(T)/t14f.jsonl $(T)/t15f.jsonl $(T)/t16f.jsonl $(T)/t17f.jsonl $(T)/t18f.jsonl $(T)/t18n.jsonl) \
	fold7=$(call fold,$(D)/checkset7.jsonl $(T)/t10m.jsonl $(T)/t10n.jsonl $(T)/t10u.jsonl $(T)/t12g.jsonl $(T)/t13c.jsonl $(T)/t13d.jsonl $(T)/t14g.jsonl $(T)/t15g.jsonl $(T)/t16g.jsonl $(T)/t17g.jsonl $(T)/t18g.jsonl $(T)/t18o.jsonl) \
	fold8=$(call fold,$(D)/checkset8.jsonl $(D)/devplus8.jsonl $(D)/devplus9.jsonl $(D)/devplus10.jsonl $(D)/devplus11.jsonl $(T)/t12h.jsonl $(T)/t13e.jsonl $(T)/t13f.jsonl $(T)/t14h.jsonl $(T)/t15h.jsonl $(T)/t16h.jsonl $(T)/t17h.jsonl $(T)/t18h.jsonl $(T)/t18p.jsonl)

train-status: $(STAMP)
	$(BIN)/python -m nlp.train_status $(STATUS_SETTING) --out nlp/data/status_model.json $(STATUS_DEV) $(STATUS_FOLDS)

status-cv: $(STAMP)
	$(BIN)/python -m nlp.train_status --nested --workers 2 --hold fold1,fold2,fold3,fold4,fold5,fold6,fold7,fold8 \
	  --settings "stacked/l2=10,stacked/l2=30,words-only/l2=10,words-only/l2=30,words+choice/l2=10,words+choice/l2=30" \
	  $(STATUS_DEV) $(STATUS_FOLDS)

# The learned action model (nlp/action_model.py, docs/learned-models.md, sessions 11-12) and
# its candidate scorer: trained on the same text as the status model, after it (its features
# read the status the extractor gives). ACTIONS_SETTING: see docs/learned-models.md, session 12.
ACTIONS_SETTING := --l2 10 --candidate-l2 3 --margin 1.0 --candidate-threshold 1.0
ACTIONS_FOLDS := $(STATUS_FOLDS)

train-actions: $(STAMP)
	$(BIN)/python -m nlp.train_actions $(ACTIONS_SETTING) --out nlp/data/action_model.json $(STATUS_DEV) $(ACTIONS_FOLDS)

actions-cv: $(STAMP)
	$(BIN)/python -m nlp.train_actions --cv --l2 10 --candidate-l2 3 --margins 1 --candidate-thresholds none,0.5,1,1.5 \
	  --hold fold1,fold2,fold3,fold4,fold5,fold6,fold7,fold8 \
	  $(STATUS_DEV) $(ACTIONS_FOLDS)

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
