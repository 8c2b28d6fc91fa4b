# Shortcuts for development; the README's two quick-start commands need none of this.
.PHONY: test lint eval bench

test:
	python -m pytest -q

lint:
	ruff check .
	mypy

eval:
	python scripts/evaluate.py
	for set in heldout blind blind2 blind3 blind4 blind5; do \
		if [ -d examples/$$set ]; then python scripts/evaluate.py \
			--articles examples/$$set/articles --gold examples/$$set/gold || exit 1; fi; \
	done

bench:
	python benchmarks/bench_build.py
