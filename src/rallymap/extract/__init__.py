"""Extract: one article's text in, its places, rally mentions and dates out.

Takes an article's text, the gazetteer (built once and injected) and the lexicon of its language;
gives the sentences, the city mentions the text ties to a gathering (`places.analyse`), the date
expressions and the interval each rally mention's date denotes (`dates`), and each mention
resolved to a GeoNames place with the evidence that decided (`geocode`, `online`). The words of
each language are data in `lexicon/*.toml`; `text` and the compiled `_scan` split words and
sentences; `resources` keeps other packages' data ready. Imports only `errors` and `limits` from
outside.
"""
