# Shortcuts for development; the README's two quick-start commands need none of this.
.PHONY: test lint eval bench

test:
	python -m pytest -q

lint:
	ruff check .
	mypy

eval:
	python scripts/evaluate.py
	for set in examples/*/gold; do \
		dir=$$(dirname $$set); [ "$$dir" = examples ] && continue; \
		echo "== $$dir"; python scripts/evaluate.py \
			--articles $$dir/articles --gold $$dir/gold || exit 1; \
	done

bench:
	python benchmarks/bench_build.py
	python benchmarks/bench_query.py
	python benchmarks/bench_page.py
