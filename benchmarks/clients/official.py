"""The official SDK (``clicksend-client`` 6.x, package ``clicksend``) doing the same work its best way:
batches of 1000 messages per ``send_sms`` call from a thread pool of the same concurrency, one shared
``ApiClient`` (urllib3 pool sized to the concurrency). Runs in its own venv (benchmarks/.venv-official)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import clicksend  # type: ignore[import-not-found]  # only in benchmarks/.venv-official
from _common import API_KEY, BATCH, USERNAME, arguments, measure, messages


def api_client(port: int, concurrency: int) -> Any:
    configuration = clicksend.Configuration(
        host=f"http://127.0.0.1:{port}",
        username=USERNAME,
        password=API_KEY,
        connection_pool_maxsize=concurrency,
    )
    return clicksend.ApiClient(configuration)


def fanout(port: int, concurrency: int, campaign: list[dict[str, str]]) -> int:
    sms = clicksend.SmsApi(api_client(port, concurrency))

    def post(start: int) -> int:
        request = clicksend.SendSmsRequest(
            messages=[
                clicksend.SendSmsRequestMessagesInner(to=m["to"], body=m["body"], var_from=m["from"])
                for m in campaign[start : start + BATCH]
            ]
        )
        return int(sms.send_sms(send_sms_request=request).data.queued_count)

    with ThreadPoolExecutor(concurrency) as pool:
        return sum(pool.map(post, range(0, len(campaign), BATCH)))


def calls(port: int, n: int) -> int:
    management = clicksend.ManagementApi(api_client(port, 1))
    return sum(int(management.view_account_details().data.user_id) for _ in range(n))


def paginate(port: int, concurrency: int) -> int:
    sms = clicksend.SmsApi(api_client(port, concurrency))

    def page(number: int) -> Any:
        return sms.view_sms_history(page=number, limit=100).data

    seen = 0
    with ThreadPoolExecutor(concurrency) as pool:
        first = page(1)
        last, number = int(first.last_page), 1
        pages = [first]
        while True:
            for current in pages:
                seen += sum(record.message_id is not None for record in current.data)
            if number >= last:
                break
            window = range(number + 1, min(last, number + concurrency) + 1)
            pages = list(pool.map(page, window))
            number = window[-1]
    return seen


def main() -> None:
    args = arguments()
    if args.workload == "fanout":
        campaign = messages(args.n)
        measure(lambda: fanout(args.port, args.concurrency, campaign))
    elif args.workload == "calls":
        measure(lambda: calls(args.port, args.n))
    else:
        measure(lambda: paginate(args.port, args.concurrency))


if __name__ == "__main__":
    main()
