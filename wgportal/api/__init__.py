"""What every endpoint of the API (/api/v1/) shares, one module per topic.

- paging: pages by number, with the count, `page_size` up to MAX_PAGE_SIZE.
- parameters: a query parameter the endpoint does not know is a 400 that names it: a misspelt
  filter never silently returns everything.
- languages: `?lang=` picks the content language of the texts kept in six languages (`name`,
  `title`), each also given whole (`names`, `titles`); it falls back as the pages do
  (wgportal.languages).
- visibility: what a reader may see; versioned_writes: writes under optimistic locking;
  relations: rows named by slug.
- errors: JSON errors, DRF's own, and the 400, 404 and 500 of requests that never reach a view.
- authentication: a token refused counts as a failed sign-in (django-axes), so that tokens
  cannot be guessed faster than passwords; throttling: the rate limits.
- compression: gzip for the API only; schema: the OpenAPI schema with its error responses.
"""
