"""Build: composes the stages.

`reports.extract_article` joins one `read` Article with the `extract` stages into report rows;
`pipeline.build` reads every source, extracts every article (on an `engine`: this process, forked
workers, or Dask), reuses what the `cache` kept (MessagePack and Arrow, checked on read), and puts
the `store` tables together; `fingerprint` names the code and the inputs; `workspace` rebuilds a
dataset folder for the dashboard. Takes sources, gives a Dataset and a summary.
"""
