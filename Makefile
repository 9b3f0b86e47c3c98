# make demo — create the venv, install, run the full pipeline on the sample pair
# make test — same set-up (plus the headless browser for the report test), then ruff and the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    := out
SRC    := corpus/nds-us-korea-alliance.en.txt
TGT    := corpus/nds-us-korea-alliance.ja.txt

.PHONY: demo test lint bench browser clean setup

setup: $(STAMP)

# Reinstall only when the project definition changes: a second run is instant.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[st,dev]'
	touch $(STAMP)

# Debian's chromium and CJK fonts for the report's browser test (idempotent).
browser: $(STAMP)
	bash .ci/install-browser.sh $(BIN)/python

demo: $(STAMP)
	mkdir -p $(OUT)
	$(BIN)/align segment $(TGT) > $(OUT)/seed.sentences.txt
	$(BIN)/align corpus run corpus/sample-manifest.tsv --db $(OUT)/corpus.db --no-progress
	$(BIN)/align corpus stats --db $(OUT)/corpus.db
	$(BIN)/align check $(SRC) $(TGT) --quiet --report $(OUT)/report.html --findings $(OUT)/findings.json \
		--tmx $(OUT)/pair.tmx --xliff $(OUT)/pair.xlf
	$(BIN)/align corpus export --db $(OUT)/corpus.db --format jsonl --output $(OUT)/corpus.jsonl
	@echo "corpus: $(OUT)/corpus.db  exports: $(OUT)/corpus.jsonl $(OUT)/pair.tmx $(OUT)/pair.xlf $(OUT)/findings.json"
	@echo "review report: $(abspath $(OUT)/report.html)"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks models

test: $(STAMP) browser lint
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/segmentation.py
	$(BIN)/python benchmarks/alignment.py
	$(BIN)/python benchmarks/entities.py
	$(BIN)/python benchmarks/claims.py
	$(BIN)/python benchmarks/qa.py
	$(BIN)/python benchmarks/corpus.py

clean:
	rm -rf $(VENV) $(OUT)
