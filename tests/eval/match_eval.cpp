// SPDX-License-Identifier: MIT
// Measures the grouping against a hand-labelled set of services: of every pair of services, is
// "same group" what the labels say? Prints pair-wise precision and recall and, with --verbose,
// the pairs it got wrong. With --min-precision / --min-recall it exits 1 below either (ctest).
// With --bench N it also times reading and grouping the set repeated to N services.
// The set: {"panels": [...], "services": [{"panel", "id", "name", "category", "type", "note",
// "min", "max", "rate", "currency", "group"}]}; any field but "group" may be absent or null.

#include "attributereader.h"
#include "servicegrouping.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cstdio>
#include <ctime>

namespace {

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return QString();
}

qint64 integer(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString())
        return value.toString().toLongLong();
    return 0;
}

struct LabelledSet {
    ServiceList services;
    QStringList labels;
};

bool load(const QString &fileName, LabelledSet &set, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull()) {
        *error = parseError.errorString();
        return false;
    }
    const QJsonArray services = document.object().value(QStringLiteral("services")).toArray();
    for (const QJsonValue &value : services) {
        const QJsonObject o = value.toObject();
        const QString label = text(o.value(QStringLiteral("group")));
        if (label.isEmpty())
            continue;
        Service s;
        s.panel = text(o.value(QStringLiteral("panel")));
        s.id = quint64(integer(o.value(QStringLiteral("id"))));
        s.name = text(o.value(QStringLiteral("name")));
        s.category = text(o.value(QStringLiteral("category")));
        s.type = text(o.value(QStringLiteral("type")));
        s.note = text(o.value(QStringLiteral("note")));
        s.min = integer(o.value(QStringLiteral("min")));
        s.max = integer(o.value(QStringLiteral("max")));
        s.priceExact = text(o.value(QStringLiteral("rate")));
        s.price = s.priceExact.toDouble();
        s.currency = text(o.value(QStringLiteral("currency")));
        set.services.append(s);
        set.labels.append(label);
    }
    if (set.services.isEmpty()) {
        *error = QStringLiteral("no labelled services");
        return false;
    }
    return true;
}

qint64 pairs(qint64 n)
{
    return n * (n - 1) / 2;
}

void printService(const Service &s, const QString &label, const ServiceGrouping &grouping,
                  qsizetype index)
{
    std::printf("    %s #%llu [%s] %s  (category: %s)\n      label %s, read %s\n",
                qPrintable(s.panel), static_cast<unsigned long long>(s.id),
                qPrintable(grouping.groupOfService(index).key), qPrintable(s.name),
                qPrintable(s.category), qPrintable(label),
                qPrintable(grouping.attributes(index).groupKey()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Pair-wise precision and recall of grouping."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The labelled set."));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("List the services grouped wrongly."));
    const QCommandLineOption minPrecision(QStringLiteral("min-precision"),
                                          QStringLiteral("Fail below this precision."),
                                          QStringLiteral("p"), QStringLiteral("0"));
    const QCommandLineOption minRecall(QStringLiteral("min-recall"),
                                       QStringLiteral("Fail below this recall."),
                                       QStringLiteral("r"), QStringLiteral("0"));
    const QCommandLineOption bench(QStringLiteral("bench"),
                                   QStringLiteral("Time grouping the set repeated to N services."),
                                   QStringLiteral("N"));
    parser.addOptions({verbose, minPrecision, minRecall, bench});
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "smm-match-eval: give one labelled set (a JSON file)\n");
        return 2;
    }
    const QString fileName = parser.positionalArguments().constFirst();
    LabelledSet set;
    QString error;
    if (!load(fileName, set, &error)) {
        std::fprintf(stderr, "smm-match-eval: %s: %s\n", qPrintable(fileName), qPrintable(error));
        return 2;
    }

    const ServiceGrouping grouping(set.services, ServiceGrouping::rupiahOnly());
    QHash<QString, qint64> truth;
    QHash<qsizetype, qint64> predicted;
    QHash<QString, qint64> both; // label and predicted group
    for (qsizetype i = 0; i < set.services.size(); ++i) {
        ++truth[set.labels[i]];
        ++predicted[grouping.groupOf(i)];
        ++both[set.labels[i] + u'\n' + QString::number(grouping.groupOf(i))];
    }
    qint64 truePairs = 0, predictedPairs = 0, correctPairs = 0;
    for (const qint64 n : std::as_const(truth))
        truePairs += pairs(n);
    for (const qint64 n : std::as_const(predicted))
        predictedPairs += pairs(n);
    for (const qint64 n : std::as_const(both))
        correctPairs += pairs(n);
    const double precision = predictedPairs ? double(correctPairs) / double(predictedPairs) : 1.0;
    const double recall = truePairs ? double(correctPairs) / double(truePairs) : 1.0;
    qsizetype unread = 0;
    for (qsizetype i = 0; i < set.services.size(); ++i)
        unread += grouping.attributes(i).isComplete() ? 0 : 1;

    std::printf("services %lld, true groups %lld, predicted groups %lld, unrecognised %lld\n",
                static_cast<long long>(set.services.size()), static_cast<long long>(truth.size()),
                static_cast<long long>(predicted.size()), static_cast<long long>(unread));
    std::printf("pairs: same label %lld, grouped together %lld, both %lld\n",
                static_cast<long long>(truePairs), static_cast<long long>(predictedPairs),
                static_cast<long long>(correctPairs));
    std::printf("precision %.4f\nrecall %.4f\n", precision, recall);

    if (parser.isSet(verbose)) {
        // A label split over several groups loses recall; a group of several labels, precision.
        QHash<QString, QList<qsizetype>> byLabel;
        for (qsizetype i = 0; i < set.services.size(); ++i)
            byLabel[set.labels[i]].append(i);
        std::printf("\nlabels split over groups:\n");
        for (auto it = byLabel.cbegin(); it != byLabel.cend(); ++it) {
            QHash<qsizetype, int> groups;
            for (const qsizetype i : it.value())
                ++groups[grouping.groupOf(i)];
            if (groups.size() < 2)
                continue;
            std::printf("  %s\n", qPrintable(it.key()));
            for (const qsizetype i : it.value())
                printService(set.services[i], set.labels[i], grouping, i);
        }
        std::printf("\ngroups holding several labels:\n");
        for (qsizetype g = 0; g < grouping.groups().size(); ++g) {
            const QList<qsizetype> &members = grouping.groups()[g].members;
            QHash<QString, int> labels;
            for (const qsizetype i : members)
                ++labels[set.labels[i]];
            if (labels.size() < 2)
                continue;
            std::printf("  %s\n", qPrintable(grouping.groups()[g].key));
            for (const qsizetype i : members)
                printService(set.services[i], set.labels[i], grouping, i);
        }
    }

    if (parser.isSet(bench)) {
        const qsizetype size = parser.value(bench).toLongLong();
        ServiceList many;
        many.reserve(size);
        for (qsizetype i = 0; i < size; ++i) {
            Service s = set.services[i % set.services.size()];
            s.id = quint64(i);
            many.append(s);
        }
        // CPU time of this thread: the figure holds on a machine busy with other work too.
        const auto threadMicros = [] {
            timespec now{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
            return double(now.tv_sec) * 1e6 + double(now.tv_nsec) / 1e3;
        };
        const double started = threadMicros();
        qint64 complete = 0;
        for (const Service &s : std::as_const(many))
            complete += AttributeReader::read(s).isComplete() ? 1 : 0;
        const double readMicros = (threadMicros() - started) / double(size);
        QElapsedTimer timer;
        timer.start();
        const ServiceGrouping big(many, ServiceGrouping::rupiahOnly());
        const double groupMs = double(timer.nsecsElapsed()) / 1e6;
        std::printf("bench: %lld services, reading %.2f us per service on one thread "
                    "(%lld recognised); grouping all %.0f ms (wall clock) into %lld groups\n",
                    static_cast<long long>(size), readMicros, static_cast<long long>(complete),
                    groupMs, static_cast<long long>(big.groups().size()));
    }

    const bool good = precision >= parser.value(minPrecision).toDouble()
                      && recall >= parser.value(minRecall).toDouble();
    if (!good)
        std::fprintf(stderr, "smm-match-eval: below the target (precision %.4f, recall %.4f)\n",
                     precision, recall);
    return good ? 0 : 1;
}
