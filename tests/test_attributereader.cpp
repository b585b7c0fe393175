// SPDX-License-Identifier: MIT
#include "attributereader.h"

#include <QElapsedTimer>
#include <QTest>

class TestAttributeReader : public QObject
{
    Q_OBJECT

private:
    static Service service(const QString &name, const QString &category = QString(),
                           const QString &note = QString(), const QString &type = QString())
    {
        Service s;
        s.id = 1;
        s.name = name;
        s.category = category;
        s.note = note;
        s.type = type;
        return s;
    }

private Q_SLOTS:
    void shouldFoldStyledLettersAndEmoji_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("bold sans") << QStringLiteral("𝗥𝗲𝗮𝗹 Likes") << QStringLiteral("real likes");
        QTest::newRow("bold serif") << QStringLiteral("𝐑𝐞𝐚𝐥") << QStringLiteral("real");
        QTest::newRow("italic") << QStringLiteral("𝘙𝘦𝘢𝘭") << QStringLiteral("real");
        QTest::newRow("monospace digits") << QStringLiteral("𝟷𝟶𝙺/𝚍𝚊𝚢") << QStringLiteral("10k/day");
        QTest::newRow("fullwidth")
            << QStringLiteral("ＩＧ Ｌｉｋｅｓ") << QStringLiteral("ig likes");
        QTest::newRow("circled") << QStringLiteral("Ⓡⓔⓐⓛ ①⓪") << QStringLiteral("real 10");
        QTest::newRow("negative circled") << QStringLiteral("🅡🅔🅐🅛") << QStringLiteral("real");
        QTest::newRow("small capitals")
            << QStringLiteral("ʀᴇᴀʟ ꜰᴏʟʟᴏᴡᴇʀꜱ") << QStringLiteral("real followers");
        QTest::newRow("accents") << QStringLiteral("Pengikút") << QStringLiteral("pengikut");
        QTest::newRow("recycling emoji")
            << QStringLiteral("♻️30D") << QStringLiteral("refill 30d");
        QTest::newRow("flag") << QStringLiteral("Likes 🇮🇩") << QStringLiteral("likes flagid");
        QTest::newRow("two flags") << QStringLiteral("🇮🇩🇺🇸") << QStringLiteral("flagid flagus");
        QTest::newRow("fire") << QStringLiteral("🔥 BEST 🔥") << QStringLiteral("best");
    }

    void shouldFoldStyledLettersAndEmoji()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(AttributeReader::fold(text), folded);
    }

    void shouldReadPlatformKindAudience_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("audience");
        QTest::newRow("english") << QStringLiteral("Instagram Likes | Real | R30 | 10K/day")
                                 << QString() << "instagram"
                                 << "likes" << QString();
        QTest::newRow("tag and styled")
            << QStringLiteral("[IG] Likes Indonesia 𝗥𝗲𝗮𝗹 ♻️ Refill 30 Hari")
            << QString() << "instagram"
            << "likes"
            << "ID";
        QTest::newRow("from the category")
            << QStringLiteral("Real HQ Max 50K")
            << QStringLiteral("[IG] Instagram Followers Indonesia") << "instagram"
            << "followers"
            << "ID";
        QTest::newRow("indonesian words")
            << QStringLiteral("Pengikut Instagram Indo Aktif") << QString() << "instagram"
            << "followers"
            << "ID";
        QTest::newRow("suka") << QStringLiteral("TikTok Suka Murah") << QString() << "tiktok"
                              << "likes" << QString();
        QTest::newRow("tayangan") << QStringLiteral("Youtube Tayangan Global") << QString()
                                  << "youtube"
                                  << "views"
                                  << "WW";
        QTest::newRow("penonton live")
            << QStringLiteral("TikTok Penonton Live 30 menit") << QString() << "tiktok"
            << "live viewers" << QString();
        QTest::newRow("story views")
            << QStringLiteral("IG Story Views [WW]") << QString() << "instagram"
            << "story views"
            << "WW";
        QTest::newRow("komentar") << QStringLiteral("Komentar Instagram Custom 🇮🇩") << QString()
                                  << "instagram"
                                  << "comments"
                                  << "ID";
        QTest::newRow("comment likes")
            << QStringLiteral("Instagram Comment Likes") << QString() << "instagram"
            << "comment likes" << QString();
        QTest::newRow("telegram subscribers are members")
            << QStringLiteral("Telegram Channel Subscribers") << QString() << "telegram"
            << "members" << QString();
        QTest::newRow("bracketed code") << QStringLiteral("Followers [ID] Fast")
                                        << QStringLiteral("[TE] Telegram") << "telegram"
                                        << "followers"
                                        << "ID";
        QTest::newRow("id outside a tag is no country")
            << QStringLiteral("Instagram Likes (need post id)") << QString() << "instagram"
            << "likes" << QString();
        QTest::newRow("reseller number is no speed")
            << QStringLiteral("#123 YT Views") << QString() << "youtube"
            << "views" << QString();
        QTest::newRow("name wins over category")
            << QStringLiteral("TikTok Views Worldwide") << QStringLiteral("Instagram Indonesia")
            << "tiktok"
            << "views"
            << "WW";
        QTest::newRow("nothing known") << QStringLiteral("Jasa SEO Website") << QString()
                                       << QString() << QString() << QString();
    }

    void shouldReadPlatformKindAudience()
    {
        QFETCH(QString, name);
        QFETCH(QString, category);
        QFETCH(QString, platform);
        QFETCH(QString, kind);
        QFETCH(QString, audience);
        const ServiceAttributes a = AttributeReader::read(service(name, category));
        QCOMPARE(a.platform, platform);
        QCOMPARE(a.kind, kind);
        QCOMPARE(a.audience, audience);
    }

    void shouldReadRefill_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("refillClass");
        QTest::newRow("R30") << QStringLiteral("Instagram Likes | Real | R30 | 10K/day")
                             << QString() << "30d";
        QTest::newRow("Refill 30 Days")
            << QStringLiteral("IG Likes Refill 30 Days") << QString() << "30d";
        QTest::newRow("30 days refill")
            << QStringLiteral("IG Likes 30 Days Refill") << QString() << "30d";
        QTest::newRow("garansi 30 hari")
            << QStringLiteral("IG Likes Garansi 30 Hari") << QString() << "30d";
        QTest::newRow("garansi in days")
            << QStringLiteral("IG Likes - HQ - Garansi 30 Days - Max 50K") << QString() << "30d";
        QTest::newRow("recycling emoji and hari")
            << QStringLiteral("[IG] Likes Indonesia 𝗥𝗲𝗮𝗹 ♻️ Refill 30 Hari")
            << QString() << "30d";
        QTest::newRow("recycling emoji and 30D")
            << QStringLiteral("IG Likes ♻️30D") << QString() << "30d";
        QTest::newRow("30D alone") << QStringLiteral("IG Likes 30D") << QString() << "30d";
        QTest::newRow("recycling emoji alone")
            << QStringLiteral("IG Likes ♻️") << QString() << "refill";
        QTest::newRow("No Refill") << QStringLiteral("IG Likes [No Refill]") << QString() << "none";
        QTest::newRow("tanpa refill")
            << QStringLiteral("IG Likes Tanpa Refill") << QString() << "none";
        QTest::newRow("tanpa garansi")
            << QStringLiteral("IG Likes tanpa garansi") << QString() << "none";
        QTest::newRow("NR") << QStringLiteral("IG Likes | NR |") << QString() << "none";
        QTest::newRow("refill: no") << QStringLiteral("IG Likes Refill: No") << QString() << "none";
        QTest::newRow("lifetime") << QStringLiteral("IG Likes Lifetime Refill") << QString()
                                  << "lifetime";
        QTest::newRow("permanen") << QStringLiteral("IG Likes Garansi Permanen") << QString()
                                  << "lifetime";
        QTest::newRow("a month") << QStringLiteral("IG Likes Refill 1 Month") << QString() << "30d";
        QTest::newRow("a year") << QStringLiteral("IG Likes 1 Tahun Garansi") << QString()
                                << "365d";
        QTest::newRow("R365") << QStringLiteral("IG Likes R365") << QString() << "365d";
        QTest::newRow("speed is no refill")
            << QStringLiteral("IG Likes Refill 10K/day") << QString() << "refill";
        QTest::newRow("from the note") << QStringLiteral("IG Likes")
                                       << QStringLiteral("<p>Refill: <b>60 days</b></p>") << "60d";
        QTest::newRow("note gives the length")
            << QStringLiteral("IG Likes ♻️") << QStringLiteral("Garansi 45 hari") << "45d";
        QTest::newRow("not stated") << QStringLiteral("IG Likes Real") << QString() << "unknown";
        QTest::newRow("no drop is no refill")
            << QStringLiteral("IG Likes Non Drop") << QString() << "unknown";
    }

    void shouldReadRefill()
    {
        QFETCH(QString, name);
        QFETCH(QString, note);
        QFETCH(QString, refillClass);
        QCOMPARE(AttributeReader::read(service(name, QString(), note)).refillClass(), refillClass);
    }

    void shouldReadSpeedStartAndLimits_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("note");
        QTest::addColumn<qint64>("speed");
        QTest::addColumn<int>("start");
        QTest::addColumn<qint64>("max");
        QTest::newRow("10K/day") << QStringLiteral("IG Likes 10K/day") << QString() << 10'000LL
                                 << -1 << 0LL;
        QTest::newRow("10k per hari")
            << QStringLiteral("IG Likes 10k per hari") << QString() << 10'000LL << -1 << 0LL;
        QTest::newRow("rb per jam")
            << QStringLiteral("IG Likes 1rb/jam") << QString() << 24'000LL << -1 << 0LL;
        QTest::newRow("thousands separator")
            << QStringLiteral("IG Likes 50.000/Day") << QString() << 50'000LL << -1 << 0LL;
        QTest::newRow("speed word")
            << QStringLiteral("IG Likes Speed 5K") << QString() << 5'000LL << -1 << 0LL;
        QTest::newRow("start range")
            << QStringLiteral("IG Likes Start: 0-1 hour") << QString() << 0LL << 60 << 0LL;
        QTest::newRow("instant") << QStringLiteral("IG Likes Instant") << QString() << 0LL << 0
                                 << 0LL;
        QTest::newRow("note") << QStringLiteral("IG Likes")
                              << QStringLiteral("Start time: 0-30 menit<br>Speed: 20K/Day")
                              << 20'000LL << 30 << 0LL;
        QTest::newRow("max in name")
            << QStringLiteral("IG Likes - Max 50K") << QString() << 0LL << -1 << 50'000LL;
    }

    void shouldReadSpeedStartAndLimits()
    {
        QFETCH(QString, name);
        QFETCH(QString, note);
        QFETCH(qint64, speed);
        QFETCH(int, start);
        QFETCH(qint64, max);
        const ServiceAttributes a = AttributeReader::read(service(name, QString(), note));
        QCOMPARE(a.speedPerDay, speed);
        QCOMPARE(a.startMinutes, start);
        QCOMPARE(a.max, max);
    }

    void shouldPreferTheServicesOwnLimits()
    {
        Service s = service(QStringLiteral("IG Likes Max 50K Min 10"));
        QCOMPARE(AttributeReader::read(s).min, 10);
        s.min = 100;
        s.max = 10'000;
        const ServiceAttributes a = AttributeReader::read(s);
        QCOMPARE(a.min, 100);
        QCOMPARE(a.max, 10'000);
    }

    void shouldReadQualityWords()
    {
        const ServiceAttributes a =
            AttributeReader::read(service(QStringLiteral("IG Likes 𝗥𝗲𝗮𝗹 HQ Non Drop Mixed Bots")));
        QCOMPARE(a.quality, QStringList({QStringLiteral("real"), QStringLiteral("hq"),
                                         QStringLiteral("non-drop"), QStringLiteral("mixed"),
                                         QStringLiteral("bot")}));
        QCOMPARE(
            AttributeReader::read(service(QStringLiteral("IG Likes High Quality Asli"))).quality,
            QStringList({QStringLiteral("hq"), QStringLiteral("real")}));
    }

    void shouldGiveTheSameKeyToTheIssuesThreeNames()
    {
        const QString a =
            AttributeReader::read(service(QStringLiteral("Instagram Likes | Real | R30 | 10K/day"),
                                          QStringLiteral("Instagram Likes Indonesia")))
                .groupKey();
        const QString b = AttributeReader::read(
                              service(QStringLiteral(
                                  "[IG] Likes Indonesia 𝗥𝗲𝗮𝗹 ♻️ Refill 30 Hari")))
                              .groupKey();
        const QString c = AttributeReader::read(
                              service(QStringLiteral("IG Likes - HQ - Garansi 30 Days - Max 50K"),
                                      QStringLiteral("[IG] Instagram Likes 🇮🇩")))
                              .groupKey();
        QCOMPARE(a, QStringLiteral("instagram|likes|ID|30d"));
        QCOMPARE(b, a);
        QCOMPARE(c, a);
    }

    void shouldSurviveMessyText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("lone surrogate") << QString(QChar(0xD835));
        QTest::newRow("only emoji") << QStringLiteral("🔥🔥🔥♻️🇮");
        QTest::newRow("numbers only") << QStringLiteral("1.2.3.4,5,6 99999999999999999999999k/day");
        QTest::newRow("refill at the end") << QStringLiteral("refill");
        QTest::newRow("start at the end") << QStringLiteral("start 0-");
        QTest::newRow("broken html") << QStringLiteral("<b><i>Refill <");
    }

    void shouldSurviveMessyText()
    {
        QFETCH(QString, text);
        const ServiceAttributes a = AttributeReader::read(service(text, text, text, text));
        QVERIFY(a.speedPerDay >= 0);
        QVERIFY(!a.label().isEmpty());
    }

    void shouldDescribeTheAttributes()
    {
        Service s = service(QStringLiteral("IG Likes Indonesia R30 10K/day Start: 0-1 hour Real"));
        s.min = 100;
        s.max = 50'000;
        const ServiceAttributes a = AttributeReader::read(s);
        QCOMPARE(AttributeReader::read(service(QStringLiteral("IG Likes Indo lifetime"))).label(),
                 QStringLiteral("Instagram likes · Indonesia · lifetime refill"));
        // Counted texts read "30 days" once the English plurals are built, "30 day(s)" before.
        QVERIFY2(
            a.label().startsWith(QStringLiteral("Instagram likes · Indonesia · refill 30 day")),
            qPrintable(a.label()));
        const QString lines = a.descriptions().join(u'\n');
        QVERIFY2(lines.contains(QStringLiteral("Platform: Instagram")), qPrintable(lines));
        QVERIFY2(lines.contains(QStringLiteral("Refill: refill 30 day")), qPrintable(lines));
        QVERIFY2(lines.contains(QStringLiteral("Quality: real")), qPrintable(lines));
        QVERIFY2(lines.contains(QStringLiteral("Start: within 60 minute")), qPrintable(lines));
    }

    // Not a benchmark of record, a guard: reading must stay a matter of microseconds.
    void shouldReadQuickly()
    {
        ServiceList services;
        for (int i = 0; i < 20'000; ++i)
            services.append(service(
                QStringLiteral(
                    "[IG] Likes Indonesia 𝗥𝗲𝗮𝗹 ♻️ Refill 30 Hari #%1 | 10K/day")
                    .arg(i),
                QStringLiteral("Instagram Likes Indonesia"),
                QStringLiteral("<p>Start: 0-1 hour</p>")));
        QElapsedTimer timer;
        timer.start();
        qint64 total = 0;
        for (const Service &s : std::as_const(services))
            total += AttributeReader::read(s).speedPerDay;
        const double micros = double(timer.nsecsElapsed()) / 1000.0 / double(services.size());
        qInfo("%.2f µs per service", micros);
        QCOMPARE(total, 20'000LL * 10'000);
        QVERIFY2(micros < 50, qPrintable(QString::number(micros)));
    }
};

QTEST_GUILESS_MAIN(TestAttributeReader)
#include "test_attributereader.moc"
