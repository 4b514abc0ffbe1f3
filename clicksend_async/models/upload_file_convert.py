from typing import Literal

UploadFileConvert = Literal["csv", "fax", "mms", "post", "postcard"]

UPLOAD_FILE_CONVERT_VALUES: set[UploadFileConvert] = {
    "csv",
    "fax",
    "mms",
    "post",
    "postcard",
}


def check_upload_file_convert(value: str) -> UploadFileConvert:
    if value in UPLOAD_FILE_CONVERT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPLOAD_FILE_CONVERT_VALUES!r}")
