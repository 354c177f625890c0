"""Reading language: the temporal tagger (timex) and the event extractor (extract)."""
