# Comity: the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
# npm's wasm-opt (binaryen) must come before Debian's, which breaks release WASM.
export PATH := $(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# The binary goes to cargo's target dir; cargo-leptos writes the site to ./target/site.
TARGET := $(or $(CARGO_TARGET_DIR),target)

.PHONY: run build test bench tools check fmt

## Build in release mode and serve on http://127.0.0.1:3000 with the demo data (first start).
run: build
	COMITY_DEMO=true LEPTOS_SITE_ROOT=target/site $(TARGET)/release/comity serve

## Release build of the server and the precompressed WASM/JS/CSS.
build: tools
	cargo leptos build --release --precompress

## The whole test suite: unit, database (SQLite and PostgreSQL), HTTP and Playwright.
test: tools
	bash scripts/test.sh

## Benchmarks (not part of test): the seeded large dataset on SQLite and PostgreSQL, measured
## with oha against a bare axum ceiling; writes docs/BENCHMARKS.md and the README's table.
bench: tools
	bash scripts/bench.sh

## Installs the pinned build tools when missing.
tools:
	bash scripts/tools.sh

## Fast feedback while editing.
check:
	cargo check -p server
	cargo check -p frontend --target wasm32-unknown-unknown

fmt:
	cargo fmt --all
