// SPDX-License-Identifier: MIT
#include "attributereader.h"

#include <QLocale>
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
            << "live-viewers" << QString();
        QTest::newRow("story-views")
            << QStringLiteral("IG Story Views [WW]") << QString() << "instagram"
            << "story-views"
            << "WW";
        QTest::newRow("komentar") << QStringLiteral("Komentar Instagram Custom 🇮🇩") << QString()
                                  << "instagram"
                                  << "comments"
                                  << "ID";
        QTest::newRow("comment-likes")
            << QStringLiteral("Instagram Comment Likes") << QString() << "instagram"
            << "comment-likes" << QString();
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

    void shouldSayTheStartInTheLargestWholeUnit_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("count");
        QTest::newRow("a minute") << 1 << QStringLiteral("minute(s)") << 1;
        QTest::newRow("under an hour") << 59 << QStringLiteral("minute(s)") << 59;
        QTest::newRow("an hour") << 60 << QStringLiteral("hour(s)") << 1;
        QTest::newRow("not whole hours") << 90 << QStringLiteral("minute(s)") << 90;
        QTest::newRow("a day in hours") << 1440 << QStringLiteral("hour(s)") << 24;
        QTest::newRow("under two days") << 47 * 60 << QStringLiteral("hour(s)") << 47;
        QTest::newRow("two days") << 2880 << QStringLiteral("day(s)") << 2;
        QTest::newRow("not whole days") << 50 * 60 << QStringLiteral("hour(s)") << 50;
        QTest::newRow("a week") << 7 * 1440 << QStringLiteral("day(s)") << 7;
    }

    void shouldSayTheStartInTheLargestWholeUnit()
    {
        QFETCH(int, minutes);
        QFETCH(QString, unit);
        QFETCH(int, count);
        const QString source = QStringLiteral("Start: within %n ") + unit;
        QCOMPARE(ServiceAttributes::startWithin(minutes),
                 QCoreApplication::translate("ServiceAttributes", source.toUtf8().constData(),
                                             nullptr, count));
        // Read from a name, as the notes pane shows it.
        ServiceAttributes a =
            AttributeReader::read(service(QStringLiteral("IG Likes Indonesia No Refill")));
        a.startMinutes = minutes;
        QVERIFY(a.descriptions().contains(ServiceAttributes::startWithin(minutes)));
    }

    void shouldSayNoLimitForAnUnlimitedMax()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        for (const qint64 max : {Service::UnlimitedMax, Service::UnlimitedMax + 1}) {
            Service s = service(QStringLiteral("IG Likes Indonesia No Refill"));
            s.min = 100;
            s.max = max;
            const QString order = AttributeReader::read(s).descriptions().constLast();
            QCOMPARE(order, QStringLiteral("Order: from 100, no limit"));
        }
        Service s = service(QStringLiteral("IG Likes Indonesia No Refill"));
        s.min = 100;
        s.max = Service::UnlimitedMax - 1;
        QCOMPARE(AttributeReader::read(s).descriptions().constLast(),
                 QStringLiteral("Order: 100 to 2,147,483,646"));
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

    // The rules tests/data/matching-eval.md labels by, one case each.
    void shouldKeyByTheLabellingRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("key");
        const auto row = [](const char *tag, const char *name, const char *category,
                            const char *note, const char *key) {
            QTest::newRow(tag) << QString::fromUtf8(name) << QString::fromUtf8(category)
                               << QString::fromUtf8(note) << QString::fromUtf8(key);
        };
        row("nothing said is no refill", "IG Followers Real", "", "",
            "instagram|followers|WW|none");
        row("refill without a period", "IG Followers Bergaransi", "", "",
            "instagram|followers|WW|refill");
        row("auto refill", "IG Followers Auto Refill", "", "", "instagram|followers|WW|refill");
        row("auto refill 30 days", "IG Followers Auto Refill 30 Days", "", "",
            "instagram|followers|WW|30d");
        row("1 month refill", "IG Followers 1 Month Refill", "", "", "instagram|followers|WW|30d");
        row("2 months", "IG Followers Refill 2 Months", "", "", "instagram|followers|WW|60d");
        row("3 bulan", "IG Followers Garansi 3 Bulan", "", "", "instagram|followers|WW|90d");
        row("365 hari", "IG Followers 365 Hari Garansi", "", "", "instagram|followers|WW|365d");
        row("seumur hidup", "IG Followers Refill Seumur Hidup", "", "",
            "instagram|followers|WW|lifetime");
        row("selamanya", "IG Followers Garansi Selamanya", "", "",
            "instagram|followers|WW|lifetime");
        row("R infinity", "IG Followers R∞", "", "", "instagram|followers|WW|lifetime");
        row("non drop and lifetime", "IG Followers Non Drop + Lifetime Refill", "", "",
            "instagram|followers|WW|lifetime");
        row("low drop is no refill", "IG Followers Low Drop", "", "",
            "instagram|followers|WW|none");
        row("category refill, name period", "IG Followers 30 Hari", "Instagram Followers ♻️",
            "", "instagram|followers|WW|30d");
        row("refill cross", "IG Followers | Refill ❌ |", "", "", "instagram|followers|WW|none");
        row("no entry sign", "IG Followers [⛔ No Refill]", "", "", "instagram|followers|WW|none");
        row("note gives the period", "Followers Real Aktif", "Instagram Followers Indonesia",
            "Garansi refill 30 hari", "instagram|followers|ID|30d");
        row("numbers that are no periods",
            "YT Watch Hours 4000 Jam [Server 3] #12003 Mulai 0-6 jam", "", "",
            "youtube|watch-hours|WW|none");
        row("speed per day", "IG Likes Speed 50K/D 5k per hari Max 50K", "", "",
            "instagram|likes|WW|none");
        row("globe", "TG Reactions 🌍", "", "", "telegram|reactions|WW|none");
        row("luar negeri", "Followers Luar Negeri", "Instagram Followers Indonesia", "",
            "instagram|followers|WW|none");
        row("indo mix", "TT Followers Indo Mix", "", "", "tiktok|followers|ID|none");
        row("mix alone", "TT Followers Mix", "", "", "tiktok|followers|WW|none");
        row("akun indo", "IG Followers Akun Indo", "", "", "instagram|followers|ID|none");
        row("brazil flag", "IG Followers 🇧🇷", "", "", "instagram|followers|BR|none");
        row("reels likes", "IG Reels Likes", "", "", "instagram|likes|WW|none");
        row("reel views", "IG Reels Views", "", "", "instagram|views|WW|none");
        row("igtv views", "IGTV Views", "", "", "instagram|views|WW|none");
        row("reach and impressions", "Instagram Reach + Impressions", "", "",
            "instagram|impressions|WW|none");
        row("shorts", "YouTube Shorts Views", "", "", "youtube|views|WW|none");
        row("tiktok plays", "TikTok Plays", "", "", "tiktok|views|WW|none");
        row("like komentar", "IG Like Komentar", "Instagram Likes", "",
            "instagram|comment-likes|WW|none");
        row("emoji comments", "IG Emoji Comments", "", "", "instagram|comments|WW|none");
        row("subscriber channel", "Telegram Subscriber Channel", "", "",
            "telegram|members|WW|none");
        row("anggota", "TG Anggota Indonesia", "", "", "telegram|members|ID|none");
        row("page likes and followers", "FB Page Likes + Followers", "", "",
            "facebook|page-likes|WW|none");
        row("like fanspage", "Facebook Like Fanspage", "", "", "facebook|page-likes|WW|none");
        row("like status", "Facebook Like Status", "", "", "facebook|post-likes|WW|none");
        row("page followers", "Facebook Page Followers", "", "", "facebook|followers|WW|none");
        row("reposts", "X Reposts", "", "", "twitter|retweets|WW|none");
        row("x in a tag", "[X] Followers", "", "", "twitter|followers|WW|none");
        row("threads", "Instagram Threads Followers", "", "", "threads|followers|WW|none");
        row("favorit", "TT Favorit", "", "", "tiktok|saves|WW|none");
        row("putar lagu", "Spotify Putar Lagu", "", "", "spotify|plays|WW|none");
        row("story from the category", "Views Real", "Instagram Story Views", "",
            "instagram|story-views|WW|none");
        row("views named, story in the category", "IG Views Fast", "Instagram Story Views", "",
            "instagram|story-views|WW|none");
        row("page in the category", "FB Likes WW", "Facebook Page Likes", "",
            "facebook|page-likes|WW|none");
        row("live in the category", "TikTok Views [30 Min]", "TikTok Live Stream", "",
            "tiktok|live-viewers|WW|none");
        row("dislikes are no likes", "Youtube Dislikes", "Youtube Likes", "",
            "youtube|dislikes|WW|none");
        row("isi ulang", "IG Followers Isi Ulang 30 Hari", "", "", "instagram|followers|WW|30d");
        row("tidak ada refill", "IG Followers Tidak Ada Refill", "", "",
            "instagram|followers|WW|none");
        row("portuguese", "Instagram Seguidores Brasileiros", "", "",
            "instagram|followers|BR|none");
        row("platform from the note", "Followers Indonesia", "Followers",
            "<p>Instagram accounts</p>", "instagram|followers|ID|none");
    }

    void shouldKeyByTheLabellingRules()
    {
        QFETCH(QString, name);
        QFETCH(QString, category);
        QFETCH(QString, note);
        QFETCH(QString, key);
        QCOMPARE(AttributeReader::read(service(name, category, note)).groupKey(), key);
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
        QVERIFY2(lines.contains(QStringLiteral("Start: within 1 hour")), qPrintable(lines));
        const QString unstated = AttributeReader::read(service(QStringLiteral("IG Likes Indo")))
                                     .descriptions()
                                     .join(u'\n');
        QVERIFY2(unstated.contains(QStringLiteral("Refill: not stated (counted as no refill)")),
                 qPrintable(unstated));
        QCOMPARE(AttributeReader::read(service(QStringLiteral("IG Likes Indo"))).label(),
                 QStringLiteral("Instagram likes · Indonesia · no refill"));
        QVERIFY2(lines.contains(QStringLiteral("Order: 100 to ") + QLocale().toString(50'000)),
                 qPrintable(lines));
        s.max = Service::UnlimitedMax;
        const QString unlimited = AttributeReader::read(s).descriptions().join(u'\n');
        QVERIFY2(unlimited.contains(QStringLiteral("Order: from 100, no limit")),
                 qPrintable(unlimited));
    }
};

QTEST_GUILESS_MAIN(TestAttributeReader)
#include "test_attributereader.moc"
