# Two commands for a new user: `make demo` and `make test`. Both create .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
GO ?= $(shell command -v go || echo /usr/local/go/bin/go)
TOOLS := $(CURDIR)/.tools
FERRETDB_VERSION := v1.24.2
FERRETDB := $(TOOLS)/bin/ferretdb-$(FERRETDB_VERSION)

.PHONY: install demo test lint ferretdb clean

$(BIN)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(BIN)/.installed

# FerretDB 1.24.2 from the Go module proxy. A plain `go install ...@v1.24.2`
# builds a binary that panics at start (FerretDB issue #2982: version.txt is
# generated, not in the module), so we build the module's source with that
# file written, as the panic message itself asks.
$(FERRETDB):
	@test -x "$(GO)" || { echo "make: no Go toolchain at $(GO): it is needed to build FerretDB for the tests" >&2; exit 1; }
	rm -rf $(TOOLS)/src/ferretdb && mkdir -p $(TOOLS)/src $(TOOLS)/bin
	cp -r "$$($(GO) mod download -json github.com/FerretDB/FerretDB@$(FERRETDB_VERSION) \
	    | $(PYTHON) -c 'import json, sys; print(json.load(sys.stdin)["Dir"])')" $(TOOLS)/src/ferretdb
	chmod -R u+w $(TOOLS)/src/ferretdb
	echo $(FERRETDB_VERSION) > $(TOOLS)/src/ferretdb/build/version/version.txt
	cd $(TOOLS)/src/ferretdb && GOFLAGS=-buildvcs=false $(GO) build -o $(FERRETDB) ./cmd/ferretdb
	rm -rf $(TOOLS)/src/ferretdb

ferretdb: $(FERRETDB)

# The tests start (and stop) FerretDB themselves, on free loopback ports;
# with MONGODB_URI set they use that server instead and FerretDB is not built.
test: install $(if $(MONGODB_URI),,$(FERRETDB))
	FERRETDB_BIN=$(FERRETDB) $(BIN)/python -m pytest

demo: install
	$(BIN)/python demo/run.py

lint: install
	$(BIN)/ruff check config pipelines scrapers tests bench demo
	$(BIN)/ruff format --check config pipelines scrapers tests bench demo
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(TOOLS) data
