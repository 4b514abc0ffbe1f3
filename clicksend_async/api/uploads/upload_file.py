from typing import Any

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.upload_file_body import UploadFileBody
from ...models.upload_file_convert import UploadFileConvert
from ...models.uploaded_file_response import UploadedFileResponse
from ...types import UNSET, Response, status_code_of

OPERATION_ID = "upload_file"


def _get_kwargs(
    *,
    body: UploadFileBody,
    convert: UploadFileConvert,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_convert: str = convert
    params["convert"] = json_convert

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/uploads",
        "params": params,
        "extensions": {"clicksend_operation": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | UploadedFileResponse | None:
    if response.status_code == 200:
        response_200 = UploadedFileResponse.from_dict(loads(response.content))

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
) -> Response[ErrorEnvelope | UploadedFileResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadFileBody,
    convert: UploadFileConvert,
) -> Response[ErrorEnvelope | UploadedFileResponse]:
    """Upload File

     Tool to upload and optionally convert files for use with ClickSend messaging services. Use when you
    need to upload files for fax, MMS, postcards, or post services. All uploaded files expire 10 minutes
    after upload.

    Args:
        convert (UploadFileConvert):
        body (UploadFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UploadedFileResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        convert=convert,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadFileBody,
    convert: UploadFileConvert,
) -> ErrorEnvelope | UploadedFileResponse | None:
    """Upload File

     Tool to upload and optionally convert files for use with ClickSend messaging services. Use when you
    need to upload files for fax, MMS, postcards, or post services. All uploaded files expire 10 minutes
    after upload.

    Args:
        convert (UploadFileConvert):
        body (UploadFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UploadedFileResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            convert=convert,
        )
    ).parsed
