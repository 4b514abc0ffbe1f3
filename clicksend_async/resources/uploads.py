"""The ``uploads`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._blocking import SyncResource, blocking
from .._resource import Resource

if TYPE_CHECKING:
    from ..models.upload_file_convert import UploadFileConvert
    from ..models.uploaded_file import UploadedFile


class UploadsResource(Resource):
    """The ``uploads`` operations: ``cs.uploads.<operation>(...)``."""

    async def upload_file(
        self,
        *,
        convert: UploadFileConvert,
        content: str,
        request_timeout: float | None = None,
    ) -> UploadedFile | None:
        """Upload File

        Tool to upload and optionally convert files for use with ClickSend messaging services. Use when you need to
        upload files for fax, MMS, postcards, or post services. All uploaded files expire 10 minutes after upload.

        ``POST /uploads``; catalogue actions: CLICKSEND_POST_UPLOADS, CLICKSEND_UPLOADS_POST.

        Args:
            convert: (query, required)

            content: (body, required) Your base64 encoded file string. The file content should be encoded in base64 format before uploading.

        """
        result: UploadedFile | None = await self._call(
            "upload_file",
            {
                "convert": convert,
                "content": content,
            },
            request_timeout,
        )
        return result


class SyncUploadsResource(SyncResource):
    """The ``uploads`` operations, blocking: ``cs.uploads.<operation>(...)`` on a ``ClickSendSync``."""

    upload_file = blocking(UploadsResource.upload_file)
