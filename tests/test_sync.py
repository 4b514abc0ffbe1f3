"""``ClickSendSync``, the blocking twin: the same surface as ``ClickSend`` (resources, paginators, ``call``,
``paginate``, batched sends, actions), run on a background loop, from several threads at once."""

from __future__ import annotations

import inspect
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from anyio.from_thread import start_blocking_portal

from clicksend_async import (
    ClickSend,
    ClickSendSync,
    ConfigurationError,
    NotFoundError,
    SendReport,
    SyncPaginator,
    ValidationError,
)
from clicksend_async.mock import MockApp, create_app, serve
from clicksend_async.mock._client import MOCK_BASE_URL
from clicksend_async.models import Account, SmsMessage


def sync_client(app: MockApp, **options: object) -> ClickSendSync:
    username, key = next(iter(app.config.accounts.items()))
    return ClickSendSync(
        username,
        key,
        base_url=MOCK_BASE_URL,
        transport=httpx.ASGITransport(app=app),
        allow_http=True,
        **options,
    )


@pytest.fixture(params=["asyncio", "trio"])
def cs(request: pytest.FixtureRequest) -> Iterator[ClickSendSync]:
    with sync_client(create_app(), backend=request.param) as client:
        yield client


def test_every_public_coroutine_method_of_the_async_client_has_a_blocking_twin() -> None:
    public = {
        name
        for name, member in inspect.getmembers(ClickSend)
        if not name.startswith("_") and (inspect.iscoroutinefunction(member) or name == "paginate")
    }
    public.discard("aclose")  # ClickSendSync.close()
    missing = {name for name in public if not hasattr(ClickSendSync, name)}
    assert not missing, f"ClickSendSync lacks {sorted(missing)}: add `name = blocking(ClickSend.name)`"


def test_resources_calls_and_errors(cs: ClickSendSync) -> None:
    account = cs.account.get_account()
    assert isinstance(account, Account)
    assert account.username == "mock-user"
    assert cs.call("get_account") == account
    with pytest.raises(NotFoundError):
        cs.contacts.get_contact_list(list_id=987_654)
    with pytest.raises(ValidationError, match="list_id"):
        cs.contacts.get_contact_list(list_id="x")  # type: ignore[arg-type]
    assert cs.sms is cs.sms


def test_batched_send_and_blocking_pagination(cs: ClickSendSync) -> None:
    seen: list[int] = []
    report = cs.send_sms(
        [{"to": f"+614111{i:05d}", "body": f"m{i}"} for i in range(130)],
        batch_size=50,
        progress=lambda done, total: seen.append(done),
    )
    assert isinstance(report, SendReport)
    assert report.sent == 130
    assert len(seen) == 3
    assert seen[-1] == 130
    paginator = cs.sms.list_sms_history(limit=100)
    assert isinstance(paginator, SyncPaginator)
    page = paginator.page()
    assert page is not None
    assert page.total == 130
    assert len(page.data or []) == 100
    records = list(cs.sms.list_sms_history(limit=15))  # 9 pages, more records than one hop carries
    assert len(records) == 130
    assert all(isinstance(r, SmsMessage) for r in records)
    assert len({r.message_id for r in records}) == 130
    assert [r.message_id for r in cs.paginate("list_sms_history", limit=15)] == [
        r.message_id for r in records
    ]
    first = next(iter(cs.sms.list_sms_history(limit=15)))  # leaving the loop early closes the async iterator
    assert first.message_id == records[0].message_id


def test_catalogue_actions_blocking(cs: ClickSendSync) -> None:
    account = cs.actions.call("CLICKSEND_GET_ACCOUNT", {})
    assert account is not None


def test_several_threads_share_one_client() -> None:
    app = create_app()
    with sync_client(app, max_concurrency=4) as cs:

        def work(n: int) -> tuple[str, int]:
            name = threading.current_thread().name
            report = cs.send_sms([{"to": f"+6141{n:03d}{i:04d}", "body": f"t{n}"} for i in range(20)])
            account = cs.account.get_account()
            assert account is not None
            return name, report.sent

        with ThreadPoolExecutor(max_workers=8) as pool:
            results = list(pool.map(work, range(16)))
        assert {sent for _, sent in results} == {20}
        assert len({name for name, _ in results}) > 1
        assert len(app.received_messages) == 16 * 20
        assert sum(1 for _ in cs.sms.list_sms_history(limit=100)) == 320


def test_over_a_real_loopback_socket() -> None:
    app = create_app()
    username, key = next(iter(app.config.accounts.items()))
    with (
        start_blocking_portal() as server_loop,
        server_loop.wrap_async_context_manager(serve(app)) as server,
        ClickSendSync(username, key, base_url=server.base_url) as cs,
    ):
        assert cs.account.get_account() is not None
        assert cs.send_sms([{"to": "+61411111111", "body": "over TCP"}]).sent == 1
    assert [m.body for m in app.received_messages] == ["over TCP"]


def test_close_stops_the_background_thread_and_configuration_errors_leave_none() -> None:
    before = {t.name for t in threading.enumerate()}
    cs = sync_client(create_app())
    assert "clicksend-sync" in {t.name for t in threading.enumerate()}
    cs.close()
    cs.close()  # idempotent
    with pytest.raises(ConfigurationError, match="base_url"):
        ClickSendSync("user", "key", base_url="ftp://example.test")
    after = {t.name for t in threading.enumerate()}
    assert "clicksend-sync" not in after - before
