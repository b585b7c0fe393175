// SPDX-License-Identifier: MIT
#include "csvexport.h"

#include "pricecomparison.h"
#include "responseparser.h"
#include "servicetablemodel.h"
#include "serviceviewmodel.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace {

// `count` services as a panel sends them: prices as numbers and as text, absent, null and
// wrong-typed fields, notes with markup, names that spreadsheets would run as formulas.
ServiceList messyServices(int count, double priceFactor = 1.0)
{
    QJsonArray rows;
    for (int i = 0; i < count; ++i) {
        const QString id = QString::number(i + 1);
        switch (i % 4) {
        case 0:
            rows.append(QJsonObject{{u"id"_s, i + 1},
                                    {u"name"_s, QString(u"=SUM(A1) #"_s + id)},
                                    {u"category"_s, u"c"_s},
                                    {u"price"_s, 1000 + i * priceFactor},
                                    {u"min"_s, 10},
                                    {u"max"_s, 1000},
                                    {u"refill"_s, true},
                                    {u"note"_s, u"<b>fast</b> &amp; safe"_s}});
            break;
        case 1:
            rows.append(QJsonObject{{u"id"_s, i + 1},
                                    {u"name"_s, QString(u"Likes, \"HQ\" "_s + id)},
                                    {u"price"_s, u"2,500.5"_s},
                                    {u"min"_s, u"5"_s},
                                    {u"max"_s, QJsonValue(QJsonValue::Null)},
                                    {u"refill"_s, u"yes"_s}});
            break;
        case 2:
            rows.append(QJsonObject{{u"id"_s, i + 1},
                                    {u"name"_s, QJsonValue(QJsonValue::Null)},
                                    {u"category"_s, 7},
                                    {u"price"_s, QJsonValue(QJsonValue::Null)}});
            break;
        default:
            rows.append(QJsonObject{{u"id"_s, i + 1},
                                    {u"name"_s, QString(u"Views\nline two "_s + id)},
                                    {u"price"_s, 0.5 * i * priceFactor},
                                    {u"status"_s, false}});
        }
    }
    return ResponseParser::parse(
               QJsonDocument(QJsonObject{{u"status"_s, true}, {u"data"_s, rows}}).toJson())
        .services;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

const QList<int> Columns = {ServiceTableModel::PriceColumn,    ServiceTableModel::IdColumn,
                            ServiceTableModel::NameColumn,     ServiceTableModel::CostColumn,
                            ServiceTableModel::ChangeColumn,   ServiceTableModel::MyPriceColumn,
                            ServiceTableModel::RefillColumn,   ServiceTableModel::NoteColumn,
                            ServiceTableModel::PriceTextColumn};

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_table.setServices(
            messyServices(9000, 1.5),
            PriceComparison::compare(messyServices(8000), messyServices(9000, 1.5)));
        ResellerPricing pricing;
        pricing.markupPercent = 20;
        m_table.setResellerPricing(pricing);
        m_table.setOrderQuantity(500);
        m_view.setSourceModel(&m_table);
        m_view.sort(ServiceTableModel::PriceColumn, Qt::DescendingOrder);
        ServiceFilter filter;
        filter.refill = ServiceFilter::Refill::Yes;
        m_view.setFilter(filter);
        QTRY_VERIFY(!m_view.isFiltering());
        QVERIFY2(m_view.rowCount() > 4096 && m_view.rowCount() < m_table.rowCount(),
                 qPrintable(u"%1 of %2 rows"_s.arg(m_view.rowCount()).arg(m_table.rowCount())));
    }

    void shouldWriteTheSameBytesAsTheWriterOnTheView()
    {
        CsvWriter::Options options;
        options.separator = u';';
        options.booleans = CsvWriter::BooleanStyle::Words;
        QBuffer expected;
        expected.open(QIODevice::WriteOnly);
        QVERIFY(CsvWriter(options).write(m_view, Columns, &expected).isComplete());

        const QString path = m_dir.filePath(QStringLiteral("view.csv"));
        CsvExport job;
        QSignalSpy finished(&job, &CsvExport::finished);
        QVERIFY(job.start(TableSnapshot::take(m_view), Columns, options, path));
        QVERIFY(job.isRunning());
        QVERIFY(!job.start(TableSnapshot::take(m_view), Columns, options, path));
        QVERIFY(finished.wait(20000));
        QVERIFY(!job.isRunning());
        const auto result = finished.first().first().value<CsvWriter::Result>();
        QVERIFY2(result.isComplete(), qPrintable(result.error));
        QCOMPARE(result.rowsWritten, m_view.rowCount());
        QCOMPARE(contentsOf(path), expected.data());
    }

    // The table goes on changing while the worker writes; the file has the rows of the start.
    void shouldWriteTheRowsAsTheyWereWhenItStarted()
    {
        QBuffer expected;
        expected.open(QIODevice::WriteOnly);
        QVERIFY(CsvWriter().write(m_view, Columns, &expected).isComplete());
        const QString path = m_dir.filePath(QStringLiteral("then.csv"));
        CsvExport job;
        QSignalSpy finished(&job, &CsvExport::finished);
        QVERIFY(job.start(TableSnapshot::take(m_view), Columns, {}, path));
        m_view.sort(ServiceTableModel::IdColumn);
        m_table.setServices(messyServices(10));
        QVERIFY(finished.wait(20000));
        QCOMPARE(contentsOf(path), expected.data());
    }

    void shouldReportProgress()
    {
        CsvExport job;
        QSignalSpy progress(&job, &CsvExport::progressChanged);
        QSignalSpy finished(&job, &CsvExport::finished);
        QVERIFY(job.start(TableSnapshot::take(m_view), Columns, {},
                          m_dir.filePath(QStringLiteral("progress.csv"))));
        QVERIFY(finished.wait(20000));
        const qsizetype total = m_view.rowCount();
        QCOMPARE(progress.size(), int((total - 1) / 4096 + 1));
        for (qsizetype i = 0; i < progress.size(); ++i) {
            const qsizetype done = progress.at(i).at(0).value<qsizetype>();
            QCOMPARE(done, i + 1 < progress.size() ? (i + 1) * 4096 : total);
            QCOMPARE(progress.at(i).at(1).value<qsizetype>(), total);
        }
    }

    void shouldLeaveTheOldFileIntactWhenCancelled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the export before\r\n");
        }
        // The only worker is busy until the export is cancelled, so the export starts cancelled
        // and stops at its first progress report.
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        QSemaphore release;
        pool->start([&release] { release.acquire(); });
        CsvExport job;
        QSignalSpy finished(&job, &CsvExport::finished);
        QVERIFY(job.start(TableSnapshot::take(m_view), Columns, {}, path));
        job.cancel();
        release.release();
        const bool ended = finished.wait(20000);
        pool->setMaxThreadCount(threads);
        QVERIFY(ended);
        const auto result = finished.first().first().value<CsvWriter::Result>();
        QVERIFY(result.cancelled);
        QVERIFY(!result.isError());
        QCOMPARE(contentsOf(path), QByteArray("the export before\r\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("old.csv")});
    }

    void shouldKeepTheWritersErrorMessages()
    {
        CsvExport job;
        QSignalSpy finished(&job, &CsvExport::finished);
        const QString path = m_dir.filePath(QStringLiteral("missing/folder/x.csv"));
        QVERIFY(job.start(TableSnapshot::take(m_view), Columns, {}, path));
        QVERIFY(finished.wait(20000));
        const auto result = finished.first().first().value<CsvWriter::Result>();
        QVERIFY2(result.error.startsWith(QStringLiteral("Could not open “")),
                 qPrintable(result.error));
    }

private:
    QTemporaryDir m_dir;
    ServiceTableModel m_table;
    ServiceViewModel m_view;
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "test_csvexport.moc"
