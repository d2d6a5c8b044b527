"""selfcheck.py OUT: services_world's self-check of a generated collection (its declarations applied to every
capture give the curated words; noise leaves them unchanged)."""
import os
import runpy

runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "services_world", "selfcheck.py"),
               run_name="__main__")
