// SPDX-License-Identifier: MIT
#include "csvfield.h"

#include "decimal.h"

#include <QLocale>

#include <charconv>
#include <cmath>

namespace {

template<typename Integer> void appendInteger(QString &out, Integer value)
{
    char buffer[24];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out += QLatin1String(buffer, end - buffer);
}

void appendDouble(QString &out, double value)
{
    // Below 2^53 std::to_chars gives exactly what QString::number(value, 'f', shortest) gives,
    // about three times faster; beyond it, and for ±0, NaN and infinity, they differ: ask Qt.
    if (value != 0 && std::fabs(value) < 0x1p53) {
        char buffer[512];
        const auto [end, error] =
            std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
        if (error == std::errc()) {
            out += QLatin1String(buffer, end - buffer);
            return;
        }
    }
    out += QString::number(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

bool CsvField::isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool CsvField::looksLikeFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

void CsvField::appendText(QString &out, QStringView text, const CsvFieldFormat &format)
{
    const bool guarded = format.formulaGuard && looksLikeFormula(text);
    bool quoted = !text.isEmpty() && ((!guarded && isBlank(text.front())) || isBlank(text.back()));
    qsizetype firstQuote = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c > format.highestSpecial) // most characters: one comparison
            continue;
        if (c == u'"') {
            quoted = true;
            firstQuote = i;
            break;
        }
        if (c == format.separator || c == u'\r' || c == u'\n')
            quoted = true;
    }

    if (quoted)
        out += u'"';
    if (guarded)
        out += u'\'';
    if (firstQuote < 0) {
        out += text;
    } else {
        qsizetype start = 0;
        for (qsizetype i = firstQuote; i < text.size(); ++i) {
            if (text[i] == u'"') {
                out += text.sliced(start, i + 1 - start);
                out += u'"';
                start = i + 1;
            }
        }
        out += text.sliced(start);
    }
    if (quoted)
        out += u'"';
}

void CsvField::appendValue(QString &out, const QVariant &value, const CsvFieldFormat &format)
{
    if (value.metaType() == QMetaType::fromType<Decimal>()) {
        const QString number =
            static_cast<const Decimal *>(value.constData())->toString(format.decimalMark);
        if (format.decimalMark == format.separator && number.contains(format.decimalMark))
            out += u'"' + number + u'"';
        else
            out += number;
        return;
    }
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        break;
    case QMetaType::QString:
        appendText(out, *static_cast<const QString *>(value.constData()), format);
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        if (format.decimalMark == u'.') {
            appendDouble(out, value.toDouble());
        } else {
            const qsizetype start = out.size();
            appendDouble(out, value.toDouble());
            if (const qsizetype point = out.indexOf(u'.', start); point >= 0) {
                out[point] = format.decimalMark;
                if (format.decimalMark == format.separator) {
                    out.insert(start, u'"');
                    out += u'"';
                }
            }
        }
        break;
    case QMetaType::Short:
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
        appendInteger(out, value.toLongLong());
        break;
    case QMetaType::UShort:
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        appendInteger(out, value.toULongLong());
        break;
    case QMetaType::Bool:
        appendText(out, value.toBool() ? format.yes : format.no, format);
        break;
    default:
        appendText(out, value.toString(), format);
        break;
    }
}
