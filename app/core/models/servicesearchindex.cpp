// SPDX-License-Identifier: MIT
#include "servicesearchindex.h"

#include "pricecomparison.h"
#include "searchtext.h"
#include "servicefilter.h"
#include "serviceformatter.h"

#include <QHash>
#include <QList>
#include <QtConcurrentMap>

#include <algorithm>
#include <numeric>
#include <string>
#include <string_view>

namespace {

// Notes can be megabytes; searching their start is what people expect and keeps folding cheap.
constexpr qsizetype FoldedNoteLength = 2000;

// How many rows a filter pass checks between looks at whether it was cancelled.
constexpr size_t RowsBetweenCancelChecks = 4096;

quint64 characterBit(char16_t c)
{
    if (c >= u'a' && c <= u'z')
        return quint64(1) << (c - u'a');
    if (c >= u'0' && c <= u'9')
        return quint64(1) << (26 + c - u'0');
    return 0;
}

template<typename Text> quint64 charactersOf(const Text &text)
{
    quint64 characters = 0;
    for (const auto c : text)
        characters |= characterBit(char16_t(static_cast<unsigned char>(c)));
    return characters;
}

quint64 charactersOf(QStringView text)
{
    quint64 characters = 0;
    for (const QChar c : text)
        characters |= characterBit(c.unicode());
    return characters;
}

} // namespace

ServiceSearchIndex::ServiceSearchIndex(const ServiceList &services)
    : m_rows(size_t(services.size()))
{
    // The parser shares the text of repeated categories, types and notes, so the address of
    // the characters identifies a text: fold each once, without hashing its contents.
    QHash<const QChar *, int> partOf;
    std::vector<quint64> partCharacters;
    const auto part = [&](const QString &text, auto fold) {
        auto found = partOf.constFind(text.constData());
        if (found == partOf.cend()) {
            found = partOf.insert(text.constData(), int(m_parts.size()));
            m_parts.push_back(fold(text));
            partCharacters.push_back(charactersOf(QStringView(m_parts.back())));
        }
        return *found;
    };
    const auto foldText = [](const QString &text) {
        return SearchText::fold(text);
    };
    const auto foldNote = [](const QString &text) {
        return SearchText::fold(
            QStringView(ServiceFormatter::plainNote(text)).left(FoldedNoteLength));
    };
    const auto findParts = [&] {
        for (qsizetype row = 0; row < services.size(); ++row) {
            const Service &service = services.at(row);
            Row &folded = m_rows[size_t(row)];
            folded.category = part(service.category, foldText);
            folded.type = part(service.type, foldText);
            folded.note = part(service.note, foldNote);
        }
    };
    m_names.resize(size_t((services.size() + NameBlock - 1) / NameBlock));
    // The parts are found on one thread while the others fold the names.
    constexpr int FindParts = -1;
    QList<int> tasks(qsizetype(m_names.size()) + 1);
    std::iota(tasks.begin(), tasks.end(), FindParts);
    QtConcurrent::blockingMap(tasks, [&](int block) {
        if (block == FindParts) {
            findParts();
            return;
        }
        const qsizetype start = qsizetype(block) * NameBlock;
        const qsizetype end = std::min(start + NameBlock, services.size());
        qsizetype length = 0;
        for (qsizetype row = start; row < end; ++row)
            length += services.at(row).name.size();
        QByteArray &names = m_names[size_t(block)];
        names.reserve(length + length / 8);
        for (qsizetype row = start; row < end; ++row) {
            Row &folded = m_rows[size_t(row)];
            folded.nameStart = int(names.size());
            SearchText::appendFoldedUtf8(services.at(row).name, names);
            folded.nameLength = int(names.size()) - folded.nameStart;
            folded.characters = charactersOf(
                std::string_view(names.constData() + folded.nameStart, size_t(folded.nameLength)));
        }
    });
    for (Row &row : m_rows)
        row.characters |= partCharacters[size_t(row.category)] | partCharacters[size_t(row.type)]
                          | partCharacters[size_t(row.note)];
}

std::optional<std::vector<int>> ServiceSearchIndex::filter(const ServiceFilter &filter,
                                                           const std::vector<int> &candidates,
                                                           const ServiceList &services,
                                                           const PriceComparison &changes,
                                                           const std::atomic_bool *cancelled) const
{
    const auto isCancelled = [cancelled](size_t checked) {
        return cancelled && checked % RowsBetweenCancelChecks == 0
               && cancelled->load(std::memory_order_relaxed);
    };
    // Each term is looked for once in each shared text, on first need, and per row only in the
    // row's own name.
    struct Term {
        QString text;
        std::string utf8;
        quint64 characters;
        std::vector<qint8> inPart; // -1 not looked at yet
    };
    std::vector<Term> terms;
    quint64 allCharacters = 0;
    for (const QString &term : filter.terms) {
        terms.push_back({term, term.toStdString(), charactersOf(QStringView(term)),
                         std::vector<qint8>(m_parts.size(), -1)});
        allCharacters |= terms.back().characters;
    }
    const auto inPart = [this](Term &term, int part) {
        qint8 &found = term.inPart[size_t(part)];
        if (found < 0)
            found = m_parts[size_t(part)].contains(term.text);
        return found == 1;
    };
    const bool checksValues = filter.hasValueConditions();
    const auto accepts = [&](int row) {
        const Row &folded = m_rows[size_t(row)];
        if ((folded.characters & allCharacters) != allCharacters)
            return false;
        // Most passes only look for words: then the services themselves stay untouched.
        if (checksValues
            && !filter.acceptsValues(
                services.at(row),
                filter.changedOnly
                    && changes.isChanged(services.at(row).id, services.at(row).panel)))
            return false;
        // std::string_view::find looks for the first byte with memchr; QByteArrayView's search
        // costs several times more on short names.
        const std::string_view name(m_names[size_t(row / NameBlock)].constData() + folded.nameStart,
                                    size_t(folded.nameLength));
        return std::all_of(terms.begin(), terms.end(), [&](Term &term) {
            return inPart(term, folded.category) || inPart(term, folded.type)
                   || inPart(term, folded.note) || name.find(term.utf8) != name.npos;
        });
    };
    std::vector<int> visible;
    if (candidates.size() < m_rows.size() / 16) {
        for (size_t i = 0; i < candidates.size(); ++i) {
            if (isCancelled(i))
                return std::nullopt;
            if (accepts(candidates[i]))
                visible.push_back(candidates[i]);
        }
        return visible;
    }
    // Candidates come in sort order, scattered over memory; checking the rows in memory order
    // and then picking the accepted ones out in sort order is several times faster on large
    // catalogs.
    std::vector<char> accepted(m_rows.size(), 0);
    for (const int row : candidates)
        accepted[size_t(row)] = 1;
    size_t acceptedCount = 0;
    for (size_t row = 0; row < accepted.size(); ++row) {
        if (isCancelled(row))
            return std::nullopt;
        if (accepted[row]) {
            accepted[row] = accepts(int(row));
            acceptedCount += size_t(accepted[row]);
        }
    }
    visible.reserve(acceptedCount);
    for (const int row : candidates) {
        if (accepted[size_t(row)])
            visible.push_back(row);
    }
    return visible;
}
