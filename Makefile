# iqtui — developer commands. Needs only Python 3.11+, pip and make.
#   make run    set up .venv if needed, then start the app
#   make test   set up .venv if needed, then run the whole test suite
#   make check  formatting, lint, types, tests

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test check fmt lint types extract update-catalogs bench clean

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/iqtui $(ARGS)

test: $(STAMP)
	$(BIN)/pytest -n auto $(PYTEST_ARGS)

check: $(STAMP)
	$(BIN)/ruff format --check iqtui tests benchmarks
	$(BIN)/ruff check iqtui tests benchmarks
	$(BIN)/mypy
	$(BIN)/pytest -n auto $(PYTEST_ARGS)

fmt: $(STAMP)
	$(BIN)/ruff format iqtui tests benchmarks
	$(BIN)/ruff check --fix iqtui tests benchmarks

# Translation catalogs: extract messages from the source, then merge into every catalog.
extract: $(STAMP)
	$(BIN)/pybabel extract -F pyproject.toml -k N_ -k pgettext:1c,2 -k npgettext:1c,2,3 \
	  --add-comments=Translators: --no-location --sort-output -o locales/iqtui.pot \
	  --project=iqtui --copyright-holder="iqtui developers" .

update-catalogs: extract
	$(BIN)/pybabel update -i locales/iqtui.pot -d locales -D iqtui --ignore-pot-creation-date --no-fuzzy-matching

bench: $(STAMP)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache dist build
