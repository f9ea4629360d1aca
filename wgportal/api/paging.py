"""Pages of a list: by number, with the count, `page_size` up to MAX_PAGE_SIZE."""

import hashlib

from django.core.paginator import Paginator
from django.utils.functional import cached_property
from rest_framework.pagination import PageNumberPagination

from wgportal.content import cached

MAX_PAGE_SIZE = 200


class CountedOnce(Paginator):
    """A paginator that counts a list once per content version and filter, not per request.

    Counting every public document joins each to its meeting and body; the count changes only
    with the content, so it is kept under the content version (wgportal.content.cached).
    """

    @cached_property
    def count(self) -> int:
        query = self.object_list.query
        sql, params = query.sql_with_params()
        key = hashlib.sha256(f"{sql}|{params!r}".encode()).hexdigest()
        return cached(f"api-count.{key}", self.object_list.count)


class Pages(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    django_paginator_class = CountedOnce
