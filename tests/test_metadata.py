"""Document metadata read from the text: date, title, source."""
from __future__ import annotations

import pytest

from kg.metadata import extract_meta, find_date, find_title


@pytest.mark.parametrize(
    "text, date",
    [
        ("2018年12月4日 青山市召开会议", "2018-12-04"),
        ("发布时间:2023-07-25", "2023-07-25"),
        ("发布时间：2023-07-25 09:30:15", "2023-07-25T09:30:15"),
        ("2022年03月10日16:26 | 来源:青山网", "2022-03-10T16:26:00"),
        ("日期：2020/1/2", "2020-01-02"),
        ("2021.05.06", "2021-05-06"),
        ("二〇二三年七月五日", "2023-07-05"),
        ("二〇一九年十二月三十一日", "2019-12-31"),
        ("正文\n2021-05-06 10:00\n活动时间：2024-01-02", "2021-05-06T10:00:00"),  # head date, not an event time
        ("会议时间：2024-01-02\n……\n发布日期：2023-12-30", "2023-12-30"),  # publication label wins
        ("1900年1月1日", None),  # out of range
        ("2023年13月40日", None),
        ("电话 0351-1234567", None),
        ("没有日期", None),
        ("", None),
    ],
)
def test_find_date(text, date):
    assert find_date(text) == date


def test_date_only_in_head_unless_labelled():
    body = "字" * 700
    assert find_date(body + "2020年1月2日") is None
    assert find_date(body + "发布时间：2020年1月2日") == "2020-01-02"
    assert find_date("正文" + body + "\n青山市人民政府\n二〇二〇年一月二日") == "2020-01-02"


@pytest.mark.parametrize(
    "text, title",
    [
        ("新闻网\n新闻网>>地方频道>>区县\n\n青山市推进基层治理工作综述\n正文", "青山市推进基层治理工作综述"),
        ("2018年12月4日\n青山市召开全市工作会议", "青山市召开全市工作会议"),
        ("来源：青山日报\n青山市召开全市工作会议", "青山市召开全市工作会议"),
        ("短\n太短\n", None),
        ("", None),
    ],
)
def test_find_title(text, title):
    assert find_title(text) == title


def test_extract_meta_source_and_encoding():
    meta = extract_meta("青山市召开全市工作会议\n2022年03月10日16:26 | 来源:青山网-地方频道\n正文", encoding="gb18030")
    assert meta.source == "青山网-地方频道"
    assert meta.date == "2022-03-10T16:26:00"
    assert meta.encoding == "gb18030"


@pytest.mark.parametrize("byline", ["责任编辑：王一二三", "编辑：王一二三四", "作者：王一二三四", "来源：青山日报社"])
def test_bylines_are_not_titles(byline):
    assert find_title(byline + "\n青山市召开全市工作会议") == "青山市召开全市工作会议"
