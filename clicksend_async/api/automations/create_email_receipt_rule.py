from typing import Any

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.create_email_receipt_rule_body import CreateEmailReceiptRuleBody
from ...models.delivery_receipt_rule_response import DeliveryReceiptRuleResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, status_code_of

OPERATION_ID = "create_email_receipt_rule"


def _get_kwargs(
    *,
    body: CreateEmailReceiptRuleBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/automations/email/receipts",
        "extensions": {"clicksend_operation": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeliveryReceiptRuleResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = DeliveryReceiptRuleResponse.from_dict(loads(response.content))

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
) -> Response[DeliveryReceiptRuleResponse | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmailReceiptRuleBody,
) -> Response[DeliveryReceiptRuleResponse | ErrorEnvelope]:
    """Create Email Delivery Receipt Automation

     Tool to create an email delivery receipt automation rule in ClickSend. Use when you need to set up
    automated actions to trigger when email delivery receipts are received.

    Args:
        body (CreateEmailReceiptRuleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryReceiptRuleResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmailReceiptRuleBody,
) -> DeliveryReceiptRuleResponse | ErrorEnvelope | None:
    """Create Email Delivery Receipt Automation

     Tool to create an email delivery receipt automation rule in ClickSend. Use when you need to set up
    automated actions to trigger when email delivery receipts are received.

    Args:
        body (CreateEmailReceiptRuleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryReceiptRuleResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
