"""rallymap dashboard: `streamlit run dashboard.py` (data/ is built from seeds/ when missing)."""

import os
import sys
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "src"))  # also runs from a checkout where the package is not installed

from rallymap.app.views import main  # noqa: E402

st.set_page_config(page_title="rallymap: rallies on a map", page_icon=":material/location_on:", layout="wide")
main(data_dir=Path(os.environ.get("RALLYMAP_DATA", ROOT / "data")), seeds_dir=ROOT / "seeds")
