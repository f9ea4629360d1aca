# The portal's two commands, named in the README: `make run` and `make test`.
# Everything they need is installed here: a virtual environment with the pinned requirements.
SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
# The test suite runs on the real servers (DEVELOPERS.md); override with TEST_DATABASE_URL and
# TEST_REDIS_URL. Redis database 15 keeps test queues apart from a developer's own.
TEST_ENV = DATABASE_URL="$${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/wgportal}" \
           REDIS_URL="$${TEST_REDIS_URL:-redis://127.0.0.1:6379/15}"

# Benchmarks run on their own database, so generated rows never mix with a developer's data.
BENCH_ENV = DATABASE_URL="$${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/wgportal_bench}" \
            REDIS_URL="$${BENCH_REDIS_URL:-redis://127.0.0.1:6379/11}"
BENCH_ARGS ?=
BENCH_PAGES_ARGS ?=
BENCH_API_ARGS ?=

.PHONY: help install run test lint migrations-check services chromium bench messages

help:
	@echo "make run    serve the portal embedded (SQLite, tasks in-process) with demo data"
	@echo "make test   lint, check migrations and run the whole test suite on PostgreSQL and Redis"
	@echo "make bench  print the benchmarks (import: documents/s per worker; pages, API: queries, server time;"
	@echo "            draft reports: generation and DOCX export times)"
	@echo "make messages  update the interface catalogues (locale/) and compile them"

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@test -x $(PY) || "$$(bin/find-python)" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@

install: $(VENV)/.installed

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	@echo "Portal: http://$(HOST):$(PORT)/   secretariat sign-in: http://$(HOST):$(PORT)/admin/"
	$(PY) manage.py runserver $(HOST):$(PORT)

services: install
	@$(TEST_ENV) VENV=$(VENV) bin/ensure-services

# The browser tests drive Debian's Chromium; a fresh machine gets it (and the CJK fonts) here.
chromium:
	@bin/ensure-chromium

# The layers (.importlinter): each app imports only those below it; documents.parsing no Django.
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

migrations-check: install
	$(TEST_ENV) $(PY) manage.py makemigrations --check --dry-run

test: services chromium lint migrations-check
	$(TEST_ENV) $(PY) -m pytest $(PYTEST_ARGS)

# The interface catalogues, one per UN language but English (the source); needs GNU gettext.
# tests/test_translations.py checks that the committed .po files hold exactly the strings this
# extracts, that Chinese translates all of them, and that each .mo is its .po compiled.
LOCALES := ar zh_Hans fr ru es

messages: install
	$(PY) manage.py makemessages --no-obsolete --ignore=tests --ignore=media --ignore=staticfiles \
		--ignore=test-artifacts $(addprefix -l ,$(LOCALES))
	$(PY) manage.py compilemessages --ignore=$(VENV)

bench: install
	@$(BENCH_ENV) VENV=$(VENV) bin/ensure-services
	$(BENCH_ENV) $(PY) manage.py migrate --noinput -v0
	$(BENCH_ENV) $(PY) manage.py bench_import --concurrency 1 $(BENCH_ARGS)
	$(BENCH_ENV) $(PY) manage.py bench_import --concurrency 2 --runs 20 $(BENCH_ARGS)
	$(BENCH_ENV) $(PY) manage.py bench_pages $(BENCH_PAGES_ARGS)
	$(BENCH_ENV) $(PY) manage.py bench_api $(BENCH_API_ARGS)
	$(BENCH_ENV) $(PY) manage.py bench_report
