// SPDX-License-Identifier: MIT
#include "servicesearchindex.h"

#include "blockrunner.h"
#include "hugepages.h"
#include "pricecomparison.h"
#include "searchtext.h"
#include "servicefilter.h"
#include "serviceformatter.h"

#include <QHash>
#include <QList>
#include <QtConcurrentMap>

#include <algorithm>
#include <array>
#include <bit>
#include <numeric>
#include <string>
#include <string_view>

namespace {

// Slots of the tables of texts and sets of texts an index was last given.
constexpr size_t RecentSlots = 4096;

// Notes can be megabytes; searching their start is what people expect and keeps folding cheap.
constexpr qsizetype FoldedNoteLength = 2000;

// A filter pass checks 64 rows a word, blocks of words on as many threads; it looks at whether it
// was cancelled every few thousand rows.
constexpr size_t WordsPerBlock = 512;
constexpr size_t WordsBetweenCancelChecks = 64;
// A word with this many candidates has the characters of all its rows compared at once, without
// a branch per row.
constexpr int RowsForWholeWordCheck = 16;
// A word with at most this many candidates has its rows' name pairs fetched ahead.
constexpr int RowsForPrefetch = 32;

// 0 to 25 for ASCII letters, 26 to 35 for digits, -1 for anything else.
constexpr int characterIndex(char16_t c)
{
    if (c >= u'a' && c <= u'z')
        return c - u'a';
    if (c >= u'0' && c <= u'9')
        return 26 + c - u'0';
    return -1;
}

// The ASCII letters and digits of a UTF-8 text, one bit each, and the pairs of them next to each
// other.
struct TextBits {
    quint64 characters = 0;
    ServiceSearchIndex::NamePairs pairs;
};

// characterIndex() of every byte.
constexpr std::array<qint8, 256> CharacterIndexes = [] {
    std::array<qint8, 256> indexes{};
    for (int c = 0; c < 256; ++c)
        indexes[size_t(c)] = qint8(characterIndex(char16_t(c)));
    return indexes;
}();

TextBits bitsOf(std::string_view text)
{
    TextBits bits;
    int previous = -1;
    for (const char c : text) {
        const int index = CharacterIndexes[static_cast<unsigned char>(c)];
        if (index >= 0) {
            bits.characters |= quint64(1) << index;
            if (previous >= 0) {
                const quint32 pair = quint32(previous << 6 | index);
                for (const quint32 multiplier : {0x9E3779B1U, 0x85EBCA77U}) {
                    const quint32 bit = (pair * multiplier) >> (32 - 8);
                    bits.pairs.words[bit / 64] |= quint64(1) << (bit % 64);
                }
            }
        }
        previous = index;
    }
    return bits;
}

quint64 charactersOf(QStringView text)
{
    quint64 characters = 0;
    for (const QChar c : text) {
        if (const int index = characterIndex(c.unicode()); index >= 0)
            characters |= quint64(1) << index;
    }
    return characters;
}

} // namespace

ServiceSearchIndex::ServiceSearchIndex(const ServiceList &services)
{
    static_assert(characterIndex(u'z') < CharacterBits && characterIndex(u'9') < CharacterBits);
    const auto reservePerRow = [&services](auto &perRow) {
        HugePages::reserve(perRow, size_t(services.size()));
        perRow.resize(size_t(services.size()));
    };
    reservePerRow(m_rows);
    reservePerRow(m_namePairs);
    reservePerRow(m_nameStarts);
    // The parser shares the text of repeated categories, types and notes, so the address of
    // the characters identifies a text: fold each once, without hashing its contents.
    // A catalog repeats a few hundred texts: a small table of the texts last seen at each slot
    // answers most rows before the hashes are asked (a tenth of the instructions). Notes are
    // folded otherwise than categories and types, so a text shared by both is folded twice;
    // texts folded alike are one part.
    std::vector<quint64> partCharacters;
    struct RecentPart {
        const QChar *text = nullptr;
        int part = 0;
    };
    struct PartsByAddress {
        QHash<const QChar *, int> partOf;
        std::vector<RecentPart> recent = std::vector<RecentPart>(RecentSlots);
    };
    PartsByAddress namings, notes;
    QHash<QString, int> partOfFolded;
    const auto part = [&](const QString &text, PartsByAddress &parts, auto fold) {
        RecentPart &recent = parts.recent[(quintptr(text.constData()) / 8) % RecentSlots];
        if (recent.text == text.constData())
            return recent.part;
        auto found = parts.partOf.constFind(text.constData());
        if (found == parts.partOf.cend()) {
            // Panels that resell from the same supplier name their categories alike: one part,
            // searched once for all of them.
            QString folded = fold(text);
            auto same = partOfFolded.constFind(folded);
            if (same == partOfFolded.cend()) {
                same = partOfFolded.insert(folded, int(m_parts.size()));
                partCharacters.push_back(charactersOf(QStringView(folded)));
                m_parts.push_back(std::move(folded));
            }
            found = parts.partOf.insert(text.constData(), *same);
        }
        recent = {text.constData(), *found};
        return *found;
    };
    const auto foldText = [](const QString &text) {
        return SearchText::fold(text);
    };
    const auto foldNote = [](const QString &text) {
        return SearchText::fold(
            QStringView(ServiceFormatter::plainNote(text)).left(FoldedNoteLength));
    };
    QHash<PartSet, int> partSetOf;
    struct RecentPartSet {
        PartSet parts = {-1, -1, -1};
        int partSet = 0;
    };
    std::vector<RecentPartSet> recentPartSets(RecentSlots);
    // Apart from m_rows until the names are folded: the threads folding them write there.
    std::vector<int> partSetOfRow(size_t(services.size()));
    const auto findParts = [&] {
        for (qsizetype row = 0; row < services.size(); ++row) {
            const Service &service = services.at(row);
            const PartSet parts = {part(service.category, namings, foldText),
                                   part(service.type, namings, foldText),
                                   part(service.note, notes, foldNote)};
            RecentPartSet &recent = recentPartSets[(size_t(parts.category) * 61
                                                    + size_t(parts.type) * 7 + size_t(parts.note))
                                                   % RecentSlots];
            if (!(recent.parts == parts)) {
                auto found = partSetOf.constFind(parts);
                if (found == partSetOf.cend()) {
                    found = partSetOf.insert(parts, int(m_partSets.size()));
                    m_partSets.push_back(parts);
                }
                recent = {parts, *found};
            }
            partSetOfRow[size_t(row)] = recent.partSet;
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
            const qsizetype nameStart = names.size();
            m_nameStarts[size_t(row)] = int(nameStart);
            SearchText::appendFoldedUtf8(services.at(row).name, names);
            const std::string_view name(names.constData() + nameStart,
                                        size_t(names.size() - nameStart));
            const TextBits bits = bitsOf(name);
            m_rows[size_t(row)] = bits.characters;
            m_namePairs[size_t(row)] = bits.pairs;
        }
    });
    std::vector<quint64> partSetCharacters;
    partSetCharacters.reserve(m_partSets.size());
    for (const PartSet &parts : m_partSets)
        partSetCharacters.push_back(partCharacters[size_t(parts.category)]
                                    | partCharacters[size_t(parts.type)]
                                    | partCharacters[size_t(parts.note)]);
    for (size_t row = 0; row < m_rows.size(); ++row) {
        const int partSet = partSetOfRow[row];
        m_rows[row] |= partSetCharacters[size_t(partSet)] | quint64(partSet) << CharacterBits;
    }
}

quint64 ServiceSearchIndex::rowsWithCharacters(size_t word, quint64 characters) const
{
    const size_t first = word * 64;
    const size_t count = std::min(m_rows.size() - first, size_t(64));
    quint64 rows = 0;
    for (size_t i = 0; i < count; ++i)
        rows |= quint64((m_rows[first + i] & characters) == characters) << i;
    return rows;
}

std::string_view ServiceSearchIndex::nameOf(size_t row) const
{
    const QByteArray &names = m_names[row / NameBlock];
    const size_t next = row + 1;
    const int end =
        next % NameBlock == 0 || next == m_rows.size() ? int(names.size()) : m_nameStarts[next];
    const int start = m_nameStarts[row];
    return {names.constData() + start, size_t(end - start)};
}

std::optional<std::vector<int>> ServiceSearchIndex::filter(const ServiceFilter &filter,
                                                           const std::vector<int> &candidates,
                                                           const ServiceList &services,
                                                           const PriceComparison &changes,
                                                           const std::atomic_bool *cancelled) const
{
    const auto isCancelled = [cancelled] {
        return cancelled && cancelled->load(std::memory_order_relaxed);
    };
    // Each term is looked for once in each set of shared texts, on first need, and per row only
    // in the row's own name. Two threads needing the same set at once both look, and find the
    // same.
    struct Term {
        QString text;
        std::string utf8;
        NamePairs pairs;
        // One letter or digit: then a row's characters alone say whether the row has it.
        bool isOneCharacter;
        std::vector<std::atomic<quint8>> inPartSet; // PartUnknown, PartLacks or PartHas
    };
    enum : quint8 { PartUnknown, PartLacks, PartHas };
    std::vector<Term> terms;
    quint64 allCharacters = 0;
    for (const QString &term : filter.terms) {
        const std::string utf8 = term.toStdString();
        const bool isOneCharacter =
            utf8.size() == 1 && CharacterIndexes[static_cast<unsigned char>(utf8.front())] >= 0;
        terms.push_back({term, utf8, bitsOf(utf8).pairs, isOneCharacter,
                         std::vector<std::atomic<quint8>>(m_partSets.size())});
        allCharacters |= charactersOf(QStringView(term));
    }
    const auto inPartSet = [this](Term &term, int partSet) {
        std::atomic<quint8> &found = term.inPartSet[size_t(partSet)];
        quint8 known = found.load(std::memory_order_relaxed);
        if (known == PartUnknown) {
            const PartSet &parts = m_partSets[size_t(partSet)];
            known = m_parts[size_t(parts.category)].contains(term.text)
                            || m_parts[size_t(parts.type)].contains(term.text)
                            || m_parts[size_t(parts.note)].contains(term.text)
                        ? PartHas
                        : PartLacks;
            found.store(known, std::memory_order_relaxed);
        }
        return known == PartHas;
    };
    const bool checksValues = filter.hasValueConditions();
    // Letters and digits alone, as the first keystroke types: a row's characters say it all.
    const bool byCharactersAlone =
        !checksValues && std::all_of(terms.begin(), terms.end(), [](const Term &term) {
            return term.isOneCharacter;
        });
    // The terms a row's characters do not settle.
    std::vector<Term *> searchedTerms;
    for (Term &term : terms) {
        if (!term.isOneCharacter)
            searchedTerms.push_back(&term);
    }
    const auto acceptsValues = [&](int row) {
        const Service &service = services.at(row);
        return filter.acceptsValues(service, filter.changedOnly
                                                 && changes.isChanged(service.id, service.panel));
    };
    const auto nameMatches = [&](int row) {
        const int partSet = partSetOf(m_rows[size_t(row)]);
        const std::string_view name = nameOf(size_t(row));
        // std::string_view::find looks for the first byte with memchr; QByteArrayView's search
        // costs several times more on short names.
        return std::all_of(terms.begin(), terms.end(), [&](Term &term) {
            return inPartSet(term, partSet) || name.find(term.utf8) != std::string_view::npos;
        });
    };

    // Candidates come in sort order, scattered over memory: they are marked in a bit per row
    // (which fits in the cache) and checked in memory order, then picked out in sort order.
    std::vector<quint64> marked((m_rows.size() + 63) / 64, 0);
    if (candidates.size() == m_rows.size()) {
        // Every row, as the first letter typed has.
        std::fill(marked.begin(), marked.end(), ~quint64(0));
        if (m_rows.size() % 64)
            marked.back() = (quint64(1) << (m_rows.size() % 64)) - 1;
    } else {
        for (const int row : candidates)
            marked[size_t(row) / 64] |= quint64(1) << (row % 64);
    }
    const int blocks = int((marked.size() + WordsPerBlock - 1) / WordsPerBlock);
    // Each block keeps the bits of the rows it accepts in its own words of `marked`.
    BlockRunner::run(blocks, [&](int block) {
        // Read through locals: what a pass learns of a part set is stored in bytes, which the
        // compiler takes to alias any member, read again per row otherwise.
        const quint64 *const rows = m_rows.data();
        const NamePairs *const namePairs = m_namePairs.data();
        Term *const *const searchedBegin = searchedTerms.data();
        Term *const *const searchedEnd = searchedBegin + searchedTerms.size();
        const size_t end = std::min(size_t(block + 1) * WordsPerBlock, marked.size());
        for (size_t word = size_t(block) * WordsPerBlock; word < end; ++word) {
            if (word % WordsBetweenCancelChecks == 0 && isCancelled())
                return;
            quint64 unchecked = marked[word];
            if (byCharactersAlone) {
                marked[word] = unchecked & rowsWithCharacters(word, allCharacters);
                continue;
            }
            if (std::popcount(unchecked) >= RowsForWholeWordCheck)
                unchecked &= rowsWithCharacters(word, allCharacters);
            // The name pairs of the next word's rows that will be read (their texts lack a
            // term) are asked for while this word's are checked: rows a filter narrowed to are
            // far apart, and the processor cannot foresee which are read (a fifth faster with
            // the cache cold, as between keystrokes). The rows of a dense word it foresees.
            if (word + 1 < end && std::popcount(marked[word + 1]) <= RowsForPrefetch) {
                for (quint64 next = marked[word + 1]; next; next &= next - 1) {
                    const size_t row = (word + 1) * 64 + size_t(std::countr_zero(next));
                    const size_t partSet = size_t(partSetOf(rows[row]));
                    if (!std::all_of(searchedBegin, searchedEnd, [partSet](Term *term) {
                            return term->inPartSet[partSet].load(std::memory_order_relaxed)
                                   == PartHas;
                        }))
                        __builtin_prefetch(namePairs + row);
                }
            }
            quint64 kept = 0;
            // The names to search are far apart in memory: all of a word's are asked for
            // before the first is read, so that the reads overlap rather than wait in turn.
            std::array<int, 64> byName;
            int byNameCount = 0;
            while (unchecked) {
                const int bit = std::countr_zero(unchecked);
                unchecked &= unchecked - 1;
                const int row = int(word * 64) + bit;
                const quint64 bits = rows[row];
                if ((bits & allCharacters) != allCharacters)
                    continue;
                // Most passes only look for words: then the services themselves stay untouched.
                if (checksValues && !acceptsValues(row))
                    continue;
                const int partSet = partSetOf(bits);
                bool possible = true;
                bool searchName = false;
                for (Term *const *term = searchedBegin; term != searchedEnd; ++term) {
                    if (inPartSet(**term, partSet))
                        continue;
                    if (!namePairs[row].mayHave((*term)->pairs)) {
                        possible = false;
                        break;
                    }
                    searchName = true;
                }
                if (!possible)
                    continue;
                if (!searchName) {
                    kept |= quint64(1) << bit;
                    continue;
                }
                const std::string_view name = nameOf(size_t(row));
                __builtin_prefetch(name.data());
                __builtin_prefetch(name.data() + name.size());
                byName[size_t(byNameCount++)] = bit;
            }
            for (int i = 0; i < byNameCount; ++i) {
                if (nameMatches(int(word * 64) + byName[size_t(i)]))
                    kept |= quint64(1) << byName[size_t(i)];
            }
            marked[word] = kept;
        }
    });
    if (isCancelled())
        return std::nullopt;
    // The accepted rows picked out in sort order, on this thread: a pool thread slow to wake
    // would hold the pass up for longer than it saves. Counted first, a word of rows at a time
    // (no row but a candidate was ever marked), then written straight into the result: fresh
    // memory costs more than a second look at the candidates, and most in a virtual machine.
    size_t acceptedCount = 0;
    for (const quint64 word : marked)
        acceptedCount += size_t(std::popcount(word));
    const auto isAccepted = [&marked](int row) {
        return (marked[size_t(row) / 64] >> (row % 64)) & 1;
    };
    std::vector<int> visible(acceptedCount);
    // Without a branch per row, which a fraction of rows accepted makes unpredictable: each row
    // is written, and kept by moving on. Once all are written the rest are turned down.
    int *accepted = visible.data();
    int *const end = accepted + acceptedCount;
    for (const int row : candidates) {
        if (accepted == end)
            break;
        *accepted = row;
        accepted += isAccepted(row);
    }
    return visible;
}
