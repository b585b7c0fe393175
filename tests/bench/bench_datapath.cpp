// SPDX-License-Identifier: MIT
// Times the data path on large catalogs: load, a filter keystroke, sorts and a CSV export, done
// our way (ResponseParser + ServiceViewModel) and the plain Qt way (QJsonDocument +
// QSortFilterProxyModel filtering the same four fields). Each way and size runs in a child process
// so its peak RSS is its own. First, startup to the first painted window against a bare QMainWindow
// (StartupBenchmark).

#include "benchapplication.h"
#include "csvwriter.h"
#include "headlessrunbenchmark.h"
#include "hugepages.h"
#include "launchoptions.h"
#include "median.h"
#include "panelsbenchmark.h"
#include "responseparser.h"
#include "servicetablemodel.h"
#include "serviceviewmodel.h"
#include "startupbenchmark.h"
#include "typefilter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QThread>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

namespace {

// What one way measures on one size; the table shows Load to Matching.
enum Metric {
    Load,
    BackgroundAfterLoad,
    Keystroke,
    KeystrokeMax,
    KeystrokeBlockMax,
    SortPrice,
    SortName,
    Export,
    PeakRss,
    Rows,
    Matching,
    MatchingAllKeystrokes, // not shown: ours and plain must agree on it
    JsonMiB,
    MetricCount
};
using Result = std::array<double, MetricCount>;

struct Target {
    int size;
    Metric metric;
    double limit; // ms, or MiB for PeakRss
};
// Every keystroke must meet its target, so the slowest is checked.
constexpr Target Targets[] = {{100'000, Load, 80},           {100'000, KeystrokeMax, 5},
                              {100'000, SortPrice, 15},      {100'000, SortName, 60},
                              {100'000, Export, 35},         {1'000'000, Load, 1500},
                              {1'000'000, KeystrokeMax, 60}, {1'000'000, KeystrokeBlockMax, 16},
                              {1'000'000, Export, 400},      {1'000'000, PeakRss, 1024}};
constexpr const char *MetricNames[] = {"load",
                                       "name ranks, background",
                                       "keystroke (median)",
                                       "keystroke (max)",
                                       "UI blocked (max)",
                                       "sort by price",
                                       "sort by name",
                                       "export CSV",
                                       "peak RSS",
                                       "rows loaded",
                                       "rows matching \"views\""};

// The search box receiving "views" one letter at a time, with the view sorted by price.
const QStringList Keystrokes = {QStringLiteral("v"), QStringLiteral("vi"), QStringLiteral("vie"),
                                QStringLiteral("view"), QStringLiteral("views")};

QByteArray grouped(int value)
{
    QByteArray digits = QByteArray::number(value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, ',');
    return digits;
}

// A catalog of the shape and quirks of ../shared/gen_catalog.py (HTML notes, emoji, prices as
// strings or with fractions, a missing status), the same bytes for the same size every time.
QByteArray generateCatalog(int count)
{
    struct Platform {
        const char *code;
        const char *name;
    };
    static const Platform Platforms[] = {{"IG", "Instagram"}, {"YT", "Youtube"}, {"TT", "TikTok"},
                                         {"FB", "Facebook"},  {"TW", "Twitter"}, {"SP", "Spotify"},
                                         {"TG", "Telegram"},  {"SH", "Shopee"}};
    static const char *const Kinds[] = {"Likes",  "Followers",   "Views", "Comments",
                                        "Shares", "Subscribers", "Saves", "Plays"};
    static const char *const Tags[] = {"Indonesia",
                                       "Real and Active",
                                       "Worldwide",
                                       "No Refill",
                                       "Cheapest",
                                       "HQ",
                                       "\xF0\x9F\x87\xAE\xF0\x9F\x87\xA9 Indo"};
    static const char *const Speeds[] = {"500-1K/day", "10k-15k/day", "20k-50K/day", "Instant",
                                         "1-3k/hour"};
    static const char *const Refills[] = {"Lifetime", "30 Days Refill", "No Refill"};
    static const int NameMins[] = {10, 50, 100, 500};
    static const int Mins[] = {10, 50, 100, 500, 1000};
    static const int Maxes[] = {1000, 10000, 100000, 1000000, 100000000};

    QRandomGenerator rng(1);
    const auto pick = [&](const auto &list) {
        return list[rng.bounded(int(std::size(list)))];
    };
    const auto number = [&](int low, int high) {
        return QByteArray::number(rng.bounded(low, high + 1));
    };

    QByteArray json;
    json.reserve(qsizetype(count) * 330 + 64);
    json += R"({"status":true,"message":"ok","data":[)";
    for (int i = 0; i < count; ++i) {
        const auto [code, platform] = pick(Platforms);
        const char *kind = pick(Kinds);
        QByteArray name = QByteArray(platform) + ' ' + kind + " | " + pick(Refills) + " | min "
                          + QByteArray::number(pick(NameMins)) + " | " + pick(Speeds)
                          + " speed [ Start Time : " + number(0, 60) + "Min ]";
        if (rng.generateDouble() < 0.1)
            name += " \xE2\xAD\x90 Recommended";
        QByteArray note;
        switch (rng.bounded(5)) {
        case 1:
            note = number(0, 23) + " hours " + number(0, 59) + " minutes ";
            break;
        case 2:
            note = QByteArray("<p><b>Start:</b> 0-1 hour</p><ul><li>Speed: ") + pick(Speeds)
                   + "</li><li>Refill: 30 days</li></ul>";
            break;
        case 3:
            note = "Link format: <br>https://www.instagram.com/p/xxxx<br><i>Do not change "
                   "username</i>";
            break;
        case 4:
            note = "<div style='color:red'>Not for private accounts &amp; stories</div>"
                   "<a href='https://example.invalid/faq'>FAQ</a>";
            break;
        }
        const int price = rng.bounded(500, 250001);
        const double quirk = rng.generateDouble();
        QByteArray priceJson = QByteArray::number(price);
        if (quirk < 0.03)
            priceJson = '"' + priceJson + '"';
        else if (quirk < 0.05)
            priceJson += ".5";

        json += (i > 0 ? ",{\"id\":" : "{\"id\":") + QByteArray::number(1000 + i);
        json += ",\"name\":\"" + name + "\",\"note\":\"" + note + "\",\"category\":\"[" + code
                + "] " + platform + ' ' + kind + ' ' + pick(Tags) + "\",\"type\":\"" + platform
                + "\",\"price\":" + priceJson + ",\"priceSatuan\":\"" + grouped(price)
                + "\",\"min\":" + QByteArray::number(pick(Mins))
                + ",\"max\":" + QByteArray::number(pick(Maxes)) + ",\"refill\":" + number(0, 1);
        const bool active = rng.generateDouble() < 0.95;
        if (quirk < 0.05 || quirk >= 0.06)
            json += active ? ",\"status\":1" : ",\"status\":0";
        json += '}';
    }
    json += "]}";
    return json;
}

// The app's path: the tolerant parser, the table model and ServiceViewModel.
class OurWay
{
public:
    OurWay() { m_view.setSourceModel(&m_table); }
    void load(const QByteArray &json) { m_table.setServices(ResponseParser::parse(json).services); }
    // Returns once the work a load leaves to a worker (ranking the names) is done.
    void finishBackgroundWork()
    {
        while (m_view.isRankingNames())
            QThread::usleep(100);
    }
    void sort(int column) { m_view.sort(column); }
    // Returns once the new rows are shown, and the longest the event loop was busy meanwhile:
    // the setFilter call, or the swap-in of rows filtered on the worker.
    double search(const QString &text) { return typeFilter(m_view, text); }
    const QAbstractItemModel &view() const { return m_view; }

private:
    ServiceTableModel m_table;
    ServiceViewModel m_view;
};

// A QSortFilterProxyModel that does the work ours does on a keystroke, the plain way: every
// word of the search, case-insensitively, in the name, category, type or note of each row,
// read from the services as they are (no text folded ahead).
class FourFieldsFilter final : public QSortFilterProxyModel
{
public:
    void setSearch(const QString &text)
    {
        m_words = text.split(u' ', Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const Service &service =
            static_cast<const ServiceTableModel *>(sourceModel())->service(row);
        return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &word) {
            return service.name.contains(word, Qt::CaseInsensitive)
                   || service.category.contains(word, Qt::CaseInsensitive)
                   || service.type.contains(word, Qt::CaseInsensitive)
                   || service.note.contains(word, Qt::CaseInsensitive);
        });
    }

private:
    QStringList m_words;
};

// What a Qt tutorial would write: QJsonDocument read field by field, and a QSortFilterProxyModel
// sorting on the same raw values as ours and filtering on the same four fields.
class PlainWay
{
public:
    PlainWay()
    {
        m_proxy.setSourceModel(&m_table);
        m_proxy.setSortRole(ServiceTableModel::SortRole);
    }
    void load(const QByteArray &json)
    {
        const QJsonArray rows =
            QJsonDocument::fromJson(json).object().value(QLatin1String("data")).toArray();
        ServiceList services;
        services.reserve(rows.size());
        for (const QJsonValue &row : rows) {
            const QJsonObject object = row.toObject();
            const auto field = [&](const char *key) {
                return object.value(QLatin1String(key));
            };
            const QJsonValue price = field("price");
            Service service;
            service.id = field("id").toInteger();
            service.name = field("name").toString();
            service.note = field("note").toString();
            service.category = field("category").toString();
            service.type = field("type").toString();
            service.price = price.isString() ? price.toString().toDouble() : price.toDouble();
            service.priceText = field("priceSatuan").toString();
            service.min = field("min").toInteger();
            service.max = field("max").toInteger();
            service.refill = field("refill").toInt() != 0;
            service.active = field("status").toInt(1) != 0;
            services.append(std::move(service));
        }
        m_table.setServices(std::move(services));
        m_proxy.rowCount(); // builds the proxy's mapping
    }
    void finishBackgroundWork() {} // there is none
    void sort(int column) { m_proxy.sort(column); }
    // Returns how long the UI thread was blocked: all of it.
    double search(const QString &text)
    {
        QElapsedTimer busy;
        busy.start();
        m_proxy.setSearch(text);
        return double(busy.nsecsElapsed()) / 1e6;
    }
    const QAbstractItemModel &view() const { return m_proxy; }

private:
    ServiceTableModel m_table;
    FourFieldsFilter m_proxy;
};

template<typename Step> double elapsedMs(Step &&step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    return double(timer.nsecsElapsed()) / 1e6;
}

double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024;
    }
    return -1;
}

template<typename Way> Result measure(const QByteArray &json, int runs)
{
    QList<double> load, background, keystroke, keystrokeBlock, sortPrice, sortName, exportCsv;
    Result result{};
    QFile sink(QStringLiteral("/dev/null"));
    if (!sink.open(QIODevice::WriteOnly))
        qFatal("cannot open /dev/null");
    const QList<int> columns = LaunchOptions::defaultExportColumns();
    for (int run = 0; run < runs; ++run) {
        const auto way = std::make_unique<Way>();
        load << elapsedMs([&] { way->load(json); });
        // What follows is timed as a user would meet it: after the load's background work.
        background << elapsedMs([&] { way->finishBackgroundWork(); });
        result[Rows] = way->view().rowCount();
        sortPrice << elapsedMs([&] { way->sort(ServiceTableModel::PriceColumn); });
        result[MatchingAllKeystrokes] = 0;
        for (const QString &text : Keystrokes) {
            double blocked = 0;
            keystroke << elapsedMs([&] { blocked = way->search(text); });
            keystrokeBlock << blocked;
            result[MatchingAllKeystrokes] += way->view().rowCount();
        }
        result[Matching] = way->view().rowCount();
        way->search(QString());
        sortName << elapsedMs([&] { way->sort(ServiceTableModel::NameColumn); });
        exportCsv << elapsedMs([&] { CsvWriter().write(way->view(), columns, &sink); });
    }
    result[Load] = median(load);
    result[BackgroundAfterLoad] = median(background);
    result[Keystroke] = median(keystroke);
    result[KeystrokeMax] = *std::max_element(keystroke.cbegin(), keystroke.cend());
    result[KeystrokeBlockMax] = *std::max_element(keystrokeBlock.cbegin(), keystrokeBlock.cend());
    result[SortPrice] = median(sortPrice);
    result[SortName] = median(sortName);
    result[Export] = median(exportCsv);
    result[PeakRss] = peakRssMiB();
    result[JsonMiB] = double(json.size()) / (1 << 20);
    return result;
}

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

QString withSeparators(double value)
{
    return QLocale(QLocale::English).toString(qint64(value));
}

// Runs one way on one size in a fresh process of this program, so VmHWM is that run's alone.
std::optional<Result> runChild(const QString &way, int size, int runs)
{
    std::fprintf(stderr, "measuring %s services the %s way...\n", qPrintable(withSeparators(size)),
                 qPrintable(way));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--only"), way, QStringLiteral("--sizes"), QString::number(size),
                 QStringLiteral("--runs"), QString::number(runs)});
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit
        || child.exitCode() != 0)
        return std::nullopt;
    const QList<QByteArray> fields = child.readAllStandardOutput().simplified().split(' ');
    if (fields.size() != MetricCount + 1)
        return std::nullopt;
    Result result;
    for (int i = 0; i < MetricCount; ++i)
        result[i] = fields[i + 1].toDouble();
    return result;
}

QString cell(Metric metric, double value)
{
    if (metric >= Rows)
        return withSeparators(value);
    return QString::asprintf(metric == PeakRss ? "%.0f MiB" : "%.2f ms", value);
}

void printSize(int size, const Result &ours, const Result &plain)
{
    print(QString::asprintf("\n%s services, %.1f MiB of JSON\n", qPrintable(withSeparators(size)),
                            ours[JsonMiB]));
    print(QString::asprintf("  %-24s %12s %12s %11s\n", "", "ours", "plain", "plain/ours"));
    for (int i = 0; i <= Matching; ++i) {
        const auto metric = Metric(i);
        const QString ratio = metric < Rows && ours[i] > 0 && plain[i] > 0
                                  ? QString::asprintf("%.1fx", plain[i] / ours[i])
                                  : QString();
        print(QString::asprintf("  %-24s %12s %12s %11s\n", MetricNames[i],
                                qPrintable(cell(metric, ours[i])),
                                qPrintable(cell(metric, plain[i])), qPrintable(ratio)));
    }
}

QString targetSummary(int size, const Result &ours)
{
    QStringList met, missed;
    for (const Target &target : Targets) {
        if (target.size != size)
            continue;
        const QString text =
            QString::asprintf("%s %s (target %g %s)", MetricNames[target.metric],
                              qPrintable(cell(target.metric, ours[target.metric])), target.limit,
                              target.metric == PeakRss ? "MiB" : "ms");
        (ours[target.metric] <= target.limit ? met : missed) << text;
    }
    const QString head = withSeparators(size) + QStringLiteral(": ");
    if (met.isEmpty() && missed.isEmpty())
        return head + QStringLiteral("no targets at this size");
    if (missed.isEmpty())
        return head + QStringLiteral("all targets met: ") + met.join(QStringLiteral(", "));
    return head + QStringLiteral("MISSED ") + missed.join(QStringLiteral(", "))
           + (met.isEmpty() ? QString()
                            : QStringLiteral("; met ") + met.join(QStringLiteral(", ")));
}

[[noreturn]] void failUsage(const QString &message)
{
    std::fprintf(stderr, "smm-bench: %s\n", qPrintable(message));
    std::exit(2);
}

} // namespace

int main(int argc, char *argv[])
{
    HugePages::growThreadHeapsWhole(); // as the app does
    BenchApplication app(argc, argv);
    // Display text (which the plain filter matches) and collation the same on every machine.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks the SMM Price Browser data path."));
    parser.addHelpOption();
    const QCommandLineOption sizesOption(
        QStringLiteral("sizes"), QStringLiteral("Catalog sizes, comma-separated."),
        QStringLiteral("list"), QStringLiteral("1000,100000,1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs per step; the median is shown."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("1,000 and 100,000 services, one run."));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Measure one way (ours or plain) in this process; prints raw numbers."),
        QStringLiteral("way"));
    parser.addOptions({sizesOption, runsOption, quickOption, onlyOption});
    const QCommandLineOption startupRunsOption(
        QStringLiteral("startup-runs"),
        QStringLiteral("Starts of the app and of a bare window; the median is shown."),
        QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption startupOnlyOption(QStringLiteral("startup-only"),
                                               QStringLiteral("Measure startup only."));
    parser.addOptions({startupRunsOption, startupOnlyOption});
    const QCommandLineOption headlessRunsOption(
        QStringLiteral("headless-runs"),
        QStringLiteral("Whole headless runs (--open of 100,000 services, --export) of the app "
                       "and of a Python script; the median is shown."),
        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption headlessOnlyOption(QStringLiteral("headless-only"),
                                                QStringLiteral("Measure the headless run only."));
    parser.addOptions({headlessRunsOption, headlessOnlyOption});
    const QCommandLineOption panelsOnlyOption(
        QStringLiteral("panels-only"),
        QStringLiteral("Measure \"All panels\" with 10 panels of 50,000 services only."));
    parser.addOption(panelsOnlyOption);
    parser.process(app);

    QList<int> sizes;
    for (const QString &text : parser.value(sizesOption).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        sizes << text.trimmed().toInt(&ok);
        if (!ok || sizes.constLast() < 1)
            failUsage(QStringLiteral("Not a catalog size: ") + text);
    }
    int runs = parser.value(runsOption).toInt();
    if (runs < 1)
        failUsage(QStringLiteral("--runs needs a number of at least 1"));
    int startupRuns = parser.value(startupRunsOption).toInt();
    if (startupRuns < 1)
        failUsage(QStringLiteral("--startup-runs needs a number of at least 1"));
    int headlessRuns = parser.value(headlessRunsOption).toInt();
    if (headlessRuns < 1)
        failUsage(QStringLiteral("--headless-runs needs a number of at least 1"));
    if (parser.isSet(quickOption)) {
        sizes = {1000, 100000};
        runs = 1;
        startupRuns = 5;
        headlessRuns = 3;
    }

    if (parser.isSet(onlyOption)) {
        const QString way = parser.value(onlyOption);
        if (way != u"ours" && way != u"plain")
            failUsage(QStringLiteral("--only takes ours or plain"));
        for (const int size : sizes) {
            const QByteArray json = generateCatalog(size);
            const Result result =
                way == u"ours" ? measure<OurWay>(json, runs) : measure<PlainWay>(json, runs);
            QString line = QString::number(size);
            for (const double value : result)
                line += u' ' + QString::number(value, 'f', 3);
            print(line + u'\n');
        }
        return 0;
    }

    const QString config = QStringLiteral(SMM_BENCH_CONFIG);
    print(QString::asprintf("smm-bench: %s build, median of %d run(s); keystroke = one letter of "
                            "\"views\" typed with the view sorted by price; keystrokes and sorts "
                            "start once the work a load leaves to a worker is done\n",
                            qPrintable(config.isEmpty() ? QStringLiteral("unknown") : config),
                            runs));
    if (config != u"Release" && config != u"RelWithDebInfo")
        print(QStringLiteral("warning: not an optimised build; the numbers mean little\n"));

    QStringList summaries;
    const bool panelsOnly = parser.isSet(panelsOnlyOption);
    if (!parser.isSet(headlessOnlyOption) && !panelsOnly) {
        const std::optional<StartupBenchmark::Result> startup =
            StartupBenchmark(QStringLiteral(SMM_APP_PATH), QStringLiteral(SMM_BARE_WINDOW_PATH))
                .run(startupRuns);
        if (!startup)
            return 1;
        print(startup->table());
        summaries << startup->summary();
    }
    if (!parser.isSet(startupOnlyOption) && !panelsOnly) {
        constexpr int HeadlessServices = 100'000;
        const std::optional<HeadlessRunBenchmark::Result> headless =
            HeadlessRunBenchmark(QStringLiteral(SMM_APP_PATH),
                                 QStringLiteral(SMM_PLAIN_EXPORT_SCRIPT))
                .run(generateCatalog(HeadlessServices), HeadlessServices, headlessRuns);
        if (!headless)
            return 1;
        print(headless->table());
        summaries << headless->summary();
    }
    if (!parser.isSet(startupOnlyOption) && !parser.isSet(headlessOnlyOption)) {
        const std::optional<PanelsBenchmark::Result> panels =
            PanelsBenchmark::run(10, 50'000, runs);
        if (!panels)
            return 1;
        print(panels->table());
        summaries << panels->summary();
    }
    if (parser.isSet(startupOnlyOption) || parser.isSet(headlessOnlyOption) || panelsOnly) {
        print(u'\n' + summaries.join(u'\n') + u'\n');
        return 0;
    }

    for (const int size : sizes) {
        const std::optional<Result> ours = runChild(QStringLiteral("ours"), size, runs);
        const std::optional<Result> plain = runChild(QStringLiteral("plain"), size, runs);
        if (!ours || !plain) {
            std::fprintf(stderr, "smm-bench: a measuring process failed\n");
            return 1;
        }
        if ((*ours)[Matching] != (*plain)[Matching]
            || (*ours)[MatchingAllKeystrokes] != (*plain)[MatchingAllKeystrokes]) {
            std::fprintf(stderr, "smm-bench: ours and the plain way filtered different rows\n");
            return 1;
        }
        printSize(size, *ours, *plain);
        summaries << targetSummary(size, *ours);
    }
    print(QStringLiteral("\n") + summaries.join(u'\n') + u'\n');
    return 0;
}
