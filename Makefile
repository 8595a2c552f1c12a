PREFIX ?= /usr/local

.PHONY: run test build install uninstall bench

run:
	scripts/run.sh

test:
	scripts/test.sh

build:
	swift build -c release --static-swift-stdlib --product ollama-tui

install: build
	install -d "$(PREFIX)/bin"
	install -m 755 .build/release/ollama-tui "$(PREFIX)/bin/ollama-tui"

uninstall:
	rm -f "$(PREFIX)/bin/ollama-tui"

bench:
	swift build -c release --static-swift-stdlib
	.build/release/ollama-tui-bench
