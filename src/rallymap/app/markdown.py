"""Text shown through Streamlit's markdown, escaped: what an article, a link or a name holds is
always shown as it is, never rendered."""

import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$&=\"'^@%])")


def escape_markdown(text: str) -> str:
    """Text that Streamlit's markdown shows literally: every markdown-significant character
    backslash-escaped (links, images, HTML, emphasis, emoji shortcodes, LaTeX), line breaks kept."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("\n", "  \n")
