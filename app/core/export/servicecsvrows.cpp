// SPDX-License-Identifier: MIT
#include "servicecsvrows.h"

#include "servicetablemodel.h"
#include "serviceviewmodel.h"
#include "tablesnapshot.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <numeric>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {

#ifdef __SSE2__
constexpr qsizetype Block = 8; // code units in a 128-bit register

__m128i loadBlock(const char16_t *c)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(c));
}
#endif

// Skips blocks of 8 code units holding no quote, separator or line break from `c` on; the
// caller's loop reads on from where it stops.
const char16_t *skipOrdinary(const char16_t *c, const char16_t *end, char16_t separator)
{
#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi16(u'"');
    const __m128i comma = _mm_set1_epi16(short(separator));
    const __m128i cr = _mm_set1_epi16(u'\r');
    const __m128i lf = _mm_set1_epi16(u'\n');
    for (; end - c >= Block; c += Block) {
        const __m128i units = loadBlock(c);
        const __m128i special =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(units, quote), _mm_cmpeq_epi16(units, comma)),
                         _mm_or_si128(_mm_cmpeq_epi16(units, cr), _mm_cmpeq_epi16(units, lf)));
        if (_mm_movemask_epi8(special) != 0)
            break;
    }
#else
    Q_UNUSED(end);
    Q_UNUSED(separator);
#endif
    return c;
}

// Encodes `text` as UTF-8 into `out`, which has room for 3 bytes per code unit. Answers the
// bytes written, or -1 for text holding a lone surrogate (Qt has its own way with those).
qsizetype encodeUtf8(QStringView text, char *out)
{
    char *p = out;
    const char16_t *c = text.utf16();
    const char16_t *end = c + text.size();
    while (c < end) {
#ifdef __SSE2__
        // Runs of ASCII 8 units at a time, narrowed to bytes in one step.
        while (end - c >= Block) {
            const __m128i units = loadBlock(c);
            if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(units, _mm_set1_epi16(-0x80)),
                                                  _mm_setzero_si128()))
                != 0xFFFF)
                break;
            _mm_storel_epi64(reinterpret_cast<__m128i *>(p), _mm_packus_epi16(units, units));
            p += Block;
            c += Block;
        }
        if (c == end)
            break;
#endif
        const char16_t u = *c++;
        if (u < 0x80) {
            *p++ = char(u);
        } else if (u < 0x800) {
            *p++ = char(0xC0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3F));
        } else if (!QChar::isSurrogate(u)) {
            *p++ = char(0xE0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3F));
            *p++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && c < end && QChar::isLowSurrogate(*c)) {
            const char32_t code = QChar::surrogateToUcs4(u, *c++);
            *p++ = char(0xF0 | (code >> 18));
            *p++ = char(0x80 | ((code >> 12) & 0x3F));
            *p++ = char(0x80 | ((code >> 6) & 0x3F));
            *p++ = char(0x80 | (code & 0x3F));
        } else {
            return -1;
        }
    }
    return p - out;
}

} // namespace

// Bytes appended through a pointer: QByteArray::append checks too much for a field of a few
// bytes.
class ServiceCsvRows::Writer
{
public:
    explicit Writer(QByteArray &out)
        : m_out(out)
        , m_size(out.size())
    {
        m_out.resize(std::max<qsizetype>(m_out.capacity(), m_size + 4096));
        m_data = m_out.data();
    }
    ~Writer() { m_out.truncate(m_size); }

    // Room for `bytes` more.
    char *room(qsizetype bytes)
    {
        if (m_size + bytes > m_out.size()) {
            m_out.resize(std::max(m_out.size() * 2, m_size + bytes));
            m_data = m_out.data();
        }
        return m_data + m_size;
    }
    void append(char c) { *room(1) = c, ++m_size; }
    void append(const char *bytes, qsizetype size)
    {
        std::memcpy(room(size), bytes, size_t(size));
        m_size += size;
    }
    void append(const QByteArray &bytes) { append(bytes.constData(), bytes.size()); }
    template<typename Integer> void appendInteger(Integer value)
    {
        char *at = room(24);
        m_size += std::to_chars(at, at + 24, value).ptr - at;
    }
    void appendUtf8(QStringView text)
    {
        const qsizetype written = encodeUtf8(text, room(3 * text.size()));
        if (written >= 0)
            m_size += written;
        else
            append(text.toUtf8());
    }

private:
    QByteArray &m_out;
    qsizetype m_size;
    char *m_data;
};

std::optional<ServiceCsvRows::Source> ServiceCsvRows::sourceOf(const QAbstractItemModel &model)
{
    Source source;
    if (const auto *table = qobject_cast<const ServiceTableModel *>(&model)) {
        source.table = table;
        source.rows.resize(size_t(table->rowCount()));
        std::iota(source.rows.begin(), source.rows.end(), 0);
    } else if (const auto *view = qobject_cast<const ServiceViewModel *>(&model)) {
        source.table = view->serviceModel();
        if (!source.table)
            return std::nullopt;
        source.rows.reserve(size_t(view->rowCount()));
        for (int row = 0; row < view->rowCount(); ++row)
            source.rows.push_back(view->sourceRow(row));
    } else if (const auto *snapshot = qobject_cast<const TableSnapshot *>(&model)) {
        source.table = &snapshot->table();
        source.rows = snapshot->sourceRows();
    } else {
        return std::nullopt;
    }
    return source;
}

ServiceCsvRows::ServiceCsvRows(const ServiceTableModel &table, const QList<int> &columns,
                               const CsvFieldFormat &format)
    : m_table(table)
    , m_columns(columns)
    , m_format(format)
    , m_separator(QStringView(&m_format.separator, 1).toUtf8())
    , m_decimalMark(QStringView(&m_format.decimalMark, 1).toUtf8())
{
    QString field;
    CsvField::appendText(field, m_format.yes, m_format);
    m_yes = field.toUtf8();
    field.clear();
    CsvField::appendText(field, m_format.no, m_format);
    m_no = field.toUtf8();
}

void ServiceCsvRows::append(QByteArray &out, const int *rows, qsizetype count) const
{
    Writer writer(out);
    // Rows in the view's order are scattered over memory, and most of the time would go to
    // waiting for each service and its texts: fetch them a few rows ahead.
    const ServiceList &services = m_table.services();
    constexpr qsizetype Ahead = 8;
    for (qsizetype i = 0; i < count; ++i) {
        if (i + 2 * Ahead < count) {
            const auto *service = reinterpret_cast<const char *>(&services[rows[i + 2 * Ahead]]);
            for (size_t line = 0; line < sizeof(Service); line += 64)
                __builtin_prefetch(service + line);
        }
        if (i + Ahead < count) {
            const Service &service = services[rows[i + Ahead]];
            __builtin_prefetch(service.name.constData());
            __builtin_prefetch(service.category.constData());
        }
        for (qsizetype column = 0; column < m_columns.size(); ++column) {
            if (column > 0)
                writer.append(m_separator);
            appendCell(writer, rows[i], column);
        }
        writer.append("\r\n", 2);
    }
}

// The plain fields as ServiceTableModel's SortRole gives them; the rest through the model.
void ServiceCsvRows::appendCell(Writer &out, int row, qsizetype column) const
{
    const Service &service = m_table.services()[row];
    switch (m_columns[column]) {
    case ServiceTableModel::IdColumn:
        out.appendInteger(service.id);
        break;
    case ServiceTableModel::NameColumn:
        appendText(out, service.name);
        break;
    case ServiceTableModel::CategoryColumn:
        appendText(out, service.category);
        break;
    case ServiceTableModel::TypeColumn:
        appendText(out, service.type);
        break;
    case ServiceTableModel::PriceTextColumn:
        appendText(out, service.priceText);
        break;
    case ServiceTableModel::PriceColumn:
        if (service.priceExact.isEmpty())
            appendDouble(out, service.price);
        else
            appendThroughModel(out, row, m_columns[column]);
        break;
    case ServiceTableModel::MinColumn:
        out.appendInteger(service.min);
        break;
    case ServiceTableModel::MaxColumn:
        out.appendInteger(service.max);
        break;
    case ServiceTableModel::RefillColumn:
        out.append(service.refill ? m_yes : m_no);
        break;
    case ServiceTableModel::StatusColumn:
        out.append(service.active ? m_yes : m_no);
        break;
    default:
        appendThroughModel(out, row, m_columns[column]);
        break;
    }
}

// CsvField::appendText, writing UTF-8.
void ServiceCsvRows::appendText(Writer &out, QStringView text) const
{
    const bool guarded = m_format.formulaGuard && CsvField::looksLikeFormula(text);
    bool quoted =
        !text.isEmpty()
        && ((!guarded && CsvField::isBlank(text.front())) || CsvField::isBlank(text.back()));
    bool hasQuote = false;
    const char16_t highest = m_format.highestSpecial.unicode();
    const char16_t separator = m_format.separator.unicode();
    const char16_t *const end = text.utf16() + text.size();
    for (const char16_t *c = skipOrdinary(text.utf16(), end, separator); c < end; ++c) {
        const char16_t u = *c;
        if (u > highest) // most characters: one comparison
            continue;
        if (u == u'"') {
            quoted = true;
            hasQuote = true;
            break;
        }
        if (u == separator || u == u'\r' || u == u'\n')
            quoted = true;
    }
    if (quoted)
        out.append('"');
    if (guarded)
        out.append('\'');
    if (!hasQuote) {
        out.appendUtf8(text);
    } else {
        // '"' never occurs inside a multi-byte UTF-8 sequence.
        const QByteArray field = text.toUtf8();
        for (const char c : field) {
            if (c == '"')
                out.append('"');
            out.append(c);
        }
    }
    if (quoted)
        out.append('"');
}

// CsvField::appendValue of a double, writing UTF-8.
void ServiceCsvRows::appendDouble(Writer &out, double value) const
{
    // Below 2^53 std::to_chars gives what QString::number(value, 'f', shortest) gives; beyond
    // it, and for ±0, NaN and infinity, they differ. Most prices are whole numbers, written the
    // same way as integers three times faster.
    char buffer[512];
    const bool plain = value != 0 && std::fabs(value) < 0x1p53;
    const auto [end, error] =
        !plain ? std::to_chars_result{buffer, std::errc::value_too_large}
        : value == std::trunc(value)
            ? std::to_chars(buffer, buffer + sizeof buffer, qint64(value))
            : std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (error != std::errc()) {
        QString field;
        CsvField::appendValue(field, value, m_format);
        out.appendUtf8(field);
        return;
    }
    const char *point =
        m_format.decimalMark == u'.'
            ? nullptr
            : static_cast<const char *>(std::memchr(buffer, '.', size_t(end - buffer)));
    if (!point) {
        out.append(buffer, end - buffer);
        return;
    }
    const bool quoted = m_format.decimalMark == m_format.separator;
    if (quoted)
        out.append('"');
    out.append(buffer, point - buffer);
    out.append(m_decimalMark);
    out.append(point + 1, end - point - 1);
    if (quoted)
        out.append('"');
}

// Exactly as CsvWriter writes the cells of any model.
void ServiceCsvRows::appendThroughModel(Writer &out, int row, int column) const
{
    const QModelIndex index = m_table.index(row, column);
    QVariant value;
    if (column == ServiceTableModel::PriceColumn || column == ServiceTableModel::PriceIdrColumn)
        value = m_table.data(index, ServiceTableModel::ExactRole);
    if (!value.isValid())
        value = m_table.data(index, ServiceTableModel::SortRole);
    QString field;
    CsvField::appendValue(field, value, m_format);
    out.appendUtf8(field);
}
