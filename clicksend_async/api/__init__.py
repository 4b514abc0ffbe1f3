"""One subpackage per tag of the spec, one module per operation (``asyncio`` / ``asyncio_detailed``)."""
