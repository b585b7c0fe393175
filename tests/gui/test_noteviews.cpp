// SPDX-License-Identifier: MIT
// A note is read once (NoteSanitizer); the notes pane, the Note column, the CSV and search must
// all show the same text for it.
#include "csvwriter.h"
#include "notespane.h"
#include "searchtext.h"
#include "service.h"
#include "servicefilter.h"
#include "servicetablemodel.h"
#include "serviceviewmodel.h"

#include <QBuffer>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

class TestNoteViews : public QObject
{
    Q_OBJECT

private:
    static Service makeService(const QString &note)
    {
        Service service;
        service.id = 4242;
        service.name = u"Instagram Likes"_s;
        service.note = note;
        service.category = u"[IG] Instagram Likes"_s;
        service.type = u"Instagram"_s;
        service.price = 1500;
        service.min = 10;
        service.max = 10000;
        return service;
    }

    // The text the pane shows below the service's details.
    static QString paneNoteText(const Service &service)
    {
        NotesPane pane;
        pane.showService(&service);
        const QString shown =
            pane.findChild<QTextBrowser *>(u"noteBrowser"_s)->document()->toPlainText();
        const QString lastDetail = u"Status: Active"_s;
        const qsizetype details = shown.indexOf(lastDetail);
        return details < 0 ? shown : shown.mid(details + lastDetail.size()).trimmed();
    }

    static QString csvNote(const ServiceTableModel &model)
    {
        CsvWriter::Options options;
        options.byteOrderMark = false;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const CsvWriter::Result result =
            CsvWriter(options).write(model, {ServiceTableModel::NoteColumn}, &buffer);
        if (!result.isComplete())
            return u"export failed: "_s + result.error;
        const QString csv = QString::fromUtf8(buffer.data());
        const qsizetype header = csv.indexOf(u"\r\n"_s);
        QString field = csv.mid(header + 2).chopped(2); // the one row, without its CRLF
        if (field.startsWith(u'"') && field.endsWith(u'"'))
            field = field.sliced(1, field.size() - 2).replace(u"\"\""_s, u"\""_s);
        return field;
    }

    static int rowsFoundBy(ServiceTableModel &model, const QString &search)
    {
        ServiceViewModel view;
        view.setSourceModel(&model);
        ServiceFilter filter;
        filter.terms = SearchText::terms(search);
        view.setFilter(filter);
        return view.rowCount();
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void shouldShowTheSameNoteTextEverywhere_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("text");   // what every view shows, line breaks included
        QTest::addColumn<QString>("shown");  // a word of it search must find
        QTest::addColumn<QString>("hidden"); // a word of the note search must not find

        QTest::newRow("entities")
            << u"<p>Fast&hellip; &amp;lt;b&amp;gt; &#8230;&#x2026; 5&nbsp;K &euro;</p>"_s
            << u"Fast… &lt;b&gt; …… 5 K €"_s << u"&lt;b&gt;"_s << u"hellip"_s;
        QTest::newRow("entities in plain text")
            << u"Tom &amp; Jerry &hellip; 100% real"_s << u"Tom & Jerry … 100% real"_s << u"jerry"_s
            << u"amp"_s;
        QTest::newRow("script") << u"Before<script>secret()</script> after"_s << u"Before after"_s
                                << u"after"_s << u"secret"_s;
        QTest::newRow("style") << u"<style>.promo { color: red }</style>Promo price"_s
                               << u"Promo price"_s << u"promo"_s << u"color"_s;
        QTest::newRow("attribute holding >")
            << u"<b title=\"a>b\">bold</b> text"_s << u"bold text"_s << u"bold"_s << u"b\">"_s;
        QTest::newRow("comment") << u"Visible <!-- hidden remark --> text"_s << u"Visible text"_s
                                 << u"visible"_s << u"remark"_s;
        QTest::newRow("cdata") << u"<![CDATA[<i>x</i>]]> after"_s << u"<![CDATA[x]]> after"_s
                               << u"after"_s << u"<i>"_s;
        QTest::newRow("unclosed tags") << u"<b>bold <i>both <a href=\"https://example.com/\">link"_s
                                       << u"bold both link"_s << u"both"_s << u"href"_s;
        QTest::newRow("nested lists") << u"<ul><li>One<ul><li>Two</li></ul></li><li>Three</ul>"_s
                                      << u"One\nTwo\nThree"_s << u"three"_s << u"<li>"_s;
        QTest::newRow("br and p") << u"First<br>Second<p>Third</p>Fourth"_s
                                  << u"First\nSecond\nThird\nFourth"_s << u"fourth"_s << u"br"_s;
        QTest::newRow("everything")
            << u"<div>Start:&nbsp;0&ndash;1 hour<script>var s = \"</div>\";</script></div>"
               "<ul><li title='x>y'>Refill &#x2713;<li>No <b>drop<!-- --></ul>"
               "<![CDATA[c]]><p>Done &hellip;"_s
            << u"Start: 0–1 hour\nRefill ✓\nNo drop\n<![CDATA[c]]>\nDone …"_s << u"✓"_s << u"var"_s;
    }

    void shouldShowTheSameNoteTextEverywhere()
    {
        QFETCH(QString, note);
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QFETCH(QString, hidden);
        const Service service = makeService(note);
        ServiceTableModel model;
        model.setServices({service});
        const QModelIndex noteCell = model.index(0, ServiceTableModel::NoteColumn);

        QCOMPARE(paneNoteText(service), text);
        QCOMPARE(noteCell.data(ServiceTableModel::SortRole).toString(), text);
        QCOMPARE(noteCell.data(Qt::DisplayRole).toString(), text.simplified());
        QCOMPARE(csvNote(model), text);
        QCOMPARE(rowsFoundBy(model, shown), 1);
        QCOMPARE(rowsFoundBy(model, hidden), 0);
    }
};

QTEST_MAIN(TestNoteViews)
#include "test_noteviews.moc"
