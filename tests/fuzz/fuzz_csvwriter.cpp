// SPDX-License-Identifier: MIT
// libFuzzer: the CSV writer round trip. Text from the input goes into services, is written with
// the options the input picks, and read back with an RFC 4180 reader: every field must come
// back as written, formula guard and decimal mark included.
#include "csvwriter.h"
#include "servicetablemodel.h"

#include <QBuffer>
#include <QStringDecoder>

#include <cstdlib>

namespace {

QList<QStringList> readCsv(const QString &text, QChar separator)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            row << std::exchange(field, QString());
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << std::exchange(field, QString());
            rows << std::exchange(row, QStringList());
            ++i;
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        std::abort(); // every record ends with CRLF
    return rows;
}

QString guarded(const QString &text)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && triggers.contains(text.front()) ? u'\'' + text : text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t flags = data[0];
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QStringList names = text.split(u'\x1f');

    ServiceList services;
    for (qsizetype i = 0; i < names.size() && i < 50; ++i) {
        Service service;
        service.id = quint64(i) * 7919u;
        service.name = names[i];
        service.category = names[(i + 1) % names.size()];
        service.price = double(i) / 4.0;
        service.refill = i % 2;
        services.append(service);
    }
    ServiceTableModel model;
    model.setServices(services);

    CsvWriter::Options options;
    options.separator = (flags & 3) == 0 ? u',' : (flags & 3) == 1 ? u';' : u'\t';
    options.formulaGuard = flags & 4;
    // A decimal comma, also with a comma separator, where the number must be quoted.
    options.decimalMark = flags & 8 ? u',' : u'.';
    options.byteOrderMark = false;
    const QList<int> columns = {ServiceTableModel::NameColumn, ServiceTableModel::IdColumn,
                                ServiceTableModel::CategoryColumn, ServiceTableModel::PriceColumn,
                                ServiceTableModel::RefillColumn};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!CsvWriter(options).write(model, columns, &buffer).isComplete())
        std::abort();

    const QList<QStringList> rows = readCsv(QString::fromUtf8(buffer.data()), options.separator);
    if (rows.size() != services.size() + 1)
        std::abort();
    for (qsizetype i = 0; i < services.size(); ++i) {
        const Service &service = services[i];
        const QString name = options.formulaGuard ? guarded(service.name) : service.name;
        const QString category =
            options.formulaGuard ? guarded(service.category) : service.category;
        const QStringList expected = {
            name, QString::number(service.id), category,
            QString::number(service.price, 'g', 17).replace(u'.', options.decimalMark),
            service.refill ? QStringLiteral("1") : QStringLiteral("0")};
        if (rows[i + 1] != expected)
            std::abort();
    }
    return 0;
}
