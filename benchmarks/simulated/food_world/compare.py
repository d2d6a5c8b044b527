#!/usr/bin/env python3
"""compare.py EXPORT: services_world's comparison of an export with this collection's truth.json (run inside the
generated collection's folder)."""
import os
import runpy

runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "services_world", "compare.py"),
               run_name="__main__")
