"""read_articles: every format, every bad input, order and the forced publication date."""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from demarche.errors import InputError, InputWarning
from demarche.ingest import read_articles
from demarche.options import Options
from tests.ingest.conftest import FRENCH, STORY, Errors, html_page

PAGE = html_page(
    "Talks to resume in Geneva",
    [STORY, STORY.replace("Tuesday", "Wednesday"), "Read more: other news"],
    head='<meta property="og:site_name" content="Example News">'
    '<meta property="article:published_time" content="2019-03-05T10:00:00Z">',
)


def read(paths: list[Path | str], errors: Errors, **options: object) -> list:
    return list(read_articles([str(p) for p in paths], Options().with_(**options), errors.append))


def write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- formats ---------------------------------------------------------------------------------


def test_plain_text_file(tmp_path: Path, errors: Errors) -> None:
    path = write(tmp_path / "a.txt", "Headline of the story\n\n" + STORY + "\n")
    [article] = read([path], errors)
    assert article.text == path.read_text()
    assert article.title == "Headline of the story"
    assert article.source == str(path)
    assert errors == []


def test_windows_newlines_are_kept(tmp_path: Path, errors: Errors) -> None:
    path = write(tmp_path / "a.txt", (STORY + "\r\n\r\n" + STORY).encode())
    [article] = read([path], errors)
    assert "\r\n" in article.text


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.txt", "page"])
def test_html_by_extension_or_content(tmp_path: Path, errors: Errors, name: str) -> None:
    [article] = read([write(tmp_path / name, PAGE)], errors)
    assert article.title == "Talks to resume in Geneva"
    assert article.text.startswith("The foreign minister said on Tuesday")
    assert "Read more" not in article.text and "Home" not in article.text
    assert article.published == "2019-03-05"
    assert article.outlet == "Example News"


def test_gzipped_html(tmp_path: Path, errors: Errors) -> None:
    [article] = read([write(tmp_path / "page.html.gz", gzip.compress(PAGE.encode()))], errors)
    assert "Geneva" in article.text


def test_html_declared_latin1(tmp_path: Path, errors: Errors) -> None:
    page = PAGE.replace("<head>", '<head><meta charset="iso-8859-1">').replace("Geneva", "Genève")
    [article] = read([write(tmp_path / "p.html", page.encode("latin-1"))], errors)
    assert "Genève" in article.text


def test_latin1_text_is_detected(tmp_path: Path, errors: Errors) -> None:
    text = STORY.replace("Geneva", "Genève") + " The café’s owner said so."
    [article] = read([write(tmp_path / "a.txt", text.encode("cp1252"))], errors)
    assert "Genève" in article.text and "café’s" in article.text


def test_utf8_bom_is_not_part_of_the_text(tmp_path: Path, errors: Errors) -> None:
    [article] = read([write(tmp_path / "a.txt", b"\xef\xbb\xbf" + STORY.encode())], errors)
    assert article.text == STORY


def test_stdin(monkeypatch: pytest.MonkeyPatch, errors: Errors) -> None:
    fake = io.TextIOWrapper(io.BytesIO(("Headline of the story\n\n" + STORY).encode()))
    monkeypatch.setattr(sys, "stdin", fake)
    [article] = read(["-"], errors)
    assert article.source == "<stdin>" and article.title == "Headline of the story"


def test_jsonl_corpus(tmp_path: Path, errors: Errors) -> None:
    records = [
        {"id": "a1", "text": STORY, "title": "One", "url": "https://x.org/1", "outlet": "X"},
        {"text": "Monday, May 4, 2020\n\n" + STORY},
        {"text": STORY, "date": "2020-06-01", "author": "Jane Doe"},
    ]
    path = write(tmp_path / "c.jsonl", "\n".join(json.dumps(r) for r in records) + "\n\n")
    first, second, third = read([path], errors)
    assert (first.title, first.url, first.outlet) == ("One", "https://x.org/1", "X")
    assert first.source == f"{path}:1 [a1]"
    assert second.published == "2020-05-04" and second.boilerplate
    assert third.published == "2020-06-01" and third.author == "Jane Doe"
    assert errors == []


def test_gzipped_jsonl_corpus(tmp_path: Path, errors: Errors) -> None:
    data = gzip.compress((json.dumps({"text": STORY}) + "\n").encode())
    assert len(read([write(tmp_path / "c.jsonl.gz", data)], errors)) == 1


def test_csv_corpus_with_date_alias(tmp_path: Path, errors: Errors) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["url", "date", "title", "text"])
    writer.writerow(["https://x.org/1", "2019-01-04", "One", "Friday, January 4, 2019\n\n" + STORY])
    writer.writerow(["https://x.org/2", "2019-02-01", "Two", STORY])
    [one, two] = read([write(tmp_path / "c.csv", buffer.getvalue())], errors)
    assert one.published == "2019-01-04" and one.title == "One" and one.url == "https://x.org/1"
    assert one.text.startswith("Friday") and one.boilerplate[0] == (0, 23)
    assert two.published == "2019-02-01"
    assert errors == []


def test_wikinews_corpus(shared_data_dir: Path, errors: Errors) -> None:
    articles = read([shared_data_dir / "wikinews" / "wikinews_2019.csv"], errors)
    assert len(articles) == 171 and errors == []
    assert all(a.published and a.title for a in articles)


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example News</title><link>https://x.org</link>
<item><title>Talks to resume</title><link>https://x.org/1</link>
<pubDate>Tue, 05 Mar 2019 10:00:00 GMT</pubDate>
<description><![CDATA[<p>{story}</p><p>Second paragraph of the story.</p>
<p>Share on Facebook</p>]]></description></item>
<item><title>Empty</title><link>https://x.org/2</link><description></description></item>
</channel></rss>""".replace("{story}", STORY)

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
<entry><title>Talks</title><link href="https://x.org/a"/><updated>2019-03-06T00:00:00Z</updated>
<author><name>Jane Doe</name></author>
<content type="html">&lt;p&gt;{story}&lt;/p&gt;</content></entry>
</feed>""".replace("{story}", STORY)


def test_rss_feed(tmp_path: Path, errors: Errors) -> None:
    [article] = read([write(tmp_path / "news.rss", RSS)], errors)
    assert article.title == "Talks to resume" and article.url == "https://x.org/1"
    assert article.outlet == "Example News" and article.published == "2019-03-05"
    assert article.text == STORY + "\n\nSecond paragraph of the story."
    assert errors.codes == ["D019"] and "entry 2 (Empty)" in str(errors[0])


def test_atom_feed_sniffed_from_xml(tmp_path: Path, errors: Errors) -> None:
    [article] = read([write(tmp_path / "news.xml", ATOM)], errors)
    assert article.author == "Jane Doe" and article.published == "2019-03-06"
    assert article.text == STORY


def write_warc(path: Path, pages: list[tuple[str, str, str]], compress: bool = True) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=compress)
        for uri, content_type, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], "HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body.encode()), http_headers=headers
            )
            writer.write_record(record)
    return path


def test_warc_html_responses(tmp_path: Path, errors: Errors) -> None:
    path = write_warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://x.org/story", "text/html; charset=utf-8", PAGE),
            ("https://x.org/style.css", "text/css", "body {}"),
            ("https://x.org/empty", "text/html", "<html><body><nav>Home</nav></body></html>"),
        ],
    )
    [article] = read([path], errors)
    assert article.url == "https://x.org/story" and "Geneva" in article.text
    assert errors.codes == ["D004"] and "https://x.org/empty" in str(errors[0])


def test_uncompressed_warc_sniffed_by_content(tmp_path: Path, errors: Errors) -> None:
    pages = [("https://x.org/story", "text/html", PAGE)]
    [article] = read([write_warc(tmp_path / "crawl.dat", pages, compress=False)], errors)
    assert article.url == "https://x.org/story" and errors == []


def test_inputs_come_out_in_order_and_errors_do_not_stop_the_batch(
    tmp_path: Path, errors: Errors
) -> None:
    a = write(tmp_path / "a.txt", "First story\n\n" + STORY)
    bad = write(tmp_path / "bad.txt", b"")
    b = write(tmp_path / "b.txt", "Second story\n\n" + STORY)
    titles = [article.title for article in read([a, bad, tmp_path / "missing.txt", b], errors)]
    assert titles == ["First story", "Second story"]
    assert errors.codes == ["D001", "D012"]


def test_reading_is_lazy(tmp_path: Path, errors: Errors) -> None:
    a = write(tmp_path / "a.txt", STORY)
    stream = read_articles([str(a), str(tmp_path / "missing.txt")], Options(), errors.append)
    next(stream)
    assert errors == []  # the second input is not touched before it is asked for


def test_forced_published_overrides_every_source(tmp_path: Path, errors: Errors) -> None:
    path = write(tmp_path / "a.txt", "Friday, January 4, 2019\n\n" + STORY)
    [article] = read([path], errors, published="March 1, 2020")
    assert article.published == "2020-03-01"


# --- bad inputs --------------------------------------------------------------------------------


def only_error(errors: Errors, code: str, *fragments: str) -> None:
    assert errors.codes == [code], [str(e) for e in errors]
    message = str(errors[0])
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message


def test_empty_and_blank_files(tmp_path: Path, errors: Errors) -> None:
    assert read([write(tmp_path / "e.txt", b"")], errors) == []
    assert read([write(tmp_path / "b.txt", "  \n\n ")], errors) == []
    assert errors.codes == ["D001", "D001"] and "e.txt" in str(errors[0])


@pytest.mark.parametrize(
    ("data", "detail"),
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"text\x00with\x00nuls" * 10, "NUL"),
    ],
)
def test_binary_file(tmp_path: Path, errors: Errors, data: bytes, detail: str) -> None:
    assert read([write(tmp_path / "x.txt", data)], errors) == []
    only_error(errors, "D002", "x.txt", detail)


def test_undecodable_bytes(tmp_path: Path, errors: Errors) -> None:
    assert read([write(tmp_path / "x.txt", bytes(range(128, 256)) * 20)], errors) == []
    only_error(errors, "D003", "x.txt", "UTF-8")


def test_html_without_article(tmp_path: Path, errors: Errors) -> None:
    page = "<html><head><title>Log in</title></head><body><form>Password</form></body></html>"
    assert read([write(tmp_path / "login.html", page)], errors) == []
    only_error(errors, "D004", "login.html")


def test_broken_gzip(tmp_path: Path, errors: Errors) -> None:
    data = gzip.compress(PAGE.encode())
    assert read([write(tmp_path / "p.html.gz", data[: len(data) // 2])], errors) == []
    only_error(errors, "D005", "p.html.gz")


def test_gzip_with_garbage(tmp_path: Path, errors: Errors) -> None:
    assert read([write(tmp_path / "p.html.gz", b"\x1f\x8b" + b"junk" * 50)], errors) == []
    only_error(errors, "D005", "p.html.gz")


def test_non_english_refused_unless_allowed(tmp_path: Path, errors: Errors) -> None:
    path = write(tmp_path / "fr.txt", FRENCH)
    assert read([path], errors) == []
    only_error(errors, "D006", "fr.txt", "--allow-language fr")
    [article] = read([path], Errors(), allow_languages=frozenset({"fr"}))
    assert article.language == "fr"


def test_file_over_the_size_limit(tmp_path: Path, errors: Errors) -> None:
    assert read([write(tmp_path / "big.txt", STORY * 10)], errors, max_bytes=1000) == []
    only_error(errors, "D007", "big.txt", "--max-bytes")


def test_gzip_bomb_is_bounded(tmp_path: Path, errors: Errors) -> None:
    data = gzip.compress(b"a " * 1_000_000)
    assert read([write(tmp_path / "bomb.txt.gz", data)], errors, max_bytes=10_000) == []
    only_error(errors, "D007", "bomb.txt.gz")


def test_malformed_jsonl_lines_are_skipped(tmp_path: Path, errors: Errors) -> None:
    lines = [json.dumps({"text": STORY}), "{not json", "[1, 2]", json.dumps({"title": "no text"})]
    lines.append(json.dumps({"text": STORY}))
    articles = read([write(tmp_path / "c.jsonl", "\n".join(lines))], errors)
    assert len(articles) == 2
    assert errors.codes == ["D008", "D008", "D009"]
    assert "c.jsonl: line 2" in str(errors[0]) and "line 4" in str(errors[2])


def test_jsonl_undecodable_line(tmp_path: Path, errors: Errors) -> None:
    good = json.dumps({"text": STORY + " Genève."}, ensure_ascii=False).encode()
    data = good + b"\n" + b'{"text": "\xff\xfe bad"}\n'
    assert len(read([write(tmp_path / "c.jsonl", data)], errors)) == 1
    assert errors.codes == ["D003"] and "c.jsonl:2" in str(errors[0])


def test_csv_unknown_columns_warn_and_continue(tmp_path: Path, errors: Errors) -> None:
    data = f'text,section,words\n"{STORY}",world,70\n'
    assert len(read([write(tmp_path / "c.csv", data)], errors)) == 1
    only_error(errors, "D016", "section, words")
    assert isinstance(errors[0], InputWarning)


def test_csv_without_text_column(tmp_path: Path, errors: Errors) -> None:
    assert read([write(tmp_path / "c.csv", "body,title\nabc,def\n")], errors) == []
    only_error(errors, "D010", "c.csv", "body, title")


def test_bad_published_in_a_record_is_a_warning(tmp_path: Path, errors: Errors) -> None:
    path = write(tmp_path / "c.jsonl", json.dumps({"text": STORY, "published": "soon"}))
    [article] = read([path], errors)
    assert article.published is None
    only_error(errors, "D026", "c.jsonl", "'soon'")
    assert isinstance(errors[0], InputWarning)


def test_bad_forced_published_stops_at_once(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_articles([str(tmp_path / "a.txt")], Options(published="next week"), print)
    assert caught.value.code == "D011"


def test_not_a_feed(tmp_path: Path, errors: Errors) -> None:
    path = write(tmp_path / "x.rss", '<?xml version="1.0"?><rss><channel></channel></rss>')
    assert read([path], errors) == []
    only_error(errors, "D027", "x.rss", "RSS/Atom")


def test_utf16_text_with_bom(tmp_path: Path, errors: Errors) -> None:
    [article] = read([write(tmp_path / "a.txt", STORY.encode("utf-16"))], errors)
    assert article.text == STORY


def test_excel_csv_with_bom_and_capitalised_header(tmp_path: Path, errors: Errors) -> None:
    data = "\ufeffTitle,Text\r\nOne," + f'"{STORY}"\r\n'
    [article] = read([write(tmp_path / "c.csv", data.encode("utf-8"))], errors)
    assert article.title == "One" and article.text == STORY
    assert errors == []


def test_xml_that_is_no_feed(tmp_path: Path, errors: Errors) -> None:
    path = write(tmp_path / "sitemap.xml", '<?xml version="1.0"?><urlset><url>a</url></urlset>')
    assert read([path], errors) == []
    only_error(errors, "D027", "sitemap.xml")


@pytest.mark.parametrize(
    ("name", "head", "kind"),
    [
        ("a.txt", b"<!DOCTYPE html><html>", "html"),
        ("a", b"<div><p>x</p><p>y</p></div>", "html"),
        ("a.html", b"just words", "text"),
        ("a.xml", b"<?xml version='1.0'?><rss>", "feed"),
        ("a.gz", b"WARC/1.0\r\n", "warc"),
        ("-", b'{"text": "x"}\n', "jsonl"),
        ("a.csv.gz", b"url,text\n", "csv"),
    ],
)
def test_kind_of(name: str, head: bytes, kind: str) -> None:
    from demarche.ingest.reader import kind_of

    assert kind_of(name, head) == kind
