// SPDX-License-Identifier: MIT
#include "notesanitizer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestNoteSanitizer : public QObject
{
    Q_OBJECT

private:
    static QString html(const QString &note) { return NoteSanitizer::sanitize(note).html; }

    // Every tag of the output must be an allowed tag without attributes or an http(s) link, and
    // no tag may hold a marker of something that loads or runs. Tags must balance.
    static QString firstProblem(const QString &output)
    {
        static const QRegularExpression allowedTag(
            u"^<(/?(b|strong|i|em|u|s|small|sub|sup|code|pre|p|div|span|ul|ol|li|h[1-6]|"
            "blockquote|a)|br|hr|a href=\"https?://[^\"<>\\s]+\")>$"_s);
        static const QStringList forbiddenAnywhere = {u"<img"_s,    u"<link"_s,   u"<style"_s,
                                                      u"<script"_s, u"<iframe"_s, u"<svg"_s,
                                                      u"<table"_s,  u"<meta"_s,   u"<base"_s};
        static const QStringList forbiddenInTags = {u"src="_s, u"url("_s, u"file:"_s,
                                                    u"javascript:"_s};
        for (const QString &forbidden : forbiddenAnywhere) {
            if (output.contains(forbidden, Qt::CaseInsensitive))
                return u"contains "_s + forbidden;
        }
        QStringList open;
        qsizetype pos = 0;
        while ((pos = output.indexOf(u'<', pos)) >= 0) {
            const qsizetype end = output.indexOf(u'>', pos);
            if (end < 0)
                return u"unterminated tag"_s;
            const QString tag = output.mid(pos, end + 1 - pos);
            if (!allowedTag.match(tag).hasMatch())
                return u"unexpected tag "_s + tag;
            const QString inside = tag.startsWith(u"<a href="_s) ? tag.mid(8) : tag;
            for (const QString &forbidden : forbiddenInTags) {
                if (inside.contains(forbidden, Qt::CaseInsensitive))
                    return u"tag holds "_s + forbidden + u": "_s + tag;
            }
            const QString name = tag.mid(1, tag.size() - 2).section(u' ', 0, 0);
            if (name.startsWith(u'/')) {
                if (open.isEmpty() || open.takeLast() != name.mid(1))
                    return u"misnested "_s + tag;
            } else if (name != u"br"_s && name != u"hr"_s) {
                open << name;
            }
            pos = end + 1;
        }
        return open.isEmpty() ? QString() : u"unclosed "_s + open.join(u',');
    }

private Q_SLOTS:
    void shouldKeepAllowedFormatting_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("expected");

        QTest::newRow("panel list")
            << u"<p><b>Start:</b> 0-1 hour</p><ul><li>Real</li><li>No drop</li></ul>"_s
            << u"<p><b>Start:</b> 0-1 hour</p><ul><li>Real</li><li>No drop</li></ul>"_s;
        QTest::newRow("inline tags")
            << u"<strong>a</strong><em>b</em><i>c</i><u>d</u><s>e</s><small>f</small>"
               "<sub>g</sub><sup>h</sup><code>i</code><span>j</span>"_s
            << u"<strong>a</strong><em>b</em><i>c</i><u>d</u><s>e</s><small>f</small>"
               "<sub>g</sub><sup>h</sup><code>i</code><span>j</span>"_s;
        QTest::newRow("block tags")
            << u"<h1>1</h1><h2>2</h2><h3>3</h3><h4>4</h4><h5>5</h5><h6>6</h6>"
               "<blockquote>q</blockquote><pre>p  re</pre><div>d</div><hr><ol><li>o</li></ol>"_s
            << u"<h1>1</h1><h2>2</h2><h3>3</h3><h4>4</h4><h5>5</h5><h6>6</h6>"
               "<blockquote>q</blockquote><pre>p  re</pre><div>d</div><hr><ol><li>o</li></ol>"_s;
        QTest::newRow("upper case and self-closing")
            << u"<B>Bold</B><BR/>next<br />last"_s << u"<b>Bold</b><br>next<br>last"_s;
        QTest::newRow("link format with a bare URL")
            << u"Link format: <br>https://instagram.com/username"_s
            << u"Link format: <br><a href=\"https://instagram.com/username\">"
               "https://instagram.com/username</a>"_s;
        QTest::newRow("styled div and https link")
            << u"<div style='color:red'>Red</div><a href='https://example.com/faq'>FAQ</a>"_s
            << u"<div>Red</div><a href=\"https://example.com/faq\">FAQ</a>"_s;
        QTest::newRow("link with a query")
            << u"<a href=\"http://example.com/?a=1&amp;b=2\">x</a>"_s
            << u"<a href=\"http://example.com/?a=1&amp;b=2\">x</a>"_s;
        QTest::newRow("link with markers past the host stays a link")
            << u"<a href=\"https://example.com/profile:me?src=ig\">me</a>"_s
            << u"<a href=\"https://example.com/pro%66ile:me?%73rc=ig\">me</a>"_s;
        QTest::newRow("spaces around href") << u"<a href=\"  https://example.com/ \">x</a>"_s
                                            << u"<a href=\"https://example.com/\">x</a>"_s;
    }

    void shouldKeepAllowedFormatting()
    {
        QFETCH(QString, note);
        QFETCH(QString, expected);
        QCOMPARE(html(note), expected);
    }

    void shouldStripHostileConstructs_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("expected");

        QTest::newRow("img over http")
            << u"<img src=\"http://127.0.0.1:1/evil.png\">Hi"_s << u"Hi"_s;
        QTest::newRow("img over file")
            << u"<p><img src=\"file:///etc/hostname\" onerror=\"alert(1)\"></p>"_s << u"<p></p>"_s;
        QTest::newRow("stylesheet link")
            << u"<link rel=\"stylesheet\" href=\"http://127.0.0.1:1/evil.css\">Hi"_s << u"Hi"_s;
        QTest::newRow("style block with url()")
            << u"<style>p { background: url(http://127.0.0.1:1/bg.png) }</style><p>Hi</p>"_s
            << u"<p>Hi</p>"_s;
        QTest::newRow("script") << u"<script>alert(\"x\")</script>Hi"_s << u"Hi"_s;
        QTest::newRow("script holding a fake end tag")
            << u"<SCRIPT type=text/javascript>var a = \"</scr\" + \"ipt>\";</SCRIPT >ok"_s
            << u"ok"_s;
        QTest::newRow("unclosed script") << u"ok<script>alert(1)<b>x</b>"_s << u"ok"_s;
        QTest::newRow("title") << u"<title>Evil</title>Hi"_s << u"Hi"_s;
        QTest::newRow("javascript link")
            << u"<a href=\"javascript:alert(1)\">Click</a> here"_s << u"Click here"_s;
        QTest::newRow("javascript link, mixed case and spaces")
            << u"<a href=\" JaVaScRiPt:alert(1)\">Click</a>"_s << u"Click"_s;
        QTest::newRow("javascript link with an encoded tab")
            << u"<a href=\"java&#x09;script:alert(1)\">Click</a>"_s << u"Click"_s;
        QTest::newRow("data link")
            << u"<a href=\"data:text/html;base64,PHNjcmlwdD4=\">Data</a>"_s << u"Data"_s;
        QTest::newRow("file link") << u"<a href=\"file:///etc/passwd\">File</a>"_s << u"File"_s;
        QTest::newRow("relative link") << u"<a href=\"/relative\">Rel</a>"_s << u"Rel"_s;
        QTest::newRow("scheme-relative link")
            << u"<a href=\"//evil.example/x\">Rel</a>"_s << u"Rel"_s;
        QTest::newRow("link without href") << u"<a name=\"x\">Anchor</a>"_s << u"Anchor"_s;
        QTest::newRow("user info holding a marker")
            << u"<a href=\"https://javascript:x@example.com/\">x</a>"_s << u"x"_s;
        // A link ends where the next one starts, as in browsers.
        QTest::newRow("nested link")
            << u"<a href=\"https://a.example/\">a<a href=\"https://b.example/\">b</a>c</a>"_s
            << u"<a href=\"https://a.example/\">a</a><a href=\"https://b.example/\">b</a>c"_s;
        QTest::newRow("iframe") << u"<iframe src=\"https://evil.example/\">x</iframe>After"_s
                                << u"After"_s;
        QTest::newRow("svg onload")
            << u"<svg onload=\"alert(1)\"><circle r=\"4\"/></svg>Text"_s << u"Text"_s;
        QTest::newRow("math") << u"<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>"_s
                              << u"x"_s;
        QTest::newRow("attributes") << u"<p onclick=\"alert(1)\" style=\"background:url(x)\" "
                                       "background=\"http://x/bg.png\" class=c id=i>Hi</p>"_s
                                    << u"<p>Hi</p>"_s;
        QTest::newRow("quoted > inside an attribute")
            << u"<b title='a > b' onmouseover=\"x>y\">Bold</b>"_s << u"<b>Bold</b>"_s;
        QTest::newRow("table with background")
            << u"<table background=\"http://127.0.0.1:1/bg.png\"><tr><td>A</td><td>B</td></tr>"
               "<tr><th>C</th></tr></table>after"_s
            << u"A B<br>C<br>after"_s;
        QTest::newRow("meta refresh")
            << u"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">Hi"_s
            << u"Hi"_s;
        QTest::newRow("base") << u"<base href=\"http://evil.example/\">Hi"_s << u"Hi"_s;
        QTest::newRow("form") << u"<form action=\"http://evil\"><input value=\"x\">Go</form>"_s
                              << u"Go"_s;
        QTest::newRow("object and embed")
            << u"<object data=\"http://x/a.swf\">fallback</object><embed src=\"x.swf\">"_s
            << u"fallback"_s;
        QTest::newRow("comment") << u"<!-- <img src=x> -->Hi"_s << u"Hi"_s;
        QTest::newRow("unclosed comment") << u"Hi<!-- <img src=x>"_s << u"Hi"_s;
        // HTML has no CDATA sections: the markers are text, what they enclose is markup.
        QTest::newRow("cdata") << u"<![CDATA[<img src=x>]]>Hi"_s << u"&lt;![CDATA[]]&gt;Hi"_s;
        QTest::newRow("processing instruction")
            << u"<?xml-stylesheet href=\"x.css\"?>Hi"_s << u"Hi"_s;
        QTest::newRow("doctype") << u"<!DOCTYPE html><p>Hi</p>"_s << u"<p>Hi</p>"_s;
        QTest::newRow("escaped markup stays text")
            << u"<b>&lt;img src=x&gt;</b>"_s << u"<b>&lt;img src=x&gt;</b>"_s;
    }

    void shouldStripHostileConstructs()
    {
        QFETCH(QString, note);
        QFETCH(QString, expected);
        const QString output = html(note);
        QCOMPARE(output, expected);
        QVERIFY2(firstProblem(output).isEmpty(), qPrintable(firstProblem(output)));
    }

    void shouldKeepPlainTextWithItsLineBreaks_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("expected");

        QTest::newRow("completion time") << u"3 hours 25 minutes "_s << u"3 hours 25 minutes "_s;
        QTest::newRow("lines") << u"Start: 0-1 hour\nSpeed: 10K/day"_s
                               << u"Start: 0-1 hour<br>Speed: 10K/day"_s;
        QTest::newRow("windows and mac line ends") << u"a\r\nb\rc"_s << u"a<br>b<br>c"_s;
        QTest::newRow("runs of spaces") << u"a  b\n  c"_s << u"a &nbsp;b<br>&nbsp;&nbsp;c"_s;
        QTest::newRow("special characters") << u"Price < 5 & \"fast\" > slow"_s
                                            << u"Price &lt; 5 &amp; &quot;fast&quot; &gt; slow"_s;
        QTest::newRow("url in a sentence")
            << u"See https://example.com/faq."_s
            << u"See <a href=\"https://example.com/faq\">https://example.com/faq</a>."_s;
        QTest::newRow("url in parentheses")
            << u"(https://example.com/a_(b))"_s
            << u"(<a href=\"https://example.com/a_(b)\">https://example.com/a_(b)</a>)"_s;
        QTest::newRow("not a url") << u"xhttps://example.com http:// ftp://example.com"_s
                                   << u"xhttps://example.com http:// ftp://example.com"_s;
        QTest::newRow("control characters") << u"a\u0001b\u0000c"_s << u"abc"_s;
    }

    void shouldKeepPlainTextWithItsLineBreaks()
    {
        QFETCH(QString, note);
        QFETCH(QString, expected);
        QVERIFY(!NoteSanitizer::looksLikeHtml(note));
        QCOMPARE(html(note), expected);
    }

    void shouldDecodeAndReescapeEntities_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("expected");

        QTest::newRow("common entities") << u"&amp; &lt; &gt; &quot; &#39; &#x27; &nbsp;|"_s
                                         << u"&amp; &lt; &gt; &quot; ' ' \u00A0|"_s;
        QTest::newRow("entities in html")
            << u"<p>Tom &amp; Jerry &hellip; &#8364;5</p>"_s << u"<p>Tom &amp; Jerry … €5</p>"_s;
        QTest::newRow("escaped tag stays text") << u"&lt;script&gt;alert(1)&lt;/script&gt;"_s
                                                << u"&lt;script&gt;alert(1)&lt;/script&gt;"_s;
        QTest::newRow("bare ampersand") << u"AT&T"_s << u"AT&amp;T"_s;
        QTest::newRow("unknown entity") << u"&bogus;"_s << u"&amp;bogus;"_s;
        QTest::newRow("unterminated entity") << u"&amp"_s << u"&amp;amp"_s;
        QTest::newRow("astral code point") << u"&#x1F600;"_s << u"😀"_s;
        // References to no character are dropped.
        QTest::newRow("null and surrogate") << u"a&#0;&#xD800;b"_s << u"ab"_s;
        QTest::newRow("overlong number") << u"a&#99999999999;b"_s << u"ab"_s;
        QTest::newRow("control character") << u"a&#1;b"_s << u"ab"_s;
    }

    void shouldDecodeAndReescapeEntities()
    {
        QFETCH(QString, note);
        QFETCH(QString, expected);
        QCOMPARE(html(note), expected);
    }

    void shouldCloseUnclosedTags_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("expected");

        QTest::newRow("unclosed") << u"<b>bold <i>both"_s << u"<b>bold <i>both</i></b>"_s;
        QTest::newRow("misnested") << u"<b><i>x</b>y</i>"_s << u"<b><i>x</i></b>y"_s;
        QTest::newRow("paragraphs") << u"<p>one<p>two"_s << u"<p>one</p><p>two</p>"_s;
        QTest::newRow("list items")
            << u"<ul><li>a<li>b</ul>"_s << u"<ul><li>a</li><li>b</li></ul>"_s;
        QTest::newRow("stray end tag") << u"</b>stray</p>"_s << u"stray"_s;
        QTest::newRow("open link") << u"<a href=\"https://x.example/\">open"_s
                                   << u"<a href=\"https://x.example/\">open</a>"_s;
        QTest::newRow("tag cut by the end")
            << u"<i>text</i> <b class=\"x>"_s << u"<i>text</i> <b></b>"_s;
    }

    void shouldCloseUnclosedTags()
    {
        QFETCH(QString, note);
        QFETCH(QString, expected);
        QCOMPARE(html(note), expected);
    }

    void shouldGiveTheTextItShows_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"  3 hours 25 minutes "_s << u"3 hours 25 minutes"_s;
        QTest::newRow("plain lines") << u"a\r\nb\rc\n"_s << u"a\nb\nc"_s;
        QTest::newRow("plain with entities")
            << u"a  b &amp; c&nbsp;&lt;d&gt;\ne"_s << u"a  b & c <d>\ne"_s;
        QTest::newRow("html white space") << u"<p>a \n  b </p>\n<p>\tc</p>"_s << u"a b\nc"_s;
        QTest::newRow("line breaks") << u"a<br><br>b<hr>c"_s << u"a\n\nb\nc"_s;
        QTest::newRow("table") << u"<table><tr><td>A</td><td>B</td></tr><tr><td>C</td></tr>"
                                  "</table>after"_s
                               << u"A B\nC\nafter"_s;
        QTest::newRow("hidden elements")
            << u"<title>T</title><textarea>x<b>y</b></textarea><iframe>z</iframe>shown"_s
            << u"shown"_s;
        QTest::newRow("links and bare urls")
            << u"<a href=\"https://example.com/\">FAQ</a> see https://example.com/x."_s
            << u"FAQ see https://example.com/x."_s;
        QTest::newRow("meta charset is ignored")
            << u"<meta charset=\"UTF-16\"><b>H\u00E9llo</b>"_s << u"H\u00E9llo"_s;
        QTest::newRow("control characters") << u"<b>a\u0001b</b>&#1;c"_s << u"abc"_s;
    }

    void shouldGiveTheTextItShows()
    {
        QFETCH(QString, note);
        QFETCH(QString, text);
        QCOMPARE(NoteSanitizer::sanitize(note).plainText, text);
        QCOMPARE(NoteSanitizer::plainText(note), text);
    }

    void shouldCapNestingDepth()
    {
        const QString note =
            u"<b>"_s.repeated(40) + u"deep"_s + u"</b>"_s.repeated(40) + u"<i>after</i>"_s;
        const QString output = html(note);
        QCOMPARE(output.count(u"<b>"_s), NoteSanitizer::MaxDepth);
        QCOMPARE(output, u"<b>"_s.repeated(NoteSanitizer::MaxDepth) + u"deep"_s
                             + u"</b>"_s.repeated(NoteSanitizer::MaxDepth) + u"<i>after</i>"_s);
    }

    void shouldCutLongNotes()
    {
        const QString note = u"<p>Fast <b>start</b> &amp; refill</p>\n"_s.repeated(140'000);
        QVERIFY(note.size() > 5'000'000);
        QElapsedTimer timer;
        timer.start();
        const SanitizedNote result = NoteSanitizer::sanitize(note);
        qInfo("sanitized a %lld-character note in %lld ms", qlonglong(note.size()),
              qlonglong(timer.elapsed()));
        QVERIFY(result.truncated);
        QVERIFY(result.html.size() < 2 * NoteSanitizer::DefaultMaxLength);
        QVERIFY(result.html.endsWith(u"</p>"_s));
        QVERIFY(firstProblem(result.html).isEmpty());
        QVERIFY(!NoteSanitizer::truncationNotice().isEmpty());
    }

    void shouldCutAtTheGivenLength()
    {
        QCOMPARE(NoteSanitizer::sanitize(u"abcdef"_s, 3).html, u"abc"_s);
        QVERIFY(NoteSanitizer::sanitize(u"abcdef"_s, 3).truncated);
        QVERIFY(!NoteSanitizer::sanitize(u"abc"_s, 3).truncated);
        // A surrogate pair is never split.
        QCOMPARE(NoteSanitizer::sanitize(u"a😀"_s, 2).html, u"a"_s);
    }

    void shouldStayLinearOnHugeUncappedNotes_data()
    {
        QTest::addColumn<QString>("note");
        QTest::newRow("formatted")
            << u"<p>Fast <b>start</b> &amp; refill</p>\n"_s.repeated(140'000);
        QTest::newRow("one long url") << u"https://"_s + u"http://"_s.repeated(800'000);
        QTest::newRow("unterminated quotes") << u"<a href=\"x "_s.repeated(500'000);
        QTest::newRow("lone brackets") << u"<</ >"_s.repeated(1'000'000);
        QTest::newRow("near-miss end tags")
            << u"<script>"_s + u"</scrip>"_s.repeated(600'000) + u"</script>shown"_s;
    }

    void shouldStayLinearOnHugeUncappedNotes()
    {
        QFETCH(QString, note);
        QElapsedTimer timer;
        timer.start();
        const SanitizedNote result = NoteSanitizer::sanitize(note, -1);
        qInfo("sanitized %lld characters without a limit in %lld ms", qlonglong(note.size()),
              qlonglong(timer.elapsed()));
        QVERIFY(!result.truncated);
        QVERIFY(firstProblem(result.html).isEmpty());
    }

    void shouldSurviveDeepNesting_data()
    {
        QTest::addColumn<QString>("open");
        QTest::addColumn<QString>("close");
        QTest::newRow("div") << u"<div>"_s << u"</div>"_s;
        QTest::newRow("table") << u"<table><tr><td>"_s << u"</td></tr></table>"_s;
        QTest::newRow("unclosed div") << u"<div>"_s << QString();
        QTest::newRow("link") << u"<a href=\"https://example.com/\">"_s << u"</a>"_s;
    }

    void shouldSurviveDeepNesting()
    {
        QFETCH(QString, open);
        QFETCH(QString, close);
        const QString note = open.repeated(100'000) + u"deep"_s + close.repeated(100'000);
        QElapsedTimer timer;
        timer.start();
        const SanitizedNote result = NoteSanitizer::sanitize(note, -1);
        qInfo("sanitized 100000-deep nesting in %lld ms", qlonglong(timer.elapsed()));
        QVERIFY(result.html.contains(u"deep"_s));
        QVERIFY(result.html.count(u'<') <= 2 * NoteSanitizer::MaxDepth);
        QVERIFY(firstProblem(result.html).isEmpty());
    }

    void shouldNeverEmitForbiddenMarkup()
    {
        static const QString alphabet =
            u"<>&\"'=/ abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"_s;
        static const QStringList fragments = {
            u"<img src="_s,   u"<a href="_s, u"javascript:"_s, u"https://"_s, u"http://x/"_s,
            u"file:///"_s,    u"<script>"_s, u"</script>"_s,   u"<style>"_s,  u"url("_s,
            u"<table>"_s,     u"<td>"_s,     u"<div>"_s,       u"</div>"_s,   u"<!--"_s,
            u"-->"_s,         u"&amp;"_s,    u"&#"_s,          u"&#x6A;"_s,   u"<svg onload="_s,
            u"<![CDATA["_s,   u"]]>"_s,      u"<b>"_s,         u"</a>"_s,     u"src="_s,
            u"<link href="_s, u"style="_s,   u"<iframe>"_s,
        };
        QRandomGenerator random(20240611);
        for (int round = 0; round < 4000; ++round) {
            QString note;
            const int length = random.bounded(200);
            const bool withFragments = round % 2 == 1;
            for (int i = 0; i < length; ++i) {
                if (withFragments && random.bounded(3) == 0)
                    note += fragments.at(random.bounded(int(fragments.size())));
                else
                    note += alphabet.at(random.bounded(int(alphabet.size())));
            }
            const QString output = html(note);
            const QString problem = firstProblem(output);
            if (!problem.isEmpty())
                QFAIL(qPrintable(problem + u"\nnote: "_s + note + u"\noutput: "_s + output));
        }
    }

    void shouldAcceptOnlyHttpLinks_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("safe");
        QTest::newRow("https") << u"https://example.com/faq"_s << true;
        QTest::newRow("http upper case") << u"HTTP://example.com/"_s << true;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false;
        QTest::newRow("data") << u"data:text/html,x"_s << false;
        QTest::newRow("relative") << u"/faq"_s << false;
        QTest::newRow("no host") << u"https:faq"_s << false;
    }

    void shouldAcceptOnlyHttpLinks()
    {
        QFETCH(QString, url);
        QFETCH(bool, safe);
        QCOMPARE(NoteSanitizer::isSafeLink(QUrl(url)), safe);
    }
};

QTEST_GUILESS_MAIN(TestNoteSanitizer)
#include "test_notesanitizer.moc"
