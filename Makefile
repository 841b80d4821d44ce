# Slant's everyday commands. `make run` and `make test` install what is
# missing first (see scripts/install-deps.sh).

GO      ?= go
BIN     ?= slant
PKGS    := ./...

.PHONY: run build deps test-deps test vet lint unit smoke fuzz bench eval train-ner clean

run: deps build
	./$(BIN)

build:
	$(GO) build -o $(BIN) .

deps:
	@bash scripts/install-deps.sh

test-deps:
	@bash scripts/install-deps.sh --test

# vet, staticcheck, the unit tests (with the race detector; fuzz targets run
# their seed corpora), then the real app under Xvfb (skipped with a message
# when Xvfb is absent).
test: test-deps vet lint unit smoke

vet:
	$(GO) vet $(PKGS)
	$(GO) vet -tags smoke ./smoke

STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2
lint:
	$(GO) run $(STATICCHECK) $(PKGS)
	$(GO) run $(STATICCHECK) -tags smoke ./smoke

unit:
	$(GO) test -race -count=1 $(PKGS)

smoke: build
	$(GO) test -tags smoke -count=1 -v ./smoke

FUZZTIME ?= 10s
# Runs every fuzz target of every package for FUZZTIME each.
fuzz:
	@for p in $$($(GO) list ./...); do \
		for t in $$($(GO) test -list 'Fuzz.*' $$p | grep ^Fuzz); do \
			echo "fuzz $$p $$t"; \
			$(GO) test -run=^$$ -fuzz=^$$t$$ -fuzztime=$(FUZZTIME) $$p || exit 1; \
		done; \
	done

bench:
	$(GO) test -run=^$$ -bench=. -benchmem $(PKGS)

# Scores the detectors on ../shared/eval (skips when it is absent).
eval:
	$(GO) run ./eval

# Retrains the actor tagger on ../shared/eval/conll/train.txt (deterministic)
# and rewrites assets/model/ner.bin; `make eval` then scores it.
train-ner:
	$(GO) run ./highlight/ner/train -train ../shared/eval/conll/train.txt

clean:
	rm -f $(BIN)
