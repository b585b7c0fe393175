// SPDX-License-Identifier: MIT
#include "searchtext.h"

#include <QTest>

class TestSearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFoldToUtf8AsFoldDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("ascii") << QStringLiteral("TikTok Views | 1K/day")
                               << QByteArray("tiktok views | 1k/day");
        QTest::newRow("emoji") << QStringLiteral("IG Likes \u2B50 Recommended")
                               << QByteArray("ig likes \xE2\xAD\x90 recommended");
        QTest::newRow("flag") << QStringLiteral("\U0001F1EE\U0001F1E9 Indo")
                              << QByteArray("\xF0\x9F\x87\xAE\xF0\x9F\x87\xA9 indo");
        QTest::newRow("emoji with variation selector")
            << QStringLiteral("Love \u2764\uFE0F") << QByteArray("love \xE2\x9D\xA4");
        QTest::newRow("punctuation") << QStringLiteral("Fast \u2014 \u2022 \u20AC5 \u2192")
                                     << QByteArray("fast \xE2\x80\x94 \xE2\x80\xA2 \xE2\x82\xAC"
                                                   "5 \xE2\x86\x92");
        QTest::newRow("two-byte symbols") << QStringLiteral("A \u00A7 5 \u00D7 2 \u00B0")
                                          << QByteArray("a \xC2\xA7 5 \xC3\x97 2 \xC2\xB0");
        QTest::newRow("accent") << QStringLiteral("Caf\u00E9 \u00C9COLE")
                                << QByteArray("cafe ecole");
        QTest::newRow("combining accent") << QStringLiteral("Cafe\u0301") << QByteArray("cafe");
        QTest::newRow("sharp s") << QStringLiteral("Stra\u00DFe")
                                 << QString(QStringLiteral("Stra\u00DFe")).toCaseFolded().toUtf8();
        QTest::newRow("full width")
            << QStringLiteral("\uFF26\uFF35\uFF2C\uFF2C") << QByteArray("full");
        QTest::newRow("circled letter") << QStringLiteral("\u24B6 plan") << QByteArray("a plan");
        QTest::newRow("ligature") << QStringLiteral("\uFB01rst") << QByteArray("first");
        QTest::newRow("trade mark") << QStringLiteral("Brand\u2122") << QByteArray("brandtm");
        QTest::newRow("no-break space") << QStringLiteral("a\u00A0b") << QByteArray("a b");
        QTest::newRow("cyrillic") << QStringLiteral("\u041F\u0440\u0438\u0432\u0435\u0442")
                                  << QByteArray("\xD0\xBF\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral("X")
                                        << (QString(QChar(0xD800)) + u'x').toUtf8();
    }

    void shouldFoldToUtf8AsFoldDoes()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(SearchText::fold(text).toUtf8(), expected);
        QByteArray out("kept|");
        SearchText::appendFoldedUtf8(text, out);
        QCOMPARE(out, "kept|" + expected);
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "test_searchtext.moc"
