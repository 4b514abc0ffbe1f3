from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.email_template_response import EmailTemplateResponse
from ...models.error_envelope import ErrorEnvelope
from ...models.update_email_template_body import UpdateEmailTemplateBody
from ...types import Response, status_code_of

OPERATION_ID = "update_email_template"


def _get_kwargs(
    template_id: int,
    *,
    body: UpdateEmailTemplateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/email/templates/{template_id}".format(
            template_id=quote(str(template_id), safe=""),
        ),
        "extensions": {"clicksend_operation": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailTemplateResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = EmailTemplateResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(loads(response.content))

        return response_404

    if response.status_code == 405:
        response_405 = ErrorEnvelope.from_dict(loads(response.content))

        return response_405

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(loads(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmailTemplateResponse | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    template_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEmailTemplateBody,
) -> Response[EmailTemplateResponse | ErrorEnvelope]:
    """Update Email Template

     Tool to update an existing email template in ClickSend. Use when you need to modify the name or HTML
    body content of an email template.

    Args:
        template_id (int):
        body (UpdateEmailTemplateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailTemplateResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEmailTemplateBody,
) -> EmailTemplateResponse | ErrorEnvelope | None:
    """Update Email Template

     Tool to update an existing email template in ClickSend. Use when you need to modify the name or HTML
    body content of an email template.

    Args:
        template_id (int):
        body (UpdateEmailTemplateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailTemplateResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            body=body,
        )
    ).parsed
