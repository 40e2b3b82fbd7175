"""Request bodies a client got wrong: a 4xx that says what is wrong, never a 500."""

from __future__ import annotations

import pytest

from autoglm_gw.api.decoding import BodyDecoder
from autoglm_gw.api.types import ParseRequest
from autoglm_gw.http.errors import ApiError


@pytest.mark.parametrize(
    ("body", "status", "code", "says"),
    [
        (b'{"text": "\xff"}', 400, "malformed_json", "UTF-8"),
        (b'{"text": "a\xc3"}', 400, "malformed_json", "UTF-8"),
        (b'{"text": "\\ud800"}', 400, "malformed_json", "surrogate"),
        (b'{"text": "x", "now": "2026-11-25T10:00:00+0800"}', 422, "invalid_now", "RFC 3339"),
        (b'{"text": " \\u3000 "}', 422, "text_empty", "blank"),
    ],
)
def test_a_bad_body_says_what_is_wrong(body, status, code, says):
    with pytest.raises(ApiError) as err:
        BodyDecoder(ParseRequest).decode(body)
    assert (err.value.status, err.value.code) == (status, code)
    message = err.value.body().error.message
    assert says in message and "regex" not in message, message


def test_json_nested_too_deeply_is_a_400_not_a_500():
    from autoglm_gw.api.chat import ChatCompletionRequest

    deep = b'{"a":' * 20000 + b"1" + b"}" * 20000
    body = b'{"messages": [{"role": "user", "content": "x"}], "stream_options": ' + deep + b"}"
    with pytest.raises(ApiError) as err:
        BodyDecoder(ChatCompletionRequest).decode(body)
    assert (err.value.status, err.value.code) == (400, "malformed_json")
