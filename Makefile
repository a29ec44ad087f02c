# Quick start: `make demo` builds the sample graph, `make test` runs the tests.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: demo test install clean browser screenshot

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/kg build seeds -o exports

# Headless Chromium (Debian packages) for the browser tests and the screenshot;
# installed only when missing, quietly. Without root/apt the browser tests skip (fail under CI=true).
APT_INSTALL = SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo -n); \
	($$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
	  echo "installing chromium and chromium-driver (apt) for the browser tests"; \
	  $(APT_INSTALL) chromium chromium-driver fonts-wqy-microhei) >/dev/null 2>&1 \
	  || echo "could not install chromium; browser tests will skip (and fail under CI=true)"; \
	fi

test: $(STAMP) browser
	$(BIN)/python -m pytest

# docs/screenshot.png: the seeds graph in headless Chromium (needs a CJK font for the labels).
screenshot: $(STAMP) browser
	@fc-list :lang=zh 2>/dev/null | grep -q . || { $(APT_INSTALL) fonts-wqy-microhei) >/dev/null 2>&1 || true; }
	$(BIN)/python scripts/screenshot.py seeds -o docs/screenshot.png

clean:
	rm -rf $(VENV) exports/graph.* build *.egg-info
