"""/v1/articles and /v1/extract."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, Response, delete, get, post
from litestar.openapi import ResponseSpec
from litestar.params import JSONBody, Parameter

from models.schemas import ArticleIn, ArticleOut, ArticlePage, ExtractOut
from service import articles
from service.api.deps import DbSession, ExtractorDep, SettingsDep
from service.api.params import DEFAULT_LIMIT, Cursor, Limit, id_param
from service.api.problems import Problem

# 400/422/401/429/503 come from service.api.error_docs for every /v1 operation
_ERRORS = {
    413: ResponseSpec(
        Problem, description="Text over the configured limit.", media_type="application/problem+json"
    ),
}
_NOT_FOUND = {
    404: ResponseSpec(Problem, description="No such article.", media_type="application/problem+json")
}
ArticleId = Annotated[int, id_param("Article id.")]


class ArticleController(Controller):
    path = "/v1/articles"
    tags = ["articles"]  # noqa: RUF012 - litestar reads this class attribute

    @post(
        "/",
        status_code=201,
        summary="Store an article and its quotes",
        operation_id="create_article",
        responses={
            200: ResponseSpec(ArticleOut, description="Already stored (same url, or outlet + text)."),
            **_ERRORS,
        },
    )
    async def create(
        self, data: JSONBody[ArticleIn], db_session: DbSession, settings: SettingsDep, extractor: ExtractorDep
    ) -> Response[ArticleOut]:
        """Extract quotes, store article, quotes, speakers and chains in one transaction.

        Posting an article that is already stored returns the stored one with 200.
        """
        stored, created = await articles.ingest(db_session, data, settings.max_text_bytes, extractor)
        return Response(stored, status_code=201 if created else 200)

    @get("/", summary="List articles, newest first", operation_id="list_articles")
    async def list(
        self,
        db_session: DbSession,
        outlet: Annotated[str | None, Parameter(description="Only this outlet (case-insensitive).")] = None,
        published_from: Annotated[
            str | None, Parameter(description="ISO 8601; only articles published at or after this.")
        ] = None,
        published_to: Annotated[
            str | None,
            Parameter(
                description="ISO 8601; only articles published at or before this (a date: that whole day)."
            ),
        ] = None,
        cursor: Cursor = None,
        limit: Limit = DEFAULT_LIMIT,
    ) -> ArticlePage:
        return await articles.list_articles(
            db_session,
            outlet=outlet,
            published_from=published_from,
            published_to=published_to,
            cursor_token=cursor,
            limit=limit,
        )

    @get(
        "/{article_id:int}",
        summary="An article with its quotes",
        operation_id="get_article",
        responses=_NOT_FOUND,
    )
    async def read(self, article_id: ArticleId, db_session: DbSession) -> ArticleOut:
        return await articles.get_article(db_session, article_id)

    @delete(
        "/{article_id:int}",
        summary="Delete an article and its quotes",
        operation_id="delete_article",
        responses=_NOT_FOUND,
    )
    async def remove(self, article_id: ArticleId, db_session: DbSession) -> None:
        """Other articles, and entities they share, are untouched."""
        await articles.delete_article(db_session, article_id)


@post(
    "/v1/extract",
    status_code=200,
    tags=["articles"],
    summary="Preview extraction, store nothing",
    operation_id="extract_quotes",
    responses=_ERRORS,
)
async def extract_preview(
    data: JSONBody[ArticleIn], settings: SettingsDep, extractor: ExtractorDep
) -> ExtractOut:
    """Same body as POST /v1/articles; the quotes found, without ids since nothing is stored."""
    return await articles.preview(data, settings.max_text_bytes, extractor)
