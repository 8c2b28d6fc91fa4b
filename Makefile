# Shortcuts for development; the README's two quick-start commands need none of this.
.PHONY: test lint eval bench

test:
	python -m pytest -q

lint:
	ruff check .
	mypy

eval:
	python scripts/evaluate.py
	python scripts/evaluate.py --articles examples/heldout/articles --gold examples/heldout/gold

bench:
	python benchmarks/bench_build.py
