// SPDX-License-Identifier: MIT
#include "panelregistry.h"
#include "thistestprogram.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>
#include <cstring>

namespace {

PanelConfig v2Panel(const QString &name,
                    const QString &url = QStringLiteral("https://panel.example/api/v2"))
{
    PanelConfig panel;
    panel.name = name;
    panel.url = QUrl(url);
    return panel;
}

QStringList namesOf(const QList<PanelConfig> &panels)
{
    QStringList names;
    for (const PanelConfig &panel : panels)
        names << panel.name;
    return names;
}

QString settingsPath()
{
    return QSettings().fileName();
}

void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("smm-price-browser-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_panelregistry"));
}

// Run as another process: adds `count` panels called "<prefix> <n>" through one registry, as a
// window open for a while would, and prints every refusal.
int addPanels(const QString &prefix, int count)
{
    useTestSettings();
    PanelRegistry registry;
    int refused = 0;
    for (int i = 0; i < count; ++i) {
        const QString problem = registry.add(v2Panel(prefix + u' ' + QString::number(i)));
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(problem));
            ++refused;
        }
    }
    return refused == 0 ? 0 : 1;
}

} // namespace

class TestPanelRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useTestSettings(); }

    void init()
    {
        QSettings settings;
        settings.clear();
        settings.sync();
    }

    void shouldListNothingButTheBuiltInPanelOnAFreshStart()
    {
        PanelRegistry registry;
        QVERIFY(registry.list().isEmpty());
        const QUrl base(QStringLiteral("https://kratos.example/smm"));
        const QList<PanelConfig> all = registry.allPanels(base);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().name, PanelConfig::BuiltInName);
        QCOMPARE(all.first().style, PanelConfig::Style::Kratos);
        QCOMPARE(all.first().url, base);
        QVERIFY(!registry.find(PanelConfig::BuiltInName));
    }

    void shouldKeepPanelsInTheOrderAdded()
    {
        PanelRegistry registry;
        QCOMPARE(registry.add(v2Panel(QStringLiteral("Zeta"))), QString());
        QCOMPARE(registry.add(v2Panel(QStringLiteral("Alpha"))), QString());
        PanelConfig local =
            v2Panel(QStringLiteral("Local"), QStringLiteral("http://127.0.0.1:8080/smm"));
        local.style = PanelConfig::Style::Kratos;
        local.currency = QStringLiteral("idr");
        local.keyEnv = QStringLiteral("LOCAL_KEY");
        QCOMPARE(registry.add(local), QString());

        // A fresh object reads what the first one stored.
        const QList<PanelConfig> panels = PanelRegistry().list();
        QCOMPARE(namesOf(panels), (QStringList{QStringLiteral("Zeta"), QStringLiteral("Alpha"),
                                               QStringLiteral("Local")}));
        QCOMPARE(panels.at(2).style, PanelConfig::Style::Kratos);
        QCOMPARE(panels.at(2).url, QUrl(QStringLiteral("http://127.0.0.1:8080/smm")));
        QCOMPARE(panels.at(2).currency, QStringLiteral("IDR"));
        QCOMPARE(panels.at(2).keyEnv, QStringLiteral("LOCAL_KEY"));
        QCOMPARE(namesOf(registry.allPanels(QUrl(QStringLiteral("https://k.example/smm")))),
                 (QStringList{PanelConfig::BuiltInName, QStringLiteral("Zeta"),
                              QStringLiteral("Alpha"), QStringLiteral("Local")}));
    }

    void shouldFindPanelsWhateverTheCase()
    {
        PanelRegistry registry;
        QCOMPARE(registry.add(v2Panel(QStringLiteral("Panel One"))), QString());
        QCOMPARE(registry.find(QStringLiteral("PANEL one"))->name, QStringLiteral("Panel One"));
        QCOMPARE(registry.find(QStringLiteral("  panel one "))->name, QStringLiteral("Panel One"));
        QVERIFY(!registry.find(QStringLiteral("Panel Two")));
    }

    void shouldRefuseEachBrokenRuleWithItsOwnReason_data()
    {
        QTest::addColumn<PanelConfig>("panel");
        QTest::addColumn<QString>("reasonPart");

        QTest::newRow("empty name") << v2Panel(QString()) << QStringLiteral("needs a name");
        QTest::newRow("blank name")
            << v2Panel(QStringLiteral("  \t")) << QStringLiteral("needs a name");
        QTest::newRow("duplicate")
            << v2Panel(QStringLiteral("existing")) << QStringLiteral("already a panel called");
        QTest::newRow("duplicate padded")
            << v2Panel(QStringLiteral(" EXISTING ")) << QStringLiteral("already a panel called");
        QTest::newRow("built-in name")
            << v2Panel(PanelConfig::BuiltInName) << QStringLiteral("built-in panel");
        QTest::newRow("built-in name other case")
            << v2Panel(QStringLiteral("kRaToS")) << QStringLiteral("built-in panel");
        QTest::newRow("plain http elsewhere")
            << v2Panel(QStringLiteral("P"), QStringLiteral("http://panel.example/api/v2"))
            << QStringLiteral("not encrypted");
        QTest::newRow("ftp url") << v2Panel(QStringLiteral("P"),
                                            QStringLiteral("ftp://panel.example/api/v2"))
                                 << QStringLiteral("Only https://");
        QTest::newRow("no url") << v2Panel(QStringLiteral("P"), QString())
                                << QStringLiteral("web address");

        PanelConfig currency = v2Panel(QStringLiteral("P"));
        for (const QString &code :
             {QStringLiteral("US"), QStringLiteral("USDT"), QStringLiteral("U$D"),
              QStringLiteral("ÜSD"), QStringLiteral("1DR")}) {
            currency.currency = code;
            QTest::newRow(qPrintable(QStringLiteral("currency ") + code))
                << currency << QStringLiteral("is not a currency code");
        }
        PanelConfig keyEnv = v2Panel(QStringLiteral("P"));
        for (const QString &name :
             {QStringLiteral("1KEY"), QStringLiteral("MY-KEY"), QStringLiteral("MY KEY"),
              QStringLiteral("KEY=x"), QStringLiteral("$KEY")}) {
            keyEnv.keyEnv = name;
            QTest::newRow(qPrintable(QStringLiteral("keyEnv ") + name))
                << keyEnv << QStringLiteral("is not an environment variable name");
        }
    }

    void shouldRefuseEachBrokenRuleWithItsOwnReason()
    {
        QFETCH(PanelConfig, panel);
        QFETCH(QString, reasonPart);
        PanelRegistry registry;
        QCOMPARE(registry.add(v2Panel(QStringLiteral("Existing"))), QString());

        const QString reason = registry.add(panel);
        QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
        QCOMPARE(namesOf(registry.list()), QStringList{QStringLiteral("Existing")});
        // The same rules hold for an update of the stored panel.
        if (panel.name.trimmed().compare(QStringLiteral("existing"), Qt::CaseInsensitive) != 0)
            QVERIFY(registry.update(QStringLiteral("Existing"), panel).contains(reasonPart));
        QCOMPARE(registry.list().first(), v2Panel(QStringLiteral("Existing")));
    }

    void shouldAcceptWhatTheRulesAllow()
    {
        PanelRegistry registry;
        PanelConfig panel = v2Panel(QStringLiteral("  Murah Panel  "));
        panel.currency = QStringLiteral("usd");
        panel.keyEnv = QStringLiteral("_MURAH_KEY2");
        QCOMPARE(registry.add(panel), QString());
        QCOMPARE(registry.add(v2Panel(QStringLiteral("Local"),
                                      QStringLiteral("http://localhost:9000/api/v2"))),
                 QString());
        const QList<PanelConfig> panels = registry.list();
        QCOMPARE(panels.first().name, QStringLiteral("Murah Panel"));
        QCOMPARE(panels.first().currency, QStringLiteral("USD"));
        QCOMPARE(panels.first().keyEnv, QStringLiteral("_MURAH_KEY2"));
    }

    void shouldRenameAndUpdateInPlace()
    {
        PanelRegistry registry;
        for (const QString &name : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
            QCOMPARE(registry.add(v2Panel(name)), QString());

        QCOMPARE(registry.rename(QStringLiteral("b"), QStringLiteral("Bee")), QString());
        QCOMPARE(namesOf(registry.list()),
                 (QStringList{QStringLiteral("A"), QStringLiteral("Bee"), QStringLiteral("C")}));
        // Only the case changes: still the same panel, not a duplicate.
        QCOMPARE(registry.rename(QStringLiteral("Bee"), QStringLiteral("BEE")), QString());
        QCOMPARE(registry.list().at(1).name, QStringLiteral("BEE"));

        QVERIFY(registry.rename(QStringLiteral("BEE"), QStringLiteral("a"))
                    .contains(QStringLiteral("already")));
        QVERIFY(registry.rename(QStringLiteral("BEE"), QStringLiteral(" "))
                    .contains(QStringLiteral("needs a name")));
        QVERIFY(registry.rename(QStringLiteral("nope"), QStringLiteral("X"))
                    .contains(QStringLiteral("no panel called")));

        PanelConfig changed =
            v2Panel(QStringLiteral("Cee"), QStringLiteral("https://other.example/api/v2"));
        changed.currency = QStringLiteral("EUR");
        QCOMPARE(registry.update(QStringLiteral("c"), changed), QString());
        QCOMPARE(registry.list().at(2), changed);
        QVERIFY(registry.update(QStringLiteral("gone"), changed)
                    .contains(QStringLiteral("no panel called")));
        QCOMPARE(registry.list().size(), 3);
    }

    void shouldRemovePanels()
    {
        PanelRegistry registry;
        for (const QString &name : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
            QCOMPARE(registry.add(v2Panel(name)), QString());
        QCOMPARE(registry.remove(QStringLiteral("b")), QString());
        QCOMPARE(namesOf(PanelRegistry().list()),
                 (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
        QVERIFY(registry.remove(QStringLiteral("B")).contains(QStringLiteral("no panel called")));
        QCOMPARE(registry.remove(QStringLiteral("A")), QString());
        QCOMPARE(registry.remove(QStringLiteral("C")), QString());
        QVERIFY(registry.list().isEmpty());
        // A name freed by removal may be used again.
        QCOMPARE(registry.add(v2Panel(QStringLiteral("b"))), QString());
    }

    void shouldSkipMessyStoredPanels()
    {
        {
            QSettings settings;
            settings.beginWriteArray(QStringLiteral("panels"), 12);
            const auto entry = [&](int i, const QVariantMap &values) {
                settings.setArrayIndex(i);
                for (auto it = values.begin(); it != values.end(); ++it)
                    settings.setValue(it.key(), it.value());
            };
            const QString url = QStringLiteral("https://ok.example/api/v2");
            entry(0, {{QStringLiteral("name"), QStringLiteral("Good")},
                      {QStringLiteral("style"), QStringLiteral("v2")},
                      {QStringLiteral("url"), url}});
            entry(1,
                  {{QStringLiteral("style"), QStringLiteral("v2")}, {QStringLiteral("url"), url}});
            entry(2,
                  {{QStringLiteral("name"), QStringList{QStringLiteral("a"), QStringLiteral("b")}},
                   {QStringLiteral("url"), url}});
            entry(3, {{QStringLiteral("name"), 42}, {QStringLiteral("url"), url}});
            entry(4, {{QStringLiteral("name"), QStringLiteral("No URL")}});
            entry(5, {{QStringLiteral("name"), QStringLiteral("Map URL")},
                      {QStringLiteral("url"), QVariantMap{{QStringLiteral("x"), 1}}}});
            entry(6, {{QStringLiteral("name"), QStringLiteral("Odd style")},
                      {QStringLiteral("style"), QStringLiteral("soap")},
                      {QStringLiteral("url"), url}});
            entry(7, {{QStringLiteral("name"), QStringLiteral("Bad currency")},
                      {QStringLiteral("currency"), QStringLiteral("dollars")},
                      {QStringLiteral("url"), url}});
            entry(8, {{QStringLiteral("name"), QStringLiteral("Bad env")},
                      {QStringLiteral("keyEnv"), QStringLiteral("A B")},
                      {QStringLiteral("url"), url}});
            entry(9,
                  {{QStringLiteral("name"), QStringLiteral("good")}, {QStringLiteral("url"), url}});
            entry(10, {{QStringLiteral("name"), QStringLiteral("Kratos")},
                       {QStringLiteral("url"), url}});
            // No style: written before styles existed, so the standard API.
            entry(11, {{QStringLiteral("name"), QStringLiteral("Plain")},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("currency"), QStringLiteral("eur")}});
            settings.endArray();
        }
        PanelRegistry registry;
        const QList<PanelConfig> panels = registry.list();
        QCOMPARE(namesOf(panels), (QStringList{QStringLiteral("Good"), QStringLiteral("Plain")}));
        QCOMPARE(panels.at(1).style, PanelConfig::Style::V2);
        QCOMPARE(panels.at(1).currency, QStringLiteral("EUR"));
        // Adding rewrites the list with the readable panels only.
        QCOMPARE(registry.add(v2Panel(QStringLiteral("New"))), QString());
        QCOMPARE(
            namesOf(PanelRegistry().list()),
            (QStringList{QStringLiteral("Good"), QStringLiteral("Plain"), QStringLiteral("New")}));
    }

    void shouldSurviveAHandEditedFile()
    {
        const QString path = settingsPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("[panels]\n"
                       "size=banana\n"
                       "1\\name=Hidden\n"
                       "1\\url=https://x.example/api/v2\n");
        }
        QVERIFY(PanelRegistry().list().isEmpty());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("[panels]\n"
                       "size=3\n"
                       "1\\name=Listed, twice\n"
                       "1\\url=https://x.example/api/v2\n"
                       "2\\name=Fine\n"
                       "2\\url=https://y.example/api/v2\n"
                       "2\\style=V2\n"
                       "2\\currency=\n"
                       "2\\keyEnv=@Invalid()\n");
        }
        QSettings().sync(); // Qt caches a parsed file; this re-reads it
        QCOMPARE(namesOf(PanelRegistry().list()), QStringList{QStringLiteral("Fine")});
    }

    // A panel added from the command line while the window adds one: both are kept.
    void shouldKeepEveryPanelTwoProcessesAddAtOnce()
    {
        constexpr int Count = 15;
        PanelRegistry registry;
        QCOMPARE(registry.add(v2Panel(QStringLiteral("Before"))), QString());
        const QString count = QString::number(Count);
        const TestProgramRuns adders =
            runThisTestProgram({{QStringLiteral("--add-panels"), QStringLiteral("First"), count},
                                {QStringLiteral("--add-panels"), QStringLiteral("Second"), count}});
        QVERIFY2(adders.succeeded, adders.output.constData());
        // This registry read the file before the others wrote: what it adds keeps theirs.
        QCOMPARE(registry.add(v2Panel(QStringLiteral("After"))), QString());
        const QStringList names = namesOf(PanelRegistry().list());
        QStringList lost;
        for (int i = 0; i < Count; ++i) {
            for (const QString &prefix : {QStringLiteral("First"), QStringLiteral("Second")}) {
                if (!names.contains(prefix + u' ' + QString::number(i)))
                    lost << prefix + u' ' + QString::number(i);
            }
        }
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("lost: ") + lost.join(u", ")));
        QCOMPARE(names.size(), 2 * Count + 2);
        QCOMPARE(names.first(), QStringLiteral("Before"));
        QCOMPARE(names.last(), QStringLiteral("After"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && std::strcmp(argv[1], "--add-panels") == 0)
        return addPanels(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    TestPanelRegistry test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_panelregistry.moc"
