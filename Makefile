# make demo — create the venv, install, run the pipeline on the sample pair
# make test — same set-up, then ruff and the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    := out

.PHONY: demo test lint bench clean setup

setup: $(STAMP)

# Reinstall only when the project definition changes: a second run is instant.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[st,dev]'
	touch $(STAMP)

demo: $(STAMP)
	mkdir -p $(OUT)
	$(BIN)/align segment corpus/nds-us-korea-alliance.ja.txt > $(OUT)/seed.sentences.txt
	$(BIN)/align segment --tokens --format json corpus/nds-us-korea-alliance.ja.txt > $(OUT)/seed.json
	@echo "wrote $(OUT)/seed.sentences.txt and $(OUT)/seed.json"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

test: $(STAMP) lint
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/segmentation.py

clean:
	rm -rf $(VENV) $(OUT)
