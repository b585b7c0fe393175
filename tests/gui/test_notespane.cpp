// SPDX-License-Identifier: MIT
#include "notesanitizer.h"
#include "notespane.h"
#include "service.h"

#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

#include <sys/inotify.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestNotesPane : public QObject
{
    Q_OBJECT

private:
    static Service makeService(const QString &note)
    {
        Service service;
        service.id = 3900;
        service.name = u"Youtube Views <b>HQ</b> & fast"_s;
        service.note = note;
        service.category = u"[YT] Youtube Views [Real and Active]"_s;
        service.type = u"Youtube"_s;
        service.price = 25947;
        service.min = 100;
        service.max = Service::UnlimitedMax;
        service.refill = true;
        return service;
    }

    static QTextBrowser *browserOf(const NotesPane &pane)
    {
        return pane.findChild<QTextBrowser *>(u"noteBrowser"_s);
    }

    // Lays out and paints the document, which is when images would be fetched.
    static void render(NotesPane &pane)
    {
        pane.resize(500, 400);
        pane.grab();
    }

    // Clicks in the middle of the first occurrence of text in the pane's browser.
    static void clickOn(NotesPane &pane, const QString &text)
    {
        QTextBrowser *browser = browserOf(pane);
        const QTextCursor found = browser->document()->find(text);
        QVERIFY(!found.isNull());
        QTextCursor middle(browser->document());
        middle.setPosition((found.selectionStart() + found.selectionEnd()) / 2);
        const QPoint position = browser->cursorRect(middle).center();
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, position);
    }

private Q_SLOTS:
    void shouldShowTheAttributesReadFromTheTextAndTheGroup()
    {
        Service service = makeService(QString());
        service.name = u"[IG] Likes Indonesia 𝗥𝗲𝗮𝗹 ♻️ Refill 30 Hari | 10K/day"_s;
        service.category = u"[IG] Instagram Likes Indonesia"_s;
        NotesPane pane;
        pane.showService(&service, u"Instagram likes · Indonesia · refill 30 days"_s);
        const QString shown = browserOf(pane)->document()->toPlainText();
        QVERIFY2(shown.contains(u"Group: Instagram likes · Indonesia · refill 30 days"_s),
                 qPrintable(shown));
        const QString attributes = shown.section(u"Read from the text: "_s, 1).section(u'\n', 0, 0);
        for (const QString &part :
             {u"Platform: Instagram"_s, u"Kind: likes"_s, u"Audience: Indonesia"_s,
              u"Refill: refill 30 day"_s, u"Speed: 10,000 a day"_s, u"Quality: real"_s})
            QVERIFY2(attributes.contains(part), qPrintable(attributes));

        // Nothing to read: said so, and no group line without a group.
        service.name = u"Mystery box"_s;
        service.category.clear();
        service.type.clear();
        pane.showService(&service);
        const QString unknown = browserOf(pane)->document()->toPlainText();
        QVERIFY2(unknown.contains(u"Read from the text: not recognised"_s), qPrintable(unknown));
        QVERIFY(!unknown.contains(u"Group:"_s));
    }

    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void shouldShowAPlaceholderWithoutAService()
    {
        NotesPane pane;
        QCOMPARE(pane.objectName(), u"notesPane"_s);
        QVERIFY(!pane.accessibleName().isEmpty());
        pane.showService(nullptr);
        QVERIFY(browserOf(pane)->toPlainText().contains(u"Select a service to read its notes"_s));
    }

    void shouldShowTheDetailsEscaped()
    {
        NotesPane pane;
        const Service service = makeService(u"3 hours 25 minutes "_s);
        pane.showService(&service);
        const QString text = browserOf(pane)->toPlainText();
        QVERIFY2(text.contains(u"Youtube Views <b>HQ</b> & fast"_s), qPrintable(text));
        QVERIFY(text.contains(u"3900"_s));
        QVERIFY(text.contains(u"[YT] Youtube Views [Real and Active]"_s));
        QVERIFY(text.contains(u"Rp 25,947"_s));
        QVERIFY2(text.contains(u"Rp 25.95 / unit"_s), qPrintable(text));
        QVERIFY(text.contains(u"Unlimited"_s));
        QVERIFY(text.contains(u"Active"_s));
        QVERIFY(text.contains(u"3 hours 25 minutes"_s));
    }

    void shouldRequestNoResourcesForAHostileNote()
    {
        NotesPane pane;
        const Service service = makeService(
            u"<p>Hi</p><img src=\"http://127.0.0.1:1/evil.png\"><img src=\"file:///etc/hostname\">"
            "<link rel=\"stylesheet\" href=\"http://127.0.0.1:1/evil.css\">"
            "<style>p { background: url(http://127.0.0.1:1/bg.png) }</style>"
            "<p style=\"background-image: url(http://127.0.0.1:1/inline.png)\">styled</p>"
            "<table background=\"http://127.0.0.1:1/table.png\"><tr><td>cell</td></tr></table>"_s);
        pane.showService(&service);
        render(pane);
        QCOMPARE(pane.resourceRequests(), 0);
        const QString document = browserOf(pane)->document()->toHtml();
        for (const QString &hostile : {u"127.0.0.1"_s, u"/etc/hostname"_s, u"evil"_s, u"bg.png"_s,
                                       u"table.png"_s, u"inline.png"_s}) {
            QVERIFY2(!document.contains(hostile), qPrintable(hostile));
        }
        QVERIFY(browserOf(pane)->toPlainText().contains(u"cell"_s));
    }

    void shouldNeverOpenALocalFileNamedInANote()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const char *name : {"secret.png", "style.css", "page.html"}) {
            QFile file(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not really a picture\n");
        }
        // The kernel reports every open and read in the folder, whoever does it.
        const int watcher = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        QVERIFY(watcher >= 0);
        const auto closeWatcher = qScopeGuard([watcher] { ::close(watcher); });
        QVERIFY(inotify_add_watch(watcher, QFile::encodeName(dir.path()).constData(),
                                  IN_OPEN | IN_ACCESS)
                >= 0);
        const auto accesses = [watcher] {
            char events[4096];
            const ssize_t size = ::read(watcher, events, sizeof events);
            return size > 0 ? int(size) : 0;
        };

        const QString folder = QUrl::fromLocalFile(dir.path()).toString();
        NotesPane pane;
        const Service service = makeService(
            u"<p>Read me</p><img src=\"%1/secret.png\"><img src=\"%2/secret.png\">"
            "<link rel=\"stylesheet\" href=\"%1/style.css\">"
            "<style>@import url(%1/style.css); p { background: url(%1/secret.png) }</style>"
            "<p style=\"background-image: url(%1/secret.png)\">styled</p>"
            "<a href=\"%1/page.html\">a local page</a> <a href=\"secret.png\">relative</a>"_s.arg(
                folder, dir.path()));
        pane.showService(&service);
        render(pane);
        QCoreApplication::processEvents();
        clickOn(pane, u"a local page"_s);
        QCoreApplication::processEvents();
        QCOMPARE(accesses(), 0);

        // The check can fail: a plain QTextBrowser given the same note reads the files.
        QTextBrowser plain;
        plain.setHtml(service.note);
        plain.resize(500, 400);
        plain.grab();
        QVERIFY(accesses() > 0);
    }

    // Makes sure the check above can fail: the same markup, unsanitized, is fetched.
    void shouldCountTheResourcesTheViewAsksFor()
    {
        NotesPane pane;
        browserOf(pane)->setHtml(u"<img src=\"http://127.0.0.1:1/evil.png\">"_s);
        render(pane);
        QVERIFY(pane.resourceRequests() > 0);
    }

    void shouldRenderHugeAndDeepNotesQuickly_data()
    {
        QTest::addColumn<QString>("note");
        QTest::newRow("5 MB") << u"<p>Fast <b>start</b> &amp; refill</p>\n"_s.repeated(140'000);
        QTest::newRow("200-deep tables") << u"<table><tr><td>"_s.repeated(200) + u"deep"_s
                                                + u"</td></tr></table>"_s.repeated(200);
        QTest::newRow("deep lists and quotes")
            << u"<ul><li><blockquote><div>"_s.repeated(5'000) + u"deep"_s;
    }

    void shouldRenderHugeAndDeepNotesQuickly()
    {
        QFETCH(QString, note);
        NotesPane pane;
        const Service service = makeService(note);
        QElapsedTimer timer;
        timer.start();
        pane.showService(&service);
        render(pane);
        qInfo("rendered a %lld-character note in %lld ms", qlonglong(note.size()),
              qlonglong(timer.elapsed()));
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(pane.resourceRequests(), 0);
    }

    void shouldSayWhenANoteWasShortened()
    {
        NotesPane pane;
        const Service service = makeService(u"word "_s.repeated(1'000'000));
        pane.showService(&service);
        QVERIFY(browserOf(pane)->toPlainText().contains(NoteSanitizer::truncationNotice()));
    }

    void shouldKeepTheLineBreaksOfPlainTextNotes()
    {
        NotesPane pane;
        const Service service = makeService(u"Start: 0-1 hour\nSpeed: 10K/day"_s);
        pane.showService(&service);
        const QString text = browserOf(pane)->toPlainText();
        QVERIFY2(text.contains(u"Start: 0-1 hour\nSpeed: 10K/day"_s), qPrintable(text));
    }

    void shouldNeverNavigateItself()
    {
        NotesPane pane;
        QVERIFY(!browserOf(pane)->openLinks());
        QVERIFY(!browserOf(pane)->openExternalLinks());
        QVERIFY(pane.opensLinksExternally());
    }

    void shouldReportOnlyHttpLinks_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("reported");
        QTest::newRow("https") << u"https://example.com/faq"_s << true;
        QTest::newRow("http") << u"http://example.com/"_s << true;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false;
        QTest::newRow("data") << u"data:text/html,<b>x</b>"_s << false;
        QTest::newRow("relative") << u"faq.html"_s << false;
    }

    void shouldReportOnlyHttpLinks()
    {
        QFETCH(QString, url);
        QFETCH(bool, reported);
        NotesPane pane;
        pane.setOpensLinksExternally(false);
        QSignalSpy spy(&pane, &NotesPane::linkActivated);
        Q_EMIT browserOf(pane)->anchorClicked(QUrl(url));
        QCOMPARE(spy.size(), reported ? 1 : 0);
        if (reported)
            QCOMPARE(spy.at(0).at(0).toUrl(), QUrl(url));
    }

    void shouldReportAClickedHttpsLink()
    {
        NotesPane pane;
        pane.setOpensLinksExternally(false);
        const Service service =
            makeService(u"<p>Read the <a href=\"https://example.com/faq\">FAQ page</a> or "
                        "<a href=\"javascript:alert(1)\">do not click</a>.</p>"_s);
        pane.showService(&service);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy spy(&pane, &NotesPane::linkActivated);

        clickOn(pane, u"do not click"_s);
        QCOMPARE(spy.size(), 0);

        clickOn(pane, u"FAQ page"_s);
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toUrl(), QUrl(u"https://example.com/faq"_s));
    }
};

QTEST_MAIN(TestNotesPane)
#include "test_notespane.moc"
