# figcheck — `make help` lists the targets.
SHELL := /bin/bash
GO ?= go
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
BIN := bin/figcheck
SHARED ?= ../shared
FUZZTIME ?= 30s

.PHONY: help build run test test-short bench fuzz lint eval clean deps

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

deps: ## download the Go modules
	$(GO) mod download

build: deps ## build bin/figcheck
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/figcheck

run: build ## check the bundled example corpus and write figcheck-report.xlsx
	./$(BIN) check -o figcheck-report.xlsx --fail-on never

test: lint build ## vet, gofmt check, all tests (fuzz seed corpora included) and the end-to-end tests
	$(GO) test -count=1 ./...

bench: build ## Go benchmarks, then the binary end to end on generated corpora of 3 sizes
	$(GO) test -run '^$$' -bench . -benchmem ./...
	$(GO) run ./cmd/figbench -bin ./$(BIN)

fuzz: ## run every fuzz target for FUZZTIME each (default 30s)
	@set -e; for f in $$(grep -rl --include='*_test.go' '^func Fuzz' .); do \
	  pkg=./$$(dirname $$f); \
	  for t in $$(grep -h '^func Fuzz' $$f | sed -E 's/^func (Fuzz[A-Za-z0-9_]*).*/\1/'); do \
	    echo "== $$pkg $$t ($(FUZZTIME))"; \
	    $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 20x $$pkg; \
	  done; \
	done

eval: ## score the article extractor on ../shared/devset and ../shared/conformance
	@$(GO) run ./cmd/figeval -devset $(SHARED)/devset -conformance $(SHARED)/conformance

lint: ## go vet and gofmt check
	$(GO) vet ./...
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

clean: ## remove build outputs
	rm -rf bin figcheck-report.xlsx
